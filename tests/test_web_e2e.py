"""`tiepxuc serve` in a real browser: Debian's chromium, driven through its chromedriver by
Selenium, over the example ward served by waitress from a temporary git repository.

What a person does: read the dashboard and its overdue group, follow an item to its record,
answer a petition through the form (one commit, the petition's state changes on its page),
download a document and open it, and see a mistyped date refused next to its field.

Without chromium and chromedriver the whole module is skipped, saying what to install.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from browser import CHROMEDRIVER, CHROMIUM, FLAGS, require_browser

from conftest import git

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "phuong-dinh-ke-2024"
AS_OF = "31/12/2024"  # the README's day: 3 overdue items, whatever today is
OVERDUE = {  # the overdue group of the example on 31/12/2024
    "kn-2024-06-14-boi-thuong-giai-phong-mat-bang-n8t4",
    "kn-2024-10-17-cay-xanh-gay-do-t7b4",
    "kn-2024-10-17-cho-tam-lan-chiem-q4x9",
}
ANSWERED = "kn-2024-06-14-den-chieu-sang-to-2-c8f3"  # answered at the session, nothing assigned
SESSION = "2024-06-14-dinh-ky-q7m2"
AUTHOR = ("Cán bộ Kiểm thử", "kiemthu@example.vn")
WAIT = 20  # seconds: a page, a redirect after a commit, a download


webdriver = require_browser()

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from tiepxuc.messages import t  # noqa: E402

CHROMIUM_FLAGS = (*FLAGS, "--window-size=1366,900")


def type_into(page, field: str, text: str) -> None:
    """Type into a form's field as a person replaces what it shows (the answer form opens
    with the record's answer filled in)."""
    box = page.find_element(By.ID, field)
    box.clear()
    box.send_keys(text)


def start_chromium(profile: Path, downloads: Path):
    """Headless chromium through Debian's chromedriver (Selenium Manager never downloads a
    browser or a driver when both paths are given)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": False,
        "intl.accept_languages": "vi-VN,vi",
    })
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # headless chromium may still refuse downloads without being told where they go
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_page_load_timeout(WAIT * 2)
    return driver


def serve(root: Path):
    """The app over ``root`` served by waitress on a free port (the port the system gave) in a
    daemon thread: its base URL, and a function that stops it."""
    from waitress import wasyncore
    from waitress.server import create_server

    from tiepxuc.web import create_app

    server = create_server(create_app(root), host="127.0.0.1", port=0, threads=4)
    stopping = threading.Event()

    def run() -> None:
        # server.run() loops until every connection is closed, and the browser keeps its own
        # open: the same loop, a turn at a time, until told to stop, then everything closes
        while not stopping.is_set():
            wasyncore.loop(timeout=0.1, map=server._map, count=1,
                           use_poll=server.adj.asyncore_use_poll)
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)

    thread = threading.Thread(target=run, daemon=True, name="waitress-e2e")
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=10)

    return f"http://127.0.0.1:{server.effective_port}", stop


def example_repository(folder: Path) -> Path:
    """A copy of the ward example committed to a new git repository with a fixed author."""
    root = folder / "phuong-dinh-ke"
    shutil.copytree(EXAMPLE, root)
    git(root, "init", "-q")
    git(root, "config", "user.name", AUTHOR[0])
    git(root, "config", "user.email", AUTHOR[1])
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "kho hồ sơ mẫu")
    return root


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"), downloads)
    yield driver
    driver.quit()


@pytest.fixture
def repo(tmp_path) -> Path:
    return example_repository(tmp_path)


@pytest.fixture
def base_url(repo):
    url, stop = serve(repo)
    yield url
    stop()


@pytest.fixture
def page(browser, base_url):
    """The browser, with no cookie from another test's server (cookies ignore ports)."""
    browser.get(base_url + "/static/style.css")
    browser.delete_all_cookies()
    return browser


