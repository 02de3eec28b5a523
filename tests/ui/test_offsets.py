"""Code-point ↔ UTF-16 conversion at the UI boundary (emoji, flags, combining accents)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.ui.reader.offsets import OffsetMap


def utf16_index(text: str, cp: int) -> int:
    """The reference answer: encode the prefix and count units."""
    return len(text[:cp].encode("utf-16-le")) // 2


def test_emoji_and_flags_shift_later_positions() -> None:
    text = "a😀b🇪🇺c"  # the flag is two astral code points (regional indicators)
    offsets = OffsetMap(text)
    assert [offsets.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert offsets.qt_length == 9
    for cp in range(len(text) + 1):
        assert offsets.to_py(offsets.to_qt(cp)) == cp
    # A position inside a surrogate pair rounds down to the character's start.
    assert offsets.to_py(2) == 1 and offsets.to_py(5) == 3


def test_combining_accents_take_one_unit_each() -> None:
    # q + COMBINING ACUTE has no precomposed form, so NFC keeps two code points.
    text = unicodedata.normalize("NFC", "Noordq\u0301 😀 é")
    offsets = OffsetMap(text)
    start = text.index("q")
    assert offsets.to_qt(start + 2) == start + 2  # both BMP: no shift before the emoji
    end = len(text)
    assert offsets.to_py(offsets.to_qt(end)) == end
    assert text[offsets.to_py(offsets.to_qt(start)) : offsets.to_py(offsets.to_qt(start + 2))] == "q\u0301"


def test_plain_text_is_the_identity() -> None:
    offsets = OffsetMap("geen bijzondere tekens, wel é en ü")
    assert all(offsets.to_qt(i) == i == offsets.to_py(i) for i in range(34))


@given(st.text(alphabet=st.sampled_from("ab é\u0301\n😀🇪🇺𝄞"), max_size=60))
def test_matches_utf16_encoding(text: str) -> None:
    offsets = OffsetMap(text)
    for cp in range(len(text) + 1):
        qt = offsets.to_qt(cp)
        assert qt == utf16_index(text, cp)
        assert offsets.to_py(qt) == cp
