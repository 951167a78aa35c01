"""What befell the people a word names: the verb, state or phrase that says killed, wounded, arrested."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract.figures.people import conj_root, is_person, listed_after_comma
from crosswire.extract.figures.words import (
    AMID_GUNFIRE,
    ARSON_VERBS,
    BEAT_VERBS,
    BEFORE_WORDS,
    BODY_PARTS,
    CARE_STATES,
    CASUALTY_FIELDS,
    CHANGED_CONDITION_VERBS,
    CONDITION_VERBS,
    CONDITIONS,
    COUNTERFACTUAL_MODALS,
    DAY_OPENERS,
    DISTRIBUTIVES,
    EXPECTED_RECOVERIES,
    FATAL_ADVERBS,
    FATAL_WORDS,
    FIRES,
    FOUND_STATES,
    FOUND_VERBS,
    GUN_WORDS,
    GUNFIRE_WORDS,
    GUNSHOT_WORDS,
    HEARSAY_VERBS,
    HELD_LEMMAS,
    HOSPITAL_NOUNS,
    HOSPITAL_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    KILLING_NOUNS,
    LIFE_TAKING_VERBS,
    MILD_WOUNDS,
    MORE_WORDS,
    NEARLY_WORDS,
    NOUN_FIELDS,
    OTHER_CAUSES,
    PARTICIPLE_STATES,
    PATIENT_NOUNS,
    RECOVERY_VERBS,
    REFLEXIVE_OBJECTS,
    REFLEXIVES,
    SEEMING_VERBS,
    SELF_CARE_VERBS,
    SEVERE_WOUNDS,
    SHOOT_FORMS,
    SHOOTING_NOUNS,
    SHOT_OR_SHOOTING,
    SINGLE_DETS,
    SINGLE_PRONOUNS,
    STATE_FIELDS,
    STATE_VERBS,
    STAYING_VERBS,
    STRIKE_VERBS,
    STRUCK_PARTS,
    SUBJECT_FIELDS,
    SUBJECTS,
    SURVIVOR_WORDS,
    TAKEN_PRONOUNS,
    TOLL_RAISING_VERBS,
    UNREALISED_KILLING,
    UNREALISED_MODALS,
    VEHICLES,
    VERB_FIELDS,
    VICTIM_NOUNS,
    WEAK_LEMMAS,
    WEAK_VERBS,
    WELL_WORDS,
    WOUND_HOLDING_VERBS,
    WOUND_LEMMAS,
    WOUND_NOUNS,
    WOUND_TAKING_VERBS,
    WOUND_WORDS,
)
from crosswire.extract.spans import is_headline, semicolon_between, sentence_of

SET_CLAUSE_REACH = 4  # "the fire [the gunman had] set": how far after the fire its setter's verb may come
SUFFERING_REACH = 6  # "suffering from [multiple apparent gunshot] wounds": how far the wounds may come
# Verbs that say someone was hit ("shot", "stabbed", "struck"), not how they fared.
HIT_LEMMAS = WEAK_VERBS.keys() | STRIKE_VERBS


def fields_of(arg: Token, span: Span) -> list[tuple[str, Token]]:
    """Each field the sentence gives the counted group, with the word that says so."""
    found: list[tuple[str, Token]] = []
    doc = arg.doc
    nxt = doc[max(arg.i, span.end - 1) + 1] if max(arg.i, span.end - 1) + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "ADV" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in STATE_FIELDS:
        nxt = doc[nxt.i + 1]  # "left one dead and four seriously wounded"
    # "Two gunmen killed a guard": a participle with an object of its own is an active verb.
    active = nxt is not None and any(c.dep_ == "dobj" for c in nxt.children)
    stated = nxt is not None and nxt.lower_ in STATE_FIELDS and not active
    # "A clerk wounded in the robbery has died": the state, then what the verb after adds
    described = stated and _describes_subject(arg, nxt)
    stated = stated and not described
    listed = stated and _headline_list_item(nxt)
    # "the four wounded are hospitalized": the state word is the noun the count counts
    named_by_state = stated and arg.dep_ == "nummod" and arg.head.i == nxt.i
    placed = stated and (listed or named_by_state or _count_and_state(arg, nxt) or left_in_state(arg))
    if stated and (nxt.head.i <= nxt.i or placed):
        # "left three dead and five wounded"; "Two injured, gunman dead"
        found.append((STATE_FIELDS[nxt.lower_], nxt))
    elif described:
        state = (STATE_FIELDS[nxt.lower_], nxt)
        # "a cyclist injured in the crash went to a hospital": the crash's, whatever the verb after says
        found += [state] if other_cause(*state) else [state, *fields_from_head(arg)]
    else:
        found += fields_from_head(arg)
    found += _with_wounds(arg) + _left_in_care(arg)
    found = found or _found_suffering(arg) or _found_dead(arg)
    # in a headline's list, a state after the count's own is the next item's group's
    modifiers = [c for c in arg.children if c.dep_ in {"relcl", "acl", "amod"} and not (listed and c.i > nxt.i)]
    for child in modifiers:
        if not _set_off_before(child, span):
            found += _from_modifier(child)
    found += [f for m in _shared_participles(arg) for f in _from_modifier(m)]
    # a plural clause on another of the list, for one the sentence tells nothing of itself
    found = found or [f for m in _shared_relative_clauses(arg) for f in _from_modifier(m)]
    found = found or _state_after_the_list(arg)
    found += [f for p in _detached_participles(arg) for f in verb_fields(p, True)]
    found = found or _victims_of_shooting(arg)
    found = found or [f for v in _passive_verb_left_without_subject(arg) for f in verb_fields(v, True)]
    if _victim_of_a_killing(arg):
        found = [("killed" if f in {"shot", "injured"} else f, w) for f, w in found]
    seen: set[str] = set()
    return [
        (f, w)
        for f, w in found
        if not intended(w)
        and not other_cause(f, w)
        and not counterfactual(w)
        and not spared(w)
        and (not unrealised(w) or not_saved(w))
        and not (f in seen or seen.add(f))
    ]


def _victim_of_a_killing(arg: Token) -> bool:
    """ "the homicide victim was shot", "murder victims found shot": the victims of a killing are
    dead ("an attempted murder victim" is not)."""
    if arg.lemma_.lower() not in VICTIM_NOUNS:
        return False  # "an escaped murder suspect" is alive
    killings = [c for c in arg.children if c.dep_ == "compound" and c.lower_ in KILLING_NOUNS]
    return any(not any(m.lower_ in UNREALISED_KILLING for m in k.children) for k in killings)


def _count_and_state(arg: Token, state: Token) -> bool:
    """ "2 killed, 2 hurt in Elmvale shooting": a headline's bare count and the state word right
    after it, however the parse hangs the word."""
    return arg.like_num and state.i == arg.i + 1 and is_headline(sentence_of(state))


def left_in_state(another: Token) -> bool:
    """ "left one clerk dead and another injured", "left one dead and another hurt": "another" right
    before a state word, after the people "left" names first, is one more of them in that state,
    however the parse hangs the two words."""
    doc = another.doc
    state = doc[another.i + 1] if another.i + 1 < len(doc) else None
    if another.lower_ != "another" or state is None or state.lower_ not in STATE_FIELDS:
        return False
    verb = next((a for a in another.ancestors if a.pos_ == "VERB" and a != state), None)
    if verb is None or verb.lemma_.lower() != "leave":
        return False
    return any(c.dep_ == "dobj" and c.i < another.i and (is_person(c) or c.like_num) for c in verb.children)


def _describes_subject(arg: Token, state: Token) -> bool:
    """ "A clerk wounded in the robbery has died": the state word after the count is a clause on a
    subject whose own verb comes later, which may tell more; not a state of its own ("left one dead
    and three wounded")."""
    if state.dep_ != "acl" or state.head.i != arg.i or arg.dep_ not in SUBJECTS or arg.head.i < state.i:
        return False
    # "two guards wounded in the north, and four more raiders were killed": a verb with a subject
    # besides the count's is another clause's, which the parser joined to it
    return [c for c in arg.head.children if c.dep_ in SUBJECTS] == [arg]


def _headline_list_item(state: Token) -> bool:
    """ "Two injured, gunman dead at Elmvale mall": a headline's count and its state, ended by the
    punctuation that opens the list's next item."""
    after = state.i + 1
    return after < len(state.doc) and state.doc[after].text in {",", ";"} and is_headline(sentence_of(state))


def _set_off_before(modifier: Token, span: Span) -> bool:
    """ "1 dead, 'multiple' others wounded": a state the punctuation sets off before the count is
    another group's, however the parse hangs it."""
    return modifier.i < span.start and any(t.is_punct for t in modifier.doc[modifier.i + 1 : span.start])


def _state_after_the_list(arg: Token) -> list[tuple[str, Token]]:
    """ "found two women and a man dead": the state after the last of the listed people is also
    that of those before it that have none of their own ("four wounded and one dead" do)."""
    return [
        (STATE_FIELDS[c.lower_], c)
        for conj in arg.conjuncts
        if conj.i > arg.i
        for c in conj.children
        if c.dep_ == "amod" and c.i > conj.i and c.lower_ in STATE_FIELDS
    ]


def _victims_of_shooting(arg: Token) -> list[tuple[str, Token]]:
    """ "found two shooting victims": shot, maybe fatally (unless the sentence says more)."""
    if arg.lemma_.lower() != "victim":
        return []
    return [("injured", c) for c in arg.children if c.dep_ == "compound" and c.lower_ in SHOOTING_NOUNS][:1]


def _left_in_care(arg: Token) -> list[tuple[str, Token]]:
    """ "left two dead and three others in the hospital", "left a man in critical condition", "the
    party ended with five people in the hospital": wounded."""
    verb = arg.head
    if _ended_with(arg) or headline_subject_in_care(arg):
        holders = [arg]
    elif arg.dep_ in {"dobj", "conj"} and verb.lemma_.lower() == "leave" and verb.pos_ == "VERB":
        holders = [arg] if arg.dep_ == "conj" else [arg, verb]
    elif _joined_to_what_left_them(arg):
        holders = [arg]
    else:
        return []
    return [
        ("injured", g)
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and _in_care(g)
    ][:1]


def _joined_to_what_left_them(arg: Token) -> bool:
    """ "a shooting that left a woman dead and two others in the hospital": the parse joins the
    others to the shooting, not to the dead its clause left."""
    if arg.dep_ != "conj":
        return False
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() == "leave" and c.i < arg.i and any(o.dep_ == "dobj" for o in c.children)
        for c in arg.head.children
    )


