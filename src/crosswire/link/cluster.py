"""Clustering mentions into incidents: greedy union-find over scored candidate pairs.

Must-link pairs are united first; then candidate pairs are united in descending score order,
and a union is refused when it would join a cannot-link pair, an incident and a story posted days
before it happened, two mentions of one document, two
clusters whose date cores lie days apart (so a chain of good pairs cannot grow into a blob that
spans a week), two reports whose own places disagree unless their other evidence is strong, two
clusters whose stories place them in different states through a story that tells no state, or
two incidents each told by several stories that a single pair of stories ties (a roundup page).
An article that totals several incidents (a roundup) joins the one it ties to best, and another
story joins that incident only by a tie of its own to the incident's stories. Last, an article
whose own story stayed alone joins the reported incident it recalls (``_adopt_follow_ups``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from crosswire.link.blocking import candidate_pairs
from crosswire.link.features import (
    Features,
    count_town_crowds,
    features,
    weigh_words,
)
from crosswire.link.score import (
    FAR_KM,
    LINK_THRESHOLD,
    MAX_LOOSE_GAP,
    TOWN_LEVEL,
    VETO,
    date_gap,
    places_agree,
    score_pair,
    ties_across_time,
)
from crosswire.model import Cluster, Mention, Source, haversine_km, normalize_name, stable_id

__all__ = ["Constraints", "LinkStats", "link"]

# The claims that make a later article's own story a follow-up of the incident it recalls.
ARREST_FIELDS = ("arrested", "detained", "charged")
VICTIM_FIELDS = ("shot", "killed", "injured")

LOGGER = logging.getLogger(__name__)

# Two clusters whose hard-date cores lie further apart than this are different incidents: reports
# of one night disagree by a day ("late Friday", "early Saturday"), rarely by three.
MAX_CLUSTER_GAP = 2
# A copy's mention and its original's repeat each other word for word.
COPY_BONUS = 3.0
# A pair scoring this much outweighs its own places' disagreement and a shared article: the
# geocoder's or the extractor's misreading is likelier than two incidents this alike.
STRONG_LINK = 5.0
# Stories a cluster needs before its stated death tolls may keep it from another: one story's
# toll may be a misreading, several stories agreeing are the incident's.
MIN_TOLD = 2
# How much a toll may grow between reports of one incident (a wounded victim who died since).
TOLL_GROWTH = 1
# Pairs of stories that must tie two incidents told by several stories for them to be one.
MIN_TIES = 2
# A story posted this many days before an incident's day tells another incident, however well it
# ties to the incident's other stories (a day off may be a misread weekday).
POSTED_BEFORE_DAYS = 2


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
    """A cluster's members, documents, date core and countries, for checking a union."""

    members: set[str]
    docs: set[str]
    told: set[str]  # documents whose main story is a member
    forbidden: set[str]
    core: tuple[dt.date, dt.date] | None
    countries: set[str]
    tolls: set[int] = field(default_factory=set)  # the exact death tolls its dated main stories state
    states: set[str] = field(default_factory=set)  # the states its stories place it in (not guessed)
    first_posted: dt.date | None = None  # when the first of its undated stories was posted


def _summary(f: Features, forbidden: set[str]) -> _Summary:
    return _Summary(
        members={f.mention.mention_id},
        docs={f.mention.doc_id},
        told={f.mention.doc_id} if f.mention.role == "main" else set(),
        forbidden=set(forbidden),
        core=(f.earliest, f.latest) if f.hard_day else None,  # "in 2014" or "in May" makes no core
        countries={f.country} if f.country else set(),
        tolls=_stated_toll(f),
        states=_told_states(f),
        first_posted=None if f.hard_day else f.mention.published,
    )


def _stated_toll(f: Features) -> set[int]:
    """The exact death toll a dated main story states, as a set to merge; empty when it states none."""
    killed = f.counts.get("killed")
    if f.mention.role != "main" or f.mention.roundup or not f.hard_day or killed is None or not killed.is_exact:
        return set()
    return {killed.low}


def _told_states(f: Features) -> set[str]:
    """The states a report places its incident in, not those guessed for a town of no state."""
    return {normalize_name(p.admin1) for p in f.places if p.admin1 and not p.state_guessed}


def _told_apart(a: Features, b: Features) -> bool:
    """Whether the two reports each tell a state, and no state of one is the other's."""
    states_a, states_b = _told_states(a), _told_states(b)
    return bool(states_a and states_b) and not states_a & states_b


def _placed_apart(a: Features, b: Features) -> bool:
    """Whether the two linked reports put the incident in different states, or in towns too far
    apart (each may name several towns: the incident lies near one of them, not always the first).
    Only the pair itself is checked: another member's misread town must not keep a cluster apart."""
    states_a = {normalize_name(p.admin1) for p in a.places if p.admin1}
    states_b = {normalize_name(p.admin1) for p in b.places if p.admin1}
    if states_a and states_b and not states_a & states_b:
        return True
    spots_a, spots_b = _spots(a), _spots(b)
    return bool(spots_a and spots_b) and not any(haversine_km(x, y) <= FAR_KM for x in spots_a for y in spots_b)


