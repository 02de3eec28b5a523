"""The Dutch interface: the catalogue is complete and compiled, and the window speaks Dutch.

When a test here fails after new interface text was added, refresh the catalogue:

    .venv/bin/pyside6-lupdate -no-obsolete $(find app/ui -name '*.py' | sort) \
        -ts resources/translations/claimdesk_nl.ts
    # translate the new <translation type="unfinished"> entries, then
    .venv/bin/pyside6-lrelease resources/translations/claimdesk_nl.ts \
        -qm resources/translations/claimdesk_nl.qm
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QMenu, QTabWidget

from app.paths import resources_dir
from app.ui.context import AppContext
from app.ui.main import install_translations, make_application
from app.ui.settings import EDITOR_NAME, INTERFACE_LANGUAGE, Settings
from app.ui.window import MainWindow
from tests.helpers.projects import make_project

REPO = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "claimdesk_nl.ts"
QM = resources_dir() / "translations" / "claimdesk_nl.qm"
PLACEHOLDER = re.compile(r"%(?:\d|n|s|v|m)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str | None  # the translation's type attribute: None when finished
    forms: tuple[str, ...]  # one translation, or the numerus forms
    numerus: bool


def catalogue() -> list[Message]:
    """Every message of the Dutch .ts file."""
    messages = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            messages.append(Message(name, message.findtext("source") or "", translation.get("type"),
                                    forms, numerus))
    return messages


def accelerator(text: str) -> str | None:
    """The letter after a single `&` (`&&` is a literal ampersand), lower-cased."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


# ---------------------------------------------------------------- the catalogue


def test_every_message_is_translated() -> None:
    messages = catalogue()
    assert len(messages) > 250
    unfinished = [f"{m.context}: {m.source!r}" for m in messages if m.kind == "unfinished"]
    assert unfinished == [], "untranslated (see this module's docstring)"
    stale = [f"{m.context}: {m.source!r}" for m in messages if m.kind in ("vanished", "obsolete")]
    assert stale == [], "run lupdate with -no-obsolete"
    empty = [f"{m.context}: {m.source!r}" for m in messages if not all(f.strip() for f in m.forms)]
    assert empty == []


def test_translations_keep_placeholders_and_one_accelerator() -> None:
    for m in catalogue():
        for form in m.forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(m.source)), (m, form)
            assert (accelerator(m.source) is None) == (accelerator(form) is None), (m, form)
            assert form.replace("&&", "").count("&") == m.source.replace("&&", "").count("&"), (m, form)


