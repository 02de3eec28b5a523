"""Start-up: the window shows before the store loads, and the project opens off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from app.ui.background import wait_for_jobs
from app.ui.context import AppContext
from app.ui.settings import EDITOR_NAME, RECENT_PROJECTS, Settings
from app.ui.window import MainWindow
from database.file_lock import ProjectLock
from tests.helpers.projects import make_project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Tess Tester")
    context = AppContext(editor="Tess Tester")
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    wait_for_jobs()
    context.close()


def test_the_window_shows_without_loading_the_store() -> None:
    """SQLAlchemy, SQLModel and Pydantic cost ~0.5 s: no widget may import them at start-up."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QSettings
        from app.ui.main import make_application
        app = make_application()
        from app.ui.context import AppContext
        from app.ui.settings import Settings
        from app.ui.window import MainWindow
        window = MainWindow(AppContext(editor="t"), Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
        window.show()
        for dock in window.docks():
            dock.raise_()
            app.processEvents()
        print(sorted(m for m in sys.modules
                     if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic", "database", "rapidfuzz")))
    """)
    with_settings = str(Path(os.environ.get("TMPDIR", "/tmp")) / f"claimdesk-startup-{os.getpid()}.ini")
    out = subprocess.run([sys.executable, "-c", script, with_settings], cwd=REPO, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    Path(with_settings).unlink(missing_ok=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_project_opens_in_the_background_and_the_views_fill(qtbot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    project, document_id = make_project(tmp_path)
    project.close()
    job = window.open_project_later(tmp_path / "test.claimdesk")
    # Until it is open the library says what is happening instead of "No project is open".
    assert window.context.opening == "test"
    assert window.library_dock.hint.text() == "Opening test…"
    qtbot.waitUntil(lambda: window.context.project is not None, timeout=30000)
    assert job is not None
    assert window.context.opening is None
    assert window.library_dock.model.rowCount() == 1
    assert window.reader.document is not None and window.reader.document.id == document_id
    assert window.windowTitle().startswith("test")
    assert window.settings.get(RECENT_PROJECTS)[0] == str(tmp_path / "test.claimdesk")


def test_a_project_opened_meanwhile_wins_and_the_late_one_is_released(qtbot, window: MainWindow,
                                                                      tmp_path: Path) -> None:
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    make_project(first_dir)[0].close()
    make_project(second_dir)[0].close()
    late = first_dir / "test.claimdesk"
    window.open_project_later(late)
    assert window.open_project(second_dir / "test.claimdesk")
    qtbot.waitUntil(lambda: window.context.opening is None, timeout=30000)  # the late result came
    assert window.context.project is not None
    assert window.context.project.path == second_dir / "test.claimdesk"
    # The late project was closed again: nothing holds it, so a restore could lock it alone.
    ProjectLock.acquire(late, exclusive=True).release()


def test_a_project_that_cannot_open_is_explained(qtbot, window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    broken = tmp_path / "broken.claimdesk"
    broken.write_bytes(b"this is not a database at all" * 100)
    window.open_project_later(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "broken.claimdesk" in shown[0]
    assert "Traceback" not in shown[0]
    assert window.context.project is None and window.context.opening is None
    assert window.library_dock.hint.text() == "No project is open."
    assert broken.read_bytes() == b"this is not a database at all" * 100
