"""Reconciling the date, the place and the actors of an incident."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz

from crosswire.model import Actor, Claim, DateValue, FieldResult, Location, haversine_km, normalize_name

__all__ = ["precision_of", "reconcile_actors", "reconcile_date", "reconcile_place"]

LOGGER = logging.getLogger(__name__)

NEAR_KM = 30.0
# How far from a county's chief town a town of that state, its county unknown, may still lie in it.
COUNTY_REACH_KM = 60.0
# The words of a place that name the suburbs around a city ("in the Elmvale suburbs", "an Elmvale suburb").
SUBURBS_WORDS = re.compile(r"\bsuburbs?$", re.I)
ACTOR_FIELDS = ("perpetrator", "victim", "authority", "claimant")
ACTOR_MATCH = 90  # rapidfuzz token_sort_ratio of two spellings of one actor
NAMESAKE_KEYS = ("admin1", "admin2", "lat", "lon", "geonameid")
PRECISION_DAYS = (("day", 1), ("week", 7), ("month", 31), ("year", 366))


def precision_of(earliest: dt.date, latest: dt.date) -> str:
    """The coarsest precision an interval needs: day, week, month or year (or "year" beyond)."""
    days = (latest - earliest).days + 1
    return next((name for name, limit in PRECISION_DAYS if days <= limit), "year")


def _label(claim: Claim, published: dict[str, dt.date | None]) -> str:
    day = published.get(claim.doc_id)
    return f"{day.isoformat()} report" if day else f"report {claim.doc_id[:8]}"


def reconcile_date(
    claims: list[Claim], published: dict[str, dt.date | None], roles: dict[str, str], copies: set[str]
) -> tuple[FieldResult, dt.date | None, str | None]:
    """The incident date: the intersection of the resolved date intervals.

    claims (list[Claim]): every date claim of the cluster.
    published (dict[str, date | None]): publication date per document.
    roles (dict[str, str]): doc_id -> "main" when that document's main mention holds the claim.
    copies (set[str]): doc_ids of copies (their claims are listed, not counted).
    RETURNS (tuple): the FieldResult, the date (an interval's first day) and its precision.
    """
    resolved = [c for c in claims if c.value.is_resolved]
    counted = [c for c in resolved if c.doc_id not in copies] or resolved
    if not counted:
        exprs = ", ".join(sorted({repr(c.value.expression) for c in claims}))
        status = "single" if len({c.doc_id for c in claims}) == 1 else "compatible"
        reason = f"date not fixed: {exprs} cannot be resolved"
        return FieldResult("date", None, status, reason, list(claims)), None, None
    docs = {c.doc_id for c in counted}
    counted, after_news = _before_first_news(counted, docs, published)
    lo = max(c.value.earliest for c in counted)
    hi = min(c.value.latest for c in counted)
    if lo <= hi:
        return _dates_meet(claims, counted, docs, lo, hi, after_news)
    return _date_conflict(claims, counted, published, roles, after_news)


def _before_first_news(
    counted: list[Claim], docs: set[str], published: dict[str, dt.date | None]
) -> tuple[list[Claim], str]:
    """An incident happens before the first report of it: "Sunday" in a later story that the
    earlier one already told of is the earlier Sunday, not the one before the later story. Where
    the dates do not meet, those after the first report are left out, if that leaves any."""
    if max(c.value.earliest for c in counted) <= min(c.value.latest for c in counted):
        return counted, ""
    first_news = min((published[d] for d in docs if published.get(d)), default=None)
    possible = [c for c in counted if first_news is None or c.value.earliest <= first_news]
    if not possible or len(possible) == len(counted):
        return counted, ""
    return possible, f"; days after the first report ({first_news.isoformat()}) left out"


def _dates_meet(
    claims: list[Claim], counted: list[Claim], docs: set[str], lo: dt.date, hi: dt.date, after_news: str
) -> tuple[FieldResult, dt.date, str]:
    precision = precision_of(lo, hi)
    same = len({(c.value.earliest, c.value.latest) for c in counted}) == 1
    status = "single" if len(docs) == 1 else "agreed" if same else "compatible"
    where = lo.isoformat() if precision == "day" else f"{lo.isoformat()}..{hi.isoformat()}"
    reason = f"{len(docs)} independent report{'s' if len(docs) > 1 else ''}; dates meet at {where}"
    if after_news:
        status, reason = "conflict", f"conflict: the other dates meet at {where}{after_news}"
    return FieldResult("date", lo, status, reason, list(claims)), lo, precision


def _date_conflict(
    claims: list[Claim],
    counted: list[Claim],
    published: dict[str, dt.date | None],
    roles: dict[str, str],
    after_news: str,
) -> tuple[FieldResult, dt.date, str]:
    """On conflict a day the reports write out on the calendar, if they write one, is the date;
    else each report's own date (its main story's first) votes, and without a majority the first
    report's lede decides: later reports and later paragraphs date the deaths, arrests and
    funerals that followed."""
    own = _own_dates(counted, published, roles)
    written = _written_day(own)
    chosen, votes = (written, 0) if written is not None else _voted_day(own)
    named_by_all = None if written is not None or votes else _day_every_report_names(own, counted)
    chosen = _past_midnight(named_by_all or chosen, counted)
    value: DateValue = chosen.value
    day = value.earliest.isoformat()
    if written is not None:
        why = f"took the day written out, {written.value.expression!r}: other reports count days from their dates"
    elif votes:
        why = f"{votes} of {len(own)} reports give {day}"
    elif named_by_all is not None:
        why = f"every report names {day}, though not first: the others' first days date what followed"
    else:
        why = f"took the first report's {day}: later ones tell what followed"
    said = " vs ".join(sorted({f"{c.value.expression!r} ({_label(c, published)})" for c in counted}))
    result = FieldResult("date", value.earliest, "conflict", f"conflict: {said}; {why}{after_news}", list(claims))
    return result, value.earliest, precision_of(value.earliest, value.latest)


def _written_day(own: list[Claim]) -> Claim | None:
    """The one day the reports write out ("Jan. 22"), against weekdays ("Friday") counted back
    from publication dates that may be a scrape's or a re-post's; None when none or several."""
    written = [c for c in own if c.value.on_calendar]
    return written[0] if written and len({_span(c) for c in written}) == 1 else None


def _voted_day(own: list[Claim]) -> tuple[Claim, int]:
    """The day most reports give with its votes, else the first report's with none."""
    votes = Counter(_span(c) for c in own)
    (top, top_votes), *rest = votes.most_common()
    if not rest or rest[0][1] < top_votes:
        return next(c for c in own if _span(c) == top), top_votes
    return own[0], 0


