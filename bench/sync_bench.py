"""Sync speed, each figure beside a baseline measured in the same run (machines are noisy):

    .venv/bin/python bench/sync_bench.py [--records 10000] [--attachments 200] [--runs 3] [--profile]

A hub and one field device are built the way tests/sync/conftest.py builds them (enrolment file,
one-time code, first bundles exchanged so the hub knows the device's keys). The device then gets
N submitted form records (each with its revision, ~1-2 KB of JSON) spread over N/25 cases, and M
attachments of 50-200 KB; that state is built once, untimed, and copied afresh for every timed run:
- the device's export of its bundle (Desk.export_bundles);
- the hub's import of that bundle (Desk.import_bundle);
- baseline: raw ``executemany`` of the same form_record and form_revision rows (same columns, same
  stored values) into an empty copy of the schema, in one transaction, through SQLCipher with a key
  like the workspace's (the encryption every write pays is part of the baseline, not of sync).
Target (the sync issue): export and import each at most 5x the baseline. ``--profile`` prints where
the time of one export and one import goes (cProfile)."""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.demo import complete_required  # noqa: E402
from desktop.models import Base, FormRecord, FormRevision  # noqa: E402
from desktop.models.base import new_id  # noqa: E402
from desktop.models.engine import cipher_connect, make_engine  # noqa: E402
from desktop.security.crypto import database_key, new_data_key  # noqa: E402
from desktop.sync.container import read_header  # noqa: E402
from desktop.workflow.record_states import content_hash  # noqa: E402
from desktop.workspace import Desk, create_workspace, open_desk  # noqa: E402
from desktop.workspace.enrol import enrol  # noqa: E402
from desktop.workspace.keystore import Keystore  # noqa: E402
from desktop.workspace.layout import Layout  # noqa: E402
from desktop.workspace.sync_ops import ExportResult  # noqa: E402

PASSWORD = "bench-pass-1"
RECOVERY_PASSPHRASE = "agency-recovery-passphrase"
DAY = dt.date(2026, 11, 10)
RECORDS_PER_CASE = 25
TARGET = 5.0
FORMS = ("record", "assessment")  # case forms that repeat: session records, re-assessments

WORDS = (
    "服务对象", "情绪", "稳定", "家庭", "关系", "紧张", "学校", "老师", "沟通", "同伴", "支持", "社工",
    "倾听", "鼓励", "表达", "目标", "进展", "明显", "下次", "面谈", "继续", "跟进", "母亲", "父亲",
    "经济", "困难", "申请", "救助", "低保", "医疗", "睡眠", "改善", "作业", "完成", "情况", "良好",
    "风险", "评估", "安全", "计划", "资源", "链接", "社区", "居委会", "转介", "心理", "咨询", "辅导",
    "行为", "冲突", "减少", "自我", "认识", "提升", "优势", "视角", "问题", "解决", "能力", "增强",
)  # fmt: skip


def desk_at(where: Path, user: str) -> Desk:
    desk = open_desk(where, user, PASSWORD)
    desk.clock = lambda: DAY
    return desk


# -- building the agency (untimed) -----------------------------------------------------------------
def build_agency(root: Path) -> None:
    """root/hub and root/dev (王社工's laptop), enrolled, their first bundles exchanged."""
    hub, dev = root / "hub", root / "dev"
    create_workspace(
        hub,
        agency_name="恒爱社工服务中心",
        station_name="东城站",
        username="head",
        display_name="周主任",
        password=PASSWORD,
        mode="hub",
        roles=["agency_head", "business_lead"],
    )
    with desk_at(hub, "head") as head:
        station = head.account.station_id
        sup = head.create_account("li", "李督导", ["supervisor"], PASSWORD, station_id=station)
        head.create_account("wang", "王社工", ["worker"], PASSWORD, station_id=station, supervisor_id=sup.id)
        head.create_project(
            name="东城青少年综合服务项目",
            contract_start=dt.date(2026, 1, 1),
            contract_end=dt.date(2026, 12, 31),
            domains=["youth", "family"],
        )
        head.hub_init(root / "recovery.json", RECOVERY_PASSPHRASE)
        code = head.enrol_device("王社工的笔记本", root / "dev.cdenrol", users=["wang"])
    enrol(dev, root / "dev.cdenrol", code)
    usb = root / "usb"
    usb.mkdir()
    with desk_at(dev, "wang") as desk:
        (up,) = desk.export_bundles(usb)
        device_id = desk.info.workspace_id
    with desk_at(hub, "li") as li:
        li.import_bundle(up.path)
        replies = li.export_bundles(usb)
    with desk_at(dev, "wang") as desk:
        for reply in replies:
            if read_header(reply.path.read_bytes())["recipient"] == device_id:
                desk.import_bundle(reply.path)
    shutil.rmtree(usb)


