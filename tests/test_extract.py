"""Extraction: sentences grouped into the article's main incident, other incidents, and background."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.clean import clean_document
from crosswire.model import CleanText, CountValue, Document

PUBLISHED = dt.date(2025, 6, 14)  # a Saturday


def _mentions(extractor, text, published=PUBLISHED):
    doc = Document(doc_id="d", content=text, published=published)
    return extractor.extract(doc, CleanText(doc_id="d", text=text))


def _values(mention, field):
    return [c.value for c in mention.claims_for(field)]


def test_main_incident_gathers_figures_date_place_and_quotes(extractor):
    text = (
        "DAYTON, Ohio - Two men were killed and three others wounded when a gunman opened fire outside a bar "
        "on Friday night, police said.\n\nThe shooting happened near the corner of Quarry Street and Main Street."
    )
    [main] = _mentions(extractor, text)
    assert main.role == "main" and main.event_type == "Violence against civilians"
    assert [v.stated for v in _values(main, "killed")] == [2]
    assert [v.stated for v in _values(main, "injured")] == [3]
    assert _values(main, "date")[0].earliest == dt.date(2025, 6, 13)
    place = _values(main, "place")[0]
    assert (place.name, place.admin1, place.country) == ("Dayton", "Ohio", "US")
    for claim in main.claims:
        assert text[claim.start : claim.end] == claim.quote


def test_no_publication_date_leaves_weekday_unresolved(extractor):
    [main] = _mentions(extractor, "A gunman killed two people in Dayton, Ohio, on Friday.", published=None)
    [date] = _values(main, "date")
    assert date.earliest is None and "Friday" in date.expression


def test_an_older_incident_recalled_for_comparison_is_background(extractor):
    text = (
        "Gunmen killed 12 people at a wedding in Kano, Nigeria, on Thursday, officials said. "
        "It was the deadliest attack in the city since the bombing of a market in 2014."
    )
    mentions = _mentions(extractor, text)
    roles = {m.role: m for m in mentions}
    assert set(roles) == {"main", "background"}
    assert _values(roles["background"], "date")[0].earliest.year == 2014
    assert all("2014" not in c.quote for c in roles["main"].claims)


def test_a_toll_of_last_summer_is_an_older_incident(extractor):
    text = (
        "Two men were wounded in a shooting on Birch Lane in Elmvale, Ohio, on Friday night, police said.\n\n"
        "Last summer, a waiter was shot dead when a gunman fired into a diner on Quarry Street."
    )
    main, older = _mentions(extractor, text)
    assert (main.role, older.role) == ("main", "background")
    assert _values(main, "killed") == []
    assert [(v.earliest, v.latest) for v in _values(older, "date")] == [(dt.date(2024, 6, 1), dt.date(2024, 8, 31))]


def test_an_undated_sentence_naming_only_the_recalled_incident_s_victim_goes_on_telling_it(extractor):
    text = (
        "Jon Carter, 30, was one of five people wounded in a shooting on Birch Lane in Elmvale, Ohio, early "
        "Friday, police said.\n\n"
        "Last fall, Lena Dawson, 23, was hit by gunfire outside a diner on Quarry Street on Oct. 3.\n\n"
        "Dawson died of her wounds at Elmvale General.\n\n"
        "Carter was struck in the leg and is expected to survive."
    )
    main, older = _mentions(extractor, text)
    assert (main.role, older.role) == ("main", "background")
    assert _values(main, "killed") == []
    assert [v.low for v in _values(older, "killed")] == [1]
    # a sentence naming the story's own people stays with the story
    assert any(c.quote.startswith("Carter was struck") for c in main.claims)


def test_a_headline_s_old_incident_is_the_story_s_when_the_story_dates_none_of_its_own(extractor):
    text = (
        "Plea deal reached in 2023 Elmvale shooting death\n\n"
        "The man accused in the deadly shooting of a toddler on Birch Lane pleaded guilty on Monday."
    )
    [main] = _mentions(extractor, text)
    assert main.role == "main"
    assert [(v.earliest.year, v.precision) for v in _values(main, "date")] == [(2023, "year")]
    # a story that dates its own incident keeps the headline's older one apart
    dated = text + " Police said the boy was shot Friday."
    assert {m.role for m in _mentions(extractor, dated)} == {"main", "background"}


def test_a_timeline_s_dated_lines_are_older_incidents_not_the_story_s(extractor):
    text = (
        "Two dead, five wounded in Elmvale shooting\n\n"
        "May 1998: Five workers shot dead at a Millbrook bakery.\n\n"
        "June 2010: Two guards killed in a Pine Hollow bank robbery.\n\n"
        "Two men were killed and five people were wounded on Birch Lane early Friday, police said."
    )
    main, *others = _mentions(extractor, text)
    assert [v.stated for v in _values(main, "killed")] == [2, 2]
    assert [v.stated for v in _values(main, "injured")] == [5, 5]
    assert {m.role for m in others} == {"background"}
    assert sorted(v.stated for m in others for v in _values(m, "killed")) == [2, 5]


def test_a_title_case_headline_s_news_is_the_story_s_though_its_other_statement_recalls_an_older_one(extractor):
    text = (
        "Four Men Shot On Birch Lane; One Had Been Jailed Over 2019 Mass Shooting\n\n"
        "ELMVALE, Ohio -- Police say the shooting happened on Friday night outside a bar."
    )
    main = next(m for m in _mentions(extractor, text) if m.role == "main")
    assert [v.stated for v in _values(main, "shot")] == [4]
    assert all("2019" not in v.expression for v in _values(main, "date"))


def test_a_toll_set_months_or_years_before_the_story_is_not_the_story_s(extractor):
    text = (
        "Two men were wounded in a shooting outside a bar in Dayton, Ohio, on Friday night, police said. "
        "A year earlier, a bouncer was shot and killed at the same bar. "
        "Two other patrons were shot dead at the bar years ago. "
        "The shooting came three months after a drive-by there left one person dead. "
        "In March, a driver plowed into the patio, injuring 12."
    )
    main, *older = _mentions(extractor, text)
    assert main.role == "main" and {m.role for m in older} == {"background"}
    assert [v.low for v in _values(main, "injured")] == [2]
    assert _values(main, "killed") == []
    assert sorted(v.low for m in older for v in _values(m, "killed")) == [1, 1, 2]
    assert [v.low for m in older for v in _values(m, "injured")] == [12]


def test_a_past_decade_is_background_and_a_past_century_is_history(extractor):
    text = (
        "Two men were wounded in a shooting outside a bar in Dayton, Ohio, on Friday night, police said. "
        "In the 14th century, raiders burned the town and killed 300 people. "
        "During the 1980s, three officers were shot dead on the same street."
    )
    main, older = _mentions(extractor, text)
    assert (main.role, older.role) == ("main", "background")
    assert _values(main, "killed") == []
    assert [v.low for v in _values(older, "killed")] == [3]
    assert _mentions(extractor, "Centuries ago, raiders burned Dayton and killed 300 people.") == []


def test_a_shooting_an_arrest_months_before_the_story_s_followed_is_background(extractor):
    text = (
        "A 16-year-old girl was shot dead in front of her house in Elmvale, Ohio, on Friday morning, police said. "
        "Jon Reyes, 30, was arrested in August 2023 after police said he shot and wounded six people at a "
        "block party on Birch Lane."
    )
    main, older = _mentions(extractor, text)
    assert (main.role, older.role) == ("main", "background")
    assert [v.low for v in _values(main, "killed")] == [1] and _values(main, "injured") == []
    assert [v.low for v in _values(older, "injured")] == [6]
    # a story with no dated incident of its own may be about the shooting the arrest followed
    alone = "Jon Reyes, 30, was arrested in August 2023 after police said he shot and wounded six people in Elmvale."
    [main] = _mentions(extractor, alone)
    assert main.role == "main" and [v.low for v in _values(main, "injured")] == [6]
    # a step told without its year may lie ahead: "a June 20 hearing" is no older incident's
    ahead = text.replace(
        "was arrested in August 2023 after police said he", "is awaiting a June 20 hearing; police said he"
    )
    assert [m.role for m in _mentions(extractor, ahead)] == ["main"]


def test_the_children_an_earlier_shooting_killed_are_not_the_story_s_people(extractor):
    # "comes just over a month after": a story recalls older shootings, loosely timed
    text = (
        "A 3-year-old boy in Lakeview was accidentally shot in the chest at home on Thursday, police said. "
        "The shooting comes just over a month after 11-year-old Mara Quinn and 12-year-old Jon Reyes "
        "were killed in separate shootings."
    )
    main, *older = _mentions(extractor, text)
    assert main.role == "main" and [m.role for m in older] == ["background"]
    assert not {"Mara Quinn", "Jon Reyes"} & set(main.subjects)


@pytest.mark.parametrize(
    ("text", "place", "told_apart"),
    [
        (
            "A bomb exploded at a bus station in Mombasa, Kenya, killing three people on Monday. "
            "In a separate attack, gunmen killed a shopkeeper in Garissa on Tuesday.",
            "Garissa",
            True,
        ),
        # a second town may be the same shooting's, misread; only "another", "separate" tell incidents apart
        (
            "A boy was killed in an accidental shooting in Marion County on Friday, deputies said. "
            "The coroner said the boy was shot at a home in Fairfield, Illinois, on Friday night.",
            "Fairfield",
            False,
        ),
    ],
)
def test_a_mention_elsewhere_is_kept_from_the_main_story_only_when_told_apart(extractor, text, place, told_apart):
    main, other = _mentions(extractor, text)
    assert (main.role, other.role) == ("main", "related")
    assert _values(other, "place")[0].name == place
    assert other.distinct_from == ([main.mention_id] if told_apart else [])


def test_a_bystander_unrelated_to_the_victim_is_no_other_incident(extractor):
    text = (
        "An 8-year-old girl was fatally shot late Saturday in Elmvale, police said.\n\n"
        "The girl stood beside an unrelated woman, 31, outside a corner shop shortly before midnight "
        "Saturday when gunfire broke out. She was struck in the chest and died at a hospital."
    )
    [main] = _mentions(extractor, text)
    assert main.role == "main" and {v.low for v in _values(main, "killed")} == {1}
    # the story that tells another incident apart still does
    told_apart = text + " In an unrelated shooting, a man was wounded on Birch Lane on Friday."
    assert [m.role for m in _mentions(extractor, told_apart)] == ["main", "related"]


def test_a_new_victim_earlier_the_same_day_is_another_incident(extractor):
    text = (
        "A man was shot and wounded on Elm Street in Lakeview on Friday night, police said. "
        "Earlier Friday, a 23-year-old driver was fatally shot on Alder Avenue."
    )
    main, other = _mentions(extractor, text)
    assert (main.role, other.role) == ("main", "related")
    assert _values(main, "killed") == []
    assert [v.low for v in _values(other, "killed")] == [1]


def test_an_attack_days_before_the_story_s_own_is_another_incident(extractor):
    text = (
        "A girl was shot in the leg Friday in Elmvale, police said.\n\n"
        "It is the third shooting in the town this week. On Tuesday, two men were wounded in a shooting "
        "on Birch Lane."
    )
    main, other = _told_apart(extractor, text, dt.date(2025, 6, 13))
    assert {v.earliest for v in _values(other, "date")} == {dt.date(2025, 6, 10)}
    assert other.distinct_from == [main.mention_id]


def test_after_the_story_counts_its_incident_among_others_an_attack_the_day_before_is_one_of_them(extractor):
    text = (
        "A teenager was seriously injured in a shooting in Elmvale on Friday afternoon.\n\n"
        "No one else was hurt, police said.\n\n"
        "This is the third shooting in Elmvale in two days. A woman was shot on Birch Lane on Thursday "
        "evening and two people were shot late Thursday night on Alder Avenue."
    )
    main, other = _told_apart(extractor, text, dt.date(2025, 6, 13))
    assert [v.low for v in _values(main, "injured")] == [1, 0]
    assert _values(main, "shot") == []
    # without the count of shootings, the day before may be the same attack's beginning: one story
    (alone,) = _mentions(extractor, text.replace("This is the third shooting in Elmvale in two days. ", ""))
    assert [v.low for v in _values(alone, "shot")] == [2]


def test_others_killed_the_same_night_are_another_incident_s(extractor):
    text = (
        "A 10-year-old boy died after he was shot in the head outside his home in Elmvale on Tuesday, police said. "
        "Two other teenagers died that same night, among them a 16-year-old on Birch Lane."
    )
    main, *others = _mentions(extractor, text)
    assert [v.low for v in _values(main, "killed")] == [1]
    assert [v.low for o in others for v in _values(o, "killed")] == [2]
    # the same night's other victims of the same gunfire are the story's own
    same = text.replace("Two other teenagers died that same night", "Two other teenagers died in the gunfire")
    assert 2 in [v.low for v in _values(_mentions(extractor, same)[0], "killed")]


def test_an_attack_on_the_same_block_is_another_incident(extractor):
    # an update line first recalls Monday's killing on that block; the story's own is Thursday's
    text = (
        "Three teens wounded on Birch Lane\n\n"
        "UPDATE: Detectives have not named a suspect. A 20-year-old woman was fatally shot on the same "
        "block on Monday, a neighbour said.\n\n"
        "Three teenagers were wounded on Birch Lane in Elmvale late Thursday. Each was taken to a hospital."
    )
    _killing_told_apart(extractor, text, dt.date(2025, 6, 12))


def _told_apart(extractor, text, story_day):
    """The story's own incident, dated ``story_day``, and the one other incident it tells apart."""
    main, other = _mentions(extractor, text)
    assert (main.role, other.role) == ("main", "related")
    assert {v.earliest for v in _values(main, "date")} == {story_day}
    return main, other


