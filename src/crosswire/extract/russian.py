"""Reading Russian articles: natasha (razdel sentences, slovnet morphology and names, pymorphy
lemmas) in place of the English model, giving the same Mention records.

The reader is narrower than the English one. It reads one incident per article, the one its first
sentence with an incident word tells of (the headline, else the lede). That incident gets its kind,
the day, the place and the counts (killed, injured, detained, arrested with their qualifiers),
each quoted from its sentence. Sentences that recall older events ("ранее", "напомним") are left
out. Other incidents the article tells of, actors' roles and the English reader's finer rules
(follow-ups, roundups, dead told one by one) are not read.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from crosswire.extract import russian_words as ru
from crosswire.extract.dates import resolve_date
from crosswire.extract.gazetteer import cyrillic_key, get_gazetteer
from crosswire.extract.numbers import parse_quantity
from crosswire.model import Claim, CountValue, DateValue, Location, Mention

__all__ = ["RussianReader"]

# A count word and its number stand this close: "погибли 40 человек", "40 человек погибли".
MAX_GAP = 4
# The incident is told by the headline or the first sentences of the story.
LEDE_SENTENCES = 4
# A sentence whose days all end this long before the incident's tells of something older.
OLDER_DAYS = 14
CLAUSE_BREAKS = frozenset(",;:()—–")
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
DIGITS = re.compile(r"\d{1,6}")
# A number is no count when a month, a year or a time follows it ("22 марта", "30 лет", "в 10 часов").
NOT_COUNT_AFTER = frozenset({"год", "час", "минута", "километр", "метр", "процент", "рубль", "доллар", "%"})
NOT_COUNT_AFTER_TEXT = frozenset(ru.MONTHS_GENITIVE)
PART_OF_DAY = {"утром": "morning", "днем": "afternoon", "вечером": "evening", "ночью": "night"}

_MONTH_G = "|".join(ru.MONTHS_GENITIVE)
_MONTH_P = "|".join(ru.MONTHS_PREPOSITIONAL)
_WEEKDAY = "|".join(ru.WEEKDAYS_ACCUSATIVE)
_PART = "|".join(PART_OF_DAY)
_YEAR_WORD = r"\s*(?:года|году|г\.)"
# A news agency's dateline: the town in capitals and the day of the report ("КАЗАНЬ, 10 февраля.").
DATELINE = re.compile(rf"^\s*[А-ЯЁ][А-ЯЁ -]+,\s+\d{{1,2}}\s+(?:{_MONTH_G})(?:\s+\d{{4}}{_YEAR_WORD}?)?\s*[.—–-]")
DATE_PATTERNS = [
    ("day", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_G})(?:\s+(\d{{4}}){_YEAR_WORD}?)?", re.I)),
    ("weekday", re.compile(rf"\b(?:(в ночь на)|в|во)\s+({_WEEKDAY})(?:\s+({_PART}))?\b", re.I)),
    ("day word", re.compile(rf"\b({'|'.join(ru.DAY_WORDS)})(?:\s+({_PART}))?\b", re.I)),
    ("month", re.compile(rf"\bв\s+({_MONTH_P})(?:\s+(\d{{4}}){_YEAR_WORD}?)?", re.I)),
    ("year", re.compile(rf"\bв\s+(\d{{4}}){_YEAR_WORD}", re.I)),
    ("period", re.compile(r"\b(" + "|".join(map(re.escape, ru.PERIODS)) + r")\b", re.I)),
]


@dataclass(slots=True)
class Token:
    text: str
    lemma: str
    pos: str
    feats: dict[str, str]

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")


@dataclass(slots=True)
class Quantity:
    first: int
    last: int
    value: CountValue


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


@cache
def _country_codes() -> dict[str, str]:
    """Russian country names (pycountry's translations, and the short names news uses) -> alpha-2."""
    import pycountry

    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english and (russian := names.gettext(english)) != english:
                codes.setdefault(cyrillic_key(russian), country.alpha_2)
    return codes | {cyrillic_key(name): code for name, code in ru.COUNTRY_ALIASES.items()}


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
        codes = _country_codes()
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
    sentence.figures = _figures(tokens)
    sentence.dates = list(find_dates(text, published))
    sentence.places = [p for s in spans if s.type == "LOC" and (p := place_of(s.normal or s.text, s.text, countries))]
    sentence.names = [s.normal or s.text for s in spans if s.type in ("ORG", "PER")]
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
    events = [ru.EVENT_LEMMAS[lemma] for lemma in lemmas if lemma in ru.EVENT_LEMMAS]
    # the second word may come a word or two on: "открыли огонь", "взяли в заложники"
    pairs = {(a, b) for i, a in enumerate(lemmas) for b in lemmas[i + 1 : i + 4]}
    events += [event for pair, event in ru.PHRASE_LEMMAS.items() if pair in pairs]
    if not events:
        return None
    acts = [lemma for lemma in lemmas if lemma in ru.EVENT_LEMMAS and lemma not in ru.FIELD_LEMMAS]
    if ru.ACCIDENT_LEMMAS & set(lemmas) and not [a for a in acts if a != "взрыв"]:
        return None  # "в ДТП погибли двое", "взрыв газа": no one's act
    if ru.FOILING_LEMMAS & set(lemmas):
        return ru.EVENT_LEMMAS["предотвратить"]
    arrests = ru.EVENT_LEMMAS["задержать"]
    if ru.PLANNING_LEMMAS & set(lemmas):
        return arrests if arrests in events else ru.EVENT_LEMMAS["предотвратить"]
    # "задержали подозреваемого в нападении": the arrest follows the incident the story is about
    return next((event for event in events if event != arrests), events[0])


def _figures(tokens: list[Token]) -> list[tuple[str, CountValue]]:
    """The counts of a sentence, clause by clause: each number goes to the nearest count word of
    its clause; a count word with no number tells of one ("погиб мужчина") or nobody ("никто не
    пострадал")."""
    figures = []
    for clause in _clauses(tokens):
        quantities = _quantities(clause)
        words = [i for i, t in enumerate(clause) if t.lemma in ru.FIELD_LEMMAS and not _negated(clause, i)]
        counted: set[int] = set()
        for quantity in quantities:
            word = _count_word_of(quantity, words, clause)
            if word is not None:
                figures.append((ru.FIELD_LEMMAS[clause[word].lemma], quantity.value))
                counted.add(word)
        told = {ru.FIELD_LEMMAS[clause[i].lemma] for i in counted}
        for i in words:
            name = ru.FIELD_LEMMAS[clause[i].lemma]
            if i not in counted and name not in told and (value := _uncounted(clause, i)) is not None:
                figures.append((name, value))
                told.add(name)
        figures += [(ru.FIELD_LEMMAS[clause[i].lemma], CountValue(0, 0, 0)) for i in _nobody(clause)]
    return figures


def _clauses(tokens: list[Token]) -> Iterable[list[Token]]:
    clause: list[Token] = []
    for token in tokens:
        if token.pos == "PUNCT" and token.text in CLAUSE_BREAKS:
            if clause:
                yield clause
            clause = []
        else:
            clause.append(token)
    if clause:
        yield clause


def _quantities(clause: list[Token]) -> list[Quantity]:
    """The numbers of a clause as intervals, with the qualifier words before them."""
    found = []
    i = 0
    while i < len(clause):
        last, value = _number_at(clause, i)
        if value is None:
            i += 1
            continue
        found.append(Quantity(i, last, _qualified(clause, i, value)))
        i = last + 1
    return found


def _number_at(clause: list[Token], i: int) -> tuple[int, CountValue | None]:
    token = clause[i]
    after = clause[i + 1] if i + 1 < len(clause) else None
    if after is not None and (after.lemma in NOT_COUNT_AFTER or after.lower in NOT_COUNT_AFTER_TEXT):
        return i, None
    if i > 0 and clause[i - 1].text in ("№", "N"):
        return i, None  # "школа № 12"
    if DIGITS.fullmatch(token.text):
        n = int(token.text)
        return i, CountValue(n, n, n)
    if token.lemma in ru.NUMBER_LEMMAS and token.pos == "NUM" or token.lemma in ("двое", "трое", "оба"):
        total, last = 0, i
        while last < len(clause) and clause[last].lemma in ru.NUMBER_LEMMAS:
            total += ru.NUMBER_LEMMAS[clause[last].lemma]
            last += 1
        return last - 1, CountValue(total, total, total)
    plural = token.feats.get("Number") == "Plur" or token.lemma == "несколько"
    if token.lemma in ru.VAGUE_LEMMAS and plural:
        low, high = ru.VAGUE_LEMMAS[token.lemma]
        return i, CountValue(low, low, high, token.lower)
    return i, None


def _qualified(clause: list[Token], i: int, value: CountValue) -> CountValue:
    """The value with the qualifier written before it ("не менее 139"), read as the English reader
    reads its English counterpart ("at least 139")."""
    if not value.is_exact:
        return value
    for width in range(ru.QUALIFIER_WORDS, 0, -1):
        words = " ".join(t.lower for t in clause[max(0, i - width) : i])
        english = ru.QUALIFIERS.get(words) if i - width >= 0 else None
        if english is None:
            continue
        changed = i - width > 0 and clause[i - width - 1].lemma in ru.CHANGE_VERBS
        if words == "до" and changed:
            return value  # "возросло до 144": the figure reached
        return parse_quantity(f"{english} {value.stated}") or value
    return value


def _count_word_of(quantity: Quantity, words: list[int], clause: list[Token]) -> int | None:
    """The count word a number belongs to: the nearest in its clause within ``MAX_GAP`` tokens, or
    a toll noun's ("число погибших ... 144") anywhere after it; never the group it is one of."""
    best, best_gap = None, MAX_GAP + 1
    for i in words:
        if i > 0 and clause[i - 1].lower == "из":
            continue  # "один из пострадавших скончался": the group the number is taken from
        if i > quantity.last:
            gap = i - quantity.last
        else:
            gap = quantity.first - i
            if i > 0 and clause[i - 1].lemma in ru.TOLL_NOUNS:
                gap = min(gap, 1)
        if gap < best_gap:
            best, best_gap = i, gap
    return best


def _negated(clause: list[Token], i: int) -> bool:
    return i > 0 and clause[i - 1].lower == "не"


def _nobody(clause: list[Token]) -> list[int]:
    """Count words said of nobody: "никто не пострадал", "пострадавших нет"."""
    return [
        i
        for i, t in enumerate(clause)
        if t.lemma in ru.FIELD_LEMMAS
        and (
            (_negated(clause, i) and any(c.lemma in ru.NOBODY for c in clause[max(0, i - 3) : i]))
            or (i + 1 < len(clause) and clause[i + 1].lower == "нет")
        )
    ]


def _uncounted(clause: list[Token], i: int) -> CountValue | None:
    """One person, told by a verb in the singular and no number: "погиб мужчина", "ранен водитель"."""
    token = clause[i]
    singular_verb = token.pos == "VERB" and token.feats.get("Number") == "Sing"
    return CountValue(1, 1, 1, counted=False) if singular_verb else None


def find_dates(text: str, published: dt.date | None) -> Iterable[DateValue]:
    """The days and periods a sentence names, resolved against the article's date."""
    taken: list[tuple[int, int]] = []
    if dateline := DATELINE.match(text):
        taken.append(dateline.span())  # "КАЗАНЬ, 10 февраля." is the day of the report
    for kind, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            english = _in_english(kind, match)
            value = resolve_date(english, published)
            if value.earliest is None and published is not None:
                continue
            taken.append(match.span())
            yield DateValue(match.group(0), value.earliest, value.latest, value.precision)


def _in_english(kind: str, match: re.Match) -> str:
    """The English words extract.dates reads for a Russian date."""
    groups = [g.lower() if g else g for g in match.groups()]
    if kind == "day":
        day, month, year = groups
        return " ".join(filter(None, (day, ru.MONTHS_GENITIVE[month], year)))
    if kind == "weekday":
        night_before, weekday, part = groups
        return " ".join(
            filter(None, (ru.WEEKDAYS_ACCUSATIVE[weekday], None if night_before else PART_OF_DAY.get(part)))
        )
    if kind == "day word":
        word, part = groups
        words = ru.DAY_WORDS[word]
        return f"{words} {PART_OF_DAY[part]}" if part and words == "yesterday" else words
    if kind == "month":
        month, year = groups
        return " ".join(filter(None, (ru.MONTHS_PREPOSITIONAL[month], year)))
    if kind == "year":
        return groups[0]
    return ru.PERIODS[re.sub(r"\s+", " ", groups[0])]


def place_of(name: str, text: str, countries: set[str] = frozenset()) -> Location | None:
    """A place name (in its dictionary form) as a country or a city, the city of a country in
    ``countries`` before a bigger namesake elsewhere; None when neither is known."""
    key = cyrillic_key(name)
    gazetteer = get_gazetteer()
    if code := _country_codes().get(key):
        return gazetteer.country_location(code, text)
    cities = gazetteer.cities_named_in_cyrillic(key)
    if not cities:
        return None
    return gazetteer.city_location(next((c for c in cities if c.country in countries), cities[0]), text)


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
