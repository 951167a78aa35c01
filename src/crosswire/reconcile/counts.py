"""Reconciling a count field (killed, injured, arrested, ...) across a cluster's documents.

Every claim is an interval of the true number. Per document, the largest figure it still stands
by (not one it says was "initially reported") stands for the document: a headline total outranks
the breakdown that follows it ("five dead, three of them children" must not conflict with itself).
Copies of a wire story stand in for their original only when the original gave no figure, so a
repeated claim never counts as confirmation.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass

from crosswire.model import Claim, CountValue, FieldResult, Source, interval_text

__all__ = ["DocFigure", "reconcile_count"]

LOGGER = logging.getLogger(__name__)

POLICIES = ("latest", "conservative", "majority")
# Fields whose true value only grows as reports come in: the dead stay dead.
TOLLS_THAT_GROW = {"killed"}
# The casualties: a later story of one victim ("Jon Reyes was wounded") does not lower a count another
# report gave of them, and reconcile.core reads a report of one as none of the other.
CASUALTY_FIELDS = ("killed", "injured")


@dataclass(slots=True)
class DocFigure:
    """One independent document's figure for a field: its claim and the document's date."""

    claim: Claim
    published: dt.date | None

    @property
    def value(self) -> CountValue:
        return self.claim.value  # type: ignore[return-value]

    @property
    def derived(self) -> bool:
        """Whether the figure is the shot less the dead, not a count the report states."""
        return self.value.derived_from is not None

    @property
    def shot(self) -> int | None:
        """How many were shot, for a figure derived from the shot ("3 shot less 1 killed")."""
        return self.value.derived_from.shot if self.value.derived_from else None

    @property
    def leans_on_others(self) -> bool:
        """Whether the figure is the shot less dead that only other reports tell of: the report's
        one shot may be the one who died, or one who lived."""
        how = self.value.derived_from
        return how is not None and how.dead_told_elsewhere and how.dead > 0

    def label(self) -> str:
        """How the reason line names the report: its date, else a short doc id."""
        return f"{self.published.isoformat()} report" if self.published else f"report {self.claim.doc_id[:8]}"


def _doc_figures(
    claims: list[Claim], sources: dict[str, Source], published: dict[str, dt.date | None]
) -> tuple[list[DocFigure], int]:
    """One figure per independent story (original or, failing that, its earliest copy)."""
    by_doc: dict[str, Claim] = {}
    for c in claims:
        best = by_doc.get(c.doc_id)
        if best is None or _standing(c) > _standing(best):
            by_doc[c.doc_id] = c
    by_story: dict[str, str] = {}
    order = sorted(by_doc, key=lambda d: (_is_copy(sources, d), published.get(d) or dt.date.max, d))
    for doc in order:
        root = sources[doc].copy_of if doc in sources and sources[doc].copy_of else doc
        by_story.setdefault(root, doc)
    figures = [DocFigure(by_doc[d], published.get(d)) for d in sorted(by_story.values())]
    return figures, len(by_doc) - len(figures)


def _standing(claim: Claim) -> tuple:
    """How a claim ranks for its document: what it still stands by, then the largest figure."""
    return (not claim.value.is_superseded, claim.value.low, claim.value.counted, claim.value.stated, -claim.start)


def _is_copy(sources: dict[str, Source], doc: str) -> bool:
    return doc in sources and sources[doc].copy_of is not None


def _intersection(values: list[CountValue]) -> tuple[int, int | None] | None:
    low = max(v.low for v in values)
    highs = [v.high for v in values if v.high is not None]
    high = min(highs) if highs else None
    return None if high is not None and low > high else (low, high)


def _conflict_choice(
    figures: list[DocFigure], policy: str, name: str = "", deaths: list[DocFigure] | None = None
) -> tuple[DocFigure, str]:
    died = _all_shot_died(figures)
    if died is not None:
        return died
    stated = [f for f in figures if not f.derived]
    if stated and len(stated) < len(figures):
        return _stated_over_derived(stated, figures, policy, name, deaths or [])
    own = [f for f in figures if not f.leans_on_others]
    if own and len(own) < len(figures):
        fig, how = _conflict_choice(own, policy, name, deaths)
        return fig, f"{how}, read with the report's own dead, not those of other reports"
    if policy == "conservative":
        fig = min(figures, key=lambda f: (f.value.low, f.published or dt.date.max, f.claim.doc_id))
        return fig, f"took the lowest credible figure, {fig.label()}'s {interval_text(fig.value.low, fig.value.high)}"
    fig = _latest(figures, name)
    bounded = _count_within(figures, fig, name)
    if bounded is not None:
        said = interval_text(bounded.value.low, bounded.value.high)
        return bounded, f"took {bounded.label()}'s {said}: the latest report only says at least {fig.value.low}"
    counted = _counted_toll(figures, fig, name) if name in CASUALTY_FIELDS and policy == "latest" else None
    if counted is not None:
        said = interval_text(counted.value.low, counted.value.high)
        return counted, f"took {counted.label()}'s {said}: later reports tell of victims they name, not how many"
    if policy == "majority":
        chosen = _majority_choice(figures, fig, name)
        if chosen is not None:
            return chosen
    same_day = sum(f.published == fig.published for f in figures)
    of_day = (
        f" (the most of {same_day} reports of that day: the dead stay dead)"
        if same_day > 1 and name in TOLLS_THAT_GROW
        else ""
    )
    return fig, f"took the latest report's {interval_text(fig.value.low, fig.value.high)}{of_day}"


def _all_shot_died(figures: list[DocFigure]) -> tuple[DocFigure, str] | None:
    """ "critically wounded" in one report, dead in a later one: the same victims, before they
    died. A report of the same day or earlier that has all its shot dead told of other victims,
    and so did a report of more shot than this one."""
    # "listed in stable condition": those wounded lived, so no later report's dead are they
    if _told_to_live(figures):
        return None
    for fig in figures:
        others = [f for f in figures if f is not fig]
        died_since = all(_later(fig, f) and _people(f) <= fig.shot for f in others) if fig.shot else False
        if died_since and fig.value.high == 0:
            return fig, f"{fig.label()} says all {fig.shot} shot died, so the wounded of other reports died since"
    return None


def _stated_over_derived(
    stated: list[DocFigure], figures: list[DocFigure], policy: str, name: str, deaths: list[DocFigure]
) -> tuple[DocFigure, str]:
    """ "Three were shot" less the dead is our arithmetic; a report's own count outranks it."""
    before = _counted_before_deaths(stated, [f for f in figures if f.derived], deaths)
    if before is not None:
        return before, "the reports that state the wounded tell fewer dead: their wounded died since"
    meet = _intersection([f.value for f in stated])
    if meet is not None:
        # the reports' own counts fit together ("13 injured", "the most seriously injured, a woman")
        fig = max((f for f in stated if f.value.low == meet[0]), key=lambda f: (f.value.is_exact, _recency(f)))
        said = interval_text(fig.value.low, fig.value.high)
        return fig, f"the reports' own counts meet at {said}, a stated figure over one derived from the shot"
    fig, how = _conflict_choice(stated, policy, name)
    return fig, f"{how}, a stated figure over one derived from the shot"