def _killing_told_apart(extractor, text, story_day):
    """The story's own incident, of ``story_day``, kills no one; the other incident it tells kills one."""
    main, other = _told_apart(extractor, text, story_day)
    assert _values(main, "killed") == []
    assert [v.low for v in _values(other, "killed")] == [1]


def test_one_more_attack_told_on_another_day_is_another_incident(extractor):
    # the story is Friday's shooting; "also" adds Thursday night's killing, a day before it
    text = (
        "A teenager was shot in the leg at the Birch Lane basketball court in Elmvale on Friday. "
        "He was taken to a hospital. "
        "Police said a 19-year-old man was also fatally shot on Quarry Street on Thursday night."
    )
    _killing_told_apart(extractor, text, dt.date(2025, 6, 13))
    # on the story's own day, "also" adds a victim of its incident
    same_day = text.replace("on Thursday night", "on Friday")
    [main] = _mentions(extractor, same_day)
    assert [v.low for v in _values(main, "killed")] == [1]


def test_other_victims_told_on_another_day_are_another_incident(extractor):
    # the story is Friday's shooting; "two other men" wounded on Thursday are another incident's
    text = (
        "A cyclist was shot in the shoulder near Juniper Court in Elmvale on Friday afternoon, police said. "
        "She was driven to Elmvale General. "
        "Two other men were wounded on Thursday outside a diner on Quarry Street, police said."
    )
    main, other = _told_apart(extractor, text, dt.date(2025, 6, 13))
    assert _values(main, "injured") == [] and [v.low for v in _values(other, "injured")] == [2]
    # on the story's own day they are more of its victims; a second victim who dies a day on is its own too
    for same_incident in (
        text.replace("on Thursday", "in the shooting"),
        text.replace("Two other men were wounded on Thursday outside a diner", "Another man died on Saturday"),
    ):
        assert [m.role for m in _mentions(extractor, same_incident)] == ["main"]


def test_a_victim_who_lived_on_the_same_block_is_the_story_s_own(extractor):
    text = (
        "A man was shot and killed on Birch Lane in Elmvale on Friday night. "
        "Ann Roe, 28, who lived on the same block, was wounded in the shooting."
    )
    [main] = _mentions(extractor, text)
    assert [v.low for v in _values(main, "killed")] == [1]
    assert 1 in [v.low for v in _values(main, "injured")]


def test_a_local_site_places_a_town_the_story_gives_no_state(extractor):
    text = "Three people were wounded in a shooting in Pasadena on Friday night, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.nbclosangeles.com/news/local/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    place = _values(main, "place")[0]
    assert (place.name, place.admin1) == ("Pasadena", "California")


def test_a_story_that_places_nothing_is_in_its_local_site_s_state_as_a_guess(extractor):
    text = "Teen accidentally shoots 6-year-old cousin in arm"
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.nbclosangeles.com/news/local/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    (place,) = _values(main, "place")
    assert (place.name, place.admin1, place.precision, place.state_guessed) == (
        "California",
        "California",
        "admin1",
        True,
    )
    assert place.lat is None
    # a site that names no state tells nothing; a story that names its town keeps it alone
    (elsewhere,) = extractor.extract(
        Document(doc_id="d", content=text, published=PUBLISHED, url="https://example.com/news/x"),
        CleanText(doc_id="d", text=text),
    )
    assert _values(elsewhere, "place") == []
    town_text = "A teen accidentally shot a 6-year-old cousin in the arm in Pasadena on Friday."
    (town,) = extractor.extract(
        Document(doc_id="d", content=town_text, published=PUBLISHED, url=doc.url), CleanText(doc_id="d", text=town_text)
    )
    assert {p.precision for p in _values(town, "place")} == {"city"}


def test_a_county_the_story_places_it_in_keeps_out_a_town_of_another_county(extractor):
    # Whitehouse is a town of Smith County; the boy only went to school there
    text = (
        "Whitehouse teen dies in hunting accident\n\n"
        "A 16-year-old died Thursday afternoon in a hunting accident in Webb County during a stay with his dad."
    )
    doc = Document(doc_id="d", content=text, published=PUBLISHED)
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert {p.name for p in _values(main, "place")} == {"Webb County"}
    # a town of the county refines it
    inside = text.replace("Whitehouse", "Laredo")
    inside_doc = Document(doc_id="d", content=inside, published=PUBLISHED)
    (town,) = extractor.extract(inside_doc, CleanText(doc_id="d", text=inside))
    assert {p.name for p in _values(town, "place")} == {"Webb County", "Laredo"}


def test_a_local_site_places_a_neighbourhood_the_story_puts_in_no_town(extractor):
    text = "A woman was found shot dead in the Elm Park neighborhood on Friday, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://chicago.suntimes.com/crime/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    place = _values(main, "place")[0]
    assert (place.name, place.admin2, place.admin1) == ("Elm Park", "Chicago", "Illinois")


def test_a_big_city_s_police_place_a_street_on_another_state_s_site(extractor):
    # a station's site relays a story of another state's big city: its police work at home
    text = (
        "(WXYZ) - Memphis police arrested a man in the killing of a store clerk.\n\n"
        "The clerk was shot and killed at a grocery on Birch Street on Friday."
    )
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.walb.com/story/1/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text, outlet="WALB Albany, GA"))
    assert {(p.name, p.admin1) for p in _values(main, "place")} >= {("Memphis", "Tennessee")}


def test_a_county_s_police_place_a_street_in_their_county_not_in_the_site_s_city(extractor):
    text = (
        "A woman and her baby were wounded when a gun went off in an apartment on Birch Lane, "
        "DeKalb County police said Tuesday."
    )
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.fox5atlanta.com/news/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    places = {(p.name, p.admin2, p.admin1) for p in _values(main, "place")}
    assert ("DeKalb County", "DeKalb County", "Georgia") in places
    assert not any(admin2 == "Atlanta" for _name, admin2, _state in places)
    # the city's own police: the story is in the site's city
    city_text = text.replace("DeKalb County", "Atlanta")
    (city,) = extractor.extract(
        Document(doc_id="d", content=city_text, published=PUBLISHED, url=doc.url), CleanText(doc_id="d", text=city_text)
    )
    assert "Atlanta" in {p.name for p in _values(city, "place")} | {p.admin2 for p in _values(city, "place")}


def test_a_local_site_state_outranks_a_guess_from_the_towns_named(extractor):
    # Colchester and Marlborough are towns in Connecticut and in Massachusetts; the site says which.
    text = (
        "A 14-year-old on a dirt bike was shot in the ankle in Colchester on Wednesday, police said. "
        "He was taken to a hospital near Marlborough."
    )
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.nbcconnecticut.com/news/local/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert {v.admin1 for v in _values(main, "place")} == {"Connecticut"}


def test_a_town_two_states_have_is_the_one_near_the_local_site_s_city(extractor):
    # Charlotte's metro spans two states, so its site tells no state; Shelby, NC is near it, Shelby, MI is not
    text = "A 4-year-old girl was wounded by gunfire from a passing car in Shelby on Monday night, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.fox46charlotte.com/news/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    place = _values(main, "place")[0]
    assert (place.name, place.admin1) == ("Shelby", "North Carolina")


