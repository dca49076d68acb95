"""The one python-docx writer: blocks of markup in, a .docx in the official format out.

Every format rule lives here (reference/document-format.md): A4 and margins, Times New Roman in
all four font slots, the two-column borderless header of a Party (Hướng dẫn 36-HD/VPTW) or a
State (Nghị định 30/2020/NĐ-CP) document, title and summary, justified body with a first-line
indent, the signature block with Nơi nhận, and page numbers from page 2.

Page layout (what an office would otherwise fix by hand): the signature block and Nơi nhận are
one table row that never splits (w:cantSplit), kept on the page of the body's last lines
(keep-with-next on them); headings, the line that introduces a table or a chart, a chart and
its caption, a speaker and the answer stay with what follows; a table's rows never split, its
header row repeats on every page (w:tblHeader) and a short table is never split; widow and
orphan control is on for every paragraph. Blanks still to be written
(“[cần bổ sung: …]”) are highlighted in yellow.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tiepxuc.render.chart import BarChart, add_chart
from tiepxuc.render.markup import PLACEHOLDER, Block, Run, marked

FONT = "Times New Roman"
TEXT_WIDTH_MM = 165  # A4 210 mm − left 30 − right 15
# Party: the superior body's name (14 pt) needs room on the left; State: the Quốc hiệu (13 pt
# bold) needs it on the right (NĐ30's own templates: about 68 / 102 mm).
# The header table reaches 5 mm into each margin, as the official NĐ30 templates do.
HEADER_COLUMNS_MM = {"party": (85, 90), "state": (72, 103)}
HEADER_OUTDENT_MM = 5
SIGNATURE_COLUMNS_MM = (65, 100)
SMALL_TABLE_ROWS = 6  # a table this short is kept on one page


@dataclass
class Signature:
    lines: list[tuple[str, bool]]  # (text, bold): authority and position lines
    name: str


@dataclass
class Format:
    """What differs between a Party and a State document (sizes in points)."""

    issuer: str
    title_size: int
    header_size: int  # issuing body lines
    national_size: int  # "ĐẢNG CỘNG SẢN VIỆT NAM" / Quốc hiệu
    motto_size: int  # Tiêu ngữ (State only)
    number_size: int
    recipients_label_size: int
    recipients_size: int
    ending: str = "./."

    @classmethod
    def party(cls, title_size: int = 16, ending: str = "./.") -> "Format":
        return cls("party", title_size, 14, 15, 0, 14, 14, 12, ending)

    @classmethod
    def state(cls, ending: str = "./.") -> "Format":
        return cls("state", 14, 13, 13, 14, 13, 12, 11, ending)


@dataclass
class DocMeta:
    fmt: Format
    body: str  # the issuing body, upper case
    number_line: str
    date_line: str | None  # None: no place-date line (a State biên bản)
    superior: str | None = None
    signature: Signature | None = None
    left_signature: Signature | None = None  # minutes: the secretary
    recipients: list[str] = field(default_factory=list)
    title: str = ""
    author: str = "tiepxuc"
    charts: dict[str, BarChart] = field(default_factory=dict)  # `@chart NAME` draws charts[NAME]


# ---------------------------------------------------------------- low-level formatting


def set_fonts(element, name: str = FONT, lang: str = "vi-VN") -> None:
    """Times New Roman in all four slots (ascii, hAnsi, eastAsia, cs), no theme font."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), lang)


def _defaults(doc) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for fonts in styles.iter(qn("w:rFonts")):  # headings, titles… name theme fonts: replace them
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
    # Word 2010's stylesWithEffects part repeats the theme fonts (Word reads styles.xml), and
    # python-docx's template carries the thumbnail of another document: neither belongs here.
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rel_id)
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rel_id)
    normal = doc.styles["Normal"]
    set_fonts(normal.element)
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.widow_control = True  # never one line of a paragraph alone


