"""Adding a client (after a look for likely duplicates) and opening a case for the selected client.
The checks (ID number, birth date, duplicates) are the domain's; this panel asks and shows. Nothing is
chosen for the person beforehand: the sex and the service domain start on “please choose”, a valid ID number
fills the sex and the birth date still empty, and a choice the ID number contradicts is shown, not changed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.id_numbers import IdCheck, check_id_number
from desktop.forms.values import parse_date
from desktop.models.services import service_status_label
from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import ShowsFailures
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.choices import choose_value, fill_options
from desktop.ui.pages.correction_dialogs import ClientCorrectionDialog
from desktop.ui.pages.open_case import OpenCaseDialog
from desktop.workflow.people import mask_id_number
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk
from desktop.workspace.privacy_ops import report_file_name


class ClientDetails(QDialog):
    """A client's details, with the way to their personal-information report and to correcting the details
    (accepting the dialog asks for the one ``chosen``: "report" or "correct"; closing it asks for none)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen = ""
        self.text = QLabel(text, self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Personal information report…"), self)
        self.report_button.setToolTip(
            self.tr("Everything held about this person, for them to see and correct (PDF or JSON)")
        )
        self.report_button.clicked.connect(lambda: self._choose("report"))
        self.correct_button = QPushButton(self.tr("Correct the details…"), self)
        self.correct_button.setToolTip(self.tr("A detail held wrongly, corrected with the reason"))
        self.correct_button.clicked.connect(lambda: self._choose("correct"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def _choose(self, what: str) -> None:
        self.chosen = what
        self.accept()


class ClientPanel(ShowsFailures, QGroupBox):
    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        lang: str,
        selected: Callable[[], Any],
        opened: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.dialogs, self.lang = desk, ops, dialogs, lang
        self.selected, self.opened = selected, opened
        self.name = QLineEdit(self)
        self.sex = QComboBox(self)
        self.birth = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        self.domain = QComboBox(self)
        self.id_warning = QLabel(self)  # what the ID number contradicts, beside the fields; hidden when nothing
        self.id_warning.setWordWrap(True)
        self.id_warning.setStyleSheet("color: #a04000;")
        self.id_warning.hide()
        self.from_id: set[str] = set()  # "sex", "birth": filled from the ID number, not chosen
        self.id_number.textChanged.connect(self._read_id_number)
        self.sex.activated.connect(lambda _: self._chosen("sex"))
        self.birth.textEdited.connect(lambda _: self._chosen("birth"))
        self.sex.currentIndexChanged.connect(lambda _: self._check_id_number())
        self.birth.textChanged.connect(lambda _: self._check_id_number())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_client)
        self.case_button = QPushButton(self)
        self.case_button.clicked.connect(self.open_case)
        self.roster_button = QPushButton(self)
        self.roster_button.clicked.connect(self.import_roster)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(lambda: self.report(self.selected()))
        form = QFormLayout(self)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for widget in (self.name, self.sex, self.birth, self.id_number):
            row1.addWidget(widget)
        for widget in (self.phone, self.address, self.domain, self.add_button, self.case_button, self.roster_button):
            row2.addWidget(widget)
        row2.addWidget(self.report_button)
        form.addRow(row1)
        form.addRow(self.id_warning)
        form.addRow(row2)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.setTitle(self.tr("New client"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.id_number.setPlaceholderText(self.tr("ID number"))
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.address.setPlaceholderText(self.tr("Address"))
        self.birth.setToolTip(self.tr("Date of birth"))
        self.birth.setPlaceholderText(self.tr("Date of birth (YYYY-MM-DD)"))  # no example date: it looked filled
        self.add_button.setText(self.tr("Add client"))
        self.case_button.setText(self.tr("Open a case for the selected client…"))
        self.roster_button.setText(self.tr("Import a roster from Excel…"))
        self.report_button.setText(self.tr("Personal information report…"))
        self.sex.setToolTip(self.tr("Sex"))
        self.domain.setToolTip(self.tr("Service domain"))
        fill_options(self.sex, self.desk.registry, "sex", lang, self.tr("Sex: please choose"))
        fill_options(self.domain, self.desk.registry, "domain", lang, self.tr("Domain: please choose"))
        self._check_id_number()

    # -- the ID number read as it is typed -------------------------------------------------------------------
    def _id_check(self) -> IdCheck | None:
        """The typed ID number's check once it is 18 characters long; None before."""
        text = self.id_number.text().strip()
        return check_id_number(text, self.desk.today()) if len(text) == 18 else None

    def _chosen(self, what: str) -> None:
        self.from_id.discard(what)
        self._check_id_number()

    def _read_id_number(self) -> None:
        """A valid number fills the sex and the birth date that are empty (or were filled from it before);
        a number no longer valid takes back what it filled."""
        check = self._id_check()
        valid = check is not None and check.ok
        if "sex" in self.from_id or (valid and self.sex.currentData() is None):
            choose_value(self.sex, check.sex if valid and check else None)
            self.from_id.discard("sex")
            if valid:
                self.from_id.add("sex")
        if "birth" in self.from_id or (valid and not self.birth.text().strip()):
            self.birth.setText(check.birth_date.isoformat() if valid and check and check.birth_date else "")
            self.from_id.discard("birth")
            if valid:
                self.from_id.add("birth")
        self._check_id_number()

    def _id_conflicts(self) -> tuple[list[str], bool]:
        """What the typed ID number contradicts, in words, and whether the birth date is among it."""
        check = self._id_check()
        if check is None:
            return [], False
        if not check.ok:
            reasons = {
                "checksum": self.tr("This ID number is not valid: its last character does not check out."),
                "birth_date": self.tr("This ID number is not valid: it holds no possible date of birth."),
                "format": self.tr("This ID number is not valid: 17 digits then a digit or X."),
            }
            return [reasons[check.problem or "format"]], False
        problems, birth_differs = [], False
        sex = self.sex.currentData()
        if sex in ("male", "female") and sex != check.sex:
            text = self.tr("The ID number is a man's, but “%1” is chosen.")
            if check.sex == "female":
                text = self.tr("The ID number is a woman's, but “%1” is chosen.")
            problems.append(text.replace("%1", self.sex.currentText()))
        birth = parse_date(self.birth.text().strip()) if self.birth.text().strip() else None
        if isinstance(birth, dt.date) and birth != check.birth_date:
            text = self.tr("The ID number gives the date of birth %1, not %2.")
            problems.append(text.replace("%1", str(check.birth_date)).replace("%2", str(birth)))
            birth_differs = True
        return problems, birth_differs

    def _check_id_number(self) -> None:
        problems, _ = self._id_conflicts()
        self.id_warning.setText("\n".join(problems))
        self.id_warning.setVisible(bool(problems))

    def add_client(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.dialogs.error(self.tr("Not done"), self.tr("Please give the client's name."))
            return
        birth_text = self.birth.text().strip()
        birth = parse_date(birth_text) if birth_text else None
        if birth_text and birth is None:
            self.dialogs.error(self.tr("Not done"), self.tr("The date of birth is not a date (YYYY-MM-DD)."))
            return
        missing = [w for w, combo in (("sex", self.sex), ("domain", self.domain)) if combo.currentData() is None]
        if missing:
            message = {
                ("sex",): self.tr("Please choose the client's sex (“Unknown” if it is not known)."),
                ("domain",): self.tr("Please choose the client's service domain."),
                ("sex", "domain"): self.tr("Please choose the client's sex and service domain."),
            }[tuple(missing)]
            self.dialogs.error(self.tr("Not done"), message)
            (self.sex if missing[0] == "sex" else self.domain).setFocus()
            return
        problems, birth_differs = self._id_conflicts()
        if problems and (birth_differs or not self._id_check().ok):  # type: ignore[union-attr]
            self.dialogs.error(self.tr("Not done"), "\n".join(problems))
            return
        if problems and not self.dialogs.confirm(
            self.tr("Check the details"), "\n".join(problems) + "\n" + self.tr("Add the client anyway?")
        ):
            return
        fields: dict[str, Any] = {
            "sex": self.sex.currentData(),
            "birth_date": birth,
            "id_number": self.id_number.text().strip() or None,
            "phone": self.phone.text().strip() or None,
            "address": self.address.text().strip() or None,
            "domain": self.domain.currentData(),
        }
        desk = self.desk
        self.ops.run(  # who may be the same person is asked first, on the worker
            lambda: desk.likely_duplicates(name, birth, fields["id_number"]),
            label=self.tr("Checking for the same person…"),
            on_done=lambda twins: self._add_client(name, fields, twins),
        )

    def _add_client(self, name: str, fields: dict[str, Any], twins: list[Any]) -> None:
        if twins:
            listed = "\n".join(f"{c.name}  {c.birth_date or ''}  {mask_id_number(c.id_number)}" for c in twins)
            question = (
                self.tr("These clients may be the same person:")
                + "\n"
                + listed
                + "\n"
                + self.tr("Add a new client anyway?")
            )
            if not self.dialogs.confirm(self.tr("Possible duplicate"), question):
                return

        def done(_: object) -> None:
            for edit in (self.name, self.birth, self.id_number, self.phone, self.address):
                edit.clear()
            for combo in (self.sex, self.domain):
                choose_value(combo, None)
            self.from_id.clear()
            self._check_id_number()

        desk = self.desk
        self.ops.run(
            lambda: desk.create_client(name, **fields),
            label=self.tr("Adding the client…"),
            changes=Changes.CLIENTS,
            on_done=done,
        )

    def import_roster(self) -> None:
        """Preview a roster row by row; import it only when every row is clean and the user agrees."""
        path = self.dialogs.open_file(self.tr("Import a roster"), "Excel (*.xlsx)")
        if path is None:
            return
        kinds = {
            "elders": self.tr("Elders"),
            "corrections": self.tr("People under community correction"),
            "dibao": self.tr("Households on minimum living allowance"),
        }
        chosen = self.dialogs.choose(self.tr("Import a roster"), self.tr("Which list is it?"), list(kinds.values()))
        if chosen is None:
            return
        kind, desk = next(k for k, v in kinds.items() if v == chosen), self.desk
        self.ops.run(
            lambda: desk.preview_roster(path, kind),
            label=self.tr("Reading the roster…"),
            on_done=self._roster_read,
        )

    def _roster_read(self, preview: Any) -> None:
        if preview.bad_rows:
            row_word = self.tr("Row %1")
            lines = [
                f"{row_word.replace('%1', str(r.line))}: {r.values.get('name') or ''} — {'；'.join(r.errors)}"
                for r in preview.bad_rows[:20]
            ]
            self.dialogs.error(
                self.tr("Nothing imported"), self.tr("Correct these rows and import again:") + "\n" + "\n".join(lines)
            )
            return
        question = self.tr("All %1 rows are in order. Import them?").replace("%1", str(len(preview.rows)))
        if not self.dialogs.confirm(self.tr("Import a roster"), question):
            return
        desk = self.desk
        self.ops.run(
            lambda: desk.import_roster(preview),
            label=self.tr("Importing…"),
            changes=Changes.CLIENTS,
            on_done=lambda n: self.dialogs.info(
                self.tr("Import a roster"), self.tr("%1 imported.").replace("%1", str(n))
            ),
        )

    def show_client(self, client_id: Any) -> None:
        """A client's details in full, with their cases: opening the client's file, so it is logged."""
        if client_id is None:
            return

        desk = self.desk

        def fetch() -> tuple[Any, list[Any]]:
            client = desk.client(client_id)
            cases = desk.cases(client_id=client_id)
            desk.audit("open", "client", client_id)
            return client, cases

        self.ops.run(fetch, on_done=self._show_details)

    def _show_details(self, found: tuple[Any, list[Any]]) -> None:
        client, cases = found
        registry, lang = self.desk.registry, self.lang
        fields = [
            (self.tr("Name"), client.name),
            (self.tr("Sex"), registry.option_label("sex", client.sex, lang) if client.sex else ""),
            (self.tr("Date of birth"), str(client.birth_date or "")),
            (self.tr("ID number"), client.id_number or ""),
            (self.tr("Phone"), client.phone or ""),
            (self.tr("Address"), client.address or ""),
            (self.tr("Domain"), registry.option_label("domain", client.domain, lang) if client.domain else ""),
        ]
        colon = "：" if lang == "zh" else ": "
        lines = [f"{label}{colon}{value or '—'}" for label, value in fields]
        lines.append("")
        if cases:
            lines.append(self.tr("Cases (open one from the Cases page):"))
            for case in cases:
                number = case.archive_code or self.tr("not numbered yet")
                lines.append(f"  {number}　{service_status_label(case.status, lang)}")
        else:
            lines.append(self.tr("No case yet: “Open a case for the selected client…” starts one."))
        details = ClientDetails(self.tr("Client: %1").replace("%1", client.name), "\n".join(lines), self)
        details.correct_button.setVisible(allowed(self.desk.roles, Action.SERVE))  # those who serve correct
        if not self.dialogs.run(details):
            return
        if details.chosen == "correct":
            self.correct_client(client)
        else:
            self.report(client.id, client.name)

    def correct_client(self, client: Any) -> None:
        """The client's details prefilled; what changed is sent with the reason, and a refusal (an ID number
        the sex contradicts, someone outside the client's view) is said in words."""
        dialog = ClientCorrectionDialog(self.desk.registry, client, self.lang, self)
        if not self.dialogs.run(dialog) or not dialog.ready():  # no reason: nothing done
            return
        changes, reason, desk = dialog.changes(), dialog.reason_text(), self.desk
        self.ops.run(
            lambda: desk.update_client(client.id, reason=reason, **changes),
            label=self.tr("Correcting the details…"),
            changes=Changes.CLIENTS | Changes.CASES,
            on_done=lambda view: self.dialogs.info(
                self.tr("Corrected"), self.tr("The details of %1 were corrected.").replace("%1", view.name)
            ),
            on_error=self._failed,
        )

    def report(self, client_id: Any, name: str | None = None) -> None:
        """The client's personal-information report, as a PDF for them or as JSON, written off the UI thread
        (the domain decides who may, and logs it)."""
        if client_id is None:
            self.dialogs.info(self.tr("Personal information report"), self.tr("Select a client first."))
            return
        formats = {"pdf": self.tr("PDF, to give to the person"), "json": self.tr("JSON, the data as it is held")}
        chosen = self.dialogs.choose(
            self.tr("Personal information report"), self.tr("In which form?"), list(formats.values())
        )
        if chosen is None:
            return
        fmt, desk = next(key for key, label in formats.items() if label == chosen), self.desk
        if name is None:  # the name (for the file's name) read on the worker; outside one's view said in words
            self.ops.run(
                lambda: desk.client(client_id).name,
                on_done=lambda found: self._write_report(client_id, found, fmt),
            )
        else:
            self._write_report(client_id, name, fmt)

    def _write_report(self, client_id: Any, name: str, fmt: str) -> None:
        kinds = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("JSON files (*.json)")
        out = self.dialogs.save_file(
            self.tr("Save the personal information report"), report_file_name(name, fmt, self.desk.today()), kinds
        )
        if out is None:
            return
        desk = self.desk
        self.ops.run(
            lambda: desk.write_personal_report(client_id, out, fmt),
            label=self.tr("Writing the report…"),
            on_done=lambda path: self.dialogs.info(
                self.tr("Personal information report"), self.tr("Written to %1").replace("%1", str(path))
            ),
        )

    def open_case(self) -> None:
        """The case's type, domain and project are asked in one small dialog, nothing chosen beforehand."""
        client_id = self.selected()
        if client_id is None:
            self.dialogs.info(self.tr("Open a case"), self.tr("Select a client first."))
            return
        desk = self.desk
        self.ops.run(  # the projects to choose from and the client (name, domain), read before asking
            lambda: (desk.my_projects(), desk.client(client_id)),
            on_done=lambda found: self._open_case(client_id, *found),
        )

    def _open_case(self, client_id: Any, projects: list[Any], client: Any) -> None:
        if not projects:
            self.dialogs.error(
                self.tr("Not done"),
                self.tr(
                    "No service project is open to you yet: the agency head adds one, or puts you on one, in "
                    "Agency management."
                ),
            )
            return
        dialog = OpenCaseDialog(self.desk.registry, projects, client, self.lang, self)
        if not self.dialogs.run(dialog):
            return
        values = dialog.values()
        case_type, desk = values["case_type"], self.desk
        first_form = desk.registry.form_of("case_basic" if case_type == "consultation" else "intake").id

        def create() -> uuid.UUID:
            case = desk.create_case(
                client_id,
                values["project_id"],
                case_type,
                values["domain"],
                hotline=values["hotline"],
                service_line="routine",
            )
            return desk.new_record(first_form, case_id=case.id).id

        self.ops.run(
            create,
            label=self.tr("Opening the case…"),
            changes=Changes.CASES | Changes.RECORDS,
            on_done=self.opened,
        )
