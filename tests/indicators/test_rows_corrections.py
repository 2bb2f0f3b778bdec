"""Every row of the community-correction table (社区矫正, docs/indicators.md 4.5) over a hand-built workspace.

September 2026 is the period (tests/indicators/workbench.py); items sit inside it, on its first or last day, or
one day outside it (31 August, 1 October); in the corrections domain or another; in a state that counts or not.
The correction roster places people by their term (start to end, overlapping the period) and the re-offence by
its date; staff trainings and supervision are placed by their project's domains; volunteer service by the
domain written on the record, else the project's. Every expected number is written out below from
docs/indicators.md, never taken from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.indicators.compute import Scope
from desktop.indicators.definitions import load_catalogue
from desktop.indicators.drill import items_behind
from desktop.models import Client, FormRecord
from tests.indicators.workbench import AFTER, BEFORE, PERIOD, Bench, copy_template, figures


def d(day: int, month: int = 9) -> dt.date:
    return dt.date(2026, month, day)


def roster(b: Bench, client_id, project_id, start: str, end: str, *, reoffence: str | None = None, box=False,
           submit=True):  # fmt: skip
    """A roster entry (no approval chain: complete once submitted); ``box`` is the worker's 'case opened' tick."""
    content = {"start_date": start, "end_date": end, "reoffended": reoffence is not None, "case_opened": box}
    if reoffence is not None:
        content["reoffence_date"] = reoffence
    return b.record("wang", "correction_roster", content, submit=submit, client_id=client_id, project_id=project_id)


