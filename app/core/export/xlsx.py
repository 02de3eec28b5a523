"""A purpose-built streaming .xlsx writer: rows, typed cells, styles, links, notes, charts.

Each sheet's rows, links and notes go as XML text to their own temporary files beside the
target while the export runs (several sheets grow at once: a record sheet and Claims), so
memory stays flat however large the project. `close()` zips the parts (ZIP_DEFLATED) into
the target. Strings are inline (`t="inlineStr"`), so no shared-string table is held; notes
are comment parts with their legacy VML shapes, which Excel and LibreOffice need to show them.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence, TextIO

from app.core.export.cells import OutCell, fit_cell_text, needs_quote_prefix
from app.core.export.charts import chart_xml, drawing_xml
from app.core.export.ooxml import (
    COMMENTS_HEAD, COMMENTS_TAIL, PAGE_MARGINS, VML_TAIL, ChartPlan, app_props, attr, column_name,
    content_types, core_props, esc, quoted, relationships, root_rels, sheet_head, styles_xml, vml_head,
    vml_shape, workbook_rels, workbook_xml,
)

LINKS_PER_SHEET = 65_530  # Excel ignores hyperlinks beyond this per worksheet
COMPRESSION = 6  # zlib level of the package (Excel's own files use the default, 6)
_COPY_CHUNK = 1 << 20
_EPOCH = 693594  # date(1899, 12, 30).toordinal(): Excel's day 0
_DEFAULT_STYLE = (None, False, False, False, False)
StyleKey = tuple[str | None, bool, bool, bool, bool]


class XlsxSheet:
    """One worksheet: header row, frozen panes, widths, autofilter, notes, links and charts."""

    def __init__(self, book: "XlsxBook", number: int, name: str, headers: Sequence[str],
                 widths: Sequence[float], hidden: Sequence[bool] = (), freeze_cols: int = 0) -> None:
        self.book = book
        self.number = number
        self.name = name
        self.columns = len(headers)
        self.rows = 0
        self.links = 0
        self.links_dropped = 0
        self.notes = 0
        self.state = "visible"
        self.charts: list[ChartPlan] = []
        self.filter: str | None = None
        self._widths, self._hidden = list(widths), list(hidden)
        self._freeze = (1 if headers else 0, freeze_cols if headers else 0)
        self._span = 0
        self._blocks: list[int] = []
        self._refs = [column_name(i) for i in range(max(len(widths), len(headers), 26))]
        self._data = book.part(f"sheet{number}.data")
        self._links: TextIO | None = None
        self._comments: TextIO | None = None
        self._vml: TextIO | None = None
        if headers:
            self.write_row([OutCell(h) for h in headers], header=True)

    def write_row(self, cells: Sequence[OutCell], header: bool = False) -> int:
        """Append a row; returns its 1-based row number."""
        self.rows += 1
        rs = str(self.rows)
        if not cells:
            return self.rows
        if len(cells) > len(self._refs):
            self._refs = [column_name(i) for i in range(len(cells))]
        self._span = max(self._span, len(cells))
        refs, styles = self._refs, self.book.styles
        out = ['<row r="', rs, '">']
        for c, cell in enumerate(cells):
            value = cell.value
            if value is None or value == "":
                if not cell.flag:
                    continue
                value = None
            quote = False
            kind = type(value)
            if kind is str:
                value = fit_cell_text(value)  # type: ignore[arg-type]
                quote = needs_quote_prefix(value)
            key = (cell.fmt, cell.flag, cell.wrap, quote, header)
            style = styles.get(key)
            if style is None:
                style = self.book.style(key)
            ref = refs[c] + rs
            s = f'" s="{style}"' if style else '"'
            if kind is str:
                text = esc(value)  # type: ignore[arg-type]
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""  # type: ignore[index]
                out.append(f'<c r="{ref}{s} t="inlineStr"><is><t{space}>{text}</t></is></c>')
            elif kind is int:
                out.append(f'<c r="{ref}{s}><v>{value}</v></c>')
            elif value is None:
                out.append(f'<c r="{ref}{s}/>')
            else:
                out.append(self._other(ref, s, value))
            if cell.link and value is not None:
                self._link(ref, cell.link)
            if cell.note:
                self._note(ref, c, cell.note)
        out.append("</row>")
        self._data.write("".join(out))
        return self.rows

    def _other(self, ref: str, s: str, value: Any) -> str:
        if isinstance(value, bool):
            return f'<c r="{ref}{s} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, Decimal):
            value = float(value)
        if isinstance(value, (int, float)) and math.isfinite(value):
            return f'<c r="{ref}{s}><v>{value!r}</v></c>'
        if isinstance(value, datetime):
            seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
            return f'<c r="{ref}{s}><v>{value.toordinal() - _EPOCH + seconds / 86400!r}</v></c>'
        if isinstance(value, date):
            return f'<c r="{ref}{s}><v>{value.toordinal() - _EPOCH}</v></c>'
        text = fit_cell_text(str(value))
        return f'<c r="{ref}{s} t="inlineStr"><is><t xml:space="preserve">{esc(text)}</t></is></c>'

    def _link(self, ref: str, target: str) -> None:
        if self.links >= LINKS_PER_SHEET:
            self.links_dropped += 1  # the note still names the Claims row
            return
        if self._links is None:
            self._links = self.book.part(f"sheet{self.number}.links")
        self.links += 1
        self._links.write(f'<hyperlink ref="{ref}" location="{attr(target)}"/>')

    def _note(self, ref: str, col: int, note: str) -> None:
        if self._comments is None:
            self._comments = self.book.part(f"sheet{self.number}.comments")
            self._vml = self.book.part(f"sheet{self.number}.vml")
        n = self.notes
        if n % 1024 == 0:
            self._blocks.append(self.book.next_block())
        self.notes += 1
        self._comments.write(f'<comment ref="{ref}" authorId="0"><text><t xml:space="preserve">'
                             f"{esc(fit_cell_text(note))}</t></text></comment>")
        self._vml.write(vml_shape(self._blocks[-1] * 1024 + 1 + n % 1024, self.rows - 1, col))  # type: ignore[union-attr]

    def finish(self, table: bool = True) -> None:
        """Autofilter over everything written (the header and at least one more row)."""
        if table and self.rows >= 1 and self.columns:
            last = f"{column_name(self.columns - 1)}{max(self.rows, 2)}"
            self.filter = f"A1:{last}"

    def add_chart(self, plan: ChartPlan) -> None:
        """A native chart over a block of this sheet."""
        self.charts.append(plan)

    def _assemble(self, zf: zipfile.ZipFile, drawing: int, first_chart: int) -> None:
        rels: list[tuple[str, str]] = []
        if self.charts:
            rels.append(("drawing", f"../drawings/drawing{drawing}.xml"))
        if self.notes:
            rels += [("vmlDrawing", f"../drawings/vmlDrawing{self.number}.vml"),
                     ("comments", f"../comments{self.number}.xml")]
        head = sheet_head(self._widths, self._hidden, *self._freeze, selected=self.number == 1)
        if self.rows and self._span:
            head = head.replace("<sheetViews>", f'<dimension ref="A1:{column_name(self._span - 1)}{self.rows}"/>'
                                "<sheetViews>", 1)
        with zf.open(f"xl/worksheets/sheet{self.number}.xml", "w") as dst:
            dst.write(head.encode())
            self.book.copy(self._data, dst)
            tail = ["</sheetData>"]
            if self.filter:
                tail.append(f'<autoFilter ref="{self.filter}"/>')
            dst.write("".join(tail).encode())
            if self._links is not None:
                dst.write(b"<hyperlinks>")
                self.book.copy(self._links, dst)
                dst.write(b"</hyperlinks>")
            tail = [PAGE_MARGINS]
            if self.charts:
                tail.append('<drawing r:id="rId1"/>')
            if self.notes:
                tail.append(f'<legacyDrawing r:id="rId{2 if self.charts else 1}"/>')
            dst.write(("".join(tail) + "</worksheet>").encode())
        if rels:
            zf.writestr(f"xl/worksheets/_rels/sheet{self.number}.xml.rels", relationships(rels))
        if self.notes:
            self._copy_part(zf, f"xl/comments{self.number}.xml", COMMENTS_HEAD, self._comments, COMMENTS_TAIL)
            self._copy_part(zf, f"xl/drawings/vmlDrawing{self.number}.vml", vml_head(self._blocks), self._vml,
                            VML_TAIL)
        if self.charts:
            zf.writestr(f"xl/drawings/drawing{drawing}.xml",
                        drawing_xml([(p.anchor_row, p.anchor_col) for p in self.charts]))
            zf.writestr(f"xl/drawings/_rels/drawing{drawing}.xml.rels", relationships(
                [("chart", f"../charts/chart{first_chart + i}.xml") for i in range(len(self.charts))]))
            for i, plan in enumerate(self.charts):
                zf.writestr(f"xl/charts/chart{first_chart + i}.xml", chart_xml(plan, self.name))

    def _copy_part(self, zf: zipfile.ZipFile, name: str, head: str, body: TextIO | None, tail: str) -> None:
        with zf.open(name, "w") as dst:
            dst.write(head.encode())
            if body is not None:
                self.book.copy(body, dst)
            dst.write(tail.encode())


class XlsxBook:
    """A workbook streamed to `path` (a temporary file; the caller moves it into place)."""

    def __init__(self, path: Path, properties: dict[str, Any]) -> None:
        self.path = path
        self.properties = properties
        self.sheets: list[XlsxSheet] = []
        self.styles: dict[StyleKey, int] = {_DEFAULT_STYLE: 0}
        self._blocks = 0
        self._files: list[TextIO] = []
        self._tmp = Path(tempfile.mkdtemp(prefix=".claimdesk-export-parts-", dir=path.parent))

    def sheet(self, name: str, headers: Sequence[str], widths: Sequence[float],
              hidden: Sequence[bool] = (), freeze_cols: int = 0) -> XlsxSheet:
        """A new worksheet at the end of the book."""
        sheet = XlsxSheet(self, len(self.sheets) + 1, name, headers, widths, hidden, freeze_cols)
        self.sheets.append(sheet)
        return sheet

    def style(self, key: StyleKey) -> int:
        """The cell format index of (number format, conflict, wrap, quote prefix, header)."""
        if key[0] is None and not any(key[1:]):
            key = _DEFAULT_STYLE
        return self.styles.setdefault(key, len(self.styles))

    def part(self, name: str) -> TextIO:
        """A temporary text file for a streamed part."""
        fh = (self._tmp / name).open("w", encoding="utf-8", newline="", buffering=_COPY_CHUNK)
        self._files.append(fh)
        return fh

    def next_block(self) -> int:
        """The next block of 1,024 note shape ids (unique across the workbook, from 1)."""
        self._blocks += 1
        return self._blocks

    def copy(self, part: TextIO, dst: Any) -> None:
        """Stream a finished temporary part into an open zip member."""
        part.close()
        with open(part.name, "rb") as src:
            shutil.copyfileobj(src, dst, _COPY_CHUNK)

    def hide(self, sheet: XlsxSheet) -> None:
        """Keep a sheet out of the reader's way (Claimdesk's own bookkeeping)."""
        sheet.state = "veryHidden"

    def close(self) -> None:
        """Assemble the .xlsx file, then drop the temporary parts."""
        try:
            self._package()
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and remove the temporary parts (after close, or when the export fails)."""
        for fh in self._files:
            fh.close()
        self._files.clear()
        shutil.rmtree(self._tmp, ignore_errors=True)

    def _package(self) -> None:
        keys = sorted(self.styles, key=self.styles.__getitem__)
        drawings = [s.number for s in self.sheets if s.charts]
        charts = sum(len(s.charts) for s in self.sheets)
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION) as zf:
            zf.writestr("[Content_Types].xml", content_types(
                [(s.number, bool(s.notes), False) for s in self.sheets], charts, range(1, len(drawings) + 1)))
            zf.writestr("_rels/.rels", root_rels())
            zf.writestr("docProps/core.xml", core_props(self.properties))
            zf.writestr("docProps/app.xml", app_props())
            zf.writestr("xl/workbook.xml", workbook_xml(
                [(s.name, s.state) for s in self.sheets],
                [(s.number - 1, f"{quoted(s.name)}!{_absolute(s.filter)}") for s in self.sheets if s.filter]))
            zf.writestr("xl/_rels/workbook.xml.rels", workbook_rels(len(self.sheets)))
            zf.writestr("xl/styles.xml", styles_xml(keys))
            drawing, chart = 0, 1
            for sheet in self.sheets:
                drawing += 1 if sheet.charts else 0
                sheet._assemble(zf, drawing, chart)
                chart += len(sheet.charts)


def _absolute(ref: str | None) -> str:
    first, last = (ref or "A1:A1").split(":")
    return ":".join("$" + "".join(ch for ch in part if ch.isalpha()) + "$" + "".join(ch for ch in part if ch.isdigit())
                    for part in (first, last))
