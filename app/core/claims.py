"""Claims: typed values of record fields, with evidence in the documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from app.core.annotations import resolve_annotation
from app.core.errors import NotFound
from app.core.project import Project
from app.core.records import resolve_record
from app.core.references import by_id_or_prefix
from app.core.schema import get_field
from app.core.typed_values import TypedValue, typed_value
from database.models import Annotation, Claim, Document, Evidence, FieldDef, RecordType

STATUSES = ("proposed", "accepted", "rejected", "disputed")


@dataclass(frozen=True)
class ClaimAdded:
    """A new claim and anything the editor should know about its field."""

    claim: Claim
    warnings: list[str] = field(default_factory=list)


def add_claim(
    project: Project, record: str, field_key: str, value: str,
    evidence: list[str] | tuple[str, ...] = (), lang: str | None = None,
    claim_id: str | None = None,
) -> ClaimAdded:
    """Claim `value` for a record's field, parsed for the field's datatype, with evidence.

    The value is read in `lang`, else in the language of the first evidence's document,
    else as Dutch.
    """
    with project.write("add claim") as session:
        rec = resolve_record(session, record)
        rtype = session.get(RecordType, rec.record_type_id)
        assert rtype is not None
        fdef = get_field(session, rtype, field_key)
        annotations = [resolve_annotation(session, a) for a in evidence]
        lang = lang or _evidence_language(session, annotations) or "nl"
        typed = typed_value(session, fdef, value, lang)
        p = typed.parsed
        claim = Claim(
            record_id=rec.id, field_id=fdef.id, kind=typed.kind, value_text=typed.value_text,
            amount=p.amount, lower=p.lower, upper=p.upper, unit=p.unit, currency=p.currency,
            approximate=p.approximate, date=p.date, date_end=p.date_end, precision=p.precision,
            ref_record_id=typed.ref_record_id, created_by=project.editor,
        )
        if claim_id:
            claim.id = claim_id
        warnings = competing_warnings(session, claim, fdef)
        session.add(claim)
        session.flush()
        for annotation in annotations:
            session.add(Evidence(claim_id=claim.id, annotation_id=annotation.id,
                                 created_by=project.editor))
    return ClaimAdded(claim, warnings)


def check_claim_value(project: Project, field_id: str, value: str, lang: str) -> TypedValue:
    """Type `value` for a field without saving anything (live preview in the claim editor).

    Raises InvalidValue with the same sentence `add_claim` would.
    """
    with project.read() as session:
        fdef = session.get(FieldDef, field_id)
        if fdef is None:
            raise NotFound(f"no field {field_id!r}")
        return typed_value(session, fdef, value, lang)


def _evidence_language(session: Session, annotations: list[Annotation]) -> str | None:
    for annotation in annotations:
        doc = session.get(Document, annotation.document_id)
        if doc is not None and doc.language:
            return doc.language
    return None


def competing_warnings(session: Session, claim: Claim, fdef: FieldDef) -> list[str]:
    """Warnings when a single-valued field already has an accepted or another proposed value."""
    if fdef.multiple:
        return []
    others = session.exec(
        select(Claim).where(Claim.record_id == claim.record_id, Claim.field_id == fdef.id,
                            col(Claim.status).in_(("accepted", "proposed", "disputed")),
                            Claim.id != claim.id)
    ).all()
    warnings = []
    for other in others:
        if other.status == "accepted":
            warnings.append(f"{fdef.key} already has an accepted value: {other.value_text}")
        elif other.value_text != claim.value_text:
            warnings.append(f"{fdef.key} has a competing {other.status} value: {other.value_text}")
    return warnings


def resolve_claim(session: Session, ref: str) -> Claim:
    """A claim by id or unambiguous id prefix."""
    claim = by_id_or_prefix(session, Claim, ref, "claim")
    if claim is None:
        raise NotFound(f"no claim {ref!r}")
    return claim


def link_evidence(project: Project, claim_ref: str, annotation_ref: str) -> Evidence:
    """Add an annotation as evidence for a claim (linking twice is a no-op)."""
    with project.write("link evidence") as session:
        claim = resolve_claim(session, claim_ref)
        annotation = resolve_annotation(session, annotation_ref)
        existing = session.exec(
            select(Evidence).where(Evidence.claim_id == claim.id,
                                   Evidence.annotation_id == annotation.id)
        ).first()
        if existing is not None:
            return existing
        link = Evidence(claim_id=claim.id, annotation_id=annotation.id, created_by=project.editor)
        session.add(link)
    return link


def delete_claim(project: Project, claim_ref: str) -> Claim:
    """Remove a claim and its evidence links (the change log keeps what they were)."""
    with project.write("delete claim") as session:
        claim = resolve_claim(session, claim_ref)
        for link in session.exec(select(Evidence).where(Evidence.claim_id == claim.id)):
            session.delete(link)
        session.flush()
        session.delete(claim)
    return claim

