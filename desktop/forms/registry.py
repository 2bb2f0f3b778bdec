"""Every form CaseDesk knows, loaded once from the definition files beside this module.

Adding a form or a field means editing a YAML file under ``definitions/``: nothing else."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from desktop.errors import DefinitionError, format_message
from desktop.forms.loader import load_form, load_option_lists
from desktop.forms.schema import FormDef, Option

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
        form): each replaces the form of its id when its version is newer. A file that does not load
        is set aside with its reason in ``refused`` (a notice at sign-in), and the form keeps the version it had:
        a definition this program no longer accepts (one whose version is past the bounds) must not keep the
        workspace from opening, nor the corrected definition from being installed over it."""
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
            if form.id in forms and form.version > forms[form.id].version:
                forms[form.id] = form
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

    def __iter__(self):  # noqa: ANN204 - iterates FormDef
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

    def by_family(self, family: str) -> list[FormDef]:
        return [f for f in self._forms.values() if f.family == family]


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.load()