def _text(rng: random.Random, low: int, high: int) -> str:
    """Case notes: phrases from a social worker's vocabulary, varied enough not to compress away."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return "，".join("".join(words[i : i + 4]) for i in range(0, len(words), 4)) + "。"


def _templates(desk: Desk) -> dict[str, dict[str, Any]]:
    """A real, complete record of each bulk form, made through the Desk on an opened case."""
    client = desk.create_client("模板对象")
    case = desk.create_case(client.id, desk.projects()[0].id, "consultation", "youth")
    desk.open_case(case.id)
    out = {}
    for form_id in FORMS:
        record = desk.new_record(form_id, case_id=case.id)
        record, report = desk.save_record(record.id, complete_required(desk, record, {}))
        assert report.ok, [(i.code, i.path) for i in report.errors]
        record, _ = desk.submit_record(record.id)
        out[form_id] = dict(record.content)
    return out


def _content(form_id: str, template: dict[str, Any], long_ids: list[str], rng: random.Random, n: int, cases: int):
    """The n-th bulk record: the template with this case's client, its own date and its own notes."""
    content = dict(template)
    content["client_name"] = f"服务对象{n % cases:04d}"
    budget = rng.randint(30, 80)  # words of notes in the whole form, so records weigh 1-2 KB stored
    for field_id in long_ids:
        share = max(budget // len(long_ids), 1)
        content[field_id] = _text(rng, share // 2 + 1, share * 3 // 2 + 1)
    if form_id == "record":
        content["session_no"] = n // cases + 1
        content["session_date"] = (DAY - dt.timedelta(days=n % 300)).isoformat()
    else:
        content["assessment_date"] = (DAY - dt.timedelta(days=n % 300)).isoformat()
    return content


def fill_device(dev: Path, records: int, attachments: int, scratch: Path, seed: int = 7) -> dict[str, Any]:
    """``records`` submitted form records over records/25 cases made through the Desk, the bulk rows
    written with SQLAlchemy Core (valid rows of the real schema for real forms), then ``attachments``
    files of 50-200 KB, half random and half compressible, added with Desk.add_attachment."""
    rng = random.Random(seed)
    with desk_at(dev, "wang") as desk:
        project = desk.projects()[0]
        templates = _templates(desk)
        cases = []
        for n in range(max(records // RECORDS_PER_CASE, 1)):
            client = desk.create_client(f"服务对象{n:04d}")
            cases.append(desk.create_case(client.id, project.id, "counselling", "youth"))
        me = desk.account.id
        forms = {f: desk.registry.get(f) for f in FORMS}
        long_ids = {f: [x.id for x in forms[f].value_fields if x.type.name == "LONG_TEXT"] for f in FORMS}
        record_rows, revision_rows = [], []
        for n in range(records - len(FORMS)):
            form = forms["assessment" if n % 5 == 4 else "record"]
            case = cases[n % len(cases)]
            content = _content(form.id, templates[form.id], long_ids[form.id], rng, n, len(cases))
            digest = content_hash(form.id, form.version, content, form.carried_ids)
            when = dt.datetime(2026, 1, 1) + dt.timedelta(minutes=37 * n)
            record_id = new_id()
            record_rows.append(
                {
                    "id": record_id,
                    "created_at": when,
                    "updated_at": when,
                    "author_id": me,
                    "owner_id": me,
                    "service_line": "routine",
                    "minutes_spent": 60,
                    "form_id": form.id,
                    "form_version": form.version,
                    "project_id": project.id,
                    "case_id": case.id,
                    "group_id": None,
                    "client_id": case.client_id,
                    "household_id": None,
                    "status": "submitted",
                    "content": content,
                    "content_hash": digest,
                    "revision_no": 1,
                    "submission_count": 1,
                    "service_date": dt.date.fromisoformat(content.get(form.date_field) or DAY.isoformat()),
                    "submitted_at": when,
                    "approved_at": None,
                    "void_reason": None,
                    "archive_code": None,
                    "hidden_from_id": None,
                }
            )
            revision_rows.append(
                {
                    "id": new_id(),
                    "created_at": when,
                    "updated_at": when,
                    "record_id": record_id,
                    "number": 1,
                    "form_version": form.version,
                    "content": content,
                    "content_hash": digest,
                    "author_id": me,
                }
            )
        with desk.session() as s:
            s.execute(FormRecord.__table__.insert(), record_rows)
            s.execute(FormRevision.__table__.insert(), revision_rows)
            record_ids = list(s.scalars(select(FormRecord.id).order_by(FormRecord.created_at)))
        files = scratch / "scans"
        files.mkdir()
        total = 0
        for n in range(attachments):
            size = rng.randint(50_000, 200_000)
            noisy = rng.randint(size // 4, size * 3 // 4)  # the rest compresses, as a scan's margins do
            data = rng.randbytes(noisy) + (b"CaseDesk scan %d " % n) * ((size - noisy) // 16 + 1)
            path = files / f"扫描件{n:04d}.{'jpg' if n % 3 else 'pdf'}"
            path.write_bytes(data[:size])
            desk.add_attachment(path, record_id=record_ids[n * len(record_ids) // max(attachments, 1)])
            total += size
        shutil.rmtree(files)
    with cipher_connect(dev / "casedesk.db", device_key(dev))() as db:
        sizes = db.execute("SELECT avg(length(content)), min(length(content)), max(length(content)) FROM form_record")
        avg, low, high = sizes.fetchone()
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("form_record", "form_revision")}
    db.close()
    return {**counts, "cases": len(cases) + 1, "files": attachments, "file_bytes": total, "json": (avg, low, high)}


# -- timed parts -------------------------------------------------------------------------------------
def best(samples: list[float]) -> float:
    return min(samples)


def timed_export(prepared: Path, work: Path, profile: cProfile.Profile | None = None) -> tuple[float, ExportResult]:
    """A fresh copy of the prepared device exports its bundle; the time of export_bundles alone."""
    dev = work / "dev"
    shutil.copytree(prepared / "dev", dev)
    out = work / "usb"
    out.mkdir()
    with desk_at(dev, "wang") as desk:
        start = time.perf_counter()
        if profile is not None:
            profile.enable()
        (result,) = desk.export_bundles(out)
        if profile is not None:
            profile.disable()
        elapsed = time.perf_counter() - start
    return elapsed, result


def timed_import(
    prepared: Path, work: Path, bundle: Path, expect: int, profile: cProfile.Profile | None = None
) -> float:
    """A fresh copy of the prepared hub imports the bundle; the time of import_bundle alone."""
    hub = work / "hub"
    shutil.copytree(prepared / "hub", hub)
    with desk_at(hub, "li") as li:
        start = time.perf_counter()
        if profile is not None:
            profile.enable()
        summary = li.import_bundle(bundle)
        if profile is not None:
            profile.disable()
        elapsed = time.perf_counter() - start
    assert summary.inserted.get("form_record") == expect and summary.conflicts == 0, summary
    return elapsed


BASELINE_KEY = database_key(new_data_key())


def device_key(root: Path) -> str:
    """The device workspace's database key, opened with the bench's password."""
    unlocked = Keystore(Layout(root).keystore_file).unlock("wang", PASSWORD)
    return database_key(unlocked.data_key)


def schema_template(path: Path) -> Path:
    """An empty encrypted database with the workspace's tables and indexes."""
    engine = make_engine(cipher_connect(path, BASELINE_KEY))
    Base.metadata.create_all(engine)
    engine.dispose()
    return path


def stored_rows(db_path: Path, key: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """The form_record and form_revision rows exactly as the device stores them."""
    out = {}
    with cipher_connect(db_path, key)() as db:
        for table in ("form_record", "form_revision"):
            cursor = db.execute(f"SELECT * FROM {table}")
            out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    db.close()
    return out


def timed_baseline(template: Path, work: Path, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """The same rows into an empty copy of the schema with the bare driver, one transaction, the
    workspace's pragmas (WAL, synchronous NORMAL) and encryption."""
    target = work / "baseline.db"
    shutil.copyfile(template, target)
    db = cipher_connect(target, BASELINE_KEY)()
    db.isolation_level = None
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    start = time.perf_counter()
    db.execute("BEGIN")
    for table, (columns, values) in rows.items():
        marks = ", ".join("?" for _ in columns)
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def print_profile(title: str, profile: cProfile.Profile, limit: int = 20) -> None:
    """CaseDesk's own functions by cumulative time, then everything by own time."""
    views = (("cumulative", "desktop/", "CaseDesk functions by cumulative time"), ("tottime", "", "all by own time"))
    for order, where, label in views:
        buffer = io.StringIO()
        stats = pstats.Stats(profile, stream=buffer)
        stats.sort_stats(order).print_stats(where, limit)
        lines = [line for line in buffer.getvalue().splitlines() if line.strip()]
        table = lines[next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")) :]
        print(f"\n== {title}: {label} ==")
        print("\n".join(line.replace(str(ROOT) + "/", "") for line in table))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000, help="form records on the device (default 10000)")
    parser.add_argument("--attachments", type=int, default=200, help="attachments on the device (default 200)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each part, best kept (default 3)")
    parser.add_argument("--profile", action="store_true", help="also profile one export and one import")
    args = parser.parse_args(argv)
    if args.records < len(FORMS) + 1:
        parser.error(f"--records must be at least {len(FORMS) + 1}")

    root = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        prepared = root / "prepared"
        started = time.perf_counter()
        build_agency(prepared)
        facts = fill_device(prepared / "dev", args.records, args.attachments, root)
        print(f"set-up (untimed): {time.perf_counter() - started:.1f}s", file=sys.stderr)
        template = schema_template(root / "schema.db")
        rows = stored_rows(prepared / "dev" / "casedesk.db", device_key(prepared / "dev"))

        base: list[float] = []
        export: list[float] = []
        imp: list[float] = []
        bundle: ExportResult | None = None
        for run in range(args.runs):
            work = root / f"run{run}"
            work.mkdir()
            base.append(timed_baseline(template, work, rows))
            seconds, result = timed_export(prepared, work)
            export.append(seconds)
            bundle = bundle or result  # every run's bundle is the same work; the first one is imported
            imp.append(timed_import(prepared, work, bundle.path, facts["form_record"]))
            print(
                f"run {run + 1}: baseline {base[-1]:.2f}s, export {export[-1]:.2f}s, import {imp[-1]:.2f}s",
                file=sys.stderr,
            )
            shutil.rmtree(work / "dev")
            shutil.rmtree(work / "hub")
        assert bundle is not None

        avg, low, high = facts["json"]
        print(
            f"device: {facts['form_record']:,} form records + {facts['form_revision']:,} revisions over "
            f"{facts['cases']:,} cases (content JSON {low:.0f}-{high:.0f} B, mean {avg:.0f} B), "
            f"{facts['files']} attachments ({facts['file_bytes'] / 1e6:.1f} MB)"
        )
        counts = ", ".join(f"{name} {n:,}" for name, n in bundle.counts.items())
        print(f"bundle: {bundle.size / 1e6:.1f} MB; {counts}")
        reference = best(base)
        print(f"{f'measure (best of {args.runs})':<34}{'seconds':>9}{'× baseline':>12}{'target':>12}   runs")
        for label, samples in (
            ("baseline: executemany (SQLCipher)", base),
            ("device export (export_bundles)", export),
            ("hub import (import_bundle)", imp),
        ):
            ratio = best(samples) / reference
            target = "" if samples is base else f"≤{TARGET:g}× {'ok' if ratio <= TARGET else 'OVER'}"
            runs = " ".join(f"{x:.2f}" for x in samples)
            print(f"{label:<34}{best(samples):>8.2f}s{ratio:>11.1f}×{target:>12}   {runs}")

        if args.profile:
            work = root / "profiled"
            work.mkdir()
            profile = cProfile.Profile()
            timed_export(prepared, work, profile)
            print_profile("device export", profile)
            profile = cProfile.Profile()
            timed_import(prepared, work, bundle.path, facts["form_record"], profile)
            print_profile("hub import", profile)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
