"""`tiepxuc publish`: the public website of the results, over both examples and a roll-up.

What a citizen reads must be right (pages, links, figures, statuses as check-deadlines gives
them, open data, feed) and must never hold a citizen's personal data: a name, a phone or ID
number or an e-mail found in a published text stops the publication at the record's line, and
the site published before stays as it was. What an office withdraws disappears.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import run, write_tree

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WARD, COMMUNE = "phuong-dinh-ke-2024", "xa-phuc-hoa-2025"
AS_OF = {WARD: "2024-12-31", COMMUNE: "2026-12-31"}
SHOWN_DAY = {WARD: "31/12/2024", COMMUNE: "31/12/2026"}
ANSWERED_LATER = "kn-2024-10-17-ngap-ung-to-dan-pho-5-p3w6"  # assigned, a reply, an extension
SITE = Path("out") / "cong-khai"


def example(tmp_path: Path, name: str) -> Path:
    """A copy of an example (its default output folder is inside it)."""
    root = tmp_path / name
    shutil.copytree(EXAMPLES / name, root, ignore=shutil.ignore_patterns(".tiepxuc", "out"))
    return root


def publish(root: Path, *args: str, as_of: str = AS_OF[WARD]):
    result = run("-C", str(root), "publish", "--as-of", as_of, *args)
    assert "Traceback" not in result.output and "Lỗi không mong đợi" not in result.output, \
        result.output
    return result


def published(root: Path, name: str = WARD) -> Path:
    result = publish(root, as_of=AS_OF[name])
    assert result.exit_code == 0, result.output
    return root / SITE


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def texts(site: Path) -> dict[str, str]:
    return {name: data.decode("utf-8-sig") for name, data in files(site).items()}


def records(root: Path):
    from tiepxuc.repo import load

    return load(root, use_store=False)


def deadlines(root: Path, as_of: str, *units: str) -> list[dict]:
    args = ["-C", str(root), "check-deadlines", "--json", "--as-of", as_of]
    for unit in units:
        args += ["--unit", unit]
    return json.loads(run(*args).stdout)


def data_file(site: Path, name: str) -> tuple[list[dict], dict]:
    """The rows of du-lieu/NAME.csv (which starts with a BOM) and the JSON twin."""
    raw = (site / "du-lieu" / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), name  # Excel reads UTF-8 only with it
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return rows, json.loads((site / "du-lieu" / f"{name}.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- pages and links


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def check_links(site: Path) -> int:
    """Every relative href and src of every page leads to a file of the site (and to an id
    in it for a #fragment); the feed's links too. The number of links checked."""
    parsed: dict[Path, _Links] = {}

    def parse(page: Path) -> _Links:
        if page not in parsed:
            parser = _Links()
            parser.feed(page.read_text(encoding="utf-8"))
            parsed[page] = parser
        return parsed[page]

    checked = 0
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        for link in parse(page).links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, (page, link)  # nothing from elsewhere
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site)}: {link}"
            assert site.resolve() in target.parents, (page, link)
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parse(target).ids, f"{page.relative_to(site)}: {link}"
            checked += 1
    feed = ET.parse(site / "feed.xml").getroot()
    for element in feed.iter("{http://www.w3.org/2005/Atom}link"):
        assert (site / element.get("href")).is_file(), element.get("href")
        checked += 1
    return checked


@pytest.mark.parametrize("name", [WARD, COMMUNE])
def test_each_example_has_its_pages_and_every_link_resolves(tmp_path, name):
    root = example(tmp_path, name)
    result = publish(root, as_of=AS_OF[name])
    assert result.exit_code == 0, result.output
    site = root / SITE
    repo = records(root)
    for page in ("index.html", "gioi-thieu.html", "du-lieu/index.html", "co-quan/index.html",
                 "feed.xml", "chi-muc.js", "tai-nguyen/site.css", "tai-nguyen/tim-kiem.js"):
        assert (site / page).is_file(), page
    for record in repo.sessions:  # stable addresses: the record IDs (no citizen names in them)
        assert (site / "hoi-nghi" / f"{record.id}.html").is_file()
    held = {r.id for r in repo.sessions if r.model.date.isoformat() <= AS_OF[name]}
    for record in repo.petitions:
        assert (site / "kien-nghi" / f"{record.id}.html").is_file() == (
            record.model.session in held), record.id
    assert check_links(site) > 50
    day = SHOWN_DAY[name]
    for page, text in texts(site).items():
        if page.endswith(".html"):
            assert f"Cập nhật đến ngày {day}" in text, page  # every page says how recent
            assert "Không công bố:" in text and "số điện thoại" in text, page  # and what is not
            assert '<html lang="vi">' in text and 'name="viewport"' in text, page
    assert f"{result.stdout}".startswith("Đã công bố tại ")


