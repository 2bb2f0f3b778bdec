"""Spot checks (抽查) through the domain: a seeded random draw of archived files in the drawer's view,
scored on the checklist, nobody scoring their own file, each worker's means for the review."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import AccessDenied, CaseDeskError
from desktop.models import Case
from desktop.workflow import spot_checks as rules
from desktop.workspace import open_desk

DAY = dt.date(2026, 6, 30)


def archived_cases(team, owner: str, count: int, month: int = 6) -> list:
    """``count`` cases of ``owner`` on record as archived in 2026-``month`` (their paperwork is the
    business of other tests: here only the archive's dates and owners matter)."""
    made = []
    with team.desk(owner) as desk:
        for n in range(count):
            client = desk.create_client(f"{owner}的服务对象{n}")
            made.append(desk.create_case(client.id, team.project_id, "counselling", "youth").id)
        with desk.session() as s:
            for n, case_id in enumerate(made):
                case = s.get(Case, case_id)
                case.status, case.archived_on = "archived", dt.date(2026, month, 1 + n)
                case.archive_code = f"QSN-GA-{owner}{n:02d}-2026{month:02d}"
    return made


ALL_YES = {item.id: True for item in rules.CHECKLISTS["case"]}


def test_the_draw_is_random_but_the_same_for_the_same_seed():
    files = [f"file-{n:03d}" for n in range(40)]
    first = rules.draw(files, 5, seed=1234)
    assert first == rules.draw(list(reversed(files)), 5, seed=1234)  # the order given does not matter
    assert len(set(first)) == 5 and set(first) <= set(files)
    assert {tuple(rules.draw(files, 5, seed)) for seed in range(20)} != {tuple(first)}  # seeds differ
    assert sorted(rules.draw(files[:3], 5, seed=1)) == files[:3]  # fewer left than asked: all of them


def test_the_business_lead_draws_scores_and_sees_each_workers_means(team):
    wang_cases = archived_cases(team, "wang", 4)
    chen_cases = archived_cases(team, "chen", 2)
    archived_cases(team, "chen", 1, month=9)  # outside the period
    with team.desk("wang") as wang, pytest.raises(AccessDenied):
        wang.draw_spot_checks(2, dt.date(2026, 6, 1), DAY)
    with team.desk("lead") as lead:
        drawn = lead.draw_spot_checks(6, dt.date(2026, 6, 1), DAY, seed=7)
        assert {c.target_id for c in drawn} == set(wang_cases + chen_cases)  # all six in the period
        assert len({c.draw_id for c in drawn}) == 1 and all(c.draw_seed == 7 for c in drawn)
        with pytest.raises(CaseDeskError) as none_left:  # a file is checked once
            lead.draw_spot_checks(1, dt.date(2026, 6, 1), DAY)
        assert none_left.value.code == "Q003"

        by_case = {c.target_id: c for c in drawn}
        assert lead.spot_check_prefill(by_case[wang_cases[0]].id) == {"forms_present": False}  # no forms at all
        with pytest.raises(CaseDeskError) as unanswered:
            lead.score_spot_check(by_case[wang_cases[0]].id, {"forms_present": True})
        assert unanswered.value.code == "Q001" and "签名和日期齐全" in unanswered.value.message("zh")
        # wang: one file perfect, one with two completeness items and one professional item missed.
        lead.score_spot_check(by_case[wang_cases[0]].id, ALL_YES)
        lead.score_spot_check(
            by_case[wang_cases[1]].id, {**ALL_YES, "signed_dated": False, "attachments": False, "method": False}
        )
        # chen: one file missing a conformity item.
        scored = lead.score_spot_check(by_case[chen_cases[0]].id, {**ALL_YES, "archived_in_time": False}, "迟了两周")
        assert (scored.completeness, scored.conformity, scored.professional) == (100, 75, 100)
        with pytest.raises(CaseDeskError) as twice:
            lead.score_spot_check(scored.id, ALL_YES)
        assert twice.value.code == "Q004"

        means = {s.worker_id: s for s in lead.spot_check_scores(DAY, dt.date.today() + dt.timedelta(days=1))}
        accounts = {a.username: a.id for a in lead.accounts()}
        wang_score, chen_score = means[accounts["wang"]], means[accounts["chen"]]
        # Worked by hand: wang's files score (100,100,100) and (50,100,75); chen's (100,75,100).
        assert (wang_score.files, wang_score.completeness, wang_score.conformity, wang_score.professional) == (
            2, 75.0, 100.0, 87.5,
        )  # fmt: skip
        assert wang_score.overall == round((75 + 100 + 87.5) / 3, 1)
        assert (chen_score.files, chen_score.conformity) == (1, 75.0)
        actions = [e.action for e in lead.audit_entries()]
        assert actions.count("spot_check_score") == 3 and "spot_check_draw" in actions


def test_a_supervisor_draws_from_their_team_and_never_scores_their_own_file(team):
    archived_cases(team, "wang", 2)
    own = archived_cases(team, "sup", 1)
    with team.desk("sup") as sup:
        drawn = sup.draw_spot_checks(5, dt.date(2026, 6, 1), DAY, seed=3)
        assert len(drawn) == 3  # wang is on sup's team; sup's own case is in view too
        mine = next(c for c in drawn if c.target_id == own[0])
        with pytest.raises(CaseDeskError) as refused:
            sup.score_spot_check(mine.id, ALL_YES)
        assert refused.value.code == "Q002"
    with team.desk("lead") as lead:
        assert lead.score_spot_check(mine.id, ALL_YES).completeness == 100


def test_scoring_is_refused_before_the_checklist_is_filled_for_ones_own_file_or_a_scored_one(team):
    """The window asks for the prefill when it opens the checklist: the refusal comes before any ticking."""
    archived_cases(team, "wang", 1)
    own = archived_cases(team, "sup", 1)
    with team.desk("sup") as sup:
        drawn = sup.draw_spot_checks(5, dt.date(2026, 6, 1), DAY, seed=3)
        mine = next(c for c in drawn if c.target_id == own[0])
        other = next(c for c in drawn if c.target_id != own[0])
        with pytest.raises(CaseDeskError) as refused:
            sup.spot_check_prefill(mine.id)
        assert refused.value.code == "Q002"
        assert sup.spot_check_prefill(other.id) == {"forms_present": False}
        sup.score_spot_check(other.id, ALL_YES)
        with pytest.raises(CaseDeskError) as scored:
            sup.spot_check_prefill(other.id)
        assert scored.value.code == "Q004"


def test_each_workers_means_export_to_excel_and_csv_and_the_export_is_logged(team, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    out.mkdir()

    archived_cases(team, "wang", 2)
    archived_cases(team, "chen", 1)
    with team.desk("lead") as lead:
        drawn = sorted(lead.draw_spot_checks(3, dt.date(2026, 6, 1), DAY, seed=5), key=lambda c: c.archive_code)
        chen, wang0, wang1 = drawn  # QSN-GA-chen00…, QSN-GA-wang00…, QSN-GA-wang01…
        lead.score_spot_check(chen.id, {**ALL_YES, "outcome": False})  # (100, 100, 75)
        lead.score_spot_check(wang0.id, ALL_YES)  # (100, 100, 100)
        lead.score_spot_check(wang1.id, {**ALL_YES, "code_matches": False, "archived_in_time": False})  # (100, 50, 100)
        period = (DAY, dt.date.today() + dt.timedelta(days=1))
        book = load_workbook(lead.export_spot_check_scores(*period, out / "scores.xlsx"))
        assert [list(row) for row in book.active.iter_rows(values_only=True)] == [
            ["社工", "抽查份数", "完整性", "规范性", "专业性", "综合"],
            ["王社工", 2, 100, 75, 100, round(275 / 3, 1)],
            ["陈社工", 1, 100, 100, 75, round(275 / 3, 1)],
        ]
        text = lead.export_spot_check_scores(*period, out / "scores.csv", lang="en").read_text("utf-8-sig")
        assert text.splitlines()[:2] == [
            "Worker,Files,Completeness,Conformity,Professional quality,Overall",
            "王社工,2,100.0,75.0,100.0,91.7",
        ]
        with pytest.raises(CaseDeskError) as wrong:
            lead.export_spot_check_scores(*period, out / "scores.pdf")
        assert wrong.value.code == "C001" and not (out / "scores.pdf").exists()
        assert [e.action for e in lead.audit_entries()].count("spot_check_export") == 2
        assert sorted(p.name for p in out.iterdir()) == ["scores.csv", "scores.xlsx"]  # no part left
    with team.desk("wang") as wang, pytest.raises(AccessDenied):
        wang.export_spot_check_scores(*period, out / "mine.csv")
    assert not (out / "mine.csv").exists()


def test_a_supervisor_sees_only_their_teams_checks_and_scores(team):
    """The lead checks a file of a worker outside sup's team: sup neither lists it nor scores it."""
    archived_cases(team, "wang", 1)  # wang is on sup's team
    with team.desk("head") as head:
        far = head.create_station("石排镇社工站").id  # no supervisor serves it
        outsider = head.create_account("zhao", "赵社工", ["worker"], "zhao-pass-1", station_id=far)
    with open_desk(team.root, "zhao", "zhao-pass-1") as zhao:
        client = zhao.create_client("外组对象")
        case = zhao.create_case(client.id, team.project_id, "counselling", "youth")
        with zhao.session() as s:
            row = s.get(Case, case.id)
            row.status, row.archived_on, row.archive_code = "archived", dt.date(2026, 6, 20), "QSN-GA-ZHAO-202606"
    with team.desk("lead") as lead:
        drawn = lead.draw_spot_checks(5, dt.date(2026, 6, 1), DAY, seed=1)
        theirs = next(c for c in drawn if c.worker_id == outsider.id)
        lead.score_spot_check(theirs.id, ALL_YES)
        mine = next(c for c in drawn if c.worker_id != outsider.id)
        lead.score_spot_check(mine.id, ALL_YES)
    with team.desk("sup") as sup:
        assert {c.archive_code for c in sup.spot_checks()} == {mine.archive_code}
        assert {s.worker_id for s in sup.spot_check_scores(DAY, dt.date.today() + dt.timedelta(days=1))} == {
            mine.worker_id
        }
        with pytest.raises(AccessDenied):
            sup.spot_check_prefill(theirs.id)