def _spots(f: Features) -> list[tuple[float, float]]:
    # ``f.place`` is the most precise of ``f.places``
    return [(p.lat, p.lon) for p in f.places if p.lat is not None and p.lon is not None and p.precision in TOWN_LEVEL]


def _fits(
    a: _Summary, b: _Summary, follow_up: bool = False, strong: bool = False, apart: bool = False, crossing: bool = False
) -> bool:
    """Whether two clusters may become one incident (a follow-up report may lie weeks later).

    A ``strong`` pair (one the texts tie together whatever the places say) may cross a state
    line: a town named in two states, or a station's city taken for the scene, is a misreading
    (``apart``: the pair's own places disagree; ``crossing``: the states they tell do). It may
    also join an article's recalled mention to the cluster of its own story (the article told one
    incident twice); two articles' main stories stay one per cluster.
    """
    if _forbids(a, b) or a.told & b.told:
        return False
    if a.docs & b.docs and not strong:
        # An article's two mentions are two incidents, unless a strong pair shows it told one twice.
        return False
    if len(a.countries | b.countries) > 1:
        return False
    if a.states and b.states and not a.states & b.states and not (strong and crossing):
        # a story that names no state ties as well to incidents of other states: it bridges none of
        # them (only a strong pair whose own states disagree may cross a state line)
        return False
    if _tolls_apart(a, b) and not follow_up:
        return False
    if _posted_before(a, b) or _posted_before(b, a):
        return False
    if a.core and b.core and not follow_up:
        gap = max((b.core[0] - a.core[1]).days, (a.core[0] - b.core[1]).days, 0)
        if gap > MAX_CLUSTER_GAP:
            return False
    return strong or not apart


def _posted_before(a: _Summary, b: _Summary) -> bool:
    """Whether a story of ``a`` that dates nothing was posted days before ``b``'s incident happened."""
    if a.first_posted is None or b.core is None:
        return False
    return (b.core[0] - a.first_posted).days >= POSTED_BEFORE_DAYS


def _tolls_apart(a: _Summary, b: _Summary) -> bool:
    """Whether two clusters, each told by several stories, state death tolls too far apart for one
    incident (one more dead is a victim who died since: "1 killed" may become "2 killed")."""
    if len(a.told) < MIN_TOLD or len(b.told) < MIN_TOLD:
        return False
    return bool(a.tolls and b.tolls) and all(abs(x - y) > TOLL_GROWTH for x in a.tolls for y in b.tolls)


def _forbids(a: _Summary, b: _Summary) -> bool:
    """Whether an analyst (or the article itself) said some member of one is not the other's."""
    return bool(a.forbidden & b.members or b.forbidden & a.members)


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
        told=a.told | b.told,
        forbidden=a.forbidden | b.forbidden,
        core=core,
        countries=a.countries | b.countries,
        tolls=a.tolls | b.tolls,
        states=a.states | b.states,
        first_posted=min((d for d in (a.first_posted, b.first_posted) if d is not None), default=None),
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

    def union(
        self,
        a: str,
        b: str,
        *,
        force: bool = False,
        follow_up: bool = False,
        strong: bool = False,
        apart: bool = False,
        crossing: bool = False,
    ) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        sa, sb = self.summary[ra], self.summary[rb]
        if not force and not _fits(sa, sb, follow_up, strong, apart, crossing):
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


def _lone_bridge(uf: _UnionFind, a: str, b: str, partners: dict[str, set[str]]) -> bool:
    """Whether two incidents, each told by several stories, would be joined through one story alone.

    A roundup page that tells both ("two dead in one shooting, four in another") scores well with
    each; the incidents are one only when more than one pair of their stories ties them together.
    """
    ra, rb = uf.find(a), uf.find(b)
    sa, sb = uf.summary[ra], uf.summary[rb]
    if ra == rb or len(sa.told) < MIN_TOLD or len(sb.told) < MIN_TOLD:
        return False
    small, large = (sa, sb) if len(sa.members) <= len(sb.members) else (sb, sa)
    ties = 0
    for x in small.members:
        ties += len(partners.get(x, set()) & large.members)
        if ties >= MIN_TIES:
            return False
    return True


def _through_a_roundup(
    uf: _UnionFind, a: str, b: str, feats: dict[str, Features], partners: dict[str, set[str]]
) -> bool:
    """Whether the pair would join a second incident's stories to a roundup's through the roundup alone.

    A roundup ("4 killed, 11 wounded in shootings across the city") shares a street, a neighbourhood
    or an age with the story of each incident it lists. It joins the incident it ties to best;
    another story joins that incident only when it ties to one of its stories itself.
    """
    for roundup, other in ((a, b), (b, a)):
        if not feats[roundup].mention.roundup:
            continue
        home, away = uf.summary[uf.find(roundup)], uf.summary[uf.find(other)]
        page = feats[roundup].mention.doc_id
        if not (home.told - {page}) or not away.told:
            continue  # the first incident the roundup joins
        rest = {m for m in home.members if feats[m].mention.doc_id != page}
        if not any(partners.get(x, set()) & rest for x in away.members):
            return True
    return False