def test_a_petition_page_shows_what_happened_to_it(tmp_path):
    root = example(tmp_path, WARD)
    site = published(root)
    page = (site / "kien-nghi" / f"{ANSWERED_LATER}.html").read_text(encoding="utf-8")
    for shown in ("mương thoát nước ngõ 8",  # the concern
                  "Tiếp thu; giao bộ phận chuyên môn",  # the answer
                  "Công chức Địa chính - Xây dựng",  # the agency
                  "31/03/2025",  # the deadline, extended by the written reply
                  "Đang giải quyết, trong hạn", "còn 58 ngày làm việc",  # as of 31/12/2024
                  "Văn bản số 171/UBND-ĐC",  # the reply
                  "Người dân (Tổ dân phố số 5)", "Chưa có kết quả giải quyết"):
        assert shown in page, shown
    assert "Nguyễn Văn Khánh" not in page and "0912345678" not in page
    overdue = (site / "kien-nghi" / "kn-2024-10-17-cho-tam-lan-chiem-q4x9.html").read_text(
        encoding="utf-8")
    assert '<span class="nhan overdue">Quá hạn, chưa giải quyết</span>' in overdue
    # the same concern raised at the earlier session: linked both ways
    assert "kn-2024-06-14-ngap-ung-to-dan-pho-5-a2c4.html" in page
    session = (site / "hoi-nghi" / "2024-10-17-chuyen-de-w4k8.html").read_text(encoding="utf-8")
    for shown in ("Nhà văn hóa tổ dân phố số 5", "Trần Văn Hùng", "Bí thư cấp ủy",
                  "Thông báo kết luận số 52-TB/ĐU", f"../kien-nghi/{ANSWERED_LATER}.html"):
        assert shown in session, shown
    agencies = (site / "co-quan" / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'<td><a href="[^"]+">([^<]+)</a></td>', agencies)
    from tiepxuc.repeats import fold

    assert names and names == sorted(names, key=fold)  # alphabetical, never a ranking


# ---------------------------------------------------------------- open data against the records


def _status_rows(root: Path, as_of: str) -> dict[tuple[str, str], dict]:
    """(unit path, petition) → the row check-deadlines gives for resolving it (or, forwarded,
    for the reply of the body it went to)."""
    out: dict[tuple[str, str], dict] = {}
    for row in deadlines(root, as_of):
        if row["obligation"] == "resolution" or (
                row["obligation"] == "forward_reply"
                and (row["unit_path"], row["id"]) not in out):
            out[(row["unit_path"], row["id"])] = row
    return out


@pytest.mark.parametrize("name, day", [(WARD, AS_OF[WARD]), (WARD, "2024-11-01"),
                                       (COMMUNE, AS_OF[COMMUNE])])
