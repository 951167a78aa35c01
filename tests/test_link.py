"""link: copies, blocking, pair decisions, constraints and linear cost, on fictional mentions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from crosswire.link import (
    Constraints,
    Features,
    LinkStats,
    block_keys,
    features,
    find_copies,
    link,
    probed_blocks,
    relink_scope,
)
from crosswire.link.blocking import candidate_pairs
from crosswire.link.cluster import STRONG_LINK
from crosswire.link.score import VETO, places_agree, score_pair
from crosswire.model import Actor, Claim, CleanText, CountValue, DateValue, Document, Location, Mention
from crosswire.store import Store

NIGHT = dt.date(2031, 6, 14)
TOWN = Location("Millbrook", country="US", admin1="Ohio", lat=40.0, lon=-83.0, precision="city")
STORY = (
    "Two people were shot late Saturday outside a corner store on Alder Road in Millbrook, police said. "
    "Officers found the victims after neighbours reported hearing several shots shortly before midnight. "
    "One man died at the scene and a woman was taken to a hospital in serious condition. "
    "Investigators have not named a suspect and asked anyone with information to call the tip line."
)


def claim(field: str, value, doc: str, start: int = 0) -> Claim:
    return Claim(field, value, field, start, start + 5, doc)


def shooting(
    doc: str,
    *,
    day: dt.date | None = NIGHT,
    place: Location | None = TOWN,
    names=(),
    victims=(),
    killed: int | None = 1,
    published: dt.date | None = None,
    role: str = "main",
    start: int = 0,
    trigger: str = "A man was shot and killed on Alder Road.",
) -> Mention:
    claims = []
    if day is not None:
        claims.append(claim("date", DateValue(day.isoformat(), day, day, "day"), doc))
    if place is not None:
        claims.append(claim("place", place, doc))
    if killed is not None:
        claims.append(claim("killed", CountValue(killed, killed, killed), doc))
    claims += [claim("victim", Actor(v, "victim"), doc) for v in victims]
    return Mention(
        Mention.make_id(doc, start, "Violence against civilians"),
        doc,
        "Violence against civilians",
        "Attack",
        role,
        start,
        trigger,
        claims=claims,
        published=published or (day + dt.timedelta(days=1) if day else None),
        names=list(names) + list(victims),
    )


def groups(clusters) -> set[frozenset[str]]:
    return {frozenset(m.doc_id for m in c.mentions) for c in clusters}


def test_find_copies_near_identical_vs_different():
    copy = "By the Wire Service. " + STORY.replace("tip line", "police tip line")
    other = (
        "A fire destroyed a warehouse on the east side of Riverton early Tuesday, the fire chief said. "
        "No one was hurt, but the blaze closed two streets for hours while crews worked. "
        "The cause is under investigation and the owner said the building was insured."
    )
    docs = [
        ("b-copy", copy, dt.date(2031, 6, 16)),
        ("a-orig", STORY, dt.date(2031, 6, 15)),
        ("c-other", other, dt.date(2031, 6, 15)),
    ]
    assert find_copies(docs) == {"b-copy": "a-orig"}
    # Same day: the smaller doc_id is the original.
    assert find_copies([("z", STORY, NIGHT), ("y", STORY, NIGHT)]) == {"z": "y"}


def test_two_reports_of_one_shooting_link():
    a = shooting("doc1", victims=["Jon Reyes"], names=["Alder Road"])
    b = shooting(
        "doc2",
        victims=["Jonathan Reyes"],
        names=["Alder Road"],
        published=NIGHT + dt.timedelta(days=2),
        trigger="Police say a man was fatally shot Saturday on Alder Road.",
    )
    assert groups(link([a, b])) == {frozenset({"doc1", "doc2"})}


def test_two_shootings_same_city_same_night_stay_apart():
    a = shooting("doc1", victims=["Jon Reyes"], names=["Alder Road"])
    b = shooting("doc2", victims=["Mara Quinn"], names=["Birch Street"], trigger="A woman was shot on Birch Street.")
    assert len(link([a, b])) == 2


def test_different_country_never_links():
    elsewhere = Location("Millbrook", country="CA", admin1="Ontario", lat=44.0, lon=-79.0, precision="city")
    a = shooting("doc1", names=["Alder Road"])
    b = shooting("doc2", place=elsewhere, names=["Alder Road"])
    assert len(link([a, b])) == 2


def test_background_mention_not_merged_into_new_incident():
    old = dt.date(2004, 9, 1)
    main = shooting("doc1", victims=["Jon Reyes"], names=["Millbrook Mall"])
    recall = shooting(
        "doc2", day=old, role="background", start=300, names=["Millbrook Mall"], published=NIGHT + dt.timedelta(days=1)
    )
    main2 = shooting("doc2", victims=["Jon Reyes"], names=["Millbrook Mall"])
    clusters = link([main, recall, main2])
    by_mention = {m.mention_id: c for c in clusters for m in c.mentions}
    assert by_mention[main.mention_id] is by_mention[main2.mention_id]
    assert by_mention[recall.mention_id] is not by_mention[main.mention_id]
    # doc2 is primary only for its main incident.
    primary = {c.incident_id for c in clusters for s in c.sources if s.doc_id == "doc2" and s.primary}
    assert primary == {by_mention[main2.mention_id].incident_id}


def test_recalled_incidents_of_a_month_with_no_place_or_name_are_not_one():
    # "since early October, eight died in shootings" and "another shooting two weeks ago in October"
    october = DateValue("in October", dt.date(2031, 10, 1), dt.date(2031, 10, 31), "month")
    day = DateValue("Oct. 9", dt.date(2031, 10, 9), dt.date(2031, 10, 9), "day")

    def recalled(doc: str, when: DateValue) -> Features:
        mention = shooting(doc, day=None, place=None, role="background", start=300, published=dt.date(2031, 11, 9))
        mention.claims.append(claim("date", when, doc))
        return features(mention)

    assert score_pair(recalled("doc1", october), recalled("doc2", october)) == VETO
    # the same day recalled by two stories may be one incident, for the other evidence to tell
    assert score_pair(recalled("doc1", day), recalled("doc2", day)) != VETO


def test_the_town_police_and_hospital_named_by_two_stories_tie_them_no_closer():
    first, second = NIGHT, NIGHT + dt.timedelta(days=2)
    bare = score_pair(features(shooting("doc1", day=first)), features(shooting("doc2", day=second)))
    services = ["Millbrook Police Department", "Mercy General Hospital"]
    a = features(shooting("doc1", day=first, names=services))
    b = features(shooting("doc2", day=second, names=services))
    assert score_pair(a, b) == bare
    # a venue both name is evidence
    a = features(shooting("doc1", day=first, names=["Quarry Lane Laundromat"]))
    b = features(shooting("doc2", day=second, names=["Quarry Lane Laundromat"]))
    assert score_pair(a, b) > bare


def test_a_surname_one_story_also_gives_in_full_counts_once():
    first, second = NIGHT, NIGHT + dt.timedelta(days=2)
    bare = score_pair(features(shooting("doc1", day=first)), features(shooting("doc2", day=second)))
    surname = features(shooting("doc2", day=second, names=["Reyes"]))
    once = score_pair(features(shooting("doc1", day=first, names=["Reyes"])), surname)
    twice = score_pair(features(shooting("doc1", day=first, names=["Jon Reyes", "Reyes"])), surname)
    assert once > bare
    # "Jon Reyes ... Reyes said" is one man: the other story's "Reyes" is no more evidence for it
    assert twice == once
    # two men of one story both matched in the other are more evidence than one
    both = features(shooting("doc2", day=second, names=["Jon Reyes", "Sam Doe"]))
    one = score_pair(features(shooting("doc1", day=first, names=["Jon Reyes"])), both)
    assert score_pair(features(shooting("doc1", day=first, names=["Jon Reyes", "Sam Doe"])), both) > one


def test_a_holiday_or_the_kind_of_incident_both_stories_name_ties_them_no_closer():
    first, second = NIGHT, NIGHT + dt.timedelta(days=2)
    bare = score_pair(features(shooting("doc1", day=first)), features(shooting("doc2", day=second)))
    told = ["New Year's Eve", "Accidental Shooting", "Birch Co."]
    a = features(shooting("doc1", day=first, names=told))
    b = features(shooting("doc2", day=second, names=told))
    assert score_pair(a, b) == bare
    assert not a.people


# a county several states have, placed in the biggest one's state as a guess: no state the story tells
GUESSED_COUNTY = Location(
    "Birch County", country="US", admin1="Texas", lat=31.0, lon=-97.0, precision="county", state_guessed=True
)


@pytest.mark.parametrize("where", [None, GUESSED_COUNTY])
def test_a_story_that_tells_no_state_joins_one_of_two_incidents_in_other_states_not_both(where):
    elsewhere = Location("Elmvale", country="US", admin1="Florida", lat=27.0, lon=-81.0, precision="city")
    story = STORY + " A 4-year-old boy was among the wounded."
    ohio = shooting("doc1", names=["Jon Reyes"], trigger=story)
    florida = shooting("doc2", place=elsewhere, names=["Mara Quinn"], trigger=story)
    # a report that retells the same story in the same words and names no one and no state: it
    # ties to each strongly enough to outweigh places that disagree
    unplaced = shooting("doc3", place=where, trigger=story)
    assert score_pair(features(ohio), features(unplaced)) >= STRONG_LINK
    assert score_pair(features(florida), features(unplaced)) >= STRONG_LINK
    found = groups(link([ohio, florida, unplaced]))
    assert frozenset({"doc1", "doc2", "doc3"}) not in found
    assert {frozenset({"doc1"}), frozenset({"doc2"})} & found


def test_constraints_respected():
    a = shooting("doc1", victims=["Jon Reyes"])
    b = shooting("doc2", victims=["Jon Reyes"])
    c = shooting(
        "doc3",
        victims=["Mara Quinn"],
        place=Location("Riverton", country="US", admin1="Texas", lat=30.0, lon=-97.0, precision="city"),
    )
    assert groups(link([a, b, c])) == {frozenset({"doc1", "doc2"}), frozenset({"doc3"})}
    cons = Constraints(must_link=[(a.mention_id, c.mention_id)], cannot_link=[(a.mention_id, b.mention_id)])
    assert groups(link([a, b, c], constraints=cons)) == {frozenset({"doc1", "doc3"}), frozenset({"doc2"})}


def test_distinct_from_and_same_document_never_merge():
    a = shooting("doc1", victims=["Jon Reyes"])
    second = shooting("doc1", victims=["Jon Reyes"], start=400)
    b = shooting("doc2", victims=["Jon Reyes"])
    b2 = shooting("doc2", victims=["Jon Reyes"], start=400)
    b2.distinct_from = [b.mention_id]
    clusters = link([a, second, b, b2])
    assert all(len({m.doc_id for m in c.mentions}) == len(c.mentions) for c in clusters)
    by_mention = {m.mention_id: c.incident_id for c in clusters for m in c.mentions}
    assert by_mention[b.mention_id] != by_mention[b2.mention_id]


def test_copy_sources_marked():
    a = shooting("doc1", victims=["Jon Reyes"])
    b = shooting("doc2", victims=["Jon Reyes"])
    (cluster,) = link([a, b], copies={"doc2": "doc1"})
    assert {s.doc_id: s.copy_of for s in cluster.sources} == {"doc1": None, "doc2": "doc1"}
    assert all(s.primary for s in cluster.sources)


def test_order_independent_and_stable_ids():
    rng = random.Random(7)
    mentions = synthetic(300, rng)
    first = link(mentions)
    shuffled = mentions[:]
    rng.shuffle(shuffled)
    second = link(shuffled)
    assert [(c.incident_id, [m.mention_id for m in c.mentions]) for c in first] == [
        (c.incident_id, [m.mention_id for m in c.mentions]) for c in second
    ]


def test_incident_id_stable_when_a_later_report_joins():
    a = shooting("doc1", victims=["Jon Reyes"])
    b = shooting("doc2", victims=["Jon Reyes"], published=NIGHT + dt.timedelta(days=5))
    (before,) = link([a])
    (after,) = link([a, b])
    assert before.incident_id == after.incident_id and len(after.mentions) == 2


def test_unknown_country_and_date_still_reach_candidates():
    a = shooting("doc1", victims=["Jon Reyes"])
    b = shooting("doc2", victims=["Jon Reyes"], place=None, day=None, published=NIGHT + dt.timedelta(days=1))
    # No place and no date in the text: the report probes the week before its publication.
    assert {"violent|*|2031-W23", "violent|*|2031-W24"} <= set(block_keys(b))
    assert groups(link([a, b])) == {frozenset({"doc1", "doc2"})}


def test_only_undated_documents_reach_across_time():
    # A dated article recalling a shooting it gives no date for: no week, so only its people block it.
    recall = shooting("doc1", day=None, published=NIGHT, role="background")
    assert block_keys(recall) == []
    named = shooting("doc2", day=None, published=NIGHT, role="background", victims=["Jon Reyes"])
    assert block_keys(named) == ["violent|person|j reyes"]
    # Bare text without a publication date: its reports may be of any time, so they meet in the wildcard.
    pasted = shooting("doc3", day=None, published=None)
    assert block_keys(pasted) == ["violent|US|*", "violent|*|*"]
    dated_in_pasted = shooting("doc4")
    dated_in_pasted.published = None
    assert "violent|US|*" in block_keys(dated_in_pasted)
    assert groups(link([pasted, dated_in_pasted])) == {frozenset({"doc3", "doc4"})}


def test_a_site_s_state_does_not_keep_a_relayed_follow_up_from_its_incident():
    # a station in another state relays the arrest a week on; the story names no place, so its
    # place is only the site's state, which says nothing of where the shooting was
    report = shooting("doc1", victims=["Jon Reyes", "Mara Quinn"])
    site_state = Location("Georgia", country="US", admin1="Georgia", precision="admin1", state_guessed=True)
    relayed = shooting(
        "doc2",
        day=None,
        place=site_state,
        killed=None,
        victims=["Jon Reyes", "Mara Quinn"],
        published=NIGHT + dt.timedelta(days=7),
        trigger="Police arrested a man in the shooting of Jon Reyes and Mara Quinn.",
    )
    assert features(relayed).place is None
    assert groups(link([report, relayed])) == {frozenset({"doc1", "doc2"})}


def test_two_placeless_stories_on_sites_of_two_states_stay_apart():
    def placeless(doc: str, state: str) -> Mention:
        site = Location(state, country="US", admin1=state, precision="admin1", state_guessed=True)
        return shooting(doc, place=site, trigger="A teen died in an accidental shooting on Saturday.")

    assert groups(link([placeless("doc1", "Georgia"), placeless("doc2", "Georgia")])) == {frozenset({"doc1", "doc2"})}
    assert len(groups(link([placeless("doc1", "Georgia"), placeless("doc2", "Ohio")]))) == 2


def test_a_placeless_story_on_a_site_of_one_state_stays_apart_from_a_story_placed_in_another():
    def placeless(state: str) -> Mention:
        site = Location(state, country="US", admin1=state, precision="admin1", state_guessed=True)
        return shooting("doc2", place=site, trigger="A teen died in an accidental shooting on Saturday.")

    report = shooting("doc1", trigger="A teen died in an accidental shooting on Saturday.")
    assert groups(link([report, placeless("Ohio")])) == {frozenset({"doc1", "doc2"})}
    assert len(groups(link([report, placeless("Georgia")]))) == 2


def _plea_story(doc: str, legal_steps: list[str]) -> Mention:
    """An undated story of the town, two months after the shooting."""
    story = shooting(doc, day=None, killed=None, published=NIGHT + dt.timedelta(days=60))
    story.legal_steps = legal_steps
    return story


def _pair(a: Mention, b: Mention) -> tuple[str, str]:
    return tuple(sorted((a.mention_id, b.mention_id)))


def test_an_undated_story_of_a_plea_meets_its_towns_shooting_months_before():
    report = shooting("doc1")
    others = [shooting(f"other{i}", day=NIGHT + dt.timedelta(days=7 * i)) for i in range(1, 4)]
    plea = _plea_story("doc2", ["guilty", "plead"])
    pairs = candidate_pairs(features(m) for m in [report, *others, plea])
    assert _pair(report, plea) in pairs
    # an undated story that tells no step of the law is a report of the days before it
    fresh = _plea_story("doc3", [])
    assert _pair(report, fresh) not in candidate_pairs(features(m) for m in [report, *others, fresh])
    # and the dated reports of a town do not meet each other across months
    assert _pair(report, others[-1]) not in pairs


def test_an_undated_story_of_the_law_that_names_only_the_county_meets_its_towns_shooting():
    town = Location(
        "Millbrook", country="US", admin1="Ohio", admin2="Birch County", lat=40.0, lon=-83.0, precision="city"
    )
    county = Location("Birch County", country="US", admin1="Ohio", admin2="Birch County", precision="county")
    report = shooting("doc1", place=town)
    others = [shooting(f"other{i}", place=town, day=NIGHT + dt.timedelta(days=7 * i)) for i in range(1, 4)]
    arrest = _plea_story("doc2", ["arrest"])
    arrest.claims = [c if c.field != "place" else claim("place", county, "doc2") for c in arrest.claims]
    assert _pair(report, arrest) in candidate_pairs(features(m) for m in [report, *others, arrest])
    # a story of no step of the law is a report of the days before it, in the county as in the town
    arrest.legal_steps = []
    assert _pair(report, arrest) not in candidate_pairs(features(m) for m in [report, *others, arrest])


def test_a_plea_story_months_on_that_retells_the_shooting_joins_it():
    told = "A bartender was shot outside the Copper Kettle tavern on Alder Road after a quarrel over a pool game."
    report = shooting("doc1", trigger=told)
    plea = shooting("doc2", day=None, killed=None, published=NIGHT + dt.timedelta(days=150), trigger=told)
    plea.legal_steps = ["plead"]
    # other stories of other towns, so that the tavern's words are rare in the archive
    others = [
        shooting(f"other{i}", place=Location(f"Town{i}", country="US", admin1=STATES[i % 10]), trigger=f"Story {i}.")
        for i in range(12)
    ]
    assert frozenset({"doc1", "doc2"}) in groups(link([report, plea, *others]))
    plea.legal_steps = []  # months on and naming nobody, a story without a step of the law is another
    assert frozenset({"doc1", "doc2"}) not in groups(link([report, plea, *others]))


def test_a_plea_story_stored_later_loads_its_towns_earlier_report(tmp_path):
    report, plea = shooting("doc1"), _plea_story("doc2", ["plead"])
    with Store(tmp_path / "town.db") as store:
        for m in (report, plea):
            doc = Document(doc_id=m.doc_id, content=m.trigger, published=m.published)
            store.add_document(doc, CleanText(m.doc_id, m.trigger), [m], {m.mention_id: block_keys(m)})
        loaded = set()
        for key, everyone in probed_blocks(plea).items():
            loaded |= store.block_members(key, probers_only=not everyone)
        assert report.mention_id in loaded
        loaded = set()
        for key, everyone in probed_blocks(report).items():
            loaded |= store.block_members(key, probers_only=not everyone)
        assert plea.mention_id in loaded


def _scored_as(monkeypatch, table: dict[frozenset, float]) -> None:
    """Score the pairs of the named documents as the table says (others are no match)."""

    def score(a: Features, b: Features) -> float:
        return table.get(frozenset({a.mention.doc_id, b.mention.doc_id}), VETO)

    monkeypatch.setattr("crosswire.link.cluster.score_pair", score)


def test_one_roundup_story_does_not_join_two_incidents_told_by_several(monkeypatch):
    docs = ["a1", "a2", "b1", "b2", "roundup"]
    mentions = [shooting(d, killed=None) for d in docs]
    table = {frozenset(p): s for p, s in [(("a1", "a2"), 9.0), (("b1", "b2"), 9.0)]}
    table |= {frozenset(p): s for p, s in [(("roundup", "a1"), 6.5), (("roundup", "a2"), 6.4)]}
    table[frozenset({"roundup", "b1"})] = 6.0
    _scored_as(monkeypatch, table)
    assert groups(link(mentions)) == {frozenset({"a1", "a2", "roundup"}), frozenset({"b1", "b2"})}
    # a second pair of stories tying them makes them one incident
    table[frozenset({"roundup", "b2"})] = 5.5
    assert groups(link(mentions)) == {frozenset(docs)}


def test_a_roundup_joins_one_incident_and_bridges_no_other(monkeypatch):
    # "4 killed, 11 wounded in shootings across the city" ties to the story of each incident it lists
    docs = ["a", "b", "roundup"]
    mentions = [shooting(d, killed=None) for d in docs]
    mentions[2].roundup = True
    _scored_as(monkeypatch, {frozenset({"roundup", "a"}): 6.5, frozenset({"roundup", "b"}): 6.0})
    assert groups(link(mentions)) == {frozenset({"a", "roundup"}), frozenset({"b"})}
    # a story that ties to the incident's own story as well is of that incident
    _scored_as(
        monkeypatch, {frozenset({"roundup", "a"}): 6.5, frozenset({"roundup", "b"}): 6.0, frozenset({"a", "b"}): 4.5}
    )
    assert groups(link(mentions)) == {frozenset(docs)}


STATES = ["Ohio", "Texas", "Iowa", "Utah", "Maine", "Idaho", "Nevada", "Oregon", "Kansas", "Alaska"]


def fake_name(rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join("".join(rng.choice(letters) for _ in range(7)).title() for _ in range(2))


def synthetic(n: int, rng: random.Random) -> list[Mention]:
    """n single-report shootings over a year and ten states, a tenth lacking place or date."""
    out = []
    for i in range(n):
        day = dt.date(2031, 1, 1) + dt.timedelta(days=rng.randrange(365))
        state = rng.randrange(len(STATES))
        place = Location(
            f"Town{i % 97}",
            country="US",
            admin1=STATES[state],
            lat=30 + state + rng.random(),
            lon=-100 + rng.random() * 3,
            precision="city",
        )
        unknown = rng.random() < 0.1
        out.append(
            shooting(
                f"doc{i:05d}",
                day=None if unknown and i % 2 else day,
                place=None if unknown and not i % 2 else place,
                victims=[fake_name(rng)],
                killed=rng.randrange(4),
                published=day + dt.timedelta(days=1),
            )
        )
    return out


def test_candidate_comparisons_linear():
    n = 5000
    mentions = synthetic(n, random.Random(1))
    stats = LinkStats()
    clusters = link(mentions, stats=stats)
    assert 0 < stats.comparisons <= 50 * n
    # Different victims everywhere: nothing may merge.
    assert len(clusters) == n


def test_two_towns_of_one_county_meet_however_far_apart_their_names_sort():
    # one busy night in one state: twenty towns of other counties sort between the two
    def town(name: str, county: str) -> Location:
        return Location(name, country="US", admin1="Ohio", admin2=county, lat=40.0, lon=-82.0, precision="city")

    first = shooting("apple", place=town("Appleton", "Birch County"), names=["Aaron Abbot"])
    second = shooting("wood", place=town("Woodvale", "Birch County"), names=["Zed Zimmer"])
    others = [
        shooting(f"other{i}", place=town(f"Millbrook {i:02d}", f"County {i:02d}"), names=[f"Mona Moss {i:02d}"])
        for i in range(20)
    ]
    pairs = candidate_pairs([features(m) for m in [first, second, *others]])
    assert tuple(sorted((first.mention_id, second.mention_id))) in pairs


def test_relink_scope_touches_only_neighbours():
    rng = random.Random(3)
    stored = synthetic(400, rng)
    new = shooting("docnew", victims=["Jon Reyes"])
    scope = relink_scope([new], stored)
    assert new.mention_id in scope
    assert len(scope) < 100
    incident_of = {m.mention_id: "inc-" + m.mention_id for m in stored}
    some = next(iter(scope - {new.mention_id}))
    incident_of[stored[0].mention_id] = incident_of[some]  # a stored incident with a far-away member
    assert stored[0].mention_id in relink_scope([new], stored, incident_of)


def test_agencies_sharing_head_words_are_not_a_shared_name():
    # Two same-day shootings in one state, each naming its own police department, stay apart.
    other_town = Location("Riverton", country="US", admin1="Ohio", lat=40.5, lon=-83.4, precision="city")
    a = shooting("doc1", place=None, names=["the Millbrook Police Department"])
    b = shooting("doc2", place=other_town, names=["the Riverton Police Department"], killed=2)
    assert groups(link([a, b])) == {frozenset({"doc1"}), frozenset({"doc2"})}


def test_shared_full_name_links_reports_without_place():
    # One outlet gives the town, the other only the victim's name: the full name ties them.
    a = shooting("doc1", names=["Jon Reyes"])
    b = shooting("doc2", place=None, names=["Jon Reyes", "Alder Road"], published=NIGHT + dt.timedelta(days=2))
    assert groups(link([a, b])) == {frozenset({"doc1", "doc2"})}


def test_follow_up_weeks_later_joins_its_incident_by_two_full_names():
    shot = shooting("doc1", names=["Jon Reyes", "Mara Quinn"])
    trial_day = NIGHT + dt.timedelta(days=60)
    trial = shooting("doc2", day=trial_day, names=["Mara Quinn", "Jon Reyes"], killed=None)
    lone = shooting("doc3", day=trial_day, names=["Mara Quinn"], killed=None, trigger="A court hearing was held.")
    clusters = link([shot, trial])
    assert groups(clusters) == {frozenset({"doc1", "doc2"})}
    assert all(s.primary for s in clusters[0].sources)
    # One shared name alone (a police chief is named in every story) is not enough weeks later.
    assert groups(link([shot, lone])) == {frozenset({"doc1"}), frozenset({"doc3"})}


def test_follow_up_weeks_later_joins_its_incident_by_one_person_both_stories_are_about():
    shot = shooting("doc1", names=["Jon Reyes", "Chief Ann Cole"])
    shot.subjects = ["Jon Reyes"]  # "Jon Reyes, 24, was shot ..."
    trial_day = NIGHT + dt.timedelta(days=60)
    trial = shooting("doc2", day=trial_day, names=["Jon Reyes"], killed=None, trigger="A court hearing was held.")
    trial.subjects = ["Jon Reyes"]  # "... in the death of Jon Reyes, 24."
    assert groups(link([shot, trial])) == {frozenset({"doc1", "doc2"})}
    # named in passing in the later story, he may be the victim of an earlier shooting it recalls
    trial.subjects = []
    assert groups(link([shot, trial])) == {frozenset({"doc1"}), frozenset({"doc2"})}


def test_a_later_story_about_the_victim_that_names_no_place_still_joins_its_incident():
    # "Jon Reyes, 24, ... was charged": a court story that names no town, about the same person
    shot = shooting("doc1", names=["Jon Reyes", "Chief Ann Cole"])
    shot.subjects = ["Jon Reyes"]
    trial_day = NIGHT + dt.timedelta(days=60)
    hearing = "A court hearing was held."
    trial = shooting("doc2", day=trial_day, place=None, names=["Jon Reyes"], killed=None, trigger=hearing)
    trial.subjects = ["Jon Reyes"]
    assert groups(link([shot, trial])) == {frozenset({"doc1", "doc2"})}
    # the name alone, told in passing, ties no placeless story weeks later
    trial.subjects = []
    assert groups(link([shot, trial])) == {frozenset({"doc1"}), frozenset({"doc2"})}


def test_officials_titles_are_not_private_persons():
    from crosswire.link.features import is_person_name

    assert is_person_name("jon reyes")
    assert not is_person_name("chief jon reyes")
    assert not is_person_name("the millbrook police department")
    assert not is_person_name("reyes")


def test_lone_town_resolved_abroad_does_not_split_an_incident():
    # "Millbrook" alone, without its state, was resolved to a town overseas.
    abroad = Location("Millbrook", country="GB", lat=51.0, lon=-1.0, precision="city")
    a = shooting("a", names=("Dana Whitlock",))
    b = shooting("b", place=abroad, names=("Dana Whitlock",))
    assert groups(link([a, b])) == {frozenset({"a", "b"})}


def test_a_trip_abroad_in_the_story_does_not_move_the_scene():
    # "his mother was visiting family in Lebanon" names one place of each country: the lede's wins
    trip = Location("Lebanon", country="LB", precision="country")
    a = shooting("a", names=("Dana Whitlock",))
    a.claims.append(claim("place", trip, "a", start=400))
    b = shooting("b", names=("Dana Whitlock",))
    assert features(a).place == TOWN
    assert groups(link([a, b])) == {frozenset({"a", "b"})}


def test_reports_of_people_of_other_ages_are_other_incidents():
    # one town, one night, no toll told: only the ages set the two apart
    boy = shooting("a", killed=None, trigger="A 15-year-old boy was shot outside a corner store.")
    man = shooting("b", killed=None, trigger="Dana Whitlock, 42, was shot outside a corner store.")
    assert len(link([boy, man])) == 2
    # a year apart is one person, told before and after a birthday or with a misprint
    older = shooting("c", killed=None, trigger="A 16-year-old boy was shot outside a corner store.")
    assert groups(link([boy, older])) == {frozenset({"a", "c"})}


def test_sharing_no_rare_word_counts_against_a_headline_less_than_against_a_full_report():
    from crosswire.link.features import features, weigh_words

    story = (
        "Gunfire erupted outside the Copper Kettle tavern after a quarrel over a parking space, and a bartender"
        " dragged the wounded cook behind the counter while patrons fled through the kitchen."
    )
    headline = "Family mourns teen"
    report = (
        "Relatives gathered at a vigil beside the river, lighting candles and singing hymns, while the pastor"
        " urged neighbours to share videos, photographs or licence plates with detectives before Friday."
    )

    def score(other: str) -> float:
        # each text retold by another story of another year, so its words are ones stories share
        retold = [shooting(doc, day=dt.date(2020, 1, 5), trigger=text) for doc, text in (("c", story), ("d", other))]
        feats = [features(m) for m in (shooting("a", trigger=story), shooting("b", trigger=other), *retold, *crowd())]
        weigh_words(feats)
        return score_pair(feats[0], feats[1])

    assert score(headline) > score(report)


def test_a_child_of_the_same_age_in_both_reports_is_evidence_of_one_incident_a_grown_up_s_age_is_not():
    from crosswire.link.features import features, weigh_words

    def score(age: int) -> float:
        a = shooting("a", killed=None, trigger=f"A {age}-year-old was wounded at a home on Alder Road.")
        b = shooting(
            "b", day=None, published=NIGHT + dt.timedelta(days=9), killed=None, trigger=f"The {age}-year-old went home."
        )
        feats = [features(m) for m in (a, b, *crowd())]
        weigh_words(feats)
        return score_pair(feats[0], feats[1])

    # a town's shootings of one month: few children among them, many men in their thirties
    assert score(4) > score(34)
    assert score(34) == score(35)


def test_a_child_s_age_spelled_out_at_the_start_of_a_sentence_is_the_same_age_as_in_figures():
    from crosswire.link.features import features

    spelled = shooting("a", killed=None, trigger="Four-year-old shot himself at a home on Alder Road.")
    written = shooting("b", killed=None, trigger="A 4-year-old boy shot himself with a gun he found.")
    assert features(spelled).ages == features(written).ages == {4}


def test_a_story_that_dates_its_incident_only_by_the_year_meets_the_reports_of_its_weeks():
    a = shooting("a")
    b = shooting("b", day=None, published=NIGHT + dt.timedelta(days=2))
    year = DateValue("in 2031", dt.date(2031, 1, 1), dt.date(2031, 12, 31), "year")
    b.claims.append(claim("date", year, "b"))
    assert groups(link([a, b])) == {frozenset({"a", "b"})}


@pytest.mark.parametrize("days_later", [36, 48])
def test_a_story_naming_the_incident_s_day_and_a_later_arrest_s_day_meets_the_incident_s_reports(days_later):
    a = shooting("a")
    arrest_day = NIGHT + dt.timedelta(days=days_later)
    b = shooting("b", published=arrest_day)
    b.claims.append(claim("date", DateValue("on Tuesday", arrest_day, arrest_day, "day"), "b"))
    assert set(block_keys(a)) & set(block_keys(b))
    assert groups(link([a, b])) == {frozenset({"a", "b"})}


def test_an_undated_story_weeks_after_the_shooting_is_compared_with_its_reports():
    # "The man shot on Alder Road has been released from the hospital", published 18 days later
    a = shooting("a")
    b = shooting("b", day=None, published=NIGHT + dt.timedelta(days=18))
    assert tuple(sorted((a.mention_id, b.mention_id))) in candidate_pairs([features(a), features(b)])
    months_later = shooting("c", day=None, published=NIGHT + dt.timedelta(days=60))
    assert not candidate_pairs([features(a), features(months_later)])


def test_an_undated_story_published_before_the_shooting_is_not_about_it():
    a = shooting("a")
    earlier = shooting("b", day=None, published=NIGHT - dt.timedelta(days=2))
    assert score_pair(features(a), features(earlier)) == VETO
    assert score_pair(features(a), features(shooting("c", day=None, published=NIGHT))) != VETO


def test_a_page_of_many_days_is_not_blocked_on_each_of_them():
    page = shooting("p", published=NIGHT + dt.timedelta(days=90))
    for weeks in (3, 6, 9):
        day = NIGHT + dt.timedelta(weeks=weeks)
        page.claims.append(claim("date", DateValue(day.isoformat(), day, day, "day"), "p"))
    report = shooting("x", day=NIGHT + dt.timedelta(weeks=3))
    assert _pair(page, report) not in candidate_pairs([features(page), features(report)])


def test_country_named_with_its_state_still_vetoes():
    other = Location("Millbrook", country="CA", admin1="Ontario", lat=44.0, lon=-79.0, precision="city")
    a = shooting("a", names=("Dana Whitlock",))
    b = shooting("b", place=other, names=("Dana Whitlock",))
    assert len(link([a, b])) == 2


def test_street_without_town_is_not_another_town():
    street = Location("Alder Road", precision="venue")
    a = shooting("a", names=("Dana Whitlock",))
    b = shooting("b", place=street, names=("Dana Whitlock",))
    assert len(link([a, b])) == 1


def test_two_streets_of_one_corner_named_by_both_reports_are_one_address():
    # one report leads with the avenue, the other with the street; each names the other's too
    avenue = Location("Chestnut Avenue", precision="venue")
    street = Location("38th Street", precision="venue")
    a = shooting("a", place=street, names=("38th Street", "Chestnut Avenue"), killed=None)
    b = shooting("b", place=avenue, names=("Chestnut Avenue",), killed=None)
    assert len(link([a, b])) == 1
    c = shooting("c", place=street, names=("38th Street",), killed=None)
    d = shooting("d", place=avenue, names=("Chestnut Avenue",), killed=None)
    assert len(link([c, d])) == 2


def test_second_town_named_by_both_reports_links_them():
    # One outlet leads with the suburb, the other with the city it names later too.
    suburb = Location("Oakdale", country="US", admin1="Ohio", lat=40.1, lon=-83.1, precision="city")
    far_city = Location("Riverton", country="US", admin1="Ohio", lat=41.5, lon=-81.5, precision="city")
    a = shooting("a", place=suburb, names=("Dana Whitlock",))
    a.claims.append(claim("place", far_city, "a", 40))
    b = shooting("b", place=far_city, names=("Dana Whitlock",))
    assert len(link([a, b])) == 1
    c = shooting("c", place=far_city, names=("Dana Whitlock",))
    d = shooting("d", place=suburb, names=("Dana Whitlock",))
    assert len(link([c, d])) == 2


ELSEWHERE = Location("Lexington", country="US", admin1="Kentucky", lat=38.0, lon=-84.5, precision="city")
PARTY = "Gunfire broke out at a quinceanera party inside the Lakeside laundromat, police said."


def crowd(n: int = 12) -> list[Mention]:
    """Unrelated reports of other days and states: they make common words common."""
    far = Location("Riverton", country="US", admin1="Texas", lat=30.0, lon=-97.0, precision="city")
    days = [dt.date(2030, 1, 5) + dt.timedelta(days=20 * i) for i in range(n)]
    return [shooting(f"other{i:02d}", day=d, place=far, victims=[f"Person Number{i}"]) for i, d in enumerate(days)]


def test_reports_repeating_rare_details_link_without_place_or_date():
    a = shooting("doc1", trigger=PARTY)
    b = shooting(
        "doc2",
        day=None,
        place=None,
        published=NIGHT + dt.timedelta(days=1),
        trigger="Detectives are looking for the gunman who fired into a quinceanera party at the Lakeside laundromat.",
    )
    assert frozenset({"doc1", "doc2"}) in groups(link([a, b, *crowd()]))
    # The same two reports without the shared details: no town, no date, nothing to go on.
    b.trigger = "Detectives are looking for a gunman."
    assert frozenset({"doc1", "doc2"}) not in groups(link([a, b, *crowd()]))


def test_strong_pair_crosses_a_misread_state_line():
    a = shooting("doc1", victims=["Jon Reyes"], trigger=PARTY)
    b = shooting(
        "doc2", place=ELSEWHERE, victims=["Jon Reyes"], trigger="A quinceanera party at the Lakeside laundromat."
    )
    assert frozenset({"doc1", "doc2"}) in groups(link([a, b, *crowd()]))
    # A shared date and toll do not outweigh two states.
    b = shooting("doc2", place=ELSEWHERE, trigger="A man was shot outside a bar.")
    assert frozenset({"doc1", "doc2"}) not in groups(link([a, b, *crowd()]))


def test_a_later_story_retelling_the_incident_with_one_of_its_people_joins_it():
    # the later story's own date is its own news (a plea, an anniversary), a month on
    a = shooting("doc1", victims=["Jon Reyes"], trigger=PARTY)
    later = NIGHT + dt.timedelta(days=30)
    b = shooting("doc2", day=later, victims=["Jon Reyes"], trigger=PARTY.replace("police said", "as police told"))
    assert frozenset({"doc1", "doc2"}) in groups(link([a, b, *crowd()]))
    # one name in common and other words (which another story shares): a police chief quoted in both
    chase = "A man was arrested after a chase near the fairgrounds, where troopers found a rifle in a stolen truck."
    b = shooting("doc2", day=later, victims=["Jon Reyes"], trigger=chase)
    others = crowd()
    others[0].trigger = chase
    assert frozenset({"doc1", "doc2"}) not in groups(link([a, b, *others]))


def test_an_article_may_tell_one_incident_twice_only_for_a_strong_pair():
    from crosswire.link.cluster import _fits, _merge, _summary
    from crosswire.link.features import features

    main1 = _summary(features(shooting("doc1")), set())
    recalled1 = _summary(features(shooting("doc1", role="background", start=300)), set())
    main2 = _summary(features(shooting("doc2")), set())
    other = _merge(recalled1, main2)
    assert not _fits(main1, other)
    assert _fits(main1, other, strong=True)
    # Two main stories of one article are never one incident.
    assert not _fits(main1, _merge(_summary(features(shooting("doc1", start=500)), set()), main2), strong=True)


def follow_up_story(distinct: bool = False) -> list[Mention]:
    later = NIGHT + dt.timedelta(days=120)
    arrest = shooting("doc3", day=later, killed=None, trigger="A suspect was arrested and charged on Monday.")
    arrest.claims.append(claim("arrested", CountValue(1, 1, 1), "doc3"))
    recall = shooting("doc3", victims=["Jon Reyes"], role="background", start=300, published=later)
    if distinct:
        arrest.distinct_from = [recall.mention_id]
    return [arrest, recall]


def test_lone_follow_up_article_joins_the_incident_it_recalls():
    reports = [shooting("doc1", victims=["Jon Reyes"]), shooting("doc2", victims=["Jon Reyes"])]
    clusters = link([*reports, *follow_up_story()])
    primary = {s.doc_id for c in clusters for s in c.sources if s.primary and "doc1" in {m.doc_id for m in c.mentions}}
    assert primary == {"doc1", "doc2", "doc3"}
    # The article itself says its story is another incident: it stays apart.
    clusters = link([*reports, *follow_up_story(distinct=True)])
    primary = {s.doc_id for c in clusters for s in c.sources if s.primary and "doc1" in {m.doc_id for m in c.mentions}}
    assert primary == {"doc1", "doc2"}


def test_a_new_shooting_that_recalls_an_old_one_is_not_its_follow_up():
    reports = [shooting("doc1", victims=["Jon Reyes"]), shooting("doc2", victims=["Jon Reyes"])]
    later = NIGHT + dt.timedelta(days=400)
    # "Four men were shot Wednesday on Alder Road, a year after the mass shooting there"
    new = shooting("doc3", day=later, killed=None, trigger="Four men were shot on Alder Road on Wednesday.")
    recall = shooting("doc3", victims=["Jon Reyes"], role="background", start=300, published=later)
    assert groups(link([*reports, new, recall])) == {
        frozenset({"doc1", "doc2", "doc3"}),  # the recollection joins the old incident
        frozenset({"doc3"}),
    }


def test_a_new_shooting_whose_headline_also_tells_an_arrest_for_the_old_one_is_not_its_follow_up():
    reports = [shooting("doc1", victims=["Jon Reyes"]), shooting("doc2", victims=["Jon Reyes"])]
    later = NIGHT + dt.timedelta(days=400)
    # "Four Men Shot on Alder Road; One Was Arrested After the 2031 Mass Shooting"
    new = shooting("doc3", day=later, killed=None, trigger="Four Men Shot on Alder Road; One Was Arrested")
    new.claims += [claim("shot", CountValue(4, 4, 4), "doc3"), claim("arrested", CountValue(1, 1, 1), "doc3")]
    recall = shooting("doc3", victims=["Jon Reyes"], role="background", start=300, published=later)
    assert frozenset({"doc3"}) in groups(link([*reports, new, recall]))
    # a story of the arrest alone, a year on, is the old shooting's follow-up
    arrest = shooting("doc3", day=later, killed=None, trigger="One man was arrested on Alder Road.")
    arrest.claims.append(claim("arrested", CountValue(1, 1, 1), "doc3"))
    assert frozenset({"doc3"}) not in groups(link([*reports, arrest, recall]))


def test_words_every_report_uses_do_not_make_reports_alike():
    from crosswire.link.features import features, weigh_words
    from crosswire.link.score import text_similarity

    feats = [features(m) for m in crowd()]
    weigh_words(feats)
    # All share "shot", "killed", "alder road": those weigh nothing, the victims' names are their own.
    assert max(text_similarity(feats[0], f) for f in feats[1:]) < 0.1


def test_follow_up_is_not_adopted_by_a_cluster_of_recollections():
    # doc1 too only recalls the shooting: no outlet told it as its own story, so doc3 keeps its own.
    recalled = shooting("doc1", victims=["Jon Reyes"], role="background", start=300)
    clusters = link([shooting("doc1", day=NIGHT + dt.timedelta(days=60)), recalled, *follow_up_story()])
    by_mention = {m.mention_id: c for c in clusters for m in c.mentions}
    arrest = follow_up_story()[0]
    assert by_mention[arrest.mention_id] is not by_mention[recalled.mention_id]


def test_a_story_months_later_needs_the_people_of_a_follow_up():
    # The later story has no date of its own, only its publication; it shares one name and a street.
    shot = shooting("a", names=["Dana Whitlock", "Alder Road"])

    def later(days: int) -> Mention:
        return shooting("b", day=None, published=NIGHT + dt.timedelta(days=days), names=["Dana Whitlock", "Alder Road"])

    assert groups(link([shot, later(30)])) == {frozenset({"a", "b"})}
    assert len(link([shot, later(150)])) == 2


def test_two_neighbouring_towns_on_two_days_are_two_shootings():
    suburb = Location("Oakdale", country="US", admin1="Ohio", lat=40.1, lon=-83.1, precision="city")
    party = shooting("a", place=suburb, killed=None, trigger="Four people were wounded at a party hall in Oakdale.")
    party.claims.append(claim("injured", CountValue(4, 4, 4), "a"))
    boy = shooting("b", day=NIGHT + dt.timedelta(days=1), trigger="A boy fatally shot himself at home in Millbrook.")
    assert len(link([party, boy])) == 2


def test_one_town_and_day_say_less_in_a_city_with_shootings_every_night():
    a = shooting("a", trigger="A man was shot and killed outside a store.")
    b = shooting("b", trigger="Police found a man shot dead in a car.")
    assert groups(link([a, b])) == {frozenset({"a", "b"})}  # a quiet town: likely one shooting
    nights = [-3, -2, -1, 1, 2, 3]
    others = [
        shooting(f"o{i}", day=NIGHT + dt.timedelta(days=d), trigger=f"Shooting number {i} on a street.")
        for i, d in enumerate(nights)
    ]
    clusters = link([a, b, *others])
    assert len(clusters) == 2 + len(nights)


def test_a_report_without_a_place_meets_the_reports_of_a_busy_week():
    from crosswire.link.blocking import candidate_pairs
    from crosswire.link.features import features

    # A dozen shootings in a dozen towns the same night, and a report that names no place or person.
    towns = [
        Location(f"Town{i:02}", country="US", admin1=STATES[i % 10], lat=30.0 + i, lon=-90.0, precision="city")
        for i in range(12)
    ]
    week = [shooting(f"d{i:02}", place=town) for i, town in enumerate(towns)]
    placeless = shooting("zz", place=None)
    pairs = candidate_pairs([features(m) for m in [*week, placeless]])
    met = {a if b == placeless.mention_id else b for a, b in pairs if placeless.mention_id in (a, b)}
    assert met == {m.mention_id for m in week}


def test_reports_of_one_mass_shooting_link_weeks_apart_by_their_toll():
    # A survivor's story two weeks on dates itself by its own telling; "nine killed" in the same
    # town ties it to the night, where "one killed" would not.
    night = shooting("doc1", killed=9, trigger="A gunman killed nine people at a club.")
    later = shooting("doc2", day=NIGHT + dt.timedelta(days=14), killed=9, trigger="A survivor spoke of the night.")
    assert groups(link([night, later])) == {frozenset({"doc1", "doc2"})}
    night_one = shooting("doc1", killed=1)
    later_one = shooting("doc2", day=NIGHT + dt.timedelta(days=14), killed=1)
    assert groups(link([night_one, later_one])) == {frozenset({"doc1"}), frozenset({"doc2"})}
    elsewhere = Location("Lakeview", country="US", admin1="Oregon", lat=45.0, lon=-122.0, precision="city")
    other_state = shooting("doc3", day=NIGHT + dt.timedelta(days=14), place=elsewhere, killed=9)
    assert groups(link([night, other_state])) == {frozenset({"doc1"}), frozenset({"doc3"})}


def test_a_follow_up_spelling_names_with_a_middle_initial_still_meets_its_incident():
    shot = shooting("doc1", names=["Jon Reyes", "Mara Quinn"])
    trial_day = NIGHT + dt.timedelta(days=60)
    trial = shooting("doc2", day=trial_day, names=["Jon Q. Reyes", "Mara L. Quinn"], killed=None)
    assert groups(link([shot, trial])) == {frozenset({"doc1", "doc2"})}


def test_a_follow_up_naming_its_people_in_full_meets_its_incident():
    # the trial story spells out a middle name and a suffix the night's story left out
    shot = shooting("doc1", names=["Jon Reyes", "Mara Quinn"])
    trial_day = NIGHT + dt.timedelta(days=60)
    trial = shooting("doc2", day=trial_day, names=["Jon Alder Reyes Jr.", "Mara Lynn Quinn"], killed=None)
    assert groups(link([shot, trial])) == {frozenset({"doc1", "doc2"})}
    others = shooting("doc3", day=trial_day, names=["Jon Alder Ruiz", "Mara Lynn Quist"], killed=None)
    assert groups(link([shot, others])) == {frozenset({"doc1"}), frozenset({"doc3"})}


def test_a_week_long_date_does_not_fix_a_cluster_s_day():
    # "last week" spans seven days: the day a later report names may lie outside it
    week = shooting("doc1", day=None, names=["Jon Reyes"], published=NIGHT + dt.timedelta(days=1))
    last_week = DateValue("last week", NIGHT - dt.timedelta(days=11), NIGHT - dt.timedelta(days=5), "week")
    week.claims.append(claim("date", last_week, "doc1"))
    day = shooting("doc2", names=["Jon Reyes"])
    assert groups(link([week, day])) == {frozenset({"doc1", "doc2"})}


def test_a_roundup_naming_two_shootings_does_not_make_them_one():
    # two stories each of a shooting with two dead and of one with five dead, the next night
    two = [shooting(f"two{i}", killed=2, victims=["Jon Reyes"], names=["Alder Road"]) for i in (1, 2)]
    later = NIGHT + dt.timedelta(days=1)
    five = [shooting(f"five{i}", day=later, killed=5, victims=["Mara Quinn"], names=["Birch Street"]) for i in (1, 2)]
    roundup = shooting(
        "roundup", killed=None, victims=["Jon Reyes", "Mara Quinn"], names=["Alder Road", "Birch Street"]
    )
    found = groups(link([*two, *five, roundup]))
    assert not any({"two1", "five1"} <= g for g in found)
    assert any({"two1", "two2"} <= g for g in found) and any({"five1", "five2"} <= g for g in found)


def test_one_more_dead_in_later_stories_is_a_victim_who_died_since():
    first = [shooting(f"first{i}", killed=1, victims=["Jon Reyes"], names=["Alder Road"]) for i in (1, 2)]
    since = [
        shooting(f"since{i}", killed=2, victims=["Jon Reyes"], names=["Alder Road"], published=NIGHT + dt.timedelta(3))
        for i in (1, 2)
    ]
    assert groups(link([*first, *since])) == {frozenset({"first1", "first2", "since1", "since2"})}


def test_a_town_the_gazetteer_puts_in_the_county_is_in_the_county():
    # the county is shown at its chief town; a town of the county lies 120 km from it, as in the
    # wide counties of the West
    county = Location(
        "Fern County", country="US", admin1="Ohio", admin2="Fern County", lat=40.0, lon=-83.0, precision="county"
    )
    town = {"country": "US", "admin1": "Ohio", "lat": 41.0, "lon": -83.3, "precision": "city"}
    inside = Location("Eastfield", admin2="Fern County", **town)
    beyond = Location("Eastfield", admin2="Vale County", **town)
    a, b, c = (features(shooting(doc, place=place)) for doc, place in (("a", county), ("b", inside), ("c", beyond)))
    assert score_pair(a, b) > score_pair(a, c)


def test_a_county_s_guessed_state_is_no_evidence_against_another_state():
    # "DeKalb County" with no state is read as the biggest one, a guess; the other report's town
    # is in another state
    guessed = Location(
        "Vale County", country="US", admin1="Georgia", admin2="Vale County", precision="county", state_guessed=True
    )
    told = Location("Vale County", country="US", admin1="Georgia", admin2="Vale County", precision="county")
    town = Location("Eastfield", country="US", admin1="Illinois", lat=41.9, lon=-88.7, precision="city")
    a, b, c = (features(shooting(doc, place=place)) for doc, place in (("a", guessed), ("b", told), ("c", town)))
    assert score_pair(a, c) > score_pair(b, c)


def test_a_town_the_gazetteer_cannot_locate_is_not_set_against_a_town_of_its_county():
    seat = Location("Millbrook", "US", "Ohio", "Birch County", lat=40.0, lon=-83.0, precision="city")
    hamlet = Location("Elmvale", "US", "Ohio", "Birch County", precision="city")
    elsewhere = Location("Elmvale", "US", "Ohio", "Alder County", precision="city")
    assert places_agree(seat, hamlet) > 0
    assert places_agree(seat, elsewhere) < 0


def test_an_article_whose_own_story_was_placed_at_a_victim_s_home_joins_the_incident_it_tells_that_day():
    # "Riverton boxer shot in Millbrook crossfire": the story's own town is the victim's home; the
    # article tells the shooting again, that same night, where it happened
    home = Location("Riverton", country="US", admin1="Ohio", lat=41.5, lon=-81.0, precision="city")
    reports = [shooting("doc1", victims=["Jon Reyes"]), shooting("doc2", victims=["Jon Reyes"])]

    def article(day: dt.date, distinct: bool = False) -> list[Mention]:
        own = shooting("doc3", place=home, killed=None, trigger="A Riverton boxer was shot in the hand.")
        told = shooting("doc3", day=day, role="related", start=300, published=NIGHT + dt.timedelta(days=1))
        if distinct:
            told.distinct_from = [own.mention_id]
        return [own, told]

    def primaries(mentions: list[Mention]) -> set[str]:
        clusters = link([*reports, *mentions, *crowd()])
        return {s.doc_id for c in clusters for s in c.sources if s.primary and "doc1" in {m.doc_id for m in c.mentions}}

    assert primaries(article(NIGHT)) == {"doc1", "doc2", "doc3"}
    # told on another day, or told as another incident, it stays the article's other story
    assert primaries(article(NIGHT - dt.timedelta(days=1))) == {"doc1", "doc2"}
    assert primaries(article(NIGHT, distinct=True)) == {"doc1", "doc2"}


def test_a_neighbourhood_placed_in_a_city_agrees_with_that_city():
    # one report gives the neighbourhood (placed in the site's city), the other the city itself
    city = Location("Millbrook", "US", "Ohio", "Birch County", lat=40.0, lon=-83.0, precision="city")
    quarter = Location("East Birch Park", "US", "Ohio", "Millbrook", precision="neighbourhood")
    namesake_quarter = Location("East Birch Park", "US", "Indiana", "Millbrook", precision="neighbourhood")
    other_city = Location("Elmvale", "US", "Ohio", "Alder County", lat=40.5, lon=-82.0, precision="city")
    assert places_agree(quarter, city) > 0
    assert places_agree(city, quarter) > 0
    assert places_agree(namesake_quarter, city) < 0
    assert places_agree(quarter, other_city) < 0


def _at(address: str) -> Location:
    return dataclasses.replace(TOWN, text=address)


def test_two_house_numbers_on_two_streets_of_one_town_are_two_scenes():
    def linked(first: str, second: str, told: str = "") -> bool:
        a = shooting("a", place=_at(first), trigger=f"A man was shot and killed {first} on Saturday.")
        b = shooting("b", place=_at(second), trigger=f"Police said a man died after a shooting {second}{told}.")
        return len(link([a, b, *crowd()])) == len(crowd()) + 1

    assert linked("at 3500 Quarry Street", "at 3500 Quarry Street")
    assert not linked("at 3500 Quarry Street", "at 4200 Birch Lane")
    # a block and a house number, with the compass point and the street's kind spelled out or cut
    assert linked("in the 3500 block of W. Quarry St.", "at 3517 West Quarry Street")
    # one story names the other's street as well: a corner, or the victim's home and the scene
    assert linked("at 3500 Quarry Street", "at 4200 Birch Lane", ", near Quarry Street")


def test_a_county_of_no_named_state_is_no_place_of_a_town_in_another_county():
    # "Elm Co." with no state: the biggest Elm County is taken, its namesakes kept
    county = Location(
        "Elm County",
        country="US",
        admin1="Ohio",
        admin2="Elm County",
        lat=40.0,
        lon=-83.0,
        precision="county",
        state_guessed=True,
        namesakes=[{"admin1": "Florida", "admin2": "Elm County", "lat": 30.0, "lon": -84.7}],
    )

    def town(admin2: str) -> Location:
        where = {"country": "US", "admin1": "Florida", "admin2": admin2}
        return Location("Birchton", **where, lat=25.6, lon=-80.3, precision="city")

    # the Florida namesake may hold a town of its own, not one of another county
    assert places_agree(county, town("Elm County")) == 0.0
    assert places_agree(county, town("Pine County")) < 0
    # a state with no Elm County holds none of its towns either
    elsewhere = Location("Millbrook", country="US", admin1="Texas", admin2="Oak County", lat=31.0, lon=-97.0)
    assert places_agree(county, dataclasses.replace(elsewhere, precision="city")) < 0


def test_a_story_posted_days_before_an_incident_happened_never_joins_it_through_a_third_story():
    # Two undated stories of one Millbrook street tie to each other and each to the dated story; the
    # first was posted three days before that story's shooting happened, so it told another one.
    dated = shooting("dated", victims=["Jon Reyes"], names=["Alder Road"])
    undated = dict(day=None, victims=["Jon Reyes"], names=["Alder Road"])
    earlier = shooting("earlier", **undated, published=NIGHT - dt.timedelta(days=3))
    later = shooting("later", **undated, published=NIGHT + dt.timedelta(days=1))
    clusters = groups(link([dated, earlier, later]))
    assert not any({"dated", "earlier"} <= c for c in clusters)
    assert any({"dated", "later"} <= c for c in clusters)


def test_a_bare_name_a_state_shares_with_its_city_may_name_the_state():
    city = dict(name="New York City", country="US", admin1="New York", lat=40.71, lon=-74.01, precision="city")
    upstate = Location("Millbrook", country="US", admin1="New York", lat=41.79, lon=-73.69, precision="city")
    headline = Location(**city, text="at New York")
    assert places_agree(headline, upstate) > 0 and places_agree(upstate, headline) > 0
    # "New York City" names the city: a town upstate is another town
    assert places_agree(Location(**city, text="in New York City"), upstate) < 0


def test_a_toll_less_story_next_door_the_same_day_is_not_tied_by_its_kind_of_event_alone():
    # a hunting accident in a village next to the city, told with no toll, and the city's bar
    # shooting of that morning: two towns' news of one day that nothing they tell ties
    village = Location("Oakdale", country="US", admin1="Ohio", lat=40.1, lon=-83.1, precision="city")
    hunt = shooting("a", place=village, killed=None, trigger="A hunting party was leaving the woods near Oakdale.")
    bar = shooting("b", trigger="Gunfire broke out inside a crowded bar on Alder Road after closing time.")
    bar.claims.append(claim("injured", CountValue(3, 3, 3), "b"))
    assert len(link([hunt, bar])) == 2
    # the same toll told by both ties them: a report from the village next door
    hunt.claims.append(claim("injured", CountValue(3, 3, 3), "a"))
    hunt.claims.append(claim("killed", CountValue(1, 1, 1), "a"))
    assert groups(link([hunt, bar])) == {frozenset({"a", "b"})}


def test_a_spokesman_quoted_in_two_stories_is_no_detail_they_share():
    from crosswire.link.features import features, weigh_words

    def shared_words(first: str, second: str) -> set[str]:
        feats = [features(shooting(f"d{i}", trigger=t)) for i, t in enumerate((first, second))]
        feats += [features(m) for m in crowd()]
        weigh_words(feats)
        return set(feats[0].words) & set(feats[1].words)

    spoken = shared_words(
        "Marla Quenby, a police spokeswoman, said a man was shot on Juniper Court.",
        "A teen was grazed on Juniper Court, police spokeswoman Marla Quenby said.",
    )
    assert {"juniper", "court"} <= spoken and not {"marla", "quenby"} & spoken
    # the same name as a party to both stories is a detail they share
    told = shared_words(
        "Marla Quenby, a neighbour, said a man was shot on Juniper Court.",
        "A teen was grazed on Juniper Court, neighbour Marla Quenby said.",
    )
    assert {"marla", "quenby"} <= told
