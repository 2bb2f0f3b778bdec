"""Rosters from Excel (the lists agencies receive: elders, people under correction, 低保 households)
with a preview and a per-row error report, imported whole or not at all; and any form's records
exported to Excel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.errors import CaseDeskError
from desktop.files.spreadsheet import append, read_sheet
from desktop.forms.values import parse_date
from desktop.models import Client, Household
from desktop.workflow.people import pinyin_keys
from desktop.workflow.permissions import Action
from desktop.workflow.text_limits import check_fields
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import People, RecordWork

# column heading -> field; the headings agencies use on the lists they receive
COLUMNS: dict[str, str] = {
    "姓名": "name",
    "性别": "sex",
    "出生日期": "birth_date",
    "身份证号码": "id_number",
    "证件号码": "id_number",
    "电话": "phone",
    "联系电话": "phone",
    "住址": "address",
    "地址": "address",
    "备注": "note",
    "户主姓名": "name",
    "家庭人数": "household_size",
    "矫正类别": "correction_category",
    "矫正开始日期": "correction_start",
    "矫正结束日期": "correction_end",
    "司法所": "judicial_office",
}
KINDS: dict[str, tuple[str, set[str]]] = {
    # roster kind -> (service domain, required fields)
    "elders": ("elderly", {"name"}),
    "corrections": ("corrections", {"name", "id_number"}),
    "dibao": ("family", {"name"}),
}
SEX = {"男": "male", "女": "female"}
TEXTS = ("name", "id_number", "phone", "address", "note", "correction_category", "judicial_office")


def roster_note(values: dict[str, Any]) -> str | None:
    """What a roster row keeps in the client's note: its correction category, judicial office and note."""
    return (
        "；".join(str(values[k]) for k in ("correction_category", "judicial_office", "note") if values.get(k)) or None
    )


def read_table(path: Path, columns: dict[str, str], required: set[str]) -> list[tuple[int, dict[str, Any]]]:
    """The rows of a list received as Excel (bounded by ``read_sheet``), each as its line number and its values
    by field, the headings read through ``columns`` (heading -> field): X003 for a heading not known there,
    X004 naming the ``required`` fields no heading gives."""
    heading, table = read_sheet(path)
    headings = [str(h).strip() if h is not None else "" for h in heading]
    unknown = [h for h in headings if h and h not in columns]
    if unknown:
        raise CaseDeskError("X003", columns="、".join(unknown))
    fields = [columns.get(h) for h in headings]
    missing = required - set(fields)
    if missing:
        raise CaseDeskError("X004", columns="、".join(sorted(missing)))
    return [(line, {f: v for f, v in zip(fields, raw, strict=False) if f}) for line, raw in table]


@dataclass
class RosterRow:
    line: int  # the spreadsheet's row number
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)


@dataclass
class RosterPreview:
    kind: str
    rows: list[RosterRow]

    @property
    def bad_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if r.errors]


