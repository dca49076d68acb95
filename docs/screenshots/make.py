"""The README's screenshots of `tiepxuc serve`, taken in headless chromium over a copy of the
example ward (examples/phuong-dinh-ke-2024) committed to a temporary git repository.

    python docs/screenshots/make.py            # writes the PNGs next to this file

Needs the test tools (pip install -c constraints.txt '.[test]': Flask, waitress, Selenium) and
Debian's chromium and chromedriver (apt-get install chromium chromium-driver). The app is told
that today is 31/12/2024, the README's day, so that the pictures do not change with the date.

- dashboard.png  the dashboard at 1366×768 (an office screen)
- petition.png   a petition's page at 1366×768
- form.png       the answer form refusing a day that does not exist: the whole form, 1366 wide
- phone.png      the dashboard at 390×844 (a phone)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
EXAMPLE = PROJECT / "examples" / "phuong-dinh-ke-2024"
TODAY = date(2024, 12, 31)
PETITION = "kn-2024-10-17-cho-tam-lan-chiem-q4x9"  # overdue, assigned, coordinating agencies
ANSWERED = "kn-2024-06-14-den-chieu-sang-to-2-c8f3"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--lang=vi-VN", "--hide-scrollbars")


def repository(folder: Path) -> Path:
    root = folder / "phuong-dinh-ke"
    shutil.copytree(EXAMPLE, root)
    env = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(folder / "gitconfig"),
           "HOME": str(folder), "PATH": os.environ.get("PATH", ""),
           # the history on a record's page shows the commit's time: the README's day too
           "GIT_AUTHOR_DATE": "2024-12-31T08:00:00+07:00",
           "GIT_COMMITTER_DATE": "2024-12-31T08:00:00+07:00"}
    for args in (["init", "-q"], ["config", "user.name", "Văn phòng Đảng ủy"],
                 ["config", "user.email", "vanphong@example.vn"], ["add", "-A"],
                 ["commit", "-q", "-m", "kho hồ sơ mẫu"]):
        subprocess.run(["git", *args], cwd=root, check=True, env=env)
    return root


def serve(root: Path):
    """The app over ``root`` on a free port, in a daemon thread: its URL and how to stop it."""
    from waitress import wasyncore
    from waitress.server import create_server

    from tiepxuc.web import create_app, forms, pages

    pages.today = forms.today = lambda: TODAY  # the README's day, whatever the clock says
    server = create_server(create_app(root), host="127.0.0.1", port=0, threads=4)
    stopping = threading.Event()

    def run() -> None:
        while not stopping.is_set():
            wasyncore.loop(timeout=0.1, map=server._map, count=1)
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=10)

    return f"http://127.0.0.1:{server.effective_port}", stop


def browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        sys.exit("make.py: needs chromium and chromedriver (apt-get install chromium "
                 "chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(driver_path), options=options)


def screen(driver, width: int, height: int, mobile: bool = False) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def shoot(driver, path: Path, full: bool = False) -> None:
    """The viewport (or, ``full``, the whole page at the viewport's width) as a PNG."""
    import base64

    params = {"format": "png"}
    if full:
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics["cssContentSize"]
        params.update(captureBeyondViewport=True, clip={
            "x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
    data = driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
    path.write_bytes(base64.b64decode(data))
    print(path)


def take(driver, url: str, out: Path, full: bool = False) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    screen(driver, 1366, 768)
    driver.get(f"{url}/?ngay=31/12/2024")
    shoot(driver, out / "dashboard.png", full)

    driver.get(f"{url}/kien-nghi/{PETITION}")
    shoot(driver, out / "petition.png", full)

    driver.get(f"{url}/kien-nghi/{ANSWERED}/tra-loi")
    Select(driver.find_element(By.ID, "in-kind")).select_by_value("answer_later")
    driver.find_element(By.ID, "in-by").send_keys("Phạm Quang Minh, Chủ tịch UBND phường")
    driver.find_element(By.ID, "in-content").send_keys("Giao kiểm tra, thay bóng đèn hỏng.")
    Select(driver.find_element(By.ID, "in-reason")).select_by_value("under_investigation")
    driver.find_element(By.ID, "in-basis").send_keys("Cần kiểm tra hiện trạng hệ thống chiếu sáng")
    Select(driver.find_element(By.ID, "in-lead")).select_by_visible_text(
        "Công chức Địa chính - Xây dựng")
    driver.find_element(By.ID, "in-forward_date").send_keys("31/02/2024")
    driver.find_element(By.CSS_SELECTOR, "form.form p.actions button").click()
    WebDriverWait(driver, 20).until(  # refused, next to the field
        lambda d: d.find_elements(By.CSS_SELECTOR, ".field.invalid p.error"))
    shoot(driver, out / "form.png", full=True)  # its title, its fields and the refusal

    screen(driver, 390, 844, mobile=True)
    driver.get(f"{url}/?ngay=31/12/2024")
    shoot(driver, out / "phone.png", full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where the PNGs go")
    parser.add_argument("--full", action="store_true",
                        help="whole pages instead of one screen (to review the layout)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tiepxuc-screenshots-") as folder:
        folder = Path(folder)
        url, stop = serve(repository(folder))
        driver = browser(folder / "chromium")
        try:
            take(driver, url, args.out, args.full)
        finally:
            driver.quit()
            stop()


if __name__ == "__main__":
    main()
