"""A town a local story places in no state is read as the site's other stories place theirs."""

from __future__ import annotations

import json
import warnings
from collections import Counter
from pathlib import Path

import pytest

from crosswire.link.outlets import read_as_outlets_cover
from crosswire.model import Claim, Location, Mention, site_of
from crosswire.pipeline import ingest
from crosswire.store import Store
from crosswire.web import create_app

COURIER = "https://www.lakeshorecourier.com/news/2024/03/{}"
# Two stories the site places by their own words (towns only Indiana has), then one with a bare town.
PLACED = [
    ("courier-1", "Indianapolis police said a man was shot and wounded Friday on Larch Street."),
    ("courier-2", "Two people were shot and wounded Saturday night outside a bar in Fort Wayne, police said."),
]
BARE_TOWN = "FRANKLIN — A woman was shot and killed Sunday at a home on Oak Street, police said."


def _write(path: Path, stories: list[tuple[str, str, str]]) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, url, text in stories:
            f.write(json.dumps({"doc_id": doc_id, "published": "2024-03-25", "url": url, "text": text}) + "\n")
    return path


def _record_of(store: Store, doc_id: str) -> dict:
    return next(r for r in store.incidents(include_hidden=True).rows if doc_id in {s["doc_id"] for s in r["sources"]})


def _place_of(store: Store, doc_id: str) -> dict:
    return _record_of(store, doc_id)["location"]


@pytest.mark.parametrize("placed", [PLACED, PLACED[:1]])
def test_a_bare_town_is_the_namesake_in_the_state_its_site_covers(tmp_path, placed):
    # one story the site placed by its own words already says more than the towns' sizes
    stories = [(doc_id, COURIER.format(doc_id), text) for doc_id, text in placed]
    stories.append(("courier-3", COURIER.format("courier-3"), BARE_TOWN))
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "courier.jsonl", stories)], store)
        place = _place_of(store, "courier-3")
    assert (place["name"], place["admin1"]) == ("Franklin", "Indiana")
    assert place["state_guessed"] is True  # still not read in the story itself


def test_a_site_whose_stories_straddle_a_state_line_decides_no_bare_town(tmp_path):
    # two of three placed stories in one state: a metro site across a state line, whose stories
    # name the other state only when they leave its big city, says no more than the gazetteer
    placed = [*PLACED, ("courier-4", "Cincinnati police said a teen was shot Monday near a school.")]
    stories = [(doc_id, COURIER.format(doc_id), text) for doc_id, text in placed]
    stories.append(("courier-3", COURIER.format("courier-3"), BARE_TOWN))
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "courier.jsonl", stories)], store)
        place = _place_of(store, "courier-3")
    assert place["name"] == "Franklin" and place["admin1"] != "Indiana"
    assert place["state_guessed"] is True


def test_a_bare_town_on_a_site_of_unknown_coverage_stays_a_flagged_guess(tmp_path):
    stories = [("tribune-1", "https://www.example-tribune.com/2024/03/franklin", BARE_TOWN)]
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "tribune.jsonl", stories)], store)
        record = _record_of(store, "tribune-1")
    place = record["location"]
    assert place["name"] == "Franklin" and place["admin1"] != "Indiana"
    assert place["state_guessed"] is True
    assert "Indiana" in {n["admin1"] for n in place["namesakes"]}
    # the analyst sees that the state is a guess, and which states hold namesakes
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(tmp_path / "ledger.db")) as client:
        page = client.get(f"/incidents/{record['id']}").text
    assert "state not stated: a guess" in page and "Indiana" in page


def test_a_town_with_its_state_is_no_guess(tmp_path):
    text = BARE_TOWN.replace("FRANKLIN —", "FRANKLIN, Tenn. —")
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "one.jsonl", [("told-1", COURIER.format("told-1"), text)])], store)
        place = _place_of(store, "told-1")
        assert store.outlet_states(["lakeshorecourier.com"]) == {"lakeshorecourier.com": {"Tennessee": 1}}
    assert (place["admin1"], place["state_guessed"]) == ("Tennessee", False)


