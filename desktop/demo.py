"""A demo workspace: a small township agency with an account for every role, two projects, clients,
households, and cases and groups in varied states, all made through the domain API (so every rule
applies). Later issues extend it as they add archive numbers, transfers and the rest."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.forms.compute import expression_names
from desktop.forms.schema import FieldDef, FieldType
from desktop.forms.validation import visible_fields
from desktop.models import Case, ServiceGroup
from desktop.workspace import Desk, create_workspace, open_desk
from desktop.workspace.record_ops import RecordView

ACCOUNTS = [
    # username, display name, roles, station index (0 东城, 1 石排, None agency-wide)
    ("zhou", "周敏", ["agency_head"], None),
    ("wu", "吴建国", ["business_lead"], None),
    ("li", "李晓红", ["supervisor"], 0),
    ("wang", "王芳", ["worker"], 0),
    ("chen", "陈志强", ["worker"], 1),
    ("zhao", "赵丽", ["finance_officer"], None),
]
DEMO_DAY = dt.date(2026, 11, 16)


def demo_password(username: str) -> str:
    return f"casedesk-{username}"


def sample_value(f: FieldDef, today: dt.date = DEMO_DAY) -> Any:
    """A plausible value for a field nobody described by hand."""
    if f.type is FieldType.TABLE:
        return [{c.id: sample_value(c, today) for c in f.columns if not c.read_only}]
    if f.pattern and f.type is FieldType.TEXT:  # a value the pattern accepts: an ID number or a phone
        return "11010519491231002X" if "{17}" in f.pattern else "13800000000"
    if f.type in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
        first = f.options[0].value if f.options else None
        return [first] if f.type is FieldType.MULTI_CHOICE else first
    return {
        FieldType.TEXT: "已填写",
        FieldType.LONG_TEXT: "详见面谈记录。",
        FieldType.DATE: today.isoformat(),
        FieldType.TIME: "09:30",
        FieldType.NUMBER: max(int(f.min or 0), 5),
        FieldType.MONEY: "0.00",
        FieldType.YES_NO: True,
        FieldType.RATING: int(f.max or 5) - 1,
    }.get(f.type)


def demo_signature(seed: int = 1) -> bytes:
    """A hand-like scribble as a PNG, standing in for what the signature pad captures."""
    import io
    import math

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 110), "white")
    points = [(20 + x * 3, 60 + 25 * math.sin(x / (6 + seed)) * math.cos(x / 17)) for x in range(95)]
    ImageDraw.Draw(image).line(points, fill="black", width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def complete_required(desk: Desk, record: RecordView, content: dict[str, Any]) -> dict[str, Any]:
    """``content`` with every required visible field that is still empty given a plausible value."""
    form = desk.registry.get(record.form_id)
    content = {**record.content, **content}
    for _ in range(4):  # answering one field can show another
        for f in visible_fields(form, expression_names(form, content)):
            if f.required and not f.compute and content.get(f.id) in (None, "", []):
                content[f.id] = sample_value(f)
        content = desk.validate_record(record.id, content).content
    return content


class _Builder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.desks: dict[str, Desk] = {}
        self.day = DEMO_DAY

    def desk(self, username: str) -> Desk:
        if username not in self.desks:
            self.desks[username] = open_desk(self.root, username, demo_password(username))
            self.desks[username].clock = lambda: self.day
        return self.desks[username]

    def on(self, day: dt.date) -> _Builder:
        """What follows happens on ``day`` (so that cases open, and take numbers, in their month)."""
        self.day = day
        return self

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()

    def record(
        self,
        worker: str,
        form_id: str,
        content: dict[str, Any],
        *,
        submit: bool = True,
        approvers: tuple[str, ...] = (),
        returned_by: tuple[str, str] | None = None,
        minutes: int | None = None,
        **scope: Any,
    ) -> RecordView:
        desk = self.desk(worker)
        record = desk.new_record(form_id, **scope)
        record, report = desk.save_record(record.id, complete_required(desk, record, content), minutes_spent=minutes)
        if not submit:
            return record
        if not report.ok:
            raise RuntimeError(f"demo {form_id} is invalid: {[(i.code, i.path) for i in report.errors]}")
        record, _ = desk.submit_record(record.id)
        for reviewer in approvers:
            record = self.desk(reviewer).decide(record.id, "approve", "同意。")
        if returned_by:
            reviewer, opinion = returned_by
            record = self.desk(reviewer).decide(record.id, "return", opinion)
        return record

    def set_state(self, model: type, item_id: uuid.UUID, **values: Any) -> None:
        """Seed a case's or group's state directly (their lifecycles come with later issues)."""
        with self.desk("zhou").session() as s:
            row = s.get(model, item_id)
            for key, value in values.items():
                setattr(row, key, value)


def build_demo(root: Path) -> dict[str, Any]:
    create_workspace(
        root,
        agency_name="恒爱社会工作服务中心",
        station_name="东城街道社工站",
        username="zhou",
        display_name="周敏",
        password=demo_password("zhou"),
        roles=["agency_head"],
    )
    b = _Builder(root)
    try:
        return _populate(b)
    finally:
        b.close()


@dataclass(frozen=True)
class _Cast:
    """The projects, households and clients the demo's cases and groups are about (their ids)."""

    youth: uuid.UUID
    elders: uuid.UUID
    zhang_home: uuid.UUID
    xiaoming: uuid.UUID
    meiling: uuid.UUID
    xiaohong: uuid.UUID
    dawei: uuid.UUID
    jixiang: uuid.UUID
    liu_home: uuid.UUID
    guiying: uuid.UUID


