"""The agency's updated form definitions on the Desk: installed at the hub (or a standalone), kept in
the workspace's ``forms/`` folder beside the packaged catalogue, and sent down to enrolled devices."""

from __future__ import annotations

from pathlib import Path

import yaml

from desktop.errors import CaseDeskError, DefinitionError
from desktop.files.atomic import write_bytes_atomic
from desktop.forms.limits import MAX_DEFINITION_BYTES
from desktop.forms.loader import build_form, load_form, safe_yaml
from desktop.forms.registry import Registry
from desktop.forms.schema import FormDef
from desktop.workflow.permissions import Action
from desktop.workspace.core import Core
from desktop.workspace.layout import Layout, Mode


def definitions_dir(layout: Layout) -> Path:
    return layout.root / "forms"


def check_definition(text: bytes, registry: Registry) -> FormDef:
    """A definition that arrived in a bundle, read and checked as the packaged ones are; what this
    program cannot read is a refusal that asks for an upgrade."""
    try:
        if len(text) > MAX_DEFINITION_BYTES:
            raise ValueError(f"larger than {MAX_DEFINITION_BYTES} bytes")
        raw = safe_yaml(text.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a mapping")
        return build_form(raw, registry.option_lists)
    except DefinitionError as exc:
        raise CaseDeskError("B027", form=_form_name(text), reason=exc.message("zh")) from exc
    except (ValueError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
        raise CaseDeskError("B027", form=_form_name(text), reason=str(exc).splitlines()[0]) from exc


def _form_name(text: bytes) -> str:
    for line in text.decode("utf-8", "replace").splitlines():
        if line.startswith("id:"):
            return line.removeprefix("id:").strip()[:50]
    return "?"


class DefinitionService:
    """Updated form definitions: installed, sent down, taken from the hub. Needs: the core (whose registry
    they replace)."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def install_definition(self, path: Path) -> FormDef:
        """A newer version of a form, or the agency's own form under a new id, checked whole before it is
        kept; the hub sends it to every device with its next bundles. Forms already filled keep the version
        they were filled against."""
        self.core.require(Action.MANAGE_AGENCY)
        if self.core.info.mode == Mode.FIELD:
            raise CaseDeskError("B020", action="安装表单定义 / install form definitions")
        registry = self.core.registry
        form = load_form(Path(path), registry.option_lists)
        # A form of a new id works through the role, archive sets and behaviour it declares (docs/forms.md).
        current = registry.get(form.id) if form.id in registry else None
        if current is not None and form.version <= current.version:
            raise CaseDeskError("D018", form=form.id, version=form.version, current=current.version)
        target = definitions_dir(self.core.layout)
        target.mkdir(exist_ok=True)
        write_bytes_atomic(target / f"{form.id}.yaml", Path(path).read_bytes())
        self.core.registry = registry.with_updates(target)
        return self.core.registry.get(form.id)

    def updated_definitions(self) -> dict[str, bytes]:
        """The installed definitions as the bundles to devices carry them, by file name."""
        folder = definitions_dir(self.core.layout)
        return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}

    def take_definitions(self, definitions: dict[str, FormDef], texts: dict[str, bytes]) -> None:
        """Keep definitions received from the hub (checked already) and use them from now on."""
        target = definitions_dir(self.core.layout)
        target.mkdir(exist_ok=True)
        for form_id, form in definitions.items():
            write_bytes_atomic(target / f"{form.id}.yaml", texts[form_id])
        self.core.registry = self.core.registry.with_updates(target)
