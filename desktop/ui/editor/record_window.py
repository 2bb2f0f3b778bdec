"""One record open for work: the generated editor, its saved/unsaved state, save (Ctrl+S), submit,
autosaved drafts, and beside it the reviewers' decisions and comments, revisions and attachments."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.schema import FormDef
from desktop.roles import role_label
from desktop.ui.busy import BusyIndicator
from desktop.ui.dialogs import Dialogs
from desktop.ui.editor.fields import AttachmentField
from desktop.ui.editor.form_editor import FormEditor
from desktop.ui.editor.record_reads import RecordScreen, RecordSide, read_screen, read_side, then_read
from desktop.ui.editor.record_review import ReviewActions
from desktop.ui.editor.signature_pad import SignaturePad
from desktop.ui.formatting import local_time
from desktop.ui.messages import ShowsFailures
from desktop.ui.ops import Changes, Ops
from desktop.ui.pdf_preview import print_and_preview
from desktop.workflow.corrections import may_void
from desktop.workflow.permissions import Action, allowed, may_decide
from desktop.workflow.record_states import RecordStatus, status_label
from desktop.workflow.revision_diff import diff
from desktop.workspace import Desk
from desktop.workspace.record_ops import RecordView


class RecordWindow(ShowsFailures, QWidget):
    closed = Signal(object)  # record id
    opened = Signal()  # the record was read and the editor built

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        record_id: uuid.UUID,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang = desk, ops, dialogs, lang
        self.record_id = record_id
        # Filled when the worker has read the record (``opened`` fires): nothing is read on the UI thread.
        self.record: RecordView = None  # type: ignore[assignment]
        self.form: FormDef = None  # type: ignore[assignment]
        self.editor: FormEditor = None  # type: ignore[assignment]
        self.side_data: RecordSide | None = None
        self.station_has_supervisor = True  # the owner's station, read with the record
        self.file_archived = False  # its case or group is archived, read with the record
        self.setWindowTitle("CaseDesk")
        self.resize(1100, 760)
        self._autosaved_at: QDateTime | None = None
        self._last_draft: dict[str, Any] | None = None
        self._closed = False
        self.review = ReviewActions(self)  # decisions, paper approvals, voiding
        self._build()
        self.autosave = QTimer(self)
        self.autosave.timeout.connect(self.autosave_now)
        self.ops.run(
            lambda: read_screen(desk, record_id, opening=True),
            label=self.tr("Opening the form…"),
            on_done=self._opened,
            on_error=self._not_opened,
        )

    def _opened(self, screen: RecordScreen) -> None:
        if self._closed:
            return  # closed before the worker answered
        self.record = screen.record
        self.station_has_supervisor = screen.station_has_supervisor
        self.file_archived = screen.file_archived
        self.form = self.desk.registry.get(self.record.form_id)
        self.setWindowTitle(f"{self.form.title.get(self.lang)} — CaseDesk")
        self.editor = FormEditor(self.form, self.lang, screen.context, self)
        self.editor.set_content(self.record.content)
        self.editor.changed.connect(self._show_state)
        self.splitter.replaceWidget(0, self.editor)
        self.opening.deleteLater()
        self.splitter.setStretchFactor(0, 3)  # the stretch belongs to the widget: given to the editor again
        total = sum(self.splitter.sizes())
        if total:
            self.splitter.setSizes([total * 3 // 4, total - total * 3 // 4])
        for signer in self.form.signers:
            self.signer_box.addItem(signer.label.get(self.lang), signer.id)
        self._fill_side(screen.side)
        self._wire_attachments()
        self._offer_draft(screen.draft)
        self._apply_access()
        self._show_state()
        self.autosave.setInterval(screen.autosave_seconds * 1000)
        self.autosave.start()
        self.opened.emit()

    def _not_opened(self, exc: Exception) -> None:
        self._failed(exc)
        self.close()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state = QLabel(self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.submit_button = QPushButton(self.tr("Submit for approval"), self)
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.return_button = QPushButton(self.tr("Return with opinion"), self)
        self.comment_button = QPushButton(self.tr("Comment"), self)
        self.preview_button = QPushButton(self.tr("Print preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.paper_button = QPushButton(self.tr("Record a paper or phone approval…"), self)
        self.paper_button.clicked.connect(self.record_paper_approval)
        self.confirm_approval_button = QPushButton(self.tr("Confirm my paper or phone approval…"), self)
        self.confirm_approval_button.clicked.connect(self.confirm_approval)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.void_button.setToolTip(
            self.tr("Void this form with the reason: it is kept with its history, never deleted")
        )
        self.void_button.clicked.connect(self.void)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.return_button.clicked.connect(lambda: self.decide("return"))
        self.comment_button.clicked.connect(self.add_comment)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(BusyIndicator(self.ops, self))  # this window is where the person looks
        header.addWidget(self.state)
        for button in (
            self.save_button,
            self.submit_button,
            self.preview_button,
            self.paper_button,
            self.confirm_approval_button,
            self.approve_button,
            self.return_button,
            self.comment_button,
            self.void_button,
        ):
            header.addWidget(button)
        self.form_issues = QLabel(self)
        self.form_issues.setWordWrap(True)
        self.side = QTabWidget(self)
        self.side.setMinimumWidth(300)
        self.decisions_list = QListWidget(self)
        self.revisions_list = QListWidget(self)
        self.attachments_list = QListWidget(self)
        self.attachments_list.itemActivated.connect(self._open_attachment_item)
        self.side.addTab(self.decisions_list, self.tr("Review"))
        self.side.addTab(self.revisions_list, self.tr("Revisions"))
        self.side.addTab(self.attachments_list, self.tr("Attachments"))
        self.side.addTab(self._signature_tab(), self.tr("Signatures"))
        self.opening = QLabel(self.tr("Opening the form…"), self)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.opening)  # the editor takes its place once the form is read
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.form_issues)
        layout.addWidget(self.splitter, 1)
        for button in (
            self.save_button,
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.void_button,
            self.confirm_approval_button,
        ):
            button.setVisible(False)
        for button in (self.paper_button, self.preview_button, self.comment_button):
            button.setVisible(button is not self.paper_button)
            button.setEnabled(False)

    def _fill_side(self, side: RecordSide) -> None:
        self.side_data = side
        names = side.names
        self.decisions_list.clear()
        for d in side.decisions:
            verdict = self.tr("approved") if d.outcome == "approve" else self.tr("returned")
            if d.channel != "app":
                how = self.tr("on paper") if d.channel == "paper" else self.tr("by phone")
                state = self.tr("confirmed") if d.confirmed_at else self.tr("awaiting confirmation")
                verdict += f" · {how} · {state}"
            when = local_time(d.created_at)
            text = f"{when}  {role_label(d.role, self.lang)} {names.get(d.reviewer_id, '')} {verdict}"
            self.decisions_list.addItem(text + (f"\n    {d.opinion}" if d.opinion else ""))
        for c in side.comments:
            where = (
                f" [{self.form.field(c.field_id).label.get(self.lang)}]"
                if c.field_id and self.form.field(c.field_id)
                else ""
            )
            self.decisions_list.addItem(
                f"{local_time(c.created_at)}  {names.get(c.author_id, '')}{where}\n    {c.text}"
            )
        self._fill_revisions(side.revisions, names)
        self.signature_list.clear()
        for signature in side.signatures:
            label = next((x.label.get(self.lang) for x in self.form.signers if x.id == signature.signer_id), "")
            state = self.tr(" (void: changed after signing)") if signature.void else ""
            self.signature_list.addItem(f"{label}　{signature.name}　{local_time(signature.signed_at)}{state}")
        self.attachments_list.clear()
        for a in side.attachments:
            item_text = f"{a.filename}  ({a.size // 1024 + 1} KB)"
            self.attachments_list.addItem(item_text)
            self.attachments_list.item(self.attachments_list.count() - 1).setData(Qt.ItemDataRole.UserRole, a.sha256)

    def _fill_revisions(self, revisions: list[Any], names: dict[Any, str]) -> None:
        """Newest first, each with the fields it changed: the domain's diff, as the review inbox shows it."""
        self.revisions_list.clear()
        changed_label = self.tr("Changed:")
        for before, after in reversed(list(zip([None, *revisions], revisions, strict=False))):
            changes = diff(self.form, before.content, after.content, self.lang) if before is not None else []
            fields = "、".join(change.label for change in changes)
            self.revisions_list.addItem(
                self.tr("Revision %1  %2  %3")
                .replace("%1", str(after.number))
                .replace("%2", local_time(after.created_at))
                .replace("%3", names.get(after.author_id, ""))
                + (f"\n    {changed_label} {fields}" if fields else "")
            )

    def _signature_tab(self) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        self.signer_box = QComboBox(tab)  # the form's signers, once it is read
        self.signer_name = QLineEdit(tab)
        self.signer_name.setPlaceholderText(self.tr("Name of the person signing"))
        self.pad = SignaturePad(tab)
        self.sign_button = QPushButton(self.tr("Keep this signature"), tab)
        self.sign_button.clicked.connect(self.keep_signature)
        self.clear_pad_button = QPushButton(self.tr("Clear"), tab)
        self.clear_pad_button.clicked.connect(self.pad.clear)
        self.signature_list = QListWidget(tab)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_pad_button)
        buttons.addWidget(self.sign_button)
        for widget in (self.signer_box, self.signer_name, self.pad):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(QLabel(self.tr("Signatures on this form (void when the content changed after signing):"), tab))
        column.addWidget(self.signature_list, 1)
        return tab

    def keep_signature(self) -> None:
        if self.pad.is_blank or not self.signer_name.text().strip():
            self.dialogs.error(self.tr("Not done"), self.tr("Sign on the pad and give the name of the person signing."))
            return
        signer_id, name, png = self.signer_box.currentData(), self.signer_name.text(), self.pad.to_png()

        def done(side: RecordSide) -> None:
            self.pad.clear()
            self._fill_side(side)

        desk, record_id = self.desk, self.record.id
        self.ops.run(
            lambda: (desk.sign(record_id, signer_id, name, png), read_side(desk, record_id))[1],
            label=self.tr("Saving…"),
            on_done=done,
            on_error=self._failed,
        )

    def preview(self) -> None:
        """Print preview of the very PDF the archive gets."""
        desk, name, record_id = self.desk, f"{self.form.id}-{self.record.id}.pdf", self.record.id
        print_and_preview(
            self,
            self.ops,
            self.dialogs,
            lambda: desk.print_record(record_id, desk.preview_file(name)),  # the copy is removed at sign-out
            self.tr("Preparing the PDF…"),
            self._failed,
        )

    def _wire_attachments(self) -> None:
        names = {str(a.id): a.filename for a in self.side_data.attachments} if self.side_data else {}
        for row in self.editor.rows.values():
            if isinstance(row.widget, AttachmentField):
                row.widget.names.update(names)
                row.widget.set_value(row.widget.value())
                row.widget.add_requested.connect(lambda w=row.widget: self.attach(w))
                row.widget.open_requested.connect(self._open_attachment_id)

    # -- state -------------------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return (
            self.record is not None
            and self.record.owner_id == self.desk.account.id
            and self.record.status != RecordStatus.VOID
        )

    def _apply_access(self) -> None:
        for row in self.editor.rows.values():
            if not self.editor.is_filled_for_you(row.field):
                row.widget.set_read_only(not self.editable)
        may_review = (
            self.record.status == RecordStatus.SUBMITTED and not self.editable and self.may_decide(self.desk.roles)
        )
        self.save_button.setVisible(self.editable)
        self.submit_button.setVisible(
            self.editable and self.record.status in (RecordStatus.DRAFT, RecordStatus.RETURNED)
        )
        self.approve_button.setVisible(may_review)
        self.paper_button.setVisible(self.editable and self.record.status == RecordStatus.SUBMITTED)
        self.return_button.setVisible(may_review)
        self.void_button.setVisible(self.may_void())
        self.confirm_approval_button.setVisible(self._my_unconfirmed() is not None)
        for button in (self.paper_button, self.preview_button, self.comment_button):
            button.setEnabled(True)

    def may_void(self) -> bool:
        """The domain's rule: the owner her draft or returned form, a supervisor any; none in an archived file."""
        if self.record.status == RecordStatus.VOID or self.file_archived:
            return False
        return may_void(
            self.record.status,
            own=self.record.owner_id == self.desk.account.id,
            may_void_others=allowed(self.desk.roles, Action.VOID_OTHERS),
        )

    def _my_unconfirmed(self) -> Any:
        """The approval the signed-in person gave on paper or by phone and has not confirmed here yet."""
        decisions = self.side_data.decisions if self.side_data else []
        me = self.desk.account.id
        return next(
            (d for d in decisions if d.channel != "app" and d.confirmed_at is None and d.reviewer_id == me), None
        )

    def may_decide(self, roles: Any) -> bool:
        """Whether someone with ``roles`` may decide the step the record waits at: the domain's rule."""
        step = self.record.pending_role
        return step is not None and may_decide(step, roles, station_has_supervisor=self.station_has_supervisor)

    def _show_state(self) -> None:
        carried = [f.id for f in self.form.fields if f.carry in ("case.number", "group.number")]
        number = next((self.record.content[i] for i in carried if self.record.content.get(i)), None)
        pending = self.tr("number pending")
        self.title.setText(f"{self.form.title.get(self.lang)}　{number or pending}")
        status = status_label(self.record.status, self.lang)
        if self.record.pending_role:
            status += " · " + self.tr("awaiting %1").replace("%1", role_label(self.record.pending_role, self.lang))
        if self.editor.dirty:
            saved = self.tr("Unsaved changes")
            if self._autosaved_at is not None:
                saved += " · " + self.tr("draft autosaved %1").replace("%1", self._autosaved_at.toString("HH:mm:ss"))
        else:
            saved = self.tr("Saved")
        self.state.setText(f"{status}　|　{saved}")
        report = self.editor.report
        loose = self.editor.form_level_issues()
        summary = []
        if report.errors:
            summary.append(self.tr("%1 errors block submission").replace("%1", str(len(report.errors))))
        if report.warnings:
            summary.append(self.tr("%1 warnings").replace("%1", str(len(report.warnings))))
        summary += [i.message(self.lang) for i in loose]
        self.form_issues.setText("　".join(summary))
        self.form_issues.setStyleSheet("color: #c92a2a;" if report.errors else "color: #b35c00;")

    # -- drafts ------------------------------------------------------------------------------------
    def _offer_draft(self, draft: Any) -> None:
        if draft is None or draft.content == self.editor.content():
            return
        when = local_time(draft.saved_at)
        question = self.tr(
            "Unsaved typing from %1 was kept (the program closed before it was saved). Restore it?"
        ).replace("%1", when)
        if self.dialogs.confirm(self.tr("Restore unsaved typing"), question):
            self.editor.set_content(draft.content)
            self.editor.mark_unsaved()  # restored typing is not saved yet
            self._last_draft = draft.content
        else:
            desk, record_id = self.desk, self.record.id
            self.ops.run(lambda: desk.discard_draft(record_id), changes=Changes.DRAFTS)

    def autosave_now(self) -> None:
        """Keep the unsaved typing as a draft, on the worker: a window closing or the program quitting
        waits for it (the main window waits for every operation before it closes the workspace)."""
        if not self.editable or not self.editor.dirty:
            return
        content = self.editor.content()
        if content == self._last_draft:
            return
        self._last_draft = content
        desk, record_id = self.desk, self.record.id

        def kept(_: object) -> None:
            self._autosaved_at = QDateTime.currentDateTime()
            self._show_state()

        def not_kept(exc: Exception) -> None:
            self._last_draft = None  # tried again at the next tick
            self._failed(exc)

        self.ops.run(lambda: desk.save_draft(record_id, content), on_done=kept, on_error=not_kept)

    # -- actions -----------------------------------------------------------------------------------
    def _show_screen(self, screen: RecordScreen) -> None:
        """The record as the worker read it after a change."""
        self.record = screen.record
        self.station_has_supervisor = screen.station_has_supervisor
        self.file_archived = screen.file_archived
        self.editor.context = dict(screen.context)  # e.g. a reply due date
        self._fill_side(screen.side)  # first: what the buttons show depends on its decisions
        self._apply_access()
        self._show_state()

    def _change(self, write: Callable[[], Any], label: str, changes: Changes, then: Any = None) -> None:
        """A change on the worker, read back in the same call, then shown."""
        desk, record_id = self.desk, self.record.id

        def done(screen: RecordScreen) -> None:
            self._show_screen(screen)
            if then:
                then(screen)

        self.ops.run(
            lambda: then_read(desk, record_id, write),
            label=label,
            changes=changes,
            on_done=done,
            on_error=self._failed,
        )

    def save(self, then: Any = None) -> None:
        if not self.editable:
            return
        content = self.editor.content()
        desk, record_id = self.desk, self.record.id

        def saved(_: RecordScreen) -> None:
            if self.editor.content() == content:
                self.editor.mark_saved()
            self._last_draft = None
            self._show_state()
            if then:
                then()

        self._change(
            lambda: desk.save_record(record_id, content), self.tr("Saving…"), Changes.RECORDS | Changes.DRAFTS, saved
        )

    def submit(self) -> None:
        report = self.editor.refresh()
        self._show_state()
        if report.errors:
            self.editor.focus_first_error()
            self.dialogs.error(
                self.tr("Cannot submit yet"),
                self.tr("Correct the fields marked in red first.")
                + "\n"
                + "\n".join(i.message(self.lang) for i in report.errors[:8]),
            )
            return

        def do_submit() -> None:
            desk, record_id = self.desk, self.record.id
            self._change(lambda: desk.submit_record(record_id), self.tr("Submitting…"), Changes.RECORDS)

        self.save(then=do_submit) if self.editor.dirty else do_submit()

    # -- decisions, paper approvals and voiding: desktop/ui/editor/record_review.py ----------------------
    def decide(self, outcome: str) -> None:
        self.review.decide(outcome)

    def record_paper_approval(self) -> None:
        self.review.record_paper_approval()

    def confirm_approval(self) -> None:
        self.review.confirm_approval()

    def void(self) -> None:
        self.review.void()

    def add_comment(self) -> None:
        text = self.dialogs.ask_text(self.tr("Comment"), self.tr("Comment on this form:"))
        if not text:
            return
        desk, record_id = self.desk, self.record.id
        self._change(lambda: desk.comment(record_id, text), self.tr("Saving…"), Changes.RECORDS)

    def attach(self, widget: AttachmentField) -> None:
        scans, everything = self.tr("Scans and photos"), self.tr("All files")
        kinds = f"{scans} (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;{everything} (*)"
        path = self.dialogs.open_file(self.tr("Attach a scan or photo"), kinds)
        if path is None:
            return
        desk, record_id = self.desk, self.record.id

        def done(result: tuple[Any, RecordSide]) -> None:
            attachment, side = result
            widget.add(str(attachment.id), attachment.filename)
            self._fill_side(side)

        self.ops.run(
            lambda: (desk.add_attachment(path, record_id=record_id), read_side(desk, record_id)),
            label=self.tr("Attaching…"),
            on_done=done,
            on_error=self._failed,
        )

    def _open_attachment_item(self, item: Any) -> None:
        sha = item.data(Qt.ItemDataRole.UserRole)
        for a in self.side_data.attachments if self.side_data else []:
            if a.sha256 == sha:
                self._open_attachment(a)
                return

    def _open_attachment_id(self, attachment_id: str) -> None:
        for a in self.side_data.attachments if self.side_data else []:
            if str(a.id) == attachment_id:
                self._open_attachment(a)

    def _open_attachment(self, attachment: Any) -> None:
        """Another program shows it from a private decrypted copy (made on the worker), removed at sign-out."""
        desk = self.desk
        self.ops.run(
            lambda: desk.plain_copy(attachment),
            label=self.tr("Opening the attachment…"),
            on_done=lambda copy: QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))),
            on_error=self._failed,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Nothing typed is lost: unsaved typing stays as a draft, offered back next time.
        self._closed = True
        if self.editor is not None:
            self.autosave_now()
        self.autosave.stop()
        self.closed.emit(self.record_id)
        super().closeEvent(event)
