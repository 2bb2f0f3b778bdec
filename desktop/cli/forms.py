"""The form catalogue from ``casedesk``: list the forms, show one's fields (no sign-in), install a newer
version at the hub (the devices receive it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, actions, command, emit, signed_in
from desktop.paths import data_dir


def _forms(args: argparse.Namespace) -> Any:
    """The packaged forms with the workspace's updated definitions, if there is a workspace (no sign-in)."""
    from desktop.forms import default_registry
    from desktop.workspace.definition_ops import definitions_dir
    from desktop.workspace.layout import Layout

    return default_registry().with_updates(definitions_dir(Layout(data_dir(args.data_dir))))


def cmd_forms_list(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": f.id,
            "zh": f.title.zh,
            "en": f.title.en,
            "family": f.family,
            "version": f.version,
            "paper_code": f.paper_code,
            "approval": list(f.approval),
        }
        for f in _forms(args)
    ]
    emit(args, rows, ("id", "zh", "en", "family", "version"))
    return EXIT_OK


def cmd_forms_show(args: argparse.Namespace) -> int:
    form = _forms(args).get(args.form)
    rows = [
        {
            "section": s.title.zh,
            "id": f.id,
            "type": str(f.type),
            "zh": f.label.zh,
            "en": f.label.en,
            "required": f.required,
            "carry": f.carry,
            "compute": f.compute,
        }
        for s in form.sections
        for f in s.fields
        if f.holds_value
    ]
    emit(args, rows, ("id", "type", "zh", "en", "required"))
    return EXIT_OK


def cmd_forms_install(args: argparse.Namespace) -> int:
    with signed_in(args) as desk:
        form = desk.install_definition(Path(args.file))
    emit(args, {"form": form.id, "version": form.version, "title": form.title.zh})
    return EXIT_OK


def register(sub: Any) -> None:
    forms = actions(sub, "forms", "the form catalogue")
    command(forms, "list", cmd_forms_list, "every form with its Chinese and English name")
    command(forms, "show", cmd_forms_show, "the fields of one form").add_argument("form")
    p = command(
        forms, "install", cmd_forms_install, "install a newer version of a form (hub or standalone; devices get it)"
    )
    p.add_argument("file", help="the form's YAML definition with a higher version")
