"""Where the cells go: an .xlsx workbook streamed by XlsxWriter, or a folder of CSV files.

XlsxWriter's constant-memory mode writes each row as soon as the next one starts; only
notes and links are kept until a sheet closes (openpyxl's write-only mode keeps whole
comment objects and needed ~8 KB per note, which does not fit 100,000 notes).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, Sequence, TextIO

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from app.core.export.cells import OutCell, csv_safe, fit_cell_text, needs_quote_prefix

LINKS_PER_SHEET = 65_530  # Excel ignores hyperlinks beyond this per worksheet
NOTE_SIZE = {"x_scale": 2.6, "y_scale": 2.4, "author": "Claimdesk"}
CONFLICT_FILL = "#FFC7CE"
CONFLICT_FONT = "#9C0006"
HEADER_FILL = "#DDEBF7"


@dataclass(frozen=True)
class ChartPlan:
    """A chart over a block of the Summary sheet (0-based rows and columns, inclusive)."""

    title: str
    kind: str
    first_row: int
    last_row: int
    category_col: int
    value_col: int
    number_format: str
    anchor_row: int
    anchor_col: int


class Sheet(Protocol):
    """A sheet being written row by row."""

    name: str
    rows: int

    def write_row(self, cells: Sequence[OutCell]) -> int: ...
    def finish(self, table: bool = True) -> None: ...


class XlsxSheet:
    """One worksheet: header row, frozen panes, widths, autofilter, notes and links."""

    def __init__(self, book: "XlsxBook", name: str, headers: Sequence[str], widths: Sequence[float],
                 hidden: Sequence[bool] = (), freeze_cols: int = 0) -> None:
        self.book = book
        self.name = name
        self.ws: Worksheet = book.wb.add_worksheet(name)
        self.columns = len(headers)
        self.rows = 0
        self.links = 0
        self.links_dropped = 0
        for index, width in enumerate(widths):
            options = {"hidden": True} if index < len(hidden) and hidden[index] else None
            self.ws.set_column(index, index, width, None, options)
        if headers:
            self.write_row([OutCell(h) for h in headers], header=True)
            self.ws.freeze_panes(1, freeze_cols)

    def write_row(self, cells: Sequence[OutCell], header: bool = False) -> int:
        """Append a row; returns its 1-based row number."""
        r = self.rows
        for c, cell in enumerate(cells):
            if cell.value is not None or cell.note or cell.flag:
                self._put(r, c, cell, header)
        self.rows += 1
        return self.rows

    def _put(self, r: int, c: int, cell: OutCell, header: bool) -> None:
        ws = self.ws
        value = cell.value
        quote = False
        if isinstance(value, str):
            value = fit_cell_text(value)
            quote = needs_quote_prefix(value)
        fmt = self.book.format(cell.fmt, cell.flag, cell.wrap, quote, header)
        if cell.link and value is not None:
            if self.links < LINKS_PER_SHEET:
                self.links += 1
                ws.write_url(r, c, "internal:" + cell.link, fmt, string="link")
            else:
                self.links_dropped += 1  # the note still names the Claims row
        if isinstance(value, str):
            ws.write_string(r, c, value, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value, fmt)
        elif isinstance(value, (int, float)):
            ws.write_number(r, c, value, fmt)
        elif isinstance(value, Decimal):
            ws.write_number(r, c, float(value), fmt)
        elif isinstance(value, (date, datetime)):
            ws.write_datetime(r, c, value, fmt)
        elif fmt is not None:
            ws.write_blank(r, c, None, fmt)  # a conflict mark on a field with no exported value
        if cell.note:
            ws.write_comment(r, c, fit_cell_text(cell.note), NOTE_SIZE)

    def finish(self, table: bool = True) -> None:
        """Autofilter over everything written (XlsxWriter cannot stream a table object)."""
        if table and self.rows >= 1 and self.columns:
            self.ws.autofilter(0, 0, max(self.rows - 1, 1), self.columns - 1)

    def add_chart(self, plan: ChartPlan) -> None:
        """A native chart over a block of this sheet."""
        chart = self.book.wb.add_chart({"type": plan.kind})
        chart.add_series({
            "name": plan.title,
            "categories": [self.name, plan.first_row, plan.category_col, plan.last_row, plan.category_col],
            "values": [self.name, plan.first_row, plan.value_col, plan.last_row, plan.value_col],
            "data_labels": {"value": plan.kind == "pie", "num_format": plan.number_format},
        })
        chart.set_title({"name": plan.title})
        if plan.kind != "pie":
            chart.set_legend({"none": True})
            axis = chart.set_x_axis if plan.kind == "bar" else chart.set_y_axis
            axis({"num_format": plan.number_format, "major_gridlines": {"visible": True}})
        self.ws.insert_chart(plan.anchor_row, plan.anchor_col, chart, {"x_scale": 1.6, "y_scale": 1.4})


class XlsxBook:
    """A workbook streamed to `path` (a temporary file; the caller moves it into place)."""

    def __init__(self, path: Path, properties: dict[str, Any]) -> None:
        self.wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "tmpdir": str(path.parent),
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        })
        self.wb.set_properties(properties)
        self._formats: dict[tuple[Any, ...], Format] = {}

    def sheet(self, name: str, headers: Sequence[str], widths: Sequence[float],
              hidden: Sequence[bool] = (), freeze_cols: int = 0) -> XlsxSheet:
        """A new worksheet at the end of the book."""
        return XlsxSheet(self, name, headers, widths, hidden, freeze_cols)

    def format(self, num: str | None, flag: bool, wrap: bool, quote: bool, header: bool) -> Format | None:
        """A cached cell format (a workbook may hold at most 64,000 distinct ones)."""
        key = (num, flag, wrap, quote, header)
        if key == (None, False, False, False, False):
            return None
        fmt = self._formats.get(key)
        if fmt is None:
            props: dict[str, Any] = {"valign": "top"}
            if num:
                props["num_format"] = num
            if flag:
                props.update(bg_color=CONFLICT_FILL, font_color=CONFLICT_FONT)
            if wrap or header:
                props["text_wrap"] = True
            if quote:
                props["quote_prefix"] = True
            if header:
                props.update(bold=True, bg_color=HEADER_FILL, bottom=1)
            fmt = self._formats[key] = self.wb.add_format(props)
        return fmt

    def hide(self, sheet: XlsxSheet) -> None:
        """Keep a sheet out of the reader's way (Claimdesk's own bookkeeping)."""
        sheet.ws.very_hidden()

    def close(self) -> None:
        """Assemble the .xlsx file."""
        self.wb.close()


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
