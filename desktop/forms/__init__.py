"""Forms as data: definitions (YAML) → typed tree → validation, computed values and carried values.

Nothing here imports Qt; the editor, the PDF and the bundles all read the same definitions."""

from desktop.forms.registry import Registry, default_registry
from desktop.forms.schema import FieldDef, FieldType, FormDef, FormScope
from desktop.forms.validation import Issue, Report, validate

__all__ = [
    "FieldDef",
    "FieldType",
    "FormDef",
    "FormScope",
    "Issue",
    "Registry",
    "Report",
    "default_registry",
    "validate",
]
