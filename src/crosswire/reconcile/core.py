"""reconcile: one cluster of mentions -> one Incident with a FieldResult per field."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from crosswire.model import (
    COUNT_FIELDS,
    SUPERSEDED,
    Claim,
    Cluster,
    CountValue,
    FieldResult,
    Incident,
    Location,
    Mention,
    ShotLessDead,
    interval_text,
)
from crosswire.reconcile.counts import CASUALTY_FIELDS, reconcile_count
from crosswire.reconcile.fields import reconcile_actors, reconcile_date, reconcile_place

__all__ = ["Overrides", "reconcile"]

LOGGER = logging.getLogger(__name__)

# Reports of one night disagree by a day ("late Friday", "early Saturday"); a sentence dated
# further from the incident's day tells of something else.
ONE_DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class Overrides:
    """Reviewers' decisions for reconcile.

    values: incident_id -> field -> {"value": v, "note": str} (a bare v is accepted too), where v
    is an int for a count, a "YYYY-MM-DD" string for "date", a Location dict for "place".
    """

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    confirmed: set[str] = field(default_factory=set)


def _claims(mentions: list[Mention]) -> list[Claim]:
    """All claims of the cluster, each once (a claim id is doc + offset + field); a count keeps its
    value in the key, as a sentence may give two ("first reported four injured, later five")."""
    seen: dict[tuple[str, str], Claim] = {}
    for m in mentions:
        for c in m.claims:
            seen.setdefault((c.claim_id, repr(c.value) if isinstance(c.value, CountValue) else ""), c)
    return list(seen.values())


def _count_fields(claims: list[Claim]) -> list[str]:
    present = {c.field for c in claims if isinstance(c.value, CountValue)}
    return [f for f in COUNT_FIELDS if f in present] + sorted(present - set(COUNT_FIELDS))


def _event_type(mentions: list[Mention]) -> tuple[str, str]:
    """Majority (event_type, sub_event_type) over the main mentions; ties go to the earliest."""
    pool = [m for m in mentions if m.role == "main"] or mentions
    pool = sorted(pool, key=lambda m: (m.published or dt.date.max, m.mention_id))
    votes = Counter((m.event_type, m.sub_event_type) for m in pool)
    top = max(votes.values())
    return next((m.event_type, m.sub_event_type) for m in pool if votes[(m.event_type, m.sub_event_type)] == top)


# Events whose reports give their casualties: a report of only wounded means none dead, and back.
CASUALTY_EVENTS = {"Violence against civilians", "Battles", "Explosions/Remote violence"}


def _wounded_from_shot(claims: list[Claim]) -> list[Claim]:
    """A report that tells how many were shot: its wounded are the shot less its dead.

    "Three people were shot; one man died" reports 2 wounded, and so does "...; one man died and
    one is in critical condition" (a figure for part of the wounded). The derived claim quotes the
    "shot" sentence and says how it was derived in its qualifier; it is added only where it says
    more than the report's own wounded figures.
    """
    derived = []
    by_doc: dict[str, dict[str, list[Claim]]] = {}
    for c in claims:
        if isinstance(c.value, CountValue):
            by_doc.setdefault(c.doc_id, {}).setdefault(c.field, []).append(c)
    # A report silent on deaths ("a man was shot") is read with the dead other reports give.
    # A report that counts its dead outranks one that tells of a victim it names ("Jon Reyes was killed").
    tolls = [f.get("killed", []) for f in by_doc.values()]
    counted = [max(lows) for toll in tolls if (lows := [c.value.low for c in toll if c.value.counted])]
    told = [max(c.value.low for c in toll) for toll in tolls if toll]
    others_dead = min(counted or told, default=0)
    for fields in by_doc.values():
        if "shot" not in fields:
            continue
        # "originally said seven were shot, amended to four": the figure the report stands by
        shot = max(fields["shot"], key=lambda c: (not c.value.is_superseded, c.value.low, -c.start))
        own_dead = [c.value.low for c in fields.get("killed", [])]
        dead = max(own_dead, default=others_dead)
        if dead > shot.value.low:
            continue  # the dead were counted apart from the shot: nothing to subtract from
        n = shot.value.low - dead
        if n <= max((c.value.low for c in fields.get("injured", [])), default=-1):
            continue  # the report's own wounded say as much: "five shot, one in serious condition" says more
        high = None if shot.value.high is None else max(n, shot.value.high - dead)
        told = "killed" if own_dead else "killed in other reports"
        derivation = f"{shot.value.stated} shot less {dead} {told}"
        if shot.value.is_superseded:
            derivation += f", {SUPERSEDED}"
        derived_from = ShotLessDead(shot.value.stated, dead, dead_told_elsewhere=not own_dead)
        value = CountValue(n, n, high, derivation, survives=shot.value.survives, derived_from=derived_from)
        derived.append(Claim("injured", value, shot.quote, shot.start, shot.end, shot.doc_id, shot.speaker))
    return derived


def _infer_zero_casualties(fields: dict[str, FieldResult]) -> None:
    """An attack reported with its dead but no wounded (or the reverse), or with none hurt, is coded 0
    for the silent field.

    This is how event datasets code casualties (a fatality count of 0 when none is reported); the
    status "inferred" and the reason make plain that no report states the zero.
    """
    present = [f for f in CASUALTY_FIELDS if f in fields and fields[f].value]
    injured = fields.get("injured")
    if "killed" not in fields and injured is not None and injured.value == 0:
        # "no one was hurt" leaves no one dead either; "no one was killed" says nothing of the wounded
        reason = "no report gives a figure; they report none injured, read as none killed"
        fields["killed"] = FieldResult("killed", 0, "inferred", reason, [], bounds=(0, 0))
    for name in CASUALTY_FIELDS:
        retracted = fields[name].claims if name in fields and fields[name].status == "retracted" else None
        if (name not in fields or retracted is not None) and present:
            other = present[0]
            bounds = fields[other].bounds
            told = f"{other} ({interval_text(*bounds) if bounds else fields[other].value})"
            reason = (
                f"the one figure given was called wrong; they report {told}, read as none {name}"
                if retracted
                else f"no report gives a figure; they report {told} only, read as none {name}"
            )
            fields[name] = FieldResult(name, 0, "inferred", reason, retracted or [], bounds=(0, 0))


def _override(result: FieldResult | None, name: str, setting: Any) -> FieldResult:
    """The reviewer's value replaces the chosen one; status still tells what the claims say."""
    value, note = (
        (setting.get("value"), setting.get("note"))
        if isinstance(setting, dict) and "value" in setting
        else (setting, None)
    )
    if name == "date" and isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    elif name == "place" and isinstance(value, dict):
        value = Location.from_dict(value)
    reason = f"set by reviewer: {note}" if note else "set by reviewer"
    bounds = (value, value) if isinstance(value, int) and not isinstance(value, bool) else None
    if result is None:
        return FieldResult(name, value, "single", reason, [], reviewed=True, bounds=bounds)
    return FieldResult(name, value, result.status, reason, result.claims, reviewed=True, bounds=bounds)


