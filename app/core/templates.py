"""Export templates: which record types and fields a ministry's workbook holds, in which order,
with which headers, language, claim statuses, row filters and summary charts.

Templates live in the project (table export_template, the definition as JSON). A default
template ships in resources/templates/ and is installed into new projects; a project
without templates falls back to it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from app.core.errors import ClaimdeskError, InvalidValue, NotFound
from app.paths import resources_dir
from database.models import ExportTemplate, FieldDef, RecordType, utc_now

if TYPE_CHECKING:
    from app.core.project import Project

DEFAULT_TEMPLATE = "ministry"
EXPORT_STATUSES = ("accepted", "proposed", "disputed")
FILTER_OPS = ("eq", "ne", "in", "gt", "gte", "lt", "lte")
CHART_KINDS = ("bar", "column", "pie")
LANGS = ("en", "nl")


@dataclass(frozen=True)
class FieldColumn:
    """A field on a sheet, with optional headers that replace the schema's labels."""

    key: str
    header_en: str | None = None
    header_nl: str | None = None


@dataclass(frozen=True)
class RowFilter:
    """Keep a record only when one of its exported claims for `field` passes `op value`."""

    field: str
    op: str
    value: Any

    def describe(self) -> str:
        """`country eq NL` for the About sheet."""
        return f"{self.field} {self.op} {self.value}"


@dataclass(frozen=True)
class SheetSpec:
    """One record type's sheet; no fields listed means every field in schema order."""

    type_key: str
    fields: tuple[FieldColumn, ...] = ()
    filters: tuple[RowFilter, ...] = ()
    label_en: str | None = None
    label_nl: str | None = None


@dataclass(frozen=True)
class ChartSpec:
    """A chart on the Summary sheet: `value` of records of `type_key` grouped by `group_by`."""

    title_en: str
    title_nl: str
    type_key: str
    group_by: str
    value: str | None
    aggregate: str = "sum"
    kind: str = "bar"


@dataclass(frozen=True)
class TemplateSpec:
    """A whole template, as stored in the project."""

    name: str
    description: str
    lang: str
    statuses: tuple[str, ...]
    sheets: tuple[SheetSpec, ...]
    charts: tuple[ChartSpec, ...] = ()
    definition: dict[str, Any] | None = None


