"""One case: its state, risk flag, what is due and what the archive still lacks, every form, and a
timeline of every form, revision and decision. The rules are the domain's; this window shows them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.models.services import service_status_label
from desktop.ui.dialogs import Dialogs
from desktop.ui.formatting import local_time
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.file_reads import CaseScreen, read_case
from desktop.ui.pages.file_window import FileWindow
from desktop.workflow.case_rules import is_flagged
from desktop.workspace import Desk

RISK_STYLE = "background: #c92a2a; color: white; padding: 2px 8px; border-radius: 4px;"


class CaseWindow(FileWindow):
    kind = "case"
    depends = Changes.CASES | Changes.CLIENTS | Changes.RECORDS | Changes.ACCOUNTS  # what it shows
    archiving_changes = Changes.CASES

    def __init__(
        self,
        desk: Desk,
        ops: Ops,
        dialogs: Dialogs,
        case_id: uuid.UUID,
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, ops, dialogs, case_id, lang, parent)
        self.case_id = case_id
        self.resize(1000, 700)
        self.risk = QLabel(self)
        self.risk.setStyleSheet(RISK_STYLE)
        self.timeline = QListWidget(self)
        self.new_button.setText(self.tr("New form for this case…"))
        self.archive_button.setText(self.tr("Archive the case"))
        self.correct_button.setText(self.tr("Correct the domain or type…"))
        self._build_case_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(self.risk))
        layout.addWidget(self.due)
        layout.addLayout(
            self._button_row(
                (
                    self.new_button,
                    self.archive_button,
                    self.confirm_button,
                    self.originals_button,
                    self.reassign_button,
                    self.bag_button,
                    self.share_button,
                    self.correct_button,
                )
            )
        )
        layout.addWidget(self.sharing)
        layout.addWidget(self._build_lists(), 1)
        ops.changed.connect(self.refresh)
        self.refresh()

    def _build_case_buttons(self) -> None:
        self.confirm_button = QPushButton(self.tr("Confirm the hotline consultation"), self)
        self.confirm_button.clicked.connect(self.confirm_hotline)
        self.originals_button = QPushButton(self.tr("Paper originals handed to the agency"), self)
        self.originals_button.clicked.connect(self.hand_over)
        self.reassign_button = QPushButton(self.tr("Reassign to another worker…"), self)
        self.reassign_button.clicked.connect(self.reassign)
        self.reassign_button.setVisible(False)  # until the summary says the person may reassign
        self.share_button = QPushButton(self.tr("Anonymised copy for case sharing…"), self)
        self.share_button.clicked.connect(self.share)

    def _build_lists(self) -> QSplitter:
        """The case's forms on the left, its timeline on the right."""
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
        return splitter

    def _reader(self) -> Callable[[], CaseScreen]:
        desk, case_id = self.desk, self.case_id
        return lambda: read_case(desk, case_id)

    def _reading_label(self) -> str:
        return self.tr("Reading the case…")

    def _show(self, screen: CaseScreen) -> None:
        summary = screen.summary
        lang, case, client, actions = self.lang, summary.case, summary.client, summary.actions
        self._show_name(case.archive_code, client.name)
        self.state.setText(service_status_label(case.status, lang))
        self.risk.setVisible(is_flagged(case.risk_level))
        self.risk.setText(self.tr("Risk: %1").replace("%1", self._option("risk_level", case.risk_level)))
        lines = []
        if case.approval_owed:
            lines.append(self.tr("Hotline consultation served first: the supervisor's approval is owed."))
        if summary.sessions_short:
            lines.append(
                self.tr("%1 more session records needed (this case needs %2).")
                .replace("%1", str(summary.sessions_short))
                .replace("%2", str(summary.sessions_needed))
            )
        missing = summary.archive_missing if summary.archive_pending else []
        self.due.setText("\n".join(lines + self._due_lines(missing, summary.due)))
        self.archive_button.setEnabled("archive" in actions)
        self.confirm_button.setVisible("confirm_hotline" in actions)
        self.originals_button.setVisible("hand_over_originals" in actions)
        self.reassign_button.setVisible("reassign" in actions)
        self._show_correctable(case)
        self.sharing.show_sharing(case.owner_id, screen.sharing)
        self._show_records(summary.records)
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
        elif entry.kind == "correction":
            subject = {"case": self.tr("the case"), "client": self.tr("the client's details")}.get(entry.subject, "")
            what = self.tr("%1 corrected").replace("%1", subject or self.tr("the form"))
        elif entry.kind == "void":
            what = self.tr("voided")
        elif entry.kind == "confirmed":
            what = self.tr("paper or phone approval confirmed")
        else:
            what = self.tr("created")
        reasoned = entry.kind in ("decision", "correction", "void")
        note = f"：{entry.note}" if reasoned and entry.note else ""
        return f"{local_time(entry.at)}  {title}  {what}  {entry.actor}{note}"

    def _archive_call(self) -> Callable[[], Any]:
        desk, case_id = self.desk, self.case_id
        return lambda: desk.archive_case(case_id)

    def _correct_call(self, reason: str, changes: dict[str, Any]) -> Callable[[], Any]:
        desk, case_id = self.desk, self.case_id
        return lambda: desk.correct_case(case_id, reason, **changes)

    def confirm_hotline(self) -> None:
        desk, case_id = self.desk, self.case_id
        self.ops.run(lambda: desk.confirm_hotline_case(case_id), changes=Changes.CASES)

    def hand_over(self) -> None:
        desk, case_id = self.desk, self.case_id
        self.ops.run(lambda: desk.hand_over_originals([case_id]), changes=Changes.CASES)

    def reassign(self) -> None:
        accounts = self.sharing.sharing.accounts  # read with the case, on the worker
        workers = [a for a in accounts if a.active and "worker" in (a.roles or [])]
        names = [a.display_name for a in workers]
        chosen = self.dialogs.choose(self.tr("Reassign"), self.tr("Give the case to:"), names)
        if chosen is None:
            return
        worker = workers[names.index(chosen)]
        desk, case_id = self.desk, self.case_id
        self.ops.run(lambda: desk.reassign("case", case_id, worker.id), changes=Changes.CASES | Changes.RECORDS)

    def share(self) -> None:
        path = self.dialogs.save_file(self.tr("Save the anonymised copy"), "case-share.json")
        if path is None:
            return

        desk, case_id = self.desk, self.case_id

        def write() -> None:
            path.write_text(json.dumps(desk.anonymised_case(case_id), ensure_ascii=False, indent=2), encoding="utf-8")

        self.ops.run(write, on_done=lambda _: self.dialogs.info(self.tr("Saved"), str(path)))
