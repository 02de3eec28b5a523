"""The main window's menus and shortcuts, declared in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.window import MainWindow

# Ctrl+K opens the claim form on the reader's selection (Enter then saves it). Chosen over
# Ctrl+Return because Return is the form's own "save" key.
NEW_CLAIM_SHORTCUT = "Ctrl+K"
# Texts name their context outright: `window.tr` would hide them from lupdate.
translate = QCoreApplication.translate


def _action(window: "MainWindow", text: str, shortcut: str | QKeySequence.StandardKey | None,
            slot: object, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work whatever dock has the focus
    return action


def build_menus(window: "MainWindow") -> None:
    """Create the actions (as attributes of `window`) and the menu bar."""
    bar = window.menuBar()

    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.new_project_action = _action(window, translate("MainWindow", "&New project…"), "Ctrl+N",
                                        window.new_project)
    window.open_action = _action(window, translate("MainWindow", "&Open…"), "Ctrl+O", window.choose_project)
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    # The library dock brings its own import action (Ctrl+I); a second one would make the
    # shortcut ambiguous, so the menu shows the dock's.
    library_import = getattr(window.library_dock, "import_action", None)
    window.import_action = library_import or _action(
        window, translate("MainWindow", "&Import files…"), "Ctrl+I", window.import_files,
        translate("MainWindow", "Import documents into the project"))
    window.export_action = _action(window, translate("MainWindow", "&Export…"), "Ctrl+E", window.export_workbook,
                                   translate("MainWindow", "Export the ministry workbook"))
    window.merge_action = _action(window, translate("MainWindow", "&Merge a copy…"), "Ctrl+Shift+M",
                                  window.merger.choose_and_merge,
                                  translate("MainWindow", "Bring in the work done in a copy of this project"))
    window.quit_action = _action(window, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit,
                                 window.close)
    file_menu.addActions([window.new_project_action, window.open_action])
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([window.import_action, window.export_action, window.merge_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    stack = window.context.undo_stack
    # The stack's own actions, so they read "Undo accept claim".
    window.undo_action = stack.createUndoAction(window, translate("MainWindow", "Undo"))
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = stack.createRedoAction(window, translate("MainWindow", "Redo"))
    window.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    window.addActions([window.undo_action, window.redo_action])
    window.find_action = _action(window, translate("MainWindow", "&Find in document…"), "Ctrl+F",
                                 window.reader.open_find)
    window.settings_action = _action(window, translate("MainWindow", "&Settings…"), None, window.open_settings)
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.settings_action)

    claims_menu = bar.addMenu(translate("MainWindow", "&Claims"))
    window.new_claim_action = _action(window, translate("MainWindow", "&New claim from selection"),
                                      NEW_CLAIM_SHORTCUT, window.new_claim,
                                      translate("MainWindow", "Claim the text selected in the reader"))
    window.accept_action = _action(window, translate("MainWindow", "&Accept"), "Ctrl+Alt+A",
                                   lambda: window.review("accept"))
    window.reject_action = _action(window, translate("MainWindow", "&Reject"), "Ctrl+Alt+R",
                                   lambda: window.review("reject"))
    window.dispute_action = _action(window, translate("MainWindow", "&Dispute"), "Ctrl+Alt+D",
                                    lambda: window.review("dispute"))
    claims_menu.addAction(window.new_claim_action)
    claims_menu.addSeparator()
    claims_menu.addActions([window.accept_action, window.reject_action, window.dispute_action])

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for dock in window.docks():
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    focus = (("library", "Ctrl+1", translate("MainWindow", "Focus &library")),
             ("reader", "Ctrl+2", translate("MainWindow", "Focus &reader")),
             ("claims", "Ctrl+3", translate("MainWindow", "Focus claim &editor")),
             ("records", "Ctrl+4", translate("MainWindow", "Focus re&cords")),
             ("review", "Ctrl+5", translate("MainWindow", "Focus re&view")))
    window.focus_actions = [_action(window, text, keys, lambda _=False, p=part: window.focus_part(p))
                            for part, keys, text in focus]
    view_menu.addActions(window.focus_actions)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.about_action = _action(window, translate("MainWindow", "&About Claimdesk"), None, window.show_about)
    help_menu.addAction(window.about_action)
