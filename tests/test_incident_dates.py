"""The main incident's date: the first day of the story, read from the lede when the event sentence is bare."""

from __future__ import annotations

import datetime as dt

from crosswire.model import CleanText, Document

WED = dt.date(2024, 3, 27)  # a Wednesday


def _main_days(extractor, text, published=WED):
    doc = Document(doc_id="d", content=text, published=published)
    mentions = extractor.extract(doc, CleanText(doc_id="d", text=text))
    assert mentions and mentions[0].role == "main"
    return sorted({c.value.earliest for c in mentions[0].claims_for("date") if c.value.precision == "day"})


def test_a_later_step_in_the_same_sentence_does_not_date_the_incident(extractor):
    text = "Bail was denied Tuesday for a man whose son shot a neighbor with a rifle Saturday."
    assert _main_days(extractor, text) == [dt.date(2024, 3, 23)]


def test_a_later_day_in_another_sentence_dates_what_followed(extractor):
    text = (
        "A woman was wounded when someone fired into her car Sunday night on Elm Street.\n\n"
        "On Tuesday afternoon, neighbors gathered at the scene of the shooting to pray."
    )
    assert _main_days(extractor, text) == [dt.date(2024, 3, 24)]


def test_a_coming_day_does_not_become_the_first_day(extractor):
    text = (
        "A teenager was shot and killed Monday outside a grocery store, police said.\n\n"
        "A vigil for the victim of the shooting is planned for Thursday at the store."
    )
    assert dt.date(2024, 3, 25) in _main_days(extractor, text)
    assert min(_main_days(extractor, text)) == dt.date(2024, 3, 25)


def test_a_passive_report_of_the_shooting_dates_it(extractor):
    text = "A school was locked down after a shooting was reported nearby Tuesday afternoon."
    assert _main_days(extractor, text) == [dt.date(2024, 3, 26)]


def test_an_arrest_story_takes_the_day_said_of_the_shooting(extractor):
    text = "Police have arrested a man identified as a suspect in a shooting Monday night that left two people injured."
    assert _main_days(extractor, text) == [dt.date(2024, 3, 25)]
