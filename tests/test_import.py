"""`tiepxuc import init` and `tiepxuc import petitions`: an office's Excel books of petitions
brought into a copy of the ward example (a git repository). The books are made here with
xlsxwriter, as offices make them: a merged title row, headers in their own order and words,
dates typed as text, phones that lost their leading zero, cells typed in TCVN3 or VNI."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import git, git_commit_all, run
from tiepxuc.repo import load
from tiepxuc.validation import validate

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
XLS = ROOT / "tests" / "books" / "so-kien-nghi-2023.xls"
JUNE = "2024-06-14-dinh-ky-q7m2"  # the ward example's June session
AS_OF = date(2024, 12, 31)
FIELD_CODES = ("quan-ly-do-thi, trat-tu-xay-dung, dat-dai, quy-hoach, moi-truong, giao-thong, "
               "chinh-sach-xa-hoi, y-te-giao-duc, an-ninh-trat-tu, hanh-chinh, khac")

# The usual columns, in an order of the office's own (not the order tiepxuc lists them in).
HEADER = ["STT", "Nội dung kiến nghị", "Họ và tên", "Lĩnh vực", "Ngày tiếp xúc",
          "Số điện thoại", "Tổ dân phố"]


@pytest.fixture
def ward(tmp_path):
    """A copy of the ward example, committed in a new git repository."""
    root = tmp_path / "kho"
    shutil.copytree(WARD, root, ignore=shutil.ignore_patterns(".tiepxuc"))
    git_commit_all(root, "kho hồ sơ mẫu")
    return root


@pytest.fixture
def books(tmp_path):
    """Where the office keeps its books: outside the repository."""
    folder = tmp_path / "so"
    folder.mkdir()
    return folder


def make_book(path: Path, rows: list[list], *, header: list[str] = HEADER,
              sheet: str = "Sheet1", title: str | None = None) -> Path:
    """An .xlsx book: an optional title merged across the columns, the header row, the rows.
    A cell is text (str), a number (int, float), a real date (date) or empty (None)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet(sheet)
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    r = 0
    if title is not None:
        ws.merge_range(0, 0, 0, len(header) - 1, title, book.add_format({"bold": True}))
        r = 1
    for c, text in enumerate(header):
        ws.write_string(r, c, text)
    for row in rows:
        r += 1
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, date):
                ws.write_datetime(r, c, value, day)
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, value)
    book.close()
    return path


def imp(root: Path, *args: str):
    return run("-C", str(root), "import", *args)


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def clean(root: Path) -> bool:
    return git(root, "status", "--porcelain", "--untracked-files=all") == ""


def imported(root: Path, book: str) -> dict[int, object]:
    """The petitions imported from ``book``, by row."""
    return {r.model.source.row: r.model for r in load(root).petitions
            if r.model.source is not None and r.model.source.file == book}


def errors(root: Path) -> list[str]:
    return sorted(p.format() for p in validate(root, AS_OF) if p.severity == "error")


# ---------------------------------------------------------------- a book, imported


ROWS = [  # STT, content, name, field, session date, phone, residential group
    [1, "Đường bê tông ngõ 12 xuống cấp, đề nghị sửa chữa", "Nguyễn Văn Bình",
     "Giao thông, hạ tầng", date(2024, 6, 14), "0912345678", "Tổ dân phố số 3"],
    [2, "Cống thoát nước khu dân cư bị tắc, bốc mùi", "Trần Thị Cúc",
     "moi truong", "20/09/2024", 912345679, "Tổ dân phố số 5"],
    [3, "Đề nghị hỗ trợ hộ nghèo sửa nhà dột nát", "Lê Văn Dũng",
     "Chính sach xã hôi", "ngày 05 tháng 6 năm 2024", None, "Tổ dân phố số 1"],
    [4, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ", "Phạm Thị Én",
     "ĐÂT ĐẠI", date(2024, 9, 20), "0987 654 321", "Tổ dân phố số 5"],
]


