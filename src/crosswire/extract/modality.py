"""Whether a sentence tells a deed as done: not denied ("No shots were fired"), not only feared,
planned, tried or asked for ("tried to shoot", "a call for attacks").

A deed the clause only refers to ("a charge in the shooting death", "unclear why he opened
fire") or seeks the doer of ("whoever opened fire") was done, whatever "not" or modal governs it.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.extract import lexicon as lx
from crosswire.extract.figures.words import PERSON_NOUNS
from crosswire.extract.spans import semicolon_between

# "not", and "didn't" as the tokenizer splits it: "he didn't appear to clash with anyone"
NEGATIONS = frozenset({"no", "not", "never", "n't", "n\u2019t"})
# Verbs an "if" after which asks whether: "police asked if anyone saw the shooting".
ASKING_VERBS = frozenset({"ask", "know", "wonder", "see", "determine", "check", "confirm", "be", "clear"})
# Nouns an infinitive after which is a possibility: "a chance to strike", "an opening to attack".
CHANCE_NOUNS = frozenset({"chance", "opportunity", "opening"})
TAKEN_CHANCES = frozenset({"take", "seize", "use", "grab"})
# How far up the parse a verb of planning or fearing still makes a trigger hypothetical.
HYPOTHETICAL_DEPTH = 5
# Prepositions by which a clause refers to a deed already done: "a charge in the shooting death",
# "no details about the shooting", "no charges following a fatal shooting".
REFERRING_PREPS = frozenset(
    {"in", "about", "following", "after", "during", "behind", "since", "regarding", "over", "to"}
)
# Steps taken on a deed done: "the shooting will be referred to a grand jury".
STEPS_ON_A_DEED = frozenset({"refer", "investigate", "review", "rule", "present", "forward", "hand", "classify"})
# Nouns of looking into a deed: "an investigation of the shooting", "details of the attack".
LOOKED_INTO = frozenset({"investigation", "probe", "review", "detail", "circumstance", "scene", "video", "footage"})
# Verbs of a call the police took: "got the call of shots fired", "the call came in".
RECEIVED_CALLS = frozenset({"come", "get", "receive", "take", "answer", "field"})
# Verbs that say whether a deed took place: "the attack never happened" denies the deed itself.
OCCURRING_VERBS = frozenset({"happen", "occur", "take", "exist", "carry", "commit", "stage", "launch"})
# Words asking about a deed, not whether it was done: "unclear why he opened fire".
DEED_QUESTIONS = frozenset({"why", "when", "where", "how"})
# Words opening a clause of when or why: "felt threatened when a vehicle drove up".
TIME_MARKS = frozenset({"when", "as", "after", "while", "because", "since"})
# Subjects of a clause that names a doer sought: "find whoever opened fire", "determine who shot him".
DOER_SOUGHT = {"who", "whoever", "whom"}
# Verbs of the police looking for a suspect: "wanted in", "sought for" a crime already done.
WANTED_VERBS = {"want", "seek"}
# "called to a shooting", "called about shots fired", "called out to a home invasion"
SUMMONED_TO = frozenset({"to", "about", "out"})


def is_negated(token: Token) -> bool:
    """A trigger under "not", "no", "never". Not a deed the clause only asks about or refers to:
    "it was not clear why he opened fire", "police do not know who shot him", "will not file
    charges in the shooting" tell a deed done."""
    if _deed_in_view(token) or _deed_denied_a_quality(token):
        return False
    for t in [token, *list(token.ancestors)[:2]]:
        if semicolon_between(token, t):
            break  # "boy shot in arm; adults not cooperative": another clause's "not"
        if any(c.dep_ in ("neg", "det") and c.lower_ in NEGATIONS for c in t.children):
            return True
        if t is token and any(_denied_subject(c) for c in t.children):
            return True  # "No shots were fired"
        if _clause_of_the_doer(t) or _asked_about(t) or (t is token and _own_clause(t)):
            return False
    return False


def _denied_subject(word: Token) -> bool:
    """ "No shots were fired": the deed itself denied. "No one was hurt" and "no officers were
    injured" deny a toll (zero), which the figures keep."""
    if word.dep_ not in ("nsubj", "nsubjpass") or word.lower_ == "one" or names_a_person(word):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _asked_about(verb: Token) -> bool:
    """A clause asking why, when, where or how a deed was done, or what led to it ("does not know
    what sparked the shooting"): the deed itself is taken as done."""
    if verb.pos_ != "VERB":
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in DEED_QUESTIONS) or (c.dep_ == "nsubj" and c.lower_ == "what")
        for c in verb.children
    )


def _deed_denied_a_quality(noun: Token) -> bool:
    """ "The shooting was not a homicide", "the two shooting deaths were not connected": a deed in
    view that the clause denies a quality, not the deed; "the attack never happened" denies it."""
    if noun.dep_ in ("compound", "amod"):
        noun = noun.head  # "the two shooting deaths": the deed is named by the words together
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or not is_definite(noun):
        return False
    # "the shooting was not reported until Monday": what was not done is the telling
    return noun.head.lemma_.lower() not in OCCURRING_VERBS | lx.SPEECH_VERBS