def headline_subject_in_care(arg: Token) -> bool:
    """ "Man in critical condition after shooting", "Two teens in hospital": a headline drops the
    verb, so its subject stands in the care it tells."""
    if arg.dep_ != "ROOT" or not is_headline(sentence_of(arg)):
        return False
    # the cause the parse hangs on the subject: "Man in critical condition after crash"
    return any(in_care_phrase(c) for c in arg.children) and not other_cause("injured", arg)


def in_care_phrase(prep: Token) -> bool:
    """ "in critical condition", "in the hospital": where and how the wounded are."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.dep_ == "pobj" and _in_care(g) for g in prep.children)


def _ended_with(arg: Token) -> bool:
    """ "ended with five people in the hospital": what the night ended with is its outcome."""
    prep, verb = arg.head, arg.head.head
    return arg.dep_ == "pobj" and prep.lower_ == "with" and verb.lemma_.lower() == "end" and verb.pos_ == "VERB"


def _in_care(noun: Token) -> bool:
    """ "the hospital", "critical condition", "life-threatening condition": where and how the wounded are."""
    lemma = noun.lemma_.lower()
    states = CARE_STATES | {"threatening"}
    return lemma == "hospital" or (lemma == "condition" and any(c.lower_ in states for c in noun.children))


def _with_wounds(arg: Token) -> list[tuple[str, Token]]:
    """ "three men walked in with gunshot wounds", "left eight people with wounds", "six adults
    that walked into the hospital with gunshot wounds": wounded."""
    # "found a man and a woman with gunshot wounds": the wounds after the list's last are all of theirs
    holders, verb = [arg, *(c for c in arg.conjuncts if c.i > arg.i)], None
    # "found two men lying beside a truck with gunshot wounds": the wounds of those found lying there,
    # wherever the parse hangs the "with"
    lying = [c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    places = [g for v in lying for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    holders += lying + places
    # "a man and a woman were found with gunshot wounds": the verb of the list's first is the woman's too
    first = conj_root(arg) if arg.dep_ == "conj" else arg
    acting = next((c for c in arg.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if acting is None and first.dep_ in {"nsubj", "nsubjpass", "dobj"} and first.head.pos_ == "VERB":
        acting = first.head
    if acting is not None and not is_negated(acting):
        verb = acting
        # the parse often hangs the "with" on the place before it: "walked into a store with wounds"
        places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        holders += [verb, *places]
    wounds = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in WOUND_NOUNS
    ]
    if not wounds:
        return []
    # "all four were found with gunshot wounds": found so, they may have been dead; so may "a call about a
    # man with a gunshot wound", whom no verb shows doing anything
    return [("shot" if verb is None or verb.lemma_.lower() in FOUND_VERBS else "injured", wounds[0])]


def _found_suffering(arg: Token) -> list[tuple[str, Token]]:
    """ "found three women in their 30s suffering from gunshot wounds": those found suffering from wounds
    are shot, maybe fatally, wherever the parse hangs "suffering" after them."""
    verb = arg.head
    if arg.dep_ != "dobj" or verb.lemma_.lower() not in FOUND_VERBS:
        return []
    doc = arg.doc
    for tok in doc[arg.i + 1 : verb.right_edge.i + 1]:
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_ != "suffer":
            return []  # another clause
        after = doc[tok.i + 1 : tok.i + SUFFERING_REACH]
        if tok.lower_ == "suffering" and after and after[0].lower_ == "from":
            wounds = [w for w in after if w.lower_ in WOUND_NOUNS]
            return [("shot", wounds[0])] if wounds else []
    return []


def _found_dead(arg: Token) -> list[tuple[str, Token]]:
    """ "Police found the victim, a man of 24, dead inside": the finding verb's object is dead,
    however the parser hangs the state word after the apposition (one found wounded may yet die)."""
    verb, doc = arg.head, arg.doc
    appositions = [c for c in arg.children if c.dep_ == "appos"]
    if arg.dep_ != "dobj" or verb.lemma_.lower() not in FOUND_VERBS or not appositions:
        return []
    comma = appositions[-1].right_edge.i + 1
    state = doc[comma + 1] if comma + 1 < len(doc) and doc[comma].text == "," else None
    return [("killed", state)] if state is not None and STATE_FIELDS.get(state.lower_) == "killed" else []


def other_cause(field: str, word: Token) -> bool:
    """ "died in a car crash", "died of an overdose", "hurt in one of the fires", "hurt during the
    collision", "recovered from the fall", "taken to a hospital for a medical emergency": a death
    or a wound no attack caused is no toll."""
    if field not in CASUALTY_FIELDS:
        return False
    # "passed away from cancer": the parse may hang the cause on "away"
    told_of = _joined_clauses(word) + [c for c in word.children if c.lower_ == "away"]
    causes = [
        g
        for told in told_of
        for c in told.children
        if c.dep_ == "prep" and c.lower_ in {"in", "of", "from", "after", "during", "for"}
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}  # "died after crashing into a guardrail"
    ]
    # "hurt in one of the crashes"
    of = [c for g in causes if g.pos_ in {"NUM", "PRON"} for c in g.children if c.lower_ == "of"]
    causes += [p for c in of for p in c.children if p.dep_ == "pobj"]
    if any(_caused_by(g) for g in causes):
        return True
    if any(g.lemma_.lower() == "cause" and any(a.lower_ == "natural" for a in g.children) for g in causes):
        return True  # "died of natural causes"
    # "killed in a motorcycle accident" (a hunting accident may be a shooting); "a train kills a woman"
    vehicle_accident = any(
        g.lemma_.lower() == "accident" and any(c.lemma_.lower() in VEHICLES for c in g.children) for g in causes
    )
    agent = [c for c in word.children if c.dep_ == "nsubj"] + [
        g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    # "taken to a hospital by a private vehicle": the vehicle that carried the hurt hurt no one
    carried = word.lemma_.lower() in HOSPITAL_VERBS
    return vehicle_accident or (not carried and any(a.lemma_.lower() in VEHICLES for a in agent))


def _joined_clauses(word: Token) -> list[Token]:
    """The word, and the clauses of state joined to its own: "three are dead and one is in the
    hospital after a house fire" tells one cause of both ("two were shot and a woman died in a
    crash" does not: a shooting is no state a crash caused)."""
    verb = word.head if word.dep_ in {"acomp", "attr"} else word
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in STATE_VERBS:
        return [word]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in STATE_VERBS]
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in STATE_VERBS:
        joined.append(verb.head)
    return [word, verb, *joined]


def _caused_by(cause: Token) -> bool:
    """Whether the noun after "in", "of", "from" ... is a cause that is no attack. A fire is, unless
    someone set it ("the fire the gunman set", "an arson fire"), or it only came first ("wounded a
    day after a kitchen fire next door")."""
    lemma = cause.lemma_.lower()
    if lemma not in OTHER_CAUSES:
        return False
    if lemma not in FIRES:
        return True
    # "the fire the gunman set": the parse may hang the clause on the noun or elsewhere
    told_after = cause.doc[cause.i + 1 : cause.i + 1 + SET_CLAUSE_REACH]
    set_on_purpose = any(c.lower_ == "arson" for c in cause.children) or any(
        t.pos_ == "VERB" and t.lemma_.lower() in ARSON_VERBS for t in told_after
    )
    # "wounded a day after a kitchen fire next door": the fire only came first
    came_first = cause.head.lower_ == "after" and any(c.dep_ == "npadvmod" for c in cause.head.children)
    return not set_on_purpose and not came_first


def counterfactual(word: Token) -> bool:
    """ "he could have died", "two would have been killed": what did not happen."""
    aux = {c.lemma_.lower() for c in word.children if c.dep_ in {"aux", "auxpass"}}
    # "could’ve died": the curly contraction is often parsed as a noun, still it is "have"
    have = bool(aux & {"have", "'ve"}) or any(c.lower_ in {"'ve", "\u2019ve"} for c in word.children)
    return bool(aux & COUNTERFACTUAL_MODALS) and have


def spared(word: Token) -> bool:
    """ "the duvet nearly killed him", "she almost died": no one died."""
    return any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in word.children)


def unrealised(word: Token) -> bool:
    """ "he might hurt himself", "the boy could die": a fear or a danger, not what befell anyone
    ("where he would later die" is told of the past)."""
    aux = {c.lemma_.lower() for c in word.children if c.dep_ in {"aux", "auxpass"}}
    if not aux & UNREALISED_MODALS or aux & {"have", "'ve"}:
        return False
    return not ("would" in aux and any(c.lower_ in {"later", "eventually", "soon"} for c in word.children))


def intended(word: Token) -> bool:
    """ "tried to kill two officers", "no sign that he meant to hurt or kill anyone": an aim, no toll."""
    verb = conj_root(word) if word.dep_ == "conj" else word
    if _enough_to(verb):
        return True  # "he fired enough rounds to hurt several people": what he could have done
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        return True  # "in an effort to kill himself", "a plot to kill the mayor"
    if verb.dep_ != "xcomp":
        return False
    # "he was going to kill his wife": an aim, like "planned to"
    return verb.head.lemma_.lower() in INTENT_VERBS or verb.head.lower_ == "going"


def _enough_to(verb: Token) -> bool:
    """ "strong enough to kill", "enough rounds to hurt": an infinitive with "enough" on what it
    hangs on, or between the two."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return any(t.lower_ == "enough" for t in [*head.children, *verb.doc[min(head.i, verb.i) : verb.i]])


def _shared_participles(arg: Token) -> list[Token]:
    """ "three men and one woman suffering from gunshot wounds": a participle after the last of
    coordinated groups tells what befell them all, though the parse hangs it on the last."""
    conjuncts = [c for c in arg.conjuncts if c.i > arg.i]
    if not conjuncts:
        return []
    return [c for c in max(conjuncts, key=lambda t: t.i).children if c.dep_ == "acl" and c.i > arg.i]


def _shared_relative_clauses(arg: Token) -> list[Token]:
    """ "a man and a woman who were wounded", "the aunt and uncle who were shot": a relative clause
    in the plural on one of a list of people tells of them all, though the parse hangs it on one."""
    listed = [t for t in (conj_root(arg), *conj_root(arg).conjuncts) if t.i != arg.i]
    if arg.dep_ != "conj" and not arg.conjuncts:
        return []
    return [c for t in listed for c in t.children if c.dep_ == "relcl" and _plural_verb(c)]


def _plural_verb(verb: Token) -> bool:
    """ "who were wounded", "who are recovering": a verb told of several."""
    plural_aux = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"were", "are"} for c in verb.children)
    return verb.tag_ == "VBP" or plural_aux


def _passive_verb_left_without_subject(arg: Token) -> list[Token]:
    """ "Deputies said two girls, ages 12 and 14, were shot", "after six people, including a
    toddler, were injured": the parser takes the group for an object and leaves the passive verb
    right after its phrase without a subject; the verb is the group's."""
    if arg.dep_ not in {"dobj", "pobj"}:
        return []
    doc, end = arg.doc, arg.right_edge.i + 1
    while end < len(doc) and doc[end].text == ",":
        end += 1
    aux = doc[end] if end < len(doc) else None
    if aux is None or aux.dep_ != "auxpass" or aux.head.i <= aux.i or aux.head.pos_ != "VERB":
        return []
    verb = aux.head
    return [] if any(c.dep_.startswith("nsubj") for c in verb.children) else [verb]


def _detached_participles(arg: Token) -> list[Token]:
    """ "Police identified the teenager fatally shot May 4": a participle right after the object
    that tells what befell it, though the parse hangs it on the verb as a clause of its own."""
    if arg.dep_ != "dobj":
        return []
    return [
        c
        for c in arg.head.children
        if c.dep_ in {"advcl", "ccomp"}
        and c.tag_ in {"VBN", "VBD"}  # a past form with no subject of its own is the participle
        and c.left_edge.i == arg.right_edge.i + 1
        and not any(g.dep_.startswith("nsubj") for g in c.children)
    ]


def fields_from_head(arg: Token) -> list[tuple[str, Token]]:
    head, dep = arg.head, arg.dep_
    if dep == "nsubj" and head.dep_ == "auxpass" and head.head.pos_ == "VERB":
        # "another man was critically injured", parsed with "was" as the man's head
        head, dep = head.head, "nsubjpass"
    elif dep == "nsubj" and head.dep_ == "aux" and head.lemma_ == "have" and head.head.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in head.children):
            return []
        head = head.head  # "three men had sustained gunshot wounds", with "had" as their head
    if dep == "poss" and head.lemma_.lower() in STRUCK_PARTS and head.dep_ in {"dobj", "nsubjpass"}:
        return fields_from_head(head)  # "a bullet grazed the girl's arm": what hit the arm hit her
    if dep == "conj" or listed_after_comma(arg):
        root = conj_root(arg)
        return fields_from_head(root) if root.i != arg.i else []
    if dep == "pobj":
        return _from_preposition(arg)
    listed = dep == "appos" and not arg.like_num  # "her sons, 7 and 8,": ages, not a list
    if listed and is_person(head) and head.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in head.children):
        return fields_from_head(head)  # "The victims, seven adults and a boy, were found dead": the list counts them
    if dep == "npadvmod" and any(c.lower_ == "fatally" for c in arg.children):
        return [("killed", next(c for c in arg.children if c.lower_ == "fatally"))]
    if dep in {"npadvmod", "prep", "advmod"} and _object_before_a_line_break(arg):
        dep = "dobj"
    if dep == "nummod" and counts_a_time(arg):
        head, dep = head.head, "dobj"  # "killed two early Sunday": the parser counts the Sunday
    participle = _participle_read_as_noun(head)
    if participle is not None and dep in {"nsubj", "nsubjpass"}:
        return _participle_fields(participle)
    if dep not in {"nsubj", "nsubjpass", "dobj", "attr"} or head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return []
    if dep == "dobj" and _second_object_with_clause(arg):
        return []
    if dep in {"dobj", "nsubjpass"} and not_saved(head):
        return [("killed", head)]
    if dep == "nsubj" and did_not_survive(head):
        return [("killed", head)]
    if is_negated(head) or is_open_question(head) or semicolon_between(arg, head):
        return []
    toll = _toll_field(head)
    if toll is not None and dep in {"attr", "dobj"}:
        return [toll]
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ in STATE_FIELDS:
        return [(STATE_FIELDS[head.lower_], head)]  # "found two women and a boy dead": the state's subject
    # "two men shot each other": each befell the other, so each was shot
    passive = dep in {"nsubjpass", "dobj"} or elliptic_passive(arg, head) or _done_to_each_other(head)
    fields, fate = verb_fields(head, passive, dep), _fate_of_subject(arg, head, dep)
    if fate and all(word.lemma_ in WEAK_VERBS for _, word in fields):
        return fate  # as in "shot and killed", the verb after says how the shot fared
    return fields + _outcome_of_reduced_relative(head)


