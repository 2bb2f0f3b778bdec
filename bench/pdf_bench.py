"""PDF speed on the paths a person takes, each figure beside a baseline measured in the same run (machines are
noisy):

    .venv/bin/python bench/pdf_bench.py

- one form (an intake) printed from a workspace: ``Desk.print_record``, reading the record and writing the file;
- a case's archive bag of 30 approved forms: ``Desk.print_bag`` (the cover, its page ranges, every form);
- baseline: a bare ReportLab canvas drawing the same text with the same embedded font, as many pages.
Targets (issue 24), medians of the same run: a form at most 4× its baseline, a 30-form bag at most 10×."""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.demo import build_demo, complete_required, demo_password
from desktop.pdf.fonts import MAIN, register_fonts
from desktop.workspace import open_desk

RUNS = 15


def timed(fn, runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def baseline(lines: list[str], pages: int) -> None:
    """The same text, drawn line by line on a bare canvas with the same embedded font."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, initialFontName=MAIN)
    per_page = max(len(lines) // pages, 1)
    for index, line in enumerate(lines):
        if index and index % per_page == 0:
            c.showPage()
        c.setFont(MAIN, 10)
        c.drawString(50, 800 - (index % per_page) * 14, line[:60])
    c.save()


def grown_case(root: Path) -> tuple[object, object, object]:
    """The demo, and one of its cases grown to 30 approved forms (session records approved by the supervisor)."""
    build_demo(root)
    desk = open_desk(root, "wang", demo_password("wang"))
    supervisor = open_desk(root, "li", demo_password("li"))
    intake = next(r for r in desk.records() if r.form_id == "intake" and r.status == "approved")
    case = desk.case(intake.case_id)
    while len([r for r in desk.records(case_id=case.id) if r.status == "approved"]) < 30:
        record = desk.new_record("record", case_id=case.id)
        desk.save_record(record.id, complete_required(desk, record, {"session_date": "2026-10-20"}))
        if desk.submit_record(record.id)[0].status == "submitted":
            supervisor.decide(record.id, "approve")
    supervisor.close()
    return desk, intake, case


def main() -> None:
    register_fonts()
    root = Path(tempfile.mkdtemp()) / "bench"
    desk, intake, case = grown_case(root)
    out = root.parent / "out.pdf"
    job = desk.print_job(intake.id)
    lines = [str(v) for v in job.content.values() if v] + [f.label.zh for f in job.form.fields]
    form_pages = pages_of(desk.print_record(intake.id, out))
    form_time = timed(lambda: desk.print_record(intake.id, out))
    form_base = timed(lambda: baseline(lines, form_pages))
    bag_pages = pages_of(desk.print_bag(case.id, out))
    bag_time = timed(lambda: desk.print_bag(case.id, out), runs=3)
    bag_base = timed(lambda: baseline(lines * 30, bag_pages), runs=3)
    print(f"{'measure':<36}{'CaseDesk':>12}{'bare canvas':>14}{'ratio':>8}{'target':>8}")
    print(f"{f'one form, {form_pages} pages (median)':<36}{form_time * 1000:>10.1f}ms{form_base * 1000:>12.1f}ms"
          f"{form_time / form_base:>7.1f}×{'4×':>8}")  # fmt: skip
    print(f"{f'30-form bag, {bag_pages} pages (median)':<36}{bag_time:>11.2f}s{bag_base:>13.2f}s"
          f"{bag_time / bag_base:>7.1f}×{'10×':>8}")  # fmt: skip
    desk.close()


def pages_of(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


if __name__ == "__main__":
    main()
