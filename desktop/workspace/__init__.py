"""A workspace folder: its files, keystore, store and the Desk façade over it.

The names are loaded when first used (PEP 562): the sign-in window needs only ``Layout`` to show, and the
Desk brings in SQLAlchemy and the form definitions, which the window imports once it is on screen."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.workspace.desk import Desk
    from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
    from desktop.workspace.open import Created, create_workspace, open_desk, recover_account

_HOMES = {
    "Desk": "desk",
    "Layout": "layout",
    "Mode": "layout",
    "WorkspaceInfo": "layout",
    "Created": "open",
    "create_workspace": "open",
    "open_desk": "open",
    "recover_account": "open",
}

__all__ = ["Created", "Desk", "Layout", "Mode", "WorkspaceInfo", "create_workspace", "open_desk", "recover_account"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'desktop.workspace' has no attribute {name!r}")
    value = getattr(import_module(f"desktop.workspace.{home}"), name)
    globals()[name] = value
    return value