def _done_to_each_other(verb: Token) -> bool:
    """ "shot each other", "shot and killed one another": the verb's object is its own subject."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for c in v.children:
            words = {c.lower_, *(g.lower_ for g in c.children)}
            if c.dep_ == "dobj" and words in ({"other", "each"}, {"one", "another"}):
                return True
    return False


def _participle_read_as_noun(head: Token) -> Token | None:
    """ "Two men were each shot in the leg", "three boys were each shot": after "each" the parser
    takes the participle for a noun, the passive's verb or the copula's attribute."""
    if head.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in head.children):
        participle = head
    elif head.lemma_ == "be":
        participle = next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if participle is None or not any(c.lower_ in DISTRIBUTIVES for c in participle.children):
            return None
    else:
        return None
    return participle if participle.lower_ in PARTICIPLE_STATES else None


def _participle_fields(participle: Token) -> list[tuple[str, Token]]:
    """The field of a participle read as a noun, or of the verb joined to it ("each shot and
    killed")."""
    if is_negated(participle) or is_negated(participle.head):
        return []
    joined = [f for c in participle.children if c.dep_ == "conj" for f in verb_field(c, True)]
    own = PARTICIPLE_STATES[participle.lower_]
    return [next((f for f in joined if f[0] == "killed"), (own, participle))]


def counts_a_time(count: Token) -> bool:
    """ "killed two early Sunday", "injured five late Saturday night": the parser takes the count
    for the number of the day or night after it, which hangs on the verb as an adverb."""
    time = count.head
    if time.ent_type_ not in {"DATE", "TIME"}:
        return False
    if count.ent_type_ in {"DATE", "TIME"} and not count_joined_to_a_day(count):
        return False
    return time.i > count.i and time.dep_ == "npadvmod" and time.head.pos_ == "VERB" and time.head.i < count.i


def count_joined_to_a_day(count: Token) -> bool:
    """ "two early Sunday", "four Monday night": the tagger takes a count and the day after it for
    one date or time."""
    doc = count.doc
    after = doc[count.i + 1] if count.i + 1 < len(doc) else None
    if after is None or count.ent_type_ not in {"DATE", "TIME"} or after.ent_type_ != count.ent_type_:
        return False
    return after.lower_ in DAY_OPENERS


def _object_before_a_line_break(arg: Token) -> bool:
    """ "Elmvale shooting that injured three" ending a headline line: the line break after the
    count leads the parser to take it for an adverb or a preposition; a count right after a verb
    with no object of its own is the verb's object."""
    verb, doc = arg.head, arg.doc
    if not arg.like_num or verb.pos_ != "VERB" or verb.i >= arg.i or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return arg.i + 1 == len(doc) or doc[arg.i + 1].is_space


def _second_object_with_clause(arg: Token) -> bool:
    """ "shot her with a rifle the three stole": the parser hangs "the three" on "shot" as a second
    object; a verb has one, and a number with a clause of its own after another object is that
    clause's subject."""
    earlier = any(c.dep_ == "dobj" and c.i < arg.i for c in arg.head.children)
    return earlier and any(c.dep_ in {"acl", "relcl"} for c in arg.children)


def _outcome_of_reduced_relative(participle: Token) -> list[tuple[str, Token]]:
    """ "One of two women shot late Friday dies": the parser reads "women shot" as a clause and leaves
    the verb after it without a subject; that verb tells what befell the one counted."""
    outer = participle.head
    if participle.dep_ != "ccomp" or participle.tag_ not in {"VBN", "VBD"} or outer.pos_ != "VERB":
        return []
    if outer.i < participle.i or any(c.dep_.startswith("nsubj") for c in outer.children):
        return []
    return [f for f in verb_field(outer, False) if f[0] == "killed"]


def _fate_of_subject(arg: Token, participle: Token, dep: str) -> list[tuple[str, Token]]:
    """ "Police say a boy shot Friday has died", "Four men shot Wednesday all are expected to
    recover": the parser reads "boy shot" as a clause and hangs the sentence's own verb beside it
    or on it, without a subject; when that verb tells a death or a wound, it is the subject's, as
    in "was shot in the leg, was treated and released". Not the part of a group ("One of two men
    shot Monday dies"), whose fate is the part's alone."""
    if dep not in SUBJECTS or not _hit_participle(participle):
        return []
    if any(c.lower_ == "of" for c in arg.children):
        return []
    if any(c.dep_ == "dobj" for c in participle.children):
        return []
    return _fate_after(participle)


def _hit_participle(verb: Token) -> bool:
    """ "shot", "stabbed", "struck": a participle that says someone was hit, not how they fared."""
    return verb.tag_ in {"VBN", "VBD"} and verb.lemma_.lower() in HIT_LEMMAS


def _fate_after(participle: Token) -> list[tuple[str, Token]]:
    """The death or wound that the sentence's own verb after the participle tells."""
    outer = _predicate_after(participle)
    if outer is None:
        return []
    passive = any(c.dep_ == "auxpass" for c in outer.children)
    return [f for f in verb_field(outer, passive) if f[0] in {"killed", "injured"}]


def _predicate_after(participle: Token) -> Token | None:
    """The first verb after the participle with no subject of its own that the parse hangs on it,
    beside it under a verb of saying ("Police say a boy shot Friday has died"), or above it; not
    one joined by "and" ("shot Wednesday and fled" is the shooter's)."""
    candidates = [c for c in participle.children if c.dep_ in {"conj", "advcl", "ccomp"}]
    if participle.dep_ in {"ccomp", "csubj"}:
        candidates += [participle.head, *(c for c in participle.head.children if c.dep_ == "ccomp")]
    joins = [c for c in participle.children if c.dep_ in {"cc", "conj"}]
    after = sorted((c for c in candidates if c.i > participle.i and c.pos_ in {"VERB", "AUX"}), key=lambda c: c.i)
    # "while sleeping", "after he fled": a clause of its own, under the participle
    for verb in (v for v in after if not any(c.dep_ == "mark" for c in v.children)):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        # "all are expected to recover": a quantifier floated off the participle's subject
        if all(c.lower_ in DISTRIBUTIVES or _object_taken_from_preposition(c) for c in subjects):
            return None if _joined_by_and(verb, joins) else verb
    return None


def _object_taken_from_preposition(subject: Token) -> bool:
    """ "a man shot on Birch Lane has died": the parser takes the street for the subject of the verb
    after it and leaves the preposition before it with no object."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start > 0 else None
    return (
        subject.pos_ == "PROPN"
        and before is not None
        and before.dep_ == "prep"
        and not any(c.dep_ == "pobj" for c in before.children)
    )


def elliptic_passive(arg: Token, verb: Token) -> bool:
    """ "four attackers killed and four officers wounded": a participle with a subject and no
    auxiliary of its own reads as passive; so does a headline's "Four men shot on Quarry Street"
    (no full stop), where the tagger takes the participle for a past tense."""
    if arg.dep_ != "nsubj" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if fired_at(verb) or (verb.tag_ == "VBD" and not is_headline(sentence_of(verb)) and not _reduced_relative(verb)):
        return False
    return not any(c.dep_ in {"aux", "dobj"} for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """ "Four men shot Wednesday are expected to recover", "the two people shot and killed in the car
    were identified": the sentence's own verb comes after, with no subject of its own and no "and"
    right before it, so "shot" tells what befell the men. So too "found seven people fatally shot"."""
    if verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in FOUND_VERBS and verb.head.i < verb.i:
        return True
    if _hit_participle(verb) and _fate_after(verb):
        return True  # "a boy shot Friday has died", "four men shot Wednesday all are expected to recover"
    if verb.dep_ in {"ccomp", "csubj"} and verb.head.i > verb.i and _is_form_of_be(verb.head):
        # "Four men fatally shot on Birch Lane were inside a car": the participle hung on the verb after
        return not _has_own(verb.head, {"nsubj", "nsubjpass"})
    joins = [c for c in verb.children if c.dep_ in {"cc", "conj"} or (c.dep_ == "ccomp" and c.i > verb.i)]
    # "the man shot on Birch Lane was a teacher": the copula after it, however the parse hangs it
    return any(
        c.dep_ in {"conj", "ccomp", "advcl"}
        and c.i > verb.i
        and not _has_own(c, {"nsubj", "nsubjpass"})
        and (_is_form_of_be(c) or any(g.dep_ in {"aux", "auxpass"} and _is_form_of_be(g) for g in c.children))
        and not _joined_by_and(c, joins)
        for c in verb.children
    )


def _is_form_of_be(tok: Token) -> bool:
    """ "were", "is", "been": the verb or auxiliary that makes a participle after it passive."""
    return tok.lower_ in {"are", "is", "were", "was", "been"}


def _joined_by_and(verb: Token, joins: list[Token]) -> bool:
    """Whether the nearest conjunction or verb joined before ``verb`` is an "and": "shot Wednesday and
    are expected to recover" tells the shooters' fate, "shot and killed ... were identified" the shot's."""
    before = [j for j in joins if j.i < verb.i]
    return bool(before) and before[-1].dep_ == "cc"


def fired_at(verb: Token) -> bool:
    """ "Gunman shot at officers", "shot at a car": fired at someone; "Four shot at party": hit there."""
    # "at fleeing driver" parses as a clause whose object is the target
    objects = [g for c in verb.children if c.lower_ == "at" for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    targets = [*objects, *(g for o in objects if o.dep_ == "pcomp" for g in o.children if g.dep_ == "dobj")]
    return any(t.pos_ == "PRON" or t.lemma_.lower() in VEHICLES or is_person(t) for t in targets)


def verb_fields(verb: Token, passive: bool, role: str = "nsubj") -> list[tuple[str, Token]]:
    """Fields of a verb for its patient (passive) or its subject (active), with conjoined verbs
    that share the subject ("no one was killed or injured", "shot and killed")."""
    own = verb_field(verb, passive)
    # A conjoined verb shares the argument only when it has none of the same kind itself. A verb
    # with a subject of its own, or a passive one, tells of its subject, not of the object before
    # it ("charged two men ... and four others were injured", "shot a man and was arrested").
    kinds = {"dobj", "nsubj", "nsubjpass", "auxpass"} if role == "dobj" else {"nsubj", "nsubjpass"}
    joined = [
        c
        for c in verb.children
        if (c.dep_ == "conj" or _comma_joined(verb, c)) and c.pos_ in {"VERB", "ADJ"} and not _has_own(c, kinds)
    ]
    conj = [
        f
        for c in joined
        # "was inside the home and was not hurt": a denied state befell no one
        if not is_negated(c)
        # "a girl ran into the room and was hit by a bullet": its own auxiliary makes it passive
        for f in verb_field(c, passive or (role == "nsubj" and any(g.dep_ == "auxpass" for g in c.children)))
    ]
    # "was rushed to a hospital but did not survive"; in "four guests were shot and one of them, a
    # cook, did not survive" the parser may join the real subject to the first verb
    conj += [("killed", c) for c in joined if did_not_survive(c) and not _subject_joined_before(verb, c)]
    if own and own[0][1].lemma_ in HIT_LEMMAS:
        # "shot and killed", "hit in the face and remains in critical condition": the second verb
        # says how the one hit fared
        for outcome in ("killed", "injured"):
            told = [f for f in conj if f[0] == outcome and f[1].lemma_ not in HIT_LEMMAS]
            if told:
                return told
    return own + [f for f in conj if f[0] not in {o[0] for o in own}] if own or conj else []


def _subject_joined_before(verb: Token, second: Token) -> bool:
    """Whether a noun or a count joined to the verb stands between it and its second verb: the
    second verb's own subject, which the parser joined to the first."""
    return any(
        c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and verb.i < c.i < second.i
        for c in verb.children
    )


def _has_own(verb: Token, kinds: set[str]) -> bool:
    """Whether the verb has an argument of these kinds, also where the parser hangs the subject
    on its auxiliary ("and another man was injured", "man" under "was")."""
    return any(
        g.dep_ in kinds or (g.dep_ in {"aux", "auxpass"} and any(a.dep_ in kinds for a in g.children))
        for g in verb.children
    )


def _comma_joined(verb: Token, other: Token) -> bool:
    """ "Boy shot, killed in Elmvale": a headline's comma joins two participles like "and"."""
    return other.dep_ == "advcl" and other.i == verb.i + 2 and verb.nbor(1).text == "," and other.tag_ == "VBN"


def verb_field(verb: Token, passive: bool) -> list[tuple[str, Token]]:
    """What a verb says befell its patient (``passive``) or its subject: [(field, the word that says so)]."""
    lemma = verb.lemma_.lower()
    if passive and _fired_at(verb):
        return []
    complement = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp", "advmod", "dobj"}]
    # "was found fatally shot": the parser may take the state for a clause of its own
    complement += [c for c in verb.children if c.dep_ == "ccomp" and lemma in FOUND_VERBS and not _has_own(c, SUBJECTS)]
    # "left five others wounded", "found him dead": the state is the object's, not the subject's
    objects_state = not passive and any(c.dep_ == "dobj" for c in complement)
    for c in complement:
        # The quote must reach whichever comes last: "found dead", "fatally shot".
        last = c if c.i > verb.i else verb
        if c.lower_ in STATE_FIELDS and c.dep_ != "dobj" and c.lower_ != "killed":
            return [] if objects_state and c.dep_ in {"oprd", "xcomp"} else [(STATE_FIELDS[c.lower_], last)]
        if c.dep_ == "xcomp" and lemma == "expect" and is_recovery(c):
            return [("injured", c)]  # "is expected to survive": hurt, and alive
        if c.dep_ == "xcomp" and lemma == "survive" and any(g.dep_ == "auxpass" for g in c.children):
            # "survived being shot five times": hurt by it, and alive, as "survived" says
            return [("injured", verb)] if verb_field(c, True) else []
        if c.dep_ == "xcomp" and _hands_on_its_subject(verb, c, passive):
            # "appear to have minor injuries", "are said to be in fair condition", "had to be
            # treated": what the infinitive tells befell them
            return verb_field(c, any(g.dep_ == "auxpass" for g in c.children))
        # "fatally shot", "found shot" say what befell the patient, never the shooter.
        hit = lemma in WEAK_VERBS or lemma in STRIKE_VERBS or VERB_FIELDS.get(lemma) == "injured"
        if passive and c.lower_ in FATAL_ADVERBS and hit:
            return [("killed", last)]
        if passive and c.dep_ in {"xcomp", "oprd", "ccomp"} and c.lemma_.lower() in FOUND_STATES and c.tag_ == "VBN":
            # "found shot", "found stabbed to death"; "believed to have shot" is the shooter
            return [] if _active_infinitive(c) else verb_field(c, True)
    death = _to_death(verb)
    if death is not None and (lemma in WEAK_VERBS or lemma in BEAT_VERBS) and passive:
        return [("killed", death)]  # "stabbed to death", "beaten to death"
    if lemma in SUBJECT_FIELDS or _passed_away(verb):
        return [(SUBJECT_FIELDS.get(lemma, "killed"), verb)]
    among = among_the_hurt(verb)
    if among is not None:
        return [(STATE_FIELDS[among.lower_], among)]
    if lemma == "lose" and any(c.lower_ in {"life", "lives"} for c in verb.children):
        return [("killed", verb)]
    wounds = wounds_taken(verb)
    if wounds and all(any(c.dep_ == "det" and c.lower_ == "no" for c in w.children) for w in wounds):
        return []  # "suffered no injuries"
    if wounds:
        # "suffered a fatal gunshot wound": a wound that killed (not a "non-fatal" one)
        fatal = any(_fatal_word(a) for w in wounds for a in w.children if a.dep_ == "amod")
        return [("killed" if fatal else "injured", verb)]
    # "is recovering"; not "a stolen car was recovered"
    recovering = lemma in RECOVERY_VERBS and not any(c.dep_ in {"dobj", "auxpass"} for c in verb.children)
    if in_condition(verb) or recovering:
        return [("injured", verb)]
    if _fights_for_life(verb):
        return [("injured", verb)]
    if not passive:
        return [("injured", verb)] if _went_for_care(verb) else []
    if lemma in HOSPITAL_VERBS and (_to_hospital(verb) or _in_a_condition(verb) and not _to_custody(verb)):
        died = _died_there(verb)
        return [("killed", died)] if died is not None else [("injured", verb)]
    if lemma in STRIKE_VERBS and _gunfire_subject(verb):
        return [("injured", verb)]  # "a bullet struck the boy": shot, maybe fatally (weak)
    if lemma in VERB_FIELDS:
        return [(VERB_FIELDS[lemma], verb)]
    if lemma in WEAK_VERBS:
        return [(WEAK_VERBS[lemma], verb)]
    return _phrase_field(verb)


def among_the_hurt(verb: Token) -> Token | None:
    """ "A boy was among the wounded", "among those killed was a teacher": the state word of the
    group the subject is one of."""
    if verb.lemma_.lower() != "be":
        return None
    groups = [g for c in verb.children if c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
    if any(c.like_num for g in groups for c in g.children):
        return None  # "among the 53 others wounded": the group's own count tells them all
    told = [w for g in groups for w in (g, *(c for c in g.children if c.dep_ in {"acl", "amod"}))]
    return next((w for w in told if STATE_FIELDS.get(w.lower_) in {"killed", "injured"}), None)


def _hands_on_its_subject(verb: Token, infinitive: Token, passive: bool) -> bool:
    """Whether the verb's subject is the infinitive's patient or subject: "seem to", "are said to",
    "had to be"."""
    lemma = verb.lemma_.lower()
    if lemma in SEEMING_VERBS or (passive and lemma in HEARSAY_VERBS):
        return True
    return lemma == "have" and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)


def is_recovery(verb: Token) -> bool:
    """What the hurt are expected to do or be, and live: "to survive", "to recover", "to be okay"."""
    if verb.lemma_.lower() in EXPECTED_RECOVERIES:
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in WELL_WORDS for c in verb.children)


def wounds_taken(verb: Token) -> list[Token]:
    """The wounds a verb's subject took: "suffered a gunshot wound to the head", "had minor injuries",
    "reported injuries", "is nursing a bullet wound" (only the object of these: "had a history of
    injuries" took none)."""
    lemma = verb.lemma_.lower()
    if lemma in WOUND_HOLDING_VERBS:
        return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in WOUND_LEMMAS]
    if lemma not in WOUND_TAKING_VERBS:
        return []
    wounds = [c for c in verb.subtree if c.lemma_ in WOUND_LEMMAS]
    # "The three suffered minor injuries": the parser may take the verb for the wounds' adjective
    misread = verb.dep_ == "amod" and verb.head.lemma_ in WOUND_LEMMAS and verb.head.i > verb.i
    return wounds + [verb.head] if misread else wounds


