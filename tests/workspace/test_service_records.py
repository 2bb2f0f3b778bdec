"""The rest of the service record: rosters from Excel (preview, per-row errors, all or nothing),
export to Excel, complaints hidden from the worker they concern."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from desktop.errors import AccessDenied, CaseDeskError
from tests.workflow.test_people import make_id


def workbook(path, header, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_elders_roster_with_good_and_bad_rows_imports_nothing_until_clean(team, tmp_path):
    wang = team.desk("wang")
    existing = make_id("44010219500101001")
    wang.create_client("已在册", id_number=existing)
    good = make_id("44010219460203002")
    path = workbook(
        tmp_path / "长者名册.xlsx",
        ["姓名", "性别", "身份证号码", "电话", "住址"],
        [
            ["刘桂英", "女", good, "13800000001", "田边村3巷"],
            ["陈坏号", "男", good[:17] + ("0" if good[17] != "0" else "1"), None, None],  # bad check character
            ["重复人", "男", existing, None, None],  # already on file
            ["", "女", None, None, None],  # no name
        ],
    )
    preview = wang.preview_roster(path, "elders")
    errors = {row.line: row.errors for row in preview.rows}
    assert errors[2] == [] and errors[3] and errors[4] and errors[5]
    with pytest.raises(CaseDeskError) as caught:
        wang.import_roster(preview)
    assert caught.value.code == "X002"
    assert [c.name for c in wang.clients("刘桂英")] == []  # nothing half-imported
    clean = workbook(
        tmp_path / "clean.xlsx",
        ["姓名", "身份证号码", "出生日期"],
        [["刘桂英", good, None], ["王阿婆", None, "1941-07-01"]],
    )
    assert wang.import_roster(wang.preview_roster(clean, "elders")) == 2
    imported = wang.clients("刘桂英")[0]
    assert imported.domain == "elderly" and imported.sex == "female" and str(imported.birth_date) == "1946-02-03"
    assert wang.clients("wap")[0].name == "王阿婆"  # pinyin initials work for imported people too


def test_a_roster_with_an_unknown_column_or_a_wrong_date_is_reported(team, tmp_path):
    wang = team.desk("wang")
    odd = workbook(tmp_path / "odd.xlsx", ["姓名", "鞋码"], [["某人", 42]])
    with pytest.raises(CaseDeskError) as caught:
        wang.preview_roster(odd, "elders")
    assert caught.value.code == "X003" and "鞋码" in caught.value.message("zh")
    dates = workbook(tmp_path / "dates.xlsx", ["姓名", "出生日期"], [["某人", "去年"]])
    assert wang.preview_roster(dates, "elders").rows[0].errors
    not_excel = tmp_path / "notes.xlsx"
    not_excel.write_text("not a workbook")
    with pytest.raises(CaseDeskError) as caught:
        wang.preview_roster(not_excel, "elders")
    assert caught.value.code == "X001"


def test_a_dibao_roster_makes_households(team, tmp_path):
    wang = team.desk("wang")
    path = workbook(tmp_path / "低保户.xlsx", ["户主姓名", "住址", "家庭人数"], [["黄大伯", "东村1号", 3]])
    assert wang.import_roster(wang.preview_roster(path, "dibao")) == 1
    assert [(h.name, h.economic_status) for h in wang.households()] == [("黄大伯", "dibao")]


def test_records_export_to_excel(team, tmp_path):
    from desktop.demo import complete_required

    wang = team.desk("wang")
    case = wang.create_case(wang.create_client("导出").id, team.project_id, "counselling", "youth")
    record = wang.new_record("intake", case_id=case.id)
    wang.save_record(record.id, complete_required(wang, record, {"request": "学业压力"}))
    out = wang.export_xlsx("intake", tmp_path / "intake.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert "求助问题及服务要求" in rows[0] and rows[1][0] == str(record.id)
    assert "学业压力" in rows[1]


def test_a_complaint_is_hidden_from_the_worker_it_concerns(team):
    from desktop.demo import complete_required

    sup = team.desk("sup")
    wang = team.desk("wang")
    assert "complaint" in sup.registry
    record = sup.new_record("complaint", hidden_from=wang.account.id)
    sup.save_record(record.id, complete_required(sup, record, {}))
    assert record.id not in {r.id for r in wang.records()}
    with pytest.raises(AccessDenied):
        wang.record(record.id)
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("complaint", hidden_from=wang.account.id)  # routed to the worker it concerns
    assert caught.value.code == "R012"
    assert record.id in {r.id for r in team.desk("head").records()}


SERVICE_FORMS = [
    "household_profile",
    "elder_file",
    "visit",
    "supervision",
    "volunteer",
    "volunteer_service",
    "training",
    "complaint",
    "correction_roster",
    "mutual_aid_org",
    "rural_roster",
]


def test_each_service_record_type_is_saved_validated_printed_and_listed(team, tmp_path):
    import subprocess

    from desktop.demo import complete_required

    sup = team.desk("sup")  # supervision records are the supervisor's
    client = sup.create_client("长者甲", birth_date=__import__("datetime").date(1950, 1, 1), domain="elderly")
    household = sup.create_household("甲家")
    for form_id in SERVICE_FORMS:
        form = sup.registry.get(form_id)
        scope = {"client": {"client_id": client.id}, "household": {"household_id": household.id}}.get(
            form.scope.value, {}
        )
        if scope:
            with pytest.raises(CaseDeskError):
                sup.new_record(form_id)  # a client or household form needs its client or household
        record = sup.new_record(form_id, **scope)
        extra = {"serious_problem": False, "start_date": "2026-01-01", "end_date": "2026-12-31", "reoffended": False}
        record, report = sup.save_record(record.id, complete_required(sup, record, extra))
        assert report.ok, (form_id, [(i.code, i.path) for i in report.errors])
        record, _ = sup.submit_record(record.id)
        pdf = sup.print_record(record.id, tmp_path / f"{form_id}.pdf")
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
        assert form.title.zh in text
        assert [r.id for r in sup.records(form_id=form_id)] == [record.id]
        assert record.project_id == team.project_id  # counted against the current project


def test_a_visit_that_finds_a_serious_problem_opens_a_case_in_one_step(team):
    from desktop.demo import complete_required

    wang = team.desk("wang")
    elder = wang.create_client("独居长者", domain="elderly")
    visit = wang.new_record("visit", client_id=elder.id)
    asked = {"serious_problem": True, "problem_details": "跌倒后无人照顾，情绪低落", "new_case_type": "treatment",
             "new_case_domain": "family"}  # fmt: skip
    without = complete_required(wang, visit, {"serious_problem": True, "problem_details": "跌倒后无人照顾"})
    without.pop("new_case_domain")
    _, report = wang.save_record(visit.id, without)
    assert "new_case_domain" in {i.path for i in report.errors}  # asked, never assumed
    wang.save_record(visit.id, complete_required(wang, visit, asked))
    assert wang.cases(client_id=elder.id) == []
    wang.submit_record(visit.id)
    [case] = wang.cases(client_id=elder.id)
    assert (case.case_type, case.domain) == ("treatment", "family")  # the worker's choice, not the client's domain
    assert case.status == "intake" and case.owner_id == wang.account.id
    [intake] = wang.records(case_id=case.id)
    assert intake.form_id == "intake" and "跌倒后无人照顾" in intake.content["request"]
    assert intake.content["client_name"] == "独居长者"


def test_a_complaint_is_due_in_the_handlers_tasks(team):
    import datetime as dt

    from desktop.demo import complete_required

    sup = team.desk("sup")
    sup.clock = lambda: dt.date(2026, 11, 23)
    record = sup.new_record("complaint", hidden_from=team.desk("wang").account.id)
    sup.save_record(
        record.id, complete_required(sup, record, {"received_date": "2026-11-10", "response_deadline": "2026-11-20"})
    )
    due = [t for t in sup.tasks() if t.kind == "complaint"]
    assert due and due[0].due == dt.date(2026, 11, 20) and due[0].overdue
    assert not [t for t in team.desk("wang").tasks() if t.record_id == record.id]


def test_a_hidden_answer_does_not_open_a_case(team):
    from desktop.demo import complete_required

    wang = team.desk("wang")
    elder = wang.create_client("不在家的长者", domain="elderly")
    visit = wang.new_record("visit", client_id=elder.id)
    content = complete_required(wang, visit, {"serious_problem": True, "problem_details": "先勾了"})
    hidden = complete_required(wang, visit, {**content, "mode": "home_visit", "outcome": "no_one"})
    hidden["serious_problem"] = True  # left from before; the field is hidden once nobody was at home
    wang.save_record(visit.id, hidden)
    wang.submit_record(visit.id)
    assert wang.cases(client_id=elder.id) == []


def test_a_supervision_record_is_filed_with_an_archive_number(team, tmp_path):
    import subprocess

    from desktop.demo import complete_required

    sup = team.desk("sup")
    record = sup.new_record("supervision")
    record, _ = sup.save_record(record.id, complete_required(sup, record, {"supervision_date": "2026-11-05"}))
    assert sup.record(record.id).status == "draft"
    sup.submit_record(record.id)
    with sup.session() as s:
        from desktop.models import FormRecord

        code = s.get(FormRecord, record.id).archive_code
    assert code == "PRO-DD-001-202611"
    pdf = sup.print_record(record.id, tmp_path / "sup.pdf")
    assert code in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
