"""Reading a bundle file from disk and checking the shape of its parts before anything is applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from desktop.errors import CaseDeskError
from desktop.sync import container
from desktop.sync.rows import SPECS, check_rows


def read_bundle_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > container.MAX_BUNDLE_BYTES:
            raise CaseDeskError("B008", size=f"{size // 1_000_000} MB", limit="1900 MB")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CaseDeskError("R007", path=str(path)) from exc
    except OSError as exc:
        raise CaseDeskError("W003", path=str(path), reason=exc.strerror or str(exc)) from exc


def parse_payload(entries: dict[str, bytes]) -> dict[str, Any]:
    """The JSON parts of a bundle, each checked for shape before anything is applied."""
    out: dict[str, Any] = {}
    shapes = {
        "manifest.json": ("manifest", dict),
        "rows.json": ("rows", dict),
        "reference.json": ("reference", dict),
        "leases.json": ("leases", list),
        "keystore.json": ("keystore", dict),
        "upward.json": ("upward", dict),
    }
    for name, (key, kind) in shapes.items():
        if name not in entries:
            continue
        try:
            value = orjson.loads(entries[name])  # strict JSON: NaN, lone surrogates and bad UTF-8 refused
        except (UnicodeDecodeError, ValueError) as exc:
            raise CaseDeskError("B003", reason=f"{name} is not readable") from exc
        if not isinstance(value, kind):
            raise CaseDeskError("B003", reason=f"{name} has the wrong shape")
        out[key] = value
    out["definitions"] = {
        name.removeprefix("definitions/"): content
        for name, content in entries.items()
        if name.startswith("definitions/")
    }
    for required in ("manifest", "rows"):
        if required not in out:
            raise CaseDeskError("B003", reason=f"{required}.json is missing")
    if ("reference" in out) != ("leases" in out):
        raise CaseDeskError("B003", reason="reference and leases travel together")
    ack = out["manifest"].get("ack", 0)
    if not isinstance(ack, int) or isinstance(ack, bool) or ack < 0:
        raise CaseDeskError("B003", reason="the acknowledgement is not a bundle number")
    for table, rows in out["rows"].items():
        if table not in SPECS:
            raise CaseDeskError("B003", reason=f"unknown table {table}")
        if not isinstance(rows, list):
            raise CaseDeskError("B003", reason=f"{table} is not a list")
    # Every column present and of its type, before anything is applied (kept for applying).
    out["checked"] = {spec.name: check_rows(spec.table, out["rows"].get(spec.name, [])) for spec in SPECS.values()}
    return out