def test_a_site_named_for_a_region_of_several_states_chooses_among_them(extractor):
    # the biggest Conway is in Arkansas; a site named for the Carolinas reads South Carolina's
    text = "CONWAY - A 3-year-old boy was hurt when a gun went off at a home on Elm Street on Tuesday, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.carolinanewsdesk.com/x")
    place = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")[0]
    assert (place.name, place.admin1) == ("Conway", "South Carolina")


def test_a_site_s_section_named_for_a_region_reads_a_bare_town_there_not_abroad(extractor):
    # the biggest Enfield is a London borough; a site's New England section reads Connecticut's
    text = "A 10-year-old boy was shot in the arm near a ball field in Enfield on Saturday night."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.example.com/news/new-england/x")
    place = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")[0]
    assert (place.name, place.admin1) == ("Enfield", "Connecticut")


@pytest.mark.parametrize(
    ("url", "state"),
    [
        # the biggest Meridian is in Idaho; a W station is east of the Mississippi, a K station west
        ("https://www.wxyq.com/news/x", "Mississippi"),
        ("https://kxyq5.com/news/x", "Idaho"),
        ("https://www.wsj.com/news/x", "Idaho"),  # a newspaper's initials are no call letters
    ],
)
def test_a_broadcaster_s_call_letters_choose_the_side_of_the_mississippi(extractor, url, state):
    text = "MERIDIAN - A 6-year-old was shot in the shoulder on Wednesday while riding in a pickup, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url=url)
    place = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")[0]
    assert (place.name, place.admin1) == ("Meridian", state)


@pytest.mark.parametrize(
    ("url", "state"),
    [("https://news.wxyq.com/x", "North Carolina"), ("https://www.kx3.com/x", "Oklahoma")],
)
def test_a_broadcaster_s_side_of_the_mississippi_settles_a_shared_county(extractor, url, state):
    # North Carolina and Oklahoma both have a Johnston County
    text = "Five people were wounded in a shooting in Johnston County early Sunday, deputies said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url=url)
    place = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")[0]
    assert (place.name, place.admin1) == ("Johnston County", state)


def test_a_broadcaster_s_site_makes_a_bare_town_american(extractor):
    text = "A teenager was shot dead in Chelsea on Friday, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.wxyq.com/article/x")
    place = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")[0]
    assert (place.name, place.country, place.admin1) == ("Chelsea", "US", "Massachusetts")


def test_the_area_code_of_a_tip_line_gives_the_state(extractor):
    # three states have a Springfield of over 100,000 people; Illinois' area code is 217
    text = (
        "SPRINGFIELD - A 13-year-old was shot in the leg on Wednesday afternoon, police said.\n\n"
        "Detectives ask that tips be phoned in to (217) 555-0142."
    )
    [main] = _mentions(extractor, text)
    place = _values(main, "place")[0]
    assert (place.name, place.admin1) == ("Springfield", "Illinois")


def test_a_small_far_namesake_is_a_part_of_the_local_site_s_city(extractor):
    # the gazetteer's only Lawndale is a California suburb; on a Chicago site it is a part of Chicago
    text = "Seven people were shot in Lawndale on Monday night, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://chicago.suntimes.com/crime/x")
    places = _values(extractor.extract(doc, CleanText(doc_id="d", text=text))[0], "place")
    assert [(p.name, p.admin1, p.lat) for p in places] == [("Lawndale", "Illinois", None)]
    [main] = _mentions(extractor, text)
    assert _values(main, "place")[0].admin1 == "California"


def test_a_dateline_state_keeps_an_unknown_town_out_of_other_countries(extractor):
    text = "Hunter hurt near Rose Hall\n\nLevy County, Fla.--\n\nA hunter was shot and wounded near Rose Hall."
    [main] = _mentions(extractor, text)
    assert {(p.country, p.admin1) for p in _values(main, "place")} == {("US", "Florida")}


def test_a_station_dateline_does_not_replace_a_town_the_text_places_in_its_state(extractor):
    text = (
        "Two hurt in farm shooting\n\nMEMPHIS, Tenn. --\n\n"
        "Two men were shot and wounded at a farm in Quillby, Tennessee, on Sunday, deputies said."
    )
    [main] = _mentions(extractor, text)
    assert [(p.name, p.admin1) for p in _values(main, "place")] == [("Quillby", "Tennessee")]


def test_officials_named_with_their_office_are_no_party_to_the_incident(extractor):
    text = (
        "Two men were shot and wounded on Elm Street in Dayton, Ohio, on Friday night. "
        '"This violence has to stop," Mayor Karen Holloway said at the scene. '
        "Sgt. Robert Kessler said a third victim, Officer Mara Quinn, was also hurt."
    )
    [main] = _mentions(extractor, text)
    assert "Karen Holloway" not in main.names and "Robert Kessler" not in main.names
    assert "Mara Quinn" in main.names


def test_a_town_named_as_a_modifier_is_looked_up_in_the_article_state_first(extractor):
    # a Detroit site's story: "Oak Park" is Michigan's, not the bigger one in Illinois
    text = "Pair held after fatal Oak Park shooting\n\nPolice said the two men were arrested Sunday."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.detroitdaily.com/story/1")
    [main] = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert {(p.name, p.admin1) for p in _values(main, "place")} == {("Oak Park", "Michigan")}


def test_the_town_of_the_hospital_named_as_a_modifier_is_no_place_of_the_incident(extractor):
    text = (
        "Father charged after son shot\n\n"
        "A father was charged Monday after his rifle went off and wounded his son, who was sent to a "
        "Knoxville hospital."
    )
    [main] = _mentions(extractor, text)
    assert "Knoxville" not in {p.name for p in _values(main, "place")}


@pytest.mark.parametrize(
    "text",
    [
        "Four men shot near Alder Park\n\nFour men were shot near Alder Park on Tuesday night.\n\n"
        "Officers found them on Quill Street, where it meets the 2700 blocks of Springfield and Dover Avenues.",
        "Man hurt\n\nA man was shot in the arm at the corner of Prescott and Birch, officers said.",
    ],
)
def test_streets_named_in_pairs_are_no_towns(extractor, text):
    [main] = _mentions(extractor, text)
    assert not {p.name for p in _values(main, "place")} & {"Springfield", "Dover", "Prescott"}


def test_a_street_named_like_a_state_names_no_state(extractor):
    text = "A woman was hurt in a shooting late Sunday near Birch and Colorado avenues."
    [main] = _mentions(extractor, text)
    assert {p.admin1 for p in _values(main, "place")} <= {None}


def test_a_town_named_as_a_modifier_is_no_small_town_abroad_in_an_american_story(extractor):
    text = (
        "Man held after 2 killed, 3 hurt in Dungarvan party shooting\n\n"
        "Deputies said the gunfire broke out at a trailer park in Austin, Texas."
    )
    [main] = _mentions(extractor, text)
    assert {p.country for p in _values(main, "place")} == {"US"}


def test_a_state_police_force_names_the_state_and_a_body_part_is_no_place(extractor):
    text = (
        "Cops: Dad Accidentally Shoots Son in Stomach\n\n"
        "Vermont State Police say a man shot his son by mistake at a campground in Ira."
    )
    [main] = _mentions(extractor, text)
    places = _values(main, "place")
    assert places and {(p.name, p.country, p.admin1) for p in places} == {("Ira", "US", "Vermont")}


@pytest.mark.parametrize(
    "agency", ["The Minnesota DNR", "The Minnesota Department of Natural Resources", "Minnesota State Patrol"]
)
def test_a_state_agency_names_the_state(extractor, agency):
    # Grand Rapids is a big city of Michigan and a small town of Minnesota: the agency says which
    text = (
        "Hunter shot by his son in accident\n\n"
        "A man was accidentally shot by his son while hunting near Grand Rapids on Saturday.\n\n"
        f"{agency} also responded to the scene."
    )
    [main] = _mentions(extractor, text)
    assert {(p.name, p.admin1) for p in _values(main, "place")} == {("Grand Rapids", "Minnesota")}


def test_a_town_the_gazetteer_lacks_is_in_the_local_site_state(extractor):
    text = "An 11-year-old boy is recovering after his father accidentally fired a gun in Wexcombe on Sunday."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.nbcconnecticut.com/news/local/x")
    (main,) = extractor.extract(doc, CleanText(doc_id="d", text=text))
    place = _values(main, "place")[0]
    assert (place.name, place.admin1, place.lat) == ("Wexcombe", "Connecticut", None)


def test_people_told_by_age_or_identified_anywhere_are_the_main_incident_s(extractor):
    # a later report may name the victim only in a sentence about something else: these names link it
    text = (
        "A man was shot and killed outside a bar in Dayton, Ohio, on Friday night, police said. "
        "Officers later identified him as Marcus Lee. Anna Cole, a police spokeswoman, said the case is open. "
        "His brother, Daniel Lee, 27, said he was a devoted father."
    )
    [main] = _mentions(extractor, text)
    assert main.subjects == ["Daniel Lee", "Marcus Lee"]
    assert set(main.subjects) <= set(main.names) and "Anna Cole" not in main.subjects


def test_an_arrest_date_does_not_date_the_attack(extractor):
    text = (
        "A gunman killed two people at a store in Dayton, Ohio, on Thursday. "
        "Police arrested a suspect on Saturday in connection with the shooting."
    )
    [main] = _mentions(extractor, text)
    assert {d.earliest for d in _values(main, "date")} == {dt.date(2025, 6, 12)}
    assert [v.stated for v in _values(main, "arrested")] == [1]


def test_the_day_neighbors_mourned_does_not_date_the_killing(extractor):
    text = (
        "Neighbors and friends in Dayton, Ohio, Sunday mourned the death of a man gunned down along with "
        "his daughter in his home.\n\nA tenant allegedly shot both with a rifle Saturday."
    )
    main = _mentions(extractor, text, published=dt.date(2025, 6, 16))[0]
    assert [d.expression for d in _values(main, "date")] == ["Saturday"]
    assert (
        _values(_mentions(extractor, "Neighbors in Dayton, Ohio, mourned on Sunday the killing of a man.")[0], "date")
        == []
    )


