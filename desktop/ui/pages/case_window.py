"""One case: its state, risk flag, what is due and what the archive still lacks, every form, and a
timeline of every form, revision and decision. The rules are the domain's; this window shows them."""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.services import service_status_label
from desktop.ui.busy import BusyIndicator
from desktop.ui.dialogs import Dialogs
from desktop.ui.formatting import local_time
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.file_reads import CaseScreen, read_case
from desktop.ui.pages.sharing import SharePanel
from desktop.ui.pdf_preview import print_and_preview
from desktop.workflow.case_rules import is_flagged
from desktop.workflow.permissions import Action, allowed
from desktop.workflow.record_states import status_label
from desktop.workspace import Desk

RISK_STYLE = "background: #c92a2a; color: white; padding: 2px 8px; border-radius: 4px;"


class CaseWindow(QWidget):
    open_record = Signal(object)  # record id
    new_form = Signal(object)  # case id
    closed = Signal(object)
    depends = Changes.CASES | Changes.CLIENTS | Changes.RECORDS | Changes.ACCOUNTS  # what it shows

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        case_id: uuid.UUID,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.ops, self.dialogs, self.lang, self.case_id = desk, ops, dialogs, lang, case_id
        self.resize(1000, 700)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state = QLabel(self)
        self.risk = QLabel(self)
        self.risk.setStyleSheet(RISK_STYLE)
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        self.records = QListWidget(self)
        self.records.itemActivated.connect(lambda item: self.open_record.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.timeline = QListWidget(self)
        self.new_button = QPushButton(self.tr("New form for this case…"), self)
        self.new_button.clicked.connect(lambda: self.new_form.emit(self.case_id))
        self.archive_button = QPushButton(self.tr("Archive the case"), self)
        self.archive_button.clicked.connect(self.archive)
        self.confirm_button = QPushButton(self.tr("Confirm the hotline consultation"), self)
        self.confirm_button.clicked.connect(self.confirm_hotline)
        self.originals_button = QPushButton(self.tr("Paper originals handed to the agency"), self)
        self.originals_button.clicked.connect(self.hand_over)
        self.reassign_button = QPushButton(self.tr("Reassign to another worker…"), self)
        self.reassign_button.clicked.connect(self.reassign)
        self.reassign_button.setVisible(allowed(desk.roles, Action.REASSIGN))
        self.bag_button = QPushButton(self.tr("Print the archive bag"), self)
        self.bag_button.clicked.connect(self.print_bag)
        self.share_button = QPushButton(self.tr("Anonymised copy for case sharing…"), self)
        self.share_button.clicked.connect(self.share)
        self.sharing = SharePanel(desk, ops, dialogs, "case", case_id, lang, self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(BusyIndicator(ops, self))
        header.addWidget(self.risk)
        header.addWidget(self.state)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.archive_button,
            self.confirm_button,
            self.originals_button,
            self.reassign_button,
            self.bag_button,
            self.share_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.records_label = QLabel(self.tr("Forms of this case (double-click to open)"), self)
        left_layout.addWidget(self.records_label)
        left_layout.addWidget(self.records)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Timeline"), self))
        right_layout.addWidget(self.timeline)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.due)
        layout.addLayout(buttons)
        layout.addWidget(self.sharing)
        layout.addWidget(splitter, 1)
        ops.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, changes: Changes = Changes.ALL) -> None:
        """Read on the worker in one call (``file_reads.read_case``), then shown."""
        if not changes & self.depends:
            return
        desk, case_id = self.desk, self.case_id
        self.ops.run(lambda: read_case(desk, case_id), label=self.tr("Reading the case…"), on_done=self._show)

    def _show(self, screen: CaseScreen) -> None:
        desk, lang, case, client = self.desk, self.lang, screen.case, screen.client
        number = case.archive_code or self.tr("number pending")
        self.setWindowTitle(f"{number} {client.name} — CaseDesk")
        self.title.setText(f"{number}　{client.name}")
        self.state.setText(service_status_label(case.status, lang))
        self.risk.setVisible(is_flagged(case.risk_level))
        self.risk.setText(self.tr("Risk: %1").replace("%1", self._option("risk_level", case.risk_level)))
        lines = []
        if case.approval_owed:
            lines.append(self.tr("Hotline consultation served first: the supervisor's approval is owed."))
        if screen.sessions_short and case.status in ("open", "closing"):
            lines.append(
                self.tr("%1 more session records needed (this case needs %2).")
                .replace("%1", str(screen.sessions_short))
                .replace("%2", str(screen.sessions_needed))
            )
        if case.status in ("closed", "closing") and screen.archive_missing:
            names = "、".join(desk.registry.get(f).title.get(lang) for f in screen.archive_missing)
            lines.append(self.tr("The archive still lacks: %1").replace("%1", names))
        for task in screen.tasks:
            late = self.tr(" (overdue)") if task.overdue else ""
            lines.append(f"{task.label(lang)}: {task.due}{late}")
        self.due.setText("\n".join(lines))
        self.archive_button.setEnabled(case.status == "closed")
        self.confirm_button.setVisible(
            case.approval_owed and case.owner_id != desk.account.id and allowed(desk.roles, Action.REVIEW)
        )
        self.originals_button.setVisible(case.status in ("closed", "archived") and case.originals_handed_on is None)
        self.sharing.show_sharing(case.owner_id, screen.sharing)
        self.records.clear()
        for record in screen.records:
            title = desk.registry.get(record.form_id).title.get(lang)
            item = QListWidgetItem(f"{title}　{status_label(record.status, lang)}　{record.service_date or ''}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.records.addItem(item)
        self.timeline.clear()
        for entry in screen.timeline:
            self.timeline.addItem(self._timeline_line(entry))

    def _timeline_line(self, entry: Any) -> str:
        registry = self.desk.registry
        title = registry.get(entry.form_id).title.get(self.lang) if entry.form_id in registry else ""
        if entry.kind == "decision":
            what = self.tr("approved") if entry.outcome == "approve" else self.tr("returned")
            if entry.channel != "app":
                what += " " + (
                    self.tr("(on paper or by phone, confirmed)")
                    if entry.confirmed
                    else self.tr("(on paper or by phone, awaiting confirmation)")
                )
        elif entry.kind == "revision":
            what = self.tr("revision %1").replace("%1", entry.note)
        else:
            what = self.tr("created")
        note = f"：{entry.note}" if entry.kind == "decision" and entry.note else ""
        return f"{local_time(entry.at)}  {title}  {what}  {entry.actor}{note}"

    def _option(self, list_name: str, value: Any) -> str:
        return self.desk.registry.option_label(list_name, value, self.lang)

    def archive(self) -> None:
        self.ops.run(
            lambda: self.desk.archive_case(self.case_id),
            label=self.tr("Archiving…"),
            changes=Changes.CASES,
        )

    def confirm_hotline(self) -> None:
        self.ops.run(lambda: self.desk.confirm_hotline_case(self.case_id), changes=Changes.CASES)

    def hand_over(self) -> None:
        self.ops.run(lambda: self.desk.hand_over_originals([self.case_id]), changes=Changes.CASES)

    def print_bag(self) -> None:
        """The whole archive bag as one PDF, made off the UI thread, then previewed for printing."""
        desk, case_id = self.desk, self.case_id
        print_and_preview(
            self,
            self.ops,
            self.dialogs,
            lambda: desk.print_bag(case_id, desk.preview_file(f"bag-{case_id}.pdf")),  # removed at sign-out
            self.tr("Preparing the archive bag…"),
            self.ops.failed.emit,
        )

    def reassign(self) -> None:
        accounts = self.sharing.sharing.accounts  # read with the case, on the worker
        workers = [a for a in accounts if a.active and "worker" in (a.roles or [])]
        names = [a.display_name for a in workers]
        chosen = self.dialogs.choose(self.tr("Reassign"), self.tr("Give the case to:"), names)
        if chosen is None:
            return
        worker = workers[names.index(chosen)]
        self.ops.run(
            lambda: self.desk.reassign("case", self.case_id, worker.id),
            changes=Changes.CASES | Changes.RECORDS,
        )

    def share(self) -> None:
        path = self.dialogs.save_file(self.tr("Save the anonymised copy"), "case-share.json")
        if path is None:
            return

        desk, case_id = self.desk, self.case_id

        def write() -> None:
            path.write_text(json.dumps(desk.anonymised_case(case_id), ensure_ascii=False, indent=2), encoding="utf-8")

        self.ops.run(write, on_done=lambda _: self.dialogs.info(self.tr("Saved"), str(path)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit(self.case_id)
        super().closeEvent(event)
