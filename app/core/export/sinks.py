"""Where the cells go: an .xlsx workbook streamed by our own writer (`xlsx.py`), or a folder of CSV files.

The xlsx writer keeps nothing per row, link or note in memory: XlsxWriter kept every note
and link object until its sheet closed, and openpyxl's write-only mode keeps whole comment
objects (~8 KB per note), neither of which fits 100,000 notes in constant memory.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol, Sequence, TextIO

from app.core.export.cells import OutCell, csv_safe
from app.core.export.ooxml import ChartPlan
from app.core.export.xlsx import LINKS_PER_SHEET, XlsxBook, XlsxSheet

__all__ = ["LINKS_PER_SHEET", "ChartPlan", "CsvSheet", "Sheet", "XlsxBook", "XlsxSheet"]


class Sheet(Protocol):
    """A sheet being written row by row."""

    name: str
    rows: int

    def write_row(self, cells: Sequence[OutCell]) -> int: ...
    def finish(self, table: bool = True) -> None: ...


class CsvSheet:
    """One UTF-8 CSV file with BOM (so Excel reads the accents right)."""

    def __init__(self, folder: Path, name: str, headers: Sequence[str]) -> None:
        self.name = name
        self.rows = 0
        self._fh: TextIO = (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._fh)
        if headers:
            self.write_row([OutCell(h) for h in headers])

    def write_row(self, cells: Sequence[OutCell]) -> int:
        """Append a row; returns its 1-based row number (as the workbook would number it)."""
        self._writer.writerow([_csv_text(c) for c in cells])
        self.rows += 1
        return self.rows

    def finish(self, table: bool = True) -> None:
        """Close the file."""
        self._fh.close()


def _csv_text(cell: OutCell) -> str:
    value = cell.csv if cell.csv is not None else cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return csv_safe(str(value))
