"""When two claimed values say the same thing: pure rules, no database.

Numbers are read as intervals and agree when the intervals overlap:
- an exact amount is the point [amount, amount];
- an approximate amount ("circa 4 miljard") is widened by APPROXIMATE_TOLERANCE
  (±10 %) each side, and so is an approximate range;
- a range [lower, upper] is itself; a one-sided bound ("meer dan 10.000") is half-open.
Amounts in different currencies or units never agree (nothing converts them here).

Dates and periods are read as the calendar interval their precision spans ("2025" is
the whole year) and agree when one interval contains the other. References agree when
they point at the same record, other values when their normalised text is equal.
"""

from __future__ import annotations

import calendar
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from database.models import Claim

APPROXIMATE_TOLERANCE = Decimal("0.10")
_NUMERIC = ("quantity", "money")
_TEMPORAL = ("date", "period")


@dataclass(frozen=True)
class NumberInterval:
    """A closed interval; None on a side means unbounded."""

    low: Decimal | None
    high: Decimal | None

    def overlaps(self, other: "NumberInterval") -> bool:
        """True when the two intervals share at least one point."""
        if self.high is not None and other.low is not None and self.high < other.low:
            return False
        if other.high is not None and self.low is not None and other.high < self.low:
            return False
        return True


def number_interval(claim: Claim) -> NumberInterval | None:
    """The interval a numeric claim stands for, or None when it holds no number."""
    low: Decimal | None
    high: Decimal | None
    if claim.amount is not None:
        low = high = Decimal(claim.amount)
    elif claim.lower is not None or claim.upper is not None:
        low = None if claim.lower is None else Decimal(claim.lower)
        high = None if claim.upper is None else Decimal(claim.upper)
    else:
        return None
    if claim.approximate:
        low = None if low is None else low - abs(low) * APPROXIMATE_TOLERANCE
        high = None if high is None else high + abs(high) * APPROXIMATE_TOLERANCE
    return NumberInterval(low, high)


def date_interval(claim: Claim) -> tuple[str, str] | None:
    """First and last day (ISO) a date or period claim covers, or None without a date."""
    if not claim.date:
        return None
    first, _ = _day_span(claim.date)
    _, last = _day_span(claim.date_end or claim.date)
    return first, last


def _day_span(partial: str) -> tuple[str, str]:
    parts = partial.strip().split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    day = int(parts[2])
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso, iso


def normalised_text(text: str) -> str:
    """Text as compared: NFC, case-folded, whitespace collapsed, trailing dots and slashes gone."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(folded.split()).rstrip("./ ")


def value_key(claim: Claim) -> tuple[object, ...]:
    """What makes two claims the *same* value (grouping before agreement is checked)."""
    if claim.kind in _NUMERIC and number_interval(claim) is not None:
        def norm(d: Decimal | None) -> str | None:
            return None if d is None else format(Decimal(d).normalize(), "f")
        return (claim.kind, claim.currency or claim.unit, norm(claim.amount), norm(claim.lower),
                norm(claim.upper), bool(claim.approximate))
    if claim.kind in _TEMPORAL and claim.date:
        return (claim.kind, claim.date, claim.date_end)
    if claim.ref_record_id:
        return ("reference", claim.ref_record_id)
    return ("text", normalised_text(claim.value_text))


def values_agree(a: Claim, b: Claim) -> bool:
    """True when two claims of one field can both be right (see the module's rules)."""
    if value_key(a) == value_key(b):
        return True
    a_num, b_num = number_interval(a), number_interval(b)
    if a.kind in _NUMERIC and b.kind in _NUMERIC and a_num and b_num:
        if a.kind != b.kind or not _same_measure(a.currency, b.currency) \
                or not _same_measure(a.unit, b.unit):
            return False
        return a_num.overlaps(b_num)
    a_day, b_day = date_interval(a), date_interval(b)
    if a.kind in _TEMPORAL and b.kind in _TEMPORAL and a_day and b_day:
        return _contains(a_day, b_day) or _contains(b_day, a_day)
    if a.ref_record_id or b.ref_record_id:
        return a.ref_record_id == b.ref_record_id
    return normalised_text(a.value_text) == normalised_text(b.value_text)


def _same_measure(a: str | None, b: str | None) -> bool:
    # A missing unit is the field's unit, so only two different named ones disagree.
    return a is None or b is None or a.casefold() == b.casefold()


def _contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
