"""The web app through its HTTP interface: every endpoint, bad ids, bad filters, write conflicts, the token."""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings

import pytest
from typer.testing import CliRunner

from crosswire.cli import app as cli_app
from crosswire.model import CleanText, Document
from crosswire.store import Store
from crosswire.web import create_app
from test_reviews import fill_store, incident_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ERROR_KEYS = {"ok", "error", "status"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "web.db"
    with Store(path) as store:
        fill_store(store)
    return path


@pytest.fixture
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def _shooting(client) -> dict:
    rows = client.get("/api/incidents", params={"type": "Violence against civilians"}).json()["incidents"]
    return client.get(f"/api/incidents/{rows[0]['id']}").json()["incident"]


def _assert_error(response, status: int, words: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS and body["ok"] is False and body["status"] == status
    assert words in body["error"]


# -- reads ----------------------------------------------------------------------------------
def test_list_pages_and_json_agree(client):
    data = client.get("/api/incidents").json()
    assert data["ok"] and data["total"] == 2 and len(data["incidents"]) == 2
    page = client.get("/incidents")
    assert page.status_code == 200
    for row in data["incidents"]:
        assert f'data-id="{row["id"]}"' in page.text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "riots"}, {"doc-c"}),
        ({"type": "violent demonstration"}, {"doc-c"}),  # the sub-event type the list shows
        ({"country": "us"}, {"doc-a", "doc-c"}),
        ({"country": "USA"}, {"doc-a", "doc-c"}),
        ({"country": "united states"}, {"doc-a", "doc-c"}),
        ({"country": "America"}, {"doc-a", "doc-c"}),
        ({"country": "RU"}, set()),
        ({"place": "spring"}, {"doc-a"}),
        ({"since": "2025-06-01"}, {"doc-a"}),
        ({"until": "2025-06-01"}, {"doc-c"}),
        ({"q": "warehouse"}, {"doc-a"}),
        ({"conflict": "yes"}, {"doc-a"}),
        ({"conflict": "no"}, {"doc-c"}),
        ({"reviewed": "no"}, {"doc-a", "doc-c"}),
        ({"reviewed": "yes"}, set()),
    ],
)
def test_filters_narrow_the_list(client, db, params, expected):
    with Store(db) as store:
        wanted = {incident_of(store, d)["id"] for d in expected}
    rows = client.get("/api/incidents", params=params).json()["incidents"]
    assert {r["id"] for r in rows} == wanted


def test_the_filtered_list_downloads_whole_as_csv_geojson_or_jsonl(client, db):
    with Store(db) as store:
        riot = incident_of(store, "doc-c")["id"]
    params = {"type": "riots", "per_page": 1, "page": 1}
    table = client.get("/api/incidents.csv", params=params)
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    assert 'filename="incidents.csv"' in table.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [r["id"] for r in rows] == [riot]
    every = client.get("/api/incidents.jsonl", params={"per_page": 1}).text.splitlines()
    assert len(every) == 2  # all pages, not the one the list shows
    assert client.get("/api/incidents.geojson").json()["type"] == "FeatureCollection"
    _assert_error(client.get("/api/incidents.xlsx"), 404, "csv")
    assert 'href="/api/incidents.csv?' in client.get("/incidents", params={"type": "riots"}).text


def test_the_type_box_offers_the_kinds_the_database_holds(client):
    page = client.get("/incidents", params={"type": "riots"}).text
    offered = page[page.index('<datalist id="event-types">') : page.index("</datalist>")]
    assert '<option value="Riots">' in offered and '<option value="Violent demonstration">' in offered
    assert '<option value="Battles">' not in offered  # none of the stored incidents is one


