"""``casedesk indicators``: every row of the eight tables for a period (docs/indicators.md), as JSON, as an
Excel workbook laid out like the seed's tables, or as a PDF report that adds the quality checks, for the
agency, a station, a project or a worker; ``casedesk quality``: the quality checks' findings."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, by_name, command, emit, parse_date, signed_in
from desktop.errors import CaseDeskError


def _scope_ids(desk: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The --station, --project and --worker named, as ids for the Desk (and the rows, for the heading)."""
    station = by_name(desk.stations(), args.station, ("name", "code", "id"), "站点 / station")
    project = by_name(desk.projects(), args.project, ("name", "code", "id"), "项目 / project")
    worker = by_name(desk.accounts(), args.worker, ("username", "id"), "账号 / account")
    return {
        "station_id": station.id if station else None, "project_id": project.id if project else None,
        "worker_id": worker.id if worker else None, "station": station, "project": project, "worker": worker,
    }  # fmt: skip


def _row(p: Any) -> dict[str, Any]:
    row = p.figure.indicator
    return {
        "id": row.id, "domain": row.domain, "section": row.section, "item": row.item, "indicator": row.indicator,
        "standard": row.standard, "unit": row.unit, "value": p.figure.value, "numerator": p.figure.numerator,
        "denominator": p.figure.denominator, "target": p.target, "achieved": p.achieved, "met": p.met,
        "expected_by_now": p.expected_by_now, "needed_per_month": p.needed_per_month, "on_pace": p.on_pace,
        "missing": [m.qualified for m in row.missing],
    }  # fmt: skip


def cmd_indicators(args: argparse.Namespace) -> int:
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    with signed_in(args) as desk:
        ids = _scope_ids(desk, args)
        station, project, worker = ids.pop("station"), ids.pop("project"), ids.pop("worker")
        rows = desk.indicators(start, end, domain=args.domain, **ids)
        heading = {
            "期间 / period": f"{start.isoformat()} – {end.isoformat()}",
            "机构 / agency": desk.agency().name,
            "站点 / station": station.name if station else "全部 / all",
            "项目 / project": project.name if project else "全部 / all",
            "社工 / worker": worker.display_name if worker else "全部 / all",
            "生成 / made": dt.datetime.now().isoformat(sep=" ", timespec="minutes"),
        }
        if args.format in ("xlsx", "pdf"):
            if args.out is None:
                raise CaseDeskError("C001", what=f"--out FILE.{args.format}")
            out = Path(args.out)
            if out.suffix.lower() != f".{args.format}":
                raise CaseDeskError("C001", what=f"--out FILE.{args.format} (not {out.name})")
            issues = desk.quality_checks(start, end, domain=args.domain, **ids) if args.format == "pdf" else None
            desk.export_indicators(rows, out, heading, args.lang, issues)
    if args.format == "xlsx":
        emit(args, {"workbook": args.out, "rows": len(rows)})
    elif args.format == "pdf":
        emit(args, {"report": args.out, "rows": len(rows)})
    elif args.out:
        from desktop.files.atomic import write_bytes_atomic

        text = json.dumps([_row(p) for p in rows], ensure_ascii=False, indent=1)
        write_bytes_atomic(Path(args.out), text.encode("utf-8"))  # private, whole, W003 where it cannot go
        emit(args, {"json": args.out, "rows": len(rows)})
    else:
        emit(args, [_row(p) for p in rows], ["id", "indicator", "value", "target", "met"])
    return EXIT_OK


def cmd_quality(args: argparse.Namespace) -> int:
    """What pulls the indicators down, file by file (docs/indicators.md, "Quality checks")."""
    from desktop.workflow import quality

    start, end = parse_date(args.date_from), parse_date(args.date_to)
    with signed_in(args) as desk:
        ids = {k: v for k, v in _scope_ids(desk, args).items() if k.endswith("_id")}
        issues = desk.quality_checks(start, end, domain=args.domain, **ids)
    rows = [{"check": i.check, "what": quality.label(i.check, args.lang), "kind": i.kind, "id": str(i.id),
             "code": i.code, "client": i.client, "worker": i.worker, "detail": i.detail,
             "due": i.due.isoformat() if i.due else None} for i in issues]  # fmt: skip
    emit(args, rows, ["what", "code", "client", "worker", "detail"])
    return EXIT_OK


def cmd_population(args: argparse.Namespace) -> int:
    """The stations' service-area populations (the coverage rate's denominator): listed, set or cleared."""
    with signed_in(args) as desk:
        if args.station is not None:
            station = by_name(desk.stations(), args.station, ("name", "code", "id"), "站点 / station")
            if args.clear:
                desk.set_area_populations({station.id: None})
            elif args.people is None or args.year is None:
                raise CaseDeskError("C001", what="--people N --year YYYY (or --clear)")
            else:
                desk.set_area_populations({station.id: (args.people, args.year)})
        rows = [{**row, "station_id": str(row["station_id"])} for row in desk.area_populations()]
    emit(args, rows, ["name", "population", "year"])
    return EXIT_OK


def register(sub: Any) -> None:
    p = command(sub, "indicators", cmd_indicators, "the service-quality indicators for a period (docs/indicators.md)")
    p.add_argument("--from", dest="date_from", required=True, help="first day YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="last day YYYY-MM-DD (included)")
    p.add_argument("--station", help="station name, code or id")
    p.add_argument("--project", help="project name, code or id (its targets are used)")
    p.add_argument("--worker", help="user name")
    p.add_argument("--domain", help="youth, elderly, women, family, corrections, school, rural, enterprise")
    p.add_argument(
        "--format",
        choices=["json", "xlsx", "pdf"],
        default="json",
        help="json, an Excel workbook, or a PDF report with the quality checks",
    )
    p.add_argument("--out", help="the file to write (json: printed when not given)")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p = command(sub, "quality", cmd_quality, "the files and people that pull the indicators down, for a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--station")
    p.add_argument("--project")
    p.add_argument("--worker")
    p.add_argument("--domain", help="youth, elderly, women, family, corrections, school, rural, enterprise")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p = command(sub, "population", cmd_population, "each station's service-area population (mutual-aid coverage rate)")
    p.add_argument("--station", help="station name, code or id: set or clear its figure")
    p.add_argument("--people", type=int, help="the population of the station's service area")
    p.add_argument("--year", type=int, help="the year the figure counts")
    p.add_argument("--clear", action="store_true", help="remove the station's figure")
