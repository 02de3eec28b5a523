"""SQLModel tables of a Claimdesk project.

Every primary key is a UUID string so that copies of a project made on several
laptops merge by id. Times are UTC ISO-8601 strings. Large payloads (document
text, original bytes) live in their own tables so listings never load them.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


def new_id() -> str:
    """A fresh UUID4 as the canonical 36-character string."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current UTC time as an ISO-8601 string with microseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


class DecimalText(sa.types.TypeDecorator[Decimal]):
    """Exact decimals stored as TEXT: SQLite has no decimal type and REAL would leak floats."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: sa.Dialect) -> str | None:
        if value is None:
            return None
        return format(Decimal(value).normalize(), "f")

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class ProjectInfo(SQLModel, table=True):
    """The one row that says which project this file is."""

    __tablename__ = "project"
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    schema_name: str
    created_at: str = Field(default_factory=utc_now)
    created_by: str
    settings: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)


class Document(SQLModel, table=True):
    """A source document; its text and original bytes live in side tables."""

    id: str = Field(default_factory=new_id, primary_key=True)
    title: str
    format: str  # txt, md, html, pdf, docx, xlsx
    kind: str | None = None  # article, letter, report, webpage, workbook ...
    publisher: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, index=True)  # partial ISO date
    url: str | None = None
    language: str | None = None
    filename: str
    sha256: str = Field(unique=True)
    byte_size: int
    char_count: int
    page_starts: list[int] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    imported_at: str = Field(default_factory=utc_now, index=True)
    imported_by: str


class DocumentText(SQLModel, table=True):
    """The extracted plain text (NFC) that annotation offsets point into."""

    __tablename__ = "document_text"
    document_id: str = Field(foreign_key="document.id", primary_key=True, ondelete="CASCADE")
    text: str


class DocumentFile(SQLModel, table=True):
    """The original file bytes, kept so the text can be re-extracted."""

    __tablename__ = "document_file"
    document_id: str = Field(foreign_key="document.id", primary_key=True, ondelete="CASCADE")
    data: bytes = Field(sa_type=sa.LargeBinary)


class Annotation(SQLModel, table=True):
    """A span of a document: `text[start:end] == quote` in code points."""

    __table_args__ = (sa.Index("ix_annotation_document_start", "document_id", "start"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    label: str | None = Field(default=None, index=True)
    note: str | None = None
    orphaned: bool = False  # set when re-extraction could not place the quote again
    created_at: str = Field(default_factory=utc_now)
    created_by: str


class RecordType(SQLModel, table=True):
    """A kind of record (organisation, facility ...) from the project's schema."""

    __tablename__ = "record_type"
    id: str = Field(default_factory=new_id, primary_key=True)
    key: str = Field(unique=True)
    label_en: str
    label_nl: str
    description: str = ""
    position: int = 0


