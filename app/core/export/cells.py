"""Cell values that are safe to hand to Excel: neutralised text, cut text, valid sheet names,
number formats for money, quantities and partial dates.

Pure functions; no workbook library and no database here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

EXCEL_CELL_LIMIT = 32767  # counted in UTF-16 code units, as Excel counts
TRUNCATION_MARK = " […truncated]"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_LIMIT = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "CNY": "CN¥"}
_DATE_FORMATS = {"year": "yyyy", "month": "mmm yyyy", "day": "d mmm yyyy"}
_DUTCH_LOCALE = "[$-413]"  # month names in Dutch whatever the reader's Excel locale


@dataclass(slots=True)
class OutCell:
    """One cell as the exporter means it; the xlsx and CSV writers each render it their way.

    `value` is str, int, float, bool, date or None. `link` is a location inside the
    workbook (`'Claims'!A12`). `csv` replaces the value in CSV where the typed value
    alone would lose meaning (a year stored as 1 January).
    """

    value: object = None
    fmt: str | None = None
    link: str | None = None
    note: str | None = None
    flag: bool = False
    wrap: bool = False
    csv: str | None = None


def needs_quote_prefix(text: str) -> bool:
    """True when Excel would read `text` as a formula (or DDE) if typed into a cell."""
    return text.startswith(_FORMULA_START)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (an emoji counts two), the unit of Excel's limits."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def fit_cell_text(text: str, limit: int = EXCEL_CELL_LIMIT) -> str:
    """Cut text over Excel's cell limit with a visible marker."""
    if len(text) <= limit // 2 or utf16_len(text) <= limit:
        return text
    room = limit - len(TRUNCATION_MARK)
    cut = text[:room]
    while utf16_len(cut) > room:
        cut = cut[: room - (utf16_len(cut) - room)]
    return cut + TRUNCATION_MARK


def csv_safe(text: str) -> str:
    """Text for a CSV cell: a leading formula character gets an apostrophe, as spreadsheets show it."""
    return "'" + text if needs_quote_prefix(text) else text


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid sheet name (no []:*?/\\, at most 31 characters) unique among `taken` (case-insensitive).

    Apostrophes become typographic ones so internal links never need escaping.
    """
    name = _BAD_SHEET_CHARS.sub("-", wanted).replace("'", "’").strip() or "Sheet"
    name = name[:SHEET_NAME_LIMIT].strip()
    if name.casefold() == "history":  # reserved by Excel
        name = f"{name} (1)"
    candidate, n = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = name[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def location(sheet: str, row: int, column: int = 1) -> str:
    """An internal link target: `'Sheet'!B12` (1-based row and column)."""
    return f"'{sheet}'!{column_letter(column)}{row}"


def column_letter(column: int) -> str:
    """`1` → `A`, `28` → `AB`."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def number(value: Decimal) -> int | float:
    """A Decimal as an Excel number: exact ints where they fit a double exactly."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


def _digits(value: Decimal | None) -> str:
    if value is None or value == value.to_integral_value():
        return "#,##0"
    places = min(max(-value.normalize().as_tuple().exponent, 1), 6)  # type: ignore[operator]
    return "#,##0." + "0" * places


def money_format(currency: str | None, sample: Decimal | None, approximate: bool = False) -> str:
    """`"€" #,##0` and friends: the symbol, thousands separators, decimals only when present."""
    symbol = _CURRENCY_SYMBOLS.get((currency or "").upper(), currency or "")
    prefix = ("≈ " if approximate else "") + (f"{symbol} " if symbol else "")
    return (f'"{prefix}"' if prefix else "") + _digits(sample)


def quantity_format(sample: Decimal | None, approximate: bool = False) -> str:
    """Thousands separators, decimals only when present; `≈` before approximate values."""
    return ('"≈ "' if approximate else "") + _digits(sample)


def date_format(precision: str | None, lang: str) -> str:
    """A format that shows only the known part of a date: `2025`, `jun 2025`, `11 jun 2025`."""
    fmt = _DATE_FORMATS.get(precision or "day", "d mmm yyyy")
    return (_DUTCH_LOCALE + fmt) if lang == "nl" else fmt


def precision_of_format(fmt: str | None) -> str:
    """The precision a date cell's number format shows (for reading a workbook back)."""
    f = (fmt or "").lower()
    if "d" in f.replace(_DUTCH_LOCALE.lower(), ""):
        return "day"
    return "month" if "m" in f else "year"


def partial_date(iso: str | None) -> date | None:
    """`2025`, `2025-06`, `2025-06-11` → a date (missing parts are the first); None if unreadable."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def iso_of(value: date, precision: str) -> str:
    """A date back to a partial ISO date of the given precision."""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()[:10]


def precision_of_iso(iso: str | None) -> str:
    """How much of a partial ISO date is known."""
    return {1: "year", 2: "month"}.get(len((iso or "").split("-")), "day")
