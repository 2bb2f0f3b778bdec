"""Qt fixtures: fonts loaded once, Chinese by default, a registry with a test form of every type, and the
sync tests' agency (a hub and two enrolled laptops)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop.forms.loader import build_form
from desktop.forms.registry import Registry, default_registry
from desktop.ui.fonts import apply_fonts
from desktop.ui.i18n import install_language
from tests.sync.conftest import _agency_template, agency  # noqa: F401 - a hub and two laptops, for the sync screens

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
