"""What the command line prints from the data, made safe for a terminal: a name, a file name or a message
holding an ANSI escape (which can recolour, retitle or wipe a terminal and, in some, type into it), another
control character, a bidirectional control (which reorders what is shown) or a lone surrogate (which stops
``print`` with an error) is shown as a visible escape instead (``\\x1b``, ``\\u202e``). ``printable`` is the one
helper: ``desktop.cli._emit`` passes every table cell, ``key: value`` line and error message through it, and
any other ``print`` of data calls it itself. JSON output stays JSON: ``json_text`` escapes the same characters
as JSON escapes (``json.dumps`` already escapes the C0 controls itself)."""

from __future__ import annotations

import re

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