def _run(paragraph, text: str, size: float, bold: bool = False, italic: bool = False,
         underline: bool = False, highlight: bool = False):
    run = paragraph.add_run(text)
    set_fonts(run._r)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    if highlight:  # a blank the office must still fill in: seen before anyone signs
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return run


def _paragraph(container, text: str = "", size: float = 14, *, bold: bool = False,
               italic: bool = False, underline: bool = False, align=WD_ALIGN_PARAGRAPH.CENTER,
               space_before: float = 0, space_after: float = 0):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(space_before), Pt(space_after)
    fmt.line_spacing = 1.0
    if text and PLACEHOLDER.search(text):
        for run in marked([Run(text)]):
            _run(paragraph, run.text, size, bold, italic, underline, run.highlight)
    elif text:
        _run(paragraph, text, size, bold, italic, underline)
    return paragraph


def _runs(paragraph, runs: list[Run], size: float, bold: bool = False, italic: bool = False):
    for run in runs:
        parts = run.text.split("\n")
        for i, part in enumerate(parts):
            made = _run(paragraph, part, size, bold or run.bold, italic or run.italic,
                        highlight=run.highlight)
            if i < len(parts) - 1:
                made.add_break(WD_BREAK.LINE)


def _rule_below(container, width_mm: float, cell_mm: float) -> None:
    """A solid line right under the previous line, ``width_mm`` long and centred.

    Drawn as the bottom border of a tiny empty paragraph, so the text above keeps the whole
    width of its cell and never wraps because of the line.
    """
    paragraph = _paragraph(container, "", 2)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    side = max((cell_mm - min(width_mm, cell_mm)) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)


def text_width_mm(text: str, size: float, bold: bool = True) -> float:
    """An estimate of a line's printed width in Times New Roman (for the rules' lengths)."""
    upper = sum(1 for c in text if c.isupper())
    spaces = text.count(" ")
    other = len(text) - upper - spaces
    em = (0.74 if bold else 0.69) * upper + (0.5 if bold else 0.45) * other + 0.25 * spaces
    return em * size * 0.3528  # points → mm


# Where a body's name may go on a second line: before the place, named by its level.
_PLACE_WORDS = ("THÀNH PHỐ", "TỈNH", "THỊ XÃ", "HUYỆN", "QUẬN", "THỊ TRẤN", "ĐẶC KHU", "XÃ",
                "PHƯỜNG")


def header_lines(name: str, size: float, column_mm: float) -> str:
    """A body's name for the header's left column: on one line when it fits, else broken
    before its place (“ỦY BAN NHÂN DÂN / TỈNH BẮC NINH”), never in the middle of the place's
    name as Word would wrap it."""
    if "\n" in name or text_width_mm(name, size, bold=False) <= column_mm:
        return name
    upper = name.upper()
    for word in _PLACE_WORDS:
        at = upper.find(" " + word + " ")
        if at > 0:
            return name[:at] + "\n" + name[at + 1:]
    return name


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _grid_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"),
                           ("w:color", "000000")):
            element.set(qn(key), value)
        borders.append(element)
    tbl_pr.append(borders)


def _cell_margins(table, mm: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(int(mm * 56.7)))  # twentieths of a point
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _table(doc, rows: int, widths_mm: list[float], borders: bool = False):
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    (_grid_borders if borders else _no_borders)(table)
    _cell_margins(table, 1.0 if borders else 0.5)
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)  # the grid, which LibreOffice reads
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)  # and each cell, which Word reads
    return table


