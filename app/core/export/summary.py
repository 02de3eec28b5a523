"""The Summary, Sources, About and bookkeeping sheets, and the chart data the template asks for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.core.export.cells import OutCell, date_format, money_format, number, partial_date, precision_of_iso
from app.core.export.layout import SOURCE_COLUMNS, SheetPlan, words
from app.core.export.sinks import ChartPlan, Sheet, XlsxSheet
from app.core.export.stream import DocInfo, ExportClaim
from app.core.templates import ChartSpec
from database.models import FieldDef

TOP_CATEGORIES = 20
CHART_BLOCK_ROWS = 24  # room for one chart beside its data
META_VERSION = "1"


@dataclass
class ChartData:
    """Running totals of one chart, filled while the records stream past."""

    spec: ChartSpec
    value_field: FieldDef | None
    totals: dict[str, Decimal] = field(default_factory=dict)

    def add(self, record_label: str, chosen: dict[str, ExportClaim]) -> None:
        """Count one record of the chart's type."""
        if self.spec.aggregate == "count":
            amount: Decimal | None = Decimal(1)
        else:
            claim = chosen.get(self.spec.value or "")
            amount = None if claim is None else (claim.amount if claim.amount is not None else claim.lower)
        if amount is None:
            return
        key = record_label if self.spec.group_by == "label" else _group_label(chosen.get(self.spec.group_by))
        self.totals[key] = self.totals.get(key, Decimal(0)) + amount

    def rows(self, other: str) -> list[tuple[str, Decimal]]:
        """Largest first (ties by name), the tail summed as `other`."""
        ranked = sorted(self.totals.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) > TOP_CATEGORIES:
            tail = sum((v for _, v in ranked[TOP_CATEGORIES - 1 :]), Decimal(0))
            ranked = ranked[: TOP_CATEGORIES - 1] + [(other, tail)]
        return ranked

    def number_format(self) -> str:
        """How the chart's values read: money with its symbol, counts plain."""
        f = self.value_field
        if self.spec.aggregate == "sum" and f is not None and f.datatype == "money":
            return money_format(f.currency, Decimal(1))
        return "#,##0"


def _group_label(claim: ExportClaim | None) -> str:
    if claim is None:
        return "—"
    if claim.kind == "reference":
        return claim.ref_label or claim.value_text
    return (claim.label or claim.value_text).strip() or "—"


@dataclass
class SheetCounts:
    """Per record sheet: records exported and their claims by status."""

    records: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0


def write_summary(sheet: Sheet, plans: list[SheetPlan], counts: dict[str, SheetCounts],
                  charts: list[ChartData], lang: str) -> None:
    """Counts per record type and status, then one data block and native chart per template chart."""
    w = words(lang)
    statuses = ("accepted", "proposed", "disputed", "rejected")
    sheet.write_row([OutCell(w["record type"]), OutCell(w["records"])]
                    + [OutCell(w[s]) for s in statuses] + [OutCell(w["conflicts"])])
    for plan in plans:
        c = counts[plan.name]
        sheet.write_row([OutCell(plan.name, link=f"'{plan.name}'!B2"), OutCell(c.records)]
                        + [OutCell(c.statuses.get(s, 0)) for s in statuses] + [OutCell(c.conflicts)])
    sheet.write_row([])
    for chart in charts:
        _chart_block(sheet, chart, lang)


def _chart_block(sheet: Sheet, chart: ChartData, lang: str) -> None:
    w = words(lang)
    title = chart.spec.title_nl if lang == "nl" else chart.spec.title_en
    head = sheet.write_row([OutCell(title), OutCell(w["total"])], ) - 1  # 0-based row of the header
    fmt = chart.number_format()
    rows = chart.rows(w["other"])
    for label, total in rows:
        sheet.write_row([OutCell(label), OutCell(number(total), fmt)])
    if rows and isinstance(sheet, XlsxSheet):
        kind = {"bar": "bar", "column": "column", "pie": "pie"}[chart.spec.kind]
        sheet.add_chart(ChartPlan(title, kind, head + 1, head + len(rows), 0, 1, fmt, head, 3))
    for _ in range(max(CHART_BLOCK_ROWS - len(rows) - 1, 2)):
        sheet.write_row([])


def write_sources(sheet: Sheet, docs: dict[str, DocInfo], cited: Counter[str], lang: str) -> int:
    """One row per cited document, by title."""
    written = 0
    for doc in sorted(docs.values(), key=lambda d: (d.title.casefold(), d.id)):
        if not cited.get(doc.id):
            continue
        published = partial_date(doc.published)
        sheet.write_row([
            OutCell(doc.id), OutCell(doc.title, wrap=True), OutCell(doc.publisher),
            OutCell(published, date_format(precision_of_iso(doc.published), lang), csv=doc.published)
            if published else OutCell(doc.published),
            OutCell(doc.url), OutCell(doc.filename), OutCell(cited[doc.id]),
        ])
        written += 1
    return written


def source_headers(lang: str) -> list[str]:
    """Headers of the Sources sheet."""
    w = words(lang)
    return [w[c] for c in SOURCE_COLUMNS]


def write_about(sheet: Sheet, facts: list[tuple[str, Any]]) -> None:
    """Label/value pairs: project, template, language, export time, editor, filters, counts."""
    for label, value in facts:
        sheet.write_row([OutCell(label), OutCell(value, wrap=isinstance(value, str))])


def write_meta(sheet: Sheet, facts: dict[str, str], plans: list[SheetPlan]) -> None:
    """What import-workbook needs: which project, and what each record-sheet column holds."""
    for key, value in facts.items():
        sheet.write_row([OutCell("fact"), OutCell(key), OutCell(value)])
    for plan in plans:
        for index, col in enumerate(plan.columns, start=1):
            sheet.write_row([OutCell("column"), OutCell(plan.name), OutCell(index), OutCell(col.role),
                             OutCell(plan.rtype.key), OutCell(col.field.key if col.field else None)])