def test_sort_and_paging(client):
    first = client.get("/api/incidents", params={"sort": "date", "order": "asc", "per_page": 1}).json()
    second = client.get("/api/incidents", params={"sort": "date", "order": "asc", "per_page": 1, "page": 2}).json()
    assert first["pages"] == 2 and first["total"] == 2
    assert first["incidents"][0]["date"] < second["incidents"][0]["date"]
    newest = client.get("/api/incidents", params={"sort": "date", "order": "desc", "per_page": 1}).json()
    assert newest["incidents"][0]["id"] == second["incidents"][0]["id"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"since": "yesterday"}, "since"),
        ({"country": "Narnia"}, "country"),
        ({"until": "2025-13-01"}, "until"),
        ({"sort": "mood"}, "sort"),
        ({"order": "up"}, "order"),
        ({"conflict": "maybe"}, "conflict"),
        ({"page": "0"}, "page"),
        ({"per_page": "5000"}, "per_page"),
        ({"page": "x"}, "page"),
        ({"q": '"unbalanced'}, "bad filter"),
        ({"since": "2025-06-02", "until": "2025-06-01"}, "swap"),
    ],
)
def test_bad_filters_are_400_with_the_parameter_named(client, params, words):
    _assert_error(client.get("/api/incidents", params=params), 400, words)
    assert client.get("/incidents", params=params).status_code == 400  # the page too, as HTML


def test_incident_shows_claims_side_by_side_with_sources(client):
    record = _shooting(client)
    detail = client.get(f"/api/incidents/{record['id']}").json()
    killed = [c for c in detail["claims"] if c["field"] == "killed"]
    assert sorted((c["value"], c["qualifier"], c["speaker"]) for c in killed) == [
        (3, None, "police"),
        (4, "at least", "officials"),
    ]
    assert {c["outlet"] for c in killed} == {"Daily Ledger", "Evening Post"}
    page = client.get(f"/incidents/{record['id']}").text
    assert "Three people were killed" in page and "At least four people died" in page
    # the chosen "at least four" is shown as open, in the card and in the list
    listing = client.get("/incidents").text
    assert '<td class="value">4+</td>' in page and '<td class="num">4+</td>' in listing
    # no report gives the wounded: the list shows the coded zero as such
    assert '<td class="num muted" title="no report gives it: read as 0">0?</td>' in listing
    assert (
        f"/articles/doc-a?start={killed[0]['start'] if killed[0]['doc_id'] == 'doc-a' else killed[1]['start']}" in page
    )


def test_article_escapes_scraped_markup_and_highlights_the_quote(client, db):
    page = client.get("/articles/doc-c", params={"start": 0, "end": 21})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert '<mark id="c-0" class="target"' in page.text and "Two men were arrested</mark>" in page.text
    assert "Subscribe to our &lt;b&gt;newsletter&lt;/b&gt;" in page.text  # the removed furniture, collapsed
    data = client.get("/api/articles/doc-c").json()
    assert data["document"]["removed"][0]["reason"] == "newsletter"
    assert data["ranges"] and data["incidents"][0]["event_type"] == "Riots"


def test_timeline_and_map(client):
    timeline = client.get("/api/timeline", params={"by": "week"}).json()
    assert sum(c["incidents"] for c in timeline["counts"]) == 2
    assert "<rect" in client.get("/timeline").text
    geo = client.get("/api/map").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert all(len(f["geometry"]["coordinates"]) == 2 for f in geo["features"])
    page = client.get("/map").text
    assert page.count('class="marker"') == 2 and 'class="land"' in page
    _assert_error(client.get("/api/timeline", params={"by": "hour"}), 400, "by=")


@pytest.mark.parametrize("path", ["/api/incidents/nope", "/api/incidents/nope/history", "/api/articles/nope"])
def test_unknown_ids_are_404(client, path):
    _assert_error(client.get(path), 404, "nope")
    assert client.get(path.removeprefix("/api").removesuffix("/history")).status_code == 404


