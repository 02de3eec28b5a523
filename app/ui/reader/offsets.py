"""Code points (Python `str` indices, what the database stores) ↔ UTF-16 units (Qt cursors).

Every character above U+FFFF (emoji, each half of a flag) is one code point but two
UTF-16 units, so each one shifts Qt positions after it by one. Combining accents are
in the BMP: one unit each, so they need no correction. This module is the only place
the UI converts; it imports no Qt so it is tested on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets in one text; built once per document from its astral characters."""

    __slots__ = ("_astral_cp", "_astral_qt", "length")

    def __init__(self, text: str) -> None:
        # Positions (in code points) of every astral character, in order (a C-speed scan).
        self._astral_cp: list[int] = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        # The same characters' positions in UTF-16 units: each earlier one adds a unit.
        self._astral_qt = [cp + n for n, cp in enumerate(self._astral_cp)]
        self.length = len(text)

    @property
    def qt_length(self) -> int:
        """The text's length in UTF-16 units."""
        return self.length + len(self._astral_cp)

    def to_qt(self, cp: int) -> int:
        """The Qt position of code-point offset `cp`."""
        return cp + bisect_left(self._astral_cp, cp)

    def to_py(self, qt: int) -> int:
        """The code-point offset of Qt position `qt`.

        A position inside a surrogate pair (Qt never puts a cursor there) rounds down
        to the start of that character.
        """
        # Astral characters starting before `qt` each took one extra unit. For a position
        # in the middle of a pair this counts that character too, which lands on its start.
        return qt - bisect_right(self._astral_qt, qt - 1)