def test_a_day_written_before_a_hyphenated_incident_word_dates_the_incident(extractor):
    text = (
        "A Dayton man faces arraignment Tuesday on a murder count over the June 3 "
        "drive-by shooting near a corner store on Elm Street that killed a teenager."
    )
    [main] = _mentions(extractor, text)
    assert {d.earliest for d in _values(main, "date")} == {dt.date(2025, 6, 3)}


def test_a_city_s_force_shared_with_its_county_places_the_story_in_the_city(extractor):
    text = "Savannah Chatham Metropolitan Police said a man was shot on Elm Avenue on Friday."
    [main] = _mentions(extractor, text)
    assert [(v.name, v.admin1) for v in _values(main, "place") if v.precision == "city"] == [("Savannah", "Georgia")]


def test_where_the_suspect_was_caught_does_not_place_the_attack(extractor):
    text = (
        "DAYTON (WXYZ) — A woman was shot and killed outside a doughnut shop on Elm Street early Sunday.\n\n"
        "The suspect was captured outside Atlanta, Georgia, on Wednesday after a week on the run."
    )
    [main] = _mentions(extractor, text)
    assert [v.name for v in _values(main, "place")] == ["Dayton"]


def test_a_story_opening_on_the_arrest_elsewhere_keeps_its_shooting_one_incident(extractor):
    text = (
        "Murder warrant issued for suspect in Elm Street shooting\n\n"
        "Marshals arrested the suspect near Atlanta on Tuesday morning.\n\n"
        "A murder warrant was issued for a man suspected in a shooting that killed a woman "
        "in Dayton, Ohio, early Sunday.\n\n"
        "Her brother, who lives in Las Vegas, said she was visiting friends."
    )
    mentions = _mentions(extractor, text)
    assert [m.role for m in mentions] == ["main"]
    assert [v.name for v in _values(mentions[0], "place")] == ["Dayton"]


def test_shootings_named_by_their_place_are_an_incident(extractor):
    [sought] = _mentions(extractor, "Man wanted in Elm River tavern shootings surrenders")
    assert sought.event_type == "Violence against civilians"


def test_planned_denied_and_generic_attacks_are_not_incidents(extractor):
    text = (
        "Officials fear militants could attack the capital. "
        "There were no reports of violence. "
        "Groups have threatened to mount attacks on tourists."
    )
    assert _mentions(extractor, text) == []


def test_a_suspect_wanted_in_a_murder_tells_the_murder_and_wanting_to_shoot_tells_nothing(extractor):
    [wanted] = _mentions(extractor, "Millbrook teen wanted in double murder caught in Georgia")
    assert wanted.event_type == "Violence against civilians"
    assert {c.value.low for c in wanted.claims_for("killed")} == {2}
    sought_text = "A man sought in a shooting at a party turned himself in to police in Dayton, Ohio."
    [sought] = _mentions(extractor, sought_text)
    assert sought.event_type == "Violence against civilians"
    assert _mentions(extractor, "He said he wanted to shoot his neighbor in Dayton, Ohio.") == []


def test_calling_a_patron_a_hero_for_firing_on_a_gunman_is_no_call_for_violence(extractor):
    [fired] = _mentions(extractor, "Millbrook sheriff calls store patron 'hero' for firing on gunman")
    assert fired.event_type == "Violence against civilians"
    assert _mentions(extractor, "The group called for attacks on police in Dayton, Ohio.") == []


def test_police_called_to_a_shooting_were_summoned_to_one_that_happened(extractor):
    text = "On May 2 around 1:10 a.m., officers were called to a shooting at a tavern on Oak Street in Dayton, Ohio."
    [called] = _mentions(extractor, text)
    assert called.event_type == "Violence against civilians"
    assert [c.value.earliest for c in called.claims_for("date")] == [dt.date(2025, 5, 2)]


SATURDAY, FRIDAY, THURSDAY, MAY_2 = (
    dt.date(2025, 6, 14),
    dt.date(2025, 6, 13),
    dt.date(2025, 6, 12),
    dt.date(2025, 5, 2),
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a clause that seeks the doer, or asks why or who
        ("Investigators in Dayton, Ohio, are trying to find whoever fired into a crowd on Saturday.", SATURDAY),
        ("Police in Dayton, Ohio, are trying to determine who shot the man on Saturday.", SATURDAY),
        ("Officers in Dayton, Ohio, tried to stop the man, who had shot two people on Saturday.", SATURDAY),
        ("It wasn't immediately clear why the man opened fire on the band in Dayton, Ohio, on Friday.", FRIDAY),
        ("Police in Dayton, Ohio, do not know who shot the man on Friday.", FRIDAY),
        ("Anyone in Dayton, Ohio, who knows who may have shot the boy on Friday is asked to call police.", FRIDAY),
        # a clause of when under a verb of fearing tells what happened
        (
            "A deputy felt threatened when a car drove up to a roadblock in Dayton, Ohio, on Friday and "
            "shot the driver, police said.",
            FRIDAY,
        ),
        ("Police in Dayton, Ohio, do not know what sparked the shooting on Friday.", FRIDAY),
        # a quality of the deed denied, or another clause's "not"
        ("Investigators in Dayton, Ohio, said the shooting on Friday was not a homicide.", FRIDAY),
        ("Police said the two shooting deaths in Dayton, Ohio, on Friday were not connected.", FRIDAY),
        (
            "A woman in Dayton, Ohio, did not realize the gun was loaded and accidentally shot herself on Friday.",
            FRIDAY,
        ),
        # a deed done after the try or the threat
        ("Deputies in Dayton, Ohio, tried to subdue the man and then shot him on Friday.", FRIDAY),
        ("A man in Dayton, Ohio, threatened his wife and then shot her on Friday.", FRIDAY),
        # a step that refers to the deed by a preposition, whatever its modal or "not"
        ("No charges are expected after a fatal shooting Thursday in Dayton, Ohio.", THURSDAY),
        ("The Dayton, Ohio, sheriff would not give details about the shooting Thursday night.", THURSDAY),
        ("The prosecutor will not bring charges in the accidental shooting of a girl, 6, in Dayton, Ohio.", None),
        ("Police in Dayton, Ohio, have not said what might have led to the shooting on Friday.", FRIDAY),
        ("Police in Dayton, Ohio, would like to talk to him about a shooting that occurred on Friday.", FRIDAY),
        ("An investigation of the shooting death in Dayton, Ohio, on Friday could take several weeks.", FRIDAY),
        ("Police said Friday's shooting in Dayton, Ohio, will be referred to a grand jury.", FRIDAY),
        # naming the deed is no call for one
        ("A lawyer called the fatal shooting in Dayton, Ohio, on Friday a tragic incident.", FRIDAY),
        # a call the police took
        ("Officers in Dayton, Ohio, responded to a shooting call at 1:10 a.m. on May 2.", MAY_2),
        ("Police in Dayton, Ohio, said the call for a drive-by shooting came in at 1 a.m. on May 2.", MAY_2),
        ("Officers in Dayton, Ohio, took a call about shots fired near 1 a.m. on May 2.", MAY_2),
    ],
)
def test_a_deed_sought_asked_about_or_referred_to_was_done(extractor, text, day):
    [told] = _mentions(extractor, text)
    assert told.event_type == "Violence against civilians"
    assert [c.value.earliest for c in told.claims_for("date")] == ([day] if day else [])


@pytest.mark.parametrize(
    "text",
    [
        "Shots rang out Friday outside the funeral of a teenager who was killed last month in Dayton, Ohio.",
        "Gunfire erupted Friday at a vigil in Dayton, Ohio, for a man who was shot to death in March.",
    ],
)
def test_shots_at_a_gathering_for_the_dead_are_dated_by_the_gathering(extractor, text):
    [told] = _mentions(extractor, text)
    assert told.event_type == "Violence against civilians"
    assert [c.value.earliest for c in told.claims_for("date")] == [FRIDAY]


@pytest.mark.parametrize(
    "text",
    [
        "A man in Dayton, Ohio, tried to shoot his neighbor on Saturday.",
        "A man in Dayton, Ohio, threatened to shoot his wife when she left on Saturday.",
        "A man in Dayton, Ohio, tried and failed to shoot the guard on Friday.",
        "He did not shoot anyone in Dayton, Ohio, on Friday, his lawyer said.",
        "He did not stop and shoot in Dayton, Ohio, on Friday.",
        "No shots were fired by officers during the standoff in Dayton, Ohio, on Friday.",
        "No gunfire was reported during the robbery of a store in Dayton, Ohio, on Friday.",
        "The attack in Dayton, Ohio, never happened, police said on Friday.",
        "The shooting in Dayton, Ohio, was not reported to police until Monday.",
        "Police in Dayton, Ohio, could not say whether the man had fired at officers on Friday.",
        "A shooting could happen at any time in Dayton, Ohio, residents fear.",
        "The group issued a call for attacks on police in Dayton, Ohio.",
        "The planned attack on the mall in Dayton, Ohio, will be carried out on Friday, the group said.",
        "The threat of a terrorist attack in Dayton, Ohio, remains high, officials said on Friday.",
        "The cleric in Dayton, Ohio, renewed his calls for attacks on police on Friday.",
    ],
)
def test_a_deed_tried_denied_in_doubt_or_urged_is_no_incident(extractor, text):
    assert _mentions(extractor, text) == []


def test_an_attempt_told_after_a_semicolon_leaves_the_clause_before_it_told(extractor):
    # the parser may hang the first clause on the attempt after the semicolon
    text = "Woman found shot dead in Elmvale; suspect attempts suicide\n\nDeputies were called on Friday."
    [main] = _mentions(extractor, text)
    assert [v.stated for v in _values(main, "killed")] == [1]


def test_police_called_to_the_scene_for_a_shooting_date_the_shooting(extractor):
    # "for the shooting" tells an arrest's reason, not the call's: the call's day is the shooting's
    text = (
        "A woman was killed in Dayton, Ohio.\n\n"
        "Officers were called to the home just after 9 p.m. Sunday for the fatal shooting."
    )
    [called] = _mentions(extractor, text)
    assert [c.value.expression for c in called.claims_for("date")] == ["9 p.m. Sunday"]
    arrested = "A woman was killed in Dayton, Ohio.\n\nA man was arrested Sunday for the fatal shooting."
    assert [c.value.expression for m in _mentions(extractor, arrested) for c in m.claims_for("date")] == []


