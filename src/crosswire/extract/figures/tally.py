"""Settling a sentence's hits: the dead taken out of the shot and the wounded, coordinated counts added up."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from crosswire.extract import numbers as nb
from crosswire.extract.figures.fates import own_life
from crosswire.extract.figures.hit import Figure, Hit, add_counts
from crosswire.extract.figures.hits import (
    BACK_PRONOUNS,
    named_before_dropped_and,
    part_of_a_count,
    subject_of,
    word_past_a_part,
)
from crosswire.extract.figures.people import (
    brought_in,
    conj_root,
    headline_noun_person,
    headline_person,
    is_person,
    listed_after_comma,
    name_of,
)
from crosswire.extract.figures.words import (
    ATTACKER_NOUNS,
    FORCE_NOUNS,
    KILLING_VERBS,
    OBJECT_PRONOUNS,
    OFFSPRING_NOUNS,
    OTHERS_WORDS,
    PARENT_NOUNS,
    REFLEXIVE_OBJECTS,
    REFLEXIVES,
    SINGLE_PRONOUNS,
    SUBJECTS,
)
from crosswire.extract.numbers import parse_quantity
from crosswire.extract.spans import doc_text, is_headline, semicolon_between, sentence_of
from crosswire.model import ONE_MORE, CountValue

# "her son", "his wife": whose kin a person is
KIN_OWNERS = frozenset({"his", "her", "their"})
# How many characters after a count must repeat for the count to be the same one printed again.
PRINTED_AGAIN_CHARS = 25


def drop_wounds_of_the_dead(hits: list[Hit]) -> list[Hit]:
    """ "she was rushed to a hospital, where she died": one person is shot and dies; a reader counts
    one dead, not one dead and one wounded."""
    lone_dead = [h for h in hits if h.single and h.field == "killed"]
    if not lone_dead:
        return hits
    dead, most_dead = [h.arg for h in lone_dead], max(h.value.low for h in lone_dead)
    # "a teen was killed, and his father was also shot": "also" brings in one more victim; "Father
    # and son shot; father dies": a pair holds one besides the dead
    return [
        h
        for h in hits
        if not (
            h.single
            and h.field == "injured"
            and h.value.low <= most_dead
            and not _one_more(h, dead)
            and not _someone_else(h.arg, dead)
        )
    ]


def _one_more(hit: Hit, dead: list[Token]) -> bool:
    """ "a teen was killed, and his father was also shot", not "her brother, also hit, died at the scene"."""
    return hit.more and hit.arg not in dead


def _someone_else(arg: Token, dead: list[Token]) -> bool:
    """ "A man was killed and a woman was hurt": a person the sentence brings in with "a" or
    "another" after the dead, or beside another newcomer, is not the one who died ("a man was
    taken to a hospital, where he died" is one)."""
    name = name_of(arg)
    if name:
        # "killed John Smith and wounded Mary Jones": two names, two people
        return all((d.i < arg.i and not name_of(d)) or name_of(d) not in (None, name) for d in dead)
    if headline_person(arg) and all(headline_person(d) and (d.i < arg.i or d.lower_ != arg.lower_) for d in dead):
        # "Woman killed, man hurt in shooting", "Boy wounded, stepfather killed": a headline names
        # each victim anew
        return True
    # "killed his wife and wounded his sister before turning the gun on himself": each of the dead
    # is someone else for a reason of its own
    if all(_other_verbs_object(arg, d) or _kin_of_the_dead(arg, d) or _not_the_self_killer(arg, d) for d in dead):
        return True
    # "another 3-year-old was hurt and Ann Roe was killed": the named dead is someone else
    return brought_in(arg) and all(d.i < arg.i or (d != arg and (brought_in(d) or name_of(d))) for d in dead)


def _not_the_self_killer(arg: Token, dead: Token) -> bool:
    """ "wounded his sister before turning the gun on himself": the object of a verb is not the one
    who turned the gun on himself, whom the parse may leave without a subject."""
    object_hit = dead.lower_ in REFLEXIVES and arg.dep_ == "dobj" and is_person(arg)
    return object_hit or _hit_by_the_self_killer(arg, dead)


def _hit_by_the_self_killer(arg: Token, dead: Token) -> bool:
    """ "A man shot his wife and then killed himself", "a woman was wounded by her son, who then shot
    himself": the one who turned the gun on himself fired; the one he hit is someone else."""
    if dead.lower_ not in REFLEXIVES:
        return False
    doer = subject_of(dead)
    return doer is not None and doer != arg and doer.lower_ not in SINGLE_PRONOUNS


def _kin_of_the_dead(arg: Token, dead: Token) -> bool:
    """ "A woman was killed and her son was critically wounded": a person told by whose kin they are
    ("her son", "his wife"), after the dead and in another word, is someone else."""
    possessed = any(c.dep_ == "poss" and c.lower_ in KIN_OWNERS for c in arg.children)
    return possessed and dead.i < arg.i and is_person(arg) and arg.lemma_.lower() != dead.lemma_.lower()


def _other_verbs_object(arg: Token, dead: Token) -> bool:
    """ "He killed his wife and wounded her sister": two nouns, each the object of its own verb of
    two joined by "and", are two people ("shot his wife and killed her" is one: a pronoun)."""
    if {arg.pos_, dead.pos_} - {"NOUN", "PROPN"} or arg.lower_ == dead.lower_:
        return False
    if {arg.dep_, dead.dep_} - {"dobj", "nsubjpass"} or arg.dep_ != dead.dep_:
        return False
    verbs = (arg.head, dead.head)
    return verbs[0] != verbs[1] and any(v.dep_ == "conj" and v.head == w for v, w in (verbs, verbs[::-1]))


def without_breakdowns(hits: list[Hit]) -> list[Hit]:
    """ "Four people, three women and one man, were shot": the counts after the comma that add up
    to the count before it tell who the same people are, not more of them."""
    parts_of_totals: set[int] = set()
    for total in hits:
        arg = total.arg
        if not total.counted or not total.value.is_exact or arg.i + 1 >= len(arg.doc) or arg.nbor(1).text != ",":
            continue
        parts = [
            h
            for h in hits
            # "Three people, two men and a woman, were shot": a person brought in with "a" is one part
            if h.field == total.field
            and (h.counted or h.single)
            and h.value.is_exact
            and h.arg.i > arg.i
            and conj_root(h.arg) == arg
        ]
        if len(parts) >= 2 and sum(p.value.low for p in parts) == total.value.low:
            parts_of_totals |= {id(p) for p in parts}
    return [h for h in hits if id(h) not in parts_of_totals]


def split_partitive_fatally(hits: list[Hit]) -> list[Hit]:
    """ "She shot two men, one of them fatally": one dead and one wounded, not two dead."""
    out = list(hits)
    for h in hits:
        if h.field != "killed" or not h.value.is_exact:
            continue
        parts = [
            c for c in h.arg.children if c.dep_ == "appos" and c.like_num and any(g.lower_ == "of" for g in c.children)
        ]
        fatally = any(c.lower_ == "fatally" for c in (*h.arg.head.children, *(g for p in parts for g in p.children)))
        m = nb.parse_number(parts[0].text) if parts and fatally else None
        if m is not None and m < h.value.stated:
            n = h.value.stated - m
            out.append(Hit("injured", CountValue(n, n, n, None), h.arg, h.start, h.end, counted=h.counted))
            h.value = CountValue(m, m, m, None)
    return out


def one_of_them_fatally(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "He shot three officers, one fatally", "- one fatally -": of those the verb counts, that
    many died and the rest were wounded, however the parser hangs the number and the adverb."""
    for tok in sent:
        after = word_past_a_part(tok) if tok.i + 1 < sent.end else None
        if after is None or after.lower_ != "fatally" or not tok.like_num or tok.dep_ == "npadvmod":
            continue  # "Two men were shot, one fatally" is read by split_fatally
        dead = nb.parse_number(tok.text)
        told = [h for h in hits if h.arg.i < tok.i and h.field in {"shot", "injured", "killed"} and h.value.is_exact]
        if dead is None or not told or told[-1].value.stated <= dead:
            continue
        hit = told[-1]
        if hit.field != "killed" and any(h.arg == tok for h in hits):
            continue  # "4 shot, one fatally": already read as the dead among the shot
        hits = [h for h in hits if h.arg != tok]  # the number read again as a victim of its own
        rest = hit.value.stated - dead
        if hit.field == "killed":  # the adverb was read as the verb's: "fatally shot three"
            hit.value = CountValue(dead, dead, dead, None)
            return [*hits, Hit("injured", CountValue(rest, rest, rest, None), hit.arg, hit.start, hit.end)]
        if hit.field == "injured":
            hit.value, hit.weak = CountValue(rest, rest, rest, None), False
        end = after.idx + len(after)
        return [*hits, Hit("killed", CountValue(dead, dead, dead, None), tok, tok.idx, end, counted=True)]
    return hits


def self_killer_among_the_shot(hits: list[Hit]) -> None:
    """ "A man shot his wife and then killed himself": he turned the gun on himself, so the shot are
    his victims and he, and the dead among them are told apart from the shot as usual."""
    for dead in hits:
        if dead.field != "killed" or dead.arg.lower_ not in REFLEXIVES:
            continue
        hit = [h for h in hits if h.weak and h.value.is_exact and _hit_by_the_self_killer(h.arg, dead.arg)]
        if hit:
            hit[0].value = add_counts(hit[0].value, CountValue(1, 1, 1, None))


def shot_less_dead(hits: list[Hit]) -> None:
    """ "Three women were found shot, and one later died": the shot include the dead, so
    the wounded are the shot less a bare count of dead that follows them."""
    for w in hits:
        if not (w.weak and w.value.is_exact):
            continue
        dead = [
            h
            for h in hits
            if h.field == "killed"
            and h.start > w.start
            and h.value.is_exact
            and h.arg.pos_ in {"NUM", "PRON"}
            and h.arg.dep_ != "npadvmod"  # "one fatally" is read by split_fatally
            and h.arg.lower_ not in REFLEXIVES  # "before turning the gun on himself": the one who fired
            and w.arg.i not in _whole_of_the_part(h)  # "of the four shot, two died": wounded_less_one_of_them's
        ]
        k = sum(h.value.stated for h in dead)
        if dead and k <= w.value.stated:
            n = w.value.stated - k
            w.value = CountValue(n, n, n, None)
            w.weak = False


def shot_beside_another_dead(hits: list[Hit]) -> None:
    """ "A cashier was shot in her hand, and the robber was killed": one person told shot, beside
    another, named apart, told dead, is not among the dead; the one shot lived."""
    for w in hits:
        if not (w.weak and w.value.is_exact and w.value.stated == 1 and w.arg.pos_ in {"NOUN", "PROPN"}):
            continue
        if any(_dead_apart(h, w) for h in hits):
            w.weak = False


def others_shot_beside_the_dead(hits: list[Hit]) -> None:
    """ "A teen was killed and four others were shot": others than the dead told before them, told
    only shot, lived. Beside the wounded ("a man was hurt and three others were shot") the others
    may be the dead."""
    for w in hits:
        if not (w.weak and w.arg.lower_ in OTHERS_WORDS and w.value.is_exact):
            continue
        if any(h.field == "killed" and h.arg.i < w.arg.i for h in hits):
            w.weak = False


def _dead_apart(dead: Hit, shot: Hit) -> bool:
    """Whether a hit counts one dead person, named by a noun of its own as the subject of a verb
    other than the one that tells the shot."""
    if dead.field != "killed" or not dead.value.is_exact or dead.value.stated != 1:
        return False
    person = dead.arg
    # "teen shot outside Elmvale diner identified; boy killed in parking lot": a headline may name
    # one person twice
    if semicolon_between(person, shot.arg):
        return False
    return (
        person.pos_ in {"NOUN", "PROPN"}
        and person.i != shot.arg.i
        and person.dep_ in SUBJECTS
        and shot.arg.dep_ in SUBJECTS
        and person.head.i != shot.arg.head.i
    )


def wounded_less_one_of_them(hits: list[Hit]) -> None:
    """ "One of four women wounded in the shooting has died": three wounded and one dead."""
    for k in hits:
        if k.field != "killed" or not k.value.is_exact:
            continue
        group = _whole_of_the_part(k)
        for h in hits:
            if h.field == "injured" and h.arg.i in group and h.value.is_exact and k.value.stated <= h.value.stated:
                n = h.value.stated - k.value.stated
                h.value, h.weak = CountValue(n, n, n, None), False


def _whole_of_the_part(part: Hit) -> set[int]:
    """The group a count is part of: "one of four women", "of the four people shot, two" (the
    fronted "of" hung on the count or on its verb)."""
    fronted = [c for c in part.arg.head.children if c.i < part.arg.i] if part.arg.dep_ in SUBJECTS else []
    ofs = [c for c in [*part.arg.children, *fronted] if c.lower_ == "of"]
    group = {g.i for c in ofs for g in c.children if g.dep_ == "pobj"}
    counted = part_of_a_count(part.arg)
    if counted is not None:
        group.add(counted.i)  # "One of three people shot": the parser chains the numbers
    return group


def wounded_less_included_dead(hits: list[Hit]) -> None:
    """ "Three people were injured, including a girl who died": two wounded and one dead."""
    for k in hits:
        including = next((a for a in k.arg.ancestors if a.lower_ == "including"), None)
        if k.field != "killed" or not k.value.is_exact or including is None:
            continue
        for h in hits:
            group = h.field == "injured" and h.value.is_exact and including.head in (h.arg, h.arg.head)
            if group and h.start < k.start and k.value.stated <= h.value.stated:
                n = h.value.stated - k.value.stated
                h.value, h.weak = CountValue(n, n, n, None), False


def split_fatally(hits: list[Hit]) -> None:
    """ "Two men were shot, one fatally": the wounded are the shot less the dead."""
    # "Man hurt, gunman dead": a person the parser hangs on the verb is no part of its subject
    fatal = [h for h in hits if h.field == "killed" and h.arg.dep_ == "npadvmod" and h.arg.like_num]
    for f in fatal:
        for h in hits:
            if h.field == "injured" and h.arg.head == f.arg.head and h.value.is_exact and f.value.is_exact:
                n = h.value.stated - f.value.stated
                if n >= 0:
                    h.value = CountValue(n, n, n, None)
                    h.weak = False


def others_after_comma(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "wounded two officers, four others": the others the comma adds to a counted group, which
    the parser leaves out of the verb's object."""
    doc, taken, extra = sent.doc, {h.arg.i for h in hits}, []
    for hit in hits:
        i = hit.arg.i
        if not hit.counted or i + 3 >= sent.end or doc[i + 1].text != "," or doc[i + 3].lower_ not in OTHERS_WORDS:
            continue
        value = parse_quantity(doc[i + 2].text) if doc[i + 2].like_num else None
        others = doc[i + 3]
        if value is not None and value.is_exact and others.i not in taken:
            end = others.idx + len(others)
            extra.append(Hit(hit.field, value, others, doc[i + 2].idx, end, more=True, counted=True))
    return extra


def combine_hits(hits: list[Hit]) -> list[Figure]:
    """Add up coordinated counts of one field; keep every other figure apart."""
    merged: list[Hit] = []
    roles = {id(hit): _role(hit) for hit in hits}
    for hit in sorted(hits, key=lambda h: h.start):
        prev = next((m for m in reversed(merged) if (m.field, m.weak) == (hit.field, hit.weak)), None)
        if prev is None:
            # "the boy and his father were wounded": one may be told of before and the other not
            prev = next((m for m in reversed(merged) if m.field == hit.field and _joined_subjects(m, hit)), None)
        if prev is None and hit.more:
            # "a woman was shot, and a man also was shot": one more of those the sentence told of
            prev = next((m for m in reversed(merged) if m.field == hit.field), None)
        if prev is not None and (prev.arg.i == hit.arg.i or _apposed(prev.arg, hit.arg) or _printed_again(prev, hit)):
            continue  # one quantity read twice (a word and its article, "one of them, John Doe")
        if prev is not None and (_told_again(hit) or hit.ranked):
            # "four people were shot and a fifth was hurt": the fifth counts the four before it
            # "shot a woman before turning the gun on himself, leaving police to find the two dead"
            prev.value = max(prev.value, hit.value, key=lambda v: v.low)
            prev.counted = prev.counted or hit.counted
            continue
        if prev is not None and (
            hit.more
            or _coordinated(prev.arg, hit.arg)
            or _and_himself(prev, hit)
            or _killer_killed(prev, hit)
            or _attacker_killed_too(prev, hit)
            or _two_newcomers(prev, hit)
            or _objects_of_two_acts(prev.arg, hit.arg)
            or _parent_and_young(prev.arg, hit.arg)
            or _while_another(prev.arg, hit.arg)
        ):
            prev.value = add_counts(prev.value, hit.value)
            prev.counted = prev.counted or hit.counted
            if prev.weak != hit.weak and _joined_subjects(prev, hit):
                prev.weak = False  # the verb tells the group's fate: one told of before or not
            prev.start, prev.end, prev.arg = min(prev.start, hit.start), max(prev.end, hit.end), hit.arg
            roles[id(prev)] = "victims" if roles[id(prev)] == roles[id(hit)] == "victims" else None
            continue
        merged.append(hit)
    # "three people were shot" may include the dead: kept as "shot" for the reconciler to settle
    # "three other people were also shot": others than the victims told of before, the dead among them
    figures = [
        Figure(
            "shot" if h.weak and not h.more else h.field,
            _told_one_more(h),
            h.start,
            h.end,
            roles[id(h)],
            others=h.more and h.counted,
        )
        for h in merged
    ]
    # A document stands by its largest figure, and a claim is one per sentence and field: the
    # breakdown ("four injured, two of them seriously") must not displace its total; of two readings
    # of one death ("turned the gun on himself and took his own life"), the one that says whose it is.
    best: dict[str, Figure] = {}
    for f in figures:
        if f.field not in best or _rank(f) > _rank(best[f.field]):
            best[f.field] = f
    return [f for f in figures if best[f.field] is f]


def _rank(figure: Figure) -> tuple[int, int, bool]:
    return figure.value.low, figure.value.stated, figure.role is not None


def _role(hit: Hit) -> str | None:
    """Whether a count of the dead is the attacker's death, or the victims an attacker killed."""
    if hit.field != "killed":
        return None
    arg = hit.arg
    if arg.lemma_.lower() in ATTACKER_NOUNS or _took_own_life(arg):
        return "attacker" if hit.value.is_exact and hit.value.low == 1 else None
    killing = _killing_of(arg)
    killer = _subject_of_act(killing) if killing is not None else None
    return "victims" if killer is not None and _an_attacker(killer) else None


def _killing_of(arg: Token) -> Token | None:
    """The act of killing whose victims a hit counts: the verb of its object, or the verb a
    headline's list hangs on ("before killing her friend, neighbor"); none where the one who fired
    is the one killed ("shoots, kills self")."""
    if arg.lemma_.lower() in KILLING_VERBS:
        kills_self = any(c.lower_ in REFLEXIVE_OBJECTS for c in arg.children)
        return None if kills_self else arg
    victims = conj_root(arg)
    if victims.dep_ == "dobj" and victims.head.lemma_.lower() in KILLING_VERBS:
        return victims.head
    return None


def _took_own_life(arg: Token) -> bool:
    """ "took his own life", "killed himself"; not "turned the gun on herself", which she may survive."""
    return own_life(arg) or (arg.lower_ in REFLEXIVES and arg.head.lemma_.lower() in KILLING_VERBS)


def _subject_of_act(verb: Token) -> Token | None:
    """Who did it: "[he] shot and killed three", "[a gunman] opened fire, killing three", "[the
    suspect] argued with his ex before killing her friend"."""
    while True:
        subject = _actor_of(verb)
        if subject is not None or verb.dep_ not in {"conj", "advcl", "xcomp", "pcomp", "prep"}:
            return subject
        verb = verb.head


def _actor_of(verb: Token) -> Token | None:
    """The verb's subject, past the source a headline opens with: "Police: Gunman argued ..." parses
    "Police" as a second subject, or "suspect" in "Police: Suspect argued ..." as its apposition."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else next(iter(subjects), None)
    if subject is not None and any(c.lower_ == ":" for c in subject.children):
        return next((c for c in subject.children if c.dep_ == "appos"), subject)
    return subject


def _an_attacker(tok: Token) -> bool:
    """A person who kills and is not a police officer, a deputy or an agent doing so in duty."""
    if tok.lemma_.lower() in FORCE_NOUNS or any(c.lemma_.lower() in FORCE_NOUNS for c in tok.children):
        return False
    if tok.lemma_.lower() in ATTACKER_NOUNS or tok.lower_ in {"he", "she"} or tok.ent_type_ == "PERSON":
        return True
    return is_person(tok)


def _told_one_more(hit: Hit) -> CountValue:
    """The hit's value; one person said "also" to have died ("Jon Reyes was also killed"), with no one
    before in the sentence, is marked as one more than the story told of before, and a count of
    more people besides those ("two more were shot") as at least that many."""
    value = replace(hit.value, counted=hit.counted)
    subject = hit.arg.dep_ in SUBJECTS  # "Ann Roe was also killed", not "also the father of"
    if hit.single and hit.more and subject and hit.field == "killed" and value.is_exact and value.low == 1:
        value = replace(value, qualifier=ONE_MORE)
    if hit.adds and value.is_exact:
        # "the gunman then shot two more people": those the sentence adds, no total; at least that many
        value = replace(value, high=None, qualifier="at least")
    return value


def _printed_again(a: Hit, b: Hit) -> bool:
    """ "Two killed, three injured in Elmvale bar shooting Local News Two killed, three injured in
    Elmvale bar shooting": a scrape that runs a headline into itself prints one count twice, with
    the same words after it."""
    text = doc_text(a.arg.doc)  # joined once per document, not once per pair of counts
    same = text[a.start : a.end + PRINTED_AGAIN_CHARS] == text[b.start : b.end + PRINTED_AGAIN_CHARS]
    return a.value == b.value and a.end - a.start == b.end - b.start and same


def _told_again(hit: Hit) -> bool:
    """A count with "the" ("the two dead", "the three victims") or of those told of ("two of them"):
    the people already told of."""
    if not hit.counted or hit.more:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in hit.arg.children)
    return the or any(c.lower_ == "of" and any(g.lower_ in BACK_PRONOUNS for g in c.children) for c in hit.arg.children)


def _two_newcomers(a: Hit, b: Hit) -> bool:
    """ "a woman was shot in the leg, while a girl had a graze wound": each "a" brings in one
    more person, each in a clause of its own."""
    if not (a.single and b.single):
        return False
    return _two_headline_people(a.arg, b.arg) or (brought_in(a.arg) and brought_in(b.arg) and a.arg.head != b.arg.head)


def _two_headline_people(a: Token, b: Token) -> bool:
    """ "Man shot in knee; teen hit by fragments": a headline drops the articles that would bring each
    person in; two kinds of person, each in a clause of its own."""
    if not is_headline(sentence_of(a)) or not semicolon_between(a, b) or a.lemma_.lower() == b.lemma_.lower():
        return False
    return all(headline_noun_person(t) and not any(c.dep_ in {"det", "poss"} for c in t.children) for t in (a, b))


def _objects_of_two_acts(a: Token, b: Token) -> bool:
    """ "killed his wife and then killed their two sons": the objects of two joined verbs, the second
    people brought in with words of their own (not "shot the man, then shot him again")."""
    first, second = sorted((a, b), key=lambda t: t.i)
    if first.dep_ != "dobj" or second.dep_ != "dobj" or first.lemma_ == second.lemma_:
        return False
    if not all(is_person(t) or t.ent_type_ == "PERSON" for t in (first, second)):
        return False  # "when it struck the floor ... the bullet struck Rudd": one person
    verb = second.head
    if verb.dep_ != "conj" or verb.head.i != first.head.i:
        return False
    return any(c.dep_ in {"poss", "nummod", "det"} for c in second.children) or second.ent_type_ == "PERSON"


def _while_another(a: Token, b: Token) -> bool:
    """ "the father was shot in the arm, while the girl was hit in the hip", "Roe was shot in the
    head, while Reyes and Doe were shot in the chest": the subject of a clause set against the
    first, other people named by a noun or names of their own."""
    first, second = (conj_root(t) for t in sorted((a, b), key=lambda t: t.i))
    verb = second.head
    if second.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "advcl" or verb.head.i != first.head.i:
        return False
    contrasted = any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in verb.children)
    nouns = all(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and is_person(t)) for t in (first, second))
    return contrasted and nouns and first.lemma_ != second.lemma_


def _parent_and_young(a: Token, b: Token) -> bool:
    """ "the two boys died at the scene, and their mother died at the hospital":
    the subjects of two joined clauses, one a parent and the other the young, are two groups."""
    first, second = sorted((a, b), key=lambda t: t.i)
    if first.dep_ not in SUBJECTS or second.dep_ not in SUBJECTS or semicolon_between(first, second):
        return False
    # "said the two boys died ..., and their mother died": the parser may join the second
    # clause to the verb the first hangs on
    if second.head.dep_ != "conj" or second.head.head.i not in {first.head.i, first.head.head.i}:
        return False
    kinds = {first.lemma_.lower(), second.lemma_.lower()}
    return bool(kinds & PARENT_NOUNS) and bool(kinds & OFFSPRING_NOUNS)


def _and_himself(a: Hit, b: Hit) -> bool:
    """ "shot his daughter to death and then killed himself": the gunman is one more dead."""
    if a.field != "killed":
        return False
    reflexive = [h for h in (a, b) if h.arg.lower_ in REFLEXIVES or own_life(h.arg)]
    return len(reflexive) == 1


def _killer_killed(a: Hit, b: Hit) -> bool:
    """ "The man killed his wife before he was shot dead by deputies", "... before deputies shot and
    killed him": the killer, told of by a pronoun in a clause of the killing, is one more dead. An
    object pronoun in a clause with no subject of its own ("killed his neighbor, shooting him
    dead") is the same act's victim."""
    if a.field != "killed" or b.field != "killed" or b.arg.lower_ not in SINGLE_PRONOUNS | OBJECT_PRONOUNS:
        return False
    killing, clause = a.arg.head, b.arg.head
    while clause.dep_ == "conj":
        clause = clause.head  # "shot and killed him"
    if b.arg.lower_ in OBJECT_PRONOUNS and not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    return a.arg.dep_ == "dobj" and clause.dep_ == "advcl" and clause.head.i == killing.i


def _attacker_killed_too(a: Hit, b: Hit) -> bool:
    """ "two officers and a deputy died, and the gunman was killed by police": the one who opened
    fire, killed in a clause of his own, is one more dead than the victims."""
    if a.field != "killed" or b.field != "killed":
        return False
    attackers = [h for h in (a, b) if h.single and h.arg.lemma_.lower() in ATTACKER_NOUNS]
    if len(attackers) != 1:
        return False
    attacker, victims = attackers[0], b if attackers[0] is a else a
    # each the subject or object of a clause of its own: "the fatal shooting of a man who had shot
    # his girlfriend ... killing the gunman" tells of one man twice
    told_apart = attacker.arg.dep_ in SUBJECTS and conj_root(victims.arg).dep_ in SUBJECTS | {"dobj"}
    return told_apart and victims.arg.lemma_.lower() not in ATTACKER_NOUNS and a.arg.head.i != b.arg.head.i


def _joined_subjects(a: Hit, b: Hit) -> bool:
    """Two single persons joined by "and" as the subject of one verb."""
    if not (a.single and b.single) or semicolon_between(a.arg, b.arg):
        return False
    first, second = sorted((a.arg, b.arg), key=lambda t: t.i)
    return second.dep_ == "conj" and second.head.i == first.i and first.dep_ in SUBJECTS


def _apposed(a: Token, b: Token) -> bool:
    if listed_after_comma(a) or listed_after_comma(b) or OTHERS_WORDS & {a.lower_, b.lower_}:
        return False  # "two officers, four others": the others are more people, not the same told again
    if semicolon_between(a, b):
        return False  # "hits man in arm; boy hit by fragments": a clause of its own, no apposition
    if (b.dep_ == "appos" and b.head.i == a.i) or (a.dep_ == "appos" and a.head.i == b.i):
        return True
    # "One of the victims, John Doe, died": the parse makes both subjects; only a comma between
    # (a headline's comma is its "and": "Man, toddler found dead")
    if a.dep_ in SUBJECTS and b.dep_ == a.dep_ and a.head.i == b.head.i and not is_headline(sentence_of(a)):
        first, second = sorted((a, b), key=lambda t: t.i)
        between = a.doc[first.right_edge.i + 1 : second.left_edge.i]
        return len(between) > 0 and all(t.text == "," for t in between)
    return False


def _coordinated(a: Token, b: Token) -> bool:
    """ "seven suspects and one other", or two subjects of one verb the parser left unjoined."""
    if a.dep_ in SUBJECTS and b.dep_ == a.dep_ and a.head.i == b.head.i:
        return not semicolon_between(a, b)
    if _partition(a, b):
        return True
    # either may come first among the hits: a number's hit may start before the word it counts
    later, earlier = (b, a) if b.i > a.i else (a, b)
    if _along_with(later, earlier):
        return True
    dropped = named_before_dropped_and(later)
    if dropped is not None and conj_root(dropped).i == conj_root(earlier).i:
        return True
    return (later.dep_ == "conj" or listed_after_comma(later)) and conj_root(b).i == conj_root(a).i


def _along_with(later: Token, earlier: Token) -> bool:
    """ "Ann Roe was killed, along with two other men": those along with the one named are others,
    of the verb the named one is the subject or the object of."""
    along = later.head.head if later.dep_ == "pobj" and later.head.lower_ == "with" else None
    if along is None or along.lower_ != "along":
        return False
    first = conj_root(earlier)
    if along.head.pos_ in {"NOUN", "PROPN"}:
        return conj_root(along.head).i == first.i  # "Ann and Jon Roe, along with four others"
    return first.head.i == along.head.i and first.dep_ in SUBJECTS | {"dobj"}


def _partition(a: Token, b: Token) -> bool:
    """ "five went home and two are still in the hospital": bare numbers, each the
    subject of its own clause of one sentence, split one group between them."""
    if not (a.like_num and b.like_num and a.dep_ in SUBJECTS and b.dep_ in SUBJECTS):
        return False
    return b.head.dep_ == "conj" and b.head.head.i == a.head.i and not semicolon_between(a, b)
