"""The document reader: text, highlights, page marks, find, selection in code points."""

from app.ui.reader.view import ReaderView

__all__ = ["ReaderView"]