def test_in_a_charge_a_day_of_another_act_does_not_date_the_incident(extractor):
    # the charge names the homicide and a failure to lock up guns; the day is the failure's
    text = (
        "A boy was shot and killed in Dayton, Ohio.\n\n"
        "Prosecutors brought charges of reckless homicide and failure to store guns safely Thursday "
        "against the boy's stepfather."
    )
    assert [c.value.expression for m in _mentions(extractor, text) for c in m.claims_for("date")] == []
    told = "Two more were hurt in the shooting, which occurred around 11 a.m. Tuesday on Elm Avenue in Dayton, Ohio."
    assert [c.value.expression for m in _mentions(extractor, told) for c in m.claims_for("date")] == ["11 a.m. Tuesday"]


def test_an_earlier_incident_named_by_its_day_is_not_the_story_s(extractor):
    text = (
        "Four people were shot early Sunday near Elm Street in Dayton, Ohio.\n\n"
        "The area has seen a spate of shootings, including Thursday night's incident on Oak Street "
        "in which a teen was shot in the arm."
    )
    main = _mentions(extractor, text, published=dt.date(2025, 6, 16))[0]  # a Monday
    assert [c.value.expression for c in main.claims_for("date")] == ["early Sunday"]


def test_a_lede_s_day_stays_when_a_later_paragraph_tells_an_earlier_one(extractor):
    monday = dt.date(2025, 6, 16)
    text = (
        "Four people were wounded early Sunday near Elm Street in Dayton, Ohio.\n\n"
        "The area saw gunfire Wednesday afternoon as well, when a teen was shot on Oak Street."
    )
    main = _mentions(extractor, text, published=monday)[0]
    assert "early Sunday" in [c.value.expression for c in main.claims_for("date")]
    # the night before a lede's morning is the incident's own start
    night = (
        "A man was shot early Saturday near Elm Street in Dayton, Ohio.\n\n"
        "Police said the gunfire began late Friday night outside a bar."
    )
    main = _mentions(extractor, night, published=monday)[0]
    assert [c.value.expression for c in main.claims_for("date")] == ["late Friday night"]


@pytest.mark.parametrize(
    ("sentences", "reading", "expected"),
    [
        # the dead named one by one add up, each "also" one more
        (
            [
                "Jon Reyes, 22, was shot and killed Friday on Elm Street in Dayton, Ohio, police said.",
                "Reyes was rushed to a trauma center, where he was declared dead.",
                "Ann Roe, a customer at the shop, was also killed.",
            ],
            "2 told of one by one",
            2,
        ),
        # a parent told dead in a sentence of its own is one more than the young
        (
            [
                "Deputies were called to a home on Elm Street in Dayton, Ohio, on Thursday.",
                "The coroner said the two children, Tom Reyes, 5, and Ann Reyes, 11, died of their wounds.",
                "Their father, Jon Reyes, 48, died at the hospital hours later.",
            ],
            "2 of the young and a parent",
            3,
        ),
    ],
)
def test_a_toll_told_across_sentences_is_added_up_and_quotes_its_last(extractor, sentences, reading, expected):
    [main] = _mentions(extractor, "\n\n".join(sentences))
    added = [(c.value.low, c.quote) for c in main.claims_for("killed") if c.value.qualifier == reading]
    assert added == [(expected, sentences[-1])]


def test_a_story_that_counts_its_dead_adds_no_one_told_of_apart(extractor):
    # "also" is left to the reader: one of those counted, or one more
    counted = "Two people were killed Friday on Elm Street in Dayton, Ohio.\n\nAnn Roe was also killed."
    [main] = _mentions(extractor, counted)
    assert sorted(c.value.low for c in main.claims_for("killed")) == [1, 2]
    # a count that already takes in the parent is the story's own: nothing is added
    family = (
        "A man and his two children were found dead in a home on Elm Street in Dayton, Ohio, on Thursday.\n\n"
        "The coroner said the two children, Tom Reyes, 5, and Ann Reyes, 11, died of their wounds.\n\n"
        "Their father, Jon Reyes, 48, died at the hospital hours later."
    )
    assert _most_dead(extractor, family) == 3


def _most_dead(extractor, text: str) -> int:
    [main] = _mentions(extractor, text)
    return max(c.value.low for c in main.claims_for("killed"))


def test_an_attacker_killed_in_a_later_sentence_is_one_more_dead(extractor):
    text = (
        "A gunman shot and killed three police officers on Elm Street in Dayton, Ohio, on Sunday.\n\n"
        "The gunman was killed by police at the scene."
    )
    [main] = _mentions(extractor, text)
    added = [c for c in main.claims_for("killed") if c.value.qualifier == "3 killed and the attacker"]
    assert [(c.value.low, c.quote) for c in added] == [(4, "The gunman was killed by police at the scene.")]
    suicide = "A man shot and killed his wife in Dayton, Ohio, on Friday, police said.\n\nHe then took his own life."
    assert _most_dead(extractor, suicide) == 2
    # a headline's list of victims hangs on the killing: "before killing her cousin, neighbor"
    headline = (
        "Murder-suicide suspect fought with girlfriend before killing her cousin, neighbor\n\n"
        "Police said the man fired several shots on Elm Street in Dayton, Ohio, on Monday.\n\n"
        "Without a word, he turned a rifle on himself and took his own life."
    )
    assert _most_dead(extractor, headline) == 3
    # the source a headline opens with is not the one who killed
    assert _most_dead(extractor, "Police: " + headline) == 3
    assert _most_dead(extractor, "Police: Gunman" + headline.removeprefix("Murder-suicide suspect")) == 3
    # one who shot only himself killed no victims; one who turned the gun on herself may live
    himself = "Teen accidentally shoots, kills self\n\nA teen in Dayton, Ohio, accidentally shot and killed himself."
    assert _most_dead(extractor, himself) == 1
    herself = (
        "Woman admits killing husband, son\n\n"
        "Police said she shot her husband and son in Dayton, Ohio, before turning the gun on herself."
    )
    assert _most_dead(extractor, herself) == 2
    # whom police kill is no attacker's victim: the man they shot is the suspect told of again
    police = (
        "Police shot and killed a man who opened fire on Elm Street in Dayton, Ohio, on Friday.\n\n"
        "The suspect was killed after he wounded an officer."
    )
    assert _most_dead(extractor, police) == 1
    # a story that counts the attacker among its dead needs no more
    counted = (
        "Four people, including the gunman, died in a shooting on Elm Street in Dayton, Ohio, on Sunday.\n\n"
        "The gunman killed three officers before police killed him."
    )
    assert _most_dead(extractor, counted) == 4


def test_others_of_the_next_sentence_are_wounded_besides_those_told_before(extractor):
    def wounded(*sentences: str) -> list[CountValue]:
        lede = "Gunfire broke out at a party on Birch Lane in Dayton, Ohio, on Saturday, police said."
        [main] = _mentions(extractor, "\n\n".join([lede, *sentences]))
        return _values(main, "injured")

    def most_wounded(*sentences: str) -> int:
        return max(v.low for v in wounded(*sentences))

    hospitalized = "Two victims were hospitalized with serious injuries."
    treated = "Three others were treated for minor wounds at the scene."
    assert most_wounded(hospitalized, treated) == 5
    assert "2 and 3 others" in [v.qualifier for v in wounded(hospitalized, treated)]
    # others besides the dead are all the wounded there are
    assert most_wounded("One man was killed.", treated) == 3
    assert most_wounded("Of the six men who were shot, one died.", "Five others were taken to hospitals.") == 5
    # one more victim told of is no count the others add to
    assert most_wounded("Another victim was taken to a hospital.", treated) == 3
    # others of a sentence further on may be besides someone else
    assert most_wounded(hospitalized, "The suspect fled in a gray car.", treated) == 3


def test_a_hunting_accident_is_a_shooting(extractor):
    [hunt] = _mentions(extractor, "Elm County hunting accident claims life of 12-year-old hunter")
    assert hunt.event_type == "Violence against civilians"
    assert [c.value.low for c in hunt.claims_for("killed")] == [1]


def test_struck_by_gunfire_is_a_shooting_and_struck_by_warplanes_an_air_strike(extractor):
    [shot] = _mentions(extractor, "A man was struck by gunfire in Dayton, Ohio, on Friday and died.")
    assert shot.event_type == "Violence against civilians"
    [bombed] = _mentions(extractor, "Warplanes struck a village near Aleppo, Syria, on Friday, killing 12 people.")
    assert (bombed.event_type, bombed.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_blasting_a_child_with_a_shotgun_is_a_shooting_and_a_factory_blast_an_explosion(extractor):
    text = "A boy loaded a shotgun in a home in Dayton, Ohio, on Monday before accidentally blasting his cousin."
    [shot] = _mentions(extractor, text)
    assert shot.event_type == "Violence against civilians"
    [blast] = _mentions(extractor, "A blast at a factory in Dayton, Ohio, killed two workers on Monday.")
    assert blast.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "A man was blasted in the chest on Elm Street in Dayton, Ohio, on Monday night.",
        "A teen in Dayton, Ohio, was treated on Monday for a shotgun blast to the back.",
        "A man was killed in Dayton, Ohio, on Monday; police found shell casings on the porch.",
        "A woman was wounded on Monday at the Shell station on Elm Street in Dayton, Ohio.",
        # an accident with a gun is a shooting, even where no one is said to be shot
        "Teen back home in Millbrook two months after gun accident",
        "Police in Dayton, Ohio, looked into an accidental discharge at a home on Monday.",
        # a gun that let off a shot, or a shot let off from one
        "A handgun discharged at a gun show in Dayton, Ohio, on Friday, hitting a man in the hand.",
        "The gun fired and struck a boy, 6, in Dayton, Ohio, on Friday.",
        "A deputy in Dayton, Ohio, discharged his weapon on Friday, striking the driver.",
        "Vendor's gun fires at Millbrook gun show, hits man in hand",
        # shots told by their sound or their stray flight
        "Shots rang out near a park in Dayton, Ohio, on Friday night.",
        "A woman in Dayton, Ohio, was hit by a stray round on Friday.",
    ],
)
def test_a_shooting_told_in_other_words_is_a_shooting_and_no_explosion(extractor, text):
    [shot] = _mentions(extractor, text)
    assert shot.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "The man was discharged from the hospital in Dayton, Ohio, on Friday.",
        "The officer was fired on Friday by the city of Dayton, Ohio.",
    ],
)
def test_a_patient_discharged_or_a_worker_fired_is_no_shooting(extractor, text):
    assert _mentions(extractor, text) == []