@pytest.fixture(scope="module")
def corrections(_team_template, tmp_path_factory):
    root, youth_project = copy_template(_team_template, tmp_path_factory.mktemp("corrections"))
    b = Bench(root)
    pc = b.project("社区矫正社会工作服务项目", ["corrections", "women"])  # serves two domains
    py = youth_project  # youth and family
    pe = b.project("长者服务项目", ["elderly"])
    wang = b.desk("wang")
    people = {name: wang.create_client(name, domain="corrections").id for name in
              ("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11")}  # fmt: skip
    # -- the roster: terms against September 2026
    roster(b, people["R1"], pc, "2026-01-01", "2026-12-31")  # the whole year
    roster(b, people["R2"], pc, "2026-03-01", "2027-02-28", reoffence="2026-09-10")  # re-offended in September
    roster(b, people["R3"], pc, "2026-09-30", "2027-03-31", box=True)  # starts on the last day; box ticked
    roster(b, people["R4"], pc, "2025-06-01", "2026-09-01")  # ends on the first day
    roster(b, people["R5"], pc, "2025-01-01", "2026-08-31")  # ended the day before
    roster(b, people["R6"], pc, "2026-10-01", "2027-01-01")  # starts the day after
    roster(b, people["R7"], pc, "2026-01-01", "2026-12-31")
    roster(b, people["R7"], pc, "2026-09-15", "2027-09-14")  # entered twice
    roster(b, people["R8"], pc, "2026-02-01", "2027-01-31", reoffence="2026-08-31")  # re-offended before September
    roster(b, people["R9"], pc, "2026-01-01", "2026-12-31", submit=False)  # a draft entry
    roster(b, people["R10"], pc, "2026-04-01", "2027-03-31", reoffence="2026-10-01", box=True)  # after September
    roster(b, people["R11"], pc, "2026-05-01", "2027-04-30")
    # -- cases of people on the roster
    r1 = b.case("R1", pc, "counselling", "corrections", opened=d(10, 3), client_id=people["R1"])  # before September
    r2 = b.case("R2", pc, "counselling", "corrections", opened=d(5), filed=True, client_id=people["R2"])
    b.case("R3", pc, "counselling", "corrections", opened=AFTER, client_id=people["R3"])  # opens after September
    r4 = b.case("R4", py, "counselling", "youth", opened=d(3), filed=True, client_id=people["R4"])  # a youth case
    b.case("R7", pc, "counselling", "corrections", intake_only=True, client_id=people["R7"])  # not opened
    b.case("R11", py, "treatment", "youth", opened=d(4), client_id=people["R11"])  # a youth case
    r8 = b.case("R8", pc, "counselling", "corrections", opened=d(20), filed=True, client_id=people["R8"])  # voided
    # -- other cases
    x1 = b.case("X1", pc, "treatment", "corrections", opened=d(14))
    x2 = b.case("X2", pc, "transfer", "corrections", opened=d(16), filed=True)
    x3 = b.consultation("X3", pc, "corrections", d(17))  # a consultation: counted as one, not here
    b.record("wang", "case_basic", {"filled_on": "2026-09-17"}, case_id=x3.id)
    fc1 = b.case("FC1", pc, "counselling", "corrections", opened=d(20, 8), family_case=True)
    fc2 = b.case("FC2", pc, "counselling", "corrections", opened=d(21, 8), family_case=True)
    fc3 = b.case("FC3", py, "counselling", "youth", opened=d(22, 8), family_case=True)
    # -- session records (approved by the supervisor unless said)
    b.session(r2, d(6))
    b.session(r2, d(30))
    b.session(r2, d(12), approved=False)  # submitted only
    b.session(r1, BEFORE)
    b.session(r1, d(1))
    b.session(r1, AFTER)
    returned = b.session(r1, d(15), approved=False)
    assert b.desk("sup").decide(returned.id, "return", "请补充会谈过程。").status == "returned"
    b.session(r4, d(10))  # a youth case
    b.session(r8, d(21))  # its case is voided below
    b.session(fc1, d(3))
    b.session(fc1, d(17))
    b.session(fc2, d(8), approved=False)
    b.session(fc3, d(9))  # a youth family case
    # -- closings
    b.close_case(r1, d(29))
    b.close_case(x2, d(30))
    b.close_case(x1, d(25), approvers=("sup",))  # waits for the agency head
    b.close_case(r4, d(20))  # a youth case
    b.void(r8)
    # -- groups and activities
    cg1 = b.group(pc, "矫正支持小组", "support", "corrections")
    b.group_session(cg1, d(2), 5)
    b.group_session(cg1, d(9), 4)
    b.group_session(cg1, BEFORE, 6)
    returned = b.group_session(cg1, d(16), 5, approved=False)
    assert b.desk("sup").decide(returned.id, "return", "请补充过程记录。").status == "returned"
    b.group_report(cg1, d(25))
    b.group_session(b.group(py, "青少年治疗小组", "therapeutic", "youth"), d(3), 9)  # another domain
    cg3 = b.group(pc, "互助小组", "mutual_aid", "corrections")  # voided below
    b.group_session(cg3, d(5), 3)
    ca1 = b.group(pc, "法治讲座", "lecture", "corrections")
    b.group_session(ca1, d(10), 30)
    b.group_session(ca1, AFTER, 25)
    b.group_report(ca1, d(30))
    b.group_session(b.group(pc, "社区外展", "outreach", "corrections"), d(12), 12)
    ca3 = b.group(pc, "宣传日", "publicity", "corrections")
    b.group_session(ca3, d(20), 50, approved=False)
    b.group_report(ca3, d(29), approvers=("sup", "lead"))  # waits for the agency head
    b.group_session(b.group(pe, "长者茶话会", "small_activity", "elderly"), d(8), 40)  # another domain
    b.void(cg3)
    # -- parent-child groups, found by the plan's focus
    pcg = b.group(pc, "亲子关系辅导小组", "support", "corrections", focus="parent_child")
    b.group_session(pcg, d(4), 6)
    b.group_session(pcg, d(30), 4)  # the period's last day
    b.group_session(pcg, d(18), 5, approved=False)  # waits for the supervisor
    b.group_session(pcg, AFTER, 5)
    b.group_session(b.group(pc, "情绪管理小组", "support", "corrections", focus="emotion"), d(5), 7)
    b.group_session(b.group(py, "青少年亲子小组", "developmental", "youth", focus="parent_child"), d(6), 8)
    # -- staff: trainings and workshops (no approval chain), supervision
    b.training(pc, "workshop", d(4), 12)
    b.training(py, "workshop", d(5), 20)  # a youth and family project
    b.training(pc, "workshop", AFTER, 9)
    edited = b.training(pc, "workshop", d(30), 8)
    edited, _ = b.desk("wang").save_record(edited.id, {**edited.content, "participant_count": 7})
    assert edited.status == "draft"  # edited after completion: a draft again until submitted
    b.training(pc, "staff_training", d(1), 15)
    b.training(pc, "staff_training", d(18), 10)
    b.training(pc, "staff_training", BEFORE, 30)
    b.training(pc, "staff_training", d(19), 11, submit=False)  # a draft
    b.training(pc, "volunteer_training", d(11), 14)
    b.training(pc, "volunteer_training", d(13), 9, volunteers="other")  # support volunteers: any group counts here
    b.training(py, "volunteer_training", d(12), 16)  # a youth and family project
    b.supervision(pc, "individual", d(2))
    b.supervision(pc, "individual", d(23))
    b.supervision(pc, "group", d(9))
    b.supervision(py, "individual", d(10))  # a youth and family project
    b.supervision(pc, "group", AFTER)
    voided = b.supervision(pc, "individual", d(24))
    b.desk("sup").void_record(voided.id, "重复录入")
    # -- volunteer service: the record's domain, else its project's
    b.volunteer_service(py, d(6), 3, "corrections")  # written as corrections, in a youth project
    b.volunteer_service(pc, d(13), 2, None)  # no domain written: the project's (corrections and women)
    b.volunteer_service(pc, d(14), 4, "youth")  # written as youth, in the corrections project
    b.volunteer_service(pc, AFTER, 5, None)
    b.volunteer_service(py, BEFORE, 6, "corrections")
    yield b
    b.close()


