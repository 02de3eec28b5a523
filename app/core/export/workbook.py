"""The ministry workbook (first version): record sheets, Claims, Sources and About."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import col, select

from app import __version__
from app.core.claim_views import ClaimView, list_claims
from app.core.errors import ClaimdeskError
from app.core.export.cells import fit_cell_text, needs_quote_prefix
from app.core.project import Project
from app.core.schema import fields_of, record_types
from database.models import Document, Record

PAGE = 5000


def export_workbook(project: Project, target: Path, lang: str = "en",
                    statuses: tuple[str, ...] = ("accepted",)) -> dict[str, int]:
    """Write the workbook to `target` atomically; returns counts of what went in."""
    target = Path(target)
    if not target.parent.is_dir():
        raise ClaimdeskError(f"the folder {target.parent} does not exist")
    claims = [c for s in statuses for c in _all_claims(project, s)]
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    counts = {"claims": len(claims)}
    counts["records"] = _record_sheets(project, wb, claims, lang)
    _claims_sheet(wb, claims, lang)
    counts["sources"] = _sources_sheet(project, wb, claims)
    _about_sheet(project, wb, lang, counts)
    _save_atomically(wb, target)
    return counts


def _all_claims(project: Project, status: str) -> list[ClaimView]:
    out: list[ClaimView] = []
    while True:
        page = list_claims(project, status=status, limit=PAGE, offset=len(out))
        out.extend(page)
        if len(page) < PAGE:
            return sorted(out, key=lambda c: (c.record_label.casefold(), c.field_key, c.claim.id))


def set_cell(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write a value; text Excel would run as a formula stays text with a quote prefix."""
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        value = fit_cell_text(value)
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str) and needs_quote_prefix(value):
        cell.data_type = "s"  # openpyxl would otherwise store a leading '=' as a formula
        cell.quotePrefix = True
    return cell


def _header(ws: Worksheet, labels: list[str]) -> None:
    for index, label in enumerate(labels, start=1):
        set_cell(ws, 1, index, label)
        ws.column_dimensions[get_column_letter(index)].width = max(12, min(50, len(label) + 4))
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet) -> None:
    if ws.max_row >= 1 and ws.max_column >= 1:
        ws.auto_filter.ref = ws.dimensions


def _display(claim: ClaimView) -> Any:
    c = claim.claim
    if c.amount is not None:
        return c.amount
    if c.lower is not None or c.upper is not None:
        return c.value_text
    return c.date or c.value_text


def _record_sheets(project: Project, wb: Workbook, claims: list[ClaimView], lang: str) -> int:
    by_record: dict[str, dict[str, ClaimView]] = {}
    for claim in claims:
        by_record.setdefault(claim.claim.record_id, {}).setdefault(claim.field_key, claim)
    with project.read() as session:
        total = 0
        for rtype in record_types(session):
            fields = fields_of(session, rtype.id)
            ws = wb.create_sheet((rtype.label_nl if lang == "nl" else rtype.label_en)[:31])
            _header(ws, ["id", "label"] + [f.label_nl if lang == "nl" else f.label_en for f in fields])
            records = session.exec(select(Record).where(Record.record_type_id == rtype.id,
                                                        col(Record.merged_into_id).is_(None))
                                   .order_by(col(Record.label)))
            for row, record in enumerate(records, start=2):
                set_cell(ws, row, 1, record.id)
                set_cell(ws, row, 2, record.label)
                for index, f in enumerate(fields, start=3):
                    claim = by_record.get(record.id, {}).get(f.key)
                    if claim is not None:
                        set_cell(ws, row, index, _display(claim))
                total += 1
            ws.column_dimensions["A"].hidden = True
            _finish(ws)
    return total


def _claims_sheet(wb: Workbook, claims: list[ClaimView], lang: str) -> None:
    ws = wb.create_sheet("Claims")
    _header(ws, ["claim id", "record", "field", "value", "status", "reviewer", "quote",
                 "document", "page"])
    for row, c in enumerate(claims, start=2):
        ev = c.evidence[0] if c.evidence else None
        values = [c.claim.id, c.record_label, c.field_label_nl if lang == "nl" else c.field_label_en,
                  _display(c), c.claim.status, c.claim.reviewed_by or "",
                  ev.quote if ev else "", ev.document_title if ev else "", ev.page if ev else None]
        for column, value in enumerate(values, start=1):
            set_cell(ws, row, column, value)
    _finish(ws)


def _sources_sheet(project: Project, wb: Workbook, claims: list[ClaimView]) -> int:
    ws = wb.create_sheet("Sources")
    _header(ws, ["document id", "title", "publisher", "published", "url", "file"])
    cited = sorted({e.document_id for c in claims for e in c.evidence})
    with project.read() as session:
        docs = [session.get(Document, d) for d in cited]
    for row, doc in enumerate((d for d in docs if d is not None), start=2):
        for column, value in enumerate(
            [doc.id, doc.title, doc.publisher, doc.published, doc.url, doc.filename], start=1
        ):
            set_cell(ws, row, column, value)
    _finish(ws)
    return len(cited)


def _about_sheet(project: Project, wb: Workbook, lang: str, counts: dict[str, int]) -> None:
    ws = wb.create_sheet("About")
    info = project.info()
    rows = [("Project", info.name), ("Project id", info.id), ("Language", lang),
            ("Exported at", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
            ("Editor", project.editor), ("Claimdesk version", __version__)]
    rows += [(f"Count of {k}", v) for k, v in counts.items()]
    for row, (key, value) in enumerate(rows, start=1):
        set_cell(ws, row, 1, key)
        set_cell(ws, row, 2, value)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 48


def _save_atomically(wb: Workbook, target: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=".claimdesk-export-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ClaimdeskError(
                f"cannot write {target}: it is open in another program or read-only; close it and try again"
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
