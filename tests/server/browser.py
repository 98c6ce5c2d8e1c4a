"""Real Chromium (Debian's chromium and chromium-driver) driven by Selenium, headless."""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _missing(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(
            f"CI must run the browser tests: {why} (apt-get install chromium chromium-driver)"
        )
    pytest.skip(why)


def chromium(width: int = 1366, height: int = 900) -> Any:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not binary or not driver:
        _missing("chromium or chromedriver is not installed")
    opts = webdriver.ChromeOptions()
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--window-size={width},{height}")
    opts.binary_location = binary
    return webdriver.Chrome(service=Service(driver), options=opts)