def wait_for(driver, condition, timeout: float = WAIT):
    return WebDriverWait(driver, timeout).until(condition)


def open_page(driver, url: str) -> None:
    driver.get(url)
    wait_for(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "main h1")))


def overdue_section(driver):
    heading = driver.find_element(By.CSS_SELECTOR, "section.group h2.bad")
    return heading.find_element(By.XPATH, "..")


def state_pill(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "main h1 .pill").text


# ---------------------------------------------------------------- tests


def test_dashboard_shows_the_overdue_group(page, base_url):
    open_page(page, f"{base_url}/?ngay={AS_OF}")
    assert page.title.startswith(t("web.nav.dashboard"))
    assert "31/12/2024" in page.find_element(By.CSS_SELECTOR, "main h1").text
    section = overdue_section(page)
    assert section.find_element(By.TAG_NAME, "h2").text == f"{t('status.overdue')} (3)"
    linked = {a.text for a in section.find_elements(By.CSS_SELECTOR, "tbody a")}
    assert linked == OVERDUE
    # the count card at the top says the same, in Vietnamese with its accents
    card = page.find_element(By.CSS_SELECTOR, ".counts .count.bad")
    assert card.find_element(By.TAG_NAME, "strong").text == "3"
    assert card.find_element(By.TAG_NAME, "span").text == "quá hạn"


def test_an_overdue_item_links_to_its_record(page, base_url):
    open_page(page, f"{base_url}/?ngay={AS_OF}")
    link = overdue_section(page).find_element(By.CSS_SELECTOR, "tbody a")
    pid = link.text
    assert pid in OVERDUE
    link.click()
    wait_for(page, EC.url_contains(f"/kien-nghi/{pid}"))
    wait_for(page, EC.presence_of_element_located((By.CSS_SELECTOR, "main h1 .pill")))
    assert pid in page.find_element(By.CSS_SELECTOR, "main h1").text
    assert page.find_element(By.CSS_SELECTOR, "main p.mono").text == f"petitions/2024/{pid}.yaml"
    # its deadline is there, and the record's history from git
    assert page.find_elements(By.CSS_SELECTOR, ".deadline .pill")
    assert "kho hồ sơ mẫu" in page.find_element(By.CSS_SELECTOR, "ul.history").text


def test_answering_through_the_form_commits_and_changes_the_state(page, base_url, repo):
    open_page(page, f"{base_url}/kien-nghi/{ANSWERED}")
    assert state_pill(page) == t("petition_state.answered")
    before = git(repo, "rev-parse", "HEAD")

    page.find_element(By.LINK_TEXT, t("web.action.answer")).click()
    wait_for(page, EC.url_contains(f"/kien-nghi/{ANSWERED}/tra-loi"))
    wait_for(page, EC.presence_of_element_located((By.ID, "in-kind")))
    Select(page.find_element(By.ID, "in-kind")).select_by_value("answer_later")
    type_into(page, "in-by", "Phạm Quang Minh, Chủ tịch UBND phường")
    type_into(page, "in-content", "Giao kiểm tra, thay bóng đèn hỏng.")
    Select(page.find_element(By.ID, "in-reason")).select_by_value("under_investigation")
    type_into(page, "in-basis", "Cần kiểm tra hiện trạng hệ thống chiếu sáng")
    Select(page.find_element(By.ID, "in-lead")).select_by_visible_text(
        "Công chức Địa chính - Xây dựng")
    type_into(page, "in-task", "Thay 9 bóng đèn hỏng trên đường nội bộ")
    page.find_element(By.CSS_SELECTOR, "form.form p.actions button").click()

    # back on the petition's page, with what was written and committed
    wait_for(page, lambda d: d.current_url.rstrip("/").endswith(f"/kien-nghi/{ANSWERED}"))
    wait_for(page, EC.presence_of_element_located((By.CSS_SELECTOR, "ul.flash")))
    assert state_pill(page) == t("petition_state.in_progress")
    assert git(repo, "rev-list", "--count", f"{before}..HEAD") == "1"
    subject, author = git(repo, "log", "-1", "--format=%s%x1f%an <%ae>").split("\x1f")
    assert subject.startswith(f"tiepxuc: answer {ANSWERED}")
    assert author == f"{AUTHOR[0]} <{AUTHOR[1]}>"
    assert git(repo, "status", "--porcelain") == ""
    flashed = page.find_element(By.CSS_SELECTOR, "ul.flash").text
    assert git(repo, "rev-parse", "--short=7", "HEAD") in flashed
    shown = page.find_element(By.CSS_SELECTOR, "main dl").text
    assert "Công chức Địa chính - Xây dựng" in shown
    assert "Cần kiểm tra hiện trạng hệ thống chiếu sáng" in shown
    assert "Thay 9 bóng đèn hỏng trên đường nội bộ" in shown
    text = (repo / "petitions" / "2024" / f"{ANSWERED}.yaml").read_text(encoding="utf-8")
    assert "kind: answer_later" in text and "lead: Công chức Địa chính - Xây dựng" in text
    # the change is in the record's history on its page
    assert subject in page.find_element(By.CSS_SELECTOR, "ul.history").text


