"""Amounts: numbers with scale, currency, unit, range and bound (package-private).

`find_amounts` walks the tokens left of right; each number phrase starts a group that
may grow into a range (`3 tot 5 miljard`), pick up a currency before or after it, a unit
a few words on (`18.000 van Nvidia's nieuwste Blackwell-GPU's`), and markers before it
(`ruim`, `at least`, `circa`). Plain four-digit numbers 1900–2100 are flagged
`year_like` so `values` can turn them into dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.core.value_tokens import (
    Token,
    adjacent,
    combine_words,
    dutch_number_word,
    lows,
    match_at,
    match_before,
    parse_digits,
)
from app.core.value_words import (
    ADJACENT_ONLY_SCALES,
    APPROX,
    BARE_SCALE_NUMBERS,
    CURRENCY_PHRASES,
    DUTCH_UNITS,
    ENGLISH_ONLY_MARKERS,
    FRACTION_PHRASES,
    FRACTION_WORDS,
    FREE_FRACTION_WORDS,
    LOWER,
    MARKERS,
    NOT_NUMBER_AFTER_TEN,
    NUMBER_WORDS,
    PAIRED_CONNECTORS,
    POST_MARKERS,
    RANGE_CONNECTORS,
    RATE_PHRASES,
    RATIO_ONES,
    RATIO_PHRASES,
    SCALE_WORDS,
    STRONG_YEAR_PREPOSITIONS,
    UNIT_PHRASES,
    UNIT_SEARCH_STOPS,
    UPPER,
    VAGUE_QUANTIFIERS,
    VAGUE_WORDS,
    WEAK_ONE_WORDS,
    YEAR_PREPOSITIONS,
    Marker,
    Phrase,
)

_ABBREVIATED_SCALES = frozenset({"mln", "mld", "mrd", "mio", "bn", "bln", "dzd", "mn", "tn"})
_NUMBERLIKE = frozenset({"num", "iso", "dmy", "yslash", "qtr", "half"})
_DUTCH_AND_A_HALF = re.compile(r"(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)half")
_CONNECTORS: dict[Phrase, bool] = {c: True for c in RANGE_CONNECTORS} | {
    c: True for c in PAIRED_CONNECTORS
}
_RANGE_OPENERS: dict[Phrase, bool] = {
    ("tussen",): True, ("tussen", "de"): True, ("between",): True, ("between", "the"): True,
}
_VAGUE_QUANTIFIERS: dict[Phrase, bool] = {q: True for q in VAGUE_QUANTIFIERS}
_MAX_FILLER_WORDS = 5


@dataclass(frozen=True)
class NumberPhrase:
    """A number with its scale words: tokens [start, end)."""

    start: int
    end: int
    value: Decimal
    multiplier: int = 1
    vague: bool = False
    plain: str | None = None  # the digits when written as bare digits without a scale


@dataclass
class Amount:
    """One value group found in the tokens; `valid` False means it cannot be read."""

    start: int
    end: int
    amount: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False
    valid: bool = True
    years: tuple[int, ...] = ()  # set when the group reads as year(s), see `_year_like`
    year_effect: str | None = None
    is_range: bool = False
    markers: list[Marker] = field(default_factory=list)


def find_numbers(tokens: Sequence[Token], skip: set[int], style: str) -> list[NumberPhrase]:
    """Every number phrase outside the `skip` token positions (dates), left to right."""
    found: list[NumberPhrase] = []
    i = 0
    while i < len(tokens):
        phrase = None if i in skip else read_number(tokens, i, style)
        if phrase is not None and not any(j in skip for j in range(phrase.start, phrase.end)):
            found.append(phrase)
            i = phrase.end
        else:
            i += 1
    return found


def read_number(tokens: Sequence[Token], i: int, style: str) -> NumberPhrase | None:
    """The number phrase starting at token i, if any."""
    tok = tokens[i]
    if tok.kind == "num" and _name_suffix(tokens, i):
        return None
    if tok.kind == "num":
        value = parse_digits(tok.text, style)
        if value is None:
            return None
        plain = tok.text if tok.text.isdigit() else None
        return _with_scales(tokens, i, i + 1, value, plain=plain)
    if tok.kind == "word":
        return _read_vague(tokens, i) or _read_words(tokens, i)
    return None


def _name_suffix(tokens: Sequence[Token], i: int) -> bool:
    """True for the `4` in `GPT-4` or `19` in `COVID-19`: a name, not an amount."""
    return (
        i >= 2
        and tokens[i - 1].text == "-"
        and adjacent(tokens, i)
        and adjacent(tokens, i - 1)
        and tokens[i - 2].kind in {"word", "code"}
    )


def _with_scales(
    tokens: Sequence[Token], start: int, j: int, value: Decimal, plain: str | None = None
) -> NumberPhrase:
    """Extend a number over the scale words after it (`2,1 miljard`, `€3bn`, `5 mln.`)."""
    multiplier = 1
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].low in SCALE_WORDS:
        low = tokens[j].low
        if low in ADJACENT_ONLY_SCALES and not adjacent(tokens, j):
            break
        multiplier *= SCALE_WORDS[low]
        j += 1
        if low in _ABBREVIATED_SCALES and j < len(tokens) and tokens[j].text == ".":
            j += 1
    return NumberPhrase(
        start, j, value * multiplier, multiplier, plain=plain if multiplier == 1 else None
    )


def _scale_at(tokens: Sequence[Token], j: int) -> bool:
    """True when token j is a scale word usable after a number word."""
    return (
        j < len(tokens)
        and tokens[j].low in SCALE_WORDS
        and tokens[j].low not in ADJACENT_ONLY_SCALES
    )


def _read_words(tokens: Sequence[Token], i: int) -> NumberPhrase | None:
    """Number words: `twintig`, `vijfentwintig`, `twenty-five`, `een miljard`, `anderhalf`."""
    low = tokens[i].low
    fraction = match_at(tokens, i, FRACTION_PHRASES)
    if fraction and _scale_at(tokens, i + fraction[1]):  # `een half miljard`
        return _with_scales(tokens, i, i + fraction[1], fraction[0])
    if low in WEAK_ONE_WORDS:
        if _scale_at(tokens, i + 1) or (low == "one" and match_at(tokens, i + 1, UNIT_PHRASES)):
            return _with_scales(tokens, i, i + 1, Decimal(1))
        return None
    if low in FRACTION_WORDS:
        if _scale_at(tokens, i + 1) or low in FREE_FRACTION_WORDS:
            return _with_scales(tokens, i, i + 1, FRACTION_WORDS[low])
        return None
    half = _DUTCH_AND_A_HALF.fullmatch(low)
    if half:
        return _with_scales(tokens, i, i + 1, Decimal(DUTCH_UNITS[half[1]]) + Decimal("0.5"))
    values, j = _word_run(tokens, i)
    if not values:
        return None
    total = combine_words(values)
    if total is None:
        return None
    if j == i + 1 and low in SCALE_WORDS and low not in BARE_SCALE_NUMBERS:
        return None
    return _with_scales(tokens, i, j, Decimal(total))


def _word_run(tokens: Sequence[Token], i: int) -> tuple[list[int], int]:
    """The values of consecutive number words from i (hyphens allowed between them)."""
    values: list[int] = []
    j = i
    while j < len(tokens) and tokens[j].kind == "word":
        low = tokens[j].low
        if low == "ten" and j + 1 < len(tokens) and tokens[j + 1].low in NOT_NUMBER_AFTER_TEN:
            break
        value = NUMBER_WORDS.get(low) if low in NUMBER_WORDS else dutch_number_word(low)
        if value is None:
            break
        values.append(value)
        j += 1
        if j + 1 < len(tokens) and tokens[j].text == "-" and _is_number_word(tokens[j + 1].low):
            j += 1
        elif _joins_with_and(tokens, i, j, values):
            j += 1
    return values, j


def _joins_with_and(tokens: Sequence[Token], i: int, j: int, values: list[int]) -> bool:
    """`two hundred and fifty`: `and` inside a number, not `between three and five`."""
    if j + 1 >= len(tokens) or tokens[j].low != "and" or values[-1] not in (100, 1000):
        return False
    nxt = NUMBER_WORDS.get(tokens[j + 1].low)
    return nxt is not None and nxt < 100 and not (i and tokens[i - 1].low == "between")


def _is_number_word(low: str) -> bool:
    return low in NUMBER_WORDS or dutch_number_word(low) is not None


def _read_vague(tokens: Sequence[Token], i: int) -> NumberPhrase | None:
    """`honderdduizenden`, `tientallen miljarden`, `tens of billions`, `enkele miljarden`."""
    j, value = i, 1
    quantifier = match_at(tokens, i, _VAGUE_QUANTIFIERS)
    if quantifier:
        j += quantifier[1]
        if not (j < len(tokens) and (tokens[j].low in VAGUE_WORDS or _scale_at(tokens, j))):
            return None
    elif tokens[i].low not in VAGUE_WORDS:
        return None
    while j < len(tokens):
        low = tokens[j].low
        if low in VAGUE_WORDS or (j > i and _scale_at(tokens, j)):
            value *= VAGUE_WORDS.get(low) or SCALE_WORDS[low]
            j += 1
        elif low in {"of", "van"} and j > i and j + 1 < len(tokens) and (
            tokens[j + 1].low in VAGUE_WORDS
        ):
            j += 1
        else:
            break
    return NumberPhrase(i, j, Decimal(value), vague=True)


def find_amounts(
    tokens: Sequence[Token], numbers: Sequence[NumberPhrase], english: bool
) -> list[Amount]:
    """Group the number phrases into amounts (ranges take two phrases)."""
    starts = {n.start for n in numbers}
    amounts: list[Amount] = []
    k = 0
    while k < len(numbers):
        second = numbers[k + 1] if k + 1 < len(numbers) else None
        amount, used = _build(tokens, numbers[k], second, starts, english)
        amounts.append(amount)
        k += used
    return amounts


def _build(
    tokens: Sequence[Token],
    first: NumberPhrase,
    second: NumberPhrase | None,
    starts: set[int],
    english: bool,
) -> tuple[Amount, int]:
    """One amount from `first` (and `second` when they form a range)."""
    start = first.start
    currency = None
    before = match_before(tokens, start, CURRENCY_PHRASES)
    if before:
        currency, start = before[0], start - before[1]
    amount = Amount(start, first.end, currency=currency)
    used = 1
    mid = _range_end(tokens, first, second, start)
    if mid is not None and second is not None:
        used = 2
        _set_range(amount, first, second, mid)
    else:
        _set_single(amount, first)
    _read_after(tokens, amount, starts, vague=first.vague, year_shaped=_is_year(first))
    if _is_ratio(tokens, first, amount):
        amount.valid = False  # `1 op de 5`, `one in five`: a ratio, not an amount
    if amount.unit is None and amount.currency is None and start and (
        tokens[start - 1].low == "factor"
    ):
        amount.unit = "×"  # `een factor tien`
    amount.markers = markers_before(tokens, start, english)
    _apply_markers(amount)
    amount.years = _year_like(tokens, amount, first, second if used == 2 else None)
    return amount, used


def _is_ratio(tokens: Sequence[Token], first: NumberPhrase, amount: Amount) -> bool:
    """True for either number of `1 op de 5` / `one in five` (read as text)."""
    after = match_at(tokens, first.end, RATIO_PHRASES)
    if after and not amount.is_range and first.end + after[1] < len(tokens):
        nxt = tokens[first.end + after[1]]
        small = nxt.kind == "num" and (len(nxt.text) <= 3 or tokens[first.end].low != "in")
        if small or _is_number_word(nxt.low):
            return True  # `in` needs a small count after it: `20 in 2027` is no ratio
    before = match_before(tokens, first.start, RATIO_PHRASES)
    if before is None or first.start - before[1] < 1:
        return False
    prev = tokens[first.start - before[1] - 1]
    return prev.kind == "num" or prev.low in RATIO_ONES


def _range_end(
    tokens: Sequence[Token], first: NumberPhrase, second: NumberPhrase | None, start: int
) -> tuple[str | None, str | None] | None:
    """(currency, unit) written between the bounds when `first`–`second` is a range."""
    if second is None or first.vague or second.vague:
        return None
    p = first.end
    currency = unit = None
    cur = match_at(tokens, p, CURRENCY_PHRASES)
    found_unit = None if cur else match_at(tokens, p, UNIT_PHRASES)
    if cur:
        currency, p = cur[0], p + cur[1]
    elif found_unit:
        unit, p = found_unit[0], p + found_unit[1]
    conn = match_at(tokens, p, _CONNECTORS)
    if conn is None:
        return None
    key = lows(tokens, p, p + conn[1])
    if key in PAIRED_CONNECTORS and not match_before(tokens, start, _RANGE_OPENERS):
        return None
    p += conn[1]
    cur2 = match_at(tokens, p, CURRENCY_PHRASES)
    if cur2:
        p += cur2[1]
        currency = currency or cur2[0]
    return (currency, unit) if p == second.start else None


def _set_range(
    amount: Amount, first: NumberPhrase, second: NumberPhrase, mid: tuple[str | None, str | None]
) -> None:
    """Fill a range; a scale written only on the upper bound applies to both (`3–5 mld`)."""
    low, high = first.value, second.value
    if first.multiplier == 1 and second.multiplier > 1 and low * second.multiplier <= high:
        low *= second.multiplier
    amount.end = second.end
    amount.currency = amount.currency or mid[0]
    amount.unit = mid[1]
    amount.is_range = True
    if low > high:
        amount.valid = False
    elif low == high:
        amount.amount = low
    else:
        amount.lower, amount.upper = low, high


def _set_single(amount: Amount, number: NumberPhrase) -> None:
    """Fill a single number; a vague one is an approximate lower bound."""
    if number.vague:
        amount.lower, amount.approximate = number.value, True
    else:
        amount.amount = number.value


def _read_after(
    tokens: Sequence[Token], amount: Amount, starts: set[int], vague: bool, year_shaped: bool
) -> None:
    """Currency, post markers (`of meer`, `+`), unit and rate after the number."""
    p = amount.end
    if amount.currency is None:
        skip = 1 if vague and p < len(tokens) and tokens[p].low in {"of", "aan", "van"} else 0
        cur = match_at(tokens, p + skip, CURRENCY_PHRASES)
        if cur:
            amount.currency, p = cur[0], p + skip + cur[1]
    p = _post_marker(tokens, p, amount)
    gap = 0
    again = match_at(tokens, p, UNIT_PHRASES) if amount.unit else None
    if again and again[0] == amount.unit:
        p += again[1]  # `3 GW tot 5 GW`: the unit written twice
    if amount.currency is None and amount.unit is None:
        found = find_unit(tokens, p, starts)
        if found:
            amount.unit, p, gap = found
            if year_shaped and _year_preposition_before(tokens, amount.start, strong=not gap):
                amount.unit, p, gap = None, amount.end, 0  # `in 2030 ... datacenters`
    p = _read_rate(tokens, p, amount)
    amount.end = _post_marker(tokens, p, amount)


def _post_marker(tokens: Sequence[Token], p: int, amount: Amount) -> int:
    """Apply `of meer`/`or less`/`+` at p; returns the position after it."""
    found = match_at(tokens, p, POST_MARKERS)
    if found is None or amount.is_range:
        return p
    effect, size = found
    if effect == LOWER and amount.amount is not None:
        amount.lower, amount.amount = amount.amount, None
    elif effect == UPPER and amount.amount is not None:
        amount.upper, amount.amount = amount.amount, None
    return p + size


def _read_rate(tokens: Sequence[Token], p: int, amount: Amount) -> int:
    """`per jaar`, `/GPU`, `a year`: appended to the unit as `per year`."""
    per = None
    rate = match_at(tokens, p, RATE_PHRASES)
    if rate:
        per, p = rate[0], p + rate[1]
    elif p < len(tokens) and tokens[p].low in {"per", "/"}:
        unit = match_at(tokens, p + 1, UNIT_PHRASES)
        if unit:
            per, p = unit[0], p + 1 + unit[1]
    if per:
        amount.unit = f"{amount.unit} per {per}" if amount.unit else f"per {per}"
    return p


def find_unit(
    tokens: Sequence[Token], p: int, starts: set[int]
) -> tuple[str, int, int] | None:
    """The unit at p or a few filler words on: (unit, end position, filler words skipped).

    The search stops at another number, punctuation, or a word from UNIT_SEARCH_STOPS;
    units of one or two letters (`ha`, `pp`) count only right after the number.
    """
    words, j = 0, p
    while j < len(tokens) and words <= _MAX_FILLER_WORDS:
        found = match_at(tokens, j, UNIT_PHRASES)
        if found and (j == p or len(tokens[j].text) > 2):
            return found[0], j + found[1], words
        tok = tokens[j]
        if (j != p and j in starts) or tok.kind in _NUMBERLIKE:
            return None
        if tok.kind == "sym" and tok.text not in {"-", "'"}:
            return None
        if tok.kind in {"word", "code"}:
            if tok.low in UNIT_SEARCH_STOPS or (tok.low,) in CURRENCY_PHRASES:
                return None
            words += 1
        j += 1
    return None


def markers_before(tokens: Sequence[Token], start: int, english: bool) -> list[Marker]:
    """Markers just before token `start`, nearest first (`naar schatting meer dan`).

    Dates read the same markers (`tot eind 2025`, `vanaf juni 2025`).
    """
    found: list[Marker] = []
    pos = start
    while pos > 0:
        match = match_before(tokens, pos, MARKERS)
        if match is None:
            break
        marker, size = match
        if not english and lows(tokens, pos - size, pos) in ENGLISH_ONLY_MARKERS:
            break
        found.append(marker)
        pos -= size
    return found


def _apply_markers(amount: Amount) -> None:
    """Turn markers into bound and approximation; a range ignores bound markers."""
    if any(effect == APPROX for effect, _ in amount.markers):
        amount.approximate = True
    bound = next((m for m in amount.markers if m[0] in {LOWER, UPPER}), None)
    if bound is None or amount.is_range or amount.amount is None:
        return
    if bound[0] == LOWER:
        amount.lower, amount.amount = amount.amount, None
    else:
        amount.upper, amount.amount = amount.amount, None


def _year_preposition_before(tokens: Sequence[Token], start: int, strong: bool) -> bool:
    """True when a year preposition precedes `start` (a strong one when a unit is adjacent)."""
    table = STRONG_YEAR_PREPOSITIONS if strong else YEAR_PREPOSITIONS
    return start > 0 and tokens[start - 1].low in table


def _is_year(number: NumberPhrase | None) -> bool:
    return (
        number is not None
        and number.plain is not None
        and len(number.plain) == 4
        and 1900 <= int(number.plain) <= 2100
    )


def _year_like(
    tokens: Sequence[Token], amount: Amount, first: NumberPhrase, second: NumberPhrase | None
) -> tuple[int, ...]:
    """The year(s) when the group reads as years, else ().

    A year is four plain digits 1900–2100 with no currency, unit, scale or count-only
    bound (`meer dan 2000` is a count); `tot 2027`, `vanaf 2026`, `rond 2030` stay years.
    """
    if amount.currency or amount.unit:
        return ()
    bound = next((m for m in amount.markers if m[0] in {LOWER, UPPER}), None)
    if bound is not None and bound[1] is None and second is None:
        return ()
    if second is not None:
        return (int(first.value), int(second.value)) if _is_year(first) and _is_year(second) else ()
    if not _is_year(first):
        return ()
    amount.year_effect = bound[1] if bound else None
    return (int(first.value),)