def test_a_book_becomes_petitions_in_one_commit(ward, books):
    """A merged title row above headers in the office's own order; real and text dates (each
    day's session found or created); field names without or with wrong accents; phones kept
    as text; one commit naming the book and the count, never a citizen."""
    book = make_book(books / "so-kien-nghi.xlsx", ROWS,
                     title="TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỬ TRI NĂM 2024")
    before, errors_before = commits(ward), errors(ward)
    sessions_before = {r.model.id for r in load(ward).sessions}

    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    assert "Đã nhập 4 kiến nghị (2 hội nghị mới)" in result.stdout

    rows = imported(ward, "so-kien-nghi.xlsx")
    assert sorted(rows) == [3, 4, 5, 6]  # rows as Excel numbers them, below title and headers
    assert [(rows[n].raised_by.name, rows[n].field, rows[n].content) for n in (3, 4, 5, 6)] == [
        ("Nguyễn Văn Bình", "giao-thong", ROWS[0][1]),
        ("Trần Thị Cúc", "moi-truong", ROWS[1][1]),
        ("Lê Văn Dũng", "chinh-sach-xa-hoi", ROWS[2][1]),
        ("Phạm Thị Én", "dat-dai", ROWS[3][1]),
    ]
    assert rows[3].raised_by.residential_group == "Tổ dân phố số 3"
    # a phone typed as text keeps its 0; one Excel stored as a number gets it back
    assert rows[3].raised_by.phone == "0912345678"
    assert rows[4].raised_by.phone == "0912345679"
    assert rows[5].raised_by.phone is None

    repo = load(ward)
    held = {r.model.id: r.model.date for r in repo.sessions}
    assert rows[3].session == JUNE  # 14/06/2024: the session already in the repository
    assert held[rows[4].session] == date(2024, 9, 20)  # text dd/mm/yyyy
    assert held[rows[5].session] == date(2024, 6, 5)  # “ngày 05 tháng 6 năm 2024”
    assert rows[6].session == rows[4].session  # the same day: the same new session
    new_sessions = set(held) - sessions_before
    assert new_sessions == {rows[4].session, rows[5].session}

    source = rows[4].source
    assert (source.file, source.sheet, source.row) == ("so-kien-nghi.xlsx", "Sheet1", 4)
    assert re.fullmatch(r"[0-9a-f]{64}", source.sha256)
    assert len({r.source.sha256 for r in rows.values()}) == 4

    assert commits(ward) == before + 1
    message = git(ward, "log", "-1", "--format=%B")
    assert message.startswith("tiepxuc: import so-kien-nghi.xlsx — nhập 4 kiến nghị")
    for private in ("Nguyễn Văn Bình", "Trần Thị Cúc", "Lê Văn Dũng", "Phạm Thị Én",
                    "0912345678", "912345679"):
        assert private not in message
    changed = git(ward, "show", "--name-only", "--format=", "HEAD").splitlines()
    assert len(changed) == 6  # 4 petitions, 2 sessions
    assert clean(ward)

    assert errors(ward) == errors_before  # no new error from the imported records
    check = run("-C", str(ward), "validate", "--as-of", AS_OF.isoformat())
    assert check.exit_code == 0, check.output


def test_an_old_xls_book_made_by_libreoffice(ward, books):
    """The legacy .xls format: a merged title, a real date and a text date of the same day
    (one new session), “Đất đai” and an accent-free “y te” matched."""
    book = books / XLS.name
    shutil.copy(XLS, book)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    rows = imported(ward, XLS.name)
    assert sorted(rows) == [3, 4]
    assert rows[3].raised_by.name == "Hoàng Văn Em" and rows[3].field == "dat-dai"
    assert rows[4].raised_by.name == "Vũ Thị Phương" and rows[4].field == "y-te-giao-duc"
    assert rows[3].raised_by.phone == "0961234567"
    assert rows[4].raised_by.residential_group == "Tổ 2"
    assert rows[3].session == rows[4].session
    session = next(r.model for r in load(ward).sessions if r.model.id == rows[3].session)
    assert session.date == date(2023, 11, 20)
    assert (rows[4].source.file, rows[4].source.sheet) == (XLS.name, "Kien nghi")
    assert "import so-kien-nghi-2023.xls — nhập 2 kiến nghị" in git(ward, "log", "-1",
                                                                     "--format=%s")


