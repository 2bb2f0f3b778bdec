"""ruff keeps the code clean and formatted (and bans Qt outside desktop/ui)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")


@pytest.mark.skipif(RUFF is None, reason="ruff is installed with the test extra")
@pytest.mark.parametrize("args", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(args):
    result = subprocess.run([RUFF, *args, "desktop", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# Functions longer than this are split by what they do (migrations are frozen history and are left whole).
MAX_FUNCTION_LINES = 80


def long_functions() -> set[tuple[str, str]]:
    found = set()
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            long = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
            )
            if long:
                found.add((path.relative_to(ROOT).as_posix(), node.name))
    return found


def test_no_function_is_longer_than_a_screen_or_two():
    assert long_functions() == set(), "split it by what it does"
