"""Where CaseDesk keeps things. Every location comes from here and each can be overridden, so that
tests and several workspaces side by side never touch the user's real data."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CaseDesk"
DATA_DIR_ENV = "CASEDESK_DATA_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR.parent / "resources"


def default_data_dir() -> Path:
    """The platform's user data directory (e.g. %LOCALAPPDATA%\\CaseDesk on Windows)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``CASEDESK_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
