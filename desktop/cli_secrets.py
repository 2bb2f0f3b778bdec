"""Secrets on the command line: from the environment (scripts) or a prompt that does not echo, never from an
argument, which every user of the machine can read in the process list (``ps``) and the shell keeps in its
history. An option that once took a secret (``init --password``, ``enrol --code``) is refused with where the
secret goes now (C003, exit 2)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from typing import Any

from desktop.errors import CaseDeskError, format_message

EXIT_USAGE = 2


def secret(variable: str, prompt: str, *, twice: bool = False) -> str:
    """``variable`` from the environment, else typed at a prompt without echo; C001 naming the variable when
    there is neither (a script without it)."""
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise CaseDeskError("C001", what=variable)
    value = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次 / Again: ") != value:
        raise CaseDeskError("C001", what="两次输入不一致 / the two entries differ")
    return value


class SecretArgument(argparse.Action):
    """``--password``-like options kept only to refuse them, hidden from ``--help``:
    ``p.add_argument("--code", action=SecretArgument, variable="CASEDESK_ENROL_CODE")``."""

    def __init__(self, option_strings: Sequence[str], dest: str, variable: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)
        self.variable = variable

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: str | None = None
    ) -> None:
        params = {"option": option or self.option_strings[0], "variable": self.variable}
        zh, en = format_message("C003", "zh", **params), format_message("C003", "en", **params)
        parser.exit(EXIT_USAGE, f"casedesk: [C003] {zh}\n          {en}\n")
