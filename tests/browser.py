"""What the browser tests share: Debian's chromium driven through its chromedriver (Selenium
Manager never downloads a browser or a driver when both paths are given), or a visible skip
saying what to install."""

import shutil

import pytest


def _find(*names: str) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


CHROMIUM = _find("chromium", "chromium-browser")
CHROMEDRIVER = _find("chromedriver")
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    # without these, chromium on a closed network keeps trying to reach Google and stalls
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--lang=vi-VN",
)


def require_browser():
    """Selenium's webdriver module; the calling test module is skipped, saying what to
    install, when chromium, chromedriver or Selenium is missing."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        missing = " and ".join(name for name, path in (("chromium", CHROMIUM),
                                                       ("chromedriver", CHROMEDRIVER))
                               if path is None)
        pytest.skip(f"browser tests need {missing}: on Debian/Ubuntu "
                    "`apt-get install chromium chromium-driver`", allow_module_level=True)
    return pytest.importorskip(
        "selenium.webdriver", reason="browser tests need Selenium: pip install '.[test]'")
