"""The fixed XML of an .xlsx package: content types, relationships, styles, workbook, document
properties, chart and drawing parts, and the templates of notes (comments and their VML shapes).

Pure text; `xlsx.py` streams the big parts (sheet data, notes) and calls these for the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Sequence

HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = NS_R + "/"
CT = "application/vnd.openxmlformats-officedocument."

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ChartPlan:
    """A chart over a block of the Summary sheet (0-based rows and columns, inclusive)."""

    title: str
    kind: str
    first_row: int
    last_row: int
    category_col: int
    value_col: int
    number_format: str
    anchor_row: int
    anchor_col: int


def _control(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


def esc(text: str) -> str:
    """Text for XML element content; control characters as Excel's `_xHHHH_` escapes."""
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if not text.isprintable() and _CONTROL.search(text):
        text = _CONTROL.sub(_control, text)
    return text


def attr(text: str) -> str:
    """Text for an XML attribute value in double quotes."""
    return esc(text).replace('"', "&quot;").replace("\n", "&#10;")


def column_width(width: float) -> float:
    """A character width as Excel stores it (with its cell padding), as XlsxWriter computes it."""
    pixels = int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5
    return int(pixels / 7 * 256) / 256


def quoted(sheet: str) -> str:
    """A sheet name as formulas and defined names spell it."""
    return "'" + sheet.replace("'", "''") + "'"


def content_types(sheets: Sequence[tuple[int, bool, bool]], charts: int, drawings: Sequence[int]) -> str:
    """`[Content_Types].xml`; `sheets` holds (number, has_notes, unused) per worksheet."""
    parts = [("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"), ("/xl/styles.xml", "spreadsheetml.styles+xml"),
             ("/docProps/app.xml", "extended-properties+xml")]
    for n, notes, _ in sheets:
        parts.append((f"/xl/worksheets/sheet{n}.xml", "spreadsheetml.worksheet+xml"))
        if notes:
            parts.append((f"/xl/comments{n}.xml", "spreadsheetml.comments+xml"))
    parts += [(f"/xl/drawings/drawing{n}.xml", "drawing+xml") for n in drawings]
    parts += [(f"/xl/charts/chart{n}.xml", "drawingml.chart+xml") for n in range(1, charts + 1)]
    body = "".join(f'<Override PartName="{p}" ContentType="{CT}{t}"/>' for p, t in parts)
    return (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Default Extension="vml" ContentType="{CT}vmlDrawing"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f"{body}</Types>")


def relationships(rels: Sequence[tuple[str, str]]) -> str:
    """A `.rels` part: (type, target) pairs numbered rId1, rId2 ..."""
    body = "".join(f'<Relationship Id="rId{i}" Type="{t if "/" in t else REL + t}" Target="{attr(target)}"/>'
                   for i, (t, target) in enumerate(rels, start=1))
    return f'{HEAD}<Relationships xmlns="{NS_PKG}">{body}</Relationships>'


def root_rels() -> str:
    """`_rels/.rels`: the workbook and the document properties."""
    return relationships([("officeDocument", "xl/workbook.xml"),
                          ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                           "docProps/core.xml"),
                          ("extended-properties", "docProps/app.xml")])


def core_props(properties: dict[str, Any]) -> str:
    """`docProps/core.xml`: title, author, comments and the time of writing."""
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(str(properties.get("title", "")))}</dc:title>'
            f'<dc:creator>{esc(str(properties.get("author", "")))}</dc:creator>'
            f'<dc:description>{esc(str(properties.get("comments", "")))}</dc:description>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>')


def app_props() -> str:
    """`docProps/app.xml`: the writing application."""
    return (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>Claimdesk</Application></Properties>")


def workbook_xml(sheets: Sequence[tuple[str, str]], filters: Sequence[tuple[int, str]]) -> str:
    """`xl/workbook.xml`: sheets as (name, state) and the autofilter ranges as defined names."""
    names = "".join(f'<sheet name="{attr(name)}" sheetId="{i}"'
                    + (f' state="{state}"' if state != "visible" else "") + f' r:id="rId{i}"/>'
                    for i, (name, state) in enumerate(sheets, start=1))
    defined = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
                      f"{esc(ref)}</definedName>" for index, ref in filters)
    return (f'{HEAD}<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><workbookPr/>'
            '<bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/>'
            f"</bookViews><sheets>{names}</sheets>"
            + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')


def workbook_rels(sheets: int) -> str:
    """`xl/_rels/workbook.xml.rels`: the sheets, then the styles."""
    return relationships([("worksheet", f"worksheets/sheet{n}.xml") for n in range(1, sheets + 1)]
                         + [("styles", "styles.xml")])


HEADER_FILL = "FFDDEBF7"
CONFLICT_FILL = "FFFFC7CE"
CONFLICT_FONT = "FF9C0006"
_BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4}


