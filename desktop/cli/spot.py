"""The spot-check commands of ``casedesk`` (抽查; docs/rules.md, "Spot checks"): draw archived files at
random, list them, score one on the checklist, and each worker's means for the review."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import EXIT_OK, account, actions, by_name, command, emit, parse_date, signed_in
from desktop.errors import CaseDeskError


def _id(found: Any) -> Any:
    return found.id if found is not None else None


def _row(check: Any, names: dict[Any, str]) -> dict[str, Any]:
    return {
        "id": str(check.id),
        "archive_code": check.archive_code or "",
        "kind": check.target_kind,
        "worker": names.get(check.worker_id, ""),
        "drawn": check.drawn_at.date().isoformat(),
        "seed": check.draw_seed,
        "completeness": check.completeness,
        "conformity": check.conformity,
        "professional": check.professional,
        "comment": check.comment or "",
    }


def _drawn(checks: list[Any], key: str) -> Any:
    """The drawn file ``key`` names, by its archive number (any case) or the spot check's id."""
    wanted = key.strip()
    found = next((c for c in checks if wanted == str(c.id) or wanted.upper() == (c.archive_code or "")), None)
    if found is None:
        raise CaseDeskError("R008", kind="抽查 / spot check", id=key)
    return found


def cmd_draw(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        station = by_name(desk.stations(), args.station, ("name", "code"), "站点 / station")
        checks = desk.draw_spot_checks(
            args.count, parse_date(args.date_from), parse_date(args.date_to), station_id=_id(station),
            worker_id=_id(account(desk, args.worker)), kind=args.kind, seed=args.seed,
        )  # fmt: skip
    emit(args, [_row(c, names) for c in checks], ["archive_code", "kind", "worker", "seed"])
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        rows = [_row(c, names) for c in desk.spot_checks(open_only=args.open)]
    emit(args, rows, ["archive_code", "worker", "drawn", "completeness", "conformity", "professional"])
    return EXIT_OK


def cmd_items(args: argparse.Namespace) -> int:
    from desktop.workflow.spot_checks import CHECKLISTS, DIMENSIONS

    rows = [
        {"item": i.id, "dimension": DIMENSIONS[i.dimension][0], "zh": i.zh, "en": i.en} for i in CHECKLISTS[args.kind]
    ]
    emit(args, rows, ["item", "dimension", "zh"])
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    """Every item is met unless named in ``--no`` (so a good file is one command)."""
    from desktop.workflow.spot_checks import CHECKLISTS

    with signed_in(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        check = _drawn(desk.spot_checks(), args.check)
        missed = {x.strip() for x in (args.no or "").split(",") if x.strip()}
        items = {i.id for i in CHECKLISTS[check.target_kind]}
        if missed - items:
            raise CaseDeskError("Q001", missing="、".join(sorted(missed - items)))
        scored = desk.score_spot_check(check.id, {i: i not in missed for i in items}, args.comment or "")
    emit(args, _row(scored, names), ["archive_code", "completeness", "conformity", "professional"])
    return EXIT_OK


def cmd_scores(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        names = {a.id: a.display_name for a in desk.accounts()}
        rows = [
            {
                "worker": names.get(s.worker_id, ""),
                "files": s.files,
                "completeness": s.completeness,
                "conformity": s.conformity,
                "professional": s.professional,
                "overall": s.overall,
            }  # fmt: skip
            for s in desk.spot_check_scores(parse_date(args.date_from), parse_date(args.date_to))
        ]
    emit(args, rows, ["worker", "files", "completeness", "conformity", "professional", "overall"])
    return EXIT_OK


def register(sub: Any) -> None:
    spot = actions(sub, "spot-check", "spot checks of archived files (抽查)")
    p = command(spot, "draw", cmd_draw, "draw archived files at random (the seed is kept)")
    p.add_argument("--from", dest="date_from", required=True, help="archived from YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="archived until YYYY-MM-DD")
    p.add_argument("--count", type=int, default=5)
    p.add_argument("--station", help="station name or code")
    p.add_argument("--worker", help="user name")
    p.add_argument("--kind", choices=["case", "group"])
    p.add_argument("--seed", type=int, help="re-draw a sample: the seed a draw printed")
    p = command(spot, "list", cmd_list, "spot checks, newest draw first")
    p.add_argument("--open", action="store_true", help="only those not scored yet")
    p = command(spot, "items", cmd_items, "the checklist")
    p.add_argument("--kind", choices=["case", "group"], default="case")
    p = command(spot, "score", cmd_score, "score one: every item met unless named in --no")
    p.add_argument("check", help="the archive number (or id) of a drawn file")
    p.add_argument("--no", help="items not met, comma-separated (see: spot-check items)")
    p.add_argument("--comment")
    p = command(spot, "scores", cmd_scores, "each worker's means over files scored in a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
