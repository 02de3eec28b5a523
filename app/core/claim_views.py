"""Read-side views of claims: a page of claims with their records, fields and quotes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from app.core.project import Project
from app.core.values import choice_label, claim_value, format_value
from database.models import Annotation, Claim, Document, Evidence, FieldDef, Record, RecordType


@dataclass(frozen=True)
class EvidenceView:
    """One quote supporting a claim, with where it stands."""

    annotation_id: str
    document_id: str
    document_title: str
    quote: str
    start: int
    end: int
    page: int | None


@dataclass(frozen=True)
class ClaimView:
    """A claim with what a listing or export needs around it."""

    claim: Claim
    record_label: str
    type_key: str
    field_key: str
    field_label_en: str
    field_label_nl: str
    datatype: str
    multiple: bool
    evidence: tuple[EvidenceView, ...]
    choice_labels: dict[str, dict[str, str]] | None = None  # of an enum field

    def field_label(self, lang: str = "en") -> str:
        """The field's label in `lang` (English when it has no Dutch one)."""
        return self.field_label_nl if lang == "nl" and self.field_label_nl else self.field_label_en

    def value_display(self, lang: str = "en") -> str:
        """The value as a reader sees it: formatted numbers and dates, a choice's label."""
        claim = self.claim
        if claim.kind in ("quantity", "money", "date", "period"):
            return format_value(claim_value(claim), lang)
        if claim.kind == "enum":
            return choice_label(self.choice_labels, claim.value_text, lang)
        return claim.value_text

    @property
    def unsourced(self) -> bool:
        """A claim with no evidence is allowed but flagged."""
        return not self.evidence


def page_of(page_starts: list[int] | None, offset: int) -> int | None:
    """The 1-based page an offset falls on, for paged documents."""
    if not page_starts:
        return None
    page = 0
    for index, start in enumerate(page_starts):
        if start <= offset:
            page = index
        else:
            break
    return page + 1


ClaimRow = tuple[Claim, str, str, FieldDef]


def claim_rows() -> Select[Claim, str, str, FieldDef]:
    """Claims joined with their record's label, type key and field: what a ClaimView needs."""
    return (
        select(Claim, Record.label, RecordType.key, FieldDef)
        .join(Record, col(Record.id) == Claim.record_id)
        .join(RecordType, col(RecordType.id) == Record.record_type_id)
        .join(FieldDef, col(FieldDef.id) == Claim.field_id)
    )


def views_of_rows(session: Session, rows: Sequence[ClaimRow]) -> list[ClaimView]:
    """ClaimViews of joined rows, with all their evidence read in one query."""
    evidence = evidence_for(session, [c.id for c, *_ in rows])
    return [
        ClaimView(c, label, tkey, f.key, f.label_en, f.label_nl, f.datatype, f.multiple,
                  tuple(evidence.get(c.id, ())), f.choice_labels)
        for c, label, tkey, f in rows
    ]


def list_claims(
    project: Project, record_id: str | None = None, status: str | None = None,
    document_id: str | None = None, field_id: str | None = None, type_key: str | None = None,
    limit: int = 100, offset: int = 0,
) -> list[ClaimView]:
    """A page of claims (newest first) with records, fields and evidence quotes."""
    stmt = (
        claim_rows()
        .order_by(col(Claim.created_at).desc(), col(Claim.id)).limit(limit).offset(offset)
    )
    if record_id is not None:
        stmt = stmt.where(Claim.record_id == record_id)
    if status is not None:
        stmt = stmt.where(Claim.status == status)
    if field_id is not None:
        stmt = stmt.where(Claim.field_id == field_id)
    if type_key is not None:
        stmt = stmt.where(RecordType.key == type_key)
    if document_id is not None:
        cited = (
            select(Evidence.claim_id).join(Annotation, col(Annotation.id) == Evidence.annotation_id)
            .where(Annotation.document_id == document_id)
        )
        stmt = stmt.where(col(Claim.id).in_(cited))
    with project.read() as session:
        return views_of_rows(session, list(session.exec(stmt)))


def evidence_for(session: Session, claim_ids: list[str]) -> dict[str, list[EvidenceView]]:
    """Evidence quotes of many claims in one query, in text order."""
    out: dict[str, list[EvidenceView]] = defaultdict(list)
    if not claim_ids:
        return out
    for chunk_start in range(0, len(claim_ids), 500):  # SQLite's bound-parameter limit
        chunk = claim_ids[chunk_start : chunk_start + 500]
        stmt = (
            select(Evidence.claim_id, Annotation, Document.title, col(Document.page_starts))
            .join(Annotation, col(Annotation.id) == Evidence.annotation_id)
            .join(Document, col(Document.id) == Annotation.document_id)
            .where(col(Evidence.claim_id).in_(chunk))
            .order_by(col(Annotation.document_id), col(Annotation.start))
        )
        for claim_id, ann, title, pages in session.exec(stmt):
            out[claim_id].append(EvidenceView(ann.id, ann.document_id, title, ann.quote,
                                              ann.start, ann.end, page_of(pages, ann.start)))
    return out


def count_claims_by_status(project: Project) -> dict[str, int]:
    """How many claims stand in each status."""
    with project.read() as session:
        rows = session.exec(select(Claim.status, sa.func.count()).group_by(Claim.status))
        return {status: n for status, n in rows}


def claim_view(project: Project, claim_id: str) -> ClaimView:
    """One claim with its record, field and evidence."""
    with project.read() as session:
        return views_of_rows(session, [session.exec(claim_rows().where(Claim.id == claim_id)).one()])[0]


def claims_of_annotation(project: Project, annotation_id: str) -> list[ClaimView]:
    """The claims an annotation is evidence for (oldest first), with their evidence."""
    stmt = (
        claim_rows()
        .join(Evidence, col(Evidence.claim_id) == Claim.id)
        .where(Evidence.annotation_id == annotation_id)
        .order_by(col(Claim.created_at), col(Claim.id))
    )
    with project.read() as session:
        return views_of_rows(session, list(session.exec(stmt)))


@dataclass(frozen=True)
class AnnotationSpan:
    """An annotation's span with the statuses of the claims it supports (for highlighting)."""

    annotation_id: str
    start: int
    end: int
    label: str | None
    statuses: tuple[str, ...]


def annotation_spans(project: Project, document_id: str) -> list[AnnotationSpan]:
    """Every annotation of a document in text order, with its claims' statuses, in one query."""
    stmt = (
        # sqlmodel's select() has typed overloads for up to 4 columns; at runtime 5 work alike.
        select(Annotation.id, Annotation.start, Annotation.end,  # type: ignore[call-overload]
               Annotation.label, Claim.status)
        .outerjoin(Evidence, col(Evidence.annotation_id) == Annotation.id)
        .outerjoin(Claim, col(Claim.id) == Evidence.claim_id)
        .where(Annotation.document_id == document_id)
        .order_by(col(Annotation.start), col(Annotation.end), col(Annotation.id))
    )
    spans: dict[str, tuple[int, int, str | None, list[str]]] = {}
    with project.read() as session:
        for ann_id, start, end, label, status in session.exec(stmt):
            entry = spans.setdefault(ann_id, (start, end, label, []))
            if status is not None:
                entry[3].append(status)
    return [AnnotationSpan(i, s, e, lab, tuple(st)) for i, (s, e, lab, st) in spans.items()]