def parse_template(raw: dict[str, Any], name: str | None = None) -> TemplateSpec:
    """A template from its TOML/JSON definition; a broken one gets one clear sentence."""
    try:
        sheets = tuple(_sheet(s) for s in raw.get("sheets", []))
        charts = tuple(_chart(c) for c in raw.get("charts", []))
        spec = TemplateSpec(
            name=str(name or raw["name"]).strip(), description=str(raw.get("description", "")),
            lang=str(raw.get("lang", "en")), statuses=tuple(raw.get("statuses", ["accepted"])),
            sheets=sheets, charts=charts, definition=dict(raw),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidValue(f"the template is not valid: {exc}") from exc
    if not spec.name:
        raise InvalidValue("the template needs a name")
    if spec.lang not in LANGS:
        raise InvalidValue(f"the template's lang must be en or nl, not {spec.lang!r}")
    bad = [s for s in spec.statuses if s not in EXPORT_STATUSES]
    if bad or not spec.statuses:
        raise InvalidValue(f"the template's statuses must be among {', '.join(EXPORT_STATUSES)}")
    if not spec.sheets:
        raise InvalidValue("the template lists no sheets")
    return spec


def _sheet(raw: dict[str, Any]) -> SheetSpec:
    fields = []
    for f in raw.get("fields", []):
        if isinstance(f, str):
            fields.append(FieldColumn(f))
        else:
            fields.append(FieldColumn(str(f["key"]), f.get("header_en"), f.get("header_nl")))
    filters = []
    for f in raw.get("filters", []):
        op = str(f.get("op", "eq"))
        if op not in FILTER_OPS:
            raise ValueError(f"filter op {op!r} is not one of {', '.join(FILTER_OPS)}")
        filters.append(RowFilter(str(f["field"]), op, f["value"]))
    return SheetSpec(str(raw["type"]), tuple(fields), tuple(filters),
                     raw.get("label_en"), raw.get("label_nl"))


def _chart(raw: dict[str, Any]) -> ChartSpec:
    aggregate = str(raw.get("aggregate", "sum"))
    kind = str(raw.get("kind", "bar"))
    if aggregate not in ("sum", "count") or kind not in CHART_KINDS:
        raise ValueError(f"chart {raw.get('title_en')!r} needs aggregate sum|count and kind bar|column|pie")
    title = str(raw["title_en"])
    return ChartSpec(title, str(raw.get("title_nl", title)), str(raw["type"]), str(raw["group_by"]),
                     raw.get("value"), aggregate, kind)


def check_against_schema(session: Session, spec: TemplateSpec) -> None:
    """Refuse a template that names record types or fields the project does not have."""
    types = {t.key: t for t in session.exec(select(RecordType))}
    fields: dict[str, set[str]] = {}
    for f in session.exec(select(FieldDef)):
        fields.setdefault(f.record_type_id, set()).add(f.key)

    def known(type_key: str, field_key: str | None, where: str) -> None:
        if type_key not in types:
            raise InvalidValue(f"the template {spec.name!r} names unknown record type {type_key!r} ({where})")
        if field_key and field_key != "label" and field_key not in fields.get(types[type_key].id, set()):
            raise InvalidValue(f"the template {spec.name!r} names unknown field {type_key}.{field_key} ({where})")

    for sheet in spec.sheets:
        known(sheet.type_key, None, "sheets")
        for fc in sheet.fields:
            known(sheet.type_key, fc.key, "fields")
        for flt in sheet.filters:
            known(sheet.type_key, flt.field, "filters")
    for chart in spec.charts:
        known(chart.type_key, chart.group_by, f"chart {chart.title_en}")
        known(chart.type_key, chart.value, f"chart {chart.title_en}")


def template_from_file(path: Path, name: str | None = None) -> TemplateSpec:
    """Read a template from a TOML file."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ClaimdeskError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidValue(f"the template file {path} is not valid TOML: {exc}") from exc
    return parse_template(raw, name)


def default_template() -> TemplateSpec:
    """The template that ships with Claimdesk."""
    return template_from_file(resources_dir() / "templates" / f"{DEFAULT_TEMPLATE}.toml")


def install_default_templates(session: Session, editor: str) -> None:
    """Put the shipped template into a new project (called by create_project)."""
    spec = default_template()
    session.add(ExportTemplate(name=spec.name, definition=spec.definition or {}, created_by=editor))


def list_templates(project: Project) -> list[ExportTemplate]:
    """The project's templates by name."""
    with project.read() as session:
        return list(session.exec(select(ExportTemplate).order_by(col(ExportTemplate.name))))


def get_template(project: Project, name: str | None = None) -> TemplateSpec:
    """A template by name; without a name the project's default, else the shipped one."""
    wanted = name or DEFAULT_TEMPLATE
    with project.read() as session:
        row = session.exec(select(ExportTemplate).where(ExportTemplate.name == wanted)).first()
        if row is not None:
            spec = parse_template(row.definition, row.name)
            check_against_schema(session, spec)
            return spec
        if name is None or name == DEFAULT_TEMPLATE:
            spec = default_template()  # projects made before templates existed
            check_against_schema(session, spec)
            return spec
        known = ", ".join(session.exec(select(ExportTemplate.name))) or "none"
    raise NotFound(f"no template named {name!r}; the project has: {known}")


def add_template(project: Project, spec: TemplateSpec, replace: bool = False) -> ExportTemplate:
    """Store a template in the project; an existing name needs `replace`."""
    with project.write("add template") as session:
        check_against_schema(session, spec)
        row = session.exec(select(ExportTemplate).where(ExportTemplate.name == spec.name)).first()
        if row is not None and not replace:
            raise InvalidValue(f"a template named {spec.name!r} exists; use --replace to overwrite it")
        definition = dict(spec.definition or {})
        definition["name"] = spec.name
        if row is None:
            row = ExportTemplate(name=spec.name, definition=definition, created_by=project.editor)
        else:
            row.definition = definition
            row.updated_at = utc_now()
        session.add(row)
    return row


def remove_template(project: Project, name: str) -> ExportTemplate:
    """Delete a template from the project (the change log keeps its definition)."""
    with project.write("remove template") as session:
        row = session.exec(select(ExportTemplate).where(ExportTemplate.name == name)).first()
        if row is None:
            raise NotFound(f"no template named {name!r}")
        session.delete(row)
    return row
