"""The checked types: mypy over the modules pyproject.toml names ([tool.mypy]: the domain, everything under
desktop/ but the UI), strict for the forms and workflow, unused ignores reported. A failure lists mypy's own
findings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_checked_modules_type_check():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