def _populate(b: _Builder) -> dict[str, Any]:
    """Everything in the order it happens: each step moves the demo's clock (``b.on``) where it needs to."""
    head = b.desk("zhou")
    dongcheng, shipai = _stations_and_accounts(b)
    youth, elders = _projects(b, dongcheng, shipai)
    c = _households_and_clients(b, youth, elders)
    _open_counselling_case(b, c)
    _intake_waiting_at_shipai(b, c)
    _closed_and_archived_case(b, c)
    _hotline_consultation(b, c)
    _returned_and_unfinished_intakes(b, c)
    _running_youth_group(b, c)
    _lecture_and_activity_plans(b, c)
    counts = head.counts()
    return {
        "workspace": str(b.root),
        "accounts": [
            {"username": u, "password": demo_password(u), "display_name": n, "roles": ",".join(r)}
            for u, n, r, _ in ACCOUNTS
        ],
        "counts": counts,
    }


def _stations_and_accounts(b: _Builder) -> tuple[uuid.UUID, uuid.UUID]:
    """The second station (石排) and an account for every role; the ids of 东城 and 石排."""
    head = b.desk("zhou")
    dongcheng = head.stations()[0]
    shipai = head.create_station("石排镇社工站", township="石排镇", code="SP")
    stations = [dongcheng.id, shipai.id]
    ids: dict[str, uuid.UUID] = {"zhou": head.account.id}
    for username, name, roles, station in ACCOUNTS[1:]:
        account = head.create_account(
            username,
            name,
            roles,
            demo_password(username),
            station_id=stations[station] if station is not None else None,
            supervisor_id=ids.get("li") if roles == ["worker"] else None,
        )
        ids[username] = account.id
    return dongcheng.id, shipai.id


