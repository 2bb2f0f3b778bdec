"""A workspace folder: its files, keystore, store and the Desk façade over it."""

from desktop.workspace.desk import Desk
from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
from desktop.workspace.open import create_workspace, open_desk

__all__ = ["Desk", "Layout", "Mode", "WorkspaceInfo", "create_workspace", "open_desk"]
