"""What a printed form needs, as plain data: the form, its content, the review lines and signatures. Kept
apart from the renderer so that the Desk builds a print job without loading ReportLab."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.forms.schema import FormDef


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
