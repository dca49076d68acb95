"""Documents an office would not have to fix: every kind, in both formats, for a unit made by
`tiepxuc init` with enough petitions for tables to run over pages.

The page layout (the signature block and Nơi nhận together, on the page of the body's last
lines; tables whose rows never split and whose header row repeats) is checked in the XML and,
where LibreOffice is installed, page by page in the PDF it makes. The wording: the State public
notice's participants and office, the annual report's blanks, one way of writing dates per
context, the speakers of the minutes in the order they spoke."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from conftest import run
from docx_check import W, body_lines, open_docx
from tiepxuc.render import KINDS, render
from tiepxuc.repo import load
from tiepxuc.rules.engine import active_profile

TODAY = date(2026, 7, 1)
AUTHOR = "Cán bộ Văn phòng <vanphong@example.vn>"
FORMATS = {  # issuer → (profile, unit options for `tiepxuc init`)
    "party": ("default", ["--name", "Phường Dĩnh Kế", "--secretary", "Trần Văn Hùng",
                          "--council-chair", "Trần Văn Hùng", "--committee-chair", "Phạm Quang Minh",
                          "--since", "2021-06-25", "--party-superior",
                          "Đảng bộ thành phố Bắc Giang"]),
    "state": ("law-2025-commune", ["--name", "Xã Tân Tiến", "--secretary", "Lương Văn Thắng",
                                   "--council-chair", "Hà Thị Lan", "--committee-chair",
                                   "Nông Văn Phú", "--since", "2025-07-01"]),
}
SIGNER = {"party": "Trần Văn Hùng", "state": "Nông Văn Phú"}
AUTHORITY = {"party": ("T/M ĐẢNG ỦY", "BÍ THƯ"), "state": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")}
MINUTES_SIGNERS = {"party": ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"),
                   "state": ("THƯ KÝ", "CHỦ TỌA")}
SECRETARY = "Đỗ Thị Hoa"
ORGANISATIONS = 40  # the minutes' attendance table runs over a page
PETITIONS = 40
FIELDS = ["quan-ly-do-thi", "dat-dai", "moi-truong", "giao-thong", "chinh-sach-xa-hoi",
          "an-ninh-trat-tu"]
LONG = ("Đề nghị chính quyền kiểm tra, xử lý dứt điểm tình trạng lấn chiếm vỉa hè, hành lang an "
        "toàn giao thông trên tuyến đường liên thôn; đồng thời công khai kế hoạch cải tạo, nâng "
        "cấp hệ thống thoát nước khu dân cư vì mỗi khi mưa lớn nước ngập sâu, ảnh hưởng đến đời "
        "sống, sinh hoạt và sản xuất của nhiều hộ gia đình trong tổ dân phố")
# Who speaks when: petition number → (speaking order, received before the session on)
ORDERED = {i: (40 - i, None) for i in range(30)}  # the reverse of their IDs' order
ORDERED[39] = (1, "2026-06-01")  # sent in before the session, and the first to speak
SENT_BEFORE = {30: "2026-06-08", 31: "2026-06-03"}  # no order: by the day they came in
PLACEHOLDER = re.compile(r"\[\s*cần\s+(?:ghi|bổ sung|điền)[^\]]*\]", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
SPELLED_DATE = re.compile(r"ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}")
DATE_LINE = re.compile(r"^[^,]+, ngày (0[1-9]|[12]\d|3[01]|  +) tháng (0[12]|[3-9]|1[0-2]|  +) "
                       r"năm \d{4}$")


# ---------------------------------------------------------------- a unit, as an office makes it


def ok(*args: str):
    result = run(*args)
    assert result.exit_code == 0, (args, result.output)
    return result


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _petition(number: int, session: str) -> str:
    order, before = ORDERED.get(number, (None, SENT_BEFORE.get(number)))
    content = LONG if number % 4 == 0 else (
        f"Ý kiến số {number + 1} về tình hình địa phương, đề nghị xem xét giải quyết")
    lines = [f"id: kn-2026-06-12-y-kien-{number:02d}", f"session: {session}"]
    if before:
        lines += ["received: before_session", f"received_date: {before}",
                  'received_via: "Ủy ban MTTQ tổng hợp"']
    lines += ["raised_by:", f'  name: "Người Dân Số {number + 1}"',
              f'  residential_group: "Tổ dân phố số {number % 18 + 1}"']
    if order is not None:
        lines.append(f"speaking_order: {order}")
    lines += [f"field: {FIELDS[number % len(FIELDS)]}", f'content: "{content}."']
    if number % 3 == 0:
        answer = "tiếp thu, chỉ đạo cơ quan chuyên môn kiểm tra, xử lý; kết quả được thông báo "
        lines += ["answer:", "  kind: answered", '  by: "Chủ tịch UBND"',
                  f'  content: "Đã trả lời: {answer * (2 if number % 2 else 1)}công khai."']
    elif number % 3 == 1:
        lines += ["answer:", "  kind: answer_later", '  by: "Chủ tịch UBND"',
                  "  reason: under_investigation", '  basis: "Cần kiểm tra hiện trạng"',
                  "assignment:", '  lead: "Phòng Kinh tế"',
                  '  task: "Kiểm tra, đề xuất phương án xử lý"']
    else:
        lines += ["answer:", "  kind: answer_later", '  by: "Chủ tịch UBND"',
                  "  reason: outside_competence", '  basis: "Thuộc thẩm quyền cấp tỉnh"',
                  "competence: level_above", "forwarded:", '  to: "Sở Xây dựng"',
                  "  date: 2026-06-15"]
    return "\n".join(lines) + "\n"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Cán bộ Văn phòng", "-c",
                    "user.email=vanphong@example.vn", *args], cwd=root, check=True,
                   capture_output=True)


def make_unit(root: Path, issuer: str) -> dict:
    """`tiepxuc init`, a plan, a session with 40 petitions, the conclusion notice and the
    annual report: the commands an office runs, and records written by hand where typing them
    one by one would be tedious."""
    profile, options = FORMATS[issuer]
    ok("init", str(root), *options, "--profile", profile, "--no-input", "--author", AUTHOR)
    here = ["-C", str(root)]
    ok(*here, "new-plan", "2026", "--author", AUTHOR)
    plan = root / "plans" / "ke-hoach-2026.yaml"  # as drafted: the thematic topic still blank
    if issuer == "state":  # the People's Committee's own plan
        text = plan.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^issuer: party$", "issuer: state", text)
        text = re.sub(r"(?ms)^signer:\n(  .*?\n)+", "", text)
        text = text.replace('"Lưu Văn phòng Đảng ủy"', '"Lưu: VT"')
        plan.write_text(text, encoding="utf-8")
    ok(*here, "new-session", "--date", "2026-06-12", "--kind", "periodic", "--start", "07:30",
       "--end", "11:30", "--place", "Hội trường Ủy ban nhân dân", "--topic",
       "Những vấn đề Nhân dân quan tâm", "--secretary", SECRETARY, "--no-input",
       "--author", AUTHOR)
    session_file = next((root / "sessions" / "2026").glob("2026-06-12-*.yaml"))
    session = session_file.stem
    attendance = "".join(
        f'\n  - {{organisation: "Nhân dân tổ dân phố số {i}", invited: 30, present: {25 + i % 5}}}'
        for i in range(1, ORGANISATIONS + 1))
    _replace(session_file, "attendance: []", "attendance:" + attendance)
    _replace(session_file, "  # date: …\n", "  date: 2026-06-01\n")
    with session_file.open("a", encoding="utf-8") as handle:
        handle.write('conclusion: "Giao các cơ quan chuyên môn giải quyết dứt điểm các kiến '
                     'nghị; báo cáo kết quả."\n')
    folder = root / "petitions" / "2026"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(PETITIONS):
        (folder / f"kn-2026-06-12-y-kien-{number:02d}.yaml").write_text(
            _petition(number, session), encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "ghi diễn biến hội nghị và kiến nghị")
    ok(*here, "conclude", session, "--author", AUTHOR)
    ok(*here, "new-report", "2026", "--author", AUTHOR)
    repo = load(root)
    notice = next(r.model.id for r in repo.conclusions)
    return {"plan": "2026", "invitation": session, "minutes": session, "conclusion": notice,
            "report": "2026"}


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """(issuer, kind) → the rendered document, for a Party and a State unit."""
    from tiepxuc import calendar, clock

    home = tmp_path_factory.mktemp("home")
    (home / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
        patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
        patch.setenv("HOME", str(home))
        patch.delenv("TIEPXUC_LANG", raising=False)
        for module in (clock, calendar):  # the office works in the summer of 2026
            patch.setattr(module, "today_in_vietnam", lambda: TODAY)
        found = {}
        for issuer in FORMATS:
            root = tmp_path_factory.mktemp(issuer) / "kho"
            targets = make_unit(root, issuer)
            repo = load(root)
            profile, _ = active_profile(repo)
            for kind in KINDS:
                found[(issuer, kind)] = render(repo, profile, kind, targets[kind], False, TODAY)
    return found


CASES = [(issuer, kind) for issuer in FORMATS for kind in KINDS]


def _xml(documents, issuer, kind):
    doc = open_docx(documents[(issuer, kind)].data)
    return doc, doc.element.body


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(W + "t"))


def _paragraphs(body):
    """Every paragraph of the body after the header table: (paragraph, in a table?)."""
    header = body.find(W + "tbl")
    for paragraph in body.iter(W + "p"):
        inside = paragraph.getparent()
        while inside is not None and inside.tag != W + "tbl":
            inside = inside.getparent()
        if inside is header:
            continue
        yield paragraph, inside is not None


def _keeps_with_next(paragraph) -> bool:
    ppr = paragraph.find(W + "pPr")
    keep = ppr.find(W + "keepNext") if ppr is not None else None
    return keep is not None and keep.get(qn("w:val"), "true") not in ("0", "false")


def _row_has(row, name: str) -> bool:
    trpr = row.find(W + "trPr")
    return trpr is not None and trpr.find(W + name) is not None


# ---------------------------------------------------------------- page layout in the XML


@pytest.mark.parametrize("issuer,kind", CASES)
def test_signature_block_stays_together_and_with_the_body(documents, issuer, kind):
    _, body = _xml(documents, issuer, kind)
    tables = body.findall(W + "tbl")
    block = tables[-1]  # the signature block: Nơi nhận and the signer(s), one row
    rows = block.findall(W + "tr")
    assert len(rows) == 1 and _row_has(rows[0], "cantSplit")
    text = _text(block)
    if kind == "minutes":
        assert all(title in text for title in MINUTES_SIGNERS[issuer])
    else:
        assert "Nơi nhận:" in text and all(line in text for line in AUTHORITY[issuer])
    # the paragraphs just above it, down to the last two with text, keep with what follows
    kept, element = 0, block.getprevious()
    while kept < 2:
        assert element is not None and element.tag == W + "p", kind
        assert _keeps_with_next(element), _text(element)
        kept += bool(_text(element).strip())
        element = element.getprevious()
    # the content's last line ends the body
    last = block.getprevious()
    while not _text(last).strip():
        last = last.getprevious()
    assert _text(last).endswith("./.")


@pytest.mark.parametrize("issuer", FORMATS)
def test_a_conclusion_item_stays_with_its_first_petition(documents, issuer):
    """“@li” (an assignment) is never left at a page's foot without its first “@pi”."""
    _, body = _xml(documents, issuer, "conclusion")
    lines = [(p, _text(p)) for p, inside in _paragraphs(body) if not inside and _text(p).strip()]
    pairs = [(p, text) for (p, text), (_, after) in zip(lines, lines[1:])
             if text.startswith("- ") and after.startswith("+ ")]
    assert pairs
    assert all(_keeps_with_next(p) for p, _ in pairs), [t for p, t in pairs
                                                         if not _keeps_with_next(p)]


