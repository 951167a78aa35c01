"""Blocking: which mentions are ever compared.

A mention is indexed under keys ``family|country|week`` for the ISO weeks its date (or, for an
undated report, the ``UNDATED_REACH_DAYS`` before its publication) spans, and
``family|person|name`` for each private person it names. A mention that lacks its country is a
*prober*: it sits in the wildcard block ``family|*|week`` that every located mention of that week
joins, and there it is compared with its neighbours in date order. Located mentions never compare
with each other inside a wildcard block (they already meet in their own blocks), so wildcard
blocks cost only ``probers x PROBE_WINDOW``.

Dated mentions also join the time wildcard ``family|country|*``, where only reports with no
time at all probe: those of documents without a publication date (bare text a user pasted),
whose incident may be of any time. A prober there loads the ``WILD_LOAD`` members stored last,
not the whole archive. A report with no date within ``MAX_WEEKS`` weeks in a dated article (an
older story it recalls) gets no time key and meets others only through the people it names; an
article's main story dated only by its month or year ("in 2016") is blocked by the article's weeks,
and one that names two days weeks apart (the shooting's and the arrest's) by the weeks of both.
An undated main story that tells a step of the law (an arrest, a plea, a trial, court documents)
may come months after its shooting: it probes ``family|town-undated|town``, where it meets the
dated reports of its town (``family|town|town``, and of a town's county too) of any time; dated
reports never meet each other there.
So every block a batch loads is bounded by a week, a person or ``WILD_LOAD``.

Inside a block, mentions are compared by the sorted-neighbourhood method: sorted by date, by
place, by county and by names, each mention meets the next ``WINDOW`` mentions of each order.
Cost is therefore linear in the number of mentions for a fixed window, whatever the block sizes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from crosswire.link.features import NAME_SUFFIXES, SOFT_DAYS_BEFORE, Features, features
from crosswire.model import DateValue, Mention, normalize_name

__all__ = [
    "PROBE_WINDOW",
    "WILD_LOAD",
    "WINDOW",
    "across_time",
    "block_keys",
    "candidate_pairs",
    "key_week",
    "probed_blocks",
    "relink_scope",
]

LOGGER = logging.getLogger(__name__)

WILD = "*"
NAME_KEY = "person"
TOLL_KEY = "toll"
# A town's dated reports, and the undated stories of that town that probe them across time.
TOWN_KEY = "town"
UNDATED_TOWN_KEY = "town-undated"
# Keys that block on what a mention tells (a person, a toll, a town), not on its country and time.
TOLD_KEYS = {NAME_KEY, TOLL_KEY, TOWN_KEY, UNDATED_TOWN_KEY}
# Neighbours each mention meets per sort order per block.
WINDOW = 6
# Neighbours a mention without a country meets in a wildcard block: it cannot narrow by place.
PROBE_WINDOW = 20
# A hard date is padded so that "Friday night" and "early Saturday" fall into a shared week.
PAD_DAYS = 3
# An interval spanning more weeks than this (a month, a year) is too coarse to block on time.
MAX_WEEKS = 6
# A story whose date claims name more days than this, far apart, is blocked as an undated one.
MAX_DAYS_TOLD = 2
# An undated report (its dates only the days before its publication) is blocked on the weeks this
# many days back: the arrest or the "recovering" story a fortnight after the shooting names no day.
UNDATED_REACH_DAYS = 28
# How many members of a time wildcard block (the most recently stored) a prober loads.
WILD_LOAD = 5000


def _weeks(f: Features) -> list[str]:
    if f.earliest is None or f.latest is None:
        return []
    pad = dt.timedelta(days=PAD_DAYS if f.hard_date else 0)
    start, end = f.earliest - pad, f.latest + pad
    if not f.hard_date:
        start = f.latest - dt.timedelta(days=UNDATED_REACH_DAYS)
    weeks = _span_weeks(start, end)
    if weeks:
        return weeks
    days = _claimed_days(f.mention)
    if 1 < len(days) <= MAX_DAYS_TOLD:
        # days weeks apart ("the Aug. 19 shooting ... arrested Tuesday"): the story is of one of them;
        # a page of many days is a list of news items, of none in particular
        return sorted({week for day in days for week in _span_weeks(day - pad, day + pad)})
    published = f.mention.published
    if f.mention.role == "main" and published and start <= published <= end:
        # "a shooting in 2016" told by a story of December 2016: the story's own weeks, as for a
        # report with no date at all
        return _span_weeks(published - dt.timedelta(days=SOFT_DAYS_BEFORE), published)
    return []


def _span_weeks(start: dt.date, end: dt.date) -> list[str]:
    """The ISO weeks from start to end, none when they are more than ``MAX_WEEKS``."""
    # Step by Monday so each ISO week appears once.
    day = start - dt.timedelta(days=start.weekday())
    weeks = []
    while day <= end:
        year, week, _ = day.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        day += dt.timedelta(days=7)
    return weeks if len(weeks) <= MAX_WEEKS else []


def _claimed_days(m: Mention) -> set[dt.date]:
    return {c.value.earliest for c in m.claims_for("date") if isinstance(c.value, DateValue) and c.value.is_day}


def _keys(f: Features) -> list[str]:
    countries = [f.country, WILD] if f.country else [WILD]
    weeks = _weeks(f)
    if weeks:
        times = [*weeks, WILD]
    else:  # in a dated article, a report without a date of its own is an older story: no time to block on
        times = [WILD] if f.mention.published is None else []
    keys = [f"{f.family}|{c}|{t}" for c, t in itertools.product(countries, times)]
    # A follow-up weeks later shares no week with its incident, only the people it names,
    # and a mass shooting's reports share its toll in its state.
    keys += [f"{f.family}|{NAME_KEY}|{p}" for p in sorted({person_key(p) for p in f.people})]
    state = f.place.admin1 if f.place is not None and f.country else None
    keys += [f"{f.family}|{TOLL_KEY}|{f.country}:{state}:{t}" for t in sorted(f.rare_tolls) if state]
    return keys + _town_keys(f)


def _town_keys(f: Features) -> list[str]:
    """An undated story of the law probes its town's reports of any time (a plea or a trial months
    after the shooting names no day of it); a dated report waits to be probed."""
    if not (f.country and f.city and f.place is not None):
        return []
    town = f"{f.country}:{f.place.admin1 or ''}:{f.city}"
    if _undated_story(f):
        return [f"{f.family}|{UNDATED_TOWN_KEY}|{town}"]
    if not f.hard_date:
        return []
    # a story of the law may name only the county ("arrest in Gwinnett shooting"): a town's dated
    # reports wait to be probed under their county too
    county = normalize_name(f.place.admin2 or "") if f.place.precision == "city" else ""
    towns = [town] + ([f"{f.country}:{f.place.admin1 or ''}:{county}"] if county and county != f.city else [])
    return [f"{f.family}|{TOWN_KEY}|{t}" for t in towns]


def _undated_story(f: Features) -> bool:
    """An article's own story, undated, that tells of a plea, a trial or court documents."""
    return f.undated_story_of_the_law and f.mention.role == "main" and f.mention.published is not None


