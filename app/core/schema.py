"""The project's schema: record types and their fields, loaded from a TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from app.core.errors import ClaimdeskError, NotFound
from app.paths import resources_dir
from database.models import FieldDef, RecordType

if TYPE_CHECKING:  # project imports schema, so only for the annotation
    from app.core.project import Project

DEFAULT_SCHEMA = "ai-infrastructure"
DATATYPES = frozenset(
    {"text", "number", "quantity", "money", "date", "period", "enum", "reference", "url", "boolean"}
)


@dataclass(frozen=True)
class FieldSpec:
    """A field as written in a schema file."""

    key: str
    datatype: str
    label_en: str
    label_nl: str
    unit: str | None = None
    currency: str | None = None
    ref_type: str | None = None
    choices: tuple[str, ...] | None = None
    # Choice key -> {"en": label, "nl": label}: what the window and the workbook show.
    choice_labels: dict[str, dict[str, str]] | None = None
    multiple: bool = False
    required: bool = False


@dataclass(frozen=True)
class TypeSpec:
    """A record type as written in a schema file."""

    key: str
    label_en: str
    label_nl: str
    description: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SchemaSpec:
    """A whole schema file."""

    name: str
    types: tuple[TypeSpec, ...]


def schema_path(name_or_path: str | None) -> Path:
    """The file behind a schema name (`ai-infrastructure`) or a path to a TOML file."""
    name = name_or_path or DEFAULT_SCHEMA
    candidate = Path(name)
    if candidate.suffix == ".toml" or candidate.exists():
        path = candidate
    else:
        path = resources_dir() / "schemas" / f"{name}.toml"
    if not path.is_file():
        raise NotFound(f"no schema named {name!r} (looked for {path})")
    return path


def load_schema(name_or_path: str | None = None) -> SchemaSpec:
    """Read and validate a schema file; a broken file gets one clear sentence."""
    path = schema_path(name_or_path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        types = tuple(_type_spec(t) for t in raw["types"])
        spec = SchemaSpec(name=str(raw.get("name", path.stem)), types=types)
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ClaimdeskError(f"the schema file {path} is not valid: {exc}") from exc
    _check_references(spec)
    return spec


def _type_spec(raw: dict[str, object]) -> TypeSpec:
    fields = tuple(_field_spec(f) for f in raw.get("fields", []))  # type: ignore[attr-defined]
    return TypeSpec(
        key=str(raw["key"]),
        label_en=str(raw["label_en"]),
        label_nl=str(raw.get("label_nl", raw["label_en"])),
        description=str(raw.get("description", "")),
        fields=fields,
    )


def _field_spec(raw: dict[str, object]) -> FieldSpec:
    datatype = str(raw["datatype"])
    if datatype not in DATATYPES:
        raise ValueError(f"field {raw.get('key')!r} has unknown datatype {datatype!r}")
    choices = raw.get("choices")
    labels = raw.get("choice_labels")
    if labels is not None and (not isinstance(labels, dict) or not isinstance(choices, list)
                               or set(labels) - set(choices)):
        raise ValueError(f"field {raw.get('key')!r} labels choices it does not have")
    return FieldSpec(
        key=str(raw["key"]),
        datatype=datatype,
        label_en=str(raw["label_en"]),
        label_nl=str(raw.get("label_nl", raw["label_en"])),
        unit=raw.get("unit"),  # type: ignore[arg-type]
        currency=raw.get("currency"),  # type: ignore[arg-type]
        ref_type=raw.get("ref_type"),  # type: ignore[arg-type]
        choices=tuple(choices) if isinstance(choices, list) else None,
        choice_labels={str(k): {lang: str(v[lang]) for lang in ("en", "nl") if lang in v}
                       for k, v in labels.items()} if isinstance(labels, dict) else None,
        multiple=bool(raw.get("multiple", False)),
        required=bool(raw.get("required", False)),
    )


def _check_references(spec: SchemaSpec) -> None:
    keys = {t.key for t in spec.types}
    for t in spec.types:
        for f in t.fields:
            if f.datatype == "reference" and f.ref_type not in keys:
                raise ClaimdeskError(
                    f"the schema's field {t.key}.{f.key} refers to unknown type {f.ref_type!r}"
                )


def install_schema(session: Session, spec: SchemaSpec) -> None:
    """Write the schema's record types and fields into a new project."""
    for position, t in enumerate(spec.types):
        rtype = RecordType(
            key=t.key, label_en=t.label_en, label_nl=t.label_nl,
            description=t.description, position=position,
        )
        session.add(rtype)
        session.flush()  # parents first: there are no ORM relationships to order inserts
        for fpos, f in enumerate(t.fields):
            session.add(
                FieldDef(
                    record_type_id=rtype.id, key=f.key, label_en=f.label_en, label_nl=f.label_nl,
                    datatype=f.datatype, unit=f.unit, currency=f.currency, ref_type=f.ref_type,
                    choices=list(f.choices) if f.choices else None, choice_labels=f.choice_labels,
                    multiple=f.multiple, required=f.required, position=fpos,
                )
            )


def enum_labels(session: Session) -> dict[str, dict[str, dict[str, str]]]:
    """Field id -> its choices' labels (`{"public_body": {"en": ..., "nl": ...}}`), for
    every enum field that has them."""
    stmt = select(FieldDef.id, FieldDef.choice_labels).where(FieldDef.datatype == "enum")
    return {field_id: dict(labels) for field_id, labels in session.exec(stmt) if labels}


def record_types(session: Session) -> list[RecordType]:
    """All record types in schema order."""
    return list(session.exec(select(RecordType).order_by(col(RecordType.position))))


def fields_of(session: Session, record_type_id: str) -> list[FieldDef]:
    """The fields of one record type in schema order."""
    stmt = select(FieldDef).where(FieldDef.record_type_id == record_type_id).order_by(col(FieldDef.position))
    return list(session.exec(stmt))


def schema_types(project: "Project") -> list[tuple[RecordType, list[FieldDef]]]:
    """Every record type with its fields, in schema order (for pickers)."""
    with project.read() as session:
        return [(t, fields_of(session, t.id)) for t in record_types(session)]


def get_record_type(session: Session, key: str) -> RecordType:
    """A record type by key or English/Dutch label (case-insensitive)."""
    wanted = key.strip().casefold()
    for rtype in record_types(session):
        if wanted in {rtype.key.casefold(), rtype.label_en.casefold(), rtype.label_nl.casefold()}:
            return rtype
    known = ", ".join(t.key for t in record_types(session))
    raise NotFound(f"no record type {key!r}; known types: {known}")


def get_field(session: Session, record_type: RecordType, key: str) -> FieldDef:
    """A field of `record_type` by key or label (case-insensitive)."""
    wanted = key.strip().casefold()
    fields = fields_of(session, record_type.id)
    for f in fields:
        if wanted in {f.key.casefold(), f.label_en.casefold(), f.label_nl.casefold()}:
            return f
    known = ", ".join(f.key for f in fields)
    raise NotFound(f"{record_type.key} has no field {key!r}; its fields: {known}")