def test_open_data_agrees_with_the_records_and_check_deadlines(tmp_path, name, day):
    root = example(tmp_path, name)
    assert publish(root, as_of=day).exit_code == 0
    site = root / SITE
    repo = records(root)
    held = {r.id: r.model.date for r in repo.sessions
            if r.model.date.isoformat() <= day and r.model.cancelled is None}
    petitions = {r.id: r.model for r in repo.petitions if r.model.session in held}
    rows, data = data_file(site, "kien-nghi")
    assert sorted(r["ma_kien_nghi"] for r in rows) == sorted(petitions)
    assert data["cot"] == list(rows[0]) and data["cap_nhat_den"] == day
    assert [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in data["ban_ghi"]] \
        == rows  # the JSON holds the same rows
    statuses = _status_rows(root, day)
    assert statuses
    for row in rows:
        pid, petition = row["ma_kien_nghi"], petitions[row["ma_kien_nghi"]]
        assert row["ma_hoi_nghi"] == petition.session
        assert row["ngay_hoi_nghi"] == held[petition.session].isoformat()
        assert row["ma_linh_vuc"] == petition.field
        expected = statuses.get((".", pid))
        if expected is None:
            assert row["trang_thai_han"] == row["han_giai_quyet"] == "", pid
        else:
            assert row["trang_thai_han"] == expected["status"], pid
            assert row["han_giai_quyet"] == expected["due"], pid
            assert row["co_quan_giai_quyet"] == expected["agency"], pid
        if expected is not None and expected["obligation"] == "resolution":
            group = "within" if expected["status"] == "due_soon" else expected["status"]
            assert row["tinh_trang"] == group, pid  # the site's status follows the deadline's
        elif petition.answer is not None and petition.answer.kind == "answered":
            assert row["tinh_trang"] == "answered", pid
        assert (site / row["trang"]).is_file()
    sessions, _ = data_file(site, "hoi-nghi")
    assert sorted(r["ma_hoi_nghi"] for r in sessions) == sorted(r.id for r in repo.sessions)
    figures, _ = data_file(site, "so-lieu")
    for year in {d.year for d in held.values()}:
        report = json.loads(run("-C", str(root), "report", str(year), "--json", "--as-of",
                                day).stdout)["units"][0]
        row = next(r for r in figures if r["nam"] == str(year))
        assert (int(row["so_hoi_nghi"]), int(row["so_kien_nghi"]),
                int(row["so_tra_loi_tai_hoi_nghi"])) == (
            report["sessions"], report["petitions"], report["answered"])
        assert [int(row[c]) for c in ("giai_quyet_dung_han", "giai_quyet_qua_han",
                                      "dang_giai_quyet_trong_han", "qua_han")] == [
            report["resolution"][k] for k in ("done_on_time", "done_late", "within", "overdue")]
    described = (site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    for file in ("kien-nghi", "hoi-nghi", "co-quan", "so-lieu"):
        header = (site / "du-lieu" / f"{file}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        for column in header.split(","):  # every column is described on the data page
            assert f"<code>{column}</code>" in described, (file, column)


def test_what_was_recorded_after_the_day_of_publication_is_not_shown(tmp_path):
    root = example(tmp_path, WARD)
    assert publish(root, as_of="2024-11-01").exit_code == 0
    site = root / SITE
    resolved_later = (site / "kien-nghi" / "kn-2024-06-14-duong-ngo-xuong-cap-k3q7.html"
                      ).read_text(encoding="utf-8")  # resolved on 25/11/2024
    assert "Chưa có kết quả giải quyết đến ngày 01/11/2024" in resolved_later
    assert "Đã sửa chữa 150 m đường ngõ" not in "".join(texts(site).values())
    replied_later = (site / "kien-nghi" / f"{ANSWERED_LATER}.html").read_text(encoding="utf-8")
    assert "Văn bản số 171/UBND-ĐC" not in replied_later  # a reply of 20/11/2024


def test_the_feed_parses_with_new_petitions_and_results(tmp_path):
    root = example(tmp_path, WARD)
    site = published(root)
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{atom}feed"
    entries = feed.findall(f"{atom}entry")
    titles = [e.findtext(f"{atom}title") for e in entries]
    assert any(t.startswith("Kiến nghị mới: ") for t in titles)
    assert any(t.startswith("Kết quả giải quyết: ") for t in titles)
    ids = [e.findtext(f"{atom}id") for e in entries]
    petitions = [r.model for r in records(root).petitions]
    results = [p for p in petitions
               if p.resolution and p.resolution.date.isoformat() <= AS_OF[WARD]]
    assert len(ids) == len(set(ids)) == len(petitions) + len(results)  # each one, each result
    assert len(results) >= 5
    for entry in entries:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\+07:00", entry.findtext(f"{atom}updated"))


# ---------------------------------------------------------------- personal data


def _personal(root: Path) -> list[str]:
    """Every citizen's name and contact detail the records hold (contacts as written, and
    numbers as bare digits)."""
    from tiepxuc.privacy import repository_values

    found = repository_values(records(root))
    values = [*found.get("name", []), *found.get("contact", [])]
    values += [re.sub(r"\D", "", v) for v in found.get("contact", []) if re.search(r"\d{6}", v)]
    return [v for v in values if len(v) >= 4]


def _no_personal_data(site: Path, values: list[str]) -> None:
    from tiepxuc.privacy import find

    assert values
    for name, text in texts(site).items():
        folded = text.casefold()
        for value in values:
            assert value.casefold() not in folded, (name, value)
        assert [kind for kind, _, _ in find(text)] == [], name  # no phone, ID number, e-mail


def test_no_personal_data_from_the_records_anywhere(tmp_path):
    root = example(tmp_path, WARD)
    # a petitioner with every kind of personal data, and an ID holding a citizen's name
    source = root / "petitions/2024/kn-2024-06-14-hoc-sinh-dau-cap-h2n4.yaml"
    text = source.read_text(encoding="utf-8")
    raised = re.search(r"raised_by:\n(?:  .*\n)+", text).group(0)
    write_tree(root, {"petitions/2024/kn-2024-06-14-ong-dinh-van-sau-k2m4.yaml": text.replace(
        "kn-2024-06-14-hoc-sinh-dau-cap-h2n4", "kn-2024-06-14-ong-dinh-van-sau-k2m4").replace(
        raised, "raised_by:\n  name: Đinh Văn Sáu\n  residential_group: Tổ dân phố số 3\n"
                "  address: Số 7, ngõ 12, tổ dân phố số 3\n  phone: \"0387654321\"\n"
                "  id_number: \"036201009876\"\n  email: dinhvansau@gmail.com\n")})
    site = published(root)
    values = _personal(root)
    assert {"Đinh Văn Sáu", "0387654321", "036201009876", "dinhvansau@gmail.com",
            "Vương Văn Thành", "Số 3, ngõ 40, tổ dân phố số 8"} <= set(values)
    _no_personal_data(site, values)
    # the page of a petition whose ID holds its petitioner's name is named by the initials
    assert (site / "kien-nghi" / "kn-2024-06-14-ong-dvs-k2m4.html").is_file()
    assert not any("dinh-van-sau" in name for name in files(site))
    assert "dinh van sau" not in (site / "chi-muc.js").read_text(encoding="utf-8")


def test_a_citizens_name_typed_into_an_answer_stops_the_publication(tmp_path):
    root = example(tmp_path, WARD)
    site = published(root)
    before = {name: hashlib.sha256(data).hexdigest() for name, data in files(site).items()}
    path = root / "petitions/2024" / f"{ANSWERED_LATER}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("content: Tiếp thu; giao", "content: Ông Vương Văn Thành đề nghị; giao")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "Ông Vương Văn Thành" in l)
    result = publish(root)
    assert result.exit_code == 1, result.output
    where = f"petitions/2024/{ANSWERED_LATER}.yaml:{line}: answer.content: có họ tên người dân"
    assert where in result.stderr, result.stderr
    assert "Vương Văn Thành" not in result.output  # the message names the place, not the name
    assert "chưa ghi gì" in result.stderr
    after = {name: hashlib.sha256(data).hexdigest() for name, data in files(site).items()}
    assert after == before  # the old site, as it was
    assert sorted(p.name for p in site.parent.iterdir()) == ["cong-khai"]  # no half-written one


@pytest.mark.parametrize("typed, kind", [
    ("gọi 0912 345 678", "số điện thoại"), ("CCCD 001088012345", "số định danh cá nhân"),
    ("thư gửi hoa.nguyen@gmail.com", "địa chỉ thư điện tử"), ("nhà số 25", "số nhà"),
    ("Số 3, ngõ 40, tổ dân phố số 8", "địa chỉ, thông tin liên hệ")])
def test_contact_details_in_any_published_text_stop_it(tmp_path, typed, kind):
    root = example(tmp_path, WARD)
    path = root / "conclusions/2024/tb-2024-06-24-h3v6.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "Hội nghị diễn ra nghiêm túc", f"Hội nghị ({typed}) diễn ra nghiêm túc")
    path.write_text(text, encoding="utf-8")
    result = publish(root)
    assert result.exit_code == 1, result.output
    assert "conclusions/2024/tb-2024-06-24-h3v6.yaml:" in result.stderr
    assert f"summary: có {kind}" in result.stderr, result.stderr
    assert not (root / SITE).exists()


def test_an_address_naming_only_an_area_is_not_a_contact_detail(tmp_path):
    """A petitioner's address that is only the residential group and the ward says no more
    than the site says anyway; an address with a house number or a lane is personal."""
    root = example(tmp_path, WARD)
    path = root / "petitions/2024/kn-2024-06-14-boi-thuong-giai-phong-mat-bang-n8t4.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("address: Số 3, ngõ 40, tổ dân phố số 8",
                                 "address: Tổ dân phố số 8, phường Dĩnh Kế").replace(
        "qua tổ dân phố số 8.", "qua tổ dân phố số 8, phường Dĩnh Kế."), encoding="utf-8")
    site = published(root)
    page = site / "kien-nghi" / "kn-2024-06-14-boi-thuong-giai-phong-mat-bang-n8t4.html"
    assert "tổ dân phố số 8, phường Dĩnh Kế" in page.read_text(encoding="utf-8")
    path.write_text(text.replace("qua tổ dân phố số 8.", "qua số 3, ngõ 40, tổ dân phố số 8."),
                    encoding="utf-8")
    result = publish(root)
    assert result.exit_code == 1 and "content: có địa chỉ, thông tin liên hệ" in result.stderr


