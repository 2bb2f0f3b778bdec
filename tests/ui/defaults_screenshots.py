"""Screenshots of the new-client panel (empty, and with an ID number that contradicts the choices), the
case-opening question and the new-group dialog:

.venv/bin/python -m tests.ui.defaults_screenshots OUT_DIR [zh|en]"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.dialogs import ScriptedDialogs
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from desktop.ui.ops import Ops
from desktop.ui.pages.choices import choose_value
from desktop.ui.pages.client_panel import ClientPanel
from desktop.ui.pages.new_group import NewGroupDialog
from desktop.ui.pages.open_case import OpenCaseDialog
from desktop.workspace import create_workspace, open_desk


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
    create_workspace(root, agency_name="恒爱社工", station_name="东城站", username="zhou",
                     display_name="周敏", password="zhou-pass-1")  # fmt: skip
    desk = open_desk(root, "zhou", "zhou-pass-1")
    panel = ClientPanel(desk, Ops(), ScriptedDialogs(), lang, lambda: None, lambda _: None)
    panel.retranslate(lang)
    panel.resize(1100, panel.sizeHint().height())
    grab(panel, out / f"client-panel-{lang}.png")
    panel.name.setText("孙玉珍")
    choose_value(panel.sex, "male")
    panel.birth.setText("1950-03-15")
    panel.id_number.setText("530123195003140022")  # a woman born 1950-03-14
    panel.resize(1100, panel.sizeHint().height())
    grab(panel, out / f"client-panel-warning-{lang}.png")
    projects = [SimpleNamespace(name=name, id=uuid.uuid4()) for name in ("东城社区长者关爱项目", "青少年成长项目")]
    client = SimpleNamespace(name="孙玉珍", domain="elderly")
    grab(OpenCaseDialog(desk.registry, projects, client, lang), out / f"open-case-{lang}.png")
    dialog = OpenCaseDialog(desk.registry, projects[:1], client, lang)
    choose_value(dialog.case_type, "consultation")
    grab(dialog, out / f"open-case-consultation-{lang}.png")
    group = NewGroupDialog(desk.registry, projects, lang)
    grab(group, out / f"new-group-{lang}.png")
    desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "zh")
