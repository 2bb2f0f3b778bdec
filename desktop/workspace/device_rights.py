"""What a device's bundle may change at the hub: every row by the right of the people enrolled on that
device, under the rules the window and the command line go through (docs/security.md, "A laptop is
trusted for what its people may do"; docs/rules.md, "Bundles from a device").

The hub asks this judge about each row of a device's bundle that would change something, before the
row is written, and once more when all of the bundle's rows are in place, before anything commits:

- who did it: every account a row names as the one who made it (author, reviewer, recorder, whoever
  captured a signature or gave a share, the audit log's account) is a person enrolled on the device,
  or, for authorship only, an account the device itself brought when a standalone joined (those arrive
  disabled at the hub and grant nothing);
- what they may do: a new owner needs someone allowed to reassign; a form's content changes only in its
  owner's hands; voiding another's record needs the right to void others'; a decision needs the
  reviewer's role at that step of the form's chain, never on their own work (``decide``'s checks); a
  share needs the owner, their supervisor or the agency's leadership (``may_share``); a device's audit
  rows extend that device's own chain; rows written once (revisions, comments, signatures, attachments,
  numbers) are never changed;
- where: a new row hangs only on cases, groups, records, clients and households within the view of the
  person who made it, and a changed row is either one the hub sent to that device or one within its
  people's view: the same SQL predicates every list and every read uses (``Visible``).

A row that fails refuses the whole bundle (B031, naming its table and the rule); nothing is written."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.forms.registry import Registry
from desktop.models import (
    Account,
    AuditEntry,
    Case,
    Client,
    FormRecord,
    FormRevision,
    Household,
    HouseholdMember,
    ServiceGroup,
    SyncBase,
    SyncPeer,
)
from desktop.sync.rows import BOOKKEEPING, DOWN_ONLY, FORM_CONTENT, FORM_STATE, SPECS, key_text
from desktop.workflow.permissions import Action, allowed, may_fill_step
from desktop.workflow.record_states import RecordStatus
from desktop.workflow.text_limits import check_fields
from desktop.workflow.visibility import Scope, decides_for, may_share, scope_for
from desktop.workspace.record_ops import own_work
from desktop.workspace.visible import Visible, account_scope, station_has_supervisor

CHUNK = 500


@dataclass(frozen=True)
class RowRule:
    """How one table's rows are judged."""

    actors: tuple[str, ...] = ()  # columns naming who made the row
    owner: str | None = None  # the column naming whose work it is
    parents: tuple[tuple[str, str], ...] = ()  # (column, view kind): what a new row hangs on
    view: str | None = None  # the row's own view kind, for a changed row the hub never sent


RULES: dict[str, RowRule] = {
    "household": RowRule(("author_id",), "owner_id", view="household"),
    "client": RowRule(("author_id",), "owner_id", (("household_id", "household"),), "client"),
    "household_member": RowRule((), None, (("household_id", "household"), ("client_id", "client")), "member"),
    "case_file": RowRule(("author_id",), "owner_id", (("client_id", "client"), ("household_id", "household")), "case"),
    "service_group": RowRule(("author_id",), "owner_id", (), "group"),
    "share": RowRule(("granted_by",)),
    "form_record": RowRule(
        ("author_id",),
        "owner_id",
        (("case_id", "case_open"), ("group_id", "group_open"), ("client_id", "client"), ("household_id", "household")),
        "record",
    ),
    "form_revision": RowRule(("author_id",), None, (("record_id", "record"),)),
    "attachment": RowRule(
        ("author_id",),
        None,
        (("record_id", "record"), ("case_id", "case_open"), ("group_id", "group_open"), ("client_id", "client")),
    ),
    "decision": RowRule(),  # its reviewer and recorder: ``_decision``
    "comment": RowRule(("author_id",), None, (("record_id", "record"),)),
    "signature": RowRule(("captured_by_id",), None, (("record_id", "record"),)),
    "issued_number": RowRule((), None, (("case_id", "case"), ("group_id", "group"), ("record_id", "record"))),
    "audit_entry": RowRule(("account_id",)),
}

