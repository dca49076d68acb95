"""The annual report's chart: a native Word chart (a DrawingML chart part with its workbook),
read back from the .docx and, where LibreOffice is installed, from the PDF it prints."""

from __future__ import annotations

import io
import posixpath
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from conftest import write_tree
from docx_check import body_lines, open_docx
from tiepxuc.render import render
from tiepxuc.repo import load
from tiepxuc.rules.engine import active_profile

WARD = Path(__file__).resolve().parents[1] / "examples" / "phuong-dinh-ke-2024"
TODAY = date(2026, 11, 22)
NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
      "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
      "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def produce(root: Path, year: str = "2024") -> bytes:
    repo = load(root)
    profile, _ = active_profile(repo)
    return render(repo, profile, "report", year, False, TODAY).data


@pytest.fixture(scope="module")
def report() -> bytes:
    return produce(WARD)


def targets(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, target part name)."""
    folder, name = posixpath.split(part)
    rels = etree.fromstring(archive.read(f"{folder}/_rels/{name}.rels"))
    return {r.get("Id"): (r.get("Type"),
                          posixpath.normpath(posixpath.join(folder, r.get("Target"))))
            for r in rels.iterfind("rel:Relationship", NS)}


def content_type(archive: zipfile.ZipFile, part: str) -> str:
    types = etree.fromstring(archive.read("[Content_Types].xml"))
    override = types.find(f"ct:Override[@PartName='/{part}']", NS)
    if override is not None:
        return override.get("ContentType")
    extension = part.rsplit(".", 1)[-1]
    return types.find(f"ct:Default[@Extension='{extension}']", NS).get("ContentType")


def chart_of(data: bytes) -> tuple[zipfile.ZipFile, str]:
    """The one chart drawn in the document body, found as Word finds it: the inline drawing's
    c:chart r:id, through the document's relationships."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    body = etree.fromstring(archive.read("word/document.xml"))
    (inline,) = body.iterfind(".//wp:inline", NS)
    (data_uri,) = inline.xpath("a:graphic/a:graphicData/@uri", namespaces=NS)
    assert data_uri == NS["c"]
    (rid,) = inline.xpath("a:graphic/a:graphicData/c:chart/@r:id", namespaces=NS)
    reltype, part = targets(archive, "word/document.xml")[rid]
    assert reltype == REL + "chart"
    return archive, part


def field_table(data: bytes) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The report's table of petitions by field: its header, and (name, answered, handled)."""
    lines = body_lines(open_docx(data))
    start = next(i for i, line in enumerate(lines) if line.startswith("STT | Lĩnh vực |"))
    rows = []
    for line in lines[start + 1:]:
        cells = line.split(" | ")
        if len(cells) != 5 or not cells[0].isdigit():
            break
        rows.append((cells[1], int(cells[3]), int(cells[4])))
    return lines[start].split(" | "), rows


def points(cache) -> list[str]:
    count = int(cache.find("c:ptCount", NS).get("val"))
    values = {int(p.get("idx")): p.findtext("c:v", namespaces=NS)
              for p in cache.iterfind("c:pt", NS)}
    return [values.get(i) for i in range(count)]


def test_report_chart_is_a_native_word_chart(report):
    archive, part = chart_of(report)
    assert re.fullmatch(r"word/charts/chart\d+\.xml", part)
    assert content_type(archive, part) == CHART_TYPE
    # no picture any more: the chart is drawn by Word from the chart part
    assert not [n for n in archive.namelist() if n.startswith("word/media/")]
    chart = etree.fromstring(archive.read(part))
    (bar,) = chart.iterfind("c:chart/c:plotArea/c:barChart", NS)
    assert bar.find("c:barDir", NS).get("val") == "bar"  # horizontal
    assert bar.find("c:grouping", NS).get("val") == "stacked"
    assert bar.find("c:overlap", NS).get("val") == "100"
    colours = [s.find("c:spPr/a:solidFill/a:srgbClr", NS).get("val").upper()
               for s in bar.iterfind("c:ser", NS)]
    assert colours == ["2F6F4E", "C8A24A"]


def test_chart_shows_the_fields_of_the_table_in_its_order(report):
    header, rows = field_table(report)
    assert len(rows) == 9
    archive, part = chart_of(report)
    chart = etree.fromstring(archive.read(part))
    series = chart.findall(".//c:barChart/c:ser", NS)
    names = [points(s.find("c:tx/c:strRef/c:strCache", NS))[0] for s in series]
    assert names == header[3:] == ["Trả lời tại hội nghị", "Giao giải quyết, chuyển"]
    for s in series:
        categories = points(s.find("c:cat/c:strRef/c:strCache", NS))
        assert categories == [name for name, _, _ in rows]
        assert all(unicodedata.is_normalized("NFC", c) for c in categories)
    values = [[int(v) for v in points(s.find("c:val/c:numRef/c:numCache", NS))] for s in series]
    assert values == [[a for _, a, _ in rows], [h for _, _, h in rows]]
    # the first field at the top, as in the table; whole numbers on the value axis
    assert chart.find(".//c:catAx/c:scaling/c:orientation", NS).get("val") == "maxMin"
    assert chart.find(".//c:valAx/c:numFmt", NS).get("formatCode") == "0"
    assert chart.find(".//c:valAx/c:majorUnit", NS).get("val") == "1"
    title = "".join(chart.xpath(".//c:valAx/c:title//a:t/text()", namespaces=NS))
    assert title == "Số ý kiến, kiến nghị"


