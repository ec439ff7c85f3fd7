"""Headless Chromium (Debian's, installed by `make`) against the live server: a resource page, the
ontology page and the query UI running an example query. Screenshots go to the test's tmp folder."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling out on this closed network.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium"):
        pytest.fail("chromium is not installed: `make install` installs Debian's chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def shot(page, tmp_path, name):
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def test_resource_page_follow_links_to_participant_and_source(browser, live, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(live.url + "/")
    page.click("text=Regional Cooperation-2022")
    assert page.locator("h1").inner_text() == "Regional Cooperation-2022"
    assert page.locator("table.properties").get_by_text("Kazakhstan").is_visible()
    assert page.get_by_text("Sources and evidence").is_visible()
    shot(page, tmp_path, "exercise")
    page.click("table.properties >> text=Kazakhstan")
    assert page.locator("h1").inner_text() == "Kazakhstan"
    page.go_back()
    page.click("#claim-3 >> a >> nth=0")
    assert "Uzbekistan and Tajikistan Conduct Joint Military Exercises" in page.locator("h1").inner_text()
    assert page.get_by_text("What this source supports").is_visible()


def test_resource_page_reads_on_a_phone(browser, live, tmp_path):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(live.url + "/page/exercise/regional-cooperation-2022")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
    shot(page, tmp_path, "phone")


def test_ontology_page(browser, live, tmp_path):
    page = browser.new_page()
    page.goto(live.url + "/ontology#JointExercise")
    assert page.locator("#JointExercise h3").inner_text().startswith("joint exercise")
    assert page.locator("#CooperationActivity").is_visible()
    shot(page, tmp_path, "ontology")


def test_query_ui_runs_an_example_query(browser, live, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(live.url + "/sparql")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=20_000)
    rows = page.locator(".yasr table tbody tr")
    assert rows.count() >= 6
    assert page.locator(".tabPanel, [role=tabpanel]").count() >= 1
    assert page.get_by_role("tab").count() >= 6  # every example query has its own tab
    assert "Regional Cooperation-2022" in page.locator(".yasr table").inner_text()
    shot(page, tmp_path, "query-ui")
