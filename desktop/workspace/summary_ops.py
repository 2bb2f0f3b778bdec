"""A case's and a group's summary: where the file stands, what is due next, what its archive lacks and what the
signed-in person may do with it now. One reading serves the case window, the group window and ``casedesk
cases show``/``groups show``, so the rules behind a button or a line of text are the domain's, stated once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.models import CaseStatus, GroupStatus
from desktop.workflow import case_rules
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.thresholds import standards
from desktop.workspace.access_ops import AccessService
from desktop.workspace.core import Core
from desktop.workspace.peers import RecordWork
from desktop.workspace.views import CaseView, ClientView, GroupView

# The states in which a file's archive set is being completed: what it lacks is worth saying then.
CASE_ARCHIVING = (CaseStatus.CLOSING, CaseStatus.CLOSED)
GROUP_ARCHIVING = (GroupStatus.REPORTING, GroupStatus.CLOSED)
# Session records count towards the minimum while the case is served.
CASE_SERVED = (CaseStatus.OPEN, CaseStatus.CLOSING)


class PeopleReader(Protocol):
    def case(self, case_id: uuid.UUID) -> CaseView: ...
    def client(self, client_id: uuid.UUID) -> ClientView: ...
    def group(self, group_id: uuid.UUID) -> GroupView: ...


class CaseReader(Protocol):
    def sessions_held(self, case_id: uuid.UUID) -> int: ...
    def archive_missing(self, case_id: uuid.UUID) -> list[str]: ...


class GroupReader(Protocol):
    def group_archive_missing(self, group_id: uuid.UUID) -> list[str]: ...


class TaskReader(Protocol):
    def tasks(self) -> list[Any]: ...


@dataclass(frozen=True)
class CaseSummary:
    case: CaseView
    client: ClientView
    sessions_held: int
    sessions_short: int  # session records still needed while the case is served; 0 otherwise
    sessions_needed: int  # session records a case of its type needs
    archive_missing: list[str]  # form ids, each naming a slot of the archive set with nothing approved
    archive_pending: bool  # the archive set is being completed now (closing or closed)
    due: list[Any]  # this case's tasks with a date, from My tasks
    records: list[Any]
    actions: frozenset[str]  # see ``case_actions``


@dataclass(frozen=True)
class GroupSummary:
    group: GroupView
    standards: dict[str, int | None]  # the domain's standards with the agency's own
    archive_missing: list[str]
    archive_pending: bool
    due: list[Any]
    records: list[Any]
    actions: frozenset[str]  # see ``group_actions``


def case_actions(case: CaseView, me: uuid.UUID, roles: list[str], may_share: bool) -> frozenset[str]:
    """What the person may do with the case now: a window shows a button for each, the command line lists them."""
    acts = {"new_form", "print_bag", "share_anonymised"}
    if case.status == CaseStatus.CLOSED:
        acts.add("archive")
    if case.approval_owed and case.owner_id != me and allowed(roles, Action.REVIEW):
        acts.add("confirm_hotline")
    if case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) and case.originals_handed_on is None:
        acts.add("hand_over_originals")
    if allowed(roles, Action.REASSIGN):
        acts.add("reassign")
    if may_share:
        acts.add("share")
    return frozenset(acts)


def group_actions(group: GroupView, may_share: bool) -> frozenset[str]:
    acts = {"new_form", "print_bag"}
    if group.status == GroupStatus.CLOSED:
        acts.add("archive")
    if may_share:
        acts.add("share")
    return frozenset(acts)


class SummaryService:
    """Case and group summaries. Needs: the core (account, roles, settings), access (sharing), the people
    (the case, its client, the group), the case and group work (sessions, archive sets), the records and
    the task list."""

    def __init__(
        self,
        core: Core,
        access: AccessService,
        people: PeopleReader,
        case_work: CaseReader,
        group_work: GroupReader,
        records: RecordWork,
        task_list: TaskReader,
    ) -> None:
        self.core, self.access, self.people = core, access, people
        self.case_work, self.group_work, self.records, self.task_list = case_work, group_work, records, task_list

    def case_summary(self, case_id: uuid.UUID) -> CaseSummary:
        with self.core.session():
            case = self.people.case(case_id)
            held = self.case_work.sessions_held(case_id)
            short = case_rules.sessions_short(case.case_type, held) if case.status in CASE_SERVED else 0
            may_share = self.access.may_share("case", case_id)
            return CaseSummary(
                case=case,
                client=self.people.client(case.client_id),
                sessions_held=held,
                sessions_short=short,
                sessions_needed=case_rules.sessions_needed(case.case_type),
                archive_missing=self.case_work.archive_missing(case_id),
                archive_pending=case.status in CASE_ARCHIVING,
                due=[t for t in self.task_list.tasks() if t.case_id == case_id and t.due],
                records=list(self.records.records(case_id=case_id)),
                actions=case_actions(case, self.core.account_id, self.core.roles, may_share),
            )

    def group_summary(self, group_id: uuid.UUID) -> GroupSummary:
        with self.core.session():
            group = self.people.group(group_id)
            return GroupSummary(
                group=group,
                standards=standards(group.domain, self.core.setting("group.standards")),
                archive_missing=self.group_work.group_archive_missing(group_id),
                archive_pending=group.status in GROUP_ARCHIVING,
                due=[t for t in self.task_list.tasks() if t.group_id == group_id and t.due],
                records=list(self.records.records(group_id=group_id)),
                actions=group_actions(group, self.access.may_share("group", group_id)),
            )