def survivable(wound: Token) -> bool:
    """ "minor injuries", "non-life-threatening wounds": wounds one lives with."""
    if any(c.lower_ in MILD_WOUNDS for c in wound.children):
        return True
    return any(t.lower_ == "non" or t.text.lower().startswith("non-") for t in wound.subtree if t.i < wound.i)


def severe(wound_or_state: Token) -> bool:
    """ "serious injuries", "seriously hurt", "life-threatening wounds": how badly, told of some."""
    told = [c for c in wound_or_state.children if c.dep_ in {"amod", "advmod", "compound", "npadvmod"}]
    if any(c.lower_ in SEVERE_WOUNDS for c in told):
        return True
    return any(t.lower_ == "threatening" for t in wound_or_state.subtree) and not survivable(wound_or_state)


def _fired_at(verb: Token) -> bool:
    """ "was shot at twice", "officers were shot at": fired on, not hit; not "shot at a party"."""
    doc = verb.doc
    at = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.lemma_.lower() != "shoot" or at is None or at.lower_ != "at":
        return False
    return not any(c.dep_ == "pobj" for c in at.children)


def _fatal_word(word: Token) -> bool:
    """ "fatal", "deadly", "mortal", not "non-fatal"."""
    before = word.doc[word.i - 1] if word.i else None
    return word.lower_ in FATAL_WORDS | {"mortal"} and not (before is not None and before.lower_ in {"-", "non"})