def test_the_short_id_the_cli_prints_opens_the_incident(client):
    whole = _shooting(client)["id"]
    short = whole[:8]  # as `crosswire incidents` lists it
    for path in (f"/incidents/{short}", f"/api/incidents/{short}"):
        moved = client.get(path, follow_redirects=False)
        assert moved.status_code == 307 and moved.headers["location"] == path.replace(short, whole)
    assert client.get(f"/api/incidents/{short}").json()["incident"]["id"] == whole
    assert whole in client.get(f"/incidents/{short}").text
    # too short to name one incident, or not an id at all: no guessing
    _assert_error(client.get(f"/api/incidents/{whole[:3]}"), 404, whole[:3])
    _assert_error(client.get(f"/api/incidents/{short[:4]}%25"), 404, short[:4])


def test_an_article_whose_id_holds_slashes_and_marks_opens_from_its_incident(tmp_path):
    import json
    import re

    from crosswire.pipeline import ingest

    odd = "site/2024/story#1 ?x"
    corpus = tmp_path / "odd.jsonl"
    record = {
        "doc_id": odd,
        "published": "2025-05-02",
        "text": "Gunmen killed two people in Nairobi, Kenya, on Monday.",
    }
    corpus.write_text(json.dumps(record) + "\n")
    with Store(tmp_path / "odd.db") as store:
        ingest([corpus], store)
        (incident,) = store.incidents().rows
    with TestClient(create_app(tmp_path / "odd.db")) as odd_client:
        page = odd_client.get(f"/incidents/{incident['id']}").text
        links = set(re.findall(r'href="(/articles/[^"?]+)', page))
        assert links == {"/articles/site/2024/story%231%20%3Fx"}
        assert odd in odd_client.get(links.pop()).text
        assert odd_client.get("/api/articles/site/2024/story%231%20%3Fx").json()["document"]["doc_id"] == odd


def test_unknown_paths_have_the_same_error_shape(client):
    _assert_error(client.get("/api/nothing-here"), 404, "/api")
    assert "Not found" in client.get("/nothing-here").text


def test_openapi_documents_every_api_endpoint(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/incidents/{incident_id}/correct",
        "/api/incidents/{incident_id}/merge",
        "/api/incidents/{incident_id}/split",
        "/api/map",
        "/api/timeline",
        "/api/reviews/{review_id}/undo",
        "/api/articles/{doc_id}",
        "/api/reviews",
    } <= paths
    listing = client.get("/api").text
    assert all(p in listing for p in paths)


# -- writes ---------------------------------------------------------------------------------
def test_correct_then_a_stale_second_save_is_409(client):
    record = _shooting(client)
    url = f"/api/incidents/{record['id']}/correct"
    first = client.post(url, json={"version": record["version"], "field": "killed", "value": 5, "note": "list"})
    assert first.status_code == 200 and first.json()["incident"]["fields"]["killed"]["value"] == 5
    second = client.post(url, json={"version": record["version"], "field": "killed", "value": 6})
    _assert_error(second, 409, "changed by someone else")
    history = client.get(f"/api/incidents/{first.json()['incident_id']}/history").json()["history"]
    assert [(h["action"], h["value"], h["note"]) for h in history] == [("override", 5, "list")]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"field": "killed", "value": 5}, 400, "version"),
        ({"version": 1, "field": "killed", "value": "lots"}, 400, "whole number"),
        ({"version": 1, "field": "weather", "value": 1}, 400, "cannot be corrected"),
    ],
)
def test_bad_writes_are_refused(client, body, status, words):
    record = _shooting(client)
    body = {**body, **({"version": record["version"]} if "version" in body else {})}
    _assert_error(client.post(f"/api/incidents/{record['id']}/correct", json=body), status, words)
    _assert_error(client.post("/api/incidents/nope/confirm", json={"version": 1}), 400, "no incident")