def test_a_shooting_told_through_what_police_say_is_still_a_shooting(extractor):
    # after "police say" the tagger takes "shot" for a base form, which the lemmatizer then keeps
    text = "A woman who police say shot her neighbor on Juniper Court in Millbrook was charged Tuesday."
    [main] = _mentions(extractor, text)
    assert main.sub_event_type == "Attack"
    assert [c.value.low for c in main.claims_for("shot")] == [1]


def test_a_headline_alone_tells_an_incident_however_it_parses(extractor):
    for headline in (
        "Four shot at Millbrook sports bar",
        "Teen gunshot death in Millbrook appears accidental",
        "Boy, 2, shot in arm in Millbrook; adults with him not very cooperative, police say",
        "Millbrook Girl Dies After Being Accidentally Shot By Brother",
        "5-year-old girl struck by stray bullet near Millbrook apartments",
    ):
        mentions = _mentions(extractor, headline)
        assert [m.role for m in mentions] == ["main"], headline
        assert mentions[0].event_type == "Violence against civilians"


def test_seized_weapons_are_not_an_explosion(extractor):
    text = "Police raided a house in Dayton, Ohio, and seized grenades and rifles on Tuesday."
    assert all(m.event_type != "Explosions/Remote violence" for m in _mentions(extractor, text))


def test_perpetrator_claiming_responsibility(extractor):
    text = "A bomb killed 9 people in Quetta, Pakistan, on Friday. The Islamic State group claimed responsibility."
    [main] = _mentions(extractor, text)
    assert any("Islamic State" in c.value.name for c in main.claims_for("perpetrator"))


def test_mention_ids_are_stable_across_runs(extractor):
    text = "Two people were killed in a shooting in Dayton, Ohio, on Friday."
    assert [m.mention_id for m in _mentions(extractor, text)] == [m.mention_id for m in _mentions(extractor, text)]


def test_a_city_named_as_a_modifier_is_looked_up_whole(extractor):
    [main] = _mentions(extractor, "A Colorado Springs teen was killed in a shooting on Friday.")
    assert [(p.name, p.admin1) for p in _values(main, "place")] == [("Colorado Springs", "Colorado")]
    [main] = _mentions(extractor, "An attack on a Moscow concert hall killed 40 people.")
    assert [p.name for p in _values(main, "place")] == ["Moscow"]


def test_relative_days_are_read_against_the_page_s_own_posting_day(extractor):
    # the metadata carries the day the page was crawled, a month later
    text = (
        "Posted: Saturday, June 14, 2025\n\n"
        "Two men were wounded in a shooting on Elm Street on Friday night, police said."
    )
    doc = Document(doc_id="d", content=text, published=dt.date(2025, 7, 16))
    [main] = extractor.extract(doc, clean_document(doc))
    assert _values(main, "date")[0].earliest == dt.date(2025, 6, 13)


def test_police_still_at_work_in_an_undated_story_date_it_to_its_posting_day(extractor):
    text = "Police in Maple Bend are investigating a shooting in the 700 block of Elm Road that wounded a teen."
    [main] = _mentions(extractor, text)
    [date] = _values(main, "date")
    assert (date.earliest, date.latest, date.expression) == (PUBLISHED, PUBLISHED, "are investigating")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("A 6-year-old boy is dead after a shooting at a home on Elm Road in Maple Bend, police said.", "is dead"),
        (
            "Three men were shot outside a bar in Maple Bend, and two are in critical condition.",
            "are in critical condition",
        ),
        (
            "A man was shot outside a store on Elm Road in Maple Bend and is said to be in stable condition.",
            "is said to be in stable condition",
        ),
        (
            "A woman was hit by a stray bullet while walking her dog in Maple Bend. "
            "A deputy says she is facing life-threatening injuries.",
            "is facing life-threatening injuries",
        ),
    ],
)
def test_the_victims_state_told_as_it_stands_dates_an_undated_story_to_its_posting_day(extractor, text, expression):
    [main] = _mentions(extractor, text)
    [date] = _values(main, "date")
    assert (date.earliest, date.latest, date.expression) == (PUBLISHED, PUBLISHED, expression)


def test_police_at_work_after_a_headline_and_two_lines_still_date_an_undated_story(extractor):
    # the headline and the first lines tell what happened; the police at work come right after them
    text = (
        "Teen wounded in Maple Bend shooting\n\n"
        "A 16-year-old boy was shot in the leg outside a store on Elm Road. "
        "He was taken to a hospital by a friend, a relative said. "
        "Maple Bend police are investigating the shooting."
    )
    [main] = _mentions(extractor, text)
    assert [(v.earliest, v.expression) for v in _values(main, "date")] == [(PUBLISHED, "are investigating")]


def test_the_victim_s_state_in_the_fourth_line_still_dates_an_undated_story(extractor):
    # headline, where, what, how he got there: the state as posted comes fourth
    text = (
        "Boy, 13, hurt by shotgun blast\n\n"
        "The sheriff's office was called to a farm on Elm Road outside Maple Bend. "
        "A 13-year-old boy had been hit in the arm by a shotgun blast while hunting with his uncle. "
        "His uncle drove him to a clinic in town. "
        "The boy was flown to a children's hospital and is said to be in stable condition."
    )
    [main] = _mentions(extractor, text)
    assert [(v.earliest, v.expression) for v in _values(main, "date")] == [
        (PUBLISHED, "is said to be in stable condition")
    ]


@pytest.mark.parametrize(
    ("shooting", "expected"),
    [
        # a day the lede gives within the week the story names dates the incident
        ("the weekend shooting that killed an Elmvale woman", (dt.date(2025, 6, 15), "day")),
        # ... one outside it tells of something else: the week stays
        ("the shooting that killed an Elmvale woman two weeks ago", (dt.date(2025, 6, 2), "week")),
    ],
)
def test_a_lede_day_dates_the_incident_within_the_week_the_story_names(extractor, shooting, expected):
    text = (
        f"Deputies say {shooting} was an accident. "
        "Ann Roe, 34, was discovered late Sunday afternoon inside her garage on Birch Lane."
    )
    [main] = _mentions(extractor, text, published=dt.date(2025, 6, 17))  # a Tuesday
    assert [(v.earliest, v.precision) for v in _values(main, "date")] == [expected]


def test_a_lede_day_of_something_else_leaves_the_year_the_story_names(extractor):
    text = (
        "Forecasters warned on Wednesday that smog would return to Elmvale. "
        "Police in Elmvale have arrested 40 people so far this year for selling illegal fireworks."
    )
    [main] = _mentions(extractor, text)
    assert [v.precision for v in _values(main, "date")] == ["year"]


def test_a_state_told_days_later_gives_no_posting_day(extractor):
    # the story dates the shooting itself: the state is as of the day it was posted, the shooting is not
    text = "A man shot on Elm Road on Thursday is in critical condition, police said."
    assert [v.earliest for v in _values(_mentions(extractor, text)[0], "date")] == [dt.date(2025, 6, 12)]


def test_a_story_that_dates_anything_gets_no_date_from_ongoing_work(extractor):
    dated = "Police are investigating a shooting that wounded a teen on Elm Road on Thursday."
    assert [v.earliest for v in _values(_mentions(extractor, dated)[0], "date")] == [dt.date(2025, 6, 12)]
    done = "A teen was wounded in a shooting on Elm Road, police said."
    assert _values(_mentions(extractor, done)[0], "date") == []


def test_the_victims_of_an_older_incident_the_story_recalls_are_not_its_people(extractor):
    text = (
        "A man was shot and killed Sunday on Elm Street in Millbrook, police said. "
        "Detectives are looking for Dale Kemper, 24, in the killing.\n\n"
        "Over the last year, three children - 8-month-old Ana Rios, 6-year-old Lia Moss and 3-year-old "
        "Ben Tate - were killed in shootings in the city."
    )
    doc = Document(doc_id="d", content=text, published=dt.date(2024, 3, 27))
    mentions = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert [m.role for m in mentions] == ["main", "background"]
    assert mentions[0].subjects == ["Dale Kemper"]
    assert not any("Moss" in name for name in mentions[0].names)


def test_a_bullet_that_grazes_someone_is_an_attack_a_car_that_grazes_a_pole_is_not(extractor):
    [main] = _mentions(extractor, "Bullet grazes woman outside Elmvale diner")
    assert main.event_type == "Violence against civilians"
    assert _mentions(extractor, "A delivery van grazed a pole outside the Elmvale library.") == []


def test_a_title_case_headline_is_read_again_in_sentence_case_for_its_casualties(extractor):
    # The model reads "Teen Fatally Shot In Elmvale" as one long name; in sentence case it is a clause.
    text = "Teen Fatally Shot In Elmvale\n\nPolice are looking for the gunman."
    [main] = _mentions(extractor, text)
    [killed] = main.claims_for("killed")
    assert killed.value.low == 1
    assert killed.quote == "Teen Fatally Shot In Elmvale"  # the article's own words, not the lowered ones
    assert text[killed.start : killed.end] == killed.quote


def test_articles_read_in_one_batch_give_the_mentions_each_gives_alone(extractor):
    # the title-case headlines of a batch are parsed again together, one the same as another's
    texts = [
        "Teen Fatally Shot In Elmvale\n\nPolice are looking for the gunman.",
        "Spree That Killed Man, Injured 2 Deputies & 3 Others In Millbrook\n\nThe gunman was arrested.",
        "Man wounded in Pine Hollow shooting\n\nA man was wounded Sunday in Pine Hollow, Ohio.",
        "Teen Fatally Shot In Elmvale\n\nA second teen, 15, was hurt, police said.",
    ]
    docs = [Document(doc_id=f"d{i}", content=text, published=PUBLISHED) for i, text in enumerate(texts)]
    pairs = [(doc, CleanText(doc_id=doc.doc_id, text=doc.content)) for doc in docs]
    together = [mentions for _, _, mentions in extractor.pipe(pairs)]
    assert together == [extractor.extract(doc, clean) for doc, clean in pairs]
    assert [max((c.value.low for c in ms[0].claims_for("killed")), default=0) for ms in together] == [1, 1, 0, 1]
    assert max(c.value.low for c in together[1][0].claims_for("injured")) == 5