def _day_every_report_names(own: list[Claim], counted: list[Claim]) -> Claim | None:
    """Reports that each give their own day first, with no majority: the one of those days that
    every report names somewhere ("walked into a hospital yesterday ... was shot early Friday"
    against "the shooting early Friday"), as the claim that names it first; None when no such day
    or more than one."""
    docs_naming: dict[tuple[dt.date, dt.date], set[str]] = defaultdict(set)
    for c in counted:
        docs_naming[_span(c)].add(c.doc_id)
    docs = {c.doc_id for c in counted}
    shared = [span for span in dict.fromkeys(_span(c) for c in own) if docs_naming[span] == docs]
    if len(shared) != 1:
        return None
    return min((c for c in counted if _span(c) == shared[0]), key=lambda c: (c.doc_id != own[0].doc_id, c.start))


def _past_midnight(chosen: Claim, counted: list[Claim]) -> Claim:
    """The next day's claim when the chosen day is a night that another report says ran past
    midnight ("Friday night" against "early Saturday", "2 a.m. Saturday"): the calendar day is Saturday."""
    value = chosen.value
    if value.precision != "day" or not value.at_night or value.in_small_hours:
        return chosen
    next_day = value.earliest + dt.timedelta(days=1)
    return next(
        (c for c in counted if c.value.precision == "day" and c.value.earliest == next_day and c.value.in_small_hours),
        chosen,
    )


def _span(claim: Claim) -> tuple[dt.date, dt.date]:
    return claim.value.earliest, claim.value.latest


def _own_dates(counted: list[Claim], published, roles) -> list[Claim]:
    """Each report's own date, the first report's first: its main story's first date."""
    own: dict[str, Claim] = {}
    for claim in sorted(counted, key=lambda c: (c.doc_id, roles.get(c.doc_id) != "main", c.start)):
        own.setdefault(claim.doc_id, claim)
    # among one day's reports, one that names the day outranks one that says "last week", and the
    # earlier day the later one: a report may date what followed ("this morning" of a night's shooting)
    return sorted(
        own.values(),
        key=lambda c: (
            roles.get(c.doc_id) != "main",
            published.get(c.doc_id) or dt.date.max,
            c.value.precision != "day",
            c.value.earliest,
            c.doc_id,
        ),
    )


