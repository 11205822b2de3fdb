"""CSV the platform emits, safe to open in a spreadsheet.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice
and Google Sheets as a formula (`=HYPERLINK(...)`, `+cmd|...`): text a registrar typed would run on
the reader's machine. Following OWASP's advice on CSV injection, such a cell is written with a
leading `'`, which spreadsheets show as text and hide. JSON Lines exports carry the text unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell``, prefixed with `'` when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


class SafeCsvBuffer:
    """Rows written as CSV into memory, each cell passed through :func:`spreadsheet_safe`; the
    caller takes the text out in chunks (``take``) to stream it."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer)

    def write(self, row: Iterable[str]) -> None:
        self._writer.writerow([spreadsheet_safe(cell) for cell in row])

    def size(self) -> int:
        return self._buffer.tell()

    def take(self) -> bytes:
        """The rows written since the last take, UTF-8 encoded."""
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text.encode()