def test_sentence_case_lowers_common_words_and_keeps_names(extractor):
    from crosswire.extract.headline import sentence_case

    line = "Boy Fatally Shot In Elmvale On Sunday, Police Say"
    assert sentence_case(line) == "Boy fatally shot in Elmvale on Sunday, Police say"
    assert len(sentence_case(line)) == len(line)


def test_a_town_of_the_county_the_headline_names_is_the_same_story(extractor):
    # Needles lies in San Bernardino County, far from the county's centre: still the headline's story
    text = (
        "Man wounded in San Bernardino County shooting\n\n"
        "A man was wounded Sunday afternoon in a shooting in Needles, California, deputies said."
    )
    assert [m.role for m in _mentions(extractor, text)] == ["main"]


def test_a_placeless_headline_and_its_lede_are_one_story_in_other_words(extractor):
    # "shooting" in the headline, "shootout" (another kind of event) in the lede: still one story
    text = (
        "Girl, 9, hurt in shooting\n\n"
        "A 9-year-old was hospitalized Thursday after a stray round came through her window during a shootout "
        "on Elm Street in Dayton, Ohio."
    )
    assert [m.role for m in _mentions(extractor, text)] == ["main"]


def test_a_placeless_story_of_a_shootout_is_dated_by_the_later_sentence_that_places_its_shooting(extractor):
    # a memorial story: "killed in a shootout" (a battle) first, then "was shot ... in Elmvale" (an
    # attack) with the day; both are the one violent incident the story is about
    text = (
        "Teacher killed in shootout crossfire remembered by students\n\n"
        "A teacher caught in the crossfire of a shootout is being remembered by his students.\n\n"
        "Investigators say Jon Reyes was shot Saturday afternoon while driving down Birch Lane in "
        "Springfield, Illinois."
    )
    [main] = _mentions(extractor, text, published=dt.date(2025, 6, 16))
    assert [c.value.earliest for c in main.claims_for("date")] == [dt.date(2025, 6, 14)]
    assert main.claims_for("place")[0].value.name == "Springfield"


def test_a_headline_whose_toll_has_no_trigger_word_still_tells_an_attack(extractor):
    # "hit by bullet": no word of the trigger list, but the headline counts one shot
    [main] = _mentions(extractor, "Man hit by bullet at Elmvale gun show\n\nNo other details were released.")
    assert main.event_type == "Violence against civilians"
    assert [c.value.low for c in main.claims_for("shot")] == [1]


@pytest.mark.parametrize(
    ("headline", "field", "count"),
    [
        ("Elmvale Woman Airlifted After Shooting", "shot", 1),
        ("Man arrested in Elmvale shooting that injured three", "injured", 3),
        ("Two arrests made in Millbrook shooting that injured 7", "injured", 7),
    ],
)
def test_a_headline_s_toll_before_the_line_break_is_counted(extractor, headline, field, count):
    [main] = _mentions(extractor, headline + "\n\nNo other details were released.")
    assert [c.value.low for c in main.claims_for(field)] == [count]


def test_a_title_case_headline_counts_what_its_sentence_case_wording_counts_higher(extractor):
    # in title case the model reads "2 Deputies & 3 Others" as a name and counts two
    text = "Spree That Killed Man, Injured 2 Deputies & 3 Others In Elmvale\n\nThe gunman was arrested."
    [main] = _mentions(extractor, text)
    assert max(c.value.low for c in main.claims_for("injured")) == 5
    assert [c.value.low for c in main.claims_for("killed")] == [1]


def test_a_headline_s_dead_set_off_before_a_vague_count_are_not_the_wounded_others(extractor):
    text = "1 Dead, ‘Multiple’ Others Wounded In Elmvale Shootout\n\nThe gunman fled on foot."
    [main] = _mentions(extractor, text)
    assert [(c.value.low, c.value.high) for c in main.claims_for("killed")] == [(1, 1)]
    assert [(c.value.low, c.value.qualifier) for c in main.claims_for("injured")] == [(2, "multiple")]


def test_the_steps_of_the_law_a_story_tells_are_kept_with_its_main_incident(extractor):
    plea = (
        "A third man pleaded guilty Tuesday in the fatal shooting of a bartender in Dayton, Ohio, "
        "court documents show. The judge set his sentencing for next month."
    )
    [main] = _mentions(extractor, plea)
    assert {"plead", "guilty", "document"} <= set(main.legal_steps)
    report = "Two men were wounded in a shooting outside a bar in Dayton, Ohio, on Friday night, police said."
    assert _mentions(extractor, report)[0].legal_steps == []
    arrest = "Police arrested a man Tuesday in the fatal shooting of a bartender in Dayton, Ohio."
    assert _mentions(extractor, arrest)[0].legal_steps == ["arrest"]
    # an arrest the story denies is no step taken
    for denied in ("No arrests have been made.", "No suspect was arrested.", "Nobody was arrested."):
        assert _mentions(extractor, f"{report} {denied}")[0].legal_steps == [], denied


def test_a_plea_story_takes_the_month_it_recalls_for_its_incident(extractor):
    plea = (
        "Two brothers pleaded not guilty Wednesday in the death of a man in Dayton, Ohio.\n\n"
        "The man was shot outside a hardware store last July, prosecutors say."
    )
    [main] = _mentions(extractor, plea)
    [date] = _values(main, "date")
    assert (date.earliest, date.latest, date.precision) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31), "month")
    # a story of the shooting itself keeps an older month for the older incident it recalls
    report = (
        "A man was shot and killed at a bar in Dayton, Ohio, police said.\n\n"
        "In August 2024, two brothers of the family were wounded in another shooting."
    )
    main, *others = _mentions(extractor, report)
    assert main.role == "main" and _values(main, "date") == []
    assert [v.precision for m in others for v in _values(m, "date")] == ["month"]


def test_a_venue_named_by_the_word_before_it_is_one_of_the_story_s_names(extractor):
    # the model tags no entity in "Copperleaf lounge"
    text = "A woman was shot at Copperleaf lounge in Dayton, Ohio, last Saturday night, police said."
    [main] = _mentions(extractor, text)
    assert "Copperleaf" in main.names
    text = "A woman was shot at a lounge in Dayton, Ohio, last Saturday night, police said."
    assert _mentions(extractor, text)[0].names == []


def test_people_named_in_a_sentence_of_no_incident_are_the_story_s_names(extractor):
    text = (
        "A girl was hurt when shots were fired outside a laundromat in Dayton, Ohio, on Friday.\n\n"
        "Officers said Dell Varga and Tomas Ruel had argued over a parking space.\n\n"
        "Varga then fired several shots toward the laundromat, police said.\n\n"
        "Neighbor Ada Pruitt told reporters she heard the argument from her porch.\n\n"
        "The girl, Pruitt's niece, was grazed in the arm."
    )
    [main] = _mentions(extractor, text)
    assert "Dell Varga" in main.names
    # Ruel does no more in the story; Pruitt only speaks of it
    assert "Tomas Ruel" not in main.names and "Ada Pruitt" not in main.names


def test_a_town_written_with_its_abbreviation_and_its_kind_is_the_same_town(extractor):
    # "Mt. Oliver" in the headline, "Mt. Oliver Borough" in the lede: one town, one story
    text = (
        "Boy, 12, among three hurt by gunfire in Mt. Oliver\n\n"
        "Three people, among them a 12-year-old boy, were hit by gunfire Friday night in Mt. Oliver Borough near"
        " Elm Street and Birch Avenue.\n\n"
        "An Allegheny County spokeswoman said two of them were badly hurt."
    )
    mentions = _mentions(extractor, text)
    assert [m.role for m in mentions] == ["main"]
    assert {c.value.earliest for c in mentions[0].claims_for("date")} == {dt.date(2025, 6, 13)}


def test_an_article_that_totals_several_shootings_marks_its_mentions_a_roundup(extractor):
    roundup = _mentions(
        extractor,
        "3 killed, 9 wounded in weekend shootings across Elmvale\n\n"
        "Three people were killed and nine others were wounded in shootings across the city over the weekend, "
        "police said.\n\nA man, 24, was shot and killed on Birch Lane on Saturday night.\n\n"
        "Two women were wounded outside a store on Alder Road on Sunday.",
    )
    assert roundup and all(m.roundup for m in roundup)
    [single] = _mentions(extractor, "Two men were killed and three others wounded in a shooting at a party on Friday.")
    assert not single.roundup


def test_a_teaser_for_another_story_set_between_paragraphs_adds_no_toll(extractor):
    text = (
        "Two dead in Elmvale shooting\n\n"
        "Two men were shot dead on Birch Lane in Elmvale, Ohio, on Friday night, police said.\n\n"
        "Teen shot, three wounded outside Millbrook store\n\n"
        "Another man was injured in the same shooting\n\n"
        "VIDEO: 2 dead, two wounded in Elmvale shooting\n\n"
        "Police have not made an arrest in the case so far, a spokeswoman said."
    )
    [main] = _mentions(extractor, text)
    # the teaser's three wounded are another story's; the story's own line without its full stop counts
    assert [c.value.stated for c in main.claims_for("injured")] == [1, 2]
    assert main.claims_for("injured")[0].quote == "Another man was injured in the same shooting"
    assert {c.value.earliest for c in main.claims_for("date")} == {dt.date(2025, 6, 13)}


def test_a_sentence_ending_on_an_hour_is_no_teaser(extractor):
    text = (
        "Two hurt in bar shooting\n\n"
        "Two people were wounded in the parking lot of a bar in Elmvale, Ohio, police said on Saturday.\n\n"
        "The shooting happened outside the bar on Birch Lane on Friday around 2 a.m."
    )
    [main] = _mentions(extractor, text)
    assert {c.value.earliest for c in main.claims_for("date")} == {dt.date(2025, 6, 13)}


def test_the_caption_of_the_story_s_video_and_a_tweet_it_quotes_are_the_story_s(nlp):
    from crosswire.extract.asides import without_asides

    doc = nlp(
        "A man was shot in the leg on Birch Lane in Elmvale, Ohio, on Friday night, police said.\n\n"
        "VIDEO: 2 dead, two wounded in Elmvale shooting\n\n"
        "Man shot on Birch Lane pic.example/abc \u2014 Ann Roe (@annroe) June 13, 2025\n\n"
        "Teen shot, three wounded outside Millbrook store\n\n"
        "Police said."
    )
    kept = [s.text.strip() for s in without_asides(doc.sents)]
    assert "VIDEO: 2 dead, two wounded in Elmvale shooting" in kept
    assert any("(@annroe)" in s for s in kept)
    assert "Teen shot, three wounded outside Millbrook store" not in kept


