"""Read typed values (numbers, money, ranges, dates, periods) out of editors' text.

Pure functions, no database and no Qt. `parse_value` proposes; the editor confirms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

ValueKind = Literal["quantity", "money", "date", "period", "text"]
Precision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class ParsedValue:
    """A value as the editor most likely means it.

    A range sets `lower` and `upper` and leaves `amount` None; a bound alone sets
    only that side. Dates are ISO partial dates (`2025`, `2025-06`, `2025-06-11`).
    """

    kind: ValueKind
    text: str
    amount: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False
    date: str | None = None
    date_end: str | None = None
    precision: Precision | None = None

    def to_json(self) -> dict[str, object]:
        """The JSON shape of `claimdesk parse-value --json` (numbers as JSON numbers)."""

        def num(d: Decimal | None) -> int | float | None:
            if d is None:
                return None
            return int(d) if d == d.to_integral_value() else float(d)

        return {
            "kind": self.kind,
            "amount": num(self.amount),
            "lower": num(self.lower),
            "upper": num(self.upper),
            "unit": self.unit,
            "currency": self.currency,
            "approximate": self.approximate,
            "date": self.date,
            "date_end": self.date_end,
            "precision": self.precision,
        }


def parse_value(text: str, lang: str = "nl") -> ParsedValue:
    """Propose a typed value for `text`, read as Dutch (`nl`) or English (`en`).

    Anything not understood comes back as kind `text`, never as a guess.
    """
    # First version; the value-parser issue makes this thorough.
    raw = text.strip()
    cleaned = raw.replace(".", "") if lang == "nl" else raw.replace(",", "")
    cleaned = cleaned.replace(",", ".") if lang == "nl" else cleaned
    try:
        return ParsedValue(kind="quantity", text=raw, amount=Decimal(cleaned))
    except ArithmeticError:
        return ParsedValue(kind="text", text=raw)


def format_value(value: ParsedValue, lang: str = "en") -> str:
    """A short human preview of a value (placeholder until the parser issue lands)."""
    if value.kind == "text":
        return value.text
    parts = [str(x) for x in (value.amount, value.lower, value.upper, value.date, value.date_end) if x is not None]
    unit = value.currency or value.unit or ""
    return " – ".join(parts) + (f" {unit}" if unit else "") + (" · approximate" if value.approximate else "")
