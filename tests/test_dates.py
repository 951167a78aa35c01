"""Dates: expressions found in sentences and resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from crosswire.extract.dates import find_dates, resolve_date

WED = dt.date(2024, 3, 27)  # a Wednesday
D = dt.date


@pytest.mark.parametrize(
    ("expression", "published", "earliest", "latest", "precision"),
    [
        ("Friday", WED, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("on Friday", WED, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("Friday's", WED, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("Friday night", WED, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("early Sunday", WED, D(2024, 3, 24), D(2024, 3, 24), "day"),
        ("Wednesday", WED, WED, WED, "day"),
        ("11:40 p.m. Wednesday", WED, WED, WED, "day"),
        ("last Wednesday", WED, D(2024, 3, 20), D(2024, 3, 20), "day"),
        ("today", WED, WED, WED, "day"),
        ("this morning", WED, WED, WED, "day"),
        ("yesterday", WED, D(2024, 3, 26), D(2024, 3, 26), "day"),
        ("the day before yesterday", WED, D(2024, 3, 25), D(2024, 3, 25), "day"),
        ("last night", WED, D(2024, 3, 26), D(2024, 3, 26), "day"),
        ("two days ago", WED, D(2024, 3, 25), D(2024, 3, 25), "day"),
        ("last week", WED, D(2024, 3, 18), D(2024, 3, 24), "week"),
        ("this week", WED, D(2024, 3, 25), WED, "week"),
        ("earlier this week", WED, D(2024, 3, 25), WED, "week"),
        ("over the weekend", WED, D(2024, 3, 23), D(2024, 3, 24), "week"),
        ("last month", WED, D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("this month", WED, D(2024, 3, 1), WED, "month"),
        ("last year", WED, D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("in 2010", WED, D(2010, 1, 1), D(2010, 12, 31), "year"),
        ("since 2005", None, D(2005, 1, 1), D(2005, 12, 31), "year"),
        ("March 22, 2024", None, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("22 March 2024", None, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("on 24 March", WED, D(2024, 3, 24), D(2024, 3, 24), "day"),
        ("on 30 March", WED, D(2023, 3, 30), D(2023, 3, 30), "day"),
        ("in November", WED, D(2023, 11, 1), D(2023, 11, 30), "month"),
        ("in March 2024", None, D(2024, 3, 1), D(2024, 3, 31), "month"),
        ("last July", WED, D(2023, 7, 1), D(2023, 7, 31), "month"),
        ("last March", WED, D(2023, 3, 1), D(2023, 3, 31), "month"),
        ("last February", WED, D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("this January", WED, D(2024, 1, 1), D(2024, 1, 31), "month"),
        # seasons: the months of the last whole one, or of this one up to publication; written as a year
        ("last summer", WED, D(2023, 6, 1), D(2023, 8, 31), "year"),
        ("last summer", D(2024, 7, 10), D(2023, 6, 1), D(2023, 8, 31), "year"),
        ("this past summer", D(2024, 10, 2), D(2024, 6, 1), D(2024, 8, 31), "year"),
        ("last winter", WED, D(2023, 12, 1), D(2024, 2, 29), "year"),
        ("this winter", D(2024, 1, 20), D(2023, 12, 1), D(2024, 1, 20), "year"),
        ("2024-03-22", None, D(2024, 3, 22), D(2024, 3, 22), "day"),
        ("3/22/2024", None, D(2024, 3, 22), D(2024, 3, 22), "day"),
        # holidays: the last one on or before publication
        ("on New Year's Eve", WED, D(2023, 12, 31), D(2023, 12, 31), "day"),
        ("Christmas Day", WED, D(2023, 12, 25), D(2023, 12, 25), "day"),
        ("the Fourth of July", D(2024, 7, 5), D(2024, 7, 4), D(2024, 7, 4), "day"),
        ("Thanksgiving night", WED, D(2023, 11, 23), D(2023, 11, 23), "day"),
        ("Mother's Day", D(2024, 5, 20), D(2024, 5, 12), D(2024, 5, 12), "day"),
        ("Memorial Day", D(2024, 6, 1), D(2024, 5, 27), D(2024, 5, 27), "day"),
        ("Easter Sunday", D(2024, 4, 2), D(2024, 3, 31), D(2024, 3, 31), "day"),
        ("Easter Sunday", WED, D(2023, 4, 9), D(2023, 4, 9), "day"),
        ("Martin Luther King Jr. Day", WED, D(2024, 1, 15), D(2024, 1, 15), "day"),
        ("MLK Day", WED, D(2024, 1, 15), D(2024, 1, 15), "day"),
        ("St. Patrick's Day", WED, D(2024, 3, 17), D(2024, 3, 17), "day"),
        ("Veterans Day", WED, D(2023, 11, 11), D(2023, 11, 11), "day"),
    ],
)
def test_resolve_date(expression, published, earliest, latest, precision):
    value = resolve_date(expression, published)
    assert (value.earliest, value.latest, value.precision) == (earliest, latest, precision)
    assert value.expression == expression


@pytest.mark.parametrize(
    "expression",
    ["Friday", "on Friday", "today", "yesterday", "last week", "on 24 March", "in November", "on Christmas Eve"],
)
def test_relative_dates_stay_unresolved_without_publication_date(expression):
    value = resolve_date(expression, None)
    assert not value.is_resolved and value.expression == expression


@pytest.mark.parametrize("expression", ["Ramadan", "500 kg", "35", "police"])
def test_non_dates_do_not_resolve(expression):
    assert not resolve_date(expression, WED).is_resolved


def dates_in(nlp, text, published=WED):
    doc = nlp(text)
    return [(doc.text[s:e], v) for sent in doc.sents for v, s, e in find_dates(sent, published)]


def test_find_dates_reads_weekdays_and_absolute_dates(nlp):
    found = dates_in(nlp, "The siege began at 9:10 p.m. Friday and a day of mourning was set for March 30, 2024.")
    assert [(q, v.earliest) for q, v in found] == [
        ("9:10 p.m. Friday", D(2024, 3, 22)),
        ("March 30, 2024", D(2024, 3, 30)),
    ]


def test_a_weekday_after_a_clock_time_stays_in_its_sentence(nlp):
    text = (
        "The shooting was reported at 10:17 a.m. Monday in the 600 block of W. Alder Place, Capt. Ray Ostrander said."
    )
    assert len(list(nlp(text).sents)) == 1
    assert [(q, v.earliest) for q, v in dates_in(nlp, text)] == [("10:17 a.m. Monday", D(2024, 3, 25))]


def test_find_dates_keeps_unresolved_weekday_without_publication_date(nlp):
    found = dates_in(nlp, "Police said the man was arrested on Monday.", published=None)
    assert [(q, v.is_resolved) for q, v in found] == [("on Monday", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police may release the names later.",
        "A protest march crossed the bridge.",
        "They seized 500 kg of fertiliser during the holy month.",
        "The victim, 35, was shot at 11:40 p.m.",
    ],
)
def test_find_dates_ignores_words_that_are_no_dates(nlp, sentence):
    assert dates_in(nlp, sentence) == []


def test_seed_dates_resolve_without_error(nlp, shared_dir):
    published = D(2024, 3, 28)
    found = []
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        found += [v for sent in doc.sents for v, _, _ in find_dates(sent, published)]
    assert any(v.earliest == D(2024, 3, 22) and v.precision == "day" for v in found)
    # a date with its year is what it says ("Since July 1, 2024, we have disabled ads"); the others
    # are resolved to on or before the publication date
    relative = [v for v in found if v.is_resolved and not re.search(r"\d{4}", v.expression)]
    assert relative and all(v.earliest <= v.latest <= published for v in relative)


def test_a_weekday_with_its_explicit_date_reads_as_that_date(nlp):
    found = dates_in(nlp, "The clerk was robbed on Thursday, Feb. 29, at about noon.")
    assert [(q, v.earliest) for q, v in found] == [("Feb. 29", D(2024, 2, 29))]
    found = dates_in(nlp, "On Saturday March 2, 2024, the boy died at the hospital.")
    assert [(q, v.earliest) for q, v in found] == [("March 2, 2024", D(2024, 3, 2))]


def test_a_weekday_with_its_day_in_numbers_reads_as_the_numbers_say(nlp):
    # a slip of the weekday (the 26th was a Tuesday): the numbers are what the writer looked up
    found = dates_in(nlp, "A boy was shot in the foot on Birch Lane Monday (3/26), deputies said.")
    assert [(q, v.earliest) for q, v in found] == [("Monday (3/26)", D(2024, 3, 26))]
    assert [q for q, _ in dates_in(nlp, "Deputies on the Quarry Street detail work 24/7 on Monday.")] == ["on Monday"]


@pytest.mark.parametrize(
    "text",
    [
        "Posted: Monday, March 25, 2024 6:47 AM EDT",
        "Two hurt in crash Updated: March 25, 2024 at 9:05 AM",
        "March 25, 2024 9:23:14 AM CDT",
        "March 25, 2024",
        "(March 25, 2024) - Police say a man was shot near the park.",
        "TODAY'S TOP STORIES",
        "UPDATE 5:10PM MONDAY: The school will open two hours late tomorrow.",
    ],
)
def test_page_stamps_are_not_dates_of_the_story(nlp, text):
    assert dates_in(nlp, text) == []


def test_a_date_with_a_clock_time_in_the_story_is_kept(nlp):
    found = dates_in(nlp, "Officers arrived on March 25, 2024 at 9 p.m. and found two men wounded.")
    assert [v.earliest for _, v in found] == [D(2024, 3, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "Officers found him in the 1900 block of Larch Street.",
        "A boy was shot on the 2000 block of Millrace Road.",
        "A girl was hurt in the 2000-block of Sumac Avenue.",
        "Copyright 2016 Example Broadcasting. All rights reserved.",
        "Shoppers bought christmas lights for the porch.",
        "Traffic was heavy over the Memorial Day weekend.",
        "A hunter was hurt at a lease off Farm-to-Market 1960.",
        "Officers found the car outside 1920 Birch St. after the shooting.",
        "He was shot outside 1999 N. Main Street.",
        "A 2004 Ford was towed from the Elmvale lot.",
        "Robberies in Elmvale fell by a third from 2004 to 2014, the police report says.",
        "Shootings in the county rose between 2010 and 2015.",
    ],
)
def test_addresses_copyright_years_and_seasons_are_no_dates(nlp, text):
    assert dates_in(nlp, text) == []


def test_the_day_a_speaker_names_in_a_quotation_is_the_speaker_s(nlp):
    assert dates_in(nlp, '"We will not rest until they are caught tonight," the mayor said.') == []
    assert dates_in(nlp, "“We pray for the family today,” the pastor said.") == []
    found = dates_in(nlp, "A man was shot tonight on Larch Street, police said.", published=WED)
    assert [v.earliest for _, v in found] == [WED]
    found = dates_in(nlp, '"He was shot last night," his sister said.', published=WED)
    assert [v.earliest for _, v in found] == [D(2024, 3, 26)]
    found = dates_in(nlp, "A cashier was wounded the day before yesterday, police said.", published=WED)
    assert [(q, v.earliest) for q, v in found] == [("the day before yesterday", D(2024, 3, 25))]


def test_a_holiday_in_a_sentence_is_a_day(nlp):
    found = dates_in(nlp, "A teen shot his friend on New Year's Eve, police said.", published=D(2024, 1, 2))
    assert [(q, v.earliest) for q, v in found] == [("on New Year's Eve", D(2023, 12, 31))]
    found = dates_in(nlp, "A clerk was robbed early Christmas morning.", published=D(2024, 1, 2))
    assert [(q, v.earliest) for q, v in found] == [("Christmas morning", D(2023, 12, 25))]
    # "the" between "on" and the name: still the day it happened, whichever way the name is written
    for name in ("the Fourth of July", "July Fourth"):
        found = dates_in(
            nlp, f"Two men were hurt by gunfire on {name} at a Larch Street cookout.", published=D(2024, 7, 8)
        )
        assert [(q, v.earliest) for q, v in found] == [(f"on {name}", D(2024, 7, 4))]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        # the year written with the holiday says which one, however late the story
        (
            "Two cars were hit by gunfire in the early hours of New Year's Eve 2017.",
            "New Year's Eve 2017",
            D(2017, 12, 31),
        ),
        ("On Christmas Eve, 2019, a man was shot on Larch Street.", "On Christmas Eve, 2019", D(2019, 12, 24)),
        # a time of the day told before its name
        ("A man was shot early New Year's Day on Larch Street.", "New Year's Day", D(2024, 1, 1)),
        ("A man was shot in the morning hours of Christmas Day.", "Christmas Day", D(2023, 12, 25)),
    ],
)
def test_a_holiday_with_its_year_or_its_hour_is_a_day(nlp, text, expression, day):
    found = dates_in(nlp, text, published=D(2024, 2, 9))
    assert [(q, v.earliest) for q, v in found] == [(expression, day)]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("A man was charged in the day-after-Christmas shooting on Larch St.", "day-after-Christmas", D(2023, 12, 26)),
        ("Police sought a driver in the day before Thanksgiving shooting.", "day before Thanksgiving", D(2023, 11, 22)),
    ],
)
def test_the_day_beside_a_holiday_is_that_day(nlp, text, expression, day):
    found = dates_in(nlp, text, published=D(2024, 2, 9))
    assert [(q, v.earliest) for q, v in found] == [(expression, day)]


def test_a_holiday_the_story_only_passes_through_dates_nothing(nlp):
    found = dates_in(nlp, "He was home for Christmas when he was shot on Friday.", published=D(2024, 2, 9))
    assert [q for q, _ in found] == ["on Friday"]


def test_month_and_day_after_in_is_a_day(nlp):
    sent = nlp("Jury convicts woman in May 25 fatal shooting")[:]
    (value, _start, _end), *_ = find_dates(sent, dt.date(2014, 11, 18))
    assert (value.earliest, value.precision) == (dt.date(2014, 5, 25), "day")


def test_a_month_and_day_after_until_is_read_whole(nlp):
    found = dates_in(nlp, "The park stayed closed until Sept. 12, 2001, after the blast.")
    assert [(v.earliest, v.precision) for _, v in found] == [(D(2001, 9, 12), "day")]


def test_the_start_of_a_span_dates_no_event_but_a_day_it_names_does(nlp):
    assert dates_in(nlp, "Four teens have been shot dead in the city since early Saturday.") == []
    found = dates_in(nlp, "She has been in critical condition since Saturday's shooting.")
    assert [v.earliest for _, v in found] == [D(2024, 3, 23)]
