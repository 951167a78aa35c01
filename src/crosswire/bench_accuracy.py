"""How far to trust the accuracy figures, and where their errors come from.

The scorer (shared/eval/score_incidents.py) says how often a field is right. ``accuracy_intervals``
says how much of that is sampling noise; ``error_categories`` says why a field is wrong, so the
largest category can be fixed first. It matches incidents the same way the scorer does: a gold
incident is compared with the predicted incident that is primary for most of its documents.
"""

from __future__ import annotations

import calendar
import collections
import datetime as dt
import json
import math
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosswire.extract.dates import HOLIDAYS
from crosswire.model import haversine_km

__all__ = [
    "FieldChange",
    "accuracy_intervals",
    "compare_runs",
    "date_ceiling",
    "error_categories",
    "gold_for_documents",
    "mcnemar_p",
    "names_day",
    "pair_f1_interval",
    "wilson_interval",
]

# The scorer counts a place right within this many km of the gold point.
NEAR_KM = 30
# The fields the scorer checks incident by incident ("all" is every one of them right).
FIELDS = ("date", "place", "admin1", "killed", "injured")
# The normal quantile of a two-sided 95% interval.
Z_95 = 1.96
# Resamples for the bootstrap of pairwise F1: enough for steady 2.5% and 97.5% percentiles.
RESAMPLES = 1000


