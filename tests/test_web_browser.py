"""digest serve in a real browser: Debian's chromium, headless, driven by selenium through chromedriver.

On a store of the four samples: searching 江凌 with month 11 in the page's form shows the entries of
`digest search 江凌 --month 11 --json`, a person page draws its chart, every page holds at a phone's
width (375 px: nothing wider than the viewport). A screenshot of each page (desktop and phone) is
saved under tests/output/ (git-ignored; CI keeps it as an artifact).

Skipped, with the reason, when chromium, chromedriver or selenium is missing; `.ci/run` installs
chromium (apt-get) and says in DIGEST_BROWSER_SKIP why when it could not.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import quote

import orjson
import pytest
from conftest import ROOT, run_digest

OUTPUT = ROOT / "tests" / "output"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _why_skip() -> str | None:
    ci = os.environ.get("DIGEST_BROWSER_SKIP")
    if ci:
        return ci
    if not CHROMIUM or not DRIVER:
        return ("no chromium/chromedriver on PATH (Debian: apt-get install chromium chromium-driver; "
                ".ci/run installs them)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install '.[test]')"
    return None


pytestmark = pytest.mark.skipif(_why_skip() is not None, reason=_why_skip() or "")


@pytest.fixture(scope="module")
def server(sample_store: Path):
    from werkzeug.serving import make_server

    from digest.web import create_app

    srv = make_server("127.0.0.1", 0, create_app(sample_store), threaded=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1200,900",
                "--lang=zh-CN"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    drv.set_page_load_timeout(60)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    yield drv
    drv.quit()


def _viewport(drv, width: int, height: int = 900, mobile: bool = False) -> None:
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def _shot(drv, name: str, width: int, mobile: bool = False) -> Path:
    """A screenshot of the whole page (up to 4000 px tall) at this width."""
    _viewport(drv, width, 900, mobile)
    tall = min(4000, int(drv.execute_script("return document.documentElement.scrollHeight")))
    _viewport(drv, width, max(tall, 600), mobile)
    path = OUTPUT / f"{name}.png"
    drv.save_screenshot(str(path))
    _viewport(drv, width, 900, mobile)
    return path


def test_search_form_shows_the_cli_entries(server, browser, sample_store: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    cli = run_digest("search", "江凌", "--month", "11", "--json", "--store", str(sample_store))
    want = [orjson.loads(line) for line in cli.stdout.splitlines()]
    assert cli.returncode == 0 and want
    browser.get(f"{server}/search")
    form = browser.find_element(By.ID, "filters")
    box = form.find_element(By.NAME, "q")
    box.clear()
    box.send_keys("江凌")
    Select(form.find_element(By.NAME, "month")).select_by_value("11")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: "month=11" in d.current_url)
    # the URL is the bookmark: only the filled fields, no empty ones
    assert re.search(r"/search\?q=%E6%B1%9F%E5%87%8C&month=11$", browser.current_url), browser.current_url
    shown = [li.get_attribute("data-id") for li in browser.find_elements(By.CSS_SELECTOR, "li.result")]
    assert shown == [r["id"] for r in want][: len(shown)] and len(shown) == min(len(want), 50)
    assert browser.find_element(By.ID, "count").get_attribute("data-total") == str(len(want))
    marks = browser.find_elements(By.CSS_SELECTOR, "li.result mark")
    assert marks and all(m.text.replace(" ", "") == "江凌" for m in marks)
    assert browser.find_element(By.CSS_SELECTOR, "li.result .title").text == want[0]["title"]
    _shot(browser, "search", 1200)
    # the bookmark gives the same page
    browser.get(browser.current_url)
    assert [li.get_attribute("data-id") for li in browser.find_elements(By.CSS_SELECTOR, "li.result")] == shown


def test_person_page_draws_its_chart(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/person/{quote('江凌')}")
    svg = browser.find_element(By.CSS_SELECTOR, "#chart svg.chart")
    box = svg.rect
    assert box["width"] > 300 and box["height"] > 60, box
    bars = svg.find_elements(By.CSS_SELECTOR, "rect.bar")
    heights = [float(b.get_attribute("height")) for b in bars]
    assert len(bars) == int(svg.get_attribute("data-bars")) and max(heights) > 50
    tallest = bars[heights.index(max(heights))]
    assert tallest.rect["height"] > 20  # drawn, not only present in the markup
    _shot(browser, "person", 1200)


PAGES = {
    "overview": "/",
    "overview-month": "/?month=11",
    "search-phone": "/search?q=" + quote("江凌") + "&month=11",
    "entry": "/entry/{entry}?q=" + quote("江凌"),
    "issue": "/issue/{nov}?q=" + quote("江凌"),
    "issue-newspaper": "/issue/{paper}",
    "issues": "/issues",
    "sections": "/sections",
    "people": "/people",
    "person-phone": "/person/" + quote("江凌"),
    "error": "/search?month=13",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_pages_hold_at_a_phone_width(server, browser, ref, name: str) -> None:
    url = server + PAGES[name].format(**{k: quote(v) for k, v in ref.items()})
    browser.get(url)
    if name != "error":
        assert "Traceback" not in browser.page_source and "Internal error" not in browser.page_source
    _shot(browser, f"{name}-desktop", 1200)
    _viewport(browser, 375, 812, mobile=True)
    browser.get(url)
    inner = browser.execute_script("return window.innerWidth")
    wide = browser.execute_script(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
    assert inner == 375 and wide <= inner, f"{name}: the page is {wide} px wide at {inner} px"
    _shot(browser, f"{name}-375", 375, mobile=True)
    _viewport(browser, 1200, 900)
