"""Start the desktop window: `claimdesk` or `claimdesk open PROJECT`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from app import __version__
from app.paths import resources_dir
from app.ui.background import wait_for_jobs
from app.ui.context import AppContext
from app.ui.crash import install_excepthook
from app.ui.settings import EDITOR_NAME, THEME, Settings
from app.ui.theme import apply_theme


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Claimdesk's names and icon (reused if one exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Claimdesk")
    app.setApplicationName("Claimdesk")
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "claimdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load our Dutch catalogue (and Qt's own) when the interface language is nl."""
    installed: list[QTranslator] = []
    if language != "nl":
        return installed
    for name, folder in (("claimdesk_nl", resources_dir() / "translations"),
                         ("qtbase_nl", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return installed


def ask_editor_name(settings: Settings, parent: QWidget | None = None) -> str:
    """On first start, ask who is editing (reviews and the change log name them)."""
    if settings.editor_name:
        return settings.editor_name
    if os.environ.get("CLAIMDESK_EDITOR", "").strip():
        return os.environ["CLAIMDESK_EDITOR"].strip()  # scripted or managed installs name the editor
    if os.environ.get("CLAIMDESK_QUIT_AFTER_MS"):
        return ""  # a smoke test: nobody is there to answer
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Main", "Welcome to Claimdesk"),
        QCoreApplication.translate("Main", "Your name, as reviews and the change history will show it:"))
    if ok and name.strip():
        settings.set(EDITOR_NAME, name.strip())
    return settings.editor_name


class FileOpenHandler(QObject):
    """macOS hands a double-clicked `.claimdesk` to the running app as a FileOpen event."""

    def __init__(self, open_project: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_project = open_project

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if path.suffix.lower() == ".claimdesk":
                self._open_project(path)
                return True
        return False


def run_window(project_path: Path | None) -> int:
    """Open the window on `project_path`, or on the demo project; returns the exit code."""
    app = make_application()
    install_excepthook()
    settings = Settings()
    install_translations(app, settings.language)
    apply_theme(settings.get(THEME))
    quit_after = os.environ.get("CLAIMDESK_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # smoke tests of a built bundle: start, paint, leave
        QTimer.singleShot(int(quit_after), app.quit)
    editor = ask_editor_name(settings) or None
    from app.ui.window import MainWindow  # after the QApplication: widgets need it

    context = AppContext(editor=editor)
    window = MainWindow(context, settings)
    app.installEventFilter(FileOpenHandler(window.open_project, app))
    # The window shows at once; the store loads and the project opens on a worker thread.
    window.show()
    window.open_project_later(Path(project_path) if project_path is not None else None)
    code = app.exec()
    wait_for_jobs()  # a project still opening, a backup: let them finish before the exit
    context.close()
    return code
