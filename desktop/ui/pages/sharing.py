"""Sharing a case or group with a colleague, and stopping, from its window: who it is shared with, and
the two buttons for those the domain lets share it (the owner, their supervisor, the agency's leadership).
The domain decides and refuses; this panel only asks it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.file_reads import Sharing
from desktop.workspace import Desk


class SharePanel(QWidget):
    def __init__(
        self, desk: Desk, ops: Ops, dialogs: Dialogs, kind: str, target_id: uuid.UUID, lang: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.desk, self.ops, self.dialogs, self.kind, self.target_id, self.lang = (
            desk, ops, dialogs, kind, target_id, lang,
        )  # fmt: skip
        self.label = QLabel(self)
        self.owner_id: uuid.UUID | None = None
        self.sharing, self.shared = Sharing([], [], False), []  # filled from the worker's reading
        self.share_button = QPushButton(self.tr("Share with a colleague…"), self)
        self.share_button.clicked.connect(self.share)
        self.stop_button = QPushButton(self.tr("Stop sharing…"), self)
        self.stop_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.share_button)
        layout.addWidget(self.stop_button)
        self.share_button.setVisible(False)
        self.stop_button.setVisible(False)

    def show_sharing(self, owner_id: uuid.UUID | None, sharing: Sharing) -> None:
        """What the worker read (``file_reads.read_sharing``), shown."""
        self.owner_id, self.sharing = owner_id, sharing
        names = {a.id: a.display_name for a in sharing.accounts}
        self.shared = sharing.shared
        if self.shared:
            who = "、".join(names.get(a, "") for a in self.shared)
            self.label.setText(self.tr("Shared with: %1").replace("%1", who))
        else:
            self.label.setText(self.tr("Not shared with anyone"))
        self.share_button.setVisible(sharing.may_share)
        self.stop_button.setVisible(sharing.may_share and bool(self.shared))

    def share(self) -> None:
        colleagues = [
            a
            for a in self.sharing.accounts
            if a.active and a.id not in (self.owner_id, *self.shared) and a.id != self.desk.account.id
        ]
        names = [a.display_name for a in colleagues]
        chosen = self.dialogs.choose(self.tr("Share"), self.tr("Open this file to:"), names)
        if chosen is None:
            return
        colleague = colleagues[names.index(chosen)]
        desk, kind, target_id = self.desk, self.kind, self.target_id
        self.ops.run(
            lambda: desk.share(kind, target_id, colleague.id),
            changes=Changes.CASES | Changes.GROUPS,
        )

    def stop(self) -> None:
        names_by_id = {a.id: a.display_name for a in self.sharing.accounts}
        names = [names_by_id.get(a, str(a)) for a in self.shared]
        chosen = self.dialogs.choose(self.tr("Stop sharing"), self.tr("Close this file to:"), names)
        if chosen is None:
            return
        account_id = self.shared[names.index(chosen)]
        desk, kind, target_id = self.desk, self.kind, self.target_id
        self.ops.run(
            lambda: desk.unshare(kind, target_id, account_id),
            changes=Changes.CASES | Changes.GROUPS,
        )
