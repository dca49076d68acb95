""".xlsx out: `check-deadlines --xlsx`, `report YEAR --xlsx`, `export xlsx [--public]`.

Each workbook is read back twice: its values and their types with python-calamine (another
reader than the writer), its layout from the file's XML itself — the frozen header, the
filter, the fills, the fonts, the number formats and the column widths."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from python_calamine import CalamineWorkbook

from conftest import run
from tiepxuc import privacy, workbook

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
OVERDUE = "FF" + workbook.OVERDUE_FILL.lstrip("#")

NAME, PHONE, CCCD = "Lê Thị Hồng", "0912345678", "001099012345"
EMAIL, ADDRESS = "hong.le@example.vn", "Số 12, ngõ 8"
PID = "kn-2024-06-14-ba-le-thi-hong-duong-ngo-8"  # an ID made of words that name her
# A petition holding every kind of personal data, in its fields and in its free text; assigned
# after the session, so that it owes a resolution (overdue by 2025).
ASSIGNED = f"""\
id: {PID}
session: 2024-06-14-dinh-ky
raised_by:
  name: {NAME}
  residential_group: Tổ dân phố số 4
  address: "{ADDRESS}"
  phone: "{PHONE}"
  id_number: "{CCCD}"
  email: {EMAIL}
field: dat-dai
content: "Bà {NAME} ({ADDRESS}, điện thoại 0912 345 678, thư {EMAIL}) đề nghị sửa đường ngõ 8"
answer:
  kind: answer_later
  by: Chủ tịch UBND phường
  content: Giao công chức Địa chính khảo sát
  reason: insufficient_basis
  basis: Cần khảo sát hiện trạng
assignment:
  lead: Công chức Địa chính - Xây dựng
"""
# Text that a spreadsheet would take for a formula, if it were not written as text.
FORMULA = '=HYPERLINK("http://example.invalid","bấm vào đây")'
RESOLVED = f"""\
id: kn-2024-06-14-cong-thoat-nuoc
session: 2024-06-14-dinh-ky
raised_by: {{name: Hội Cựu chiến binh phường, kind: organisation}}
field: moi-truong
content: '{FORMULA} cống thoát nước tắc'
answer:
  kind: answer_later
  by: Chủ tịch UBND phường
  reason: insufficient_basis
  basis: Cần khảo sát
assignment:
  lead: Công an phường