def test_officials_and_organisations_may_be_named(tmp_path):
    """A chair's name in a chair's field, in an answer's “by” and in a signature is not taken
    for a citizen's, even when a citizen has the same name."""
    root = example(tmp_path, WARD)
    path = root / "petitions/2024/kn-2024-06-14-hoc-sinh-dau-cap-h2n4.yaml"
    text = path.read_text(encoding="utf-8")
    name = re.search(r"raised_by:\n  name: (.+)\n", text).group(1)
    path.write_text(text.replace(f"name: {name}", "name: Trần Văn Hùng"), encoding="utf-8")
    site = published(root)
    assert "Trần Văn Hùng" in (site / "hoi-nghi/2024-06-14-dinh-ky-q7m2.html").read_text(
        encoding="utf-8")


# ---------------------------------------------------------------- withdrawn, withheld


def test_a_withheld_petition_vanishes_at_the_next_publication(tmp_path):
    root = example(tmp_path, WARD)
    site = published(root)
    page = site / "kien-nghi" / f"{ANSWERED_LATER}.html"
    assert page.is_file()
    (site / "la.html").write_text("một tệp lạ", encoding="utf-8")  # replaced as a whole
    reason = "Đang thanh tra theo đơn của ông Nguyễn Văn Khánh, số 0912 345 678"
    path = root / "petitions/2024" / f"{ANSWERED_LATER}.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + f"publish: false\npublish_reason: {reason}\n", encoding="utf-8")
    result = publish(root)
    assert result.exit_code == 0, result.output
    assert "0 hội nghị, 1 kiến nghị không công bố theo quyết định của đơn vị" in result.stderr
    assert not page.exists() and not (site / "la.html").exists()
    for name, text in texts(site).items():
        assert ANSWERED_LATER not in text, name
        assert "Đang thanh tra" not in text and "Nguyễn Văn Khánh" not in text, name
    rows, data = data_file(site, "kien-nghi")
    assert len(rows) == len(data["ban_ghi"]) == 19
    assert check_links(site)
    # the public JSON export leaves it out too, and never says why
    run("-C", str(root), "export", "json", "--public", "-o", str(tmp_path / "x.json"))
    exported = (tmp_path / "x.json").read_text(encoding="utf-8")
    assert ANSWERED_LATER not in [p["id"] for p in json.loads(exported)["petitions"]]
    assert "Đang thanh tra" not in exported


