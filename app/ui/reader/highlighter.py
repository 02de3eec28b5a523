"""Annotation highlights as block character formats (scales to tens of thousands of spans).

Spans are flattened once into non-overlapping segments (in Qt units), each with the
colour of the most pressing claim status over it and a flag for overlapping spans;
`highlightBlock` then only bisects into that list. A change re-highlights only the
blocks between the first and last segment that differ.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from app.ui.reader.offsets import OffsetMap
from app.ui.theme import is_dark

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.claim_views import AnnotationSpan

# Higher ranks win where spans overlap: what still needs a decision shows first.
RANKS = {"none": 0, "rejected": 1, "accepted": 2, "proposed": 3, "disputed": 4}
# Beyond this many blocks to restyle, one whole-document pass is cheaper.
WHOLE_DOCUMENT_BLOCKS = 200
RANK_NAMES = {rank: name for name, rank in RANKS.items()}
# (background, background where spans overlap); pale enough for black text.
COLOURS = {
    "none": ("#dbe8ff", "#b6cffa"),       # an annotation without a claim
    "rejected": ("#e8e8e8", "#d2d2d2"),
    "accepted": ("#ccefcc", "#a3dea3"),
    "proposed": ("#fff3ad", "#ffe46e"),
    "disputed": ("#ffd6a8", "#ffb86b"),
}
# The same meanings in deep tints for light text on a dark theme.
DARK_COLOURS = {
    "none": ("#1f3a5f", "#2b4f80"),
    "rejected": ("#3a3a3a", "#4a4a4a"),
    "accepted": ("#1e4d2b", "#276b3a"),
    "proposed": ("#5a4b00", "#7a6600"),
    "disputed": ("#663a00", "#8a4f00"),
}


@dataclass(frozen=True)
class Segment:
    """A stretch of text (Qt units) under one highlight style."""

    start: int
    end: int
    rank: int
    overlap: bool


def span_rank(statuses: Sequence[str]) -> int:
    """The rank of an annotation: that of its most pressing claim, or `none`."""
    return max((RANKS.get(s, 0) for s in statuses), default=0)


def build_segments(spans: Sequence[AnnotationSpan], offsets: OffsetMap) -> list[Segment]:
    """Flatten possibly overlapping spans into sorted, non-overlapping styled segments."""
    events: list[tuple[int, int, int]] = []  # (position, +1/-1, rank)
    for span in spans:
        if span.end <= span.start:
            continue
        rank = span_rank(span.statuses)
        events.append((offsets.to_qt(span.start), 1, rank))
        events.append((offsets.to_qt(span.end), -1, rank))
    events.sort()
    counts = [0] * len(RANKS)
    depth = 0
    segments: list[Segment] = []
    index = 0
    while index < len(events):
        position = events[index][0]
        while index < len(events) and events[index][0] == position:
            _, step, rank = events[index]
            counts[rank] += step
            depth += step
            index += 1
        if depth <= 0 or index >= len(events):
            continue
        top = max(r for r, n in enumerate(counts) if n > 0)
        seg = Segment(position, events[index][0], top, depth > 1)
        last = segments[-1] if segments else None
        if last and last.end == seg.start and (last.rank, last.overlap) == (seg.rank, seg.overlap):
            segments[-1] = Segment(last.start, seg.end, seg.rank, seg.overlap)
        elif seg.end > seg.start:
            segments.append(seg)
    return segments


def changed_range(old: Sequence[Segment], new: Sequence[Segment]) -> tuple[int, int] | None:
    """The Qt range where two segment lists differ, or None when they are equal."""
    if old == new:
        return None
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while (tail < min(len(old), len(new)) - head
           and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]):
        tail += 1
    changed = list(old[head : len(old) - tail]) + list(new[head : len(new) - tail])
    return min(s.start for s in changed), max(s.end for s in changed)


def make_format(rank: int, overlap: bool, dark: bool = False) -> QTextCharFormat:
    """The character format of one highlight style (deep tints on a dark theme)."""
    name = RANK_NAMES[rank]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor((DARK_COLOURS if dark else COLOURS)[name][1 if overlap else 0]))
    if name == "rejected":
        fmt.setFontStrikeOut(True)
        fmt.setForeground(QColor("#a0a0a0" if dark else "#505050"))
    if overlap:
        # Colour alone is easy to miss; an underline marks where spans overlap.
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor("#e0c000" if dark else "#6a5a00"))
    return fmt


class AnnotationHighlighter(QSyntaxHighlighter):
    """Paints annotation spans into a read-only document's blocks."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._segments: list[Segment] = []
        self._ends: list[int] = []
        self._formats: dict[tuple[int, bool], QTextCharFormat] = {}
        self.use_theme()

    def use_theme(self) -> None:
        """Pick the highlight tints for the current light or dark theme and repaint."""
        dark = is_dark()
        self._formats = {(r, o): make_format(r, o, dark) for r in RANK_NAMES for o in (False, True)}
        if self._segments:
            self.rehighlight()

    @property
    def segments(self) -> list[Segment]:
        """The current styled segments (Qt units), in order."""
        return self._segments

    def prepare(self, spans: Sequence[AnnotationSpan], offsets: OffsetMap) -> None:
        """Set the spans of a text about to be loaded, without repainting anything now.

        Loading the text then styles every block in the same pass that lays it out,
        which is far cheaper than re-highlighting block by block afterwards.
        """
        self._segments = build_segments(spans, offsets)
        self._ends = [s.end for s in self._segments]

    def set_spans(self, spans: Sequence[AnnotationSpan], offsets: OffsetMap) -> None:
        """Show these spans, re-highlighting only the blocks whose styling changed."""
        new = build_segments(spans, offsets)
        touched = changed_range(self._segments, new)
        self._segments = new
        self._ends = [s.end for s in new]
        if touched is None:
            return
        document = self.document()
        first, last = document.findBlock(touched[0]), document.findBlock(max(touched[0], touched[1] - 1))
        if last.blockNumber() - first.blockNumber() > WHOLE_DOCUMENT_BLOCKS:
            self.rehighlight()  # one pass (one relayout) beats many single-block passes
            return
        block = first
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        block: QTextBlock = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1  # Qt units; `text` counts code points
        index = bisect_right(self._ends, start)
        segments = self._segments
        while index < len(segments) and segments[index].start < end:
            seg = segments[index]
            lo = max(seg.start, start)
            self.setFormat(lo - start, min(seg.end, end) - lo, self._formats[seg.rank, seg.overlap])
            index += 1
