"""The indicators as a print-ready A4 report a funder reads, the PDF sibling of export_xlsx: the heading
(period, agency, station, project, worker, when made), a summary of targets met and short per domain, a
table per domain laid out like the seed's (服务内容 / 项目分类 / 评估指标 / 量化标准 and the period's numbers),
and the quality checks' shortfalls. Landscape, since the tables are wide. Written under a temporary name and
renamed: a failed export leaves no file that looks complete."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from desktop.files.atomic import write_bytes_atomic
from desktop.indicators.export_xlsx import HEADER_FILL, HEADERS, SHORT_FILL, YES_NO
from desktop.indicators.targets import Progress
from desktop.indicators.vocabulary import Catalogue, DomainTable, Indicator
from desktop.pdf.fonts import MAIN, markup, register_fonts
from desktop.pdf.render import BOTTOM, MARGIN, TOP, PageCountCanvas, styles, table_style
from desktop.workflow import quality

PAGE = landscape(A4)
BODY_W = PAGE[0] - 2 * MARGIN
# Shares of the body width: the seed's four text columns, six numbers, the note.
WIDTHS = (0.08, 0.12, 0.14, 0.06, 0.07, 0.07, 0.07, 0.07, 0.07, 0.06, 0.19)
ISSUE_WIDTHS = (0.3, 0.2, 0.15, 0.35)
# The workbook's colours, so the two exports of the same period look alike.
SHORT = colors.HexColor("#" + SHORT_FILL.fgColor.rgb[-6:])
HEADER_BG = colors.HexColor("#" + HEADER_FILL.fgColor.rgb[-6:])
REPEAT = "#9ca3af"  # a 服务内容 / 项目分类 the row above already shows (the seed merges those cells)
WORDS: dict[str, dict[str, Any]] = {
    "zh": {
        "title": "机构服务质量指标报告", "summary": "达标概览", "domain": "领域", "targets": "有目标的指标",
        "met": "已达标", "short": "未达标", "total": "合计", "quality": "质量检查", "service": None,
        "issue": ("档案编号/名称", "服务对象", "负责社工", "情况"), "none": "本期质量检查未发现不足。",
        "count": "（共 {n} 项）", "page": "第 {n} 页 / 共 {total} 页", "made": "生成",
    },
    "en": {
        "title": "Service-quality indicators report", "summary": "Targets at a glance", "domain": "Domain",
        "targets": "Rows with a target", "met": "Met", "short": "Short", "total": "Total",
        "quality": "Quality checks", "service": "Service", "issue": ("Number / name", "Client", "Worker", "Detail"),
        "none": "The quality checks found no shortfall for the period.", "count": "({n})",
        "page": "Page {n} of {total}", "made": "Made",
    },
}  # fmt: skip


def write_report(
    catalogue: Catalogue,
    rows: list[Progress],
    out: Path,
    heading: dict[str, str],
    lang: str,
    issues: Sequence[Any] = (),
) -> None:
    """``issues``: quality-check findings with ``check`` (a key of quality.CHECKS), ``code``, ``client``,
    ``worker`` and ``detail``, as the Desk's quality_checks gives them."""
    lang = "en" if lang == "en" else "zh"
    words, st = WORDS[lang], _styles()
    by_id = {p.figure.indicator.id: p for p in rows}
    chosen = [(t, [r for r in t.rows if r.id in by_id]) for t in catalogue.tables]
    chosen = [(t, picked) for t, picked in chosen if picked]
    story: list[Flowable] = [Paragraph(markup(words["title"]), st["title"]), Spacer(1, 4 * mm)]
    story += [_pairs(heading, st), Spacer(1, 5 * mm), _bar(words["summary"], st)]
    story.append(_summary(chosen, by_id, words, lang, st))
    for table, picked in chosen:
        # A domain's title never sits alone at the foot of a page.
        story += [CondPageBreak(45 * mm), Spacer(1, 5 * mm), _bar(_text(table.title, lang), st)]
        story.append(_domain_table(table, picked, by_id, lang, st))
    story += [CondPageBreak(45 * mm), Spacer(1, 5 * mm), _bar(words["quality"], st)]
    story += _issues(issues, words, lang, st)
    made = next((v for k, v in heading.items() if k.startswith("生成") or k.lower().startswith("made")), "")
    footer = f"{words['title']}　{words['made']} {made}" if made else words["title"]
    buffer = io.BytesIO()
    register_fonts()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP - 8 * mm,
        bottomMargin=BOTTOM, title=words["title"], author="CaseDesk",
    )  # fmt: skip
    doc.build(story, canvasmaker=_canvas(footer, words["page"]))
    write_bytes_atomic(out, buffer.getvalue())


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    st["cell"] = ParagraphStyle("cell", parent=st["base"], fontSize=8, leading=10.5)
    st["num"] = ParagraphStyle("num", parent=st["cell"], alignment=TA_RIGHT)  # digits line up down a column
    # 7.5 pt: "Denominator" fits its column whole.
    st["head"] = ParagraphStyle("head", parent=st["cell"], fontSize=7.5, textColor=colors.HexColor("#1f2937"))
    st["sub"] = ParagraphStyle("sub", parent=st["base"], fontSize=10.5, leading=15, spaceBefore=6, spaceAfter=3)
    return st


