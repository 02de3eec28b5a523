"""The ministry workbook: one sheet per record type of a template, Claims, Sources, Summary, About.

`export_workbook` streams the project in pages ordered by record inside one read
snapshot, writes a temporary file beside the target and moves it into place only when
it is complete, so a crash, a cancel or a full disk never harms the previous workbook.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app import __version__
from app.core.errors import ClaimdeskError, InvalidValue
from app.core.export.cells import location, sheet_name
from app.core.export.layout import CLAIM_COLUMNS, CLAIM_WIDTHS, META_SHEET, SOURCE_WIDTHS, SheetPlan, \
    plan_sheets, words
from app.core.export.render import RenderContext, render_record
from app.core.export.sinks import CsvSheet, Sheet, XlsxBook
from app.core.export.stream import DocInfo, iter_record_pages, label_choices
from app.core.export.summary import (
    META_VERSION, ChartData, SheetCounts, source_headers, write_about, write_meta, write_sources,
    write_summary,
)
from app.core.project import Project
from app.core.schema import enum_labels, fields_of, get_record_type
from app.core.templates import TemplateSpec, get_template

FORMATS = ("xlsx", "csv")
Progress = Callable[[int, int], None]


class ExportCancelled(ClaimdeskError):
    """The user stopped the export; the previous file is untouched."""


@dataclass
class ExportReport:
    """What went into the workbook."""

    path: Path
    template: str
    lang: str
    format: str
    records: int = 0
    claims: int = 0
    sources: int = 0
    conflicts: int = 0
    links_dropped: int = 0
    sheets: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """The numbers, for the command line."""
        return {"records": self.records, "claims": self.claims, "sources": self.sources,
                "conflicts": self.conflicts}


def export_workbook(
    project: Project, target: Path, lang: str | None = None, statuses: tuple[str, ...] | None = None,
    template: str | None = None, fmt: str = "xlsx", on_progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ExportReport:
    """Export the project through a template to `target` (.xlsx file, or a folder for CSV).

    `lang` and `statuses` override the template's. `on_progress(done, total)` counts
    records; `should_stop()` cancels (raising ExportCancelled, nothing replaced).
    """
    if fmt not in FORMATS:
        raise InvalidValue(f"unknown format {fmt!r}; use xlsx or csv")
    spec = get_template(project, template)
    lang = lang or spec.lang
    statuses = tuple(statuses or spec.statuses)
    target = _check_target(Path(target), fmt)
    report = ExportReport(target, spec.name, lang, fmt)
    tmp = _temporary(target, fmt)
    try:
        with project.read() as session:
            job = _ExportJob(project, session, spec, lang, statuses, report, on_progress, should_stop)
            job.run(tmp)
        _move_into_place(tmp, target, fmt)
    except OSError as exc:
        raise ClaimdeskError(f"could not write {target}: {exc.strerror or exc}; "
                             "the previous file is unchanged") from exc
    finally:
        _remove(tmp)
    return report


def _check_target(target: Path, fmt: str) -> Path:
    if not target.parent.is_dir():
        raise ClaimdeskError(f"the folder {target.parent} does not exist")
    if fmt == "xlsx" and target.is_dir():
        raise ClaimdeskError(f"{target} is a folder; give a file name ending in .xlsx")
    if fmt == "csv" and target.exists() and not target.is_dir():
        raise ClaimdeskError(f"{target} is a file; CSV export writes a folder of files")
    return target


def _temporary(target: Path, fmt: str) -> Path:
    # Beside the target, so the final move is a rename on the same file system.
    try:
        if fmt == "csv":
            return Path(tempfile.mkdtemp(prefix=".claimdesk-export-", dir=target.parent))
        fd, name = tempfile.mkstemp(prefix=".claimdesk-export-", suffix=".xlsx", dir=target.parent)
        os.close(fd)
        return Path(name)
    except PermissionError as exc:
        raise ClaimdeskError(f"cannot write in the folder {target.parent}: permission denied") from exc
    except OSError as exc:
        raise ClaimdeskError(f"cannot write in the folder {target.parent}: {exc.strerror or exc}") from exc


def _move_into_place(tmp: Path, target: Path, fmt: str) -> None:
    if fmt == "csv":
        old = target.with_name(f".{target.name}.old")
        if target.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
        return
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    try:
        os.replace(tmp, target)
    except PermissionError as exc:
        raise ClaimdeskError(
            f"cannot replace {target}: it is open in another program or read-only; close it and try again"
        ) from exc


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class _ExportJob:
    """One export run inside one read snapshot."""

    def __init__(self, project: Project, session: Session, spec: TemplateSpec, lang: str,
                 statuses: tuple[str, ...], report: ExportReport, on_progress: Progress | None,
                 should_stop: Callable[[], bool] | None) -> None:
        self.project, self.session, self.spec, self.lang = project, session, spec, lang
        self.statuses, self.report = statuses, report
        self.on_progress, self.should_stop = on_progress, should_stop
        self.w = words(lang)
        taken: set[str] = {META_SHEET.casefold()}
        self.names = {k: sheet_name(self.w[k], taken) for k in ("Summary", "Claims", "Sources", "About")}
        self.plans = plan_sheets(session, spec, lang, taken)
        self.docs: dict[str, DocInfo] = {}
        self.cited: Counter[str] = Counter()
        self.counts = {p.name: SheetCounts() for p in self.plans}
        self.charts = [self._chart_data(c) for c in spec.charts]
        self.choice_labels = enum_labels(session)

    def _chart_data(self, chart: Any) -> ChartData:
        rtype = get_record_type(self.session, chart.type_key)
        by_key = {f.key: f for f in fields_of(self.session, rtype.id)}
        return ChartData(chart, by_key.get(chart.value or ""))

    def run(self, tmp: Path) -> None:
        """Write every sheet to `tmp`."""
        record_rows = self._record_locations()
        total = len(record_rows)
        ctx = RenderContext(self.lang, self.statuses, self.names["Claims"], self.docs, record_rows)
        book = XlsxBook(tmp, self._properties()) if self.report.format == "xlsx" else None
        try:
            self._write(book, tmp, ctx, total)
        finally:
            if book is not None:
                book.discard()  # the temporary parts, whether the book was assembled or not

    def _write(self, book: XlsxBook | None, tmp: Path, ctx: RenderContext, total: int) -> None:
        open_sheet = self._opener(book, tmp)
        # Column B also holds the chart tables' totals: € 50.000.000.000 needs ~18 characters.
        summary = open_sheet(self.names["Summary"], [], [30, 20, 14, 14, 12, 12, 16])
        record_sheets = [open_sheet(p.name, [c.header for c in p.columns], [c.width for c in p.columns],
                                    [c.hidden for c in p.columns], 2) for p in self.plans]
        claims = open_sheet(self.names["Claims"], [self.w[c] for c in CLAIM_COLUMNS], list(CLAIM_WIDTHS),
                            [True], 2)
        done = 0
        for plan, sheet in zip(self.plans, record_sheets):
            done = self._write_records(plan, sheet, claims, ctx, done, total)
        sources = open_sheet(self.names["Sources"], source_headers(self.lang), list(SOURCE_WIDTHS), [True], 2)
        self.report.sources = write_sources(sources, self.docs, self.cited, self.lang)
        self.report.conflicts = ctx.conflicts
        self.report.links_dropped = sum(getattr(s, "links_dropped", 0) for s in record_sheets)
        write_summary(summary, self.plans, self.counts, self.charts, self.lang)
        about = open_sheet(self.names["About"], [], [26, 70])
        write_about(about, self._about_facts())
        sheets: list[Sheet] = [summary, *record_sheets, claims, sources, about]
        if book is not None:
            meta = open_sheet(META_SHEET, [], [])
            write_meta(meta, self._meta_facts(), self.plans)
            book.hide(meta)  # type: ignore[arg-type]
        for sheet in sheets:
            sheet.finish(table=sheet not in (summary, about))
        if book is not None:
            meta.finish(table=False)
            book.close()
        self.report.sheets = [s.name for s in sheets]

    def _opener(self, book: XlsxBook | None, tmp: Path) -> Callable[..., Sheet]:
        def open_sheet(name: str, headers: list[str], widths: list[float],
                       hidden: list[bool] | None = None, freeze: int = 0) -> Sheet:
            if book is None:
                return CsvSheet(tmp, name, headers)
            return book.sheet(name, headers, widths, hidden or [], freeze)

        return open_sheet

    def _record_locations(self) -> dict[str, str]:
        """Where each exported record's row will be, so references can link to it."""
        out: dict[str, str] = {}
        for plan in self.plans:
            rows = self.session.execute(plan.query(self.statuses))
            for row_number, (record_id, _label) in enumerate(rows, start=2):
                out.setdefault(record_id, location(plan.name, row_number, 2))
        return out

    def _write_records(self, plan: SheetPlan, sheet: Sheet, claims: Sheet, ctx: RenderContext,
                       done: int, total: int) -> int:
        counts = self.counts[plan.name]
        charts = [c for c in self.charts if c.spec.type_key == plan.rtype.key]
        for page in iter_record_pages(self.session, plan.query(self.statuses), self.statuses, self.docs):
            if self.should_stop is not None and self.should_stop():
                raise ExportCancelled("the export was cancelled; the previous file is unchanged")
            label_choices(page, self.choice_labels, self.lang)
            for row in page:
                before = ctx.conflicts
                rendered = render_record(plan, row, ctx, claims.rows + 1)
                for claim_row in rendered.claim_rows:
                    claims.write_row(claim_row)
                sheet.write_row(rendered.cells)
                counts.records += 1
                counts.conflicts += ctx.conflicts - before
                for field_claims in row.claims.values():
                    counts.statuses.update(c.status for c in field_claims)
                    for c in field_claims:
                        if c.status in self.statuses:
                            self.cited.update({q.document_id for q in c.quotes})
                for chart in charts:
                    chart.add(row.label, rendered.chosen)
                self.report.claims += len(rendered.claim_rows)
            self.report.records += len(page)
            done += len(page)
            if self.on_progress is not None:
                self.on_progress(done, total)
        return done

    def _properties(self) -> dict[str, Any]:
        return {"title": f"{self.project.info().name} — Claimdesk export", "author": self.project.editor,
                "comments": f"Claimdesk {__version__}, template {self.spec.name}"}

    def _about_facts(self) -> list[tuple[str, Any]]:
        info = self.project.info()
        nl = self.lang == "nl"
        filters = "; ".join(f"{p.name}: {f.describe()}" for p in self.plans for f in p.spec.filters)
        facts: list[tuple[str, Any]] = [
            ("Project" if not nl else "Project", info.name),
            ("Project id", info.id),
            ("Template", self.spec.name),
            ("Language" if not nl else "Taal", self.lang),
            ("Exported at" if not nl else "Geëxporteerd op",
             datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
            ("Editor" if not nl else "Redacteur", self.project.editor),
            ("Statuses" if not nl else "Statussen", ", ".join(self.w[s] for s in self.statuses)),
            ("Filters", filters or ("none" if not nl else "geen")),
            (self.w["records"], self.report.records),
            ("Claims", self.report.claims),
            (self.w["Sources"], self.report.sources),
            (self.w["conflicts"], self.report.conflicts),
            ("Claimdesk version" if not nl else "Claimdesk-versie", __version__),
        ]
        if self.report.links_dropped:
            facts.append(("Note", "Excel allows 65,530 links per sheet; later cells name their Claims row in the note."))
        return facts

    def _meta_facts(self) -> dict[str, str]:
        return {"format": META_VERSION, "project_id": self.project.info().id, "template": self.spec.name,
                "lang": self.lang, "statuses": ",".join(self.statuses)}