def _cell(table, row: int, col: int):
    cell = table.cell(row, col)
    # A new cell holds one empty paragraph: remove it so content starts at the top.
    for paragraph in list(cell.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return cell


def _keep_with_next(element) -> None:
    """Keep a paragraph, or a table's last row, on the page of what follows it."""
    if element.tag == qn("w:p"):
        element.get_or_add_pPr()
        from docx.text.paragraph import Paragraph

        Paragraph(element, None).paragraph_format.keep_with_next = True
    elif element.tag == qn("w:tbl"):
        rows = element.findall(qn("w:tr"))
        if rows:
            _keep_row_with_next(rows[-1])


def _keep_row_with_next(row) -> None:
    for paragraph in row.iter(qn("w:p")):
        _keep_with_next(paragraph)


def _row_properties(row, *, header: bool = False) -> None:
    """A row that never splits across pages; a header row is repeated on every page."""
    tr_pr = row.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header and tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _page_numbers(section) -> None:
    """PAGE field centred in the header from page 2; the first page has none."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field_run = OxmlElement("w:fldSimple")
    field_run.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    inner.append(rpr)
    text = OxmlElement("w:t")
    text.text = "2"
    inner.append(text)
    field_run.append(inner)
    paragraph._p.append(field_run)
    from docx.text.run import Run as DocxRun

    run = DocxRun(inner, paragraph)
    set_fonts(inner)
    run.font.size = Pt(14)
    section.first_page_header.is_linked_to_previous = False


# ---------------------------------------------------------------- the document parts


def _header(doc, meta: DocMeta) -> None:
    fmt = meta.fmt
    left_mm, right_mm = HEADER_COLUMNS_MM[fmt.issuer]
    table = _table(doc, 2, [left_mm, right_mm])
    table.alignment = None
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(int(-HEADER_OUTDENT_MM * 56.7)))
    indent.set(qn("w:type"), "dxa")
    table._tbl.tblPr.append(indent)
    left, right = _cell(table, 0, 0), _cell(table, 0, 1)
    if fmt.issuer == "party":
        if meta.superior:
            _paragraph(left, header_lines(meta.superior, fmt.header_size, left_mm),
                       fmt.header_size)
        _paragraph(left, meta.body, fmt.header_size, bold=True)
        _paragraph(left, "*", fmt.header_size)
        title = "ĐẢNG CỘNG SẢN VIỆT NAM"
        _paragraph(right, title, fmt.national_size, bold=True)
        _rule_below(right, text_width_mm(title, fmt.national_size), right_mm)
    else:
        if meta.superior:
            _paragraph(left, header_lines(meta.superior, fmt.header_size, left_mm),
                       fmt.header_size)
        _paragraph(left, meta.body, fmt.header_size, bold=True)
        longest = max(meta.body.split("\n"), key=len)
        _rule_below(left, min(text_width_mm(longest, fmt.header_size), left_mm) * 0.4, left_mm)
        _paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fmt.national_size, bold=True)
        motto = "Độc lập - Tự do - Hạnh phúc"
        _paragraph(right, motto, fmt.motto_size, bold=True)
        _rule_below(right, text_width_mm(motto, fmt.motto_size), right_mm)
    number_cell, date_cell = _cell(table, 1, 0), _cell(table, 1, 1)
    _paragraph(number_cell, meta.number_line, fmt.number_size, space_before=6)
    if meta.date_line:
        _paragraph(date_cell, meta.date_line, 14, italic=True, space_before=6)
    else:
        _paragraph(date_cell, "")


def _title(doc, block: Block, meta: DocMeta) -> None:
    _paragraph(doc, block.text.upper(), meta.fmt.title_size, bold=True, space_before=18)


def _summary(doc, block: Block, meta: DocMeta) -> None:
    text = block.text
    if meta.fmt.issuer == "party":
        text = text[:1].lower() + text[1:]  # HD36: the summary starts with a lowercase letter
        _paragraph(doc, text, 14, bold=True)
        _paragraph(doc, "-----", 14, space_after=6)
    else:
        text = text[:1].upper() + text[1:]
        _paragraph(doc, text, 14, bold=True)
        _rule_below(doc, TEXT_WIDTH_MM / 3, TEXT_WIDTH_MM)
        _paragraph(doc, "", 6)


def _body(doc, block: Block, *, italic: bool = False, bold: bool = False, indent: bool = True,
          align=WD_ALIGN_PARAGRAPH.JUSTIFY, prefix: str = ""):
    paragraph = doc.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Mm(10) if indent else None
    fmt.space_before, fmt.space_after = Pt(6), Pt(0)
    fmt.line_spacing = 1.15
    runs = ([Run(prefix)] if prefix else []) + block.runs
    _runs(paragraph, runs, 14, bold=bold, italic=italic)
    return paragraph


def _body_table(doc, block: Block) -> None:
    widths = [float(w) for w in block.args.split(",")] if block.args else []
    columns = max(len(cells) for _, cells in block.rows)
    if len(widths) != columns:
        widths = [100 / columns] * columns
    table = _table(doc, len(block.rows), [TEXT_WIDTH_MM * w / 100 for w in widths], borders=True)
    leading = 0  # the header rows at the top, repeated on every page the table runs onto
    while leading < len(block.rows) and block.rows[leading][0]:
        leading += 1
    for r, (header, cells) in enumerate(block.rows):
        _row_properties(table.rows[r]._tr, header=r < leading)
        for c, runs in enumerate(cells):
            cell = _cell(table, r, c)
            numeric = "".join(run.text for run in runs).strip().replace(",", "").isdigit()
            centred = header or numeric
            paragraph = _paragraph(cell, "", 13, align=WD_ALIGN_PARAGRAPH.CENTER if centred
                                   else WD_ALIGN_PARAGRAPH.LEFT, space_before=2, space_after=2)
            _runs(paragraph, runs, 13, bold=header)
    rows = [row._tr for row in table.rows]
    if len(rows) <= SMALL_TABLE_ROWS:  # a short table is read at one glance: never split
        for row in rows[:-1]:
            _keep_row_with_next(row)
    else:  # like a paragraph's widows and orphans: at least two rows on either side
        for row in rows[:leading + 1]:
            _keep_row_with_next(row)  # the header with two rows under it at a page's foot
        _keep_row_with_next(rows[-2])  # the last row (a total) never alone on a new page
    _paragraph(doc, "", 6)


def _recipients(cell, meta: DocMeta) -> None:
    fmt = meta.fmt
    if fmt.issuer == "party":
        _paragraph(cell, "Nơi nhận:", fmt.recipients_label_size, underline=True,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        _paragraph(cell, "Nơi nhận:", fmt.recipients_label_size, bold=True, italic=True,
                   align=WD_ALIGN_PARAGRAPH.LEFT)
    items = [r.rstrip(" ;.") for r in meta.recipients]
    for i, item in enumerate(items):
        end = "." if i == len(items) - 1 else ";"
        _paragraph(cell, f"- {item}{end}", fmt.recipients_size, align=WD_ALIGN_PARAGRAPH.LEFT)


def _signer(cell, signature: Signature) -> None:
    for text, bold in signature.lines:
        _paragraph(cell, text, 14, bold=bold)
    for _ in range(4):  # room for the signature and the seal
        _paragraph(cell, "", 14)
    _paragraph(cell, signature.name, 14, bold=True)


def _signature_block(doc, meta: DocMeta) -> None:
    """Nơi nhận and the signature(s): one row that never splits, so the authority line, the
    position, the name and Nơi nhận are always on one page."""
    table = _table(doc, 1, list(SIGNATURE_COLUMNS_MM))
    _row_properties(table.rows[0]._tr)
    left, right = _cell(table, 0, 0), _cell(table, 0, 1)
    if meta.left_signature is not None:  # minutes: secretary left, chair right
        _signer(left, meta.left_signature)
        if meta.recipients:
            _paragraph(left, "", 12)
            _recipients(left, meta)
    else:
        _recipients(left, meta)
    if meta.signature is not None:
        _signer(right, meta.signature)
    else:
        _paragraph(right, "")
    for paragraph in table._tbl.iter(qn("w:p")):  # Word: the row's lines stay together
        _keep_with_next(paragraph)


def _keep_with_body_end(spacer, lines: int = 2) -> None:
    """The signature block starts on the page of the body's last lines: the spacer above it
    and the body's last two paragraphs (or a table's last row) are kept with what follows.
    Widow control keeps at least two lines of a long paragraph there."""
    element, kept = spacer._p, 0
    _keep_with_next(element)
    while kept < lines:
        element = element.getprevious()
        if element is None or element.tag not in (qn("w:p"), qn("w:tbl")):
            break
        _keep_with_next(element)
        if element.tag == qn("w:tbl") or "".join(element.itertext()).strip():
            kept += 1


def _end(paragraph, ending: str) -> None:
    """The content ends with "./.": “… theo quy định./.” (a final full stop is replaced)."""
    runs = paragraph.runs
    if runs and runs[-1].text.rstrip().endswith((".", ";", ":")):
        runs[-1].text = runs[-1].text.rstrip()[:-1]
    _run(paragraph, ending, 14)


# ---------------------------------------------------------------- the whole document


def build(blocks: list[Block], meta: DocMeta) -> bytes:
    doc = Document()
    _defaults(doc)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _page_numbers(section)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = meta.title, meta.author, meta.author
    props.created = props.modified = datetime(2000, 1, 1)  # reproducible output
    props.comments = ""
    # python-docx's empty template starts with one empty paragraph: remove it.
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    _header(doc, meta)
    last_text = None
    drawn = [b for b in blocks if b.kind != "chart" or b.args in meta.charts]
    for i, block in enumerate(drawn):
        kind = block.kind
        following = drawn[i + 1].kind if i + 1 < len(drawn) else None
        paragraph = None
        if kind == "title":
            _title(doc, block, meta)
        elif kind == "summary":
            _summary(doc, block, meta)
        elif kind == "p":
            paragraph = last_text = _body(doc, block)
        elif kind == "pi":
            paragraph = last_text = _body(doc, block, italic=True)
        elif kind == "pc":  # a paragraph that continues a list item, without indent
            paragraph = last_text = _body(doc, block, indent=False)
        elif kind == "plain":
            paragraph = last_text = _body(doc, block, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "li":
            paragraph = last_text = _body(doc, block, prefix="- ")
        elif kind in ("h1", "h2", "h3"):
            paragraph = _body(doc, block, bold=kind != "h3", italic=kind == "h3",
                              align=WD_ALIGN_PARAGRAPH.LEFT if kind == "h1"
                              else WD_ALIGN_PARAGRAPH.JUSTIFY)
            paragraph.paragraph_format.keep_with_next = True  # a heading stays with its text
        elif kind == "center":
            paragraph = _paragraph(doc, "", 14, space_before=6)
            _runs(paragraph, block.runs, 14)
        elif kind == "table":
            _body_table(doc, block)
        elif kind == "chart":
            paragraph = _paragraph(doc, "", 14, space_before=6)
            add_chart(paragraph, meta.charts[block.args], TEXT_WIDTH_MM)
            paragraph.paragraph_format.keep_with_next = True  # with its caption
            paragraph.paragraph_format.keep_together = True
        elif kind == "blank":
            _paragraph(doc, "", 14)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "signature":
            if last_text is not None and meta.fmt.ending:
                _end(last_text, meta.fmt.ending)
                last_text = None
            spacer = _paragraph(doc, "", 8)
            _keep_with_body_end(spacer)
            _signature_block(doc, meta)
        # The table or chart a paragraph introduces, the answer under a speaker, the first
        # petition under an item of a conclusion notice (“@li” then “@pi”) stay with it. (Not
        # every line ending in “:”: a heading above it keeps with it already, and LibreOffice
        # leaves a heading alone at a page's foot when three paragraphs chain.)
        if paragraph is not None and kind != "chart" and (
                following in ("table", "chart", "pc") or (kind == "li" and following == "pi")):
            paragraph.paragraph_format.keep_with_next = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