def _nested(chosen: Location, other: Location) -> bool:
    """Whether ``other`` names the same place as ``chosen`` or a region containing it."""
    if other.country and chosen.country and other.country != chosen.country:
        return False
    if other.admin1 and chosen.admin1 and normalize_name(other.admin1) != normalize_name(chosen.admin1):
        return False
    if other.rank >= 6 and chosen.rank >= 6:  # both city/venue level
        if None not in (chosen.lat, chosen.lon, other.lat, other.lon):
            return _near(chosen, other)
        return normalize_name(other.name) == normalize_name(chosen.name)
    return True


def _near(a: Location, b: Location) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= NEAR_KM


def _in_county(town: Location, county: Location) -> bool:
    """Whether the gazetteer puts the town in the county, or it lies near the county's chief town,
    or, its county unknown (a town set "30 miles north of" a city), within a county's reach of it
    in its state."""
    if town.lies_in_county(county) or _near(town, county):
        return True
    unknown_county = town.admin2 is None and town.admin1 == county.admin1 and None not in (town.lat, county.lat)
    return unknown_county and haversine_km((town.lat, town.lon), (county.lat, county.lon)) <= COUNTY_REACH_KM


def _unlocated_town_of(town: Location, counties: list[Location]) -> bool:
    return town.precision == "city" and town.lat is None and any(_may_lie_in(town, c) for c in counties)


def _may_lie_in(town: Location, county: Location) -> bool:
    """Whether a town the gazetteer cannot locate may lie in the county: the same state, or a
    county whose state is a guess that has a namesake of the town's own county in the town's state
    ("Elm County" read as Ohio's, "Pine Hollow" a town of Iowa's Elm County)."""
    return town.admin1 == county.admin1 or county.may_be_county_of(town)


def _names_suburbs(loc: Location) -> bool:
    """Whether the words read name a city's suburbs ("in Elmvale's western suburbs"), not the city."""
    return bool(SUBURBS_WORDS.search(loc.text or ""))


def _same(a: Location, b: Location) -> bool:
    return (normalize_name(a.name), a.country, a.admin1) == (normalize_name(b.name), b.country, b.admin1)


def reconcile_place(claims: list[Claim], copies: set[str]) -> tuple[FieldResult, Location | None]:
    """The most precise place consistent with the majority country of the claims.

    RETURNS (tuple[FieldResult, Location | None]): status agreed (one place), compatible (nested
        places: a city inside the admin1 or country others name), conflict (different places).
    """
    counted = [c for c in claims if c.doc_id not in copies] or list(claims)
    locs = [c.value for c in counted]
    countries = Counter()
    for doc in dict.fromkeys(c.doc_id for c in counted):
        for country in {c.value.country for c in counted if c.doc_id == doc and c.value.country}:
            countries[country] += 1
    # Ties go to the country of the most precise place (a dateline's town over the "Jersey" of
    # "Jersey Shore"), then to the country named first, claims being in report order.
    first_seen = {loc.country: i for i, loc in reversed(list(enumerate(locs))) if loc.country}
    finest = {k: max(loc.rank for loc in locs if loc.country == k) for k in countries}
    country = min(countries, key=lambda k: (-countries[k], -finest[k], first_seen[k])) if countries else None
    pool = [loc for loc in locs if loc.country in (None, country)] or locs
    top = max(loc.rank for loc in pool)
    best = [loc for loc in pool if loc.rank == top]
    # a town in the county is more precise than the county, though both are placed ("Duncannon",
    # "Perry County"), and so is a town the text places in the county's state that the gazetteer
    # cannot locate ("Toone, Tennessee, which is in Hardeman County")
    counties = [loc for loc in best if loc.precision == "county"]
    towns = [loc for loc in best if loc.precision != "county" and any(_in_county(loc, c) for c in counties)]
    best = towns or [loc for loc in pool if _unlocated_town_of(loc, counties)] or best
    # "in the Elmvale suburbs" places the story around a city, not at it: a town a report names wins
    best = [loc for loc in best if not _names_suburbs(loc)] or best
    # "COVINGTON, Ohio" in one report settles the bare "COVINGTON" of the others, and a state
    # a report read settles a town another report could only guess the state of, even when the
    # gazetteer cannot locate the town in the state read ("Monroe" read as Connecticut's)
    stated = {normalize_name(loc.name): loc for loc in best if _states_its_state(loc)}
    guessed = {normalize_name(loc.name) for loc in best if loc.state_guessed}
    for loc in best + [loc for loc in pool if loc.precision is None and loc.admin1]:
        if not loc.state_guessed and normalize_name(loc.name) in guessed:
            stated.setdefault(normalize_name(loc.name), loc)
    best = [stated.get(normalize_name(loc.name), loc) for loc in best]
    votes = Counter((normalize_name(loc.name), loc.admin1) for loc in best)
    # the most votes; among as many, a place whose state a report read over one whose state is a guess
    chosen = min(best, key=lambda loc: (-votes[(normalize_name(loc.name), loc.admin1)], loc.state_guessed))
    chosen = _namesake_in_the_state_told(_in_the_state_told(chosen, pool), pool)
    docs = {c.doc_id for c in counted}
    if len(docs) == 1 and all(_same(chosen, loc) or _nested(chosen, loc) for loc in locs):
        status = "single"
    elif all(_same(chosen, loc) for loc in locs):
        status = "agreed"
    elif all(_nested(chosen, loc) for loc in locs):
        status = "compatible"
    else:
        status = "conflict"
    where = ", ".join(dict.fromkeys(x for x in (chosen.name, chosen.admin1, chosen.country) if x))
    reason = f"{len(docs)} independent report{'s' if len(docs) > 1 else ''}; most precise place {where}"
    if status == "conflict":
        others = sorted({loc.name for loc in locs if not _nested(chosen, loc)})
        reason += f"; others name {', '.join(others)}"
    return FieldResult("place", chosen, status, reason, list(claims)), chosen


