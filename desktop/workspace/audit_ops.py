"""The audit log on the Desk: entries written in the same transaction as what they record, sealed into
this workspace's hash chain there and then; the log read and its chains verified (docs/security.md)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditAnchor, AuditEntry
from desktop.sync.rows import encode_row
from desktop.workflow.audit_chain import first_break
from desktop.workflow.permissions import Action, allowed
from desktop.workspace.core import Core, seal_entry

# What a person reads in the viewer, per action.
ACTION_LABELS: dict[str, tuple[str, str]] = {
    "login": ("登录", "signed in"),
    "open": ("打开档案", "opened a file"),
    "create": ("新建", "created"),
    "edit": ("修改", "edited"),
    "submit": ("提交审批", "submitted"),
    "decide": ("审批", "decided"),
    "comment": ("写意见", "commented"),
    "void": ("作废", "voided"),
    "reassign": ("变更负责社工", "reassigned"),
    "print": ("打印", "printed"),
    "export": ("导出数据包", "exported a bundle"),
    "import": ("导入数据包", "imported a bundle"),
    "resolve": ("处理冲突", "resolved a conflict"),
    "share": ("共享档案", "shared a file"),
    "unshare": ("停止共享档案", "stopped sharing a file"),
    "password_change": ("修改自己的密码", "changed their password"),
    "password_reset": ("为他人重设密码", "set a colleague's new password"),
    "recovery_key_new": ("生成新的恢复密钥", "made a new recovery key"),
    "recover": ("用恢复密钥重设密码", "set a password with the recovery key"),
    "spot_check_draw": ("抽取抽查档案", "drew files for a spot check"),
    "spot_check_score": ("抽查评分", "scored a spot check"),
    "spot_check_export": ("导出抽查评分", "exported spot-check scores"),
    "indicators_export": ("导出服务指标", "exported the indicators"),
    "move_to_server": ("迁移到机构数据库服务器", "moved the hub onto the database server"),
    "lock": ("锁定屏幕", "locked the screen"),
    "unlock": ("解锁屏幕", "unlocked the screen"),
    "report": ("出具个人信息报告", "produced a personal-information report"),
    "destroy": ("到期销毁", "destroyed what passed its retention period"),
    "sign_in_failed": ("密码错误（尝试登录）", "wrong password (an attempt to sign in)"),
}


@dataclass(frozen=True)
class ChainCheck:
    """One workspace's chain: how many entries, and the first that does not hold (None: intact)."""

    workspace: str
    entries: int
    broken_at: int | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


class AuditService:
    """The audit log: read it, verify its chains, and write an entry for something done outside another
    service's unit of work (signing in, opening a file in the window). Needs: the core (its audit writer)."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def audit(self, /, action: str, kind: str | None = None, target: Any = None, **detail: Any) -> None:
        with self.core.session() as s:
            self.core.audit(s, action, kind, target, **detail)

    def audit_unattributed(self, action: str, details: list[dict[str, Any]]) -> None:
        """Entries no account did (wrong passwords typed before anyone signed in), in one transaction:
        read by the agency head and business lead."""
        with self.core.session() as s:
            for detail in details:
                seal_entry(s, self.core.entry(None, action, None, None, detail))

    def audit_entries(
        self, *, workspace: str | None = None, account_id: uuid.UUID | None = None, limit: int = 500
    ) -> list[AuditEntry]:
        """The newest entries first. The log is the agency's: its head and business lead read it all,
        others their own entries."""
        me = self.core.account
        with self.core.session() as s:
            query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(limit)
            if not allowed(self.core.roles, Action.READ_AUDIT):
                query = query.where(AuditEntry.account_id == me.id)
            elif account_id is not None:
                query = query.where(AuditEntry.account_id == account_id)
            if workspace is not None:
                query = query.where(AuditEntry.workspace == workspace)
            return list(s.scalars(query))

    def verify_audit(self) -> list[ChainCheck]:
        """Every chain held here (this workspace's, and at a hub each device's) checked from its first
        entry; the agency head and business lead only."""
        self.core.require(Action.READ_AUDIT)
        with self.core.session() as s:
            return [check_chain(s, w) for w in s.scalars(select(AuditEntry.workspace).distinct())]


def check_chain(s: Session, workspace: str) -> ChainCheck:
    """One workspace's chain, from its first entry (or from its anchor, once entries were destroyed)."""
    table = AuditEntry.__table__
    rows = [
        encode_row(table, r)
        for r in s.execute(
            select(table).where(table.c.workspace == workspace).order_by(table.c.seq.is_(None), table.c.seq)
        ).mappings()
    ]
    count = s.scalar(select(func.count()).select_from(table).where(table.c.workspace == workspace)) or 0
    anchor = s.scalars(select(AuditAnchor).where(AuditAnchor.workspace == workspace)).first()
    if anchor is None:
        return ChainCheck(workspace, int(count), first_break(rows))
    # Entries past their retention period were destroyed: the chain goes on from the anchor, which
    # counts only when a destruction in the log names it (an anchor slipped in alone does not).
    if not _anchor_logged(s, workspace, anchor):
        return ChainCheck(workspace, int(count), anchor.seq + 1)
    return ChainCheck(workspace, int(count), first_break(rows, (anchor.seq, anchor.hash)))


def _anchor_logged(s: Session, workspace: str, anchor: AuditAnchor) -> bool:
    named = {"workspace": workspace, "through": anchor.seq, "hash": anchor.hash}
    query = select(AuditEntry.detail).where(AuditEntry.action == "destroy", AuditEntry.kind == "audit_log")
    return any(all((detail or {}).get(k) == v for k, v in named.items()) for detail in s.scalars(query))
