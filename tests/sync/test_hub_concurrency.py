"""Two people at the hub at once, each in a process of their own (two office computers), with the hub kept in
its SQLite file and on the PostgreSQL server: importing different bundles, the same bundle, deciding the
same forms, and numbering and leasing blocks at the same moment. Nothing is lost, applied twice or numbered
twice; whoever comes second gets the app's own refusal, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import Decision, IssuedNumber, NumberLease, SyncImport
from tests.sync.conftest import PASSWORD, exchange, open_intake
from tests.sync.hub_child import GO, READY

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[2]


def together(*work: tuple[Path, str, list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Each (workspace, user, steps) in its own process, all starting at the same moment: each signs in and
    says it is ready; once every one is, each is told to go (a barrier, not a guessed wait)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen([sys.executable, "-m", "tests.sync.hub_child", str(root), user, PASSWORD, json.dumps(steps)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for root, user, steps in work
    ]  # fmt: skip
    pool = ThreadPoolExecutor(len(children))  # each child's first line, waited for side by side
    try:
        said = [f.result(timeout=180) for f in [pool.submit(c.stdout.readline) for c in children]]
        for child, line in zip(children, said, strict=True):
            if line.strip() != READY:  # it crashed or said something else before its work: show why
                child.kill()
                raise AssertionError(f"{line!r}\n{child.communicate(timeout=60)[1][-2000:]}")
        for child in children:  # all signed in and waiting: go
            child.stdin.write(GO + "\n")
            child.stdin.flush()
    except BaseException:
        for child in children:
            child.kill()  # a reader still waiting gets the end of its pipe
        raise
    finally:
        pool.shutdown()
    results = []
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def imports(agency) -> int:
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        return s.scalar(select(func.count()).select_from(SyncImport))


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_two_supervisors_import_different_bundles_and_decide_the_same_forms_at_once(agency):
    with agency.desk(agency.hub, "head") as head:
        station = head.account.station_id
        head.create_account("zhang", "张督导", ["supervisor", "business_lead"], PASSWORD, station_id=station)
    intakes = []
    with agency.desk(agency.a, "wang") as wang:
        for name in ("甲", "乙", "丙"):
            intakes.append(open_intake(wang, name)[1].id)
    exchange(agency, agency.a, "wang")  # the three intakes wait at the hub for a supervisor
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "丁")
        (up_a,) = wang.export_bundles(folder(agency.out / "a"))
    with agency.desk(agency.b, "chen") as chen:
        open_intake(chen, "戊")
        (up_b,) = chen.export_bundles(folder(agency.out / "b"))
    decide = [{"do": "decide", "id": str(i)} for i in intakes]
    before = imports(agency)
    li, zhang = together(
        (agency.hub, "li", [{"do": "import", "path": str(up_a.path)}, *decide]),
        (agency.hub, "zhang", [{"do": "import", "path": str(up_b.path)}, *reversed(decide)]),
    )
    assert li[0] == {"ok": True, "already": False} and zhang[0] == {"ok": True, "already": False}
    won = [r for r in li[1:] + zhang[1:] if r["ok"]]
    lost = [r for r in li[1:] + zhang[1:] if not r["ok"]]
    assert len(won) == 3 and len(lost) == 3  # each form decided once; the other supervisor told why
    assert {r["code"] for r in lost} <= {"R002", "A004"}, lost  # already decided; or not theirs to decide
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        for record_id in intakes:
            approvals = s.scalar(select(func.count()).where(Decision.record_id == record_id))
            assert approvals == 1 and head.record(record_id).status == "approved"
        names = {c.name for c in head.clients()}
    assert {"丁", "戊"} <= names and imports(agency) == before + 2


def test_the_same_bundle_imported_twice_at_once_is_applied_once(agency):
    with agency.desk(agency.a, "wang") as wang:
        open_intake(wang, "己")
        (up,) = wang.export_bundles(folder(agency.out / "a"))
    before = imports(agency)
    first, second = together(
        (agency.hub, "li", [{"do": "import", "path": str(up.path)}]),
        (agency.hub, "head", [{"do": "import", "path": str(up.path)}]),
    )
    outcomes = sorted([first[0].get("already"), second[0].get("already")], key=str)
    assert outcomes == [False, True] or sorted([first[0]["ok"], second[0]["ok"]]) == [False, True], (first, second)
    with agency.desk(agency.hub, "head") as head:
        assert [c.name for c in head.clients()].count("己") == 1
    assert imports(agency) == before + 1


def test_numbers_and_blocks_given_at_once_never_repeat(agency):
    steps = [{"do": "number", "name": f"小组{n}"} for n in range(4)] + [{"do": "grant", "device": "dev-x"}] * 3
    one, two = together((agency.hub, "li", steps), (agency.hub, "head", steps))
    assert all(r["ok"] for r in one + two), (one, two)
    codes = [r["code"] for r in one + two if "code" in r]
    assert len(codes) == 8 and None not in codes and len(set(codes)) == 8
    blocks = sorted((r["start"], r["end"]) for r in one + two if "start" in r)
    assert all(a_end < b_start for (_, a_end), (b_start, _) in zip(blocks, blocks[1:], strict=False)), blocks
    with agency.desk(agency.hub, "head") as head, head.session() as s:
        issued = s.scalars(select(IssuedNumber.code)).all()
        assert len(issued) == len(set(issued))
        leases = sorted((r.start, r.end) for r in s.scalars(select(NumberLease)))
    assert all(a[1] < b[0] for a, b in zip(leases, leases[1:], strict=False) if a[1] is not None)
