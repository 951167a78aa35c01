"""The text-level cleaner: drops page furniture line by line and says why for each line.

Works on what a scraper keeps: one paragraph a line, blank lines between blocks (or not). Kept
lines are never rewritten beyond whitespace normalization, so quotes can point into the result.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from crosswire.clean import patterns as P
from crosswire.model import RemovedSegment

LOGGER = logging.getLogger(__name__)

# Unicode spaces a scrape leaves inside lines (NBSP, thin spaces, ...) become plain spaces.
INLINE_SPACE = re.compile(r"[^\S\n]+")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# A block (blank-line separated) this short or shorter can be dropped whole when most is furniture.
BLOCK_MAX_LINES = 12
# Prose lines: what counts as article text when deciding where the body ends.
PROSE_MIN_CHARS = 80
# Short lines after a sentence ending in a colon that make a list of the story's own.
MIN_LIST_ITEMS = 2
# Paragraphs of prose a doubled teaser rail must leave, else the text is all there is.
MIN_PROSE_LEFT = 2


@dataclass(slots=True)
class Line:
    """One non-empty line of the input, the block it sits in, and why it goes (None: kept)."""

    text: str
    block: int
    reason: str | None = None

    @property
    def words(self) -> int:
        return len(P.WORD.findall(self.text))

    @property
    def is_prose(self) -> bool:
        return len(self.text) >= PROSE_MIN_CHARS and bool(P.SENTENCE_END.search(self.text))


@dataclass(slots=True)
class TextResult:
    """What the text cleaner gives back: kept text, removed segments, and a headline if any."""

    text: str
    removed: list[RemovedSegment]
    title: str | None


def clean_text(raw: str, *, find_body: bool = True) -> TextResult:
    """Remove page furniture from plain text; every removed line is kept with its reason.

    ``find_body`` also drops menus and link lists around the densest run of prose; turn it off
    for text an extractor has already cut down to the article (trafilatura's output).
    """
    lines = split_lines(raw)
    mark_patterns(lines)
    mark_weak(lines)
    mark_blocks(lines)
    mark_tail(lines)
    mark_junk(lines)
    if find_body:
        mark_outside_body(lines)
    title = find_headline(lines)
    if title is not None:
        mark_caption_after(lines, title)
    mark_doubled_rail(lines)
    mark_duplicates(lines)
    kept = [ln.text for ln in lines if ln.reason is None]
    removed = [RemovedSegment(ln.text, ln.reason) for ln in lines if ln.reason is not None]
    return TextResult("\n\n".join(kept), removed, lines[title].text if title is not None else None)


def split_lines(raw: str) -> list[Line]:
    """Non-empty lines with normalized inner whitespace, numbered by blank-line block."""
    raw = ZERO_WIDTH.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[Line] = []
    block = 0
    for piece in raw.split("\n"):
        text = INLINE_SPACE.sub(" ", piece).strip()
        if not text:
            block += 1
            continue
        out.append(Line(text, block))
    return out


def line_reason(line: Line) -> str | None:
    """The furniture reason a line matches on its own, or None."""
    text = line.text
    for reason, pattern in P.STRONG_PATTERNS:
        if pattern.search(text):
            return reason
    if P.CAPTION_CREDIT.search(text) and line.words <= P.CAPTION_CREDIT_MAX_WORDS:
        return "caption"
    if P.VIDEO_TEASER.match(text) and line.words <= P.HEADLINE_MAX_WORDS and not P.SENTENCE_END.search(text):
        return "teaser"
    return None


def mark_patterns(lines: list[Line]) -> None:
    """Give each line that matches a strong furniture pattern its reason."""
    for line in lines:
        line.reason = line_reason(line)


def mark_weak(lines: list[Line]) -> None:
    """Drop weak matches ("your support") only beside other furniture; spread until stable."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if line.reason is not None:
                continue
            for reason, pattern in P.WEAK_PATTERNS:
                near = [lines[j].reason for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if pattern.search(line.text) and any(r is not None for r in near):
                    line.reason = reason
                    changed = True
                    break


def mark_blocks(lines: list[Line]) -> None:
    """A short block that is mostly furniture goes whole (the rest is the same widget)."""
    if len({ln.block for ln in lines}) < 2:
        return  # no blank lines: a block would be the whole article
    for block in {ln.block for ln in lines}:
        members = [ln for ln in lines if ln.block == block]
        bad = [ln.reason for ln in members if ln.reason is not None]
        if 1 < len(members) <= BLOCK_MAX_LINES and len(bad) * 2 >= len(members):
            for ln in members:
                ln.reason = ln.reason or max(set(bad), key=bad.count)


def tail_reason(heading: str) -> str:
    """The reason for what follows an end heading."""
    low = heading.lower()
    if low.startswith(("dear reader", "a message from")):
        return "donation appeal"
    if low.startswith(("comment", "leave a", "join the")) or "comment" in low:
        return "comments"
    return "teaser"


def prose_chars(lines: list[Line]) -> int:
    return sum(len(ln.text) for ln in lines if ln.reason is None and ln.is_prose)


def mark_tail(lines: list[Line]) -> None:
    """After an end heading ("Related", "Read more", "Dear readers,") the article is over.

    When more article-like prose comes before the heading than after, everything after goes;
    otherwise (a "Related" box near the top) only the teaser-like lines right after it go. A
    heading followed at once by a paragraph is a box the scrape emptied, and one whose teasers the
    story's sentences follow is a box set inside it: the story goes on.
    """
    for i, line in enumerate(lines):
        if not P.END_HEADING.match(line.text):
            continue
        reason = tail_reason(line.text)
        line.reason = line.reason or reason
        emptied = i + 1 < len(lines) and lines[i + 1].is_prose
        if not emptied and not _story_resumes(lines, i) and prose_chars(lines[:i]) >= prose_chars(lines[i + 1 :]):
            for rest in lines[i + 1 :]:
                rest.reason = rest.reason or reason
            return
        drop_teasers(lines, i + 1, reason)


def _story_resumes(lines: list[Line], heading: int) -> bool:
    """The story goes on after an end heading: at once, where the scrape emptied the box
    ("Trending stories:", then a sentence of the story), or after a box of teaser headlines set
    inside it ("MORE FROM WAVE3.COM", three headlines, or a teaser already marked furniture). It
    goes on with a sentence, and two paragraphs within three lines."""
    j = heading + 1
    while j < len(lines) and (lines[j].reason is not None or _teaser_like(lines[j])):
        j += 1
    if j >= len(lines):
        return False
    sentence = bool(P.SENTENCE_END.search(lines[j].text)) and lines[j].words >= P.SENTENCE_MIN_WORDS
    return sentence and sum(ln.is_prose for ln in lines[j : j + 3]) >= 2


def _teaser_like(line: Line) -> bool:
    """A short line with no sentence end: a teaser's headline."""
    return not P.SENTENCE_END.search(line.text) and line.words <= P.TEASER_MAX_WORDS


def drop_teasers(lines: list[Line], start: int, reason: str) -> None:
    """Drop the short headline-like lines that follow a teaser heading, up to the next sentence."""
    for line in lines[start:]:
        if not _teaser_like(line):
            return
        line.reason = line.reason or reason


def mark_junk(lines: list[Line]) -> None:
    """Lines with no letter or digit ("×", "…", "|") are debris."""
    for line in lines:
        if line.reason is None and not P.ALNUM.search(line.text):
            line.reason = "debris"


def body_score(line: Line) -> int:
    """A line's weight in the search for the body: prose counts its length, the rest costs."""
    if (P.SENTENCE_END.search(line.text) or P.DATELINE_OPENING.match(line.text)) and line.words >= P.SENTENCE_MIN_WORDS:
        return len(line.text)
    return -P.NON_PROSE_COST


def body_scores(lines: list[Line]) -> list[int]:
    """``body_score`` of each line, except in a list the story itself opens ("The victims were
    identified as:", then the names, then more prose): its opening sentence counts as prose, a
    heading ("What we know:") and the items cost nothing. A menu is not followed by the story."""
    scores = [body_score(line) for line in lines]
    for i, line in enumerate(lines):
        items = _list_after(lines, i)
        if items and scores[i] < 0:
            scores[i] = len(line.text) if line.words >= P.SENTENCE_MIN_WORDS else 0
            for j in range(i + 1, i + 1 + items):
                scores[j] = 0
    return scores


def _list_after(lines: list[Line], i: int) -> int:
    """How many short items follow a line that ends in its only colon, when the story's prose
    goes on after them for two paragraphs (0 otherwise: "I am looking for: in:" in a search box
    opens nothing, nor does "Other top stories:" at the end of a page)."""
    text = lines[i].text
    if not text.endswith(":") or text.count(":") > 1:
        return 0
    j = i + 1
    while j < len(lines) and body_score(lines[j]) < 0 and lines[j].words <= P.TEASER_MAX_WORDS:
        j += 1
    items = j - i - 1
    resumes = len(lines) >= j + 2 and all(body_score(line) > 0 for line in lines[j : j + 2])
    return items if items >= MIN_LIST_ITEMS and resumes else 0


def densest_run(scores: list[int]) -> tuple[int, int] | None:
    """[start, end) of the run with the largest sum (Kadane), None if no run is positive."""
    best, best_span = 0, None
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def mark_outside_body(lines: list[Line]) -> None:
    """Menus, link lists and teaser rails around the article: keep the densest run of prose.

    Body-text extraction as in Finn et al. (2001): the article is the stretch of lines where
    sentences far outweigh short link-like lines. The headline just above it stays.
    """
    kept = [i for i, ln in enumerate(lines) if ln.reason is None]
    span = densest_run(body_scores([lines[i] for i in kept]))
    if span is None:
        return
    start, end = span
    inside = set(kept[start:end])
    head = next(
        (i for i in reversed(kept[max(0, start - P.HEADLINE_LOOKBACK) : start]) if looks_like_headline(lines[i].text)),
        None,
    )
    for i in kept:
        if i not in inside and i != head:
            lines[i].reason = "outside article body"


def first_kept(lines: list[Line], start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].reason is None), None)


