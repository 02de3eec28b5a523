"""Unexpected errors: logged to the user data folder and shown in a dialog; the window stays up."""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core.errors import ClaimdeskError
from app.paths import user_data_dir

LOG_NAME = "claimdesk.log"


def log_path() -> Path:
    """Where unexpected errors are written."""
    return user_data_dir() / LOG_NAME


def append_to_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    """Append a timestamped traceback to the log file; returns its path."""
    path = log_path()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {stamp} Claimdesk {__version__}\n{text}\n")
    return path


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: expected errors get their sentence, others a dialog and a log entry."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, ClaimdeskError):
        QMessageBox.warning(parent, QCoreApplication.translate("Crash", "Claimdesk"), str(exc))
        return
    try:
        path = append_to_log(exc_type, exc, tb)
        where = QCoreApplication.translate("Crash", "Details were written to %s.") % path
    except OSError as log_error:
        where = QCoreApplication.translate("Crash", "The details could not be written (%s).") % log_error
    sys.__excepthook__(exc_type, exc, tb)
    QMessageBox.critical(
        parent, QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate("Crash", "Something went wrong: %s. Your work so far is saved.") % (str(exc) or exc_type.__name__)
        + "\n\n" + where,
    )


def install_excepthook() -> None:
    """Route uncaught exceptions (also those in Qt slots) to `handle_exception`."""
    sys.excepthook = handle_exception
