"""Every row of the elderly table (老年人, docs/indicators.md 4.2) over a hand-built workspace.

September 2026 is the period (tests/indicators/workbench.py); items sit inside it, on its first or last day, or
one day outside it (31 August, 1 October); in the elderly domain or another; in a state that counts or not.
Visits are placed by their client's domain, else their project's; households are the record's, else the
client's, else the client alone; staff trainings and supervision go by their project's domains. Volunteer
trainings go by the volunteers they trained (a training of both groups counts in both rows), service by each
serving volunteer's group. Every expected number is written out below
from docs/indicators.md, never taken from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.indicators.definitions import load_catalogue
from desktop.workflow.record_states import content_hash
from tests.indicators.workbench import AFTER, BEFORE, Bench, copy_template, figures


def d(day: int, month: int = 9) -> dt.date:
    return dt.date(2026, month, day)


@pytest.fixture(scope="module")
def elderly(_team_template, tmp_path_factory):
    root, youth_project = copy_template(_team_template, tmp_path_factory.mktemp("elderly"))
    b = Bench(root)
    pe = b.project("长者关爱服务项目", ["elderly", "rural"])  # serves two domains
    py = youth_project  # youth and family
    wang = b.desk("wang")
    liu, huang, he = (wang.create_household(name).id for name in ("刘家", "黄家", "何家"))
    elder1 = wang.create_client("刘桂英", domain="elderly", household_id=liu)
    elder2 = wang.create_client("刘伯", domain="elderly", household_id=liu)  # the same household
    elder3 = wang.create_client("黄婆婆", domain="elderly", household_id=huang)
    nobody = wang.create_client("未分类甲")  # no domain, no household
    nobody2 = wang.create_client("未分类乙")  # no domain
    child = wang.create_client("小明", domain="youth")
    # -- visits
    b.visit(elder1.id, pe, "home_visit", d(3), "at_home")
    b.visit(elder1.id, pe, "home_visit", d(17), "at_home")  # the same elder again
    b.visit(elder1.id, pe, "home_visit", d(4), "no_one")  # nobody in
    b.visit(elder2.id, pe, "phone", d(5))  # a call, to 刘家 again
    b.visit(nobody.id, pe, "home_visit", d(6), "at_home")  # no domain: the project's (elderly and rural)
    b.visit(nobody2.id, py, "home_visit", d(7), "at_home")  # no domain: the project's (youth and family)
    b.visit(child.id, pe, "home_visit", d(8), "at_home")  # a youth client in the elderly project
    b.visit(elder1.id, pe, "home_visit", BEFORE, "at_home")
    b.visit(elder1.id, pe, "phone", AFTER)
    b.visit(elder3.id, pe, "outreach", d(9))  # outreach counts in no visit row
    voided = b.visit(elder3.id, pe, "home_visit", d(10), "at_home")
    b.desk("sup").void_record(voided.id, "录错服务对象")  # approved: the supervisor voids it
    b.visit(elder3.id, pe, "phone", d(12), household_id=he)  # written for 何家: the record's household
    b.visit(elder3.id, pe, "phone", d(13), submit=False)  # a draft
    b.visit(elder3.id, py, "home_visit", d(19), "at_home")  # an elder in the youth project: the client decides
    # -- cases
    ec1 = b.case("陈伯", pe, "counselling", "elderly", opened=d(2), filed=True)
    ec2 = b.case("周婆婆", pe, "treatment", "elderly", opened=d(15))
    b.case("吴伯", pe, "transfer", "elderly", opened=d(30), filed=True)
    b.consultation("郑婆婆", pe, "elderly", d(5))  # a consultation: counted as one, not here
    b.case("钱伯", pe, "counselling", "elderly", opened=AFTER, filed=True)
    b.case("孙婆婆", pe, "counselling", "elderly", opened=BEFORE, filed=True)
    b.case("李同学", py, "counselling", "youth", opened=d(3), filed=True)  # another domain
    ef1 = b.case("刘家个案", pe, "counselling", "elderly", opened=d(25, 8), family_case=True, client_id=elder1.id)
    ef2 = b.case("张家个案", py, "counselling", "youth", opened=d(26, 8), family_case=True)  # another domain
    b.session(ef1, d(2))
    b.session(ef1, d(16))
    b.session(ef1, BEFORE)
    b.session(ef2, d(3))
    b.session(ec1, d(10))
    b.session(ec1, d(11), approved=False)  # submitted only
    b.close_case(ec1, d(28))
    b.close_case(ef1, AFTER)
    b.close_case(ec2, d(29), approvers=("sup",))  # waits for the agency head
    # -- groups and activities
    eg1 = b.group(pe, "长者支持小组", "support", "elderly")
    b.group_session(eg1, d(4), 8)
    b.group_session(eg1, d(11), 9)
    b.group_report(eg1, d(29))
    b.group_session(b.group(py, "青少年治疗小组", "therapeutic", "youth"), d(5), 6)  # another domain
    ea1 = b.group(pe, "书法兴趣班", "interest_class", "elderly")
    b.group_session(ea1, d(6), 20)
    b.group_session(ea1, d(13), 18)
    ea2 = b.group(pe, "重阳游园会", "large_activity", "elderly")
    b.group_session(ea2, d(20), 150)
    b.group_report(ea2, d(30))
    b.group_session(b.group(py, "亲子托管", "tutoring", "family"), d(7), 12)  # another domain
    b.group_session(b.group(pe, "防骗讲座", "lecture", "elderly"), d(8), 35, approved=False)  # submitted only
    # -- staff and volunteers
    b.training(pe, "workshop", d(4), 10)
    b.training(py, "workshop", d(4), 22)  # a youth and family project
    b.training(pe, "staff_training", d(30), 6)
    b.training(pe, "staff_training", AFTER, 9)
    # A staff training keeping a stale answer from when it was typed as a volunteer training (hidden, kept).
    b.training(pe, "staff_training", d(25), 4, volunteers="elder")
    # -- volunteer trainings, by the volunteers trained
    b.training(pe, "volunteer_training", d(14), 25, volunteers="elder")
    b.training(pe, "volunteer_training", d(1), 12, volunteers="resident")  # the period's first day
    b.training(pe, "volunteer_training", d(30), 30, volunteers="elder_and_resident")  # both groups, last day
    b.training(pe, "volunteer_training", d(21), 8, volunteers="other")  # students: neither row
    b.training(pe, "volunteer_training", d(22), 10)  # no volunteers trained written (warning TRN02)
    b.training(pe, "volunteer_training", BEFORE, 9, volunteers="elder")
    b.training(pe, "volunteer_training", AFTER, 9, volunteers="resident")
    b.training(py, "volunteer_training", d(10), 14, volunteers="elder")  # a youth and family project
    b.training(pe, "volunteer_training", d(23), 6, volunteers="elder", submit=False)  # a draft
    voided_training = b.training(pe, "volunteer_training", d(24), 7, volunteers="resident")
    b.desk("sup").void_record(voided_training.id, "重复录入")
    b.v1_training = b.training(pe, "volunteer_training", d(26), 11)  # recorded before the form asked
    b.saved_under(b.v1_training, 1, "volunteer_group")
    b.supervision(pe, "individual", d(1))
    b.supervision(pe, "group", d(15))
    b.supervision(py, "individual", d(16))  # a youth and family project
    # -- volunteer service, by each serving volunteer's group
    b.volunteer_service(pe, d(18), 4, "elderly", ["elder", "elder", "resident", None])  # one occasion, both groups
    b.volunteer_service(pe, d(3), 2, "elderly", ["resident", "resident"])
    b.volunteer_service(pe, d(19), 1, "elderly", ["other"])  # students: neither row
    b.volunteer_service(pe, d(20), 1, None, ["elder"])  # no domain written: the project's (elderly and rural)
    b.volunteer_service(pe, d(21), 1, "youth", ["elder"])  # written as youth: not an elderly service
    b.volunteer_service(pe, BEFORE, 1, "elderly", ["elder"])
    b.volunteer_service(pe, AFTER, 1, "elderly", ["resident"])
    b.volunteer_service(pe, d(22), 1, "elderly", ["elder"], submit=False)  # a draft
    voided_service = b.volunteer_service(pe, d(23), 1, "elderly", ["elder"])
    b.desk("sup").void_record(voided_service.id, "重复录入")
    yield b
    b.close()


def test_every_elderly_row(elderly):
    got = figures(elderly.desk("head"), "elderly")
    expected = {
        # Home visits that met someone (at home), approved (complete once submitted), in September: 刘桂英 on the
        # 3rd and 17th (each time counts), 未分类甲 (no domain: the elderly project's) and 黄婆婆 on the 19th (an
        # elder, though in the youth project: the client's domain comes first). The 4th found nobody,
        # the 5th is a call, 未分类乙's is in the youth project, 小明 is a youth client, 31 August is outside, the
        # 9th is outreach, the 10th is void.
        "elderly.home_visit.elders_seen": (4, None, 4),
        # Approved session records in September of elderly cases: 刘家个案's 2nd and 16th, 陈伯's 10th (its 11th is
        # only submitted; 31 August is outside; 张家个案 is youth).
        "elderly.case.sessions": (3, None, 3),
        # Case-work cases (not consultations) opened in September: 陈伯 (2nd), 周婆婆 (15th), 吴伯 (30th); 郑婆婆
        # is a consultation, 钱伯 opens on 1 October, 孙婆婆 on 31 August, 李同学 is youth. Filed: 陈伯, 吴伯.
        "elderly.case.filing_rate": (2, 3, 66.7),
        # Closed in September: 陈伯 (28th); 刘家个案 closes on 1 October, 周婆婆's closing waits for the head.
        "elderly.case.completed": (1, None, 1),
        "elderly.case.closing_reports": (1, None, 1),
        # Approved group sessions (group kinds) in September: the support group's 4th (8) and 11th (9); the
        # therapeutic group is youth.
        "elderly.group.sessions": (2, None, 2),
        "elderly.group.attendances": (17, None, 17),
        "elderly.group.reports": (1, None, 1),  # the support group's report, approved on the 29th
        # Activity occasions (every activity kind): the interest class's 6th (20) and 13th (18), the fair's 20th
        # (150); the tutoring is family, the lecture only submitted.
        "elderly.activity.held": (3, None, 3),
        "elderly.activity.served": (188, None, 188),
        "elderly.activity.reports": (1, None, 1),  # the fair's report, approved on the 30th
        # Households called, or visited and met, in September, each once: 刘家 (刘桂英's visits, 刘伯's call),
        # 未分类甲 alone (no household: a household of one), 何家 (the household written on 黄婆婆's call of the
        # 12th), 黄家 (黄婆婆's visit of the 19th, no household written: hers). The draft call of the 13th, the
        # void visit, the outreach visit and the no-one visit do not count.
        "elderly.family_visit.households": (4, None, 4),
        # Those visits and calls one by one: 刘桂英 3rd and 17th, 刘伯 5th, 未分类甲 6th, 黄婆婆 12th and 19th.
        "elderly.family_visit.visits": (6, None, 6),
        # Session records of elderly family cases: 刘家个案's 2nd and 16th (张家个案 is youth).
        "elderly.family_visit.family_services": (2, None, 2),
        # The elderly project's workshop on the 4th (10 taking part); the youth project's does not count.
        "elderly.staff_workshop.held": (1, None, 1),
        "elderly.staff_workshop.participants": (10, None, 10),
        # Its staff trainings on the 25th (4; a stale 'elder volunteers' left from a volunteer training changes
        # nothing) and the 30th (6); 1 October is outside.
        "elderly.staff_training.held": (2, None, 2),
        "elderly.staff_training.participants": (10, None, 10),
        # Its individual supervision on the 1st and group supervision on the 15th; the 16th is the youth project's.
        "elderly.supervision.individual": (1, None, 1),
        "elderly.supervision.group": (1, None, 1),
        # The elderly project's volunteer trainings in September for elder volunteers: the 14th, and the 30th's of
        # both groups. Not: the 1st (resident), the 21st (other volunteers), the 22nd and the version-1 record
        # of the 26th (no volunteers trained written), 31 August, 1 October, the youth project's 10th, the draft
        # of the 23rd, the void 24th, the staff training of the 25th.
        "elderly.elder_volunteer.trainings": (2, None, 2),
        # For resident volunteers: the 1st (the period's first day) and the 30th's of both groups (counted in
        # both rows). Not: the 14th (elder), 1 October, the void 24th, and the rest as above.
        "elderly.resident_volunteer.trainings": (2, None, 2),
        # Occasions with an elder volunteer serving: the 18th (two of them, one occasion) and the 20th (no domain
        # written: the project's). Not: the 21st (written as youth), 31 August, the draft, the voided 23rd.
        "elderly.elder_volunteer.services": (2, None, 2),
        # Elder volunteers serving, one by one: two on the 18th, one on the 20th.
        "elderly.elder_volunteer.volunteers": (3, None, 3),
        # Occasions with a resident volunteer: the 18th and the 3rd. Not the 19th's student, not 1 October.
        "elderly.resident_volunteer.services": (2, None, 2),
        # Resident volunteers: one on the 18th, two on the 3rd (the 18th's fourth volunteer has no group).
        "elderly.resident_volunteer.volunteers": (3, None, 3),
    }
    assert len(expected) == 26  # docs/indicators.md section 4: 26 rows, 22 computed
    assert set(got) == set(expected)  # every row of the table, and nothing else
    for row, want in expected.items():
        assert got[row] == want, row


def test_no_row_waits_for_data(elderly):
    catalogue = load_catalogue(registry=elderly.desk("head").registry)
    assert [r.id for r in catalogue.table("elderly").rows if r.missing] == []


def test_a_longer_period_counts_each_household_once_over_the_whole(elderly):
    head = elderly.desk("head")
    quarter = figures(head, "elderly", dt.date(2026, 8, 1), dt.date(2026, 10, 31))
    # August to October: 刘家 (September's visits and call, 31 August's visit, 1 October's call), 未分类甲, 何家,
    # 黄家: still 4 households, not the months' households added up (September 4, August 1, October 1).
    assert quarter["elderly.family_visit.households"] == (4, None, 4)
    # The visits one by one: September's 6, 31 August's and 1 October's.
    assert quarter["elderly.family_visit.visits"] == (8, None, 8)
    # The same project's staff work shows under rural too (a project serving two domains): the workshop of 4
    # September, counted in each domain, not to be added up across them.
    rural = figures(head, "rural")
    assert rural["rural.staff_workshop.held"] == (1, None, 1)


def test_a_volunteer_training_recorded_under_version_1_still_opens_and_validates(elderly):
    """Version 2 of the training form added the volunteers trained: a record saved before it opens, keeps the
    hash its completion was bound to, validates (only warning TRN02 asks for the new answer, so it prints as
    complete, not as a draft), and counts in neither volunteers' row (above)."""
    wang = elderly.desk("wang")
    record = wang.record(elderly.v1_training.id)
    assert record.form_version == 1 and record.status == "approved" and "volunteer_group" not in record.content
    form = wang.registry.get("training")
    assert form.version == 2
    assert content_hash(form.id, 1, record.content, form.carried_ids) == record.content_hash
    report = wang.validate_record(record.id)
    assert report.ok and report.codes() == {"TRN02"}
    assert report.content["volunteer_group"] is None and report.content["kind"] == "volunteer_training"
