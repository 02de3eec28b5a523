"""Start-up: the window shows before the store loads, and the project opens off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
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


def test_the_window_shows_and_lists_documents_without_loading_the_store(tmp_path: Path) -> None:
    """SQLAlchemy, SQLModel and Pydantic cost ~0.5 s: no widget or the preview may import them."""
    make_project(tmp_path)[0].close()
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
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
        from app.core.listing import preview_documents
        window.library_dock.show_preview(preview_documents(Path(sys.argv[2])))
        print(window.library_dock.model.rowCount())
        print(sorted(m for m in sys.modules
                     if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic", "rapidfuzz")
                     or m in ("database.models", "database.engine")))
    """)
    with_settings = str(Path(os.environ.get("TMPDIR", "/tmp")) / f"claimdesk-startup-{os.getpid()}.ini")
    out = subprocess.run([sys.executable, "-c", script, with_settings, str(tmp_path / "test.claimdesk")],
                         cwd=REPO, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    Path(with_settings).unlink(missing_ok=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-2:] == ["1", "[]"]


def test_a_project_opens_in_the_background_and_the_views_fill(qtbot, qtmodeltester, window: MainWindow,
                                                              tmp_path: Path) -> None:
    project, document_id = make_project(tmp_path)
    project.close()
    job = window.open_project_later(tmp_path / "test.claimdesk")
    # Until it is open the library lists the newest documents, read-only, and the title says which.
    assert window.context.opening == "test"
    assert window.library_dock.model.previewing
    assert window.library_dock.model.document_id(0) == document_id
    qtmodeltester.check(window.library_dock.model)  # the preview rows are a proper model too
    assert window.windowTitle() == "test — Claimdesk"
    qtbot.waitUntil(lambda: window.context.project is not None, timeout=30000)
    assert job is not None
    assert window.context.opening is None
    assert window.library_dock.model.rowCount() == 1 and not window.library_dock.model.previewing
    assert window.reader.document is not None and window.reader.document.id == document_id
    assert window.library_dock.selected_document_id() == document_id  # the library marks it
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


def test_a_document_chosen_in_the_preview_opens_with_the_project(qtbot, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    first, first_id = make_project(tmp_path)
    second = tmp_path / "tweede.txt"
    second.write_text("Tweede bericht over rekenkracht in Europa.\n", encoding="utf-8")
    from app.core.documents import import_file

    second_id = import_file(first, second).document_id
    first.close()
    window.open_project_later(tmp_path / "test.claimdesk")
    table = window.library_dock.table
    row = window.library_dock.model.row_of(first_id)  # not the first listed: the newest is
    assert row == 1
    table.setCurrentIndex(window.library_dock.model.index(row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.reader.document is None  # nothing to read from until the project is open
    qtbot.waitUntil(lambda: window.context.project is not None, timeout=30000)
    assert window.reader.document is not None and window.reader.document.id == first_id
    assert window.library_dock.selected_document_id() == first_id  # the library marks it
    assert second_id != first_id


def _run_claimdesk(tmp_path: Path, quit_after_ms: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLAIMDESK_QUIT_AFTER_MS": str(quit_after_ms),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "CLAIMDESK_EDITOR": "Tess Tester"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_claimdesk_open_shows_the_project_through_the_real_entry_point(tmp_path: Path) -> None:
    make_project(tmp_path)[0].close()
    project = tmp_path / "test.claimdesk"
    result = _run_claimdesk(tmp_path, 6000, "open", str(project))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    settings = (tmp_path / "config" / "Claimdesk" / "Claimdesk.conf").read_text(encoding="utf-8")
    assert str(project.resolve()) in settings  # opened: it went to the recent projects


def test_quitting_while_the_project_still_opens_exits_cleanly(tmp_path: Path) -> None:
    make_project(tmp_path)[0].close()
    result = _run_claimdesk(tmp_path, 1, str(tmp_path / "test.claimdesk"))  # a double-clicked file
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "Destroyed while thread" not in result.stderr


def test_the_first_import_into_an_empty_project_opens_in_the_reader(qtbot, window: MainWindow,
                                                                    tmp_path: Path) -> None:
    from app.core.project import create_project

    create_project(tmp_path / "empty.claimdesk", editor="Tess Tester").close()
    assert window.open_project(tmp_path / "empty.claimdesk")
    assert window.reader.document is None
    source = tmp_path / "bericht.txt"
    source.write_text("Nieuw bericht\n\nDe AI-fabriek krijgt 18.000 GPU's.\n", encoding="utf-8")
    with qtbot.waitSignal(window.library_dock.importFinished, timeout=60000) as blocker:
        window.library_dock.import_paths([source])
    (result,) = blocker.args[0]
    assert window.reader.document is not None and window.reader.document.id == result.document_id
    assert window.library_dock.selected_document_id() == result.document_id
