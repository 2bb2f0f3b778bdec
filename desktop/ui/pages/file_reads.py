"""What a case window and a group window show, each read in one call on the worker thread (the window
fills its widgets from it on the UI thread): the domain's summary of the file (``Desk.case_summary`` /
``group_summary``: state, what is due, what the archive lacks, what the person may do), plus the window's
own extras (a case's timeline, whom the file is shared with)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from desktop.workspace import Desk
from desktop.workspace.summary_ops import CaseSummary, GroupSummary


@dataclass(frozen=True)
class Sharing:
    accounts: list[Any]  # names, and whom the file may be opened to
    shared: list[uuid.UUID]  # accounts it is open to now
    may_share: bool


@dataclass(frozen=True)
class CaseScreen:
    summary: CaseSummary
    timeline: list[Any]
    sharing: Sharing


@dataclass(frozen=True)
class GroupScreen:
    summary: GroupSummary
    sharing: Sharing


def read_sharing(desk: Desk, kind: str, target_id: uuid.UUID, may_share: bool) -> Sharing:
    return Sharing(
        accounts=list(desk.accounts()),
        shared=[s.account_id for s in desk.shares(kind, target_id)],
        may_share=may_share,
    )


def read_case(desk: Desk, case_id: uuid.UUID) -> CaseScreen:
    summary = desk.case_summary(case_id)
    return CaseScreen(
        summary=summary,
        timeline=list(desk.case_timeline(case_id)),
        sharing=read_sharing(desk, "case", case_id, "share" in summary.actions),
    )


def read_group(desk: Desk, group_id: uuid.UUID) -> GroupScreen:
    summary = desk.group_summary(group_id)
    return GroupScreen(summary=summary, sharing=read_sharing(desk, "group", group_id, "share" in summary.actions))
