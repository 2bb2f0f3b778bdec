"""One widget per field type, each reading and writing the value in its stored form.

Widgets hold what the worker typed, even when it is wrong; the form engine decides what is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.schema import FieldDef, FieldType


class FieldWidget(QWidget):
    """Base: ``value()`` / ``set_value()`` in stored form, ``edited`` when the worker changes it."""

    edited = Signal()

    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self._loading = False
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(read_only)
            elif isinstance(child, QComboBox | QCheckBox | QPushButton):
                child.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self


class LineField(FieldWidget):
    PLACEHOLDERS = {FieldType.DATE: "2026-11-23", FieldType.TIME: "14:30", FieldType.MONEY: "0.00"}

    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.PLACEHOLDERS.get(field.type, ""))
        if field.type in (FieldType.NUMBER, FieldType.MONEY):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edit.setMaximumWidth(160)
        elif field.type in (FieldType.DATE, FieldType.TIME):
            self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(self._emit)
        self.layout_.addWidget(self.edit)
        if field.unit:
            self.layout_.addWidget(QLabel(field.unit.get(lang), self))
        if field.type in (FieldType.NUMBER, FieldType.MONEY, FieldType.DATE, FieldType.TIME):
            self.layout_.addStretch(1)

    def value(self) -> Any:
        return self.edit.text() or None

    def _set(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class LongTextField(FieldWidget):
    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setMinimumHeight(72)
        self.edit.setMaximumHeight(140)
        self.edit.textChanged.connect(self._emit)
        self.layout_.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def _set(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class ComboField(FieldWidget):
    """Choice, yes/no and rating: an empty first entry means "not answered yet"."""

    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(160)
        self.combo.addItem("", None)
        for value, label in self.entries():
            self.combo.addItem(label, value)
        self.combo.currentIndexChanged.connect(self._emit)
        self.layout_.addWidget(self.combo)
        if field.scale_labels:
            self.layout_.addWidget(QLabel(field.scale_labels.get(lang), self))
        self.layout_.addStretch(1)
        self._raw: Any = None

    def entries(self) -> list[tuple[Any, str]]:
        f = self.field
        if f.type is FieldType.YES_NO:
            return [(True, "是" if self.lang == "zh" else "Yes"), (False, "否" if self.lang == "zh" else "No")]
        if f.type is FieldType.RATING:
            low, high = int(f.min or 0), int(f.max if f.max is not None else 5)
            return [(n, str(n)) for n in range(low, high + 1)]
        return [(o.value, o.label.get(self.lang)) for o in f.options]

    def value(self) -> Any:
        data = self.combo.currentData()
        if data is None and self.combo.currentIndex() == 0 and self._raw is not None:
            return self._raw  # a stored value the list does not know: keep it, the engine flags it
        return data

    def _set(self, value: Any) -> None:
        index = next(
            (
                i
                for i in range(self.combo.count())
                if self.combo.itemData(i) == value and type(self.combo.itemData(i)) is type(value)
            ),
            0,
        )
        self._raw = value if index == 0 else None
        self.combo.setCurrentIndex(index)

    def focus_widget(self) -> QWidget:
        return self.combo


class MultiChoiceField(FieldWidget):
    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        box = QWidget(self)
        grid = QHBoxLayout(box) if len(field.options) <= 4 else QVBoxLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for option in field.options:
            check = QCheckBox(option.label.get(lang), box)
            check.toggled.connect(self._emit)
            grid.addWidget(check)
            self.boxes[option.value] = check
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def value(self) -> Any:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def _set(self, value: Any) -> None:
        chosen = set(value or [])
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class NoteField(FieldWidget):
    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        label = QLabel(field.text.get(lang) if field.text else "", self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)

    def value(self) -> Any:
        return None

    def _set(self, value: Any) -> None:
        pass


class SignatureField(FieldWidget):
    """Shows who signed and when. Capturing on a signature pad comes with the PDF issue; until then
    the signed paper form is scanned and attached."""

    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.label = QLabel(self)
        self.layout_.addWidget(self.label)
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def _set(self, value: Any) -> None:
        self._value = value
        if isinstance(value, dict) and value.get("name"):
            self.label.setText(f"{value['name']}  {value.get('signed_at', '')}")
        else:
            self.label.setText(self.tr("Not signed yet (signature pad coming; attach a scan of the signed paper)"))


class AttachmentField(FieldWidget):
    """Attachment ids; the record window supplies how to add and open files."""

    add_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, field: FieldDef, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.names: dict[str, str] = {}
        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.list_label.linkActivated.connect(self.open_requested.emit)
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.layout_.addWidget(self.list_label, 1)
        self.layout_.addWidget(self.add_button)
        self._ids: list[str] = []

    def value(self) -> Any:
        return list(self._ids)

    def _set(self, value: Any) -> None:
        self._ids = [v for v in (value or []) if isinstance(v, str)]
        self._render()

    def add(self, attachment_id: str, name: str) -> None:
        self.names[attachment_id] = name
        self._ids.append(attachment_id)
        self._render()
        self._emit()

    def _render(self) -> None:
        if not self._ids:
            self.list_label.setText(self.tr("No file attached"))
            return
        links = [f'<a href="{i}">{self.names.get(i, i[:8])}</a>' for i in self._ids]
        self.list_label.setText("　".join(links))

    def focus_widget(self) -> QWidget:
        return self.add_button


def make_field_widget(field: FieldDef, lang: str, parent: QWidget | None = None) -> FieldWidget:
    from desktop.ui.editor.table import TableField

    kinds: dict[FieldType, type[FieldWidget]] = {
        FieldType.TEXT: LineField,
        FieldType.DATE: LineField,
        FieldType.TIME: LineField,
        FieldType.NUMBER: LineField,
        FieldType.MONEY: LineField,
        FieldType.LONG_TEXT: LongTextField,
        FieldType.CHOICE: ComboField,
        FieldType.YES_NO: ComboField,
        FieldType.RATING: ComboField,
        FieldType.MULTI_CHOICE: MultiChoiceField,
        FieldType.NOTE: NoteField,
        FieldType.SIGNATURE: SignatureField,
        FieldType.ATTACHMENT: AttachmentField,
        FieldType.TABLE: TableField,
    }
    return kinds[field.type](field, lang, parent)
