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


def write_bag(jobs: list[PrintJob], facts: dict[str, Any], out: Path) -> list[int]:
    """A bag: its forms rendered once (each counting its own pages), the cover made from those counts, the two
    joined and written whole. Returns the forms' page counts."""
    from pypdf import PdfReader, PdfWriter

    forms, cover = io.BytesIO(), io.BytesIO()
    pages: list[int] = []
    if jobs:
        render(jobs, forms, page_counts=pages)
    render([], cover, cover_sheet(facts, jobs, pages))
    writer = PdfWriter()
    writer.append(PdfReader(cover))
    if jobs:
        writer.append(PdfReader(forms))
    writer.add_metadata({"/Title": facts["kind"], "/Author": "CaseDesk"})
    whole = io.BytesIO()
    writer.write(whole)
    write_bytes_atomic(out, whole.getvalue())
    return pages


def cover_sheet(facts: dict[str, Any], jobs: list[PrintJob], pages: list[int]) -> list[Flowable]:
    """档案袋封面: the file's facts, the contents with each document's date, code and page range (the pages
    counted after the cover), what is not in the bag, and lines for the person filing it."""
    st = styles()
    flow: list[Flowable] = [
        Paragraph(markup(facts["agency"]), st["base"]),
        Paragraph(markup(facts["kind"]), st["title"]),
        Spacer(1, 8),
        _facts_table(facts, st),
        Spacer(1, 12),
        Paragraph("档案袋内容", st["base"]),
        Spacer(1, 4),
    ]
    rows = [[Paragraph(h, st["small"]) for h in ("序号", "文件", "表格编号", "日期", "页码")]]
    first = 1
    dates = facts.get("dates") or [""] * len(jobs)
    for i, (job, count, date) in enumerate(zip(jobs, pages, dates, strict=True), start=1):
        span = f"{first}" if count == 1 else f"{first}–{first + count - 1}"
        cells = (str(i), job.form.title.zh, job.form.paper_code or "", date, span)
        rows.append([Paragraph(markup(c), st["small"]) for c in cells])
        first += count
    rows.append([Paragraph(c, st["small"]) for c in ("", "合计", "", "", f"共 {sum(pages)} 页")])
    contents = Table(rows, colWidths=[BODY_W * w for w in (0.08, 0.44, 0.14, 0.17, 0.17)], repeatRows=1)
    contents.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "#999999")]))
    flow.append(contents)
    flow.extend(_not_in_bag(facts.get("pending") or [], facts.get("missing") or [], st))
    filing = "归档人：" + "＿" * 10 + "　　归档日期：" + "＿" * 10 + "　　督导核查：" + "＿" * 10
    flow += [Spacer(1, 18), Paragraph(filing, st["base"])]
    return flow


def _facts_table(facts: dict[str, Any], st: dict[str, Any]) -> Table:
    """The file's facts, two to a row as on the paper cover."""
    who = "服务对象（首字母）" if facts.get("case") else "小组/活动名称"
    kind = "个案类型" if facts.get("case") else "类型"
    pairs = [
        ("档案编号", facts["number"] or "待定"), ("站点", facts.get("station", "")),
        (who, facts["who"]), ("服务领域", facts.get("domain", "")),
        (kind, facts.get("type", "")), ("负责社工", facts["worker"]),
        ("督导", facts.get("supervisor", "")), ("开始日期", str(facts["opened"] or "")),
        ("结束日期", str(facts["closed"] or "")), ("", ""),
    ]  # fmt: skip
    cells = [[Paragraph(markup(text), st["label" if i % 2 == 0 else "base"]) for i, text in enumerate(a + b)]
             for a, b in zip(pairs[0::2], pairs[1::2], strict=True)]  # fmt: skip
    table = Table(cells, colWidths=[BODY_W * w for w in (0.17, 0.33, 0.17, 0.33)])
    table.setStyle(GRID)
    return table


def _not_in_bag(pending: list[dict[str, Any]], missing: list[dict[str, Any]], st: dict[str, Any]) -> list[Flowable]:
    """The forms not in the bag: records not approved (with their state) and the archive set's forms missing (缺)."""
    if not pending and not missing:
        return []
    rows = [[Paragraph(h, st["small"]) for h in ("文件", "表格编号", "状态", "日期")]]
    for line in pending:
        cells = (line["title"], line["code"], line["state"] + "（未入袋）", line["date"])
        rows.append([Paragraph(markup(c), st["small"]) for c in cells])
    for line in missing:
        rows.append([Paragraph(markup(c), st["small"]) for c in (line["title"], line["code"], "缺", "")])
    table = Table(rows, colWidths=[BODY_W * w for w in (0.45, 0.17, 0.2, 0.18)], repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "#999999")]))
    title = "未入袋：待审批或未完成的文件，及缺少的必备文件"
    return [Spacer(1, 12), Paragraph(title, st["base"]), Spacer(1, 4), table]