def _projects(b: _Builder, dongcheng: uuid.UUID, shipai: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """A youth and family project at 东城 and an elderly care project at 石排 (their ids)."""
    head = b.desk("zhou")
    youth = head.create_project(
        name="东城街道青少年与家庭综合服务项目",
        code="DC-2026",
        funder="东城街道办事处",
        contract_start=dt.date(2026, 1, 1),
        contract_end=dt.date(2026, 12, 31),
        domains=["youth", "family", "women", "corrections"],
        stations=[dongcheng],
        targets={"youth.counselling.opened": 30, "youth.group.groups": 6, "youth.small_activity.held": 12},
    )
    elders = head.create_project(
        name="石排镇长者关爱服务项目",
        code="SP-2026",
        funder="石排镇人民政府",
        contract_start=dt.date(2026, 3, 1),
        contract_end=dt.date(2027, 2, 28),
        domains=["elderly", "rural"],
        stations=[shipai],
        targets={"elderly.case.completed": 20, "elderly.home_visit.elders_seen": 200},
    )
    return youth.id, elders.id


def _households_and_clients(b: _Builder, youth: uuid.UUID, elders: uuid.UUID) -> _Cast:
    """Two households and six clients, one with a rare character in the name."""
    wang, chen = b.desk("wang"), b.desk("chen")
    zhang_home = wang.create_household("张家", address="东城街道东兴路 12 号", economic_status="low_income")
    xiaoming = wang.create_client(
        "张小明",
        sex="male",
        birth_date=dt.date(2012, 5, 3),
        phone="13800000001",
        address="东城街道东兴路 12 号",
        domain="youth",
        local_hukou=True,
    )
    wang.add_household_member(zhang_home.id, "张小明", "child", client_id=xiaoming.id, birth_date=dt.date(2012, 5, 3))
    wang.add_household_member(zhang_home.id, "张建华", "parent")
    wang.add_household_member(zhang_home.id, "林秀英", "parent")
    meiling = wang.create_client("陈美玲", sex="female", birth_date=dt.date(1991, 8, 20), domain="women")
    xiaohong = wang.create_client("李小红", sex="female", birth_date=dt.date(2010, 2, 14), domain="youth")
    dawei = wang.create_client("黄大伟", sex="male", birth_date=dt.date(1986, 11, 2), domain="corrections")
    jixiang = wang.create_client(
        "王𠮷祥",
        sex="male",
        birth_date=dt.date(2016, 9, 9),
        domain="youth",
        note="名字含生僻字“𠮷”，打印与显示须用后备字体",
    )
    liu_home = chen.create_household("刘家", address="石排镇田边村 3 巷 5 号", economic_status="dibao")
    guiying = chen.create_client(
        "刘桂英",
        sex="female",
        birth_date=dt.date(1948, 1, 15),
        domain="elderly",
        address="石排镇田边村 3 巷 5 号",
        household_id=liu_home.id,
    )
    return _Cast(
        youth,
        elders,
        zhang_home.id,
        xiaoming.id,
        meiling.id,
        xiaohong.id,
        dawei.id,
        jixiang.id,
        liu_home.id,
        guiying.id,
    )


def _open_counselling_case(b: _Builder, c: _Cast) -> None:
    """An open counselling case: intake approved, plan approved, sessions under way."""
    wang = b.desk("wang")
    case1 = wang.create_case(
        c.xiaoming, c.youth, "counselling", "youth", household_id=c.zhang_home, title="学业压力与亲子沟通"
    )
    b.on(dt.date(2026, 9, 8))
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-09-07",
            "channel": "visit",
            "open_case": True,
            "request": "母亲反映孩子近两个月成绩下滑、常与父母争吵，希望社工介入。",
            "first_assessment": "学业压力较大，亲子沟通方式以指责为主，无自伤风险。",
            "crisis_factors": "none",
            "case_type": "counselling",
            "domain": "youth",
        },
        approvers=("li",),
        case_id=case1.id,
        minutes=60,
    )
    b.record(
        "wang",
        "consent",
        {
            "signed_on": "2026-09-08",
            "understood": True,
            "anonymised_use": True,
            "complaint_right_told": True,
            "guardian_name": "林秀英",
            "guardian_relationship": "parent",
            "services_explained": "每周一次面谈，共约八周，协助处理学业压力并改善亲子沟通。",
        },
        case_id=case1.id,
    )
    consent = next(r for r in wang.records(case_id=case1.id) if r.form_id == "consent")
    wang.sign(consent.id, "guardian", "林秀英", demo_signature())
    wang.sign(consent.id, "worker", "王芳", demo_signature(seed=2))
    b.record(
        "wang",
        "case_basic",
        {"referral_source": "self", "filled_on": "2026-09-08", "presenting_problem": "学业压力、亲子冲突"},
        case_id=case1.id,
    )
    b.record(
        "wang",
        "plan",
        {"plan_date": "2026-09-15", "planned_sessions": 8, "overall_goal": "减轻学业压力，改善亲子沟通。"},
        approvers=("li",),
        case_id=case1.id,
    )
    for n, day in enumerate(("2026-09-22", "2026-09-29", "2026-10-13"), start=1):
        b.record(
            "wang",
            "record",
            {
                "session_date": day,
                "start_time": "16:00",
                "end_time": "17:00",
                "mode": "face_to_face",
                "place": "社工站个案室",
                "session_goal": f"第{n}节：建立关系、了解压力来源",
                "new_risk": False,
            },
            approvers=("li",) if n < 3 else (),
            submit=n < 3,
            case_id=case1.id,
            minutes=60,
        )


