"""Turn records and claims into cells: typed values with formats, links, notes, conflict marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from app.core.export.cells import (
    OutCell, date_format, location, money_format, number, partial_date, precision_of_iso,
    quantity_format,
)
from app.core.export.layout import Column, SheetPlan, words
from app.core.export.stream import DocInfo, ExportClaim, RecordRow
from database.models import FieldDef

NOTE_QUOTE_CHARS = 280


@dataclass
class RenderContext:
    """What rendering needs beyond one record: language, statuses, where things landed."""

    lang: str
    statuses: tuple[str, ...]
    claims_sheet: str
    docs: dict[str, DocInfo]
    record_rows: dict[str, str]  # record id -> location of its row, for reference links
    conflicts: int = 0
    words: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.words = words(self.lang)


@dataclass
class RenderedRecord:
    """A record row and the Claims rows that go with it."""

    cells: list[OutCell]
    claim_rows: list[list[OutCell]]
    chosen: dict[str, ExportClaim]  # field key -> the claim shown in the cell


def display(c: ExportClaim, w: dict[str, str]) -> str:
    """A short human form of a claim's value (notes, conflict lists, CSV of ranges)."""
    approx = "≈ " if c.approximate else ""
    unit = c.currency or c.unit or ""
    if c.kind in ("money", "quantity"):
        if c.amount is not None:
            body = f"{number(c.amount):,}"
        else:
            body = f"{number(c.lower) if c.lower is not None else '…':,} – " \
                   f"{number(c.upper) if c.upper is not None else '…':,}"
        return f"{approx}{body} {unit}".strip()
    if c.kind == "period":
        return f"{c.date or '…'} – {c.date_end or '…'}"
    if c.kind == "date":
        return c.date or c.value_text
    if c.kind == "reference":
        return c.ref_label or c.value_text
    if c.kind == "boolean":
        return w["yes"] if c.value_text == "true" else w["no"]
    return c.label or c.value_text


def is_conflict(claims: list[ExportClaim], fdef: FieldDef) -> bool:
    """Unresolved: a disputed claim, or several open values of a single field not all decided."""
    open_ = [c for c in claims if c.status != "rejected"]
    if any(c.status == "disputed" for c in open_):
        return True
    if fdef.multiple or len(open_) < 2:
        return False
    return len({c.value_key() for c in open_}) > 1 and any(c.status != "accepted" for c in open_)


def render_record(plan: SheetPlan, row: RecordRow, ctx: RenderContext, next_claim_row: int) -> RenderedRecord:
    """The record's sheet row and its Claims rows (starting at `next_claim_row`)."""
    w = ctx.words
    claim_rows: list[list[OutCell]] = []
    row_of: dict[str, int] = {}
    exported: dict[str, list[ExportClaim]] = {}
    for fdef in plan.value_fields():
        claims = [c for c in row.claims.get(fdef.id, []) if c.status in ctx.statuses]
        exported[fdef.id] = claims if fdef.multiple else claims[:1]
        for c in claims:
            row_of[c.id] = next_claim_row + len(claim_rows)
            claim_rows.append(claim_cells(c, row.label, fdef, ctx))
    conflicts: list[str] = []
    chosen: dict[str, ExportClaim] = {}
    cells: list[OutCell] = []
    conflict_cell = OutCell()
    for col in plan.columns:
        if col.field is None:
            cells.append(conflict_cell if col.role == "conflicts" else _own_cell(col, row, row_of, ctx))
            continue
        fdef = col.field
        shown = exported[fdef.id]
        conflict = is_conflict(row.claims.get(fdef.id, []), fdef)
        if conflict and col.role in ("value", "from"):  # count a field once, not per column
            conflicts.append(fdef.label_nl if ctx.lang == "nl" else fdef.label_en)
            ctx.conflicts += 1
        if shown:
            chosen[fdef.key] = shown[0]
        cell = _field_cell(col, shown, ctx, row_of)
        if conflict:
            cell.flag = True
            cell.note = _conflict_note(cell.note, row.claims.get(fdef.id, []), w)
        cells.append(cell)
    conflict_cell.value = ", ".join(conflicts) or None
    conflict_cell.flag = bool(conflicts)
    return RenderedRecord(cells, claim_rows, chosen)


def _own_cell(col: Column, row: RecordRow, row_of: dict[str, int], ctx: RenderContext) -> OutCell:
    if col.role == "id":
        return OutCell(row.id)
    if col.role == "label":
        first = min(row_of.values(), default=None)
        return OutCell(row.label, link=location(ctx.claims_sheet, first) if first else None)
    if col.role == "claims":  # read back by import-workbook: which claim each cell showed
        return OutCell(";".join(f"{cid}@{r}" for cid, r in row_of.items()) or None)
    return OutCell()


