"""Clustering mentions into incidents: greedy union-find over scored candidate pairs.

Must-link pairs are united first; then candidate pairs are united in descending score order,
and a union is refused when it would join a cannot-link pair, two mentions of one document, or
two clusters whose dates or places do not fit together (so a chain of good pairs cannot grow
into a blob that spans a week or a state).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from crosswire.link.blocking import candidate_pairs
from crosswire.link.features import Features, features, haversine_km, normalize_name
from crosswire.link.score import FAR_KM, LINK_THRESHOLD, TOWN_LEVEL, VETO, is_follow_up, score_pair
from crosswire.model import Cluster, Mention, Source, stable_id

__all__ = ["Constraints", "LinkStats", "link"]

LOGGER = logging.getLogger(__name__)

# Two clusters whose hard-date cores lie further apart than this are different incidents.
MAX_CLUSTER_GAP = 3
# A copy's mention and its original's repeat each other word for word.
COPY_BONUS = 3.0
MAX_POINTS = 8  # places kept per cluster summary: enough to catch a far-away member


@dataclass(slots=True)
class Constraints:
    """Analysts' decisions, as mention-id pairs: merged (must) and split apart (cannot)."""

    must_link: list[tuple[str, str]] = field(default_factory=list)
    cannot_link: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class LinkStats:
    """What one ``link`` call did: pairs compared, united and refused."""

    comparisons: int = 0
    linked: int = 0
    refused: int = 0


@dataclass(slots=True)
class _Summary:
    """A cluster's members, documents, date core and places, for checking a union."""

    members: set[str]
    docs: set[str]
    forbidden: set[str]
    core: tuple[dt.date, dt.date] | None
    countries: set[str]
    admin1: set[str]
    points: list[tuple[tuple[float, float], ...]]  # per member: the towns it names


def _summary(f: Features, forbidden: set[str]) -> _Summary:
    place = f.place
    # Every town the mention names: the incident lies near one of them, not always the first.
    spots = tuple(
        (p.lat, p.lon) for p in f.places if p.lat is not None and p.lon is not None and p.precision in TOWN_LEVEL
    )
    if place is not None and place.lat is not None and place.lon is not None:
        spots = ((place.lat, place.lon), *spots)
    states = {normalize_name(p.admin1) for p in f.places if p.admin1}
    return _Summary(
        members={f.mention.mention_id},
        docs={f.mention.doc_id},
        forbidden=set(forbidden),
        core=(f.earliest, f.latest) if f.hard_date else None,
        countries={f.country} if f.country else set(),
        admin1=states,
        points=[spots[:MAX_POINTS]] if spots else [],
    )


def _fits(a: _Summary, b: _Summary, follow_up: bool = False) -> bool:
    """Whether two clusters may become one incident (a follow-up report may lie weeks later)."""
    if a.docs & b.docs or a.forbidden & b.members or b.forbidden & a.members:
        return False
    if len(a.countries | b.countries) > 1 or (a.admin1 and b.admin1 and not a.admin1 & b.admin1):
        return False
    if a.core and b.core and not follow_up:
        gap = max((b.core[0] - a.core[1]).days, (a.core[0] - b.core[1]).days, 0)
        if gap > MAX_CLUSTER_GAP:
            return False
    return all(_near(p, q) for p in a.points for q in b.points)


def _near(xs: tuple[tuple[float, float], ...], ys: tuple[tuple[float, float], ...]) -> bool:
    """Whether two members' towns come within ``FAR_KM`` of each other somewhere."""
    return any(haversine_km(x, y) <= FAR_KM for x in xs for y in ys)


def _merge(a: _Summary, b: _Summary, follow_up: bool = False) -> _Summary:
    core = a.core or b.core
    if a.core and b.core and follow_up:
        # The incident's date is the earlier one; a trial or funeral date must not widen it.
        core = min(a.core, b.core)
    elif a.core and b.core:
        lo, hi = max(a.core[0], b.core[0]), min(a.core[1], b.core[1])
        core = (lo, hi) if lo <= hi else (min(a.core[0], b.core[0]), max(a.core[1], b.core[1]))
    return _Summary(
        members=a.members | b.members,
        docs=a.docs | b.docs,
        forbidden=a.forbidden | b.forbidden,
        core=core,
        countries=a.countries | b.countries,
        # The states both sides allow; a side that names none allows all.
        admin1=(a.admin1 & b.admin1) if a.admin1 and b.admin1 else a.admin1 | b.admin1,
        points=(a.points + b.points)[:MAX_POINTS],
    )


class _UnionFind:
    """Union-find whose roots carry a cluster summary."""

    def __init__(self, summaries: dict[str, _Summary]) -> None:
        self.parent = {mid: mid for mid in summaries}
        self.summary = summaries

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, *, force: bool = False, follow_up: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.summary[ra], self.summary[rb]
        if not force and not _fits(sa, sb, follow_up):
            return False
        # The smaller id stays root, so the result does not depend on the order of unions.
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.summary[ra] = _merge(sa, sb, follow_up)
        del self.summary[rb]
        return True