def test_cells_typed_in_tcvn3_are_converted(ward, books):
    """Text typed with a .VnTime font (TCVN3: the soft hyphen is its “ư”) becomes Unicode,
    the name, the content and the field alike, each converted cell said."""
    book = make_book(books / "so.xlsx", [
        [1, "§Ò nghÞ l¾p ®Ìn chiÕu s¸ng", "Lª V¨n C\xadêng", "§Êt ®ai", "14/06/2024",
         None, "Tæ d©n phè sè 2"],
    ])
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    petition = imported(ward, "so.xlsx")[2]
    assert petition.content == "Đề nghị lắp đèn chiếu sáng"
    assert petition.raised_by.name == "Lê Văn Cường"
    assert petition.field == "dat-dai"
    assert "so.xlsx:Sheet1!B2: ô gõ bằng bảng mã TCVN3" in result.stderr
    assert "so.xlsx:Sheet1!C2: ô gõ bằng bảng mã TCVN3" in result.stderr
    # the starter map lists the values as they will be read: converted, and matched
    assert imp(ward, "init", str(book)).exit_code == 0
    text = (books / "so.map.yaml").read_text(encoding="utf-8")
    assert '    "Đất đai": "dat-dai"\n' in text and "§" not in text


def test_unicode_that_only_looks_like_an_old_font_is_kept_as_typed(ward, books):
    """Vietnamese in Unicode written with Latin-1 letters only (“Hoàng Xuân Tiên”, names in
    capitals, “Ông”) is neither “converted” from TCVN3 nor refused as VNI; a short VNI name
    (“Traàn Thò Lan”: Trần Thị Lan) is refused."""
    book = make_book(books / "so.xlsx", [
        [1, "Đề nghị nâng cấp nhà văn hóa tổ dân phố", "LÊ MINH TÂM", "Quy hoạch",
         "14/06/2024", None, "Tổ dân phố số 1"],
        [2, "Xin hỗ trợ học bổng cho học sinh nghèo", "Hoàng Xuân Tiên", "Giáo dục",
         "14/06/2024", None, "Xuân Hoà"],
        [3, "Đề nghị sửa cống trước nhà văn hóa", "Ông Tâm", "Giao thông", "14/06/2024",
         None, "Tổ dân phố số 2"],
        [4, "Đề nghị sửa cống trước nhà", "Traàn Thò Lan", "Giao thông", "14/06/2024",
         None, "Tổ dân phố số 2"],
    ])
    result = imp(ward, "petitions", str(book), "--skip-bad")
    assert "so.xlsx:Sheet1!C5: Ô “Họ và tên” có vẻ gõ bằng bảng mã VNI" in result.stderr
    assert "TCVN3" not in result.stderr
    rows = imported(ward, "so.xlsx")
    assert sorted(rows) == [2, 3, 4], result.output
    assert [rows[n].raised_by.name for n in (2, 3, 4)] == ["LÊ MINH TÂM", "Hoàng Xuân Tiên",
                                                           "Ông Tâm"]
    assert rows[3].raised_by.residential_group == "Xuân Hoà"
    assert rows[3].field == "y-te-giao-duc"


# ---------------------------------------------------------------- rows with problems

BAD = [  # rows 2-8 (no title row)
    [1, "Đèn chiếu sáng ngõ 5 bị hỏng", "Ngô Thị Lan", "Giao thông", "14/06/2024",
     "0912000111", "Tổ dân phố số 9"],
    [2, "Vỉa hè bị lấn chiếm bán hàng", "Đỗ Văn Hải", "Quản lý đô thị", "05/06/24",
     None, "Tổ dân phố số 2"],
    [3, "Đề nghị nạo vét kênh tiêu", "Bùi Thị Hạnh", "Môi trường", "31/02/2024",
     None, "Tổ dân phố số 4"],
    [4, "Nhà văn hóa tổ thiếu bàn ghế", "Lý Văn Khoa", "Giao thông", "14/06/2024",
     None, "Tổ dân phố số 1"],
    [5, "Đề nghị làm sân bóng cho thanh niên", "Mai Văn Lộc", "Thể thao", "14/06/2024",
     None, "Tổ dân phố số 6"],
    [6, "Ñeà nghò laép ñeøn chieáu saùng", "Hồ Thị Mơ", "Giao thông", "14/06/2024",
     None, "Tổ dân phố số 7"],
    [7, "Đường ngõ 3 ngập khi mưa", "Ñoã Vaên Ñöùc", "Giao thông", "14/06/2024",
     None, "Tổ dân phố số 8"],
]