def test_a_document_downloads_and_opens(page, base_url, downloads):
    import docx

    open_page(page, f"{base_url}/hoi-nghi/{SESSION}")
    row = page.find_element(
        By.XPATH, f"//table[contains(@class,'docs')]//tr[td[1][normalize-space()="
                  f"'{t('web.document.invitation')}']]")
    link = row.find_element(By.PARTIAL_LINK_TEXT, t("web.document.internal"))
    assert link.get_attribute("href").endswith(f"/van-ban/invitation/{SESSION}.docx")
    before = set(downloads.iterdir())
    link.click()

    def downloaded(_):
        new = [p for p in set(downloads.iterdir()) - before if p.suffix == ".docx"]
        partial = [p for p in downloads.iterdir() if p.suffix == ".crdownload"]
        return new[0] if new and not partial else False

    path = wait_for(page, downloaded)
    time.sleep(0.2)  # chromium renames the finished file: let it close
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        text += "\n" + "\n".join(cell.text for row in table.rows for cell in row.cells)
    assert "GIẤY MỜI" in text.upper()
    assert "Dĩnh Kế".upper() in text.upper()
    assert "14/6/2024" in text or "14/06/2024" in text or "14 tháng 6 năm 2024" in text


def test_a_bad_date_is_refused_next_to_its_field(page, base_url, repo):
    before = git(repo, "rev-parse", "HEAD")
    open_page(page, f"{base_url}/kien-nghi/{ANSWERED}/tra-loi")
    Select(page.find_element(By.ID, "in-kind")).select_by_value("answered")
    type_into(page, "in-by", "Công chức Địa chính - Xây dựng")
    type_into(page, "in-forward_date", "31/02/2024")
    page.find_element(By.CSS_SELECTOR, "form.form p.actions button").click()

    field = wait_for(page, EC.presence_of_element_located(
        (By.CSS_SELECTOR, "#field-forward_date.invalid p.error")))
    message = field.text  # says which day, in which field, and why
    assert "31/02/2024" in message and t("web.field.forward_date") in message
    assert "tháng 2/2024 chỉ có 29 ngày" in message
    # only that field is marked, and what was typed is still there
    assert [e.get_attribute("id") for e in page.find_elements(By.CSS_SELECTOR, ".field.invalid")] \
        == ["field-forward_date"]
    assert page.find_element(By.ID, "in-forward_date").get_attribute("value") == "31/02/2024"
    assert page.find_element(By.ID, "in-by").get_attribute("value") == \
        "Công chức Địa chính - Xây dựng"
    assert Select(page.find_element(By.ID, "in-kind")).first_selected_option \
        .get_attribute("value") == "answered"
    assert git(repo, "rev-parse", "HEAD") == before  # nothing written
