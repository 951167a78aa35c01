"""The workbench in headless Chromium on the seed database: the analyst's path from list to correction.

Screenshots of the incident page, the map and the timeline land in test-output/ for a reviewer.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
OUTPUT = Path(__file__).resolve().parent.parent / "test-output"
# The seeds' big attack: the incident whose killed claims include these three differing tolls.
CROCUS_TOLLS = {143, 139, 144}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, shared_dir):
    from crosswire.pipeline import ingest
    from crosswire.store import Store

    path = tmp_path_factory.mktemp("browser") / "seeds.db"
    with Store(path) as store:
        report = ingest([shared_dir / "seeds"], store)
    assert report.added == 5, report.errors
    return path


@pytest.fixture(scope="module")
def server(seed_db):
    import uvicorn

    from crosswire.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(seed_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the web server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    OUTPUT.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        # Tests run without internet: tile requests fail at once, as they do for an offline analyst.
        context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
        yield context.new_page()
        context.close()
        browser.close()


def _api(server: str, path: str) -> dict:
    with urllib.request.urlopen(server + path) as response:
        return json.load(response)


def _crocus_id(server: str) -> str:
    for row in _api(server, "/api/incidents?per_page=200")["incidents"]:
        record = _api(server, f"/api/incidents/{row['id']}")["incident"]
        killed = (record["fields"].get("killed") or {}).get("claims") or []
        if CROCUS_TOLLS <= {c["value"] for c in killed}:
            return record["id"]
    raise AssertionError("no incident carries the three differing tolls")


def test_list_and_filter(page, server):
    page.goto(server + "/incidents")
    assert page.locator("table.incidents tbody tr[data-id]").count() >= 3
    page.fill("input[name=type]", "Violence against civilians")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=Violence"))
    types = page.locator("table.incidents tbody tr[data-id] td:nth-child(2)").all_inner_texts()
    assert types and all(t.startswith("Violence against civilians") for t in types)


def test_crocus_shows_the_differing_tolls_with_their_quotes(page, server):
    crocus = _crocus_id(server)
    page.goto(server + "/incidents?type=Violence+against+civilians")
    page.click(f"tr[data-id='{crocus}'] a")
    page.wait_for_url(f"**/incidents/{crocus}")
    killed = page.locator("table.claims tr[data-field=killed]")
    figures = {int(t) for t in killed.locator("td.figure").all_inner_texts()}
    assert CROCUS_TOLLS <= figures
    quotes = killed.locator("td.quote").all_inner_texts()
    assert all(len(q) > 20 for q in quotes)
    page.screenshot(path=str(OUTPUT / "incident.png"), full_page=True)
    # A quote opens its article with the sentence highlighted.
    first_quote = killed.locator("td.quote a").first
    quote_text = first_quote.inner_text().strip("“”")
    first_quote.click()
    page.wait_for_url("**/articles/**")
    target = page.locator("mark.target")
    assert target.count() >= 1 and quote_text[:30] in " ".join(target.all_inner_texts())
    assert target.first.is_visible()


def test_correction_is_kept_after_reingest(page, server, seed_db, shared_dir):
    from crosswire.pipeline import ingest, relink
    from crosswire.store import Store

    crocus = _crocus_id(server)
    page.goto(f"{server}/incidents/{crocus}")
    row = page.locator("tr#field-killed")
    row.locator("input[name=value]").fill("145")
    row.locator("input[name=note]").fill("later official count")
    row.locator("button").click()
    page.wait_for_load_state()
    assert page.locator("tr#field-killed td.value").inner_text().strip() == "145"
    assert "reviewed" in page.locator("tr#field-killed").inner_text()
    with Store(seed_db) as store:
        ingest([shared_dir / "seeds"], store)  # same articles: stored already
        relink(store)  # and a full re-link, as a run with new articles in these blocks does
    crocus = _crocus_id(server)
    page.goto(f"{server}/incidents/{crocus}")
    assert page.locator("tr#field-killed td.value").inner_text().strip() == "145"
    assert "reviewed" in page.locator("tr#field-killed").inner_text()
    assert "later official count" in page.locator("table.history").inner_text()


def test_map_and_timeline_render_offline(page, server):
    page.goto(server + "/map")
    assert page.locator("svg#map circle.marker").count() >= 1
    assert page.locator("svg#map path.land").count() > 5  # the outline, since no tile can load offline
    page.screenshot(path=str(OUTPUT / "map.png"), full_page=True)
    page.goto(server + "/timeline")
    assert page.locator("svg.timeline rect").count() >= 1
    page.screenshot(path=str(OUTPUT / "timeline.png"), full_page=True)


def test_the_articles_page_lists_the_seeds_and_opens_one_from_its_incident_count(page, server):
    page.goto(server + "/incidents")
    page.click("nav a[href='/articles']")
    page.wait_for_url("**/articles")
    rows = page.locator("table.articles tbody tr[data-id]")
    assert rows.count() == 5
    counts = [int(t) for t in page.locator("table.articles tbody td.num").all_inner_texts() if t.strip().isdigit()]
    assert len(counts) == 5 and all(n >= 1 for n in counts)  # every seed tells of an incident
    page.check("input[name=unread]")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"unread=yes"))
    assert page.locator("table.articles tbody td.empty").inner_text() == "No articles match these filters."
    page.goto(server + "/articles?q=Bishkek")
    page.locator("table.articles tbody tr[data-id] a").first.click()
    page.wait_for_url("**/articles/**")
    assert "Bishkek" in page.locator("article.text").inner_text()
