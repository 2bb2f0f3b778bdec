"""Qt fixtures: fonts loaded once, Chinese by default, a registry with a test form of every type."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop.forms.loader import build_form
from desktop.forms.registry import Registry, default_registry
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language

ALL_TYPES_FORM = Path(__file__).with_name("all_types.yaml")


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    apply_fonts(qapp)
    install_language("zh")
    yield
    install_language("zh")


@pytest.fixture(scope="session")
def registry() -> Registry:
    base = default_registry()
    extra = build_form(yaml.safe_load(ALL_TYPES_FORM.read_text(encoding="utf-8")), base.option_lists)
    return Registry([*base, extra], dict(base.option_lists))
