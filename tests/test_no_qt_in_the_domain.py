"""The domain never imports Qt: checked in the source and in a real process."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
QT_FREE = [p for p in DESKTOP.rglob("*.py") if "ui" not in p.relative_to(DESKTOP).parts]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_domain_module_imports_qt():
    assert len(QT_FREE) > 20
    offenders = [
        str(p.relative_to(DESKTOP))
        for p in QT_FREE
        if any(m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} for m in imported_modules(p))
    ]
    assert offenders == []


def test_running_the_domain_loads_no_qt(tmp_path: Path):
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"assert main(['demo', '--data-dir', {str(tmp_path / 'ws')!r}, '--json']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