@pytest.mark.parametrize(("issuer", "body"), [
    ("party", "Thường trực Đảng ủy phường Dĩnh Kế"), ("state", "Ủy ban nhân dân xã Tân Tiến")])
def test_a_conclusion_says_which_body_the_agencies_report_to(documents, issuer, body):
    text = documents[(issuer, "conclusion")].markup
    assert f"báo cáo kết quả về {body} và trả lời bằng văn bản" in text


@pytest.mark.parametrize("issuer,kind", [(i, k) for i in FORMATS
                                         for k in ("minutes", "conclusion", "report")])
def test_tables_repeat_their_header_and_rows_never_split(documents, issuer, kind):
    _, body = _xml(documents, issuer, kind)
    tables = body.findall(W + "tbl")[1:-1]  # not the header, not the signature block
    assert tables
    for table in tables:
        rows = table.findall(W + "tr")
        assert len(rows) > 1
        assert _row_has(rows[0], "tblHeader"), _text(rows[0])
        assert not any(_row_has(row, "tblHeader") for row in rows[1:])
        assert all(_row_has(row, "cantSplit") for row in rows)
        # the header is never left alone at the foot of a page
        assert all(_keeps_with_next(p) for p in rows[0].iter(W + "p"))


@pytest.mark.parametrize("issuer", FORMATS)
def test_headings_and_the_chart_stay_with_what_follows(documents, issuer):
    _, body = _xml(documents, issuer, "report")
    for paragraph, in_table in _paragraphs(body):
        text = _text(paragraph)
        if not in_table and re.match(r"^([IVX]+[-.] |\d\. )[^\s]", text) and len(text) < 80:
            assert _keeps_with_next(paragraph), text  # a heading
        if not in_table and text.endswith(":"):
            assert _keeps_with_next(paragraph), text  # it introduces what follows
    charts = [p for p, _ in _paragraphs(body) if p.find(".//" + W + "drawing") is not None]
    assert len(charts) == 1 and _keeps_with_next(charts[0])
    caption = charts[0].getnext()
    assert _text(caption).startswith("Biểu đồ:")


