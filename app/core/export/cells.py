"""Cell values that are safe to hand to Excel."""

from __future__ import annotations

EXCEL_CELL_LIMIT = 32767
TRUNCATION_MARK = " […truncated]"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def needs_quote_prefix(text: str) -> bool:
    """True when Excel would read `text` as a formula (or DDE) if typed into a cell."""
    return text.startswith(_FORMULA_START)


def fit_cell_text(text: str) -> str:
    """Cut text over Excel's cell limit with a visible marker."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    return text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
