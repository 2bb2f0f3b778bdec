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
    flow.extend(_not_in_bag(facts.get("pending") or [], facts.get("missing") or [], st))
    return flow


def _not_in_bag(pending: list[dict[str, Any]], missing: list[dict[str, Any]], st: dict[str, Any]) -> list[Flowable]:
    """The forms not in the bag: records not approved (with their state) and the archive set's forms missing (缺)."""
    if not pending and not missing:
        return []
    rows = [[Paragraph(h, st["small"]) for h in ("文件 Document", "表格编号 Code", "状态 State", "日期 Date")]]
    for line in pending:
        cells = (line["title"], line["code"], line["state"] + "（未入袋）", line["date"])
        rows.append([Paragraph(markup(c), st["small"]) for c in cells])
    for line in missing:
        rows.append([Paragraph(markup(c), st["small"]) for c in (line["title"], line["code"], "缺 missing", "")])
    table = Table(rows, colWidths=[BODY_W * w for w in (0.45, 0.17, 0.2, 0.18)], repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "#999999")]))
    title = "未入袋：待审批或未完成的文件，及缺少的必备文件　Not in the bag: pending and missing"
    return [Spacer(1, 12), Paragraph(title, st["base"]), Spacer(1, 4), table]