def test_a_withheld_session_takes_its_petitions_and_notice_with_it(tmp_path):
    root = example(tmp_path, WARD)
    path = root / "sessions/2024/2024-10-17-chuyen-de-w4k8.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "publish: false\n", encoding="utf-8")
    result = publish(root)
    assert result.exit_code == 0, result.output
    assert "không công bố (publish: false) nhưng chưa ghi lý do" in result.stderr
    site = root / SITE
    assert not (site / "hoi-nghi" / "2024-10-17-chuyen-de-w4k8.html").exists()
    assert not list((site / "kien-nghi").glob("kn-2024-10-17-*"))
    rows, _ = data_file(site, "kien-nghi")
    assert len(rows) == 12
    assert "52-TB/ĐU" not in "".join(texts(site).values())
    assert check_links(site)


def test_the_unit_decides_which_texts_are_published(tmp_path):
    root = example(tmp_path, WARD)
    unit = root / "tiepxuc.yaml"
    unit.write_text(unit.read_text(encoding="utf-8")
                    + "\npublish:\n  replies: false\n  results: false\n", encoding="utf-8")
    site = published(root)
    everything = "".join(texts(site).values())
    assert "Đã khảo sát; công trình cải tạo mương" not in everything  # a reply's content
    assert "Đã sửa chữa 150 m đường ngõ" not in everything  # a result
    assert "Văn bản số 171/UBND-ĐC" in everything  # the facts stay
    about = (site / "gioi-thieu.html").read_text(encoding="utf-8")
    assert "Không công bố theo quyết định của đơn vị: nội dung văn bản trả lời; kết quả giải " \
           "quyết." in about
    assert run("-C", str(root), "validate").exit_code == 0


