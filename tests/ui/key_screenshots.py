"""Screenshots of the recovery key, the forgotten-password page and the password dialog:

.venv/bin/python -m tests.ui.key_screenshots OUT_DIR [zh|en]"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.account_keys import PasswordDialog, RecoveryKeyDialog
from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.start import StartWindow
from desktop.workspace import create_workspace


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))


def main(out: Path, lang: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_fonts(app)
    install_language(lang)
    root = Path(tempfile.mkdtemp()) / "ws"
    created = create_workspace(root, agency_name="恒爱社工", station_name="东城站", username="zhou",
                               display_name="周敏", password="zhou-pass-1")  # fmt: skip
    grab(RecoveryKeyDialog(created.recovery_code), out / f"recovery-key-{lang}.png")
    start = StartWindow(root, ScriptedDialogs(), lang=lang)
    start.username.setText("zhou")
    start.show_recovery()
    start.recovery.error.setText(start.recovery.tr("Checking the recovery key…"))
    grab(start, out / f"forgot-password-{lang}.png")
    start.show_page()
    grab(start, out / f"sign-in-{lang}.png")
    dialog = PasswordDialog()
    dialog.error.setText(dialog.tr("The two new passwords differ."))
    grab(dialog, out / f"change-password-{lang}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "zh")
