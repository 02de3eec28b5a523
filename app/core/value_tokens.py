"""Tokens and numerals for the value parser (package-private; use `app.core.values`).

Text is normalised (typographic apostrophes, non-breaking spaces, en/em dashes) and cut
into tokens that keep their character offsets, because `€3m` (scale) and `3 m` differ
only in adjacency.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from app.core.value_words import (
    DUTCH_STYLE_WORDS,
    DUTCH_TENS,
    DUTCH_UNITS,
    ENGLISH_STYLE_WORDS,
    NUMBER_WORDS,
    Phrase,
)

T = TypeVar("T")

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u00b4`\u2032"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58"})
_SPACES = re.compile(r"[\u00a0\u2000-\u2006\u2008-\u200a\u202f\u205f\u3000\t\r\n]+")
# A space between digit groups is a thousands separator (`10 000`, SI style): two bare
# numbers side by side are rarer in prose than grouped digits. Non-breaking and thin
# spaces there become a figure space so that the space normalisation leaves them alone.
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u2007\u2009\u202f](?=\d{3}(?!\d))")
_FIGURE_SPACE = "\u2007"
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

_TOKEN = re.compile(
    r"""
    (?P<iso>\d{4}-\d{2}(?:-\d{2})?(?![\d]))
  | (?P<dmy>\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{4}(?!\d))
  | (?P<yslash>\d{4}/(?:\d{4}|\d{2})(?!\d))
  | (?P<qtr>[Qq][1-4](?![^\W_]))
  | (?P<half>[Hh][12](?![^\W_]))
  | (?P<num>\d{1,3}(?:[\u2007\ ]\d{3})+(?:[.,]\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*)
  | (?P<unit>k?m[²2](?![^\W_]))
  | (?P<code>[^\W\d_]+\d[^\W_]*)
  | (?P<word>[^\W\d_]+(?:'[^\W\d_]+)*'?)
  | (?P<sym>\S)
    """,
    re.VERBOSE,
)


_KINDS = ("iso", "dmy", "yslash", "qtr", "half", "num", "unit", "code", "word", "sym")


@dataclass(frozen=True)
class Token:
    """One token: its kind (iso, dmy, yslash, qtr, half, num, unit, code, word, sym)."""

    kind: str
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The lower-cased text, the key into every word table."""
        return self.text.lower()


def normalise(text: str) -> str:
    """Fold typographic apostrophes, dashes and odd spaces to their plain forms."""
    text = _ZERO_WIDTH.sub("", text).translate(_APOSTROPHES).translate(_DASHES)
    text = _DIGIT_GROUP_SPACE.sub(_FIGURE_SPACE, text)
    return _SPACES.sub(" ", text).strip()


def tokenize(text: str) -> list[Token]:
    """Cut normalised text into tokens (see the module doc)."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = next(k for k in _KINDS if m.group(k) is not None)
        word = m.group(0)
        if kind == "word" and word.endswith("'") and not word.lower().endswith("s'"):
            word = word[:-1]  # a closing quote, not part of the word
        tokens.append(Token(kind, word, m.start(), m.start() + len(word)))
    return tokens


def lows(tokens: Sequence[Token], start: int, end: int) -> Phrase:
    """The lower-cased texts of tokens[start:end]."""
    return tuple(t.low for t in tokens[start:end])


def match_at(tokens: Sequence[Token], i: int, table: Mapping[Phrase, T]) -> tuple[T, int] | None:
    """The longest phrase of `table` starting at token i, as (value, token count)."""
    for size in range(min(5, len(tokens) - i), 0, -1):
        key = lows(tokens, i, i + size)
        if key in table:
            return table[key], size
    return None


def match_before(
    tokens: Sequence[Token], end: int, table: Mapping[Phrase, T]
) -> tuple[T, int] | None:
    """The longest phrase of `table` ending just before token `end`."""
    for size in range(min(5, end), 0, -1):
        key = lows(tokens, end - size, end)
        if key in table:
            return table[key], size
    return None


def adjacent(tokens: Sequence[Token], i: int) -> bool:
    """True when token i is written against token i-1 (no space between)."""
    return 0 < i < len(tokens) and tokens[i].start == tokens[i - 1].end


def number_style(tokens: Sequence[Token], lang: str) -> str:
    """`nl` or `en` digit style: the phrase decides when it points one way only.

    Evidence is Dutch or English words, and numbers whose format is unambiguous
    (`1.234,5`, `2,5` → Dutch; `1,234.5`, `2.5` → English). Otherwise `lang` decides.
    """
    votes: set[str] = set()
    for tok in tokens:
        if tok.kind == "word" and tok.low in DUTCH_STYLE_WORDS:
            votes.add("nl")
        elif tok.kind == "word" and tok.low in ENGLISH_STYLE_WORDS:
            votes.add("en")
        elif tok.kind == "num":
            votes.update(_format_vote(tok.text))
    if len(votes) == 1:
        return votes.pop()
    return "en" if lang.lower().startswith("en") else "nl"


def _format_vote(digits: str) -> set[str]:
    """The style a digit string can only be read in, or nothing when it fits both."""
    if "." in digits and "," in digits:
        return {"nl"} if digits.rfind(",") > digits.rfind(".") else {"en"}
    for sep, decimal_style in ((",", "nl"), (".", "en")):
        if digits.count(sep) == 1 and len(digits.split(sep)[1]) != 3:
            return {decimal_style}
    return set()


def parse_digits(digits: str, style: str) -> Decimal | None:
    """Read a digit string in the given style; None when its grouping is invalid.

    `1.234.567` is thousands in any style; a single separator followed by exactly three
    digits is thousands when it is the style's grouping mark (`.` nl, `,` en), otherwise
    a decimal mark, so `2.5` reads as 2.5 in a Dutch text too.
    """
    if " " in digits or _FIGURE_SPACE in digits:
        # Space-grouped: the one mark the tokenizer allows after the groups is decimal.
        compact = digits.replace(" ", "").replace(_FIGURE_SPACE, "")
        return Decimal(compact.replace(",", "."))
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        if digits.count(decimal_mark) != 1:
            return None
        whole, frac = digits.split(decimal_mark)
        return _grouped(whole, group_mark, frac)
    if dots > 1 or commas > 1:
        return _grouped(digits, "." if dots else ",", "")
    if dots == 0 and commas == 0:
        return Decimal(digits)
    mark = "." if dots else ","
    whole, frac = digits.split(mark)
    group_mark = "." if style == "nl" else ","
    if mark == group_mark and len(frac) == 3 and whole != "0":
        return _grouped(digits, mark, "")
    return Decimal(f"{whole}.{frac}")


def _grouped(whole: str, mark: str, frac: str) -> Decimal | None:
    """Digits grouped by `mark` in threes (first group 1–3 digits), plus a fraction."""
    groups = whole.split(mark)
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    try:
        return Decimal("".join(groups) + (f".{frac}" if frac else ""))
    except InvalidOperation:
        return None


_DUTCH_COMPOUND = re.compile(
    r"(?P<unit>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)"
    r"(?P<tens>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
)


def dutch_number_word(word: str) -> int | None:
    """Value of a Dutch number word written as one word (`tweehonderdvijftigduizend`)."""
    if not word:
        return None
    if word in NUMBER_WORDS and word not in {"een"}:
        return NUMBER_WORDS[word]
    m = _DUTCH_COMPOUND.fullmatch(word)
    if m:
        return DUTCH_UNITS[m["unit"]] + DUTCH_TENS[m["tens"]]
    for scale_word, scale in (("duizend", 1000), ("honderd", 100)):
        at = word.find(scale_word)
        if at < 0:
            continue
        left, right = word[:at], word[at + len(scale_word):]
        times = 1 if not left else dutch_number_word(left)
        rest = 0 if not right else dutch_number_word(right)
        if times is None or rest is None or times >= scale * 10 or rest >= scale:
            return None
        return times * scale + rest
    return None


def combine_words(values: Sequence[int]) -> int | None:
    """Add up a run of number words (`two hundred fifty`); None for runs like `five five`."""
    total, current = 0, 0
    for v in values:
        if v == 1000:
            total += (current or 1) * 1000
            current = 0
        elif v == 100:
            if current >= 100:
                return None
            current = (current or 1) * 100
        elif current == 0 or (current % 100 == 0 and v < 100) or (
            current % 10 == 0 and current % 100 and v < 10
        ):
            current += v
        else:
            return None
    return total + current
