"""Rosters from Excel (the lists agencies receive: elders, people under correction, 低保 households)
with a preview and a per-row error report, imported whole or not at all; and any form's records
exported to Excel."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.values import parse_date
from desktop.models import Account, Client, Household
from desktop.workflow.people import check_id_number, pinyin_keys
from desktop.workflow.permissions import Action, require

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


class RosterOps:
    account: Account

    def session(self) -> AbstractContextManager[Session]:  # provided by Desk
        raise NotImplementedError

    def today(self) -> dt.date:  # provided by Desk
        raise NotImplementedError

    def preview_roster(self, path: Path, kind: str) -> RosterPreview:
        """Read a roster and check every row; nothing is stored."""
        from openpyxl import load_workbook

        if kind not in KINDS:
            raise CaseDeskError("C001", what=f"roster kind: {', '.join(KINDS)}")
        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            table = [list(row) for row in sheet.iter_rows(values_only=True)]
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise CaseDeskError("X001", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
        if not table:
            raise CaseDeskError("X001", reason="empty / 空表")
        headings = [str(h).strip() if h is not None else "" for h in table[0]]
        unknown = [h for h in headings if h and h not in COLUMNS]
        if unknown:
            raise CaseDeskError("X003", columns="、".join(unknown))
        fields = [COLUMNS.get(h) for h in headings]
        missing = KINDS[kind][1] - set(fields)
        if missing:
            raise CaseDeskError("X004", columns="、".join(sorted(missing)))
        with self.session() as s:
            visible = self._visible(s).client()  # type: ignore[attr-defined]
            known_ids = set(s.scalars(select(Client.id_number).where(Client.id_number.is_not(None), visible)))
        rows, seen_ids = [], set()
        for line, raw in enumerate(table[1:], start=2):
            if all(v in (None, "") for v in raw):
                continue
            values = {f: v for f, v in zip(fields, raw, strict=False) if f}
            row = RosterRow(line, values)
            self._check_row(row, known_ids, seen_ids)
            rows.append(row)
        return RosterPreview(kind, rows)

    def _check_row(self, row: RosterRow, known_ids: set[str], seen_ids: set[str]) -> None:
        values = row.values
        name = str(values.get("name") or "").strip()
        if not name:
            row.errors.append("缺少姓名 / no name")
        values["name"] = name
        for key in ("birth_date", "correction_start", "correction_end"):
            raw = values.get(key)
            if raw in (None, ""):
                values[key] = None
                continue
            date = raw.date() if isinstance(raw, dt.datetime) else parse_date(raw)
            if date is None:
                row.errors.append(f"日期格式不对 / not a date: {raw}")
            values[key] = date
        if values.get("sex") not in (None, ""):
            values["sex"] = SEX.get(str(values["sex"]).strip(), values["sex"])
            if values["sex"] not in ("male", "female"):
                row.errors.append(f"性别不对 / sex: {values['sex']}")
        number = str(values.get("id_number") or "").strip().upper() or None
        values["id_number"] = number
        if number:
            check = check_id_number(number, self.today())
            if not check.ok:
                row.errors.append("身份证号码无效 / invalid ID number")
            elif number in known_ids or number in seen_ids:
                row.errors.append("此人已在名册或工作区中 / already on file")
            else:
                values["birth_date"] = values.get("birth_date") or check.birth_date
                values["sex"] = values.get("sex") or check.sex
            seen_ids.add(number)
        if values.get("phone") is not None:
            values["phone"] = str(values["phone"]).strip()

    def import_roster(self, preview: RosterPreview) -> int:
        """Import every row, or nothing: a roster with any bad row is refused whole."""
        require(self.account.roles, Action.SERVE)
        if preview.bad_rows:
            raise CaseDeskError("X002", count=len(preview.bad_rows))
        domain = KINDS[preview.kind][0]
        with self.session() as s:
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
                        owner_id=self.account.id,
                        author_id=self.account.id,
                        station_id=self.account.station_id,
                    )
                    s.add(household)
                    s.flush()
                    household_id = household.id
                note = "；".join(str(v[k]) for k in ("correction_category", "judicial_office", "note") if v.get(k))
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
                        note=note or None,
                        owner_id=self.account.id,
                        author_id=self.account.id,
                        station_id=self.account.station_id,
                    )
                )
        return len(preview.rows)

    def export_xlsx(self, form_id: str, out: Path) -> Path:
        """Every visible record of one form, one row each, headed by the fields' Chinese labels."""
        from openpyxl import Workbook

        form = self.registry.get(form_id)
        fields = [f for f in form.value_fields if f.type not in ("table", "attachment", "signature")]
        book = Workbook()
        sheet = book.active
        sheet.title = form.title.zh[:31]
        sheet.append(["记录 ID", "状态", *[f.label.zh for f in fields]])
        for record in self.records(form_id=form_id):
            cells = []
            for f in fields:
                value = record.content.get(f.id)
                if isinstance(value, list):
                    value = "、".join(f.option_label(v) for v in value)
                elif f.options and value is not None:
                    value = f.option_label(value)
                cells.append(value)
            sheet.append([str(record.id), record.status, *cells])
        tmp = out.with_name(out.name + ".part")
        book.save(tmp)
        tmp.replace(out)
        return out