def test_rows_with_problems_are_named_and_nothing_is_written(ward, books):
    """A 2-digit year, a date that does not exist, a field matching no code (the cell's
    address and the unit's codes), cells typed in VNI (never “converted” to nonsense): the
    import stops with every problem listed and writes nothing."""
    book = make_book(books / "so.xlsx", BAD)
    before = commits(ward)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert "so.xlsx:Sheet1!E3: Ngày “05/06/24” ghi năm hai chữ số" in err
    assert "so.xlsx:Sheet1!E4: Ngày “31/02/2024”" in err and "chỉ có 29 ngày" in err
    assert (f"so.xlsx:Sheet1!D6: “Thể thao” ở cột “Lĩnh vực” không khớp mã nào ({FIELD_CODES})"
            in err)
    assert "so.xlsx:Sheet1!B7: Ô “Nội dung kiến nghị” có vẻ gõ bằng bảng mã VNI" in err
    assert "so.xlsx:Sheet1!C8: Ô “Họ và tên” có vẻ gõ bằng bảng mã VNI" in err
    assert "TCVN3" not in err
    # the good rows (2 and 5) are not named as problems
    assert not re.search(r"Sheet1![A-Z]+[25]\b", err)
    assert "Không ghi gì: có 5 dòng lỗi" in err
    assert commits(ward) == before and clean(ward)
    assert imported(ward, "so.xlsx") == {}
    assert sorted(p.name for p in (ward / "sessions" / "2024").iterdir()) == [
        "2024-06-14-dinh-ky-q7m2.yaml", "2024-10-17-chuyen-de-w4k8.yaml"]


def test_skip_bad_imports_the_good_rows_and_lists_the_others(ward, books):
    book = make_book(books / "so.xlsx", BAD)
    before = commits(ward)
    result = imp(ward, "petitions", str(book), "--skip-bad")
    assert result.exit_code == 1, result.output  # done, but rows were left out: said so
    assert "Đã nhập 2 kiến nghị (0 hội nghị mới)" in result.stdout
    assert "Đã bỏ qua 5 dòng có lỗi" in result.stderr
    assert "so.xlsx:Sheet1!D6:" in result.stderr
    rows = imported(ward, "so.xlsx")
    assert sorted(rows) == [2, 5]
    assert {p.session for p in rows.values()} == {JUNE}
    assert commits(ward) == before + 1 and clean(ward)
    assert "nhập 2 kiến nghị" in git(ward, "log", "-1", "--format=%s")
    # the bad rows, once corrected, come in later; the good ones are not imported twice
    fixed = [list(r) for r in BAD]
    fixed[1][4], fixed[2][4], fixed[4][3] = "05/06/2024", "29/02/2024", "Lĩnh vực khác"
    fixed[5][1], fixed[6][2] = "Đề nghị lắp đèn chiếu sáng", "Đỗ Văn Đức"
    make_book(book, fixed)
    again = imp(ward, "petitions", str(book))
    assert again.exit_code == 0, again.output
    assert "2 dòng đã nhập từ trước, không đổi" in again.stdout
    rows = imported(ward, "so.xlsx")
    assert sorted(rows) == [2, 3, 4, 5, 6, 7, 8]
    assert rows[6].field == "khac" and rows[8].raised_by.name == "Đỗ Văn Đức"
    assert commits(ward) == before + 2


def test_dry_run_lists_what_would_be_written_and_writes_nothing(ward, books):
    book = make_book(books / "so.xlsx", ROWS)
    before = commits(ward)
    result = imp(ward, "petitions", str(book), "--dry-run")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for n in (2, 3, 4, 5):
        assert re.search(rf"^so\.xlsx:Sheet1!{n}:{n} → kn-2024-\d\d-\d\d-[a-z0-9-]+$", out, re.M)
    assert "so.xlsx:Sheet1!2:2 → kn-2024-06-14-duong-be-tong-ngo-12" in out
    assert len(re.findall(r"^hội nghị mới: 2024-0(6-05|9-20)-dinh-ky-", out, re.M)) == 2
    assert "Chạy thử (--dry-run): sẽ ghi 4 kiến nghị; chưa ghi gì" in out
    assert commits(ward) == before and clean(ward)
    assert imported(ward, "so.xlsx") == {}
    # the same book, imported for real afterwards
    real = imp(ward, "petitions", str(book))
    assert real.exit_code == 0, real.output
    assert len(imported(ward, "so.xlsx")) == 4