def person_key(name: str) -> str:
    """A person's blocking name: the first initial and the surname, so that "Jonathan R. Reyes",
    "Jonathan Reyes" and "Jon Reyes Jr." of three stories meet."""
    tokens = [t for t in name.split() if t not in NAME_SUFFIXES]
    return f"{tokens[0][0]} {tokens[-1]}" if len(tokens) >= 2 else name


def block_keys(m: Mention) -> list[str]:
    """Blocking keys of a mention: ``family|country|ISO-week``, with ``*`` wildcard blocks.

    m (Mention): the mention.
    RETURNS (list[str]): e.g. ``["violent|US|2016-W05", "violent|*|2016-W05",
        "violent|person|jon reyes"]``. In a ``*`` block, only probers (mentions lacking what the
        key leaves open) meet their neighbours.
    """
    return _keys(features(m))


def probed_blocks(m: Mention) -> dict[str, bool]:
    """The blocks a mention's pairs lie in, and whether it meets every member there (True: its own
    block, or a wildcard block it probes) or only the probers (False). A town's report meets the
    undated stories of its town, kept in their own block; such a story, the town's reports too."""
    f = features(m)
    loads = {}
    for key in _keys(f):
        family, kind, town = key.split("|", 2)
        if kind in (TOWN_KEY, UNDATED_TOWN_KEY):
            # every town report meets the undated stories of its town; an undated one, the reports
            loads[f"{family}|{UNDATED_TOWN_KEY}|{town}"] = True
            if kind == UNDATED_TOWN_KEY:
                loads[f"{family}|{TOWN_KEY}|{town}"] = True
        else:
            loads[key] = WILD not in key.split("|")[1:] or _is_prober(f, key)
    return loads


def across_time(key: str) -> bool:
    """Whether a key reaches across the archive: a time wildcard block (``family|CC|*``) or a
    town's dated reports (``family|town|...``)."""
    _family, country, week = key.split("|", 2)
    return (week == WILD and country not in TOLD_KEYS) or country == TOWN_KEY


def key_week(key: str) -> str | None:
    """The ISO week of a blocking key (``2016-W05``), or None for a person's key or a time wildcard."""
    _family, country, week = key.split("|", 2)
    return None if country in TOLD_KEYS or week == WILD else week


def _is_prober(f: Features, key: str) -> bool:
    """Whether the mention lacks a value that the key leaves open."""
    _fam, country, time = key.split("|", 2)
    if country in TOLD_KEYS:
        return False
    lacks_country, lacks_time = not f.country, not _weeks(f)
    if country == WILD and time == WILD:
        # A mention that knows one of the two meets its neighbours in the block that keeps it.
        return lacks_country and lacks_time
    return (country == WILD and lacks_country) or (time == WILD and lacks_time)