def _majority_choice(figures: list[DocFigure], latest: DocFigure, name: str) -> tuple[DocFigure, str] | None:
    """The figure most independent reports give (among those, the latest report's); else, for the
    dead, the largest toll when the latest report gives fewer."""
    votes = Counter(f.value.low for f in figures)
    top = max(votes.values())
    if top > 1:
        fig = max((f for f in figures if votes[f.value.low] == top), key=_recency)
        return fig, f"took the {interval_text(fig.value.low, fig.value.high)} that {top} reports give"
    most = _most_dead(figures) if name in TOLLS_THAT_GROW else None
    if most is not None and most.value.low > latest.value.low:
        said = interval_text(most.value.low, most.value.high)
        return most, f"took {most.label()}'s {said}: the dead stay dead, so a later report of fewer tells of some"
    return None


def _counted_before_deaths(
    stated: list[DocFigure], derived: list[DocFigure], deaths: list[DocFigure]
) -> DocFigure | None:
    """The latest figure derived from the shot, when every report stating the wounded came out
    before a report of more dead than it tells, and its wounded, less the dead it missed, fit: "a
    child was critically injured" one day, "the child has died" the next, is one victim, not two.

    deaths (list[DocFigure]): each report's count of the dead.
    """
    if _told_to_live(stated):
        return None
    dead = max((f.value.low for f in deaths), default=0)
    latest = max(derived, key=_recency)
    for fig in stated:
        told = max((f.value.low for f in deaths if f.claim.doc_id == fig.claim.doc_id), default=0)
        news = any(f.value.low == dead and _later(f, fig) for f in deaths)
        if told >= dead or fig.value.low - (dead - told) > latest.value.low or not news:
            return None
    return latest


