"""Shared text clean-up, title and date helpers for every importer.

Annotations are code-point offsets into the stored text, so every importer
funnels its output through the same clean-up: NFC, `\\n` line ends, no control
characters, no trailing spaces. Running `clean_text` twice changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import PurePath

# Characters that only get in the way of quoting: soft hyphens and zero-width marks
# vanish, no-break spaces become spaces (PDF and HTML are full of them).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE = {**_INVISIBLE, 0x00A0: " ", 0x202F: " ", 0x2007: " ", 0x2028: "\n", 0x2029: "\n\n"}
# C0/C1 controls except tab and newline; form feeds (page breaks in text dumps) become blank lines.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANKS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s")

MAX_TITLE = 150


def clean_line(line: str) -> str:
    """Clean one line without changing where it begins: NFC, no invisibles, no controls, rstrip."""
    line = unicodedata.normalize("NFC", line.translate(_TRANSLATE))
    return _CONTROL.sub("", line).rstrip()


def clean_text(text: str) -> str:
    """Normalise a whole text: `\\n` line ends, NFC, no controls, single blank lines, stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    text = _CONTROL.sub("", text)
    text = _TRAILING.sub("", text)
    return _MANY_BLANKS.sub("\n\n", text).strip()


def readable_stem(filename: str) -> str | None:
    """Turn `nl-news_ai-factories.txt` into `Nl news ai factories` for a fallback title."""
    stem = PurePath(filename.replace("\\", "/")).stem
    words = re.sub(r"[-_.+]+", " ", stem).split()
    if not words:
        return None
    readable = " ".join(words)
    return readable[0].upper() + readable[1:]


def shorten(text: str, limit: int = 120) -> str:
    """Cut `text` at a word boundary before `limit` characters, adding an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def title_from_text(text: str, filename: str = "") -> str | None:
    """The first non-empty line when short, else its first sentence (shortened), else the file name."""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) < MAX_TITLE:
            return line
        match = _SENTENCE_END.search(line)
        sentence = line[: match.start()].strip() if match else line
        return shorten(sentence)
    return readable_stem(filename)


def valid_partial_date(value: str) -> str | None:
    """Return `value` if it is a real partial ISO date (2025, 2025-06, 2025-06-11), else None."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)  # the year group always matches
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return value if 1900 <= year <= 2100 else None


def partial_date(value: object) -> str | None:
    """Day-precision ISO date from a datetime, a date or text that starts with one (else None)."""
    if isinstance(value, (datetime, date)):
        return valid_partial_date(value.isoformat()[:10])
    if not isinstance(value, str):
        return None
    # 2025-06-11T09:30, 2025/06, and PDF's compact 20250611093000+01'00' all start this way.
    match = re.match(r"\s*(\d{4})(?:([-/.]?)(\d{2})(?:\2(\d{2}))?)?", value)
    if not match:
        return None
    year, _sep, month, day = match.groups()
    return valid_partial_date("-".join(g for g in (year, month, day) if g))


# Consecutive list items and table rows sit on consecutive lines; other blocks get a blank line.
TIGHT_KINDS = frozenset({"item", "row"})


def join_blocks(blocks: list[tuple[str, str]]) -> str:
    """Join (kind, text) blocks into the stored text: paragraphs apart, list items together."""
    out: list[str] = []
    previous = ""
    for kind, text in blocks:
        if out:
            out.append("\n" if kind in TIGHT_KINDS and kind == previous else "\n\n")
        out.append(text)
        previous = kind
    return "".join(out)
