"""The Sync page: where this workspace stands with its hub or devices; bundles exported and imported
off the UI thread with a progress bar, each file's outcome listed; a bundle's header inspected; at the
hub, devices enrolled (the one-time code shown once) and revoked; a standalone set up as the hub; and
the way to the conflicts waiting for a person. The rules are the domain's (workspace/sync_ops.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import CaseDeskError
from desktop.ui.dialogs import Dialogs
from desktop.ui.messages import user_message
from desktop.ui.ops import Changes, Ops
from desktop.ui.pages.page import Page
from desktop.ui.pages.sync_dialogs import CodeDialog, EnrolDialog, HubSetupDialog
from desktop.ui.pages.sync_words import SyncWords
from desktop.ui.pages.tables import fill_rows, fit_height, read_only_table
from desktop.workflow.permissions import Action, allowed
from desktop.workspace import Desk
from desktop.workspace.sync_ops import BUNDLE_SUFFIX

TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
SECTION_STYLE = "font-size: 12pt; font-weight: bold;"
NOTE_STYLE = "background: #fff3bf; padding: 6px; border-radius: 4px;"


class ProgressRelay(QObject):
    """Called on the worker thread by the domain; the signal reaches the page on the UI thread."""

    moved = Signal(int, int, str)

    def __call__(self, done: int, total: int, label: str) -> None:
        self.moved.emit(done, total, label)


class SyncPage(Page):
    conflicts_requested = Signal()

    depends = Changes.ALL & ~Changes.AUDIT & ~Changes.DRAFTS

    def __init__(self, desk: Desk, ops: Ops, dialogs: Dialogs, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, ops, dialogs, lang, parent)
        self.words = SyncWords(self)
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self._progress)
        self.status: dict[str, Any] = {}
        self.manages = allowed(desk.roles, Action.MANAGE_AGENCY)
        self._build_status()
        self._build_setup()
        self._build_devices()
        self._build_bundles()
        self._lay_out()
        self._result_rows: list[list[str]] = []
        self.retranslate(lang)

    def _build_status(self) -> None:
        """The title, the mode and state, the conflicts waiting."""
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.mode_text = QLabel(self)
        self.mode_text.setWordWrap(True)
        self.state_text = QLabel(self)
        self.state_text.setWordWrap(True)
        # conflicts
        self.conflicts_text = QLabel(self)
        self.conflicts_text.setWordWrap(True)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)

    def _build_setup(self) -> None:
        """Making this workspace the hub."""
        # set-up
        self.setup_box = QGroupBox(self)
        self.setup_text = QLabel(self.setup_box)
        self.setup_text.setWordWrap(True)
        self.setup_button = QPushButton(self.setup_box)
        self.setup_button.clicked.connect(self.set_up_hub)
        setup_layout = QVBoxLayout(self.setup_box)
        setup_layout.addWidget(self.setup_text)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.setup_button)
        setup_row.addStretch(1)
        setup_layout.addLayout(setup_row)

    def _build_devices(self) -> None:
        """The peers and, at the hub, the devices enrolled."""
        # peers and devices
        self.peers_title = QLabel(self)
        self.peers_title.setStyleSheet(SECTION_STYLE)
        self.peers = read_only_table(self)
        self.peers.setColumnCount(6)
        self.peers_empty = QLabel(self)
        self.peers_empty.setWordWrap(True)
        self.peers_empty.setStyleSheet(NOTE_STYLE)
        self.enrol_button = QPushButton(self)
        self.enrol_button.clicked.connect(self.enrol_device)
        self.revoke_button = QPushButton(self)
        self.revoke_button.clicked.connect(self.revoke_device)

    def _build_bundles(self) -> None:
        """Export, import and inspect bundles; their progress and outcome."""
        # bundles
        self.bundles_title = QLabel(self)
        self.bundles_title.setStyleSheet(SECTION_STYLE)
        self.bundles_hint = QLabel(self)
        self.bundles_hint.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_bundles)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_bundles)
        self.inspect_button = QPushButton(self)
        self.inspect_button.clicked.connect(self.inspect_bundle)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setVisible(False)
        self.results_title = QLabel(self)
        self.results_title.setWordWrap(True)
        self.results_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = read_only_table(self, selectable=False)
        self.results.setColumnCount(2)
        self.results.setVisible(False)
        for keys, slot in (("Ctrl+E", self.export_bundles), ("Ctrl+I", self.import_bundles)):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        # layout: scrolls on a small laptop screen instead of forcing the window taller
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.mode_text)
        layout.addWidget(self.state_text)
        conflicts_row = QHBoxLayout()
        conflicts_row.addWidget(self.conflicts_text, 1)
        conflicts_row.addWidget(self.conflicts_button)
        layout.addLayout(conflicts_row)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.peers_title)
        layout.addWidget(self.peers)
        layout.addWidget(self.peers_empty)
        device_row = QHBoxLayout()
        device_row.addWidget(self.enrol_button)
        device_row.addWidget(self.revoke_button)
        device_row.addStretch(1)
        layout.addLayout(device_row)
        layout.addWidget(self.bundles_title)
        layout.addWidget(self.bundles_hint)
        bundle_row = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.inspect_button):
            bundle_row.addWidget(button)
        bundle_row.addStretch(1)
        layout.addLayout(bundle_row)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label, 2)
        layout.addLayout(progress_row)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)

    # -- words -------------------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Sync"))
        self.conflicts_button.setText(self.tr("Resolve conflicts…"))
        self.setup_box.setTitle(self.tr("Set up this workspace as the hub"))
        self.setup_button.setText(self.tr("Set up this workspace as the hub…"))
        self.peers_title.setText(self.tr("Devices and hub"))
        self.peers.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Who works on it"),
                self.tr("Bundles sent to it"),
                self.tr("Bundles received from it"),
                self.tr("Of ours it has confirmed"),
                self.tr("State"),
            ]
        )
        self.enrol_button.setText(self.tr("Enrol a device…"))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.bundles_title.setText(self.tr("Bundle files"))
        self.bundles_hint.setText(
            self.tr(
                "Work travels as files on a USB stick or through a messaging app: export after your work, "
                "import what the other side sent. A file opens only at the workspace it is made for, and "
                "importing one twice changes nothing."
            )
        )
        self.export_button.setText(self.tr("Export bundles…"))
        self.export_button.setToolTip(self.tr("Ctrl+E"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.import_button.setToolTip(self.tr("Ctrl+I"))
        self.inspect_button.setText(self.tr("Inspect a bundle…"))
        self.results.setHorizontalHeaderLabels([self.tr("File"), self.tr("What happened")])
        if self.status:
            self.show_status(self.status)

    # -- status ------------------------------------------------------------------------------------
    def _loaded(self, status: dict[str, Any]) -> None:
        self.show_status(status)

    def _fetch(self) -> dict[str, Any]:
        status = self.desk.sync_status()
        status["devices"] = {d.name: d for d in self.desk.devices()} if status["mode"] == "hub" else {}
        accounts = self.desk.accounts()
        status["names"] = {a.username: a.display_name for a in accounts}
        status["workers"] = [(a.display_name, a.username) for a in accounts if a.active and a.has_role("worker")]
        return status

    @property
    def is_hub(self) -> bool:
        return self.status.get("mode") == "hub"

    def show_status(self, status: dict[str, Any]) -> None:
        self.status = status
        mode, set_up = status["mode"], status["set_up"]
        hub_name = next((p["name"] for p in status["peers"] if p["role"] == "hub"), "")
        if mode == "hub" and set_up:
            text = self.tr(
                "This workspace is the agency's hub: township laptops send their work here as bundle files, "
                "and decisions, numbers and the agency's tables go back to them the same way."
            )
        elif mode == "hub":
            text = self.tr("This workspace is meant to be the agency's hub, but the hub is not set up yet.")
        elif mode == "field":
            text = self.tr(
                "This laptop is a field device of the hub “%1”. After your work, export a bundle for the "
                "supervisor; when the hub's reply comes back, import it."
            ).replace("%1", hub_name)
        else:
            text = self.tr("This workspace works on its own: there is no hub or device to exchange work with.")
        self.mode_text.setText(text)
        lines = []
        if set_up:
            last = status["last_import"]
            lines.append(
                self.tr("Last import: %1").replace("%1", self.words.when(last))
                if last
                else self.tr("Nothing imported yet.")
            )
            waiting = status["awaiting_confirmation"]
            if waiting:
                lines.append(
                    self.tr(
                        "%1 changes were sent and are not yet confirmed by the other side: they travel again "
                        "in every bundle until a reply confirms them."
                    ).replace("%1", str(waiting))
                )
        self.state_text.setText("\n".join(lines))
        self.state_text.setVisible(bool(lines))
        conflicts = status["open_conflicts"]
        self.conflicts_text.setText(
            self.tr(
                "%1 items were changed both here and on the other side: both versions are kept until a "
                "person chooses one."
            ).replace("%1", str(conflicts))
            if conflicts
            else self.tr("No conflicts wait for a decision.")
        )
        self.conflicts_text.setStyleSheet(NOTE_STYLE if conflicts else "")
        self.conflicts_button.setVisible(bool(conflicts))
        self.conflicts_text.setVisible(set_up or bool(conflicts))
        self._show_setup(mode, set_up)
        self._show_peers(status)
        for button in (self.export_button, self.import_button):
            button.setEnabled(set_up)

    def _show_setup(self, mode: str, set_up: bool) -> None:
        can_set_up = not set_up and mode in ("standalone", "hub")
        self.setup_box.setVisible(can_set_up)
        self.setup_button.setVisible(self.manages)
        if self.manages:
            self.setup_text.setText(
                self.tr(
                    "Township laptops that work offline sync with one hub, usually the supervisor's office "
                    "computer. Set this workspace up as the hub to enrol them; the work already here stays, "
                    "and so do the archive numbers given. Keep a USB stick at hand for the recovery file."
                )
            )
        else:
            self.setup_text.setText(
                self.tr(
                    "This workspace does not sync. The agency head or the business lead sets it up as the "
                    "agency's hub here; a township laptop joins a hub when CaseDesk first starts in an "
                    "empty folder (“Join a supervisor's hub”)."
                )
            )

    def _show_peers(self, status: dict[str, Any]) -> None:
        devices, names = status["devices"], status["names"]
        rows, data = [], []
        for peer in status["peers"]:
            device = devices.get(peer["name"])
            users = "、".join(names.get(u, u) for u in device.users) if device else "—"
            if peer["role"] == "hub":
                state = self.tr("the hub")
            elif peer["revoked"]:
                revoked_at = device.revoked_at if device else None
                state = self.tr("revoked %1").replace("%1", self.words.when(revoked_at)).strip()
            elif device is not None and not device.first_bundle_in:
                state = self.tr("enrolled %1; waiting for its first bundle").replace(
                    "%1", self.words.when(device.enrolled_at)
                )
            else:
                state = self.tr("active")
            rows.append(
                [peer["name"], users, str(peer["sent"]), str(peer["received"]), str(peer["acknowledged"]), state]
            )
            data.append(peer["name"])
        fill_rows(self.peers, rows, data)
        fit_height(self.peers, 220)
        hub_admin = self.is_hub and self.manages and status["set_up"]
        self.enrol_button.setVisible(hub_admin)
        self.revoke_button.setVisible(hub_admin)
        self.revoke_button.setEnabled(any(not p["revoked"] for p in status["peers"]))
        shown = status["set_up"]
        self.peers_title.setVisible(shown)
        self.peers.setVisible(shown and bool(rows))
        if shown and not rows:
            self.peers_empty.setText(
                self.tr(
                    "No devices yet. Enrol each township laptop with “Enrol a device…”: you get a file for the "
                    "laptop and a one-time code to give its worker by hand."
                )
                if hub_admin
                else self.tr("No devices yet: the agency head or the business lead enrols them on this page.")
            )
        self.peers_empty.setVisible(shown and not rows)

    # -- progress and results ----------------------------------------------------------------------
    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if label:
            self.progress_label.setText(label)

    def _start(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        self.progress_label.setText(text)
        for button in (self.export_button, self.import_button, self.inspect_button, self.setup_button):
            button.setEnabled(False)

    def _stop(self) -> None:
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.progress_label.clear()
        self.inspect_button.setEnabled(True)
        self.setup_button.setEnabled(True)
        for button in (self.export_button, self.import_button):
            button.setEnabled(bool(self.status.get("set_up")))

    def _show_results(self, title: str, rows: list[list[str]]) -> None:
        self.results_title.setText(title)
        self._result_rows = rows
        self.results.setVisible(bool(rows))  # shown first, so rows take the height of their real width
        fill_rows(self.results, rows)

    def result_texts(self) -> list[list[str]]:
        """What the results table shows, row by row (tests read outcomes here)."""
        return [list(row) for row in self._result_rows]

    def _failed(self, exc: Exception) -> None:
        self._stop()
        super()._failed(exc)

    # -- export ------------------------------------------------------------------------------------
    def export_bundles(self) -> None:
        if not self.export_button.isEnabled():
            return
        folder = self.dialogs.choose_folder(self.tr("Export bundles into which folder?"))
        if folder is None:
            return
        relay = self.relay

        def work() -> list[Any]:
            def step(done: int, total: int, peer: str) -> None:
                relay(done, total, self.tr("Exporting for %1…").replace("%1", peer) if peer else "")

            return self.desk.export_bundles(folder, step)

        def done(results: list[Any]) -> None:
            self._stop()
            rows = [
                [
                    result.path.name,
                    self.tr("for %1, bundle no. %2: %3 (%4)")
                    .replace("%1", result.recipient)
                    .replace("%2", str(result.sequence))
                    .replace("%3", self.words.counts(result.counts))
                    .replace("%4", self.words.size(result.size)),
                ]
                for result in results
            ]
            if rows:
                title = self.tr("Written to %1 — take these files to the other side:").replace("%1", str(folder))
            else:
                title = self.tr("Nothing new to send: every device has everything already.")
            self._show_results(title, rows)
            self.load()

        self._start(self.tr("Exporting…"))
        self.ops.run(work, label=self.tr("Exporting bundles…"), on_done=done, on_error=self._failed)

    # -- import ------------------------------------------------------------------------------------
    def import_bundles(self) -> None:
        if not self.import_button.isEnabled():
            return
        kinds = self.tr("CaseDesk bundles") + f" (*{BUNDLE_SUFFIX})"
        paths = self.dialogs.open_files(self.tr("Import which bundles?"), kinds)
        if not paths:
            return
        relay, lang = self.relay, self.lang

        def work() -> list[tuple[Path, Any]]:
            outcomes: list[tuple[Path, Any]] = []
            steps = 4 * len(paths)
            for index, path in enumerate(paths):
                label = self.tr("Importing %1…").replace("%1", path.name)

                def step(done: int, total: int, _stage: str, index: int = index, label: str = label) -> None:
                    relay(index * 4 + min(done, 4), steps, label)

                try:
                    outcomes.append((path, self.desk.import_bundle(path, step)))
                except CaseDeskError as exc:  # this file is refused whole; the others go on
                    outcomes.append((path, exc))
                except Exception as exc:  # an unexpected failure is reported for that file
                    outcomes.append((path, exc))
            relay(steps, steps, "")
            return outcomes

        def done(outcomes: list[tuple[Path, Any]]) -> None:
            self._stop()
            rows = [[path.name, self._summary_text(outcome, lang)] for path, outcome in outcomes]
            imported = sum(1 for _, o in outcomes if not isinstance(o, Exception))
            title = self.tr("%1 of %2 files imported:").replace("%1", str(imported)).replace("%2", str(len(outcomes)))
            self._show_results(title, rows)
            self.load()

        self._start(self.tr("Importing…"))
        self.ops.run(
            work, label=self.tr("Importing bundles…"), changes=Changes.ALL, on_done=done, on_error=self._failed
        )

    def _summary_text(self, outcome: Any, lang: str) -> str:
        if isinstance(outcome, Exception):
            return self.tr("Not imported, nothing changed: %1").replace("%1", user_message(outcome, lang))
        if outcome.already_imported:
            return self.tr("Imported before: nothing changed.")
        lines = [self.tr("From %1, bundle no. %2.").replace("%1", outcome.sender).replace("%2", str(outcome.sequence))]
        lines.append(self.tr("Added: %1").replace("%1", self.words.counts(outcome.inserted)))
        lines.append(self.tr("Updated: %1").replace("%1", self.words.counts(outcome.updated)))
        if outcome.conflicts:
            lines.append(
                self.tr("%1 conflicts: changed on both sides, both versions kept; resolve them on this page.").replace(
                    "%1", str(outcome.conflicts)
                )
            )
        if outcome.missing:
            lines.append(
                self.tr(
                    "Bundles never imported here: no. %1. Nothing is lost: what they carried came with this one."
                ).replace("%1", "、".join(str(n) for n in outcome.missing))
            )
        if outcome.numbers_given:
            lines.append(self.tr("Archive numbers given: %1").replace("%1", "、".join(outcome.numbers_given)))
        if outcome.refused_destroyed:
            lines.append(
                self.tr("%1 rows belonged to files destroyed here (retention) and were refused.").replace(
                    "%1", str(outcome.refused_destroyed)
                )
            )
        lines += list(outcome.notices)
        return "\n".join(lines)

    # -- inspect -----------------------------------------------------------------------------------
    def inspect_bundle(self) -> None:
        kinds = self.tr("CaseDesk bundles") + f" (*{BUNDLE_SUFFIX})"
        path = self.dialogs.open_file(self.tr("Inspect which bundle?"), kinds)
        if path is None:
            return

        def done(header: dict[str, Any]) -> None:
            lines = [
                self.tr("From: %1").replace("%1", str(header.get("sender_name") or header.get("sender"))),
                self.tr("To: %1").replace("%1", str(header.get("recipient_name") or header.get("recipient"))),
                self.tr("Bundle no.: %1").replace("%1", str(header.get("sequence"))),
                self.tr("Made: %1").replace("%1", self.words.when(header.get("created"))),
                self.tr("Holds: %1").replace("%1", self.words.counts(header.get("counts") or {})),
                self.tr("Size: %1").replace("%1", self.words.size(int(header.get("size") or 0))),
                self.tr("Made by CaseDesk %1").replace("%1", str(header.get("app_version") or "")),
            ]
            self.dialogs.info(self.tr("Bundle %1").replace("%1", path.name), "\n".join(lines))

        self.ops.run(
            lambda: self.desk.inspect_bundle(path),
            on_done=done,
            on_error=lambda exc: self.dialogs.error(self.tr("Not a bundle"), user_message(exc, self.lang)),
        )

    # -- hub set-up, devices -----------------------------------------------------------------------
    def set_up_hub(self) -> None:
        dialog = HubSetupDialog(self.dialogs, self.desk.layout.root, self)
        if not self.dialogs.run(dialog):
            return
        path, passphrase = dialog.recovery_path(), dialog.passphrase.text()

        def done(_: Any) -> None:
            self._stop()
            self.dialogs.info(
                self.tr("The hub is set up"),
                self.tr(
                    "This workspace is now the agency's hub. The recovery file is at %1: take it off this "
                    "computer to the agency head today. Next, enrol each township laptop with “Enrol a device…”."
                ).replace("%1", str(path)),
            )
            self.load()

        self._start(self.tr("Setting up the hub…"))
        self.ops.run(
            lambda: self.desk.hub_init(path, passphrase),
            label=self.tr("Setting up the hub…"),
            changes=Changes.SETTINGS,
            on_done=done,
            on_error=self._failed,
        )

    def enrol_device(self) -> None:
        dialog = EnrolDialog(self.dialogs, self.status.get("workers", []), self)  # read with the page
        if not self.dialogs.run(dialog):
            return
        name, out, users = dialog.name.text().strip(), dialog.out_path(), dialog.chosen_users()

        def done(code: str) -> None:
            self.load()
            self.dialogs.run(CodeDialog(code, name, out, self))

        self.ops.run(
            lambda: self.desk.enrol_device(name, out, users),
            label=self.tr("Making the enrolment file…"),
            on_done=done,
            on_error=self._failed,
        )

    def revoke_device(self) -> None:
        active = [p["name"] for p in self.status.get("peers", []) if p["role"] == "device" and not p["revoked"]]
        row = self.peers.currentRow()
        item = self.peers.item(row, 0) if row >= 0 else None
        name = item.data(Qt.ItemDataRole.UserRole) if item else None
        if name not in active:
            name = self.dialogs.choose(self.tr("Revoke a device"), self.tr("Which device?"), active)
            if name is None:
                return
        question = self.tr(
            "Revoke “%1”? Its bundles are refused from now on and the archive numbers it has not used are "
            "never given again. Do this for a lost, stolen or retired laptop; its worker gets a newly enrolled one."
        ).replace("%1", name)
        if not self.dialogs.confirm(self.tr("Revoke a device"), question):
            return
        self.ops.run(
            lambda: self.desk.revoke_device(name),
            on_done=lambda _: self.load(),
            on_error=self._failed,
        )
