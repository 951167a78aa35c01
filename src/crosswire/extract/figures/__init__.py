"""Reading casualty and arrest figures out of one sentence.

A figure is a quantity ("at least 143", "nearly 200", "dozens", "a man") that counts people, tied
through the dependency parse to a word that says what happened to them ("killed", "wounded",
"arrested", "the death toll"). Quantities read as intervals (DESIGN.md "Figures are intervals").
Precision beats recall here: a wrong number in a ledger is worse than a missing one, so a quantity
is kept only when both the counted noun and the casualty word are clear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from crosswire.extract.figures.bodies import found_body_hits
from crosswire.extract.figures.headlines import (
    headline_act_lists,
    headline_subject_fate,
    with_headline_hits,
    with_listed_subjects,
)
from crosswire.extract.figures.hit import Figure, Hit
from crosswire.extract.figures.hits import (
    age_list_hits,
    article_hits,
    both_hits,
    condition_subset,
    death_of_hits,
    fatal_hits,
    gapped_hits,
    hits_for_match,
    killing_hits,
    multiple_hits,
    murder_suicide_hits,
    one_more_hits,
    ordinal_hits,
    ranks_the_hurt,
    single_hits,
    some_of_a_group,
    twin_hits,
    without_listed_twice,
    without_self_told_twice,
    zero_hits,
)
from crosswire.extract.figures.scope import (
    avenges_another,
    is_roundup,
    mourned_at_the_scene,
    told_before_another,
    told_of_another_time,
    told_of_that_place_before,
)
from crosswire.extract.figures.tally import (
    combine_hits,
    drop_wounds_of_the_dead,
    one_of_them_fatally,
    others_after_comma,
    others_shot_beside_the_dead,
    self_killer_among_the_shot,
    shot_beside_another_dead,
    shot_less_dead,
    split_fatally,
    split_partitive_fatally,
    without_breakdowns,
    wounded_less_included_dead,
    wounded_less_one_of_them,
)
from crosswire.extract.figures.words import (
    CONTRARY_REPORT_RE,
    FIELD_CUES,
    INITIAL_REPORT_RE,
    RETRACTION_RE,
    REVISED_RE,
    SEVERAL_INCIDENTS_RE,
    SHORT_LINE,
    SURVIVING_RE,
    TOLL_FIELDS,
)
from crosswire.extract.numbers import QUANTITY_RE, parse_quantity
from crosswire.extract.spans import doc_text, is_headline, sentence_text
from crosswire.model import RETRACTED, SUPERSEDED

__all__ = ["Figure", "find_figures", "parse_quantity", "read_figures"]


def find_figures(sent: Span) -> list[Figure]:
    """All count figures of victims and suspects in one sentence.

    sent (Span): a parsed sentence.
    RETURNS (list[Figure]): one figure per field and group; coordinated counts of the same field
        ("seven ... and one ...", "four ... and two more ...") are added up into one figure.
    """
    return read_figures(sent)[0]


def read_figures(sent: Span) -> tuple[list[Figure], bool]:
    """``find_figures``, and whether the sentence counts the victims of several incidents together
    ("4 killed, 11 wounded in shootings across the city"): a roundup's total, left out of the figures."""
    if len(sent) > SHORT_LINE and not any(t.lower_ in FIELD_CUES or t.lemma_.lower() in FIELD_CUES for t in sent):
        return [], False
    text = sentence_text(sent)
    hits = _hits_of(sent, text)
    totals = [h for h in hits if is_roundup(sent, h)]
    hits = [h for h in hits if h not in totals]
    several = bool(totals) and bool(SEVERAL_INCIDENTS_RE.search(text))
    if several and is_headline(sent):
        # "4 killed, 11 wounded in city shootings": a headline's tolls are listed together, and the
        # roundup word of the last counts the first too
        hits = [h for h in hits if h.field not in TOLL_FIELDS]
    figures = combine_hits(_tallied(sent, hits))
    _mark_revised(sent, text, figures)
    if SURVIVING_RE.search(text):
        for fig in figures:
            fig.value = replace(fig.value, survives=True)
    return figures, several and any(h.value.low > 1 for h in totals)