def _active_infinitive(verb: Token) -> bool:
    """ "to have shot" (the subject fired), not "to have been shot"."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("aux", "to") in deps and not any(dep == "auxpass" for dep, _ in deps)


def _gunfire_subject(verb: Token) -> bool:
    """Whether a gun or a bullet does the verb: "a round hit him", "a gun that went off, striking him"."""
    if verb.dep_ == "acl" and _gunfire(verb.head):
        return True  # "opened fire with a rifle, hitting two men": the parse hangs the hit on the gun
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in {"that", "which"} and verb.dep_ == "relcl":
            subjects = [verb.head]
        if subjects:
            return _gunfire(subjects[0])
        if verb.dep_ not in {"advcl", "conj"}:
            return False
        if _fires(verb.head):
            return True  # "opened fire, striking two men": what the shots struck
        verb = verb.head  # "went off, striking": the clause's subject is the one it hangs on
    return False


def _gunfire(noun: Token) -> bool:
    """ "a bullet", "the gun", "gun fire" (a headline's "gun fires at gun show, hits man")."""
    if noun.lemma_.lower() == "fire":
        return any(c.dep_ == "compound" and c.lemma_.lower() in GUN_WORDS for c in noun.children)
    return noun.lemma_.lower() in GUNFIRE_WORDS | GUN_WORDS


def _fires(verb: Token) -> bool:
    """ "fired a gun", "fired into the crowd", "opened fire", "sprayed bullets", "a handgun
    discharged": shots let off."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return lemma in lx.LETTING_OFF or (lemma == "open" and "fire" in objects) or bool(objects & GUNFIRE_WORDS)


def in_condition(verb: Token) -> bool:
    """ "is in critical condition", "was listed in stable condition", "remains in the hospital",
    "both were stable", "upgraded to fair condition": a patient's condition."""
    lemma = verb.lemma_.lower()
    if lemma in CHANGED_CONDITION_VERBS:
        return _in_a_condition(verb, "to")
    if lemma not in CONDITION_VERBS:
        return False
    if lemma == "leave" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "were left in critical condition"; not "left the house in good condition"
    if _in_hospital(verb) and (lemma in STAYING_VERBS or _present_patient(verb)):
        return True
    # "critical of the plan" is no patient's
    told = any(c.dep_ == "acomp" and c.lower_ in CONDITIONS and not list(c.children) for c in verb.children)
    return (told and _subjects_in_its_clause(verb)) or _in_a_condition(verb)


def _in_hospital(verb: Token) -> bool:
    """ "remains in the hospital", "two men are in the hospital"."""
    return verb.lemma_.lower() in STAYING_VERBS | {"be"} and any(
        g.lower_ in HOSPITAL_NOUNS for g in _objects_of(verb, "in")
    )


def _present_patient(verb: Token) -> bool:
    """ "are in the hospital": a patient now; not a visitor ("was in the hospital with him") or the
    past ("was in the hospital last year")."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.lower_ == "with" for c in verb.children)


def _subjects_in_its_clause(verb: Token) -> bool:
    """ "Grandfather of Birch Lane boy: 'he's stable'": a subject the parse hangs on the verb across
    a colon or a quote is no subject of it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return all(not any(t.is_punct for t in verb.doc[s.i + 1 : verb.i]) for s in subjects)


def _to_custody(verb: Token) -> bool:
    """ "taken into custody in good condition": an arrest, whatever condition it tells."""
    return any(g.lower_ == "custody" for c in verb.children if c.dep_ == "prep" for g in c.children)


def _in_a_condition(verb: Token, preposition: str = "in") -> bool:
    """ "in critical condition" on the verb: "listed in stable condition", "taken to Elmvale Mercy in
    critical condition"."""
    return any(g.lemma_.lower() == "condition" for g in _objects_of(verb, preposition))


def _objects_of(verb: Token, preposition: str) -> list[Token]:
    """The words under the verb's preposition: "remains [in] the hospital", "upgraded [to] fair condition"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition for g in c.children]


def _passed_away(verb: Token) -> bool:
    """ "passed away at the hospital": died, in the words of a family or a chaplain."""
    return verb.lemma_.lower() == "pass" and any(
        c.lower_ == "away" for c in verb.children if c.dep_ in {"prt", "advmod"}
    )


def _fights_for_life(verb: Token) -> bool:
    """ "is fighting for his life", "another was clinging to life", "two are fighting for their lives":
    wounded, maybe mortally."""
    lives = {("fight", "for"), ("cling", "to")}
    return any(
        (verb.lemma_.lower(), c.lower_) in lives and any(g.lower_ in {"life", "lives"} for g in c.children)
        for c in verb.children
        if c.dep_ == "prep"
    )


def _to_hospital(verb: Token) -> bool:
    """ "taken to a hospital", "lands four in the hospital", "put two in the hospital"."""
    return bool(_hospitals(verb))


def _hospitals(verb: Token) -> list[Token]:
    # the parse may hang the place on the object: "lands [four men in hospital]"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    places = [
        g for h in holders for c in h.children if c.lower_ in {"to", "in", "at"} for g in c.children if g.dep_ == "pobj"
    ]
    return [
        p
        for p in places
        if p.lower_ in HOSPITAL_NOUNS
        # "Elmvale Medical Center": a name's lemma keeps its capital
        or p.lower_ == "center"
        and any(c.lower_ in {"medical", "trauma"} for c in p.children)
    ]


def _died_there(verb: Token) -> Token | None:
    """ "were taken to a hospital, where they died": the death the hospital's clause tells of those taken."""
    for place in _hospitals(verb):
        for clause in (c for c in place.children if c.dep_ == "relcl"):
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            pronoun = subject is not None and subject.lower_ in TAKEN_PRONOUNS
            if pronoun and any(f == "killed" for f, _ in verb_field(clause, False)):
                return clause
    return None


def _went_for_care(verb: Token) -> bool:
    """ "went to a hospital for treatment", "drove herself to the hospital", "five people went to
    the hospital": the one who went, or the people counted going, are wounded; one who went there
    to visit is not."""
    if verb.lemma_.lower() not in SELF_CARE_VERBS or not _to_hospital(verb):
        return False
    for_care = any(c.lower_ == "for" and any(g.lemma_ == "treatment" for g in c.children) for c in verb.children)
    took_self = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_OBJECTS | {"themselves"} for c in verb.children)
    return for_care or took_self or (_counted_patients(verb) and not _for_a_purpose(verb))


