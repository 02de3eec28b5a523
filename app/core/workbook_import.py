"""The way back: a ministry edits an exported workbook; every changed cell becomes a proposed claim.

The returned workbook is stored as a source document whose text lists the changed cells,
one line each (`Facility!G5: 18,000 → 20,000`); an annotation on that line is the new
claim's evidence. Cells are compared with what the export showed: each record row carries
its id and the ids of the claims shown (hidden columns), and a claim's value never changes
after it is made, so edits made in Claimdesk since the export are not mistaken for the
ministry's. Unchanged cells create nothing; the same file twice creates nothing new.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypedDict

from openpyxl import load_workbook
from sqlmodel import Session, col, select

from app.core.errors import ClaimdeskError
from app.core.export.cells import column_letter, fit_cell_text, iso_of, precision_of_format
from app.core.export.layout import META_SHEET, words
from app.core.export.render import display, typed_cell
from app.core.export.stream import ExportClaim
from app.core.importers import ImportLimits, ImportRefused
from app.core.project import Project
from app.core.typed_values import typed_value
from database.fts import index_document
from database.models import (
    Annotation, Claim, Document, DocumentFile, DocumentText, Evidence, FieldDef, Record, RecordType,
)

MAX_WORKBOOK_BYTES = 100 * 1024 * 1024
NUMERIC = ("money", "quantity", "number")
SHOWN_CHARS = 120  # of a value in the listing of changes


@dataclass(frozen=True)
class CellChange:
    """A changed cell (or range pair) and the proposed claim made of it."""

    cell: str
    line: str
    claim_id: str


@dataclass
class WorkbookImportResult:
    """What an import did: claims proposed, cells unchanged, what could not be matched."""

    document_id: str | None
    already_imported: bool = False
    changes: list[CellChange] = field(default_factory=list)
    unchanged: int = 0
    unmatched: list[str] = field(default_factory=list)


@dataclass
class _Column:
    index: int  # 1-based
    role: str
    field_key: str | None


@dataclass
class _Pending:
    """A change found while reading, turned into a claim once the listing text exists."""

    cell: str
    line: str
    claim: Claim


def read_checked(path: Path) -> bytes:
    """The file's bytes, refused early when too large or shaped like a zip bomb."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_WORKBOOK_BYTES:
            raise ClaimdeskError(f"{path.name} is {size // 1024 // 1024} MB, over the workbook limit of "
                                 f"{MAX_WORKBOOK_BYTES // 1024 // 1024} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ClaimdeskError(f"cannot read {path}: {exc.strerror or exc}") from exc
    from app.core.importers.safety import check_zip

    try:
        check_zip(data, ImportLimits(max_file_bytes=MAX_WORKBOOK_BYTES), "workbook")
    except ImportRefused as exc:
        raise ClaimdeskError(str(exc)) from exc
    return data


def import_workbook(project: Project, path: Path) -> WorkbookImportResult:
    """Propose a claim for every cell of a returned workbook that differs from the export."""
    path = Path(path)
    data = read_checked(path)
    sha = hashlib.sha256(data).hexdigest()
    with project.read() as session:
        existing = session.exec(select(Document).where(Document.sha256 == sha)).first()
        if existing is not None:
            return WorkbookImportResult(existing.id, already_imported=True)
    try:  # defusedxml is installed, so openpyxl parses the XML safely
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ClaimdeskError(f"{path.name} is not a readable .xlsx workbook") from exc
    try:
        facts, columns = _read_meta(wb, path.name)
        project_id = project.info().id
        if facts.get("project_id") != project_id:
            raise ClaimdeskError(f"{path.name} was exported from another project; open that project to import it")
        lang = facts.get("lang", "en")
        with project.write("import workbook") as session:
            result = WorkbookImportResult(None)
            pending: list[_Pending] = []
            for sheet, cols in columns.items():
                if sheet not in wb.sheetnames:
                    result.unmatched.append(f"sheet {sheet!r} is missing from the workbook")
                    continue
                _read_sheet(session, wb[sheet], sheet, cols, lang, project.editor, result, pending)
            if pending:
                result.document_id = _store(session, project.editor, path.name, data, sha, lang,
                                            pending, result)
    finally:
        wb.close()
    return result


def _read_meta(wb: Any, name: str) -> tuple[dict[str, str], dict[str, list[_Column]]]:
    if META_SHEET not in wb.sheetnames:
        raise ClaimdeskError(f"{name} was not exported by Claimdesk (its bookkeeping sheet is missing)")
    facts: dict[str, str] = {}
    columns: dict[str, list[_Column]] = {}
    for row in wb[META_SHEET].iter_rows(values_only=True):
        kind = row[0] if row else None
        if kind == "fact":
            facts[str(row[1])] = str(row[2])
        elif kind == "column":
            columns.setdefault(str(row[1]), []).append(_Column(int(row[2]), str(row[3]),
                                                               row[5] if len(row) > 5 else None))
    return facts, columns


def _read_sheet(session: Session, ws: Any, sheet: str, cols: list[_Column], lang: str, editor: str,
                result: WorkbookImportResult, pending: list[_Pending]) -> None:
    role_col = {c.role: c.index for c in cols if c.field_key is None}
    by_field: dict[str, list[_Column]] = {}
    for c in cols:
        if c.field_key:
            by_field.setdefault(c.field_key, []).append(c)
    for row_number, cells in enumerate(ws.iter_rows(min_row=2), start=2):
        cells = tuple(cells)
        if not any(getattr(c, "value", None) not in (None, "") for c in cells):
            continue
        record = _row_record(session, cells, role_col, sheet, row_number, result)
        if record is None:
            continue
        shown = _shown_claims(session, _cell(cells, role_col.get("claims")))
        rtype = session.get(RecordType, record.record_type_id)
        for key, fcols in by_field.items():
            fdef = session.exec(select(FieldDef).where(FieldDef.record_type_id == record.record_type_id,
                                                       FieldDef.key == key)).first()
            if fdef is None or rtype is None:
                result.unmatched.append(f"{sheet}: the field {key!r} no longer exists")
                continue
            _compare_field(session, sheet, row_number, cells, fcols, fdef, record,
                           shown.get(fdef.id), lang, editor, result, pending)


def _cell(cells: tuple[Any, ...], index: int | None) -> Any:
    if index is None or index > len(cells):
        return None
    return getattr(cells[index - 1], "value", None)


def _row_record(session: Session, cells: tuple[Any, ...], role_col: dict[str, int], sheet: str,
                row_number: int, result: WorkbookImportResult) -> Record | None:
    record_id = _cell(cells, role_col.get("id"))
    label = _cell(cells, role_col.get("label"))
    if not record_id:
        result.unmatched.append(f"{sheet} row {row_number} ({label or 'no name'}): no Claimdesk id; "
                                "add the record in Claimdesk")
        return None
    record = session.get(Record, str(record_id).strip())
    seen: set[str] = set()
    while record is not None and record.merged_into_id and record.id not in seen:
        seen.add(record.id)
        record = session.get(Record, record.merged_into_id)
    if record is None:
        result.unmatched.append(f"{sheet} row {row_number} ({label or 'no name'}): "
                                f"no record with id {record_id} in this project")
    return record


def _shown_claims(session: Session, refs: Any) -> dict[str, ExportClaim]:
    """The claim each field's cell showed: the first listed per field (the export lists best first)."""
    ids = [part.split("@")[0] for part in str(refs or "").split(";") if part]
    out: dict[str, ExportClaim] = {}
    if not ids:
        return out
    claims = {c.id: c for c in session.exec(select(Claim).where(col(Claim.id).in_(ids)))}
    for claim_id in ids:
        c = claims.get(claim_id)
        if c is not None and c.field_id not in out:
            ref = session.get(Record, c.ref_record_id) if c.ref_record_id else None
            out[c.field_id] = ExportClaim(
                c.id, c.record_id, c.field_id, c.kind, c.value_text, c.amount, c.lower, c.upper, c.unit,
                c.currency, c.approximate, c.date, c.date_end, c.precision, c.ref_record_id,
                ref.label if ref else None, c.status, c.reviewed_by, c.reviewed_at, c.created_at)
    return out


def _same(old: Any, new: Any) -> bool:
    if old in (None, "") and new in (None, ""):
        return True
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new or old == new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(old - new) <= 1e-9 * max(1.0, abs(old))
    if isinstance(old, date) and isinstance(new, (date, datetime)):
        return old == (new.date() if isinstance(new, datetime) else new)
    if isinstance(old, str) and isinstance(new, str):
        return unicodedata.normalize("NFC", old.strip()) == unicodedata.normalize("NFC", new.strip())
    return False


def _show(value: Any, w: dict[str, str]) -> str:
    if value in (None, ""):
        return "(empty)"
    if isinstance(value, bool):
        return w["yes"] if value else w["no"]
    if isinstance(value, (int, float)):
        return f"{value:,}"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _compare_field(session: Session, sheet: str, row_number: int, cells: tuple[Any, ...],
                   fcols: list[_Column], fdef: FieldDef, record: Record, shown: ExportClaim | None,
                   lang: str, editor: str, result: WorkbookImportResult, pending: list[_Pending]) -> None:
    w = words(lang)
    changed: list[tuple[_Column, Any, Any, str]] = []
    for c in fcols:
        old = typed_cell(shown, c.role, lang, w).value if shown else None
        if isinstance(old, str):
            old = fit_cell_text(old)  # compare with what the cell could hold, cut or not
        cell = cells[c.index - 1] if c.index <= len(cells) else None
        new = getattr(cell, "value", None)
        if _same(old, new):
            result.unchanged += 1
        else:
            changed.append((c, old, new, getattr(cell, "number_format", None) or ""))
    if not changed:
        return
    ref = f"{sheet}!{column_letter(changed[0][0].index)}{row_number}"
    if len(changed) > 1:
        ref += f":{column_letter(changed[-1][0].index)}{row_number}"
    if all(new in (None, "") for _, _, new, _ in changed):
        result.unmatched.append(f"{ref}: the value was cleared; review the claim in Claimdesk instead")
        return
    try:
        claim = _new_claim(session, fdef, record, shown, {c.role: (new, fmt) for c, _, new, fmt in changed},
                           {c.role: getattr(cells[c.index - 1], "value", None) for c in fcols
                            if c.index <= len(cells)}, lang, editor)
    except ClaimdeskError as exc:
        result.unmatched.append(f"{ref}: {exc}")
        return
    old_text = _show(display(shown, w), w) if shown else "(empty)"
    new_text = " – ".join(_show(new, w) for _, _, new, _ in changed)
    line = unicodedata.normalize("NFC", " ".join(f"{ref}: {old_text} → {new_text}".split()))
    pending.append(_Pending(ref, line, claim))


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ClaimdeskError(f"{_show(value, words('en'))!r} is not a number")
    try:
        return Decimal(value if isinstance(value, (int, str)) else repr(value)).normalize()
    except InvalidOperation as exc:
        raise ClaimdeskError(f"{value!r} is not a number") from exc


class _ClaimBase(TypedDict):
    """The Claim fields every new claim from a workbook row shares."""

    record_id: str
    field_id: str
    status: str
    created_by: str


def _new_claim(session: Session, fdef: FieldDef, record: Record, shown: ExportClaim | None,
               changed: dict[str, tuple[Any, str]], row: dict[str, Any], lang: str, editor: str) -> Claim:
    base = _ClaimBase(record_id=record.id, field_id=fdef.id, status="proposed", created_by=editor)
    if fdef.datatype in NUMERIC:
        currency = (shown.currency if shown else None) or fdef.currency
        unit = fdef.unit or (shown.unit if shown else None)
        kind = "money" if fdef.datatype == "money" else "quantity"
        fmt = next(iter(changed.values()))[1]
        amount: Decimal | None
        lower: Decimal | None
        upper: Decimal | None
        if "value" in changed and changed["value"][0] not in (None, ""):
            amount, lower, upper = _decimal(changed["value"][0]), None, None
        else:
            lower, upper = _decimal(row.get("min")), _decimal(row.get("max"))
            amount = lower if lower == upper else None
            lower, upper = (None, None) if amount is not None else (lower, upper)
        text = str(amount) if amount is not None else f"{lower} - {upper}"
        return Claim(**base, kind=kind, value_text=text, amount=amount, lower=lower, upper=upper,
                     currency=currency if kind == "money" else None, unit=unit if kind == "quantity" else None,
                     approximate="≈" in fmt)
    if fdef.datatype in ("date", "period"):
        start = _iso(row.get("value", row.get("from")), changed)
        end = _iso(row.get("to"), changed) if fdef.datatype == "period" else None
        precision = "year" if len(start) == 4 else "month" if len(start) == 7 else "day"
        text = start if end is None else f"{start} – {end}"
        return Claim(**base, kind=fdef.datatype, value_text=text, date=start, date_end=end,
                     precision=precision)
    value = next(iter(changed.values()))[0]
    if isinstance(value, bool):
        value = "yes" if value else "no"
    typed = typed_value(session, fdef, _show(value, words("en")) if not isinstance(value, str) else value, lang)
    return Claim(**base, kind=typed.kind, value_text=typed.value_text, ref_record_id=typed.ref_record_id)


def _iso(value: Any, changed: dict[str, tuple[Any, str]]) -> str:
    fmt = next(iter(changed.values()))[1]
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return iso_of(value, precision_of_format(fmt))
    if isinstance(value, int) and 1000 <= value <= 9999:
        return f"{value:04d}"
    raise ClaimdeskError(f"{_show(value, words('en'))!r} is not a date")


def _store(session: Session, editor: str, filename: str, data: bytes, sha: str, lang: str,
           pending: list[_Pending], result: WorkbookImportResult) -> str:
    # Lines are NFC already (see _compare_field), so offsets counted here match the stored text.
    header = unicodedata.normalize("NFC", f"Changes in the returned workbook {filename}, "
                                          "compared with the Claimdesk export:\n")
    text = header + "".join(p.line + "\n" for p in pending)
    doc = Document(title=f"Returned workbook {filename}", format="xlsx", kind="workbook", language=lang,
                   filename=filename, sha256=sha, byte_size=len(data), char_count=len(text),
                   imported_by=editor)
    session.add(doc)
    session.flush()
    session.add(DocumentText(document_id=doc.id, text=text))
    session.add(DocumentFile(document_id=doc.id, data=data))
    index_document(session, doc.id, doc.title, text)
    offset = len(header)
    for p in pending:
        line = p.line
        ann = Annotation(document_id=doc.id, start=offset, end=offset + len(line), quote=line,
                         prefix=text[max(0, offset - 32):offset], suffix=text[offset + len(line):][:32],
                         label="workbook change", created_by=editor)
        offset += len(line) + 1
        session.add(ann)
        session.add(p.claim)
        session.flush()
        session.add(Evidence(claim_id=p.claim.id, annotation_id=ann.id, created_by=editor))
        result.changes.append(CellChange(p.cell, p.line, p.claim.id))
    return doc.id
