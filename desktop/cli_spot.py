"""The spot-check commands of ``casedesk`` (抽查; docs/rules.md, "Spot checks"): draw archived files at
random, list them, score one on the checklist, and each worker's means for the review."""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from typing import Any

from desktop.cli import _emit, _open
from desktop.errors import CaseDeskError

EXIT_OK = 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CaseDeskError("C001", what=f"a date YYYY-MM-DD (not {text})") from None


def _account_id(desk: Any, username: str | None) -> uuid.UUID | None:
    if username is None:
        return None
    found = next((a.id for a in desk.accounts() if a.username == username), None)
    if found is None:
        raise CaseDeskError("R008", kind="账号 / account", id=username)
    return found


def _station_id(desk: Any, name: str | None) -> uuid.UUID | None:
    if name is None:
        return None
    found = next((s.id for s in desk.stations() if name in (s.name, s.code)), None)
    if found is None:
        raise CaseDeskError("R008", kind="站点 / station", id=name)
    return found


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


def cmd_draw(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        checks = desk.draw_spot_checks(
            args.count, _date(args.date_from), _date(args.date_to), station_id=_station_id(desk, args.station),
            worker_id=_account_id(desk, args.worker), kind=args.kind, seed=args.seed,
        )  # fmt: skip
    _emit(args, [_row(c, names) for c in checks], ["archive_code", "kind", "worker", "seed"])
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        rows = [_row(c, names) for c in desk.spot_checks(open_only=args.open)]
    _emit(args, rows, ["archive_code", "worker", "drawn", "completeness", "conformity", "professional"])
    return EXIT_OK


def cmd_items(args: argparse.Namespace) -> int:
    from desktop.workflow.spot_checks import CHECKLISTS, DIMENSIONS

    rows = [
        {"item": i.id, "dimension": DIMENSIONS[i.dimension][0], "zh": i.zh, "en": i.en} for i in CHECKLISTS[args.kind]
    ]
    _emit(args, rows, ["item", "dimension", "zh"])
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    """Every item is met unless named in ``--no`` (so a good file is one command)."""
    from desktop.workflow.spot_checks import CHECKLISTS

    with _open(args) as desk:
        names = {a.id: a.username for a in desk.accounts()}
        check = next((c for c in desk.spot_checks() if args.check in (str(c.id), c.archive_code)), None)
        if check is None:
            raise CaseDeskError("R008", kind="抽查 / spot check", id=args.check)
        missed = {x.strip() for x in (args.no or "").split(",") if x.strip()}
        items = {i.id for i in CHECKLISTS[check.target_kind]}
        if missed - items:
            raise CaseDeskError("Q001", missing="、".join(sorted(missed - items)))
        scored = desk.score_spot_check(check.id, {i: i not in missed for i in items}, args.comment or "")
    _emit(args, _row(scored, names), ["archive_code", "completeness", "conformity", "professional"])
    return EXIT_OK


def cmd_scores(args: argparse.Namespace) -> int:
    with _open(args) as desk:
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
            for s in desk.spot_check_scores(_date(args.date_from), _date(args.date_to))
        ]
    _emit(args, rows, ["worker", "files", "completeness", "conformity", "professional", "overall"])
    return EXIT_OK


def register(sub: Any) -> None:
    spot = sub.add_parser("spot-check", help="spot checks of archived files (抽查)")
    spot_sub = spot.add_subparsers(dest="spot_command", metavar="ACTION", required=True)
    p = spot_sub.add_parser("draw", help="draw archived files at random (the seed is kept)")
    p.add_argument("--from", dest="date_from", required=True, help="archived from YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="archived until YYYY-MM-DD")
    p.add_argument("--count", type=int, default=5)
    p.add_argument("--station", help="station name or code")
    p.add_argument("--worker", help="user name")
    p.add_argument("--kind", choices=["case", "group"])
    p.add_argument("--seed", type=int, help="re-draw a sample: the seed a draw printed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_draw)
    p = spot_sub.add_parser("list", help="spot checks, newest draw first")
    p.add_argument("--open", action="store_true", help="only those not scored yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    p = spot_sub.add_parser("items", help="the checklist")
    p.add_argument("--kind", choices=["case", "group"], default="case")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_items)
    p = spot_sub.add_parser("score", help="score one: every item met unless named in --no")
    p.add_argument("check", help="the archive number (or id) of a drawn file")
    p.add_argument("--no", help="items not met, comma-separated (see: spot-check items)")
    p.add_argument("--comment")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_score)
    p = spot_sub.add_parser("scores", help="each worker's means over files scored in a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_scores)