# Tables of what a person types, by the kind ``check_fields`` bounds.
TYPED = {"client": "client", "household": "household", "household_member": "member", "service_group": "group"}

# View kinds: the model and the ``Visible`` predicate that says who sees it.
KINDS: dict[str, tuple[Any, str]] = {
    "household": (Household, "household"),
    "client": (Client, "client"),
    "member": (HouseholdMember, "household_member"),
    "case": (Case, "case"),
    "case_open": (Case, "case_open"),
    "group": (ServiceGroup, "group"),
    "group_open": (ServiceGroup, "group_open"),
    "record": (FormRecord, "record"),
}

TABLE_WORDS: dict[str, tuple[str, str]] = {
    "destroyed_item": ("销毁记录", "destruction record"),
    "audit_anchor": ("日志起点", "audit anchor"),
    "household": ("家庭", "household"),
    "client": ("服务对象", "client"),
    "household_member": ("家庭成员", "household member"),
    "case_file": ("个案", "case"),
    "service_group": ("小组/活动", "group or activity"),
    "share": ("共享", "share"),
    "form_record": ("表单", "form"),
    "form_revision": ("表单修订", "form revision"),
    "attachment": ("附件", "attachment"),
    "decision": ("审批意见", "decision"),
    "comment": ("意见", "comment"),
    "signature": ("签名", "signature"),
    "issued_number": ("档案编号", "archive number"),
    "audit_entry": ("操作日志", "audit log entry"),
}

RULE_WORDS: dict[str, tuple[str, str]] = {
    "hub_only": ("只有督导中心能发出", "only a hub sends it"),
    "not_enrolled": ("经手人不是在这台设备上工作的人", "it names someone who does not work on this device"),
    "reassign": ("变更负责人须由有此权限的人进行", "a new owner needs someone allowed to reassign"),
    "owner_edits": ("表单内容只能由负责的社工修改", "only the owning worker changes a form's content"),
    "form_state": ("表单状态只能由负责社工或审批人改变", "a form's state changes only by its owner or a reviewer"),
    "void_others": ("作废他人的记录须由有此权限的人进行", "voiding another's record needs someone allowed to"),
    "written_once": ("这类内容写下后不能更改", "it is written once and never changed"),
    "review": ("审批人无权审批这一步", "the reviewer may not decide this step"),
    "own_work": ("不能审批自己的工作", "nobody approves their own work"),
    "share": (
        "只有负责社工、其督导或机构负责人可以共享",
        "only the owner, their supervisor or the agency's leadership shares",
    ),
    "audit_chain": ("操作日志只能接续这台设备自己的记录", "a device's log rows extend that device's own log only"),
    "out_of_view": (
        "所属的个案、小组、表单或服务对象不在此人的查看范围内",
        "what it belongs to is outside that person's view",
    ),
}


def refusal(table: str, rule: str) -> CaseDeskError:
    zh, en = TABLE_WORDS.get(table, (table, table))
    rule_zh, rule_en = RULE_WORDS[rule]
    return CaseDeskError("B031", table=zh, table_en=en, rule=rule_zh, rule_en=rule_en)


