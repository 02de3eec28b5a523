"""Dates and periods written with words or date notation (package-private).

Bare years (`2025`, `2018–2027`) are read by `value_amounts` and turned into dates by
`values`; this module reads everything that is a date by its form: `10 april 2025`,
`June 11, 2025`, `2025-06`, `11-06-2025`, `Q3 2025`, `eind 2024`, `zomer 2025`, and
ranges between them (`januari tot maart 2025`, `10–12 juni 2025`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.core.value_tokens import Token, adjacent, lows, match_at, match_before
from app.core.value_words import (
    HALF_WORDS,
    MONTHS,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    PART_OF_YEAR,
    QUARTER_WORDS,
    SEASONS,
    VERB_MONTHS,
    Phrase,
)

Point = tuple[int | None, int | None, int | None]  # (year, month, day); None = not given

_DATE_CONNECTORS: dict[Phrase, bool] = {
    c: True
    for c in (("-",), ("tot",), ("tot", "en", "met"), ("t", "/", "m"), ("to",), ("until",),
              ("through",), ("till",), ("en",), ("and",))
}
_PAIRED: dict[Phrase, Phrase] = {("en",): ("tussen",), ("and",): ("between",)}
_LINKS = frozenset({"van", "of", "-", "'", "in"})


@dataclass(frozen=True)
class DateSpan:
    """A date or period over tokens [start, end); `first`/`last` may lack the year."""

    start: int
    end: int
    first: Point
    last: Point
    approximate: bool = False
    valid: bool = True
    joined: bool = False  # `A tot B`: bound markers before it do not apply

    @property
    def complete(self) -> bool:
        """True when both ends carry a year (partial spans only join ranges)."""
        return self.first[0] is not None and self.last[0] is not None


def iso(point: Point) -> str:
    """ISO partial date for a point: `2025`, `2025-06`, `2025-06-11`."""
    year, month, day = point
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def precision(point: Point) -> str:
    """year, month or day: the finest part the point gives."""
    return "day" if point[2] is not None else "month" if point[1] is not None else "year"


def _valid(point: Point) -> bool:
    year, month, day = point
    try:
        _dt.date(year or 2000, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _span(start: int, end: int, first: Point, last: Point | None = None,
          approximate: bool = False) -> DateSpan:
    last = last or first
    ok = _valid(first) and _valid(last) and _key(first) <= _key(last, end=True)
    return DateSpan(start, end, first, last, approximate, ok)


def _key(point: Point, end: bool = False) -> tuple[int, int, int]:
    """Sortable form; a missing month/day sorts as the start (or end) of its year/month."""
    year, month, day = point
    return (year or 0, month or (12 if end else 1), day or (31 if end else 1))


def _year_at(tokens: Sequence[Token], j: int) -> int | None:
    """A four-digit year written at token j (1000–2999)."""
    if j < len(tokens) and tokens[j].kind == "num" and re.fullmatch(r"[12]\d{3}", tokens[j].text):
        return int(tokens[j].text)
    return None


def _month_at(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """(month, position after it) for a month name or abbreviation at j."""
    if j >= len(tokens) or tokens[j].low not in MONTHS:
        return None
    after = j + 1
    if after < len(tokens) and tokens[after].text == "." and len(tokens[j].text) <= 4:
        after += 1
    return MONTHS[tokens[j].low], after


def _day_at(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """(day, position after it) for `11`, `11th`, `1e`, `1ste` at j."""
    if j >= len(tokens) or tokens[j].kind != "num" or not re.fullmatch(r"\d{1,2}", tokens[j].text):
        return None
    day = int(tokens[j].text)
    if not 1 <= day <= 31:
        return None
    j += 1
    if j < len(tokens) and tokens[j].low in ORDINAL_SUFFIXES and adjacent(tokens, j):
        j += 1
    return day, j


def _skip(tokens: Sequence[Token], j: int, words: frozenset[str]) -> int:
    return j + 1 if j < len(tokens) and tokens[j].low in words else j


def _read_notation(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """`2025-06-11`, `2025-06`, `2024-25`, `11-06-2025`, `2024/25`."""
    tok = tokens[i]
    if tok.kind not in {"iso", "dmy", "yslash"}:
        return None
    parts = [int(p) for p in re.split(r"[-/.]", tok.text)]
    if tok.kind == "iso" and len(parts) == 2 and parts[1] > 12:
        return _span(i, i + 1, (parts[0], None, None), (parts[0] // 100 * 100 + parts[1],
                                                        None, None))
    if tok.kind == "iso":
        return _span(i, i + 1, (parts[0], parts[1], parts[2] if len(parts) > 2 else None))
    if tok.kind == "dmy":
        day, month, year = parts
        if english and month > 12 >= day:
            day, month = month, day  # a US m/d/y date can only be read one way here
        return _span(i, i + 1, (year, month, day))
    if tok.kind == "yslash":
        second = parts[1] if parts[1] >= 1000 else parts[0] // 100 * 100 + parts[1]
        return _span(i, i + 1, (parts[0], None, None), (second, None, None))
    return None


def _read_part_of_year(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """`eind 2024` (2024-12, approximate), `begin 2025`, `medio 2025`, `eind juni 2025`."""
    found = match_at(tokens, i, PART_OF_YEAR)
    if found is None:
        return None
    month, j = found[0], i + found[1]
    named = _month_at(tokens, j)
    if named and _year_at(tokens, named[1]) is not None:
        return _span(i, named[1] + 1, (_year_at(tokens, named[1]), named[0], None))
    year = _year_at(tokens, j)
    return None if year is None else _span(i, j + 1, (year, month, None), approximate=True)


def _read_division(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """Quarters and halves: `Q3 2025`, `derde kwartaal van 2025`, `H1 2025`, `2025 Q3`."""
    lead_year = _year_at(tokens, i)
    j = _skip(tokens, i + 1, frozenset({"-"})) if lead_year is not None else i
    found = _division_at(tokens, j)
    if found is None:
        return None
    (first_month, last_month), j = found
    year = lead_year
    if year is None:
        j = _skip(tokens, j, _LINKS)
        year = _year_at(tokens, j)
        j += 1
    if year is None:
        return None
    return _span(i, j, (year, first_month, None), (year, last_month, None))


def _division_at(tokens: Sequence[Token], j: int) -> tuple[tuple[int, int], int] | None:
    """((first month, last month), position after) for a quarter or half at j."""
    if j >= len(tokens):
        return None
    tok = tokens[j]
    if tok.kind in {"qtr", "half"}:
        return _months_of(tok.kind, int(tok.text[1])), j + 1
    number, k = ORDINAL_WORDS.get(tok.low), j + 1
    day = _day_at(tokens, j)
    if number is None and day is not None and day[1] > j + 1:
        number, k = day
    if number is None or k >= len(tokens):
        return None
    if tokens[k].low in QUARTER_WORDS and number <= 4:
        return _months_of("qtr", number), k + 1
    if tokens[k].low in HALF_WORDS and number <= 2:
        return _months_of("half", number), k + 1
    return None


def _months_of(kind: str, number: int) -> tuple[int, int]:
    size = 3 if kind == "qtr" else 6
    return size * number - size + 1, size * number


def _read_season(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """`zomer 2025`, `in de zomer van 2025`, `spring 2026`; approximate, winter → Feb Y+1."""
    if tokens[i].low not in SEASONS:
        return None
    first_month, last_month = SEASONS[tokens[i].low]
    j = _skip(tokens, i + 1, _LINKS)
    year = _year_at(tokens, j)
    if year is None and j < len(tokens) and tokens[j].kind == "yslash":
        year = int(tokens[j].text[:4])
    if year is None:
        return None
    last_year = year + 1 if last_month < first_month else year
    return _span(i, j + 1, (year, first_month, None), (last_year, last_month, None), True)


def _read_day_first(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """`10 april 2025`, `11 June 2025`, `11th of June, 2025`; `10 april` is partial."""
    day = _day_at(tokens, i)
    if day is None:
        return None
    j = _skip(tokens, day[1], frozenset({"of"}))
    month = _month_at(tokens, j)
    if month is None:
        return None
    j = _skip(tokens, month[1], frozenset({","}))
    year = _year_at(tokens, j)
    if year is None:
        return _span(i, month[1], (None, month[0], day[0]))
    return _span(i, j + 1, (year, month[0], day[0]))


def _read_month_first(tokens: Sequence[Token], i: int, english: bool) -> DateSpan | None:
    """`maart 2024`, `June 11, 2025`, `June 2025`; `januari` alone is partial."""
    month = _month_at(tokens, i)
    if month is None:
        return None
    j = month[1]
    day = _day_at(tokens, j)
    days = _day_range_at(tokens, day[1]) if day is not None else None
    if day is not None and days is not None:
        year = _year_at(tokens, days[1])
        if year is not None:  # `July 1–3, 2025`
            joined = _span(i, days[1] + 1, (year, month[0], day[0]), (year, month[0], days[0]))
            return replace(joined, joined=True)
    if day is not None:
        k = _skip(tokens, day[1], frozenset({","}))
        year = _year_at(tokens, k)
        if year is not None:
            return _span(i, k + 1, (year, month[0], day[0]))
    year = _year_at(tokens, _skip(tokens, j, frozenset({","})))
    if year is not None:
        return _span(i, _skip(tokens, j, frozenset({","})) + 1, (year, month[0], None))
    if tokens[i].low in VERB_MONTHS and not tokens[i].text[0].isupper():
        return None  # `may`/`march` the verbs
    return _span(i, j, (None, month[0], None))


def _day_range_at(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """(last day, position of the year) for the `–3,` of `July 1–3, 2025`."""
    conn = match_at(tokens, j, _DATE_CONNECTORS)
    if conn is None or lows(tokens, j, j + conn[1]) in _PAIRED:
        return None
    day = _day_at(tokens, j + conn[1])
    if day is None:
        return None
    return day[0], _skip(tokens, day[1], frozenset({","}))


_READERS: tuple[Callable[[Sequence[Token], int, bool], DateSpan | None], ...] = (
    _read_notation, _read_part_of_year, _read_division, _read_season, _read_day_first,
    _read_month_first,
)


def find_dates(tokens: Sequence[Token], english: bool) -> list[DateSpan]:
    """Every date form in the tokens, ranges joined; partial spans are kept (they mark
    their tokens as taken) but only complete ones become values."""
    spans: list[DateSpan] = []
    i = 0
    while i < len(tokens):
        span = next((s for r in _READERS if (s := r(tokens, i, english)) is not None), None)
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.end
    return _join_ranges(tokens, spans)


def _connector_between(tokens: Sequence[Token], a_start: int, a_end: int, b_start: int) -> bool:
    """True when only a range connector stands between two spans."""
    key = lows(tokens, a_end, b_start)
    if key not in _DATE_CONNECTORS:
        return False
    opener = _PAIRED.get(key)
    return opener is None or (a_start > 0 and (tokens[a_start - 1].low,) == opener)


def _join_ranges(tokens: Sequence[Token], spans: list[DateSpan]) -> list[DateSpan]:
    """Join `A tot B` into one period, filling A's missing year/month from B."""
    out: list[DateSpan] = []
    for span in spans:
        lead = _bare_day_before(tokens, span, out[-1].end if out else 0)
        if lead is not None:
            out.append(lead)
        if out and _connector_between(tokens, out[-1].start, out[-1].end, span.start):
            span = _join(out.pop(), span)
        out.append(span)
    return out


def _bare_day_before(tokens: Sequence[Token], span: DateSpan, floor: int) -> DateSpan | None:
    """The `10` in `10–12 juni 2025`, as a partial span, when a day range is written."""
    if span.first[2] is None:
        return None
    conn = match_before(tokens, span.start, _DATE_CONNECTORS)
    if conn is None:
        return None
    at = span.start - conn[1] - 1
    day = _day_at(tokens, at) if at >= floor else None
    if day is None or day[1] != span.start - conn[1]:
        return None
    return _span(at, day[1], (None, None, day[0]))


def _join(a: DateSpan, b: DateSpan) -> DateSpan:
    """Period from a.first to b.last; a's missing parts come from b's first point."""
    year, month, day = a.first
    filled_year = year is None
    year = b.first[0] if year is None else year
    if month is None and day is not None:
        month = b.first[1]
    first: Point = (year, month, day)
    if filled_year and year is not None and _key(first) > _key(b.first):
        first = (year - 1, month, day)  # `november tot februari 2025`
    joined = _span(a.start, b.end, first, b.last, a.approximate or b.approximate)
    return replace(joined, valid=joined.valid and a.valid and b.valid, joined=True)
