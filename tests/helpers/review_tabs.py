"""Open a review tab on the review test project, shown as a user would see it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext

W = TypeVar("W", bound=QWidget)


def show_tab(tab: type[W], folder: Path, editor: str, qtbot: Any,
             size: tuple[int, int] = (1000, 500)) -> tuple[AppContext, W]:
    """A context on `folder/review.claimdesk` as `editor`, and `tab` shown over it."""
    context = AppContext(editor=editor)
    context.open(folder / "review.claimdesk")
    widget = tab(context)  # type: ignore[call-arg]
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return context, widget
