"""Run one core call off the GUI thread, with progress, a stop request and one-sentence errors.

The job's signals are emitted from the worker thread; receivers living in the GUI thread
get them queued, so slots run on the GUI thread as usual. The core call must open its own
sessions (ours are per call) on the Project's engine, which is thread-safe.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from app.core.errors import ClaimdeskError

log = logging.getLogger(__name__)

# Jobs stay referenced here until their thread ends, so closing a widget never destroys a
# running QThread (which would abort the process).
_RUNNING: set[BackgroundJob] = set()


class BackgroundJob(QThread):
    """Runs `work(job)` on its own thread; `work` may call `job.report(...)` and `job.stop_requested()`.

    Signals: `progressed(object)` for each report, then exactly one of `succeeded(object)`
    (the return value) or `failed(str)` (a sentence for the user).
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[BackgroundJob], Any]) -> None:
        super().__init__()  # no parent: a closing widget must not destroy a running thread
        self._work = work
        self._stop = threading.Event()
        self.finished.connect(self._forget)

    def start_job(self) -> None:
        """Start the thread (keeps the job alive until it ends)."""
        _RUNNING.add(self)
        self.start()

    def request_stop(self) -> None:
        """Ask the work to stop at its next check (it finishes the current step first)."""
        self._stop.set()

    def stop_requested(self) -> bool:
        """Whether the user asked to stop; the work polls this between steps."""
        return self._stop.is_set()

    def report(self, payload: object) -> None:
        """Called by the work (on the worker thread) to publish progress."""
        self.progressed.emit(payload)

    def run(self) -> None:  # Qt override: runs on the worker thread
        try:
            result = self._work(self)
        except ClaimdeskError as exc:
            self.failed.emit(str(exc))
        except Exception:  # an unexpected bug: log it, tell the user in one sentence
            log.exception("background job failed")
            self.failed.emit(QCoreApplication.translate(
                "BackgroundJob", "Something went wrong; the details are in the log."))
        else:
            self.succeeded.emit(result)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Ask every running job to stop and wait for it (application exit, test teardown)."""
    for job in list(_RUNNING):
        job.request_stop()
    return all(job.wait(timeout_ms) for job in list(_RUNNING))
