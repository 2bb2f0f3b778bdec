"""Corrections in the window, each with its reason (docs/rules.md, "Corrections"): a client's details, and a
case's domain or type or a group's domain or kind. The dialogs show the current values, ask for the new ones
and the reason, and say what is still missing; OK stays off until something changed and a reason is given.
What may be corrected, and by whom, is the domain's: the window sends what changed and shows a refusal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.forms.registry import Registry
from desktop.forms.values import parse_date
from desktop.ui.pages.choices import choose_value, fill_items, option_combo
from desktop.workflow.group_rules import is_group

REASON_HEIGHT = 70  # a few lines: a reason is a sentence or two


class ReasonedDialog(QDialog):
    """A small form ending in a required reason, a line saying what is still missing, and OK / Cancel."""

    def _finish(self, form: QFormLayout) -> None:
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why is it corrected? (kept in the history; required)"))
        self.reason.setFixedHeight(REASON_HEIGHT)
        self.reason.textChanged.connect(self._enable)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a04000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.missing)
        form.addRow(self.buttons)
        self._enable()

    def _problem(self) -> str:
        """What stops OK (empty when nothing does), the reason aside."""
        raise NotImplementedError

    def _enable(self) -> None:
        problem = self._problem()
        if not problem and not self.reason_text():
            problem = self.tr("Please give the reason for the correction.")
        self.missing.setText(problem)
        self.missing.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        ok.setDefault(True)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def ready(self) -> bool:
        """Something changed and the reason is given (what OK waits for)."""
        return not self._problem() and bool(self.reason_text())


class ClientCorrectionDialog(ReasonedDialog):
    """A client's details as they are held, to correct: only the fields changed are sent (``changes``)."""

    def __init__(self, registry: Registry, client: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("Correct the details of %1").replace("%1", client.name))
        self.setMinimumWidth(480)
        prompt = self.tr("Please choose")
        self.name = QLineEdit(client.name, self)
        self.sex = option_combo(self, registry, "sex", lang, prompt)
        choose_value(self.sex, client.sex)
        self.birth = QLineEdit(str(client.birth_date or ""), self)
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.id_number = QLineEdit(client.id_number or "", self)
        self.phone = QLineEdit(client.phone or "", self)
        self.address = QLineEdit(client.address or "", self)
        self.domain = option_combo(self, registry, "domain", lang, prompt)
        choose_value(self.domain, client.domain)
        note = QLabel(
            self.tr(
                "A new ID number brings its own sex and date of birth unless you change them too. The history keeps "
                "which details were corrected and why, never their values."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Sex"), self.sex),
            (self.tr("Date of birth"), self.birth),
            (self.tr("ID number"), self.id_number),
            (self.tr("Phone"), self.phone),
            (self.tr("Address"), self.address),
            (self.tr("Service domain"), self.domain),
        ):
            form.addRow(label, widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._enable)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._enable)
        self._finish(form)

    def _entered(self) -> dict[str, Any]:
        """Every field as entered (an empty text is nothing; a birth date not a date stays text)."""
        birth_text = self.birth.text().strip()
        return {
            "name": self.name.text().strip(),
            "sex": self.sex.currentData(),
            "birth_date": (parse_date(birth_text) or birth_text) if birth_text else None,
            "id_number": self.id_number.text().strip().upper() or None,
            "phone": self.phone.text().strip() or None,
            "address": self.address.text().strip() or None,
            "domain": self.domain.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the one held (a choice left on “please choose” changes nothing)."""
        out = {}
        for key, value in self._entered().items():
            held = getattr(self.client, key)
            if key == "id_number" and held:
                held = held.upper()
            if value != held and not (key in ("sex", "domain") and value is None):
                out[key] = value
        return out

    def _problem(self) -> str:
        entered = self._entered()
        if not entered["name"]:
            return self.tr("Please give the client's name.")
        if entered["birth_date"] is not None and not isinstance(entered["birth_date"], dt.date):
            return self.tr("The date of birth is not a date (YYYY-MM-DD).")
        if not self.changes():
            return self.tr("Change a detail first: nothing differs from what is held.")
        return ""


class FileCorrectionDialog(ReasonedDialog):
    """A case's domain or type (``file`` "case"), or a group's domain or kind ("group"): the current values
    shown, the new ones chosen from the registry's lists. A group's kinds are groups' and an activity's are
    activities' (their forms differ: the domain refuses the other way, K011)."""

    def __init__(self, registry: Registry, file: str, row: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file, self.row = file, row
        self.type_key = "case_type" if file == "case" else "kind"
        list_name = "case_type" if file == "case" else "group_type"
        current_type = getattr(row, self.type_key)
        self.setWindowTitle(
            self.tr("Correct the domain or type") if file == "case" else self.tr("Correct the domain or kind")
        )
        self.setMinimumWidth(480)
        domain_now = registry.option_label("domain", row.domain, lang)
        type_now = registry.option_label(list_name, current_type, lang)
        intro = self.tr("Now: %1, %2.").replace("%1", domain_now).replace("%2", type_now)
        if row.archive_code:
            said = self.tr(
                "It has its archive number %1: the number stays as it is (note the correction beside it on the paper "
                "file), and only a supervisor or the business lead may correct it now."
            )
            intro += "\n" + said.replace("%1", row.archive_code)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        prompt = self.tr("Please choose")
        self.domain = option_combo(self, registry, "domain", lang, prompt)
        choose_value(self.domain, row.domain)
        self.kind = QComboBox(self)
        options = registry.option_lists[list_name]
        if file == "group":  # a group stays a group, an activity an activity
            options = [o for o in options if is_group(o.value) == is_group(current_type)]
        fill_items(self.kind, [(o.label.get(lang), o.value) for o in options], prompt)
        choose_value(self.kind, current_type)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("Service domain"), self.domain)
        form.addRow(self.tr("Case type") if file == "case" else self.tr("Kind"), self.kind)
        for combo in (self.domain, self.kind):
            combo.currentIndexChanged.connect(self._enable)
        self._finish(form)

    def changes(self) -> dict[str, Any]:
        """``domain`` and ``case_type`` (or ``kind``) where they differ from the held values."""
        chosen = {"domain": self.domain.currentData(), self.type_key: self.kind.currentData()}
        return {k: v for k, v in chosen.items() if v is not None and v != getattr(self.row, k)}

    def _problem(self) -> str:
        if not self.changes():
            return self.tr("Choose a new domain or type first: nothing differs from what is held.")
        return ""
