"""Who is who in an agency: the staff roles that hold accounts and the people who sign forms."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Roles an account can hold (DOMAIN.md "Who uses it")."""

    WORKER = "worker"
    SUPERVISOR = "supervisor"
    BUSINESS_LEAD = "business_lead"
    AGENCY_HEAD = "agency_head"
    FINANCE_OFFICER = "finance_officer"


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.WORKER: ("一线社工", "Social worker"),
    Role.SUPERVISOR: ("督导", "Supervisor"),
    Role.BUSINESS_LEAD: ("业务负责人", "Business lead"),
    Role.AGENCY_HEAD: ("机构负责人", "Agency head"),
    Role.FINANCE_OFFICER: ("财务负责人", "Finance officer"),
}

# People who sign paper forms without holding an account.
OUTSIDE_SIGNERS: dict[str, tuple[str, str]] = {
    "client": ("服务对象", "Client"),
    "guardian": ("监护人", "Guardian"),
    "receiver": ("接收方", "Receiving worker or agency"),
    "participant": ("参加者", "Participant"),
    "handler": ("经手人", "Handler"),
}

SIGNER_ROLES: frozenset[str] = frozenset({r.value for r in Role} | set(OUTSIDE_SIGNERS))


def role_label(role: str, lang: str = "zh") -> str:
    """A role's name in the user's language; unknown roles are shown as they are."""
    pair = ROLE_LABELS.get(Role(role)) if role in Role._value2member_map_ else OUTSIDE_SIGNERS.get(role)
    if pair is None:
        return role
    return pair[1] if lang == "en" else pair[0]