def test_every_corrections_row(corrections):
    got = figures(corrections.desk("head"), "corrections")
    expected = {
        # People on the roster whose re-offence is dated in September (R2), of the people whose term overlaps it,
        # each once: R1, R2, R3 (starts on the 30th), R4 (ends on the 1st), R7 (entered twice), R8, R10, R11. R5
        # ended on 31 August, R6 starts on 1 October, R9's entry is a draft; R8 re-offended in August, R10 in
        # October.
        "corrections.case.reoffending_rate": (1, 8, 12.5),
        # Approved session records dated in September, corrections cases: R2's 6th and 30th, R1's 1st, FC1's 3rd
        # and 17th. R2's 12th and FC2's are only submitted, R1's 15th was returned, R1's 31 August and 1 October
        # fall outside, R4's and FC3's are youth cases, R8's case is void.
        "corrections.case.sessions": (5, None, 5),
        # Case-work cases (not consultations) opened in September: R2's (5th), X1 (14th), X2 (16th); R8's is void,
        # X3 is a consultation, R4's and R11's are youth, R3's opens on 1 October. Filed: R2's and X2.
        "corrections.case.filing_rate": (2, 3, 66.7),
        # Of the eight people under correction in September, those with a corrections case opened by 30 September
        # ("on or before the period's last day"): R1 (opened in March) and R2 (5 September). R3's case opens on
        # 1 October (its roster box is ticked: the count uses cases), R4's and R11's cases are youth cases ("in
        # this row's domain"), R7's intake is undecided, R8's case is void, R10 has only the ticked box.
        "corrections.case.opening_rate": (2, 8, 25.0),
        # Case-work cases closed in September: R1's (29th) and X2 (30th); X1 waits for the agency head, R4's is
        # youth, X3 is a consultation.
        "corrections.case.completed": (2, None, 2),
        "corrections.case.closing_reports": (2, None, 2),
        # Approved group session records in September, group kinds: cg1's 2nd (5) and 9th (4), the parent-child
        # group's 4th (6) and 30th (4), the emotions group's 5th (7); cg1's 16th was returned and the parent-child
        # group's 18th waits, 31 August and 1 October are outside; the therapeutic and the youth parent-child
        # groups are youth, cg3 is void.
        "corrections.group.sessions": (5, None, 5),
        "corrections.group.attendances": (26, None, 26),
        # Group reports whose last approval closed the group in September: cg1's (25th).
        "corrections.group.reports": (1, None, 1),
        # Activity occasions approved in September: the lecture's 10th (30) and the outreach's 12th (12); the
        # lecture's 1 October is outside, the publicity day is only submitted, the tea party is elderly.
        "corrections.activity.held": (2, None, 2),
        "corrections.activity.served": (42, None, 42),
        # Activity reports approved through the chain in September: the lecture's (30th); the publicity day's
        # waits for the agency head.
        "corrections.activity.reports": (1, None, 1),
        # Family cases with an approved session in September, each once: FC1 (two sessions); FC2's session is
        # only submitted, FC3 is youth.
        "corrections.family_case.cases": (1, None, 1),
        # Approved sessions of corrections groups whose plan's focus is parent-child: the 4th and the 30th. Not
        # the 18th (waiting), 1 October, the emotions group, nor the youth parent-child group.
        "corrections.parent_child_group.sessions": (2, None, 2),
        # Waiting for data (members' households): no number, never 0.
        "corrections.parent_child_group.households": (None, None, None),
        # Workshops in the corrections project dated in September: the 4th (12 taking part); the 30th was edited
        # after completion (a draft again), 1 October is outside, the 5th is in the youth and family project.
        "corrections.staff_workshop.held": (1, None, 1),
        "corrections.staff_workshop.participants": (12, None, 12),
        # Staff trainings: 1st (15) and 18th (10); 31 August is outside, the 19th is a draft.
        "corrections.staff_training.held": (2, None, 2),
        "corrections.staff_training.participants": (25, None, 25),
        # Supervision in the corrections project: individual on the 2nd and 23rd (the 24th is void; the 10th is
        # in the youth and family project); group on the 9th (1 October is outside).
        "corrections.supervision.individual": (2, None, 2),
        "corrections.supervision.group": (1, None, 1),
        # Volunteer trainings in the corrections project, whichever volunteers they trained: the 11th (none
        # written) and the 13th (other volunteers); the 12th is in the youth and family project.
        "corrections.volunteer.trainings": (2, None, 2),
        # Volunteer service in corrections: the 6th (written as corrections, in a youth project: 3 volunteers) and
        # the 13th (no domain written, the corrections project: 2); the 14th is written as youth, 1 October and
        # 31 August are outside.
        "corrections.volunteer.services": (2, None, 2),
        "corrections.volunteer.volunteers": (5, None, 5),
    }
    assert len(expected) == 24  # docs/indicators.md section 4: 24 rows, 22 computed
    assert set(got) == set(expected)  # every row of the table, and nothing else
    for row, want in expected.items():
        assert got[row] == want, row