# ---------------------------------------------------------------- wording


def _lines(documents, issuer, kind) -> list[str]:
    return body_lines(open_docx(documents[(issuer, kind)].data))


@pytest.mark.parametrize("issuer", FORMATS)
def test_no_double_spaces_and_no_unmarked_blanks(documents, issuer):
    wrong = []
    for kind in KINDS:
        _, body = _xml(documents, issuer, kind)
        for paragraph, _ in _paragraphs(body):
            text = _text(paragraph)
            marked = [_text(r) for r in paragraph.iter(W + "r")
                      if r.find(f"{W}rPr/{W}highlight[@{W}val='yellow']") is not None]
            if ("  " in text or "…" in text  # a blank is “[cần bổ sung: …]”, never “…”
                    or not all(PLACEHOLDER.fullmatch(run) for run in marked)  # only blanks
                    # each blank highlighted, so that nobody signs it by mistake
                    or any(blank not in marked for blank in PLACEHOLDER.findall(text))):
                wrong.append((kind, text))
    assert not wrong


@pytest.mark.parametrize("issuer", FORMATS)
def test_dates_one_way_per_context(documents, issuer):
    wrong = []
    for kind in KINDS:
        doc, body = _xml(documents, issuer, kind)
        header = doc.tables[0]
        date_line = " ".join(p.text for p in header.cell(1, 1).paragraphs).strip()
        if kind == "minutes" and issuer == "state":
            assert not date_line  # a State biên bản has no place-date line
        else:
            assert DATE_LINE.match(date_line), date_line  # “ngày 08 tháng 6 năm 2026”
        for paragraph, _ in _paragraphs(body):
            text = _text(paragraph)
            if SPELLED_DATE.search(text) or any(  # spelled out in the date line only
                    len(day) != 2 or len(month) != 2  # 08/06/2026, never 08/6/2026
                    for day, month, _ in NUMERIC_DATE.findall(text)):
                wrong.append((kind, text))
    assert not wrong


