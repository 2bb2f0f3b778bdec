"""A large workspace for the benchmarks: a 30-worker agency over ten years.

    .venv/bin/python -m bench.large_workspace OUT_DIR [--clients 50000] [--records 500000]
        [--groups 5000] [--years 10] [--seed 1]

It starts from the demo workspace (real cases, groups and service records filled through the Desk, so
every form's content is valid), adds stations, supervisors and workers up to 30, a project per station
and year, then clones the demo's cases, groups and service records — each with its records and their
revisions — onto new clients, workers and dates spread over the years, until the counts are reached.
Dates inside a form's content move with its record; names, ID numbers and phone numbers are made up
(valid ID check digits). Rows go in with SQLAlchemy Core through the workspace's own encrypted engine.
Accounts sign in with the demo's passwords (``casedesk-`` + user name; the new workers ``w01``…).
Deterministic for a seed. Decisions, signatures and attachments are not cloned: a cloned record carries
its state and its dates, which is what listings and indicators read; a submitted one older than two
months is approved, as a decade's archive mostly is."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.demo import build_demo, demo_password
from desktop.models import Case, Client, FormRecord, FormRevision, Project, ServiceGroup
from desktop.models.base import new_id
from desktop.workflow.people import pinyin_keys
from desktop.workflow.record_states import content_hash
from desktop.workspace import Desk, open_desk

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉梅华红小晓子欣怡浩宇轩涵梓萱佳琪俊博文"
STATIONS = [("茶山镇社工站", "茶山镇", "CS"), ("桥头镇社工站", "桥头镇", "QT"), ("横沥镇社工站", "横沥镇", "HL")]
WORKERS = 30
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHUNK = 5_000


def id_number(rng: random.Random, birth: dt.date) -> str:
    body = f"4419{rng.randint(0, 99):02d}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def shift_dates(content: dict[str, Any], days: int) -> dict[str, Any]:
    """Every ISO date in the content moved by ``days`` (a cloned record keeps its inner timeline)."""

    def move(value: Any) -> Any:
        if isinstance(value, str) and ISO_DATE.match(value):
            try:
                return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
            except ValueError:
                return value
        if isinstance(value, list):
            return [move(v) for v in value]
        if isinstance(value, dict):
            return {k: move(v) for k, v in value.items()}
        return value

    return {k: move(v) for k, v in content.items()}


class Generator:
    def __init__(self, desk: Desk, args: argparse.Namespace) -> None:
        self.desk, self.args = desk, args
        self.rng = random.Random(args.seed)
        self.last_day = dt.date(2026, 11, 16)
        self.first_day = self.last_day - dt.timedelta(days=365 * args.years)
        self.settled = self.last_day - dt.timedelta(days=60)
        self.forms = {f.id: f for f in desk.registry}
        self.counts: dict[str, int] = defaultdict(int)

    # -- people and projects -------------------------------------------------------------------------
    def staff(self) -> None:
        head = self.desk
        stations = [s.id for s in head.stations()]
        for name, township, code in STATIONS:
            stations.append(head.create_station(name, township=township, code=code).id)
        workers = [a for a in head.accounts() if a.has_role("worker")]
        supervisors = {a.station_id: a.id for a in head.accounts() if a.has_role("supervisor")}
        for n, station in enumerate(stations):
            if station not in supervisors:
                sup = head.create_account(f"s{n:02d}", f"督导{n:02d}", ["supervisor"], demo_password(f"s{n:02d}"),
                                          station_id=station)  # fmt: skip
                supervisors[station] = sup.id
        for n in range(len(workers), WORKERS):
            station = stations[n % len(stations)]
            head.create_account(f"w{n:02d}", f"社工{n:02d}", ["worker"], demo_password(f"w{n:02d}"),
                                station_id=station, supervisor_id=supervisors[station])  # fmt: skip
        self.workers = [(a.id, a.station_id) for a in head.accounts() if a.has_role("worker")]
        with head.session() as s:
            template = s.scalars(select(Project)).first()
            projects: dict[tuple[Any, int], Any] = {}
            for year in range(self.first_day.year, self.last_day.year + 1):
                for station in stations:
                    project = Project(
                        agency_id=template.agency_id, station_id=station, name=f"{year}年度综合社工服务项目",
                        code=f"P{year}-{stations.index(station)}", funder=template.funder,
                        contract_start=dt.date(year, 1, 1), contract_end=dt.date(year, 12, 31),
                        domains=list(template.domains or ["youth"]), targets={},
                    )  # fmt: skip
                    s.add(project)
                    s.flush()
                    projects[(station, year)] = project.id
        self.projects = projects

    # -- templates from the demo ------------------------------------------------------------------------
    def templates(self) -> None:
        with self.desk.session() as s:
            rows = [dict(r._mapping) for r in s.execute(select(FormRecord.__table__))]
            self.cases = [dict(r._mapping) for r in s.execute(select(Case.__table__))]
            self.groups = [dict(r._mapping) for r in s.execute(select(ServiceGroup.__table__))]
        self.case_records: dict[Any, list[dict]] = defaultdict(list)
        self.group_records: dict[Any, list[dict]] = defaultdict(list)
        self.loose_records: list[dict] = []
        for row in rows:
            if row["status"] == "void":
                continue
            if row["case_id"]:
                self.case_records[row["case_id"]].append(row)
            elif row["group_id"]:
                self.group_records[row["group_id"]].append(row)
            else:
                self.loose_records.append(row)
        self.cases = [c for c in self.cases if self.case_records[c["id"]]]
        self.groups = [g for g in self.groups if self.group_records[g["id"]]]
        sessions = [r for rows in self.case_records.values() for r in rows if r["form_id"] == "record"]
        self.session_template = sessions[0] if sessions else None

    # -- writing ------------------------------------------------------------------------------------------
    def flush(self, table: Any, rows: list[dict], *, force: bool = False) -> None:
        if rows and (force or len(rows) >= CHUNK):
            with self.desk.engine.begin() as connection:
                connection.execute(table.insert(), rows)
            self.counts[table.name] += len(rows)
            rows.clear()

    def _record(self, template: dict, days: int, owner: Any, **links: Any) -> None:
        form = self.forms.get(template["form_id"])
        if form is None:
            return
        content = shift_dates(template["content"] or {}, days)
        if "client_name" in content and links.get("client_name"):
            content["client_name"] = links["client_name"]
        digest = content_hash(form.id, template["form_version"], content, form.carried_ids)
        when = template["created_at"] + dt.timedelta(days=days)
        record_id = new_id()
        row = {**template, "id": record_id, "content": content, "content_hash": digest, "owner_id": owner,
               "author_id": owner, "created_at": when, "updated_at": when, "archive_code": None,
               "hidden_from_id": None, **{k: v for k, v in links.items() if k != "client_name"}}  # fmt: skip
        for key in ("service_date",):
            if row[key] is not None:
                row[key] = row[key] + dt.timedelta(days=days)
        for key in ("submitted_at", "approved_at"):
            if row[key] is not None:
                row[key] = row[key] + dt.timedelta(days=days)
        # Work older than two months has been through its approvals (a decade's archive mostly is).
        if row["status"] == "submitted" and row["submitted_at"] and row["submitted_at"].date() < self.settled:
            row["status"], row["approved_at"] = "approved", row["submitted_at"] + dt.timedelta(days=3)
        self.records.append(row)
        if row["revision_no"]:
            self.revisions.append({"id": new_id(), "created_at": when, "updated_at": when, "record_id": record_id,
                                   "number": row["revision_no"], "form_version": row["form_version"],
                                   "content": content, "content_hash": digest, "author_id": owner})  # fmt: skip

    def _client(self, station: Any) -> tuple[Any, str]:
        rng = self.rng
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 80))
        full, initials = pinyin_keys(name)
        client_id = new_id()
        self.clients.append({
            "id": client_id, "created_at": dt.datetime.now(), "updated_at": dt.datetime.now(),
            "author_id": None, "owner_id": None, "station_id": station, "household_id": None, "name": name,
            "name_pinyin": full, "name_initials": initials, "sex": rng.choice(("male", "female")),
            "birth_date": birth, "id_number": id_number(rng, birth), "phone": f"13{rng.randint(0, 999999999):09d}",
            "address": f"{rng.randint(1, 99)}号", "local_hukou": True, "domain": None, "note": None,
        })  # fmt: skip
        return client_id, name

    def run(self) -> dict[str, int]:
        args, rng = self.args, self.rng
        self.clients, self.records, self.revisions, self.parents = [], [], [], []
        span = (self.last_day - self.first_day).days
        # Extra sessions on each opened case make up the records the templates alone do not reach.
        mean = lambda rows: sum(map(len, rows)) / max(len(rows), 1)  # noqa: E731
        group_records = args.groups * mean([self.group_records[g["id"]] for g in self.groups])
        case_records = args.clients * mean([self.case_records[c["id"]] for c in self.cases])
        loose = args.clients * 0.3 if self.loose_records else 0
        opened = sum(c["status"] in ("open", "closing", "closed", "archived") for c in self.cases) / len(self.cases)
        extra = max(0.0, (args.records - group_records - case_records - loose) / max(args.clients * opened, 1))
        made_cases = made_groups = 0
        while made_cases < args.clients or made_groups < args.groups:
            owner, station = rng.choice(self.workers)
            when = self.first_day + dt.timedelta(days=rng.randint(0, span - 120))
            year_project = self.projects[(station, when.year)]
            if made_cases < args.clients:  # a client and their case, with the template's forms
                made_cases += 1
                case = rng.choice(self.cases)
                days = (when - (case["opened_on"] or case["created_at"].date())).days
                client_id, name = self._client(station)
                case_id = new_id()
                self.parents.append((Case.__table__, self._clone_parent(case, case_id, days, owner, year_project,
                                                                         client_id=client_id)))  # fmt: skip
                records = self.case_records[case["id"]]
                for template in records:
                    self._record(template, days, owner, case_id=case_id, client_id=client_id,
                                 project_id=year_project, client_name=name)  # fmt: skip
                opened = case["status"] in ("open", "closing", "closed", "archived")
                sessions = int(extra) + (rng.random() < extra - int(extra))
                for n in range(sessions):  # more sessions, a week apart, once the case is open
                    if opened and self.session_template is not None:
                        self._record(self.session_template, days + 7 * (n + 1), owner, case_id=case_id,
                                     client_id=client_id, project_id=year_project, client_name=name)  # fmt: skip
            if made_groups < args.groups and rng.random() < args.groups / max(args.clients, 1) * 1.2:
                made_groups += 1
                group = rng.choice(self.groups)
                days = (when - group["created_at"].date()).days
                group_id = new_id()
                self.parents.append((ServiceGroup.__table__, self._clone_parent(group, group_id, days, owner,
                                                                                 year_project)))  # fmt: skip
                for template in self.group_records[group["id"]]:
                    self._record(template, days, owner, group_id=group_id, project_id=year_project)
            if self.loose_records and rng.random() < 0.3:
                template = rng.choice(self.loose_records)
                days = (when - template["created_at"].date()).days
                self._record(template, days, owner, project_id=year_project)
            if len(self.records) >= CHUNK:
                self._flush_all()
        self._flush_all()
        return dict(self.counts)

    def _flush_all(self) -> None:
        """Clients, then cases and groups, then records, then revisions: references hold at each commit."""
        self.flush(Client.__table__, self.clients, force=True)
        self._flush_parents()
        self.flush(FormRecord.__table__, self.records, force=True)
        self.flush(FormRevision.__table__, self.revisions, force=True)

    def _clone_parent(self, row: dict, new: Any, days: int, owner: Any, project: Any, **extra: Any) -> dict:
        clone = {**row, "id": new, "owner_id": owner, "author_id": owner, "project_id": project,
                 "archive_code": None, "number_pending": False, **extra}  # fmt: skip
        for key, value in row.items():
            if isinstance(value, dt.date):  # datetimes too
                clone[key] = value + dt.timedelta(days=days)
        return clone

    def _flush_parents(self) -> None:
        by_table: dict[Any, list[dict]] = defaultdict(list)
        for table, row in self.parents:
            by_table[table].append(row)
        for table, rows in by_table.items():
            self.flush(table, rows, force=True)
        self.parents.clear()


def build(out: Path, args: argparse.Namespace) -> dict[str, int]:
    started = time.perf_counter()
    build_demo(out)
    desk = open_desk(out, "zhou", demo_password("zhou"))
    try:
        gen = Generator(desk, args)
        gen.staff()
        gen.templates()
        counts = gen.run()
    finally:
        desk.close()
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--groups", type=int, default=5_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    print(build(args.out, args))


if __name__ == "__main__":
    main()