def _load(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{number}: not JSON ({err.msg})") from None
    return rows


def error_categories(gold_path: Path, pred_path: Path, docs_path: Path) -> dict[str, Any]:
    """Counts of error categories per field, with one example incident id for each.

    A date row also says in how many of its incidents the articles name the record's day at all
    (``day_named``): the others no reading of the articles could date right.
    """
    documents = {d["doc_id"]: d for d in _load(docs_path)}
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    day_named: collections.Counter = collections.Counter()
    examples: dict[tuple[str, str], str] = {}
    for g, p in _matched(gold_path, pred_path):
        articles = [documents[d] for d in g["doc_ids"] if d in documents]
        published_dates = sorted(filter(None, (a.get("published") for a in articles)))
        for field, category in _categories(g, p, published_dates).items():
            table[field][category] += 1
            examples.setdefault((field, category), g["incident_id"])
            if field == "date":
                day_named[category] += any(names_day(a, g["date"]) for a in articles)
    return {
        field: [
            {"category": c, "count": n, "example": examples[(field, c)]}
            | ({"day_named": day_named[c]} if field == "date" else {})
            for c, n in counts.most_common()
        ]
        for field, counts in table.items()
    }


def date_ceiling(date_rows: list[dict[str, Any]]) -> tuple[int, int]:
    """(incidents whose date is right or whose articles name the record's day, all incidents): the
    most any reading of these articles could date right."""
    reachable = sum(r["count"] if r["category"] == "right" else r["day_named"] for r in date_rows)
    return reachable, sum(r["count"] for r in date_rows)


# How far back a weekday may point: "last Saturday" can be thirteen days before the posting.
WEEKDAY_REACH = 13
_WEEKEND = re.compile(r"\bweekend\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(yesterday|last night)\b", re.IGNORECASE)
# Same-day words, and a time of day alone: an article of the day may date its event by the posting.
_SAME_DAY = re.compile(
    r"\b(today|tonight|overnight|midnight|this (morning|afternoon|evening)|early morning|\d{1,2}(:\d\d)? ?[ap]\.?m\b"
    r"|(are|is) investigating)",
    re.IGNORECASE,
)


def names_day(article: dict[str, Any], day: str | None) -> bool:
    """Whether an article (title and text) names ``day``: as a month and day ("Oct. 11", "10/11"),
    a holiday ("Christmas Eve"), its weekday (or "weekend") within two weeks before publication, or
    "yesterday", "today", a time of day or police "investigating" from the publication date.

    A generous test on purpose: it bounds from above what any extractor could find, and it says
    nothing of whether the words are about the incident.
    """
    if not day:
        return False
    date = dt.date.fromisoformat(day)
    text = f"{article.get('title') or ''}\n{article.get('text') or ''}"
    months = [calendar.month_name[date.month], calendar.month_abbr[date.month] + r"\.?"]
    month = "|".join(months + [r"Sept\.?"] if date.month == 9 else months)
    if re.search(rf"\b(?:{month})\s+0?{date.day}(?:st|nd|rd|th)?\b|\b0?{date.month}/0?{date.day}\b", text):
        return True
    if _names_holiday(text, date):
        return True
    published = article.get("published")
    if not published:
        return False
    days_before = (dt.date.fromisoformat(published[:10]) - date).days
    weekday = calendar.day_name[date.weekday()]
    return (
        (0 <= days_before <= WEEKDAY_REACH and re.search(rf"\b{weekday}", text) is not None)
        or (date.weekday() >= 5 and 0 <= days_before <= WEEKDAY_REACH and _WEEKEND.search(text) is not None)
        or (days_before == 1 and _DAY_BEFORE.search(text) is not None)
        or (days_before == 0 and _SAME_DAY.search(text) is not None)
    )


def _names_holiday(text: str, date: dt.date) -> bool:
    """ "on New Year's Eve", "Christmas morning": the name of a holiday that falls on ``date``."""
    names = [name for name, day_in in HOLIDAYS.items() if day_in(date.year) == date]
    if not names:
        return False
    words = " " + re.sub(r"\W+", " ", re.sub(r"['’]s\b", "", text)).lower() + " "
    return any(" " + name.replace("'", "") + " " in words for name in names)


@dataclass(frozen=True)
class FieldChange:
    """How one field fares in two runs scored against the same gold incidents."""

    field: str
    scored: int  # gold incidents compared
    before: int  # of them, how many the field is right for in the first run
    after: int
    fixed: list[str]  # incident ids wrong before and right after
    broken: list[str]  # right before and wrong after
    p_value: float  # the chance of a split at least this uneven if the change made no difference


def compare_runs(gold_path: Path, before_path: Path, after_path: Path) -> list[FieldChange]:
    """Field by field, which gold incidents a change fixed and which it broke.

    Two runs on the same incidents are compared incident by incident, not figure by figure: a
    change that fixes 12 incidents and breaks 2 is clear even when both figures sit inside each
    other's intervals. The p-value is McNemar's exact test on the fixed and broken counts.
    """
    before = {g["incident_id"]: _rights(g, p) for g, p in _matched(gold_path, before_path)}
    after = {g["incident_id"]: _rights(g, p) for g, p in _matched(gold_path, after_path)}
    changes = []
    for field in (*FIELDS, "all"):
        fixed = [i for i in before if not before[i][field] and after[i][field]]
        broken = [i for i in before if before[i][field] and not after[i][field]]
        changes.append(
            FieldChange(
                field,
                len(before),
                sum(r[field] for r in before.values()),
                sum(r[field] for r in after.values()),
                fixed,
                broken,
                mcnemar_p(len(fixed), len(broken)),
            )
        )
    return changes


def mcnemar_p(fixed: int, broken: int) -> float:
    """Two-sided exact McNemar test: under no real change, each changed incident is as likely to
    have been fixed as broken, so the smaller count follows a binomial with p = 1/2."""
    changed = fixed + broken
    if changed == 0:
        return 1.0
    tail = sum(math.comb(changed, k) for k in range(min(fixed, broken) + 1)) / 2**changed
    return min(1.0, 2 * tail)


def _rights(g: dict[str, Any], p: dict[str, Any] | None) -> dict[str, bool]:
    right = {field: category == "right" for field, category in _categories(g, p, []).items()}
    return {**right, "all": all(right.values())}


def _matched(gold_path: Path, pred_path: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each gold incident with the predicted incident primary for most of its documents (None when
    no predicted incident is primary for any), chosen as the scorer chooses it."""
    pred = {p.get("id"): p for p in _load(pred_path)}
    if None in pred:
        raise ValueError(f"{pred_path}: an incident without an id; is it a `crosswire export incidents` file?")
    primary_of = _primary_of(pred.values())
    for g in _load(gold_path):
        if g.get("gold"):
            votes = collections.Counter(primary_of[d] for d in g["doc_ids"] if d in primary_of)
            yield g, pred[votes.most_common(1)[0][0]] if votes else None


def _primary_of(pred: Iterable[dict[str, Any]]) -> dict[str, str]:
    """The predicted incident each document is primary for: the first one, as the scorer takes it."""
    primary_of: dict[str, str] = {}
    for p in pred:
        for source in p.get("sources") or []:
            if source.get("primary") and source.get("doc_id"):
                primary_of.setdefault(source["doc_id"], p["id"])
    return primary_of


def gold_for_documents(gold_path: Path, docs_path: Path, out_path: Path) -> None:
    """Write the gold incidents of the documents in ``docs_path`` (a part of a corpus) to ``out_path``.

    An incident keeps only its documents that are there, and one with none left is dropped: a run
    on the first few hundred articles is scored on their incidents, not marked wrong on all the others.
    """
    kept = {d["doc_id"] for d in _load(docs_path)}
    with open(out_path, "w", encoding="utf-8") as out:
        for g in _load(gold_path):
            doc_ids = [d for d in g["doc_ids"] if d in kept]
            if doc_ids:
                out.write(json.dumps({**g, "doc_ids": doc_ids}) + "\n")


def accuracy_intervals(figures: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The 95% interval of each per-incident accuracy the scorer reports ("date_accuracy", ...).

    A figure is the share of gold incidents a field is right for, so on a few hundred incidents it
    carries sampling error: a held-out set of the same kind, or a second run after a change, can
    differ by that much without anything having got better or worse. Pairwise F1 counts pairs of
    documents, not incidents: ``pair_f1_interval`` gives its interval.
    """
    scored = figures.get("gold_incidents") or 0
    return {
        key: wilson_interval(round(value * scored), scored)
        for key, value in figures.items()
        if key.endswith("_accuracy") and scored
    }


def pair_f1_interval(gold_path: Path, pred_path: Path, seed: int = 0) -> tuple[float, float]:
    """The 95% interval of the scorer's pairwise F1, by resampling gold incidents (a percentile
    bootstrap; the same seed gives the same interval).

    Each gold incident carries its own share of the pairs: its gold pairs, the pairs of its
    documents that one predicted incident joins (right links), and half of every link from one of
    its documents to another incident's (wrong links). Summed over all incidents, these are the
    scorer's counts, so a resample is scored the way the scorer scores the whole set.
    """
    shares = _pair_shares(_load(gold_path), _load(pred_path))
    if not shares:
        return 0.0, 0.0
    rng = random.Random(seed)
    scores = sorted(_pair_f1(rng.choices(shares, k=len(shares))) for _ in range(RESAMPLES))
    return scores[int(0.025 * RESAMPLES)], scores[int(0.975 * RESAMPLES) - 1]


def _pair_shares(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """(gold pairs, right links, wrong links / 2) of each gold incident, documents assigned as the
    scorer assigns them: to their first gold incident and to the first incident primary for them."""
    gold_of: dict[str, str] = {}
    for g in gold:
        for doc in g["doc_ids"]:
            gold_of.setdefault(doc, g["incident_id"])
    cluster_of = _primary_of(pred)
    members = collections.defaultdict(collections.Counter)  # gold incident -> predicted cluster -> documents
    for doc, incident in gold_of.items():
        members[incident][cluster_of.get(doc, "singleton:" + doc)] += 1
    cluster_size = collections.Counter()
    for clusters in members.values():
        cluster_size.update(clusters)
    shares = []
    for clusters in members.values():
        size = sum(clusters.values())
        right = sum(k * (k - 1) // 2 for k in clusters.values())
        wrong = sum(k * (cluster_size[c] - k) for c, k in clusters.items()) / 2
        shares.append((size * (size - 1) // 2, right, wrong))
    return shares


def _pair_f1(shares: list[tuple[int, int, float]]) -> float:
    gold_pairs = sum(s[0] for s in shares)
    right = sum(s[1] for s in shares)
    linked = right + sum(s[2] for s in shares)
    precision = right / linked if linked else 1.0
    recall = right / gold_pairs if gold_pairs else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def wilson_interval(hits: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson's score interval for a share of hits out of n. Unlike the textbook p ± z·se, it
    stays inside [0, 1] and keeps its width when nearly every incident is right."""
    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    share = hits / n
    spread = z * z / n
    centre = (share + spread / 2) / (1 + spread)
    half = z * math.sqrt(share * (1 - share) / n + spread / (4 * n)) / (1 + spread)
    return max(0.0, centre - half), min(1.0, centre + half)


def _categories(g: dict[str, Any], p: dict[str, Any] | None, published: list[str]) -> dict[str, str]:
    if p is None:
        return dict.fromkeys(FIELDS, "no incident extracted")
    location = p.get("location") or {}
    return {
        "date": _date_category(g["date"], p, published),
        "place": _place_category(g, location),
        "admin1": _admin1_category(g, location),
        "killed": _count_category(g["killed"], p, "killed"),
        "injured": _count_category(g["injured"], p, "injured"),
    }


def _date_category(gold: str, p: dict[str, Any], published: list[str]) -> str:
    date = p.get("date")
    if date == gold:
        return "right"
    if date is None:
        claims = ((p.get("fields") or {}).get("date") or {}).get("claims") or []
        return "no date: unresolved expression" if claims else "no date expression found"
    if published and date == published[0]:
        return "took the article date"
    gap = (dt.date.fromisoformat(date) - dt.date.fromisoformat(gold)).days
    if abs(gap) == 1:
        return "one day off (night / time zone / 'last night')"
    if p.get("date_precision") not in (None, "day"):
        return f"coarse precision ({p.get('date_precision')})"
    return "later than gold (follow-up event)" if gap > 0 else "earlier than gold (other event)"


def _place_category(g: dict[str, Any], loc: dict[str, Any]) -> str:
    if not loc:
        return "no place"
    right_state = _right_state(g, loc)
    if _same_place(g, loc):
        return "right" if right_state else "right place, wrong state"
    if loc.get("precision") in ("admin1", "country"):
        return f"only {loc['precision']}"
    if g.get("lat") is None:
        # the scorer can only compare names then: "Elm County (Pine Hollow)" is no town's name
        return "other name; gold gives no point"
    if loc.get("lat") is None:
        return "unresolved name"
    return "other place, same state" if right_state else "other place, wrong state"


def _right_state(g: dict[str, Any], loc: dict[str, Any]) -> bool:
    """As the scorer decides: the state's name, normalised."""
    return _norm_place(loc.get("admin1")) == _norm_place(g["admin1"])


def _admin1_category(g: dict[str, Any], loc: dict[str, Any]) -> str:
    """As the scorer decides (the state's name), and why not: no state at all, the state of the
    outlet's site for a story that names no place, a namesake town's, or another the text gave."""
    if _right_state(g, loc):
        return "right"
    if not loc:
        return "no place"
    if not loc.get("admin1"):
        return f"no state ({loc.get('precision') or 'unresolved'} without one)"
    if loc.get("state_guessed"):
        guess = "the site's state" if loc.get("precision") == "admin1" else "the biggest namesake's state"
        return f"guessed wrong: {guess}"
    if _norm_place(g.get("place")) in {_norm_place(loc.get("name")), _norm_place(loc.get("admin2"))}:
        return "a namesake in another state"
    return "another state"


def _same_place(g: dict[str, Any], loc: dict[str, Any]) -> bool:
    """As the scorer decides: the gold name is the place's (or its county's) name, or the points
    lie within ``NEAR_KM``."""
    names = {_norm_place(loc.get(k)) for k in ("name", "admin2", "place")} - {""}
    if _norm_place(g.get("place")) in names:
        return True
    if None in (loc.get("lat"), loc.get("lon"), g.get("lat"), g.get("lon")):
        return False
    return haversine_km((loc["lat"], loc["lon"]), (g["lat"], g["lon"])) <= NEAR_KM


def _norm_place(name: str | None) -> str:
    words = re.sub(r"\b(city|county|township|town|village|of)\b", " ", (name or "").lower())
    return re.sub(r"[^a-z]+", "", words)


def _count_category(gold: int, p: dict[str, Any], field: str) -> str:
    result = (p.get("fields") or {}).get(field) or {}
    value = result.get("value")
    if value == gold:
        return "right"
    if value is None:
        return "gold 0, no claim" if gold == 0 else "no figure found"
    status = result.get("status")
    direction = "too high" if value > gold else "too low"
    return f"{direction} ({status})"