def _counted_patients(verb: Token) -> bool:
    """The verb's subject is a counted group of people ("five people", "the other four victims")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in PATIENT_NOUNS
        and any(c.dep_ == "nummod" and c.like_num for c in subject.children)
    )


def _for_a_purpose(verb: Token) -> bool:
    """ "went to the hospital to visit him": a purpose of the going's own."""
    return any(c.dep_ in {"xcomp", "advcl"} and any(g.lower_ == "to" for g in c.children) for c in verb.children)


def _to_death(verb: Token) -> Token | None:
    """The word "death" of "shot to death", else None."""
    deaths = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.lower_ == "death"]
    return deaths[0] if deaths else None


def _phrase_field(verb: Token) -> list[tuple[str, Token]]:
    """ "taken into custody", "taken to hospital", "held hostage", "held in custody"."""
    lemma = verb.lemma_.lower()
    words = {g.lower_ for c in verb.children for g in c.subtree}
    if lemma in {"take", "hold"} and "hostage" in words:
        return [("kidnapped", verb)]
    if lemma == "take" and "custody" in words:
        return [("arrested", verb)]
    if lemma == "hold" and "custody" in words:
        return [("detained", verb)]
    if lemma in {"take", "rush", "transport", "airlift"} and "hospital" in words:
        return [("injured", verb)]
    if lemma == "treat" and (words & (WOUND_NOUNS | HOSPITAL_NOUNS | {"released"}) or _to_hospital(verb)):
        return [("injured", verb)]  # "treated for gunshot wounds", "treated at local hospitals", "treated and released"
    if lemma == "drop" and words & HOSPITAL_NOUNS:
        return [("injured", verb)]  # "dropped off at a hospital by a friend"
    if lemma == "release" and (words & HOSPITAL_NOUNS or _victims_released(verb)):
        return [("injured", verb)]  # "released from the hospital": wounded, and alive
    if lemma in STRIKE_VERBS and words & GUNFIRE_WORDS:
        return [("injured", verb)]  # "hit by a stray bullet": shot, maybe fatally (weak)
    if lemma in STRIKE_VERBS and _struck_in_a_part(verb) and _amid_gunfire(verb):
        return [("injured", verb)]  # "was hit in the leg during the shooting": the same (weak)
    return []


