"""What a case window and a group window show, each read in one call on the worker thread (the window
fills its widgets from it on the UI thread)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from desktop.workflow.case_rules import sessions_needed, sessions_short
from desktop.workflow.thresholds import standards
from desktop.workspace import Desk


@dataclass(frozen=True)
class Sharing:
    accounts: list[Any]  # names, and whom the file may be opened to
    shared: list[uuid.UUID]  # accounts it is open to now
    may_share: bool


@dataclass(frozen=True)
class CaseScreen:
    case: Any
    client: Any
    sessions_short: int  # session records still needed (the domain's rule)
    sessions_needed: int  # session records a case of its type needs (the domain's rule)
    archive_missing: list[str]
    tasks: list[Any]  # what is due on this case
    records: list[Any]
    timeline: list[Any]
    sharing: Sharing


@dataclass(frozen=True)
class GroupScreen:
    group: Any
    standards: dict[str, int | None]
    archive_missing: list[str]
    tasks: list[Any]
    records: list[Any]
    sharing: Sharing


def read_sharing(desk: Desk, kind: str, target_id: uuid.UUID) -> Sharing:
    return Sharing(
        accounts=list(desk.accounts()),
        shared=[s.account_id for s in desk.shares(kind, target_id)],
        may_share=desk.may_share(kind, target_id),
    )


def read_case(desk: Desk, case_id: uuid.UUID) -> CaseScreen:
    case = desk.case(case_id)
    return CaseScreen(
        case=case,
        client=desk.client(case.client_id),
        sessions_short=sessions_short(case.case_type, desk.sessions_held(case_id)),
        sessions_needed=sessions_needed(case.case_type),
        archive_missing=desk.archive_missing(case_id),
        tasks=[t for t in desk.tasks() if t.case_id == case_id and t.due],
        records=list(desk.records(case_id=case_id)),
        timeline=list(desk.case_timeline(case_id)),
        sharing=read_sharing(desk, "case", case_id),
    )


def read_group(desk: Desk, group_id: uuid.UUID) -> GroupScreen:
    group = desk.group(group_id)
    return GroupScreen(
        group=group,
        standards=standards(group.domain, desk.setting("group.standards")),
        archive_missing=desk.group_archive_missing(group_id),
        tasks=[t for t in desk.tasks() if t.group_id == group_id and t.due],
        records=list(desk.records(group_id=group_id)),
        sharing=read_sharing(desk, "group", group_id),
    )
