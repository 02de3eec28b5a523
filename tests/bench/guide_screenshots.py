"""Screenshots for docs/user-guide.md, taken offscreen on the demo project.

    .venv/bin/python tests/bench/guide_screenshots.py [OUT_DIR]

Drives the real widgets into each state the guide describes (a selection, Ctrl+K, the
review tabs, the export dialog, a merge) and saves `guide-*.png` plus `main-window-nl.png`
(the Dutch interface) to docs/screenshots. Every picture is at most 1280 px wide.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from app.core.claim_views import annotation_spans  # noqa: E402
from app.core.claims import add_claim  # noqa: E402
from app.core.demo import build_demo_project  # noqa: E402
from app.core.documents import list_documents  # noqa: E402
from app.core.project import open_project  # noqa: E402
from app.core.records import add_record  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main import install_translations, make_application  # noqa: E402
from app.ui.settings import EDITOR_NAME, INTERFACE_LANGUAGE, Settings  # noqa: E402

MAX_WIDTH = 1280
WINDOW_SIZE = (1280, 1040)  # the docks' minimum sizes ask for ~980 px
REVIEWER = "Joris Bakker"  # reviews claims others proposed (four-eyes principle)
NEW_DOCUMENT = (
    "Voorbeeldnotitie voor de handleiding\n\n"
    "Dit is een korte voorbeeldtekst. Ze laat zien hoe een nieuw document in de bibliotheek "
    "verschijnt nadat het is geïmporteerd.\n"
)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events until `condition()` holds (a background job finished, a dialog opened)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the state for the screenshot")
        QApplication.processEvents()
        time.sleep(0.02)
    settle()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(pixmap: QPixmap, path: Path) -> None:
    """Save as a small PNG: at most MAX_WIDTH wide, 256 colours (a fifth of the bytes, same look)."""
    if pixmap.width() > MAX_WIDTH:
        pixmap = pixmap.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = pixmap.toImage().convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither)
    image.save(str(path), "PNG", 0)  # quality 0: the strongest compression
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path} "
          f"({pixmap.width()}×{pixmap.height()}, {path.stat().st_size // 1024} KB)")


def grab(widget: QWidget, path: Path, *parts: QWidget) -> None:
    """Save `widget`, or only the rectangle around `parts` of it."""
    settle()
    area = QRect()
    for part in parts:
        area = area.united(QRect(part.mapTo(widget, QPoint(0, 0)), part.size()))
    save(widget.grab(area) if parts else widget.grab(), path)


def grab_with_menu(window: QWidget, menu_index: int, path: Path) -> None:
    """The window with one of its menus open (a popup is its own window, so paint it on top)."""
    bar = window.menuBar()  # type: ignore[attr-defined]
    action = bar.actions()[menu_index]
    menu = action.menu()
    corner = bar.mapTo(window, bar.actionGeometry(action).bottomLeft())
    menu.popup(window.mapToGlobal(corner))
    settle()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(QPoint(corner.x(), corner.y()), menu.grab())
    painter.end()
    area = QRect(0, 0, min(shot.width(), corner.x() + menu.width() + 360),
                 min(shot.height(), corner.y() + menu.height() + 120))
    menu.hide()
    save(shot.copy(area), path)


def make_window(context: AppContext, settings_file: Path, language: str = "en"):  # noqa: ANN201
    from app.ui.window import MainWindow

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, REVIEWER)
    settings.set(INTERFACE_LANGUAGE, language)
    window = MainWindow(context, settings)
    window.resize(*WINDOW_SIZE)
    return window


def richest_document(project) -> str:  # noqa: ANN001
    """The id of the document with the most annotations (the richest picture)."""
    rows = list_documents(project, limit=50)
    return max(rows, key=lambda r: r.annotations).document.id


def prepare_copy(demo: Path, copy: Path) -> None:
    """A colleague's copy of the demo project with one new record and claim, to merge back."""
    shutil.copy(demo, copy)
    project = open_project(copy, editor="Anna de Vries", backup=False)
    try:
        record = add_record(project, "organisation", "SURF")
        add_claim(project, record.id, "kind", "public_body")
    finally:
        project.close()