def _told_to_live(figures: list[DocFigure]) -> bool:
    """Whether a report says its wounded will live ("listed in stable condition"): a later report's
    dead are then someone else, not those wounded dying since."""
    return any(f.claim.value.survives for f in figures)


def _latest(figures: list[DocFigure], name: str) -> DocFigure:
    """The latest report's figure; among reports of that same day, for a toll that only grows,
    the largest credible one (a same-day story of one victim tells no fewer dead)."""
    last = max(figures, key=_recency)
    if name not in TOLLS_THAT_GROW or last.published is None:
        return last
    return _most_dead([f for f in figures if f.published == last.published])


def _count_within(figures: list[DocFigure], latest: DocFigure, name: str) -> DocFigure | None:
    """The latest exact count that the latest report's floor takes in ("three others critically
    injured" after "four others injured"): a floor does not lower a count."""
    if latest.value.high is not None:
        return None
    within = [f for f in figures if f.value.high is not None and f.value.low >= latest.value.low]
    return _latest(within, name) if within else None


def _counted_toll(figures: list[DocFigure], latest: DocFigure, name: str) -> DocFigure | None:
    """The latest credible toll a report gives as a number, when it is higher than that of the
    latest report, which only tells of the victims it names ("Smith was killed" after "three were
    killed"): a story of one victim does not lower the toll; a later count does."""
    counted = [f for f in _credible(figures) if f.value.counted]
    if latest.value.counted or not counted:
        return None
    toll = _latest(counted, name)
    return toll if toll.value.low > latest.value.low else None


def _people(fig: DocFigure) -> int:
    """How many people a wounded figure accounts for at least: the shot it was derived from."""
    return fig.shot if fig.shot is not None else fig.value.low


def _most_dead(figures: list[DocFigure]) -> DocFigure:
    """The largest credible toll a report still stands by: a report's tally of a city's weekend
    or a misread number, far above the others', is no count of this incident's dead."""
    return max(_credible(figures), key=lambda f: (f.value.low, _recency(f)))


