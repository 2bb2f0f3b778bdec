"""Every form CaseDesk knows, loaded once from the definition files beside this module.

Adding a form or a field means editing a YAML file under ``definitions/``: nothing else."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.errors import DefinitionError, format_message
from desktop.forms.loader import load_form, load_option_lists
from desktop.forms.schema import FORM_ROLES, FormDef, Option

DEFINITIONS_DIR = Path(__file__).with_name("definitions")
OPTION_LISTS_FILE = DEFINITIONS_DIR / "option_lists.yaml"


class Registry:
    """The loaded forms, in catalogue order (families, then the order of their files)."""

    def __init__(self, forms: list[FormDef], option_lists: dict[str, tuple[Option, ...]]) -> None:
        self._forms: dict[str, FormDef] = {}
        for form in forms:
            if form.id in self._forms:
                raise DefinitionError("D015", form=form.id)
            self._forms[form.id] = form
        self.option_lists = option_lists
        self.refused: tuple[str, ...] = ()  # installed definitions set aside, as notices (``with_updates``)

    @classmethod
    def load(cls, directory: Path = DEFINITIONS_DIR) -> Registry:
        option_lists = load_option_lists(directory / OPTION_LISTS_FILE.name)
        files = sorted(p for p in directory.rglob("*.yaml") if p.name != OPTION_LISTS_FILE.name)
        return cls([load_form(p, option_lists) for p in files], option_lists)

    def with_updates(self, directory: Path) -> Registry:
        """This catalogue with the agency's updated definitions from ``directory`` (one YAML file per
        form): each replaces the form of its id when its version is newer; a form of a new id joins the
        catalogue after the packaged ones (it works through the roles and behaviour it declares). A file that
        does not load is set aside with its reason in ``refused`` (a notice at sign-in), and the form keeps the
        version it had: a definition this program no longer accepts (one whose version is past the bounds) must
        not keep the workspace from opening, nor the corrected definition from being installed over it."""
        if not directory.is_dir():
            return self
        forms = dict(self._forms)
        refused = []
        for path in sorted(directory.glob("*.yaml")):
            try:
                form = load_form(path, self.option_lists)
            except DefinitionError as exc:
                refused.append(format_message("D022", "zh", name=path.name, reason=exc.message("zh")))
                continue
            if form.id not in forms or form.version > forms[form.id].version:
                forms[form.id] = form  # a newer version, or the agency's own form under a new id
        updated = Registry(list(forms.values()), self.option_lists)
        updated.refused = tuple(refused)
        return updated

    def get(self, form_id: str) -> FormDef:
        try:
            return self._forms[form_id]
        except KeyError:
            raise DefinitionError("D016", form=form_id) from None

    def __contains__(self, form_id: object) -> bool:
        return form_id in self._forms

    def __iter__(self) -> Iterator[FormDef]:
        return iter(self._forms.values())

    def __len__(self) -> int:
        return len(self._forms)

    def option_label(self, list_name: str, value: object, lang: str = "zh") -> str:
        """The label of a value of a shared option list (sex, domain, case type ...)."""
        for option in self.option_lists.get(list_name, ()):
            if option.value == value:
                return option.label.get(lang)
        return "" if value is None else str(value)

    def titles(self, form_ids: list[str]) -> str:
        """Form titles in both languages, for messages that name forms (what an archive lacks)."""
        return "、".join(f"{self.get(f).title.zh}（{self.get(f).title.en}）" for f in form_ids)

    # -- declared behaviour (docs/forms.md, "Behaviour") -------------------------------------------------
    def field_for(self, form_id: str, role: str) -> str | None:
        """The field a form declares for a behaviour role (``follow_up_date``), None when it declares none."""
        form = self._forms.get(form_id)
        return form.field_for(role) if form else None

    def read(self, form_id: str, content: Mapping[str, Any] | None, role: str) -> Any:
        """What a record of ``form_id`` holds for a behaviour role (None when the form declares none)."""
        form = self._forms.get(form_id)
        return form.read(content, role) if form else None

    def forms_with(self, role: str) -> tuple[str, ...]:
        """The forms that declare a behaviour role, in catalogue order."""
        return tuple(f.id for f in self._forms.values() if role in f.behaviour)

    def forms_of(self, *roles: str) -> tuple[str, ...]:
        """The forms that are one of ``roles`` in a lifecycle (``intake``, ``complaint``), in catalogue order."""
        return tuple(f.id for f in self._forms.values() if f.role in roles)

    def form_of(self, role: str) -> FormDef:
        """The form a lifecycle starts when it needs one of ``role`` (the packaged one first)."""
        found = self.forms_of(role)
        if not found:
            raise DefinitionError("D016", form=role)
        return self._forms[found[0]]

    def needs(self, form_id: str) -> frozenset[str]:
        form = self._forms.get(form_id)
        return form.needs if form else frozenset()

    def archive_slots(self, *archive_sets: str) -> list[tuple[str, ...]]:
        """The slots of the archive sets in the archive's order: for each role in them, the forms of that role
        (any one approved record fills the slot; the first form names it when it is missing)."""
        held = [f for f in self._forms.values() if f.archive & set(archive_sets)]
        roles = {f.role for f in held}
        return [tuple(f.id for f in held if f.role == role) for role in FORM_ROLES if role in roles]


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.load()
