"""Module-level parser stand-ins for exercising `safety.run_capped` (the child imports them by name)."""

from __future__ import annotations

import time

from app.core.importers import ExtractedDocument


def hang(data: bytes, filename: str) -> ExtractedDocument:
    """A parser stuck in a loop, like pypdf on a malicious cross-reference cycle."""
    time.sleep(60)
    return ExtractedDocument(text="never", format="pdf")


def hog_memory(data: bytes, filename: str) -> ExtractedDocument:
    """A parser that tries to hold 8 GB, far over any cap the tests set."""
    blocks = [bytearray(256 * 1024 * 1024) for _ in range(32)]
    return ExtractedDocument(text=str(len(blocks)), format="pdf")


def explode(data: bytes, filename: str) -> ExtractedDocument:
    """A parser that fails with an unexpected exception."""
    raise ZeroDivisionError("corrupt object stream")


def echo(data: bytes, filename: str) -> ExtractedDocument:
    """A parser that answers at once."""
    return ExtractedDocument(text=data.decode("utf-8"), format="txt", title=filename)