def test_state_public_notice_wording(documents):
    lines = _lines(documents, "state", "invitation")
    text = "\n".join(lines)
    assert lines[2] == "THÔNG BÁO"  # after the header's two rows
    (participants,) = [line for line in lines if line.startswith("Thành phần:")]
    assert participants.endswith(".") and not participants.endswith("..")
    assert ".;" not in participants and ".)" not in participants and ";." not in participants
    assert participants.count("Nhân dân tổ dân phố số") == ORGANISATIONS
    assert "Như thành phần mời" not in text  # that is for an invitation
    (register,) = [line for line in lines if line.startswith("Đăng ký phát biểu:")]
    assert "Văn phòng HĐND và UBND" in register
    assert "Đảng ủy" not in register and "Văn phòng Đảng ủy" not in text
    recipients = [line for line in lines if "Nơi nhận:" in line][0]
    assert "Lưu: VT." in recipients


def test_party_invitation_lists_the_invited_punctuated(documents):
    lines = _lines(documents, "party", "invitation")
    invited = [line for line in lines if line.startswith("- Nhân dân tổ dân phố số")]
    assert len(invited) == ORGANISATIONS
    assert all(line.endswith(";") for line in invited[:-1]) and invited[-1].endswith(".")
    assert "Như thành phần mời" in "\n".join(lines)


