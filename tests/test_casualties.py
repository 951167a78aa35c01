"""Casualty figures settled per report: the wounded among the shot, and an unreported field coded 0."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.model import Claim, CleanText, Cluster, CountValue, Document, Mention, ShotLessDead, Source
from crosswire.reconcile import reconcile

TEXT = "Three people were shot outside a bar on Friday. One man died at the scene."


def _claim(field, n, start, doc="d1"):
    return Claim(field, CountValue(n, n, n), TEXT[start:], start, len(TEXT), doc)


def _incident(claims, event_type="Violence against civilians"):
    mention = Mention(
        mention_id="m1",
        doc_id="d1",
        event_type=event_type,
        sub_event_type="Attack",
        role="main",
        start=0,
        trigger=TEXT,
        published=dt.date(2025, 6, 14),
        claims=claims,
    )
    return reconcile(Cluster("i1", [mention], [Source("d1", True)]))


def test_wounded_are_the_shot_less_the_dead():
    incident = _incident([_claim("shot", 3, 0), _claim("killed", 1, 48)])
    injured = incident.fields["injured"]
    assert injured.value == 2
    assert injured.claims[0].value.qualifier == "3 shot less 1 killed"
    assert injured.claims[0].quote == TEXT[injured.claims[0].start : injured.claims[0].end]


def test_derived_wounded_say_how_they_were_worked_out_and_keep_it_through_storage():
    incident = _incident([_claim("shot", 3, 0), _claim("killed", 1, 48)])
    claim = incident.fields["injured"].claims[0]
    assert claim.value.derived_from == ShotLessDead(shot=3, dead=1, dead_told_elsewhere=False)
    assert Claim.from_dict(claim.as_dict()) == claim


def test_a_stated_wounded_figure_wins_over_the_same_derived_one():
    incident = _incident([_claim("shot", 3, 0), _claim("killed", 1, 48), _claim("injured", 2, 10)])
    injured = incident.fields["injured"]
    assert injured.value == 2
    assert [c.value.qualifier for c in injured.claims] == [None]


def test_the_wounded_of_one_sentence_do_not_hide_the_rest_of_the_shot():
    # "Three people were shot; one died; one is in critical condition": 2 wounded, not 1
    incident = _incident([_claim("shot", 3, 0), _claim("killed", 1, 48), _claim("injured", 1, 10)])
    injured = incident.fields["injured"]
    assert injured.value == 2
    assert "3 shot less 1 killed" in [c.value.qualifier for c in injured.claims]


def test_attack_with_only_dead_reported_codes_zero_wounded_and_says_so():
    incident = _incident([_claim("killed", 1, 48)])
    injured = incident.fields["injured"]
    assert (injured.value, injured.status, injured.claims) == (0, "inferred", [])
    assert "no report gives a figure" in injured.reason


def test_a_report_of_none_hurt_codes_none_dead_but_none_dead_says_nothing_of_the_wounded():
    # "No one was hurt when shots hit the house": no one died either
    killed = _incident([_claim("injured", 0, 0)]).fields["killed"]
    assert (killed.value, killed.status, killed.claims) == (0, "inferred", [])
    assert "none injured" in killed.reason
    # "No one was killed" may be said of a shooting that wounded several
    assert "injured" not in _incident([_claim("killed", 0, 0)]).fields


def test_no_zero_is_inferred_for_an_arrest_or_an_incident_without_casualties():
    assert "killed" not in _incident([_claim("arrested", 2, 0)], event_type="Strategic developments").fields
    assert "killed" not in _incident([]).fields


# Fictional articles: (text, (killed, injured)) as a reader counts them.
ARTICLES = [
    # the boy found wounded is the boy who was killed
    (
        "A 9-year-old boy was killed Monday night in an accidental shooting at his home in Lakeview. "
        "His teenage cousin heard the shot and found the boy wounded in a bedroom.",
        (1, 0),
    ),
    # of those police found with wounds, the one who died is no longer wounded
    (
        "Officers found three men suffering from gunshot wounds outside a bar in Lakeview on Friday night. "
        "One of the men died at the hospital, police said.",
        (1, 2),
    ),
    # the one victim a headline tells dead is the one the body, written before, tells wounded
    (
        "Elmvale Boy, 9, Dies Days After Shooting on Quarry Street\n\n"
        "Jon Reyes, 9, was shot in the back on Quarry Street in Elmvale on Saturday, police said."
        " He remains at Elm County Medical Center in critical condition.",
        (1, 0),
    ),
    # a second victim, named or brought in anew, is someone besides the dead
    (
        "Elmvale Man Dies After Shooting on Quarry Street\n\n"
        "Jon Reyes, 40, was shot in the back on Quarry Street in Elmvale on Saturday, police said."
        " Mara Quinn, 35, remains at Elm County Medical Center in critical condition.",
        (1, 1),
    ),
    (
        "Elmvale Man Dies After Shooting on Quarry Street\n\n"
        "A man was shot in the back on Quarry Street in Elmvale on Saturday, police said. A woman was also"
        " shot. She remains at Elm County Medical Center in critical condition.",
        (1, 1),
    ),
    # the ones who did it, and the one whose kin was hurt, are not the wounded
    (
        "Three Charged in Killing of Elmvale Boy, 9\n\n"
        "The boy was killed on Quarry Street in Elmvale in May. The gunmen wounded the boy's uncle on the"
        " porch and then fired into the house, police said.",
        (1, 1),
    ),
    # the wounded child told by the same age as the child who died is that child
    (
        "Elmvale Girl, 2, Killed in Shooting\n\n"
        "A 2-year-old girl died after shots were fired at a car in Elmvale on Tuesday."
        " A nurse phoned officers to say the hospital was treating a two-year-old with a bullet wound.",
        (1, 0),
    ),
    # ... and a child of another age is someone else
    (
        "Elmvale Girl, 2, Killed in Shooting\n\n"
        "A 2-year-old girl died after shots were fired at a car in Elmvale on Tuesday."
        " A nurse phoned officers to say the hospital was treating a five-year-old with a bullet wound.",
        (1, 1),
    ),
    # ... and so is one told by the dead's age beside "another" or "also", or beside another age
    (
        "Teen Dies in Elmvale Shooting\n\n"
        "A 15-year-old was shot in a car on Birch Lane in Elmvale on Tuesday. He later died at the hospital."
        " Another 15-year-old riding in the car was also shot. As of Tuesday night, the teen was in critical"
        " condition.",
        (1, 1),
    ),
    (
        "Boy, 13, Killed in Elmvale Shooting\n\n"
        "A 13 year old boy is killed and a 16 year old is wounded when someone fires at them in Elmvale."
        " The 13 year old died on the sidewalk. The 16 year old was driven to a hospital with a"
        " bullet wound in the arm.",
        (1, 1),
    ),
    # "the other four" are the rest of the wounded told before, not four more
    (
        "A gunman killed two people and wounded five others at a festival in Elmvale on Friday."
        " Witnesses said one of the five wounded people was shot by a second gunman."
        " Officers have not determined who shot the other four survivors.",
        (2, 5),
    ),
    # "the other" of two, told wounded, is not the one who died
    (
        "Two men exchanged gunfire on Birch Lane in Elmvale on Friday; one was killed and the other was wounded.",
        (1, 1),
    ),
    # the dead are some of the wounded the story counted last
    (
        "Gunfire at a cookout on Juniper Court in Elmvale on Friday left four people wounded."
        " One of them, a 17-year-old boy, later died.",
        (1, 3),
    ),
    (
        "Police said five people were injured in the shooting on Birch Lane in Elmvale on Friday."
        " Two of the wounded have died.",
        (2, 3),
    ),
    # ... not the rest of a count of the dead and the wounded, which may be either
    (
        "A shooting on Birch Lane in Elmvale on Friday left two women wounded and one man dead."
        " One of them died at the scene.",
        (1, 2),
    ),
    # "the surviving victim" is someone besides the dead
    (
        "Two men were killed in a shooting at a house in Lakeview on Friday night. "
        "The surviving victim, a 16-year-old, was found wounded in the doorway.",
        (2, 1),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_an_article_counts_each_victim_once(extractor, text, expected):
    doc = Document(doc_id="d1", content=text, published=dt.date(2025, 6, 14))
    mentions = extractor.extract(doc, CleanText(doc_id="d1", text=text))
    incident = reconcile(Cluster("i1", [m for m in mentions if m.role == "main"], [Source("d1", True)]))
    assert (incident.fields["killed"].value, incident.fields["injured"].value) == expected


def test_a_wounded_claim_overtaken_by_the_death_keeps_why_the_report_moved_on(extractor):
    text = (
        "Elmvale Boy, 9, Dies Days After Shooting on Quarry Street\n\n"
        "Jon Reyes, 9, was shot in the back on Quarry Street in Elmvale on Saturday, police said."
        " The boy was initially listed in critical condition."
        " He remains at Elm County Medical Center in critical condition."
    )
    doc = Document(doc_id="d1", content=text, published=dt.date(2025, 6, 14))
    (main,) = [m for m in extractor.extract(doc, CleanText(doc_id="d1", text=text)) if m.role == "main"]
    qualifiers = {c.quote: c.value.qualifier for c in main.claims_for("injured")}
    assert qualifiers["The boy was initially listed in critical condition."] == "initially reported"
    still_told = qualifiers["He remains at Elm County Medical Center in critical condition."]
    assert still_told == "initially reported: the one wounded died"


def test_wounded_since_dead_keep_the_count_the_story_gave_first(extractor):
    text = (
        "Three men were wounded in a shooting on Quarry Street in Elmvale on Friday."
        " One of the victims died Saturday at Elm County Medical Center."
    )
    doc = Document(doc_id="d1", content=text, published=dt.date(2025, 6, 14))
    (main,) = [m for m in extractor.extract(doc, CleanText(doc_id="d1", text=text)) if m.role == "main"]
    told = {(c.value.low, c.value.qualifier) for c in main.claims_for("injured")}
    assert told == {(3, "initially reported: 1 of them died"), (2, "3 wounded, 1 of them since dead")}
