"""The reader: one document's text with its header, highlights, page marks and find bar."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.context import AppContext, Changes
from app.ui.reader.find_bar import FindBar
from app.ui.reader.highlighter import AnnotationHighlighter
from app.ui.reader.offsets import OffsetMap
from app.ui.reader.text_edit import ReaderTextEdit

if TYPE_CHECKING:  # the store loads after the window shows
    from app.core.claim_views import AnnotationSpan


@dataclass(frozen=True)
class OpenDocument:
    """What the reader knows about the document it shows."""

    id: str
    title: str
    language: str | None
    text: str


class ReaderView(QWidget):
    """Shows a document; offsets in and out of this class are Python code points."""

    annotationClicked = Signal(str)  # annotation id
    selectionChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._document: OpenDocument | None = None
        self._offsets = OffsetMap("")
        self._spans: list[AnnotationSpan] = []
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(True)
        self.header.setWordWrap(True)
        self.header.setContentsMargins(12, 8, 12, 8)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Palette roles, not fixed colours, so the header follows a light or dark theme.
        self.header.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }")
        self.text_edit = ReaderTextEdit(self)
        self.highlighter = AnnotationHighlighter(self.text_edit.document())
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.highlighter.use_theme())
        self.find_bar = FindBar(self.text_edit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.find_bar)
        self.text_edit.clickedAt.connect(self._on_click)
        self.text_edit.selectionChanged.connect(self.selectionChanged)
        context.changed.connect(self._on_changed)
        context.projectChanged.connect(self.clear)
        self.clear()

    # ---------------------------------------------------------------- document

    @property
    def document(self) -> OpenDocument | None:
        """The document shown, if any."""
        return self._document

    def clear(self) -> None:
        """Show nothing (no project, or the document went away)."""
        self._document = None
        self._offsets = OffsetMap("")
        self._spans = []
        self.highlighter.prepare([], self._offsets)
        self.text_edit.setPlainText("")
        self.text_edit.set_page_starts([])
        self.header.setText(self.tr("<i>Choose a document in the library to read it here.</i>"))

    def load_document(self, document_id: str) -> None:
        """Show a document with its annotations (raises ClaimdeskError if it is gone)."""
        from app.core.claim_views import annotation_spans
        from app.core.documents import get_document, read_document_text

        project = self._context.project
        assert project is not None
        doc = get_document(project, document_id)
        text = read_document_text(project, doc.id)
        self._document = OpenDocument(doc.id, doc.title, doc.language, text)
        self._offsets = OffsetMap(text)
        self._spans = annotation_spans(project, doc.id)
        # Spans first: setPlainText then styles each block as it lays it out, in one pass.
        self.highlighter.prepare(self._spans, self._offsets)
        self.text_edit.setPlainText(text)
        self.text_edit.set_page_starts([self._offsets.to_qt(p) for p in doc.page_starts or []])
        self.header.setText(self._header_html(doc.title, doc.publisher, doc.published,
                                              doc.language, doc.url, len(doc.page_starts or [])))

    def _header_html(self, title: str, publisher: str | None, published: str | None,
                     language: str | None, url: str | None, pages: int) -> str:
        facts = [html.escape(x) for x in (publisher, published) if x]
        if language:
            facts.append(self.tr("language: %s") % html.escape(language))
        if pages > 1:
            facts.append(self.tr("%n page(s)", "", pages))
        if url:
            facts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        return f"<b style='font-size:13pt'>{html.escape(title)}</b><br>" + " · ".join(facts)

    def refresh_annotations(self) -> None:
        """Reload the document's annotations and repaint only what changed."""
        project = self._context.project
        if self._document is None or project is None:
            return
        from app.core.claim_views import annotation_spans

        self._spans = annotation_spans(project, self._document.id)
        self.highlighter.set_spans(self._spans, self._offsets)

    def _on_changed(self, changes: Changes) -> None:
        if self._document is None:
            return
        if changes.documents and self._context.project is not None:
            # The document may be gone after an undo of its import.
            from app.core.documents import list_documents

            ids = {self._document.id}

            if not list_documents(self._context.project, document_ids=ids):
                self.clear()
                return
        if self._document.id in changes.annotations or changes.claims:
            self.refresh_annotations()

    # ---------------------------------------------------------------- spans

    @property
    def offsets(self) -> OffsetMap:
        """The code-point ↔ Qt offset map of the shown text."""
        return self._offsets

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets into the stored text, or None."""
        cursor = self.text_edit.textCursor()
        if not cursor.hasSelection() or self._document is None:
            return None
        return self._offsets.to_py(cursor.selectionStart()), self._offsets.to_py(cursor.selectionEnd())

    def selected_text(self) -> str:
        """The selected text, exactly as stored (no Qt paragraph separators)."""
        span = self.selected_span()
        if span is None or self._document is None:
            return ""
        return self._document.text[span[0] : span[1]]

    def show_span(self, start: int, end: int) -> None:
        """Select code points `start`–`end` and scroll them into view."""
        cursor = self.text_edit.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.centerCursor()

    def sentence_around(self, start: int, end: int) -> str:
        """The sentence (or line) holding a span, for record suggestions."""
        if self._document is None:
            return ""
        text = self._document.text
        left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "? ", "! "))
        rights = [i for i in (text.find(mark, end) for mark in (". ", "\n", "? ", "! ")) if i != -1]
        right = min(rights) if rights else len(text)
        return text[left + 1 : right + 1].strip()

    def annotation_at(self, offset: int) -> str | None:
        """The innermost annotation covering code-point `offset`, if any."""
        covering = [s for s in self._spans if s.start <= offset < s.end]
        if not covering:
            return None
        return min(covering, key=lambda s: s.end - s.start).annotation_id

    def _on_click(self, qt_position: int) -> None:
        offset = self._offsets.to_py(qt_position)
        # A click on the right half of a span's last character lands just after it.
        annotation_id = self.annotation_at(offset) or (self.annotation_at(offset - 1) if offset else None)
        if annotation_id is not None:
            self.annotationClicked.emit(annotation_id)

    def open_find(self) -> None:
        """Show the find bar (Ctrl+F)."""
        self.find_bar.open_bar()