def test_chart_text_is_times_new_roman_and_the_legend_is_below(report):
    archive, part = chart_of(report)
    chart = etree.fromstring(archive.read(part))
    assert chart.find("c:txPr", NS) is not None  # the whole chart's default text
    faces = chart.xpath(".//a:latin/@typeface | .//a:ea/@typeface | .//a:cs/@typeface",
                        namespaces=NS)
    assert faces and set(faces) == {"Times New Roman"}
    for properties in chart.iterfind(".//a:defRPr", NS):
        slots = {f"{{{NS['a']}}}{slot}" for slot in ("latin", "ea", "cs")}
        assert {f.tag for f in properties} >= slots
        assert 1000 <= int(properties.get("sz")) <= 1100
    legend = chart.find("c:chart/c:legend", NS)
    assert legend.find("c:legendPos", NS).get("val") == "b"
    assert legend.find("c:overlay", NS).get("val") == "0"
    # fitted to the page's text width (165 mm) and to the number of fields
    (extent,) = etree.fromstring(archive.read("word/document.xml")).iterfind(".//wp:extent", NS)
    width, height = (int(extent.get(k)) / 36000 for k in ("cx", "cy"))
    assert 150 <= width <= 165 and 80 <= height <= 140


def test_chart_workbook_holds_the_same_figures(report):
    archive, part = chart_of(report)
    chart = etree.fromstring(archive.read(part))
    rid = chart.find("c:externalData", NS).get(f"{{{NS['r']}}}id")
    reltype, workbook_part = targets(archive, part)[rid]
    assert reltype == REL + "package"
    assert re.fullmatch(r"word/embeddings/Microsoft_Excel_Worksheet\d*\.xlsx", workbook_part)
    assert content_type(archive, workbook_part) == SHEET_TYPE
    workbook = zipfile.ZipFile(io.BytesIO(archive.read(workbook_part)))
    (sheet_name,) = etree.fromstring(workbook.read("xl/workbook.xml")).xpath(
        "x:sheets/x:sheet/@name", namespaces=NS)
    strings = [si.xpath("string(.)") for si in
               etree.fromstring(workbook.read("xl/sharedStrings.xml")).iterfind("x:si", NS)]
    cells = {}
    for cell in etree.fromstring(workbook.read("xl/worksheets/sheet1.xml")).iter(f"{{{NS['x']}}}c"):
        value = cell.findtext("x:v", namespaces=NS)
        cells[cell.get("r")] = strings[int(value)] if cell.get("t") == "s" else int(float(value))
    header, rows = field_table(report)
    assert [cells["B1"], cells["C1"]] == header[3:]
    for number, (name, answered, handled) in enumerate(rows, 2):
        row = (cells[f"A{number}"], cells[f"B{number}"], cells[f"C{number}"])
        assert row == (name, answered, handled)
    # the series' formulas name those cells, so that "Edit data" finds them
    last = len(rows) + 1
    sheet = f"'{sheet_name}'" if not sheet_name.isalnum() else sheet_name
    formulas = [f.text for f in chart.iterfind(".//c:ser//c:f", NS)]
    assert formulas == [f"{sheet}!$B$1", f"{sheet}!$A$2:$A${last}", f"{sheet}!$B$2:$B${last}",
                        f"{sheet}!$C$1", f"{sheet}!$A$2:$A${last}", f"{sheet}!$C$2:$C${last}"]


def test_chart_only_when_the_year_has_petitions(make_repo):
    root = make_repo()  # one petition, in one field
    with_petition = zipfile.ZipFile(io.BytesIO(produce(root)))
    assert [n for n in with_petition.namelist() if n.startswith("word/charts/chart")] == [
        "word/charts/chart1.xml"]
    write_tree(root, {"petitions/2024/kn-2024-06-14-rac-thai.yaml": None})
    data = produce(root)
    assert not [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
                if n.startswith(("word/charts/", "word/embeddings/", "word/media/"))]
    assert not any(line.startswith("Biểu đồ") for line in body_lines(open_docx(data)))


@pytest.mark.skipif(not shutil.which("soffice"),
                    reason="LibreOffice (soffice) is not installed: the chart is not printed")
def test_libreoffice_prints_the_chart(report, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read")
    source = tmp_path / "bao-cao-2024.docx"
    source.write_bytes(report)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                        str(source)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", str(tmp_path / "bao-cao-2024.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    text = " ".join(unicodedata.normalize("NFC", text).split())
    _, rows = field_table(report)
    for name, _, _ in rows:
        assert text.count(name) == 2, name  # once in the table, once beside its bar
    for label in ("Số ý kiến, kiến nghị", "Trả lời tại hội nghị", "Giao giải quyết, chuyển"):
        assert label in text  # the axis title and the legend, printed as text


def test_a_template_naming_an_unknown_chart_is_refused_clearly(make_repo):
    from conftest import run

    root = make_repo()
    write_tree(root, {"templates/documents/report.j2": "@title BÁO CÁO\n@chart linh-vuc\n"})
    result = run("-C", str(root), "render", "report", "2024")
    assert result.exit_code == 2, result.output
    assert "documents/report.j2" in result.stderr and "linh-vuc" in result.stderr
    assert "fields" in result.stderr and "Traceback" not in result.output
    assert not (root / "out").exists()
