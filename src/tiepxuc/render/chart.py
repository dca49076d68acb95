"""A native Word chart: horizontal stacked bars, drawn by Word (or LibreOffice) itself.

The chart is a DrawingML chart part (/word/charts/chartN.xml) that keeps every label and
figure in its caches, so it draws without anything else; beside it, an embedded workbook
holds the same figures, which Word's "Edit data" opens. The chart is text, not a picture: it
stays sharp when printed, and its labels are in Times New Roman like the rest of the document.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

FONT = "Times New Roman"
SIZE = 1100  # hundredths of a point
SHEET = "Số liệu"  # the sheet a user sees in "Edit data"
COLOURS = ("2F6F4E", "C8A24A")  # fill of each series, in order
LABEL_COLOURS = ("FFFFFF", "000000")  # figures printed inside the bars, readable on each fill
GREY = "808080"


@dataclass
class BarChart:
    categories: list[str]  # top to bottom
    series: list[tuple[str, list[int]]]  # (name, one value per category), stacked left to right
    axis_title: str
    description: str = ""  # alternative text, for screen readers


def add_chart(paragraph, chart: BarChart, width_mm: float) -> None:
    """Append ``chart`` to ``paragraph``, as high as its number of categories needs."""
    document = paragraph.part
    package = document.package
    workbook = Part(package.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"),
                    CT.SML_SHEET, _workbook(chart), package)
    part = XmlPart(package.next_partname("/word/charts/chart%d.xml"), CT.DML_CHART,
                   parse_xml(_chart_xml(chart)), package)
    part.element.find(qn("c:externalData")).set(qn("r:id"), part.relate_to(workbook, RT.PACKAGE))
    rid = document.relate_to(part, RT.CHART)
    shape = document.next_id
    width, height = Mm(width_mm), Mm(30 + 9 * len(chart.categories))  # axis and legend + bars
    description = quoteattr(unicodedata.normalize("NFC", chart.description))
    paragraph.add_run()._r.add_drawing(parse_xml(
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" {nsdecls("wp", "a", "c", "r")}>'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape}" name="Biểu đồ {shape}" descr={description}/>'
        '<wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline>'))


def _nfc(text: str) -> str:
    return escape(unicodedata.normalize("NFC", text))


def _font(size: int = SIZE, colour: str = "000000", bold: bool = False) -> str:
    """Run properties: Times New Roman in the Latin, East Asian and complex-script slots
    (Vietnamese is Latin; the other two keep Word from falling back to a theme font)."""
    return (f'<a:defRPr sz="{size}" b="{int(bold)}"><a:solidFill><a:srgbClr val="{colour}"/>'
            f'</a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/>'
            f'<a:cs typeface="{FONT}"/></a:defRPr>')


def _text(**font) -> str:
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_font(**font)}</a:pPr>'
            '<a:endParaRPr lang="vi-VN"/></a:p></c:txPr>')


def _line(colour: str, width: int = 9525) -> str:
    return (f'<c:spPr><a:ln w="{width}"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
            '</a:ln></c:spPr>')


def _cache(values: list, kind: str) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{_nfc(str(v))}</c:v></c:pt>'
                     for i, v in enumerate(values))
    number = '<c:formatCode>General</c:formatCode>' if kind == "num" else ""
    return f'<c:{kind}Cache>{number}<c:ptCount val="{len(values)}"/>{points}</c:{kind}Cache>'


def _series(chart: BarChart) -> str:
    """Each series with its name, categories and values: the formulas name the embedded sheet
    (for "Edit data"), the caches hold the figures (for drawing)."""
    last, sheet = len(chart.categories) + 1, f"'{SHEET}'"
    out = []
    for i, (name, values) in enumerate(chart.series):
        column = chr(ord("B") + i)
        out.append(
            f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
            f'<c:tx><c:strRef><c:f>{sheet}!${column}$1</c:f>{_cache([name], "str")}'
            '</c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{COLOURS[i]}"/></a:solidFill></c:spPr>'
            '<c:invertIfNegative val="0"/>'
            # the figure inside its segment; the format hides zeros (an empty segment)
            '<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"/>'
            f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_text(colour=LABEL_COLOURS[i])}'
            '<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
            '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
            '<c:showBubbleSize val="0"/></c:dLbls>'
            f'<c:cat><c:strRef><c:f>{sheet}!$A$2:$A${last}</c:f>'
            f'{_cache(chart.categories, "str")}</c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>{sheet}!${column}$2:${column}${last}</c:f>'
            f'{_cache(values, "num")}</c:numRef></c:val></c:ser>')
    return "".join(out)


def _chart_xml(chart: BarChart) -> str:
    top = max((sum(v) for v in zip(*(values for _, values in chart.series))), default=0)
    # whole numbers of petitions: a step of 1, 2, 5, 10, 20… with at most 10 gridlines
    step = next(m * 10 ** k for k in itertools.count() for m in (1, 2, 5)
                if top <= 10 * m * 10 ** k)
    return (
        f'<c:chartSpace {nsdecls("c", "a", "r")}><c:date1904 val="0"/><c:lang val="vi-VN"/>'
        '<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>'
        f'{_series(chart)}<c:gapWidth val="60"/><c:overlap val="100"/>'
        '<c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        # categories from top to bottom (maxMin), so the value axis crosses at the bottom (max)
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'{_line(GREY)}{_text()}<c:crossAx val="1002"/><c:crosses val="autoZero"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>'
        '<c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/>'
        f'</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines>{_line("D9D9D9")}'
        '</c:majorGridlines><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>'
        f'{_font()}</a:pPr><a:r><a:rPr lang="vi-VN"/><a:t>{_nfc(chart.axis_title)}</a:t></a:r>'
        '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{_line(GREY)}{_text()}'
        '<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/>'
        f'<c:majorUnit val="{step}"/></c:valAx>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>'
        # the legend below the plot, outside it: it never covers a bar
        f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{_text()}</c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_text()}'
        '<c:externalData r:id=""><c:autoUpdate val="0"/></c:externalData></c:chartSpace>')


def _workbook(chart: BarChart) -> bytes:
    """The figures as Word's "Edit data" shows them: categories in column A, one column per
    series, the series' names in row 1."""
    import xlsxwriter  # only documents with a chart pay for the import

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": datetime(2000, 1, 1)})  # reproducible output
    sheet = book.add_worksheet(SHEET)
    sheet.write_column(1, 0, [unicodedata.normalize("NFC", c) for c in chart.categories])
    for column, (name, values) in enumerate(chart.series, 1):
        sheet.write(0, column, unicodedata.normalize("NFC", name))
        sheet.write_column(1, column, values)
    sheet.set_column(0, 0, max(map(len, chart.categories), default=10) + 2)
    sheet.set_column(1, len(chart.series), 24)
    book.close()
    return out.getvalue()
