"""The library dock on a real project: import with a report, search, sorting, activation, drops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from app.core import annotations
from app.core.documents import ImportResult
from app.core.project import create_project
from app.ui.background import wait_for_jobs
from app.ui.context import AppContext, Changes
from app.ui.library import LibraryDock
from app.ui.library.importing import ImportReportModel
from app.ui.library.model import ANNOTATIONS, CLAIMS, PUBLISHED, PUBLISHER, TITLE
from tests.helpers.curated import curate, write_documents


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    """A context with a fresh, empty project open."""
    path = tmp_path / "library.claimdesk"
    create_project(path, editor="tester").close()
    ctx = AppContext(editor="tester")
    ctx.open(path)
    yield ctx
    wait_for_jobs()
    ctx.close()


@pytest.fixture
def dock(qtbot: QtBot, context: AppContext) -> LibraryDock:
    widget = LibraryDock(context)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    return widget


def import_and_wait(qtbot: QtBot, dock: LibraryDock, paths: list[Path]) -> list[ImportResult]:
    with qtbot.waitSignal(dock.importFinished, timeout=60000) as blocker:
        dock.import_paths(paths)
    return blocker.args[0]


def titles(dock: LibraryDock) -> list[str]:
    model = dock.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def test_empty_project_shows_a_hint(dock: LibraryDock) -> None:
    assert dock.model.rowCount() == 0
    assert dock.stack.currentWidget() is dock.hint
    assert "drag files here" in dock.hint.text() and "Ctrl+I" in dock.hint.text()
    assert dock.objectName() == "library"
    assert dock.import_action.shortcut().toString() == "Ctrl+I"


def test_import_folder_shows_rows_and_reports_the_bad_file(
        qtbot: QtBot, dock: LibraryDock, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    write_documents(folder)
    (folder / "briefing.txt").unlink()
    (folder / "scan.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))

    results = import_and_wait(qtbot, dock, [folder])

    assert sorted(r.status for r in results) == ["failed", "imported", "imported"]
    assert dock.model.rowCount() == 2 and dock.stack.currentWidget() is dock.table
    assert "Kamerbrief over de AI-fabriek in Groningen" in titles(dock)
    assert "2 imported" in dock.last_report_text and "1 failed" in dock.last_report_text
    assert "scan.pdf" in dock.last_report_text and "PNG" in dock.last_report_text
    report = dock.last_report
    assert report is not None and report.isVisible() and not report.isModal()
    assert report.model.index(0, 0).data() == "scan.pdf"
    report.close()

    again = import_and_wait(qtbot, dock, [folder / "analyse.txt"])
    assert [r.status for r in again] == ["present"]
    assert "already in the project" in dock.last_report_text
    assert dock.model.rowCount() == 2


def test_filter_box_searches_with_folded_diacritics(
        qtbot: QtBot, dock: LibraryDock, context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    curate(context.project, tmp_path / "docs")
    context.notify(Changes(documents=True))
    assert dock.model.rowCount() == 3

    with qtbot.waitSignal(dock.model.modelReset, timeout=5000):
        qtbot.keyClicks(dock.filter_box, "geinformeerd")
    assert titles(dock) == ["Kamerbrief over de AI-fabriek in Groningen"]

    with qtbot.waitSignal(dock.model.modelReset, timeout=5000):
        qtbot.keyClicks(dock.filter_box, "xyz")
    assert dock.model.rowCount() == 0 and "No documents match" in dock.hint.text()

    with qtbot.waitSignal(dock.model.modelReset, timeout=5000):
        dock.filter_box.clear()
    assert dock.model.rowCount() == 3


def test_header_clicks_sort_in_sql_and_counts_stay_unsorted(
        qtbot: QtBot, dock: LibraryDock, context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    curate(context.project, tmp_path / "docs")
    context.notify(Changes(documents=True))
    header = dock.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(TITLE)
    assert titles(dock) == sorted(titles(dock)) and dock.model.order == "title"
    click(TITLE)
    assert titles(dock) == sorted(titles(dock), reverse=True)
    click(PUBLISHED)
    dates = [dock.model.index(r, PUBLISHED).data() for r in range(3)]
    assert dates == sorted(dates)
    click(CLAIMS)
    assert header.sortIndicatorSection() == PUBLISHED


def test_enter_activates_the_document_and_counts_refresh(
        qtbot: QtBot, dock: LibraryDock, context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    made = curate(context.project, tmp_path / "docs")
    context.notify(Changes(documents=True))
    dock.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    row = titles(dock).index("Kamerbrief over de AI-fabriek in Groningen")
    doc_id = made.documents["kamerbrief.txt"]
    assert dock.model.index(row, ANNOTATIONS).data() == 3 and dock.model.index(row, CLAIMS).data() == 3

    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.model.index(row, TITLE))
    with qtbot.waitSignal(dock.documentActivated) as blocker:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert blocker.args == [doc_id]

    annotations.add_annotation(context.project, doc_id, quote="Kamer wordt")
    context.notify(Changes(annotations=frozenset({doc_id})))
    assert dock.model.index(row, ANNOTATIONS).data() == 4
    assert dock.selected_document_id() == doc_id


def test_dropping_files_imports_them(qtbot: QtBot, dock: LibraryDock, tmp_path: Path) -> None:
    files = write_documents(tmp_path / "dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files[:2]] + [QUrl("https://example.org/x")])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dock.importFinished, timeout=60000) as blocker:
        dock.dropEvent(event)
    assert [r.status for r in blocker.args[0]] == ["imported", "imported"]
    assert dock.model.rowCount() == 2 and dock.last_report is None


def test_cancel_stops_after_the_current_file(qtbot: QtBot, dock: LibraryDock, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"note-{n:02}.txt").write_text(f"Notitie {n} over rekenkracht.\n", encoding="utf-8")
    with qtbot.waitSignal(dock.importFinished, timeout=60000) as blocker:
        dock.import_paths([folder])
        dock.cancel_import()
    assert len(blocker.args[0]) < 40
    assert "because you stopped" in dock.last_report_text
    assert dock.import_action.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, dock: LibraryDock,  # type: ignore[no-untyped-def]
                                      context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    curate(context.project, tmp_path / "docs")
    dock.model.reload()
    qtmodeltester.check(dock.model)
    failed = ImportResult(tmp_path / "x.pdf", "failed", message="the file is not a PDF")
    present = ImportResult(tmp_path / "y.txt", "present", "id", "Y", "already in the project")
    qtmodeltester.check(ImportReportModel([failed, present]))


def test_a_narrow_dock_keeps_title_and_date(
        qtbot: QtBot, dock: LibraryDock, context: AppContext, tmp_path: Path) -> None:
    assert context.project is not None
    curate(context.project, tmp_path / "docs")
    context.notify(Changes(documents=True))
    dock.resize(330, 300)
    qtbot.waitUntil(lambda: dock.table.isColumnHidden(PUBLISHER))
    assert not dock.table.isColumnHidden(TITLE) and not dock.table.isColumnHidden(PUBLISHED)
    dock.resize(1200, 300)
    qtbot.waitUntil(lambda: not dock.table.isColumnHidden(PUBLISHER))
