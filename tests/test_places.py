"""Places: gazetteer lookups, place hits in sentences, datelines, and the seeds' places."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.extract.article_places import article_city, article_city_hit, article_county_hit, county_force_hit
from crosswire.extract.article_states import article_admin1, article_countries, article_state, with_guessed_state
from crosswire.extract.datelines import dateline_place
from crosswire.extract.gazetteer import with_post_office_point
from crosswire.extract.outlet_places import broadcast_states, outlet_home
from crosswire.extract.place_cues import police_towns
from crosswire.extract.place_names import resolve_place_name
from crosswire.extract.places import find_places, get_gazetteer, same_place_km
from crosswire.model import CleanText, Document, Location, haversine_km


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.fixture(scope="module")
def places(nlp):
    """Place hits of the first sentence of a text."""

    def run(text: str, countries: set[str] = frozenset(), **kw):
        doc = nlp(text)
        return find_places(next(iter(doc.sents)), context_countries=countries, **kw)

    return run


def seed_text(shared_dir, prefix: str) -> str:
    path = next((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def seed_hits(nlp, shared_dir, prefix: str, phrase: str):
    """Place hits of the seed sentence holding ``phrase`` (read at run time, never copied)."""
    doc = nlp(seed_text(shared_dir, prefix))
    countries = article_countries(doc)
    for sent in doc.sents:
        if phrase in sent.text:
            return find_places(sent, context_countries=countries)
    pytest.skip(f"seed {prefix} has no sentence with {phrase!r}")


# -- gazetteer ----------------------------------------------------------------------------------
def test_region_picks_the_right_namesake(gaz):
    amur = gaz.lookup("Blagoveshchensk", admin1="Amur Region")
    assert amur.country == "RU" and amur.lat == pytest.approx(50.3, abs=0.2)
    assert amur.lon == pytest.approx(127.5, abs=0.3)


def test_a_us_district_is_no_region(gaz):
    # "Osh Oblast" is a Kyrgyz region; a US "Mission District" is a neighbourhood, never a state
    assert gaz.lookup("Mission District", countries={"US"}) is None
    assert gaz.lookup("Osh Oblast").country == "KG"
    # a district of no known country is no region either
    assert gaz.lookup("Central Business District") is None


def test_us_state_abbreviation_settles_city(gaz):
    gary = gaz.lookup("Franklin", admin1="Ind.")
    assert (gary.country, gary.admin1, gary.precision) == ("US", "Indiana", "city")
    assert gaz.lookup("Franklin", admin1="Tenn.").admin1 == "Tennessee"


def test_context_country_settles_ambiguity(gaz):
    assert gaz.lookup("Kant", countries={"KG"}).country == "KG"


def test_countries_and_states_get_no_coordinates(gaz):
    russia = gaz.lookup("Russia")
    assert (russia.country, russia.precision, russia.lat, russia.lon) == ("RU", "country", None, None)
    ohio = gaz.lookup("Ohio")
    assert (ohio.precision, ohio.admin1, ohio.lat) == ("admin1", "Ohio", None)
    assert gaz.lookup("U.S.").country == "US"


def test_county_resolves_with_state(gaz):
    county = gaz.lookup("Marion County", admin1="Indiana")
    assert (county.precision, county.admin2, county.admin1) == ("county", "Marion County", "Indiana")


def test_a_county_shortened_to_co_is_the_county_and_a_company_is_no_place(gaz):
    county = gaz.lookup("Marion Co.", admin1="Indiana")
    assert (county.name, county.precision, county.admin1, county.text) == (
        "Marion County",
        "county",
        "Indiana",
        "Marion Co.",
    )
    assert gaz.lookup("Elmvale Trading Co.", countries={"US"}) is None


def test_a_headline_s_county_shortened_to_co_places_the_story(places):
    (hit,) = places("Boy, 11, hurt in accidental shooting in Tulare Co.", {"US"})
    assert (hit.location.name, hit.location.admin1, hit.location.precision) == ("Tulare County", "California", "county")


def test_a_county_s_sheriff_shortened_to_co_tells_the_state(nlp):
    doc = nlp("Tulare Co. deputies arrested a man after a shooting on Sunday.")
    assert article_admin1(doc) == "California"


def test_a_county_the_story_s_state_lacks_is_the_one_across_its_line():
    # a Washington station's story of "Prince George's County" is Maryland's county, next door
    county = resolve_place_name("Prince George's County", None, {"US"}, "District of Columbia")
    assert (county.admin1, county.lat is not None) == ("Maryland", True)
    # a county no state near the story has keeps the story's state, unlocated
    unknown = resolve_place_name("Elm County", None, {"US"}, "Ohio")
    assert (unknown.admin1, unknown.lat) == ("Ohio", None)


@pytest.mark.parametrize(
    ("name", "story_state", "expected"),
    [
        # a city of 110,000 two thousand miles away: a place of the story's state the gazetteer lacks
        ("Antioch", "Tennessee", ("Antioch", "Tennessee", False)),
        ("Lowell", "Ohio", ("Lowell", "Ohio", False)),
        # a city of the region next door, or one known across the country, keeps its name
        ("Mobile", "Georgia", ("Mobile", "Alabama", True)),
        ("Tampa", "Ohio", ("Tampa", "Florida", True)),
        ("Antioch", None, ("Antioch", "California", True)),
    ],
)
def test_a_bare_town_of_a_far_state_is_one_of_the_story_s_own(name, story_state, expected):
    place = resolve_place_name(name, None, {"US"}, story_state)
    assert (place.name, place.admin1, place.lat is not None) == expected


def test_a_us_town_carries_the_county_it_lies_in(gaz):
    # Marana lies in Pima County, though far from Tucson, the county's chief town
    town = gaz.lookup("Marana", admin1="Arizona")
    assert (town.precision, town.admin2, town.admin1) == ("city", "Pima County", "Arizona")
    assert gaz.lookup("Hamburg", countries={"DE"}).admin2 is None  # counties are a US table


def test_unknown_place_keeps_text_and_state_without_coordinates(gaz):
    loc = gaz.lookup("Quxbrook Hollow", admin1="Texas")
    assert (loc.name, loc.country, loc.admin1, loc.lat, loc.precision) == ("Quxbrook Hollow", "US", "Texas", None, None)
    assert gaz.lookup("Quxbrook Hollow") is None


def test_a_town_too_small_for_the_city_tables_is_located_by_its_post_office(extractor):
    # Belfry, Montana (a few hundred people) is in no GeoNames city table; its ZIP code places it
    text = "Man Shot Near Belfry\n\nA man was shot on Friday in Belfry, a small town in Carbon County, Montana."
    doc = Document(doc_id="d1", content=text, published=dt.date(2025, 6, 14))
    (main,) = [m for m in extractor.extract(doc, CleanText(doc_id="d1", text=text)) if m.role == "main"]
    town = main.claims_for("place")[-1].value
    assert (town.name, town.admin1, town.admin2, town.precision) == ("Belfry", "Montana", "Carbon County", "city")
    assert haversine_km((town.lat, town.lon), (45.05, -109.08)) < 5
    # with no state told, the county the story names settles which state's Belfry it is
    told = with_post_office_point(Location(name="Belfry", country="US", admin2="Carbon County", precision="city"))
    assert (told.admin1, told.state_guessed, round(told.lat)) == ("Montana", False, 45)
    assert with_post_office_point(Location(name="Belfry", country="US")).lat is None  # Kentucky has one too
    # ... and so does a place the story locates: Billings lies near Montana's Belfry, far from Kentucky's
    near_billings = with_post_office_point(Location(name="Belfry", country="US"), near=(45.78, -108.50))
    assert near_billings.admin1 == "Montana"
    # ... and a name only one state has a town of is that town ("Bearcreek" is Montana's alone)
    assert with_post_office_point(Location(name="Bearcreek", country="US")).admin1 == "Montana"
    # a place abroad, or of no known country, is never taken for an American town
    assert with_post_office_point(Location(name="Bearcreek")).lat is None
    # a name the Postal Service has no town of stays unlocated
    unknown = Location(name="Quxbrook Hollow", country="US", admin1="Texas", precision="city")
    assert with_post_office_point(unknown) == unknown


def test_a_part_of_a_state_places_the_story_in_the_state_only(gaz):
    west = gaz.lookup("West Texas", countries={"US"})
    assert (west.name, west.admin1, west.precision, west.lat) == ("Texas", "Texas", "admin1", None)
    assert gaz.lookup("West Virginia").admin1 == "West Virginia"
    assert gaz.lookup("West Palm Beach", countries={"US"}).precision == "city"
    # a quarter of the capital, not a part of the state
    assert (gaz.lookup("Southeast Washington", countries={"US"}) or Location("")).admin1 != "Washington"


def test_same_place_km():
    a = Location("A", lat=55.75, lon=37.62)
    b = Location("B", lat=55.82, lon=37.33)
    assert 15 < same_place_km(a, b) < 25
    assert same_place_km(a, Location("Russia", country="RU")) is None


# -- sentences ----------------------------------------------------------------------------------
def test_a_street_along_which_it_happened_is_the_street(places):
    # "along", and a day the tagger runs into the street's name
    hits = places("The victims were standing along the 5600 block of Larkmoor Street Sunday night when a gunman fired.")
    assert [(h.location.name, h.location.precision) for h in hits] == [("Larkmoor Street", "venue")]


@pytest.mark.parametrize(
    "text",
    ["Boy, 3, hurt by stray bullet in Clinton Twp park", "A man was shot Monday in Clinton Twp., police said."],
)
def test_a_township_abbreviated_is_the_township(places, text):
    (hit,) = places(text, {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Clinton Township", "Michigan")


def test_city_region_chain(places):
    (hit,) = places("A gunman opened fire at a bar in Gary, Indiana, on Monday night.")
    assert (hit.location.name, hit.location.admin1) == ("Gary", "Indiana")
    assert "Gary, Indiana" in hit.location.text


def test_a_city_whose_police_speak_is_no_region_of_the_place_before_the_comma(places):
    # "in Hyde Park, Cincinnati police said": Hyde Park is not looked up in a region "Cincinnati"
    hits = places("A teen was wounded Friday in Hyde Park, Cincinnati police said.", {"US"}, admin1="Ohio")
    assert all(h.location.admin1 in (None, "Ohio") for h in hits)
    # a state after the comma is still the town's region
    (hit,) = places("A man was shot in Gary, Ind., police said.", {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Gary", "Indiana")


def test_a_region_of_a_state_whose_name_a_city_shares_is_the_state(places):
    # "western New York" is a part of the state, not New York City; "Southeast Washington" a quarter of the capital
    for text in ("Three men were shot outside a club in western New York.", "A man was shot in Upstate New York."):
        (hit,) = places(text, {"US"})
        assert (hit.location.name, hit.location.precision) == ("New York", "admin1")
    (hit,) = places("A man was shot in Southeast Washington on Sunday.", {"US"})
    assert hit.location.admin1 == "District of Columbia"


def test_a_name_after_a_house_number_is_a_street(places):
    text = "Two brothers were sitting outside the house at 102 Karori when someone opened fire just before midnight."
    hits = places(text, {"US"}, admin1="New York")
    assert [(h.location.name, h.location.precision) for h in hits] == [("Karori", "venue")]


def test_a_town_the_gazetteer_lacks_is_a_town_of_the_state_or_county_the_text_gives(places):
    (hit,) = places("Two men were shot at a farm in Quillby, Tennessee, on Sunday.", {"US"})
    loc = hit.location
    assert (loc.name, loc.admin1, loc.precision, loc.lat) == ("Quillby", "Tennessee", "city", None)
    # the article's city (a Fort Worth station's) is not where the text sets the town
    text = "A boy was shot at a home in Quillby, Navarro County, on Monday. Fort Worth police are helping."
    (hit,) = places(text, {"US"}, admin1="Texas")
    loc = hit.location
    assert (loc.name, loc.admin1, loc.admin2, loc.precision) == ("Quillby", "Texas", "Navarro County", "city")


def test_a_two_word_name_near_which_a_county_story_happened_is_a_town_of_the_county(nlp):
    # the model may take "Cedar Hollow" for a facility; the county of the dateline holds it
    doc = nlp("Marion County, Fla. --\n\nA hunter was shot and killed near Cedar Hollow on Saturday morning.")
    (hit,) = [h for s in doc.sents for h in find_places(s, context_countries={"US"}, admin1="Florida")]
    loc = hit.location
    assert (loc.name, loc.admin1, loc.admin2, loc.precision) == ("Cedar Hollow", "Florida", "Marion County", "city")


def test_where_the_wounded_were_treated_is_not_a_place_of_the_incident(places):
    assert places("The two wounded children are hospitalized in Jackson, police said.", {"US"}) == []
    assert places("The boy was flown to Memphis for surgery.", {"US"}) == []


def test_a_title_case_headline_place_ends_before_the_incident_noun(places):
    (hit,) = places("Player Injured In South Philly Shooting Following Football Game", {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Philadelphia", "Pennsylvania")
    assert places("Uncle Charged In Accidental Shooting Of Nephew", {"US"}) == []


def test_venue_attaches_to_city(places):
    hits = places("Police said a man was shot on Maple Street in Gainesville, Fla., late Friday.")
    assert [(h.location.name, h.location.admin1) for h in hits] == [("Gainesville", "Florida")]
    assert "Maple Street" in hits[0].location.text


def test_a_big_city_s_own_part_is_in_the_city(places):
    (hit,) = places("A man was shot in San Francisco's Mission District early Friday.", {"US"})
    assert (hit.location.name, hit.location.admin1, hit.location.precision) == ("San Francisco", "California", "city")


def test_a_county_dateline_takes_the_article_state():
    loc = dateline_place("FAYETTE COUNTY (KDKA) - A man was shot.", admin1="Pennsylvania")
    assert (loc.name, loc.admin1, loc.precision) == ("Fayette County", "Pennsylvania", "county")


def test_actor_country_is_not_a_place(places):
    assert places("Russia has said it will punish attacks against U.S. and allied forces.") == []


def test_nationality_is_not_a_place(places):
    assert places("Russian officials said the suspects were Tajik citizens.") == []


def test_capital_and_near(places):
    hits = places("Troops raided a house in the capital Bishkek and a base near Moscow.", {"KG", "RU"})
    assert [(h.location.name, h.location.country) for h in hits] == [("Bishkek", "KG"), ("Moscow", "RU")]


def test_offsets_point_at_the_words(nlp):
    doc = nlp("Two people were wounded in unincorporated Cobb County on Sunday.")
    (hit,) = find_places(next(iter(doc.sents)), context_countries={"US"})
    assert doc.text[hit.start : hit.end] == hit.location.text
    assert (hit.location.precision, hit.location.admin1) == ("county", "Georgia")


# -- datelines ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("SPRINGFIELD, Ill. - A man was arrested.", "Springfield", "US", "Illinois"),
        ("Headline\n\nMOSCOW (Reuters) - Police said.", "Moscow", "RU", None),
        ("Washington \u2014 Officials said on Monday.", "Washington", "US", "District of Columbia"),
        # a title-case county with its state is a dateline, however small the county
        ("Teen hurt in hunting accident\n\nLevy County, Fla.--\n\nA teen was hurt.", "Levy County", "US", "Florida"),
        # a line of its own in capitals
        ("Woman shot on Elm Street\n\nDAYTON, Ohio\n\nA woman was shot.", "Dayton", "US", "Ohio"),
        # a scrape that lost the space after the dash
        ("Woman shot on Elm Street\n\nDAYTON (WDTN)\u2013Police say a woman was shot.", "Dayton", "US", "Ohio"),
        # a page's label before it
        ("Teen killed on Elm Street\n\nUPDATE: DAYTON, Ohio (WDTN) -- A teen was shot.", "Dayton", "US", "Ohio"),
        # a town too small for the city tables, with its state: the Postal Service's town
        ("Boy hurt while hunting\n\nBELFRY, Mont. \u2014 A boy was hurt.", "Belfry", "US", "Montana"),
    ],
)
def test_dateline(text, name, country, admin1):
    loc = dateline_place(text)
    assert (loc.name, loc.country, loc.admin1) == (name, country, admin1)


def test_a_big_city_dateline_outranks_the_state_of_a_town_named_in_passing(nlp):
    # "Linden" alone would be read in New Jersey, the one sizeable town of the name
    text = "Teens shot in South Linden\n\nDAYTON (WDTN)\u2013Police say two teens were shot Friday in south Linden."
    assert article_state(nlp(text)) == ("Ohio", False)
    assert article_state(nlp(text.replace("DAYTON (WDTN)\u2013", ""))) == ("New Jersey", False)


def test_a_state_named_with_state_after_it_is_the_state(nlp):
    # "New York State" is New York, the state; the town alone would be read in another state
    text = (
        'Hunter shot in Caledonia\n\nA hunter was shot Saturday in Caledonia. "Mishaps like this one are '
        'rare in New York State," a conservation officer said.'
    )
    assert article_state(nlp(text)) == ("New York", False)


@pytest.mark.parametrize("resident", ["A woman from Pine Hollow, Idaho,", "A woman of Millbrook, Idaho,"])
def test_the_state_a_person_comes_from_is_not_the_story_s(nlp, resident):
    # a blotter: the patrol's state is the story's; the state after a person's home town is not
    text = (
        "A man shot himself in the leg in a parking lot on Wednesday, the Montana Highway Patrol said. "
        f"{resident} was arrested for drunk driving on Tuesday."
    )
    assert article_state(nlp(text)) == ("Montana", False)
    # guard: the state of the town where it happened counts
    scene = text.replace(f"{resident} was arrested for drunk driving", "A woman was shot in Millbrook, Idaho,")
    assert article_state(nlp(scene)) == ("Idaho", False)


def test_a_town_a_bigger_county_elsewhere_is_named_for_tells_no_state(nlp):
    # "DeKalb" is an Illinois town and the name of far bigger counties in other states; the town's
    # police say which DeKalb
    assert article_state(nlp("Girl struck by stray bullet near DeKalb apartments")) == (None, False)
    assert article_state(nlp("DeKalb police said a boy was hit by a stray bullet.")) == ("Illinois", False)


def test_a_bare_town_lists_the_counties_of_its_name_as_rivals():
    def rivals(name: str) -> set[tuple[str | None, str]]:
        place = with_guessed_state(resolve_place_name(name, None, {"US"}, None))
        assert place.state_guessed
        return {(n.get("name"), n["admin1"]) for n in place.namesakes}

    assert ("Bartow County", "Georgia") in rivals("Bartow")
    # a city any reader knows has no county for a rival
    assert not any(name and name.endswith("County") for name, _state in rivals("Houston"))


def test_no_dateline_in_plain_sentence():
    assert dateline_place("Police said the man - who was 30 - fled.") is None
    # a title or a section heading on a line of its own is no dateline
    assert dateline_place("Dayton, Ohio\n\nA woman was shot.") is None
    assert dateline_place("UPDATE\n\nA woman was shot.") is None


# -- seeds --------------------------------------------------------------------------------------
def test_seed_krasnogorsk(nlp, shared_dir):
    hits = seed_hits(nlp, shared_dir, "004", "Krasnogorsk")
    loc = hits[0].location
    assert (loc.name, loc.country, loc.admin1) == ("Krasnogorsk", "RU", "Moscow Oblast")
    assert loc.lat == pytest.approx(55.8, abs=0.1) and loc.lon == pytest.approx(37.3, abs=0.1)


def test_seed_blagoveshchensk_and_kaluga(nlp, shared_dir):
    loc = seed_hits(nlp, shared_dir, "001", "Blagoveshchensk")[0].location
    assert loc.country == "RU" and loc.lon == pytest.approx(127.5, abs=0.3)
    kaluga = [h.location for h in seed_hits(nlp, shared_dir, "001", "in Kaluga")]
    assert ("Kaluga", "RU") in [(k.name, k.country) for k in kaluga]


def test_seed_actor_not_place(nlp, shared_dir):
    assert seed_hits(nlp, shared_dir, "001", "U.S. and allied forces") == []


def test_seed_bishkek_and_kant(nlp, shared_dir):
    names = {h.location.name: h.location.country for h in seed_hits(nlp, shared_dir, "002", "Bishkek")}
    assert names.get("Bishkek") == "KG"
    kant = seed_hits(nlp, shared_dir, "002", "Kant")
    assert ("Kant", "KG") in [(h.location.name, h.location.country) for h in kant]


def test_seed_concert_hall_near_moscow(nlp, shared_dir):
    hits = seed_hits(nlp, shared_dir, "000", "near Moscow")
    assert ("Moscow", "RU") in [(h.location.name, h.location.country) for h in hits]


def test_seed_dateline(shared_dir):
    loc = dateline_place(seed_text(shared_dir, "001"))
    assert (loc.name, loc.country) == ("Washington", "US")


# -- local US news ------------------------------------------------------------------------------
def test_month_is_not_a_place(places):
    assert places("The man was arrested in May after a long search.", {"US"}) == []


def test_a_compass_abbreviation_cut_off_a_headline_is_not_a_place(places):
    assert places("Woman killed, man hurt in apparent drive-by shooting in NE...", {"US"}) == []


def test_street_block_goes_to_the_dateline_city(nlp):
    doc = nlp("SPRINGFIELD, Ill. - A man was shot in the 800 block of Quarry Circle late Friday.")
    sent = next(s for s in doc.sents if "Quarry" in s.text)
    (hit,) = find_places(sent, context_countries={"US"}, admin1="Illinois")
    assert (hit.location.name, hit.location.admin1) == ("Springfield", "Illinois")
    assert "Quarry Circle" in hit.location.text


def test_directional_part_of_a_city(places):
    (hit,) = places("Two men were wounded in West Philadelphia on Sunday.", {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Philadelphia", "Pennsylvania")
    assert hit.location.text.endswith("West Philadelphia")


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("A boy was shot on a playground in Southeast D.C. on Friday.", ("Washington", "District of Columbia")),
        ("A man was shot in South Philly on Friday.", ("Philadelphia", "Pennsylvania")),
        ("Four people were shot Monday night in southeast DC.", ("Washington", "District of Columbia")),
    ],
)
def test_directional_part_of_a_big_city_by_another_of_its_names(places, sentence, city):
    (hit,) = places(sentence, {"US"})
    assert (hit.location.name, hit.location.admin1) == city


def test_a_lower_case_direction_is_a_part_of_the_place_named(places):
    (hit,) = places("A man was shot in north Harris County on Friday.", {"US"}, admin1="Texas")
    assert (hit.location.name, hit.location.admin1, hit.location.precision) == ("Harris County", "Texas", "county")


def test_hospital_city_is_not_the_incident_place(places):
    hits = places("The victim was taken to a hospital in Atlanta, where he died.", {"US"})
    assert hits == []


def test_a_party_to_a_court_case_is_no_place(places):
    # Baker is a town in several states; "Baker v. Wingo" is a case the story cites
    assert places("In Baker v. Wingo, the justices upheld the conviction of a defendant.", {"US"}) == []


def test_out_of_state_small_namesake_is_a_neighbourhood(nlp):
    doc = nlp("Columbus police said a teen was shot in Corsicana on Tuesday. Columbus is in Ohio.")
    sent = next(iter(doc.sents))
    (hit,) = find_places(sent, context_countries={"US"}, admin1="Ohio")
    assert (hit.location.name, hit.location.admin1) == ("Columbus", "Ohio")
    assert hit.location.text.endswith("Corsicana")


def test_article_city_is_the_most_named_city_of_its_state(nlp):
    doc = nlp("Dayton police were called at noon. A Dayton officer found the man. He lived in Ohio.")
    assert article_city(doc, {"US"}, "Ohio").name == "Dayton"
    hit = article_city_hit(doc, {"US"}, "Ohio")
    assert doc.text[hit.start : hit.end] == "Dayton"


def test_a_town_the_lede_names_after_in_places_the_story_whatever_the_model_tags_it(nlp):
    # the model tags "North College Hill" LOC, not GPE
    text = (
        "Teen hurt during break-in\n\n"
        "Police say two teens were arrested after trying to break into a house in North College Hill.\n\n"
        "One of them shot himself in the leg, police said."
    )
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == "North College Hill"] == ["LOC"]
    hit = article_city_hit(doc, {"US"}, None)
    assert (hit.location.name, hit.location.admin1) == ("North College Hill", "Ohio")


def test_a_street_the_headline_shortens_is_no_town_against_the_dateline(nlp):
    # "N. Kent": North Kent Street of the dateline's city, not the town of Kent
    text = "Teen killed in N. Kent shooting\n\nDAYTON, Ohio (WDTN) -- A teen was shot on North Kent Street."
    assert article_city(nlp(text), {"US"}, "Ohio").name == "Dayton"


def test_the_town_police_that_investigate_place_the_story(nlp):
    doc = nlp("A victim was dropped off at a hospital.\n\nThe Anchorage Police Department is investigating.")
    hit = article_city_hit(doc, {"US"}, "Alaska")
    assert (hit.location.name, doc.text[hit.start : hit.end]) == ("Anchorage", "Anchorage")


@pytest.mark.parametrize(
    "text",
    [
        "A man died after a gun went off at a garage.\n\nHope, Ark., police are investigating.",
        "Hope, AR man dies after a gun goes off\n\nA man died Tuesday after a gun went off at a garage.",
    ],
)
def test_a_town_written_with_its_state_before_police_or_a_resident_places_the_story(nlp, text):
    # "Hope" as a word is no name the model tags; the state written after it says it is a town
    doc = nlp(text)
    hit = article_city_hit(doc, {"US"}, article_admin1(doc))
    assert (hit.location.name, hit.location.admin1, doc.text[hit.start : hit.end]) == ("Hope", "Arkansas", "Hope")


def test_a_city_force_known_by_its_initials_places_the_story(nlp):
    doc = nlp("IMPD: Boy, 9, hurt in accidental shooting\n\nA 9-year-old boy was hurt Friday when a gun went off.")
    state = article_admin1(doc)
    hit = article_city_hit(doc, {"US"}, state)
    assert (state, hit.location.name, doc.text[hit.start : hit.end]) == ("Indiana", "Indianapolis", "IMPD")


@pytest.mark.parametrize(
    ("name", "city", "state"), [("KCK", "Kansas City", "Kansas"), ("Philly", "Philadelphia", "Pennsylvania")]
)
def test_a_city_called_by_its_initials_or_nickname(gaz, name, city, state):
    found = gaz.lookup(name, countries={"US"})
    assert (found.name, found.admin1, found.text) == (city, state, name)


def test_where_a_victim_recovers_at_home_is_not_the_scene(places):
    text = "The boxer is recovering at his home in Dayton after he was shot twice early Sunday."
    assert places(text, {"US"}) == []
    assert [h.location.name for h in places("A man was shot at his home in Dayton on Sunday.", {"US"})] == ["Dayton"]


def test_us_cues_make_a_story_american(nlp):
    doc = nlp("The county sheriff's office said deputies found the car near Reading.")
    assert "US" in article_countries(doc)


def test_dateline_without_state_takes_the_named_state():
    text = "MANHATTAN - Police in Kansas said a man was hurt."
    assert dateline_place(text, admin1="Kansas").admin1 == "Kansas"


# -- article level: state and country clues ---------------------------------------------------
def test_dateline_alone_on_its_line():
    loc = dateline_place("HARTFORD, Conn. -\n\nA man was shot on Main Street.")
    assert (loc.name, loc.admin1) == ("Hartford", "Connecticut")


def test_state_from_a_county_only_one_state_has(nlp):
    doc = nlp("Tulare County deputies arrested a man after a shooting in Three Rivers on Sunday.")
    assert article_admin1(doc) == "California"


def test_counties_vote_with_the_states_a_story_names(nlp):
    # the suspect's home state, named twice, does not outvote the county of the sheriff who investigates
    doc = nlp(
        "Two found dead in Semmes house\n\n"
        "The Mobile County Sheriff's Office said a couple was shot dead inside a house in Semmes.\n\n"
        "The gunman, who lives in Lucedale, Mississippi, drove back to Mississippi, Mobile County deputies said. "
        "The Mobile County coroner named the two."
    )
    assert article_admin1(doc) == "Alabama"


def test_a_town_written_without_its_space_is_still_the_town(gaz):
    town = gaz.lookup("LaSalle", countries={"US"}, admin1="Colorado")
    assert (town.name, town.admin1, town.precision) == ("La Salle", "Colorado", "city")
    # the spelling is only another name: a town of the name as written stays the first reading
    assert gaz.lookup("LaGrange", countries={"US"}).admin1 == "Georgia"


def test_a_town_of_the_county_the_sheriff_serves_outvotes_a_teaser_s_county(nlp):
    # Lowell, North Carolina lies in Gaston County; a teaser's Tulare County (California) and the
    # bigger Lowell of Massachusetts each vote once
    doc = nlp(
        "A community is rallying around a Tulare County teen.\n\n"
        "The Gaston County Sheriff's Office said a girl was shot in Lowell on Saturday."
    )
    assert article_admin1(doc) == "North Carolina"


def test_a_county_after_the_is_still_the_county(nlp):
    doc = nlp("Two deaths were not connected.\n\nThe Mesa County Coroner ruled the first a suicide.")
    assert article_admin1(doc) == "Colorado"
    county = get_gazetteer().lookup("the Mesa County", countries={"US"})
    assert (county.name, county.admin1) == ("Mesa County", "Colorado")


def test_a_town_the_story_places_in_a_state_is_that_state_s_wherever_named(nlp):
    doc = nlp(
        "Man killed by gunfire in Mountain View\n\n"
        "A man died after being shot in Mountain View, Missouri.\n\n"
        "Police say the victim, of Mountain View, died at a house. Mountain View police arrested a suspect."
    )
    assert article_admin1(doc) == "Missouri"


def test_a_small_town_dateline_is_not_its_namesake_in_another_state(nlp):
    # the gazetteer lacks the Florida village; a California city of the name is no place for it
    doc = nlp("BELL — A man wounded a neighbor Thursday outside a house in northern Gilchrist County, Fla.")
    assert article_admin1(doc) == "Florida"
    hit = article_city_hit(doc, {"US"}, "Florida")
    assert hit is None or hit.location.admin1 == "Florida"
    # a big city's dateline stands against a stray state name ("Washington said")
    doc = nlp('CHICAGO (CBS) — A boy was shot on his porch. "It hurts," Washington said.')
    assert article_admin1(doc) == "Illinois"


def test_a_neighbourhood_dateline_over_a_city_force_is_a_part_of_that_city(nlp, extractor):
    # a local site datelines by neighbourhood: the Missoula police tell of no shooting in Texas
    text = (
        "Man shot at party\n\nLAREDO \u2014 A man was shot early Sunday at a Laredo home, according to "
        "Officer Ann Roe, a Missoula Police spokeswoman."
    )
    assert dateline_place(text) is None
    assert article_admin1(nlp(text)) == "Montana"
    doc = Document(doc_id="d1", content=text, published=dt.date(2025, 6, 9))
    (story,) = [m for m in extractor.extract(doc, CleanText(doc_id="d1", text=text)) if m.role == "main"]
    (place,) = [c.value for c in story.claims_for("place")]
    assert place.admin1 == "Montana"


@pytest.mark.parametrize(
    "text",
    [
        # the force's own town
        "PROVO \u2014 A man was shot early Sunday, Provo Police said.",
        # the story names the dateline's state
        "LAREDO \u2014 A man was shot early Sunday in Texas, Missoula Police said.",
        # the story names a state, and not the force's: the force may be a namesake's
        "LAREDO \u2014 A man was shot early Sunday, Missoula Police said. He grew up in Ohio.",
    ],
)
def test_a_bare_dateline_stays_where_the_force_does_not_contradict_it(text):
    assert dateline_place(text) is not None


def test_a_bare_dateline_yields_to_the_state_of_the_county_the_story_names(nlp):
    # Michigan's big Shelby is not the New York town of the county and town the story names
    text = (
        "SHELBY \u2013 A boy was fatally shot Friday at his house, authorities in Orleans County said. "
        "He had been fishing with an uncle in Albion that morning."
    )
    assert article_admin1(nlp(text)) == "New York"
    # a city any reader knows keeps its own state
    assert article_admin1(nlp(text.replace("SHELBY", "DETROIT"))) == "Michigan"


def test_a_news_agency_s_bureau_dateline_yields_to_the_state_and_town_the_story_names(nlp):
    text = (
        "BOSTON (Reuters) - Three people were found dead of gunshot wounds in western Maine on Sunday, "
        "police said. A relative found them in a farmhouse in Farmington, a Maine State Police spokesman said."
    )
    doc = nlp(text)
    assert article_admin1(doc) == "Maine"
    hit = article_city_hit(doc, {"US"}, "Maine")
    assert (hit.location.name, hit.location.admin1) == ("Farmington", "Maine")
    # where the story names no other state, the agency's dateline is where it happened
    assert article_admin1(nlp("HOUSTON (AP) - A man was shot and killed outside a bar on Sunday.")) == "Texas"


def test_a_county_other_states_hold_is_not_made_up_in_the_story_s_state():
    # no Michigan county bears the name: the story's "Orleans County" is New York's or Vermont's
    county = resolve_place_name("Orleans County", None, {"US"}, "Michigan")
    assert (county.name, county.precision, county.admin1, county.lat) == ("Orleans County", "county", None, None)
    # a county of the state is that state's, located
    found = resolve_place_name("Orleans County", None, {"US"}, "New York")
    assert found.admin1 == "New York" and found.lat is not None


def test_a_township_s_name_tells_no_state(nlp):
    # the gazetteer holds New Jersey's Warren Township alone of the many; the boy's Parma is Ohio's
    text = (
        "WARREN TOWNSHIP - A boy of 15 died Monday, two days after he was shot at a house on Elm Street "
        "in Parma, Warren Township police said."
    )
    assert article_admin1(nlp(text)) == "Ohio"


def test_a_county_hit_stands_at_the_county_s_own_words(nlp):
    # "Road. Escambia County" reads as one run of capitalised words: the hit is the county's
    text = "The gunfire broke out on Birch Road. Escambia County deputies arrived within minutes."
    doc = nlp(text)
    for hit in (article_county_hit(doc), county_force_hit(doc, "Florida")):
        assert text[hit.start : hit.end] == "Escambia County"
    assert county_force_hit(nlp("The DeKalb County police said a boy was shot."), "Georgia").location.name == (
        "DeKalb County"
    )


def test_a_town_named_before_a_venue_and_its_shooting_places_the_story(nlp):
    hit = article_city_hit(nlp("Third man pleads guilty in deadly Hamilton bar shooting"), {"US"}, "Ohio")
    assert (hit.location.name, hit.location.admin1) == ("Hamilton", "Ohio")


def test_the_town_of_the_hospital_a_victim_was_moved_to_is_not_the_scene(nlp):
    doc = nlp("A boy was shot at home. He was first taken to a clinic, then transferred to Mount Sinai, police said.")
    assert article_city_hit(doc, {"US"}, None) is None


def test_where_someone_lives_is_not_where_it_happened(places):
    hits = places("Her brother, who lives in Las Vegas, said she was shot on a visit.", {"US"})
    assert [h.location.name for h in hits] == []
    hits = places("A man who lived in Dayton was shot in Columbus, Ohio.", {"US"})
    assert [h.location.name for h in hits] == ["Columbus"]


def test_where_a_suspect_was_caught_or_fled_is_not_the_scene(places):
    assert places("Deputies arrested the gunman Monday in Greene County, where he had fled.", {"US"}) == []


def test_where_someone_grew_up_is_not_where_it_happened(places, nlp):
    assert places("He was helped by a cousin who grew up in Dayton.", {"US"}) == []
    # nor does the town make the article's city
    doc = nlp("A man was shot at a nightclub. He was helped by a cousin who grew up in Dayton.")
    assert article_city_hit(doc, {"US"}, None) is None


def test_state_abbreviation_is_no_foreign_city(nlp):
    doc = nlp("READING, Pa. -\nTwo people were shot in Reading on Monday, Pa. police said.")
    hit = article_city_hit(doc, article_countries(doc), article_admin1(doc))
    assert (hit.location.name, hit.location.admin1) == ("Reading", "Pennsylvania")


def test_city_with_namesakes_abroad_says_no_country(nlp):
    doc = nlp("A teenager was hurt in Billerica after friends fired pellet guns near Burlington.")
    assert "CA" not in article_countries(doc)


def test_caps_word_before_colon_is_no_foreign_dateline(nlp):
    text = "POLICE: Man shot in Waynesville\nA man was shot in Waynesville, Ind., police said."
    doc = nlp(text)
    hit = article_city_hit(doc, article_countries(doc), article_admin1(doc))
    assert hit is None or hit.location.country == "US"


# -- article level: towns, states and neighbourhoods of local stories --------------------------
def test_own_name_beats_another_towns_alternate_name(gaz):
    loc = gaz.lookup("Silver City", countries={"US"})
    assert (loc.name, loc.admin1) == ("Silver City", "New Mexico")


def test_short_caps_word_is_no_alternate_city_name(gaz):
    loc = gaz.lookup("BB", countries={"US"})
    assert loc is None or loc.country == "US"
    assert gaz.lookup("D.C.", countries={"US"}).admin1 == "District of Columbia"


def test_bare_county_word_names_no_county(gaz):
    assert gaz.lookup("County", countries={"US"}) is None


def test_state_from_postal_code_after_its_town(nlp):
    doc = nlp("Local news from Boise, ID and beyond.\nA man was hurt when a gun went off at a range.")
    assert article_admin1(doc) == "Idaho"


def test_a_county_named_like_a_state_does_not_set_the_story_in_that_state(nlp):
    doc = nlp("Indiana County Coroner Ann Lee identified the victim, 21. The shooting happened at a farm.")
    assert article_admin1(doc) != "Indiana"
    doc = nlp("A man was shot in Indiana on Friday, Marion County deputies said.")
    assert article_admin1(doc) == "Indiana"


def test_state_from_shared_county_name_and_a_town_in_it(nlp):
    doc = nlp("Orange County deputies said a man was shot at a home in Anaheim on Friday.")
    assert article_admin1(doc) == "California"


@pytest.mark.parametrize("outlet", ["told NBC 4 New York", "told WXYZ New York", "The New York Times reported"])
def test_a_place_in_an_outlets_name_is_not_the_storys_state(nlp, outlet):
    doc = nlp(f"A man was shot in Kelsey Park on Friday. One neighbour {outlet} that she heard four shots.")
    assert article_admin1(doc) is None
    assert article_admin1(nlp("A man was shot in Kelsey Park, New York, on Friday.")) == "New York"


def test_a_place_name_the_tagger_cut_in_two_is_read_whole(nlp):
    # "Gresham" is tagged a person; the gazetteer knows the Chicago community area by both words
    doc = nlp("A teen was wounded in Auburn Gresham Thursday night, officers said.")
    (hit,) = find_places(next(iter(doc.sents)), context_countries={"US"}, admin1="Illinois")
    assert (hit.location.name, hit.location.admin1) == ("Auburn Gresham", "Illinois")


def test_a_paper_by_its_short_name_is_no_town(nlp):
    doc = nlp("A girl was shot at a school on Friday. The Post reviewed every shooting in which four or more died.")
    hit = article_city_hit(doc, {"US"}, "Texas")  # Post, Texas is a town
    assert hit is None or hit.location.name != "Post"


def test_dateline_with_outlet_and_no_dash(nlp):
    loc = dateline_place("SALINA, Kan. (KSN) A man was shot on Monday night.")
    assert (loc.name, loc.admin1) == ("Salina", "Kansas")
    assert dateline_place("Salina (KSN) A man was shot.") is None


def test_town_named_as_a_modifier_in_the_headline(nlp):
    doc = nlp("Pocatello man hurt in shooting\n\nA man was hurt on Monday, officers said.")
    hit = article_city_hit(doc, article_countries(doc), article_admin1(doc))
    assert (hit.location.name, hit.location.admin1) == ("Pocatello", "Idaho")
    assert doc.text[hit.start : hit.end] == "Pocatello"


def test_a_small_town_no_other_place_is_named_for_is_meant_by_its_name_alone(nlp):
    doc = nlp("Gunshot wounds Kemmerer teen\n\nA teen was hurt on Monday, officers said.")
    hit = article_city_hit(doc, article_countries(doc), article_admin1(doc))
    assert (hit.location.name, hit.location.admin1) == ("Kemmerer", "Wyoming")
    # a small town that shares its name with others places nothing
    doc = nlp("Gunshot wounds Horton teen\n\nA teen was hurt on Monday, officers said.")
    assert article_city_hit(doc, article_countries(doc), article_admin1(doc)) is None


def test_a_town_too_small_for_the_city_tables_is_placed_by_its_post_office_as_a_modifier(nlp):
    # Belfry, Montana (a few hundred people) is in no GeoNames city table; the story's state is told
    doc = nlp("Belfry man hurt in shooting\n\nA man was hurt on Monday, troopers said.")
    hit = article_city_hit(doc, {"US"}, "Montana")
    assert (hit.location.name, hit.location.admin1, hit.location.precision) == ("Belfry", "Montana", "city")
    assert hit.location.lat is not None
    # over a station's dateline, the headline's small town is nearer the scene
    doc = nlp("Belfry man hurt in shooting\n\nBILLINGS, Mont. - A man was hurt on Monday, troopers said.")
    hit = article_city_hit(doc, {"US"}, "Montana")
    assert (hit.location.name, hit.location.admin1) == ("Belfry", "Montana")
    # a word that some town bears as its name is no town before "man" (Arizona has a Young)
    doc = nlp("Young man hurt in shooting\n\nA man was hurt on Monday, deputies said.")
    hit = article_city_hit(doc, {"US"}, "Arizona")
    assert hit is None or hit.location.name != "Young"
    # a word the Postal Service has no town for in that state places nothing
    doc = nlp("Birchwoodvale man hurt in shooting\n\nA man was hurt on Monday, troopers said.")
    hit = article_city_hit(doc, {"US"}, "Montana")
    assert hit is None or hit.location.name != "Birchwoodvale"


def test_a_word_of_time_or_manner_before_shooting_is_no_town(nlp):
    # Early, Texas is the only town of that name: "Early morning shooting" still names no town
    for headline in ("Early morning shooting leaves three hurt", "Late night shooting leaves man hurt"):
        doc = nlp(f"{headline}\n\nFour people were wounded on Sunday, officers said.")
        assert article_city_hit(doc, article_countries(doc), article_admin1(doc)) is None


def test_only_the_state_known_gives_the_state(nlp):
    doc = nlp("Deputies in Wyoming said a man was shot at 12 Elk Ridge Road on Sunday.")
    hit = article_city_hit(doc, {"US"}, "Wyoming")
    assert (hit.location.name, hit.location.precision, hit.location.lat) == ("Wyoming", "admin1", None)
    hits = find_places(next(iter(doc.sents)), context_countries={"US"}, admin1="Wyoming")
    street = next(h for h in hits if h.location.name == "Elk Ridge Road")
    assert (street.location.precision, street.location.admin1) == ("venue", "Wyoming")


def test_county_of_the_state_beats_the_state(nlp):
    doc = nlp("Tulare County deputies said a man was shot on Elk Ridge Road on Sunday.")
    hit = article_city_hit(doc, {"US"}, "California")
    assert (hit.location.name, hit.location.precision, hit.location.admin1) == (
        "Tulare County",
        "county",
        "California",
    )


def test_a_name_called_a_neighbourhood_is_one_throughout(nlp):
    doc = nlp("A man was shot in Hyde Park on Friday. The Hyde Park neighborhood has had three shootings.")
    hits = find_places(next(iter(doc.sents)), context_countries={"US"})
    assert hits and hits[0].location.precision in {"venue", None}
    assert hits[0].location.admin1 != "New York"


def test_city_police_place_a_story_with_no_state(nlp):
    doc = nlp("Boston Police said a man was shot on Elm Street late Friday.")
    loc = article_city(doc, article_countries(doc), article_admin1(doc))
    assert (loc.name, loc.admin1) == ("Boston", "Massachusetts")


def test_town_whose_police_investigate_outweighs_other_towns(nlp):
    doc = nlp(
        "Lima police said a boy was shot at 12 Elm Street on Friday.\n"
        "He was taken to a hospital in Toledo. Lima police are still looking for the gunman."
    )
    loc = article_city(doc, {"US"}, "Ohio")
    assert (loc.name, loc.admin1) == ("Lima", "Ohio")


def test_a_state_after_a_county_keeps_its_name_when_a_verb_follows(places):
    # "state" here is what the officials do; a Russian region still takes its suffix
    (hit,) = places("Deputies in Iredell County, North Carolina state that the father wounded his daughter.", {"US"})
    assert (hit.location.name, hit.location.admin1, hit.location.lat is not None) == (
        "Iredell County",
        "North Carolina",
        True,
    )
    (oblast,) = places("A man was shot in Krasnogorsk, Moscow Oblast, on Saturday.")
    assert oblast.location.admin1 == "Moscow Oblast"


def test_a_town_the_gazetteer_lacks_lies_as_far_from_a_city_as_the_text_says(places):
    # no Birchwood in Florida: the home lies about 30 miles north of Panama City, not in it
    (hit,) = places(
        "Deputies were called Sunday to her home in Birchwood, about 30 miles north of Panama City.",
        {"US"},
        admin1="Florida",
    )
    place = hit.location
    assert (place.name, place.admin1, place.precision) == ("Birchwood", "Florida", "city")
    panama_city = (30.16, -85.66)
    assert haversine_km((place.lat, place.lon), panama_city) == pytest.approx(48, abs=3)
    assert place.lat > panama_city[0]
    # with no distance written, the street's town is the city the sentence names
    (near,) = places("Deputies were called Sunday to a home on Birch Lane in Panama City.", {"US"}, admin1="Florida")
    assert (near.location.lat, near.location.lon) == pytest.approx(panama_city, abs=0.01)


def test_a_named_person_s_street_and_town_are_where_they_live(places):
    lives = "Jon Reyes, 15, of Birch Street in Parma died Monday after being shot by a relative, police said."
    assert places(lives, {"US"}, admin1="Ohio") == []
    shot_there = "A man was shot on Birch Street in Parma on Monday, police said."
    assert [h.location.name for h in places(shot_there, {"US"}, admin1="Ohio")] == ["Parma"]


def test_the_towns_a_site_s_name_lists_in_a_title_are_not_the_story_s(nlp):
    text = (
        "Teen dies in hunting accident - KXYZ.com - Tyler, Longview, Jacksonville\n\n"
        "A 16-year-old died Thursday afternoon in a hunting accident at a ranch, the sheriff's office said."
    )
    assert article_city(nlp(text), {"US"}, "Texas") is None
    # a town the story itself names stays the story's
    named = text.replace("at a ranch", "in Longview")
    assert article_city(nlp(named), {"US"}, "Texas").name == "Longview"


def test_hospital_town_is_not_the_article_city(nlp):
    doc = nlp("A boy was shot at 12 Elm Street on Friday. He was flown to a Toledo hospital in Ohio.")
    hit = article_city_hit(doc, {"US"}, "Ohio")
    assert hit is None or hit.location.name != "Toledo"


def test_a_hospital_by_its_short_name_is_not_a_town_of_that_name(nlp):
    # Mount Sinai is also a hamlet in New York; "taken to Mount Sinai" is the hospital the story named
    doc = nlp(
        "Two men were shot on Tuesday in Chicago, police said.\n\n"
        "Jon Reyes, 23, was rushed to Mount Sinai Hospital and died there. The second man, 30, "
        "was taken to Mount Sinai, where he later died.\n\nA woman was taken to Mount Sinai and is stable."
    )
    hit = article_city_hit(doc, {"US"}, None)
    assert (hit.location.name, hit.location.admin1) == ("Chicago", "Illinois")


def test_hyphenated_town_is_not_its_last_part(nlp):
    doc = nlp("Winston-Salem police said a man was hurt.\n\nA man was hurt on Monday, officers said.")
    hit = article_city_hit(doc, article_countries(doc), article_admin1(doc))
    assert hit is None or hit.location.name != "Salem"


def test_a_hyphened_town_is_read_whole(nlp):
    # the small model tags "Winston" alone, and an American Winston is a Florida town
    doc = nlp("Winston-Salem police: Teen hurt by accidental gunfire\n\nA teen was hurt on Thursday, police said.")
    hit = article_city_hit(doc, {"US"}, None)
    assert (hit.location.name, hit.location.admin1) == ("Winston-Salem", "North Carolina")


def test_a_named_person_s_home_town_does_not_place_the_street_of_the_sentence(nlp):
    doc = nlp(
        "DAYTON, Ohio (WXYZ) — A boy was killed in a shooting in Dayton on Friday, police said.\n\n"
        "Witnesses say Jon Reyes Jr., of Columbus, was struck during a drive-by in the 4500 block of Elm Street."
    )
    [street] = find_places(list(doc.sents)[-1], context_countries={"US"})
    assert (street.location.name, street.location.text) == ("Dayton", "in the 4500 block of Elm Street")


def test_a_street_named_like_a_town_places_nothing(nlp):
    # Utica, New York is a city; "the 7700 block of Utica" is a street of a story set elsewhere
    doc = nlp("Police said a child was killed in the 7700 block of Utica on Tuesday afternoon.")
    assert article_admin1(doc) is None
    assert article_city_hit(doc, {"US"}, None) is None


def test_a_name_given_to_a_street_is_that_street_throughout(nlp):
    doc = nlp(
        "Gunfire broke out in the 3100 block of Trenton Avenue on Saturday night.\n\n"
        "Four more victims of the shooting on Trenton were taken to hospitals."
    )
    assert article_city_hit(doc, {"US"}, None) is None


def test_a_hyphened_county_is_not_its_last_part(nlp):
    # Dade County is in Georgia (east of the Mississippi) and Missouri; Miami-Dade County is in Florida
    doc = nlp("Four of the teens attend Miami-Dade County Public Schools, deputies said.")
    assert article_admin1(doc, station=broadcast_states("https://www.wxyq.com/x")) == "Florida"


def test_a_small_town_dateline_is_no_namesake_far_from_the_outlet_s_state(nlp):
    # Homewood, Alabama is a town of 25,000; on a Pittsburgh station it is a part of Pittsburgh
    doc = nlp("HOMEWOOD (KDKA) - Two people were shot and killed early Sunday morning, police said.")
    assert article_admin1(doc, "Pennsylvania") == "Pennsylvania"


def test_where_a_suspect_was_caught_is_not_the_story_s_state(nlp):
    doc = nlp(
        "Four women were shot on 6th Street in July, and one of them died.\n\n"
        "In August police arrested the suspect in Atlanta, Georgia, where he had fled."
    )
    assert article_admin1(doc) != "Georgia"
    hit = article_city_hit(doc, {"US"}, None)
    assert hit is None or hit.location.name != "Atlanta"


def test_where_a_victim_was_visiting_from_is_not_the_scene(nlp):
    doc = nlp("Grandmother: Girl who died in Port Orange accidental shooting was visiting from Jacksonville")
    hit = article_city_hit(doc, {"US"}, "Florida")
    assert hit is not None and hit.location.name == "Port Orange"


def test_a_capitalised_incident_in_a_headline_is_no_place(places):
    assert places("Maple Bend Father Charged in Accidental Shooting of 7-Year-Old Daughter") == []


def test_a_surname_that_is_a_state_s_name_gives_no_state(nlp):
    doc = nlp(
        "Deputies said Tia Washington, 16, was shot at a home in Maple Bend on Saturday.\n\n"
        "Washington was rushed to a hospital, where she died."
    )
    assert article_admin1(doc) != "Washington"


def test_a_city_and_county_police_force_names_its_city(nlp):
    doc = nlp("Savannah-Chatham Metro Police are investigating a shooting in the 900 block of Quarry Street.")
    assert article_admin1(doc) == "Georgia"
    hit = article_city_hit(doc, {"US"}, None)
    assert hit is not None and (hit.location.name, hit.location.admin1) == ("Savannah", "Georgia")


def test_a_street_corner_is_no_town(nlp):
    doc = nlp("Officers stopped the car at 22nd and Parker after the shooting on Friday, police said.")
    assert article_city_hit(doc, {"US"}, "Texas") is None


def test_a_surname_of_someone_named_in_full_is_no_town(nlp):
    # Parker is a small Arizona town; here it is the family the story is about
    doc = nlp(
        "Deputies identified Cole T. Parker as the man who shot his two daughters on Wednesday.\n\n"
        "Parker, 41, died on Thursday, the Pima County Sheriff's Department said."
    )
    hit = article_city_hit(doc, {"US"}, "Arizona")
    assert hit is not None and hit.location.name == "Pima County"


def test_the_county_named_most_is_the_scene_s(nlp):
    doc = nlp(
        "A 14-year-old is jailed at the Greenville County Detention Center after gunfire at a school.\n\n"
        "Anderson County deputies said the gunfire was at a middle school. The Anderson County "
        "coroner named the girl who died."
    )
    hit = article_city_hit(doc, {"US"}, "South Carolina")
    assert hit is not None and hit.location.name == "Anderson County"


def test_a_town_s_old_name_is_no_town_of_that_name(nlp):
    # Gilmer County is in Georgia and in West Virginia; Macon, Georgia was once called Troy
    doc = nlp("A boy was shot dead in the Troy area of Gilmer County on Wednesday, deputies said.")
    assert article_admin1(doc) != "Georgia"


def test_town_with_a_direction_or_city_after_it(places):
    (hit,) = places("A man was shot in Toledo East on Friday.", {"US"}, admin1="Ohio")
    assert (hit.location.name, hit.location.admin1) == ("Toledo", "Ohio")


def test_part_of_a_small_town_is_not_that_town(places):
    hits = places("Four people were shot in Harbor City on Friday.", {"US"})
    assert all(h.location.name != "Harbor" for h in hits)
    hits = places("Two men were shot in the South Side on Friday.", {"US"})
    assert all(h.location.precision in {None, "venue"} for h in hits)


def test_town_the_gazetteer_lacks_keeps_its_name_in_its_county(places):
    text = "Deputies said a boy was shot Sunday on Route 9 in Pine Hollow, Marshall County, Kentucky."
    (hit,) = places(text, {"US"}, admin1="Kentucky")
    loc = hit.location
    assert (loc.name, loc.admin2, loc.admin1, loc.precision) == ("Pine Hollow", "Marshall County", "Kentucky", "city")
    assert loc.lat is None


def test_towns_named_give_the_state_of_a_story_that_names_none(nlp):
    doc = nlp("A man was shot Sunday in Brightmoor, Detroit police said.")
    assert article_admin1(doc) == "Michigan"
    # Two sizeable cities share the name: it says nothing of the state.
    assert article_admin1(nlp("A man was shot Sunday on Elm Street, Columbus police said.")) is None
    # The town whose police investigate outweighs a big city named once.
    doc = nlp("A man from Chicago was shot Sunday at a club on Elm Street, Gary police said.")
    assert article_admin1(doc) == "Indiana"


def test_street_or_speaker_named_like_a_town_gives_no_state(nlp):
    doc = nlp("A man was shot Sunday on Elm Street. Neighbors on Garland Avenue heard the shots.")
    assert article_admin1(doc) is None


@pytest.mark.parametrize("heading", ["north on", "southbound on", "west along"])
def test_the_way_a_car_drove_off_is_a_street_not_a_state(places, nlp, heading):
    text = f"A witness saw the car speed off {heading} Indiana."
    assert not any(hit.location.precision == "admin1" for hit in places(text))
    assert article_admin1(nlp(f"Two men were shot on Birch Lane. {text}")) is None


def test_headline_word_is_no_part_of_a_town_name(nlp):
    from crosswire.extract.places import PlaceHit, _town_in_county

    county = Location(name="Marshall County", country="US", admin1="Kentucky", precision="county")

    def town(text: str, name: str):
        doc = nlp(text)
        at = text.index(name)
        return _town_in_county(doc, PlaceHit(Location(name=name, text=name), at, at + len(name)), county)

    # A title-case headline capitalises the verb after the name: read there once, it is no town.
    assert town("Victims in Shooting near Brackton Identified", "Brackton Identified") is None
    found = town("Deputies said a man was shot near Brackton on Sunday.", "Brackton")
    assert (found.location.name, found.location.admin2) == ("Brackton", "Marshall County")


def test_neighbourhood_named_after_its_side_of_the_city(nlp):
    doc = nlp("A man was shot in Auburn on Friday.\n\nIt happened in the South Side Auburn neighborhood.")
    hits = find_places(next(iter(doc.sents)), context_countries={"US"})
    assert hits and hits[0].location.precision in {"venue", None}


def test_a_ward_is_a_part_of_a_city_not_a_town(places):
    (hit,) = places("Two men were shot in the Lower 5th Ward on Sunday.", {"US"})
    assert (hit.location.name, hit.location.precision) == ("Lower 5th Ward", "venue")


def test_town_of_before_a_name_is_no_part_of_it(places):
    (hit,) = places("A man was shot in the City of Gary on Friday.", {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Gary", "Indiana")


@pytest.mark.parametrize(
    ("address", "admin1", "country"),
    [
        ("http://web.archive.org/web/20151103064930/http://www.nbclosangeles.com/news/local/x", "California", "US"),
        ("https://www.oregonlive.com/crime/2016/05/x.html", "Oregon", "US"),
        ("dallasnews.com", "Texas", "US"),
        # a metro that reaches into other states tells only the country
        ("https://www.nbcnewyork.com/news/local/x", None, "US"),
        ("https://www.washingtonpost.com/local/x", None, "US"),
        # a national site's city edition, named first in the path
        ("https://www.citynewsdesk.com/houston/20160328/x", "Texas", "US"),
        ("https://www.citynewsdesk.com/new_orleans/news/x", "Louisiana", "US"),
        # a town's paper, the far bigger of two namesakes, and a state no small namesake city takes
        ("http://lufkindailynews.com/news/x", "Texas", "US"),
        ("http://jacksonville.com/news/x", "Florida", "US"),
        ("https://www.delawareonline.com/story/x", "Delaware", "US"),
        # a town's name run together with its state's postal code: Paris, Kentucky, not Texas
        ("http://www.parisky.com/news/x", "Kentucky", "US"),
        # ... which settles the state of a town on a state line too: Texarkana, Texas, not Arkansas
        ("http://www.texarkanatx.com/news/x", "Texas", "US"),
        # a city's section, second in the path
        ("https://www.examplenews.com/news/newport-news/x", "Virginia", "US"),
        # a section named for a state, near the start of the path
        ("http://examplenews.com/news/pennsylvania/county-man-charged", "Pennsylvania", "US"),
        ("https://examplenews.com/new-jersey/x", "New Jersey", "US"),
    ],
)
def test_a_news_site_named_for_its_city_or_state_places_its_stories(address, admin1, country):
    home = outlet_home(address)
    assert (home.admin1, home.country) == (admin1, country)


@pytest.mark.parametrize(
    ("site", "admin1", "country"),
    [
        ("WXYZ News 7 Tulsa, OK", "Oklahoma", "US"),
        ("wxyz.com | Columbia, South Carolina", "South Carolina", "US"),
        ("WXYZ.com, South Georgia News, Weather, Sports", "Georgia", "US"),
        ("13 WXYZ Indianapolis", "Indiana", "US"),
        # a short name spelled out as a word of its own, as no address can be read
        ("Waco News Now | WXYZ 12", "Texas", "US"),
        ("Utah News Now", "Utah", "US"),
        ("Houston Chronicle", "Texas", "US"),
        ("Chicago Tribune", None, "US"),  # Chicago's suburbs reach into Indiana
    ],
)
def test_a_site_name_that_names_a_state_or_big_city_places_its_stories(site, admin1, country):
    home = outlet_home(None, site)
    assert (home.admin1, home.country) == (admin1, country)


@pytest.mark.parametrize(
    "address",
    [
        "https://www.springfieldnewssun.com/news/x",  # Springfields in Missouri, Massachusetts, Illinois...
        "https://www.kansascity.com/news/x",  # two Kansas Cities, and "kansas" in it is no state
        "https://www.pasadenastarnews.com/x",
    ],
)
def test_a_site_named_for_a_city_big_cities_in_two_states_share_places_nothing(address):
    assert outlet_home(address) is None


def test_a_station_of_two_states_towns_tells_no_state():
    # Savannah is a big Georgia city; Beaufort, SC is across the state line
    assert outlet_home(None, "WXYZ-TV: Savannah, Beaufort, SC, News, Weather & Sports") is None


@pytest.mark.parametrize(
    "address",
    [
        "http://fox59.com/2014/02/04/x",
        "https://www.bbc.co.uk/news/x",
        "",
        None,
        # a mobile edition is in no Mobile, Alabama
        "https://mobile.examplenews.com/x",
        "https://examplenews.com/mobile/2016-07-30/x",
    ],
)
def test_a_site_whose_name_holds_no_place_places_nothing(address):
    assert outlet_home(address) is None


def test_towns_named_outvote_a_state_named_in_passing(nlp):
    text = (
        "One of five people shot outside a store near Orlando has died, police said.\n\n"
        "Orlando police said the gunman fled toward Apopka. Officers searched Apopka overnight.\n\n"
        "Related: Texas carries out its first execution of the year. Texas and Oklahoma lead the nation."
    )
    assert article_admin1(nlp(text)) == "Florida"


def test_a_county_of_known_state_is_shown_at_its_biggest_town():
    from crosswire.extract.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    county = gaz.lookup("Pima County", countries={"US"})
    assert (county.name, county.admin1, county.precision) == ("Pima County", "Arizona", "county")
    tucson = gaz.lookup("Tucson", countries={"US"}, admin1="Arizona")
    assert abs(county.lat - tucson.lat) < 0.1 and abs(county.lon - tucson.lon) < 0.1
    # a county name several states share stays off the map until its state is known
    assert gaz.lookup("Harris County", countries={"US"}).lat is None
    assert gaz.lookup("Harris County", countries={"US"}, admin1="Texas").lat is not None


@pytest.mark.parametrize(
    "text",
    [
        "The shooting happened at a home near the river.\n\nThe man who fired is from Kansas City, police said.",
        "A girl was wounded in the town of Wexcombe, which sits some 90 miles north of Kansas City.",
    ],
)
def test_a_home_or_a_landmark_is_not_the_article_s_city(nlp, text):
    assert article_city_hit(nlp(text), {"US"}, "Missouri") is None


@pytest.mark.parametrize(
    ("name", "state", "read_as"),
    [
        ("Vidalia", "Mississippi", "Louisiana"),  # across the river from Natchez, not the bigger Georgia town
        ("Henderson", "Indiana", "Kentucky"),  # across the river from Evansville, not the Nevada city
        ("Phoenix", "Indiana", "Arizona"),  # a major city keeps its name in a story from any state
    ],
)
def test_a_town_the_story_s_state_lacks_is_the_namesake_across_its_line(name, state, read_as):
    place = resolve_place_name(name, None, {"US"}, state)
    assert (place.name, place.admin1) == (name, read_as)


def test_a_state_named_for_where_a_person_is_from_does_not_set_the_story_there(nlp):
    text = (
        "Two charged in shooting that wounded Ohio man\n\n"
        "A man from out of state was shot outside a diner in Harrisburg, Pennsylvania, on Friday."
    )
    assert article_admin1(nlp(text)) == "Pennsylvania"
    # named alone, the state still sets the story
    assert article_admin1(nlp("A man was shot and wounded in Ohio on Friday, police said.")) == "Ohio"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Officers are investigating a robbery that occurred in Ladue Monday night.", "Ladue"),
        ("A woman was stabbed in Kirkwood Saturday night, officers said.", "Kirkwood"),
    ],
)
def test_a_day_after_a_town_ends_its_name(places, text, town):
    # the tagger runs the weekday into the town's name, or tags neither
    assert [(h.location.name, h.location.admin1) for h in places(text, {"US"})][:1] == [(town, "Missouri")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot at Warren and Conner on the east side.", []),
        ("A teen was wounded near Gratiot and Elm early Sunday.", []),
        ("A man was shot in Warren and taken to a hospital.", [("Warren", "Michigan")]),
        ("Shots were fired in the 900 block of Elm Street, near Warren and Conner.", []),
        # one shooting named by two names happened at their corner
        ("Jon Reyes, the victim in the Warren and Conner shootout, was 24.", []),
        # a town's name and another's police before an incident word further on name no corner
        ("Shots fired in Warren And Pontiac Police Investigate Shooting", [("Warren", "Michigan")]),
        # streets named together, the first without its street word, are no town the street lies in
        (
            "The woman was found in the 100 block of Elm Street, which connects the 500 blocks of "
            "Springfield and Oak Streets.",
            [],
        ),
    ],
)
def test_two_bare_names_joined_at_a_spot_are_a_corner_not_a_town(places, text, expected):
    found = places(text, {"US"}, admin1="Michigan")
    assert [(h.location.name, h.location.admin1) for h in found if h.location.precision == "city"] == expected


def test_a_county_of_many_suburbs_outranks_a_namesake_with_one_bigger_town(gaz):
    # St. Louis County, Missouri, is suburbs none as big as Duluth, in St. Louis County, Minnesota
    assert [county.admin1 for county, _people in gaz.counties_named("St. Louis County")][:1] == ["Missouri"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbourhood in a part of the city is in the city; "the Englewood neighborhood" is one's name
        ("A man was shot in a west Dayton neighborhood on Friday afternoon.", [("Dayton", "Ohio", "city")]),
        ("A boy was shot in the Englewood neighborhood on Sunday.", [("Englewood", None, "venue")]),
        # "the X section of" a city names a part of it, whatever town of the state shares X's name
        ("A boy was hurt by gunfire in the Germantown section of Toledo on Sunday.", [("Toledo", "Ohio", "city")]),
        # where a suspect was staying is no scene; the second street of a corner is no town
        ("The suspect, who was staying in Dayton, shot a man in Springfield.", [("Springfield", "Missouri", "city")]),
        ("Later he stole a van at Main St. and Logan and drove off.", [("Main St.", None, "venue")]),
    ],
)
def test_parts_of_a_city_stays_and_corners(places, text, expected):
    found = places(text, {"US"})
    assert [(h.location.name, h.location.admin1, h.location.precision) for h in found] == expected


@pytest.mark.parametrize(
    ("force", "town", "county"),
    [
        # the sheriff's county is not the station's: the unlisted town lies in the sheriff's county
        ("Sauk County Sheriff's Office", "Birchton", "Sauk County"),
        # the sheriff serves the dateline's own county: a name the gazetteer lacks is part of the city
        ("Dane County Sheriff's Office", "Madison", "Dane County"),
    ],
)
def test_a_town_the_gazetteer_lacks_lies_in_the_county_whose_sheriff_investigates(nlp, force, town, county):
    doc = nlp(
        f"MADISON, Wis. -\n\nThe {force} said a woman died Tuesday.\n\n"
        "She was shot on Jan. 2 in Birchton, officials said."
    )
    sent = list(doc.sents)[-1]
    (hit,) = find_places(sent, context_countries={"US"}, admin1="Wisconsin")
    assert (hit.location.name, hit.location.admin2, hit.location.admin1) == (town, county, "Wisconsin")


def test_a_name_near_a_street_told_by_its_bare_name_is_a_cross_street(places):
    hits = places("Two men were shot outside a club on Alder near Greenwood on Sunday.", {"US"})
    assert [h.location.name for h in hits if h.location.precision == "city"] == []
    # a road named with its number is no bare name: the town near it is a town
    hits = places("Two men were shot on Route 9 near Greenwood on Sunday.", {"US"})
    assert [h.location.name for h in hits if h.location.precision == "city"] == ["Greenwood"]


def test_a_dateline_among_a_station_pages_teasers_loses_to_the_stations_state(nlp):
    # a South Carolina station's page: teasers of other stories first, one of them with another
    # station's dateline, then the story, whose county and town are in the station's state
    teasers = (
        "A school board in the valley voted to delay the new calendar.\n\n"
        "A bakery on Main Street reopened after the flood.\n\n"
        "HAZARD, KY (WXYZ) \u2013 A town rallied around a teen who lost both parents this spring.\n\n"
    )
    story = "The Pickens County Sheriff's Office said a man was shot Friday in Easley.\n"
    headline = "Man shot in Easley\n\n"
    assert article_state(nlp(headline + teasers + story), "South Carolina") == ("South Carolina", False)
    # the same dateline opening the story is the story's own
    opening = "HAZARD, KY (WXYZ) \u2013 Police said a man was shot Friday on Elm Street.\n\n"
    assert article_state(nlp(headline + opening + teasers + story), "South Carolina") == ("Kentucky", False)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were found shot dead in a home in the Dayton suburbs on Sunday.",
        "Three people were found shot dead in a home in Dayton's northern suburbs on Sunday.",
        "Three people were found shot dead in a home in a Dayton suburb on Sunday.",
    ],
)
def test_a_city_named_for_its_suburbs_keeps_the_suburbs_in_its_words(places, text):
    # the city stays the place read; its words say the story happened around it, not at it
    [hit] = places(text, {"US"})
    assert (hit.location.name, hit.location.admin1) == ("Dayton", "Ohio")
    assert hit.location.text.endswith(("suburbs", "suburb"))
    # "suburban Elmvale" is Elmvale itself, a suburb
    [hit] = places("Three people were found shot dead in a home in suburban Dayton on Sunday.", {"US"})
    assert hit.location.name == "Dayton" and hit.location.text.endswith("in suburban Dayton")


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Elmvale police said the man was shot.", ["Elmvale"]),
        ("The man, who worked at a store, was shot, Elmvale police said.", ["Elmvale"]),
        ("Shots were fired by Elmvale police officers after the chase.", ["Elmvale"]),
        # a force named as someone's employer is not the force that investigates
        ("He was once an employee of the Elmvale Police Department, officials said.", []),
        ("Before that he worked as an officer for the Elmvale Police Department.", []),
    ],
)
def test_a_police_force_named_as_an_employer_places_nothing(text, towns):
    assert [name for name, _start, _end in police_towns(text)] == towns
