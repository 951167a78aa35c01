"""Reading Russian articles: natasha (razdel sentences, slovnet morphology and names, pymorphy
lemmas) in place of the English model, giving the same Mention records.

The reader is narrower than the English one. It reads one incident per article, the one its first
sentence with an incident word tells of (the headline, else the lede). That incident gets its kind,
the day, the place and the counts (killed, injured, detained, arrested with their qualifiers),
each quoted from its sentence. Sentences that recall older events ("ранее", "напомним") are left
out; an arrest told with the incident it follows gives the incident's kind, an accident's dead
make no incident, and a group that claims the act is its perpetrator. Other incidents the article
tells of, other actors' roles and the English reader's finer rules (roundups, dead told one by one,
the wounded who died later) are not read.

``counts``, ``dates`` and ``places`` read a sentence's numbers, days and place names; ``words``
holds the Russian lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from crosswire.extract.gazetteer import cyrillic_key
from crosswire.extract.russian import words as ru
from crosswire.extract.russian.counts import Token, read_counts
from crosswire.extract.russian.dates import find_dates
from crosswire.extract.russian.places import country_codes, place_of
from crosswire.model import Actor, Claim, CountValue, DateValue, Location, Mention

__all__ = ["RussianReader", "find_dates"]

# The incident is told by the headline or the first sentences of the story.
LEDE_SENTENCES = 4
# A sentence whose days all end this long before the incident's tells of something older.
OLDER_DAYS = 14
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(slots=True)
class Sentence:
    """What one sentence says: its incident word, counts, days, places, names and source."""

    start: int
    text: str
    event: tuple[str, str] | None = None
    figures: list[tuple[str, CountValue]] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    places: list[Location] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    speaker: str | None = None
    background: bool = False

    @property
    def tells_incident(self) -> bool:
        return self.event is not None or bool(self.figures)


@cache
def _natasha():
    """natasha's segmenter, morphology and name taggers and pymorphy's lemmas, loaded once (1-2 s)."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()


class RussianReader:
    """Reads the incident a Russian article is about (see the module's note for what it reads)."""

    def __init__(self) -> None:
        self.segmenter, self.morph_tagger, self.ner_tagger, self.morph_vocab = _natasha()

    def mentions(self, doc_id: str, text: str, published: dt.date | None) -> list[Mention]:
        """The article's incident as one Mention, or none when no sentence tells of one."""
        sentences = self.read(text, published)
        return [] if (mention := build_mention(doc_id, sentences, published)) is None else [mention]

    def read(self, text: str, published: dt.date | None) -> list[Sentence]:
        """Every sentence of ``text``, read; a sentence never runs over a line break (a headline
        has no full stop)."""
        paragraphs = [(m.start(), self._parsed(m.group())) for m in PARAGRAPH.finditer(text)]
        codes = country_codes()
        named = (cyrillic_key(s.normal or "") for _, p in paragraphs for s in p.spans if s.type == "LOC")
        countries = {codes[key] for key in named if key in codes}
        sentences = []
        for offset, parsed in paragraphs:
            for sent in parsed.sents:
                tokens = [_token(t, self.morph_vocab) for t in sent.tokens]
                spans = [s for s in parsed.spans if sent.start <= s.start < sent.stop]
                sentences.append(read_sentence(offset + sent.start, sent.text, tokens, spans, published, countries))
        return sentences

    def _parsed(self, paragraph: str):
        from natasha import Doc

        parsed = Doc(paragraph)
        parsed.segment(self.segmenter)
        parsed.tag_morph(self.morph_tagger)
        parsed.tag_ner(self.ner_tagger)
        for span in parsed.spans:
            span.normalize(self.morph_vocab)
        return parsed


def _token(token, morph_vocab) -> Token:
    token.lemmatize(morph_vocab)
    return Token(token.text, (token.lemma or token.text).lower().replace("ё", "е"), token.pos, dict(token.feats))


def read_sentence(
    start: int, text: str, tokens: list[Token], spans: list, published: dt.date | None, countries: set[str]
) -> Sentence:
    """One sentence's incident word, counts, days, places, names and source; ``countries``: those
    the article names, whose towns its town names are."""
    lowered = text.lower().replace("ё", "е")
    sentence = Sentence(start=start, text=text)
    sentence.event = _event(tokens)
    sentence.figures = read_counts(tokens)
    sentence.dates = list(find_dates(text, published))
    sentence.places = [p for s in spans if s.type == "LOC" and (p := place_of(s.normal or s.text, s.text, countries))]
    sentence.names = [s.normal or s.text for s in spans if s.type in ("ORG", "PER")]
    lemmas = {t.lemma for t in tokens}
    if lemmas & ru.RESPONSIBILITY_LEMMAS and lemmas & ru.CLAIMING_LEMMAS:
        # "ответственность взяла на себя группировка ...": who claims the act did it
        sentence.actors = [Actor(s.normal or s.text, "perpetrator") for s in spans if s.type == "ORG"]
    if any(marker in lowered for marker in ru.SPEECH_MARKERS):
        sources = [s for s in spans if s.type == "ORG"] or [s for s in spans if s.type == "PER"]
        sentence.speaker = (sources[0].normal or sources[0].text) if sources else None
    sentence.background = any(re.search(rf"(?<!\w){marker}(?!\w)", lowered) for marker in ru.BACKGROUND_MARKERS)
    return sentence


