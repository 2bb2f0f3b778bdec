"""Excel in and out (desktop/files/spreadsheet.py): a text written to any exported workbook is a text cell,
never a formula; a workbook a person imports is bounded before it is read (size, unpacked size, entries, rows,
columns), each bound tried just inside and just outside; and a roster row meets the rules of a new client."""

from __future__ import annotations

import datetime as dt
import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.errors import CaseDeskError
from desktop.files import spreadsheet
from tests.conftest import Team
from tests.workflow.test_people import make_id

HYPERLINK = '=HYPERLINK("http://x","y")'
LOOKS_LIKE_FORMULAS = [HYPERLINK, "+1+2", "-3+4", "@SUM(A1:A2)", "\t=1+1", "＝1+1"]  # and "\r": below


def cells(path: Path) -> dict[object, object]:
    """Every non-empty cell of every sheet, by value."""
    book = load_workbook(path)
    return {c.value: c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None}


def assert_text(cell: object, value: str) -> None:
    assert cell.value == value  # exactly what was typed: no apostrophe added
    assert cell.data_type == "s" and cell.data_type != "f"
    assert cell.quotePrefix  # Excel's "this is text" flag, so an edit keeps it text


def test_a_client_named_like_a_formula_is_exported_as_text(team: Team, tmp_path: Path) -> None:
    from desktop.demo import complete_required

    wang = team.desk("wang")
    for n, text in enumerate(LOOKS_LIKE_FORMULAS):  # the first as the client's name, the others typed in
        name = text if n == 0 else f"服务对象{n}"
        case = wang.create_case(wang.create_client(name).id, team.project_id, "counselling", "youth")
        record = wang.new_record("intake", case_id=case.id)
        wang.save_record(record.id, complete_required(wang, record, {"request": text} if n else {}))
    found = cells(wang.export_xlsx("intake", tmp_path / "intake.xlsx"))
    for text in LOOKS_LIKE_FORMULAS:
        assert_text(found[text], text)
    assert not found["求助问题及服务要求"].quotePrefix  # an ordinary text is left as it is
    assert not any(c.data_type == "f" for c in found.values())


def test_casedesk_export_from_the_command_line_writes_no_formula(team: Team, tmp_path: Path, monkeypatch) -> None:
    from desktop.cli import main
    from tests.conftest import PASSWORDS

    wang = team.desk("wang")
    case = wang.create_case(wang.create_client(HYPERLINK).id, team.project_id, "counselling", "youth")
    wang.new_record("intake", case_id=case.id)
    monkeypatch.setenv("CASEDESK_DATA_DIR", str(team.root))
    monkeypatch.setenv("CASEDESK_USER", "wang")
    monkeypatch.setenv("CASEDESK_PASSWORD", PASSWORDS["wang"])
    assert main(["export", "intake", "--out", str(tmp_path / "out.xlsx")]) == 0
    assert_text(cells(tmp_path / "out.xlsx")[HYPERLINK], HYPERLINK)


