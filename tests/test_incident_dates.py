"""The main incident's date: the first day of the story, read from the lede when the event sentence is bare."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.model import CleanText, Document

WED = dt.date(2024, 3, 27)  # a Wednesday


def _mentions(extractor, text, published=WED):
    doc = Document(doc_id="d", content=text, published=published)
    return extractor.extract(doc, CleanText(doc_id="d", text=text))


def _main_days(extractor, text, published=WED):
    mentions = _mentions(extractor, text, published)
    assert mentions and mentions[0].role == "main"
    return sorted({c.value.earliest for c in mentions[0].claims_for("date") if c.value.precision == "day"})


def test_a_coming_day_does_not_become_the_first_day(extractor):
    text = (
        "A teenager was shot and killed Monday outside a grocery store, police said.\n\n"
        "A vigil for the victim of the shooting is planned for Thursday at the store."
    )
    assert dt.date(2024, 3, 25) in _main_days(extractor, text)
    assert min(_main_days(extractor, text)) == dt.date(2024, 3, 25)


def test_a_lede_with_no_incident_word_is_dated_by_what_came_first(extractor):
    # the clean-up is the news of Tuesday; the night it follows is the incident's
    text = (
        "ELMVALE - Cleanup was underway Tuesday after a crowd of teenagers smashed up cars on Birch Lane "
        "Monday night.\n\nA 15-year-old was hit in the leg by a bullet, police said."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]


def test_a_lede_that_sets_today_s_scene_against_the_night_before_is_dated_by_that_night(extractor):
    text = (
        "Children rode bikes on Birch Lane Wednesday, a far quieter scene than what neighbors describe from "
        "Monday night.\n\nA 9-year-old boy was hit in the leg by a bullet, police said."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]


def test_the_day_the_police_were_summoned_dates_the_incident_before_the_death(extractor):
    summoned = "Officers were summoned at 7:26 a.m. Friday to a duplex off Birch Lane."
    text = (
        f"A boy has died of a gunshot wound, police said.\n\n{summoned}\n\n"
        "The boy was flown to a trauma center in critical condition and pronounced dead there on Saturday."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 22)]
    arrived = "Officers arrived at a duplex off Birch Lane at 7:26 a.m. Friday."
    assert _main_days(extractor, text.replace(summoned, arrived)) == [dt.date(2024, 3, 22)]
    # neither an answer to the press nor an earlier call to the home is the police at the scene
    for other in (
        "Police did not respond to an emailed request for comment Friday.",
        "Deputies had responded to the home on Friday on a report of a fight.",
    ):
        assert _main_days(extractor, text.replace(summoned, other)) == [dt.date(2024, 3, 23)]


def test_a_day_outweighs_a_coarser_period(extractor):
    text = (
        "A teenager was shot early Sunday outside a gas station on Larch Street.\n\n"
        "It was the second shooting at the gas station in a week, after a man was wounded there last weekend."
    )
    mentions = _mentions(extractor, text)
    assert [c.value.precision for c in mentions[0].claims_for("date")] == ["day"]


def test_short_page_lines_do_not_push_the_date_out_of_the_lede(extractor):
    junk = "".join(f"{line}\n\n" for line in ("UPDATE", "2:25", "Share", "Tweet", "Email", "Print", "Comments", "Menu"))
    text = (
        "Teenager shot outside gas station\n\n"
        + junk
        + "Late Sunday night officers got reports of gunshots at a gas station on Larch Street."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 24)]


# Article texts and the main incident's days, each named for what it shows.
STORIES = [
    pytest.param(
        "Bail was denied Tuesday for a man whose son shot a neighbor with a rifle Saturday.",
        [dt.date(2024, 3, 23)],
        id="a_later_step_in_the_same_sentence_does_not_date_the_incident",
    ),
    pytest.param(
        "A man was wounded in a shooting around 2:40 a.m. outside a bar on Larch Street, police said.",
        [WED],
        id="an_hour_after_midnight_in_a_story_that_names_no_day_is_the_morning_it_was_posted",
    ),
    pytest.param(
        "Early morning shooting wounds three outside Elmvale diner",
        [WED],
        id="an_early_morning_shooting_in_a_story_that_names_no_day_is_the_morning_it_was_posted",
    ),
    pytest.param(
        "Three people were wounded in a shooting at a tavern, police said Tuesday.\n\n"
        "The shooting happened as the Copper Kettle, the tavern by the rail yard, was closing up in the early "
        "morning hours Saturday.",
        [dt.date(2024, 3, 23)],
        id="what_was_going_on_at_the_time_dates_the_incident",
    ),
    pytest.param(
        "A man was wounded in a shooting around 9:40 p.m. outside a bar on Larch Street, police said.",
        [],
        id="an_evening_hour_may_be_the_night_before_the_story_was_posted",
    ),
    pytest.param(
        "Two men shot on Fenwick Avenue\n\nPLAYLIST: ELMVALE SHOOTINGS IN 2024\n\n"
        "Two men were shot on the 4100 block of Fenwick Avenue shortly before 11 a.m., police said.",
        [WED],
        id="a_year_the_story_was_posted_in_leaves_the_hour_to_date_it",
    ),
    pytest.param(
        "Two men were shot on the 4100 block of Fenwick Avenue shortly before 11 a.m., police said.\n\n"
        "The street saw two other shootings in December.",
        [],
        id="a_month_before_the_story_was_posted_may_be_the_incident_s",
    ),
    pytest.param(
        "A 4-year-old girl shot her uncle in the arm after finding a pistol on a table, police said Friday.\n\n"
        "The shooting was reported at 10:17 a.m. Monday in the 600 block of W. Alder Place, Capt. Ray Ostrander said.",
        [dt.date(2024, 3, 25)],
        id="an_hour_keeps_the_day_after_it",
    ),
    pytest.param(
        "A man was wounded in a shooting around 2:40 a.m. Monday outside a bar on Larch Street, police said.",
        [dt.date(2024, 3, 25)],
        id="an_hour_after_midnight_with_its_day_is_that_day",
    ),
    pytest.param(
        "Earlier Saturday, a van resembling the getaway car in the fatal shooting of a cashier was towed by police.",
        [],
        id="a_towing_dates_what_followed",
    ),
    pytest.param(
        "Jon Reyes, 20, was issued an arrest warrant on Monday afternoon, police said, a day after a cashier was "
        "shot and killed.",
        [],
        id="a_warrant_dates_what_followed",
    ),
    pytest.param(
        "A woman was wounded when someone fired into her car Sunday night on Larch Street.\n\n"
        "On Tuesday afternoon, neighbors gathered at the scene of the shooting to pray.",
        [dt.date(2024, 3, 24)],
        id="a_later_day_in_another_sentence_dates_what_followed",
    ),
    pytest.param(
        "A school was locked down after a shooting was reported nearby Tuesday afternoon.",
        [dt.date(2024, 3, 26)],
        id="a_passive_report_of_the_shooting_dates_it",
    ),
    pytest.param(
        "Police have arrested a man identified as a suspect in a shooting Monday night that left two people injured.",
        [dt.date(2024, 3, 25)],
        id="an_arrest_story_takes_the_day_said_of_the_shooting",
    ),
    pytest.param(
        "A teenager now faces charges in the shooting death of a cook on Saturday afternoon.",
        [dt.date(2024, 3, 23)],
        id="a_day_after_the_incident_noun_dates_it_whatever_the_parse",
    ),
    pytest.param(
        "Deputies identify suspect in Saturday shooting outside nightclub",
        [dt.date(2024, 3, 23)],
        id="a_headline_day_before_the_incident_noun_dates_it",
    ),
    pytest.param(
        "A woman was shot and wounded Tuesday on Larch Street.\n\n"
        "Her husband was held on a murder charge on Monday night, police said.",
        [dt.date(2024, 3, 26)],
        id="a_charge_named_after_a_crime_is_no_incident",
    ),
    pytest.param(
        "Deputies were called to a farmhouse on Quarry Road Monday afternoon.\n\n"
        "They are investigating a shooting involving a 12-year-old boy.",
        [dt.date(2024, 3, 25)],
        id="the_scene_dated_before_the_event_sentence_dates_the_incident",
    ),
    pytest.param(
        "Detectives are still looking for the gunman in a shooting that left two dead at a wedding reception.\n\n"
        "Three guests were shot at the July 26 reception.",
        [dt.date(2023, 7, 26)],
        id="a_story_told_months_later_takes_the_day_it_recalls",
    ),
    pytest.param(
        "A man was shot and killed Monday outside a bar on Larch Street.\n\n"
        "Two people were shot outside the same bar on July 26.",
        [dt.date(2024, 3, 25)],
        id="a_recalled_day_does_not_replace_the_story_date",
    ),
    pytest.param(
        "The police chief spoke about the shooting of two men at a bar at Monday's news conference.",
        [],
        id="the_day_of_a_news_conference_is_not_the_incident_day",
    ),
    pytest.param(
        "Two men were shot outside a bar on Larch Street.\n\n"
        "The police chief answered questions about the shooting during a Tuesday afternoon briefing.",
        [],
        id="the_day_of_a_briefing_is_not_the_incident_day",
    ),
    pytest.param(
        "Around 4 p.m. Monday, officials say a man was shot in the leg outside a store on Larch Street.",
        [dt.date(2024, 3, 25)],
        id="a_clock_time_before_the_speaker_dates_the_event",
    ),
    pytest.param(
        "A man was shot in the leg outside a store on Larch Street, officials said Monday.",
        [],
        id="a_plain_day_after_the_speaker_dates_the_statement",
    ),
    pytest.param(
        "Saturday night, after 10:50 p.m., police said a passenger in a pickup fired at a group of teens.",
        [dt.date(2024, 3, 23)],
        id="a_clock_time_beside_the_day_dates_the_event_not_the_statement",
    ),
    pytest.param(
        "Sheriff Ann Roe said on Monday, at approximately 3:45 p.m., deputies found a man shot in a field.",
        [dt.date(2024, 3, 25)],
        id="a_clock_time_a_few_words_after_the_day_still_dates_the_event",
    ),
    pytest.param(
        "A woman accused in a March 2 shooting that killed one man and injured three others entered her plea today.",
        [dt.date(2024, 3, 2)],
        id="the_day_written_against_the_incident_outranks_the_day_of_the_plea",
    ),
    pytest.param(
        "Deputies on Monday arrested a neighbor over the March 2 shooting that killed a woman on Larch Street.",
        [dt.date(2024, 3, 2)],
        id="the_day_of_a_shooting_told_by_its_relative_clause_dates_that_clause_s_death",
    ),
    pytest.param(
        "Three officers were shot and killed Sunday morning in an ambush on Larch Street.\n\n"
        "The gunman was angry about the death of a man police shot in the March 12 shooting.",
        [dt.date(2024, 3, 24)],
        id="an_earlier_shooting_named_by_its_day_is_another_incident",
    ),
    pytest.param(
        "A woman was shot and killed on Larch Street, police said.\n\n"
        "Detectives were still at the scene on Saturday.\n\n"
        "The shooting happened on Monday.",
        [dt.date(2024, 3, 25)],
        id="the_day_police_were_still_at_the_scene_is_not_the_incident_day",
    ),
    pytest.param(
        "A neighbor was in jail on Friday night, charged with killing a 6-year-old boy.\n\n"
        "The boy was shot and killed in an apartment on Larch Street on March 2.",
        [dt.date(2024, 3, 2)],
        id="the_day_of_an_arrest_on_a_charge_is_not_the_day_of_the_incident_charged",
    ),
    pytest.param(
        "A firefighter was hurt yesterday when a handgun accidentally discharged in the firehouse kitchen.",
        [dt.date(2024, 3, 26)],
        id="a_gun_discharged_in_the_firehouse_is_no_charge",
    ),
    pytest.param(
        "A man was shot and killed outside a bar on Larch Street.\n\n"
        "A neighbor made his first appearance in court on Tuesday.",
        [],
        id="the_day_of_a_court_appearance_is_not_the_incident_day",
    ),
    pytest.param(
        "A man was arrested in a shooting that killed two people outside a bar on Larch Street.\n\n"
        "Officers say the neighbor was taken in custody Tuesday at his workplace.",
        [],
        id="the_day_a_suspect_was_taken_into_custody_is_not_the_incident_day",
    ),
    pytest.param(
        "Three people were shot at a clinic on Larch Street.\n\n"
        "Relatives of the three wounded were in court Monday to follow the hearing.",
        [],
        id="a_day_in_court_is_not_the_incident_day",
    ),
    pytest.param(
        "A man who was on trial in the killing of two neighbors was found guilty Tuesday afternoon.",
        [],
        id="the_day_of_a_verdict_is_not_the_incident_day",
    ),
    pytest.param(
        "Three men accused in the killing of a girl on Larch Street took plea deals on Friday.",
        [],
        id="the_day_of_plea_deals_is_not_the_incident_day",
    ),
    pytest.param(
        "A man is on trial in the killing of three people at a barbershop on Larch Street.\n\n"
        "Jurors are to begin deliberations Thursday.",
        [],
        id="the_day_jurors_deliberate_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy died after a shooting at a home on Larch Street.\n\n"
        "An autopsy conducted Tuesday found that the wound was self-inflicted.",
        [],
        id="the_day_of_an_autopsy_conducted_is_not_the_incident_day",
    ),
    pytest.param(
        "A woman was shot in the shoulder on Larch Street and was listed in satisfactory condition Monday.",
        [],
        id="the_day_a_victim_was_listed_in_a_condition_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy was shot in the hand on Larch Street.\n\nThe boy was in stable condition Monday morning, police said.",
        [],
        id="the_day_a_victim_was_in_a_condition_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy was shot in the hand on Larch Street.\n\n"
        "Monday morning detectives were still trying to learn how the boy found the gun.",
        [],
        id="the_day_police_were_still_at_work_is_not_the_incident_day",
    ),
    pytest.param(
        "A man was shot in the leg on Larch Street.\n\n"
        "Reporters obtained the footage Thursday through a records request.",
        [],
        id="the_day_a_record_was_obtained_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy was shot outside the Larch Street library.\n\nThe library stayed closed Tuesday after the shooting.",
        [],
        id="the_day_a_place_was_closed_after_the_incident_is_not_the_incident_day",
    ),
    pytest.param(
        "A judge ordered Tuesday that the man stay jailed without bond after a girl was shot in the arm.",
        [],
        id="the_day_a_judge_ordered_bail_is_not_the_incident_day",
    ),
    pytest.param(
        "The principal was having a faculty meeting Monday morning to talk over the killing of a teacher on Fox Road.",
        [],
        id="the_day_of_a_meeting_about_the_incident_is_not_the_incident_day",
    ),
    pytest.param(
        "After two shootings on Monday, gunfire erupted again on Larch Street on Tuesday night.",
        [dt.date(2024, 3, 26)],
        id="the_day_of_the_shootings_before_is_not_the_day_of_this_one",
    ),
    pytest.param(
        "A man died on Tuesday after a shooting on Larch Street on Monday.",
        [dt.date(2024, 3, 25)],
        id="a_death_after_a_shooting_is_dated_by_its_shooting",
    ),
    pytest.param(
        "A man sought in a shooting at a party turned himself in to police on Larch Street on Wednesday.",
        [],
        id="the_day_a_suspect_turned_himself_in_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy was shot in the arm outside his school on Larch Street.\n\n"
        "The district says counselors will be at the school on Monday for students.",
        [],
        id="a_day_of_what_will_happen_is_not_the_incident_day",
    ),
    pytest.param(
        "A girl was shot in the stomach outside a store on Larch Street, police said.\n\n"
        "A bullet tore through her spleen, and she will have to go back into surgery on Sunday.",
        [],
        id="a_day_of_what_someone_will_have_to_do_is_not_the_incident_day",
    ),
    pytest.param(
        "A boy was shot in the arm at a home in Millbrook.\n\n"
        "His cousin was charged with second-degree assault and child neglect stemming from the March 20"
        " incident, court papers show.",
        [dt.date(2024, 3, 20)],
        id="the_day_of_the_incident_a_charge_stems_from_dates_it",
    ),
    pytest.param(
        "Second suspect in Larch Street shooting booked Thursday",
        [],
        id="the_day_a_suspect_was_booked_is_not_the_incident_day",
    ),
    pytest.param(
        "Police were searching late Tuesday for two men in a shooting that wounded three people outside a bar.",
        [],
        id="the_day_police_were_searching_for_the_gunmen_is_not_the_incident_day",
    ),
    pytest.param(
        "Two officers were killed during a protest downtown, the deadliest day for the force since the March 1 riots.",
        [],
        id="a_day_a_record_runs_from_is_not_the_incident_day",
    ),
]


def test_the_day_on_the_shooting_outranks_the_day_the_victim_remained_in_hospital(extractor):
    # a page stamped with the day of its first version, updated days later
    text = (
        "A boy who was wounded during Saturday's shooting spree at a skating rink remained in serious condition "
        "Wednesday at a hospital."
    )
    assert _main_days(extractor, text, published=dt.date(2024, 3, 25)) == [dt.date(2024, 3, 23)]


def test_a_headline_that_drops_its_article_still_dates_the_shooting(extractor):
    # posted on the Friday of the shooting; the school's Monday is the next one, not the last
    text = "UPDATE: After fatal shooting Friday, Lakeview has classes Monday"
    assert _main_days(extractor, text, published=dt.date(2024, 3, 29)) == [dt.date(2024, 3, 29)]


def test_a_plea_months_later_is_dated_by_the_day_of_its_shooting(extractor):
    text = (
        "Man found guilty in Nov. 5 fatal shooting\n\n"
        "A woman accused in a Nov. 5 shooting that killed one man and injured three others entered her plea today.\n\n"
        "She shot a neighbor during a fight outside a bar on Larch Street."
    )
    assert _main_days(extractor, text) == [dt.date(2023, 11, 5)]
    # the recalled shooting is the story's own: its toll joins the main mention, no second mention
    mentions = _mentions(extractor, text)
    assert [m.role for m in mentions] == ["main"]
    assert {c.value.low for c in mentions[0].claims_for("injured")} == {3}


@pytest.mark.parametrize(("text", "days"), STORIES)
def test_main_incident_days(extractor, text, days):
    assert _main_days(extractor, text) == days


def test_a_news_conference_on_the_day_s_shooting_dates_the_shooting(extractor):
    text = "A news conference on Friday's officer-involved shooting was held Tuesday at Elmvale City Hall."
    assert _main_days(extractor, text) == [dt.date(2024, 3, 22)]


@pytest.mark.parametrize(
    "text",
    [
        "A woman was indicted Tuesday in Elmvale for killing a child.\n\n"
        "She was charged with murder in the November shooting death of Jon Reyes, 2.",
        "Elmvale police made an arrest in a November shooting at a bowling alley on Birch Lane.",
    ],
)
def test_a_month_written_on_the_shooting_dates_it(extractor, text):
    [mention] = _mentions(extractor, text)
    [month] = [c.value for c in mention.claims_for("date")]
    assert (month.earliest, month.latest, month.precision) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30), "month")


@pytest.mark.parametrize(
    "text",
    [
        "A man was gunned down after attending a program at a church in Elmvale on Monday night.",
        "Four people were shot while attending a funeral service Monday in Elmvale.",
    ],
)
def test_what_the_victims_did_before_or_during_the_shooting_dates_it(extractor, text):
    # attending a program or a funeral is what the victims did then, not a later step
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "Police have charged a neighbor in last week's fatal shooting of a teen in Elmvale.\n\n"
        "The teen was shot Tuesday night outside a store on Birch Lane.",
        "The cyclist was wounded one week ago as he rode along Birch Lane Tuesday afternoon, his family said.",
    ],
)
def test_a_weekday_told_after_the_story_s_earlier_week_is_that_week_s(extractor, text):
    # posted on a Wednesday: the Tuesday of last week, not of this one
    assert _main_days(extractor, text) == [dt.date(2024, 3, 19)]


@pytest.mark.parametrize(
    "lede, other_day",
    [
        # a birthday or a first day that did not happen
        (
            "A teenager was found shot dead in a car on Birch Lane in Elmvale.",
            "Jordan Ellery would have turned 18 on Monday.",
        ),
        (
            "A teenager was found shot dead in a car on Birch Lane in Elmvale.",
            "Monday would have been her first day at work.",
        ),
        (
            "A teenager was found shot dead in a car on Birch Lane in Elmvale.",
            "She would've graduated from high school on Monday.",
        ),
        # a step after the shooting, told in the passive
        (
            "A man accused of shooting a teenager in Elmvale is in the county jail.",
            "His bond was set at $750,000 on Friday.",
        ),
        (
            "A man accused of shooting a teenager in Elmvale is in the county jail.",
            "A vigil was held for the victim on Friday.",
        ),
        (
            "A man accused of shooting a teenager in Elmvale is in the county jail.",
            "An autopsy was performed on Friday.",
        ),
    ],
)
def test_a_day_of_something_else_does_not_date_the_incident(extractor, lede, other_day):
    assert _main_days(extractor, f"{lede}\n\n{other_day}") == []


@pytest.mark.parametrize(
    "tie",
    [
        "Police said the shooting may be linked to the March 23 killing of Jon Reyes on Birch Lane.",
        "Deputies suspect the ambush was in retaliation for a Saturday killing near Juniper Court.",
    ],
)
def test_the_day_of_the_attack_a_shooting_is_tied_to_does_not_date_it(extractor, tie):
    text = f"A man was wounded in a shooting on Quarry Street in Elmvale, police said.\n\n{tie}"
    assert _main_days(extractor, text) == []


def test_what_came_hours_before_the_shooting_does_not_date_it(extractor):
    text = (
        "A boy was wounded in a shooting on Birch Lane in Elmvale early Tuesday, police said.\n\n"
        "A neighbor said a car alarm went off at 11 p.m. Monday, five hours before the boy was shot."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 26)]


def test_a_month_before_an_attack_hours_later_dates_that_older_attack(extractor):
    text = (
        "A boy was wounded in a shooting on Birch Lane in Elmvale early Tuesday, police said.\n\n"
        "In January, two cousins were bowling on Quarry Street hours before they were killed."
    )
    main, *older = _mentions(extractor, text)
    assert main.claims_for("killed") == []
    assert [m.role for m in older] == ["background"]


def test_a_date_that_describes_a_victim_s_past_does_not_date_the_story(extractor):
    # "who was killed last year" tells who the boy was; the wounding of Monday is the news
    text = (
        "A man was wounded Monday at the Elmvale home of a boy who was killed last year, police said.\n\n"
        "The man was taken to a hospital."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]


def test_years_that_describe_someone_do_not_make_the_news_an_old_story(extractor):
    # "who moved there two years ago" tells who she was; the shooting of Monday is the news
    text = (
        "Two people were shot Monday outside the Elmvale home of a woman who moved there two years ago, "
        "police said.\n\nBoth were taken to a hospital."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]


def test_a_vigil_for_a_man_slain_years_ago_is_the_story_s_own_incident(extractor):
    text = (
        "Someone fired into a candlelight vigil for a man slain in 2019, killing one man and "
        "wounding three other people.\n\nThe vigil in Elmvale started around 10 p.m. Tuesday."
    )
    [main] = _mentions(extractor, text)
    assert main.role == "main"
    assert [c.value.low for c in main.claims_for("killed")] == [1]


def test_a_toll_left_wounded_months_ago_keeps_its_date(extractor):
    # "left two others wounded ... two months ago": the toll of the shooting the story is about
    text = (
        "A woman was ordered held without bail Monday over a shooting that killed three "
        "people and left two others wounded at a cookout two months ago in Elmvale."
    )
    mentions = _mentions(extractor, text)
    dates = [c.value for m in mentions for c in m.claims_for("date") if c.value.expression == "two months ago"]
    assert dates and dates[0].earliest.month == 1