@pytest.mark.parametrize(
    ("address", "site"),
    [
        ("https://www.wxyz.com/news/story", "wxyz.com"),
        ("http://web.archive.org/web/20160101000000/http://m.wxyz.com/news/story", "wxyz.com"),
        ("wxyz.com", "wxyz.com"),
        (None, None),
    ],
)
def test_site_of(address, site):
    assert site_of(address) == site


BARE_COUNTY = "A man was shot and killed Sunday at a home in DeKalb County, the sheriff's office said."


def test_a_county_several_states_have_is_the_one_its_site_covers_else_the_biggest(tmp_path):
    placed = [
        ("herald-1", "Champaign police said a man was shot and wounded Friday on Larch Street."),
        ("herald-2", "Two people were shot and wounded Saturday night outside a bar in Schaumburg, police said."),
        ("herald-3", BARE_COUNTY),
    ]
    stories = [(doc_id, f"https://www.prairieherald.com/news/{doc_id}", text) for doc_id, text in placed]
    elsewhere = BARE_COUNTY.replace("Sunday", "Monday")
    stories.append(("gazette-1", "https://www.example-gazette.com/news/county-story", elsewhere))
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "stories.jsonl", stories)], store)
        covered, unknown = _place_of(store, "herald-3"), _place_of(store, "gazette-1")
    assert (covered["name"], covered["admin1"], covered["state_guessed"]) == ("DeKalb County", "Illinois", True)
    # no coverage to read it by: the county with the biggest town, flagged, its rivals listed
    assert (unknown["admin1"], unknown["state_guessed"]) == ("Georgia", True)
    assert unknown["lat"] is not None and "Illinois" in {n["admin1"] for n in unknown["namesakes"]}


CHRONICLE = "https://www.lakechronicle.com/news/2024/03/{}"
GEORGIA_PLACED = [
    ("chronicle-1", "Atlanta police said a man was shot and wounded Friday on Larch Street."),
    ("chronicle-2", "Two people were shot and wounded Saturday night outside a bar in Savannah, police said."),
]
NEW_YORK_PLACED = [("chronicle-1", "ROCHESTER, N.Y. — A man was shot and wounded Friday on Larch Street, police said.")]
IDAHO_PLACED = [("chronicle-1", "BOISE, Idaho — A man was shot and wounded Friday on Larch Street, police said.")]
CAROLINA_PLACED = [
    ("chronicle-1", "GREENVILLE, S.C. — A man was shot and wounded Friday on Larch Street, police said.")
]
GEORGIA_BAR = "Ten people shot at Georgia bar after dispute"
SMALL_TOWN = "CALEDONIA — A hunter was shot and killed Saturday in a field off Sumac Road, deputies said."
WASHINGTON_COUNTY_STORY = "WASHINGTON COUNTY — A boy was shot and wounded Saturday at a home on Sumac Road."
COUNTY_DEPUTIES = "Cherokee County deputies say a man died Sunday in what looks like an accidental shooting."
STREET_ONLY = "A man was shot and killed Sunday in the 400 block of Birch Lane, police said."
NO_PLACE = "Teen accidentally shoots boy, 5, in leg"
ABROAD = (
    "A gunman killed two people at a concert on Friday, officials said. The shooting happened in France, police said."
)


