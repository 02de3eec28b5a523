"""A tiny Dutch/English guess from stopword counts; good enough to pick a spell-checker."""

from __future__ import annotations

import re

# Only words that are frequent in one language and rare in the other: "is", "in",
# "we" and "of" appear in both, so they are left out of one side or both.
_DUTCH = frozenset(
    "de het een van en dat die niet zijn voor met ook aan op te er maar om door bij "
    "naar dan nog wel wordt worden heeft hebben kan deze dit zich uit als moet meer "
    "zo tot onder geen wij zij hun ons na wat".split()
)
_ENGLISH = frozenset(
    "the and of to that this with for are were be been has have from by which "
    "not but their they will would can an it its on at or as more also these than "
    "into about after we our there".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters; the start of a text says enough
_MIN_HITS = 5
_MIN_RATIO = 2.0


def guess_language(text: str) -> str | None:
    """Return "nl", "en" or None when the stopword counts are too few or too close."""
    words = _WORD.findall(text[:_SAMPLE].lower())
    dutch = sum(word in _DUTCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if dutch + english < _MIN_HITS:
        return None
    if dutch >= _MIN_RATIO * max(english, 1):
        return "nl"
    if english >= _MIN_RATIO * max(dutch, 1):
        return "en"
    return None
