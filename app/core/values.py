"""Read typed values (numbers, money, ranges, dates, periods) out of editors' text.

Pure functions, no database and no Qt. `parse_value` proposes; the editor confirms.

Rules of reading (the word tables live in `value_words`):

* Number style: `lang` decides (`nl`: `18.000` = 18000, `2,1` = 2.1; `en`: `18,000`,
  `2.1`) unless the phrase points one way only (Dutch or English words such as
  `miljard`/`billion`, or a number that fits one style only, like `1.234,5` or `2,5`).
  `1.234.567` is thousands in any style; a lone separator not followed by exactly three
  digits is a decimal mark in both styles.
* Several values in one phrase: the first amount (money or quantity) wins; dates and
  periods count only when the phrase holds no amount, and then the first one wins. So
  `2,1 miljard euro in 2025` is money and `10 april 2025` a date.
* A bare year: four plain digits 1900–2100 with no currency, unit, scale or count bound
  (`meer dan 2000` stays a number). `tot 2027` is a period with only an end, `vanaf 2026`
  one with only a start, `rond 2030` an approximate date.
* `Q3 2025` is a period 2025-07..2025-09 (precision month); halves and seasons likewise
  (seasons approximate, winter Y = Dec Y..Feb Y+1). `eind 2024` is date 2024-12,
  `begin 2025` 2025-01, `medio 2025` 2025-07, each approximate with precision month.
* Vague counts (`honderdduizenden`, `tientallen miljarden`, `thousands of`) are an
  approximate lower bound equal to the scale (100000; 10^10; 1000): never over-read.
* Anything else comes back as kind `text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from app.core.value_amounts import Amount, find_amounts, find_numbers, markers_before
from app.core.value_dates import DateSpan, Point, find_dates, iso, precision
from app.core.value_tokens import Token, normalise, number_style, tokenize
from app.core.value_words import APPROX, CURRENCY_SYMBOLS, END, LOWER, MONTH_NAMES, START, UPPER

if TYPE_CHECKING:  # the parser itself needs no store
    from database.models import Claim

ValueKind = Literal["quantity", "money", "date", "period", "text"]
Precision = Literal["year", "month", "day"]
_PRECISION_ORDER = ("year", "month", "day")


def _clean(number: Decimal | None) -> Decimal | None:
    """Exact and without exponent: Decimal('2.1E+9') → Decimal('2100000000')."""
    if number is None:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        number = number.normalize()
        if number == number.to_integral_value():
            return number.quantize(Decimal(1))
        return number


@dataclass(frozen=True)
class ParsedValue:
    """A value as the editor most likely means it.

    A range sets `lower` and `upper` and leaves `amount` None; a bound alone sets
    only that side. Dates are ISO partial dates (`2025`, `2025-06`, `2025-06-11`);
    a period may have only `date` (`vanaf 2026`) or only `date_end` (`tot 2027`).
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

    def __post_init__(self) -> None:
        # Every construction path gets exact, exponent-free decimals.
        for name in ("amount", "lower", "upper"):
            object.__setattr__(self, name, _clean(getattr(self, name)))

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

    Anything not understood comes back as kind `text`, never as a guess. See the module
    doc for the rules (number style, which value wins, bare years).
    """
    raw = text.strip()
    tokens = tokenize(normalise(text))
    english = number_style(tokens, lang) == "en"
    spans = find_dates(tokens, english)
    taken = {j for s in spans for j in range(s.start, s.end)}
    numbers = find_numbers(tokens, taken, "en" if english else "nl")
    amounts = find_amounts(tokens, numbers, english)
    counts = [a for a in amounts if not a.years]
    if counts:
        return _from_amount(raw, counts[0])
    dated: list[tuple[int, ParsedValue]] = [(a.start, _from_years(raw, a)) for a in amounts]
    dated += [(s.start, _from_span(raw, s, tokens, english)) for s in spans if s.complete]
    if not dated:
        return ParsedValue(kind="text", text=raw)
    return min(dated, key=lambda pair: pair[0])[1]


def _from_amount(raw: str, found: Amount) -> ParsedValue:
    if not found.valid:
        return ParsedValue(kind="text", text=raw)
    return ParsedValue(
        kind="money" if found.currency else "quantity",
        text=raw,
        amount=found.amount,
        lower=found.lower,
        upper=found.upper,
        unit=found.unit,
        currency=found.currency,
        approximate=found.approximate,
    )


def _from_years(raw: str, found: Amount) -> ParsedValue:
    """A bare year, a year range, or a half-open period (`tot 2027`, `vanaf 2026`)."""
    if not found.valid:
        return ParsedValue(kind="text", text=raw)
    years = [str(y) for y in found.years]
    approx = found.approximate
    if len(years) == 2:
        return ParsedValue("period", raw, approximate=approx, date=years[0],
                           date_end=years[1], precision="year")
    if found.year_effect == START:
        return ParsedValue("period", raw, approximate=approx, date=years[0], precision="year")
    if found.year_effect == END:
        return ParsedValue("period", raw, approximate=approx, date_end=years[0],
                           precision="year")
    return ParsedValue("date", raw, approximate=approx, date=years[0], precision="year")


def _coarser(a: Point, b: Point) -> Precision:
    pa, pb = precision(a), precision(b)
    return "year" if "year" in (pa, pb) else "month" if "month" in (pa, pb) else "day"


def _from_span(raw: str, span: DateSpan, tokens: list[Token], english: bool) -> ParsedValue:
    """A date, or a period when the span covers more than one point or is half-open."""
    if not span.valid:
        return ParsedValue(kind="text", text=raw)
    start = span.start
    if start and tokens[start - 1].low in {"de", "het", "the"}:
        start -= 1  # `vanaf de zomer van 2026`
    markers = markers_before(tokens, start, english)
    approx = span.approximate or any(m[0] == APPROX for m in markers)
    bound = next((m for m in markers if m[0] in {LOWER, UPPER}), None)
    prec = _coarser(span.first, span.last)
    if bound is not None and not span.joined and bound[1] == START:
        return ParsedValue("period", raw, approximate=approx, date=iso(span.first),
                           precision=precision(span.first))  # type: ignore[arg-type]
    if bound is not None and not span.joined and bound[1] == END:
        return ParsedValue("period", raw, approximate=approx, date_end=iso(span.last),
                           precision=precision(span.last))  # type: ignore[arg-type]
    if span.first == span.last:
        return ParsedValue("date", raw, approximate=approx, date=iso(span.first),
                           precision=prec)
    return ParsedValue("period", raw, approximate=approx, date=iso(span.first),
                       date_end=iso(span.last), precision=prec)


def format_number(number: Decimal, lang: str = "en") -> str:
    """`3000000000` → `3.000.000.000` (nl) or `3,000,000,000` (en); decimals kept exact."""
    sign = "-" if number < 0 else ""
    text = format(abs(number), "f")
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}"
    if lang.lower().startswith("en"):
        return sign + grouped + (f".{frac}" if frac else "")
    return sign + grouped.replace(",", ".") + (f",{frac}" if frac else "")


def format_value(value: ParsedValue, lang: str = "en") -> str:
    """A human preview of a parsed value for the editor to confirm.

    `€ 3.000.000.000 – 5.000.000.000 · circa` (nl) or
    `€ 3,000,000,000 – 5,000,000,000 · approximate` (en); `≥ 18,000 GPU`; `11 June 2025`;
    `July 2025 – September 2025`. Text values come back as their text.
    """
    if value.kind == "text":
        return value.text
    body = _format_dates(value, lang) if value.kind in {"date", "period"} else _format_amount(
        value, lang
    )
    marker = " · circa" if lang == "nl" else " · approximate"
    return f"{body}{marker}" if value.approximate else body


def _format_amount(value: ParsedValue, lang: str) -> str:
    def num(d: Decimal) -> str:
        return format_number(d, lang)

    if value.amount is not None:
        body, prefix = num(value.amount), ""
    elif value.lower is not None and value.upper is not None:
        body, prefix = f"{num(value.lower)} – {num(value.upper)}", ""
    elif value.lower is not None:
        body, prefix = num(value.lower), "≥ "
    else:
        body, prefix = num(value.upper or Decimal(0)), "≤ "
    if value.currency:
        symbol = CURRENCY_SYMBOLS.get(value.currency, value.currency)
        body = f"{symbol} {body}"
    if value.unit:
        body += value.unit if value.unit.startswith("%") else f" {value.unit}"
    return prefix + body


def _format_dates(value: ParsedValue, lang: str) -> str:
    start = _format_date(value.date, lang) if value.date else None
    end = _format_date(value.date_end, lang) if value.date_end else None
    english = lang.lower().startswith("en")
    if start and end:
        return f"{start} – {end}"
    if start and value.kind == "period":
        return f"{'from' if english else 'vanaf'} {start}"
    if end:
        return f"{'until' if english else 'tot'} {end}"
    return start or ""


def _format_date(iso_date: str, lang: str) -> str:
    """`2025-06-11` → `11 juni 2025` / `11 June 2025`; `2025-06` → `June 2025`."""
    parts = iso_date.split("-")
    names = MONTH_NAMES["en" if lang.lower().startswith("en") else "nl"]
    if len(parts) == 1:
        return parts[0]
    month = names[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def claim_value(claim: Claim) -> ParsedValue:
    """A claim's stored value as the parser's value object (for formatting and export)."""
    kind = claim.kind if claim.kind in ("quantity", "money", "date", "period") else "text"
    return ParsedValue(
        kind=kind, text=claim.value_text, amount=claim.amount, lower=claim.lower,  # type: ignore[arg-type]
        upper=claim.upper, unit=claim.unit, currency=claim.currency,
        approximate=claim.approximate, date=claim.date, date_end=claim.date_end,
        precision=claim.precision,  # type: ignore[arg-type]
    )


def choice_label(choice_labels: dict[str, dict[str, str]] | None, key: str, lang: str) -> str:
    """An enum choice's label in `lang` (English, else the key itself, when the schema has none).

    Values are stored as keys (`public_body`); the window and the workbook show labels.
    """
    labels = (choice_labels or {}).get(key) or {}
    return labels.get(lang) or labels.get("en") or key
