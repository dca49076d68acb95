"""The web app (`tiepxuc serve`) through Flask's test client: every page on both examples, the
dashboard against `check-deadlines`, the accent-free search, the lifecycle forms against the
commands (byte for byte, commit for commit), and the app's safety — Host check, CSRF token,
read-only, stale and uncommitted files, hostile input, signing in, public documents."""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("flask")

from conftest import git, run  # noqa: E402
from tiepxuc.clock import today_in_vietnam  # noqa: E402
from tiepxuc.records import yamlio  # noqa: E402
from tiepxuc.web import accounts  # noqa: E402
from tiepxuc.web.app import create_app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WARD = "phuong-dinh-ke-2024"
COMMUNE = "xa-phuc-hoa-2025"

# Ward (phường Dĩnh Kế, 2024)
JUNE = "2024-06-14-dinh-ky-q7m2"
OCT = "2024-10-17-chuyen-de-w4k8"
OCT_NOTICE = "tb-2024-10-25-p9d3"
FLOOD = "kn-2024-10-17-ngap-ung-to-dan-pho-5-p3w6"  # “… tiếp tục ngập úng …”
FLOOD_JUNE = "kn-2024-06-14-ngap-ung-to-dan-pho-5-a2c4"  # the same concern in June
KARAOKE = "kn-2024-10-17-karaoke-gay-on-s6z3"
DIA_CHINH = "Công chức Địa chính - Xây dựng"
# Commune (xã Phúc Hòa, 2025-2026)
SEPT = "2025-09-19-dinh-ky-m4t7"
APRIL = "2026-04-16-dinh-ky-x3r8"

# A petition raised at the ward's October session and not answered yet (written by hand).
WAITING = "kn-2024-10-17-duong-ngo-9-x7k2"
WAITING_FILE = f"petitions/2024/{WAITING}.yaml"
WAITING_TEXT = f"""\
# Kiến nghị ghi tay: chú thích này phải còn nguyên sau mọi thay đổi
id: {WAITING}
session: {OCT}
received: at_session
speaking_order: 9
raised_by:
  name: Đỗ Văn Hải
  residential_group: Tổ dân phố số 3   # nơi ở
  phone: "0987654321"
field: giao-thong
content: >-
  Đường bê tông ngõ 9 tổ dân phố số 3 xuống cấp nhiều ổ gà, đề nghị sửa chữa.
"""