def _own_clause(verb: Token) -> bool:
    """ "did not realize the gun was loaded and accidentally shot herself": a verb joined with a
    tense of its own is its own clause; "did not stop and shoot" shares the "not"."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ not in ("VBD", "VBZ")


def is_hypothetical(token: Token) -> bool:
    """A trigger under a modal or a verb of planning/fearing/urging did not happen (yet).

    Not when a clause of the doer lies between them: "trying to find whoever opened fire", "tried to
    stop the man, who had shot two people": the try is the search, the shooting was done.
    """
    if _on_a_condition(token) or _a_chance_to(token):
        return True
    if _deed_in_view(token):
        return False
    if _doer_sought(token):
        return False  # "knows who may have shot the boy": the doer is in doubt, not the deed
    chain = [token, *list(token.ancestors)[:HYPOTHETICAL_DEPTH]]
    for below, t in zip([None, *chain], chain, strict=False):
        if semicolon_between(token, t):
            return False  # "Teen found shot to death; man attempts suicide": another clause's attempt
        if _has_modal(t):
            return True
        if t is not token and t.lemma_.lower() in lx.HYPOTHETICAL_GOVERNORS and not _real_despite(t, below, token):
            return not _told_when(below)
        if _clause_of_the_doer(t) or (t is token and _done_after(t)):
            return False
    return False


def _deed_in_view(noun: Token) -> bool:
    """A particular deed ("the shooting", "a fatal shooting", "Sunday's attack", "a shooting that
    occurred at 1 a.m.") that a clause refers to: what the clause may do or will do, the deed was
    done ("will face a charge in the shooting death", "would not give details about the shooting",
    "what may have led to the shooting", "an investigation of the shooting death could take weeks",
    "the shooting will be referred to a grand jury")."""
    if noun.dep_ in ("amod", "compound") and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the shooting death": the deed is named by the words together
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "nsubjpass":
        return is_definite(noun) and noun.head.lemma_.lower() in STEPS_ON_A_DEED
    if noun.dep_ != "pobj" or not _refers_by(noun.head):
        return False
    particular = ("amod", "compound", "relcl")
    return is_definite(noun) or any(c.dep_ in particular for c in noun.children)


def _refers_by(preposition: Token) -> bool:
    """ "in the shooting", "led to the shooting", "prior to", "an investigation of the shooting"."""
    if preposition.lower_ == "of":
        return preposition.head.lemma_.lower() in LOOKED_INTO
    return preposition.lower_ in REFERRING_PREPS or _prior_to(preposition)


def _done_after(verb: Token) -> bool:
    """ "Deputies tried to subdue him and then shot him", "tried to talk to the man, then shot him":
    a deed joined to the try, done after it, not a part of what was tried."""
    if verb.dep_ == "conj":
        return verb.head.lemma_.lower() in lx.HYPOTHETICAL_GOVERNORS and not _has_modal(verb.head)
    return verb.dep_ == "dep" and any(c.lower_ == "then" for c in verb.children)


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() in lx.MODALS for c in verb.children)


def _prior_to(preposition: Token) -> bool:
    return preposition.lower_ == "to" and preposition.head.lower_ == "prior"


def _clause_of_the_doer(verb: Token) -> bool:
    """A relative clause ("the man who fired") or one asking who did it ("who shot him")."""
    return verb.dep_ == "relcl" or _doer_sought(verb)


def _doer_sought(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DOER_SOUGHT for c in verb.children)


def _told_when(clause: Token | None) -> bool:
    """ "felt threatened when a vehicle drove up and shot the driver": a clause of when, under a
    verb of fearing or threatening, tells what happened; only its complement is what was feared."""
    if clause is None or clause.dep_ != "advcl":
        return False
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_MARKS for c in clause.children)


def _on_a_condition(verb: Token) -> bool:
    """ "I'll sing it if it kills me", "unless they shoot first": a condition, not an event. Not the
    "if" of a question ("asked if anyone was hurt", "it is unclear if he was shot")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return verb.head.lemma_.lower() not in lx.SPEECH_VERBS | ASKING_VERBS


def _a_chance_to(verb: Token) -> bool:
    """ "an opening for the rivals to attack", "a chance to strike": what one may do, not what was done."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    chance = verb.head
    if not infinitive or chance.pos_ != "NOUN" or chance.lemma_.lower() not in CHANCE_NOUNS:
        return False
    return chance.head.lemma_.lower() not in TAKEN_CHANCES  # "seized the chance to attack": they did


def _real_despite(governor: Token, below: Token | None, trigger: Token) -> bool:
    """Whether a verb of wishing governs a deed done all the same.

    "a teen wanted in a double murder", "seeking a man wanted for the shootings": the police want a
    suspect for what was done; only wanting the deed itself ("wants to shoot", "seek attacks") makes
    it hypothetical. "calls a patron a hero for firing on a gunman": calling someone something is
    no call for anything ("called for attacks" is).
    """
    lemma = governor.lemma_.lower()
    if lemma == "call":
        # "police were called to a shooting": summoned to a deed done, not calling for one
        summoned = below is not None and below.dep_ == "prep" and below.lower_ in SUMMONED_TO
        named = ("dobj", "oprd", "auxpass")  # "called the shooting a tragic incident": naming it
        return summoned or _call_to_police(governor) or any(c.dep_ in named for c in governor.children)
    if lemma not in WANTED_VERBS or below is None:
        return False
    return below is not trigger and below.dep_ not in ("xcomp", "ccomp", "advcl")


def _call_to_police(call: Token) -> bool:
    """ "responded to a call of shots fired", "got the call of shots fired", "the call for a
    shooting came in", "a shooting call", "a 911 call": a call the police answered, not a call for
    violence."""
    if call.pos_ != "NOUN":
        return False
    answered = call.dep_ == "pobj" and call.head.lower_ == "to"
    received = call.head.lemma_.lower() in RECEIVED_CALLS
    return answered or received or any(c.dep_ in ("compound", "nummod") for c in call.children)


def is_definite(token: Token) -> bool:
    """'the attack', "Friday's shooting": the sentence refers to an incident already in view."""
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in lx.DEFINITE_DETERMINERS:
            return True
        if child.dep_ == "poss":
            return True
    return token.dep_ in ("compound",) and is_definite(token.head)


def names_a_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
