"""What a printed form needs, as plain data: the form, its content, the review lines and signatures. Kept
apart from the renderer so that the Desk builds a print job without loading ReportLab."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.forms.schema import FormDef
from desktop.roles import role_label


@dataclass
class ReviewLine:
    role: str
    name: str
    outcome: str  # "批准" / "退回" / "" (not yet decided)
    opinion: str
    date: str


@dataclass
class SignatureMark:
    signer_id: str
    name: str
    date: str
    image: bytes | None = None  # a PNG
    void: bool = False  # signed an earlier revision: the content changed since


@dataclass
class PrintJob:
    """One form to print, with everything the page needs."""

    form: FormDef
    content: dict[str, Any]
    agency: str
    station: str
    number: str | None
    reviews: list[ReviewLine] = field(default_factory=list)
    signatures: dict[str, SignatureMark] = field(default_factory=dict)
    draft: bool = False  # fails validation: printed with a visible mark
    qr_text: str | None = None
    attachment_names: dict[str, str] = field(default_factory=dict)
    visible: set[str] | None = None  # field ids shown (conditional fields); None: all
    numbered: bool = True  # a case's or group's form: its number, or "pending"; other records have none
    field_opinions: dict[str, str] = field(default_factory=dict)  # field id -> reviewers' comments on it
    state: str | None = None  # a record not approved: its status, stamped on every page (stamps.py); None: clean


BLANK_NUMBER = "＿" * 8  # a blank form's number line, written by hand


def blank_job(form: FormDef, agency: str = "") -> PrintJob:
    """An empty form for filling by hand: every field (conditional ones too) left blank, the approval chain's
    lines and the signature lines empty, no QR code, no stamp and no validation mark."""
    reviews = [ReviewLine(role=role_label(role), name="", outcome="", opinion="", date="") for role in form.approval]
    return PrintJob(form=form, content={}, agency=agency, station="", number=BLANK_NUMBER, reviews=reviews)