def _literal_tr_calls() -> Iterator[tuple[str, int, str, str]]:
    """(file, line, context, source) of every tr/translate/QT_TRANSLATE_NOOP call on literals in app/ui."""
    for path in sorted((REPO / "app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        stack: list[tuple[ast.AST, str]] = [(tree, "")]
        while stack:
            node, cls = stack.pop()
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                stack.append((child, inner))
                if not isinstance(child, ast.Call):
                    continue
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                literal = [a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                where = str(path.relative_to(REPO))
                if name == "tr" and isinstance(func, ast.Attribute) and args and literal[:1] == [
                        getattr(args[0], "value", None)]:
                    yield where, child.lineno, cls, literal[0]
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) >= 2 and all(
                        isinstance(a, ast.Constant) for a in args[:2]):
                    yield where, child.lineno, literal[0], literal[1]


def test_every_interface_text_is_in_the_catalogue() -> None:
    """What lupdate cannot see (a tr() inside an f-string, a helper called `tr`) never gets translated."""
    known = {(m.context, m.source) for m in catalogue()}
    calls = list(_literal_tr_calls())
    assert len(calls) > 250
    missing = [f"{f}:{line}: {ctx}: {src!r}" for f, line, ctx, src in calls if (ctx, src) not in known]
    assert missing == [], "not in claimdesk_nl.ts (see this module's docstring)"


def test_the_compiled_catalogue_matches_the_source() -> None:
    """The .qm holds every translation of the .ts (lrelease was run after the last edit)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    for m in catalogue():
        if m.numerus:
            got = tuple(translator.translate(m.context, m.source, None, n) for n in (1, 2))
            assert got == (m.forms + m.forms[-1:])[:2], m
        else:
            assert translator.translate(m.context, m.source) == m.forms[0], m


# ---------------------------------------------------------------- the window in Dutch


@pytest.fixture
def dutch() -> Iterator[list[QTranslator]]:
    """Claimdesk's (and Qt's) Dutch catalogue installed; removed afterwards, the locale restored."""
    app = make_application()
    locale = QLocale()
    installed = install_translations(app, "nl")
    assert installed, "claimdesk_nl.qm did not load"
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, tmp_path: Path, dutch: list[QTranslator]) -> Iterator[MainWindow]:
    make_project(tmp_path)[0].close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(EDITOR_NAME, "Tess Tester")
    settings.set(INTERFACE_LANGUAGE, "nl")
    context = AppContext(editor="Tess Tester")
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.open_project(tmp_path / "test.claimdesk")
    win.show()
    yield win
    context.close()


def test_translator_answers_in_dutch(dutch: list[QTranslator]) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    assert QCoreApplication.translate("Review", "accepted") == "geaccepteerd"


def test_menus_are_dutch(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "&Claims", "Beel&d", "&Help"]
    assert window.export_action.text() == "&Exporteren…"
    assert window.merge_action.text() == "Kopie &samenvoegen…"
    assert window.import_action.text() == "Bestanden importeren…"
    assert window.new_claim_action.text() == "&Nieuwe claim uit selectie"
    assert [window.accept_action.text(), window.reject_action.text(), window.dispute_action.text()] == [
        "&Accepteren", "Af&wijzen", "&Betwisten"]
    assert window.focus_actions[-1].text() == "Naar be&oordeling"


def test_no_menu_repeats_an_accelerator(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all(isinstance(m, QMenu) for m in menus)
    for menu in menus:
        keys = [accelerator(a.text()) for a in menu.actions() if not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    bar_keys = [accelerator(a.text()) for a in window.menuBar().actions()]
    assert len(bar_keys) == len(set(bar_keys))


def test_docks_are_dutch(window: MainWindow) -> None:
    titles = [dock.windowTitle() for dock in window.docks()]
    assert titles == ["Bibliotheek", "Claim-editor", "Records", "Beoordeling"]
    library = window.library_dock
    assert library.filter_box.placeholderText() == "Zoeken in de documenten…"
    assert library.model.headerData(0, Qt.Orientation.Horizontal) == "Titel"
    assert window.claim_dock.passage_label.text() == "Klik op een markering in de lezer om de claims te zien."
    assert window.claim_dock.accept_button.text() == "Accepteren"
    assert window.records_view.detail_title.text() == "Geen record geselecteerd"
    panel = window.review_panel
    assert isinstance(panel, QTabWidget)
    tabs = [panel.tabText(i) for i in range(panel.count())]
    assert tabs[:5] == ["&Wachtrij", "&Conflicten", "D&ubbelen", "&Geschiedenis", "&Overzicht"]
    tab_keys = [accelerator(t) for t in tabs]
    assert len(tab_keys) == len(set(tab_keys)), tabs
    queue = panel.queue
    assert [b.text() for b in queue.decision_buttons.values()] == [
        "&Accepteren (A)", "Afwij&zen (R)", "&Betwisten (D)"]
    assert queue.note_edit.placeholderText() == "Beoordelingsnotitie (N), Enter slaat op"
    assert [queue.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Record", "Veld", "Waarde", "Status", "Voorgesteld door", "Datum"]


def test_export_dialog_is_dutch(window: MainWindow) -> None:
    from app.ui.export import ExportDialog

    dialog = ExportDialog(window.context, window)
    try:
        assert dialog.windowTitle() == "Werkmap exporteren"
        assert dialog.export_button.text() == "&Exporteren"
        assert [dialog.status_box.itemText(i) for i in range(dialog.status_box.count())][0] == (
            "Alleen geaccepteerde claims")
    finally:
        dialog.deleteLater()


def test_review_shows_field_and_type_labels_and_values_in_dutch(qtbot, window: MainWindow) -> None:
    from app.core import annotations, claims, records
    from app.ui.context import Changes

    project = window.context.project
    assert project is not None
    document_id = window.reader.document.id if window.reader.document else ""
    record = records.add_record(project, "facility", "AI-fabriek Groningen")
    mark = annotations.add_annotation(project, document_id, quote="18.000 GPU's")
    claims.add_claim(project, record.id, "gpu_count", "18.000 GPU's", evidence=[mark.id], lang="nl")
    window.context.notify(Changes(claims=True, records=True))
    window.review_dock.show()
    window.review_dock.raise_()
    queue = window.review_panel.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)
    row = [queue.model.data(queue.model.index(0, c)) for c in range(3)]
    assert row == ["AI-fabriek Groningen", "GPU's", "18.000 GPU"]
    types = [queue.type_combo.itemText(i) for i in range(queue.type_combo.count())]
    assert "Faciliteit" in types and "Facility" not in types
    queue.select_row(0)
    assert "18,000 GPU" not in queue.quote_view.toHtml()  # the detail pane writes it as the table
