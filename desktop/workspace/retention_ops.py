"""Retention on the Desk (保存期限与销毁): what has passed its period as of a day, and its destruction by
the agency head — the case or group with everything in it, the client and household once nothing else of
theirs remains, audit entries past their own period, old backups — in one transaction, written to the
audit log by archive number and counts only, with a destruction list (销毁清单) for the paper archive.

A destruction reaches the field devices through sync (the destroyed items travel down; a device deletes
what they name) and never comes back (the hub drops rows that arrive later for a destroyed id). The rules
of the periods are in ``desktop.workflow.retention``; erasing rows is ``desktop.workspace.erasure``."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.errors import CaseDeskError
from desktop.files.atomic import write_bytes_atomic
from desktop.models import (
    Agency,
    Attachment,
    AuditEntry,
    Case,
    Client,
    DestroyedItem,
    FormRecord,
    Household,
    ServiceGroup,
    SyncPeer,
    utcnow,
)
from desktop.workflow import retention
from desktop.workflow.permissions import Action
from desktop.workspace import erasure
from desktop.workspace.attachment_ops import AttachmentService
from desktop.workspace.backups import PREFIX as BACKUP_PREFIX
from desktop.workspace.core import Core
from desktop.workspace.layout import Mode
from desktop.workspace.privacy_ops import GROUP_TABLE_ROLES, period_lengths

Progress = Callable[[int, int, str], None]
FILE_PERIODS = {"case": "case", "intake": "case", "group": "group", "activity": "group", "record": "record"}
TABLE_OF = {"case": "case_file", "group": "service_group", "record": "form_record"}


# Ten years of files are read in chunks: converting a whole result at once would keep the interpreter from the
# window's thread for a noticeable moment.
CHUNK = 1000


@dataclass(frozen=True)
class DueItem:
    """One line of the list of what has passed its retention period (no personal details)."""

    key: str  # "case:<id>", "group:<id>", "record:<id>", "audit:<workspace>", "backup:<file name>"
    period: str  # a key of retention.PERIODS
    label: str  # the archive number, a form's title, the log's name, a backup's file name
    starts: dt.date
    kept_until: dt.date
    records: int = 0  # form records in it (audit: entries)
    files: int = 0  # attachments
    label_en: str = ""  # the label in English, where it has words

    def label_in(self, lang: str) -> str:
        return self.label_en or self.label if lang == "en" else self.label


@dataclass
class Destruction:
    """What one destruction did: the list that prints as the 销毁清单."""

    path: Path
    as_of: dt.date
    reason: str
    by: str
    at: dt.datetime
    agency: str
    lines: list[dict[str, Any]] = field(default_factory=list)
    clients: int = 0
    households: int = 0
    audit_entries: int = 0
    backups: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files_removed: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "list": str(self.path),
            "agency": self.agency,
            "as_of": self.as_of.isoformat(),
            "reason": self.reason,
            "by": self.by,
            "at": self.at.isoformat(sep=" ", timespec="seconds"),
            "items": self.lines,
            "clients": self.clients,
            "households": self.households,
            "audit_entries": self.audit_entries,
            "backups": self.backups,
            "rows": self.rows,
            "files_removed": self.files_removed,
        }


class RetentionService:
    """What has passed its retention period, its destruction, and destructions carried by sync. Needs: the
    core and the attachment files (a destroyed file's, a viewer's decrypted copy)."""

    def __init__(self, core: Core, attachment_files: AttachmentService) -> None:
        self.core, self.files = core, attachment_files
        self._pending_files: set[str] = set()  # of what an import destroyed, removed once it committed

    # -- what is due -------------------------------------------------------------------------------
    def retention_lengths(self) -> dict[str, int]:
        """Each period's length as the agency's settings say (years; days for backups)."""
        with self.core.session() as s:
            return period_lengths(s)

    def retention_due(self, as_of: dt.date | None = None) -> list[DueItem]:
        """Everything past its period on ``as_of`` (today by default), oldest first. The agency head and
        the business lead see the whole agency's list."""
        self.core.require(Action.RETENTION)
        with self.core.session() as s:
            return [item for item, _ in self._due_in(s, as_of or self.core.today())]

    def _due_in(self, s: Session, as_of: dt.date) -> list[tuple[DueItem, dict[str, Any]]]:
        lengths = period_lengths(s)
        held: list[tuple[retention.Held, dict[str, Any]]] = []

        def due(period: str, starts: dt.date) -> bool:  # only what is due is kept while reading
            return retention.is_due(starts, period, lengths[period], as_of)

        held += self._held_cases(s, due)
        held += self._held_groups(s, due)
        held += self._held_records(s)
        held += self._held_audit(s, as_of, lengths["audit"])
        held += self._held_backups()
        extras = {h.key: extra for h, extra in held}
        out = []
        for d in retention.due([h for h, _ in held], lengths, as_of):
            extra = extras[d.item.key]
            item = DueItem(
                d.item.key, d.item.period, d.item.label, d.item.starts, d.kept_until,
                int(extra.get("records", 0)), int(extra.get("files", 0)), str(extra.get("label_en", "")),
            )  # fmt: skip
            out.append((item, extra))
        return out

    @staticmethod
    def _counts(s: Session, column: Any, model: Any) -> dict[uuid.UUID, int]:
        query = select(column, func.count(model.id)).where(column.is_not(None)).group_by(column)
        return {key: int(n) for key, n in s.execute(query)}

    @staticmethod
    def _per_file(model: Any, key: Any, file_column: Any, attachment_column: Any) -> Select:
        """Each case's (or group's) columns with its forms' last change, their count and its attachments,
        joined in SQL: ten years of files are read a row at a time, never held whole in maps."""
        forms = (
            select(file_column.label("key"), func.max(FormRecord.updated_at).label("last"), func.count().label("n"))
            .where(file_column.is_not(None))
            .group_by(file_column)
            .subquery()
        )
        files = (
            select(attachment_column.label("key"), func.count().label("n"))
            .where(attachment_column.is_not(None))
            .group_by(attachment_column)
            .subquery()
        )
        return (
            select(model, forms.c.last, forms.c.n.label("records"), files.c.n.label("files"))
            .outerjoin(forms, forms.c.key == key)
            .outerjoin(files, files.c.key == key)
        )

    def _held_cases(self, s: Session, due: Callable[[str, dt.date], bool]) -> list[tuple[retention.Held, dict]]:
        out = []
        columns = select(Case.id, Case.status, Case.closed_on, Case.archived_on, Case.archive_code, Case.created_at,
                         Case.updated_at).subquery()  # fmt: skip
        query = self._per_file(columns, columns.c.id, FormRecord.case_id, Attachment.case_id)
        for case in s.execute(query.order_by(columns.c.created_at).execution_options(yield_per=CHUNK)):
            last = max(case.updated_at, case.last or case.updated_at).date()
            found = retention.case_period(case.status, case.closed_on, case.archived_on, last)
            if found is None or not due(*found):
                continue
            period, starts = found
            label = case.archive_code or f"个案（未编号，{case.created_at:%Y-%m}）"
            extra = {"id": case.id, "code": case.archive_code, "records": case.records or 0,
                     "files": case.files or 0,
                     "label_en": case.archive_code or f"case (not numbered, {case.created_at:%Y-%m})"}  # fmt: skip
            out.append((retention.Held(period, f"case:{case.id}", label, starts), extra))
        return out

    def _held_groups(self, s: Session, due: Callable[[str, dt.date], bool]) -> list[tuple[retention.Held, dict]]:
        out = []
        columns = select(ServiceGroup.id, ServiceGroup.kind, ServiceGroup.status, ServiceGroup.closed_on,
                         ServiceGroup.archived_on, ServiceGroup.archive_code, ServiceGroup.created_at,
                         ServiceGroup.updated_at).subquery()  # fmt: skip
        query = self._per_file(columns, columns.c.id, FormRecord.group_id, Attachment.group_id)
        for group in s.execute(query.order_by(columns.c.created_at).execution_options(yield_per=CHUNK)):
            last = max(group.updated_at, group.last or group.updated_at).date()
            found = retention.group_period(group.kind, group.status, group.closed_on, group.archived_on, last)
            if found is None or not due(*found):
                continue
            period, starts = found
            label = group.archive_code or f"小组/活动（未编号，{group.created_at:%Y-%m}）"
            label_en = group.archive_code or f"group or activity (not numbered, {group.created_at:%Y-%m})"
            extra = {"id": group.id, "code": group.archive_code, "records": group.records or 0,
                     "files": group.files or 0, "label_en": label_en}  # fmt: skip
            out.append((retention.Held(period, f"group:{group.id}", label, starts), extra))
        return out

    def _held_records(self, s: Session) -> list[tuple[retention.Held, dict[str, Any]]]:
        """Service records filed on their own (not in a case or group): visits, elders' files, supervision."""
        files = self._counts(s, Attachment.record_id, Attachment)
        out = []
        # Only the columns the list needs: ten years of visits must not bring their content into memory.
        query = select(
            FormRecord.id,
            FormRecord.form_id,
            FormRecord.archive_code,
            FormRecord.service_date,
            FormRecord.created_at,
            FormRecord.updated_at,
        ).where(FormRecord.case_id.is_(None), FormRecord.group_id.is_(None))
        registry = self.core.registry
        for row in s.execute(query.order_by(FormRecord.created_at).execution_options(yield_per=CHUNK)):
            starts = retention.record_start(row.service_date, row.updated_at.date())
            form = registry.get(row.form_id) if row.form_id in registry else None
            month = f"{(row.service_date or row.created_at.date()):%Y-%m}"
            label = row.archive_code or f"{form.title.zh if form else row.form_id}（{month}）"
            label_en = row.archive_code or f"{form.title.en if form else row.form_id} ({month})"
            extra = {"id": row.id, "code": row.archive_code, "records": 1, "files": files.get(row.id, 0),
                     "label_en": label_en}  # fmt: skip
            out.append((retention.Held("record", f"record:{row.id}", label, starts), extra))
        return out

    def _held_audit(self, s: Session, as_of: dt.date, years: int) -> list[tuple[retention.Held, dict[str, Any]]]:
        """Per audit chain held here, its entries past their period: always a run from the chain's start."""
        bound = dt.datetime.combine(retention.add_years(as_of, -years) + dt.timedelta(days=2), dt.time())
        candidates = s.execute(
            select(AuditEntry.workspace, AuditEntry.seq, AuditEntry.at, AuditEntry.hash)
            .where(AuditEntry.at < bound, AuditEntry.seq.is_not(None))
            .order_by(AuditEntry.workspace, AuditEntry.seq)
        )
        last: dict[str, Any] = {}
        counts: dict[str, int] = {}
        for row in candidates:
            if retention.is_due(row.at.date(), "audit", years, as_of):
                last[row.workspace] = row
                counts[row.workspace] = counts.get(row.workspace, 0) + 1
        peers = {p.id: p.name for p in s.scalars(select(SyncPeer))}
        out = []
        for workspace, row in last.items():
            mine = workspace == self.core.info.workspace_id
            name = "本工作区" if mine else peers.get(workspace, workspace)
            label = f"操作日志：{name} 至第 {row.seq} 条"
            label_en = f"audit log of {'this workspace' if mine else name}, up to no. {row.seq}"
            extra = {"workspace": workspace, "through": row.seq, "hash": row.hash, "records": counts[workspace],
                     "label_en": label_en}  # fmt: skip
            out.append((retention.Held("audit", f"audit:{workspace}", label, row.at.date()), extra))
        return out

    def _held_backups(self) -> list[tuple[retention.Held, dict[str, Any]]]:
        """Every copy of the database in the backups folder: automatic, before an upgrade, set aside damaged."""
        folder = self.core.layout.backups
        if not folder.is_dir():
            return []
        out = []
        for path in sorted(folder.glob("*.db")):
            try:
                made = dt.datetime.strptime(path.stem.removeprefix(BACKUP_PREFIX), "%Y%m%d-%H%M%S-%f")
            except ValueError:
                made = dt.datetime.fromtimestamp(path.stat().st_mtime)
            held = retention.Held("backup", f"backup:{path.name}", path.name, made.date())
            out.append((held, {"path": path}))
        return out

    # -- destruction -------------------------------------------------------------------------------
    def destroy_due(
        self,
        as_of: dt.date,
        reason: str,
        out: Path,
        keys: list[str] | None = None,
        progress: Progress | None = None,
    ) -> Destruction:
        """Destroy what is due on ``as_of`` (or, with ``keys``, exactly those lines of the list the agency
        head confirmed: one that is no longer due refuses the whole destruction). All or nothing: the
        rows, the log entries and the list's PDF in one transaction; attachment files no other record
        uses and old backups are removed once it has committed."""
        self.core.require(Action.DESTROY)
        if self.core.info.mode == Mode.FIELD:
            raise CaseDeskError("V001")
        reason = (reason or "").strip()
        if not reason:
            raise CaseDeskError("V002")
        step = progress or (lambda done, total, label: None)
        out = Path(out)
        part = out.with_name(out.name + ".part")
        backups: list[Path] = []
        try:
            with self.core.session() as s:
                due = self._due_in(s, as_of)
                if keys is not None:
                    by_key = {item.key: (item, extra) for item, extra in due}
                    for key in keys:
                        if key not in by_key:
                            raise CaseDeskError("V003", label=key.split(":", 1)[-1])
                    due = [by_key[key] for key in dict.fromkeys(keys)]
                if not due:
                    raise CaseDeskError("V004", date=as_of.isoformat())
                agency = s.scalars(select(Agency)).first()
                by, name = self.core.account.display_name, agency.name if agency else ""
                result = Destruction(out, as_of, reason, by, utcnow(), name)
                erased = erasure.Erased()
                people: set[uuid.UUID] = set()
                homes: set[uuid.UUID] = set()
                total = len(due) + 2
                for index, (item, extra) in enumerate(due):
                    step(index, total, item.label)
                    if item.period in FILE_PERIODS:
                        line = self._destroy_file(s, item, extra, reason, erased, people, homes)
                    elif item.period == "audit":
                        line = self._destroy_audit(s, item, extra)
                        result.audit_entries += line["records"]
                    else:
                        backups.append(extra["path"])
                        self.core.audit(s, "destroy", "backup", item.label)
                        line = self._line(item, {})
                        result.backups += 1
                    result.lines.append(line)
                step(len(due), total, "")
                result.clients, result.households = self._destroy_people(s, people, homes, reason, erased)
                result.rows = dict(sorted(erased.rows.items()))
                step(len(due) + 1, total, "")
                from desktop.pdf.privacy import destruction_list_pdf

                buffer = io.BytesIO()
                destruction_list_pdf(result.as_json(), buffer)
                # Inside the transaction: no list, no destruction.
                write_bytes_atomic(part, buffer.getvalue())  # no folder there: W003, nothing destroyed
            part.replace(out)
        finally:
            with suppress(OSError):  # where no folder could be, there is nothing to remove
                part.unlink(missing_ok=True)
        result.files_removed = self._remove_unused_files(erased.files)
        for path in backups:
            for extra_file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                extra_file.unlink(missing_ok=True)
        self.files.clear_plain_copies()  # a viewer's decrypted copy of a destroyed scan
        step(total, total, "")
        return result

    @staticmethod
    def _line(item: DueItem, rows: dict[str, int], files: int = 0) -> dict[str, Any]:
        zh, en = retention.PERIODS[item.period][1:]
        return {
            "period": item.period,
            "period_zh": zh,
            "period_en": en,
            "label": item.label,
            "starts": item.starts.isoformat(),
            "kept_until": item.kept_until.isoformat(),
            "records": rows.get("form_record", item.records if item.period == "audit" else 0),
            "rows": sum(rows.values()) if rows else item.records,
            "files": files,
        }

    def _destroy_file(
        self,
        s: Session,
        item: DueItem,
        extra: dict[str, Any],
        reason: str,
        erased: erasure.Erased,
        people: set[uuid.UUID],
        homes: set[uuid.UUID],
    ) -> dict[str, Any]:
        kind = item.key.split(":", 1)[0]
        dead = erasure.closure(s, {TABLE_OF[kind]: {extra["id"]}})
        self._people_of(s, dead, people, homes)
        done = erasure.erase(s, dead)
        erased.add(done)
        code = extra.get("code")
        marks = [DestroyedItem(kind=kind, target_id=extra["id"], archive_code=code, reason=reason)]
        marks += [
            DestroyedItem(kind="record", target_id=r, archive_code=code, reason=reason)
            for r in dead.get("form_record", ())
            if r != extra["id"]
        ]
        for mark in marks:
            mark.destroyed_by = self.core.account.id
        s.add_all(marks)
        files = len(dead.get("attachment", ()))
        self.core.audit(s, "destroy", kind, extra["id"], archive_code=code, rows=done.rows, files=files)
        return self._line(item, done.rows, files)

    def _people_of(
        self, s: Session, dead: dict[str, set[uuid.UUID]], people: set[uuid.UUID], homes: set[uuid.UUID]
    ) -> None:
        """The clients and households the destroyed rows were about (decided once everything is erased)."""
        for table, model in (("case_file", Case), ("form_record", FormRecord)):
            for chunk in erasure._chunks(dead.get(table, ())):
                for client_id, household_id in s.execute(
                    select(model.client_id, model.household_id).where(model.id.in_(chunk))
                ):
                    people.update([client_id] if client_id else [])
                    homes.update([household_id] if household_id else [])
        for chunk in erasure._chunks(dead.get("attachment", ())):
            people.update(c for c in s.scalars(select(Attachment.client_id).where(Attachment.id.in_(chunk))) if c)
        for chunk in erasure._chunks(dead.get("form_record", ())):
            query = select(FormRecord.content).where(
                FormRecord.id.in_(chunk), FormRecord.form_id.in_(self.core.registry.forms_of(*GROUP_TABLE_ROLES))
            )
            for content in s.scalars(query):
                people.update(_linked_people(content))

    def _destroy_people(
        self, s: Session, people: set[uuid.UUID], homes: set[uuid.UUID], reason: str, erased: erasure.Erased
    ) -> tuple[int, int]:
        """The clients, then the households, that nothing kept refers to any more."""
        linked: set[uuid.UUID] = set()
        for content in s.scalars(
            select(FormRecord.content).where(FormRecord.form_id.in_(self.core.registry.forms_of(*GROUP_TABLE_ROLES)))
        ):
            linked |= _linked_people(content)
        clients = sorted(c for c in people if not self._client_kept(s, c, linked))
        for client_id in clients:
            household_id = s.scalar(select(Client.household_id).where(Client.id == client_id))
            homes.update([household_id] if household_id else [])
            self._destroy_one(s, "client", client_id, reason, erased)
        households = sorted(h for h in homes if not self._household_kept(s, h))
        for household_id in households:
            self._destroy_one(s, "household", household_id, reason, erased)
        return len(clients), len(households)

    def _destroy_one(self, s: Session, kind: str, target: uuid.UUID, reason: str, erased: erasure.Erased) -> None:
        done = erasure.erase(s, erasure.closure(s, {kind: {target}}))
        erased.add(done)
        s.add(DestroyedItem(kind=kind, target_id=target, reason=reason, destroyed_by=self.core.account.id))
        self.core.audit(s, "destroy", kind, target, rows=done.rows)

    @staticmethod
    def _client_kept(s: Session, client_id: uuid.UUID, linked: set[uuid.UUID]) -> bool:
        if client_id in linked:
            return True
        for model in (Case, FormRecord, Attachment):
            if s.scalar(select(model.id).where(model.client_id == client_id).limit(1)) is not None:
                return True
        return s.get(Client, client_id) is None  # already gone: nothing to do

    @staticmethod
    def _household_kept(s: Session, household_id: uuid.UUID) -> bool:
        for model in (Client, Case, FormRecord):
            if s.scalar(select(model.id).where(model.household_id == household_id).limit(1)) is not None:
                return True
        return s.get(Household, household_id) is None

    def _destroy_audit(self, s: Session, item: DueItem, extra: dict[str, Any]) -> dict[str, Any]:
        """The log says what it is about to lose first (so the chain never empties), then loses it."""
        workspace, through, digest = extra["workspace"], extra["through"], extra["hash"]
        count = s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.workspace == workspace, AuditEntry.seq <= through)
        )
        self.core.audit(
            s, "destroy", "audit_log", workspace, workspace=workspace, through=through, hash=digest, entries=count
        )
        erasure.prune_audit(s, workspace, through)
        return self._line(item, {"audit_entry": int(count or 0)})

    def _remove_unused_files(self, shas: set[str]) -> int:
        """Attachment files no row uses any more, removed once the transaction that freed them committed."""
        if not shas:
            return 0
        with self.core.session() as s:
            unused = erasure.unused_files(s, shas)
        for sha in unused:
            self.files.drop_attachment(sha)
        return len(unused)

    # -- sync ----------------------------------------------------------------------------------------
    def drop_destroyed_rows(self, s: Session, payload: dict[str, Any], entries: dict[str, bytes]) -> int:
        """At import, before anything is written: rows of files destroyed here are dropped (with their
        attachment files), so a laptop that had not heard of a destruction cannot bring a file back."""
        if self.core.info.mode != Mode.HUB:
            return 0  # a device takes what the hub sends, destructions included
        checked = payload["checked"]
        before = {a["sha256"] for a in checked.get("attachment", [])}
        dropped = erasure.drop_destroyed(s, checked)
        for name in list(payload["rows"]):
            payload["rows"][name] = checked.get(name, [])
        kept = {a["sha256"] for a in checked.get("attachment", [])}
        for sha in before - kept:
            entries.pop(f"files/{sha}", None)
        return dropped

    def take_destructions(self, s: Session, payload: dict[str, Any]) -> None:
        """At a device, before the hub's rows are applied: delete what the hub destroyed (named by the
        destroyed items arriving and those held), and the device's own log entries the hub anchored."""
        checked = payload["checked"]
        incoming = checked.get("destroyed_item") or []
        roots = erasure.present(s, erasure.destroyed_roots(s, incoming))
        if roots:
            dead = erasure.closure(s, roots)
            codes = sorted({str(r.get("archive_code")) for r in incoming if r.get("archive_code")})
            done = erasure.erase(s, dead)
            self._pending_files |= done.files
            self.core.audit(s, "destroy", "sync", None, rows=done.rows, archive_codes=codes)
        workspace = self.core.info.workspace_id
        for anchor in checked.get("audit_anchor") or []:
            if anchor.get("workspace") != workspace:
                continue
            through, digest = int(anchor["seq"]), anchor["hash"]
            held = s.execute(
                select(AuditEntry.hash).where(AuditEntry.workspace == workspace, AuditEntry.seq == through)
            ).first()
            if held is None or held.hash != digest:
                continue  # pruned already, or a log that differs from the hub's copy (the hub refuses it)
            count = s.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.workspace == workspace, AuditEntry.seq <= through)
            )
            self.core.audit(
                s, "destroy", "audit_log", workspace, workspace=workspace, through=through, hash=digest, entries=count
            )
            erasure.prune_audit(s, workspace, through, anchor=False)

    def remove_pending_files(self) -> None:
        """After an import committed: the files of what it destroyed here."""
        pending, self._pending_files = self._pending_files, set()
        self._remove_unused_files(pending)


def _linked_people(content: Any) -> set[uuid.UUID]:
    """Clients linked by id from a registration's or a roll's rows (people registered by name only are not)."""
    found: set[uuid.UUID] = set()
    for value in (content or {}).values():
        if not isinstance(value, list):
            continue
        for row in value:
            if isinstance(row, dict) and isinstance(row.get("client_id"), str):
                try:
                    found.add(uuid.UUID(row["client_id"]))
                except ValueError:
                    continue
    return found
