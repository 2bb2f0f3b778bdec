"""Choices from the registry's option lists that start on nothing: a first “please choose” entry holding no
value, so that a sex, a service domain, a case type or a group's kind is recorded only when someone picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.forms.registry import Registry


def fill_options(combo: QComboBox, registry: Registry, list_name: str, lang: str, prompt: str) -> None:
    """(Re)fill ``combo`` with ``prompt`` (no value) then the list's options in ``lang``; what was chosen stays."""
    fill_items(combo, [(o.label.get(lang), o.value) for o in registry.option_lists[list_name]], prompt)


def fill_items(combo: QComboBox, items: list[tuple[str, Any]], prompt: str) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(prompt, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(index_of(combo, current))
    combo.blockSignals(False)


def index_of(combo: QComboBox, value: Any) -> int:
    """The entry holding ``value`` (0, the “please choose” one, when none does or it is None). Compared in
    Python: ``findData`` misses values Qt holds as Python objects, such as an id."""
    if value is None:
        return 0
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


def option_combo(parent: QWidget, registry: Registry, list_name: str, lang: str, prompt: str) -> QComboBox:
    combo = QComboBox(parent)
    fill_options(combo, registry, list_name, lang, prompt)
    return combo


def choose_value(combo: QComboBox, value: Any) -> None:
    """Select ``value`` (None: back to the “please choose” entry)."""
    combo.setCurrentIndex(index_of(combo, value))


def and_list(parts: list[str], lang: str) -> str:
    """“a, b and c” / “a、b和c”."""
    if len(parts) < 2:
        return "".join(parts)
    if lang == "zh":
        return "、".join(parts[:-1]) + "和" + parts[-1]
    return ", ".join(parts[:-1]) + " and " + parts[-1]
