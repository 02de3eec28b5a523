"""Native Excel charts as DrawingML parts: the chart itself and the drawing that places it.

The series refer to cell ranges of the Summary sheet and carry no cached copies of the
values, so Excel and LibreOffice draw them from the cells when the workbook opens.
"""

from __future__ import annotations

from typing import Sequence

from app.core.export.ooxml import HEAD, ChartPlan, attr, column_name, esc, quoted

_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_AXES = '<c:axId val="50010001"/><c:axId val="50010002"/>'
# Explicit colours: the workbook has no theme part, and scheme colours without one draw
# nothing in LibreOffice (bars and gridlines went invisible).
PALETTE = ("2F65CA", "E08A1E", "3A9A4D", "C43C39", "7B5BA6", "2A9CA8", "8C6D3F", "D45FA0")
CHART_COLS = 8  # columns a chart spans
CHART_ROWS = 20  # rows a chart spans


def _ref(sheet: str, col: int, first: int, last: int) -> str:
    letter = column_name(col)
    return f"{quoted(sheet)}!${letter}${first + 1}:${letter}${last + 1}"


def _labels(pie: bool, number_format: str) -> str:
    show = "1" if pie else "0"
    return (f'<c:dLbls><c:numFmt formatCode="{attr(number_format)}" sourceLinked="0"/>'
            f'<c:showLegendKey val="0"/><c:showVal val="{show}"/><c:showCatName val="0"/>'
            '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>')


def _fill(colour: str) -> str:
    return f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></c:spPr>'


def _slices(count: int) -> str:
    """One colour per pie slice (varyColors alone relies on the missing theme)."""
    return "".join(f'<c:dPt><c:idx val="{i}"/><c:bubble3D val="0"/>{_fill(PALETTE[i % len(PALETTE)])}</c:dPt>'
                   for i in range(count))


def _title(text: str) -> str:
    return (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r>'
            f'<a:rPr lang="en-US"/><a:t>{esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>'
            "</c:title>")


def chart_xml(plan: ChartPlan, sheet: str) -> str:
    """One chart part: a bar, column or pie chart of one series over a block of `sheet`."""
    pie = plan.kind == "pie"
    points = plan.last_row - plan.first_row + 1
    series = (f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>{esc(plan.title)}</c:v></c:tx>'
              + (_slices(points) if pie else _fill(PALETTE[0]) + '<c:invertIfNegative val="0"/>')
              + _labels(pie, plan.number_format)
              + f"<c:cat><c:strRef><c:f>{esc(_ref(sheet, plan.category_col, plan.first_row, plan.last_row))}"
              f"</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>"
              f"{esc(_ref(sheet, plan.value_col, plan.first_row, plan.last_row))}</c:f></c:numRef></c:val></c:ser>")
    if pie:
        plot = f'<c:pieChart><c:varyColors val="1"/>{series}<c:firstSliceAng val="0"/></c:pieChart>'
        legend = '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>'
    else:
        horizontal = plan.kind == "bar"
        plot = (f'<c:barChart><c:barDir val="{"bar" if horizontal else "col"}"/><c:grouping val="clustered"/>'
                f'<c:varyColors val="0"/>{series}<c:gapWidth val="150"/>{_AXES}</c:barChart>'
                '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
                f'<c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/>'
                '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>'
                '<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
                '<c:lblOffset val="100"/></c:catAx>'
                '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
                f'<c:delete val="0"/><c:axPos val="{"b" if horizontal else "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill>'
                '<a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
                f'<c:numFmt formatCode="{attr(plan.number_format)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>'
                '<c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>')
        legend = ""
    return (f'{HEAD}<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_R}"><c:lang val="en-US"/><c:chart>'
            f'{_title(plan.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>{plot}</c:plotArea>'
            f'{legend}<c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def drawing_xml(anchors: Sequence[tuple[int, int]]) -> str:
    """A sheet's drawing: one frame per chart at (0-based row, column), chart n as rId n."""
    frames = []
    for n, (row, col) in enumerate(anchors, start=1):
        frames.append(
            f"<xdr:twoCellAnchor><xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}"
            f"</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{col + CHART_COLS}</xdr:col>"
            f"<xdr:colOff>0</xdr:colOff><xdr:row>{row + CHART_ROWS}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
            f'<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{n + 1}" name="Chart {n}"/>'
            '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            f'</xdr:xfrm><a:graphic><a:graphicData uri="{_C}"><c:chart xmlns:c="{_C}" r:id="rId{n}"/>'
            "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>")
    return (f'{HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            f'xmlns:a="{_A}" xmlns:r="{_R}">{"".join(frames)}</xdr:wsDr>')
