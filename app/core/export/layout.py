"""What the workbook's sheets look like: sheet names, columns and their headers, in en or nl."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from sqlmodel import Session

from app.core.export.cells import sheet_name
from app.core.export.stream import field_has_ranges, record_query
from app.core.schema import fields_of, record_types
from app.core.templates import RowFilter, SheetSpec, TemplateSpec
from database.models import FieldDef, RecordType

META_SHEET = "_claimdesk"

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "Summary": "Summary", "Claims": "Claims", "Sources": "Sources", "About": "About",
        "id": "id", "label": "Name", "conflicts": "Open conflicts", "claims": "claim ids",
        "min": "min", "max": "max", "from": "from", "to": "to", "record": "Record", "field": "Field",
        "value": "Value", "status": "Status", "reviewer": "Reviewer", "reviewed": "Reviewed",
        "quote": "Quote", "document": "Document", "publisher": "Publisher", "published": "Published",
        "url": "URL", "page": "Page", "sheet": "Sheet", "file": "File", "cited": "Claims cited",
        "record type": "Record type", "records": "Records", "total": "Total", "other": "Other",
        "accepted": "accepted", "proposed": "proposed", "disputed": "disputed", "rejected": "rejected",
        "unsourced": "No source: this claim is unsourced.", "see row": "Claims row",
        "competing": "Competing values", "approximate": "approximate", "more": "more quotes",
        "claim id": "claim id", "yes": "yes", "no": "no",
    },
    "nl": {
        "Summary": "Samenvatting", "Claims": "Claims", "Sources": "Bronnen", "About": "Over",
        "id": "id", "label": "Naam", "conflicts": "Open conflicten", "claims": "claim-ids",
        "min": "min", "max": "max", "from": "van", "to": "tot", "record": "Record", "field": "Veld",
        "value": "Waarde", "status": "Status", "reviewer": "Beoordelaar", "reviewed": "Beoordeeld",
        "quote": "Citaat", "document": "Document", "publisher": "Uitgever", "published": "Gepubliceerd",
        "url": "URL", "page": "Pagina", "sheet": "Blad", "file": "Bestand", "cited": "Geciteerd door claims",
        "record type": "Recordtype", "records": "Records", "total": "Totaal", "other": "Overig",
        "accepted": "geaccepteerd", "proposed": "voorgesteld", "disputed": "betwist", "rejected": "afgewezen",
        "unsourced": "Geen bron: deze claim heeft geen bewijs.", "see row": "Claims-rij",
        "competing": "Concurrerende waarden", "approximate": "ongeveer", "more": "citaten meer",
        "claim id": "claim-id", "yes": "ja", "no": "nee",
    },
}

CLAIM_COLUMNS = ("claim id", "record", "field", "value", "min", "max", "status", "reviewer",
                 "reviewed", "quote", "document", "publisher", "published", "url", "page")
CLAIM_WIDTHS = (10, 32, 20, 18, 14, 14, 13, 16, 14, 70, 40, 24, 13, 40, 7)
SOURCE_COLUMNS = ("id", "document", "publisher", "published", "url", "file", "cited")
SOURCE_WIDTHS = (10, 50, 26, 13, 50, 30, 12)


@dataclass(frozen=True)
class Column:
    """A column of a record sheet: `role` says which part of a field's value it holds."""

    header: str
    role: str  # id label value min max from to conflicts claims
    field: FieldDef | None = None
    width: float = 14
    hidden: bool = False


@dataclass
class SheetPlan:
    """One record type's sheet: its name, columns and the query for its rows."""

    spec: SheetSpec
    rtype: RecordType
    name: str
    columns: list[Column]
    filters: list[tuple[RowFilter, FieldDef | None]] = field(default_factory=list)

    def query(self, statuses: Sequence[str]):  # type: ignore[no-untyped-def]
        """The records of this sheet in row order."""
        return record_query(self.rtype.id, self.filters, statuses)

    def value_fields(self) -> list[FieldDef]:
        """The fields shown, in column order, each once."""
        seen: dict[str, FieldDef] = {}
        for c in self.columns:
            if c.field is not None:
                seen.setdefault(c.field.id, c.field)
        return list(seen.values())


def words(lang: str) -> dict[str, str]:
    """The workbook's own words in `lang`."""
    return WORDS["nl" if lang == "nl" else "en"]


def plan_sheets(session: Session, template: TemplateSpec, lang: str, taken: set[str]) -> list[SheetPlan]:
    """A plan per template sheet, in template order, with unique valid sheet names."""
    types = {t.key: t for t in record_types(session)}
    plans = []
    for spec in template.sheets:
        rtype = types[spec.type_key]
        fields = {f.key: f for f in fields_of(session, rtype.id)}
        label = (spec.label_nl or rtype.label_nl) if lang == "nl" else (spec.label_en or rtype.label_en)
        name = sheet_name(label, taken)
        columns = [Column(words(lang)["id"], "id", width=10, hidden=True),
                   Column(words(lang)["label"], "label", width=34)]
        chosen = spec.fields or tuple(_all_columns(fields))
        for fc in chosen:
            fdef = fields[fc.key]
            header = (fc.header_nl if lang == "nl" else fc.header_en) or _field_label(fdef, lang)
            columns.extend(_field_columns(session, fdef, header, lang, template.statuses))
        columns.append(Column(words(lang)["conflicts"], "conflicts", width=22))
        columns.append(Column(words(lang)["claims"], "claims", width=10, hidden=True))
        filters = [(f, fields.get(f.field)) for f in spec.filters]
        plans.append(SheetPlan(spec, rtype, name, columns, filters))
    return plans


def _all_columns(fields: dict[str, FieldDef]):  # type: ignore[no-untyped-def]
    from app.core.templates import FieldColumn

    return [FieldColumn(k) for k in fields]


def _field_label(fdef: FieldDef, lang: str) -> str:
    label = fdef.label_nl if lang == "nl" else fdef.label_en
    if fdef.datatype == "money" and fdef.currency:
        return f"{label} ({fdef.currency})"
    if fdef.datatype in ("quantity", "number") and fdef.unit:
        return f"{label} ({fdef.unit})"
    return label


def _field_columns(session: Session, fdef: FieldDef, header: str, lang: str,
                   statuses: Sequence[str]) -> list[Column]:
    w = words(lang)
    if fdef.datatype in ("money", "quantity", "number"):
        cols = [Column(header, "value", fdef, width=max(16, len(header) + 4))]
        if field_has_ranges(session, fdef.id, statuses):
            cols += [Column(f"{header} {w['min']}", "min", fdef, width=max(16, len(header) + 8)),
                     Column(f"{header} {w['max']}", "max", fdef, width=max(16, len(header) + 8))]
        return cols
    if fdef.datatype == "period":
        return [Column(f"{header} {w['from']}", "from", fdef, width=14),
                Column(f"{header} {w['to']}", "to", fdef, width=14)]
    if fdef.datatype == "date":
        return [Column(header, "value", fdef, width=max(14, len(header) + 4))]
    if fdef.datatype == "boolean":
        return [Column(header, "value", fdef, width=max(10, len(header) + 4))]
    return [Column(header, "value", fdef, width=min(40, max(16, len(header) + 6)))]
