"""The typed tree a form definition becomes after loading: what the editor, validation, PDF and
bundles read. Built only by ``loader``; frozen so that no consumer edits a definition in passing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    TIME = "time"
    NUMBER = "number"
    MONEY = "money"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    RATING = "rating"
    TABLE = "table"
    SIGNATURE = "signature"
    ATTACHMENT = "attachment"
    NOTE = "note"  # fixed text shown and printed (consent clauses); holds no value


# Types a table column may take: one value per cell.
COLUMN_TYPES = frozenset(
    {
        FieldType.TEXT,
        FieldType.LONG_TEXT,
        FieldType.DATE,
        FieldType.TIME,
        FieldType.NUMBER,
        FieldType.MONEY,
        FieldType.CHOICE,
        FieldType.MULTI_CHOICE,
        FieldType.YES_NO,
        FieldType.RATING,
    }
)


class FormScope(StrEnum):
    """What a record of the form hangs on."""

    CASE = "case"
    CLIENT = "client"
    GROUP = "group"
    HOUSEHOLD = "household"
    STANDALONE = "standalone"


@dataclass(frozen=True)
class Text:
    """A label or message in both languages."""

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class Option:
    value: str
    label: Text


@dataclass(frozen=True)
class Rule:
    """A check over the whole form: ``check`` must be true, else an issue at ``field``."""

    check: str
    level: str  # "error" blocks submit, "warning" is shown only
    code: str
    message: Text
    field: str | None
    when: str | None = None


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    visible_if: str | None = None
    compute: str | None = None
    carry: str | None = None
    default: object = None
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    decimals: int = 0
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_hint: Text | None = None
    not_future: bool = False
    columns: tuple[FieldDef, ...] = ()
    min_rows: int | None = None
    max_rows: int | None = None
    scale_labels: Text | None = None  # e.g. "0 = 非常不同意 … 5 = 非常同意"
    signer: str | None = None  # for signature fields: who signs
    text: Text | None = None  # for notes: the fixed text
    unit: Text | None = None
    lines: int | None = None  # print layout: a long text's ruled lines, an empty table's blank rows

    @property
    def holds_value(self) -> bool:
        return self.type is not FieldType.NOTE

    @property
    def read_only(self) -> bool:
        """Computed and carried values are filled by CaseDesk, never typed."""
        return self.compute is not None or self.carry is not None

    def option_label(self, value: str, lang: str = "zh") -> str:
        for option in self.options:
            if option.value == value:
                return option.label.get(lang)
        return value

    def column(self, column_id: str) -> FieldDef | None:
        return next((c for c in self.columns if c.id == column_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    fields: tuple[FieldDef, ...]
    visible_if: str | None = None
    opinion_column: bool = False  # printed as a two-column table: each item | the reviewers' opinion on it


@dataclass(frozen=True)
class Signer:
    id: str
    role: str
    label: Text
    visible_if: str | None = None


EFFECTS = frozenset(
    {
        "open_case",  # the case opens and takes its archive number
        "decline_case",  # the intake decided not to open a case
        "case_closing",  # the closing report is with the reviewers
        "reopen_case",  # the closing report was returned: the case is open again
        "close_case",  # the closing report is approved
        "close_consultation",  # a consultation or interview: opened, numbered and closed at once
        "number_group",  # the group or activity takes its archive number
        "mark_transferred",  # the case was transferred (the archive then needs the transfer form)
        "approve_group",  # the plan is approved by the whole chain
        "group_reporting",  # the report is with the reviewers
        "close_group",  # the report is approved: the group or activity is finished
        "open_case_from_visit",  # a visit found a serious problem: a case with an intake to write
        "number_record",  # a record filed on its own (supervision) takes an archive number
    }
)
EVENTS = frozenset({"submitted", "approved", "returned"})

# What a form is in a case's or a group's life (``role:``): the domain finds "the intake", "the closing
# report", "the complaint form" by role, never by form id, so an agency's form with a new id that declares
# a role takes that form's place. Each role is named after the packaged form that has it, and the archive
# checklist lists a record under its role. In the archive's order: a set lists its forms in this order.
FORM_ROLES = (
    "consent",
    "case_basic",
    "intake",  # opens a case (a visit that finds a problem starts one with it)
    "assessment",
    "plan",
    "record",  # one per case session: sessions held are counted over it
    "closing",
    "closing_eval",
    "attachments",
    "transfer",
    "closing_info",  # a consultation's or interview's closing information
    "visit",
    "complaint",
    "group_plan",  # every group and activity starts with its plan
    "registration",
    "attendance",
    "session_record",  # one per group session or activity: head count and minutes
    "feedback",
    "financial_report",
    "group_report",
)
# ``archive:`` the archive sets a form's role belongs to (003 第三章第十条; 第四章): a case's (and a
# transferred case's), a consultation's or interview's, a group's, a community activity's.
ARCHIVE_SETS = frozenset({"case", "transferred_case", "consultation", "group", "activity"})
# ``needs:`` what must be true before a record of the form may be started.
NEEDS = frozenset(
    {
        "case_open",  # the case's intake is approved (open, closing or closed): K001
        "consultation_case",  # only a consultation or interview takes it: K002
        "plan_approved",  # the supervisor approved the group's plan: G001
    }
)
# ``behaviour:`` role -> the field the domain reads for it, with the types that field may have. A
# ``table.column`` role names a column (``participant_name: participants.name``).
_TEXTS = frozenset({FieldType.TEXT, FieldType.LONG_TEXT})
_NUMBERS = frozenset({FieldType.NUMBER, FieldType.MONEY})
BEHAVIOUR: dict[str, frozenset[FieldType]] = {
    "follow_up_needed": frozenset({FieldType.YES_NO}),  # closing: a follow-up is planned
    "follow_up_date": frozenset({FieldType.DATE}),  # closing: the case's follow-up task date
    "problem": _TEXTS,  # visit: the problem found, the new intake's request
    "findings": _TEXTS,  # visit: what was found, when no problem is written
    "new_case_type": frozenset({FieldType.CHOICE}),  # visit: the type of the case a serious problem opens
    "new_case_domain": frozenset({FieldType.CHOICE}),  # visit: that case's service domain
    "channel": frozenset({FieldType.CHOICE}),  # intake: how the request came (home_visit from a visit)
    "request": _TEXTS,  # intake: the request (a visit's problem fills it)
    "focus": frozenset({FieldType.CHOICE}),  # group plan: the group's focus, for the indicators
    "planned_sessions": frozenset({FieldType.NUMBER}),
    "start_date": frozenset({FieldType.DATE}),
    "end_date": frozenset({FieldType.DATE}),
    "venue": _TEXTS,
    "budget": frozenset({FieldType.TABLE}),  # group plan: the budget lines
    "budget_item": _TEXTS,  # a column of the budget
    "budget_amount": _NUMBERS,  # a column of the budget: a line's subtotal
    "budget_total": _NUMBERS,
    "participants": frozenset({FieldType.TABLE}),  # registration: the members
    "participant_name": _TEXTS,  # a column of the participants
    "participant_phone": _TEXTS,  # a column of the participants
    "attendance_rate": _NUMBERS,  # attendance: the overall rate, a percentage
    "feedback_average": _NUMBERS,  # feedback: the average score
    "head_count": frozenset({FieldType.NUMBER}),  # group session: people present (activities, lectures)
    "duration": frozenset({FieldType.NUMBER}),  # group session: minutes (a lecture's 40 minutes)
    "response_deadline": frozenset({FieldType.DATE}),  # complaint: the answer's deadline (a task)
    "transfer_date": frozenset({FieldType.DATE}),  # transfer: the reply is due working days after it
    "reply": frozenset({FieldType.CHOICE}),  # transfer: the receiver's reply (pending or empty: a task)
}
COLUMN_ROLES = {"budget_item": "budget", "budget_amount": "budget", "participant_name": "participants",
                "participant_phone": "participants"}  # fmt: skip
# The behaviour each effect reads from the record reaching its state (read when the form declares it).
EFFECT_INPUTS: dict[str, tuple[str, ...]] = {
    "close_case": ("follow_up_needed", "follow_up_date"),
    "open_case_from_visit": ("problem", "findings", "new_case_type", "new_case_domain"),
    "number_group": ("focus",),
    "approve_group": ("focus",),
}


@dataclass(frozen=True)
class Effect:
    """What a record of this form reaching ``when`` does to its case or group (if ``condition``)."""

    when: str
    do: str
    condition: str | None = None


@dataclass(frozen=True)
class FormDef:
    id: str
    version: int
    family: str
    scope: FormScope
    title: Text
    paper_code: str | None
    approval: tuple[str, ...]  # roles that approve, in order
    signers: tuple[Signer, ...]
    sections: tuple[Section, ...]
    rules: tuple[Rule, ...] = ()
    description: Text | None = None
    repeatable: bool = True  # False: at most one live record per case/group
    service_record: bool = False  # counts as service work: routine/special and time spent
    date_field: str | None = None  # the date that places a record in a period (session date ...)
    effects: tuple[Effect, ...] = ()
    risk_field: str | None = None  # a choice over risk_level: sets the case's risk flag
    role: str | None = None  # what the form is in a lifecycle (FORM_ROLES)
    archive: frozenset[str] = frozenset()  # the archive sets its role belongs to (ARCHIVE_SETS)
    needs: frozenset[str] = frozenset()  # what must hold before a record is started (NEEDS)
    behaviour: dict[str, str] = field(default_factory=dict, compare=False)  # role -> field id (BEHAVIOUR)
    agency_check: bool = False  # the paper has a 机构查阅 line under the reviewers' frames
    source: str = ""
    _by_id: dict[str, FieldDef] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for section in self.sections:
            for f in section.fields:
                self._by_id[f.id] = f

    @property
    def fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for s in self.sections for f in s.fields)

    @property
    def value_fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for f in self.fields if f.holds_value)

    def field(self, field_id: str) -> FieldDef | None:
        return self._by_id.get(field_id)

    @property
    def carried_ids(self) -> frozenset[str]:
        """Fields whose values come from the case, group or workspace rather than the worker."""
        return frozenset(f.id for f in self.fields if f.carry)

    def field_for(self, role: str) -> str | None:
        """The id of the field (or the table's column) declared for a behaviour role; None when undeclared."""
        declared = self.behaviour.get(role)
        return declared.rsplit(".", 1)[-1] if declared else None

    def read(self, content: Mapping[str, Any] | None, role: str) -> Any:
        """What a record holds for a declared behaviour role (None when undeclared or empty)."""
        field_id = self.behaviour.get(role)
        return content.get(field_id) if field_id and content else None

    def section_of(self, field_id: str) -> Section | None:
        return next((s for s in self.sections if any(f.id == field_id for f in s.fields)), None)
