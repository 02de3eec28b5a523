"""The export's reads: records of a sheet in pages, their claims and evidence, cited documents.

Plain column selects (no ORM objects) inside the caller's one read session, so a large
project streams through in pages ordered by record with a consistent snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.core.claim_views import page_of
from app.core.templates import RowFilter
from app.core.values import choice_label
from database.models import Annotation, Claim, Document, Evidence, FieldDef, Record

RECORD_PAGE = 500  # records per page; also keeps IN (...) under SQLite's parameter limit
OPEN_STATUSES = ("accepted", "proposed", "disputed")
_STATUS_RANK = {"accepted": 0, "proposed": 1, "disputed": 2, "rejected": 3}

_C = Claim.__table__.c  # type: ignore[attr-defined]
_R = Record.__table__.c  # type: ignore[attr-defined]


@dataclass(slots=True)
class DocInfo:
    """A cited document, as the Claims and Sources sheets show it."""

    id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None
    filename: str
    page_starts: list[int] | None


@dataclass(slots=True)
class Quote:
    """One evidence quote of a claim."""

    text: str
    document_id: str
    page: int | None


@dataclass(slots=True)
class ExportClaim:
    """A claim's columns plus what the export needs around it."""

    id: str
    record_id: str
    field_id: str
    kind: str
    value_text: str
    amount: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    unit: str | None
    currency: str | None
    approximate: bool
    date: str | None
    date_end: str | None
    precision: str | None
    ref_record_id: str | None
    ref_label: str | None
    status: str
    reviewed_by: str | None
    reviewed_at: str | None
    created_at: str
    quotes: list[Quote] = field(default_factory=list)
    label: str | None = None  # an enum choice's label in the export's language (see label_choices)

    def value_key(self) -> tuple[Any, ...]:
        """What makes two claims say the same thing (for conflict detection)."""
        if self.kind in ("money", "quantity"):
            return (self.amount, self.lower, self.upper, self.currency, self.unit)
        if self.kind in ("date", "period"):
            return (self.date, self.date_end)
        if self.kind == "reference":
            return (self.ref_record_id,)
        return (self.value_text.strip().casefold(),)


@dataclass(slots=True)
class RecordRow:
    """A record of a sheet with its claims grouped by field id (best status first)."""

    id: str
    label: str
    claims: dict[str, list[ExportClaim]]


def _filter_clause(flt: RowFilter, fdef: FieldDef | None, statuses: Sequence[str]) -> sa.ColumnElement[bool]:
    if fdef is None:  # the record's own label
        return _compare(sa.func.lower(_R.label), flt.op, flt.value, text=True)
    exists = sa.select(sa.literal(1)).where(
        _C.record_id == _R.id, _C.field_id == fdef.id, _C.status.in_(statuses))
    numeric = fdef.datatype in ("money", "quantity", "number")
    column = sa.cast(_C.amount, sa.Float) if numeric else sa.func.lower(_C.value_text)
    if fdef.datatype == "reference":
        ref = sa.select(_R.label).where(_R.id == _C.ref_record_id).scalar_subquery()
        column = sa.func.lower(ref)
    return exists.where(_compare(column, flt.op, flt.value, text=not numeric)).exists()


def _compare(column: Any, op: str, value: Any, text: bool) -> sa.ColumnElement[bool]:
    def norm(v: Any) -> Any:
        if text:
            return str(v).strip().lower()
        try:
            return float(Decimal(str(v)))
        except (InvalidOperation, ValueError):
            return float("nan")

    if op == "in":
        values = value if isinstance(value, list) else [value]
        return column.in_([norm(v) for v in values])
    return {
        "eq": column == norm(value), "ne": column != norm(value), "gt": column > norm(value),
        "gte": column >= norm(value), "lt": column < norm(value), "lte": column <= norm(value),
    }[op]


def record_query(type_id: str, filters: Sequence[tuple[RowFilter, FieldDef | None]],
                 statuses: Sequence[str]) -> sa.Select[Any]:
    """Live records of a type passing the template's filters, in sheet order."""
    stmt = sa.select(_R.id, _R.label).where(_R.record_type_id == type_id, _R.merged_into_id.is_(None))
    for flt, fdef in filters:
        stmt = stmt.where(_filter_clause(flt, fdef, statuses))
    return stmt.order_by(sa.func.lower(_R.label), _R.label, _R.id)