class DeviceRights:
    """The judge for one device's bundle, inside the import's transaction at the hub."""

    def __init__(self, s: Session, peer: SyncPeer, registry: Registry, hub_id: str) -> None:
        self.s, self.peer, self.registry, self.hub_id = s, peer, registry, hub_id
        self.accounts = {a.id.hex: a for a in s.scalars(select(Account))}
        enrolled = set(peer.users or [])
        self.people = {key for key, a in self.accounts.items() if a.username in enrolled and a.active}
        # Accounts a joining standalone brought (they arrived disabled): authors of its history, no more.
        brought = set(s.scalars(select(SyncBase.row_key).where(SyncBase.peer_id == peer.id, SyncBase.tbl == "account")))
        self.brought = {key for key in brought - self.people if key in self.accounts and not self.accounts[key].active}
        # Someone disabled at the hub worked on until her laptop heard: what she did then still goes up.
        disabled = {key for key, a in self.accounts.items() if a.username in enrolled and not a.active}
        self.authors = self.people | self.brought | disabled
        self.pending: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
        self._scopes: dict[str, Scope] = {}
        self._chains: dict[str, bool] = {}  # audit chains this device may extend

    # -- each row, before it is written ---------------------------------------------------------------
    def row(self, table: str, incoming: dict[str, Any], local: dict[str, Any] | None, sent: bool) -> None:
        """``incoming``: the device's row in the store's form; ``local``: the hub's, or None for a new row;
        ``sent``: the hub sent this row to the device (it held it)."""
        if table in DOWN_ONLY:
            raise refusal(table, "hub_only")
        rule = RULES[table]
        before = self._before(table, local, sent)
        changed = _changed(incoming, before)
        if table == "audit_entry":
            self._audit(incoming)
        elif table == "decision":
            self._decision(incoming, local, changed)
        elif table == "share":
            self._share(incoming, local, changed)
        elif SPECS[table].immutable and local is not None and changed:
            raise refusal(table, "written_once")
        # A joined standalone's earlier log names its own accounts of then (ids the hub never had), never the
        # hub's people.
        earlier_log = table == "audit_entry" and incoming["workspace"] != self.peer.id
        for column in rule.actors:
            named = incoming[column]
            stranger = named is not None and named not in self.authors and (not earlier_log or named in self.accounts)
            if column in changed and stranger:
                raise refusal(table, "not_enrolled")
        if rule.owner is not None:
            self._owner(table, incoming[rule.owner], local, rule.owner in changed)
        if table == "form_record" and before is not None:
            self._form_changes(incoming, before, changed)
        if table in TYPED:  # what a person types at the window, bounded the same way (P004, P005)
            check_fields(TYPED[table], {c: incoming[c] for c in changed})
        self._where(table, rule, incoming, local, sent)

    def _before(self, table: str, local: dict[str, Any] | None, sent: bool) -> dict[str, Any] | None:
        """What the device started from: the copy the hub sent it, else the hub's row (None: a new row)."""
        if local is None:
            return None
        if sent and not SPECS[table].immutable:
            key = "|".join(str(local[c.name]) for c in SPECS[table].table.primary_key.columns)
            base = self.s.get(SyncBase, (self.peer.id, table, key))
            if base is not None and base.data:
                return dict(base.data)
        return local

    def _where(self, table: str, rule: RowRule, row: dict[str, Any], local: dict[str, Any] | None, sent: bool) -> None:
        if local is None:
            actor = next((row[c] for c in rule.actors if row[c] is not None), None)
            if actor is None and rule.owner is not None:
                actor = row[rule.owner]
            for column, kind in rule.parents:
                if row[column] is not None:
                    self.pending[(table, kind, actor)].add(row[column])
        elif not sent and rule.view is not None:
            self.pending[(table, rule.view, None)].add(row["id"])

    def _owner(self, table: str, owner: str | None, local: dict[str, Any] | None, changed: bool) -> None:
        if local is None and (owner is None or owner in self.authors):
            return
        if local is not None and not changed:
            return
        new_owner = self.accounts.get(owner) if owner else None
        if new_owner is None or not new_owner.active or not self._anyone(Action.REASSIGN):
            raise refusal(table, "reassign")

    def _form_changes(self, row: dict[str, Any], before: dict[str, Any], changed: set[str]) -> None:
        owned_here = bool({row["owner_id"], before.get("owner_id")} & self.authors)
        if changed & set(FORM_CONTENT) and not owned_here:
            raise refusal("form_record", "owner_edits")
        if changed & set(FORM_STATE) and not owned_here:
            if row["status"] == RecordStatus.VOID:
                if not self._anyone(Action.VOID_OTHERS):
                    raise refusal("form_record", "void_others")
            elif not self._anyone(Action.REVIEW):
                raise refusal("form_record", "form_state")

    def _audit(self, row: dict[str, Any]) -> None:
        """A device's rows extend its own chain: the one under its id, or the one it kept under an earlier id
        (a standalone that joined) — never the hub's, another device's, or a chain another sent."""
        chain = row["workspace"]
        if chain not in self._chains:
            self._chains[chain] = chain == self.peer.id or self._earlier_identity(chain)
        if not self._chains[chain]:
            raise refusal("audit_entry", "audit_chain")

    def _earlier_identity(self, chain: str) -> bool:
        """Only while joining: until the hub has imported a first bundle from the device, which carries the
        standalone's whole earlier log (its id changed at the join, so that log never grows again)."""
        if self.peer.received_seq > 0 or chain == self.hub_id or self.s.get(SyncPeer, chain) is not None:
            return False
        from_here = select(SyncBase.row_key).where(
            SyncBase.peer_id == self.peer.id,
            SyncBase.tbl == "audit_entry",
            SyncBase.row_key == key_text(AuditEntry.id, self.s.get_bind().dialect.name),
        )
        sent_by_another = select(AuditEntry.id).where(AuditEntry.workspace == chain, ~from_here.exists())
        return self.s.scalars(sent_by_another.limit(1)).first() is None

    def _share(self, row: dict[str, Any], local: dict[str, Any] | None, changed: set[str]) -> None:
        if local is not None:  # only stopping a share travels after it is given
            if changed - {"revoked_at"} or local["revoked_at"] is not None:
                raise refusal("share", "written_once")
            if not any(self._may_share(person, row) for person in self.people):
                raise refusal("share", "share")
            return
        grantee = self.accounts.get(row["account_id"])
        if row["granted_by"] not in self.people:
            raise refusal("share", "not_enrolled")
        if grantee is None or not grantee.active or not self._may_share(row["granted_by"], row):
            raise refusal("share", "share")

    def _may_share(self, person: str, row: dict[str, Any]) -> bool:
        target: Case | ServiceGroup | None = None
        if row["target_kind"] == "case":
            target = self.s.get(Case, uuid.UUID(row["target_id"]), populate_existing=True)
        elif row["target_kind"] == "group":
            target = self.s.get(ServiceGroup, uuid.UUID(row["target_id"]), populate_existing=True)
        if target is None:
            return False
        owner = self.accounts.get(target.owner_id.hex) if target.owner_id else None
        return may_share(self._scope(person), target.owner_id, owner.supervisor_id if owner else None)

    def _decision(self, row: dict[str, Any], local: dict[str, Any] | None, changed: set[str]) -> None:
        if local is not None:  # only the reviewer's confirmation of a paper or phone decision
            if changed - {"confirmed_at"} or local["confirmed_at"] is not None:
                raise refusal("decision", "written_once")
            if row["reviewer_id"] not in self.people:
                raise refusal("decision", "not_enrolled")
            return
        paper = row["channel"] != "app"
        maker = row["recorded_by_id"] if paper else row["reviewer_id"]
        if maker not in self.people or (not paper and row["recorded_by_id"] is not None):
            raise refusal("decision", "not_enrolled")
        if paper and row["confirmed_at"] is not None and row["reviewer_id"] not in self.people:
            raise refusal("decision", "not_enrolled")  # only the reviewer confirms, in their own name
        record = self.s.get(FormRecord, uuid.UUID(row["record_id"]), populate_existing=True)
        revision = self.s.get(FormRevision, uuid.UUID(row["revision_id"]), populate_existing=True)
        if revision is None and record is not None:
            return  # on a revision kept beside a conflict: history only, it never counts as an approval
        if record is None or revision is None or revision.record_id != record.id:
            raise refusal("decision", "review")
        if paper and (record.owner_id is None or record.owner_id.hex != maker):
            raise refusal("decision", "not_enrolled")  # a worker records what was said about their own form
        self._check_reviewer(row, record, revision)

    def _check_reviewer(self, row: dict[str, Any], record: FormRecord, revision: FormRevision) -> None:
        """The checks ``decide`` makes of a reviewer, on the decision as the device wrote it."""
        reviewer = self.accounts.get(row["reviewer_id"])
        chain = self.registry.get(record.form_id).approval if record.form_id in self.registry else ()
        step = row["step"]
        if (
            reviewer is None
            or not reviewer.active
            or not allowed(reviewer.roles, Action.REVIEW)
            or revision.content_hash != row["content_hash"]
            or not 0 <= step < len(chain)
            or chain[step] != row["role"]
        ):
            raise refusal("decision", "review")
        owner = self.accounts.get(record.owner_id.hex) if record.owner_id else None
        station = owner.station_id if owner else None
        has_supervisor = station_has_supervisor(self.s, station)
        fills = may_fill_step(row["role"], reviewer.roles, station_has_supervisor=has_supervisor)
        supervisor = owner.supervisor_id if owner else None
        if not fills or not decides_for(self._scope(reviewer.id.hex), row["role"], supervisor):
            raise refusal("decision", "review")
        if reviewer.id in own_work(self.s, record, revision):
            raise refusal("decision", "own_work")

    # -- once the bundle's rows are in place ----------------------------------------------------------
    def finish(self) -> None:
        """Every new row hangs on what its maker sees; every changed row the hub never sent lies within the
        device's people's view: checked in SQL, after the bundle's own rows are written (a new case and
        the forms inside it arrive together), before the transaction commits."""
        for (table, kind, actor), keys in self.pending.items():
            model, predicate = KINDS[kind]
            people = [actor] if actor is not None else sorted(self.authors)
            where = or_(*(getattr(Visible(self._scope(p), self.registry), predicate)() for p in people))
            ids = sorted(keys)
            for start in range(0, len(ids), CHUNK):
                chunk = [uuid.UUID(k) for k in ids[start : start + CHUNK]]
                found = {i.hex for i in self.s.scalars(select(model.id).where(model.id.in_(chunk), where))}
                if found != {k.hex for k in chunk} and not self._held(
                    model.__tablename__, {k.hex for k in chunk} - found
                ):
                    raise refusal(table, "out_of_view")

    def _held(self, table: str, keys: set[str]) -> bool:
        """Rows the hub sent to this device: a change made there before it heard that a case moved on (to
        another worker, out of a share) arrives as any other, and merges or waits beside as a conflict."""
        query = select(SyncBase.row_key).where(
            SyncBase.peer_id == self.peer.id, SyncBase.tbl == table, SyncBase.row_key.in_(sorted(keys))
        )
        return set(self.s.scalars(query)) == keys

    # -- helpers -----------------------------------------------------------------------------------------
    def _scope(self, person: str) -> Scope:
        """The view of one of the device's people; an account a joining standalone brought sees only its own."""
        if person not in self._scopes:
            account = self.accounts.get(person)
            if account is None:
                self._scopes[person] = scope_for(uuid.UUID(person), [])
            elif person in self.people:
                self._scopes[person] = account_scope(self.s, account)
            else:
                self._scopes[person] = scope_for(account.id, ["worker"])
        return self._scopes[person]

    def _anyone(self, action: Action) -> bool:
        return any(allowed(self.accounts[p].roles or [], action) for p in self.people)


def _changed(incoming: dict[str, Any], before: dict[str, Any] | None) -> set[str]:
    """The columns the device set or changed (every column of a new row). A column the remembered copy
    leaves out (a form's content) is stood for by another (its content hash)."""
    if before is None:
        return set(incoming)
    return {c for c, v in incoming.items() if c not in BOOKKEEPING and c in before and v != before[c]}