def _told_with_another_day(dates: list[Claim], day: dt.date | None) -> set[tuple[str, int]]:
    """The sentences (document, offset) that date something days away from the incident's day: a
    page of teasers' assault "on March 3", a stale report's "Monday" counted from a later date."""
    if day is None:
        return set()
    return {
        (c.doc_id, c.start)
        for c in dates
        if c.value.is_resolved and (c.value.latest < day - ONE_DAY or c.value.earliest > day + ONE_DAY)
    }


def _on_the_day(claims: list[Claim], away: set[tuple[str, int]]) -> list[Claim]:
    """The claims not told with another day, when any is left."""
    kept = [c for c in claims if (c.doc_id, c.start) not in away]
    return kept or claims


def _listing_all(result: FieldResult, claims: list[Claim], kept: list[Claim]) -> FieldResult:
    """The field chosen from ``kept``, listing every claim and saying what was left out."""
    if len(kept) < len(claims):
        left_out = len(claims) - len(kept)
        result.reason += f"; left out {left_out} claim{'s' if left_out > 1 else ''} told with another day"
        result.claims = list(claims)
    return result


def reconcile(cluster: Cluster, *, policy: str = "latest", overrides: Overrides | None = None) -> Incident:
    """One incident record from a cluster of mentions.

    cluster (Cluster): mentions and sources from ``link``.
    policy (str): "latest" (a conflict takes the latest report), "conservative" (the lowest
        credible figure, as ACLED codes) or "majority" (the figure most reports give, else the latest).
    overrides (Overrides | None): reviewers' values, hidden and confirmed incidents.
    RETURNS (Incident): fields for every count with claims, plus "date" and "place" when claimed.
    """
    overrides = overrides or Overrides()
    mentions = cluster.mentions
    sources = {s.doc_id: s for s in cluster.sources}
    copies = {d for d, s in sources.items() if s.copy_of}
    published = {m.doc_id: m.published for m in mentions}
    claims = _claims(mentions)
    fields: dict[str, FieldResult] = {}
    claims += _wounded_from_shot(claims)
    date_claims = [c for c in claims if c.field == "date"]
    date_result, date, precision = None, None, None
    if date_claims:
        roles = {m.doc_id: "main" for m in mentions if m.role == "main"}
        date_result, date, precision = reconcile_date(date_claims, published, roles, copies)
    away = _told_with_another_day(date_claims, date)
    counts = [c for c in claims if isinstance(c.value, CountValue)]
    by_field = {name: [c for c in counts if c.field == name] for name in _count_fields(claims)}
    on_the_day = {name: _on_the_day(of_field, away) for name, of_field in by_field.items()}
    deaths = [c for c in on_the_day.get("killed", []) if not c.value.is_superseded]
    roundups = frozenset(m.doc_id for m in mentions if m.roundup)
    for name, of_field in by_field.items():
        result = reconcile_count(name, on_the_day[name], sources, published, policy, deaths, roundups)
        fields[name] = _listing_all(result, of_field, on_the_day[name])
    event_type, sub_event_type = _event_type(mentions)
    if event_type in CASUALTY_EVENTS:
        _infer_zero_casualties(fields)
    if date_result is not None:
        fields["date"] = date_result
    location = None
    place_claims = [c for c in claims if c.field == "place" and isinstance(c.value, Location)]
    if place_claims:
        kept = _on_the_day(place_claims, away)
        result, location = reconcile_place(kept, copies)
        fields["place"] = _listing_all(result, place_claims, kept)
    for name, setting in sorted(overrides.values.get(cluster.incident_id, {}).items()):
        fields[name] = _override(fields.get(name), name, setting)
        if name == "date":
            date, precision = fields[name].value, "day"
        elif name == "place":
            location = fields[name].value
    return Incident(
        incident_id=cluster.incident_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=date,
        date_precision=precision,
        location=location,
        fields=fields,
        actors=reconcile_actors(claims),
        sources=list(cluster.sources),
        mention_ids=[m.mention_id for m in mentions],
        hidden=cluster.incident_id in overrides.hidden,
        confirmed=cluster.incident_id in overrides.confirmed,
    )
