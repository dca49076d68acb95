"""The public site of `tiepxuc publish` in a real browser, opened from file:// as a citizen
would open it from a USB stick: Debian's chromium driven through its chromedriver by Selenium
(started as tests/test_web_e2e.py starts it).

What a citizen does: search without accents (“ngap ung” finds “ngập úng”), narrow by status,
and follow a result to the petition's page.

Without chromium and chromedriver the whole module is skipped, saying what to install.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browser import CHROMEDRIVER, CHROMIUM, FLAGS, require_browser
from conftest import run

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "phuong-dinh-ke-2024"
AS_OF = "2024-12-31"
WAIT = 20  # seconds


webdriver = require_browser()

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM_FLAGS = (*FLAGS, "--window-size=412,915")  # a phone's screen


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("e2e") / "phuong-dinh-ke"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".tiepxuc", "out"))
    result = run("-C", str(root), "publish", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    return root / "out" / "cong-khai"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT * 2)
    try:
        yield driver
    finally:
        driver.quit()


def _results(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "#ket-qua li a")


def _count(driver) -> str:
    return driver.find_element(By.ID, "so-ket-qua").text


def test_search_without_accents_from_file_and_follow_a_result(site, browser):
    wait = WebDriverWait(browser, WAIT)
    browser.get((site / "index.html").as_uri())
    assert browser.current_url.startswith("file://")
    box = wait.until(EC.visibility_of_element_located((By.ID, "tim-kiem")))  # the script ran
    assert "Cập nhật đến ngày 31/12/2024" in browser.find_element(By.TAG_NAME, "body").text
    wait.until(lambda d: _count(d) == "Tìm thấy 20 kiến nghị.")
    box.find_element(By.ID, "tu-khoa").send_keys("ngap ung")
    wait.until(lambda d: _count(d) == "Tìm thấy 1 kiến nghị.")
    (link,) = _results(browser)
    target = link.get_attribute("href")
    assert target.endswith("/kien-nghi/kn-2024-10-17-ngap-ung-to-dan-pho-5-p3w6.html")
    link.click()
    wait.until(EC.url_to_be(target))
    page = wait.until(EC.presence_of_element_located((By.TAG_NAME, "main"))).text
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kiến nghị về giao thông, hạ tầng"
    assert "ngập úng" in page and "Đang giải quyết, trong hạn" in page
    assert "Nguyễn Văn Khánh" not in page
    # to the session it was raised at, by its link
    browser.find_element(By.PARTIAL_LINK_TEXT, "Hội nghị chuyên đề ngày 17/10/2024").click()
    wait.until(EC.url_contains("/hoi-nghi/2024-10-17-chuyen-de-w4k8.html"))
    assert "Thông báo kết luận số 52-TB/ĐU" in browser.find_element(By.TAG_NAME, "main").text


def test_filters_narrow_the_list(site, browser):
    wait = WebDriverWait(browser, WAIT)
    browser.get((site / "index.html").as_uri())
    wait.until(lambda d: _count(d) == "Tìm thấy 20 kiến nghị.")
    Select(browser.find_element(By.ID, "loc-tinh-trang")).select_by_visible_text(
        "Quá hạn, chưa giải quyết")
    wait.until(lambda d: _count(d) == "Tìm thấy 2 kiến nghị.")
    overdue = {a.get_attribute("href").rsplit("/", 1)[1] for a in _results(browser)}
    assert overdue == {"kn-2024-10-17-cay-xanh-gay-do-t7b4.html",
                       "kn-2024-10-17-cho-tam-lan-chiem-q4x9.html"}
    Select(browser.find_element(By.ID, "loc-co-quan")).select_by_visible_text(
        "Công chức Địa chính - Xây dựng")
    wait.until(lambda d: _count(d) == "Tìm thấy 0 kiến nghị.")
    Select(browser.find_element(By.ID, "loc-tinh-trang")).select_by_index(0)  # all statuses
    wait.until(lambda d: _count(d) == "Tìm thấy 4 kiến nghị.")  # resolved, or on its way