def _field_cell(col: Column, shown: list[ExportClaim], ctx: RenderContext, row_of: dict[str, int]) -> OutCell:
    if not shown:
        return OutCell()
    first = shown[0]
    claims_row = row_of[first.id]
    link = location(ctx.claims_sheet, claims_row)
    if len(shown) > 1:  # a multi-valued field: the values as one line of text
        cell = OutCell("; ".join(display(c, ctx.words) for c in shown))
    else:
        cell = typed_cell(first, col.role, ctx.lang, ctx.words)
        if first.kind == "reference" and first.ref_record_id in ctx.record_rows:
            link = ctx.record_rows[first.ref_record_id]
    if cell.value is not None:  # a range leaves the value column blank: min and max carry it
        cell.link = link
        cell.note = note_for(first, ctx, claims_row)
    return cell


def typed_cell(c: ExportClaim, role: str, lang: str, w: dict[str, str]) -> OutCell:
    """One claim's value for a column role, as a typed cell with its number format."""
    if c.kind in ("money", "quantity"):
        value = {"value": c.amount, "min": c.lower if c.amount is None else c.amount,
                 "max": c.upper if c.amount is None else c.amount}.get(role)
        if value is None:
            return OutCell()
        fmt = (money_format(c.currency, value, c.approximate) if c.kind == "money"
               else quantity_format(value, c.approximate))
        return OutCell(number(value), fmt)
    if c.kind in ("date", "period"):
        iso = c.date_end if role == "to" else c.date
        day = partial_date(iso)
        if day is None:
            return OutCell(iso)
        precision = c.precision if c.kind == "date" and c.precision else precision_of_iso(iso)
        return OutCell(day, date_format(precision, lang), csv=iso)
    if c.kind == "boolean":
        return OutCell(c.value_text == "true")
    if c.kind == "reference":
        return OutCell(c.ref_label or c.value_text)
    return OutCell(c.label or c.value_text)


def note_for(c: ExportClaim, ctx: RenderContext, claims_row: int) -> str:
    """The supporting quote and its source, short enough for a cell note."""
    w = ctx.words
    where = f"{w['see row']} {claims_row}."
    if not c.quotes:
        return f"{w['unsourced']} {where}"
    q = c.quotes[0]
    quote = q.text if len(q.text) <= NOTE_QUOTE_CHARS else q.text[: NOTE_QUOTE_CHARS - 1] + "…"
    doc = ctx.docs.get(q.document_id)
    source = ", ".join(x for x in (doc.title if doc else None, doc.publisher if doc else None,
                                   doc.published if doc else None) if x)
    page = f", p. {q.page}" if q.page else ""
    more = f" (+{len(c.quotes) - 1} {w['more']})" if len(c.quotes) > 1 else ""
    approx = f" ({w['approximate']})" if c.approximate else ""
    return f"“{quote}”\n— {source}{page}{more}{approx}\n{where}"


def _conflict_note(note: str | None, claims: list[ExportClaim], w: dict[str, str]) -> str:
    listed = "; ".join(f"{display(c, w)} ({w[c.status]})" for c in claims if c.status != "rejected")
    head = f"⚠ {w['competing']}: {listed}"
    return f"{head}\n{note}" if note else head


def claim_cells(c: ExportClaim, record_label: str, fdef: FieldDef, ctx: RenderContext) -> list[OutCell]:
    """One row of the Claims sheet."""
    w = ctx.words
    value = typed_cell(c, "value", ctx.lang, w) if c.kind != "period" else OutCell(display(c, w))
    if c.kind in ("money", "quantity") and c.amount is None:
        value = OutCell(display(c, w))  # a range reads as text here; min/max hold the numbers
    lo = typed_cell(c, "min", ctx.lang, w) if c.kind in ("money", "quantity") and c.amount is None else OutCell()
    hi = typed_cell(c, "max", ctx.lang, w) if c.kind in ("money", "quantity") and c.amount is None else OutCell()
    q = c.quotes[0] if c.quotes else None
    doc = ctx.docs.get(q.document_id) if q else None
    quote = q.text if q else None
    if q and len(c.quotes) > 1:
        quote = "\n\n".join(x.text for x in c.quotes)
    reviewed = partial_date((c.reviewed_at or "")[:10]) if c.reviewed_at else None
    published = partial_date(doc.published) if doc and doc.published else None
    return [
        OutCell(c.id), OutCell(record_label), OutCell(fdef.label_nl if ctx.lang == "nl" else fdef.label_en),
        value, lo, hi, OutCell(w.get(c.status, c.status)), OutCell(c.reviewed_by),
        OutCell(reviewed, date_format("day", ctx.lang), csv=(c.reviewed_at or "")[:10] or None) if reviewed
        else OutCell(),
        OutCell(quote, wrap=True), OutCell(doc.title if doc else None),
        OutCell(doc.publisher if doc else None),
        OutCell(published, date_format(precision_of_iso(doc.published), ctx.lang), csv=doc.published)
        if published and doc else OutCell(doc.published if doc else None),
        OutCell(doc.url if doc else None), OutCell(q.page if q else None),
    ]