def _event(tokens: list[Token]) -> tuple[str, str] | None:
    """The kind of incident the sentence tells of: its first incident word's, an arrest's only when
    it tells of nothing else, and a foiling's when it tells of one foiled or planned
    ("предотвратили теракт", "задержаны при подготовке теракта"); none for an accident's dead."""
    lemmas = [t.lemma for t in tokens]
    named = set(lemmas)
    events = [ru.EVENT_LEMMAS[lemma] for lemma in lemmas if lemma in ru.EVENT_LEMMAS]
    # the second word may come a word or two on: "открыли огонь", "взяли в заложники"
    pairs = {(a, b) for i, a in enumerate(lemmas) for b in lemmas[i + 1 : i + 4]}
    events += [event for pair, event in ru.PHRASE_LEMMAS.items() if pair in pairs]
    if not events:
        return None
    acts = [lemma for lemma in lemmas if lemma in ru.EVENT_LEMMAS and lemma not in ru.FIELD_LEMMAS]
    if ru.ACCIDENT_LEMMAS & named and not [a for a in acts if a != "взрыв"]:
        return None  # "в ДТП погибли двое", "взрыв газа": no one's act
    if ru.FOILING_LEMMAS & named:
        return ru.EVENT_LEMMAS["предотвратить"]
    arrests = ru.EVENT_LEMMAS["задержать"]
    if ru.PLANNING_LEMMAS & named:
        return arrests if arrests in events else ru.EVENT_LEMMAS["предотвратить"]
    # "задержали подозреваемого в нападении": the arrest follows the incident the story is about
    return next((event for event in events if event != arrests), events[0])


def build_mention(doc_id: str, sentences: list[Sentence], published: dt.date | None) -> Mention | None:
    """The article's incident: told by its first sentence with an incident word among the first
    ``LEDE_SENTENCES``; its counts from every sentence that does not recall something older."""
    lede = [s for s in sentences[:LEDE_SENTENCES] if s.event is not None and not s.background]
    if not lede:
        return None
    trigger = lede[0]
    story = [s for s in sentences if s.start >= trigger.start and not s.background]
    day = _incident_dates(story)
    story = [s for s in story if not _older(s, day)]
    mention = Mention(
        mention_id=Mention.make_id(doc_id, trigger.start, "main"),
        doc_id=doc_id,
        event_type=trigger.event[0],
        sub_event_type=trigger.event[1],
        role="main",
        start=trigger.start,
        trigger=trigger.text,
        published=published,
        names=sorted({name for s in story for name in s.names}),
    )
    mention.claims += [_claim(doc_id, s, name, value) for s in story for name, value in s.figures]
    mention.claims += [_claim(doc_id, s, actor.role, actor) for s in story for actor in s.actors]
    mention.claims += [_claim(doc_id, s, "date", d) for s, dates in _first_told(story, "dates") for d in dates]
    mention.claims += [
        _claim(doc_id, s, "place", max(places, key=lambda p: p.rank)) for s, places in _first_told(story, "places")
    ]
    return mention


def _first_told(story: list[Sentence], what: str) -> list[tuple[Sentence, list]]:
    """The first sentence of the story that tells of the incident and gives ``what`` (its dates or
    places), with them: the trigger sentence's own when it gives any, else the lede's under a
    headline, else a later one's that tells of the incident."""
    for n, sentence in enumerate(story):
        values = getattr(sentence, what)
        if values and (n < 2 or sentence.tells_incident):
            return [(sentence, values)]
    return []


def _incident_dates(story: list[Sentence]) -> DateValue | None:
    told = _first_told(story, "dates")
    return told[0][1][0] if told else None


def _older(sentence: Sentence, day: DateValue | None) -> bool:
    """Whether all the days a sentence names end well before the incident's: an older event."""
    if day is None or day.earliest is None or not sentence.dates:
        return False
    ends = [d.latest for d in sentence.dates if d.latest is not None]
    return bool(ends) and all((day.earliest - end).days > OLDER_DAYS for end in ends)


def _claim(doc_id: str, sentence: Sentence, name: str, value) -> Claim:
    quote = sentence.text.rstrip()
    return Claim(name, value, quote, sentence.start, sentence.start + len(quote), doc_id, sentence.speaker)
