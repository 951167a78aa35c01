"""What a local site's other stories say about a town its story places in no state.

A reader of a local site takes "Franklin" for the Franklin the site covers, and "Georgia" for the
state when the site covers Georgia. When neither the story nor the site's address names a state,
the extractor takes the biggest namesake, marks the place ``state_guessed`` and lists its rival
namesakes. The site's other stories, placed by their own words ("Indianapolis", "Franklin, Ind.",
"the Marion County sheriff"), show which state it covers: ``outlet_state`` is that evidence for one
story, and ``read_as_outlets_cover`` re-reads a guessed town as its rival in the covered state once
the archive holds enough such stories. A street or unknown town the story places in no state, and a
story that places its incident nowhere, get the covered state too, flagged as a guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

import pycountry

from crosswire.model import Claim, Location, Mention

__all__ = ["leaves_its_state_open", "names_a_state_abroad", "outlet_state", "read_as_outlets_cover"]

# The US states' names: a country of the same name ("Georgia") may be the state in a local story.
US_STATE_NAMES = frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))

# Stories placed by their own words that it takes to say which state a site covers, and the
# share of them that state must hold: a metro station reaches into a neighbouring state, and its
# stories name a state mostly when they leave its big city ("Kansas City, Kan."), so a bare majority
# of its placed stories may lie across the line from most of its news.
MIN_PLACED_STORIES = 1
COVERED_SHARE = 0.75


def outlet_state(mentions: list[Mention]) -> str | None:
    """The state a story places its own incident in by its words, not by a guess: what it tells
    of the state its site covers."""
    main = mentions[0] if mentions and mentions[0].role == "main" else None
    if main is None:
        return None
    for claim in main.claims_for("place"):
        place = claim.value
        if place.country == "US" and place.admin1 and place.precision != "country" and not place.state_guessed:
            return place.admin1
    return None


def read_as_outlets_cover(mentions: list[Mention], coverage: Mapping[str, Counter[str]]) -> None:
    """Re-read each guessed town as its namesake in the state its story's site covers.

    coverage: for a document, how many of its site's stories were placed in each state by their
        own words. A site covers a state when at least ``MIN_PLACED_STORIES`` such stories exist
        and ``COVERED_SHARE`` of them lie in it.
    """
    for mention in mentions:
        covered = _covered_state(coverage.get(mention.doc_id))
        if covered is None:
            continue
        for claim in mention.claims_for("place"):
            place = claim.value
            rival = next((n for n in place.namesakes if n["admin1"] == covered), None)
            if place.state_guessed and rival is not None:
                claim.value = _as_rival(place, rival)
            elif _names_the_state(place, covered):
                claim.value = _as_state(place, covered)
            elif _in_no_state(place):
                claim.value = replace(place, country="US", admin1=covered, state_guessed=True)
        if _placed_nowhere_in_a_state(mention):
            mention.claims.append(_site_state_claim(mention, covered))


def leaves_its_state_open(mention: Mention) -> bool:
    """Whether the site's coverage may settle where the mention is: it names a town whose state is a
    guess, a country a local reader takes for a state, a street in no state, or no place at all."""
    places = [c.value for c in mention.claims_for("place")]
    if any(p.namesakes or names_a_state_abroad(p) or _in_no_state(p) for p in places):
        return True
    return _placed_nowhere_in_a_state(mention)


def _placed_nowhere_in_a_state(mention: Mention) -> bool:
    """A story's own incident that it places in no state, nor abroad."""
    places = [c.value for c in mention.claims_for("place")]
    abroad = any(p.country not in (None, "US") for p in places)
    return mention.role == "main" and not abroad and not any(p.admin1 for p in places)


def names_a_state_abroad(place: Location) -> bool:
    """A country named as a US state is ("Georgia"): a local site's reader takes it for the state."""
    return place.precision == "country" and place.country != "US" and place.name in US_STATE_NAMES


def _in_no_state(place: Location) -> bool:
    """ "in the 400 block of Birch Lane", or a town the gazetteer lacks ("Pine Hollow, a small town in
    Elm County"), in a story that names no state."""
    unplaced = place.precision in {"venue", None} or (place.precision == "city" and place.lat is None)
    return unplaced and not place.admin1 and place.country in {None, "US"}


def _site_state_claim(main: Mention, state: str) -> Claim:
    """A story that places its incident nowhere is in the state its site covers: the state alone,
    flagged as the site's, since a site covers more than one town."""
    place = Location(name=state, country="US", admin1=state, precision="admin1", state_guessed=True)
    return Claim("place", place, main.trigger, main.start, main.start + len(main.trigger), main.doc_id)


def _names_the_state(place: Location, state: str) -> bool:
    return names_a_state_abroad(place) and place.name == state


def _as_state(place: Location, state: str) -> Location:
    return Location(name=state, country="US", admin1=state, precision="admin1", text=place.text)


def _covered_state(stories: Counter[str] | None) -> str | None:
    total = sum(stories.values()) if stories else 0
    if total < MIN_PLACED_STORIES:
        return None
    state, n = stories.most_common(1)[0]
    return state if n >= COVERED_SHARE * total else None


def _as_rival(place: Location, rival: dict) -> Location:
    """The guessed town read as its rival namesake; the guess it was is listed among the rivals."""
    was = {key: getattr(place, key) for key in ("admin1", "admin2", "lat", "lon", "geonameid")}
    others = [n for n in place.namesakes if n is not rival] + [was]
    return Location(**{**place.as_dict(), "admin2": None, **rival, "namesakes": others})
