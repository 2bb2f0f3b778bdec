"""What every ``casedesk`` command shares: exit codes, the ``--json`` parent parser, sign-in, secrets, dates,
"archive number or id" resolution, files written privately, and output that is safe for a terminal.

Output: a name, a file name or a message holding an ANSI escape (which can recolour, retitle or wipe a terminal
and, in some, type into it), another control character, a bidirectional control (which reorders what is shown)
or a lone surrogate (which stops ``print`` with an error) is shown as a visible escape instead (``\\x1b``,
``\\u202e``). ``printable`` is the one helper: ``emit`` passes every table cell, ``key: value`` line and error
message through it, and any other ``print`` of data calls it itself. JSON output stays JSON: ``json_text``
escapes the same characters as JSON escapes (``json.dumps`` already escapes the C0 controls itself).

Secrets come from the environment (scripts) or a prompt that does not echo, never from an argument, which every
user of the machine can read in the process list (``ps``) and the shell keeps in its history. An option that once
took a secret (``init --password``, ``enrol --code``) is refused with where the secret goes now (C003, exit 2).

Files: every command runs under umask 077 (reports, exports, workbooks, a new workspace are created 0600 and
folders 0700, whichever library writes them), and an ``OSError`` on a file (a folder that is not there, one that
is a file, a full or read-only disk) is W003 naming the path, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from desktop.errors import CaseDeskError, format_message
from desktop.paths import data_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a command stopped by SIGINT (128 + 2)
PRIVATE_UMASK = 0o077

Run = Callable[[argparse.Namespace], int]

# -- the --json parent parser --------------------------------------------------------------------------------
JSON = argparse.ArgumentParser(add_help=False)
JSON.add_argument("--json", action="store_true", help="JSON on stdout instead of a table")


def command(sub: Any, name: str, run: Run | None, help: str | None = None, *, json: bool = True) -> Any:
    """A subcommand running ``run``, taking ``--json`` unless ``json=False`` (``run=None``: a group of actions)."""
    parser = sub.add_parser(name, help=help, parents=[JSON] if json else [])
    if run is not None:
        parser.set_defaults(run=run)
    return parser


def actions(sub: Any, name: str, help: str) -> Any:
    """A command group (``casedesk NAME ACTION``): its own subparsers, an action required."""
    group = sub.add_parser(name, help=help)
    return group.add_subparsers(dest=f"{name.replace('-', '_')}_command", metavar="ACTION", required=True)


# -- output ----------------------------------------------------------------------------------------------------
# C0 and C1 controls with DEL, line and paragraph separators, bidirectional marks, embeddings, overrides and
# isolates, and lone surrogates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Inside JSON the C0 controls are escaped by json.dumps already, and its line breaks between items are its own.
UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    point = ord(char)
    return NAMED.get(char) or (f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}")


def printable(value: object) -> str:
    """``value`` as text a terminal shows and does not act on: every unsafe character as a visible escape."""
    return UNSAFE.sub(_escape, str(value))


def json_text(text: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with the unsafe characters it leaves raw escaped
    as ``\\uXXXX`` (they occur only inside strings, so the JSON reads back the same)."""
    return UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit(args: argparse.Namespace, rows: list[dict[str, Any]] | dict[str, Any], columns: Sequence[str] = ()) -> None:
    """JSON with ``--json``, else a plain aligned table (or key: value lines for one item); either way no
    control character from the data reaches the terminal raw."""
    if getattr(args, "json", False):
        print(json_text(json.dumps(rows, ensure_ascii=False, indent=2, default=str)))
        return
    if isinstance(rows, dict):
        for key, value in rows.items():
            print(f"{printable(key)}: {printable(value)}")
        return
    columns = list(columns or (rows[0].keys() if rows else []))
    table = [[printable(row.get(c, "") if row.get(c) is not None else "") for c in columns] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in table]) for i, c in enumerate(columns)]
    print("  ".join(_pad(c, widths[i]) for i, c in enumerate(columns)))
    for r in table:
        print("  ".join(_pad(v, widths[i]) for i, v in enumerate(r)))


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # CJK characters take two columns


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def report_error(exc: CaseDeskError) -> None:
    """A refusal on stderr: its code and the reason in Chinese and English."""
    zh, en = printable(exc.message("zh")), printable(exc.message("en"))
    print(f"casedesk: [{exc.code}] {zh}\n          {en}", file=sys.stderr)


# -- secrets and sign-in ---------------------------------------------------------------------------------------
def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def secret(variable: str, prompt: str, *, twice: bool = False, what: str | None = None, empty: bool = False) -> str:
    """``variable`` from the environment, else typed at a prompt without echo; C001 naming the variable (or
    ``what``) when there is neither (a script without it). ``empty``: an empty variable counts as given."""
    value = os.environ.get(variable)
    if value or (empty and value is not None):
        return value
    if not interactive():
        raise CaseDeskError("C001", what=what or variable)
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


def username(args: argparse.Namespace) -> str:
    """``--user``, else ``CASEDESK_USER``; A008 (sign in first) without either."""
    user = args.user or os.environ.get("CASEDESK_USER")
    if not user:
        raise CaseDeskError("A008")
    return user