def _hits_of(sent: Span, text: str) -> list[Hit]:
    """Every hit of the sentence, each word counted once: written quantities first, then the
    counts told by ordinals, ages, articles, lone persons, denials and the like."""
    hits: list[Hit] = []
    for match in QUANTITY_RE.finditer(text):
        hits += hits_for_match(sent, match)
    hits += ordinal_hits(sent, {h.arg.i for h in hits})
    hits += one_more_hits(sent, hits)
    hits += age_list_hits(sent, {h.arg.i for h in hits})
    hits += article_hits(sent, {h.arg.i for h in hits})
    hits += single_hits(sent, {h.arg.i for h in hits})
    hits += zero_hits(sent)
    hits += death_of_hits(sent, {h.arg.i for h in hits})
    hits += found_body_hits(sent, {h.arg.i for h in hits})
    hits += gapped_hits(sent, hits)
    hits = without_self_told_twice(without_listed_twice(hits))
    hits += multiple_hits(sent)
    hits += twin_hits(sent, {h.arg.i for h in hits})
    hits += both_hits(sent, {h.arg.i for h in hits})
    hits += fatal_hits(sent, {h.arg.i for h in hits})
    hits += killing_hits(sent, {h.arg.i for h in hits})
    some_of_a_group(hits)
    return headline_subject_fate(sent, with_listed_subjects(sent, with_headline_hits(sent, hits)))


def _tallied(sent: Span, hits: list[Hit]) -> list[Hit]:
    """The hits with the dead and the wounded told apart, and the counts told twice dropped."""
    hits = [
        h
        for h in hits
        if not told_of_that_place_before(h, hits)
        and not told_before_another(h, hits)
        and not told_of_another_time(h, hits)
        and not avenges_another(h)
        and not mourned_at_the_scene(h, hits)
    ]
    hits = split_partitive_fatally(drop_wounds_of_the_dead(without_breakdowns(hits)))
    hits = one_of_them_fatally(sent, hits)
    self_killer_among_the_shot(hits)
    split_fatally(hits)
    shot_less_dead(hits)
    shot_beside_another_dead(hits)
    others_shot_beside_the_dead(hits)
    wounded_less_one_of_them(hits)
    wounded_less_included_dead(hits)
    if ranks_the_hurt(sent):
        # "The most badly hurt, a man struck in the neck, ...": one of the wounded, not all
        for hit in hits:
            if hit.field == "injured":
                hit.value = condition_subset(hit.value)
    # after the shot are split into dead and wounded: "shoots 4, killing 2, then himself" has 2 wounded
    hits = headline_act_lists(sent, hits)
    hits += others_after_comma(sent, hits)
    if not any(h.field == "killed" for h in hits):
        hits += murder_suicide_hits(sent)  # a floor under the dead the sentence counts, if it counts none
    return hits


def _mark_revised(sent: Span, text: str, figures: list[Figure]) -> None:
    """ "Police had initially reported four dead": a toll the report itself has moved on from is
    marked superseded (retracted where it says the toll was wrong), and the figure it moved on to
    added."""
    contrary = CONTRARY_REPORT_RE.search(text) and RETRACTION_RE.search(text)
    if not (INITIAL_REPORT_RE.search(text) or contrary):
        return
    revisions = list(REVISED_RE.finditer(doc_text(sent.doc), sent.start_char, sent.end_char))
    superseded = [f for f in figures if not any(f.start <= r.start() < f.end for r in revisions)]
    mark = f"{SUPERSEDED}, {RETRACTED}" if RETRACTION_RE.search(text) and not revisions else SUPERSEDED
    for fig in superseded:
        q = fig.value.qualifier
        fig.value = replace(fig.value, qualifier=f"{q}, {mark}" if q else mark)
    if len(superseded) == len(figures):
        figures += _revised(superseded, revisions)


def _revised(superseded: list[Figure], revisions: list[re.Match]) -> list[Figure]:
    """ "originally reported that four were injured; that number was later raised to five": the
    figure the report moved on to, when the sentence tells of one field only."""
    if len({f.field for f in superseded}) != 1:
        return []
    first = superseded[0]
    for match in revisions:
        value = parse_quantity(match.group("n")) if match.start() >= first.end else None
        if value is not None:
            return [Figure(first.field, value, match.start(), match.end())]
    return []