def _credible(figures: list[DocFigure]) -> list[DocFigure]:
    """The figures not far above the others' (see ``_most_dead``) that their reports stand by."""
    lows = sorted(f.value.low for f in figures)
    ceiling = 2 * lows[(len(lows) - 1) // 2] + 2
    return [f for f in figures if f.value.low <= ceiling and not f.value.is_superseded] or figures


def _later(fig: DocFigure, other: DocFigure) -> bool:
    return fig.published is not None and other.published is not None and fig.published > other.published


def _recency(fig: DocFigure) -> tuple[dt.date, str]:
    # Undated reports count as earliest: a dated report is the one we know came last.
    return (fig.published or dt.date.min, fig.claim.doc_id)


def reconcile_count(
    name: str,
    claims: list[Claim],
    sources: dict[str, Source],
    published: dict[str, dt.date | None],
    policy: str = "latest",
    deaths: list[Claim] | None = None,
    roundups: frozenset[str] = frozenset(),
) -> FieldResult:
    """The chosen value, status and reason for one count field.

    name (str): the field ("killed").
    claims (list[Claim]): every claim of the field in the cluster (all are kept in the result).
    sources (dict[str, Source]): the cluster's sources by doc_id (copy_of marks copies).
    published (dict[str, date | None]): each document's publication date.
    policy (str): for conflicts, "latest" (the latest report; for the dead and the wounded, the
        latest that counts them, where a later one only tells of a victim), "conservative" (the lowest credible
        figure) or "majority" (the figure most independent reports give; else, for the dead, the
        largest credible toll when a later report gives fewer; else the latest).
    deaths (list[Claim] | None): the cluster's counts of the dead, which tell whether a report's
        wounded may since have died.
    roundups (frozenset[str]): documents that total several incidents; their figures (most often
        another incident's toll) are kept in the result but decide only where no other report counts.
    RETURNS (FieldResult): value an int (or None), status single/agreed/compatible/conflict.
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}: use one of {', '.join(POLICIES)}")
    if claims and all(c.value.is_retracted for c in claims):
        # "Early reports said one person had died, but that proved to be incorrect"
        reason = "every report that gives a figure says it was wrong"
        return FieldResult(field=name, value=None, status="retracted", reason=reason, claims=list(claims))
    # "Despite earlier reports that the boy had died, he is still fighting for his life": a report
    # that calls its own figure wrong gives none
    standing = [c for c in claims if not c.value.is_retracted]
    own = [c for c in standing if c.doc_id not in roundups]
    figures, n_copies = _doc_figures(own or standing, sources, published)
    notes = _left_out(claims, standing, own, n_copies)
    if len(figures) == 1:
        fig = figures[0]
        value, bounds, status = fig.value.low, (fig.value.low, fig.value.high), "single"
        return FieldResult(name, value, status, f"single report: {_said(fig)}" + notes, list(claims), bounds=bounds)
    meet = _intersection([f.value for f in figures])
    if meet is not None:
        status, reason = _agreement(figures, meet)
        return FieldResult(name, meet[0], status, reason + notes, list(claims), bounds=meet)
    dead = [DocFigure(c, published.get(c.doc_id)) for c in deaths or []]
    fig, how = _conflict_choice(figures, policy, name, dead)
    value, bounds = fig.value.low, (fig.value.low, fig.value.high)
    said = " vs ".join(_said(f) for f in sorted(figures, key=lambda f: (f.published or dt.date.min, f.claim.doc_id)))
    reason = f"conflict: {said}; {how} → {value}"
    return FieldResult(name, value, "conflict", reason + notes, list(claims), bounds=bounds)


def _left_out(claims: list[Claim], standing: list[Claim], own: list[Claim], n_copies: int) -> str:
    """What the choice did not count: copies, reports calling their own figure wrong, roundups."""
    notes = f" (+{n_copies} {'copy' if n_copies == 1 else 'copies'} not counted)" if n_copies else ""
    called_wrong = len({c.doc_id for c in claims} - {c.doc_id for c in standing})
    if called_wrong:
        notes += f" (+{called_wrong} {'report' if called_wrong == 1 else 'reports'} calling its figure wrong)"
    set_aside = len({c.doc_id for c in standing} - {c.doc_id for c in own}) if own else 0
    if set_aside:
        notes += f" (+{set_aside} {'roundup' if set_aside == 1 else 'roundups'} of several incidents not counted)"
    return notes


def _agreement(figures: list[DocFigure], meet: tuple[int, int | None]) -> tuple[str, str]:
    """Status and reason of independent figures whose intervals meet."""
    n, value = len(figures), meet[0]
    if all(f.value.is_exact for f in figures):
        return "agreed", f"{n} independent reports agree on {value}"
    exact = next((f for f in figures if f.value.is_exact), None)
    if exact is not None:
        return "compatible", f"{n} independent reports; intervals meet at {value} (exact figure from {exact.label()})"
    meets = interval_text(*meet)
    return "compatible", f"{n} independent reports; intervals meet at {meets}; took its lower bound {value}"


def _said(fig: DocFigure) -> str:
    v = fig.value
    return f"{interval_text(v.low, v.high)} ({fig.label()})"
