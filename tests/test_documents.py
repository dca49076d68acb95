"""The official documents: format checklist (reference/document-format.md §7), golden text,
hostile citizen text, the public version, template overrides and the command."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree

from conftest import PETITION, run, write_tree
from docx_check import body_lines, font_slots, open_docx, table_borders, visible_runs, xml_parts
from tiepxuc.render import render
from tiepxuc.repo import load
from tiepxuc.rules.engine import active_profile

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
COMMUNE = ROOT / "examples" / "xa-phuc-hoa-2025"
GOLDEN = Path(__file__).parent / "golden"

DOCUMENTS = {  # name → (repository, kind, target, issuer)
    "ward-plan": (WARD, "plan", "2024", "party"),
    "ward-invitation": (WARD, "invitation", "2024-06-14-dinh-ky-q7m2", "party"),
    "ward-minutes": (WARD, "minutes", "2024-06-14-dinh-ky-q7m2", "party"),
    "ward-conclusion": (WARD, "conclusion", "tb-2024-10-25-p9d3", "party"),
    "ward-report": (WARD, "report", "2024", "party"),
    "commune-plan": (COMMUNE, "plan", "2026", "state"),
    "commune-invitation": (COMMUNE, "invitation", "2026-04-16-dinh-ky-x3r8", "state"),
    "commune-minutes": (COMMUNE, "minutes", "2025-09-19-dinh-ky-m4t7", "state"),
    "commune-conclusion": (COMMUNE, "conclusion", "2025-09-19-dinh-ky-m4t7", "state"),
    "commune-report": (COMMUNE, "report", "2025", "state"),
}
TODAY = date(2026, 11, 22)
PARTY_NUMBER = re.compile(r"^Số (\d{2,}| +)-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ]+$")
STATE_NUMBER = re.compile(r"^Số: ?(\d{2,}| +)/[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ]+(-[A-ZĐ]+)*$")
DATE_LINE = re.compile(r"^(?P<place>[^,]+), ngày (0[1-9]|[12]\d|3[01]|  +) tháng (0[12]|[3-9]|1[0-2]|  +) năm \d{4}$")


def produce(root: Path, kind: str, target: str, public: bool = False):
    repo = load(root)
    profile, _ = active_profile(repo)
    return render(repo, profile, kind, target, public, TODAY)


_cache: dict = {}


def rendered(name: str, public: bool = False):
    if (name, public) not in _cache:
        root, kind, target, _ = DOCUMENTS[name]
        _cache[(name, public)] = produce(root, kind, target, public)
    return _cache[(name, public)]


def size(run) -> float:
    return run.font.size.pt


# ---------------------------------------------------------------- the format checklist


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_page_fonts_and_page_numbers(name):
    data = rendered(name).data
    doc = open_docx(data)
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm),
            round(section.left_margin.mm), round(section.right_margin.mm)) == (20, 20, 30, 15)
    slots = font_slots(data)
    assert slots
    for fonts in slots:
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in map(str, fonts)), fonts
        values = {v for k, v in fonts.items() if not k.endswith("hint")}
        assert values == {"Times New Roman"}, fonts
    assert section.different_first_page_header_footer
    header_xml = etree.tostring(section.header._element).decode()
    assert 'w:instr="PAGE"' in header_xml
    assert "PAGE" not in etree.tostring(section.first_page_header._element).decode()
    # every document part is well-formed XML
    for content in xml_parts(data).values():
        etree.fromstring(content)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_header(name):
    issuer = DOCUMENTS[name][3]
    doc = open_docx(rendered(name).data)
    header = doc.tables[0]
    assert len(header.columns) == 2
    assert set(table_borders(header).values()) == {"nil"}
    left = [p for p in header.cell(0, 0).paragraphs if p.text.strip()]
    right = [p for p in header.cell(0, 1).paragraphs if p.text.strip()]
    number = header.cell(1, 0).paragraphs[0]
    date_cells = [p for p in header.cell(1, 1).paragraphs if p.text.strip()]
    if issuer == "party":
        assert right[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
        assert size(right[0].runs[0]) == 15 and right[0].runs[0].bold
        assert left[-1].text == "*"
        body = left[-2]
        assert body.text.isupper() and body.runs[0].bold and size(body.runs[0]) == 14
        if len(left) == 3:  # the superior body: upper case, not bold
            assert left[0].text.isupper() and not left[0].runs[0].bold
        assert PARTY_NUMBER.match(number.text), number.text
        assert size(number.runs[0]) == 14 and not number.runs[0].bold
    else:
        assert right[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert right[0].runs[0].bold and size(right[0].runs[0]) == 13
        assert right[1].text == "Độc lập - Tự do - Hạnh phúc"
        assert right[1].runs[0].bold and size(right[1].runs[0]) == 14
        assert left[0].runs[0].bold and size(left[0].runs[0]) == 13
        assert STATE_NUMBER.match(number.text), number.text
        assert size(number.runs[0]) == 13
    # a solid line under the national title (and, State, under the body's name)
    borders = [p for p in header.cell(0, 1).paragraphs
               if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    assert borders
    if DOCUMENTS[name][1] == "minutes" and issuer == "state":
        assert not date_cells  # a State biên bản has no place-date line
    else:
        (line,) = date_cells
        assert DATE_LINE.match(line.text), line.text
        assert line.runs[0].italic and size(line.runs[0]) == 14
        assert line.alignment == WD_ALIGN_PARAGRAPH.CENTER


TITLES = {"plan": "KẾ HOẠCH", "invitation": ("GIẤY MỜI", "THÔNG BÁO"), "minutes": "BIÊN BẢN",
          "conclusion": "THÔNG BÁO", "report": "BÁO CÁO"}


def _body(doc):
    """Paragraphs of the body outside tables, in order."""
    return [p for p in doc.paragraphs if p.text.strip()]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_title_summary_and_body(name):
    _, kind, _, issuer = DOCUMENTS[name]
    doc = open_docx(rendered(name).data)
    paragraphs = _body(doc)
    title, summary = paragraphs[0], paragraphs[1]
    assert title.text in (TITLES[kind] if isinstance(TITLES[kind], tuple) else (TITLES[kind],))
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    assert size(title.runs[0]) == (16 if issuer == "party" else 14)
    assert summary.runs[0].bold and summary.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert size(summary.runs[0]) == 14
    if issuer == "party":
        assert summary.text[0].islower()
        assert paragraphs[2].text == "-----"
    else:
        assert summary.text[0].isupper()
    justified = [p for p in paragraphs if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert len(justified) >= 3
    for p in justified:
        fmt = p.paragraph_format
        assert fmt.space_before.pt >= 6
        assert 1.0 <= fmt.line_spacing <= 1.5
        for r in visible_runs(p):
            assert size(r) == 14
        if fmt.first_line_indent is not None:
            assert abs(fmt.first_line_indent.mm - 10) < 0.3
    assert any(p.paragraph_format.first_line_indent is not None for p in justified)
    # the content ends with "./." just before the signature
    before_signature = [p for p in paragraphs if p.text.strip()][-1]
    assert before_signature.text.endswith("./."), before_signature.text


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_signature_and_recipients(name):
    _, kind, _, issuer = DOCUMENTS[name]
    doc = open_docx(rendered(name).data)
    block = doc.tables[-1]
    assert set(table_borders(block).values()) == {"nil"}
    left = [p for p in block.cell(0, 0).paragraphs if p.text.strip()]
    right = [p for p in block.cell(0, 1).paragraphs if p.text.strip()]
    if kind == "minutes":
        assert left[0].text == ("THƯ KÝ" if issuer == "state" else "NGƯỜI GHI BIÊN BẢN")
        assert right[0].text == ("CHỦ TỌA" if issuer == "state" else "CHỦ TRÌ HỘI NGHỊ")
        assert right[-1].runs[0].bold and not right[-1].text.isupper()
        if issuer == "state":
            items = [p.text for p in left if p.text.startswith("- ")]
            assert items[-1] == "- Lưu: VT, Hồ sơ."
        return
    label, *items = left
    assert label.text == "Nơi nhận:"
    if issuer == "party":
        assert label.runs[0].underline and not label.runs[0].italic and not label.runs[0].bold
        assert size(label.runs[0]) == 14 and all(size(i.runs[0]) == 12 for i in items)
        assert items[-1].text.startswith("- Lưu ") and not items[-1].text.startswith("- Lưu:")
        authority, position, name_line = right[0], right[1], right[-1]
        assert authority.text.startswith(("T/M ", "K/T ", "T/L ")) and authority.runs[0].bold
        assert position.text.isupper() and not position.runs[0].bold
    else:
        assert label.runs[0].bold and label.runs[0].italic and size(label.runs[0]) == 12
        assert all(size(i.runs[0]) == 11 for i in items)
        assert items[-1].text.startswith("- Lưu: VT")
        authority, position, name_line = right[0], right[1], right[-1]
        assert authority.text.startswith(("TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "))
        assert authority.runs[0].bold and position.runs[0].bold
    assert all(i.text.startswith("- ") for i in items)
    assert all(i.text.endswith(";") for i in items[:-1]) and items[-1].text.endswith(".")
    assert name_line.runs[0].bold and not name_line.text.isupper() and name_line.text.strip()


def test_state_minutes_has_the_required_lines():
    text = "\n".join(body_lines(open_docx(rendered("commune-minutes").data)))
    for needed in ("Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:", "Chủ trì",
                   "Thư ký", "kết thúc vào"):
        assert needed in text


# ---------------------------------------------------------------- content


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_golden_text(name):
    lines = body_lines(open_docx(rendered(name).data))
    golden = GOLDEN / f"{name}.txt"
    text = "\n".join(lines) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_plan_reads_like_the_ward_plan_section_for_section():
    lines = body_lines(open_docx(rendered("ward-plan").data))
    order = ["KẾ HOẠCH", "Thực hiện Quy định số 11-QĐi/TW", "I- MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
             "2. Yêu cầu", "II- NỘI DUNG, PHƯƠNG PHÁP THỰC HIỆN", "1. Nội dung",
             "2. Hình thức và chế độ tiếp xúc, đối thoại", "3. Chủ trì và thành phần",
             "3.1. Chủ trì đối thoại", "3.2. Thành phần", "4. Trình tự tiếp xúc, đối thoại",
             "III- TỔ CHỨC THỰC HIỆN"]
    positions = [next(i for i, line in enumerate(lines) if line.startswith(h)) for h in order]
    assert positions == sorted(positions)
    text = "\n".join(lines)
    assert "ít nhất 02 lần/năm, trong đó có 01 lần đối thoại chuyên đề" in text
    assert "tháng 6/2024" in text and "tháng 10/2024" in text
    assert "+ Đối thoại định kỳ, gồm: Bí thư Đảng ủy; Chủ tịch HĐND phường; Chủ tịch UBND phường." in text
    assert "Số 25-KH/ĐU | Dĩnh Kế, ngày 15 tháng 01 năm 2024" in text


def test_conclusion_groups_by_field_and_assigns_with_deadline():
    text = "\n".join(body_lines(open_docx(rendered("ward-conclusion").data)))
    assert "Có 8 lượt ý kiến, kiến nghị, trong đó 3 ý kiến đã được trả lời tại hội nghị" in text
    assert "Quản lý đô thị, trật tự đô thị | 2 | 0 | 2" in text
    # each conclusion once, the petitions it assigns listed under it in full, one deadline
    assert text.count("Đội Trật tự đô thị phường sắp xếp lại chợ tạm") == 1
    assert "+ Nguyễn Văn Khánh, Tổ dân phố số 5: Sau các trận mưa lớn tháng 9, mương thoát " \
        "nước ngõ 8 tổ dân phố số 5 tiếp tục ngập úng" in text
    assert "Nội dung giao: Lập phương án cải tạo, mở rộng mương thoát nước ngõ 8 tổ dân phố " \
        "số 5." in text
    assert text.count("hoàn thành trước ngày 27/12/2024 (45 ngày làm việc") == 1
    assert "Ủy ban MTTQ phường (để giám sát)" in text


def test_report_figures():
    result = rendered("ward-report")
    doc = open_docx(result.data)
    text = "\n".join(body_lines(doc))
    assert "Trong năm đã tổ chức 2 cuộc tiếp xúc, đối thoại" in text
    assert "1 cuộc định kỳ, 1 cuộc chuyên đề" in text
    assert "Tổng số 20 lượt ý kiến, kiến nghị; 8 ý kiến được trả lời ngay tại hội nghị (40%)" in text
    assert "Đã giải quyết đúng hạn | 4" in text and "Quá hạn, chưa giải quyết | 2" in text
    assert "Thời gian giải quyết trung vị:" in text
    assert "nêu 2 lần; chưa giải quyết dứt điểm" in text
    assert "Ban Quản lý dự án đầu tư xây dựng thành phố Bắc Giang" in text
    images = [name for name in xml_parts(result.data)] and doc.inline_shapes
    assert len(images) == 1  # the chart of petitions by field


# ---------------------------------------------------------------- hostile text and privacy


HOSTILE = ('Tôi & <hàng xóm> nói "không" {{ 7*7 }} {% if x %}y{% endif %} @p **đậm** __nghiêng__ '
           'a | b \\ c 😀 ' + unicodedata.normalize("NFD", "Nguyễn Thị Ánh, tổ dân phố số 5"))


def hostile_repo(make_repo):
    petition = PETITION.replace("content: Rác thải tập kết sai nơi", "content: " + repr_yaml(HOSTILE))
    petition = petition.replace(
        "  kind: answered\n  by: Chủ tịch UBND phường\n  content: Đã bố trí lại điểm tập kết\n",
        "  kind: answer_later\n  reason: insufficient_basis\n  basis: " + repr_yaml("</w:t> & <b>")
        + "\nassignment:\n  lead: Công an phường\n  task: " + repr_yaml("{{ x }} ]]> <![CDATA[") + "\n")
    return make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition})


def repr_yaml(text: str) -> str:
    from tiepxuc.records.yamlio import quote

    return quote(text)


@pytest.mark.parametrize("kind,target", [("minutes", "2024-06-14-dinh-ky"),
                                         ("conclusion", "tb-2024-06-24")])
def test_hostile_citizen_text_comes_out_literally(make_repo, kind, target):
    root = hostile_repo(make_repo)
    result = produce(root, kind, target)
    for content in xml_parts(result.data).values():
        etree.fromstring(content)  # valid XML in every part
    text = "\n".join(body_lines(open_docx(result.data)))
    expected = unicodedata.normalize("NFC", HOSTILE)
    assert expected in text
    assert "49" not in text  # nothing in the data was run as a template
    assert ("</w:t> & <b>" if kind == "minutes" else "{{ x }} ]]> <![CDATA[") in text


def citizen_names(root: Path) -> list[str]:
    repo = load(root)
    return [r.model.raised_by.name for r in repo.petitions if r.model.raised_by.kind == "person"]


PHONE = re.compile(r"(?<!\d)0\d{9}(?!\d)|(?<!\d)\d{12}(?!\d)")


@pytest.mark.parametrize("name", ["ward-minutes", "ward-conclusion", "ward-report",
                                  "commune-minutes", "commune-conclusion"])
def test_public_version_has_no_personal_data(name):
    root = DOCUMENTS[name][0]
    result = rendered(name, public=True)
    assert result.filename.endswith("-cong-khai.docx")
    text = "\n".join(body_lines(open_docx(result.data)))
    assert not PHONE.search(text)
    for full_name in citizen_names(root):
        assert full_name not in text, full_name
    assert "Số 14, ngõ 21" not in text and "Số 3, ngõ 40" not in text
    if name == "ward-minutes":
        assert "N.V.K., Tổ dân phố số 5" in text  # Nguyễn Văn Khánh, reduced to initials
        assert "Trần Văn Hùng" in text  # officials keep their names


def test_public_version_scans_free_text(make_repo):
    petition = PETITION.replace("content: Rác thải tập kết sai nơi",
                                'content: "Liên hệ Vũ Văn Giang, số nhà 12, ĐT 0912 345 678, CCCD 024187001234"')
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition})
    text = "\n".join(body_lines(open_docx(produce(root, "minutes", "2024-06-14-dinh-ky", True).data)))
    assert "Vũ Văn Giang" not in text and "0912" not in text and "024187001234" not in text
    assert "số nhà 12" not in text and "V.V.G." in text


# ---------------------------------------------------------------- templates, warnings, command


def test_repository_template_override(make_repo):
    root = make_repo()
    write_tree(root, {"templates/documents/invitation.j2":
                      "@title GIẤY MỜI\n@summary họp riêng {{ session.id }}\n@p Nội dung riêng.\n@signature\n"})
    text = "\n".join(body_lines(open_docx(produce(root, "invitation", "2024-06-14-dinh-ky").data)))
    assert "họp riêng 2024-06-14-dinh-ky" in text and "Nội dung riêng./." in text


def test_templates_run_in_a_sandbox(make_repo):
    root = make_repo()
    write_tree(root, {"templates/documents/invitation.j2":
                      "@p {{ session.__class__.__mro__[1].__subclasses__() }}\n"})
    result = run("-C", str(root), "render", "invitation", "2024-06-14-dinh-ky")
    assert result.exit_code == 2 and "documents/invitation.j2" in result.stderr
    assert "Traceback" not in result.output


def test_invitation_warns_when_late_or_undated(make_repo):
    from conftest import JUNE

    late = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace(
        "  date: 2024-06-07", "  date: 2024-06-12")})
    assert any("sau hạn 10/06/2024" in w for w in produce(late, "invitation", "2024-06-14-dinh-ky").warnings)
    undated = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace(
        "invitation:\n  date: 2024-06-07\n", "")})
    result = run("-C", str(undated), "render", "invitation", "2024-06-14-dinh-ky")
    assert result.exit_code == 0 and "hạn phát hành: 10/06/2024" in result.stderr


def test_render_command_writes_under_out(make_repo):
    root = make_repo()
    result = run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky")
    assert result.exit_code == 0
    path = root / "out" / "bien-ban-2024-06-14-dinh-ky.docx"
    assert path.is_file() and str(path) in result.stdout
    custom = root / "van-ban" / "bb.docx"
    assert run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky", "-o", str(custom)).exit_code == 0
    assert custom.is_file()


def test_render_command_errors(make_repo):
    root = make_repo()
    for args, needle in ((["render", "bien-ban", "2024"], "plan, invitation"),
                         (["render", "minutes", "2030-01-01-khong-co"], "2024-06-14-dinh-ky"),
                         (["render", "report", "nam-nay"], "2024"),
                         (["render", "plan", "2031"], "new-plan 2031")):
        result = run("-C", str(root), *args)
        assert result.exit_code == 2 and needle in result.stderr, result.stderr
        assert "Traceback" not in result.output


def test_pdf_needs_libreoffice(make_repo, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    root = make_repo()
    result = run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky", "--pdf")
    assert result.exit_code == 2 and "LibreOffice" in result.stderr
    assert (root / "out" / "bien-ban-2024-06-14-dinh-ky.docx").is_file()  # the .docx is kept


def test_pdf_through_libreoffice(make_repo, monkeypatch):
    import shutil
    import subprocess

    calls = []

    def fake_run(args, **kwargs):
        calls.append(args)
        out = Path(args[args.index("--outdir") + 1])
        source = Path(args[-1])
        (out / (source.stem + ".pdf")).write_bytes(b"%PDF-1.4\n")
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/soffice" if name == "soffice" else None)
    monkeypatch.setattr(subprocess, "run", fake_run)
    root = make_repo()
    result = run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky", "--pdf")
    assert result.exit_code == 0, result.output
    assert (root / "out" / "bien-ban-2024-06-14-dinh-ky.pdf").is_file()
    assert calls[0][0] == "/usr/bin/soffice" and "--headless" in calls[0]