class RosterService:
    """Rosters imported as clients, and a form's records exported. Needs: the core, access (the clients in
    view), the people (a new client's checks) and the records (those exported)."""

    def __init__(self, core: Core, access: AccessService, people: People, record_work: RecordWork) -> None:
        self.core, self.access, self.people, self.record_work = core, access, people, record_work

    def preview_roster(self, path: Path, kind: str) -> RosterPreview:
        """Read a roster and check every row as a new client is checked; nothing is stored. The file is
        bounded before it is read (``desktop.workspace.spreadsheet``: size, unpacked size, rows, columns)."""
        if kind not in KINDS:
            raise CaseDeskError("C001", what=f"roster kind: {', '.join(KINDS)}")
        table = read_table(path, COLUMNS, KINDS[kind][1])
        with self.core.session() as s:
            visible = self.access.visible(s).client()
            numbers = s.scalars(select(Client.id_number).where(Client.id_number.is_not(None), visible))
            known_ids = {n for n in numbers if n is not None}
        rows: list[RosterRow] = []
        seen_ids: set[str] = set()
        for line, values in table:
            row = RosterRow(line, values)
            self._check_row(row, known_ids, seen_ids)
            rows.append(row)
        return RosterPreview(kind, rows)

    def _check_row(self, row: RosterRow, known_ids: set[str], seen_ids: set[str]) -> None:
        """The rules of a new client (``people.check_person`` for the ID number and the dates,
        ``text_limits`` for lengths and characters), each problem reported on its row; then duplicates."""
        values = row.values
        for key in TEXTS:
            raw = values.get(key)
            values[key] = str(raw).strip() if raw not in (None, "") else None
        if not values["name"]:
            row.errors.append("缺少姓名 / no name")
        dates_ok = True
        for key in ("birth_date", "correction_start", "correction_end"):
            raw = values.get(key)
            values[key] = parse_date(raw)
            if raw not in (None, "") and values[key] is None:
                row.errors.append(f"日期格式不对 / not a date: {str(raw)[:40]}")
                dates_ok = False
        if values.get("sex") not in (None, ""):
            values["sex"] = SEX.get(str(values["sex"]).strip(), values["sex"])
            if values["sex"] not in ("male", "female"):
                row.errors.append(f"性别不对 / sex: {str(values['sex'])[:20]}")
        texts = {k: values[k] for k in ("name", "phone", "address") if values[k]} | {"note": roster_note(values)}
        person = {k: values[k] for k in ("id_number", "birth_date", "sex") if values.get(k) not in (None, "")}
        try:
            check_fields("client", texts)
        except CaseDeskError as exc:
            row.errors.append(f"{exc.message('zh')} / {exc.message('en')}")
        if not dates_ok:
            return
        try:
            self.people.check_person(person)
        except CaseDeskError as exc:
            row.errors.append(f"{exc.message('zh')} / {exc.message('en')}")
            return
        values.update(person)
        number = values.get("id_number")
        if number:
            if number in known_ids or number in seen_ids:
                row.errors.append("此人已在名册或工作区中 / already on file")
            seen_ids.add(number)

    def import_roster(self, preview: RosterPreview) -> int:
        """Import every row, or nothing: a roster with any bad row is refused whole."""
        self.core.require(Action.SERVE)
        if preview.bad_rows:
            raise CaseDeskError("X002", count=len(preview.bad_rows))
        domain, me = KINDS[preview.kind][0], self.core.account
        with self.core.session() as s:
            for row in preview.rows:
                v = row.values
                full, initials = pinyin_keys(v["name"])
                household_id = None
                if preview.kind == "dibao":
                    household = Household(
                        name=v["name"],
                        address=v.get("address"),
                        phone=v.get("phone"),
                        economic_status="dibao",
                        owner_id=me.id,
                        author_id=me.id,
                        station_id=me.station_id,
                    )
                    s.add(household)
                    s.flush()
                    household_id = household.id
                note = roster_note(v)
                s.add(
                    Client(
                        name=v["name"],
                        name_pinyin=full,
                        name_initials=initials,
                        sex=v.get("sex"),
                        birth_date=v.get("birth_date"),
                        id_number=v.get("id_number"),
                        phone=v.get("phone"),
                        address=v.get("address"),
                        domain=domain,
                        household_id=household_id,
                        note=note,
                        owner_id=me.id,
                        author_id=me.id,
                        station_id=me.station_id,
                    )
                )
        return len(preview.rows)

    def export_xlsx(self, form_id: str, out: Path) -> Path:
        """Every visible record of one form, one row each, headed by the fields' Chinese labels; every text
        a text cell (``spreadsheet.append``), never a formula."""
        from openpyxl import Workbook

        form = self.core.registry.get(form_id)
        fields = [f for f in form.value_fields if f.type not in ("table", "attachment", "signature")]
        book = Workbook()
        sheet = book.active
        sheet.title = form.title.zh[:31]
        append(sheet, ["记录 ID", "状态", *[f.label.zh for f in fields]])
        for record in self.record_work.records(form_id=form_id):
            cells = []
            for f in fields:
                value = record.content.get(f.id)
                if isinstance(value, list):
                    value = "、".join(f.option_label(v) for v in value)
                elif f.options and value is not None:
                    value = f.option_label(value)
                cells.append(value)
            append(sheet, [str(record.id), record.status, *cells])
        tmp = out.with_name(out.name + ".part")
        book.save(tmp)
        tmp.replace(out)
        return out