def test_each_format_names_its_own_office(documents):
    for issuer, office in (("party", "Văn phòng Đảng ủy"), ("state", "Văn phòng HĐND và UBND")):
        text = "\n".join(_lines(documents, issuer, "conclusion"))
        assert f"{office} theo dõi, đôn đốc" in text, issuer
    state = "\n".join(_lines(documents, "state", "conclusion"))
    assert "Văn phòng Đảng ủy" not in state  # the notice's items too (`tiepxuc conclude`)


@pytest.mark.parametrize("issuer", FORMATS)
def test_conclusion_drafted_by_conclude_reads_once_and_in_full(documents, issuer):
    """`tiepxuc conclude`'s notice: 1. Đánh giá chung is not 2. Tổng hợp again, each petition
    is assigned once, quoted in full (never cut in a word), one petition is not “các”."""
    lines = _lines(documents, issuer, "conclusion")
    text = "\n".join(lines)
    start = lines.index("1. Đánh giá chung")
    general = lines[start + 1]
    summary = lines[lines.index("2. Tổng hợp ý kiến, kiến nghị") + 1]
    assert general.startswith("Giao các cơ quan chuyên môn giải quyết dứt điểm")
    assert not set(re.split(r"(?<=[.;:])\s+", general)) & set(re.split(r"(?<=[.;:])\s+", summary))
    assigned = [line for line in lines if line.startswith("+ Người Dân Số ")]
    people = [int(re.match(r"\+ Người Dân Số (\d+),", line).group(1)) for line in assigned]
    assert len(people) == len(set(people))  # listed once
    handled = [n + 1 for n in range(PETITIONS) if n % 3 != 0]  # answered later or forwarded
    assert sorted(people) == handled
    assert text.count(LONG) == sum(1 for n in handled if (n - 1) % 4 == 0)  # in full
    assert "…" not in text
    for line in lines:  # “trả lời kiến nghị sau” for one, “trả lời 02 kiến nghị sau” for two
        count = re.search(r"trả lời (\d+ )?kiến nghị sau", line)
        assert not re.search(r"các kiến nghị sau", line)
        if count and count.group(1):
            assert int(count.group(1)) > 1
    assert text.count("Thời hạn giải quyết:") == 1


@pytest.mark.parametrize("issuer", FORMATS)
def test_report_marks_what_the_office_must_still_write(documents, issuer):
    _, body = _xml(documents, issuer, "report")
    texts = [_text(p) for p, _ in _paragraphs(body)]
    (leadership,) = [t for t in texts if "ban hành Kế hoạch" in t]
    assert "Kế hoạch số [cần bổ sung: số kế hoạch]" in leadership  # the plan is not issued yet
    assert "  " not in leadership
    highlighted = [_text(r) for r in body.iter(W + "r")
                   if r.find(f"{W}rPr/{W}highlight[@{W}val='yellow']") is not None]
    assert "[cần bổ sung: số kế hoạch]" in highlighted
    assert any(t.startswith("[cần bổ sung: ưu điểm") for t in highlighted)
    assert any(t.startswith("[cần bổ sung: hạn chế") for t in highlighted)