def test_the_opening_rate_links_cases_opened_by_the_periods_end_in_its_own_domain(corrections):
    """The numerator's cases: "opened; the day the case opened on or before the period's last day; in this row's
    domain" (docs/indicators.md 4.5). The people behind the number are the ones it counts."""
    desk = corrections.desk("head")
    row = load_catalogue(registry=desk.registry).get("corrections.case.opening_rate")
    with desk.session() as s:
        kind, ids = items_behind(s, row.numerator, desk.registry, "corrections", Scope(*PERIOD))
        people = {s.get(Client, s.get(FormRecord, i).client_id).name for i in ids}
    # R1's case opened in March, before the period (still counts); R4's and R11's September cases are youth.
    assert (kind, people) == ("record", {"R1", "R2"})


def test_rows_waiting_for_data_say_what_they_lack(corrections):
    catalogue = load_catalogue(registry=corrections.desk("head").registry)
    lacking = {r.id: [m.qualified for m in r.missing] for r in catalogue.table("corrections").rows if r.missing}
    # docs/indicators.md section 5: the parent-child groups are found by their plan's focus; counting their
    # households waits for each registered member's household.
    assert lacking == {
        "corrections.parent_child_group.households": ["registration.participants.household"],
    }


def test_a_project_serving_two_domains_shows_its_staff_work_under_each(corrections):
    women = figures(corrections.desk("head"), "women")
    # The corrections project also serves women: its 4 September workshop and 13 September volunteer service
    # (no domain written) show there too; the 6 September service written as corrections does not.
    assert women["women.staff_workshop.held"] == (1, None, 1)
    assert women["women.volunteer.services"] == (1, None, 1)


def test_the_re_offending_rate_for_the_year(corrections):
    year = figures(corrections.desk("head"), "corrections", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # Under correction on any day of 2026: R1 to R8, R10 and R11 (R9 is a draft): 10. Re-offended in 2026:
    # R2 (10 September), R8 (31 August), R10 (1 October): 3.
    assert year["corrections.case.reoffending_rate"] == (3, 10, 30.0)
