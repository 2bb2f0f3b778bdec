"""What each role may do. The domain asks ``require`` before every write, whoever calls it: the
window, the command line or a bundle import."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from desktop.errors import AccessDenied
from desktop.roles import Role, role_label


class Action(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"  # create, disable, change roles
    MANAGE_AGENCY = "manage_agency"  # agency, stations, projects, settings
    EDIT_CODE_TABLES = "edit_code_tables"  # archive category and nature codes
    SERVE = "serve"  # create and edit clients, households, cases, groups and form records
    REASSIGN = "reassign"  # move a record or case to another worker
    REVIEW = "review"  # approve or return a step, comment as a reviewer
    VOID_OTHERS = "void_others"  # void a record someone else owns
    READ_AUDIT = "read_audit"  # read everyone's audit entries and verify the log
    SPOT_CHECK = "spot_check"  # draw archived files at random and score them (抽查)
    RETENTION = "retention"  # see what has passed its retention period
    DESTROY = "destroy"  # destroy what has passed its retention period (销毁)
    SYNC_HUB = "sync_hub"  # import and export the hub's bundles (the laptops' work comes in through them)


ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.MANAGE_ACCOUNTS: ("管理账号", "manage accounts"),
    Action.MANAGE_AGENCY: ("管理机构、站点和项目", "manage the agency, stations and projects"),
    Action.EDIT_CODE_TABLES: ("修改编码表", "edit code tables"),
    Action.SERVE: ("录入服务资料", "record service work"),
    Action.REASSIGN: ("变更负责社工", "reassign work to another worker"),
    Action.REVIEW: ("审批", "review and approve"),
    Action.VOID_OTHERS: ("作废他人的记录", "void another person's record"),
    Action.READ_AUDIT: ("查看和核对全部操作日志", "read and verify the whole audit log"),
    Action.SPOT_CHECK: ("抽查档案并评分", "spot-check archived files and score them"),
    Action.RETENTION: ("查看保存期限已满的档案", "see what has passed its retention period"),
    Action.DESTROY: ("销毁保存期限已满的档案", "destroy what has passed its retention period"),
    Action.SYNC_HUB: ("在督导中心导入和导出数据包", "import and export bundles at the hub"),
}

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.WORKER: frozenset({Action.SERVE}),
    # A supervisor spot-checks their team's archive (DOMAIN.md's roles); the business lead the agency's.
    Role.SUPERVISOR: frozenset(
        {Action.SERVE, Action.REASSIGN, Action.REVIEW, Action.VOID_OTHERS, Action.SPOT_CHECK, Action.SYNC_HUB}
    ),
    Role.BUSINESS_LEAD: frozenset(
        {
            Action.SERVE,
            Action.REASSIGN,
            Action.REVIEW,
            Action.VOID_OTHERS,
            Action.MANAGE_ACCOUNTS,
            Action.MANAGE_AGENCY,
            Action.EDIT_CODE_TABLES,
            Action.READ_AUDIT,
            Action.RETENTION,
            Action.SPOT_CHECK,
            Action.SYNC_HUB,
        }
    ),
    Role.AGENCY_HEAD: frozenset(
        {
            Action.REASSIGN,
            Action.REVIEW,
            Action.VOID_OTHERS,
            Action.MANAGE_ACCOUNTS,
            Action.MANAGE_AGENCY,
            Action.EDIT_CODE_TABLES,
            Action.READ_AUDIT,
            Action.RETENTION,
            Action.SPOT_CHECK,
            Action.DESTROY,  # the agency head only: the agency answers for what it destroys
            Action.SYNC_HUB,
        }
    ),
    Role.FINANCE_OFFICER: frozenset({Action.REVIEW}),
}


def allowed(roles: Iterable[str], action: Action) -> bool:
    return any(action in ROLE_ACTIONS.get(Role(r), frozenset()) for r in roles if r in Role._value2member_map_)


def require(roles: Iterable[str], action: Action) -> None:
    roles = list(roles)
    if not allowed(roles, action):
        names = "、".join(role_label(r) for r in roles) or "无"
        zh, en = ACTION_LABELS[action]
        raise AccessDenied("A004", role=names, action=f"{zh} / {en}")


def may_fill_step(step_role: str, reviewer_roles: Iterable[str], *, station_has_supervisor: bool) -> bool:
    """Whether someone with ``reviewer_roles`` may decide a chain step that asks for ``step_role``.

    The business lead decides in the supervisor's place where the township has no supervisor
    (003 第三章第四条: 镇街无督导的暂由机构业务负责人担当督导工作)."""
    roles = set(reviewer_roles)
    if step_role in roles:
        return True
    return step_role == Role.SUPERVISOR and Role.BUSINESS_LEAD in roles and not station_has_supervisor


def may_decide(step_role: str, reviewer_roles: Iterable[str], *, station_has_supervisor: bool) -> bool:
    """Whether someone with ``reviewer_roles`` may approve or return a record waiting at a step that asks
    for ``step_role``: a reviewer's role (``REVIEW``) that fills that step (``may_fill_step``), as the domain
    asks when the decision is recorded."""
    roles = list(reviewer_roles)
    return allowed(roles, Action.REVIEW) and may_fill_step(
        step_role, roles, station_has_supervisor=station_has_supervisor
    )
