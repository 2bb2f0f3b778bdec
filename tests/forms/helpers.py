"""Write a form inline as a dict and run it through the real pipeline (the pyxform habit)."""

from __future__ import annotations

from typing import Any

from desktop.forms.loader import build_form
from desktop.forms.registry import default_registry
from desktop.forms.schema import FormDef


def make_form(*fields: dict[str, Any], rules: list[dict[str, Any]] | None = None, **extra: Any) -> FormDef:
    raw: dict[str, Any] = {
        "id": "sample",
        "version": 1,
        "family": "test",
        "scope": "standalone",
        "title": {"zh": "样表", "en": "Sample"},
        "approval": [],
        "sections": [{"id": "main", "title": {"zh": "主要", "en": "Main"}, "fields": list(fields)}],
    }
    if rules:
        raw["rules"] = rules
    raw.update(extra)
    return build_form(raw, default_registry().option_lists)


def field(id: str, type: str, **keys: Any) -> dict[str, Any]:
    return {"id": id, "type": type, "label": {"zh": id, "en": id}, **keys}