def test_dry_run_with_a_bad_row_lists_it_and_writes_nothing(ward, books):
    book = make_book(books / "so.xlsx", BAD[:2])
    result = imp(ward, "petitions", str(book), "--dry-run")
    assert result.exit_code == 1
    assert "so.xlsx:Sheet1!E3:" in result.stderr
    assert clean(ward) and imported(ward, "so.xlsx") == {}


# ---------------------------------------------------------------- the same book again


def test_importing_the_same_book_again_adds_nothing(ward, books):
    book = make_book(books / "so.xlsx", ROWS, title="TỔNG HỢP KIẾN NGHỊ")
    assert imp(ward, "petitions", str(book)).exit_code == 0
    first, before = imported(ward, "so.xlsx"), commits(ward)
    again = imp(ward, "petitions", str(book))
    assert again.exit_code == 0, again.output
    assert "4 dòng đã nhập từ trước, không đổi: bỏ qua" in again.stdout
    assert "Không có dòng mới để nhập" in again.stdout
    assert commits(ward) == before and clean(ward)
    assert imported(ward, "so.xlsx") == first
    assert len(load(ward).sessions) == 4  # the 2 of the example and the 2 made the first time


def test_a_corrected_book_says_which_row_changed_and_overwrites_nothing(ward, books):
    book = make_book(books / "so.xlsx", ROWS)
    assert imp(ward, "petitions", str(book)).exit_code == 0
    first, before = imported(ward, "so.xlsx"), commits(ward)
    path = next(r.path for r in load(ward).petitions if r.model.id == first[3].id)
    text = path.read_text(encoding="utf-8")
    corrected = [list(r) for r in ROWS]
    corrected[1][1] = "Cống thoát nước khu dân cư tổ 5 bị tắc, bốc mùi hôi"  # row 3
    corrected.append([5, "Đề nghị lắp camera an ninh đầu ngõ", "Đinh Văn Giáp",
                      "An ninh trật tự", "20/09/2024", None, "Tổ dân phố số 5"])  # row 6
    make_book(book, corrected)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    assert (f"so.xlsx:Sheet1!3:3: dòng này đã đổi so với lần nhập trước (hồ sơ {first[3].id});"
            " không ghi đè") in result.stderr
    assert "Sheet1!2:2: dòng này đã đổi" not in result.stderr
    assert "3 dòng đã nhập từ trước, không đổi" in result.stdout
    assert "Đã nhập 1 kiến nghị" in result.stdout
    assert path.read_text(encoding="utf-8") == text  # not overwritten
    rows = imported(ward, "so.xlsx")
    assert rows[3].content == ROWS[1][1]
    assert rows[6].field == "an-ninh-trat-tu" and rows[6].session == first[3].session
    assert commits(ward) == before + 1 and clean(ward)


def test_a_row_inserted_in_the_middle_is_new_and_the_rows_below_it_are_not(ward, books):
    """Rows are known by their contents, not only by their place: a row the office inserts
    moves the rows below it, which were imported already and are neither changed nor new."""
    book = make_book(books / "so.xlsx", ROWS)
    assert imp(ward, "petitions", str(book)).exit_code == 0
    before = commits(ward)
    late = [9, "Đề nghị bổ sung thùng rác công cộng", "Võ Thị Hằng", "Môi trường",
            "14/06/2024", None, "Tổ dân phố số 3"]
    make_book(book, [ROWS[0], late, *ROWS[1:]])
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    assert "đã đổi" not in result.stderr
    assert "4 dòng đã nhập từ trước, không đổi" in result.stdout
    assert "Đã nhập 1 kiến nghị" in result.stdout
    petitions = [r.model for r in load(ward).petitions if r.model.source is not None]
    assert sorted(p.content for p in petitions) == sorted([late[1], *(r[1] for r in ROWS)])
    assert [p.source.row for p in petitions if p.content == late[1]] == [3]
    assert commits(ward) == before + 1


# ---------------------------------------------------------------- the column map