def test_confirm_reject_and_undo(client):
    rows = client.get("/api/incidents", params={"type": "Riots"}).json()["incidents"]
    riot = rows[0]
    done = client.post(f"/api/incidents/{riot['id']}/reject", json={"version": riot["version"], "note": "dup"})
    assert done.status_code == 200 and done.json()["incident"]["hidden"] is True
    assert client.get("/api/incidents", params={"type": "Riots"}).json()["total"] == 0
    [review] = client.get("/api/reviews").json()["reviews"]
    assert client.post(f"/api/reviews/{review['review_id']}/undo").status_code == 200
    assert client.get("/api/incidents", params={"type": "Riots"}).json()["total"] == 1
    _assert_error(client.post(f"/api/reviews/{review['review_id']}/undo"), 400, "already undone")
    shooting = _shooting(client)
    confirmed = client.post(f"/api/incidents/{shooting['id']}/confirm", json={"version": shooting["version"]})
    assert confirmed.json()["incident"]["confirmed"] is True
    assert client.get("/api/incidents", params={"reviewed": "yes"}).json()["total"] == 1


def test_split_and_merge(client):
    shooting = _shooting(client)
    split = client.post(
        f"/api/incidents/{shooting['id']}/split", json={"version": shooting["version"], "doc_id": "doc-b"}
    )
    assert split.status_code == 200
    moved = split.json()["incident"]
    assert [s["doc_id"] for s in moved["sources"]] == ["doc-b"]
    assert client.get("/api/incidents").json()["total"] == 3
    stay = next(
        r
        for r in client.get("/api/incidents").json()["incidents"]
        if r["id"] != moved["id"] and r["event_type"] == moved["event_type"]
    )
    merged = client.post(
        f"/api/incidents/{stay['id']}/merge", json={"version": stay["version"], "other": moved["id"][:8]}
    )  # the short id the list shows
    assert merged.status_code == 200
    assert {s["doc_id"] for s in merged.json()["incident"]["sources"]} == {"doc-a", "doc-b"}
    _assert_error(client.post(f"/api/incidents/{stay['id']}/merge", json={"version": 1, "other": ""}), 400, "other")