def password() -> str:
    """``CASEDESK_PASSWORD``, else a prompt; A008 (sign in first) in a script without it."""
    value = os.environ.get("CASEDESK_PASSWORD")
    if value:
        return value
    if interactive():
        return getpass.getpass("密码 / Password: ")
    raise CaseDeskError("A008")


def signed_in(args: argparse.Namespace, *, temporary_ok: bool = False) -> Any:
    """The Desk of the workspace ``--data-dir`` names, signed in as ``--user`` (use it in a ``with``). A person
    whose password is a first or reset one someone gave them is refused (A019: ``password change`` first), except
    by the command that changes it (``temporary_ok``)."""
    from desktop.workspace import open_desk

    user = username(args)
    desk = open_desk(data_dir(args.data_dir), user, password())
    if not temporary_ok and desk.must_change_password():
        desk.close()
        raise CaseDeskError("A019", username=user)
    return desk


# -- dates -----------------------------------------------------------------------------------------------------
def parse_date(text: str) -> dt.date:
    """A day written YYYY-MM-DD; C001 naming what was given otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CaseDeskError("C001", what=f"a date YYYY-MM-DD (not {text})") from None


def optional_date(text: str | None) -> dt.date | None:
    return None if text is None else parse_date(text)


# -- archive number or id --------------------------------------------------------------------------------------
KIND_LABELS = {
    "case": "个案 / case",
    "group": "小组/活动 / group",
    "case or group": "个案或小组 / case or group",
    "client": "服务对象 / client",
    "record": "记录 / record",
}


def parse_id(text: str, code: str = "R008", **params: Any) -> uuid.UUID:
    """``text`` as an id; the coded refusal ``code`` (R008 by default, naming ``text``) when it is not one."""
    try:
        return uuid.UUID(text.strip())
    except (AttributeError, ValueError):
        raise CaseDeskError(code, **({"id": text} | params)) from None


def kind_of(found: Any) -> str:
    """ "case" or "group", for what ``Desk.find_by_number`` found (a case has a client, a group none)."""
    return "case" if getattr(found, "client_id", None) is not None else "group"


def case_or_group(desk: Any, key: str, kinds: Sequence[str] = ("case", "group")) -> tuple[str, Any]:
    """The case or group ``key`` names, by archive number (e.g. QSN-GA-007-202611) or id, as (kind, row);
    R008 naming ``key`` when it is neither, or names a kind not asked for. The Desk refuses one outside the
    signed-in account's view (A009)."""
    label = KIND_LABELS[kinds[0] if len(kinds) == 1 else "case or group"]
    found = desk.find_by_number(key)
    if found is not None:
        if kind_of(found) not in kinds:
            raise CaseDeskError("R008", kind=label, id=key)
        return kind_of(found), found
    item_id = parse_id(key, kind=label)
    for kind in kinds:
        try:
            return kind, (desk.case(item_id) if kind == "case" else desk.group(item_id))
        except CaseDeskError as exc:
            if exc.code != "R008":
                raise
    raise CaseDeskError("R008", kind=label, id=key)


def client_id(desk: Any, key: str) -> uuid.UUID:
    """A client's id, or the archive number of one of their cases."""
    found = desk.find_by_number(key)
    if found is not None and kind_of(found) == "case":
        return found.client_id
    return parse_id(key, kind=KIND_LABELS["client"])


def record_id(desk: Any, text: str, among: Callable[[], Sequence[uuid.UUID]] | None = None) -> uuid.UUID:
    """A record's full id, or (with ``among``) the first characters of exactly one of those ids; R001 naming
    ``text`` otherwise."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        prefix = text.strip().lower()
        matches = [i for i in among() if str(i).startswith(prefix)] if among is not None and prefix else []
        if len(matches) != 1:
            raise CaseDeskError("R001", id=text) from None
        return matches[0]


def by_name(items: Sequence[Any], key: str | None, names: Sequence[str], kind: str) -> Any:
    """The item whose attribute in ``names`` (name, code, user name, id…) equals ``key``; None when no key is
    given; R008 naming ``key`` when none matches."""
    if key is None:
        return None
    found = next((i for i in items if key in {str(getattr(i, n, "")) for n in names}), None)
    if found is None:
        raise CaseDeskError("R008", kind=kind, id=key)
    return found


def account(desk: Any, name: str | None) -> Any:
    return by_name(desk.accounts(), name, ("username",), "账号 / account")


# -- running one command ---------------------------------------------------------------------------------------
def run_command(args: argparse.Namespace) -> int:
    """``args.run`` under umask 077, with an ``OSError`` on a file as W003 naming it."""
    previous = os.umask(PRIVATE_UMASK)
    try:
        return args.run(args)
    except BrokenPipeError:  # the reader stopped early: main() treats it as success
        raise
    except OSError as exc:
        where = exc.filename or getattr(args, "out", None) or "?"
        raise CaseDeskError("W003", path=str(where), reason=exc.strerror or str(exc)) from exc
    finally:
        os.umask(previous)