INIT_ROWS = [
    [1, "Rác thải tập kết sai nơi quy định", "Vũ Văn Giang", "Môi trường", "14/06/2024",
     "0912345678", "Tổ dân phố số 2"],
    [2, "Đề nghị tổ chức giải bóng đá thiếu niên", "Hà Văn Hưng", "Thể dục thể thao",
     "14/06/2024", None, "Tổ dân phố số 4"],
]


def test_import_init_writes_a_commented_map_that_then_imports(ward, books):
    header = ["STT", "Họ tên", "Nội dung ý kiến", "Lĩnh vực", "Ngày hội nghị", "Điện thoại",
              "Thôn, tổ dân phố", "Ghi chú"]
    rows = [[r[0], r[2], r[1], *r[3:]] for r in INIT_ROWS]
    book = make_book(books / "so.xlsx", rows, header=header, title="SỔ THEO DÕI KIẾN NGHỊ")
    result = imp(ward, "init", str(book))
    assert result.exit_code == 0, result.output
    map_file = books / "so.map.yaml"
    assert f"Đã ghi bản đồ cột {map_file}" in result.stdout
    text = map_file.read_text(encoding="utf-8")
    assert text.startswith("# Bản đồ cột để nhập sổ “so.xlsx” vào tiepxuc.")
    assert 'sheet: "Sheet1"' in text
    assert "\nheader_row: 2\n" in text
    assert 'name: {header: "Họ tên"}  # người kiến nghị (họ tên hoặc tổ chức) — cột B' in text
    assert 'content: {header: "Nội dung ý kiến"}' in text and "— cột C" in text
    assert 'session_date: {header: "Ngày hội nghị"}' in text
    assert 'group: {header: "Thôn, tổ dân phố"}' in text
    assert 'phone: {header: "Điện thoại"}' in text
    assert "\n  # email:  # thư điện tử — chưa thấy cột; thêm nếu sổ có\n" in text
    assert "# Các cột chưa nhận ra (bỏ qua khi nhập): A \"STT\", H \"Ghi chú\"" in text
    assert '    "Môi trường": "moi-truong"' in text
    assert '    "Thể dục thể thao":   # chưa khớp; các mã: quan-ly-do-thi,' in text
    # the map as written imports nothing while a value is left to fill in ...
    unfilled = imp(ward, "petitions", str(book))
    assert unfilled.exit_code == 1
    assert "so.xlsx:Sheet1!D4:" in unfilled.stderr
    assert "Chưa có bản đồ cột" not in unfilled.stderr  # the map beside the book was used
    # ... and imports once the office fills it in
    map_file.write_text(text.replace('"Thể dục thể thao":  ', '"Thể dục thể thao": "khac"'),
                        encoding="utf-8")
    done = imp(ward, "petitions", str(book))
    assert done.exit_code == 0, done.output
    rows = imported(ward, "so.xlsx")
    assert [(rows[n].raised_by.name, rows[n].field) for n in (3, 4)] == [
        ("Vũ Văn Giang", "moi-truong"), ("Hà Văn Hưng", "khac")]
    assert rows[3].raised_by.residential_group == "Tổ dân phố số 2"
    assert {p.session for p in rows.values()} == {JUNE}
    # a map already there is never overwritten
    again = imp(ward, "init", str(book))
    assert again.exit_code != 0 and "đã có" in again.stderr
    assert "khac" in map_file.read_text(encoding="utf-8")


