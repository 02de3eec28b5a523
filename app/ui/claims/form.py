"""The new-claim form: the selected quote, a record picker, a field picker and the value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget,
)

from app.core.errors import ClaimdeskError
from app.core.values import choice_label, format_value, parse_value
from app.ui.claims.commands import NewClaim, push_new_claim
from app.ui.claims.suggestions import RecordChoice, RecordSuggestionModel, rank_records
from app.ui.context import AppContext, Changes
from app.ui.display import label_in

# Store-backed core modules are imported where called, so the window shows before they load.
if TYPE_CHECKING:  # rows come from core functions; the UI never queries them itself
    from database.models import FieldDef, RecordType

TYPED_KINDS = ("quantity", "money", "date", "period")
# Which field datatypes suit a value the parser recognised, for the first field guess.
DATATYPES_FOR_KIND = {"money": ("money",), "quantity": ("quantity", "number"),
                      "date": ("date",), "period": ("period", "date"), "text": ("text",)}


@dataclass(frozen=True)
class SpanTarget:
    """The selected span a new claim will cite."""

    document_id: str
    start: int
    end: int
    quote: str
    sentence: str
    lang: str


class ClaimForm(QWidget):
    """Collects one claim; Enter saves it as one undoable step."""

    saved = Signal(str, str)  # claim id, annotation id
    message = Signal(str)

    def __init__(self, context: AppContext, ui_lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui_lang = ui_lang
        self._target: SpanTarget | None = None
        self._schema: list[tuple[RecordType, list[FieldDef]]] | None = None
        self._choices: list[RecordChoice] | None = None
        self._build()
        context.changed.connect(self._on_changed)
        context.projectChanged.connect(self._forget_project)
        self.clear()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.hint = QLabel(self.tr("Select text in the reader and press Ctrl+K to claim it."), self)
        self.hint.setWordWrap(True)
        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setStyleSheet("QLabel { background: #fff8d0; padding: 4px; font-style: italic; }")
        self.record_edit = QLineEdit(self)
        self.record_edit.setPlaceholderText(self.tr("Type to find a record or name a new one"))
        self.record_edit.installEventFilter(self)
        self.suggestions = RecordSuggestionModel(self)
        self.suggestions_view = QListView(self)
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.setMinimumHeight(96)
        self.suggestions_view.setMaximumHeight(132)
        self.suggestions_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the line edit drive it
        self.suggestions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._field_picked = False  # the editor chose a field: keep it when the record changes
        self.type_combo = QComboBox(self)
        self.field_combo = QComboBox(self)
        self.value_edit = QLineEdit(self)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("QLabel { color: #8a4b00; }")
        self.save_button = QPushButton(self.tr("Save claim (Enter)"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Record"), self.record_edit)
        form.addRow("", self.suggestions_view)
        self.type_label = QLabel(self.tr("New record's type"), self)
        form.addRow(self.type_label, self.type_combo)
        form.addRow(self.tr("Field"), self.field_combo)
        form.addRow(self.tr("Value"), self.value_edit)
        form.addRow("", self.preview_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.save_button)
        self.record_edit.textEdited.connect(self._update_suggestions)
        self.suggestions_view.selectionModel().currentChanged.connect(self._on_record_changed)
        self.suggestions_view.clicked.connect(lambda _i: self.record_edit.setFocus())
        self.type_combo.currentIndexChanged.connect(self._on_record_changed)
        self.field_combo.currentIndexChanged.connect(self._update_checks)
        self.field_combo.activated.connect(self._on_field_picked)
        self.value_edit.textChanged.connect(self._update_checks)
        self.save_button.clicked.connect(self.save)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Up/Down in the record field move through the suggestions, as in a completer.
        if watched is self.record_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.suggestions_view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.suggestions.rowCount():
                    self.suggestions_view.setCurrentIndex(self.suggestions.index(row))
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- state

    @property
    def target(self) -> SpanTarget | None:
        """The span being claimed, if the form is open."""
        return self._target

    def clear(self) -> None:
        """Close the form (nothing selected)."""
        self._target = None
        self.hint.show()
        self.quote_label.hide()
        for widget in (self.quote_label, self.record_edit, self.suggestions_view, self.type_combo,
                       self.type_label, self.field_combo, self.value_edit, self.save_button):
            widget.setEnabled(False)
        self.quote_label.clear()
        self.record_edit.clear()
        self.value_edit.clear()
        self.preview_label.clear()
        self.warning_label.clear()
        self.suggestions.set_suggestions([], "")

    def start(self, target: SpanTarget) -> None:
        """Open the form for a selected span: value from the quote, records from its sentence."""
        self._target = target
        self._field_picked = False
        self.field_combo.clear()  # re-guessed for this value
        self.hint.hide()
        self.quote_label.show()
        for widget in (self.quote_label, self.record_edit, self.suggestions_view, self.type_combo,
                       self.type_label, self.field_combo, self.value_edit, self.save_button):
            widget.setEnabled(True)
        self.quote_label.setText(f"“{target.quote}”")
        self.record_edit.clear()
        self.value_edit.setText(target.quote)
        self._fill_types()
        self._update_suggestions()
        self.record_edit.setFocus()

    def _forget_project(self) -> None:
        self._schema = None
        self._choices = None
        self.clear()

    def _on_changed(self, changes: Changes) -> None:
        if changes.records or changes.schema:
            self._choices = None
        if changes.schema:
            self._schema = None

    def _schema_types(self) -> list[tuple[RecordType, list[FieldDef]]]:
        if self._context.project is None:
            return []  # the project was closed: nothing to offer
        if self._schema is None:
            from app.core.schema import schema_types

            self._schema = schema_types(self._context.project)
        return self._schema

    def _record_choices(self) -> list[RecordChoice]:
        if self._context.project is None:
            return []
        if self._choices is None:
            from app.core.records import record_names

            self._choices = [
                RecordChoice(rid, label, rtype.key, self._label(rtype), tuple(aliases))
                for rtype, _ in self._schema_types()
                for rid, label, aliases in record_names(self._context.project, rtype.key)
            ]
        return self._choices

    def _label(self, item: RecordType | FieldDef) -> str:
        return label_in(item, self.ui_lang)

    # ---------------------------------------------------------------- pickers

    def _fill_types(self) -> None:
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for rtype, _ in self._schema_types():
            self.type_combo.addItem(self._label(rtype), rtype.key)
        index = self.type_combo.findData(current)
        self.type_combo.setCurrentIndex(max(index, 0))
        self.type_combo.blockSignals(False)

    def _update_suggestions(self) -> None:
        if self._target is None:
            return
        typed = self.record_edit.text()
        context = f"{self._target.quote} {self._target.sentence}"
        self.suggestions.set_suggestions(rank_records(self._record_choices(), typed, context), typed)
        self.suggestions_view.setCurrentIndex(self.suggestions.index(0))

    def chosen_record(self) -> RecordChoice | None:
        """The suggested record picked, or None when a new record will be made."""
        suggestion = self.suggestions.suggestion(self.suggestions_view.currentIndex().row())
        return suggestion.choice if suggestion else None

    def chosen_type_key(self) -> str | None:
        """The record type of the picked record, or of the new one."""
        choice = self.chosen_record()
        return choice.type_key if choice else self.type_combo.currentData()

    def chosen_field(self) -> FieldDef | None:
        """The field picked for the claim."""
        field_id = self.field_combo.currentData()
        for _, fields in self._schema_types():
            for fdef in fields:
                if fdef.id == field_id:
                    return fdef
        return None

    def _on_field_picked(self) -> None:
        self._field_picked = True

    def _on_record_changed(self) -> None:
        is_new = self.chosen_record() is None
        self.type_combo.setVisible(is_new)
        self.type_label.setVisible(is_new)
        type_key = self.chosen_type_key()
        fields = next((f for t, f in self._schema_types() if t.key == type_key), [])
        if [self.field_combo.itemData(i) for i in range(self.field_combo.count())] != [f.id for f in fields]:
            previous = self.chosen_field() if self._field_picked else None
            self.field_combo.blockSignals(True)
            self.field_combo.clear()
            for fdef in fields:
                detail = fdef.datatype + (f", {fdef.unit or fdef.currency}" if fdef.unit or fdef.currency else "")
                self.field_combo.addItem(f"{self._label(fdef)} ({detail})", fdef.id)
            self.field_combo.setCurrentIndex(self._guess_field(fields, previous))
            self.field_combo.blockSignals(False)
        self._update_checks()

    def _guess_field(self, fields: list[FieldDef], previous: FieldDef | None) -> int:
        if previous is not None:
            for index, fdef in enumerate(fields):
                if fdef.key == previous.key:
                    return index
        if self._target is None or not fields:
            return 0
        parsed = parse_value(self._target.quote, self._target.lang)
        wanted = DATATYPES_FOR_KIND.get(parsed.kind, ("text",))
        for index, fdef in enumerate(fields):
            if fdef.datatype in wanted and (not parsed.unit or fdef.unit in (None, parsed.unit)):
                return index
        return 0

    # ---------------------------------------------------------------- checks

    def _update_checks(self) -> None:
        fdef = self.chosen_field()
        if self._target is None or fdef is None or self._context.project is None:
            return
        from app.core.claims import check_claim_value

        try:
            typed = check_claim_value(self._context.project, fdef.id, self.value_edit.text(), self._target.lang)
        except ClaimdeskError as exc:
            self.show_error(str(exc))
        else:
            shown = (format_value(typed.parsed, self.ui_lang) if typed.kind in TYPED_KINDS
                     else choice_label(fdef.choice_labels, typed.value_text, self.ui_lang) if typed.kind == "enum"
                     else typed.value_text)
            self.preview_label.setStyleSheet("QLabel { color: #1d5e1d; }")
            self.preview_label.setText(f"→ {shown}  ({typed.kind})")
        self.warning_label.setText(self._competing_text(fdef))

    def show_error(self, sentence: str) -> None:
        """Show why the claim cannot be saved, under the value."""
        self.preview_label.setStyleSheet("QLabel { color: #b00020; }")
        self.preview_label.setText(sentence)

    def _competing_text(self, fdef: FieldDef) -> str:
        choice = self.chosen_record()
        if choice is None or fdef.multiple or self._context.project is None:
            return ""
        from app.core.claim_views import list_claims

        views = list_claims(self._context.project, record_id=choice.id, field_id=fdef.id, limit=20)
        lines = []
        for view in views:
            value = view.claim.value_text
            if view.claim.status == "accepted":
                lines.append(self.tr("⚠ Already accepted: %s") % value)
            elif view.claim.status in ("proposed", "disputed"):
                lines.append(self.tr("⚠ Competing %1 value: %2").replace("%1", view.claim.status).replace("%2", value))
        return "\n".join(lines)

    # ---------------------------------------------------------------- save

    def save(self) -> bool:
        """Save the claim as one undoable step; an invalid entry is explained and nothing saved."""
        target, project, fdef = self._target, self._context.project, self.chosen_field()
        if target is None or project is None:
            self.message.emit(self.tr("Select text in the reader first."))
            return False
        choice = self.chosen_record()
        label = self.record_edit.text().strip()
        if choice is None and not label:
            self.show_error(self.tr("Pick a record, or type the name of a new one."))
            return False
        if fdef is None:
            self.show_error(self.tr("Pick a field."))
            return False
        from app.core.claims import check_claim_value

        try:
            check_claim_value(project, fdef.id, self.value_edit.text(), target.lang)
        except ClaimdeskError as exc:
            self.show_error(str(exc))
            return False
        new_record = None if choice else (self.type_combo.currentData(), label)
        draft = NewClaim(target.document_id, target.start, target.end, choice.id if choice else None,
                         new_record, fdef.key, self.value_edit.text(), target.lang)
        command = push_new_claim(self._context, draft)
        self.message.emit(self.tr("Claim saved (Ctrl+Z undoes it)."))
        self.clear()
        self.saved.emit(command.claim_id, command.evidence[0])
        return True
