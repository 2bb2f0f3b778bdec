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


def matches(query: str, *texts: str | None) -> bool:
    """Search by archive number (any part, any case) or name."""
    query = query.strip().upper()
    return not query or any(query in (t or "").upper() for t in texts)


def record_rows(desk: Desk, lang: str, words: dict[str, str], records: list[Any]) -> list[dict[str, Any]]:
    kept = {d.record_id for d in desk.drafts()}
    unsaved = words["unsaved"]
    clients = {c.id: c.name for c in desk.clients()}
    groups = {g.id: g.name for g in desk.groups()}
    rows = []
    for r in records:
        form = desk.registry.get(r.form_id) if r.form_id in desk.registry else None
        about = clients.get(r.client_id) or groups.get(r.group_id) or ""
        rows.append(
            {
                "id": r.id,
                "form": form.title.get(lang) if form else r.form_id,
                "status": status_label(r.status, lang)
                + (f" · {role_label(r.pending_role, lang)}" if r.pending_role else "")
                + (f" · {unsaved}" if r.id in kept else ""),
                "date": r.service_date or r.created_at.date(),
                "about": about,
            }
        )
    return rows


def client_rows(desk: Desk, lang: str, query: str) -> list[dict[str, Any]]:
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
        for c in desk.clients(query)
    ]


def case_rows(desk: Desk, lang: str, words: dict[str, str], query: str = "") -> list[dict[str, Any]]:
    clients = {c.id: c.name for c in desk.clients()}
    pending = words["pending"]
    return [
        {
            "id": c.id,
            "number": c.archive_code or pending,
            "client": clients.get(c.client_id),
            "case_type": _opt(desk, lang, "case_type", c.case_type),
            "domain": _opt(desk, lang, "domain", c.domain),
            "status": service_status_label(c.status, lang),
            "risk": ("⚠ " + _opt(desk, lang, "risk_level", c.risk_level)) if is_flagged(c.risk_level) else "",
            "opened_on": c.opened_on,
        }
        for c in desk.cases()
        if matches(query, c.archive_code, clients.get(c.client_id))
    ]


def group_rows(desk: Desk, lang: str, words: dict[str, str], query: str = "") -> list[dict[str, Any]]:
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
        for g in desk.groups()
        if matches(query, g.archive_code, g.name)
    ]


def archive_rows(desk: Desk, lang: str) -> list[dict[str, Any]]:
    clients = {c.id: c.name for c in desk.clients()}
    rows = []
    for case in desk.cases():
        if case.status not in ("closed", "archived"):
            continue
        if case.status == "archived" and case.originals_handed_on is not None:
            continue
        missing = "、".join(desk.registry.get(f).title.get(lang) for f in desk.archive_missing(case.id))
        rows.append(
            {
                "id": case.id,
                "number": case.archive_code,
                "client": clients.get(case.client_id),
                "status": service_status_label(case.status, lang),
                "closed_on": case.closed_on,
                "missing": missing if case.status == "closed" else "",
                "originals": "" if case.originals_handed_on else quarter_end(case.closed_on) if case.closed_on else "",
            }
        )
    return rows