def _text(text: Any, lang: str) -> str:
    """A bilingual Text in the report's language."""
    return text.en if lang == "en" else text.zh


def _num(value: Any) -> str:
    """None as a dash; 6.0 as 6 and 12.50 as 12.5 (a float's needless zeros are noise on paper)."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def _cell(text: Any, style: ParagraphStyle, color: str | None = None) -> Paragraph:
    body = markup("" if text is None else str(text))
    return Paragraph(f'<font color="{color}">{body}</font>' if color else body, style)


def _grid(body: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table that flows over pages with its header row repeated on each."""
    table = Table(body, colWidths=[BODY_W * w for w in widths], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def _bar(title: str, st: dict[str, ParagraphStyle]) -> Table:
    bar = Table([[Paragraph(markup(title), st["section"])]], colWidths=[BODY_W])
    bar.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#4b5563"))]))
    return bar


def _pairs(heading: dict[str, str], st: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[_cell(k, st["label"]), _cell(v, st["base"])] for k, v in heading.items()],
        colWidths=[BODY_W * 0.2, BODY_W * 0.8],
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f4f6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _summary(
    chosen: list[tuple[DomainTable, list[Indicator]]],
    by_id: dict[str, Progress],
    words: dict[str, Any],
    lang: str,
    st: dict[str, ParagraphStyle],
) -> Table:
    body = [[_cell(words[k], st["head"]) for k in ("domain", "targets", "met", "short")]]
    totals = [0, 0, 0]
    for table, picked in chosen:
        found = [by_id[r.id] for r in picked]
        counts = [sum(p.target is not None for p in found), sum(p.met is True for p in found)]
        counts.append(sum(p.met is False for p in found))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        body.append([_cell(_text(table.chapter, lang), st["cell"]), *(_cell(n, st["num"]) for n in counts)])
    body.append([_cell(words["total"], st["head"]), *(_cell(n, st["num"]) for n in totals)])
    return _grid(body, (0.55, 0.15, 0.15, 0.15), [("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f4f6"))])


def _domain_table(
    table: DomainTable, picked: list[Indicator], by_id: dict[str, Progress], lang: str, st: dict[str, ParagraphStyle]
) -> Table:
    header = [table.first_column if lang == "zh" else WORDS["en"]["service"], *HEADERS[lang]]
    body: list[list[Any]] = [[_cell(h, st["head"]) for h in header]]
    shaded: list[tuple[Any, ...]] = []
    above: tuple[str, str] = ("", "")
    for n, row in enumerate(picked, start=1):
        p = by_id[row.id]
        figure = p.figure
        note = "；".join(_text(m.text, lang) for m in row.missing) if not row.computable else ""
        met = "—" if p.met is None else YES_NO[lang][0 if p.met else 1]
        # Every row keeps its 服务内容 and 项目分类 so a page break never loses them; repeats print pale.
        repeat = [REPEAT if row.section == above[0] else None, REPEAT if above == (row.section, row.item) else None]
        above = (row.section, row.item)
        numbers = (figure.value, figure.numerator, figure.denominator, p.target, p.achieved)
        body.append(
            [
                _cell(row.section, st["cell"], repeat[0]),
                _cell(row.item, st["cell"], repeat[1]),
                *(_cell(text, st["cell"]) for text in (row.indicator, row.standard)),
                *(_cell(_num(v), st["num"]) for v in numbers),
                _cell(met, st["cell"]),
                _cell(note, st["cell"]),
            ]
        )
        if p.met is False:
            shaded.append(("BACKGROUND", (0, n), (-1, n), SHORT))
    return _grid(body, WIDTHS, shaded)


def _issues(issues: Sequence[Any], words: dict[str, Any], lang: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not issues:
        return [Spacer(1, 2 * mm), _cell(words["none"], st["note"])]
    flow: list[Flowable] = []
    for check in quality.CHECKS:  # the checks' own order, the same on every report
        found = [i for i in issues if i.check == check]
        if not found:
            continue
        title = f"<b>{markup(quality.label(check, lang))}</b>　{words['count'].format(n=len(found))}"
        flow += [CondPageBreak(25 * mm), Paragraph(title, st["sub"])]
        body = [[_cell(h, st["head"]) for h in words["issue"]]]
        body += [[_cell(i.code, st["cell"]), _cell(i.client, st["cell"]), _cell(i.worker, st["cell"]),
                  _cell(i.detail, st["cell"])] for i in found]  # fmt: skip
        flow.append(_grid(body, ISSUE_WIDTHS))
    return flow


def _canvas(footer: str, page_words: str) -> type[pdfcanvas.Canvas]:
    """Foots every page with ``footer`` and page x of y (landscape: the width is read from the page)."""

    class Numbered(PageCountCanvas):
        def decorate_page(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(MAIN, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(MARGIN, 10 * mm, footer)
            self.drawRightString(self._pagesize[0] - MARGIN, 10 * mm, page_words.format(n=number, total=total))
            self.restoreState()

    return Numbered
