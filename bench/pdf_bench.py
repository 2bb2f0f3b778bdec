"""PDF speed, each figure beside a baseline measured in the same run (machines are noisy):

    .venv/bin/python bench/pdf_bench.py

- a typical two-page form (an intake) through CaseDesk's renderer, median of N runs;
- a 30-form archive bag;
- baseline: a bare ReportLab canvas drawing the same text with the same embedded font.
Targets (issue 7): a form at most 50 ms, a 30-form bag at most 2 s."""

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
from desktop.pdf.render import render
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


def main() -> None:
    register_fonts()
    root = Path(tempfile.mkdtemp()) / "bench"
    build_demo(root)
    desk = open_desk(root, "wang", demo_password("wang"))
    intake = next(r for r in desk.records() if r.form_id == "intake")
    job = desk.print_job(intake.id)
    case = desk.case(intake.case_id)
    for _ in range(24):  # grow the case to a 30-form bag
        record = desk.new_record("record", case_id=case.id)
        desk.save_record(record.id, complete_required(desk, record, {"session_date": "2026-10-20"}))
    bag_jobs = [desk.print_job(r.id) for r in desk.records(case_id=case.id)][:30]
    lines = [str(v) for v in job.content.values() if v] + [f.label.zh for f in job.form.fields]
    form_time = timed(lambda: render([job], io.BytesIO()))
    form_base = timed(lambda: baseline(lines, 2))
    bag_time = timed(lambda: render(bag_jobs, io.BytesIO()), runs=3)
    bag_base = timed(lambda: baseline(lines * len(bag_jobs), 2 * len(bag_jobs)), runs=3)
    print(f"{'measure':<34}{'CaseDesk':>12}{'bare canvas':>14}{'target':>10}")
    print(f"{'two-page form (median)':<34}{form_time * 1000:>10.1f}ms{form_base * 1000:>12.1f}ms{'50 ms':>10}")
    print(f"{f'{len(bag_jobs)}-form archive bag (median)':<34}{bag_time:>11.2f}s{bag_base:>13.2f}s{'2 s':>10}")
    desk.close()


if __name__ == "__main__":
    main()