class FieldDef(SQLModel, table=True):
    """One field of a record type, with its datatype and labels."""

    __tablename__ = "field_def"
    __table_args__ = (sa.UniqueConstraint("record_type_id", "key"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    record_type_id: str = Field(foreign_key="record_type.id", index=True)
    key: str
    label_en: str
    label_nl: str
    datatype: str  # text number quantity money date period enum reference url boolean
    unit: str | None = None
    currency: str | None = None
    ref_type: str | None = None  # record type key, for datatype reference
    choices: list[str] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    # Choice key -> {"en": ..., "nl": ...}; values are stored as keys, shown as labels.
    choice_labels: dict[str, dict[str, str]] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    multiple: bool = False
    required: bool = False
    position: int = 0


class Record(SQLModel, table=True):
    """An entity of a record type; merged records stay as redirects."""

    id: str = Field(default_factory=new_id, primary_key=True)
    record_type_id: str = Field(foreign_key="record_type.id", index=True)
    label: str = Field(index=True)
    description: str = ""
    merged_into_id: str | None = Field(default=None, foreign_key="record.id", index=True)
    created_at: str = Field(default_factory=utc_now)
    created_by: str
    updated_at: str = Field(default_factory=utc_now)


class RecordAlias(SQLModel, table=True):
    """Another name of a record (`Nvidia` for `NVIDIA Corporation`)."""

    __tablename__ = "record_alias"
    __table_args__ = (sa.UniqueConstraint("record_id", "alias"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    record_id: str = Field(foreign_key="record.id", index=True, ondelete="CASCADE")
    alias: str = Field(index=True)


class Claim(SQLModel, table=True):
    """One typed value of one field of one record, with its review state."""

    __table_args__ = (sa.Index("ix_claim_record_field_status", "record_id", "field_id", "status"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    record_id: str = Field(foreign_key="record.id", index=True)
    field_id: str = Field(foreign_key="field_def.id", index=True)
    kind: str  # quantity money date period text reference boolean
    value_text: str  # what the editor typed or selected
    amount: Decimal | None = Field(default=None, sa_type=DecimalText)
    lower: Decimal | None = Field(default=None, sa_type=DecimalText)
    upper: Decimal | None = Field(default=None, sa_type=DecimalText)
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False
    date: str | None = None
    date_end: str | None = None
    precision: str | None = None
    ref_record_id: str | None = Field(default=None, foreign_key="record.id", index=True)
    status: str = Field(default="proposed", index=True)  # proposed accepted rejected disputed
    review_note: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    created_at: str = Field(default_factory=utc_now, index=True)
    created_by: str = Field(index=True)
    updated_at: str = Field(default_factory=utc_now)


class Evidence(SQLModel, table=True):
    """Links a claim to an annotation that supports it (many to many)."""

    __table_args__ = (sa.UniqueConstraint("claim_id", "annotation_id"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    claim_id: str = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    annotation_id: str = Field(foreign_key="annotation.id", index=True, ondelete="CASCADE")
    created_at: str = Field(default_factory=utc_now)
    created_by: str


class ChangeLog(SQLModel, table=True):
    """Append-only: who changed which row, when, before and after."""

    __tablename__ = "change_log"
    id: str = Field(default_factory=new_id, primary_key=True)
    at: str = Field(default_factory=utc_now, index=True)
    editor: str = Field(index=True)
    action: str  # the use case, e.g. "accept claim"
    table_name: str
    row_id: str = Field(index=True)
    op: str  # insert update delete
    before: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    after: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))


class ExportTemplate(SQLModel, table=True):
    """Which record types, columns, labels, language and filters a ministry's workbook uses."""

    __tablename__ = "export_template"
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(unique=True)
    definition: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)
    created_at: str = Field(default_factory=utc_now)
    created_by: str
    updated_at: str = Field(default_factory=utc_now)


class DistinctPair(SQLModel, table=True):
    """Two records a reviewer said are different things: duplicate checks stop pairing them.

    `record_a` is the smaller id. No foreign keys on purpose: a pair must never keep a
    record alive that was deleted (a merge keeps rows that other rows refer to).
    """

    __tablename__ = "distinct_pair"
    __table_args__ = (sa.UniqueConstraint("record_a", "record_b"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    record_a: str = Field(index=True)
    record_b: str = Field(index=True)
    created_at: str = Field(default_factory=utc_now)
    created_by: str


class MergeConflict(SQLModel, table=True):
    """Two copies changed the same thing differently; both versions wait here until someone decides.

    Written by the merge itself (not through the change log): its id is derived from the
    conflicting changes, so merging in either direction records the same row.
    """

    __tablename__ = "merge_conflict"
    id: str = Field(primary_key=True)
    table_name: str
    row_id: str = Field(index=True)
    kind: str  # edit (same fields changed differently), delete (deleted vs edited/used), duplicate
    columns: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    kept: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    other: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))
    kept_change_id: str | None = None
    other_change_id: str | None = None
    detected_at: str = Field(default_factory=utc_now)
    resolved_at: str | None = Field(default=None, index=True)
    resolved_by: str | None = None
    resolution: str | None = None  # kept, other, dismissed
