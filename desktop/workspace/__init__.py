"""A workspace folder: its files, keystore, store and the Desk façade over it."""

from desktop.workspace.desk import Desk
from desktop.workspace.layout import Layout, Mode, WorkspaceInfo
from desktop.workspace.open import Created, create_workspace, open_desk, recover_account

__all__ = ["Created", "Desk", "Layout", "Mode", "WorkspaceInfo", "create_workspace", "open_desk", "recover_account"]