def _intake_waiting_at_shipai(b: _Builder, c: _Cast) -> None:
    """An intake waiting for the supervisor at 石排 (no supervisor there: the business lead decides)."""
    chen = b.desk("chen")
    case2 = chen.create_case(c.guiying, c.elders, "counselling", "elderly", household_id=c.liu_home)
    b.on(DEMO_DAY)
    b.record(
        "chen",
        "intake",
        {
            "intake_date": "2026-11-10",
            "channel": "home_visit",
            "open_case": True,
            "request": "独居长者，近期跌倒一次，情绪低落。",
            "crisis_factors": "none",
            "case_type": "counselling",
            "domain": "elderly",
        },
        case_id=case2.id,
        minutes=90,
    )


def _closed_and_archived_case(b: _Builder, c: _Cast) -> None:
    """A closed treatment case, its file completed and archived."""
    wang = b.desk("wang")
    case3 = wang.create_case(c.meiling, c.youth, "treatment", "women", title="婚姻危机与情绪困扰")
    b.on(dt.date(2026, 5, 7))
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-05-06",
            "channel": "phone",
            "open_case": True,
            "case_type": "treatment",
            "domain": "women",
            "crisis_factors": "none",
        },
        approvers=("li",),
        case_id=case3.id,
    )
    b.set_state(Case, case3.id, status="closed", closed_on=dt.date(2026, 8, 28))
    b.record("wang", "plan", {"plan_date": "2026-05-12", "planned_sessions": 6}, approvers=("li",), case_id=case3.id)
    for n in range(1, 7):
        b.record(
            "wang",
            "record",
            {
                "session_date": f"2026-0{5 + n // 3}-{10 + n:02d}",
                "start_time": "10:00",
                "end_time": "11:00",
                "mode": "face_to_face",
                "new_risk": False,
            },
            approvers=("li",),
            case_id=case3.id,
            minutes=60,
        )
    b.record("wang", "closing_eval", {}, case_id=case3.id)
    b.record(
        "wang",
        "closing",
        {
            "closing_date": "2026-08-28",
            "closing_reason": "goals_met",
            "service_start": "2026-05-07",
            "follow_up_needed": False,
        },
        approvers=("li", "zhou"),
        case_id=case3.id,
    )
    # Its file completed and archived: consent and basic information (on paper then, entered now), the
    # checklist generated from the case, and the bag filed.
    b.record("wang", "consent", {"signed_on": "2026-05-07"}, case_id=case3.id)
    b.record("wang", "case_basic", {"filled_on": "2026-05-07"}, case_id=case3.id)
    checklist = wang.new_record("attachments", case_id=case3.id)
    rows = [{**row, "pages": 2, "in_bag": True} for row in checklist.content["documents"]]
    rows.append({"kind": "attachments", "name": "个案附件清单", "pages": 1, "in_bag": True})
    checklist, _ = wang.save_record(
        checklist.id, complete_required(wang, checklist, {"documents": rows, "checked_on": "2026-09-01"})
    )
    wang.submit_record(checklist.id)
    wang.archive_case(case3.id)


def _hotline_consultation(b: _Builder, c: _Cast) -> None:
    """A hotline consultation served and closed the same day."""
    wang = b.desk("wang")
    case4 = wang.create_case(c.xiaohong, c.youth, "consultation", "youth", hotline=True)
    b.record(
        "wang",
        "case_basic",
        {"referral_source": "hotline", "filled_on": "2026-11-03", "presenting_problem": "考试焦虑，来电咨询。"},
        case_id=case4.id,
    )
    b.on(dt.date(2026, 11, 3))
    b.record(
        "wang",
        "closing_info",
        {
            "contact_date": "2026-11-03",
            "contact_mode": "phone",
            "referral_made": False,
            "crisis_found": False,
            "follow_up_needed": False,
        },
        case_id=case4.id,
        minutes=30,
    )
    b.set_state(Case, case4.id, status="closed", closed_on=dt.date(2026, 11, 3))


def _returned_and_unfinished_intakes(b: _Builder, c: _Cast) -> None:
    """An intake the supervisor returned, and one still being written."""
    wang = b.desk("wang")
    case5 = wang.create_case(c.dawei, c.youth, "counselling", "corrections")
    b.on(DEMO_DAY)
    b.record(
        "wang",
        "intake",
        {
            "intake_date": "2026-11-09",
            "channel": "visit",
            "case_type": "counselling",
            "domain": "corrections",
            "crisis_factors": "none",
            "open_case": True,
        },
        returned_by=("li", "请补充司法所转介函及矫正期限。"),
        case_id=case5.id,
    )
    case6 = wang.create_case(c.jixiang, c.youth, "counselling", "youth")
    b.record(
        "wang",
        "intake",
        {"intake_date": "2026-11-13", "request": "老师反映孩子在校被同学起绰号。"},
        submit=False,
        case_id=case6.id,
    )