def test_text_is_html_escaped(tmp_path):
    root = example(tmp_path, WARD)
    path = root / "sessions/2024/2024-10-17-chuyen-de-w4k8.yaml"
    text = path.read_text(encoding="utf-8")
    topic = re.search(r"\ntopic: (.+)\n", text).group(1)
    path.write_text(text.replace(f"topic: {topic}",
                                 'topic: "<script>alert(1)</script> & <b>đậm</b>"'),
                    encoding="utf-8")
    site = published(root)
    for name, text in texts(site).items():
        if name.endswith(".html"):
            assert "<script>alert" not in text and "<b>đậm" not in text, name
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;" in (
        site / "hoi-nghi" / "2024-10-17-chuyen-de-w4k8.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- roll-up


def test_a_rollup_publishes_each_unit_and_the_total(tmp_path):
    from test_rollup import make_rollup

    root = make_rollup(tmp_path / "huyen")
    result = publish(root, as_of="2024-12-31")
    assert result.exit_code == 0, result.output
    site = root / SITE
    index = (site / "index.html").read_text(encoding="utf-8")
    for unit, folder in (("Phường An Bình", "phuong-an-binh"),
                         ("Xã Bình Minh (huyện)", "xa-binh-minh")):
        assert f'href="don-vi/{folder}/index.html">{unit}</a>' in index
        assert (site / "don-vi" / folder / "kien-nghi" / "kn-2024-06-14-rac-thai.html").is_file()
        assert (site / "don-vi" / folder / "co-quan" / "index.html").is_file()
    assert (site / "kien-nghi" / "kn-2024-07-05-cau-lien-xa.html").is_file()  # its own
    assert check_links(site) > 50
    figures, _ = data_file(site, "so-lieu")
    report = json.loads(run("-C", str(root), "report", "2024", "--json", "--as-of",
                            "2024-12-31").stdout)
    by_unit = {u["unit_path"]: u for u in report["units"]}
    assert {r["ma_don_vi"] for r in figures} == set(by_unit)
    for row in figures:
        expected = by_unit[row["ma_don_vi"]]
        assert (int(row["so_kien_nghi"]), int(row["qua_han"])) == (
            expected["petitions"], expected["resolution"]["overdue"])
    total = report["total"]
    cells = re.search(r'<tr class="tong"><td>Tổng cộng</td>(.*?)</tr>', index).group(1)
    assert [int(n) for n in re.findall(r">(\d+)<", cells)][:2] == [
        total["sessions"], total["petitions"]]
    rows, _ = data_file(site, "kien-nghi")
    statuses = _status_rows(root, "2024-12-31")
    for row in rows:
        expected = statuses.get((row["ma_don_vi"], row["ma_kien_nghi"]))
        assert row["trang_thai_han"] == (expected["status"] if expected else ""), row
    _no_personal_data(site, [v for unit in (root, root / "don-vi/phuong-an-binh",
                                            root / "don-vi/xa-binh-minh") for v in _personal(unit)])
    # --unit keeps one unit
    result = publish(root, "--unit", "binh minh", as_of="2024-12-31")
    assert result.exit_code == 0, result.output
    assert not (site / "don-vi" / "phuong-an-binh").exists()
    assert (site / "don-vi" / "xa-binh-minh" / "index.html").is_file()


def test_units_published_in_worker_processes_give_the_same_site(tmp_path, monkeypatch):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from test_rollup import make_rollup

    from tiepxuc import workers
    from tiepxuc.site import build

    root = make_rollup(tmp_path / "huyen")
    serial, parallel = tmp_path / "mot-tien-trinh", tmp_path / "nhieu-tien-trinh"
    assert publish(root, "-o", str(serial), as_of="2024-12-31").exit_code == 0
    pools = []

    def pool(count: int):
        pools.append(count)
        return ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))

    monkeypatch.setattr(build, "PARALLEL_FROM", 0)
    monkeypatch.setattr(workers, "worker_count", lambda jobs: 2)
    monkeypatch.setattr(workers, "pool", pool)
    assert publish(root, "-o", str(parallel), as_of="2024-12-31").exit_code == 0
    assert pools == [2]  # the units went to worker processes
    assert files(parallel) == files(serial)