def styles_xml(xfs: Sequence[tuple[str | None, bool, bool, bool, bool]]) -> str:
    """`xl/styles.xml` for cell formats keyed (number format, conflict, wrap, quote prefix, header).

    The first key must be the default (all empty). Fonts: 0 plain, 1 bold, 2 conflict red;
    fills: 0 none, 1 gray125 (required), 2 header blue, 3 conflict pink; borders: 0 none, 1 bottom.
    """
    custom: dict[str, int] = {}
    cells = []
    for num, flag, wrap, quote, header in xfs:
        num_id = _BUILTIN_FORMATS.get(num or "General")
        if num_id is None:
            num_id = custom.setdefault(num or "", 164 + len(custom))
        font = 1 if header else 2 if flag else 0
        fill = 2 if header else 3 if flag else 0
        border = 1 if header else 0
        extra = (' applyNumberFormat="1"' if num_id else "") + (' applyFont="1"' if font else "") \
            + (' applyFill="1"' if fill else "") + (' applyBorder="1"' if border else "") \
            + (' quotePrefix="1"' if quote else "")
        if num is None and not (flag or wrap or quote or header):
            cells.append('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')
            continue
        wrap_attr = ' wrapText="1"' if wrap or header else ""
        cells.append(f'<xf numFmtId="{num_id}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
                     f'{extra} applyAlignment="1"><alignment vertical="top"{wrap_attr}/></xf>')
    formats = "".join(f'<numFmt numFmtId="{i}" formatCode="{attr(code)}"/>' for code, i in custom.items())
    return (f'{HEAD}<styleSheet xmlns="{NS_MAIN}">'
            + (f'<numFmts count="{len(custom)}">{formats}</numFmts>' if custom else "")
            + '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            f'<font><sz val="11"/><color rgb="{CONFLICT_FONT}"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="4"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            f'<fill><patternFill patternType="solid"><fgColor rgb="{HEADER_FILL}"/><bgColor indexed="64"/>'
            f'</patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="{CONFLICT_FILL}"/>'
            '<bgColor indexed="64"/></patternFill></fill></fills>'
            '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(cells)}">{"".join(cells)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '<dxfs count="0"/><tableStyles count="0"/></styleSheet>')


def sheet_head(widths: Sequence[float], hidden: Sequence[bool], freeze_rows: int, freeze_cols: int,
               selected: bool) -> str:
    """A worksheet's start up to and including `<sheetData>`: view, frozen panes, column widths."""
    pane = ""
    if freeze_rows or freeze_cols:
        top_left = f"{column_name(freeze_cols)}{freeze_rows + 1}"
        active = "bottomRight" if freeze_rows and freeze_cols else "bottomLeft" if freeze_rows else "topRight"
        x_split = f' xSplit="{freeze_cols}"' if freeze_cols else ""
        y_split = f' ySplit="{freeze_rows}"' if freeze_rows else ""
        pane = (f'<pane{x_split}{y_split} topLeftCell="{top_left}" '
                f'activePane="{active}" state="frozen"/><selection pane="{active}" activeCell="{top_left}" '
                f'sqref="{top_left}"/>')
    cols = "".join(f'<col min="{i}" max="{i}" width="{column_width(w)}"'
                   + (' hidden="1"' if i <= len(hidden) and hidden[i - 1] else "") + ' customWidth="1"/>'
                   for i, w in enumerate(widths, start=1))
    tab = ' tabSelected="1"' if selected else ""
    return (f'{HEAD}<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheetViews><sheetView'
            f'{tab} workbookViewId="0">{pane}</sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>")


def column_name(index: int) -> str:
    """0-based column index → `A`, `B` ... `AA`."""
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
COMMENTS_HEAD = f'{HEAD}<comments xmlns="{NS_MAIN}"><authors><author>Claimdesk</author></authors><commentList>'
COMMENTS_TAIL = "</commentList></comments>"
VML_TAIL = "</xml>"


def vml_head(blocks: Sequence[int]) -> str:
    """The start of a notes drawing; `blocks` are the 1024-shape id blocks its shapes use."""
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit">'
            f'<o:idmap v:ext="edit" data="{",".join(map(str, blocks or [1]))}"/></o:shapelayout>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def vml_shape(shape_id: int, row: int, col: int) -> str:
    """The hidden yellow box of one note (0-based row and column of its cell)."""
    return (f'<v:shape id="_x0000_s{shape_id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;'
            f'margin-top:1.5pt;width:249.75pt;height:133.5pt;z-index:{shape_id & 0xFFFF};visibility:hidden" '
            'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
            '<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
            f'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{col + 1}, 15, '
            f'{max(row - 1, 0)}, 10, {col + 5}, 15, {row + 8}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>'
            f"<x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData></v:shape>")