def test_the_indicators_workbook_keeps_names_in_its_heading_as_text(team: Team, tmp_path: Path) -> None:
    head = team.desk("head")
    rows = head.indicators(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    heading = {"社工": HYPERLINK, "项目": "+1"}
    found = cells(head.export_indicators(rows, tmp_path / "指标.xlsx", heading))
    assert_text(found[HYPERLINK], HYPERLINK)
    assert_text(found["+1"], "+1")


def test_spot_check_scores_keep_a_workers_name_as_text_in_excel_and_csv(team: Team, tmp_path: Path) -> None:
    from tests.workspace.test_spot_checks import ALL_YES, DAY, archived_cases

    archived_cases(team, "wang", 1)
    with team.desk("head") as head:
        wang = next(a for a in head.accounts() if a.username == "wang")
        head.update_account(wang.id, display_name=HYPERLINK)
    with team.desk("lead") as lead:
        (check,) = lead.draw_spot_checks(1, dt.date(2026, 6, 1), DAY, seed=1)
        lead.score_spot_check(check.id, ALL_YES)
        period = (DAY, dt.date.today() + dt.timedelta(days=1))
        found = cells(lead.export_spot_check_scores(*period, tmp_path / "scores.xlsx"))
        text = lead.export_spot_check_scores(*period, tmp_path / "scores.csv").read_text("utf-8-sig")
    assert_text(found[HYPERLINK], HYPERLINK)
    assert text.splitlines()[1].startswith('"\'=HYPERLINK(""http://x"",""y"")",')  # OWASP: a leading '


def test_a_text_excel_cannot_hold_is_written_anyway() -> None:
    book = Workbook()
    spreadsheet.append(book.active, ["响\x07铃", "长" * 40_000, 7, None, dt.date(2026, 1, 2)])
    spreadsheet.put(book.active, 3, 2, "=1+1")
    out = io.BytesIO()
    book.save(out)
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "响\ufffd铃"  # XML cannot hold a bell: replaced, not a crash
    assert len(sheet["B1"].value) == spreadsheet.EXCEL_CELL_MAX and sheet["B1"].value.endswith(spreadsheet.CUT_MARK)
    assert (sheet["C1"].value, sheet["C1"].data_type) == (7, "n")
    assert sheet["E1"].value.date() == dt.date(2026, 1, 2)
    assert_text(sheet["B3"], "=1+1")
    cell = spreadsheet.put(book.active, 4, 1, "\r=1+1")  # XML reads a carriage return back as a line feed
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("\r=1+1", "s", True)
    assert (
        spreadsheet.csv_text("-1") == "'-1" and spreadsheet.csv_text("张三") == "张三" and spreadsheet.csv_text(5) == 5
    )


# -- import bounds ---------------------------------------------------------------------------------------
def zip_bomb(unpacked: int) -> bytes:
    """A real workbook whose sheet is ``unpacked`` bytes of one repeated row: a few hundred KB on disk."""
    book = Workbook()
    book.active.append(["姓名"])
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(plain)
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 200 + b"</t></is></c></row>"
    chunk = row * (1024 * 1024 // len(row))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(info, source.read(info.filename))
                continue
            with bomb.open(info.filename, "w") as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                for _ in range(unpacked // len(chunk)):
                    sheet.write(chunk)
                sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def test_a_zip_bomb_is_refused_in_milliseconds_before_anything_is_unpacked(team: Team, tmp_path: Path) -> None:
    path = tmp_path / "名册.xlsx"
    path.write_bytes(zip_bomb(147 * spreadsheet.MB))  # as found: 432 KB unpacking to 147 MB
    assert path.stat().st_size < 1024 * 1024
    wang = team.desk("wang")
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(CaseDeskError) as caught:
        wang.preview_roster(path, "elders")
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert caught.value.code == "X006" and "147" in caught.value.message("en") and "50" in caught.value.message("zh")
    assert elapsed < 0.5, elapsed  # it ran for minutes at 820 MB before
    assert peak < 8 * spreadsheet.MB, peak  # the file itself and the zip's directory


def test_the_unpacked_size_just_inside_is_read_and_just_outside_is_refused(monkeypatch, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["姓名"])
    book.active.append(["张三"])
    book.save(tmp_path / "ok.xlsx")
    unpacked = sum(i.file_size for i in zipfile.ZipFile(tmp_path / "ok.xlsx").infolist())
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", unpacked)
    assert spreadsheet.read_sheet(tmp_path / "ok.xlsx") == (("姓名",), [(2, ("张三",))])
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", unpacked - 1)
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(tmp_path / "ok.xlsx")
    assert caught.value.code == "X006"


def test_the_file_size_just_inside_is_read_and_just_outside_is_refused(monkeypatch, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["姓名"])
    book.save(tmp_path / "ok.xlsx")
    size = (tmp_path / "ok.xlsx").stat().st_size
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", size)
    assert spreadsheet.read_sheet(tmp_path / "ok.xlsx")[0] == ("姓名",)
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(tmp_path / "ok.xlsx")
    assert caught.value.code == "X005"
    monkeypatch.undo()
    big = tmp_path / "big.xlsx"
    with big.open("wb") as f:  # the real limit: 20 MB and one byte, refused before it is opened as a zip
        f.truncate(spreadsheet.MAX_FILE_BYTES + 1)
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(big)
    assert caught.value.code == "X005" and "20" in caught.value.message("en")


def test_entries_compression_and_damage_are_refused_by_name(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["姓名"])
    plain = io.BytesIO()
    book.save(plain)
    many = io.BytesIO(plain.getvalue())
    with zipfile.ZipFile(many, "a") as z:
        for n in range(spreadsheet.MAX_ENTRIES):
            z.writestr(f"extra/{n}.xml", b"")
    odd = io.BytesIO(plain.getvalue())
    with zipfile.ZipFile(odd, "a", zipfile.ZIP_BZIP2) as z:
        z.writestr("extra.xml", b"<a/>" * 1000)
    for name, data, words in (
        ("many.xlsx", many.getvalue(), "entries"),
        ("bzip2.xlsx", odd.getvalue(), "compressed otherwise"),
        ("text.xlsx", b"just some text", "not an Excel workbook"),
        ("cut.xlsx", plain.getvalue()[: len(plain.getvalue()) // 2], "not an Excel workbook"),
    ):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(CaseDeskError) as caught:
            spreadsheet.read_sheet(tmp_path / name)
        assert caught.value.code == "X001" and words in caught.value.message("en"), name


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook(write_only=True)  # as quick to write as a long roster allows
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_rows_just_inside_are_read_and_one_more_is_refused(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 5)
    rows = [["姓名"], *[[f"人{n}"] for n in range(5)], [None], [""]]  # blank rows do not count
    heading, read = spreadsheet.read_sheet(workbook(tmp_path / "five.xlsx", rows))
    assert heading == ("姓名",) and [line for line, _ in read] == [2, 3, 4, 5, 6]
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(workbook(tmp_path / "six.xlsx", [*rows, ["人5"]]))
    assert caught.value.code == "X007" and "5" in caught.value.message("zh")


def test_twenty_thousand_rows_are_read_and_one_more_is_refused(team: Team, tmp_path: Path) -> None:
    """The real limit, with a roster as agencies get them."""
    rows = [["姓名", "出生日期"], *[[f"长者{n}", "1940-03-03"] for n in range(spreadsheet.MAX_ROWS)]]
    preview = team.desk("wang").preview_roster(workbook(tmp_path / "full.xlsx", rows), "elders")
    assert len(preview.rows) == spreadsheet.MAX_ROWS and not preview.bad_rows
    start = time.perf_counter()
    with pytest.raises(CaseDeskError) as caught:
        team.desk("wang").preview_roster(workbook(tmp_path / "over.xlsx", [*rows, ["多一位", None]]), "elders")
    assert caught.value.code == "X007" and "20,000" in caught.value.message("en")
    assert time.perf_counter() - start < 30  # 100,000 rows took 159 s before; reading stops at the limit


def test_columns_just_inside_are_read_and_one_more_is_refused(tmp_path: Path) -> None:
    limit = spreadsheet.MAX_COLUMNS
    heading, rows = spreadsheet.read_sheet(workbook(tmp_path / "wide.xlsx", [["备注"] * limit, ["x"] * (limit + 5)]))
    assert len(heading) == limit and len(rows[0][1]) == limit  # a value under no heading is not read
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(workbook(tmp_path / "wider.xlsx", [["备注"] * (limit + 1)]))
    assert caught.value.code == "X008"
    far = Workbook()  # a heading at the last column Excel has: refused without a row 16,384 cells wide kept
    far.active["A1"], far.active["XFD1"] = "姓名", "备注"
    far.save(tmp_path / "far.xlsx")
    with pytest.raises(CaseDeskError) as caught:
        spreadsheet.read_sheet(tmp_path / "far.xlsx")
    assert caught.value.code == "X008"


def test_a_roster_applies_the_date_rules_of_a_new_client(team: Team, tmp_path: Path) -> None:
    """The same checks (``_check_person``) and so the same messages as creating the client by hand."""
    wang = team.desk("wang")
    born = make_id("44010219460203002")  # born 1946-02-03
    tomorrow = wang.today() + dt.timedelta(days=1)
    path = workbook(
        tmp_path / "dates.xlsx",
        [
            ["姓名", "身份证号码", "出生日期"],
            ["未来人", None, tomorrow],  # P002
            ["对不上", born, "1950-01-01"],  # P003
            ["对得上", born, "1946-02-03"],
            ["今天生", None, wang.today().isoformat()],  # just inside: today is not the future
        ],
    )
    rows = wang.preview_roster(path, "elders").rows
    by_hand = {}
    for code, fields in (
        ("P002", {"birth_date": tomorrow}),
        ("P003", {"id_number": born, "birth_date": dt.date(1950, 1, 1)}),
    ):
        with pytest.raises(CaseDeskError) as caught:
            wang.create_client("手工", **fields)
        assert caught.value.code == code
        by_hand[code] = f"{caught.value.message('zh')} / {caught.value.message('en')}"
    assert rows[0].errors == [by_hand["P002"]] and rows[1].errors == [by_hand["P003"]]
    assert rows[2].errors == [] and rows[2].values["sex"] == "female"
    assert rows[3].errors == []
