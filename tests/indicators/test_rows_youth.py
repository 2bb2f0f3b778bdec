"""Every row of the youth table (儿童青少年, docs/indicators.md 4.1) over a hand-built workspace.

September 2026 is the period (tests/indicators/workbench.py). Each item sits inside it, on its first or last
day, or one day outside it (31 August, 1 October); in the youth domain or another (family); in a state that
counts (approved records; cases opened, closed or archived) or one that does not (submitted, draft, void,
intake undecided or declined, closing or group report part-way through its chain, hotline approval owed).
Every expected number is written out below from docs/indicators.md, with the items behind it, never taken
from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.indicators.workbench import AFTER, BEFORE, Bench, copy_template, figures


def d(day: int, month: int = 9) -> dt.date:
    return dt.date(2026, month, day)


@pytest.fixture(scope="module")
def youth(_team_template, tmp_path_factory):
    root, youth_project = copy_template(_team_template, tmp_path_factory.mktemp("youth"))
    b = Bench(root)
    p = youth_project  # serves youth and family
    made = {}
    # -- counselling cases
    made["A"] = b.case("甲", p, "counselling", "youth", opened=d(3), filed=True)
    made["B"] = b.case("乙", p, "counselling", "youth", opened=d(10))
    draft = {"filled_on": "2026-09-10"}
    b.record("wang", "case_basic", draft, submit=False, case_id=made["B"].id)  # a draft: B is not filed
    made["C"] = b.case("丙", p, "counselling", "youth", intake_only=True)  # intake waiting for the supervisor
    made["D"] = b.case("丁", p, "counselling", "family", opened=d(5), filed=True)  # another domain
    made["E"] = b.case("戊", p, "counselling", "youth", opened=BEFORE, filed=True)  # the day before the period
    made["F"] = b.case("己", p, "counselling", "youth", opened=AFTER, filed=True)  # the day after it
    made["G"] = b.case("庚", p, "counselling", "youth", opened=d(30), filed=True)  # the period's last day
    made["H"] = b.case("辛", p, "counselling", "youth", opened=d(20))
    b.on(AFTER).record("wang", "case_basic", {"filled_on": "2026-10-01"}, case_id=made["H"].id)  # filed late
    made["K"] = b.case("癸", p, "counselling", "youth", opened=d(1, 8))  # closed on 31 August below
    made["L"] = b.case("子", p, "counselling", "youth", opened=d(6), filed=True)  # voided below
    made["J"] = b.case("丑", p, "counselling", "youth", opened=d(2, 8))  # its closing waits for the head
    declined = b.desk("wang").create_case(b.desk("wang").create_client("寅").id, p, "counselling", "youth")
    b.on(d(12)).record("wang", "intake", {"intake_date": "2026-09-12", "open_case": False}, approvers=("sup",),
                       case_id=declined.id)  # fmt: skip
    made["declined"] = b.desk("wang").case(declined.id)
    # -- treatment cases
    made["T1"] = b.case("卯", p, "treatment", "youth", opened=d(4), filed=True)
    made["T2"] = b.case("辰", p, "treatment", "youth", opened=d(8))
    made["T3"] = b.case("巳", p, "treatment", "family", opened=d(9), filed=True)  # another domain
    # -- transfers (case transfer forms, approved by the supervisor unless said)
    b.transfer(made["A"], d(5), "success")
    b.transfer(made["A"], d(12), "failure")  # A referred twice
    b.transfer(made["B"], d(6), "pending")  # no outcome yet
    b.transfer(made["H"], d(21), None)  # outcome not written
    b.transfer(made["T2"], d(7), "success", approved=False)  # submitted, not approved
    b.transfer(made["E"], BEFORE, "success")  # the day before the period
    b.transfer(made["G"], AFTER, "failure")  # the day after
    b.transfer(made["D"], d(8), "success")  # a family case
    b.transfer(made["L"], d(7), "success")  # its case is voided below
    # -- closings: the closing report approved by the supervisor and the agency head closes the case
    b.close_case(made["A"], d(25))
    made["A"] = b.archive(made["A"], d(30))  # its file completed and archived
    assert made["A"].status == "archived"
    b.close_case(made["E"], d(1))  # the period's first day
    b.close_case(made["K"], BEFORE)
    b.close_case(made["D"], d(15))  # a family case
    b.close_case(made["J"], d(20), approvers=("sup",))  # the agency head has not approved: closing
    b.close_case(made["G"], AFTER)
    b.close_case(made["T1"], d(26))
    b.close_case(made["T3"], d(27))  # a family case
    b.void(made["L"])
    # -- consultations: each closing information record is one contact
    q1 = b.consultation("咨一", p, "youth", d(3))
    b.on(d(20)).record("wang", "closing_info", {"contact_date": "2026-09-20", "referral_made": False,
                       "crisis_found": False, "follow_up_needed": False}, case_id=q1.id)  # fmt: skip
    q2 = b.consultation("热线一", p, "youth", d(4), hotline=True)
    b.desk("sup").confirm_hotline_case(q2.id)  # the supervisor back-filled its approval
    b.consultation("热线二", p, "youth", d(5), hotline=True)  # approval still owed
    b.consultation("咨二", p, "youth", BEFORE)
    b.consultation("咨三", p, "youth", AFTER)
    b.consultation("咨四", p, "family", d(6))  # another domain
    q5 = b.consultation("咨五", p, "youth", d(7))
    [void_contact] = [r for r in b.desk("wang").records(case_id=q5.id) if r.form_id == "closing_info"]
    b.desk("sup").void_record(void_contact.id, "重复录入")  # a void record
    b.void(b.consultation("咨六", p, "youth", d(8)))  # a void case: its records never count
    # -- groups (group kinds)
    g1 = b.group(p, "成长小组", "developmental", "youth")
    b.group_session(g1, BEFORE, 6)
    b.group_session(g1, d(3), 8)
    b.group_session(g1, d(10), 7)
    b.group_session(g1, d(17), 9, approved=False)  # submitted, not approved
    b.group_report(g1, d(28))  # approved through its chain: g1 closes on 28 September
    g2 = b.group(p, "支持小组", "support", "youth")
    b.group_session(g2, d(30), 6)
    b.group_session(g2, AFTER, 4)
    b.group_report(g2, d(29), approvers=("sup", "lead"))  # waits for the agency head
    g3 = b.group(p, "家庭治疗小组", "therapeutic", "family")  # another domain
    b.group_session(g3, d(5), 10)
    b.group_report(g3, d(20))
    g4 = b.group(p, "教育小组", "educational", "youth")  # voided below
    b.group_session(g4, d(12), 5)
    g5 = b.group(p, "互助小组", "mutual_aid", "youth")
    b.group_session(g5, d(20, 8), 7)
    b.group_report(g5, BEFORE)  # closed the day before the period
    # -- activities
    large = b.group(p, "社区嘉年华", "large_activity", "youth")
    b.group_session(large, d(8), 120)
    b.group_session(large, d(22), 150, approved=False)
    b.group_session(b.group(p, "家庭日", "large_activity", "family"), d(9), 200)  # another domain
    small = b.group(p, "手工坊", "small_activity", "youth")
    b.group_session(small, d(1), 30)
    b.group_session(small, d(30), 25)
    b.group_session(small, BEFORE, 40)
    publicity = b.group(p, "禁毒宣传", "publicity", "youth")
    b.group_session(publicity, d(15), 60)
    family_ed = b.group(p, "家长课堂", "family_education", "youth")
    b.group_session(family_ed, d(14), 20)
    b.group_session(family_ed, AFTER, 18)
    volunteer = b.group(p, "青年义工日", "volunteer_activity", "youth")
    b.group_session(volunteer, d(21), 15, volunteers=6)
    b.group_session(volunteer, d(28), 12, volunteers=4)
    voided_volunteer = b.group(p, "作废义工日", "volunteer_activity", "youth")  # voided below
    b.group_session(voided_volunteer, d(10), 9, volunteers=3)
    b.group_session(b.group(p, "安全讲座", "lecture", "youth"), d(6), 40)  # a lecture: no youth row counts it
    b.void(g4)
    b.void(voided_volunteer)
    yield b, made
    b.close()


def test_every_youth_row(youth):
    b, _ = youth
    got = figures(b.desk("head"), "youth")
    expected = {
        # Consultation closing records, approved (complete once submitted), approval not owed, dated in September:
        # 咨一 on 3 and 20 September (a person counts each time) and 热线一 (confirmed); 热线二 still owes its
        # approval, 咨二/咨三 fall a day outside, 咨四 is family, 咨五's record is void, 咨六's case is void.
        "youth.consultation.contacts": (3, None, 3),
        # Counselling cases opened (intake approved) in September: A (3rd, archived since), B (10th), H (20th), G
        # (30th); C's intake
        # is undecided, the declined intake opened nothing, D is family, E/F open a day outside, L is void.
        "youth.counselling.opened": (4, None, 4),
        # Filed of those four: A, G and H (basic information submitted; H's on 1 October, after the period: "a
        # file completed after the period counts when that period is computed again"); B has only a draft.
        "youth.counselling.filing_rate": (3, 4, 75.0),
        # Counselling cases closed in September: A (25th; archived since) and E (1st); J's closing waits for the
        # agency head,
        # K closed on 31 August, G on 1 October, D is family.
        "youth.counselling.completed": (2, None, 2),
        # Closing reports approved, by the day their case closed: A's and E's (J's is only submitted).
        "youth.counselling.closing_reports": (2, None, 2),
        # Treatment cases opened in September: T1, T2 (T3 is family); filed: T1 only.
        "youth.treatment.opened": (2, None, 2),
        "youth.treatment.filing_rate": (1, 2, 50.0),
        # Treatment cases closed in September: T1 (26th); T3 is family.
        "youth.treatment.completed": (1, None, 1),
        "youth.treatment.closing_reports": (1, None, 1),
        # Cases with an approved transfer dated in September, each once: A (twice), B (pending), H (no outcome);
        # T2's is not approved, E's and G's fall a day outside, D is family, L is void.
        "youth.transfer.cases": (3, None, 3),
        # Per referral with an outcome: A's success of A's success and failure (B pending, H unwritten left out).
        "youth.transfer.success_rate": (1, 2, 50.0),
        # Referral reports = approved transfers with an outcome written: A's two.
        "youth.transfer.reports": (2, None, 2),
        # Groups with an approved session in September: g1 (3rd, 10th) and g2 (30th); g3 is family, g4 void,
        # g5 met in August.
        "youth.group.groups": (2, None, 2),
        # Approved sessions in September: g1 on 3 and 10 September, g2 on 30 September (g1's 17th is submitted).
        "youth.group.sessions": (3, None, 3),
        # Present at those: 8 + 7 + 6.
        "youth.group.attendances": (21, None, 21),
        # Group reports approved through the chain in September: g1's (28th); g2's waits for the head, g3 is
        # family, g5 closed on 31 August.
        "youth.group.reports": (1, None, 1),
        # Large activity occasions approved in September: 8th (120 there); the 22nd is only submitted; the family
        # day is another domain.
        "youth.large_activity.held": (1, None, 1),
        "youth.large_activity.served": (120, None, 120),
        # Small activity: 1st (30) and 30th (25); 31 August is outside.
        "youth.small_activity.held": (2, None, 2),
        "youth.small_activity.served": (55, None, 55),
        # Publicity: 15th (60).
        "youth.publicity.held": (1, None, 1),
        "youth.publicity.served": (60, None, 60),
        # Family-education training: 14th (20); 1 October is outside.
        "youth.family_education.held": (1, None, 1),
        "youth.family_education.served": (20, None, 20),
        # Volunteer activity: 21st (15 served, 6 volunteers) and 28th (12, 4); the voided one's 10th never counts.
        "youth.volunteer_activity.held": (2, None, 2),
        "youth.volunteer_activity.served": (27, None, 27),
        "youth.volunteer_activity.volunteers": (10, None, 10),
    }
    assert len(expected) == 27  # docs/indicators.md section 4: 27 rows, 27 computed
    assert set(got) == set(expected)  # every row of the table, and nothing else
    for row, want in expected.items():
        assert got[row] == want, row


def test_another_period_is_counted_afresh(youth):
    b, _ = youth
    august = figures(b.desk("head"), "youth", dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    # August: counselling opened are K (1st), J (2nd), E (31st); completed: K (31st); g5's report closed it on
    # 31 August; the small activity met on 31 August (40 there); E's transfer (success) is dated 31 August.
    assert august["youth.counselling.opened"] == (3, None, 3)
    assert august["youth.counselling.completed"] == (1, None, 1)
    assert august["youth.group.reports"] == (1, None, 1)
    assert august["youth.small_activity.served"] == (40, None, 40)
    assert august["youth.transfer.success_rate"] == (1, 1, 100.0)
    # August to October, counted once over the whole period (not months added up): A's two referrals are still
    # one case; B, H, E (31 August) and G (1 October) join it.
    autumn = figures(b.desk("head"), "youth", dt.date(2026, 8, 1), dt.date(2026, 10, 31))
    assert autumn["youth.transfer.cases"] == (5, None, 5)
    assert autumn["youth.transfer.success_rate"] == (2, 4, 50.0)  # A's and E's successes of A×2, E, G
    # Counselling opened August to October: A, B, G, H, E, F, K, J; filed: A, G, H, E, F.
    assert autumn["youth.counselling.filing_rate"] == (5, 8, 62.5)