def _adopt_follow_ups(uf: _UnionFind, feats: dict[str, Features]) -> None:
    """Join a lone article to the reported incident it recalls: it is that incident's follow-up.

    An arrest or a trial a year on is told as the article's own story, which no other outlet
    reports; the shooting it recalls is the one other outlets reported. When the article's main
    mention stands alone and exactly one of its recalled mentions sits with other articles' main
    stories, in a place that does not contradict it or on the same day (``_one_story``), the article
    belongs to that incident, unless its own story is an incident of its own (``_tells_new_incident``).
    """
    by_doc: dict[str, list[Features]] = defaultdict(list)
    for f in feats.values():
        by_doc[f.mention.doc_id].append(f)
    for doc, fs in sorted(by_doc.items()):
        mains = sorted((f for f in fs if f.mention.role == "main"), key=lambda f: f.mention.start)
        if not mains or uf.summary[uf.find(mains[0].mention.mention_id)].docs != {doc}:
            continue
        main = mains[0]
        hosts = {uf.find(f.mention.mention_id) for f in fs if f.mention.role != "main" and _one_story(main, f)}
        # The host must be another article's own story, not a cluster of recollections.
        hosts = {h for h in hosts if uf.summary[h].told - {doc}}
        own = uf.find(main.mention.mention_id)
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        if _may_adopt(uf.summary[own], uf.summary[host]) and not _tells_new_incident(main, uf.summary[host]):
            uf.union(own, host, force=True, follow_up=True)


def _tells_new_incident(main: Features, host: _Summary) -> bool:
    """Whether the article's own story is dated months from the incident it recalls and is no story
    of an arrest or a charge alone: a new shooting that recalls an old one ("a year after the mass
    shooting on the same street"; "Two Shot; One Arrested After 2014 Shooting"), not a follow-up of it."""
    if not main.hard_day or host.core is None:
        return False
    told_arrest = any(main.mention.claims_for(f) for f in ARREST_FIELDS)
    if told_arrest and not any(main.mention.claims_for(f) for f in VICTIM_FIELDS):
        return False
    return max((host.core[0] - main.latest).days, (main.earliest - host.core[1]).days) > MAX_LOOSE_GAP


def _may_adopt(own: _Summary, host: _Summary) -> bool:
    """Whether nothing (a cannot-link, a second country) keeps a follow-up from its incident."""
    return not _forbids(own, host) and len(own.countries | host.countries) <= 1


def _one_story(main: Features, recalled: Features) -> bool:
    """Whether an article's recalled mention may be its own story told again: their places do not
    contradict each other, or both are of one day (the main story's town may be a victim's home:
    "Elmvale boxer shot in Millbrook crossfire")."""
    same_day = main.hard_day and recalled.hard_day and date_gap(main, recalled) == 0
    return same_day or _agrees(main, recalled)


def _agrees(a: Features, b: Features) -> bool:
    """Whether two mentions' places do not contradict each other (either may have none)."""
    return a.place is None or b.place is None or places_agree(a.place, b.place) >= 0


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
    weigh_words(list(feats.values()))
    count_town_crowds(list(feats.values()))
    forbidden = _forbidden(list(by_id.values()), constraints)
    uf = _UnionFind({mid: _summary(f, forbidden.get(mid, set())) for mid, f in feats.items()})
    for a, b in sorted(tuple(sorted(p)) for p in constraints.must_link):
        if a in by_id and b in by_id:
            uf.union(a, b, force=True)
    bonus = _copy_pairs(by_id, copies)
    pairs = candidate_pairs(feats.values()) | bonus
    _merge_scored(uf, _scored(feats, pairs, bonus, stats), feats, stats)
    _adopt_follow_ups(uf, feats)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mid in by_id:
        groups[uf.find(mid)].append(by_id[mid])
    LOGGER.info(
        "link: %d mentions -> %d incidents (%d comparisons, %d links made, %d refused)",
        len(by_id),
        len(groups),
        stats.comparisons,
        stats.linked,
        stats.refused,
    )
    return _clusters(groups, copies)


def _merge_scored(
    uf: _UnionFind, scored: list[tuple[float, str, str]], feats: dict[str, Features], stats: LinkStats
) -> None:
    """Join the scored pairs, strongest first, unless the join would bridge two incidents through
    one lone pair or a roundup, or the union refuses it (dates, places, an analyst's cannot-link)."""
    partners: dict[str, set[str]] = defaultdict(set)  # each mention's scored partners
    for _, a, b in scored:
        partners[a].add(b)
        partners[b].add(a)
    for s, a, b in scored:
        fa, fb = feats[a], feats[b]
        if _lone_bridge(uf, a, b, partners) or _through_a_roundup(uf, a, b, feats, partners):
            stats.refused += 1
            continue
        follow_up, apart, crossing = ties_across_time(fa, fb), _placed_apart(fa, fb), _told_apart(fa, fb)
        if uf.union(a, b, follow_up=follow_up, strong=s >= STRONG_LINK, apart=apart, crossing=crossing):
            stats.linked += 1
        else:
            stats.refused += 1
