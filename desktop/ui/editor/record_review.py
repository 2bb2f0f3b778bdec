"""What a record window does about a form's approval: the reviewer's decision, an approval given on paper or by
phone recorded (and confirmed later by the one who gave it), and voiding with the reason. Each asks the person
first and runs through the window's operation helper; the Desk decides who may."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.ui.ops import Changes

if TYPE_CHECKING:
    from desktop.ui.editor.record_window import RecordWindow


class ReviewActions(QObject):
    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self.window = window

    def decide(self, outcome: str) -> None:
        w = self.window
        opinion = w.dialogs.ask_text(self.tr("Opinion"), self.tr("Supervisor's opinion (required to return):"))
        if opinion is None:
            return
        desk, record_id = w.desk, w.record.id
        w._change(
            lambda: desk.decide(record_id, outcome, opinion or None),
            self.tr("Recording the decision…"),
            Changes.RECORDS | Changes.CASES | Changes.GROUPS,
        )

    def record_paper_approval(self) -> None:
        """The supervisor approved on paper or by phone: who, when (today), and a scan if there is one.
        It counts at once and stays flagged until the supervisor confirms it in the app."""
        w = self.window
        accounts = w.side_data.accounts if w.side_data else []  # read with the record, on the worker
        reviewers = [a for a in accounts if a.active and a.id != w.desk.account.id and w.may_decide(a.roles)]
        names = [a.display_name for a in reviewers]
        chosen = w.dialogs.choose(self.tr("Paper or phone approval"), self.tr("Who approved?"), names)
        if chosen is None:
            return
        approver = reviewers[names.index(chosen)]
        channel = (
            "paper"
            if w.dialogs.confirm(self.tr("Paper or phone approval"), self.tr("Was it signed on paper? (No: by phone)"))
            else "phone"
        )
        scan = w.dialogs.open_file(self.tr("Scan of the signed form (optional)")) if channel == "paper" else None
        desk, record_id = w.desk, w.record.id
        w._change(
            lambda: desk.record_offline_approval(record_id, approver.id, desk.today(), channel, scan),
            self.tr("Recording the approval…"),
            Changes.RECORDS | Changes.CASES | Changes.GROUPS,
        )

    def confirm_approval(self) -> None:
        """The reviewer confirms in the program the approval she gave on paper or by phone (asked first)."""
        w = self.window
        decision = w._my_unconfirmed()
        if decision is None:
            w.dialogs.info(
                self.tr("Confirm an approval"),
                self.tr("No paper or phone approval of yours waits here for confirming."),
            )
            return
        how = self.tr("on paper") if decision.channel == "paper" else self.tr("by phone")
        question = (
            self.tr("Confirm that you approved “%1” %2 on %3?")
            .replace("%1", w.form.title.get(w.lang))
            .replace("%2", how)
            .replace("%3", str(decision.given_on or ""))
        )
        if not w.dialogs.confirm(self.tr("Confirm an approval"), question):
            return
        desk, decision_id = w.desk, decision.id
        w._change(
            lambda: desk.confirm_offline_approval(decision_id),
            self.tr("Confirming the approval…"),
            Changes.RECORDS | Changes.CASES | Changes.GROUPS,
        )

    def void(self) -> None:
        """Void with the reason, asked first: the form stays with its history and counts no more."""
        w = self.window
        question = self.tr(
            "Void “%1”? It is kept with its history and the reason, no longer counts and can no longer be changed."
        ).replace("%1", w.form.title.get(w.lang))
        reason = w.dialogs.ask_text(self.tr("Void the form"), question + "\n" + self.tr("Why is it voided? (required)"))
        if reason is None:
            return
        if not reason.strip():
            w.dialogs.error(self.tr("Not done"), self.tr("A form is voided only with the reason: nothing was voided."))
            return
        desk, record_id = w.desk, w.record.id
        w._change(
            lambda: desk.void_record(record_id, reason),
            self.tr("Voiding…"),
            Changes.RECORDS | Changes.CASES | Changes.GROUPS | Changes.DRAFTS,
            lambda _: w.dialogs.info(self.tr("Voided"), self.tr("The form was voided; it is kept, read-only.")),
        )
