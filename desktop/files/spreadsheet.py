"""Excel files in and out, both bounded.

Out: every text CaseDesk writes into a workbook goes through ``put`` (or ``append``), so a value a person
typed never becomes a formula. openpyxl turns any string starting with ``=`` into a formula cell; here each
string is stored as a string cell (``data_type`` "s": Excel and LibreOffice show it, never evaluate it) and
one that starts like a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return, and their full-width
forms) is also marked with Excel's quote prefix, the flag a typed leading apostrophe sets, so editing the
cell and pressing Enter keeps it text. The value itself is unchanged: no apostrophe shows, and a workbook
read back gives what was typed. (OWASP's other remedy, a leading apostrophe in the text, is for CSV, which
has no cell types: ``csv_text`` does that for the CSV exports.) Characters XML cannot hold are replaced by
U+FFFD, and a text over Excel's 32,767 characters per cell is cut with a mark saying so.

In: a workbook a person chooses (a roster) is checked before openpyxl sees it: its size on disk, how much
it unpacks to (the zip's own directory, read without unpacking: a "zip bomb" of 432 KB that unpacks to
147 MB is refused in milliseconds), how many entries it has and how they are compressed; then its first
sheet is read in read-only mode, at most ``MAX_ROWS`` rows holding something and ``MAX_COLUMNS`` columns.
Python's zipfile never unpacks an entry past the size its directory declares, so the declared sizes bound
what is read. The limits are ten times and more what the largest roster an agency receives needs (a
street's 20,000 elders, a dozen columns: about 2 MB on disk, 25 MB unpacked)."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.errors import CaseDeskError

MB = 1024 * 1024
MAX_FILE_BYTES = 20 * MB  # on disk
MAX_UNPACKED_BYTES = 50 * MB  # every entry of the zip together, as its directory declares them
MAX_ENTRIES = 1_000  # a workbook has a dozen or so; each sheet, picture or comment adds a few
MAX_ROWS = 20_000  # rows holding something, below the heading
MAX_COLUMNS = 64

EXCEL_CELL_MAX = 32_767  # characters Excel keeps in one cell
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
# What XML 1.0 cannot hold (openpyxl refuses it) and lone surrogates (no encoding takes them).
UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CUT_MARK = "…（已截断 / cut）"


# -- out ---------------------------------------------------------------------------------------------
def cell_text(value: str) -> str:
    """A text as a cell can hold it: unwritable characters replaced, cut to Excel's length."""
    value = UNWRITABLE.sub("\ufffd", value)
    if len(value) > EXCEL_CELL_MAX:
        value = value[: EXCEL_CELL_MAX - len(CUT_MARK)] + CUT_MARK
    return value


def _as_text(cell: Any, value: str) -> Any:
    cell.value = cell_text(value)
    cell.data_type = "s"  # openpyxl made "=…" a formula ("f"): it is what was typed, shown as typed
    if value[:1] in FORMULA_STARTS:
        cell.quotePrefix = True  # Excel's own "this is text" flag: editing the cell keeps it text
    return cell


def put(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` at (``row``, ``column``) of an openpyxl sheet and return the cell; a text is always a
    text cell, never a formula."""
    if isinstance(value, str):
        return _as_text(sheet.cell(row, column), value)
    return sheet.cell(row, column, value)


def append(sheet: Any, values: Iterable[Any]) -> None:
    """``sheet.append(values)``, each text a text cell, never a formula."""
    from openpyxl.cell.cell import Cell

    sheet.append([_as_text(Cell(sheet), v) if isinstance(v, str) else v for v in values])


def csv_text(value: Any) -> Any:
    """A value for a CSV file (which has no cell types): a text starting like a formula gets a leading
    apostrophe (OWASP), which spreadsheet programs show and never evaluate."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


# -- in ----------------------------------------------------------------------------------------------
def _megabytes(size: int) -> str:
    return f"{size / MB:,.1f}".rstrip("0").rstrip(".")


def _entry_count(data: bytes) -> int:
    """The number of entries the zip's end record declares (0xFFFF for a ZIP64 one), read without parsing
    the directory; a file without an end record is not a workbook."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or at + 22 > len(data):
        raise CaseDeskError("X001", reason="不是 Excel 工作簿 / not an Excel workbook (.xlsx)")
    return int.from_bytes(data[at + 10 : at + 12], "little")


def check_workbook(data: bytes) -> None:
    """Refuse, before anything is unpacked, a workbook too large on disk (X005) or unpacked (X006), with too
    many entries, or compressed other than as Excel does (X001)."""
    if len(data) > MAX_FILE_BYTES:
        raise CaseDeskError("X005", size=_megabytes(len(data)), limit=_megabytes(MAX_FILE_BYTES))
    entries = _entry_count(data)
    if entries > MAX_ENTRIES:
        raise CaseDeskError("X001", reason=f"{entries:,} 个内部文件 / entries (≤ {MAX_ENTRIES:,})")
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise CaseDeskError("X001", reason=f"不是 Excel 工作簿 / not an Excel workbook ({exc})") from exc
    if len(infos) > MAX_ENTRIES:
        raise CaseDeskError("X001", reason=f"{len(infos):,} 个内部文件 / entries (≤ {MAX_ENTRIES:,})")
    if any(i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for i in infos):
        raise CaseDeskError("X001", reason="压缩方式不是 Excel 所用的 / compressed otherwise than by Excel")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise CaseDeskError("X006", size=_megabytes(unpacked), limit=_megabytes(MAX_UNPACKED_BYTES))


def read_sheet(path: Path) -> tuple[tuple[Any, ...], list[tuple[int, tuple[Any, ...]]]]:
    """The first sheet of the workbook at ``path``: its first row (the headings) and every later row holding
    something, with its line number, values only. Refused: a file ``check_workbook`` refuses, more than
    ``MAX_ROWS`` rows (X007) or ``MAX_COLUMNS`` columns (X008), and anything openpyxl cannot read (X001)."""
    from openpyxl import load_workbook

    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise CaseDeskError("X005", size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES))
            data = handle.read(size + 1)  # (checked again below, should it have grown meanwhile)
    except OSError as exc:
        raise CaseDeskError("X001", reason=exc.strerror or type(exc).__name__) from exc
    check_workbook(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise CaseDeskError("X001", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    try:
        return _rows(book.worksheets[0])
    except CaseDeskError:
        raise
    except Exception as exc:  # a damaged sheet found while reading it
        raise CaseDeskError("X001", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    finally:
        book.close()


def _rows(sheet: Any) -> tuple[tuple[Any, ...], list[tuple[int, tuple[Any, ...]]]]:
    """The headings (at most ``MAX_COLUMNS`` of them), then the rows below them cut to the headings' width:
    a value under no heading has no field to go to."""
    first = next(iter(sheet.iter_rows(min_row=1, max_row=1, values_only=True)), None)
    if first is None:
        raise CaseDeskError("X001", reason="空表 / empty")
    last = max((i for i, v in enumerate(first) if v not in (None, "")), default=-1)
    first = first[: last + 1]
    if len(first) > MAX_COLUMNS:
        raise CaseDeskError("X008", limit=MAX_COLUMNS)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    width = max(len(first), 1)
    for line, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
        if any(v not in (None, "") for v in values):
            if len(rows) == MAX_ROWS:
                raise CaseDeskError("X007", limit=f"{MAX_ROWS:,}")
            rows.append((line, values))
    return first, rows
