"""Read-side views of records: a type's table of accepted values, and one record in detail.

Competing claims are found in SQL: a single-valued field whose live claims
(proposed, accepted, disputed) hold more than one distinct typed value.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from app.core.claim_views import EvidenceView, evidence_for
from app.core.errors import NotFound
from app.core.project import Project
from app.core.records import aliases_of
from app.core.schema import enum_labels, fields_of, get_record_type
from app.core.values import choice_label, claim_value, format_value
from database.models import Claim, FieldDef, Record, RecordAlias, RecordType

LIVE_STATUSES = ("proposed", "accepted", "disputed")
_STATUS_ORDER = {"accepted": 0, "disputed": 1, "proposed": 2, "rejected": 3}
# Two claims hold the same value when their typed columns agree; free text compares caseless.
_VALUE_KEY: sa.ColumnClause[str] = sa.literal_column(
    "claim.kind || '|' || coalesce(claim.amount, '') || '|' || coalesce(claim.lower, '')"
    " || '|' || coalesce(claim.upper, '') || '|' || coalesce(claim.unit, '')"
    " || '|' || coalesce(claim.currency, '') || '|' || coalesce(claim.date, '')"
    " || '|' || coalesce(claim.date_end, '') || '|' || coalesce(claim.ref_record_id, '')"
    " || '|' || CASE WHEN claim.kind IN ('quantity', 'money', 'date', 'period', 'reference')"
    " THEN '' ELSE lower(claim.value_text) END"
)


@dataclass(frozen=True)
class RecordTypeView:
    """A record type with how many live records it has."""

    key: str
    label_en: str
    label_nl: str
    records: int

    def label(self, lang: str) -> str:
        """The label in `lang` (`nl` or else English)."""
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class FieldColumn:
    """A field of a record type as a table column."""

    field_id: str
    key: str
    label_en: str
    label_nl: str
    datatype: str
    multiple: bool

    def label(self, lang: str) -> str:
        """The label in `lang` (`nl` or else English)."""
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class FieldCell:
    """One record's field in the table: its accepted value(s) and whether claims compete."""

    accepted: str | None  # formatted; several accepted values of a multiple field joined by "; "
    live_claims: int
    distinct_values: int
    conflict: bool
    competing: tuple[str, ...] = ()  # formatted values that compete, when `conflict`


EMPTY_CELL = FieldCell(None, 0, 0, False)


@dataclass(frozen=True)
class RecordTableRow:
    """A record as one row of its type's table; `cells` is keyed by field key."""

    record_id: str
    label: str
    aliases: tuple[str, ...]
    cells: dict[str, FieldCell]

    def cell(self, field_key: str) -> FieldCell:
        """The cell of a field (empty when the record has no claim for it)."""
        return self.cells.get(field_key, EMPTY_CELL)


@dataclass(frozen=True)
class ClaimDetail:
    """One claim of a record's field, formatted, with review state and quotes."""

    claim_id: str
    value: str
    status: str
    created_by: str
    created_at: str
    reviewed_by: str | None
    reviewed_at: str | None
    review_note: str | None
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True)
class FieldDetail:
    """A field of one record with every claim made about it."""

    column: FieldColumn
    conflict: bool
    claims: tuple[ClaimDetail, ...]


@dataclass(frozen=True)
class RecordDetail:
    """One record with all its fields and claims (fields without claims included)."""

    record_id: str
    label: str
    type_key: str
    description: str
    aliases: tuple[str, ...]
    fields: tuple[FieldDetail, ...]


def record_type_views(project: Project) -> list[RecordTypeView]:
    """Every record type in schema order, with its count of live records."""
    count = (
        select(sa.func.count()).where(Record.record_type_id == RecordType.id,
                                      col(Record.merged_into_id).is_(None))
        .scalar_subquery()
    )
    stmt = select(RecordType, count).order_by(col(RecordType.position))
    with project.read() as session:
        return [RecordTypeView(t.key, t.label_en, t.label_nl, n) for t, n in session.exec(stmt)]


def record_columns(project: Project, type_key: str) -> list[FieldColumn]:
    """The fields of a record type as table columns, in schema order."""
    with project.read() as session:
        return _columns(session, get_record_type(session, type_key).id)


def record_table(
    project: Project, type_key: str, lang: str = "en", limit: int = 200, offset: int = 0,
) -> list[RecordTableRow]:
    """A page of a type's live records (by label) with each field's accepted value and conflicts."""
    with project.read() as session:
        rtype = get_record_type(session, type_key)
        stmt = (
            select(Record).where(Record.record_type_id == rtype.id,
                                 col(Record.merged_into_id).is_(None))
            .order_by(sa.func.lower(col(Record.label)), col(Record.id)).limit(limit).offset(offset)
        )
        page = list(session.exec(stmt))
        ids = [r.id for r in page]
        stats = _field_stats(session, ids)
        labels = enum_labels(session)  # read once for both lists
        accepted = _formatted_claims(session, ids, ("accepted",), lang, labels)
        conflicting = [key for key, (_, _, conflict) in stats.items() if conflict]
        competing = _formatted_claims(session, [r for r, _ in conflicting], LIVE_STATUSES, lang, labels,
                                      set(conflicting))
        keys = {c.field_id: c.key for c in _columns(session, rtype.id)}
        cells: dict[str, dict[str, FieldCell]] = defaultdict(dict)
        for (record_id, field_id), (live, distinct, conflict) in stats.items():
            if field_id not in keys:
                continue  # a claim on another type's field (a damaged file; `check` reports it)
            values = accepted.get((record_id, field_id), [])
            cells[record_id][keys[field_id]] = FieldCell(
                "; ".join(values) if values else None, live, distinct, conflict,
                tuple(dict.fromkeys(competing.get((record_id, field_id), []))),
            )
        aliases: dict[str, list[str]] = defaultdict(list)
        if ids:
            alias_stmt = (select(RecordAlias.record_id, RecordAlias.alias)
                          .where(col(RecordAlias.record_id).in_(ids)).order_by(col(RecordAlias.id)))
            for record_id, alias in session.exec(alias_stmt):
                aliases[record_id].append(alias)
        return [RecordTableRow(r.id, r.label, tuple(aliases[r.id]), cells[r.id]) for r in page]


