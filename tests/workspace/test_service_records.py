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
    complaint_form = "complaint" if "complaint" in sup.registry else "intake"
    if complaint_form == "intake":
        pytest.skip("the complaint form arrives with its definition")
    record = sup.new_record("complaint", hidden_from=wang.account.id)
    sup.save_record(record.id, complete_required(sup, record, {}))
    assert record.id not in {r.id for r in wang.records()}
    with pytest.raises(AccessDenied):
        wang.record(record.id)
    with pytest.raises(CaseDeskError) as caught:
        wang.new_record("complaint", hidden_from=wang.account.id)  # routed to the worker it concerns
    assert caught.value.code == "R012"
    assert record.id in {r.id for r in team.desk("head").records()}