def looks_like_headline(text: str) -> bool:
    """Short, starts with a capital or digit, no terminal period."""
    words = P.WORD.findall(text)
    return (
        2 <= len(words) <= P.HEADLINE_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“")
        and not text.rstrip("\"'”’").endswith((".", ",", ";", ":"))
    )


def find_headline(lines: list[Line]) -> int | None:
    """Index of the first kept line when it reads as a headline."""
    i = first_kept(lines)
    if i is None or not looks_like_headline(lines[i].text):
        return None
    nxt = first_kept(lines, i + 1)
    # A lone short line with nothing after it is the article, not a headline.
    return i if nxt is not None else None


def looks_like_caption(line: Line) -> bool:
    """A short verbless sentence naming a place at its end: "A flag displayed in X, Y."."""
    words = [w.lower() for w in P.WORD.findall(line.text)]
    return (
        3 <= len(words) <= P.CAPTION_MAX_WORDS
        and line.text.endswith(".")
        and line.text.count(". ") == 0
        and not P.FINITE_MARKERS.intersection(words)
        and not P.WEEKDAYS.search(line.text)
        and bool(P.PLACE_TAIL.search(line.text))
    )


def mark_caption_after(lines: list[Line], headline: int) -> None:
    """A photo caption printed right under the headline, before a longer lede."""
    i = first_kept(lines, headline + 1)
    if i is None or not looks_like_caption(lines[i]):
        return
    nxt = first_kept(lines, i + 1)
    if nxt is not None and len(lines[nxt].text) > len(lines[i].text):
        lines[i].reason = "caption"


