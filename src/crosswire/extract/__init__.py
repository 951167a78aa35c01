"""extract: cleaned article text -> incident mentions with their claims.

``Extractor`` holds the loaded spaCy pipeline; ``pipe`` streams documents through ``nlp.pipe``
in batches so the model, not our code, sets the pace.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice, pairwise

from spacy.tokens import Doc

from crosswire.extract.article_places import article_city_hit, article_county_hit, county_force_hit
from crosswire.extract.article_states import article_countries, article_state, with_guessed_state
from crosswire.extract.asides import without_asides
from crosswire.extract.dates import timeline_label
from crosswire.extract.gazetteer import City, get_gazetteer, with_post_office_point
from crosswire.extract.headline import headline_to_reread, reread_headline
from crosswire.extract.mentions import build_mentions
from crosswire.extract.nlp import load_nlp
from crosswire.extract.outlet_places import (
    NEAR_HOME_KM,
    as_broadcast_reads,
    as_home_reads,
    broadcast_states,
    outlet_of,
    street_in_home_city,
)
from crosswire.extract.sentences import Reading, read_sentence
from crosswire.extract.spans import sentence_quote, sentence_text
from crosswire.model import (
    READ_CHARS,
    Claim,
    CleanText,
    Document,
    Location,
    Mention,
    archived_on,
    haversine_km,
    posted_in_address,
)

__all__ = ["Extractor", "published_of"]

LOGGER = logging.getLogger(__name__)


def published_of(doc: Document, clean: CleanText):
    """The article's date: the earliest of its metadata's, the one the page itself gives and the one
    its address is filed under (a scrape's metadata is often the day it was crawled or updated;
    "Friday" was written against the day the page was posted), and no later than the day an
    archive took its copy. The archive's day alone dates nothing: the page may be much older."""
    published = min(filter(None, (doc.published, clean.published, posted_in_address(doc.url))), default=None)
    captured = archived_on(doc.url)
    return min(published, captured) if published is not None and captured is not None else published


class Extractor:
    """Reads incident mentions out of cleaned articles with one loaded spaCy pipeline."""

    def __init__(self, nlp=None, *, batch_size: int = 64):
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size
        self._russian = None

    def extract(self, doc: Document, clean: CleanText) -> list[Mention]:
        """Mentions of one document; none for a text in a language the stage does not read."""
        if not clean.in_english:
            return self._not_in_english(doc, clean)
        spacy_doc = self.nlp(clean.text[:READ_CHARS])
        return self.mentions_from(spacy_doc, doc, clean)

    def pipe(self, items: Iterable[tuple[Document, CleanText]]) -> Iterator[tuple[Document, CleanText, list[Mention]]]:
        """Stream (document, clean text) pairs through the model in batches, in input order; a text
        in another language goes to its own reader, or through with no mentions."""
        texts = ((_model_text(clean), (doc, clean)) for doc, clean in items)
        stream = self.nlp.pipe(texts, as_tuples=True, batch_size=self.batch_size)
        while batch := list(islice(stream, self.batch_size)):
            headlines = self._parsed_headlines(spacy_doc for spacy_doc, _ in batch)
            for spacy_doc, (doc, clean) in batch:
                if clean.in_english:
                    yield doc, clean, self.mentions_from(spacy_doc, doc, clean, headlines)
                else:
                    yield doc, clean, self._not_in_english(doc, clean)

    def _not_in_english(self, doc: Document, clean: CleanText) -> list[Mention]:
        """A Russian article's mentions, read by natasha (loaded on the first one); none for others."""
        if clean.language != "ru":
            return []
        if self._russian is None:
            from crosswire.extract.russian import RussianReader

            self._russian = RussianReader()
        return self._russian.mentions(doc.doc_id, clean.text[:READ_CHARS], published_of(doc, clean))

    def _parsed_headlines(self, spacy_docs: Iterable[Doc]) -> dict[str, Doc]:
        """The title-case headlines of a batch in the wording ``reread_headline`` parses, parsed
        together: the model costs twice as much on a short line parsed alone."""
        first_lines = (next(iter(spacy_doc.sents), None) for spacy_doc in spacy_docs)
        wordings = dict.fromkeys(w for sent in first_lines if sent is not None and (w := headline_to_reread(sent)))
        return dict(zip(wordings, self.nlp.pipe(wordings, batch_size=self.batch_size), strict=True))

    def mentions_from(
        self, spacy_doc: Doc, doc: Document, clean: CleanText, headlines: dict[str, Doc] | None = None
    ) -> list[Mention]:
        """Mentions from an already parsed document; ``headlines``: headline wordings already parsed."""
        published = published_of(doc, clean)
        countries = article_countries(spacy_doc)
        # a local story that names no state is in its site's state, whatever towns it names
        home, home_city = outlet_of(doc.url, doc.outlet or clean.outlet) if countries <= {"US"} else (None, None)
        site_city = home_city
        station = broadcast_states(doc.url) if countries <= {"US"} else None
        admin1, guessed = article_state(spacy_doc, home.admin1 if home is not None else None, station)
        # no state was told ("FRANKLIN -" alone says none): the towns are the biggest namesakes'
        state_told = admin1 is not None and not guessed
        if home is not None:
            countries = {home.country}
        elif (admin1 is not None or station is not None) and not countries:
            countries = {"US"}  # "Elm County, Fla. -" names no country, but a state; "wxyz.com" is American
        readings = [read_sentence(sent, published, countries, admin1) for sent in without_asides(spacy_doc.sents)]
        _dated_by_timeline_labels(readings)
        if readings:
            parsed = headlines or {}
            readings[0] = reread_headline(readings[0], lambda text: parsed[text] if text in parsed else self.nlp(text))
        # a local site's city settles a street in its state, and a town the story places in no state
        in_state = home_city is not None and admin1 in (None, get_gazetteer().state_name(home_city.admin1_code))
        # a county's police or deputies work outside the site's city, which has a force of its own
        street_home = home_city if in_state and county_force_hit(spacy_doc, admin1) is None else None
        home_city, station = (home_city, station) if admin1 is None else (None, None)
        for hit in (hit for reading in readings for hit in reading.places):
            hit.location = as_broadcast_reads(as_home_reads(hit.location, home_city), station)
            hit.location = street_in_home_city(hit.location, street_home)
            if not state_told:
                hit.location = with_guessed_state(hit.location)
        mentions = build_mentions(doc.doc_id, readings, published)
        if mentions and mentions[0].role == "main":
            _place_from_article(mentions[0], spacy_doc, countries, admin1, home_city, station, state_told)
            _state_from_site(mentions[0], home, admin1)
            _people_from_article(mentions[0], readings, mentions[1:])
        for mention in mentions:
            _locate_small_towns(mention, site_city)
        return mentions