def _in_the_state_told(chosen: Location, pool: list[Location]) -> Location:
    """A street or town no report places in a state lies in the one state the others give ("the
    400 block of Birch Lane" and another report's "Ohio"), flagged a guess when theirs all are."""
    if chosen.admin1:
        return chosen
    states = {loc.admin1 for loc in pool if loc.admin1}
    if len(states) != 1:
        return chosen
    guessed = all(loc.state_guessed for loc in pool if loc.admin1)
    country = next(loc.country for loc in pool if loc.admin1)
    return replace(chosen, admin1=states.pop(), country=chosen.country or country, state_guessed=guessed)


def _namesake_in_the_state_told(chosen: Location, pool: list[Location]) -> Location:
    """A place whose state is a guess is its namesake in the one state the reports read, when it
    has one there ("Elm County" guessed as Ohio's, another report's "Pine Hollow, Ind.": Indiana's
    Elm County)."""
    if not chosen.state_guessed:
        return chosen
    states = {loc.admin1 for loc in pool if loc.admin1 and not loc.state_guessed}
    rival = next((n for n in chosen.namesakes if states == {n.get("admin1")}), None)
    if rival is None:
        return chosen
    rivals = [n for n in chosen.namesakes if n is not rival]
    rivals.append({k: getattr(chosen, k) for k in NAMESAKE_KEYS})
    told = {k: rival.get(k) for k in NAMESAKE_KEYS}
    return replace(chosen, **told, state_guessed=False, namesakes=rivals)


def _states_its_state(loc: Location) -> bool:
    """Whether the words read name the place's state after a comma: "Covington, Ohio",
    "Elmvale, Mo.", "Covington, Ky." (an abbreviation's letters in the name's order)."""
    if not loc.admin1 or "," not in (loc.text or ""):
        return False
    written = "".join(ch for ch in loc.text.rsplit(",", 1)[1].lower() if ch.isalpha())
    state = "".join(ch for ch in loc.admin1.lower() if ch.isalpha())
    if not written or written[0] != state[0]:
        return False
    rest = iter(state)
    return all(ch in rest for ch in written)


def _actor_key(name: str) -> str:
    """Normalized actor name without a leading article ("the Red Hand Front" = "Red Hand Front")."""
    norm = normalize_name(name)
    return norm[4:] if norm.startswith("the ") else norm


def reconcile_actors(claims: list[Claim]) -> list[Actor]:
    """Actor claims deduplicated by role and fuzzy-normalized name; the fullest spelling is kept."""
    kept: list[Actor] = []
    for c in claims:
        if c.field not in ACTOR_FIELDS or not isinstance(c.value, Actor):
            continue
        actor = Actor(name=c.value.name, role=c.value.role or c.field)
        key = _actor_key(actor.name)
        for i, other in enumerate(kept):
            other_key = _actor_key(other.name)
            if other.role == actor.role and fuzz.token_sort_ratio(key, other_key) >= ACTOR_MATCH:
                if len(key) > len(other_key):
                    kept[i] = actor
                break
        else:
            kept.append(actor)
    return kept