def _struck_in_a_part(verb: Token) -> bool:
    """ "was struck in the chest", with nothing named that struck ("by a car", "with a bat" tell of
    another blow)."""
    if any(c.dep_ == "agent" or c.lower_ == "with" for c in verb.children):
        return False
    return any(
        c.lower_ == "in" and any(g.lemma_.lower() in STRUCK_PARTS for g in c.children if g.dep_ == "pobj")
        for c in verb.children
    )


def _amid_gunfire(verb: Token) -> bool:
    """Whether the verb's sentence tells of shots: "during a shooting", "caught in crossfire"."""
    return any(t.lower_ in AMID_GUNFIRE for t in sentence_of(verb))


def _victims_released(verb: Token) -> bool:
    """ "7 victims of Sunday's shooting released": a victim let go is let go from the hospital
    (the police release a victim's name, not the victim)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "seven victims released ...": the participle hangs on them
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return not has_object and any(s.lemma_.lower() == "victim" for s in subjects)


def _from_modifier(mod: Token) -> list[tuple[str, Token]]:
    """ "four suspects, who were charged", "11 people detained", "three injured people"."""
    if mod.dep_ == "amod":
        if mod.lower_ in STATE_FIELDS and any(c.lower_ == "fatally" for c in mod.children):
            return [("killed", mod)]  # "a fatally wounded officer"
        if mod.lower_ == "surviving" and mod.head.lemma_.lower() in VICTIM_NOUNS:
            return [("injured", mod)]  # "the three surviving victims"; not "his two surviving sons"
        return [(STATE_FIELDS[mod.lower_], mod)] if mod.lower_ in STATE_FIELDS else []
    if is_negated(mod):
        return []
    rel_subject = [c for c in mod.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if mod.dep_ == "acl" and not rel_subject:
        # "the four men shot to death": a clause with no subject of its own hangs a participle on the
        # noun, whichever past form the tagger took it for
        return verb_fields(mod, mod.tag_ in {"VBN", "VBD"})
    if rel_subject and rel_subject[0].lower_ in {"who", "that"}:
        return verb_fields(mod, rel_subject[0].dep_ == "nsubjpass")
    return []


def lives_taken(owner: Token) -> bool:
    """ "the rampage claimed the lives of four neighbors", "took the lives of a father and son"; not "tried to
    take the lives of", "could have taken the lives of": an aim or a danger, no toll."""
    if owner.lower_ != "lives" or owner.dep_ != "dobj" or owner.head.lemma_.lower() not in LIFE_TAKING_VERBS:
        return False
    verb = owner.head
    doubted = counterfactual(verb) or spared(verb) or unrealised(verb) or intended(verb)
    return not doubted and not is_negated(verb)


def _from_preposition(arg: Token) -> list[tuple[str, Token]]:
    """ "the arrests of seven people", "the death toll rose to 12", "a toll of 12"."""
    prep = arg.head
    owner = prep.head
    if prep.lower_ == "of" and owner.lemma_.lower() in NOUN_FIELDS:
        return [(NOUN_FIELDS[owner.lemma_.lower()], owner)]
    if prep.lower_ == "of" and lives_taken(owner):
        return [("killed", owner)]
    if prep.lower_ == "of" and owner.lower_ in {"shooting", "shootings"}:
        # "the fatal shooting of one man", "the shooting of three people" (shot: maybe fatally)
        fatal = any(c.lower_ in FATAL_WORDS for c in owner.children)
        return [("killed" if fatal else "injured", owner)]
    if prep.lower_ == "of" and owner.lemma_.lower() == "toll":
        return [_toll_of(owner)]
    if prep.lower_ == "of" and _hit_participle_of_the_part(owner, arg):
        # "One of four guests shot Saturday has died": the parser makes "shot" the part's verb; it
        # tells what befell the whole group
        return [(WEAK_VERBS[owner.head.lemma_.lower()], owner.head)]
    if prep.lower_ == "of" and owner.lemma_.lower() == "total" and owner.dep_ != "pobj":
        return fields_from_head(owner)  # "a total of seven people were shot": what befell the total befell them
    if prep.lower_ == "with" and owner.lower_ == "along" and not _own_fate_told(arg):
        return _fate_of_companions(owner)
    if prep.lower_ in {"to", "at"}:
        toll = _toll_field(owner)
        return [toll] if toll is not None else []
    return []


def _hit_participle_of_the_part(part: Token, group: Token) -> bool:
    """Whether the part of a group ("One" of "one of five people shot") is the subject of a "shot"
    right after the group, with no auxiliary or object of its own: a participle on the group,
    misparsed ("one of two men shot two deputies" tells what the one did)."""
    verb = part.head
    return (
        part.like_num  # "the mother of three boys shot Sunday" was shot herself
        and part.dep_ in SUBJECTS
        and verb.i == group.i + 1
        and verb.lemma_.lower() in WEAK_VERBS
        and _hit_participle(verb)
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
    )