def test_an_archived_copy_caps_a_later_crawl_date(extractor):
    # the metadata says 2025-06-14, but the archive took its copy on Thursday 2025-05-22
    url = "http://web.archive.org/web/20250522201346/http://www.example.com/news/elmvale-shooting"
    text = "Six people were shot at a housing complex in Elmvale, Ohio, on Tuesday night, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url=url)
    [main] = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert main.published == dt.date(2025, 5, 22)
    assert {c.value.earliest for c in main.claims_for("date")} == {dt.date(2025, 5, 20)}


def test_an_archived_copy_alone_dates_no_weekday(extractor):
    url = "http://web.archive.org/web/20250522201346/http://www.example.com/news/elmvale-shooting"
    text = "Six people were shot at a housing complex in Elmvale, Ohio, on Tuesday night, police said."
    doc = Document(doc_id="d", content=text, published=None, url=url)
    [main] = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert main.published is None
    assert not any(c.value.is_resolved for c in main.claims_for("date"))


def test_the_day_a_site_files_a_story_under_dates_its_weekdays(extractor):
    # the metadata is a later crawl's day; the address holds the posting day, Tuesday 2025-05-20
    url = "https://www.example.com/news/2025/05/20/elmvale-shooting/"
    text = "Two men were wounded in a shooting in Elmvale, Ohio, on Monday night, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url=url)
    [main] = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert {c.value.earliest for c in main.claims_for("date")} == {dt.date(2025, 5, 19)}


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.com/article/20140914/six-wounded-outside-bar", dt.date(2014, 9, 14)),
        ("https://www.example.com/news/20160409_Police_say_gun_was_legal.html", dt.date(2016, 4, 9)),
        ("http://web.archive.org/web/20170101000000/http://example.com/2016/12/30/x", dt.date(2016, 12, 30)),
        ("https://www.example.com/story/32042656/funeral-set", None),
        ("https://www.example.com/news/2016/13/40/x", None),
        ("https://www.example.com/apps/article?AID=/20130318/NEWS/1303", None),
    ],
)
def test_the_day_in_a_story_s_address(url, day):
    from crosswire.model import posted_in_address

    assert posted_in_address(url) == day


def test_the_sentences_after_an_incident_told_apart_go_on_telling_it(extractor):
    text = (
        "A 9-year-old girl was struck by gunfire on Quarry Street in Elmvale early Sunday, police said.\n\n"
        "Meanwhile, a man was fatally shot just before 11 p.m. Saturday, also in Elmvale.\n\n"
        "That shooting was on Birch Lane. He was driven to a hospital, where he was declared dead.\n\n"
        "No one has been arrested in either case."
    )
    main, related = _mentions(extractor, text)
    assert (main.role, related.role) == ("main", "related")
    assert main.claims_for("killed") == []
    assert {c.quote for c in related.claims_for("killed")} >= {
        "He was driven to a hospital, where he was declared dead."
    }


def test_a_nightclub_the_gazetteer_lacks_lies_in_the_site_s_city(extractor):
    text = "Four men were wounded early Sunday outside the Lariat nightclub on Birch Lane, police said."
    doc = Document(doc_id="d", content=text, published=PUBLISHED, url="https://www.kxyztv.com/story/1/x")
    clean = CleanText(doc_id="d", text=text, outlet="KXYZ News South Texas, Corpus Christi")
    (main,) = extractor.extract(doc, clean)
    places = {(p.name, p.admin2, p.admin1, p.precision) for p in _values(main, "place")}
    assert ("Lariat", "Corpus Christi", "Texas", "venue") in places


@pytest.mark.parametrize(
    ("written", "more", "day"),
    [
        ("June 2", "", dt.date(2025, 6, 2)),
        # a second day written out, or one long before the story: the date stays open
        ("June 2", " He was arrested on June 5.", None),
        ("Feb. 2", "", None),
    ],
)
def test_the_one_day_a_story_writes_out_dates_an_incident_nothing_else_dates(extractor, written, more, day):
    text = (
        "Man charged in shooting of woman at party\n\n"
        "ELMVALE, Ohio - A man was charged Friday with shooting a woman at a house party.\n\n"
        f"Jon Reyes kept arguing with Ann Roe in her kitchen on {written}, according to charging documents.\n\n"
        f"She was hit once in the side and is expected to recover.{more}"
    )
    main = _mentions(extractor, text)[0]
    assert [v.earliest for v in _values(main, "date") if v.is_resolved] == ([day] if day else [])


def test_an_embedded_post_s_stamp_is_no_day_the_story_writes_out(extractor):
    text = (
        "Man charged in shooting at diner\n\n"
        "One ambulance is outside the diner on Elm Street. — Mara Quinn (@maraquinn) June 3, 2025\n\n"
        "ELMVALE, Ohio - A man was charged Friday with shooting a cook at a diner.\n\n"
        "The cook was hit once in the side and is expected to recover."
    )
    main = _mentions(extractor, text)[0]
    assert [v.earliest for v in _values(main, "date") if v.on_calendar] == []


def test_a_headline_of_men_charged_in_shootings_tells_those_shootings(extractor):
    # "shootings" with no article: a headline's plural after "charged in" names the incidents
    [main] = _mentions(extractor, "Millbrook brothers charged in shootings denied bail\n\nPosted June 15")
    assert main.role == "main"
    assert main.event_type == "Violence against civilians"


def test_a_text_in_another_language_gives_no_mentions_and_keeps_its_place_in_the_stream(extractor):
    english = "Two men were killed in a shooting outside a bar in Dayton, Ohio, on Friday night, police said."
    spanish = "Dos hombres murieron en un tiroteo frente a un bar de Dayton, Ohio, el viernes por la noche."
    docs = [Document(doc_id=n, content=t, published=PUBLISHED) for n, t in (("en", english), ("es", spanish))]
    cleaned = [(d, clean_document(d)) for d in docs]
    streamed = list(extractor.pipe(cleaned + cleaned[:1]))
    read = [(doc.doc_id, bool(mentions)) for doc, _, mentions in streamed]
    assert read == [("en", True), ("es", False), ("en", True)]
    assert extractor.extract(*cleaned[1]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two people died in a car crash on Quarry Street in Dayton, Ohio, on Friday, police said.",
        "A house fire killed three children in Dayton, Ohio, on Friday morning, officials said.",
        "Two others died in a house fire years ago.",
        # a headline whose toll has no word of an attack, after an accident
        "Man hospitalized after crash on Route 9\n\nThe road was closed for two hours.",
        "Woman airlifted after car crash near Elmvale\n\nThe road was closed for two hours.",
    ],
)
def test_an_accident_s_dead_are_no_incident(extractor, text):
    assert _mentions(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A man died after he was shot during a fight that followed a crash in Dayton, Ohio, on Friday.",
        "A gunman opened fire on a crowd watching a fire in Dayton, Ohio, on Friday, killing two people.",
    ],
)
def test_a_shooting_told_beside_a_crash_or_a_fire_is_still_an_incident(extractor, text):
    [main] = _mentions(extractor, text)
    assert main.event_type == "Violence against civilians" and _values(main, "killed")


def test_a_city_of_millions_abroad_wins_over_a_small_namesake_in_the_story_s_state(extractor):
    text = (
        "Officials in Delhi arrested 210 people for selling firecrackers on Friday, police in India said. "
        "Companies in Fresno, California, and in France supplied most of the fireworks."
    )
    [main] = _mentions(extractor, text)
    place = _values(main, "place")[0]
    assert (place.name, place.country) == ("Delhi", "IN")


def test_a_capital_that_acts_is_its_government_not_the_story_s_state(extractor):
    text = (
        "Two hostages who had been held by rebels in Afghanistan since 2016 were freed on Tuesday. "
        "Washington and the rebels had held talks for months."
    )
    [main] = _mentions(extractor, text)
    assert [(p.name, p.country) for p in _values(main, "place")] == [("Afghanistan", "AF")]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters on Sunday. Moscow has warned that it will not tolerate the unrest.",
        "Police fired tear gas at protesters on Sunday. The protests had grown into a movement against the "
        "government and Moscow.",
        "Why Moscow will crush the protests\nThe protests had grown into a movement against the government. "
        "Police fired tear gas at protesters on Sunday.",
        "Police fired tear gas at protesters on Sunday. Moscow's strategy for ending the protests has failed.",
    ],
)
def test_a_capital_that_acts_or_is_opposed_places_no_incident(extractor, text):
    [main] = _mentions(extractor, text)
    assert _values(main, "place") == []


def test_a_capital_s_dateline_is_no_vote_for_the_state_of_its_name(extractor):
    text = (
        "WASHINGTON (AP) - Two guards were charged on Tuesday in the death of an inmate in a New York detention center."
    )
    [main] = _mentions(extractor, text)
    assert {p.admin1 for p in _values(main, "place")} == {"New York"}


def test_a_state_s_name_in_a_story_of_another_state_is_that_state_s_city(extractor):
    text = (
        "WASHINGTON – Federal prosecutors in the District of Columbia charged two guards on Tuesday. "
        "An inmate was killed in a New York detention center last year, they said."
    )
    [older] = _mentions(extractor, text)
    assert [(p.name, p.admin1) for p in _values(older, "place")] == [("New York City", "New York")]


def test_a_country_that_is_one_city_is_placed_as_the_city(extractor):
    [main] = _mentions(extractor, "Police fired tear gas at protesters in Hong Kong on Sunday.")
    [place] = _values(main, "place")
    assert (place.name, place.country, place.precision) == ("Hong Kong", "HK", "city")
    assert place.lat is not None


def test_a_place_named_before_its_unrest_is_where_it_happened(extractor):
    [main] = _mentions(extractor, "More than 20 protesters killed in Chile unrest, rights groups said on Friday.")
    assert [(p.name, p.country) for p in _values(main, "place")] == [("Chile", "CL")]


def test_a_small_town_named_like_a_city_abroad_stays_in_a_local_story_s_state(extractor):
    text = "Man charged in baby's death in Rome\n\nRome, N.Y. - Police charged a man after a baby was shot on Saturday."
    [main] = _mentions(extractor, text)
    place = _values(main, "place")[0]
    assert (place.name, place.admin1) == ("Rome", "New York")