def main() -> None:  # noqa: PLR0915 (one screenshot after another)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder, so paths in the pictures read the same on every run (~ is made to point here).
    work = Path(tempfile.gettempdir()) / "claimdesk-guide"
    shutil.rmtree(work, ignore_errors=True)
    (work / "Documents").mkdir(parents=True)
    demo = work / "Documents" / "Claimdesk demo.claimdesk"
    project = build_demo_project(demo)
    # A second organisation spelled nearly like one in the demo, for the duplicates tab.
    add_record(project, "organisation", "Nvidia Corp.")
    project.close()
    copy = work / "Documents" / "Claimdesk demo (laptop Anna).claimdesk"
    prepare_copy(demo, copy)

    app = make_application()
    context = AppContext(editor=REVIEWER)
    window = make_window(context, work / "settings.ini")
    window.open_project(demo)
    window.show()
    window.activateWindow()  # window shortcuts (Ctrl+K) need the active window
    QTest.qWaitForWindowExposed(window)
    window.resizeDocks([window.records_dock], [200], Qt.Orientation.Vertical)  # room for the form
    window.resizeDocks([window.library_dock], [380], Qt.Orientation.Horizontal)  # legible titles
    settle()

    # ---------------------------------------------------------------- import
    new_file = work / "voorbeeldnotitie.txt"
    new_file.write_text(NEW_DOCUMENT, encoding="utf-8")
    broken = work / "scan-zonder-tekst.pdf"
    broken.write_bytes(b"%PDF-1.4\n% not really a PDF\n")
    demo_files = sorted((REPO / "resources" / "demo").glob("*.txt"))[:2]
    window.library_dock.import_paths([new_file, broken, *demo_files])
    wait_until(lambda: window.library_dock.last_report is not None)
    report = window.library_dock.last_report
    report.raise_()
    grab(report, out / "guide-import-report.png")
    report.close()
    settle()
    library = window.library_dock
    library.table.selectRow(library.model.row_of(window.reader.document.id) or 0)
    grab(window, out / "guide-library.png")

    # ---------------------------------------------------------------- annotate: select text
    doc_id = richest_document(context.project)
    window.open_document(doc_id)
    library.table.selectRow(library.model.row_of(doc_id) or 0)
    text = window.reader.document.text
    match = re.search(r"\d[\d.,]*\s*(miljoen|miljard)\s*euro", text)
    start, end = (match.start(), match.end()) if match else (0, 20)
    window.reader.show_span(start, end)
    window.reader.text_edit.setFocus()
    grab(window, out / "guide-annotate.png", window.reader)

    # ---------------------------------------------------------------- claim: Ctrl+K, record, field, value
    window.activateWindow()  # again: the import report had the focus
    wait_until(lambda: QApplication.activeWindow() is window, timeout=5)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle()
    form = window.claim_dock.form
    assert form.target is not None, "Ctrl+K did not open the claim form"
    QTest.keyClicks(form.record_edit, "Invest")
    settle()
    grab(window, out / "guide-claim.png", window.reader, window.claim_dock)
    form.clear()
    cursor = window.reader.text_edit.textCursor()
    cursor.clearSelection()
    window.reader.text_edit.setTextCursor(cursor)

    # ---------------------------------------------------------------- review
    window.review_dock.show()
    window.review_dock.raise_()
    window.resizeDocks([window.review_dock], [430], Qt.Orientation.Vertical)
    panel = window.review_panel
    panel.setCurrentWidget(panel.queue)
    settle()
    panel.queue.select_row(0)
    panel.queue.table.setFocus()
    grab(window, out / "guide-review-queue.png")

    panel.setCurrentWidget(panel.conflicts)
    settle()
    panel.conflicts.select_row(0)
    panel.conflicts.reason_edit.setText("De Kamerbrief is recenter dan de analyse")
    grab(window.review_dock, out / "guide-review-conflicts.png")

    panel.setCurrentWidget(panel.duplicates)
    settle()
    grab(window.review_dock, out / "guide-review-duplicates.png")

    panel.setCurrentWidget(panel.overview)
    grab(window.review_dock, out / "guide-review-overview.png")
    panel.setCurrentWidget(panel.queue)
    window.resizeDocks([window.review_dock], [200], Qt.Orientation.Vertical)

    # ---------------------------------------------------------------- export
    grab_with_menu(window, 0, out / "guide-file-menu.png")
    from app.ui.export import ExportDialog

    home = os.environ.get("HOME")
    os.environ["HOME"] = str(work)  # the dialog proposes ~/Documents/<project>-<date>.xlsx
    try:
        dialog = ExportDialog(context, window)
    finally:
        if home is None:
            os.environ.pop("HOME")
        else:
            os.environ["HOME"] = home
    dialog.resize(760, dialog.sizeHint().height())  # the whole file name in view
    dialog.show()
    settle()
    grab(dialog, out / "guide-export.png")
    dialog.export()
    wait_until(lambda: not dialog.running, timeout=120)
    grab(dialog, out / "guide-export-done.png")
    dialog.close()

    # ---------------------------------------------------------------- merge a copy
    job = window.merger.merge(copy)
    assert job is not None
    wait_until(lambda: bool(window.merger.last_summary))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if boxes:
        grab(boxes[-1], out / "guide-merge-report.png")
        boxes[-1].close()
    window.close()
    context.close()

    # ---------------------------------------------------------------- the Dutch interface
    install_translations(app, "nl")
    context_nl = AppContext(editor=REVIEWER)
    window_nl = make_window(context_nl, work / "settings-nl.ini", language="nl")
    window_nl.open_project(demo)
    window_nl.show()
    window_nl.open_document(doc_id)
    spans = annotation_spans(context_nl.project, doc_id)
    claimed = next((s for s in spans if s.statuses), spans[0])
    window_nl.reader.show_span(claimed.start, claimed.start)
    window_nl.claim_dock.show_annotation(claimed.annotation_id)
    window_nl.review_dock.show()
    window_nl.review_dock.raise_()
    window_nl.resizeDocks([window_nl.review_dock], [300], Qt.Orientation.Vertical)
    settle()
    window_nl.review_panel.queue.select_row(0)
    grab(window_nl, out / "main-window-nl.png")
    window_nl.close()
    context_nl.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