def test_html_forms_redirect_to_the_incident_and_report_conflicts_as_a_page(client):
    record = _shooting(client)
    form = {"version": str(record["version"]), "field": "killed", "value": "7", "note": "checked"}
    done = client.post(f"/incidents/{record['id']}/correct", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/incidents/")
    page = client.get(done.headers["location"]).text
    assert 'data-field="killed"' in page and "checked" in page
    stale = client.post(f"/incidents/{record['id']}/correct", data=form)
    assert stale.status_code == 409 and "changed by someone else" in stale.text and "<html" in stale.text


def test_token_is_required_for_writes_when_set(db):
    with TestClient(create_app(db, token="s3cret")) as c:
        record = c.get("/api/incidents").json()["incidents"][0]
        url = f"/api/incidents/{record['id']}/confirm"
        _assert_error(c.post(url, json={"version": record["version"]}), 401, "token")
        _assert_error(
            c.post(url, json={"version": record["version"]}, headers={"Authorization": "Bearer no"}), 403, "wrong"
        )
        ok = c.post(url, json={"version": record["version"]}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/incidents").status_code == 200  # reads stay open


# -- the command ----------------------------------------------------------------------------
def test_serve_get_renders_in_process(db):
    runner = CliRunner()
    ok = runner.invoke(cli_app, ["serve", "--db", str(db), "--get", "/api/incidents"])
    assert ok.exit_code == 0 and '"total":2' in ok.stdout
    missing = runner.invoke(cli_app, ["serve", "--db", str(db), "--get", "/incidents/nope"])
    assert missing.exit_code == 1


def test_serve_refuses_a_public_address_without_a_token(db, monkeypatch):
    monkeypatch.delenv("CROSSWIRE_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "token" in result.output


def test_serve_on_a_taken_port_is_one_line_before_it_claims_to_serve(db):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 2
    assert f"127.0.0.1:{port} is in use" in result.output and "serving" not in result.output


def test_rejected_incidents_can_be_listed_to_undo_them(client):
    riot = client.get("/api/incidents", params={"type": "Riots"}).json()["incidents"][0]
    client.post(f"/api/incidents/{riot['id']}/reject", json={"version": riot["version"], "author": "bo"})
    listed = client.get("/api/incidents", params={"type": "Riots", "rejected": "yes"}).json()["incidents"]
    assert [r["id"] for r in listed] == [riot["id"]] and listed[0]["hidden"]
    history = client.get(f"/api/incidents/{riot['id']}/history").json()["history"]
    assert [(h["action"], h["author"]) for h in history] == [("reject", "bo")]
    assert "rejected" in client.get(f"/incidents/{riot['id']}").text


def test_timeline_bins_by_month(client):
    data = client.get("/api/timeline", params={"by": "month"}).json()
    assert data["by"] == "month" and sum(c["incidents"] for c in data["counts"]) == 2
    assert client.get("/timeline", params={"by": "month"}).text.count("<rect") >= 2


def test_pages_forbid_inline_scripts_and_foreign_links(client, db):
    page = client.get("/articles/doc-c")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    with Store(db) as store:
        text = "A fictional note with no incident in it."
        store.add_document(
            Document(doc_id="doc-x", content=text, url="javascript:alert(1)"),
            CleanText(doc_id="doc-x", text=text),
            [],
            {},
        )
    page = client.get("/articles/doc-x")
    assert page.status_code == 200 and "javascript:alert" not in page.text


def test_seed_crocus_correction_survives_reingest(tmp_path, shared_dir):
    """The browser test's path over HTTP alone, so it runs where no Chromium is installed."""
    from crosswire.pipeline import ingest, relink

    path = tmp_path / "seeds.db"
    with Store(path) as store:
        ingest([shared_dir / "seeds"], store)
    with TestClient(create_app(path)) as c:
        crocus = None
        for row in c.get("/api/incidents", params={"per_page": 200}).json()["incidents"]:
            record = c.get(f"/api/incidents/{row['id']}").json()["incident"]
            if {143, 139, 144} <= {cl["value"] for cl in record["fields"].get("killed", {}).get("claims", [])}:
                crocus = record
        assert crocus is not None, "no seed incident carries the three differing tolls"
        page = c.get(f"/incidents/{crocus['id']}").text
        for claim in crocus["fields"]["killed"]["claims"]:
            assert f"#c-{claim['start']}" in page
        done = c.post(
            f"/api/incidents/{crocus['id']}/correct",
            json={"version": crocus["version"], "field": "killed", "value": 145, "note": "check"},
        )
        assert done.status_code == 200
        with Store(path) as store:
            ingest([shared_dir / "seeds"], store)
            relink(store)
        after = c.get(f"/api/incidents/{done.json()['incident_id']}").json()["incident"]["fields"]["killed"]
        assert after["value"] == 145 and after["reviewed"]


def _ingested(tmp_path, story: str):
    """A database holding one article, ingested through the CLI as a user would."""
    (tmp_path / "story.txt").write_text(story)
    db = tmp_path / "story.db"
    ingest = CliRunner().invoke(cli_app, ["ingest", str(tmp_path / "story.txt"), "--db", str(db)])
    assert ingest.exit_code == 0, ingest.output
    return db


def test_a_year_and_an_open_count_are_shown_as_the_text_gives_them(tmp_path):
    # "in 2010" is no first of January, and "hundreds" is no 200
    story = "Clashes recalled\n\nHundreds were killed in ethnic clashes in Osh, Kyrgyzstan, in 2010, officials said.\n"
    with TestClient(create_app(_ingested(tmp_path, story))) as client:
        record = client.get("/api/incidents").json()["incidents"][0]
        page = client.get(f"/incidents/{record['id']}").text
        listing = client.get("/incidents").text
        map_page = client.get("/map").text
    assert (record["date"], record["date_text"], record["count_texts"]["killed"]) == ("2010-01-01", "2010", "200–999")
    assert "<title>2010 · Osh · " in map_page and " · killed 200–999</title>" in map_page
    assert "<strong>2010</strong>" in page and '<td class="value">2010</td>' in page
    assert f'<a href="/incidents/{record["id"]}">2010</a>' in listing


def test_a_sentence_the_article_prints_twice_is_one_row_that_says_so(tmp_path):
    # scraped galleries and live blogs print a sentence again word for word
    told = "A third man was wounded in the shooting, police said."
    story = (
        "Two men shot dead outside Dayton bar\n\nTwo men were shot and killed early Sunday outside a bar in"
        f" Dayton, Ohio, police said.\n\nNo arrests have been made. {told} {told}\n"
    )
    with TestClient(create_app(_ingested(tmp_path, story))) as client:
        record = client.get("/api/incidents").json()["incidents"][0]
        detail = client.get(f"/api/incidents/{record['id']}").json()
        page = client.get(f"/incidents/{record['id']}").text
        doc_id = detail["incident"]["sources"][0]["doc_id"]
        text = client.get(f"/api/articles/{doc_id}").json()["document"]["text"]
    repeated = [c for c in detail["claims"] if c["quote"] == told]
    twice = [c for c in repeated if c["repeats"] == 2]
    assert twice and all(c["repeats"] == 1 and not c["also_at"] for c in repeated if c not in twice)
    for row in twice:
        [(start, end)] = row["also_at"]
        assert text[start:end] == told and start > row["start"]
    # the record itself keeps every claim: the rows only fold them for the reader
    kept = sum(len(f.get("claims") or []) for f in detail["incident"]["fields"].values())
    assert sum(c["repeats"] for c in detail["claims"]) == kept > len(detail["claims"])
    assert "printed 2×" in page and page.count(f"“{told}”") == len(repeated)


# -- the article list -----------------------------------------------------------------------
def _add_unread_article(db) -> None:
    text = "Dos hombres fueron detenidos el domingo tras un tiroteo en Springfield, dijo la policía."
    doc = Document(doc_id="doc-es", content=text, outlet="Diario", published=dt.date(2025, 6, 16))
    with Store(db) as store:
        store.add_document(doc, CleanText(doc_id="doc-es", text=text, language="es"), [], {})


def test_the_article_list_counts_each_article_s_incidents_and_finds_those_that_gave_none(db, client):
    _add_unread_article(db)
    listed = client.get("/api/articles").json()
    assert listed["ok"] and listed["total"] == 4
    assert [(a["doc_id"], a["incidents"]) for a in listed["articles"]] == [
        ("doc-es", 0),  # latest first
        ("doc-b", 1),
        ("doc-a", 1),
        ("doc-c", 1),
    ]
    unread = client.get("/api/articles", params={"unread": "yes"}).json()["articles"]
    assert [a["doc_id"] for a in unread] == ["doc-es"]
    assert [a["doc_id"] for a in client.get("/api/articles?language=ES").json()["articles"]] == ["doc-es"]
    assert [a["doc_id"] for a in client.get("/api/articles?q=warehouse").json()["articles"]] == ["doc-b", "doc-a"]
    page = client.get("/articles", params={"unread": "yes"})
    assert page.status_code == 200 and 'data-id="doc-es"' in page.text and 'data-id="doc-a"' not in page.text
    assert "not read: crosswire reads en and ru" in page.text
    article = client.get("/articles/doc-es")
    assert "in a language crosswire does not read (es; it reads en and ru)" in article.text


def test_an_article_whose_incident_is_rejected_counts_as_giving_none(client):
    riot = client.get("/api/incidents", params={"type": "Riots"}).json()["incidents"][0]
    version = client.get(f"/api/incidents/{riot['id']}").json()["incident"]["version"]
    client.post(f"/api/incidents/{riot['id']}/reject", json={"version": version, "author": "bo"})
    unread = client.get("/api/articles", params={"unread": "yes"}).json()["articles"]
    assert [a["doc_id"] for a in unread] == ["doc-c"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"language": "spanish"}, "give a two-letter code"),
        ({"unread": "maybe"}, "unread='maybe': use yes, no or any"),
        ({"page": "0"}, "page=0: choose between"),
        ({"q": "AND"}, "put a phrase in double quotes"),
    ],
)
def test_bad_article_filters_are_a_400_naming_the_fix(client, params, words):
    _assert_error(client.get("/api/articles", params=params), 400, words)
