"""What a local site's other stories say about a town its story places in no state.

A reader of a local site takes "Franklin" for the Franklin the site covers. When neither the story
nor the site's address names a state, the extractor takes the biggest namesake and marks the
place ``state_guessed``. The site's other stories, placed by their own words ("Indianapolis",
"Franklin, Ind.", "the Marion County sheriff"), show which state it covers: ``outlet_state`` is
that evidence for one story, ``site_of`` names the site, and ``read_as_outlet_covers`` re-reads
a guessed town as the covered state's namesake once the archive holds enough such stories.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from crosswire.extract.article_places import SERVICE_LABELS, _site_address, with_guessed_state
from crosswire.extract.gazetteer import get_gazetteer
from crosswire.model import Location, Mention

__all__ = ["outlet_state", "read_as_outlet_covers", "site_of", "with_guessed_state"]

# Stories placed by their own words that it takes to say which state a site covers, and the
# share of them that state must hold (a metro station reaches into a neighbouring state).
MIN_PLACED_STORIES = 2
COVERED_SHARE = 0.6
# The covered state's namesake must be a real rival of the guessed one: a hamlet called Newark in
# the site's state does not take the story of the city of Newark next door.
RIVAL_POPULATION_SHARE = 1 / 5


def site_of(address: str | None) -> str | None:
    """The site a story comes from, as its host name without "www." ("wxyz.com"), an archived
    page's original's; None without an address."""
    if not address:
        return None
    host = (_site_address(address.strip()).hostname or "").lower()
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[0] in SERVICE_LABELS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 else None


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


def read_as_outlet_covers(mentions: list[Mention], coverage: Mapping[str, Counter[str]]) -> None:
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
            if claim.value.state_guessed and claim.value.admin1 != covered:
                claim.value = _namesake_in(claim.value, covered)


def _covered_state(stories: Counter[str] | None) -> str | None:
    total = sum(stories.values()) if stories else 0
    if total < MIN_PLACED_STORIES:
        return None
    state, n = stories.most_common(1)[0]
    return state if n >= COVERED_SHARE * total else None


def _namesake_in(place: Location, state: str) -> Location:
    gaz = get_gazetteer()
    code = gaz.state_code(state)
    named = [city for city, own in gaz.cities_named(place.name) if own and city.country == "US"]
    rivals = [city for city in named if city.admin1_code == code]
    guessed = max((city.population for city in named if city.geonameid == place.geonameid), default=0)
    if not rivals:
        return place
    rival = max(rivals, key=lambda city: city.population)
    if rival.population < RIVAL_POPULATION_SHARE * guessed:
        return place
    return Location(**{**gaz.city_location(rival, place.text or place.name).as_dict(), "state_guessed": True})