def test_a_name_in_a_units_record_stops_the_rollup_with_the_units_path(tmp_path):
    from test_rollup import make_rollup

    root = make_rollup(tmp_path / "huyen")
    path = root / "don-vi/xa-binh-minh/petitions/2024/kn-2024-06-14-rac-thai.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "content: Đã bố trí lại điểm tập kết", "content: Ông Vũ Văn Giang đã bố trí lại")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "Ông Vũ Văn Giang" in l)
    result = publish(root, as_of="2024-12-31")
    assert result.exit_code == 1, result.output
    assert f"don-vi/xa-binh-minh/petitions/2024/kn-2024-06-14-rac-thai.yaml:{line}: " \
           "answer.content: có họ tên người dân" in result.stderr, result.stderr
    assert not (root / SITE).exists()


# ---------------------------------------------------------------- the folder, the language


def test_a_folder_that_is_not_a_site_is_never_replaced(tmp_path):
    root = example(tmp_path, WARD)
    other = tmp_path / "tai-lieu"
    other.mkdir()
    (other / "bao-cao.docx").write_text("quan trọng", encoding="utf-8")
    result = publish(root, "-o", str(other))
    assert result.exit_code == 2 and "không phải trang do tiepxuc publish tạo" in result.stderr
    assert [p.name for p in other.iterdir()] == ["bao-cao.docx"]
    result = publish(root, "-o", str(root))
    assert result.exit_code == 2 and "chứa kho hồ sơ" in result.stderr
    assert (root / "tiepxuc.yaml").is_file()
    chosen = tmp_path / "usb" / "trang"  # a folder of the user's choice, made as needed
    assert publish(root, "-o", str(chosen)).exit_code == 0
    assert (chosen / "index.html").is_file()
    assert publish(root, "-o", str(chosen)).exit_code == 0  # a site of its own: replaced


def test_an_out_folder_linking_outside_is_refused(tmp_path):
    root = example(tmp_path, WARD)
    outside = tmp_path / "ngoai-kho"
    outside.mkdir()
    (root / "out").symlink_to(outside, target_is_directory=True)
    result = publish(root)
    assert result.exit_code == 2 and "ra ngoài kho hồ sơ" in result.stderr, result.output
    assert list(outside.iterdir()) == []


def test_bad_input_gets_a_clear_message(tmp_path):
    root = example(tmp_path, WARD)
    result = run("-C", str(root), "publish", "--as-of", "32/13/2024")
    assert result.exit_code == 2 and result.stderr.startswith("Lỗi:"), result.output
    result = run("-C", str(root), "publish", "--unit", "khong-co")
    assert result.exit_code == 2 and "Lỗi:" in result.stderr, result.output
    (tmp_path / "tep").write_text("", encoding="utf-8")
    for target in (tmp_path / "tep", tmp_path / "tep" / "trang"):  # a file; a folder in a file
        result = run("-C", str(root), "publish", "-o", str(target))
        assert result.exit_code == 2 and result.stderr.startswith("Lỗi:"), result.output
    (root / "tiepxuc.yaml").write_text("name: [\n", encoding="utf-8")
    result = run("-C", str(root), "publish")
    assert result.exit_code == 2 and "Lỗi:" in result.stderr, result.output


def test_english_messages_while_the_site_stays_vietnamese(tmp_path, monkeypatch):
    root = example(tmp_path, WARD)
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    result = publish(root)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Published at ") and "20 petitions" in result.stdout
    site = root / SITE
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Cập nhật đến ngày 31/12/2024" in index and "Tìm kiến nghị" in index
    assert "Published" not in index and "petition" not in index
    rows, _ = data_file(site, "kien-nghi")
    assert {r["tinh_trang_ten"] for r in rows} >= {"Đã trả lời tại hội nghị"}
    path = root / "petitions/2024" / f"{ANSWERED_LATER}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "content: Tiếp thu; giao", "content: Gọi 0912 345 678; giao"), encoding="utf-8")
    result = publish(root)
    assert result.exit_code == 1
    assert "answer.content: phone number — cannot be published" in result.stderr, result.stderr
    assert "Error: Not published" in result.stderr