def _orders(f: Features) -> tuple[tuple, ...]:
    """The sort keys of the sorted-neighbourhood passes: date, place, county, names.

    The county pass makes neighbours of two towns of one county ("in Millbrook" and "in Elmvale,
    a few miles away") that the town pass sorts far apart by their names."""
    place = f.place
    admin1 = (place.admin1 or "") if place else ""
    county = (place.admin2 or "") if place else ""
    first_name = min(f.names) if f.names else "\uffff"
    mid = f.mention.mention_id
    return (
        (f.sort_date, f.city, mid),
        (admin1, f.city or "\uffff", f.sort_date, mid),
        (admin1, county or "\uffff", f.sort_date, mid),
        (first_name, f.sort_date, mid),
    )


def _block_pairs(members: list, wild: bool, emit: Callable, orders: dict[str, tuple[tuple, ...]]) -> None:
    """Emit the neighbour pairs of one block, under every sort order."""
    if not members:
        return
    for order in range(len(orders[members[0].mention.mention_id])):
        ranked = sorted(members, key=lambda f, o=order: orders[f.mention.mention_id][o])
        if not wild:
            for i, a in enumerate(ranked):
                for b in ranked[i + 1 : i + 1 + WINDOW]:
                    emit(a, b)
            continue
        for i, a in enumerate(ranked):
            if a.prober:
                for b in ranked[max(0, i - PROBE_WINDOW) : i + 1 + PROBE_WINDOW]:
                    if b is not a:
                        emit(a, b)


def candidate_pairs(feats: Iterable[Features]) -> set[tuple[str, str]]:
    """Mention-id pairs (smaller id first) that share a block and are sort-order neighbours.

    Pairs within one document are left out: the extractor already merged what belongs together.
    """
    blocks: dict[str, list[Features]] = defaultdict(list)
    orders: dict[str, tuple[tuple, ...]] = {}
    for f in feats:
        orders[f.mention.mention_id] = _orders(f)
        for key in _keys(f):
            blocks[key].append(f)
    pairs: set[tuple[str, str]] = set()

    def emit(a: Features, b: Features) -> None:
        ma, mb = a.mention, b.mention
        if ma.doc_id != mb.doc_id:
            pairs.add(
                (ma.mention_id, mb.mention_id) if ma.mention_id < mb.mention_id else (mb.mention_id, ma.mention_id)
            )

    for key in sorted(blocks):
        members = blocks[key]
        family, kind, town = key.split("|", 2)
        if kind == TOWN_KEY:
            continue  # dated reports of a town only meet its undated stories, in the block below
        if kind == UNDATED_TOWN_KEY:
            flagged = [_Flagged(f, True) for f in members]
            flagged += [_Flagged(f, False) for f in blocks.get(f"{family}|{TOWN_KEY}|{town}", [])]
            _block_pairs(flagged, True, lambda a, b: emit(a.f, b.f), orders)
            continue
        if WILD in (kind, town):
            probers = [f for f in members if _is_prober(f, key)]
            if not probers:
                continue
            flagged = [_Flagged(f, _is_prober(f, key)) for f in members]
            _block_pairs(flagged, True, lambda a, b: emit(a.f, b.f), orders)
        else:
            _block_pairs(members, False, emit, orders)
    LOGGER.debug("candidate_pairs: %d blocks, %d pairs", len(blocks), len(pairs))
    return pairs


class _Flagged:
    """A mention's features with its prober flag in the block at hand."""

    __slots__ = ("f", "prober")

    def __init__(self, f: Features, prober: bool) -> None:
        self.f = f
        self.prober = prober

    def __getattr__(self, name: str):
        return getattr(self.f, name)


def relink_scope(
    new_mentions: Iterable[Mention],
    stored_mentions: Iterable[Mention],
    incident_of: Mapping[str, str] | None = None,
) -> set[str]:
    """The mention ids a run must re-link when ``new_mentions`` arrive.

    new_mentions (Iterable[Mention]): the batch just extracted.
    stored_mentions (Iterable[Mention]): mentions already in the store (their clusters are known).
    incident_of (Mapping[str, str] | None): stored mention id -> its current incident id.
    RETURNS (set[str]): the new mentions, every stored mention that is a blocking candidate of a
        new one, and every other mention of those candidates' incidents (so no stored incident
        is cut in half). The lead loads these mentions, calls ``link`` on them, and replaces
        the incidents they held; incidents outside the scope stay as they are. Only blocking
        runs over the stored mentions (sorting, no scoring), so the cost of a batch is linear
        in the store and the scoring is confined to the touched blocks.
    """
    new = list(new_mentions)
    new_ids = {m.mention_id for m in new}
    stored = [m for m in stored_mentions if m.mention_id not in new_ids]
    feats = [features(m) for m in itertools.chain(new, stored)]
    scope = set(new_ids)
    for a, b in candidate_pairs(feats):
        if a in new_ids or b in new_ids:
            scope.update((a, b))
    if incident_of:
        touched = {incident_of[mid] for mid in scope if mid in incident_of}
        scope.update(mid for mid, iid in incident_of.items() if iid in touched)
    return scope