def record_detail(project: Project, record_id: str, lang: str = "en") -> RecordDetail:
    """One record with every field of its type and all claims about each, best status first."""
    with project.read() as session:
        record = session.get(Record, record_id)
        if record is None:
            raise NotFound(f"no record {record_id!r}")
        rtype = session.get(RecordType, record.record_type_id)
        assert rtype is not None  # a foreign key
        ref = aliased(Record)
        stmt = (
            select(Claim, ref.label).outerjoin(ref, col(ref.id) == Claim.ref_record_id)
            .where(Claim.record_id == record.id).order_by(col(Claim.created_at), col(Claim.id))
        )
        rows = list(session.exec(stmt))
        evidence = evidence_for(session, [c.id for c, _ in rows])
        stats = _field_stats(session, [record.id])
        labels = enum_labels(session)
        by_field: dict[str, list[ClaimDetail]] = defaultdict(list)
        for claim, ref_label in rows:
            c = claim
            by_field[c.field_id].append(ClaimDetail(
                c.id, _format(c, ref_label, lang, labels), c.status, c.created_by, c.created_at,
                c.reviewed_by, c.reviewed_at, c.review_note, tuple(evidence.get(c.id, ())),
            ))
        fields = tuple(
            FieldDetail(column, stats.get((record.id, column.field_id), (0, 0, False))[2],
                        tuple(sorted(by_field.get(column.field_id, []),
                                     key=lambda d: _STATUS_ORDER.get(d.status, 9))))
            for column in _columns(session, rtype.id)
        )
        return RecordDetail(record.id, record.label, rtype.key, record.description,
                            tuple(aliases_of(session, record.id)), fields)


def _columns(session: Session, record_type_id: str) -> list[FieldColumn]:
    return [FieldColumn(f.id, f.key, f.label_en, f.label_nl, f.datatype, f.multiple)
            for f in fields_of(session, record_type_id)]


def _field_stats(session: Session, record_ids: list[str]) -> dict[tuple[str, str], tuple[int, int, bool]]:
    """(record id, field id) -> (live claims, distinct live values, conflict), in one query."""
    if not record_ids:
        return {}
    stmt = (
        # sqlmodel's select() has typed overloads for up to 4 columns; at runtime 5 work alike.
        select(Claim.record_id, Claim.field_id, FieldDef.multiple, sa.func.count(),  # type: ignore[call-overload]
               sa.func.count(sa.distinct(_VALUE_KEY)))
        .join(FieldDef, col(FieldDef.id) == Claim.field_id)
        .where(col(Claim.record_id).in_(record_ids), col(Claim.status).in_(LIVE_STATUSES))
        .group_by(Claim.record_id, Claim.field_id, FieldDef.multiple)
    )
    return {(r, f): (live, distinct, not multiple and distinct > 1)
            for r, f, multiple, live, distinct in session.exec(stmt)}


def _formatted_claims(
    session: Session, record_ids: list[str], statuses: tuple[str, ...], lang: str,
    labels: dict[str, dict[str, dict[str, str]]], only: set[tuple[str, str]] | None = None,
) -> dict[tuple[str, str], list[str]]:
    """(record id, field id) -> formatted values of claims in `statuses`, oldest first."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    if not record_ids:
        return out
    ref = aliased(Record)
    stmt = (
        select(Claim, ref.label).outerjoin(ref, col(ref.id) == Claim.ref_record_id)
        .where(col(Claim.record_id).in_(set(record_ids)), col(Claim.status).in_(statuses))
        .order_by(col(Claim.created_at), col(Claim.id))
    )
    for claim, ref_label in session.exec(stmt):
        key = (claim.record_id, claim.field_id)
        if only is None or key in only:
            out[key].append(_format(claim, ref_label, lang, labels))
    return out


def _format(claim: Claim, ref_label: str | None, lang: str,
            enum_labels: dict[str, dict[str, dict[str, str]]]) -> str:
    """A claim's value for display: a reference shows the referenced record's current label,
    a choice its label."""
    if claim.ref_record_id is not None and ref_label is not None:
        return ref_label
    if claim.kind == "enum":
        return choice_label(enum_labels.get(claim.field_id), claim.value_text, lang)
    return format_value(claim_value(claim), lang)