def _own_fate_told(arg: Token) -> bool:
    """ "along with a woman who remained in critical condition": a clause of the group's own."""
    return any(c.dep_ in {"relcl", "acl"} for c in arg.children)


def _fate_of_companions(along: Token) -> list[tuple[str, Token]]:
    """ "Ann Roe was killed, along with two other men", "shot Ann Roe along with two other women",
    "Ann and Jon Roe, along with four other victims, were killed": what befell those named, the
    verb's subject or its object, befell those along with them."""
    named = along.head
    if named.pos_ in {"NOUN", "PROPN"}:
        return fields_from_head(conj_root(named))
    if named.pos_ != "VERB":
        return []
    objects = [c for c in named.children if c.dep_ == "dobj" and c.i < along.i]
    return verb_fields(named, bool(objects) or any(c.dep_ == "auxpass" for c in named.children))


def _toll_field(verb: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 12", "raising the death toll to two": the toll that reached the number."""
    raised = verb.lemma_.lower() in TOLL_RAISING_VERBS
    for c in verb.children:
        if c.lemma_.lower() == "toll" and (c.dep_.startswith("nsubj") or (raised and c.dep_ == "dobj")):
            return _toll_of(c)
    return None


def _toll_of(toll: Token) -> tuple[str, Token]:
    # "the injury toll" is rare; "the toll" and "the death toll" count the dead.
    kinds = {c.lemma_.lower() for c in toll.children if c.dep_ in {"compound", "amod"}}
    return ("injured", toll) if kinds & {"injury", "casualty"} else ("killed", toll)


def is_negated(verb: Token) -> bool:
    """Whether the verb is denied ("was not hurt")."""
    return any(c.dep_ == "neg" for c in verb.children)


def not_saved(verb: Token) -> bool:
    """ "doctors could not save her", "were unable to save him", "he could not be saved": the
    news's way of saying the person died."""
    if verb.lemma_.lower() != "save":
        return False
    if is_negated(verb):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lemma_.lower() in {"unable", "fail"}:
        return True
    return head.lemma_.lower() == "able" and (is_negated(head) or is_negated(head.head))


def did_not_survive(verb: Token) -> bool:
    """ "did not survive", "failed to survive his wounds": the news's way of saying the verb's
    subject died ("may not survive", which is feared, is left out as unrealised)."""
    failed = verb.lemma_.lower() == "fail"
    survive = next((c for c in verb.children if c.dep_ == "xcomp"), verb) if failed else verb
    return survive.lemma_.lower() == "survive" and (failed or is_negated(verb))


def is_open_question(verb: Token) -> bool:
    """ "could not say if the woman had died", "unknown whether anyone was hurt": no fact told."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children)


def told_also(word: Token) -> bool:
    """ "a shooting that also injured a woman": one more besides whom the sentence told of."""
    return any(c.lower_ == "also" for c in word.children)


def reflexive_fields(tok: Token) -> list[tuple[str, Token]]:
    """ "shot himself", "killed herself", "turned the gun on himself", "took his own life"."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.lower_ in REFLEXIVES and tok.dep_ == "dobj" and not is_negated(verb) and not intended(verb):
        if unrealised(verb):
            return []  # "he might hurt himself": a fear, not a wound
        if lemma in WEAK_VERBS or lemma in VERB_FIELDS:
            fields = [f for f in verb_field(verb, True) if f[0] in CASUALTY_FIELDS]
            return fields or [("injured", verb)] if lemma in WEAK_VERBS else fields
    shot = tok.nbor(-1) if tok.i > 0 and tok.lower_ in REFLEXIVE_OBJECTS else None
    if shot is not None and shot.lower_ in {"shot", "shoots"}:
        # "a 17-year-old shot himself", "officer shoots self", however the parse reads them
        fatally = any(c.lower_ == "fatally" for c in shot.children) or (
            shot.i > 0 and shot.nbor(-1).lower_ == "fatally"
        )
        return [] if is_negated(shot) else [("killed" if fatally else "injured", shot)]
    if tok.lower_ in REFLEXIVES and tok.dep_ == "pobj" and verb.lower_ == "on":
        turn = verb.head
        if turn.lemma_.lower() == "turn" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GUN_WORDS for c in turn.children
        ):
            # "turned a rifle on herself in an attempted suicide": she lived
            survived = any(t.lower_ in {"attempted", "failed"} and t.head.lower_ == "suicide" for t in turn.subtree)
            return [("injured" if survived else "killed", tok)]
    if tok.lower_ == "life" and tok.dep_ == "dobj" and lemma == "take" and any(c.lower_ == "own" for c in tok.children):
        return [("killed", tok)]
    if tok.lemma_.lower() in BODY_PARTS and tok.i >= 2 and tok.nbor(-1).lower_ == "own":
        # "Elm County man shoots own hand", "shot his own foot", however the parse reads them
        shooter = tok.nbor(-2)
        if shooter.lower_ in {"his", "her"} and tok.i >= 3:
            shooter = tok.nbor(-3)
        if shooter.lower_ in SHOOT_FORMS and not is_negated(shooter):
            return [("injured", shooter)]
    return []


def _held_since(person: Token, shot: Token) -> bool:
    """ "The suspect, who was shot by police, was arrested", "a man shot by deputies is in
    custody": the law holds the one whose own words tell them shot, so they lived."""
    verb = person.head
    if person.dep_ not in SUBJECTS or is_negated(verb) or shot not in person.subtree:
        return False
    # "had been arrested before", "was previously charged": a step before the shooting
    told_before = any(c.lower_ == "had" or c.lower_ in BEFORE_WORDS for c in verb.children)
    in_custody = any(t.lower_ == "custody" and t.head.head == verb for t in verb.subtree)
    return not told_before and (verb.lemma_.lower() in HELD_LEMMAS or in_custody)


def is_weak(field: str, word: Token, arg: Token) -> bool:
    """Whether a wounded count may include the dead: "shot" or "stabbed" without a word of how they fared."""
    if field != "injured":
        return False
    also = told_also(word)
    wounds = wounds_taken(word)
    if wounds and all(survivable(w) for w in wounds):
        return False  # "the three suffered minor injuries": wounds the dead do not have
    if any(c.lower_ in GUNSHOT_WORDS for w in wounds for c in w.subtree):
        return True  # "received a gunshot wound to the head": shot, and maybe dead of it
    if word.lemma_.lower() == "have" and wounds and not any(survivable(w) for w in wounds):
        return True  # "she had a wound on her hand": the dead have wounds too
    if _found_wounded(word, arg) or _is_wound_word(word) and _refers_back(arg) and not also:
        return True
    # "shot" counts however the parse tags it ("a 17-year-old shot himself" read as a noun)
    if word.lemma_.lower() not in WEAK_LEMMAS and word.lower_ not in SHOT_OR_SHOOTING:
        return False
    if _held_since(arg, word):
        return False
    # "His brother was also shot": someone besides the dead told of before, so wounded ("he was
    # also shot in the arm" may be the dead man again).
    return arg.lower_ in SINGLE_PRONOUNS or not also


def _refers_back(arg: Token) -> bool:
    """ "the boy was wounded", "she suffered a serious injury": someone told of before, who may
    be the one the report says died; "the other victim", "the other", "his brother" are someone else."""
    if arg.lower_ in MORE_WORDS or any(
        c.lower_ in MORE_WORDS | SURVIVOR_WORDS or c.ent_type_ == "ORDINAL" for c in arg.children
    ):
        return False
    return arg.lower_ in SINGLE_PRONOUNS or any(c.dep_ == "det" and c.lower_ in SINGLE_DETS for c in arg.children)


def _is_wound_word(word: Token) -> bool:
    """ "wounded", "suffered an injury", "with a gunshot wound": a wound, and nothing of surviving it."""
    return word.lower_ in WOUND_WORDS or word.lemma_.lower() == "suffer"


def _found_wounded(word: Token, arg: Token) -> bool:
    """ "Officers found two men suffering from gunshot wounds": whom police find wounded may die
    of the wounds, so they count as shot, not as wounded."""
    if not _is_wound_word(word):
        return False
    root = conj_root(arg)
    verb = root.head
    if root.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # "found a man suffering from ...": the parse makes him the participle's subject
    elif root.dep_ != "dobj":
        return False
    return verb.lemma_.lower() in FOUND_VERBS


def own_life(tok: Token) -> bool:
    """ "took his own life": the one who took it, one more dead."""
    return tok.lower_ == "life" and any(c.lower_ == "own" for c in tok.children)
