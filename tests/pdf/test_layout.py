"""The paper-form layout, checked on real PDFs with poppler's tools: every form of the registry filled (a demo
record) and blank, fonts embedded, no line starting with closing punctuation, the one-page targets, the roll's
columns only for the plan's sessions, the reviewers' frames, and the ``lines:`` and ``agency_check`` keys
checked by the loader."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import pytest

from desktop.errors import DefinitionError
from desktop.forms.registry import default_registry
from desktop.pdf.jobs import PrintJob, ReviewLine, blank_job
from desktop.pdf.render import render
from tests.conftest import copy_demo
from tests.forms.helpers import field, make_form
from tests.pdf.test_pdfs import fonts_of, text_of

CLOSING = tuple("）)，,。.、；;：:！!？?」』】》")
ONE_PAGE = ("consent", "feedback", "closing_eval", "registration", "session_record", "record")
SESSIONS = ("第一节", "第二节", "第三节", "第四节", "第五节", "第六节", "第七节", "第八节", "第九节")


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])  # type: ignore[index]


def lines_starting_with_closing_punctuation(pdf: Path) -> list[str]:
    return [line for line in text_of(pdf, "-layout").splitlines() if line.strip().startswith(CLOSING)]


@pytest.fixture(scope="module")
def demo_jobs(demo_template, tmp_path_factory) -> dict[str, PrintJob]:
    """A print job of the first demo record of each form, and a roll of the demo group (10 members, 6 sessions)."""
    from desktop.demo import complete_required, demo_password
    from desktop.workspace import open_desk

    root = copy_demo(demo_template, tmp_path_factory.mktemp("layout") / "demo")
    with open_desk(root, "wang", demo_password("wang")) as desk:
        jobs: dict[str, PrintJob] = {}
        for record in desk.records():
            if record.form_id not in jobs:
                jobs[record.form_id] = desk.print_job(record.id)
        group_id = next(r.group_id for r in desk.records() if r.form_id == "registration")
        roll = desk.new_record("attendance", group_id=group_id)
        members = desk.record(roll.id).content["members"]
        for n, member in enumerate(members):
            member.update(
                {"s1": "present", "s2": "late" if n % 3 else "present", "s3": "absent" if n == 4 else "present"}
            )
        dates = [{"session_no": n, "date": f"2026-10-{9 + n}"} for n in (1, 2, 3)]
        desk.save_record(roll.id, complete_required(desk, roll, {"members": members, "session_dates": dates}))
        jobs["attendance"] = desk.print_job(roll.id)
        decided = (desk.print_job(r.id) for r in desk.records() if r.form_id == "intake")
        jobs["decided_intake"] = next(j for j in decided if j.reviews and j.reviews[0].outcome == "批准")
    return jobs


def test_every_demo_form_prints_filled_with_fonts_embedded_and_no_line_opening_on_a_closing_mark(demo_jobs, tmp_path):
    pdf = tmp_path / "filled.pdf"
    render(list(demo_jobs.values()), pdf)
    assert all(embedded == "yes" for _, embedded in fonts_of(pdf)), fonts_of(pdf)
    assert lines_starting_with_closing_punctuation(pdf) == []
    text = text_of(pdf)
    assert "CaseDesk 社工个案桌面" not in text and next(iter(demo_jobs.values())).agency in text


def test_every_registry_form_prints_blank_to_fill_by_hand(tmp_path):
    registry = default_registry()
    jobs = [
        PrintJob(form=form, content={}, agency="某某社会工作服务中心", station="某某站", number=None)
        for form in registry
    ]
    pdf = tmp_path / "blank.pdf"
    render(jobs, pdf)
    assert all(embedded == "yes" for _, embedded in fonts_of(pdf)), fonts_of(pdf)
    assert lines_starting_with_closing_punctuation(pdf) == []
    text = text_of(pdf)
    for form in registry:
        assert form.title.zh in text
    assert "□" not in text and "■" not in text  # tick boxes are drawn, not font glyphs


@pytest.mark.parametrize("form_id", ONE_PAGE)
def test_a_typical_form_fits_one_page(demo_jobs, form_id, tmp_path):
    pdf = tmp_path / f"{form_id}.pdf"
    render([demo_jobs[form_id]], pdf)
    assert pages_of(pdf) == 1


def test_the_roll_of_ten_members_and_six_sessions_is_one_page_of_marks(demo_jobs, tmp_path):
    pdf = tmp_path / "roll.pdf"
    render([demo_jobs["attendance"]], pdf)
    text = text_of(pdf, "-layout")
    assert pages_of(pdf) == 1
    assert all(s in text for s in SESSIONS[:6]) and not any(s in text for s in SESSIONS[6:])
    assert "缺席" not in text.split("出勤统计")[0].split("迟到）")[1]  # cells hold the marks, not every option
    assert "○" in text and "△" in text


def test_a_roll_of_twenty_members_and_eight_sessions_fits_one_page(demo_jobs, tmp_path):
    job = copy.deepcopy(demo_jobs["attendance"])
    job.content["planned_sessions"] = 8
    job.content["members"] = [{"name": f"组员{n:02d}", **{f"s{s}": "present" for s in range(1, 9)}} for n in range(20)]
    job.content["session_dates"] = [{"session_no": n, "date": f"2026-10-{9 + n}"} for n in range(1, 9)]
    pdf = tmp_path / "roll20.pdf"
    render([job], pdf)
    text = text_of(pdf, "-layout")
    assert pages_of(pdf) == 1 and "组员19" in text
    assert "第八节" in text and "第九节" not in text


def test_the_lines_hint_is_a_long_texts_or_a_tables_and_a_whole_number():
    form = make_form(field("story", "long_text", lines=6))
    assert form.field("story").lines == 6  # type: ignore[union-attr]
    for bad in (field("name", "text", lines=3), field("story", "long_text", lines=0)):
        with pytest.raises(DefinitionError):
            make_form(bad)


def test_a_decided_record_prints_the_supervisors_frame_with_the_opinion_name_and_date(demo_jobs, tmp_path):
    job = copy.deepcopy(demo_jobs["decided_intake"])
    job.reviews[0].opinion = "同意开案，请于两周内完成预估。"
    review = job.reviews[0]
    pdf = tmp_path / "decided.pdf"
    render([job], pdf)
    text = text_of(pdf, "-layout")
    assert pages_of(pdf) == 1
    frame = text.split("督导意见")[1]
    assert "同意开案，请于两周内完成预估。" in frame and "批准" in frame and "退回" in frame
    assert re.search(rf"签名：\s*{review.name}\s+批阅日期：\s*{review.date}", frame), frame
    assert "机构查阅：" in frame  # the intake declares agency_check


def test_a_step_still_to_come_prints_its_empty_frame_beside_a_decided_one(demo_jobs, tmp_path):
    job = copy.deepcopy(demo_jobs["decided_intake"])
    job.reviews.append(ReviewLine(role="机构负责人", name="", outcome="", opinion="", date=""))
    pdf = tmp_path / "pending.pdf"
    render([job], pdf)
    text = text_of(pdf, "-layout")
    head = next(line for line in text.splitlines() if "督导意见" in line)
    assert "机构负责人意见" in head  # two steps side by side
    signed = next(line for line in text.splitlines() if "批阅日期：" in line)
    assert signed.count("签名：") == 2 and signed.count("批阅日期：") == 2
    assert signed.rstrip().endswith("批阅日期：")  # the step to come: its rules left empty
    assert signed.count(job.reviews[0].name) == 1 and signed.count(job.reviews[0].date) == 1


def test_a_blank_form_prints_an_empty_frame_for_every_approval_step(tmp_path):
    registry = default_registry()
    plan, record = registry.get("group_plan"), registry.get("record")
    pdf = tmp_path / "blank-frames.pdf"
    render([blank_job(plan, "某某社会工作服务中心"), blank_job(record, "某某社会工作服务中心")], pdf)
    text = text_of(pdf, "-layout")
    for title in ("督导意见", "业务负责人意见", "机构负责人意见"):
        assert title in text
    assert text.count("批阅日期：") == len(plan.approval) + len(record.approval)
    assert "机构查阅" not in text  # neither declares it


def test_agency_check_and_opinion_column_are_yes_or_no_keys_of_the_definition():
    assert make_form(field("name", "text")).agency_check is False
    assert make_form(field("name", "text"), agency_check=True).agency_check is True
    with pytest.raises(DefinitionError):
        make_form(field("name", "text"), agency_check="yes")
    section = {"id": "main", "title": {"zh": "主要", "en": "Main"}, "fields": [field("name", "text")]}
    assert make_form(sections=[{**section, "opinion_column": True}]).sections[0].opinion_column is True
    with pytest.raises(DefinitionError):
        make_form(sections=[{**section, "opinion_column": 1}])


def test_the_group_report_prints_each_item_beside_its_supervisors_opinion(tmp_path):
    form = default_registry().get("group_report")
    job = blank_job(form, "某某社会工作服务中心")
    job.content = {"preparation": "招募十名组员，场地已预订。", "use_of_funds": "共支出八百元。"}
    job.field_opinions = {"use_of_funds": "请附发票清单。"}
    render([job], tmp_path / "report.pdf")
    render([blank_job(form)], tmp_path / "blank-report.pdf")
    filled, blank = (text_of(tmp_path / name, "-layout") for name in ("report.pdf", "blank-report.pdf"))
    assert re.search(r"服务记录与反思\s+督导意见", filled)
    assert re.search(r"共支出八百元。\s+请附发票清单。", filled) or re.search(
        r"经费使用情况：\s+请附发票清单。", filled
    ), filled
    assert "筹备工作：" in blank and "督导意见" in blank
