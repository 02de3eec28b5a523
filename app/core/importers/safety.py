"""Caps for hostile files: ZIP bomb checks and a time- and memory-capped parser process.

Parsers (pypdf, python-docx, trafilatura/lxml) run in one long-lived helper
process started with the 'spawn' method (fork is unsafe once Qt threads exist).
The child caps its own address space with RLIMIT_AS where the platform has it;
the parent waits at most `limits.parse_seconds` for an answer and kills the child
on time-out. Keeping the child warm makes a call cost a pipe round trip instead
of a fresh interpreter (~0.4 s with the parser imports).
"""

from __future__ import annotations

import atexit
import io
import logging
import multiprocessing
import struct
import sys
import threading
import time
import types
import zipfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from app.core.importers import ExtractedDocument, ImportLimits, ImportRefused

log = logging.getLogger(__name__)

MAX_ZIP_MEMBERS = 5000  # a long report with images has a few hundred parts
RATIO_CHECK_FROM = 1024 * 1024  # small parts compress extremely well and harm no one
STARTUP_SECONDS = 60.0  # a cold interpreter on a slow laptop; not charged to the file
RECYCLE_AFTER = 500  # fresh child now and then, so fragmentation cannot pile up
_PRELOAD = ("pypdf", "docx", "trafilatura")

Parser = Callable[[bytes, str], ExtractedDocument]


def megabytes(n: float) -> str:
    """A size for messages: `250 MB`, `1.5 MB` or `12 KB`."""
    if n >= 10 * 1024 * 1024:
        return f"{n / 1024 / 1024:.0f} MB"
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(n / 1024, 1):.0f} KB"


def _declared_member_count(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile builds objects."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    (count,) = struct.unpack_from("<H", data, at + 10)
    return None if count == 0xFFFF else count  # 0xFFFF: ZIP64 keeps the real count elsewhere


def check_zip(data: bytes, limits: ImportLimits, kind: str = "DOCX") -> zipfile.ZipFile:
    """Refuse ZIP archives that could exhaust memory when inflated; return the opened archive.

    zipfile never inflates a member past its declared size (it truncates and then
    fails the CRC), so checking the declared sizes bounds what parsers can read.
    """
    count = _declared_member_count(data)
    if count is not None and count > MAX_ZIP_MEMBERS:
        raise ImportRefused(f"the {kind} has {count} parts, far more than a real document; refused")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, struct.error) as exc:
        raise ImportRefused(f"the file is not a valid {kind} (not a ZIP archive)") from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportRefused(f"the {kind} has {len(members)} parts, far more than a real document; refused")
    limit = limits.max_uncompressed_bytes
    bomb = f"the {kind} expands to more than {megabytes(limit)}; refused as a possible zip bomb"
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > limit or total > limit:
            raise ImportRefused(bomb)
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_FROM and ratio > limits.max_compression_ratio:
            raise ImportRefused(
                f"the {kind} part {member.filename} is compressed {ratio:.0f} to 1; refused as a possible zip bomb"
            )
    return archive


def _cap_memory(memory_bytes: int) -> None:
    """Limit this process's address space; a no-op where `resource` is missing (Windows)."""
    try:
        import resource
    except ImportError:
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError, AttributeError):  # macOS refuses RLIMIT_AS; the time cap remains
        pass


def _child_main(conn: Connection, memory_bytes: int) -> None:
    """The helper process: preload parsers, then answer (func, data, filename) requests forever."""
    _cap_memory(memory_bytes)
    for module in _PRELOAD:
        try:
            __import__(module)
        except Exception:  # noqa: BLE001 - a missing parser shows up on first use instead
            pass
    conn.send(("ready", None))
    while True:
        try:
            func, data, filename = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", func(data, filename))
        except ImportRefused as exc:
            reply = ("refused", str(exc))
        except MemoryError:
            reply = ("memory", None)
        except RecursionError:
            reply = ("error", "RecursionError: nesting too deep")
        except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
            reply = ("error", f"{type(exc).__name__}: {exc}"[:500])
        del data
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory", None))