# Who sets up the copies, whatever git's settings (the autouse fixture gives each test a git
# identity, but only after the copies shared by a module are made).
IDENTITY = {"GIT_AUTHOR_NAME": "Kho mẫu", "GIT_AUTHOR_EMAIL": "kho@example.vn",
            "GIT_COMMITTER_NAME": "Kho mẫu", "GIT_COMMITTER_EMAIL": "kho@example.vn",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

TODAY = today_in_vietnam()


# ---------------------------------------------------------------- helpers


def copy_example(name: str, dest: Path, extra: dict[str, str] | None = None) -> Path:
    """A copy of the example ``name`` at ``dest``: a git repository with one commit."""
    shutil.copytree(EXAMPLES / name, dest, ignore=shutil.ignore_patterns(".tiepxuc", "out"))
    for file, text in (extra or {}).items():
        (dest / file).write_text(text, encoding="utf-8")
    git(dest, "init", "-q", "-b", "main", env=IDENTITY)
    git(dest, "add", "-A", env=IDENTITY)
    git(dest, "commit", "-q", "-m", "kho hồ sơ mẫu", env=IDENTITY)
    return dest


def commit_all(root: Path, message: str) -> str:
    git(root, "add", "-A", env=IDENTITY)
    git(root, "commit", "-q", "-m", message, env=IDENTITY)
    return head(root)


def head(root: Path) -> str:
    return git(root, "rev-parse", "HEAD")


def clean(root: Path) -> bool:
    return git(root, "status", "--porcelain") == ""


def fold(text: str) -> str:
    """Vietnamese without accents, lower case (the tests' own, not the app's)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).lower()


def raw(response) -> str:
    return response.get_data(as_text=True)


def text_of(response) -> str:
    """The page as read (entities decoded), to look for a text in it."""
    return html.unescape(raw(response))


class _Fields(HTMLParser):
    """The values a page's forms hold (the first of each name), and its hidden fields."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self.hidden: dict[str, str] = {}
        self._textarea = self._select = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind == "hidden":
                self.hidden.setdefault(name, a.get("value") or "")
            elif kind == "checkbox":
                if "checked" in a:
                    self.values.setdefault(name, a.get("value") or "on")
            else:
                self.values.setdefault(name, a.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name if name not in self.values else None
            if self._textarea:
                self.values[name] = ""
        elif tag == "select" and name:
            self._select = name if name not in self.values else None
            if self._select:
                self.values[name] = ""
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data


def hidden_inputs(page) -> dict[str, str]:
    """The hidden fields of a page (or a response): the CSRF token, the file's version."""
    return _Fields(page if isinstance(page, str) else raw(page)).hidden


def form_values(page) -> dict[str, str]:
    """What the form shows in each field (text, text area, chosen option, ticked box)."""
    return _Fields(page if isinstance(page, str) else raw(page)).values


def submit(client, url: str, data: dict, *, page: str | None = None, **options):
    """POST ``data`` to ``url`` as a person would: from the page (``url`` itself by default)
    with its hidden fields (the CSRF token, the file's version)."""
    shown = client.get(page or url, **options)
    assert shown.status_code == 200, text_of(shown)
    return client.post(url, data={**hidden_inputs(shown), **data},
                       **options)


def field_error(page: str, name: str) -> str | None:
    """The error shown next to the form's field ``name`` (None when there is none)."""
    start = page.find(f'id="field-{name}"')
    assert start >= 0, f"no field {name}"
    ends = [i for i in (page.find('id="field-', start + 1), page.find("</form>", start)) if i > 0]
    block = page[start:min(ends)]
    found = re.search(r'class="error"[^>]*>(.*?)</(?:p|span|div)>', block, re.S)
    return html.unescape(found.group(1)).strip() if found else None


def error_detail(page: str) -> str | None:
    """The message of an error page, or of a form refused as a whole."""
    found = re.search(r'class="error-detail"[^>]*>(.*?)</(?:p|div)>', page, re.S)
    return html.unescape(found.group(1)).strip() if found else None


form_error = error_detail


def listed_petitions(page: str) -> list[str]:
    return re.findall(r'<td[^>]*>\s*<a href="/kien-nghi/([^"?/]+)(?:\?[^"]*)?">', page)


def read_yaml(path: Path) -> dict:
    return yamlio.parse(path.read_text(encoding="utf-8")).data


def fresh_client(root: Path, **options):
    return create_app(root, **options).test_client()


def last_commit(root: Path) -> dict[str, str]:
    out = git(root, "log", "-1", "--format=%an%x1f%ae%x1f%P%x1f%B")
    name, email, parents, message = out.split("\x1f", 3)
    return {"author": f"{name} <{email}>", "parents": len(parents.split()), "message": message}


def petition_path(root: Path, pid: str) -> Path:
    return next(root.glob(f"petitions/*/{pid}.yaml"))


@pytest.fixture
def frozen_ids(monkeypatch):
    """New records get the same random tail in both copies (so their IDs can be compared)."""
    from tiepxuc.records import ids

    monkeypatch.setattr(ids, "random_tail", lambda length=4: "t3st")


@pytest.fixture(scope="module")
def ward(tmp_path_factory) -> Path:
    """A copy of the ward's example the tests only read (module-wide)."""
    return copy_example(WARD, tmp_path_factory.mktemp("web") / WARD)


@pytest.fixture(scope="module")
def commune(tmp_path_factory) -> Path:
    return copy_example(COMMUNE, tmp_path_factory.mktemp("web") / COMMUNE)


@pytest.fixture
def kho(tmp_path) -> Path:
    """A fresh copy of the ward's example with a petition waiting for its answer."""
    return copy_example(WARD, tmp_path / "kho", {WAITING_FILE: WAITING_TEXT})


@pytest.fixture
def pair(tmp_path):
    """Two identical fresh copies of an example: one changed through the commands, one through
    the web app."""

    def make(name: str = WARD, extra: dict[str, str] | None = None) -> tuple[Path, Path]:
        return (copy_example(name, tmp_path / "cli", extra),
                copy_example(name, tmp_path / "web", extra))

    return make


# ---------------------------------------------------------------- 1. every page


def pages_of(example: str) -> list[tuple[str, str]]:
    """Every page of ``example`` with a Vietnamese text it must show."""
    if example == WARD:
        pid, sid, notice, year = FLOOD, OCT, OCT_NOTICE, 2024
    else:
        pid, sid, notice, year = "kn-2025-09-19-duong-lien-thon-b2m6", SEPT, "tb-2025-09-26-k7w2", 2025
    return [
        ("/", "Thời hạn đến ngày"),
        ("/kien-nghi", "Kiến nghị ("),
        (f"/kien-nghi/{pid}", "Lịch sử thay đổi (git)"),
        ("/hoi-nghi", "Hội nghị ("),
        (f"/hoi-nghi/{sid}", "Thành phần tham dự"),
        ("/bao-cao", "Số hội nghị tối thiểu trong năm"),
        (f"/bao-cao?nam={year}", f"Báo cáo năm {year}"),
        (f"/kien-nghi/{pid}/tra-loi", f"Trả lời kiến nghị {pid}"),
        (f"/kien-nghi/{pid}/van-ban-tra-loi", f"Văn bản trả lời kiến nghị {pid}"),
        (f"/kien-nghi/{pid}/giai-quyet", f"Kết quả giải quyết kiến nghị {pid}"),
        (f"/kien-nghi/{pid}/y-kien-cong-dan", f"Ý kiến của người dân về kiến nghị {pid}"),
        ("/kien-nghi/moi", "Thêm ý kiến, kiến nghị"),
        ("/hoi-nghi/moi", "Hội nghị mới"),
        (f"/ban-hanh/session/{sid}", f"Ban hành {sid}"),
        (f"/ban-hanh/conclusion/{notice}", f"Ban hành {notice}"),
    ]


@pytest.mark.parametrize("example", [WARD, COMMUNE])
def test_every_page_answers_in_vietnamese(example, ward, commune):
    root = ward if example == WARD else commune
    client = fresh_client(root)
    for url, words in pages_of(example):
        response = client.get(url)
        page = text_of(response)
        assert response.status_code == 200, (url, page[:2000])
        assert '<html lang="vi">' in page, url
        assert words in page, (url, words)
        assert "Tổng quan" in page and "Báo cáo" in page, url  # the menu
        assert "Overview" not in page and "Traceback" not in page, url
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_pages_speak_english_with_tiepxuc_lang(ward, monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    client = fresh_client(ward)
    for url, words in [("/", "Deadlines as of"), ("/kien-nghi", "Petitions ("),
                       ("/hoi-nghi", "Sessions ("), ("/bao-cao?nam=2024", "Report for 2024"),
                       (f"/kien-nghi/{FLOOD}/tra-loi", f"Answer petition {FLOOD}")]:
        response = client.get(url)
        page = text_of(response)
        assert response.status_code == 200, url
        assert '<html lang="en">' in page and words in page and "Overview" in page, url
        assert "Tổng quan" not in page and "Thời hạn đến ngày" not in page, url
    missing = client.get("/kien-nghi/a%20b")
    assert missing.status_code == 400 and "Not a valid record ID" in text_of(missing)


def test_sessions_page_lists_the_sessions_of_the_year(commune):
    client = fresh_client(commune)
    every = text_of(client.get("/hoi-nghi"))
    assert SEPT in every and APRIL in every and "Hội nghị (2)" in every
    only = text_of(client.get("/hoi-nghi?nam=2026"))
    assert APRIL in only and SEPT not in only and "Hội nghị (1)" in only


# ---------------------------------------------------------------- 2. dashboard


def cli_deadlines(root: Path, day: str, *extra: str) -> list[dict]:
    result = run("-C", str(root), "check-deadlines", "--json", "--exit-zero", "--as-of", day, *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def dashboard_counts(page: str) -> dict[str, int]:
    return {status: int(n) for status, n in re.findall(
        r'href="\?trang-thai=(\w+)[^"]*"[^>]*>\s*<strong>(\d+)</strong>', page)}


def dashboard_rows(page: str) -> list[str]:
    """file:line of every obligation row shown, in order."""
    return re.findall(r'<td[^>]*>([^<>\s]+\.yaml:\d+)</td>', page)


def dashboard_groups(page: str) -> dict[str, int]:
    """The groups shown (a heading per status) with their counts."""
    return {label: int(n) for label, n in re.findall(r'<h2[^>]*>([^<(]+) \((\d+)\)</h2>', page)
            if label in STATUS_VI.values()}


STATUS_VI = {"overdue": "quá hạn", "due_soon": "sắp đến hạn", "within": "trong hạn",
             "done_late": "hoàn thành quá hạn", "done_on_time": "hoàn thành đúng hạn"}


@pytest.mark.parametrize("example, day", [(WARD, "01/12/2024"), (WARD, "10/07/2024"),
                                          (COMMUNE, "15/06/2026")])
def test_dashboard_matches_check_deadlines(example, day, ward, commune):
    root = ward if example == WARD else commune
    expected = cli_deadlines(root, day)
    assert expected
    response = fresh_client(root).get(f"/?ngay={day}")
    page = text_of(response)
    assert response.status_code == 200
    assert f"Thời hạn đến ngày {day}" in page
    want = Counter(o["status"] for o in expected)
    counts = dashboard_counts(page)
    assert counts == {s: want.get(s, 0) for s in STATUS_VI}
    assert Counter(dashboard_rows(page)) == Counter(f"{o['file']}:{o['line']}" for o in expected)
    # one group per status there is, with its count
    assert dashboard_groups(page) == {STATUS_VI[s]: n for s, n in want.items()}


def test_dashboard_filters(ward):
    day = "01/12/2024"
    client = fresh_client(ward)
    everything = cli_deadlines(ward, day)
    # agency, typed without accents, as `check-deadlines --agency` does
    by_cli = cli_deadlines(ward, day, "--agency", "dia chinh")
    assert by_cli and len(by_cli) < len(everything)
    for typed in ("dia chinh", "ĐỊA CHÍNH", "Địa chính"):
        page = text_of(client.get("/", query_string={"ngay": day, "co-quan": typed}))
        assert Counter(dashboard_rows(page)) == Counter(f"{o['file']}:{o['line']}" for o in by_cli)
        assert sum(dashboard_counts(page).values()) == len(by_cli)
    # a status
    overdue = [o for o in everything if o["status"] == "overdue"]
    assert overdue
    page = text_of(client.get("/", query_string={"ngay": day, "trang-thai": "overdue"}))
    assert Counter(dashboard_rows(page)) == Counter(f"{o['file']}:{o['line']}" for o in overdue)
    assert list(dashboard_groups(page)) == [STATUS_VI["overdue"]]
    assert client.get("/", query_string={"trang-thai": "hacked"}).status_code == 400
    # a year (of the due dates)
    in_2025 = [o for o in everything if o["due"].startswith("2025")]
    assert in_2025 and len(in_2025) < len(everything)
    page = text_of(client.get("/", query_string={"ngay": day, "nam": "2025"}))
    assert Counter(dashboard_rows(page)) == Counter(f"{o['file']}:{o['line']}" for o in in_2025)
    assert client.get("/", query_string={"nam": "hai nghìn"}).status_code == 400


def test_dashboard_lists_the_problems_validate_finds(kho):
    path = petition_path(kho, FLOOD_JUNE)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "field: giao-thong", "field: khong-co-linh-vuc"), encoding="utf-8")
    commit_all(kho, "sửa tay: lĩnh vực sai")
    result = run("-C", str(kho), "validate", "--json", "--as-of", "01/12/2024")
    problems = json.loads(result.stdout)
    assert any(p["rule"] == "REF-UNKNOWN" for p in problems)
    page = text_of(fresh_client(kho).get("/?ngay=01/12/2024"))
    shown = re.findall(r'>([^<>\s]+\.yaml:\d+)</span>\s*<b[^>]*>([A-Z][\w-]+)</b>', page)
    assert Counter(shown) == Counter((f"{p['file']}:{p['line']}", p["rule"]) for p in problems)
    assert f"Lỗi trong hồ sơ ({len(problems)})" in page
    assert f"petitions/2024/{FLOOD_JUNE}.yaml:" in page and "khong-co-linh-vuc" in page


# ---------------------------------------------------------------- 3. petitions


def expected_petitions(root: Path, match) -> set[str]:
    return {read_yaml(p)["id"] for p in root.glob("petitions/*/*.yaml") if match(read_yaml(p))}


def test_petition_search_needs_no_accents(ward):
    client = fresh_client(ward)
    for query in ("ngap ung", "NGẬP ÚNG", "ngập úng"):
        found = set(listed_petitions(text_of(client.get("/kien-nghi", query_string={"q": query}))))
        assert {FLOOD, FLOOD_JUNE} <= found and KARAOKE not in found, query
    # words only the content has (not the ID): found through the content, accents or not
    wanted = expected_petitions(
        ward, lambda p: "tiep tuc ngap ung" in fold(" ".join(p["content"].split())))
    assert wanted == {FLOOD}
    for query in ("tiep tuc ngap ung", "tiếp tục NGẬP úng"):
        page = text_of(client.get("/kien-nghi", query_string={"q": query}))
        assert listed_petitions(page) == [FLOOD] and "Kiến nghị (1)" in page
    none = text_of(client.get("/kien-nghi", query_string={"q": "khong co chu nay"}))
    assert listed_petitions(none) == [] and "Không có kiến nghị nào theo bộ lọc này" in none


def test_petition_filters(ward, commune):
    from tiepxuc.facts import petition_state
    from tiepxuc.repo import load

    client = fresh_client(commune)
    by_year = set(listed_petitions(text_of(client.get("/kien-nghi?nam=2025"))))
    assert by_year == expected_petitions(commune, lambda p: p["session"] == SEPT) and by_year
    by_session = set(listed_petitions(text_of(client.get(f"/kien-nghi?hoi-nghi={APRIL}"))))
    assert by_session == expected_petitions(commune, lambda p: p["session"] == APRIL) and by_session

    client = fresh_client(ward)
    every = set(listed_petitions(text_of(client.get("/kien-nghi"))))
    assert every == expected_petitions(ward, lambda p: True)
    by_field = set(listed_petitions(text_of(client.get("/kien-nghi?linh-vuc=giao-thong"))))
    assert by_field == expected_petitions(ward, lambda p: p["field"] == "giao-thong")
    assert by_field and by_field != every

    def lead(p):
        return (p.get("assignment") or {}).get("lead") or (p.get("forwarded") or {}).get("to") or ""

    by_agency = set(listed_petitions(text_of(
        client.get("/kien-nghi", query_string={"co-quan": "dia chinh"}))))
    assert by_agency == expected_petitions(ward, lambda p: "dia chinh" in fold(lead(p)))
    assert by_agency and by_agency != every
    repo = load(ward)
    states = {r.id: petition_state(r.model) for r in repo.petitions}
    assert len(set(states.values())) > 2
    for state in sorted(set(states.values())):
        shown = set(listed_petitions(text_of(client.get(f"/kien-nghi?tinh-trang={state}"))))
        assert shown == {pid for pid, s in states.items() if s == state}, state
    repeated = set(listed_petitions(text_of(client.get("/kien-nghi?lap-lai=1"))))
    assert FLOOD in repeated and KARAOKE not in repeated and repeated < every
    both = set(listed_petitions(text_of(client.get(
        "/kien-nghi", query_string={"linh-vuc": "giao-thong", "q": "ngap ung", "hoi-nghi": OCT}))))
    assert both == {FLOOD}
    assert client.get("/kien-nghi?nam=abc").status_code == 400
    assert client.get("/kien-nghi?trang=0").status_code == 400


# ---------------------------------------------------------------- 4. CSRF


ANSWER = {"kind": "answer_later", "by": "Vũ Thị Lan, Phó Chủ tịch UBND phường",
          "reason": "insufficient_basis", "basis": "Cần khảo sát hiện trạng ngõ 9",
          "lead": DIA_CHINH, "coordinating": "Công an phường Dĩnh Kế",
          "task": "Khảo sát, sửa chữa đường ngõ 9"}


def test_a_post_without_the_session_token_is_refused(kho):
    before = head(kho)
    url = f"/kien-nghi/{WAITING}/tra-loi"
    version = hidden_inputs(fresh_client(kho).get(url))["version"]
    for sent in ({}, {"csrf": ""}, {"csrf": "None"}, {"csrf": "null"}):
        client = fresh_client(kho)  # a fresh client: its session holds no token at all
        response = client.post(url, data={**ANSWER, "version": version, **sent})
        assert response.status_code == 400, sent
        assert "mã bảo vệ (CSRF)" in text_of(response)
    assert head(kho) == before and clean(kho)
    assert "answer" not in read_yaml(kho / WAITING_FILE)


def test_a_post_with_a_wrong_token_is_refused(kho):
    before = head(kho)
    url = f"/kien-nghi/{WAITING}/tra-loi"
    client = fresh_client(kho)
    fields = hidden_inputs(client.get(url))
    assert fields["csrf"]
    other = hidden_inputs(fresh_client(kho).get(url))["csrf"]
    for wrong in ("wrong", fields["csrf"][:-1], other, ""):
        response = client.post(url, data={**ANSWER, **fields, "csrf": wrong})
        assert response.status_code == 400, wrong
        assert "mã bảo vệ (CSRF)" in text_of(response)
    no_token = {k: v for k, v in fields.items() if k != "csrf"}
    assert client.post(url, data={**ANSWER, **no_token}).status_code == 400
    # a button (no form page) too
    assert client.post(f"/hoi-nghi/{OCT}/ket-luan", data={"csrf": "wrong"}).status_code == 400
    assert head(kho) == before and clean(kho)
    # the right token passes (the refusals above were the token's)
    assert client.post(url, data={**ANSWER, **fields}).status_code == 302
    assert read_yaml(kho / WAITING_FILE)["answer"]["kind"] == "answer_later"


# ---------------------------------------------------------------- 5. Host


def test_only_the_host_names_it_serves_are_answered(kho):
    client = fresh_client(kho)
    for bad in ("evil.example", "evil.example:8765", "localhost.evil.example",
                "127.0.0.1.nip.io", "10.0.0.5"):
        response = client.get("/", headers={"Host": bad})
        assert response.status_code == 400, bad
        assert "tên máy chủ không được phép" in text_of(response)
    for good in ("localhost", "localhost:8765", "LOCALHOST:8765", "127.0.0.1:8765", "[::1]:8765"):
        assert client.get("/hoi-nghi", headers={"Host": good}).status_code == 200, good
    # a change sent through a rebound name is refused before anything is read
    url = f"/kien-nghi/{WAITING}/tra-loi"
    fields = hidden_inputs(client.get(url))
    before = head(kho)
    response = client.post(url, data={**ANSWER, **fields}, headers={"Host": "evil.example"})
    assert response.status_code == 400 and head(kho) == before and clean(kho)
    # the names it was started for
    named = fresh_client(kho, hosts=("kho.vanphong.local",))
    assert named.get("/hoi-nghi", headers={"Host": "kho.vanphong.local:8765"}).status_code == 200
    assert named.get("/hoi-nghi", headers={"Host": "localhost"}).status_code == 400


# ---------------------------------------------------------------- 6. read-only


def posts_of(root: Path) -> list[tuple[str, dict]]:
    return [
        (f"/kien-nghi/{WAITING}/tra-loi", ANSWER),
        (f"/kien-nghi/{WAITING}/van-ban-tra-loi", {"date": "20/12/2024", "content": "x"}),
        (f"/kien-nghi/{WAITING}/giai-quyet", {"result": "Đã sửa", "date": "20/12/2024"}),
        (f"/kien-nghi/{WAITING}/y-kien-cong-dan", {"feedback": "agree", "feedback_date": "20/12/2024"}),
        ("/kien-nghi/moi", {"session": OCT, "name": "A", "field": "khac", "content": "Nội dung"}),
        ("/hoi-nghi/moi", {"date": "20/12/2024", "kind": "thematic", "format": "in_person"}),
        (f"/hoi-nghi/{OCT}/ket-luan", {}),
        (f"/ban-hanh/session/{OCT}", {"number": "05-BB/ĐU", "date": "17/10/2024"}),
        (f"/ban-hanh/conclusion/{OCT_NOTICE}", {}),
        ("/dang-xuat", {}),
    ]


def test_read_only_refuses_every_change(kho):
    app = create_app(kho, read_only=True)
    client = app.test_client()
    with client.session_transaction() as kept:
        kept["csrf"] = "token-of-this-session"
    before = head(kho)
    for url, data in posts_of(kho):
        response = client.post(url, data={**data, "csrf": "token-of-this-session"})
        assert response.status_code == 403, url
        assert "chế độ chỉ xem" in text_of(response), url
    assert head(kho) == before and clean(kho)
    for url, _ in posts_of(kho):  # nor is any form shown, typed in by hand
        if "/ket-luan" not in url and "/dang-xuat" not in url:  # (POST-only buttons)
            assert client.get(url).status_code == 403, url
    # nothing offers a change
    for url in ("/", "/kien-nghi", f"/kien-nghi/{WAITING}", "/hoi-nghi", f"/hoi-nghi/{OCT}",
                f"/hoi-nghi/{JUNE}"):
        page = text_of(client.get(url))
        assert "Chỉ xem" in page, url
        assert "+ Thêm kiến nghị" not in page and "+ Hội nghị mới" not in page, url
        assert 'method="post"' not in page and "/tra-loi" not in page, url
        assert "/ban-hanh/" not in page and "/ket-luan" not in page, url
    # the same pages, not read-only, offer them (the checks above can fail)
    page = text_of(fresh_client(kho).get(f"/kien-nghi/{WAITING}"))
    assert "+ Thêm kiến nghị" in page and f"/kien-nghi/{WAITING}/tra-loi" in page
    page = text_of(fresh_client(kho).get(f"/hoi-nghi/{OCT}"))
    assert f"/ban-hanh/session/{OCT}" in page


# ---------------------------------------------------------------- 7, 8. stale and uncommitted files


def test_a_form_based_on_an_older_file_is_refused(kho):
    url = f"/kien-nghi/{WAITING}/tra-loi"
    client = fresh_client(kho)
    fields = hidden_inputs(client.get(url))
    # meanwhile a colleague edits the file (and commits)
    path = kho / WAITING_FILE
    edited = path.read_text(encoding="utf-8").replace("nhiều ổ gà", "nhiều ổ gà, sụt lún")
    path.write_text(edited, encoding="utf-8")
    colleague = commit_all(kho, "sửa tay nội dung kiến nghị")
    typed = {**ANSWER, "basis": "Căn cứ đã gõ: biên bản khảo sát ngày 20/11/2024"}
    response = client.post(url, data={**typed, **fields})
    page = text_of(response)
    assert response.status_code == 409
    assert "Tệp hồ sơ đã thay đổi kể từ khi mở biểu mẫu" in form_error(page)
    shown = form_values(response)  # what was typed is still there
    for name in ("kind", "by", "reason", "basis", "lead", "coordinating", "task"):
        assert shown[name] == typed[name], name
    assert path.read_text(encoding="utf-8") == edited
    assert head(kho) == colleague and clean(kho)
    # the form as it is now is accepted
    again = submit(client, url, typed)
    assert again.status_code == 302
    assert read_yaml(path)["answer"]["basis"] == typed["basis"]
    assert "sụt lún" in path.read_text(encoding="utf-8")


def test_a_file_with_uncommitted_edits_is_not_written(kho):
    path = kho / WAITING_FILE
    edited = path.read_text(encoding="utf-8") + "# ghi chú chưa commit\n"
    path.write_text(edited, encoding="utf-8")
    before = head(kho)
    client = fresh_client(kho)
    response = submit(client, f"/kien-nghi/{WAITING}/tra-loi", ANSWER)  # the form of the file as it is
    page = text_of(response)
    assert 400 <= response.status_code < 500
    assert WAITING_FILE in form_error(page)
    assert form_values(response)["basis"] == ANSWER["basis"]
    assert path.read_text(encoding="utf-8") == edited
    assert head(kho) == before
    assert git(kho, "diff", "--name-only") == WAITING_FILE  # the edit is left as it was
    assert git(kho, "diff", "--cached", "--name-only") == ""


# ---------------------------------------------------------------- 9. hostile and bad input


HOSTILE_IDS = ["..%2F..%2Fetc", "..%2F..%2Fetc%2Fpasswd", "a%20b", "a" * 500, "kn-khong-co",
               "..", ".hidden", "%00", "kn-2024-06-14-ngap-ung", "<script>", "%E1%BA%A1"]


def test_hostile_ids_get_a_vietnamese_error_page(ward):
    client = fresh_client(ward)
    urls = []
    for bad in HOSTILE_IDS:
        urls += [f"/kien-nghi/{bad}", f"/hoi-nghi/{bad}", f"/kien-nghi/{bad}/tra-loi",
                 f"/kien-nghi/{bad}/giai-quyet", f"/ban-hanh/session/{bad}",
                 f"/van-ban/minutes/{bad}.docx"]
    urls += ["/ban-hanh/hacked/x", "/van-ban/hacked/x.docx", f"/van-ban/minutes/{OCT}.exe",
             "/khong-co-trang-nay", "/?ngay=31/02/2024", "/?ngay=abc", "/?trong=-1",
             "/bao-cao?nam=99999", "/kien-nghi?don-vi=..%2F..%2Fetc"]
    for url in urls:
        response = client.get(url)
        page = text_of(response)
        assert 400 <= response.status_code < 500, url
        assert '<html lang="vi">' in page and "Lỗi " in page, url
        assert error_detail(page), url
        assert "Traceback" not in page and "werkzeug" not in page.lower(), url
        assert "root:" not in page, url
    assert client.get("/kien-nghi/a%20b").status_code == 400
    assert "Mã hồ sơ không hợp lệ" in text_of(client.get("/kien-nghi/" + "a" * 500))
    assert "Không có kiến nghị mã “kn-khong-co”" in text_of(client.get("/kien-nghi/kn-khong-co"))
    assert "tháng 2/2024 chỉ có 29 ngày" in text_of(client.get("/?ngay=31/02/2024"))
    token = hidden_inputs(client.get(f"/kien-nghi/{FLOOD}/tra-loi"))["csrf"]
    response = client.post(f"/kien-nghi/{FLOOD}", data={"csrf": token})
    assert response.status_code == 405 and "không được phép theo cách gửi này" in text_of(response)


def test_hostile_ids_are_refused_on_post(kho):
    client = fresh_client(kho)
    token = hidden_inputs(client.get("/kien-nghi/moi"))["csrf"]
    before = head(kho)
    for bad in ("a%20b", "a" * 500, "..", "kn-khong-co"):
        for url in (f"/kien-nghi/{bad}/tra-loi", f"/hoi-nghi/{bad}/ket-luan",
                    f"/ban-hanh/session/{bad}"):
            response = client.post(url, data={**ANSWER, "csrf": token})
            page = text_of(response)
            assert 400 <= response.status_code < 500, url
            assert "Traceback" not in page and error_detail(page), url
    assert head(kho) == before and clean(kho)


def test_an_oversized_body_is_refused(kho):
    client = fresh_client(kho)
    before = head(kho)
    response = submit(client, f"/kien-nghi/{WAITING}/tra-loi",
                      {**ANSWER, "basis": "x" * (300 * 1024)})
    assert response.status_code == 413
    assert "Nội dung gửi lên quá lớn" in text_of(response)
    assert head(kho) == before and clean(kho)
    # a long text under the limit, but over a field's 10,000 characters: said next to it
    response = submit(client, f"/kien-nghi/{WAITING}/tra-loi", {**ANSWER, "basis": "x" * 10001})
    assert response.status_code == 422
    assert field_error(text_of(response), "basis") == "Nội dung quá dài (tối đa 10.000 ký tự)"
    assert head(kho) == before and clean(kho)


def test_bad_dates_are_said_next_to_their_field(kho):
    answer_with_cli(kho)
    client = fresh_client(kho)
    before = head(kho)
    url = f"/kien-nghi/{WAITING}/giai-quyet"
    future = TODAY + timedelta(days=30)
    for typed, says in (("31/02/2024", "tháng 2/2024 chỉ có 29 ngày"),
                        ("abc", "không hợp lệ; viết theo dạng ngày/tháng/năm"),
                        ("32/13/2024", "có tháng 13 không tồn tại"),
                        (future.strftime("%d/%m/%Y"), "là ngày trong tương lai")):
        response = submit(client, url, {"result": "Đã sửa xong đường ngõ 9", "date": typed})
        page = text_of(response)
        assert response.status_code == 422, typed
        error = field_error(page, "date")
        assert error and says in error, (typed, error)
        assert field_error(page, "result") is None
        assert form_values(response) == {"result": "Đã sửa xong đường ngõ 9", "document": "",
                                         "date": typed}
    # a required field left empty
    response = submit(client, url, {"result": "  ", "date": "20/12/2024"})
    assert response.status_code == 422 and field_error(text_of(response), "result") == "Cần điền mục này"
    # a day off is asked about, then accepted when confirmed
    sunday = "22/12/2024"
    response = submit(client, url, {"result": "Đã sửa xong", "date": sunday})
    page = text_of(response)
    assert response.status_code == 422 and "ngày nghỉ" in field_error(page, "date")
    assert 'name="date__day_off"' in page and "Xác nhận: việc này làm đúng vào ngày nghỉ đó" in page
    assert head(kho) == before and clean(kho)
    done = submit(client, url, {"result": "Đã sửa xong", "date": sunday, "date__day_off": "1"})
    assert done.status_code == 302
    assert read_yaml(kho / WAITING_FILE)["resolution"]["date"] == "2024-12-22"


def test_values_not_in_a_list_are_refused(kho):
    client = fresh_client(kho)
    before = head(kho)
    url = f"/kien-nghi/{WAITING}/tra-loi"
    for name, value in (("kind", "hacked"), ("reason", "vi_bat_ky_ly_do"),
                        ("lead", "Phòng Không Có Thật")):
        response = submit(client, url, {**ANSWER, name: value})
        assert response.status_code == 422, name
        assert field_error(text_of(response), name) == f"Giá trị “{value}” không có trong danh sách chọn"
    for name, value in (("session", "2023-01-01-khong-co"), ("field", "giao-thong-thuy"),
                        ("received", "by_pigeon")):
        data = {"session": OCT, "name": "Hội Cựu chiến binh", "field": "khac",
                "content": "Đèn đường hỏng", name: value}
        response = submit(client, "/kien-nghi/moi", data)
        assert response.status_code == 422, name
        assert "không có trong danh sách chọn" in field_error(text_of(response), name)
    for name, value in (("kind", "party"), ("format", "hologram"), ("plan", "ke-hoach-1999")):
        data = {"date": "20/12/2024", "kind": "thematic", "format": "in_person", name: value}
        response = submit(client, "/hoi-nghi/moi", data)
        assert response.status_code == 422, name
        assert "không có trong danh sách chọn" in field_error(text_of(response), name)
    response = submit(client, "/hoi-nghi/moi", {"date": "20/12/2024", "kind": "thematic",
                                                "format": "in_person", "start": "25:99"})
    assert response.status_code == 422 and field_error(text_of(response), "start")
    assert head(kho) == before and clean(kho)


# ---------------------------------------------------------------- 10. web = command


def same_change(cli: Path, web: Path) -> None:
    """The two copies made the same commit: the same message and files, byte for byte."""
    assert last_commit(web) == last_commit(cli)
    stat = ("show", "HEAD", "--stat", "--format=%s")
    assert git(web, *stat) == git(cli, *stat)
    files = git(cli, "show", "HEAD", "--name-only", "--format=").splitlines()
    assert files
    for name in files:
        assert (web / name).read_bytes() == (cli / name).read_bytes(), name
    assert git(web, "rev-parse", "HEAD^{tree}") == git(cli, "rev-parse", "HEAD^{tree}")
    assert git(web, "rev-list", "--count", "HEAD") == git(cli, "rev-list", "--count", "HEAD")
    assert clean(web) and clean(cli)


def cli(root: Path, *args: str):
    result = run("-C", str(root), *args)
    assert result.exit_code == 0, result.output
    return result


def answer_with_cli(root: Path) -> None:
    cli(root, "petition", "answer", WAITING, "--no-input", "--kind", "answer_later",
        "--by", ANSWER["by"], "--reason", ANSWER["reason"], "--basis", ANSWER["basis"],
        "--lead", ANSWER["lead"], "--coordinating", ANSWER["coordinating"], "--task", ANSWER["task"])


def test_answer_is_the_same_change_as_the_command(pair):
    by_cli, by_web = pair(WARD, {WAITING_FILE: WAITING_TEXT})
    answer_with_cli(by_cli)
    response = submit(fresh_client(by_web), f"/kien-nghi/{WAITING}/tra-loi", ANSWER)
    assert response.status_code == 302, text_of(response)
    assert response.headers["Location"].endswith(f"/kien-nghi/{WAITING}")
    same_change(by_cli, by_web)
    assert "trả lời sau, giao giải quyết" in last_commit(by_web)["message"]
    # the comments written by hand are kept
    assert "# nơi ở" in (by_web / WAITING_FILE).read_text(encoding="utf-8")


def test_agencies_typed_in_part_are_named_as_the_command_names_them(pair):
    """“cong an” names the unit's “Công an phường Dĩnh Kế” (the only agency it can mean), in
    the form as with `--coordinating`."""
    by_cli, by_web = pair(WARD, {WAITING_FILE: WAITING_TEXT})
    cli(by_cli, "petition", "answer", WAITING, "--no-input", "--kind", "answer_later",
        "--by", ANSWER["by"], "--reason", ANSWER["reason"], "--basis", ANSWER["basis"],
        "--lead", DIA_CHINH, "--coordinating", "cong an", "--coordinating", "VĂN HÓA")
    response = submit(fresh_client(by_web), f"/kien-nghi/{WAITING}/tra-loi", {
        **ANSWER, "coordinating": "cong an, VĂN HÓA", "task": ""})
    assert response.status_code == 302, error_detail(text_of(response))
    same_change(by_cli, by_web)
    assert read_yaml(by_web / WAITING_FILE)["assignment"]["coordinating"] == [
        "Công an phường Dĩnh Kế", "Công chức Văn hóa - Xã hội"]


def test_answer_forwarding_is_the_same_change_as_the_command(pair):
    by_cli, by_web = pair(WARD, {WAITING_FILE: WAITING_TEXT})
    cli(by_cli, "petition", "answer", WAITING, "--no-input", "--kind", "declined",
        "--reason", "outside_competence", "--basis", "Thuộc thẩm quyền UBND thành phố",
        "--forward-to", "UBND thành phố Bắc Giang", "--forward-date", "28/10/2024",
        "--forward-document", "Công văn số 15/UBND-VP")
    response = submit(fresh_client(by_web), f"/kien-nghi/{WAITING}/tra-loi", {
        "kind": "declined", "reason": "outside_competence",
        "basis": "Thuộc thẩm quyền UBND thành phố", "forward_to": "UBND thành phố Bắc Giang",
        "forward_date": "28/10/2024", "forward_document": "Công văn số 15/UBND-VP"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    assert "chuyển UBND thành phố Bắc Giang" in last_commit(by_web)["message"]
    # the reply of the body it went to
    cli(by_cli, "petition", "reply", WAITING, "--no-input", "--from-body", "--date", "10/12/2024",
        "--document", "Văn bản số 300/UBND", "--content", "Đã chỉ đạo giải quyết")
    response = submit(fresh_client(by_web), f"/kien-nghi/{WAITING}/van-ban-tra-loi", {
        "from_body": "1", "date": "10/12/2024", "document": "Văn bản số 300/UBND",
        "content": "Đã chỉ đạo giải quyết"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    assert read_yaml(by_web / WAITING_FILE)["forwarded"]["reply"]["document"] == "Văn bản số 300/UBND"


def test_reply_is_the_same_change_as_the_command(pair):
    by_cli, by_web = pair(WARD, {WAITING_FILE: WAITING_TEXT})
    answer_with_cli(by_cli)
    answer_with_cli(by_web)
    reply = {"date": "20/12/2024", "document": "Văn bản số 171/UBND-ĐC",
             "content": "Đưa vào kế hoạch sửa chữa quý I năm 2025",
             "new_deadline": "31/03/2025", "requirements": "Bố trí kinh phí sửa chữa",
             "responsible": DIA_CHINH}
    cli(by_cli, "petition", "reply", WAITING, "--no-input", "--date", reply["date"],
        "--document", reply["document"], "--content", reply["content"],
        "--new-deadline", reply["new_deadline"], "--requirements", reply["requirements"],
        "--responsible", reply["responsible"])
    response = submit(fresh_client(by_web), f"/kien-nghi/{WAITING}/van-ban-tra-loi", reply)
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    assert "gia hạn đến 31/03/2025" in last_commit(by_web)["message"]


def test_resolve_and_feedback_are_the_same_changes_as_the_commands(pair):
    by_cli, by_web = pair(WARD, {WAITING_FILE: WAITING_TEXT})
    answer_with_cli(by_cli)
    answer_with_cli(by_web)
    client = fresh_client(by_web)
    cli(by_cli, "petition", "resolve", WAITING, "--no-input", "--result", "Đã sửa chữa xong",
        "--document", "Biên bản nghiệm thu số 12", "--date", "20/12/2024")
    response = submit(client, f"/kien-nghi/{WAITING}/giai-quyet", {
        "result": "Đã sửa chữa xong", "document": "Biên bản nghiệm thu số 12", "date": "20/12/2024"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)

    cli(by_cli, "petition", "resolve", WAITING, "--no-input", "--feedback", "disagree",
        "--feedback-date", "24/12/2024", "--note", "Mặt đường vẫn lún")
    response = submit(client, f"/kien-nghi/{WAITING}/y-kien-cong-dan", {
        "feedback": "disagree", "feedback_date": "24/12/2024", "note": "Mặt đường vẫn lún"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    assert "chưa đồng tình, mở lại" in last_commit(by_web)["message"]
    # the same opinion again: nothing to change, as the command says
    before = head(by_web)
    again = submit(client, f"/kien-nghi/{WAITING}/y-kien-cong-dan", {
        "feedback": "disagree", "feedback_date": "24/12/2024", "note": "Mặt đường vẫn lún"},
        follow_redirects=True)
    assert again.status_code == 200 and "Không có gì thay đổi" in text_of(again)
    assert head(by_web) == before


@pytest.mark.parametrize("example, session, field", [(WARD, OCT, "giao-thong"),
                                                     (COMMUNE, APRIL, "giao-thong")])
def test_add_petition_is_the_same_change_as_the_command(example, session, field, pair, frozen_ids):
    by_cli, by_web = pair(example)
    new = {"session": session, "name": "Ngô Thị Lan", "group": "Tổ dân phố số 9",
           "phone": "0912000111", "address": "Số 5, ngõ 3", "id_number": "024187001122",
           "field": field, "content": "Cống thoát nước bị tắc, bốc mùi, đề nghị nạo vét",
           "received": "before_session",
           "received_date": "08/10/2024" if example == WARD else "06/04/2026",
           "via": "Ủy ban MTTQ tổng hợp"}
    result = cli(by_cli, "petition", "add", "--no-input", "--session", session, "--name", new["name"],
                 "--group", new["group"], "--phone", new["phone"], "--address", new["address"],
                 "--id-number", new["id_number"], "--field", field, "--content", new["content"],
                 "--before", "--received-date", new["received_date"], "--via", new["via"])
    client = fresh_client(by_web)
    response = submit(client, "/kien-nghi/moi", new)
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    pid = git(by_web, "show", "HEAD", "--name-only", "--format=").rsplit("/", 1)[1][:-5]
    assert pid.endswith("-t3st") and pid in result.stdout
    assert response.headers["Location"].endswith(f"/kien-nghi/{pid}")
    # the commit message names no citizen
    assert "Ngô Thị Lan" not in last_commit(by_web)["message"]
    page = text_of(client.get(response.headers["Location"]))
    assert f"Mã kiến nghị: {pid}" in page

    # an organisation, with its phone number and a speaking order: kept as the command keeps them
    cli(by_cli, "petition", "add", "--no-input", "--session", session,
        "--name", "Chi hội Cựu chiến binh", "--organisation", "--phone", "0204 3855 123",
        "--field", "khac", "--content", "Đề nghị sửa chữa nhà văn hóa", "--order", "7")
    response = submit(client, "/kien-nghi/moi", {
        "session": session, "name": "Chi hội Cựu chiến binh", "organisation": "1",
        "phone": "0204 3855 123", "field": "khac", "content": "Đề nghị sửa chữa nhà văn hóa",
        "order": "7"})
    assert response.status_code == 302, error_detail(text_of(response))
    same_change(by_cli, by_web)
    added = git(by_web, "show", "HEAD", "--name-only", "--format=")
    assert read_yaml(by_web / added)["raised_by"]["phone"] == "0204 3855 123"


@pytest.mark.parametrize("example, day, later, plan", [
    (WARD, "20/12/2024", "27/12/2024", "ke-hoach-2024"),
    (COMMUNE, "20/11/2026", "27/11/2026", "ke-hoach-2026")])
def test_new_session_is_the_same_change_as_the_command(example, day, later, plan, pair,
                                                       frozen_ids):
    by_cli, by_web = pair(example)
    new = {"date": day, "kind": "thematic", "format": "in_person", "start": "08:00",
           "end": "11:00", "place": "Nhà văn hóa tổ dân phố số 3", "topic": "Trật tự đô thị",
           "plan": plan, "secretary": "Nguyễn Thị Thu"}
    cli(by_cli, "new-session", "--no-input", "--date", day, "--kind", "thematic",
        "--format", "in_person", "--start", "08:00", "--end", "11:00", "--place", new["place"],
        "--topic", new["topic"], "--plan", plan, "--secretary", new["secretary"])
    response = submit(fresh_client(by_web), "/hoi-nghi/moi", new)
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    assert "hội nghị chuyên đề ngày " + day in last_commit(by_web)["message"]
    # the defaults (start 07:30, the unit's hall) are the command's too
    cli(by_cli, "new-session", "--no-input", "--date", later, "--kind", "periodic")
    response = submit(fresh_client(by_web), "/hoi-nghi/moi", {
        "date": later, "kind": "periodic", "format": "in_person"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)
    text = (by_web / git(by_web, "show", "HEAD", "--name-only", "--format=")).read_text("utf-8")
    assert 'start: "07:30"' in text or "start: '07:30'" in text or "start: 07:30" in text


def test_conclude_and_issue_are_the_same_changes_as_the_commands(pair, frozen_ids):
    by_cli, by_web = pair(WARD)
    for root in (by_cli, by_web):  # the October session's notice not drafted yet
        (root / "conclusions" / "2024" / f"{OCT_NOTICE}.yaml").unlink()
        commit_all(root, "xóa thông báo kết luận để soạn lại")
    client = fresh_client(by_web)
    cli(by_cli, "conclude", OCT, "--no-input")
    response = submit(client, f"/hoi-nghi/{OCT}/ket-luan", {}, page=f"/hoi-nghi/{OCT}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/hoi-nghi/{OCT}")
    same_change(by_cli, by_web)
    notice = git(by_web, "show", "HEAD", "--name-only", "--format=").rsplit("/", 1)[1][:-5]
    page = text_of(client.get(f"/hoi-nghi/{OCT}"))
    assert f"Dự thảo thông báo kết luận {notice}" in page
    assert f"/ban-hanh/conclusion/{notice}" in page

    cli(by_cli, "issue", notice, "--no-input", "--number", "60-TB/ĐU", "--date", "28/10/2024")
    response = submit(client, f"/ban-hanh/conclusion/{notice}",
                      {"number": "60-TB/ĐU", "date": "28/10/2024"})
    assert response.status_code == 302, text_of(response)
    same_change(by_cli, by_web)

    cli(by_cli, "issue", OCT, "--no-input", "--number", "05-BB/ĐU", "--date", "17/10/2024")
    response = submit(client, f"/ban-hanh/session/{OCT}", {"number": "05-BB/ĐU", "date": "17/10/2024"},
                      follow_redirects=True)
    assert response.status_code == 200
    assert f"Đã ban hành biên bản hội nghị {OCT}: số 05-BB/ĐU, ngày 17/10/2024" in text_of(response)
    same_change(by_cli, by_web)


# ---------------------------------------------------------------- 11. late acts


def test_a_late_act_keeps_its_true_date_and_is_said_late(kho):
    answer_with_cli(kho)
    before = head(kho)
    client = fresh_client(kho)
    response = submit(client, f"/kien-nghi/{WAITING}/giai-quyet",
                      {"result": "Đã sửa chữa xong", "date": "15/01/2025"}, follow_redirects=True)
    page = text_of(response)
    assert response.status_code == 200
    assert "Đã ghi nhận đúng ngày 15/01/2025" in page and "hoàn thành quá hạn" in page
    assert "so với hạn 27/12/2024" in page
    assert read_yaml(kho / WAITING_FILE)["resolution"]["date"] == "2025-01-15"
    assert git(kho, "rev-parse", "HEAD~1") == before
    # an act on time: no such line
    resolved = head(kho)
    response = submit(client, f"/kien-nghi/{WAITING}/y-kien-cong-dan",
                      {"feedback": "agree", "feedback_date": "16/01/2025"}, follow_redirects=True)
    assert response.status_code == 200 and "Đã ghi nhận đúng ngày" not in text_of(response)
    assert git(kho, "rev-parse", "HEAD~1") == resolved


# ---------------------------------------------------------------- 12. signing in


@pytest.fixture
def signed(kho, tmp_path):
    """The app as served to the office network: people sign in."""
    file = tmp_path / "config" / "accounts.json"
    accounts.add(file, "lan", "Ngô Thị Lan", "lan@dinhke.gov.vn", "mat-khau-dai")
    app = create_app(kho, sign_in=True, accounts_file=file, hosts=("kho.vanphong.local",))
    return app, file


class At:
    """A test client that always names the office host."""

    def __init__(self, client, base="http://kho.vanphong.local:8765"):
        self.client, self.base = client, base

    def get(self, url, **options):
        return self.client.get(url, base_url=self.base, **options)

    def post(self, url, **options):
        return self.client.post(url, base_url=self.base, **options)


def sign_in(client, login="lan", password="mat-khau-dai", next_=None):
    url = "/dang-nhap" + (f"?next={next_}" if next_ is not None else "")
    token = hidden_inputs(client.get(url))["csrf"]
    return client.post(url, data={"csrf": token, "login": login, "password": password})


def test_pages_need_signing_in(signed, kho):
    app, _ = signed
    client = At(app.test_client())
    for url in ("/", "/kien-nghi", f"/kien-nghi/{WAITING}", f"/kien-nghi/{WAITING}/tra-loi",
                "/hoi-nghi", "/bao-cao", f"/van-ban/minutes/{OCT}.docx"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/dang-nhap?next=" in response.headers["Location"], url
    before = head(kho)
    response = client.post(f"/kien-nghi/{WAITING}/tra-loi", data={**ANSWER, "csrf": "x"})
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]
    assert head(kho) == before and clean(kho)
    page = client.get("/dang-nhap")
    assert page.status_code == 200 and "Tên đăng nhập" in text_of(page)


def test_wrong_password_is_refused(signed):
    app, _ = signed
    client = At(app.test_client())
    for login, password in (("lan", "sai-mat-khau"), ("khong-co", "mat-khau-dai"), ("lan", "")):
        response = sign_in(client, login, password)
        assert response.status_code == 401
        assert "Tên đăng nhập hoặc mật khẩu không đúng" in text_of(response)
    assert client.get("/").status_code == 302
    # the sign-in form needs its token too
    response = client.post("/dang-nhap", data={"login": "lan", "password": "mat-khau-dai"})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_a_change_names_the_person_signed_in(signed, kho):
    app, _ = signed
    client = At(app.test_client())
    response = sign_in(client)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/").status_code == 200
    response = submit(client, f"/kien-nghi/{WAITING}/tra-loi", ANSWER)
    assert response.status_code == 302, text_of(response)
    assert last_commit(kho)["author"] == "Ngô Thị Lan <lan@dinhke.gov.vn>"
    assert read_yaml(kho / WAITING_FILE)["answer"]["basis"] == ANSWER["basis"]
    # signing out ends it
    token = hidden_inputs(client.get("/"))["csrf"]
    assert client.post("/dang-xuat", data={"csrf": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_after_signing_in_next_stays_on_this_site(signed):
    app, _ = signed
    for target in ("//evil.com", "//evil.com/kien-nghi", "https://evil.com", "http:evil.com",
                   "/\\evil.com", "\\\\evil.com", "javascript:alert(1)", "evil.com"):
        client = At(app.test_client())
        response = sign_in(client, next_=target)
        assert response.status_code == 302, target
        location = response.headers["Location"]
        assert location == "/", (target, location)
    client = At(app.test_client())
    response = sign_in(client, next_=f"/kien-nghi/{WAITING}")
    assert response.headers["Location"] == f"/kien-nghi/{WAITING}"
    # the page asked for first is where signing in leads
    other = At(app.test_client())
    asked = other.get("/kien-nghi?q=ngap")
    target = asked.headers["Location"]
    token = hidden_inputs(other.get(target))["csrf"]
    done = other.post(target, data={"csrf": token, "login": "lan", "password": "mat-khau-dai"})
    assert done.headers["Location"] == "/kien-nghi?q=ngap"


def test_an_account_removed_since_signing_in_cannot_change_records(signed, kho):
    app, file = signed
    client = At(app.test_client())
    assert sign_in(client).status_code == 302
    file.write_text(json.dumps({"accounts": {}}), encoding="utf-8")
    before = head(kho)
    response = submit(client, f"/kien-nghi/{WAITING}/tra-loi", ANSWER)
    assert response.status_code == 403
    assert head(kho) == before and clean(kho)


def test_account_add_refuses_a_file_inside_the_repository(kho, tmp_path):
    inside = kho / "accounts.json"
    result = run("-C", str(kho), "account", "add", "lan", "--name", "Ngô Thị Lan",
                 "--email", "lan@dinhke.gov.vn", "--accounts", str(inside),
                 input="mat-khau-dai\nmat-khau-dai\n")
    assert result.exit_code != 0
    assert "nằm trong kho hồ sơ" in result.stderr
    assert not inside.exists() and clean(kho)
    outside = tmp_path / "ngoai" / "accounts.json"
    result = run("-C", str(kho), "account", "add", "lan", "--name", "Ngô Thị Lan",
                 "--email", "lan@dinhke.gov.vn", "--accounts", str(outside),
                 input="mat-khau-dai\nmat-khau-dai\n")
    assert result.exit_code == 0, result.output
    saved = outside.read_text(encoding="utf-8")
    assert "lan@dinhke.gov.vn" in saved and "mat-khau-dai" not in saved
    assert accounts.check(accounts.load(outside), "lan", "mat-khau-dai") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`tiepxuc serve` in a process of its own: a server that starts would never return (the
    timeout fails the test)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "tiepxuc", "-C", str(root), "serve", "--no-browser",
                           "--port", str(free_port()), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)


def test_serve_to_the_network_needs_an_account(kho, tmp_path):
    empty = tmp_path / "chua-co" / "accounts.json"
    result = serve(kho, "--host", "0.0.0.0", "--accounts", str(empty))
    assert result.returncode != 0
    assert "cần người dùng đăng nhập" in result.stderr and "tiepxuc account add" in result.stderr
    assert "Traceback" not in result.stderr and "đang chạy" not in result.stdout
    # an accounts file in the repository is refused too
    inside = kho / "accounts.json"
    accounts.add(inside, "lan", "Ngô Thị Lan", "lan@dinhke.gov.vn", "mat-khau-dai")
    result = serve(kho, "--host", "0.0.0.0", "--accounts", str(inside))
    assert result.returncode != 0 and "nằm trong kho hồ sơ" in result.stderr


# ---------------------------------------------------------------- 13. public documents


def personal_data(root: Path) -> tuple[set[str], set[str]]:
    """The citizens' names, and their phones, addresses, ID numbers and e-mails, in the records."""
    names, contacts = set(), set()
    for path in root.glob("petitions/*/*.yaml"):
        raised = read_yaml(path)["raised_by"]
        if raised.get("kind", "person") == "person":
            names.add(raised["name"])
        contacts |= {str(raised[k]) for k in ("phone", "address", "id_number", "email")
                     if raised.get(k)}
    for path in root.glob("sessions/*/*.yaml"):
        for refused in read_yaml(path).get("refused") or []:
            names.add(refused["name"])
    officials = (root / "tiepxuc.yaml").read_text(encoding="utf-8")
    return {n for n in names if n not in officials}, contacts


def docx_text(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
            for table in part.tables:
                for row in table.rows:
                    parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("example", [WARD, COMMUNE])
def test_public_documents_name_no_citizen(example, ward, commune):
    root = ward if example == WARD else commune
    names, contacts = personal_data(root)
    assert names and contacts
    client = fresh_client(root)
    notices = {read_yaml(p)["session"]: read_yaml(p)["id"] for p in root.glob("conclusions/*/*.yaml")}
    internal_seen = set()
    for session in (read_yaml(p)["id"] for p in root.glob("sessions/*/*.yaml")):
        for kind, target in (("minutes", session), ("conclusion", notices[session]),
                             ("invitation", session)):
            public = client.get(f"/van-ban/{kind}/{target}.docx?cong-khai=1")
            assert public.status_code == 200, (kind, target, text_of(public)[:500])
            assert "cong-khai" in public.headers["Content-Disposition"]
            text = docx_text(public.data)
            assert text.strip()
            for secret in names | contacts:
                assert secret not in text, (kind, target, secret)
            flat = re.sub(r"\D", "", text)
            for number in contacts:
                if number.isdigit():
                    assert number not in flat, (kind, target, number)
            internal = client.get(f"/van-ban/{kind}/{target}.docx")
            assert internal.status_code == 200
            assert "cong-khai" not in internal.headers["Content-Disposition"]
            internal_seen |= {n for n in names if n in docx_text(internal.data)}
    assert internal_seen  # the internal minutes do name the citizens who spoke


# ---------------------------------------------------------------- 14. edits by hand


def test_a_record_edited_by_hand_shows_at_the_next_load(kho):
    client = fresh_client(kho)
    url = f"/kien-nghi/{WAITING}"
    assert "nhiều ổ gà" in text_of(client.get(url))
    path = kho / WAITING_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "nhiều ổ gà, đề nghị sửa chữa", "nhiều ổ gà và sụt lún sau mưa lớn, đề nghị sửa chữa gấp"),
        encoding="utf-8")
    commit_all(kho, "sửa tay nội dung")
    page = text_of(client.get(url))
    assert "sụt lún sau mưa lớn" in page and "sửa tay nội dung" in page  # the history too
    listed = text_of(client.get("/kien-nghi", query_string={"q": "sut lun"}))
    assert listed_petitions(listed) == [WAITING]
    # a new record added by hand
    new = WAITING_TEXT.replace(WAITING, "kn-2024-10-17-cau-tre-h4p8").replace(
        "Đường bê tông ngõ 9", "Cầu tre qua mương ngõ 11")
    (kho / "petitions" / "2024" / "kn-2024-10-17-cau-tre-h4p8.yaml").write_text(new, encoding="utf-8")
    commit_all(kho, "thêm tay một kiến nghị")
    assert client.get("/kien-nghi/kn-2024-10-17-cau-tre-h4p8").status_code == 200
    assert "kn-2024-10-17-cau-tre-h4p8" in listed_petitions(text_of(client.get("/kien-nghi")))
    # and removed by hand
    (kho / WAITING_FILE).unlink()
    commit_all(kho, "xóa tay")
    assert client.get(url).status_code == 404


def test_the_server_keeps_what_the_store_gave_in_memory(kho, monkeypatch):
    """A long-running server reads no cache file for units that did not change (the
    province's dashboard would unpickle 30 MB at every load), and reads again once one did."""
    import os
    import time

    from tiepxuc import cache

    an_hour_ago = time.time() - 3600  # no file so young that the store would not keep it
    for path in kho.rglob("*.yaml"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    client = fresh_client(kho)
    assert client.get("/").status_code == 200
    reads = []
    original = cache._read
    monkeypatch.setattr(cache, "_read", lambda *a: reads.append(a) or original(*a))
    assert client.get("/?trang-thai=overdue").status_code == 200
    assert reads == []
    path = kho / WAITING_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert client.get("/").status_code == 200
    assert reads  # the unit changed: what is kept for it is looked up again


def test_the_answer_form_keeps_what_the_record_already_says(kho):
    """An answered petition's form opens with its answer and assignment filled in: sending it
    as it is drops nothing (an empty form would have deleted who answered, the content, the
    coordinating agencies and the task)."""
    from tiepxuc.repo import load

    pid = "kn-2024-10-17-ngap-ung-to-dan-pho-5-p3w6"
    before = next(r.model for r in load(kho).petitions if r.id == pid)
    assert before.answer.by and before.answer.content and before.assignment.task
    client = fresh_client(kho)
    page = client.get(f"/kien-nghi/{pid}/tra-loi")
    shown = form_values(page)
    assert shown["by"] == before.answer.by and shown["task"] == before.assignment.task
    sent = {**shown, **hidden_inputs(page), "lead": before.assignment.lead}
    response = client.post(f"/kien-nghi/{pid}/tra-loi", data=sent)
    assert response.status_code == 302
    after = next(r.model for r in load(kho).petitions if r.id == pid)
    assert after.answer == before.answer and after.assignment == before.assignment