resolution: {{date: 2024-07-05, document: Văn bản số 20/UBND, result: Đã nạo vét cống}}
"""
FILES = {f"petitions/2024/{PID}.yaml": ASSIGNED,
         "petitions/2024/kn-2024-06-14-cong-thoat-nuoc.yaml": RESOLVED}
AS_OF = "2025-01-15"


@pytest.fixture
def kho(make_repo):
    return make_repo(FILES)


class Book:
    """A workbook as written: values through calamine, layout from the XML."""

    def __init__(self, path: Path) -> None:
        calamine = CalamineWorkbook.from_path(str(path))
        self.names = calamine.sheet_names
        self.values = {n: calamine.get_sheet_by_name(n).to_python() for n in self.names}
        self.zip = zipfile.ZipFile(path)
        book = self.xml("xl/workbook.xml")
        rels = {r.get("Id"): r.get("Target")
                for r in self.xml("xl/_rels/workbook.xml.rels")}
        self.parts = {s.get("name"): "xl/" + rels[s.get(R + "id")].lstrip("/").removeprefix("xl/")
                      for s in book.iter(M + "sheet")}
        styles = self.xml("xl/styles.xml")
        self.fonts = [(f.find(M + "name").get("val"), f.find(M + "scheme"))
                      for f in styles.find(M + "fonts")]
        self.fills = []
        for fill in styles.find(M + "fills"):
            colour = fill.find(f"{M}patternFill/{M}fgColor")
            self.fills.append(colour.get("rgb") if colour is not None else None)
        formats = {int(f.get("numFmtId")): f.get("formatCode")
                   for f in styles.iter(M + "numFmt")}
        self.xfs = [(formats.get(int(xf.get("numFmtId")), int(xf.get("numFmtId"))),
                     self.fills[int(xf.get("fillId"))])
                    for xf in styles.find(M + "cellXfs")]

    def indent(self, xf: int) -> int:
        """How far a cell format indents its text to the right of the left edge."""
        alignment = self.xml("xl/styles.xml").find(M + "cellXfs")[xf].find(M + "alignment")
        if alignment is None or alignment.get("horizontal") != "left":
            return 0
        return int(alignment.get("indent", 0))

    def xml(self, part: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.zip.read(part))

    def sheet(self, name: str) -> ElementTree.Element:
        return self.xml(self.parts[name])

    def rows(self, name: str) -> list[list]:
        return self.values[name]

    def table(self, name: str) -> list[dict]:
        head, *body = self.values[name]
        return [dict(zip(head, row)) for row in body]

    def cell_styles(self, name: str) -> dict[str, tuple]:
        """Cell reference → (number format, fill colour)."""
        return {c.get("r"): self.xfs[int(c.get("s", 0))]
                for c in self.sheet(name).iter(M + "c")}

    def filled_rows(self, name: str) -> set[int]:
        """The rows (1 = the header) whose cells carry the overdue fill."""
        return {int(re.sub(r"[A-Z]+", "", ref)) for ref, (_, fill) in
                self.cell_styles(name).items() if fill == OVERDUE}

    def text(self) -> str:
        """Everything the file holds as text: every XML part, as written."""
        return "\n".join(self.zip.read(n).decode("utf-8") for n in self.zip.namelist()
                         if n.endswith((".xml", ".rels")))

    def cells(self) -> str:
        """Every cell's value and the workbook's properties, one apart from the next (a cell
        ending in “số 7” followed by one starting “Đường” is no house number)."""
        values = [str(v) for rows in self.values.values() for row in rows for v in row]
        return "\n|\n".join([*values, self.zip.read("docProps/core.xml").decode("utf-8")])


def xlsx(root: Path, *args: str, name: str = "out.xlsx", code: int | None = 0) -> Book:
    target = root.parent / name
    result = run("-C", str(root), *args, str(target))
    if code is not None:
        assert result.exit_code == code, (result.output, result.exception)
    assert str(target) in result.stderr  # “Đã ghi …”
    return Book(target)


def column_widths(sheet: ElementTree.Element) -> dict[int, float]:
    """Column number (from 1) → width, in characters."""
    return {number: float(c.get("width")) for c in sheet.iter(M + "col")
            for number in range(int(c.get("min")), int(c.get("max")) + 1)}


def column(letter_index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[letter_index]


# ---------------------------------------------------------------- check-deadlines --xlsx


def test_deadlines_workbook_has_every_row_of_the_json(kho):
    listed = json.loads(run("-C", str(kho), "check-deadlines", "--json", "--as-of", AS_OF).stdout)
    result = run("-C", str(kho), "check-deadlines", "--as-of", AS_OF, "--xlsx",
                 str(kho.parent / "han.xlsx"))
    assert result.exit_code == 1  # something is overdue, as without --xlsx
    assert result.stdout == ""  # the table is in the workbook
    book = Book(kho.parent / "han.xlsx")
    assert book.names == ["Thời hạn"]
    head, *body = book.rows("Thời hạn")
    assert head == ["Mã hồ sơ", "Việc phải làm", "Hạn", "Tình trạng hạn",
                    "Số ngày trước hạn (âm: quá hạn)", "Còn lại, quá hạn", "Ngày hoàn thành",
                    "Cơ quan chủ trì", "Tệp hồ sơ:dòng", "Cách tính hạn", "Căn cứ", "Ghi chú"]
    assert len(body) == len(listed) > 5
    statuses = {"overdue": "quá hạn", "due_soon": "sắp đến hạn", "within": "trong hạn",
                "done_late": "hoàn thành quá hạn", "done_on_time": "hoàn thành đúng hạn"}
    for row, item in zip(book.table("Thời hạn"), listed):
        assert row["Mã hồ sơ"] == item["id"]
        assert row["Việc phải làm"] == item["title"]
        assert row["Hạn"] == date.fromisoformat(item["due"])  # a date cell, not text
        assert row["Tình trạng hạn"] == statuses[item["status"]]
        assert row["Số ngày trước hạn (âm: quá hạn)"] == item["days"]
        assert row["Ngày hoàn thành"] == (date.fromisoformat(item["done"]) if item["done"]
                                          else "")
        assert row["Cơ quan chủ trì"] == (item["agency"] or "")
        assert row["Tệp hồ sơ:dòng"] == f"{item['file']}:{item['line']}"
        assert row["Cách tính hạn"] == (item["rule"] or "")
        assert row["Căn cứ"] == item["basis"]
        assert row["Ghi chú"] == "; ".join(item["notes"])
    resolution = next(r for r in book.table("Thời hạn") if r["Mã hồ sơ"] == PID)
    assert resolution["Tình trạng hạn"] == "quá hạn"
    assert resolution["Cơ quan chủ trì"] == "Công chức Địa chính - Xây dựng"
    # what a row says of a petition is redacted, as every deadline row is
    assert NAME not in resolution["Việc phải làm"] and "L.T.H." in resolution["Việc phải làm"]


def test_deadlines_workbook_follows_the_filters(kho):
    def ids(*options: str) -> list[str]:
        listed = json.loads(run("-C", str(kho), "check-deadlines", "--json", "--as-of", AS_OF,
                                *options).stdout)
        return [item["id"] for item in listed]

    for options in (("--agency", "dia chinh"), ("--within", "300"), ("--as-of", "2024-07-10")):
        book = xlsx(kho, "check-deadlines", "--as-of", AS_OF, *options, "--exit-zero", "--xlsx")
        shown = [row["Mã hồ sơ"] for row in book.table("Thời hạn")]
        assert shown == ids(*options), options
    agency = xlsx(kho, "check-deadlines", "--as-of", AS_OF, "--agency", "dia chinh", "--xlsx",
                  code=1)
    assert {r["Cơ quan chủ trì"] for r in agency.table("Thời hạn")} == {
        "Công chức Địa chính - Xây dựng"}
    within = xlsx(kho, "check-deadlines", "--as-of", "2025-03-25", "--within", "5",
                  "--exit-zero", "--xlsx")
    assert "sắp đến hạn" in {r["Tình trạng hạn"] for r in within.table("Thời hạn")}


def test_every_workbook_is_laid_out_for_the_office(kho):
    book = xlsx(kho, "check-deadlines", "--as-of", AS_OF, "--xlsx", code=1)
    sheet = book.sheet("Thời hạn")
    rows = book.rows("Thời hạn")
    # the header row frozen, the filter over every row and column
    pane = sheet.find(f"{M}sheetViews/{M}sheetView/{M}pane")
    assert (pane.get("state"), pane.get("ySplit"), pane.get("topLeftCell")) == ("frozen", "1", "A2")
    last = column(len(rows[0]) - 1)
    assert sheet.find(M + "autoFilter").get("ref") == f"A1:{last}{len(rows)}"
    # dates are date cells shown as dd/mm/yyyy; the days are numbers
    styles = book.cell_styles("Thời hạn")
    assert all(styles[f"C{n}"][0] == "dd/mm/yyyy" for n in range(2, len(rows) + 1))
    assert all(isinstance(row[2], date) and isinstance(row[4], float) for row in rows[1:])
    # overdue rows filled, and only they, every cell of them
    overdue = {n for n, row in enumerate(rows, 1) if row[3] == "quá hạn"}
    assert overdue and book.filled_rows("Thời hạn") == overdue
    assert all(styles[f"{column(c)}{n}"][1] == OVERDUE for n in overdue
               for c in range(len(rows[0])) if f"{column(c)}{n}" in styles)
    # Times New Roman everywhere, never the theme's font
    assert {name for name, _ in book.fonts} == {"Times New Roman"}
    assert all(scheme is None for _, scheme in book.fonts)
    # each column as wide as its content, within bounds
    widths = column_widths(sheet)
    assert set(widths) == set(range(1, len(rows[0]) + 1))
    assert all(workbook.MIN_WIDTH <= w <= 71 for w in widths.values())  # (70: a title's bound)
    longest_id = max(len(row[0]) for row in rows)
    assert longest_id + 1 <= widths[1] <= longest_id + 4
    assert 10 <= widths[3] <= 14  # dd/mm/yyyy


def test_long_text_is_bounded_and_kept_whole(make_repo):
    long = "Đường ngõ 8 xuống cấp nghiêm trọng " * 40
    root = make_repo({**FILES, f"petitions/2024/{PID}.yaml": ASSIGNED.replace(
        "đề nghị sửa đường ngõ 8", long.strip())})
    book = xlsx(root, "export", "xlsx", "--as-of", AS_OF)
    sheet = book.sheet("Kiến nghị")
    head = book.rows("Kiến nghị")[0]
    content = head.index("Nội dung") + 1
    widths = column_widths(sheet)
    assert 60 <= widths[content] <= 81  # at most 80 characters wide
    assert any(long.strip() in row["Nội dung"] for row in book.table("Kiến nghị"))


def test_a_failed_write_leaves_the_old_file_whole(kho, monkeypatch):
    target = kho.parent / "han.xlsx"
    target.write_bytes(b"the workbook of yesterday")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    # while the workbook is made…
    monkeypatch.setattr(workbook, "_write_sheet", fail)
    result = run("-C", str(kho), "check-deadlines", "--as-of", AS_OF, "--xlsx", str(target))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert target.read_bytes() == b"the workbook of yesterday"
    monkeypatch.undo()
    # …and while it is written to the disk
    monkeypatch.setattr("tiepxuc.fileio.os.fsync", fail)
    result = run("-C", str(kho), "report", "2024", "--xlsx", str(target))
    assert result.exit_code == 2 and "Không ghi được tệp" in result.stderr
    assert target.read_bytes() == b"the workbook of yesterday"
    assert sorted(p.name for p in kho.parent.iterdir()) == ["han.xlsx", "kho"]


# ---------------------------------------------------------------- report YEAR --xlsx


def test_report_workbook_has_each_table_on_a_sheet(kho):
    figures = json.loads(run("-C", str(kho), "report", "2024", "--json", "--as-of", AS_OF
                             ).stdout)["units"][0]
    result = run("-C", str(kho), "report", "2024", "--as-of", AS_OF, "--xlsx",
                 str(kho.parent / "so-lieu.xlsx"))
    assert result.exit_code == 0 and result.stdout == ""
    book = Book(kho.parent / "so-lieu.xlsx")
    assert book.names == ["Số liệu", "Theo lĩnh vực", "Kết quả giải quyết", "Hội nghị"]
    values = {row["Chỉ tiêu"]: row["Số liệu"] for row in book.table("Số liệu")}
    assert values["Hội nghị đã tổ chức"] == figures["sessions"] == 2
    assert values["số cuộc tối thiểu trong năm"] == figures["min_sessions"]
    assert values["Ý kiến, kiến nghị"] == figures["petitions"] == 3
    assert values["Lượt người tham dự"] == figures["participants"]
    assert values["quá hạn, chưa giải quyết"] == figures["resolution"]["overdue"] == 1
    assert values["đã giải quyết đúng hạn"] == figures["resolution"]["done_on_time"] == 1
    # the overdue line is filled, and only it; the parts of a figure are indented under it
    labels = [row[0] for row in book.rows("Số liệu")]
    overdue_line = 1 + labels.index("quá hạn, chưa giải quyết")
    assert book.filled_rows("Số liệu") == {overdue_line}
    indented = {labels[int(c.get("r")[1:]) - 1] for c in book.sheet("Số liệu").iter(M + "c")
                if c.get("r").startswith("A") and book.indent(int(c.get("s", 0)))}
    assert indented == {"số cuộc tối thiểu trong năm", "Trả lời ngay tại hội nghị",
                        "Người chủ trì từ chối trả lời (có lý do)",
                        "Thuộc thẩm quyền cấp trên, cơ quan khác", "đã giải quyết đúng hạn",
                        "đã giải quyết nhưng quá hạn", "đang giải quyết, còn trong hạn",
                        "quá hạn, chưa giải quyết"}
    fields = book.table("Theo lĩnh vực")
    assert [(r["Lĩnh vực"], r["Số ý kiến, kiến nghị"], r["Trả lời tại hội nghị"])
            for r in fields] == [
        *((f["name"], f["total"], f["answered"]) for f in figures["fields"]),
        ("Cộng", figures["petitions"], figures["answered"])]
    resolution = {r["Kết quả giải quyết"]: r["Số ý kiến, kiến nghị"]
                  for r in book.table("Kết quả giải quyết")}
    assert resolution == {"Giải quyết đúng hạn": 1, "Giải quyết quá hạn": 0,
                          "Đang giải quyết": 0, "Quá hạn chưa giải quyết": 1, "Cộng": 2}
    sessions = {(r["Phân theo"], r["Loại"]): r["Số cuộc"] for r in book.table("Hội nghị")}
    assert sessions[("Loại hội nghị", "định kỳ")] == 1
    assert sessions[("Loại hội nghị", "chuyên đề")] == 1
    assert sessions[("Loại hội nghị", "đột xuất")] == 0
    assert sessions[("Hình thức", "trực tiếp")] == 2
    pane = book.sheet("Theo lĩnh vực").find(f"{M}sheetViews/{M}sheetView/{M}pane")
    assert pane.get("state") == "frozen"
    assert book.sheet("Hội nghị").find(M + "autoFilter").get("ref") == "A1:C7"


# ---------------------------------------------------------------- a roll-up


@pytest.fixture
def district(tmp_path):
    from test_rollup import make_rollup

    return make_rollup(tmp_path / "huyen")


def test_rollup_deadlines_name_each_row_s_unit(district):
    listed = json.loads(run("-C", str(district), "check-deadlines", "--json", "--as-of",
                            "2024-07-10").stdout)
    book = xlsx(district, "check-deadlines", "--as-of", "2024-07-10", "--xlsx", code=1)
    rows = book.table("Thời hạn")
    assert book.rows("Thời hạn")[0][0] == "Đơn vị"
    assert [(r["Đơn vị"], r["Mã hồ sơ"], r["Tệp hồ sơ:dòng"]) for r in rows] == [
        (i["unit_name"], i["id"], f"{i['file']}:{i['line']}") for i in listed]
    overdue = [r for r in rows if r["Tình trạng hạn"] == "quá hạn"]
    assert [(r["Đơn vị"], r["Tệp hồ sơ:dòng"].split(":")[0]) for r in overdue] == [
        ("Xã Bình Minh (huyện)", "don-vi/xa-binh-minh/sessions/2024/2024-06-14-dinh-ky.yaml")]
    # a forwarded petition's row says where it stands at the other level
    linked = [r for r in rows if r["Mã hồ sơ"] == "kn-2024-06-14-cau-lien-xa"]
    assert linked and all("cấp trên" in r["Ghi chú"] for r in linked)
    assert book.filled_rows("Thời hạn") == {2}


def test_rollup_report_has_a_sheet_per_unit(district):
    figures = json.loads(run("-C", str(district), "report", "2024", "--json", "--as-of",
                             "2024-12-31").stdout)
    book = xlsx(district, "report", "2024", "--as-of", "2024-12-31", "--xlsx")
    assert book.names == ["Số liệu", "Theo lĩnh vực", "Kết quả giải quyết", "Hội nghị",
                          "Theo đơn vị"]
    units = book.table("Theo đơn vị")
    assert [r["Đơn vị"] for r in units] == [u["unit_name"] for u in figures["units"]] + ["Cộng"]
    assert len(units) == len(figures["units"]) + 1 >= 3
    for row, unit in zip(units, [*figures["units"], figures["total"]]):
        assert row["Hội nghị"] == unit["sessions"]
        assert row["Ý kiến"] == unit["petitions"]
        assert row["Quá hạn chưa giải quyết"] == unit["resolution"]["overdue"]
        assert row["Giải quyết đúng hạn"] == unit["resolution"]["done_on_time"]
    values = {row["Chỉ tiêu"]: row["Số liệu"] for row in book.table("Số liệu")}
    assert values["Số đơn vị"] == len(figures["units"])
    assert values["Ý kiến, kiến nghị"] == figures["total"]["petitions"]
    overdue = {n for n, r in enumerate(units, 2) if r["Quá hạn chưa giải quyết"]}
    assert book.filled_rows("Theo đơn vị") == overdue
    # the total line is bold
    total_ref = f"A{len(units) + 1}"
    cell = next(c for c in book.sheet("Theo đơn vị").iter(M + "c") if c.get("r") == total_ref)
    xf = book.xml("xl/styles.xml").find(M + "cellXfs")[int(cell.get("s"))]
    font = book.xml("xl/styles.xml").find(M + "fonts")[int(xf.get("fontId"))]
    assert font.find(M + "b") is not None


# ---------------------------------------------------------------- export xlsx


def test_internal_export_lists_every_petition_with_its_contacts(kho):
    book = xlsx(kho, "export", "xlsx", "--as-of", AS_OF)
    assert book.names == ["Kiến nghị"]
    rows = {r["Mã kiến nghị"]: r for r in book.table("Kiến nghị")}
    assert set(rows) == {PID, "kn-2024-06-14-cong-thoat-nuoc", "kn-2024-06-14-rac-thai"}
    hers = rows[PID]
    assert hers["Người kiến nghị"] == NAME and hers["Địa chỉ"] == ADDRESS
    # numbers a citizen gives stay text, their leading zeros kept
    assert hers["Số điện thoại"] == PHONE and hers["Số định danh cá nhân"] == CCCD
    assert hers["Thư điện tử"] == EMAIL
    assert hers["Ngày hội nghị"] == date(2024, 6, 14)
    assert hers["Lĩnh vực"] == "Đất đai"
    assert hers["Cơ quan chủ trì"] == "Công chức Địa chính - Xây dựng"
    assert hers["Tình trạng kiến nghị"] == "đang giải quyết"
    assert isinstance(hers["Hạn"], date) and hers["Tình trạng hạn"] == "quá hạn"
    assert hers["Nội dung"].startswith(f"Bà {NAME} ({ADDRESS}")
    done = rows["kn-2024-06-14-cong-thoat-nuoc"]
    assert done["Tình trạng kiến nghị"] == "đã giải quyết"
    assert done["Ngày giải quyết"] == date(2024, 7, 5)
    assert done["Tình trạng hạn"] == "hoàn thành đúng hạn"
    assert done["Tổ dân phố, tổ chức"] == "Hội Cựu chiến binh phường"
    # citizen text that looks like a formula is text, never a formula
    assert done["Nội dung"].startswith(FORMULA)
    assert book.sheet("Kiến nghị").find(f".//{M}f") is None
    head = book.rows("Kiến nghị")[0]
    styles = book.cell_styles("Kiến nghị")
    phone = column(head.index("Số điện thoại"))
    line = 1 + [r[0] for r in book.rows("Kiến nghị")].index(PID)
    cell = next(c for c in book.sheet("Kiến nghị").iter(M + "c") if c.get("r") == f"{phone}{line}")
    assert cell.get("t") in ("inlineStr", "s", "str")
    assert styles[f"{column(head.index('Ngày hội nghị'))}{line}"][0] == "dd/mm/yyyy"
    assert book.filled_rows("Kiến nghị") == {line}


def test_public_export_holds_no_personal_data(kho):
    book = xlsx(kho, "export", "xlsx", "--public", "--as-of", AS_OF)
    head = book.rows("Kiến nghị")[0]
    for gone in ("Người kiến nghị", "Địa chỉ", "Số điện thoại", "Số định danh cá nhân",
                 "Thư điện tử"):
        assert gone not in head
    text = book.text()
    for value in (NAME, PHONE, "0912 345 678", CCCD, EMAIL, "hong.le", ADDRESS, "le-thi-hong"):
        assert value not in text, value
    assert privacy.contains_personal_data(book.cells(), [NAME]) == []
    rows = book.table("Kiến nghị")
    hers = next(r for r in rows if "duong-ngo-8" in r["Mã kiến nghị"])
    assert hers["Mã kiến nghị"] == "kn-2024-06-14-ba-lth-duong-ngo-8"
    assert hers["Nội dung"].startswith("Bà L.T.H. (") and "[đã ẩn]" in hers["Nội dung"]
    assert hers["Tổ dân phố, tổ chức"] == "Tổ dân phố số 4"
    assert hers["Tình trạng hạn"] == "quá hạn" and isinstance(hers["Hạn"], date)
    # an organisation is not a citizen: its name stays, as in `export json --public`
    assert any(r["Tổ dân phố, tổ chức"] == "Hội Cựu chiến binh phường" for r in rows)
    assert len(rows) == 3


def test_public_export_of_the_example_ward(tmp_path):
    from tiepxuc.repo import load

    petitions = load(WARD).petitions
    names = [r.model.raised_by.name for r in petitions if r.model.raised_by.kind == "person"]
    book = xlsx(WARD, "export", "xlsx", "--public", "--as-of", "2024-12-31",
                name=str(tmp_path / "cong-khai.xlsx"))
    assert names and privacy.contains_personal_data(book.cells(), names) == []
    assert not re.search(r"(?<!\d)0\d{9}(?!\d)|(?<!\d)\d{12}(?!\d)", book.text())
    assert len(book.table("Kiến nghị")) == len(petitions)
    internal = xlsx(WARD, "export", "xlsx", "--as-of", "2024-12-31",
                    name=str(tmp_path / "noi-bo.xlsx"))
    assert any(r["Số điện thoại"] for r in internal.table("Kiến nghị"))


def test_export_joins_the_private_contacts_for_internal_use_only(make_repo):
    from conftest import UNIT

    no_contacts = ASSIGNED.replace(f'  address: "{ADDRESS}"\n  phone: "{PHONE}"\n', "")
    root = make_repo({**FILES, f"petitions/2024/{PID}.yaml": no_contacts,
                      "tiepxuc.yaml": UNIT + "privacy: {contacts: private}\n",
                      "private/contacts.yaml": f'{PID}: {{phone: "0977111222"}}\n'})
    internal = xlsx(root, "export", "xlsx", "--as-of", AS_OF)
    assert next(r for r in internal.table("Kiến nghị") if r["Mã kiến nghị"] == PID)[
        "Số điện thoại"] == "0977111222"
    public = xlsx(root, "export", "xlsx", "--public", "--as-of", AS_OF, name="p.xlsx")
    assert "0977111222" not in public.text()


def test_export_writes_under_out_by_default_and_to_a_pipe(kho):
    assert run("-C", str(kho), "export", "xlsx", "--as-of", AS_OF).exit_code == 0
    assert run("-C", str(kho), "export", "xlsx", "--public", "--as-of", AS_OF).exit_code == 0
    internal = Book(kho / "out" / "tiepxuc.xlsx")
    public = Book(kho / "out" / "tiepxuc-cong-khai.xlsx")
    assert NAME in internal.text() and NAME not in public.text()
    result = run("-C", str(kho), "export", "xlsx", "-o", "-", "--as-of", AS_OF)
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"PK\x03\x04")
    clash = run("-C", str(kho), "export", "xlsx", "a.xlsx", "-o", "b.xlsx")
    assert clash.exit_code != 0 and not (kho / "a.xlsx").exists()
    assert not (kho / "b.xlsx").exists()


def test_export_never_writes_through_an_out_link_leading_elsewhere(kho, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (kho / "out").symlink_to(elsewhere, target_is_directory=True)
    result = run("-C", str(kho), "export", "xlsx", "--as-of", AS_OF)
    assert result.exit_code == 2 and list(elsewhere.iterdir()) == []


# ---------------------------------------------------------------- English


def test_english_workbooks(kho, district, monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    book = xlsx(kho, "check-deadlines", "--as-of", AS_OF, "--xlsx", code=1)
    assert book.names == ["Deadlines"]
    head = book.rows("Deadlines")[0]
    assert head[:5] == ["Record ID", "Obligation", "Due", "Deadline status",
                        "Days before due (negative: late)"]
    assert "overdue" in {r["Deadline status"] for r in book.table("Deadlines")}
    report = xlsx(district, "report", "2024", "--as-of", "2024-12-31", "--xlsx")
    assert report.names == ["Figures", "By field", "Resolution", "Sessions", "By unit"]
    assert report.rows("By unit")[0][0] == "Unit"
    export = xlsx(kho, "export", "xlsx", "--as-of", AS_OF, name="export.xlsx")
    assert export.names == ["Petitions"]
    assert export.rows("Petitions")[0][:4] == ["Petition ID", "Session date", "Session", "Field"]
    assert {r["Petition state"] for r in export.table("Petitions")} >= {"resolved"}
