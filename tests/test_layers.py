"""The packages depend on one another in one direction: checked in the source, every import (a function's
late import too). The workspace builds on the rest; the PDF, indicator and sync code, security and the file
writers know nothing of it; workflow may use the forms, never the other way; the audit chain hashes without sync."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"

# (package, what it must not import)
FORBIDDEN = [
    ("pdf", "desktop.workspace"),
    ("indicators", "desktop.workspace"),
    ("sync", "desktop.workspace"),
    ("security", "desktop.workspace"),
    ("files", "desktop.workspace"),
    ("forms", "desktop.workflow"),
    ("workflow", "desktop.sync"),
]


def imports_of(source: str) -> list[tuple[int, str]]:
    """(line, module) for every import in ``source``; ``from desktop import workspace`` as desktop.workspace."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def offenders(package: str, forbidden: str, sources: dict[str, str] | None = None) -> list[str]:
    if sources is None:
        sources = {
            str(p.relative_to(DESKTOP.parent)): p.read_text(encoding="utf-8")
            for p in sorted((DESKTOP / package).rglob("*.py"))
        }
    return [
        f"{path}:{line} imports {module}"
        for path, source in sources.items()
        for line, module in imports_of(source)
        if module == forbidden or module.startswith(forbidden + ".")
    ]


@pytest.mark.parametrize(("package", "forbidden"), FORBIDDEN, ids=[f"{p}-not-{f}" for p, f in FORBIDDEN])
def test_a_package_does_not_import_what_builds_on_it(package: str, forbidden: str) -> None:
    assert list((DESKTOP / package).rglob("*.py")), package  # the package is there to be checked
    assert offenders(package, forbidden) == []


@pytest.mark.parametrize(
    "line",
    [
        "from desktop.workspace.layout import Layout",
        "import desktop.workspace.keystore",
        "from desktop import workspace",
        "from desktop.workspace import Layout",
        "def late():\n    from desktop.workspace.store import open_store",
    ],
)
def test_an_import_added_back_is_caught(line: str) -> None:
    source = f"from __future__ import annotations\n\nimport os\n\n{line}\n"
    assert offenders("security", "desktop.workspace", {"desktop/security/added.py": source})
    assert not offenders("security", "desktop.workspace", {"desktop/security/fine.py": "import desktop.workspaces_x"})