def _running_youth_group(b: _Builder, c: _Cast) -> None:
    """A running group with its plan approved by the whole chain, its registrations and sessions."""
    wang, chen = b.desk("wang"), b.desk("chen")
    group1 = wang.create_group(
        c.youth,
        "青春同行成长小组",
        "developmental",
        "youth",
        planned_start=dt.date(2026, 10, 10),
        planned_end=dt.date(2026, 11, 28),
        venue="东城社工站活动室",
    )
    members = ["张小明", "李小红", "何俊杰", "罗思琪", "郑浩然", "谢雨桐", "梁子轩", "冯佳怡", "邓宇航", "曾诗涵"]
    b.on(dt.date(2026, 9, 20))
    b.record(
        "wang",
        "group_plan",
        {
            "plan_date": "2026-09-20",
            "start_date": "2026-10-10",
            "end_date": "2026-11-28",
            "planned_size": 10,
            "planned_sessions": 6,
            "venue": "东城社工站活动室",
            "income_source": "agency",
            "finance_officer_name": "赵丽",
            "budget": [
                {"item": "文具", "unit_price": "2.50", "quantity": 20},
                {"item": "小食", "unit_price": "5.00", "quantity": 60},
            ],
        },
        approvers=("li", "wu", "zhou"),
        group_id=group1.id,
        minutes=180,
    )
    b.set_state(ServiceGroup, group1.id, status="running")
    wang.share("group", group1.id, chen.account.id)  # 陈志强 co-leads the sessions: he sees the group too
    b.record(
        "wang",
        "registration",
        {
            "participants": [
                {"name": m, "sex": "male" if i % 2 == 0 else "female", "age": 13 + i % 4, "eligible": True}
                for i, m in enumerate(members)
            ]
        },
        group_id=group1.id,
    )
    _youth_group_sessions(b, group1.id)


def _youth_group_sessions(b: _Builder, group_id: uuid.UUID) -> None:
    """Three sessions of the running group, each approved, with three participants' feedback."""
    for n, day in enumerate(("2026-10-10", "2026-10-17", "2026-10-24"), start=1):
        b.record(
            "wang",
            "session_record",
            {
                "session_no": n,
                "session_date": day,
                "start_time": "15:00",
                "end_time": "16:30",
                "place": "东城社工站活动室",
                "present_count": 9 - n % 2,
            },
            approvers=("li",),
            group_id=group_id,
            minutes=150,
        )
        for score in (5, 4, 5):
            b.record(
                "wang",
                "feedback",
                {
                    "session_no": n,
                    "feedback_date": day,
                    "overall_satisfaction": score,
                    "content": score,
                    "respondent_type": "participant",
                },
                group_id=group_id,
            )


def _lecture_and_activity_plans(b: _Builder, c: _Cast) -> None:
    """A lecture for elders whose plan waits for approval, and a family activity still being planned."""
    wang, chen = b.desk("wang"), b.desk("chen")
    group2 = chen.create_group(
        c.elders,
        "长者防跌倒健康讲座",
        "lecture",
        "elderly",
        planned_start=dt.date(2026, 12, 5),
        venue="田边村委会礼堂",
    )
    b.on(dt.date(2026, 11, 12))
    b.record(
        "chen",
        "group_plan",
        {
            "plan_date": "2026-11-12",
            "start_date": "2026-12-05",
            "end_date": "2026-12-05",
            "planned_size": 40,
            "planned_sessions": 1,
            "lecture_minutes": 60,
            "venue": "田边村委会礼堂",
            "income_source": "none",
            "finance_officer_name": "无",
            "risk_assessment": "长者行动不便，会场设专人引导。",
            "emergency_plan": "如有长者不适，立即联系村卫生站并拨打120。",
        },
        group_id=group2.id,
    )
    b.set_state(ServiceGroup, group2.id, status="plan_submitted")
    b.on(DEMO_DAY)
    group3 = wang.create_group(c.youth, "亲子共读周末活动", "small_activity", "family")
    b.record("wang", "group_plan", {"background": "社区家长反映亲子共处时间少。"}, submit=False, group_id=group3.id)