def iter_record_pages(session: Session, query: sa.Select[Any], statuses: Sequence[str],
                      docs: dict[str, DocInfo]) -> Iterator[list[RecordRow]]:
    """Pages of records with their claims and evidence quotes; `docs` collects cited documents."""
    offset = 0
    while True:
        page = session.execute(query.limit(RECORD_PAGE).offset(offset)).all()
        if not page:
            return
        rows = {rid: RecordRow(rid, label, {}) for rid, label in page}
        _attach_claims(session, rows, statuses, docs)
        yield list(rows.values())
        offset += len(page)


def _attach_claims(session: Session, rows: dict[str, RecordRow], statuses: Sequence[str],
                   docs: dict[str, DocInfo]) -> None:
    ref = Record.__table__.alias("ref")  # type: ignore[attr-defined]
    stmt = (
        sa.select(_C.id, _C.record_id, _C.field_id, _C.kind, _C.value_text, _C.amount, _C.lower,
                  _C.upper, _C.unit, _C.currency, _C.approximate, _C.date, _C.date_end, _C.precision,
                  _C.ref_record_id, ref.c.label, _C.status, _C.reviewed_by, _C.reviewed_at,
                  _C.created_at)
        .outerjoin(ref, ref.c.id == _C.ref_record_id)
        .where(_C.record_id.in_(list(rows)))
    )
    exported: dict[str, ExportClaim] = {}
    for r in session.execute(stmt):
        claim = ExportClaim(*r)
        rows[claim.record_id].claims.setdefault(claim.field_id, []).append(claim)
        if claim.status in statuses:
            exported[claim.id] = claim
    for row in rows.values():
        for claims in row.claims.values():
            claims.sort(key=lambda c: (_STATUS_RANK.get(c.status, 9), c.created_at, c.id))
    _attach_quotes(session, exported, docs)


def label_choices(rows: list[RecordRow], labels: dict[str, dict[str, dict[str, str]]], lang: str) -> None:
    """Give each enum claim of `rows` its choice's label in `lang` (values stay keys)."""
    for row in rows:
        for field_id, claims in row.claims.items():
            if field_id in labels:
                for claim in claims:
                    if claim.kind == "enum":
                        claim.label = choice_label(labels[field_id], claim.value_text, lang)


def _attach_quotes(session: Session, claims: dict[str, ExportClaim], docs: dict[str, DocInfo]) -> None:
    if not claims:
        return
    a = Annotation.__table__.c  # type: ignore[attr-defined]
    e = Evidence.__table__.c  # type: ignore[attr-defined]
    ids = list(claims)
    found: list[tuple[str, str, int, str]] = []
    for start in range(0, len(ids), RECORD_PAGE):
        stmt = (sa.select(e.claim_id, a.quote, a.start, a.document_id)
                .join(Annotation.__table__, a.id == e.annotation_id)  # type: ignore[attr-defined]
                .where(e.claim_id.in_(ids[start : start + RECORD_PAGE]))
                .order_by(e.claim_id, a.document_id, a.start))
        found.extend(session.execute(stmt).all())
    _load_documents(session, {doc_id for *_, doc_id in found} - docs.keys(), docs)
    for claim_id, quote, start, doc_id in found:
        claims[claim_id].quotes.append(Quote(quote, doc_id, page_of(docs[doc_id].page_starts, start)))


def _load_documents(session: Session, wanted: set[str], docs: dict[str, DocInfo]) -> None:
    d = Document.__table__.c  # type: ignore[attr-defined]
    ids = sorted(wanted)
    for start in range(0, len(ids), RECORD_PAGE):
        stmt = sa.select(d.id, d.title, d.publisher, d.published, d.url, d.filename, d.page_starts)
        for r in session.execute(stmt.where(d.id.in_(ids[start : start + RECORD_PAGE]))):
            docs[r[0]] = DocInfo(*r)


def field_has_ranges(session: Session, field_id: str, statuses: Sequence[str]) -> bool:
    """Whether any exported claim of the field is a range (then the sheet gets min/max columns)."""
    stmt = sa.select(sa.literal(1)).where(
        _C.field_id == field_id, _C.status.in_(statuses), _C.amount.is_(None),
        sa.or_(_C.lower.is_not(None), _C.upper.is_not(None))).limit(1)
    return session.execute(stmt).first() is not None