@pytest.mark.parametrize(
    "placed, story, expected",
    [
        # "Georgia" alone names a country too; a reader of a Georgia site takes it for the state
        (GEORGIA_PLACED, GEORGIA_BAR, {"country": "US", "admin1": "Georgia", "precision": "admin1"}),
        # on a site that covers another state it stays the country
        (PLACED, GEORGIA_BAR, {"country": "GE", "precision": "country"}),
        # the New York Caledonia is a tenth the size of the Wisconsin one: a New York site's all the same
        (NEW_YORK_PLACED, SMALL_TOWN, {"name": "Caledonia", "admin1": "New York"}),
        # Oregon's Washington County is many times Idaho's: an Idaho site's county is Idaho's
        (IDAHO_PLACED, WASHINGTON_COUNTY_STORY, {"name": "Washington County", "admin1": "Idaho"}),
        # no town, no state: the county of the deputies, its state a guess unless the site covers one
        (CAROLINA_PLACED, COUNTY_DEPUTIES, {"name": "Cherokee County", "admin1": "South Carolina"}),
        ([], COUNTY_DEPUTIES, {"name": "Cherokee County", "precision": "county", "state_guessed": True}),
        # "Bartow" is a Florida town and a Georgia county, "DeKalb" an Illinois town and a Georgia
        # county: a Georgia site's reader takes them for the counties
        (GEORGIA_PLACED, "BARTOW — A teen died of a gunshot wound Sunday, deputies said.", {"name": "Bartow County"}),
        (GEORGIA_PLACED, "Stray bullet strikes girl near DeKalb apartment complex", {"admin1": "Georgia"}),
        # "Gwinnett shooting": no town bears the name, and one state has a county of it
        ([], "Arrest made in Gwinnett shooting at a party", {"name": "Gwinnett County", "state_guessed": False}),
        # a street the story places in no town lies in the state the site covers; no town is made up
        (PLACED, STREET_ONLY, {"admin1": "Indiana", "country": "US", "state_guessed": True, "lat": None}),
        # a story that places its incident nowhere: the state alone, flagged as the site's
        (PLACED, NO_PLACE, {"name": "Indiana", "precision": "admin1", "state_guessed": True}),
        # a story placed abroad is not in its site's state
        (PLACED, ABROAD, {"country": "FR", "precision": "country"}),
    ],
)
def test_a_place_a_story_leaves_open_is_read_as_its_site_covers(tmp_path, placed, story, expected):
    stories = [(doc_id, CHRONICLE.format(doc_id), text) for doc_id, text in [*placed, ("story", story)]]
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "stories.jsonl", stories)], store)
        place = _place_of(store, "story")
    assert {key: place[key] for key in expected} == expected


def test_a_story_that_names_no_place_shows_its_site_s_state_as_the_site_s(tmp_path):
    stories = [
        ("nbc-1", "https://www.nbclosangeles.com/news/local/teen-shoots-boy", "Teen accidentally shoots boy, 5, in leg")
    ]
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "site.jsonl", stories)], store)
        record = _record_of(store, "nbc-1")
    place = record["location"]
    assert (place["name"], place["precision"], place["state_guessed"]) == ("California", "admin1", True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(tmp_path / "ledger.db")) as client:
        page = client.get(f"/incidents/{record['id']}").text
    assert "no place told: the site&#39;s state" in page or "no place told: the site's state" in page
    assert "California, California" not in page  # the state named once
    assert "state not stated" not in page


def test_a_story_that_names_no_town_on_a_site_of_unknown_coverage_has_no_state(tmp_path):
    stories = [("tribune-1", "https://www.example-tribune.com/2024/03/street", STREET_ONLY)]
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "tribune.jsonl", stories)], store)
        place = _place_of(store, "tribune-1")
    assert place["admin1"] is None


def test_a_town_the_gazetteer_lacks_placed_in_no_state_is_in_the_state_its_site_covers():
    # "in Pine Hollow, a small town in Elm County": a county of no known state gives the town none
    town = Location(name="Pine Hollow", country="US", admin2="Elm County", precision="city", text="in Pine Hollow")
    trigger = "A man was shot and killed Sunday in Pine Hollow, a small town in Elm County."
    main = Mention("m1", "story", "Violence against civilians", "Attack", "main", 0, trigger)
    main.claims.append(Claim("place", town, trigger, 0, len(trigger), "story"))
    read_as_outlets_cover([main], {"story": Counter({"Indiana": 2})})
    [place] = [c.value for c in main.claims_for("place")]
    assert (place.name, place.admin2) == ("Pine Hollow", "Elm County")
    assert (place.admin1, place.state_guessed) == ("Indiana", True)
