"""The form editor, generated from a form definition: sections, one row per field, computed values
that follow the typing, conditional fields that appear and hide, carried values read-only, and each
error or warning shown on the field at fault. Validation itself is the form engine's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.forms import expressions
from desktop.forms.compute import expression_names
from desktop.forms.schema import FieldDef, FieldType, FormDef
from desktop.forms.validation import Report, validate, visible_fields
from desktop.ui.editor.fields import FieldWidget, make_field_widget
from desktop.ui.editor.table import TableField

ERROR_STYLE = "color: #c92a2a;"
WARNING_STYLE = "color: #b35c00;"
HELP_STYLE = "color: #666;"


class _FieldRow:
    def __init__(
        self,
        field: FieldDef,
        widget: FieldWidget,
        label: QLabel,
        help_label: QLabel | None,
        issues: QLabel,
        container: QWidget,
    ) -> None:
        self.field = field
        self.widget = widget
        self.label = label
        self.help = help_label
        self.issues = issues
        self.container = container


class FormEditor(QScrollArea):
    """Edits one record's content. ``changed`` fires on every edit; ``report`` holds the latest
    validation (errors block submit, warnings do not)."""

    changed = Signal()

    def __init__(
        self, form: FormDef, lang: str = "zh", context: Mapping[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self.context = dict(context or {})
        self.rows: dict[str, _FieldRow] = {}
        self.sections: dict[str, QGroupBox] = {}
        self.report = Report()
        self._dirty = False
        self.setWidgetResizable(True)
        # Values CaseDesk fills (carried or computed) look different from what the worker types.
        self.setStyleSheet('QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #eef1f4; }')
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        for section in form.sections:
            self.body_layout.addWidget(self._build_section(section))
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # validate once typing pauses, not on every key
        self._timer.timeout.connect(self.refresh)

    # -- building --------------------------------------------------------------------------------
    def _build_section(self, section) -> QGroupBox:
        box = QGroupBox(section.title.get(self.lang), self)
        layout = QFormLayout(box)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in section.fields:
            widget = make_field_widget(f, self.lang, box)
            widget.edited.connect(self._on_edit)
            if self.is_filled_for_you(f):
                widget.set_read_only(True)
            container = QWidget(box)
            column = QVBoxLayout(container)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            help_label = None
            if f.help:
                help_label = QLabel(f.help.get(self.lang), container)
                help_label.setWordWrap(True)
                help_label.setStyleSheet(HELP_STYLE)
                column.addWidget(help_label)
            issues = QLabel(container)
            issues.setWordWrap(True)
            issues.setVisible(False)
            column.addWidget(issues)
            label = QLabel(self._label_text(f), box)
            label.setBuddy(widget.focus_widget())
            if f.type is FieldType.NOTE:
                layout.addRow(container)
            elif f.type is FieldType.TABLE:
                layout.addRow(label)
                layout.addRow(container)
            else:
                layout.addRow(label, container)
            self.rows[f.id] = _FieldRow(f, widget, label, help_label, issues, container)
        self.sections[section.id] = box
        return box

    def _label_text(self, f: FieldDef) -> str:
        text = f.label.get(self.lang)
        if f.required and not f.compute:
            text += " *"
        return text

    def is_filled_for_you(self, f: FieldDef) -> bool:
        """Computed values always; carried values when the case or group knows them. A carried value
        the case lacks (a client's sex never recorded) is typed here instead of blocking the form."""
        if f.type is FieldType.TABLE:
            return f.compute is not None  # carried rows (members, budget lines) take typed cells beside them
        return f.compute is not None or (f.carry is not None and self.context.get(f.carry) is not None)

    # -- values ----------------------------------------------------------------------------------
    def set_content(self, content: Mapping[str, Any]) -> None:
        self._extra = {k: v for k, v in content.items() if self.form.field(k) is None}
        for field_id, row in self.rows.items():
            if row.field.holds_value:
                row.widget.set_value(content.get(field_id))
        self.refresh()
        self._dirty = False

    def content(self) -> dict[str, Any]:
        """What the worker typed (and what the engine filled), plus values of unknown fields kept."""
        values = dict(getattr(self, "_extra", {}))
        for field_id, row in self.rows.items():
            if row.field.holds_value:
                values[field_id] = row.widget.value()
        return values

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_saved(self) -> None:
        self._dirty = False

    def mark_unsaved(self) -> None:
        """Content put back that is not saved yet (typing restored from a kept draft)."""
        self._dirty = True

    def _on_edit(self) -> None:
        self._dirty = True
        self.changed.emit()
        self._timer.start()

    # -- the engine's verdict --------------------------------------------------------------------
    def refresh(self) -> Report:
        """Validate now: fill computed and carried values, show or hide conditional fields and
        sections, and put each issue on its field."""
        self._timer.stop()
        self.report = validate(self.form, self.content(), self.context)
        filled = self.report.content
        for row in self.rows.values():
            f = row.field
            if self.is_filled_for_you(f) and f.holds_value:
                row.widget.set_value(filled.get(f.id))
            elif isinstance(row.widget, TableField) and any(c.read_only for c in f.columns):
                row.widget.show_computed(filled.get(f.id) or [])
        names = expression_names(self.form, filled)
        shown = {f.id for f in visible_fields(self.form, names)}
        for section in self.form.sections:
            section_visible = expressions.truthy(section.visible_if, names)
            self.sections[section.id].setVisible(section_visible)
            for f in section.fields:
                row = self.rows[f.id]
                visible = section_visible and (
                    f.id in shown or not f.holds_value and expressions.truthy(f.visible_if, names)
                )
                row.container.setVisible(visible)
                row.label.setVisible(visible)
        self._show_issues()
        return self.report

    def _show_issues(self) -> None:
        by_field: dict[str, list] = {}
        for issue in self.report.issues:
            by_field.setdefault(issue.field_id, []).append(issue)
        for field_id, row in self.rows.items():
            issues = by_field.get(field_id, [])
            if not issues:
                row.issues.setVisible(False)
                row.issues.clear()
                continue
            errors = [i for i in issues if i.level == "error"]
            row.issues.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
            row.issues.setText("\n".join(("✖ " if i.level == "error" else "⚠ ") + i.message(self.lang) for i in issues))
            row.issues.setVisible(True)

    def form_level_issues(self) -> list:
        """Issues not tied to a field shown here (rules without a field)."""
        return [i for i in self.report.issues if i.field_id not in self.rows]

    def focus_first_error(self) -> None:
        for issue in self.report.errors:
            row = self.rows.get(issue.field_id)
            if row is not None and row.container.isVisible():
                self.ensureWidgetVisible(row.container)
                row.widget.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return