def _forbidden(mentions: list[Mention], constraints: Constraints) -> dict[str, set[str]]:
    """Cannot-link partners of each mention: the analysts' splits and the article's own "distinct"."""
    ids = {m.mention_id for m in mentions}
    out: dict[str, set[str]] = defaultdict(set)
    pairs = list(constraints.cannot_link)
    pairs += [(m.mention_id, other) for m in mentions for other in m.distinct_from]
    for a, b in pairs:
        if a in ids and b in ids:
            out[a].add(b)
            out[b].add(a)
    return out


def _copy_pairs(by_id: dict[str, Mention], copies: dict[str, str]) -> set[tuple[str, str]]:
    """The main mentions of a copy and of its original."""
    main = {}
    for m in sorted(by_id.values(), key=lambda m: (m.start, m.mention_id)):
        if m.role == "main":
            main.setdefault(m.doc_id, m.mention_id)
    pairs = set()
    for copy, original in copies.items():
        if copy in main and original in main:
            a, b = sorted((main[copy], main[original]))
            pairs.add((a, b))
    return pairs


def _scored(
    feats: dict[str, Features], pairs: set[tuple[str, str]], bonus: set[tuple[str, str]], stats: LinkStats
) -> list[tuple[float, str, str]]:
    out = []
    for a, b in sorted(pairs):
        stats.comparisons += 1
        s = score_pair(feats[a], feats[b])
        if s == VETO:
            continue
        s += COPY_BONUS if (a, b) in bonus else 0.0
        if s >= LINK_THRESHOLD:
            out.append((s, a, b))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


def _sort_key(m: Mention) -> tuple[dt.date, str]:
    return (m.published or dt.date.max, m.mention_id)


def _clusters(groups: dict[str, list[Mention]], copies: dict[str, str]) -> list[Cluster]:
    """Clusters with stable ids and their sources; a document is primary for one incident only."""
    # The document's first main mention decides, should the extractor have left two.
    first_main: dict[str, tuple[int, str]] = {}
    for members in groups.values():
        for m in members:
            if m.role == "main":
                key = (m.start, m.mention_id)
                first_main[m.doc_id] = min(first_main.get(m.doc_id, key), key)
    primary_of = {doc: key[1] for doc, key in first_main.items()}
    out = []
    for members in groups.values():
        members.sort(key=lambda m: (*_sort_key(m), m.start))
        earliest = min(members, key=_sort_key)
        ids = {m.mention_id for m in members}
        docs = sorted({m.doc_id: _sort_key(m)[0] for m in members}.items(), key=lambda kv: (kv[1], kv[0]))
        sources = [Source(doc_id=d, primary=primary_of.get(d) in ids, copy_of=copies.get(d)) for d, _ in docs]
        out.append(Cluster(incident_id=stable_id("incident", earliest.mention_id), mentions=members, sources=sources))
    out.sort(key=lambda c: (_sort_key(c.mentions[0]), c.incident_id))
    return out


def link(
    mentions: list[Mention],
    *,
    copies: dict[str, str] | None = None,
    constraints: Constraints | None = None,
    stats: LinkStats | None = None,
) -> list[Cluster]:
    """Group mentions into incidents.

    mentions (list[Mention]): every mention to link (a whole corpus, or a ``relink_scope``).
    copies (dict[str, str] | None): ``find_copies`` output; copies' sources get ``copy_of``.
    constraints (Constraints | None): analysts' must-link / cannot-link mention pairs.
    stats (LinkStats | None): filled with the number of pairs compared, linked and refused.
    RETURNS (list[Cluster]): one cluster per incident, ordered by earliest report; the same
        input in any order gives the same clusters and ids.
    """
    copies = copies or {}
    constraints = constraints or Constraints()
    stats = stats if stats is not None else LinkStats()
    by_id = {m.mention_id: m for m in sorted(mentions, key=lambda m: m.mention_id)}
    feats = {mid: features(m) for mid, m in by_id.items()}
    forbidden = _forbidden(list(by_id.values()), constraints)
    uf = _UnionFind({mid: _summary(f, forbidden.get(mid, set())) for mid, f in feats.items()})
    for a, b in sorted(tuple(sorted(p)) for p in constraints.must_link):
        if a in by_id and b in by_id:
            uf.union(a, b, force=True)
    bonus = _copy_pairs(by_id, copies)
    pairs = candidate_pairs(feats.values()) | bonus
    for _s, a, b in _scored(feats, pairs, bonus, stats):
        if uf.union(a, b, follow_up=is_follow_up(feats[a], feats[b])):
            stats.linked += 1
        else:
            stats.refused += 1
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mid in by_id:
        groups[uf.find(mid)].append(by_id[mid])
    LOGGER.info("link: %d mentions -> %d incidents (%d comparisons)", len(by_id), len(groups), stats.comparisons)
    return _clusters(groups, copies)