def _model_text(clean: CleanText) -> str:
    """What the English model parses: the English text (up to what is read), nothing of another language."""
    return clean.text[:READ_CHARS] if clean.in_english else ""


def _locate_small_towns(mention: Mention, site_city: City | None) -> None:
    """Towns too small for the city tables get the Postal Service's point (``with_post_office_point``),
    unless it lies far from the local site's city (on a Chicago site, a neighbourhood's name is a part of Chicago,
    not the village of that name downstate). Of namesakes in several states, the one near a town the
    story locates, else near the site's city, is meant."""
    located = [c.value for c in mention.claims_for("place") if c.value.lat is not None and c.value.country == "US"]
    near = (located[0].lat, located[0].lon) if located else (site_city.lat, site_city.lon) if site_city else None
    mention.claims = [
        replace(c, value=_small_town(c.value, site_city, near)) if c.field == "place" else c for c in mention.claims
    ]


def _small_town(place: Location, site_city: City | None, near: tuple[float, float] | None) -> Location:
    located = with_post_office_point(place, near)
    if located is place or site_city is None:
        return located
    return (
        located if haversine_km((located.lat, located.lon), (site_city.lat, site_city.lon)) <= NEAR_HOME_KM else place
    )


def _dated_by_timeline_labels(readings: list[Reading]) -> None:
    """ "June 2010:" split from "Gunman kills four ...": a timeline's label dates its entry."""
    for label, entry in pairwise(readings):
        value = timeline_label(sentence_text(label.sent))
        if value is not None and not entry.dates:
            entry.dates = [value]


def _people_from_article(main: Mention, readings, others: list[Mention]) -> None:
    """The people the whole story is about are the main incident's: a trial months on names the
    victim in a sentence that tells of the verdict, not of the shooting. The victims of an older
    incident the story recalls ("within the last year, three children ... were killed") are not."""
    recalled = {m.start for m in others if m.role == "background"}
    recalled |= {c.start for m in others if m.role == "background" for c in m.claims}
    main.subjects = sorted(
        {name for reading in readings if reading.sent.start_char not in recalled for name in reading.people}
    )
    main.names = sorted(set(main.names) | set(main.subjects))


def _state_from_site(main: Mention, home: Location | None, admin1: str | None) -> None:
    """A local story that places its incident nowhere ("Teen accidentally shoots boy, 5" on a town
    paper's site) is in the site's state, when the story names no other: the state alone, since
    a paper covers more than its own town."""
    if home is None or home.precision != "admin1" or admin1 != home.admin1:
        return
    if any(c.value.admin1 for c in main.claims_for("place")):
        return
    end = main.start + len(main.trigger)
    main.claims.append(Claim("place", replace(home, state_guessed=True), main.trigger, main.start, end, main.doc_id))


def _outside_its_counties(town: Location, main: Mention) -> bool:
    """ "died in Elm County" then "Pine Hollow teen": the county the story places it in keeps out a
    town of another county (a county whose state is a guess does not: the town may say which of
    its namesakes it is)."""
    places = [c.value for c in main.claims_for("place")]
    counties = [p for p in places if p.precision == "county" and not p.state_guessed]
    return town.precision == "city" and bool(counties) and not any(town.lies_in_county(c) for c in counties)


def _names_a_town(place: Location) -> bool:
    """A town the gazetteer placed, or one the text placed in its state ("Toone, Tennessee")."""
    return place.precision == "city" or (place.lat is not None and place.precision != "county")


def _place_from_article(
    main: Mention,
    spacy_doc,
    countries: set[str],
    admin1: str | None,
    home_city: City | None,
    station: frozenset[str] | None,
    state_told: bool,
) -> None:
    """The main incident's sentences name no city: the dateline's, else the article's city places it."""
    if any(_names_a_town(c.value) for c in main.claims_for("place")):
        return
    hit = article_city_hit(spacy_doc, countries, admin1) or county_force_hit(spacy_doc, admin1)
    if hit is None and admin1 is None and countries <= {"US"}:
        hit = article_county_hit(spacy_doc)  # "Elm County deputies" in a story that names no town
    if hit is None:
        return
    located = as_home_reads(hit.location, home_city)
    if located is not hit.location and located.lat is None:
        return  # a far namesake of a part of the site's city: no city to place the story in
    located = as_broadcast_reads(located, station)
    if not state_told:
        located = with_guessed_state(located)
    if _outside_its_counties(located, main):
        return
    sent = next((s for s in spacy_doc.sents if s.start_char <= hit.start < s.end_char), None)
    if sent is not None:
        quote, start, end = sentence_quote(sent)
        main.claims.append(Claim("place", located, quote, start, end, main.doc_id))
