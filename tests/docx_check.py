"""Reading a rendered .docx back: its text in order, and the format facts the tests check."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def body_lines(doc) -> list[str]:
    """Every paragraph of the body in order; a table row as its cells joined by " | "."""
    lines = []
    for element in doc.element.body.iterchildren():
        if element.tag == W + "p":
            lines.append(_text(element))
        elif element.tag == W + "tbl":
            for row in element.iter(W + "tr"):
                cells = []
                for cell in row.iter(W + "tc"):
                    paragraphs = [_text(p) for p in cell.iter(W + "p")]
                    cells.append(" / ".join(x for x in paragraphs if x))
                lines.append(" | ".join(cells))
    return [line for line in lines if line.strip()]


def _text(paragraph) -> str:
    """A paragraph's text; a line break inside it reads as " / "."""
    out = []
    for node in paragraph.iter(W + "t", W + "br"):
        out.append(" / " if node.tag == W + "br" else (node.text or ""))
    return "".join(out)


def xml_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name.endswith(".xml")}


def font_slots(data: bytes) -> list[dict[str, str]]:
    """Every w:rFonts element of the parts that hold visible text: the document, its styles
    and its headers (numbering.xml's bullet glyphs are never shown: no list is used)."""
    found = []
    for name, content in xml_parts(data).items():
        if name in ("word/document.xml", "word/styles.xml") or name.startswith("word/header"):
            root = etree.fromstring(content)
            found += [dict(e.attrib) for e in root.iter(W + "rFonts")]
    return found


def run_size(run, paragraph) -> float | None:
    if run.font.size is not None:
        return run.font.size.pt
    return None


def visible_runs(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def table_borders(table) -> dict[str, str]:
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    return {child.tag.split("}")[1]: child.get(qn("w:val")) for child in borders}
