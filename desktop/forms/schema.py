"""The typed tree a form definition becomes after loading: what the editor, validation, PDF and
bundles read. Built only by ``loader``; frozen so that no consumer edits a definition in passing."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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

    def section_of(self, field_id: str) -> Section | None:
        return next((s for s in self.sections if any(f.id == field_id for f in s.fields)), None)