def comparable(text: str) -> str:
    return " ".join(P.WORD.findall(text.lower()))


def _doubled(a: Line, b: Line) -> bool:
    """ "A man was shot." then "A man was shot." again, or then "A man was shot. Police said ...":
    a teaser printed as its blurb and again as its blurb with more."""
    first, second = comparable(a.text), comparable(b.text)
    return len(first) >= P.DUPLICATE_MIN_CHARS and second.startswith(first)


def mark_doubled_rail(lines: list[Line]) -> None:
    """A rail of teasers, each printed twice (its blurb, then its blurb again or with more), goes
    whole: two doubled items or more in a row, a lone line between two of them included. A story
    prints a paragraph twice once at most (its lede), and the rule keeps the text when nothing
    of prose would be left."""
    pairs = [i for i in range(len(lines) - 1) if _doubled(lines[i], lines[i + 1])]
    runs: list[list[int]] = []
    for i in pairs:
        gap = i - runs[-1][-1] if runs else None
        if gap is None or gap > 3:
            runs.append([i])
        elif gap >= 2:
            runs[-1].append(i)  # the next item, right after or after a lone line
        # a gap of 1: the same line printed a third time, in the item already counted
    rail = {j for run in runs if len(run) >= 2 for j in range(run[0], run[-1] + 2)}
    rest = [ln for j, ln in enumerate(lines) if j not in rail and ln.reason is None]
    if not rail or sum(ln.is_prose for ln in rest) < MIN_PROSE_LEFT:
        return
    for j in sorted(rail):
        lines[j].reason = lines[j].reason or "teaser"


def mark_duplicates(lines: list[Line]) -> None:
    """A paragraph printed twice (the lede, often): keep the first, drop the repeat."""
    seen: list[tuple[int, str]] = []
    rank = 0
    for line in lines:
        if line.reason is not None:
            continue
        rank += 1
        key = comparable(line.text)
        if len(key) < P.DUPLICATE_MIN_CHARS:
            continue
        for first_rank, earlier in seen:
            if is_near_duplicate(key, earlier):
                line.reason = "duplicate lede" if first_rank <= 3 else "duplicate paragraph"
                break
        else:
            seen.append((rank, key))


def is_near_duplicate(a: str, b: str) -> bool:
    """Same paragraph up to a few characters."""
    if a == b:
        return True
    if min(len(a), len(b)) / max(len(a), len(b)) < 0.9:
        return False
    return fuzz.ratio(a, b) >= P.DUPLICATE_RATIO
