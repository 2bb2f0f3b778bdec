"""Two A4 documents of the personal-information work, drawn with the forms' fonts (Chinese embedded, rare
characters in names through the fallback font): the personal-information report (个人信息报告) a client
receives, and the destruction list (销毁清单) that goes into the paper archive — archive numbers, dates,
counts, who, when and why, and no personal details."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from desktop.pdf.fonts import MAIN, markup, register_fonts
from desktop.pdf.render import (
    BODY_W,
    BOTTOM,
    GRID,
    MARGIN,
    PAGE_H,
    PAGE_W,
    TOP,
    PageCountCanvas,
    styles,
    table_style,
)

NOTICE_ZH = (
    "本报告依据《中华人民共和国个人信息保护法》第四十五条（查阅、复制）出具，列出本机构保存的您的个人信息："
    "基本资料、家庭、个案及其各表内容、参加的小组与活动、附件、签名、转介，以及谁在何时查阅或修改过您的档案。"
    "如发现信息不准确或不完整，您有权要求更正、补充（第四十六条），请与负责社工或机构联系。"
)
ROW_WORDS = {
    "case_file": "个案",
    "service_group": "小组/活动",
    "form_record": "表单记录",
    "form_revision": "修订版本",
    "decision": "审批",
    "comment": "意见",
    "signature": "签名",
    "attachment": "附件",
    "draft": "草稿",
    "share": "共享",
    "client": "服务对象",
    "household": "家庭",
    "household_member": "家庭成员",
    "audit_entry": "操作日志",
}
NOTICE_EN = (
    "Under Articles 45 and 46 of the Personal Information Protection Law: what the agency holds about you, and "
    "who opened or changed your file and when. Ask your worker or the agency to correct or complete anything."
)


def _canvas(left: str, right: str) -> type[pdfcanvas.Canvas]:
    """A canvas that heads every page with ``left`` and ``right`` and foots it with page x of y."""

    class Numbered(PageCountCanvas):
        def decorate_page(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(MAIN, 8.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(MARGIN, PAGE_H - 14 * mm, left)
            self.drawRightString(PAGE_W - MARGIN, PAGE_H - 14 * mm, right)
            self.setStrokeColor(colors.HexColor("#888888"))
            self.line(MARGIN, PAGE_H - 17 * mm, PAGE_W - MARGIN, PAGE_H - 17 * mm)
            self.drawCentredString(PAGE_W / 2, 10 * mm, f"第 {number} 页 / 共 {total} 页　Page {number} of {total}")
            self.drawRightString(PAGE_W - MARGIN, 10 * mm, "CaseDesk 社工个案桌面")
            self.restoreState()

    return Numbered


def _build(out: Path | BinaryIO, story: list[Flowable], title: str, left: str, right: str) -> None:
    register_fonts()
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="CaseDesk",
    )
    doc.build(story, canvasmaker=_canvas(left, right))


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup("" if text is None else str(text)), style)


def _pairs(rows: Sequence[tuple[str, Any]], st: dict[str, ParagraphStyle], widths: tuple[float, float] = (0.3, 0.7)):
    table = Table(
        [[_p(label, st["label"]), _value(value, st)] for label, value in rows],
        colWidths=[BODY_W * widths[0], BODY_W * widths[1]],
    )
    table.setStyle(GRID)
    return table


def _value(value: Any, st: dict[str, ParagraphStyle]) -> Any:
    """A value in words; a table's rows one paragraph each, its cells as "label: value"."""
    if isinstance(value, list):
        lines = []
        for index, row in enumerate(value, start=1):
            cells = "；".join(f"{c['label_zh']}：{_flat(c['value'])}" for c in row) if isinstance(row, list) else row
            lines.append(f"{index}. {cells}")
        return _p("\n".join(lines) or "—", st["base"])
    return _p(value if value not in (None, "") else "—", st["base"])


def _flat(value: Any) -> str:
    if isinstance(value, list):
        return " / ".join("，".join(f"{c['label_zh']} {c['value']}" for c in row) for row in value)
    return str(value)