def test_a_map_with_column_letters_aliases_values_and_a_session(ward, books):
    """Headers no guess knows: columns by letter and by aliases, the office's own words for
    fields, and the session given with --session (the book has no date column)."""
    header = ["TT", "Người có ý kiến", "Phân loại", "Vấn đề cử tri nêu", "Khu dân cư"]
    book = make_book(books / "ykien.xlsx", [
        [1, "Đinh Thị Nga", "Đô thị", "Hàng quán lấn chiếm vỉa hè đường Lê Lợi", "Tổ 6"],
        [2, "Tạ Văn Phúc", "Xây dựng", "Công trình xây dựng không phép tại tổ 8", "Tổ 8"],
    ], header=header)
    map_file = books / "ban-do.yaml"
    map_file.write_text(
        "header_row: 1\n"
        "columns:\n"
        "  name: {column: B}\n"
        "  field: {header: Nhóm lĩnh vực, aliases: [Phân loại, Loại]}\n"
        "  content: {header: Nội dung, aliases: [vấn đề cử tri nêu]}\n"
        "  group: {column: e}\n"
        "values:\n"
        "  field:\n"
        "    Đô thị: quan-ly-do-thi\n"
        "    Xây dựng: trat-tu-xay-dung\n", encoding="utf-8")
    without = imp(ward, "petitions", str(book), "--map", str(map_file))
    assert without.exit_code == 1 and "--session" in without.stderr
    assert clean(ward)
    result = imp(ward, "petitions", str(book), "--map", str(map_file), "--session", JUNE)
    assert result.exit_code == 0, result.output
    rows = imported(ward, "ykien.xlsx")
    assert [(rows[n].raised_by.name, rows[n].field, rows[n].raised_by.residential_group)
            for n in (2, 3)] == [("Đinh Thị Nga", "quan-ly-do-thi", "Tổ 6"),
                                 ("Tạ Văn Phúc", "trat-tu-xay-dung", "Tổ 8")]
    assert rows[2].content == "Hàng quán lấn chiếm vỉa hè đường Lê Lợi"
    assert {p.session for p in rows.values()} == {JUNE}


def test_a_map_naming_a_header_the_book_lacks_names_the_headers_found(ward, books):
    book = make_book(books / "so.xlsx", ROWS)
    map_file = books / "so.map.yaml"
    map_file.write_text("header_row: 1\ncolumns:\n  name: {header: Họ và tên}\n"
                        "  content: {header: Nội dung phản ánh}\n  field: {header: Lĩnh vực}\n",
                        encoding="utf-8")
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert ("không thấy cột cho “content” (Nội dung phản ánh) ở dòng tiêu đề 1; các cột có: "
            "STT; Nội dung kiến nghị; Họ và tên; Lĩnh vực; Ngày tiếp xúc; Số điện thoại; "
            "Tổ dân phố") in result.stderr
    assert str(map_file) in result.stderr
    assert clean(ward)


# ---------------------------------------------------------------- answers in the book


ANSWER_HEADER = ["Họ và tên", "Nội dung", "Lĩnh vực", "Ngày hội nghị", "Hình thức trả lời",
                 "Người trả lời", "Nội dung trả lời", "Lý do trả lời sau", "Căn cứ",
                 "Cơ quan chủ trì"]


def test_answer_columns_become_the_answer_and_the_assignment(ward, books):
    book = make_book(books / "so.xlsx", [
        ["Cao Văn Quý", "Đường ngõ 7 xuống cấp nghiêm trọng", "Giao thông", "14/06/2024",
         "Đã trả lời", "Hoàng Đức Long, Chủ tịch UBND phường",
         "Đã đưa vào kế hoạch sửa chữa năm 2025", None, None, "Địa chính - Xây dựng"],
        ["Lò Thị Sen", "Tranh chấp ranh giới đất giữa hai hộ tổ 4", "Đất đai", "14/06/2024",
         "Trả lời sau", "Hoàng Đức Long, Chủ tịch UBND phường", None, "Chưa đủ cơ sở",
         "Cần đo đạc, xác minh hiện trạng sử dụng đất", "Công chức Địa chính - Xây dựng"],
        ["Kiều Văn Tâm", "Đề nghị xử lý tiếng ồn quán karaoke", "An ninh trật tự", "14/06/2024",
         None, None, None, None, None, "công an phường"],
    ], header=ANSWER_HEADER)
    errors_before = errors(ward)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    rows = imported(ward, "so.xlsx")
    answered, later, assigned = rows[2], rows[3], rows[4]
    assert answered.answer.kind.value == "answered"
    assert answered.answer.content == "Đã đưa vào kế hoạch sửa chữa năm 2025"
    assert answered.answer.by == "Hoàng Đức Long, Chủ tịch UBND phường"
    assert answered.assignment.lead == "Công chức Địa chính - Xây dựng"
    assert later.answer.kind.value == "answer_later"
    assert later.answer.reason == "insufficient_basis"
    assert later.answer.basis == "Cần đo đạc, xác minh hiện trạng sử dụng đất"
    assert later.assignment.lead == "Công chức Địa chính - Xây dựng"
    # a lead agency alone: assigned to resolve, with no answer the book does not give
    assert assigned.answer is None
    assert assigned.assignment.lead == "Công an phường Dĩnh Kế"
    assert errors(ward) == errors_before


