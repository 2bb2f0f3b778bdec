"""The rows of the main window's lists, worked out from the Desk (off the UI thread). Translated words
come in ``words``; labels of options, statuses and roles come from the domain."""

from __future__ import annotations

from typing import Any

from desktop.models.services import service_status_label
from desktop.roles import role_label
from desktop.workflow.case_rules import is_flagged, quarter_end
from desktop.workflow.people import mask_id_number, mask_phone
from desktop.workflow.record_states import status_label
from desktop.workspace import Desk


def _opt(desk: Desk, lang: str, list_name: str, value: Any) -> str:
    return desk.registry.option_label(list_name, value, lang)


def record_rows(desk: Desk, lang: str, words: dict[str, str], offset: int, limit: int) -> list[dict[str, Any]]:
    kept = {d.record_id for d in desk.drafts()}
    unsaved = words["unsaved"]
    rows = []
    for r in desk.record_page(offset, limit):
        form = desk.registry.get(r.form_id) if r.form_id in desk.registry else None
        rows.append(
            {
                "id": r.id,
                "form": form.title.get(lang) if form else r.form_id,
                "status": status_label(r.status, lang)
                + (f" · {role_label(r.pending_role, lang)}" if r.pending_role else "")
                + (f" · {unsaved}" if r.id in kept else ""),
                "date": r.service_date or r.created_at.date(),
                "about": r.about,
            }
        )
    return rows


def client_rows(desk: Desk, lang: str, query: str, offset: int, limit: int) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "name": c.name,
            "sex": _opt(desk, lang, "sex", c.sex),
            "birth_date": c.birth_date,
            "domain": _opt(desk, lang, "domain", c.domain),
            "phone": mask_phone(c.phone),  # lists mask; the client's own forms show the full value
            "id_number": mask_id_number(c.id_number),
        }
        for c in desk.clients(query, limit=limit, offset=offset)
    ]


def case_rows(
    desk: Desk, lang: str, words: dict[str, str], query: str, offset: int, limit: int
) -> list[dict[str, Any]]:
    pending = words["pending"]
    return [
        {
            "id": c.id,
            "number": c.archive_code or pending,
            "client": line.client_name,
            "case_type": _opt(desk, lang, "case_type", c.case_type),
            "domain": _opt(desk, lang, "domain", c.domain),
            "status": service_status_label(c.status, lang),
            "risk": ("⚠ " + _opt(desk, lang, "risk_level", c.risk_level)) if is_flagged(c.risk_level) else "",
            "opened_on": c.opened_on,
        }
        for line in desk.case_page(query, offset, limit)
        for c in (line.case,)
    ]


def group_rows(
    desk: Desk, lang: str, words: dict[str, str], query: str, offset: int, limit: int
) -> list[dict[str, Any]]:
    pending = words["pending"]
    return [
        {
            "id": g.id,
            "number": g.archive_code or pending,
            "name": g.name,
            "kind": _opt(desk, lang, "group_type", g.kind),
            "domain": _opt(desk, lang, "domain", g.domain),
            "status": service_status_label(g.status, lang),
        }
        for g in desk.group_page(query, offset, limit)
    ]


def archive_rows(desk: Desk, lang: str, query: str, offset: int, limit: int) -> list[dict[str, Any]]:
    rows = []
    for line in desk.case_page(query, offset, limit, to_archive=True):
        case = line.case
        missing = ""
        if case.status == "closed":
            missing = "、".join(desk.registry.get(f).title.get(lang) for f in desk.archive_missing(case.id))
        rows.append(
            {
                "id": case.id,
                "number": case.archive_code,
                "client": line.client_name,
                "status": service_status_label(case.status, lang),
                "closed_on": case.closed_on,
                "missing": missing,
                "originals": "" if case.originals_handed_on else quarter_end(case.closed_on) if case.closed_on else "",
            }
        )
    return rows


def task_rows(desk: Desk, lang: str, words: dict[str, str]) -> list[dict[str, Any]]:
    """My tasks as the domain works them out, plus forms whose unsaved typing was kept; the files they are
    about are named from one lookup of those files only."""
    tasks = desk.tasks()
    kept = {d.record_id for d in desk.drafts()}
    names = desk.names(
        cases=[t.case_id for t in tasks if t.case_id],
        groups=[t.group_id for t in tasks if t.group_id],
        records=[t.record_id for t in tasks if t.record_id] + list(kept),
    )
    rows, seen = [], set()
    for task in tasks:
        record = names.records.get(task.record_id) if task.record_id else None
        group_id = task.group_id or (record[2] if record else None)
        case = names.cases.get(task.case_id) if task.case_id else None
        if case:
            about = f"{case[0] or ''} {names.clients.get(case[1], '')}"
        elif group_id in names.groups:
            code, name = names.groups[group_id]
            about = f"{code or ''} {name}"
        else:
            about = ""
        form = desk.registry.get(task.form_id).title.get(lang) if task.form_id in desk.registry else ""
        flag = " ⚠" if task.risk in ("high", "imminent") else ""
        due = f"{task.due or ''}" + (words["overdue"] if task.overdue else "")
        target = (
            ("confirm" if task.kind == "confirm" else "record", task.record_id)
            if task.record_id
            else ("group", task.group_id)
            if task.group_id
            else ("case", task.case_id)
        )
        seen.add(task.record_id)
        rows.append({"id": target, "task": task.label(lang) + flag, "form": form, "due": due, "about": about.strip()})
    for record_id in kept - seen:
        form_id = names.records[record_id][0] if record_id in names.records else None
        rows.append(
            {
                "id": ("record", record_id),
                "task": words["unsaved"],
                "form": desk.registry.get(form_id).title.get(lang) if form_id in desk.registry else "",
                "due": "",
                "about": "",
            }
        )
    return rows
