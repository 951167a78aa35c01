"""Word senses: the everyday senses of the words of violence tell of no incident; their violent senses still do."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.model import CleanText, Document

PUBLISHED = dt.date(2025, 6, 14)


def _mentions(extractor, text):
    doc = Document(doc_id="d", content=text, published=PUBLISHED)
    return extractor.extract(doc, CleanText(doc_id="d", text=text))


@pytest.mark.parametrize(
    "text",
    [
        # games and measures
        "Elmvale beat Millbrook 3-1 on Saturday to reach the final.",
        "Jon Reyes rallied to beat Sam Doe 6-4, 3-6, 7-5 in Elmvale on Friday.",
        "Quarterly sales at the Elmvale plant beat forecasts, the company said on Friday.",
        "He didn't appear to clash with Sam Doe during the game in Elmvale on Friday.",
        # markets
        "Bank shares in Elmvale have been rallying since Monday.",
        "A key reason for the market rally on Friday was strong earnings.",
        "Sales of the phone exploded in Elmvale last year.",
        # recordings, warrants, views
        "Security cameras captured the moment the car hit the wall on Friday.",
        "The game's captures run at 30 frames a second, reviewers in Elmvale said on Friday.",
        "Officers were executing a search warrant at a home in Elmvale on Friday.",
        "The two candidates attacked each other's policies during a debate in Elmvale on Tuesday.",
        # illness and near misses
        "Jon Reyes died of a heart attack in Elmvale on Friday.",
        "An outbreak of the plague killed two people in a village near Elmvale in May.",
        "The duvet nearly killed him, Sam Doe said on Friday.",
        "Authorities set up a quarantine to prevent the disease from spreading in Elmvale on Friday.",
        # things named by a word of violence
        "Doctors offered flu shots to detained migrants in Elmvale on Friday.",
        "Conditions at the Elmvale detention center were poor, inspectors said on Friday.",
        "The band posed for a photo shoot on the beach in Elmvale on Friday.",
        "Production in Elmvale will resume after the shooting of the final scene on Friday.",
        "Officials in Elmvale are trying to determine who shot the viral video on Friday.",
        "The senator would not talk about the attack on her voting record during the debate in Elmvale on Friday.",
        "The state passed new protest laws in Elmvale last year.",
        "Riot police stood outside the Elmvale stadium on Friday.",
        "Analysts in Elmvale attributed the rally in bank stocks to Friday's ruling.",
        "Supernova explosions shaped the galaxy, astronomers in Elmvale said on Friday.",
        "The clinic at the Elmvale processing and detention facility opened on Friday.",
        # titles, readers, figures of speech, conditions and wills
        "The new releases include Pixel Quest, Attack on Mars: Final Battle 2 and Farm Days, critics said on Friday.",
        "You were assaulted in that restroom, and you should tell the manager in Elmvale.",
        "Senator Ann Roe was under constant attack last month as the new front-runner in Elmvale.",
        "Never before has wealth been under such aggressive attack in a race in Elmvale.",
        '"The great betrayal is over," the president said at a rally in Elmvale on Friday.',
        "Ann Roe, who hurt herself last month by stumbling through questions in Elmvale, spoke again on Friday.",
        "I'm going to sing that song in Elmvale on Friday if it kills me!",
        "He had written a will in Elmvale, but it was neither witnessed nor executed.",
        "She had to choose between the dream she had in Elmvale and the strange new reality that had ambushed her.",
        "Grief ambushed him at the funeral in Elmvale on Friday.",
        "The debate in Elmvale on Friday gave the rivals of Ann Roe a chance to attack.",
        "The weak economy is an opportunity for challengers to attack the mayor of Elmvale, analysts said on Friday.",
    ],
)
def test_an_everyday_sense_of_a_word_of_violence_is_no_incident(extractor, text):
    assert _mentions(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two men beat a teenager outside a bar in Elmvale on Friday.", "Attack"),
        ("He said someone beat the hell out of him in Elmvale on Friday.", "Attack"),
        ("Police captured the suspect after a chase in Elmvale on Friday.", "Arrests"),
        ("The gunmen executed two hostages in Elmvale on Friday.", "Attack"),
        ("A video showed a gunman executing two alleged spies in Elmvale on Friday.", "Attack"),
        ("Thousands rallied outside the statehouse in Elmvale on Tuesday.", "Peaceful protest"),
        ("Police prevented an attack on a mall in Elmvale on Friday.", "Disrupted weapons use"),
        ("Gunman Shoots 4 People Outside Elmvale Restaurant", "Attack"),
        ("A bullet nearly killed him in Elmvale on Friday.", "Attack"),
        ("Related: Shooting on Elm Street leaves one man hurt in Elmvale on Friday.", "Attack"),
        ("A man who came under attack on Elm Street in Elmvale on Friday was stabbed twice.", "Attack"),
        ("He injured himself with a gun he was cleaning in Elmvale on Friday.", "Attack"),
        ("If the man fired first, nobody knows it; he was shot in Elmvale on Friday.", "Attack"),
        ("Gunmen ambushed a police convoy near Elmvale on Friday.", "Attack"),
        ("The convoy was ambushed by fighters near Elmvale on Friday.", "Attack"),
        ("Gunmen seized the chance to attack a police post near Elmvale on Friday.", "Attack"),
        ("The convoy was under attack near Elmvale on Friday.", "Attack"),
        ("A bystander shot video of the shooting in Elmvale on Friday.", "Attack"),
        ("The attack on the police station in Elmvale on Friday killed two officers.", "Attack"),
        ("Protesters marched to the statehouse, organizers said at a rally in Elmvale on Friday.", "Peaceful protest"),
        ("A woman caught in crossfire on Elm Street in Elmvale on Friday was hit in the leg.", "Attack"),
    ],
)
def test_the_violent_sense_of_the_same_words_is_still_an_incident(extractor, text, event):
    [main] = _mentions(extractor, text)
    assert main.sub_event_type == event


def test_a_near_miss_counts_no_dead(extractor):
    [main] = _mentions(extractor, "A bullet nearly killed him in Elmvale on Friday.")
    assert main.claims_for("killed") == []


def test_a_shoot_out_is_still_a_shooting_with_its_toll(extractor):
    [main] = _mentions(extractor, "That shoot-out in Elmvale on Friday left two dead and two wounded.")
    assert [c.value.stated for c in main.claims_for("killed")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Actor Jon Reyes dies at 85\nJon Reyes, the actor known for his comedies, died on Friday at his home in "
        "Elmvale, his family said. He was 85.",
        "Singer Ann Roe dead at 62\nAnn Roe died on Friday at a hospital in Elmvale. Her death was confirmed by "
        "her publicist. She had been ill for years.",
    ],
)
def test_a_death_told_with_no_violence_is_no_incident(extractor, text):
    assert _mentions(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Man dies after Elm Street shooting\nA man died on Friday, two days after he was shot on Elm Street in "
        "Elmvale, police said.",
        "Woman found dead in Elmvale home\nA woman was found dead in a home on Elm Street on Friday. Police said "
        "the death is being investigated as a homicide.",
        # a phrase of violence, with no weapon word alone
        "Man dies, woman hurt\nA man died and a woman was hurt after someone opened fire on their car on Elm "
        "Street in Elmvale on Friday.",
    ],
)
def test_a_death_told_with_violence_is_still_an_incident(extractor, text):
    [main] = _mentions(extractor, text)
    assert [c.value.stated for c in main.claims_for("killed")][:1] == [1]


def test_a_death_by_violence_no_trigger_word_names_is_still_an_incident(extractor):
    text = "Woman dies in Elmvale\nA woman died on Friday, a day after she was strangled in her home on Elm Street."
    [main] = _mentions(extractor, text)
    assert main.sub_event_type == "Attack"
