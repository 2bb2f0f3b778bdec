"""An archive bag's PDF: its forms behind a cover sheet that lists them with their page counts, written whole."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop.files.atomic import write_bytes_atomic
from desktop.pdf.fonts import markup
from desktop.pdf.jobs import PrintJob
from desktop.pdf.render import BODY_W, GRID, render, styles, table_style


def write_pdf(jobs: list[PrintJob], out: Path, cover: list[Flowable] | None = None) -> None:
    """Render to memory, then write the file whole (a failure leaves no half-written PDF)."""
    buffer = io.BytesIO()
    render(jobs, buffer, cover)
    write_bytes_atomic(out, buffer.getvalue())


def count_pages(jobs: list[PrintJob]) -> int:
    from pypdf import PdfReader

    buffer = io.BytesIO()
    render(jobs, buffer)
    buffer.seek(0)
    return len(PdfReader(buffer).pages)


def cover_sheet(facts: dict[str, Any], jobs: list[PrintJob], pages: list[int]) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Paragraph(markup(facts["kind"]), st["title"]), Spacer(1, 8)]
    info = [
        ["档案编号 Number", facts["number"] or "待定 pending"],
        ["服务对象 Client（首字母 initials）" if "个案" in facts["kind"] else "名称 Name", facts["who"]],
        ["负责社工 Worker", facts["worker"]],
        ["开始 Opened", str(facts["opened"] or "")],
        ["结束 Closed", str(facts["closed"] or "")],
    ]
    table = Table(
        [[Paragraph(markup(a), st["label"]), Paragraph(markup(b), st["base"])] for a, b in info],
        colWidths=[BODY_W * 0.35, BODY_W * 0.65],
    )
    table.setStyle(GRID)
    flow += [table, Spacer(1, 12), Paragraph("档案袋内容（附件清单）　Contents", st["base"]), Spacer(1, 4)]
    rows = [[Paragraph(h, st["small"]) for h in ("序号 No.", "文件 Document", "表格编号 Code", "页数 Pages")]]
    for i, (job, count) in enumerate(zip(jobs, pages, strict=True), start=1):
        rows.append(
            [
                Paragraph(str(i), st["small"]),
                Paragraph(markup(job.form.title.zh), st["small"]),
                Paragraph(job.form.paper_code or "", st["small"]),
                Paragraph(str(count), st["small"]),
            ]
        )
    rows.append(
        [
            Paragraph("", st["small"]),
            Paragraph("合计 Total", st["small"]),
            Paragraph("", st["small"]),
            Paragraph(str(sum(pages)), st["small"]),
        ]
    )
    contents = Table(rows, colWidths=[BODY_W * w for w in (0.1, 0.55, 0.17, 0.18)], repeatRows=1)
    contents.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "#999999")]))
    flow.append(contents)
    return flow
