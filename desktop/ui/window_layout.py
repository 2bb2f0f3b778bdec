"""A window's size and splitter position, remembered per account in the workspace's ``ui/`` folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


def layout_settings(workspace: Path, username: str) -> QSettings:
    path = workspace / "ui" / f"{username}.ini"
    path.parent.mkdir(exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore_layout(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    """The remembered layout, or a first-run one sized for a 1280×800 laptop screen."""
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 780)
    state = settings.value("splitter")
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    else:
        splitter.setSizes([190, 1010])


def save_layout(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("splitter", splitter.saveState())
    settings.sync()
