"""Printed PDFs, checked with poppler's own tools (pdftotext, pdffonts, pdftoppm) and a QR decoder."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop.demo import complete_required
from desktop.errors import CaseDeskError
from desktop.forms.schema import FieldType
from desktop.workflow.record_states import paper_hash
from tests.conftest import approved_group

PT_PER_MM = 72 / 25.4


def text_of(pdf: Path, *extra: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font the PDF uses."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    out = []
    for line in lines[2:]:
        parts = line.split()
        out.append((parts[0], parts[-5]))  # name ... emb sub uni object ID
    return out


def word_boxes(pdf: Path) -> list[tuple[float, float, float, float, float, float]]:
    """(xMin, yMin, xMax, yMax, page width, page height) of every word."""
    html = text_of(pdf, "-bbox")
    boxes = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page[1]), float(page[2])
        for word in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page[3]):
            boxes.append((*map(float, word.groups()), width, height))
    return boxes


@pytest.fixture
def case_with_client(team):
    wang = team.desk("wang")
    client = wang.create_client("王𠮷祥", phone="13800001111")
    case = wang.create_case(client.id, team.project_id, "counselling", "youth")
    return wang, case


def test_every_form_in_the_registry_prints_readably(team, case_with_client, tmp_path):
    wang, case = case_with_client
    group = approved_group(team)
    with wang.session() as s:  # every form may be filled: open the case
        from desktop.models import Case

        s.get(Case, case.id).status = "open"
    for form in wang.registry:
        if form.scope.value not in ("case", "group"):
            continue
        if form.id == "closing_info":
            continue  # consultations only; printed in the consultation test
        scope = {"case_id": case.id} if form.scope.value == "case" else {"group_id": group.id}
        if form.id == "group_plan":
            continue  # printed already through the approved group's plan below
        record = wang.new_record(form.id, **scope)
        wang.save_record(record.id, complete_required(wang, record, {}))
        pdf = wang.print_record(record.id, tmp_path / f"{form.id}.pdf")
        text = text_of(pdf)
        assert form.title.zh in text and form.title.en not in text  # Chinese labels only
        first_label = next(f for f in form.value_fields if f.type is not FieldType.TABLE)
        assert first_label.label.zh in text
        assert all(embedded == "yes" for _, embedded in fonts_of(pdf)), (form.id, fonts_of(pdf))
        for x0, y0, x1, y1, width, height in word_boxes(pdf):  # nothing outside the margins
            assert x0 >= 9 * PT_PER_MM and x1 <= width - 9 * PT_PER_MM, (form.id, x0, x1)
            assert y0 >= 9 * PT_PER_MM and y1 <= height - 8 * PT_PER_MM, (form.id, y0, y1)


def test_a_long_table_flows_across_pages_with_page_x_of_y_and_its_header(case_with_client, tmp_path):
    wang, case = case_with_client
    record = wang.new_record("case_basic", case_id=case.id)
    members = [{"name": f"成员{n:03d}", "relationship": "other_relative", "age": 30} for n in range(120)]
    wang.save_record(record.id, complete_required(wang, record, {"family_members": members}))
    pdf = wang.print_record(record.id, tmp_path / "long.pdf")
    pages = text_of(pdf).split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页/共{len(pages)}页" in page.replace(" ", "")
    table_pages = [p for p in pages if "成员" in p]
    assert len(table_pages) >= 2 and all("关系" in p for p in table_pages)  # the header repeats
    assert "成员119" in text_of(pdf)  # no row cut off


def test_a_rare_character_name_prints_through_the_fallback_font(case_with_client, tmp_path):
    wang, case = case_with_client
    record = wang.new_record("consent", case_id=case.id)
    pdf = wang.print_record(record.id, tmp_path / "consent.pdf")
    assert "王𠮷祥" in text_of(pdf)
    assert any("HanaMinB" in name for name, _ in fonts_of(pdf))


def test_the_qr_code_decodes_to_number_revision_and_hash_and_verifies(team, case_with_client, tmp_path):
    import zxingcpp
    from PIL import Image

    wang, case = case_with_client
    sup = team.desk("sup")
    record = wang.new_record("intake", case_id=case.id)
    wang.save_record(record.id, complete_required(wang, record, {"open_case": True}))
    wang.submit_record(record.id)
    sup.decide(record.id, "approve")
    pdf = wang.print_record(record.id, tmp_path / "intake.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "120", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    decoded = [b.text for b in zxingcpp.read_barcodes(Image.open(png))]
    assert len(decoded) == 1
    view = wang.record(record.id)
    prefix, number, record_id, revision, digest = decoded[0].split("|")
    printed = next(r for r in wang.revisions(record.id) if r.number == view.revision_no)
    assert (prefix, number, record_id, int(revision), digest) == (
        "CASEDESK2",
        wang.case(case.id).archive_code,
        str(record.id),
        view.revision_no,
        paper_hash("intake", printed.form_version, printed.content),  # every printed value, carried ones too
    )
    assert number in text_of(pdf)  # and the number heads every page
    result = wang.verify(decoded[0])
    assert result.matches and result.current
    wang.save_record(record.id, {**view.content, "request": "后来改过的内容"})
    older = wang.verify(decoded[0])
    assert older.matches and not older.current and "newer" in older.message_en
    forged = wang.verify(decoded[0][:-4] + "0000")
    assert not forged.matches and "altered" in forged.message_en
    assert not wang.verify("hello").matches


def test_an_invalid_record_prints_with_a_draft_mark(case_with_client, tmp_path):
    wang, case = case_with_client
    record = wang.new_record("intake", case_id=case.id)
    pdf = wang.print_record(record.id, tmp_path / "draft.pdf")
    assert "草稿 DRAFT：本表未通过校验" in text_of(pdf)
    assert "编号：待定" in text_of(pdf)  # not numbered yet: says so
    record, _ = wang.save_record(record.id, complete_required(wang, record, {}))
    assert "草稿 DRAFT" not in text_of(wang.print_record(record.id, tmp_path / "valid.pdf"))


def test_an_unwritable_output_path_is_refused_clearly(case_with_client, tmp_path):
    wang, case = case_with_client
    record = wang.new_record("consent", case_id=case.id)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CaseDeskError) as caught:
        wang.print_record(record.id, blocker / "out.pdf")
    assert caught.value.code == "W003"


def test_the_archive_bag_has_a_cover_with_initials_and_every_form(team, case_with_client, tmp_path):
    wang, case = case_with_client
    for form_id in ("consent", "case_basic", "intake"):
        record = wang.new_record(form_id, case_id=case.id)
        wang.save_record(record.id, complete_required(wang, record, {}))
        if wang.submit_record(record.id)[0].status == "submitted":  # a bag holds approved forms only
            team.desk("sup").decide(record.id, "approve")
    pdf = wang.print_bag(case.id, tmp_path / "bag.pdf")
    pages = text_of(pdf).split("\f")[:-1]
    cover = pages[0]
    assert "个案档案袋封面" in cover and "W.X." in cover  # 王𠮷祥: 𠮷 has no pinyin in the dictionary
    assert "王𠮷祥" not in cover and "13800001111" not in cover  # the cover never shows who
    for title in ("接受个案服务同意书", "个案基本资料表", "接案信息表"):
        assert title in cover and any(title in page for page in pages[1:])
    total = re.search(r"合计\s+共\s*(\d+)\s*页", cover)
    assert total and int(total[1]) == len(pages) - 1
    assert "辅导个案" in cover and "李督导" in cover and "东城站" in cover and "归档人" in cover  # type, supervisor
    numbers = [re.search(r"第\s*(\d+)\s*页\s*/\s*共\s*(\d+)\s*页", page) for page in pages[1:]]
    assert all(numbers) and int(numbers[0][1]) == 1  # each form counts its own pages, as each paper form does
    firsts = [i for i, n in enumerate(numbers) if int(n[1]) == 1]
    assert len(firsts) == 3 and all(int(numbers[i][2]) < len(pages) - 1 for i in firsts)  # three forms, each its own
    assert re.search(r"第\s*1\s*页\s*/\s*共\s*1\s*页", pages[0])  # the cover counts among its own pages
    spans = re.findall(r"\n(\d+(?:–\d+)?)\n", cover)  # each document's pages, counted after the cover
    assert spans[0].startswith("1") and spans[-1].endswith(str(len(pages) - 1))


def signature_png() -> bytes:
    """A small real PNG of a scribble (what the pad produces)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line([(10, 80), (80, 20), (150, 70), (290, 30)], fill="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_captured_signature_prints_and_an_edit_voids_it(case_with_client, tmp_path):
    wang, case = case_with_client
    record = wang.new_record("consent", case_id=case.id)
    record, _ = wang.save_record(record.id, complete_required(wang, record, {}))
    signed = wang.sign(record.id, "client", "王𠮷祥", signature_png())
    assert not signed.void and signed.image.startswith(b"\x89PNG")
    pdf = wang.print_record(record.id, tmp_path / "signed.pdf")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 3  # header lines plus the signature image
    assert "签名已失效" not in text_of(pdf)
    wang.save_record(record.id, {**record.content, "services_explained": "签名之后改了服务内容"})
    assert wang.signatures(record.id)[0].void
    voided = wang.print_record(record.id, tmp_path / "void.pdf")
    assert "签名已失效" in text_of(voided)
    with pytest.raises(CaseDeskError) as caught:
        wang.sign(record.id, "mayor", "某人", signature_png())
    assert caught.value.code == "S002"
    with pytest.raises(CaseDeskError) as caught:
        wang.sign(record.id, "client", "王𠮷祥", b"")
    assert caught.value.code == "S003"
    wang.void_record(record.id, "重填")
    with pytest.raises(CaseDeskError) as caught:
        wang.sign(record.id, "client", "王𠮷祥", signature_png())
    assert caught.value.code == "S001"