@pytest.mark.parametrize("issuer", FORMATS)
def test_minutes_list_speakers_in_the_order_they_spoke(documents, issuer):
    speakers = [int(m.group(1)) - 1 for line in _lines(documents, issuer, "minutes")
                if (m := re.match(r"^- Người Dân Số (\d+),", line))]
    ordered = sorted(ORDERED, key=lambda n: ORDERED[n][0])
    unordered = sorted(SENT_BEFORE, key=SENT_BEFORE.get)
    assert len(speakers) == PETITIONS
    assert speakers[:len(ordered)] == ordered  # by speaking order, whatever the IDs say
    assert speakers[len(ordered):len(ordered) + len(unordered)] == unordered  # then received
    assert sorted(speakers[len(ordered) + len(unordered):]) == [
        n for n in range(PETITIONS) if n not in ORDERED and n not in SENT_BEFORE]


# ---------------------------------------------------------------- the printed pages


@pytest.fixture(scope="module")
def pdf_pages(documents, tmp_path_factory):
    """(issuer, kind) → the text of each page as LibreOffice lays it out."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and poppler (pdftotext) are needed to check pages")
    folder = tmp_path_factory.mktemp("pdf")
    sources = []
    for (issuer, kind), result in documents.items():
        path = folder / f"{issuer}-{kind}.docx"
        path.write_bytes(result.data)
        sources.append(str(path))
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), *sources], check=True, capture_output=True,
                   timeout=300)
    pages = {}
    for key in documents:
        pdf = folder / f"{key[0]}-{key[1]}.pdf"
        assert pdf.is_file(), pdf
        count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
        pages[key] = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n),
                                      str(pdf), "-"], capture_output=True, text=True,
                                     check=True).stdout for n in range(1, count + 1)]
    return pages


@pytest.mark.parametrize("issuer", FORMATS)
def test_the_signer_is_on_the_page_of_their_title_and_nơi_nhận(pdf_pages, issuer):
    wrong = []
    for kind in KINDS:
        pages = pdf_pages[(issuer, kind)]
        if kind == "minutes":  # the secretary on the left, the chair on the right
            names, titles = [SECRETARY, SIGNER[issuer]], list(MINUTES_SIGNERS[issuer])
        else:
            names, titles = [SIGNER[issuer]], [*AUTHORITY[issuer], "Nơi nhận:"]
        if kind == "minutes" and issuer == "state":
            titles.append("Nơi nhận:")
        last = max(i for i, page in enumerate(pages) if names[-1] in page)
        page = pages[last]
        missing = [needed for needed in [*names, *titles] if needed not in page]
        if (missing or "./." not in page  # with the body's last lines, never alone
                or last != len(pages) - 1):
            wrong.append((kind, last + 1, missing))
    assert not wrong


@pytest.mark.parametrize("issuer", FORMATS)
def test_tables_over_pages_show_their_header_and_the_chart_its_caption(pdf_pages, issuer):
    checks = [("minutes", re.compile(r"^\s*\d+\s+Nhân dân tổ dân phố số \d+\s", re.M),
               "Tổ chức, thành phần"),
              ("report", re.compile(r"Sở Xây dựng,"), "Cơ quan nhận")]
    for kind, row, header in checks:
        pages = [page for page in pdf_pages[(issuer, kind)] if row.search(page)]
        assert len(pages) >= 2, (kind, "the table should run over a page in this test")
        for page in pages:
            assert header in page, (kind, page)
    # the report's chart is printed on the page of its caption
    (page,) = [p for p in pdf_pages[(issuer, "report")] if "Biểu đồ: ý kiến" in p]
    assert "Số ý kiến, kiến nghị" in page  # the chart's axis title


def test_a_long_body_above_is_broken_before_its_place_not_inside_it():
    """“ỦY BAN NHÂN DÂN TỈNH BẮC NINH” does not fit the State header's left column: it goes
    on two lines before the place; a name that fits stays on one line."""
    from tiepxuc.render.writer import HEADER_COLUMNS_MM, header_lines

    state, party = HEADER_COLUMNS_MM["state"][0], HEADER_COLUMNS_MM["party"][0]
    assert header_lines("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", 13, state) == \
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH"
    assert header_lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 13, state) == \
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"
    assert header_lines("ĐẢNG BỘ TỈNH BẮC GIANG", 14, party) == "ĐẢNG BỘ TỈNH BẮC GIANG"
    assert header_lines("UBND TỈNH BẮC NINH", 13, state) == "UBND TỈNH BẮC NINH"