def _grid(header: Sequence[str], rows: list[list[Any]], widths: Sequence[float], st: dict[str, ParagraphStyle]):
    body = [[_p(h, st["small"]) for h in header]]
    body += [[_p(cell, st["small"]) for cell in row] for row in rows]
    table = Table(body, colWidths=[BODY_W * w for w in widths], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _heading(text: str, st: dict[str, ParagraphStyle]) -> Table:
    bar = Table([[_p(text, st["section"])]], colWidths=[BODY_W])
    bar.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#4b5563"))]))
    return bar


def _sub(text: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    """A record's or a file's title (a page break before it, not between it and its table: CondPageBreak)."""
    style = ParagraphStyle("sub", parent=st["base"], fontSize=10.5, leading=15, textColor=colors.HexColor("#1f2937"))
    return Paragraph("<b>" + markup(text) + "</b>", style)


def _nothing(st: dict[str, ParagraphStyle]) -> Paragraph:
    return _p("（无 / none）", st["note"])


# -- the personal-information report ----------------------------------------------------------------
def personal_report_pdf(report: dict[str, Any], out: Path | BinaryIO) -> None:
    st = styles()
    head = report["report"]
    flow: list[Flowable] = [
        _p(head["title_zh"], st["title"]),
        _p(head["title_en"], ParagraphStyle("en", parent=st["small"], alignment=1)),
        Spacer(1, 8),
        _pairs(
            [
                ("出具机构 Agency", head["agency"]),
                ("出具时间 Produced", head["generated_at"] + " (UTC)"),
                ("出具人 By", f"{head['generated_by']}（{'、'.join(head['roles'])}）"),
                ("范围 Scope", f"{head['scope_zh']}\n{head['scope_en']}"),
            ],
            st,
        ),
        Spacer(1, 4),
        _p(NOTICE_ZH, st["note"]),
        _p(NOTICE_EN, st["small"]),
        Spacer(1, 6),
    ]
    flow += [_heading("一、基本资料　Personal details", st), _field_table(report["client"]["fields"], st)]
    flow += [Spacer(1, 6), _heading("二、家庭　Household", st)]
    household = report.get("household")
    if household:
        flow.append(_field_table(household["fields"], st))
        members = [[m["name"], m.get("relationship") or "", m.get("birth_date") or ""] for m in household["members"]]
        if members:
            flow += [
                Spacer(1, 3),
                _grid(("成员 Member", "关系 Relationship", "出生日期 Born"), members, (0.4, 0.3, 0.3), st),
            ]
    else:
        flow.append(_nothing(st))
    flow += [Spacer(1, 6), _heading("三、个案　Cases", st)]
    for case in report["cases"] or []:
        flow += _case_flow(case, st)
    if not report["cases"]:
        flow.append(_nothing(st))
    flow += [Spacer(1, 6), _heading("四、小组与活动　Groups and activities", st)]
    for group in report["groups"] or []:
        title = f"{group['name']}　{group.get('archive_code') or '（未编号）'}"
        flow += [Spacer(1, 3), _sub(title, st)]
        dates = f"{group.get('planned_start') or ''} – {group.get('planned_end') or ''}"
        flow.append(_pairs([("类型 Kind", group["kind"]), ("状态 Status", group["status"]), ("时间 Dates", dates)], st))
        for entry in group["entries"]:
            flow.append(_pairs([(f"{entry['form_zh']}：{r['label_zh']}", r["value"]) for r in entry["rows"]], st))
    if not report["groups"]:
        flow.append(_nothing(st))
    flow += [Spacer(1, 6), _heading("五、其他服务记录　Other service records", st)]
    for record in report["records"] or []:
        flow += _record_flow(record, st)
    if not report["records"]:
        flow.append(_nothing(st))
    flow += [Spacer(1, 6), _heading("六、附件　Attachments", st)]
    rows = [[a["filename"], a["belongs_to"], f"{a['size']:,}", a["added_at"], a.get("added_by") or ""]
            for a in report["attachments"]]  # fmt: skip
    widths = (0.3, 0.22, 0.13, 0.2, 0.15)
    header = ("文件 File", "所属 On", "大小（字节）Bytes", "加入时间 Added", "加入人 By")
    flow.append(_grid(header, rows, widths, st) if rows else _nothing(st))
    flow += [Spacer(1, 6), _heading("七、签名　Signatures", st)]
    rows = [[x["form"], x["signer"], x["name"], x["signed_at"], "已失效 void" if x["void"] else "有效 valid"]
            for x in report["signatures"]]  # fmt: skip
    header = ("表单 Form", "签署栏 Block", "签名人 Name", "时间 Signed", "状态 State")
    flow.append(_grid(header, rows, (0.25, 0.2, 0.17, 0.23, 0.15), st) if rows else _nothing(st))
    flow += [Spacer(1, 6), _heading("八、转介　Transfers", st)]
    for transfer in report["transfers"] or []:
        flow += [Spacer(1, 3), _sub(f"个案 {transfer.get('case') or '（未编号）'}　{transfer['status']}", st)]
        flow.append(_field_table(transfer["fields"], st))
    if not report["transfers"]:
        flow.append(_nothing(st))
    flow += [Spacer(1, 6), _heading("九、查阅与修改记录　Who opened or changed the file", st)]
    rows = [[a["at"], a["who"], a["action"], a["file"]] for a in report["access"]]
    flow.append(_grid(("时间 When (UTC)", "人员 Who", "操作 What", "档案 File"), rows, (0.24, 0.18, 0.25, 0.33), st)
                if rows else _nothing(st))  # fmt: skip
    _build(out, flow, "个人信息报告", head["agency"], f"个人信息报告　{head['generated_at'][:10]}")


def _field_table(fields: list[dict[str, Any]], st: dict[str, ParagraphStyle]) -> Flowable:
    if not fields:
        return _nothing(st)
    return _pairs([(f"{f['label_zh']}\n{f['label_en']}", f["value"]) for f in fields], st)


def _case_flow(case: dict[str, Any], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    title = f"个案 {case.get('archive_code') or '（未编号）'}　{case['status']}"
    info = [
        ("类型 Type", f"{case['case_type']}　{case['domain']}"),
        ("项目 Project", case.get("project")),
        ("负责社工 Worker", case.get("worker")),
        (
            "开案 / 结案 / 归档",
            " / ".join(x or "—" for x in (case["opened_on"], case["closed_on"], case["archived_on"])),
        ),
        ("保存至 Kept until", case.get("kept_until") or "服务中，期限未开始 / in service"),
    ]
    flow: list[Flowable] = [Spacer(1, 4), KeepTogether([_sub(title, st), _pairs(info, st)])]
    for record in case["records"]:
        flow += _record_flow(record, st)
    return flow


def _record_flow(record: dict[str, Any], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    title = f"{record['form_zh']}　{record['form_en']}"
    meta = f"状态 {record['status']}；建立 {record['created_at']}；最近修改 {record['updated_at']}"
    if record.get("worker"):
        meta += f"；负责社工 {record['worker']}"
    if record.get("void_reason"):
        meta += f"；作废原因 {record['void_reason']}"
    # A record starts on a new page only when little is left of this one; its table then flows on.
    flow: list[Flowable] = [CondPageBreak(40 * mm), Spacer(1, 4), _sub(title, st), _p(meta, st["small"])]
    flow.append(_field_table(record["fields"], st))
    history = [[f"第 {r['number']} 版", r["at"], r.get("by") or "", ""] for r in record["revisions"]]
    history += [[f"{d['role']} {d['outcome']}", d["at"], d.get("by") or "", d.get("opinion") or ""]
                for d in record["decisions"]]  # fmt: skip
    history += [["意见", c["at"], c.get("by") or "", c["text"]] for c in record["comments"]]
    if history:
        header = ("修订/审批/意见 History", "时间 When", "人员 Who", "内容 Note")
        flow += [Spacer(1, 2), _grid(header, history, (0.22, 0.22, 0.16, 0.4), st)]
    return flow


# -- the destruction list ---------------------------------------------------------------------------
def destruction_list_pdf(listing: dict[str, Any], out: Path | BinaryIO) -> None:
    """The 销毁清单: what was destroyed, by archive number and counts only; signed on paper."""
    st = styles()
    flow: list[Flowable] = [
        _p("档案销毁清单", st["title"]),
        _p("Destruction list (retention period passed)", ParagraphStyle("en", parent=st["small"], alignment=1)),
        Spacer(1, 8),
        _pairs(
            [
                ("机构 Agency", listing.get("agency", "")),
                ("保存期限截至 As of", listing["as_of"]),
                ("销毁时间 Destroyed at", listing["at"] + " (UTC)"),
                ("执行人 By", f"{listing['by']}（机构负责人 agency head）"),
                ("原因 Reason", listing["reason"]),
            ],
            st,
        ),
        Spacer(1, 8),
    ]
    rows = [
        [str(i), line["period_zh"], line["label"], line["starts"], line["kept_until"], str(line["records"]),
         str(line["rows"]), str(line["files"])]
        for i, line in enumerate(listing["items"], start=1)
    ]  # fmt: skip
    header = ("序号\nNo.", "类别\nKind", "档案编号\nNumber", "期限起算\nFrom", "保存至\nKept until",
              "表单/条目\nForms/entries", "数据行\nRows", "附件\nFiles")  # fmt: skip
    flow.append(_grid(header, rows, (0.07, 0.15, 0.24, 0.12, 0.12, 0.1, 0.1, 0.1), st))
    flow += [
        Spacer(1, 8),
        _pairs(
            [
                ("随之销毁的服务对象 Clients", f"{listing['clients']} 人（再无其他记录）"),
                ("随之销毁的家庭 Households", f"{listing['households']} 户"),
                ("操作日志 Audit entries", f"{listing['audit_entries']} 条"),
                ("备份 Backups", f"{listing['backups']} 份"),
                ("数据行合计 Rows", "；".join(f"{ROW_WORDS.get(k, k)} {v}" for k, v in listing["rows"].items()) or "—"),
            ],
            st,
            (0.35, 0.65),
        ),
        Spacer(1, 6),
        _p(
            "本清单不含任何个人信息。销毁已写入操作日志，并在下次同步时传到各外勤设备，设备收到后删除同一档案。",
            st["note"],
        ),
        Spacer(1, 18),
        _signatures(st),
    ]
    _build(out, flow, "档案销毁清单", listing.get("agency", ""), f"档案销毁清单　{listing['at'][:10]}")


def _signatures(st: dict[str, ParagraphStyle]) -> Table:
    line = "＿" * 10
    cells = [
        [_p("执行人签字：", st["label"]), _p(line, st["base"]), _p("监销人签字：", st["label"]), _p(line, st["base"])],
        [_p("日期：", st["label"]), _p(line, st["base"]), _p("日期：", st["label"]), _p(line, st["base"])],
    ]
    table = Table(cells, colWidths=[BODY_W * w for w in (0.18, 0.32, 0.18, 0.32)])
    table.setStyle(table_style([("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return table