def _start_without_main(process: multiprocessing.process.BaseProcess) -> None:
    """Start a spawned child without re-running the parent's `__main__` script in it.

    'spawn' normally re-imports the entry script in the child: for the desktop app
    that would load Qt there, and from a REPL or stdin it fails outright. The
    child only needs our parser modules, so it is shown an empty `__main__`.
    (Frozen builds still need `multiprocessing.freeze_support()` at start-up.)
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        process.start()
    finally:
        sys.modules["__main__"] = main


class _Helper:
    """One spawned child process and the pipe to it."""

    def __init__(self, memory_bytes: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.memory_bytes = memory_bytes
        self.calls = 0
        started = time.perf_counter()
        self.process = context.Process(
            target=_child_main, args=(child_conn, memory_bytes), name="claimdesk-import", daemon=True
        )
        _start_without_main(self.process)
        child_conn.close()
        try:
            if not self.conn.poll(STARTUP_SECONDS):
                raise EOFError("no answer")
            self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise ImportRefused("the import helper process did not start; try again") from exc
        self.start_seconds = time.perf_counter() - started
        log.debug("import helper started in %.2f s", self.start_seconds)

    def kill(self) -> None:
        """Stop the child now (it may be stuck in a parser) and release the pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


_lock = threading.Lock()
_helper: _Helper | None = None


def _get_helper(limits: ImportLimits) -> _Helper:
    """The warm helper, restarted when its memory cap differs or it has served long enough."""
    global _helper
    if _helper is not None and (
        not _helper.process.is_alive()
        or _helper.memory_bytes != limits.parse_memory_bytes
        or _helper.calls >= RECYCLE_AFTER
    ):
        _helper.kill()
        _helper = None
    if _helper is None:
        _helper = _Helper(limits.parse_memory_bytes)
    return _helper


def shutdown() -> None:
    """Stop the helper process (also registered to run at interpreter exit)."""
    global _helper
    with _lock:
        if _helper is not None:
            _helper.kill()
            _helper = None


atexit.register(shutdown)


def helper_start_seconds() -> float | None:
    """How long the current helper took to start (None when none is running); for benchmarks."""
    return _helper.start_seconds if _helper is not None else None


def run_capped(func: Parser, data: bytes, filename: str, limits: ImportLimits, what: str) -> ExtractedDocument:
    """Run the module-level `func(data, filename)` in the capped helper process.

    `what` names the file kind in refusals ("PDF", "DOCX", "HTML page").
    Raises ImportRefused on time-out, memory exhaustion, a crash or a parser error.
    """
    global _helper
    with _lock:
        helper = _get_helper(limits)
        helper.calls += 1
        try:
            helper.conn.send((func, data, filename))
            answered = helper.conn.poll(limits.parse_seconds)
            status, payload = helper.conn.recv() if answered else ("timeout", None)
        except (EOFError, OSError, BrokenPipeError):
            status, payload = "crashed", None
        if status in ("timeout", "crashed"):
            helper.kill()
            _helper = None
    return _interpret(status, payload, limits, what)


def _interpret(status: str, payload: Any, limits: ImportLimits, what: str) -> ExtractedDocument:
    """Turn the helper's answer into a document or a one-sentence refusal."""
    if status == "ok":
        return payload
    if status == "refused":
        raise ImportRefused(payload)
    if status == "timeout":
        raise ImportRefused(f"reading the {what} took longer than {limits.parse_seconds:g} s; it may be malformed")
    if status == "memory":
        raise ImportRefused(
            f"reading the {what} needed more than {megabytes(limits.parse_memory_bytes)} of memory; it may be malformed"
        )
    if status == "crashed":
        raise ImportRefused(f"the {what} made the reader stop unexpectedly; it may be damaged")
    log.info("%s parser failed: %s", what, payload)
    raise ImportRefused(f"the {what} is damaged and cannot be read")