def test_answer_later_without_a_reason_is_an_error_of_that_row(ward, books):
    book = make_book(books / "so.xlsx", [
        ["Lò Thị Sen", "Tranh chấp ranh giới đất giữa hai hộ tổ 4", "Đất đai", "14/06/2024",
         "trả lời sau", "Hoàng Đức Long", None, None, "Cần đo đạc lại",
         "Công chức Địa chính - Xây dựng"],
        ["Cao Văn Quý", "Đường ngõ 7 xuống cấp nghiêm trọng", "Giao thông", "14/06/2024",
         "Đã trả lời", "Hoàng Đức Long", "Đưa vào kế hoạch năm 2025", None, None, None],
    ], header=ANSWER_HEADER)
    before = commits(ward)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 1, result.output
    assert ("so.xlsx:Sheet1!H2: Trả lời sau hoặc từ chối trả lời cần ghi lý do trả lời sau "
            "(quy định ANSWER-REASON)") in result.stderr
    assert "Sheet1!H3" not in result.stderr and "Sheet1!I2" not in result.stderr
    assert "Không ghi gì: có 1 dòng lỗi" in result.stderr
    assert commits(ward) == before and clean(ward)


def test_an_answer_at_the_session_without_who_answered_is_an_error_of_that_row(ward, books):
    """What ANSWER-INCOMPLETE asks of an answer given at the session (who answered, what was
    said) is asked of the row: the import never writes a record the rules call wrong."""
    book = make_book(books / "so.xlsx", [
        ["Cao Văn Quý", "Đường ngõ 7 xuống cấp nghiêm trọng", "Giao thông", "14/06/2024",
         "Đã trả lời", None, "Đưa vào kế hoạch năm 2025", None, None, None],
        ["Kiều Văn Tâm", "Đề nghị xử lý tiếng ồn quán karaoke", "An ninh trật tự", "14/06/2024",
         None, "Hoàng Đức Long", "Đã giao Công an phường kiểm tra", None, None, None],
    ], header=ANSWER_HEADER)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 1, result.output
    assert ("so.xlsx:Sheet1!F2: Trả lời tại hội nghị cần ghi người trả lời "
            "(quy định ANSWER-INCOMPLETE)") in result.stderr
    assert "Sheet1!G2" not in result.stderr and "Sheet1!F3" not in result.stderr
    assert "Không ghi gì: có 1 dòng lỗi" in result.stderr
    assert clean(ward)
    skipped = imp(ward, "petitions", str(book), "--skip-bad")
    rows = imported(ward, "so.xlsx")
    assert sorted(rows) == [3], skipped.output
    assert rows[3].answer.kind.value == "answered"  # an answer's words: given at the session
    assert rows[3].answer.content == "Đã giao Công an phường kiểm tra"


def test_messages_in_english(ward, books, monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    book = make_book(books / "so.xlsx", BAD[:5])
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 1
    assert "so.xlsx:Sheet1!D6:" in result.stderr and "Thể thao" in result.stderr
    assert "Nothing written: 3 rows have problems" in result.stderr


def test_with_private_contacts_every_row_keeps_its_phone_in_the_private_file(ward, books):
    """With `privacy.contacts: private`, each row's phone goes to private/contacts.yaml, never
    to the record or the commit, and no row's contacts replace another's (one change writes
    them all)."""
    from tiepxuc import privacy

    unit = ward / "tiepxuc.yaml"
    unit.write_text(unit.read_text(encoding="utf-8") + "privacy: {contacts: private}\n",
                    encoding="utf-8")
    git_commit_all(ward, "liên hệ để riêng")
    book = make_book(books / "so-kien-nghi.xlsx", ROWS)
    result = imp(ward, "petitions", str(book))
    assert result.exit_code == 0, result.output
    rows = imported(ward, "so-kien-nghi.xlsx")
    assert all(rows[n].raised_by.phone is None for n in rows)
    kept = privacy.contacts_path(ward).read_text(encoding="utf-8")
    for phone in ("0912345678", "0912345679", "0987 654 321"):
        assert phone in kept, phone
    assert "0912345678" not in git(ward, "show", "HEAD")
    assert "private/" not in git(ward, "show", "--name-only", "HEAD")
