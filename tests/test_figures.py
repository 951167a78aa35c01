"""Figures: quantities as intervals, and which casualty field a sentence gives them."""

from __future__ import annotations

import itertools
import json

import pytest
from spacy.tokens import Doc

from crosswire.extract.figures import find_figures, parse_quantity, read_figures
from crosswire.model import CountValue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("144", CountValue(144, 144, 144, None)),
        ("at least 143", CountValue(143, 143, None, "at least")),
        ("143 or more", CountValue(143, 143, None, "or more")),
        ("more than 551", CountValue(551, 552, None, "more than")),
        ("over 551", CountValue(551, 552, None, "over")),
        ("nearly 200", CountValue(200, 170, 200, "nearly")),
        ("almost 200", CountValue(200, 170, 200, "almost")),
        ("about 200", CountValue(200, 180, 220, "about")),
        ("some 200", CountValue(200, 180, 220, "some")),
        ("up to 4,000", CountValue(4000, 0, 4000, "up to")),
        ("as many as 4,000", CountValue(4000, 0, 4000, "as many as")),
        ("2,000 to 4,000", CountValue(2000, 2000, 4000, None)),
        ("2,000-4,000", CountValue(2000, 2000, 4000, None)),
        ("between two and four", CountValue(2, 2, 4, None)),
        ("two to four", CountValue(2, 2, 4, None)),
        ("dozens", CountValue(24, 24, 99, "dozens")),
        ("hundreds", CountValue(200, 200, 999, "hundreds")),
        ("several", CountValue(3, 3, 9, "several")),
        ("multiple", CountValue(2, 2, None, "multiple")),
        ("a few", CountValue(2, 2, 5, "a few")),
        ("a dozen", CountValue(12, 12, 12, None)),
        ("half a dozen", CountValue(6, 6, 6, None)),
        ("a pair", CountValue(2, 2, 2, None)),
        ("one", CountValue(1, 1, 1, None)),
        ("twenty-five", CountValue(25, 25, 25, None)),
        ("two hundred", CountValue(200, 200, 200, None)),
    ],
)
def test_parse_quantity_reads_intervals(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["", "people", "11:40", "3/22/2024", "seventh", "10%", "pair"])
def test_parse_quantity_rejects_non_numbers(text):
    assert parse_quantity(text) is None


def figures_of(nlp, text):
    doc = nlp(text)
    found = {}
    for sent in doc.sents:
        for fig in find_figures(sent):
            assert 0 <= fig.start < fig.end <= len(doc.text)
            found.setdefault(fig.field, []).append(fig)
    return found


def lowest_counts(nlp, text):
    """The one figure of each field a sentence gives, by its lowest count; a field read twice fails."""
    found = figures_of(nlp, text)
    assert all(len(figs) == 1 for figs in found.values()), found
    return {field: figs[0].value.low for field, figs in found.items()}


def values(found):
    return {field: [(f.value.stated, f.value.low, f.value.high) for f in figs] for field, figs in found.items()}


# Fictional sentences, one per sentence shape the extractor must read.
SHAPES = [
    (
        "The blast, which killed at least 88 people and injured nearly 300, was claimed by rebels.",
        {"killed": [(88, 88, None)], "injured": [(300, 255, 300)]},
    ),
    ("At least 41 people were killed in the raid.", {"killed": [(41, 41, None)]}),
    ("Prosecutors said the bombing had killed 73 people.", {"killed": [(73, 73, 73)]}),
    ("More than 310 shoppers were injured by flying glass.", {"injured": [(310, 311, None)]}),
    ("Troops killed five insurgents in a firefight.", {"killed": [(5, 5, 5)]}),
    (
        "Officers said three raiders had been killed and two guards wounded in the north, and four more "
        "raiders were killed in the south.",
        {"killed": [(7, 7, 7)], "injured": [(2, 2, 2)]},
    ),
    ("Nine suspects from the capital and one from a nearby village have been arrested.", {"arrested": [(10, 10, 10)]}),
    ("The unrest led to the arrests of nine people.", {"arrested": [(9, 9, 9)]}),
    ("Police detained 14 people after the riot.", {"detained": [(14, 14, 14)]}),
    (
        "The army detained 20 people, including three suspects, who were charged with murder.",
        {"detained": [(20, 20, 20)], "charged": [(3, 3, 3)]},
    ),
    ("Officials said five others had been captured.", {"detained": [(5, 5, 5)]}),
    (
        "A guard was killed and another two, including a teenager, were hospitalized.",
        {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]},
    ),
    ("The death toll rose to 17 on Monday.", {"killed": [(17, 17, 17)]}),
    ("A second victim died Tuesday, raising the death toll to two.", {"killed": [(2, 2, 2)]}),
    ("A 24-year-old man was killed in the attack.", {"killed": [(1, 1, 1)]}),
    ("Two men were shot, one fatally, outside a bar.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("It was a shooting that left three dead and six wounded.", {"killed": [(3, 3, 3)], "injured": [(6, 6, 6)]}),
    (
        "A gunman killed two people and left five others wounded at a festival.",
        {"killed": [(2, 2, 2)], "injured": [(5, 5, 5)]},
    ),
    # "another" right before its state is one more, however the parser hangs the two words
    (
        "A shooting at a Quarry Street duplex left one man dead and another injured Saturday night.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("The shooting left a man dead and another wounded.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("The gunfire left one dead and another hurt.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # ... after "left" only: another verb's object is no one of those it names
    (
        "Police charged one man and another wounded in the fight was arrested.",
        {"charged": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("No one was injured.", {"injured": [(0, 0, 0)]}),
    # a headline's "no one" counts no one, however the parse hangs its state
    ("No one hurt in Birch Lane shooting", {"injured": [(0, 0, 0)]}),
    ("No One Killed In Pine Hollow Shooting", {"killed": [(0, 0, 0)]}),
    ("No injuries were reported.", {"injured": [(0, 0, 0)]}),
    ("Dozens of people were wounded in the clashes.", {"injured": [(24, 24, 99)]}),
    ("The gunman shot and killed two people before fleeing.", {"killed": [(2, 2, 2)]}),
    ("Three men were taken into custody.", {"arrested": [(3, 3, 3)]}),
    ("Four guards were fatally wounded in the ambush.", {"killed": [(4, 4, 4)]}),
    ("A clerk was mortally wounded in the robbery on Birch Lane.", {"killed": [(1, 1, 1)]}),
    ("The boy was taken to Elmvale General, where he passed away on Sunday.", {"killed": [(1, 1, 1)]}),
    ("The driver passed away from cancer last year.", {}),
    ("A girl on Juniper Court was fatally struck by a stray bullet.", {"killed": [(1, 1, 1)]}),
    # One victim named or referred to without a number; an age is never the count.
    ("Jane Roe, 41, died at the scene at 10:15 p.m. on Tuesday.", {"killed": [(1, 1, 1)]}),
    ("A woman was stabbed to death in her kitchen.", {"killed": [(1, 1, 1)]}),
    ("He was pronounced dead at the hospital.", {"killed": [(1, 1, 1)]}),
    ("The victim later succumbed to his injuries.", {"killed": [(1, 1, 1)]}),
    # doctors who could not save someone tell of a death, also in the passive
    ("He made it to the clinic, but surgeons were not able to save him.", {"killed": [(1, 1, 1)]}),
    ("Surgeons were unable to save the boy.", {"killed": [(1, 1, 1)]}),
    ("The man could not be saved.", {"killed": [(1, 1, 1)]}),
    # One person "shot" may be the one who died: left to the reconciler as "shot".
    ("Police say 19-year-old John Roe was shot in the leg.", {"shot": [(1, 1, 1)]}),
    ("A 6-year-old was hospitalized after the shooting.", {"injured": [(1, 1, 1)]}),
    # a murder-suicide leaves two dead at least, unless the sentence counts its dead
    ("Deputies are investigating an apparent murder-suicide at a farmhouse.", {"killed": [(2, 2, None)]}),
    (
        "A farmer shot and killed his two nephews, then turned the shotgun on himself in a murder-suicide.",
        {"killed": [(3, 3, 3)]},
    ),
    # released from a hospital: wounded, and alive
    ("The other two victims of the crash were treated and released.", {"injured": [(2, 2, 2)]}),
    ("Five of the victims had since been released from the hospital, the mayor said.", {"injured": [(5, 5, 5)]}),
    # a body found is one dead, bodies two at least, unless the sentence counts them
    ("A body was found in the burned motel room after the standoff.", {"killed": [(1, 1, 1)]}),
    ("Three bodies were found in a home east of Elmvale on Thursday.", {"killed": [(3, 3, 3)]}),
    ("Two bodies found in burned car near Millbrook", {"killed": [(2, 2, 2)]}),
    ("Deputies said the bodies were found throughout the house.", {"killed": [(2, 2, None)]}),
    # a victim let go is let go from the hospital, whether the parse makes "released" the verb or a participle
    # how badly the wounded were hurt: those told so are some of the wounded, maybe all
    ("Two men were critically injured in the shooting.", {"injured": [(2, 2, None)]}),
    # two people set against each other by "while": both were shot; "while he was walking" is the same one
    ("The grandfather was shot in the knee, while the girl was shot in the foot.", {"shot": [(2, 2, 2)]}),
    ("The man was shot in the leg while he was walking home.", {"shot": [(1, 1, 1)]}),
    # "shot" before the sentence's own verb tells what befell them, not what they did (and those
    # expected to recover are alive: wounded)
    ("Four men shot on Quarry Street are expected to recover.", {"injured": [(4, 4, 4)]}),
    ("Two men shot the clerk and are expected to be charged.", {"shot": [(1, 1, 1)]}),
    # one told shot beside another, named apart, told dead, lived; a count of the shot may hold the dead
    ("A cashier was shot in her hand, and the robber was killed.", {"injured": [(1, 1, 1)], "killed": [(1, 1, 1)]}),
    ("Seven guests were shot and one waiter was killed.", {"shot": [(7, 7, 7)], "killed": [(1, 1, 1)]}),
    # ... but a headline's statements apart may name one person twice
    (
        "Teen shot outside Elmvale diner identified; boy killed in parking lot",
        {"shot": [(1, 1, 1)], "killed": [(1, 1, 1)]},
    ),
    # "a third" after a count of two is one person more, the verb's object as well as its subject;
    # "a third of" is a share
    ("A gunman killed two clerks and wounded a third.", {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]}),
    ("The blast killed two sailors and wounded a third of the crew.", {"killed": [(2, 2, 2)]}),
    ("Two people were killed and a third wounded on Quarry Street.", {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]}),
    # ... and otherwise the subject "the third" is one person of a group told before
    ("The third died at a hospital.", {"killed": [(1, 1, 1)]}),
    ("Four men were shot, and the third died.", {"shot": [(4, 4, 4)], "killed": [(1, 1, 1)]}),
    # ... wherever the parser hangs that verb: beside the participle under a verb of saying, on it
    # as a clause, or after a quantifier floated off the subject; a street it takes for the
    # verb's subject is still the street
    ("Police say a man shot Tuesday on Birch Lane has died.", {"killed": [(1, 1, 1)]}),
    ("Deputies said a woman shot on Quarry Street remains in critical condition.", {"injured": [(1, 1, 1)]}),
    ("A teenager shot near the park died Sunday, two days after the attack, deputies said.", {"killed": [(1, 1, 1)]}),
    ("Three women shot outside the library on Monday all are expected to recover.", {"injured": [(3, 3, 3)]}),
    # one wounded who has since died is one dead, not one wounded; one hurt in a crash is no victim
    ("A clerk wounded in the robbery has died.", {"killed": [(1, 1, 1)]}),
    ("Two men wounded in the shooting were taken to a hospital.", {"injured": [(2, 2, 2)]}),
    ("A cyclist injured in the crash was taken to the hospital.", {}),
    # a day that owns the shooting names no victim: someone died, how many it leaves open
    (
        "A cousin of the suspect in Friday's deadly shooting at the orchard was questioned by deputies.",
        {"killed": [(1, 1, None)]},
    ),
    # ... where a person's does, the person is counted where named (an age is no day)
    ("Police found the gun used in the 7-year-old's fatal shooting.", {}),
    # what the shots struck: shot, maybe fatally
    ("The gunman opened fire outside the bar, striking two men.", {"shot": [(2, 2, 2)]}),
    ("The suspect fired into the crowd, hitting three people.", {"shot": [(3, 3, 3)]}),
    # one of two who died in one weekend shooting
    ("Jon Reyes was one of two people killed in a weekend shooting in Elmvale.", {"killed": [(2, 2, 2)]}),
    ("Two people were killed in a deadly weekend shooting in Elmvale.", {"killed": [(2, 2, 2)]}),
    ("6 victims of Elmvale shooting released", {"injured": [(6, 6, 6)]}),
    ("4 victims of Saturday shooting released... - Elmvale Police Department", {"injured": [(4, 4, 4)]}),
    # the parser makes "swinging" the noun the age describes
    ("A 9-year-old swinging on a gate in the park was shot and killed.", {"killed": [(1, 1, 1)]}),
    ("A cashier was found shot behind the counter.", {"shot": [(1, 1, 1)]}),
    ("A boy accidentally shot himself in the hand.", {"shot": [(1, 1, 1)]}),
    ("The gunman then turned the gun on himself.", {"killed": [(1, 1, 1)]}),
    ("Police said the man stabbed his wife to death.", {"killed": [(1, 1, 1)]}),
    ("The teenager was rushed to a trauma center, where he died.", {"killed": [(1, 1, 1)]}),
    ("Neither the driver nor the other passenger was injured.", {}),
    # The shot include the dead: "shot ... one died" is one dead and the rest wounded.
    ("Two cousins were shot; one died at the hospital.", {"injured": [(1, 1, 1)], "killed": [(1, 1, 1)]}),
    ("Four teens were found shot, and one was later pronounced dead.", {"injured": [(3, 3, 3)], "killed": [(1, 1, 1)]}),
    ("Police said he shot two neighbors, one of them fatally.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("A clerk was shot during the robbery.", {"shot": [(1, 1, 1)]}),
    # Taken to a hospital: hurt, though maybe the one who died there, so "shot"-like.
    ("Three people were taken to area hospitals after the fight.", {"shot": [(3, 3, 3)]}),
    ("He was taken to the county jail.", {}),
    # A zero of a subgroup says nothing of the others.
    ("None of the guards were hurt.", {}),
    ("None were hurt.", {"injured": [(0, 0, 0)]}),
    # A named apposition is the same person, and a breakdown does not displace its total.
    ("One of the victims, Sam Doe, later died of his injuries.", {"killed": [(1, 1, 1)]}),
    ("The brawl left four people injured, two of them badly.", {"injured": [(4, 4, 4)]}),
    # "Other" victims shot are apart from those told of before (often the dead): wounded.
    ("Three other people were also shot.", {"injured": [(3, 3, 3)]}),
    # Conjoined people are added up; a negated pair counts no one.
    ("A father and his daughter were found dead in the cabin.", {"killed": [(2, 2, 2)]}),
    ("John Roe, 26, and Jim Doe, 30, were also injured.", {"injured": [(2, 2, 2)]}),
    ("Neither the clerk or the other customer was injured.", {}),
    # "One of N wounded ... died": the rest are the wounded.
    ("One of four women wounded in the shooting has died.", {"killed": [(1, 1, 1)], "injured": [(3, 3, 3)]}),
    # ... with the group fronted, whether the parser hangs it on the part or on its verb, and
    # taken from the shot once
    ("Of the six people wounded by gunfire, one later died.", {"killed": [(1, 1, 1)], "injured": [(5, 5, 5)]}),
    (
        "Shooting\n\nMILLBROOK, Ohio — Of the five people shot at the party, two died.",
        {"killed": [(2, 2, 2)], "injured": [(3, 3, 3)]},
    ),
    # the one whose body part a bullet hit is the one it hit
    ("A bullet grazed a woman's head on Juniper Court.", {"injured": [(1, 1, 1)]}),
    ("A stray round struck a 9-year-old girl's leg.", {"shot": [(1, 1, 1)]}),
    ("A stray round struck a clerk's car on Juniper Court.", {}),
    # one who survived being shot lived
    ("A woman survived being shot five times in her home.", {"injured": [(1, 1, 1)]}),
    ("A woman survived being struck by a car.", {}),
    # one the law holds since lived too
    ("The suspect, who was shot by a deputy, was arrested.", {"injured": [(1, 1, 1)]}),
    (
        "A man shot by officers on Saturday has been charged with robbery.",
        {"charged": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("The suspect, who was shot by a deputy, is in custody at a hospital.", {"injured": [(1, 1, 1)]}),
    # ... but one charged before the shooting may have died of it
    ("The man, who was shot by a deputy, had been arrested twice before.", {"shot": [(1, 1, 1)]}),
    ("The suspect, who was shot by a deputy, was previously charged with assault.", {"shot": [(1, 1, 1)]}),
    ("The man shot by a deputy was not charged.", {"shot": [(1, 1, 1)]}),
    ("The man, who was shot by a deputy, had been arrested in May.", {"shot": [(1, 1, 1)]}),
    # one struck in a part of the body amid gunfire was shot; a blow named otherwise is no shot
    ("A woman caught in the crossfire was hit in the leg.", {"shot": [(1, 1, 1)]}),
    ("A pedestrian was struck in the leg by a car after the shooting.", {}),
    ("He was hit in the head with a bat during the shooting.", {}),
    ("He was struck in the head by a man during the shooting.", {}),
    ("A woman was hit in the leg on Juniper Court.", {}),
    # ... and the verb after tells how the one hit fared
    (
        "The clerk was hit in the shoulder and is listed in serious condition after the shooting.",
        {"injured": [(1, 1, 1)]},
    ),
    # a couple is two, as twins are; shot, maybe fatally, where nothing tells how they fared
    ("An elderly couple was found shot to death in their home.", {"killed": [(2, 2, 2)]}),
    ("A couple of men were shot outside the bar.", {"shot": [(2, 2, 2)]}),
    ("His twin sons were shot on Birch Lane.", {"shot": [(2, 2, 2)]}),
    ("He shot off a couple rounds before he fled.", {}),
    ("He then shot the boy “a couple of times,” police said.", {"shot": [(1, 1, 1)]}),
    # those who shot each other were each shot; those who shot at each other may be unhurt
    ("Two men shot each other during an argument.", {"shot": [(2, 2, 2)]}),
    ("Two men shot and killed each other.", {"killed": [(2, 2, 2)]}),
    ("Two men shot one another outside a bar.", {"shot": [(2, 2, 2)]}),
    ("Two men shot at each other outside a bar.", {}),
    # a lede's subject the parser hangs on the dateline's place, past the dash
    ("ELMVALE, Ohio - A 12-year-old was killed Friday near Quarry Street.", {"killed": [(1, 1, 1)]}),
    ("ELMVALE, Ohio — Jon Reyes, 24, died at the scene.", {"killed": [(1, 1, 1)]}),
    # ... past a dash, not the hyphen of an age
    (
        "ELMVALE, Pa.–A 9-year-old girl who was shot on Tuesday was released from the hospital Friday, officers said.",
        {"injured": [(1, 1, 1)]},
    ),
    # ... and the ages of "one 12 and the other 14", whatever the parse joins them to, count no one
    ("MILLBROOK, Ohio (WXYZ) – Two cousins, one 12 and the other 14, were hurt Monday.", {"injured": [(2, 2, 2)]}),
    ("One man was killed, and the other 2 were wounded.", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    # The shooter is not a victim of his own "fatally shot" or "killed".
    ("Two gunmen fatally shot a guard.", {"killed": [(1, 1, 1)]}),
    # Headline grammar drops the auxiliary: the men were shot, unless they shot at someone.
    ("Four men shot on Quarry Street", {"shot": [(4, 4, 4)]}),
    ("Two deputies shot at fleeing driver", {}),
    # Title Case: the number before the people counts them, whatever the tagger makes of "Shot"
    ("Four People Shot in Pine Hollow", {"shot": [(4, 4, 4)]}),
    ("3 Teen Girls Shot, Wounded In Pine Hollow", {"shot": [(3, 3, 3)]}),
    ("Pine Hollow lot where 8 year old boy shot in arm", {"shot": [(1, 1, 1)]}),
    # a headline's list of people: each is one more
    ("Deputies: 9-Year-Old Boy, Teen Shot", {"shot": [(2, 2, 2)]}),
    ("Two Men, Woman Shot Outside Quarry Street Bar", {"shot": [(3, 3, 3)]}),
    ("3 Men, 1 Female Bystander Injured in Pine Hollow Cookout Shooting", {"injured": [(4, 4, 4)]}),
    ("High School Basketball Player Hurt In Pine Hollow Shooting", {"injured": [(1, 1, 1)]}),
    ("Two Teachers Hurt In Pine Hollow Shooting", {"injured": [(2, 2, 2)]}),
    ("Nephew, 5, Killed In Accidental Shooting", {"killed": [(1, 1, 1)]}),
    # a headline's victim and dead attacker are two people, however the tagger reads the second
    ("Officer wounded, suspect killed in shootout", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("Man hurt, gunman dead in Pine Hollow standoff", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("Boy, 12, dies; sister hurt", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # one a shooting left paralyzed lived, wounded
    ("Teen paralyzed in Pine Hollow shooting", {"injured": [(1, 1, 1)]}),
    ("The shooting left a teenager paralyzed.", {"injured": [(1, 1, 1)]}),
    # the list counts even where the parser found one of its people, or an age's number splits it
    ("Father, daughter found dead in Pine Hollow home", {"killed": [(2, 2, 2)]}),
    # a list of relatives: each one more, each group counted by its number
    ("A man, his wife and their two children were found dead inside the home.", {"killed": [(4, 4, 4)]}),
    ("Two sisters and their father were found dead inside a parked van.", {"killed": [(3, 3, 3)]}),
    # "two of his children and his wife": the wife is no child, so one more than the two
    ("The man shot and killed two of his children and his wife in Pine Hollow.", {"killed": [(3, 3, 3)]}),
    ("Two of the four victims died at Elm County Hospital.", {"killed": [(2, 2, 2)]}),
    ("A woman killed three of her grandchildren, her grown son and herself in Pine Hollow.", {"killed": [(5, 5, 5)]}),
    ("Police are investigating the deaths of a man and his two sons.", {"killed": [(3, 3, 3)]}),
    ("The shooting deaths of a father, mother and their two sons stunned Pine Hollow.", {"killed": [(4, 4, 4)]}),
    ("A woman fatally shot her husband and their two daughters before killing herself.", {"killed": [(4, 4, 4)]}),
    ("The gunman killed her and her son on Quarry Street.", {"killed": [(2, 2, 2)]}),
    # the killer killed in a clause of the killing is one more dead; the victim's "she" is not
    ("The man killed his wife before he was shot dead by deputies.", {"killed": [(2, 2, 2)]}),
    ("He killed his wife after she asked for a divorce.", {"killed": [(1, 1, 1)]}),
    # ... so is the killer whom a clause with a subject of its own kills as "him"; a clause with
    # none tells the same act's victim again
    ("The gunman killed two clerks before deputies shot and killed him.", {"killed": [(3, 3, 3)]}),
    ("The gunman killed two clerks before deputies shot him dead.", {"killed": [(3, 3, 3)]}),
    ("A man killed his neighbor, shooting him dead in the yard.", {"killed": [(1, 1, 1)]}),
    # one left dead is dead, told by a pronoun too
    ("The shooting on Quarry Street left him dead.", {"killed": [(1, 1, 1)]}),
    # one person named twice, with and without a list
    ("Jon Reyes, her husband, was found dead on Quarry Street.", {"killed": [(1, 1, 1)]}),
    ("Police sought a man in the death of Alex Roe, a neighbor and close friend.", {"killed": [(1, 1, 1)]}),
    ("2 bailiffs, gunman dead in Elm County courthouse shooting", {"killed": [(3, 3, 3)]}),
    ("Woman, 2-month-old son dead in apparent murder-suicide", {"killed": [(2, 2, 2)]}),
    # a headline's kill verb lists its dead, the killer who took his own life among them
    ("Pine Hollow man kills wife, her son, himself", {"killed": [(3, 3, 3)]}),
    ("Gunman kills 3 coworkers, self after dispute", {"killed": [(4, 4, 4)]}),
    ("Man shoots 5 relatives, killing 3, then himself", {"injured": [(2, 2, 2)], "killed": [(4, 4, 4)]}),
    ("Teen shoots, kills 13-year-old cousin while handling rifle", {"killed": [(1, 1, 1)]}),
    ("Neighbors say it is kids killing kids on Quarry Street", {}),
    # the deaths of people listed: each is one dead
    ("Deputies Probe Deaths of Adult, Child in Pine Hollow as Apparent Murder-Suicide", {"killed": [(2, 2, 2)]}),
    ("Police investigate deaths of mother, daughter", {"killed": [(2, 2, 2)]}),
    # "claimed the lives of": the dead counted or listed; an aim or a danger is no toll
    ("A gunman's rampage in Millbrook claimed the lives of four neighbors.", {"killed": [(4, 4, 4)]}),
    ("The fire in Millbrook took the lives of a father and his two daughters.", {"killed": [(3, 3, 3)]}),
    ("Deputies said the gunman meant to take the lives of four officers.", {}),
    # ... and so are the lives counted: "claimed two lives"
    ("The shooting on Quarry Street claimed two lives.", {"killed": [(2, 2, 2)]}),
    ("A feud between two families has taken three lives in the last decade.", {}),
    ("Deputies said the gunman meant to take two lives.", {}),
    ("Fog claimed two lives in a car crash on the highway.", {}),
    ("Half a dozen people were wounded on Birch Lane.", {"injured": [(6, 6, 6)]}),
    ("Jon Reyes could have taken the lives of dozens of people, the chief said.", {}),
    # the worst hurt are some of the hurt
    (
        "The most seriously injured, a man shot in the chest, remained in critical condition, police said.",
        {"injured": [(1, 1, None)]},
    ),
    # a named person, however the tagger reads the name; "shot dead" is a death
    ("Jon Reyes Killed In Pine Hollow Shooting", {"killed": [(1, 1, 1)]}),
    ("Mara Quinn, Jon Reyes Wounded In Pine Hollow Shooting", {"injured": [(2, 2, 2)]}),
    ("Teen Shot Dead In Pine Hollow", {"killed": [(1, 1, 1)]}),
    # a headline's "shot and killed", "shot, killed": the second word says how the shot fared
    ("Boy shot and killed in Elmvale", {"killed": [(1, 1, 1)]}),
    ("Man, 20, shot, killed on Quarry Street", {"killed": [(1, 1, 1)]}),
    ("Teen shot and wounded in Elmvale", {"shot": [(1, 1, 1)]}),
    # kin are people: "six of his grandchildren"
    ("A man killed six of his grandchildren at their home in Elmvale.", {"killed": [(6, 6, 6)]}),
    # "one fatally" after those the verb counts: that many died, the rest were wounded
    ("A gunman shot three deputies, one fatally, on Quarry Street.", {"injured": [(2, 2, 2)], "killed": [(1, 1, 1)]}),
    ("A gunman shot three deputies - one fatally - on Quarry Street.", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    # an adverb between a headline's person and its state: "fatally" makes it a death
    ("Police: 6-year-old fatally shot in Elmvale", {"killed": [(1, 1, 1)]}),
    ("Teen critically injured in Elmvale shooting", {"injured": [(1, 1, 1)]}),
    # a headline's bare person, the parse's root, with what befell it hung on it
    ("College student from Elmvale killed in drive-by shooting", {"killed": [(1, 1, 1)]}),
    ("Youth dead after shooting incident", {"killed": [(1, 1, 1)]}),
    ("Man charged in Elmvale shooting", {}),
    # a headline names each victim anew, whichever it tells of first
    ("12-year-old boy wounded, stepfather fatally shot in Elmvale", {"injured": [(1, 1, 1)], "killed": [(1, 1, 1)]}),
    ("Elm County Girl Dies After Being Accidentally Shot", {"killed": [(1, 1, 1)]}),
    # a headline's one person, then a phrase about them, then their death: the death is theirs
    ("Teen shot near Elmvale College dies", {"killed": [(1, 1, 1)]}),
    ("Sheriff: 5-year-old playing with rifle shot and killed", {"killed": [(1, 1, 1)]}),
    ("2-Year-Old Killed in Elmvale Shooting", {"killed": [(1, 1, 1)]}),
    ("Teen shot in Elmvale dies, two others wounded", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    # a parent and the young, each the subject of a clause of their own, are two groups of dead
    ("The two boys died of gunshot wounds, and their mother died of her own wound.", {"killed": [(3, 3, 3)]}),
    ("Police said two boys were killed and their mother died at the hospital.", {"killed": [(3, 3, 3)]}),
    # one "left for dead" is alive
    ("15-year-old shot, left for dead behind Elmvale store", {"shot": [(1, 1, 1)]}),
    # an aim or what might have been is no death
    ("A caller said he took pills in an effort to kill himself.", {}),
    ("He said he could\u2019ve easily died that night.", {}),
    ("Suspect arrested in fatal Maple Heights shooting", {"killed": [(1, 1, None)]}),
    ("Pine Hollow Police Shoot Driver", {}),
    ("Child Grazed by Stray Bullet at Cookout", {"injured": [(1, 1, 1)]}),
    # the gunman who then killed himself is one more dead
    ("A father shot his 9-year-old son to death and then killed himself.", {"killed": [(2, 2, 2)]}),
    # the one he hit is not the one who killed himself, and both were shot
    ("A man shot his wife on Juniper Court and then killed himself.", {"killed": [(1, 1, 1)], "shot": [(2, 2, 2)]}),
    (
        "A woman was wounded by her husband, who later turned the gun on himself.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    # the killer listed among the dead is not counted again for turning the gun on himself, however
    # the parser hangs that last verb
    (
        "A girl was hurt in an attack that took the lives of her uncle and a neighbor who, deputies say, fired "
        "at them, then turned the rifle on himself.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    # "another" after a verb's counted object is one more, hit by the next verb
    ("The gunman killed a man on Quarry Street and wounded another.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # a conjoined verb with its own auxiliary is passive: the girl was hit, she did not hit
    ("A 15-year-old boy ran into the kitchen and was hit in the hip by a bullet.", {"shot": [(1, 1, 1)]}),
    ("5-year-old fatally shoots self with pistol at grandmother's home", {"killed": [(1, 1, 1)]}),
    # a running total counts many; the story's own victim keeps its one
    ("The man was shot in the leg earlier this month.", {"shot": [(1, 1, 1)]}),
    ("Gunman shot at officers before fleeing", {}),
    ("Four people shot at memorial service on Quarry Street", {"shot": [(4, 4, 4)]}),
    # A semicolon ends a clause: its subjects are not one group, whatever the parse.
    ("3 teens shot near park; 1 dies", {"shot": [(3, 3, 3)], "killed": [(1, 1, 1)]}),
    # "three of them fatally": of the shot, that many died and the rest were wounded
    ("Eight people were shot, three of them fatally.", {"killed": [(3, 3, 3)], "injured": [(5, 5, 5)]}),
    ("Five men were shot -- two of them fatally -- on Quarry Street.", {"killed": [(2, 2, 2)], "injured": [(3, 3, 3)]}),
    # "one of them critically" tells how badly one was hurt, not that the four are some of the hurt
    ("Four people were shot, one of them critically.", {"shot": [(4, 4, 4)]}),
    ("Two men were wounded on Quarry Street, both critically.", {"injured": [(2, 2, 2)]}),
    ("Two men were shot, neither seriously.", {"shot": [(2, 2, 2)]}),
    ("Nine people were hurt on Birch Lane, some seriously.", {"injured": [(9, 9, 9)]}),
    # ... while "critically wounded" of the counted themselves picks some of the hurt
    ("Two men were critically wounded.", {"injured": [(2, 2, None)]}),
    # people in the hospital now are patients (others may have gone home); a visitor, or a stay long
    # past, is none
    ("Three men are in the hospital after a shooting on Birch Lane.", {"injured": [(3, 3, None)]}),
    ("His mother was in the hospital with him.", {}),
    ("She was in the hospital for surgery last year.", {}),
    # those "among the wounded" are some of them; a group counted there counts them all
    ("A 9-year-old boy was among the wounded.", {"injured": [(1, 1, None)]}),
    ("Among the dead were two teachers from Elmvale.", {"killed": [(2, 2, None)]}),
    ("Jon Reyes was among the 40 others wounded on Quarry Street.", {"injured": [(40, 40, 40)]}),
    ("The boy was among the crowd.", {}),
    # a man and a woman under one article are two; a friend and neighbour may be one
    ("The man and woman were pronounced dead on Birch Lane.", {"killed": [(2, 2, 2)]}),
    ("The friend and neighbor was shot.", {"shot": [(1, 1, 1)]}),
    # the verb tells the fate of both, one told of before ("the boy") or not
    ("The boy and his father were wounded.", {"injured": [(2, 2, 2)]}),
    # the kin of the dead, told after them, are someone else
    ("A woman was killed and her son was critically wounded.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # ... so a headline's person after it heads a clause of its own: one more, of another kind
    ("Man shot in knee; teen hit by fragments on Quarry Street", {"shot": [(2, 2, 2)]}),
    ("Bullet hits driver in arm; boy hit by fragments", {"shot": [(2, 2, 2)]}),
    # ... not the same kind told again
    ("Woman shot on Birch Lane; woman hit by stray bullet", {"shot": [(1, 1, 1)]}),
    # a headline's person hit by a bullet is shot; hit by a car, no one's toll here
    ("6-year-old girl hit by stray bullet on Birch Lane", {"shot": [(1, 1, 1)]}),
    ("Girl hit by car on Birch Lane", {}),
    # A headline drops the article too: a bare person is one person.
    ("Girl dies after shooting near Quarry Street park", {"killed": [(1, 1, 1)]}),
    ("Woman killed, 3 wounded outside bowling alley", {"killed": [(1, 1, 1)], "injured": [(3, 3, 3)]}),
    ("Man shot on Quarry Street after argument", {"shot": [(1, 1, 1)]}),
    # a story told of the past in "would" is no fear
    ("He was flown to a trauma center, where he would later die.", {"killed": [(1, 1, 1)]}),
    # a call about someone with a wound says nothing of whether the person lived
    ("Officers were sent to a call about a man with a gunshot wound.", {"shot": [(1, 1, 1)]}),
    # "also" brings in one more victim; the one it describes as dead is no second one
    ("A teen was killed on Birch Lane and his mother was also shot.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("Her cousin, also suffering from a gunshot wound, died at the hospital.", {"killed": [(1, 1, 1)]}),
    # each bare person of a headline is one more victim
    ("Woman killed, man wounded in shooting at Millbrook bar", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # A patient's condition or recovery says hurt and alive.
    ("A child is in serious condition after the shooting.", {"injured": [(1, 1, 1)]}),
    ("Two of the victims were listed in stable condition.", {"injured": [(2, 2, None)]}),
    ("Four people are recovering after the shooting.", {"injured": [(4, 4, 4)]}),
    ("Officers recovered three handguns at the scene.", {}),
    # "Also shot" is someone besides the dead; "he was also shot" may be the dead man again.
    ("His brother was also shot in the leg.", {"injured": [(1, 1, 1)]}),
    ("He was also shot in the arm.", {"shot": [(1, 1, 1)]}),
    ("A girl was hit by a stray bullet.", {"shot": [(1, 1, 1)]}),
    ("A parked car was hit by gunfire.", {}),
    # An aim is no toll.
    ("He tried to kill two officers during the chase.", {}),
    ("The letter gave no hint that he intended to harm or kill anybody else.", {}),
    # A participle after coordinated groups tells of them all.
    # whom police find wounded may die of it: shot, for the reconciler to take the dead from
    ("Deputies found three women and one man suffering from gunshot wounds.", {"shot": [(4, 4, 4)]}),
    ("Deputies found a woman suffering from a gunshot wound to the neck.", {"shot": [(1, 1, 1)]}),
    ("Three men were treated for gunshot wounds.", {"injured": [(3, 3, 3)]}),
    # "the boy" was told of before, and may be the one who died; "his brother" is someone else
    ("His cousin found the boy wounded in a bedroom.", {"shot": [(1, 1, 1)]}),
    # a pair told shot holds one besides the one who died
    ("Father and son shot on Quarry Street; father dies", {"killed": [(1, 1, 1)], "shot": [(2, 2, 2)]}),
    (
        "A 61-year-old farmer and 58-year-old neighbor suffered gunshot wounds and were pronounced dead at the farm.",
        {"killed": [(2, 2, 2)]},
    ),
    # one found dead is dead, wherever the parser hangs "dead" after an apposition
    ("Officers found the clerk, a 19-year-old student, dead behind the counter.", {"killed": [(1, 1, 1)]}),
    ("His brother was wounded.", {"injured": [(1, 1, 1)]}),
    # one who did not survive, or failed to, died; one who may not survive is feared for
    ("One of them did not survive.", {"killed": [(1, 1, 1)]}),
    ("The boy was rushed to a hospital but did not survive.", {"killed": [(1, 1, 1)]}),
    ("The clerk failed to survive his wounds.", {"killed": [(1, 1, 1)]}),
    ("Doctors said the boy might not survive.", {}),
    ("Two men were shot, and one of them did not survive.", {"injured": [(1, 1, 1)], "killed": [(1, 1, 1)]}),
    # "a fatal shooting" tells that someone died, not how many
    ("Charges filed in fatal Wichita shooting", {"killed": [(1, 1, None)]}),
    ("Detectives began looking into a shooting death that happened late Friday.", {"killed": [(1, 1, None)]}),
    ("Two men were killed in a fatal shooting.", {"killed": [(2, 2, 2)]}),
    ("It was the third fatal shooting in the city this year.", {}),
    # headlines the parser misreads: "a shooting of a death", "fatal" on the town's name
    ("Pine Hollow woman, 31, charged in shooting death", {"killed": [(1, 1, None)]}),
    ("Suspect held in fatal Cedar Falls shooting\n\nAll Access\n\nRead on.", {"killed": [(1, 1, None)]}),
    ("Most of the child shooting deaths in such homes could have been prevented.", {}),
    # a participle after the object, which the parse hangs on the verb
    ("Deputies have named the teenager fatally shot June 9 on Birch Lane.", {"killed": [(1, 1, 1)]}),
    # an open question tells no toll
    ("Deputies were not able to tell if the woman had died.", {}),
    ("Police did not know whether the two men were killed.", {}),
    # a name after "one of ..." is the same one, though the parse makes two subjects
    ("One of the victims, Tom Hale later died of his injuries.", {"killed": [(1, 1, 1)]}),
    ("Woman, Infant Found Dead In Apparent Murder-Suicide", {"killed": [(2, 2, 2)]}),
    ("The other victim was wounded.", {"injured": [(1, 1, 1)]}),
    ("The girl was also shot in the foot and is hospitalized in stable condition.", {"injured": [(1, 1, 1)]}),
    # Carrying wounds is being wounded; carrying a gun is not.
    ("Two men walked into a corner shop with gunshot wounds.", {"injured": [(2, 2, 2)]}),
    ("The brawl left six people with wounds that needed stitches.", {"injured": [(6, 6, 6)]}),
    ("Officers later met 3 men who walked into a hospital with gunshot wounds.", {"injured": [(3, 3, 3)]}),
    ("Police are looking for two men who fled with the gun.", {}),
    ("Deputies found a man at the barn with a rifle.", {}),
    # A bullet or a gun striking someone is a shot (maybe fatal); a car striking someone is not.
    ("A bullet struck a woman sitting on her porch.", {"shot": [(1, 1, 1)]}),
    ("The man was struck by a bullet.", {"shot": [(1, 1, 1)]}),
    # what a shot or a blast sends flying wounds as a bullet does
    ("A girl standing nearby was hit by shrapnel.", {"shot": [(1, 1, 1)]}),
    ("Bullet fragments struck a woman in the arm.", {"shot": [(1, 1, 1)]}),
    ("A truck struck a cyclist on the bridge.", {}),
    # gunned down: shot, maybe fatally; an engine gunned is no one
    ("A man gunned down two teens outside a store on Friday.", {"shot": [(2, 2, 2)]}),
    ("He gunned the engine and drove off.", {}),
    # the parser joins a second object to the verb; a counted group joined so is no more of the first
    ("Two men are accused of shooting a 9-year-old and her 40-year old uncle on Oak Street.", {"shot": [(2, 2, 2)]}),
    (
        "The explosion left two workers dead and three others in a hospital.",
        {"killed": [(2, 2, 2)], "injured": [(3, 3, 3)]},
    ),
    ("The shooting left a woman in critical condition.", {"injured": [(1, 1, 1)]}),
    ("Shooting on Quarry Street lands three teens in hospital", {"shot": [(3, 3, 3)]}),
    ("He visited two friends in the hospital.", {}),
    # the wounded of one incident taken to separate hospitals are no several incidents' toll
    ("Police said the three died at separate hospitals.", {"killed": [(3, 3, 3)]}),
    ("Four people were wounded in four separate shootings.", {}),
    # a week between two times is no rate of a week: "three are shot a week" counts no one incident
    # others than the dead, told only shot or taken to a hospital, lived; others than the
    # wounded may be the dead
    (
        "A teenager was killed and four others were shot on Quarry Street.",
        {"killed": [(1, 1, 1)], "injured": [(4, 4, 4)]},
    ),
    (
        "One man died on the porch; two others were taken to a hospital.",
        {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]},
    ),
    ("A man was wounded and three others were shot.", {"injured": [(1, 1, 1)], "shot": [(3, 3, 3)]}),
    ("A man shot on Birch Lane a week ago has died.", {"killed": [(1, 1, 1)]}),
    ("Two men were shot on Birch Lane about a week before the trial.", {"shot": [(2, 2, 2)]}),
    ("Three people are shot a week in Elmvale.", {}),
    # ... and a tally since a day of the week is of several incidents
    (
        "A brawl ended with a woman killed and a man wounded, two of at least 14 people shot since Friday night.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    # a participle with no subject of its own, whatever past form the tagger took it for
    ("Friends described the four brothers shot to death in Elmvale as gentle souls.", {"killed": [(4, 4, 4)]}),
    # treated at a hospital: wounded; dropped off at one: shot, maybe fatally; at the scene, at school: no one
    ("Three were treated at a hospital, and two of them are listed in critical condition.", {"injured": [(3, 3, 3)]}),
    ("At least 19 people were treated at local hospitals.", {"injured": [(19, 19, None)]}),
    ("Officers were told a 17-year-old had been dropped off at the hospital by a friend.", {"shot": [(1, 1, 1)]}),
    ("The boy was dropped off at school.", {}),
    # the vehicle that took one to a hospital hurt no one; one that struck someone did
    ("The boy was shot and taken to Elmvale Hospital by a private vehicle.", {"shot": [(1, 1, 1)]}),
    ("A man was struck by a car on Birch Lane.", {}),
    # one who went to a hospital for treatment is wounded; one who went to visit is not
    ("The victim went to the hospital for treatment.", {"injured": [(1, 1, 1)]}),
    ("He went to the hospital to visit his mother.", {}),
    # "One of three people shot": without "the" the parser chains the numbers; the part is the
    # verb's, the whole the participle's
    ("One of three people shot on Birch Lane has died.", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    # ... and where the parser makes "shot" the part's own verb, it is still the group's; not a
    # "shot" with an object, which tells what the one did
    (
        "One of four guests shot Saturday at the wedding in Elmvale has died, deputies said.",
        {"killed": [(1, 1, 1)], "injured": [(3, 3, 3)]},
    ),
    ("One of three brothers shot a neighbor on Friday.", {"shot": [(1, 1, 1)]}),
    # ... where the verb tells no fate, the sentence is read as before (a guard)
    ("The twins were two of four teens shot dead in Elmvale this week.", {"killed": [(2, 2, 2)]}),
    # ... and people counted going there are wounded, unless they went to visit or are no patients
    ("Four people on the ferry went to the hospital.", {"injured": [(4, 4, 4)]}),
    ("Two women went to the hospital to visit their brother.", {}),
    ("Three detectives went to the hospital.", {}),
    # the one who opened fire, killed in a clause of his own, is one more dead than the victims
    (
        "Two officers and a deputy died in the shooting, and the gunman was killed by police.",
        {"killed": [(4, 4, 4)]},
    ),
    ("A woman was killed and the suspect was shot dead by deputies.", {"killed": [(2, 2, 2)]}),
    ("Three people, including the shooter, were killed.", {"killed": [(3, 3, 3)]}),
    (
        "A quarrel ended in the fatal police shooting of a driver who had shot his girlfriend, then wounded a deputy"
        " who returned fire, killing the gunman.",
        {"killed": [(1, 1, 1)]},
    ),
    # others than those the sentence told of add to them; others of another fate do not
    ("A man was wounded and three others were treated for minor wounds.", {"injured": [(4, 4, 4)]}),
    ("One man was killed and two others were wounded.", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    # what a night ended with is its outcome; a visit is not
    ("A party on Birch Lane ended with five people in the hospital.", {"injured": [(5, 5, 5)]}),
    ("The evening ended with two friends at the diner.", {}),
    # the wounded a sentence counts include one it says died
    (
        "Three people were hurt, including a 15-year-old boy who died of his wounds.",
        {"injured": [(2, 2, 2)], "killed": [(1, 1, 1)]},
    ),
    ("Five people were wounded, including two children in critical condition.", {"injured": [(5, 5, 5)]}),
    # news of one more death counts the dead; an ordinal among the victims does not
    ("A fourth man has died after the warehouse shooting.", {"killed": [(4, 4, None)]}),
    ("Two men were hurt and a third man died.", {"injured": [(2, 2, 2)], "killed": [(1, 1, 1)]}),
    ("The second victim has died.", {"killed": [(1, 1, 1)]}),
    # a bare ordinal after a count of one fewer is one person more
    (
        "Two people are dead and a third is wounded after a fight on Birch Lane.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    (
        "Four men were shot and killed and a fifth was wounded on Quarry Street.",
        {"killed": [(4, 4, 4)], "injured": [(1, 1, 1)]},
    ),
    ("Two people were wounded and a fourth was hurt.", {"injured": [(2, 2, 2)]}),
    # the parse joins a second group to the shooting, not to the clause that left the first
    (
        "Deputies arrested a man in a shooting that left one woman dead and two others in the hospital.",
        {"arrested": [(1, 1, 1)], "killed": [(1, 1, 1)], "injured": [(2, 2, 2)]},
    ),
    # the parser drops the "and" after an age in commas: the second name is one more
    ("He opened fire, killing Ann Roe, 18, and Bob Moe, 20.", {"killed": [(2, 2, 2)]}),
    ("She left two children in the car.", {}),
    # Headlines the parser reads as nouns: a count, an age or a person before the state word.
    ("Eight shot in late-night brawl", {"shot": [(8, 8, 8)]}),
    ("5-year-old shot by cousin", {"shot": [(1, 1, 1)]}),
    ("Girl, 7, wounded in drive-by shooting in Elmvale, police say", {"injured": [(1, 1, 1)]}),
    ("Teen stable after backyard shooting", {"injured": [(1, 1, 1)]}),
    ("14-year-old seriously wounded in Elmvale shooting", {"injured": [(1, 1, 1)]}),
    ("12-year-old accidentally shot in Elmvale", {"shot": [(1, 1, 1)]}),
    ("9-year-old suffers fatal gunshot wound on Birch Lane", {"killed": [(1, 1, 1)]}),
    ("Charges filed after girl is shot in Elmvale", {"shot": [(1, 1, 1)]}),
    ("A stolen car tied to the suspect was recovered on Birch Lane.", {}),
    ("Stray bullet kills deer hunter in Pine County", {"killed": [(1, 1, 1)]}),
    ("Jury convicts man", {}),
    ("4 shot, one fatally, on Quarry Street", {"injured": [(3, 3, 3)], "killed": [(1, 1, 1)]}),
    ("Shots fired at Elmvale Park", {}),
    ("Officials said four men were shot and wounded, including a teenager.", {"injured": [(4, 4, 4)]}),
    # the seriously wounded are four at least: others may have been hurt less
    ("The ambush left one woman dead and four seriously wounded.", {"killed": [(1, 1, 1)], "injured": [(4, 4, None)]}),
    # One person's death, and counts said by an adjective.
    (
        "Two women were charged in the shooting death of 6-month-old Ann Roe.",
        {"charged": [(2, 2, 2)], "killed": [(1, 1, 1)]},
    ),
    ("Teen's death under investigation", {"killed": [(1, 1, 1)]}),
    ("Jury returns verdict in downtown double homicide", {"killed": [(2, 2, 2)]}),
    ("Deputies are looking into a quadruple shooting in West Elmvale.", {"shot": [(4, 4, 4)]}),
    ("Teens identified in double fatal shooting", {"killed": [(2, 2, 2)]}),
    ("Police investigate a fatal double shooting.", {"shot": [(2, 2, 2)]}),  # one of the two died, at least
    ("17-year-old boy shot, killed in Elmvale", {"killed": [(1, 1, 1)]}),
    ("Teen dead after double shooting near Elmvale park", {"killed": [(1, 1, 1)], "shot": [(2, 2, 2)]}),
    # A death no attack caused is no toll; an accident may be a shooting.
    ("They had come together for a classmate who died in a car crash two days earlier.", {}),
    ("The service was for a cyclist who died after crashing into a fence in March.", {}),
    ("An inmate died of natural causes in the county jail.", {}),
    ("His uncle died of cancer in March.", {}),
    ("A boy was killed in a hunting accident.", {"killed": [(1, 1, 1)]}),
    ("A man was killed in a motorcycle accident on Route 9.", {}),
    ("Freight train kills woman who fell onto the tracks", {}),
    # What did not happen, or was only meant, is no toll; what perhaps happened is.
    ("He said he could have easily died.", {}),
    ("He told officers he was going to kill his brother.", {}),
    ("He may have been shot twice.", {"shot": [(1, 1, 1)]}),
    # Headlines whose verb the parse reads as a plural noun, and a reflexive read as a noun.
    ("Early morning shooting wounds four", {"injured": [(4, 4, 4)]}),
    # ... and where the parser hangs the count on the verb it took for a noun
    ("Quarry Street Shooting Kills Two, Injures One: Sheriff", {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]}),
    ("Shooting kills 1, wounds 2 in Elmvale", {"killed": [(1, 1, 1)], "injured": [(2, 2, 2)]}),
    ("Crash kills two on Route 9", {"killed": [(2, 2, 2)]}),
    ("Deputies said a 15-year-old shot himself in the foot late Friday.", {"shot": [(1, 1, 1)]}),
    ("Elmvale officer accidentally shoots self during arrest", {"shot": [(1, 1, 1)]}),
    ("He did not shoot himself, police said.", {}),
    # A gunshot wound received or sustained is a shot that may have killed; other injuries are wounds.
    ("A man received a gunshot wound to the head on Saturday.", {"shot": [(1, 1, 1)]}),
    ("The boy sustained a gunshot wound to the leg.", {"shot": [(1, 1, 1)]}),
    # Those whose condition is told are some of the hurt, maybe not all of them.
    ("Four people were wounded and are in stable condition.", {"injured": [(4, 4, 4)]}),
    # A shooting or a wounding "of" a group counts it.
    ("He was charged in the shooting of three people.", {"shot": [(3, 3, 3)]}),
    ("He was charged in the wounding of three people.", {"injured": [(3, 3, 3)]}),
    ("Deputies investigate accidental shooting of 11-year-old girl by her cousin", {"shot": [(1, 1, 1)]}),
    ("Detectives are looking into the fatal shooting of one woman.", {"killed": [(1, 1, 1)]}),
    # An ordinal victim tells how many were hurt at least, some maybe fatally; not how many died.
    ("A third victim was later found with a gunshot wound.", {"shot": [(3, 3, None)]}),
    ("Officials now say an 8th student was injured in the attack.", {"shot": [(8, 8, None)]}),
    ("The second victim died at the hospital.", {"killed": [(1, 1, 1)]}),
    # An article counts each bare noun joined to its noun; a second description is the same person.
    ("Deputies found a man, woman and teen with gunshot wounds.", {"shot": [(3, 3, 3)]}),
    # the wounds of those found lying somewhere
    ("Deputies arrived to find two men lying on Birch Lane with gunshot wounds.", {"shot": [(2, 2, 2)]}),
    ("Deputies arrived to find two men lying near a pickup truck with gunshot wounds.", {"shot": [(2, 2, 2)]}),
    ("Officers found a man sitting on a porch on Birch Lane with his dog.", {}),
    # a clause that drops its verb: one more whom the verb before befell
    ("One girl was shot in the hip on Quarry Street, the other in the wrist.", {"shot": [(2, 2, 2)]}),
    ("A waiter was shot in the shoulder, another in the knee, and a third in the wrist.", {"shot": [(3, 3, 3)]}),
    ("Jon Reyes was shot in the neck and another man in the thigh.", {"shot": [(2, 2, 2)]}),
    ("He was killed in revenge for the death of a gang member and brother of the suspect.", {"killed": [(1, 1, 1)]}),
    # Bare numbers, each the subject of its own clause, split one group.
    (
        "Officials said seven are recovering at their homes and four remain hospitalized.",
        {"injured": [(11, 11, 11)]},
    ),
    ("Two were killed and three were wounded.", {"killed": [(2, 2, 2)], "injured": [(3, 3, 3)]}),
    # "Also" adds one more to whom the sentence told of.
    (
        "A 6-year-old girl was seriously wounded in an attack that also injured a man.",
        {"injured": [(2, 2, 2)]},
    ),
    # a name the tagger takes for a firm is a person when an age comes before it
    (
        "Police said 38-year-old Marta Velk and her daughter, 12-year-old Ana Velk were found dead in their home.",
        {"killed": [(2, 2, 2)]},
    ),
    # a headline's person hung on the participle as an interjection is its patient
    ("Boy, 14, fatally shot in Elmvale neighborhood", {"killed": [(1, 1, 1)]}),
    # a person the participle after it describes: "a boy found fatally shot"
    ("Town mourns after 16-year-old girl found fatally shot in barn", {"killed": [(1, 1, 1)]}),
    # headlines that name one dead without an article or a verb of dying
    ("Accidental shooting takes life of Elmvale man", {"killed": [(1, 1, 1)]}),
    ("Her family said she was an honor student caught in a shooting that took her life.", {"killed": [(1, 1, 1)]}),
    ("The gunfire nearly took her life.", {}),
    ("Teen gunshot death appears accidental", {"killed": [(1, 1, 1)]}),
    ("Accidental shooting death of teen driver in Elmvale prompts manslaughter charge", {"killed": [(1, 1, 1)]}),
    # the one the sentence says is the victim who died; one who stays a patient was hurt
    ("Jon Reyes, 15, is the shooting victim who died Sunday.", {"killed": [(1, 1, 1)]}),
    ("A boy remains in the hospital after an accidental shooting on Quarry Street.", {"injured": [(1, 1, 1)]}),
    # a headline's list of counted groups shares its state word
    ("3 men, 1 woman injured in party shooting", {"injured": [(4, 4, 4)]}),
    # the dead since the shooting are its own; a tally since a day of the calendar is not
    ("Three people have died since the shooting on Friday.", {"killed": [(3, 3, 3)]}),
    # shooting one's own leg is shooting oneself, however the parse reads the headline
    ("Elm County man shoots own foot while cleaning rifle", {"shot": [(1, 1, 1)]}),
    # a parent's children are no toll
    ("Mother of 4 killed in attack that left another six injured", {"killed": [(1, 1, 1)], "injured": [(6, 6, 6)]}),
    # a person brought in after the dead is someone else; one referred back to is the dead again
    ("A woman was killed and a toddler was injured in the attack.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("The party ended with a woman killed and a man wounded.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("A driver was rushed to the county hospital, where he died.", {"killed": [(1, 1, 1)]}),
    ("The gunman killed Jon Reyes and wounded Mary Jones.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("He killed Jon Reyes, 22, and wounded Dale Ruiz, Jr., 26.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("Mary Jones was taken to a hospital, where she died.", {"killed": [(1, 1, 1)]}),
    # each verb of two joined by "and" has its own person
    ("He killed his wife and wounded her sister.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    ("His wife was killed and her sister was wounded.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    # "her" after a killing verb is one dead; after a threat to kill, none
    ("He shot his wife and killed her.", {"killed": [(1, 1, 1)]}),
    ("He threatened to kill her.", {}),
    ("He killed her and then himself.", {"killed": [(2, 2, 2)]}),
    # a name with an age is a person, whatever entity the tagger made of the name
    ("He fired at the car, killing Ann Roe, 18, and Dashon Quarry, 20.", {"killed": [(2, 2, 2)]}),
    (
        "He fired into the car, killing Jon Reyes and badly wounding the other man.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("Another 3-year-old was hurt and Ann Roe was killed.", {"injured": [(1, 1, 1)], "killed": [(1, 1, 1)]}),
    (
        "One was killed, while the other is in stable condition.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("One victim died; the others were not hurt.", {"killed": [(1, 1, 1)]}),
    # a name the tagger misses is a person's when a person noun stands beside it
    ("Irish Campbell, a bystander, died at the scene.", {"killed": [(1, 1, 1)]}),
    # found with wounds, they may have been dead: shot; walking in with them, alive: wounded
    ("Three people were found with gunshot wounds in the kitchen.", {"shot": [(3, 3, 3)]}),
    ("Two teens showed up at a clinic with gunshot wounds.", {"injured": [(2, 2, 2)]}),
    # "shot at them": the ones who fired, however the tagger reads the verb
    ("Outside the bar, two males shot at us and fled.", {}),
    ("Four men shot at party on Quarry Street", {"shot": [(4, 4, 4)]}),
    # the one who fired, listed among those he killed, is one of the dead
    ("He killed his wife, his two sons and himself.", {"killed": [(4, 4, 4)]}),
    ("He killed his two sons and himself.", {"killed": [(3, 3, 3)]}),
    ("Deputies say she killed her father and then took her own life.", {"killed": [(2, 2, 2)]}),
    # "his ex-girlfriend": the parser hangs "his" on "ex"
    ("He shot and killed his ex-girlfriend on Sunday.", {"killed": [(1, 1, 1)]}),
    # the one who turns the gun on himself is not one of those he shot
    ("The gunman shot two neighbors before turning the gun on himself.", {"shot": [(2, 2, 2)], "killed": [(1, 1, 1)]}),
    # one he wounded is not the one who turned the gun on himself, where the parse gives him no subject
    (
        "Police say a man killed his wife and wounded her mother before turning the gun on himself.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    ("A man was shot in the arm before he turned the gun on himself.", {"killed": [(1, 1, 1)]}),
    # the parser may hang "another man" on the auxiliary "was": the participle still tells his
    # fate, and the verb is his, not the dead men's too
    (
        "The chief says three teens were killed and another boy was critically injured and flown to a"
        " children's hospital.",
        {"killed": [(3, 3, 3)], "injured": [(1, 1, 1)]},
    ),
    (
        "Officials said one woman was killed and another woman was critically injured and rushed to a hospital.",
        {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]},
    ),
    ("A woman was shot in the shoulder, while a girl suffered a gunshot wound to the knee.", {"shot": [(2, 2, 2)]}),
    # a fatal wound killed; a non-fatal one did not
    ("A 1-year-old suffered a fatal gunshot wound to the face.", {"killed": [(1, 1, 1)]}),
    ("The victim sustained non-fatal injuries.", {"injured": [(1, 1, 1)]}),
    ("National Prep graduate killed in Elmvale shooting", {"killed": [(1, 1, 1)]}),
    # shooting victims were shot, maybe fatally; their deaths say more
    ("Officers found two shooting victims outside the bar.", {"shot": [(2, 2, 2)]}),
    ("Nobody knows who is behind the deaths of the six shooting victims.", {"killed": [(6, 6, 6)]}),
    # a number dialled counts no one: the one taken to hospital is she
    ("He called 911 and was driven to a hospital.", {"shot": [(1, 1, 1)]}),
    # a headline may attest its toll between the count and the state
    (
        "UPDATE: 1 Confirmed Dead in Pine Hollow Gunfight-At least 4 Others Wounded",
        {"killed": [(1, 1, 1)], "injured": [(4, 4, None)]},
    ),
    # a headline drops the verb that puts its people in care: the wounded, however many are listed;
    # a number of them in some condition is at least that many of the hurt
    ("Man in critical condition after shooting", {"injured": [(1, 1, 1)]}),
    ("Boy, man in critical condition after shooting", {"injured": [(2, 2, 2)]}),
    ("Two men in critical condition after shooting", {"injured": [(2, 2, None)]}),
    # an age set off by commas after the list's first person is no one more
    ("Boy, 2, man in critical condition after shooting", {"injured": [(2, 2, 2)]}),
    (
        "3 killed, 2 in critical condition after shooting in Elmvale home",
        {"killed": [(3, 3, 3)], "injured": [(2, 2, None)]},
    ),
    # ... not from a crash
    ("Man in critical condition after crash", {}),
    ("Man, woman in critical condition after crash", {}),
    # a headline's present-tense verb of a shooting, which the parser takes for a noun, counts the
    # people after it; a number set off after a person is an age, a person before a verb of its own
    # ("father charged") opens another clause, and a reflexive never does
    ("Toddler shoots mother near Elmvale Downs", {"shot": [(1, 1, 1)]}),
    ("6-year-old fatally shoots grandfather", {"killed": [(1, 1, 1)]}),
    ("Early morning shooting wounds four", {"injured": [(4, 4, 4)]}),
    ("Elmvale Shooting Wounds Boy, 16, Police Say", {"injured": [(1, 1, 1)]}),
    ("Gunman fatally shoots 3 musicians, self in Elmvale", {"killed": [(4, 4, 4)]}),
    ("Man shoots self after killing wife, 2 young children", {"shot": [(1, 1, 1)], "killed": [(3, 3, 3)]}),
    ("4-year-old accidentally shoots himself, father charged", {"shot": [(1, 1, 1)]}),
    ("Elmvale man kills 7-year-old daughter, himself Posted: Friday", {"killed": [(2, 2, 2)]}),
    ("Photographer shoots wedding in Elmvale", {}),
    ("Teen motel occupant injured in accidental gunfire", {"injured": [(1, 1, 1)]}),
    ("Two occupants of the car were wounded.", {"injured": [(2, 2, 2)]}),
    # the one after a possessive is the one listed: daughters, not the ex-girlfriend, uncounted
    ("Man fatally shoots ex-girlfriend's teen daughters", {}),
    # the line break after a headline ends its list as the end of the line does
    ("Early morning shooting wounds four\n\nPolice gave no names.", {"injured": [(4, 4, 4)]}),
    ("Five-year-old boy hospitalized following Saturday morning shooting", {"injured": [(1, 1, 1)]}),
    # a headline's person told to be recovering was hurt
    ("Woman recovering after accidental shooting", {"injured": [(1, 1, 1)]}),
    ("Toddler recovering after being shot at Elmvale apartment complex", {"injured": [(1, 1, 1)]}),
    # "Shot to Death" in a title's capitals is a death as in lower case
    ("Teen Shot to Death in Elmvale While Walking Home", {"killed": [(1, 1, 1)]}),
    ("15-Year-Old Boy, Woman Shot to Death in Van in Elmvale", {"killed": [(2, 2, 2)]}),
    # others after a comma are more people of the same count, not the same ones named again
    ("A gunman wounded two officers, four others.", {"injured": [(6, 6, 6)]}),
    ("A gunman wounded 2 officers, 4 others before fleeing", {"injured": [(6, 6, 6)]}),
    # the count of what happened at that place another time is not the sentence's own
    (
        "Four people were wounded in a shooting on Quarry Street, a block from where five people were wounded"
        " in an October shooting.",
        {"injured": [(4, 4, 4)]},
    ),
    ("The man was shot on the same corner where two men were killed last year.", {"shot": [(1, 1, 1)]}),
    ("Officers went back to the bar where five people were wounded in a March shooting.", {"injured": [(5, 5, 5)]}),
    # ... nor is the toll of a clause that tells who someone was, years before; a year's "last year"
    # in that clause makes no year's tally of the sentence's own count
    ("Four people were wounded at the home of a boy who was killed in 2015.", {"injured": [(4, 4, 4)]}),
    ("Four people were wounded Friday at the home of a boy killed two years ago.", {"injured": [(4, 4, 4)]}),
    ("Four people were wounded near the spot where a boy was killed last year.", {"injured": [(4, 4, 4)]}),
    # a follow-up tells its own incident "last week" or "last summer", and one person may be told twice
    ("A gunman who killed five people last week was charged Friday.", {"killed": [(5, 5, 5)], "charged": [(1, 1, 1)]}),
    ("A man who was shot in 2015 died Friday.", {"killed": [(1, 1, 1)]}),
    ("The shooting that left three people wounded last year went unsolved.", {"injured": [(3, 3, 3)]}),
    # the victims of a day before are an earlier incident's; "after two were shot" may be one spree
    ("A day after a man was killed on Quarry Street, another man was shot nearby.", {"injured": [(1, 1, 1)]}),
    # ... but what police did since is no victim of its own
    (
        "Two days after a clerk was killed at the depot, police arrested two suspects.",
        {"killed": [(1, 1, 1)], "arrested": [(2, 2, 2)]},
    ),
    # "another" of the shooter's own kind sets the one hit apart from him, not from earlier victims:
    # he was shot, and may have died of it
    ("A Millbrook hunter is accused of shooting another hunter in the woods.", {"shot": [(1, 1, 1)]}),
    ("The gunman killed a woman and shot another man.", {"killed": [(1, 1, 1)], "injured": [(1, 1, 1)]}),
    (
        "Two people were shot Tuesday in Elmvale, a day after a woman was fatally shot and another injured"
        " in an attack close by.",
        {"shot": [(2, 2, 2)]},
    ),
    ("After two men were shot, two more were wounded.", {"shot": [(4, 4, 4)]}),
    # a suicide only attempted after he turned a gun on himself: he lived
    (
        "He shot and killed his two daughters, then turned the rifle on himself in an attempted suicide.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    ("A man died within 24 hours of being shot.", {"killed": [(1, 1, 1)]}),
    # names listed with their ages: the parser sets the second beside the first, the third joined by "and"
    (
        "Police said 34-year-old Ann Roe, 19-year-old Jon Reyes and 12-year-old Sam Doe were killed.",
        {"killed": [(3, 3, 3)]},
    ),
    ("Ann Roe, 34, Jon Reyes, 19, and Sam Doe, 12, were wounded.", {"injured": [(3, 3, 3)]}),
    # ... or the third joined by "and" to the first, the second beside it
    ("Jon Reyes, 36, Ann Roe, 5, and Tim Roe, 2, were wounded.", {"injured": [(3, 3, 3)]}),
    # semicolons that set a list's items apart start no clause of their own
    ("Jon Reyes, 36; Ann Roe, 40; and Tim Hale, 19, were killed.", {"killed": [(3, 3, 3)]}),
    # a list that goes on from the name of the one before it: the name is that one, not one more
    (
        "His father, 61-year-old Sam Doe, two young men and a 2-month-old boy were injured.",
        {"injured": [(4, 4, 4)]},
    ),
    # ... but names set beside a counted group are the ones it counts (a guard)
    (
        "Four Elmvale residents – Jon Reyes, Ann Roe, Sam Doe and Mara Quinn – were being treated at area hospitals.",
        {"injured": [(4, 4, 4)]},
    ),
    # names the parser joins to the town of the name before them are still a list of people
    (
        "Jon Reyes, 23, of Elmvale, Sam Doe, 31, of Millbrook and Tom Hale, 32, of Pine Hollow died.",
        {"killed": [(3, 3, 3)]},
    ),
    # ... however many names the parser sets each beside the one before
    (
        "Jon Reyes, 37, Mara Quinn, 29, Ann Roe, 27, and Tom Hale, 26, remain hospitalized.",
        {"injured": [(4, 4, 4)]},
    ),
    # people counted by the ages listed for them
    (
        "Al Roe shot and killed his daughters, ages 5 and 7, then turned the rifle on himself in an attempted suicide.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    ("Police said the girls, ages 8, 6 and 5, were found dead.", {"killed": [(3, 3, 3)]}),
    # the objects of two joined acts are two groups of victims; a floor struck is no victim
    ("The gunman killed his wife and then killed their two sons.", {"killed": [(3, 3, 3)]}),
    ("The gun fell, struck the floor and fired, and the bullet struck Jon Reyes.", {"shot": [(1, 1, 1)]}),
    ("He shot a deer and then shot his friend.", {"shot": [(1, 1, 1)]}),
    # "a fifth" counts the four told of before it; "a second man" the one told of in another sentence
    ("A second woman and two men were shot in the leg.", {"shot": [(4, 4, None)]}),
    (
        "The ambush resulted in four men suffering gunshot wounds and a fifth man hurt by shattered glass.",
        {"shot": [(5, 5, None)]},
    ),
    (
        "Three men walked into a store on Quarry Street with gunshot wounds as a fourth shooting victim was found.",
        {"injured": [(3, 3, 3)], "shot": [(4, 4, None)]},
    ),
    # a rank told as a possibility counts no more than the one person
    ("Police said there may be a fourth gunshot victim.", {"shot": [(1, 1, 1)]}),
    # people listed with their ages, the list going on after them
    ("Three men, ages 15, 18 and 22, and two women, ages 17 and 19, were injured.", {"injured": [(5, 5, 5)]}),
    ("The two men, ages 23 and 50, and two women, ages 31 and 47, were shot to death.", {"killed": [(4, 4, 4)]}),
    ("Three other women, ages 52, 37 and 24, and a man, 44, were injured.", {"injured": [(4, 4, 4)]}),
    # one death told twice: by the reflexive and by the subject it stands for
    ("The 16-year-old turned the gun on himself and died in the yard.", {"killed": [(1, 1, 1)]}),
    ("He shot and killed his two sons, then turned the gun on himself.", {"killed": [(3, 3, 3)]}),
    # a year ago, in an incident the sentence names: that incident's toll
    ("Three people were killed in a shooting at the bar last year.", {"killed": [(3, 3, 3)]}),
    ("Last year, two men were killed at the celebration, police said.", {"killed": [(2, 2, 2)]}),
    ("The man who killed three officers in Elmvale sought to change his name last year.", {"killed": [(3, 3, 3)]}),
    # a vague count, which the parser hangs on its noun as an adjective
    ("Several people were wounded in a shooting at a bar on Quarry Street.", {"injured": [(3, 3, 9)]}),
    ("Multiple people were shot at a party on Birch Lane, police said.", {"shot": [(2, 2, None)]}),
    ("One man was killed and several others were hurt on Birch Lane.", {"killed": [(1, 1, 1)], "injured": [(3, 3, 9)]}),
    ("Several people shot during Elmvale parade", {"shot": [(3, 3, 9)]}),
    # a list of people each brought in with "a", which the parser sets each beside the one before
    ("A woman, a 10-year-old boy and a 6-year-old boy were killed in the shooting.", {"killed": [(3, 3, 3)]}),
    (
        "Police say a 21-year-old Elmvale man, a 19-year-old Elmvale woman, a 16-year-old Elmvale girl "
        "and a 22-year-old Millbrook woman were injured in the shooting.",
        {"injured": [(4, 4, 4)]},
    ),
    ("The gunman killed a woman, a boy and a girl.", {"killed": [(3, 3, 3)]}),
    # ... but after a count, the list tells who the counted were, and a name's list describes it
    ("Deputies said three other people, a woman and two men, had been shot.", {"injured": [(3, 3, 3)]}),
    ("Jon Reyes, a neighbor, a father and a husband, was killed.", {"killed": [(1, 1, 1)]}),
    # a name joined to a person's is a person's, whatever entity the tagger made of it
    ("Tavon Brisk and Jaleel Ormond were critically injured.", {"injured": [(2, 2, 2)]}),
    ("Brisk and Ormond were shot inside the apartment.", {"shot": [(2, 2, 2)]}),
    ("Brisk and another teenager were shot.", {"shot": [(2, 2, 2)]}),
    ("Tavon Brisk, 24, Jaleel Ormond, 16, and Tom Hale, 25, were shot inside a car.", {"shot": [(3, 3, 3)]}),
    # people named in a clause set against the first's are others
    (
        "Police said Ann Roe was shot in the head, while Jon Reyes and Sam Doe were shot in the chest.",
        {"shot": [(3, 3, 3)]},
    ),
    ("A man accidentally shot and killed his brother and his housemate.", {"killed": [(2, 2, 2)]}),
    # those along with the ones named share their fate, unless a clause of their own tells another
    ("Ann Roe was killed at the bakery, along with two other women.", {"killed": [(3, 3, 3)]}),
    (
        "Ann Roe and Jon Reyes, along with four other victims, were killed during the confrontation.",
        {"killed": [(6, 6, 6)]},
    ),
    ("Jon Reyes, along with two other men, shot the officer.", {"shot": [(1, 1, 1)]}),
    (
        "Two women were shot to death, along with a man who remained in critical condition Sunday.",
        {"killed": [(2, 2, 2)], "injured": [(1, 1, 1)]},
    ),
    # a state word the count counts as its noun
    ("The four wounded were hospitalized in critical condition, deputies said.", {"injured": [(4, 4, 4)]}),
    # a count before the day it happened, which the parser or the tagger joins to the day
    ("A gunman killed two early Sunday.", {"killed": [(2, 2, 2)]}),
    ("A gunman shot four Monday night.", {"shot": [(4, 4, 4)]}),
    ("Police are investigating a shooting that injured five late Saturday night.", {"injured": [(5, 5, 5)]}),
    ("Shooting outside the bar on High St, three victims about 1 this morning.", {}),
    # an age the parser makes describe the state it is left in
    ("The fire department closed the road after a shooting that left a six-year-old dead.", {"killed": [(1, 1, 1)]}),
    # a condition told as life-threatening is a wound; a pair is two
    ("They fired at the crowd, leaving two in life-threatening condition, police said.", {"injured": [(2, 2, None)]}),
    ("A pair of officers were wounded.", {"injured": [(2, 2, 2)]}),
    ("He bought a pair of shoes.", {}),
    # two family ties under one article are two people; two words for one person are one
    ("The mother and son were killed.", {"killed": [(2, 2, 2)]}),
    ("The gunman killed his mother and sister.", {"killed": [(2, 2, 2)]}),
    ("A husband and wife were found shot to death.", {"killed": [(2, 2, 2)]}),
    ("Jon Reyes, a father and husband, was killed.", {"killed": [(1, 1, 1)]}),
    # a relative clause in the plural on one of a list tells of them all; in the singular, of its own
    (
        "A 19-year-old woman and a 33-year-old man who had been wounded are expected to survive.",
        {"injured": [(2, 2, 2)]},
    ),
    ("Deputies named the grandmother and grandson who were shot to death Tuesday evening.", {"killed": [(2, 2, 2)]}),
    ("Ann Roe and her husband, who was wounded, spoke to reporters.", {"injured": [(1, 1, 1)]}),
    (
        "Police named two people found dead and two more who were wounded.",
        {"killed": [(2, 2, None)], "injured": [(2, 2, None)]},
    ),
    # shot at is fired on, not hit; shot at a place is hit
    ("The man was shot at twice but was not hit.", {}),
    ("Officers were shot at during the chase.", {}),
    ("He was shot at a party on Friday.", {"shot": [(1, 1, 1)]}),
    # a series of other things than incidents is no roundup
    ("Three men were shot after a series of altercations inside an Elmvale club.", {"shot": [(3, 3, 3)]}),
    ("Four teens have been arrested after a series of break-ins in Elmvale.", {"arrested": [(4, 4, 4)]}),
    # a group the parser takes for an object, whose passive verb it leaves without a subject
    ("Deputies said two girls, ages 12 and 14, were shot on Birch Lane.", {"shot": [(2, 2, 2)]}),
    (
        "Deputies are looking for leads after six people, including a toddler, were hurt in a drive-by attack.",
        {"injured": [(6, 6, 6)]},
    ),
    # what befell "a total" befell the people it is of
    ("Deputies now report a total of eight people were shot at Elmvale Park.", {"shot": [(8, 8, 8)]}),
    # ... but a year's tally of several shootings is no one incident's
    ("A total of three children in the state were killed last year by accidental shootings.", {}),
    # a count before an age, which the tagger reads with the age as one date
    ("Two 16-year-old boys were shot near Quarry Street.", {"shot": [(2, 2, 2)]}),
    ("A 52-year-old woman and two 18-year-old men were shot.", {"shot": [(3, 3, 3)]}),
    ("Earlier that night, two 15-year-olds were shot on Birch Lane.", {"shot": [(2, 2, 2)]}),
    # the victims who survived are the wounded
    ("Four surviving victims were taken to Elmvale General by ambulance.", {"injured": [(4, 4, 4)]}),
    ("The lone surviving victim spoke to detectives from her hospital bed.", {"injured": [(1, 1, 1)]}),
    # "two of the wounded ... and the other": the rest of the group, counted with them
    (
        "Two of the wounded teens were flown to Elmvale General, while the other was treated at the scene.",
        {"injured": [(3, 3, 3)]},
    ),
    ("Two of those killed were brothers, and the other was their cousin.", {"killed": [(3, 3, 3)]}),
    # ... "the others" say no more than some
    ("Two of the wounded are in critical condition and the others are stable.", {"injured": [(2, 2, None)]}),
]


@pytest.mark.parametrize(("sentence", "expected"), SHAPES)
def test_figure_shapes(nlp, sentence, expected):
    assert values(figures_of(nlp, sentence)) == expected


def test_a_dateline_in_capitals_is_a_sentence_of_its_own(nlp):
    # left to itself the parser ends a sentence after "ELMVALE" and reads "Ohio" as the object of
    # "wounded", which then counts no one
    text = "Shooting\n\nELMVALE, Ohio — A security guard shot and wounded a man who robbed a store on Quarry Street."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[1:] == [
        "ELMVALE, Ohio —",
        "A security guard shot and wounded a man who robbed a store on Quarry Street.",
    ]
    assert values(figures_of(nlp, text)) == {"injured": [(1, 1, 1)]}


def test_a_subject_the_parser_joins_to_the_first_verb_does_not_make_the_group_dead(nlp):
    # the parser joins "one of them" to "shot" and leaves "did not survive" without a subject:
    # the four shot are not all dead
    found = values(figures_of(nlp, "Four guests were shot and one of them, a 30-year-old cook, did not survive."))
    assert found.get("killed") != [(4, 4, 4)]
    assert found.get("shot") == [(4, 4, 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They seized nine assault rifles, four pistols and 300 kg of explosives.",
        "Three governors have been dismissed since 2008.",
        "Between 1,000 and 3,000 have left the country in the past two years.",
        "One of the girls later appeared in a video.",
        "One likely outcome is a second vote.",
        "The boy is the fifth child 12 or younger to be shot this year.",
        "Rents rose 15% and a flat now costs $1,200 a month.",
        # Totals over several incidents or a period belong to no one incident.
        "Three shootings overnight injured five people.",
        "Five people were hurt in two shootings in the south end.",
        "Six men were wounded in a string of attacks downtown.",
        "Six other people were hurt in three separate violent scenes on Saturday night.",
        "Two people are dead and three were injured in a string of incidents this month.",
        "Drunk drivers injure and kill thousands of people each year.",
        # what someone feared or threatened befell no one
        "He called a friend to say he might hurt himself.",
        "So far this year, 17 children have been accidentally shot in the state.",
        "So far in 2031, at least 53 people have been killed in the city, according to police data.",
        "The bloodshed - nearly 60 shot since May 3 and 14 killed - is blamed on gang feuds.",
        "At least 12 people have been shot since Jan. 1 in the county.",
        "Seven people were shot in a six-hour span across the county.",
        "Three teens shot in 48-hour span in Elmvale",
        "Within a span of three hours, six people were dead in the county.",
        "With seven people shot in three hours, we ran out of officers, the sheriff said.",
        "Detectives are investigating shootings within a 5-hour time frame that left five people injured.",
        "Three children were hurt and killed by gunfire in one week, the mayor said.",
        "The three latest victims in the county died within a 48-hour period last month.",
        # How often a gun was fired counts no one, and the one believed to have fired is no victim.
        "Jon Reyes is believed to have shot about 12 times at the passengers of a van.",
        # A title-case headline's tally of several shootings, "Shootings" tagged as a name.
        "Six Killed in Overnight Shootings in Elmvale",
        # a headline's tolls listed together, the roundup word after the last
        "4 killed, 11 wounded in weekend shootings across Elmvale",
        "3 dead, 6 hurt in two Birch County shootings",
        # a month's or a year's tally, and a few victims of a period's
        "At least 65 people were killed in the county in March alone.",
        "Fifty-five people were shot in Elmvale last year.",
        "Last year in Millbrook, 4,368 people were shot.",
        "Over the same stretch this year, the county counted 187 people shot, compared to 164 in 2030.",
        "The boys were among 12 people shot over the holiday weekend.",
        "Jon Reyes was the last of three teens killed by gunfire over the weekend in Elm County.",
        "Four people were killed in a bloody weekend in Elm County that included a double and a triple shooting.",
        # A city's toll of a weekend, not one shooting's.
        "Apart from those shot and killed, 33 other people were hurt in gun violence citywide.",
        # a series of incidents that left the people counted: their toll, not one shooting's
        "A spate of holiday gunfire left 14 people wounded across Millbrook on Monday night.",
        "A wave of gunfire left six people wounded in Elmvale overnight.",
        # incidents counted apart that left the people counted, also through a relative clause or
        # a second verb that shares the first's subject
        "Two shootings in Elmvale left three men dead on Sunday.",
        "Two separate shootings Friday night left one man dead and three wounded.",
        "Three shootings overnight killed two people and wounded four in Millbrook.",
        "Deputies in Elmvale are investigating two shootings Saturday that resulted in the deaths of two women.",
        # A digit inside a link is no count.
        "Video here pic.example.com/xK3dead",
        # a state the sentence denies befell no one, also on a conjoined verb
        "Another woman was in the apartment during the attack and was not hurt.",
        # a headline's bare plural is no one person, with an "s" or without
        "People shot during Elmvale parade",
        # what a gunman could have done befell no one
        "He fired enough rounds to hurt several people, the chief said.",
        "The gunman carried enough ammunition to hurt several people.",
        "The rifle held enough bullets to kill two people.",
        # a murder-suicide denied, feared or attempted
        "Police do not believe it was a murder-suicide.",
        "Relatives feared it could be a murder-suicide.",
        "Police said the shooting on Birch Lane was an attempted murder-suicide.",
        # the last of a list of ages is an age too
        "They learned three women - aged 18, 25, and 29 - and one man, 40, had been shot.",
        # a thing named like a person ("-er") is no victim
        "A .45 caliber revolver was recovered near the car.",
        "Officials say the trailer was shot at least three times by a shotgun.",
        # released from jail, treated where no wound is told
        "The two suspects were released from jail on Monday.",
        # shots that struck a thing
        "He fired at the officers, hitting the patrol car.",
        # no body found, and bodies that are no one
        "No bodies were found in the rubble.",
        "The officers wore body cameras during the search.",
        # what the police or a victim released is no victim let go
        "Police released the names of the three victims.",
        "The two victims released a statement thanking the nurses.",
        "Three passengers were treated at the scene.",
        # a life saved is no death
        "Doctors were able to save him.",
        # the family a victim leaves is no victim
        "He is survived by his two surviving sons.",
    ],
)
def test_numbers_that_count_no_victims(nlp, sentence):
    assert figures_of(nlp, sentence) == {}


def test_a_sentence_that_totals_several_incidents_says_so(nlp):
    def totals_several(text: str) -> bool:
        return read_figures(nlp(text)[:])[1]

    assert totals_several("Four people were killed and 11 others were wounded in shootings across the city on Tuesday.")
    assert not totals_several("Four people were killed and 11 others were wounded in a shooting at a party.")
    # one spree's victims ("the Elmvale shootings") are no roundup's
    assert not totals_several("Two people were killed in the Elmvale shootings.")
    assert not totals_several("The shootings left two people dead in Elmvale.")


def test_a_figure_knows_when_its_sentence_says_they_will_live(nlp):
    # a later report's dead are then other people, not these wounded dying since
    def survives(text: str) -> list[bool]:
        return [f.value.survives for figures in figures_of(nlp, text).values() for f in figures]

    assert survives("Two men were wounded and are expected to recover.") == [True]
    assert survives("A woman was shot and is in stable condition.") == [True]
    assert survives("Two men were wounded, one critically.") == [False]


def test_one_person_also_killed_is_marked_one_more(nlp):
    found = figures_of(nlp, "Ann Roe, a 31-year-old cashier at the diner, was also killed.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(1, "also")]


def test_one_of_those_shot_who_dies_counts_one_killed(nlp):
    # the parser reads "men shot" as a clause and leaves "dies" without a subject
    for text in ("One of two women shot late Friday in Elmvale dies", "One of two women shot on Friday has died."):
        assert [f.value.low for f in figures_of(nlp, text)["killed"]] == [1]


def test_a_tally_from_one_day_to_the_next_is_no_one_shootings_toll(nlp):
    text = "The two men were among nine people shot, one fatally, from Friday evening to early Saturday."
    assert not any(f.value.low == 9 for found in figures_of(nlp, text).values() for f in found)


def test_a_person_the_parser_leaves_in_a_phrase_still_counts_for_the_verb_after_it(nlp):
    # "after ... Jon Reyes of Elmvale" reads as a phrase; "died" is then left without a subject
    text = "Neighbors gathered Tuesday, a day after 24-year-old Jon Reyes of Elmvale died from gunshot wounds."
    assert [f.value.low for f in figures_of(nlp, text)["killed"]] == [1]
    assert figures_of(nlp, "Police arrived after Jon Reyes called 911 from the store.") == {}


def _rehung(doc, moves):
    """The doc with some tokens hung elsewhere, as the parser sometimes hangs them on other text."""
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    for i, (head, dep) in moves.items():
        heads[i], deps[i] = head, dep
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=heads,
        deps=deps,
    )


def test_a_number_hung_on_the_verb_beside_its_object_is_no_victim(nlp):
    # the parser at times takes "the two" of "a rifle the two found" for a second object of "shot"
    doc = nlp("A Millbrook teenager is recovering after a friend shot him with a rifle the two found in a barn.")
    two = next(t for t in doc if t.lower_ == "two")
    misread = _rehung(doc, {two.i: (two.i - 6, "dobj"), two.i + 1: (two.i, "acl")})
    assert misread[two.i].head.lower_ == "shot"
    found = {f.field: f.value.low for f in find_figures(misread[:])}
    assert found == {"injured": 1}


@pytest.mark.parametrize(
    ("text", "moves", "expected"),
    [
        # a headline's second bare person, hung on the first clause, is one more victim
        ("Woman killed, man injured in drive-by shooting in Elmvale", {3: (1, "dep")}, {"killed": 1, "injured": 1}),
        # the article of the person, hung on the town before it
        (
            "A Millbrook, Ohio teen remains in the hospital after an accidental shooting.",
            {1: (4, "nmod")},
            {"injured": 1},
        ),
        # "two more", joined to something other than people, still counts people
        (
            "Deputies named two women found dead and two more who were hurt inside an Elmvale house.",
            {8: (1, "conj")},
            {"killed": 2, "injured": 2},
        ),
        # a person joined to the clause before still counts for the verb after it
        ("The bullets were meant for a rival, but 4-year-old was shot", {3: (15, "ccomp")}, {"shot": 1}),
    ],
)
def test_people_the_parser_hangs_elsewhere_still_count(nlp, text, moves, expected):
    misread = _rehung(nlp(text), moves)
    assert {f.field: f.value.low for f in find_figures(misread[:])} == expected


def test_qualifier_and_stated_number_are_kept(nlp):
    fig = figures_of(nlp, "The fire killed nearly 60 people.")["killed"][0]
    assert fig.value.qualifier == "nearly" and fig.value.stated == 60


def test_offsets_quote_the_number_and_the_casualty_word(nlp):
    text = "Officials said on Sunday that at least 41 people were killed in the raid."
    fig = figures_of(nlp, text)["killed"][0]
    quote = text[fig.start : fig.end]
    assert "at least 41" in quote and "killed" in quote and "Officials" not in quote


def seed_figures(nlp, shared_dir):
    out = {}
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        out[path.name[:3]] = [(f, doc.text[f.start : f.end]) for s in doc.sents for f in find_figures(s)]
    return out


def test_seed_texts_give_their_key_figures(nlp, shared_dir):
    seeds = seed_figures(nlp, shared_dir)

    def has(seed, field, low, high):
        return any(f.field == field and (f.value.low, f.value.high) == (low, high) for f, _ in seeds[seed])

    assert has("000", "killed", 143, None) and has("000", "arrested", 8, 8)
    assert has("001", "killed", 139, None) and has("001", "injured", 170, 200) and has("001", "arrested", 7, 7)
    assert has("002", "killed", 6, 6) and has("002", "injured", 4, 4) and has("002", "detained", 7, 7)
    assert has("004", "killed", 144, 144) and has("004", "injured", 552, None)
    assert has("004", "detained", 11, 11) and has("004", "charged", 4, 4)
    # Weapons and weights seized are no casualty figures.
    assert not any("Kalashnikov" in quote or " kg" in quote for figs in seeds.values() for _, quote in figs)


def test_gva_documents_give_figures_without_ages_or_times(nlp, shared_dir):
    path = shared_dir / "data" / "gva-dev" / "documents.jsonl"
    if not path.exists():
        pytest.skip("gva-dev data not present")
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in itertools.islice(fh, 60)]
    figures = [(f, d.text) for d in nlp.pipe(texts) for s in d.sents for f in find_figures(s)]
    assert len(figures) > 60
    for fig, text in figures:
        quote = text[fig.start : fig.end]
        assert not any(w in quote for w in ("p.m.", "a.m.", "%", "$")), quote


def test_a_toll_told_as_initially_reported_is_marked_so(nlp):
    found = figures_of(nlp, "The chief initially said that three of the victims had died.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(3, "initially reported")]
    found = figures_of(nlp, "Initial reports indicate that three people were killed.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(3, "initially reported")]


def test_a_toll_the_sentence_calls_wrong_is_marked_retracted(nlp):
    found = figures_of(nlp, "Early reports said two people had died, but that turned out to be wrong, deputies said.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(2, "initially reported, retracted")]


def test_a_death_the_sentence_says_earlier_reports_got_wrong_is_marked_retracted(nlp):
    text = "Despite earlier reports that a boy had died, police said the boy is still fighting for his life."
    found = figures_of(nlp, text)
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(1, "initially reported, retracted")]
    # a toll that confirms earlier reports is the sentence's own
    found = figures_of(nlp, "Two men were killed, police said, confirming earlier reports.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(2, None)]


def test_a_toll_the_sentence_says_was_revised_is_read_as_revised(nlp):
    text = "Police first reported that four people were injured; that number was later raised to five."
    found = figures_of(nlp, text)
    assert [(f.value.low, f.value.qualifier) for f in found["injured"]] == [(4, "initially reported"), (5, None)]
    found = figures_of(nlp, "Police initially said three people were killed, but the toll rose to five by Monday.")
    assert [(f.value.low, f.value.qualifier) for f in found["killed"]] == [(5, None)]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Three people were killed in the shooting in Elmvale.", True),
        ("Police are investigating a double homicide in Millbrook.", True),
        ("A man was killed in the shooting in Elmvale.", False),
        ("Jon Reyes died at the scene, police said.", False),
        ("A woman and a man were killed in the shooting in Elmvale.", False),
    ],
)
def test_a_toll_knows_whether_the_text_counts_the_dead_or_tells_of_them(nlp, text, counted):
    # "Jon Reyes died" in a later story tells of one of the dead; "three were killed" counts them
    (killed,) = figures_of(nlp, text)["killed"]
    assert killed.value.counted is counted


@pytest.mark.parametrize(
    ("text", "field", "n"),
    [
        (
            "A man shot his wife to death before turning the rifle on himself, leaving police to find the two dead.",
            "killed",
            2,
        ),
        ("A man and a woman were shot in Elmvale, and the two victims were taken to a hospital.", "shot", 2),
    ],
)
def test_a_count_with_the_tells_again_of_the_people_already_told(nlp, text, field, n):
    (figure,) = figures_of(nlp, text)[field]
    assert figure.value.low == n


def test_an_article_the_parser_makes_part_of_a_town_s_name_still_counts_the_person(nlp):
    # after a headline line the parser may hang "A" on the town's name, not on the teen it counts
    doc = nlp("A Dayton, Ohio, teen was wounded in an accidental shooting at a cabin.")
    misread = _rehung(doc, {0: (1, "compound")})
    assert misread[0].head.text == "Dayton"
    found = {f.field: (f.value.low, misread.text[f.start : f.end].split()[0]) for f in find_figures(misread[:])}
    assert found == {"injured": (1, "A")}


def test_calibers_recovered_at_a_scene_are_no_people_recovering(nlp):
    assert figures_of(nlp, "Two calibers of shell casings were recovered near the car in Elmvale.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "A man is fighting for his life after a shooting in Elmvale on Sunday.",
        "Three people died and another was clinging to life after the shooting in Elmvale.",
    ],
)
def test_one_fighting_or_clinging_for_life_is_wounded(nlp, text):
    (injured,) = figures_of(nlp, text)["injured"]
    assert injured.value.low == 1


def test_one_grazed_by_a_bullet_is_wounded_not_maybe_dead(nlp):
    text = "A clerk was shot dead and her niece was grazed by a bullet outside an Elmvale diner."
    assert lowest_counts(nlp, text) == {"killed": 1, "injured": 1}


def test_those_fighting_for_their_lives_are_wounded(nlp):
    text = "Two cousins are fighting for their lives after gunfire at an Elmvale diner."
    assert lowest_counts(nlp, text) == {"injured": 2}


@pytest.mark.parametrize("victim", ["clerk", "teen"])
@pytest.mark.parametrize("state", ["injured", "in critical condition"])
def test_another_left_in_a_state_after_the_dead_is_one_more_wounded(nlp, victim, state):
    # the parse joins "another" to "left" when a day follows; it is still one more person the gunfire left
    text = f"Gunfire at an Elmvale diner left one {victim} dead and another {state} on Sunday."
    assert lowest_counts(nlp, text) == {"killed": 1, "injured": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies found two women and one man dead inside a home in Elmvale.", {"killed": 3}),
        ("The shooting in Elmvale left four people wounded and one man dead.", {"injured": 4, "killed": 1}),
        ("After the shooting in Elmvale there is one wounded and one deceased.", {"injured": 1, "killed": 1}),
    ],
)
def test_a_state_after_the_last_of_listed_people_is_theirs_unless_they_have_their_own(nlp, text, expected):
    assert {field: figs[0].value.low for field, figs in figures_of(nlp, text).items()} == expected


@pytest.mark.parametrize(
    "text",
    [
        "A driver was hurt in one of the crashes that followed the chase in Elmvale.",
        "The toddler had recovered from the fall before the shooting in Elmvale.",
        "Two men were injured in a crash on Quarry Street in Elmvale.",
        "A neighbour was hurt in one of the blazes on Birch Lane.",
        "Mara Quinn broke her arm and was injured during the collision on Quarry Street.",
        "Two passengers were injured during a rollover on Route 9 near Millbrook.",
        # one cause told after two clauses of state is the cause of both
        "Officials say two sisters are dead and their brother is in a hospital after a house fire on Birch Lane.",
        "One man died and two others are in the hospital after a crash on Quarry Street.",
    ],
)
def test_a_wound_from_a_fall_a_crash_or_a_fire_is_no_toll(nlp, text):
    assert figures_of(nlp, text).keys().isdisjoint({"injured", "killed"})


def test_a_crash_after_a_shooting_leaves_the_shot_counted(nlp):
    assert [f.value.low for f in figures_of(nlp, "Two men were shot and a woman died in a crash.")["shot"]] == [2]


@pytest.mark.parametrize(
    ("text", "field", "low"),
    [
        ("Two people died in the fire the gunman set on Birch Lane.", "killed", 2),
        ("Three women were wounded on Quarry Street a day after a kitchen fire next door.", "injured", 3),
    ],
)
def test_a_fire_someone_set_or_that_only_came_first_leaves_the_toll(nlp, text, field, low):
    assert [f.value.low for f in figures_of(nlp, text)[field]] == [low]


def test_a_wound_in_an_exchange_of_gunfire_is_a_toll(nlp):
    (injured,) = figures_of(nlp, "A man was wounded in an exchange of fire with deputies in Elmvale.")["injured"]
    assert injured.value.low == 1


def test_twins_are_two_and_a_twin_is_one(nlp):
    text = "A father in Elmvale shot and killed his twin sons on Friday before fatally shooting himself."
    (killed,) = figures_of(nlp, text)["killed"]
    assert (killed.value.low, killed.value.counted) == (3, True)
    (injured,) = figures_of(nlp, "His twin brother was wounded in the shooting in Elmvale.")["injured"]
    assert injured.value.low == 1


def test_a_headline_list_of_a_family_and_the_killer_counts_no_number(nlp):
    # "killed family, self": at least two dead, but no count that could lower another report's
    (killed,) = figures_of(nlp, "Elmvale man killed family, self, investigators say")["killed"]
    assert (killed.value.low, killed.value.counted) == (2, False)


def test_one_more_person_also_shot_adds_to_the_one_before(nlp):
    text = "A man in Elmvale was shot in his foot, and a 23-year-old woman also was shot in her hand."
    assert {field: figs[0].value.low for field, figs in figures_of(nlp, text).items()} == {"shot": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Two men ages 20 and 27 were taken to the hospital.",
        "Ages 20 and 27, the two men were taken to the hospital.",
        "The victims, ages 3, 5 and 9, and their mother, 30, were hurt; ages 12 and 14 were not.",
        "Police said the men were aged 19 and 21.",
    ],
)
def test_the_ages_repair_leaves_a_tree(nlp, text):
    # the parse is rewired around "ages": every word must still reach its sentence's root
    doc = nlp(text)
    for token in doc:
        steps, node = 0, token
        while node.head.i != node.i and steps <= len(doc):
            node, steps = node.head, steps + 1
        assert steps < len(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Detectives believe the attack was in retaliation for the killing of 30-year-old Ann Roe on Birch Lane.",
        "Officers are checking whether the attack is retaliation to the slaying of a woman Tuesday on Quarry Street.",
        "One of the men told police the shooting was revenge for the death of a gang member last year in Elmvale.",
    ],
)
def test_the_dead_an_attack_avenged_are_another_incident_s(nlp, text):
    assert [f for f in find_figures(nlp(text)[:]) if f.field == "killed"] == []


def test_the_dead_of_an_attack_done_in_revenge_are_its_own(nlp):
    [killed] = [
        f for f in find_figures(nlp("The gunman killed two men in retaliation for a fight.")[:]) if f.field == "killed"
    ]
    assert killed.value.stated == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack on a gathering for the dead: its dead died before it, another incident's
        (
            "Four people were wounded when someone fired into a vigil honoring a woman killed in a shooting in May.",
            {"injured": 4},
        ),
        (
            "Two people were wounded when gunfire erupted outside the funeral of a teenager who was shot and killed.",
            {"injured": 2},
        ),
        # vigils for the story's own dead are the common case
        ("Neighbors mourned the death of a man gunned down along with his daughter.", {"killed": 1}),
        # a story of the funeral alone tells of the incident its dead died in
        ("The funeral of a teenager who was shot and killed Saturday was held Friday.", {"killed": 1}),
        (
            "Mourners gathered for the funeral of a teen who was shot and killed; no arrests have been made.",
            {"killed": 1, "arrested": 0},
        ),
        # the mourner shot at the vigil is the attack's own dead
        ("A man attending a vigil for his slain brother was shot and killed Friday.", {"killed": 1}),
    ],
)
def test_the_dead_a_gathering_mourns_count_only_where_it_is_not_attacked(nlp, text, expected):
    figures = find_figures(nlp(text)[:])
    assert {f.field: f.value.stated for f in figures if f.field in ("killed", "injured", "arrested")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neighbors said two of the dead are 17- and 18-year-old sisters, who were found dead in the yard.",
        "A 15- and a 16-year-old were wounded in the shooting on Birch Lane.",
        "Police said the 17- or 18-month-old girl was hurt by a stray bullet.",
    ],
)
def test_the_first_age_of_a_shared_hyphen_counts_no_one(nlp, text):
    # "19- and 20-year-old": the 19 is an age whose "-year-old" the second number lends it
    assert all(f.value.low < 10 for f in find_figures(nlp(text)[:]))


def test_a_headline_s_homicide_leaves_at_least_one_dead_and_prose_about_crime_none(nlp):
    assert values(figures_of(nlp, "Arrest made in homicide after Elmvale pool party"))["killed"] == [(1, 1, None)]
    assert values(figures_of(nlp, "Elmvale death ruled homicide by gunshot wound"))["killed"] == [(1, 1, None)]
    assert "killed" not in figures_of(nlp, "Man charged with attempted murder in Elmvale shooting")
    assert "killed" not in figures_of(nlp, "The gang is engaged in crimes including murder and robbery.")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two injured, gunman dead at Elmvale High School", 1, 2),
        ("Two injured, gunman dead after shooting at Millbrook mall", 1, 2),
        ("Two dead, six injured in Elmvale shooting", 2, 6),
        ("3 Killed, 2 Hurt in Millbrook Shooting", 3, 2),
        ("2 killed, 2 hurt in Elmvale shooting", 2, 2),
        ("Deputies: 2 dead, 4 hurt in shooting after Millbrook fair", 2, 4),
        ("1 Dead, 3 Hurt Elmvale Diner Shooting", 1, 3),
    ],
)
def test_a_headline_list_item_s_count_takes_its_own_state_not_the_next_item_s(nlp, text, killed, injured):
    figures = figures_of(nlp, text)
    assert [f.value.low for f in figures["killed"]] == [killed]
    assert [f.value.low for f in figures["injured"]] == [injured]


@pytest.mark.parametrize(
    "text",
    [
        "Gunman named in Elmvale mall attack, 3 killed, 9 injured",
        "Shooter identified in Millbrook bar attack, 3 dead, 9 hurt",
    ],
)
def test_a_headline_s_person_before_its_list_is_not_one_more_of_a_count(nlp, text):
    figures = figures_of(nlp, text)
    assert [f.value.low for f in figures["killed"]] == [3]
    assert [(f.value.low, f.value.high) for f in figures["injured"]] == [(9, 9)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunman kills five and himself at Elmvale warehouse.",
        "Gunman kills 5 and himself in Millbrook.",
    ],
)
def test_a_killer_who_killed_himself_after_a_bare_count_is_one_more_dead(nlp, text):
    assert [f.value.low for f in figures_of(nlp, text)["killed"]] == [6]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("The homicide victim was shot twice in the chest on Birch Lane.", "killed"),
        ("Two murder victims were found shot in an Elmvale home.", "killed"),
        # an attempted murder's victim, or a murder's suspect, may live
        ("An attempted murder victim was shot in the leg on Birch Lane.", "shot"),
        ("Deputies shot a murder suspect who fled the Elmvale jail.", "shot"),
    ],
)
def test_the_victim_of_a_killing_is_dead(nlp, text, field):
    assert set(figures_of(nlp, text)) == {field}


def test_people_listed_with_their_ages_are_all_counted(nlp):
    text = "Jon Reyes, 41, and Mara Quinn, 38, were found dead Tuesday in an Elmvale apartment."
    assert [f.value.low for f in figures_of(nlp, text)["killed"]] == [2]


def test_a_headline_a_scrape_runs_into_itself_counts_once(nlp):
    text = (
        "Two killed, three injured in Elmvale bar shooting Local News Two killed, three injured in Elmvale "
        "bar shooting Police said the gunman fled on foot."
    )
    figures = figures_of(nlp, text)
    assert [f.value.low for f in figures["killed"]] == [2]
    assert [f.value.low for f in figures["injured"]] == [3]


def test_a_count_of_more_people_besides_those_told_before_is_no_total(nlp):
    (injured,) = figures_of(nlp, "The gunman then shot two more people at a bus stop on Birch Lane.")["injured"]
    assert (injured.value.low, injured.value.high) == (2, None)
    # added to a count of its own sentence, it makes the total
    (shot,) = figures_of(nlp, "Two men were shot on Alder Street and two more were wounded on Quarry Street.")["shot"]
    assert (shot.value.low, shot.value.high) == (4, 4)


# Fictional sentences and the one figure of each field they give, by its lowest count.
WHO_IS_COUNTED = [
    # a verb joined to the one of the object, with a patient of its own, tells only of that patient
    (
        "Deputies have charged two men who fled after one man was killed and four others were injured "
        "in a shooting on Birch Lane.",
        {"charged": 2, "killed": 1, "injured": 4},
    ),
    # a passive verb with no subject of its own tells of the subject, not of the object
    ("Jon Reyes shot a neighbor on Quarry Street and was arrested an hour later.", {"shot": 1}),
    # guard: an active verb with no object of its own still tells of the shared object
    ("The gunman shot and killed two men outside an Elmvale bar.", {"killed": 2}),
    # "both" counts two
    ("Both were killed when the gunman opened fire on Birch Lane.", {"killed": 2}),
    ("Both men died at the scene on Quarry Street.", {"killed": 2}),
    ("Deputies said the gunman shot both of them before he fled.", {"shot": 2}),
    ("Both suspects were arrested Friday in Elmvale.", {"arrested": 2}),
    # floated after the pair, "both" tells again of the two the sentence names ...
    ("The owner of the store, 51-year-old Ann Roe, and Reyes were both pronounced dead.", {"killed": 2}),
    # ... and is not added to them where they are counted one by one (guards)
    ("Jon Reyes, 25, and Mara Quinn, 30, were both dead when deputies arrived.", {"killed": 2}),
    ("The driver and Ann Roe were both killed on Birch Lane.", {"killed": 2}),
    # guards: "both" of things, or announcing a pair the sentence counts itself
    ("Jon Reyes was shot in both legs on Birch Lane.", {"shot": 1}),
    ("Both the driver and the passenger were shot on Quarry Street.", {"shot": 2}),
    # wounds told once for a list are all of theirs
    ("A man and a woman were found on the kitchen floor with gunshot wounds.", {"shot": 2}),
    ("A man and a woman arrived at Elmvale General with gunshot wounds.", {"injured": 2}),
    ("Deputies found a man and a woman with gunshot wounds on Birch Lane.", {"shot": 2}),
    # guard: the wound of the first of a list is not the last one's
    ("A man with a gunshot wound and a woman were found in the car on Quarry Street.", {"shot": 1}),
    # the counts after a comma that add up to the one before it tell who those people are
    ("Four people, three men and one woman, were shot on Birch Lane.", {"shot": 4}),
    # guard: so also where the wounds told after the list would give each of its parts a figure
    ("Four people, three men and one woman, were brought to Elmvale General with gunshot wounds.", {"injured": 4}),
    # guard: counts that do not add up to the one before them are more people
    ("Three people were shot on Birch Lane, and two women and two men were hurt.", {"shot": 3, "injured": 4}),
    # a headline's listed subjects, the first of which the parser takes for an interjection
    ("Boy, girl arrive at Elmvale clinic with gunshot wounds", {"injured": 2}),
    ("Suspect, deputy wounded in Elmvale shootout", {"injured": 2}),
    # guard: the one before the comma has a state of their own
    ("Man arrested, woman wounded in Elmvale shooting", {"injured": 1}),
    # a headline's person, then a relative clause, then the death
    ("Boy who was shot in the arm has died", {"killed": 1}),
    # after "each" the parser takes the participle for a noun
    ("Three 14-year-old boys were each shot on Birch Lane.", {"shot": 3}),
    ("Two men were each shot in the leg on Quarry Street.", {"shot": 2}),
    ("The three were each shot and killed on Quarry Street.", {"killed": 3}),
    ("The two men were not each shot.", {}),
    # "slain" is a state like "dead"; a sheriff is a person; a rank before a headline's person is no count
    ("Police identified the slain man as Jon Reyes.", {"killed": 1}),
    ("A shooting on Birch Lane left two slain and one wounded.", {"killed": 2, "injured": 1}),
    ("Sheriff wounded in Elmvale shootout leaves hospital", {"injured": 1}),
    ("Sixth grader dead after shooting on Birch Lane", {"killed": 1}),
    # a participle after the people, which the parser reads as their own verb, tells what befell them
    ("Three men fatally shot on Birch Lane Friday were inside a parked van.", {"killed": 3}),
    ("The two people shot and killed inside a car on Quarry Street were identified.", {"killed": 2}),
    # ... and so does one before the copula, however the parser hangs it
    ("The woman killed in a shooting on Quarry Street on Friday was a nurse, her family said Sunday.", {"killed": 1}),
    ("The teen killed in a shooting on Quarry Street on Friday was a student, his family said.", {"killed": 1}),
    ("The man shot on Quarry Street was a teacher.", {"shot": 1}),
    ("Deputies searched the house and found five people fatally shot.", {"killed": 5}),
    # guard: an "and" right before the verb after makes the people its subject too
    ("Two men shot at deputies on Birch Lane and were arrested.", {"arrested": 2}),
    # what the found were found to be
    ("Deputies were at the farmhouse where three people were found killed.", {"killed": 3}),
    ("Jon Reyes, 15, was found fatally shot in the back.", {"killed": 1}),
    # those taken to a hospital where they died
    ("Two men were taken to Elmvale General Hospital, where they died.", {"killed": 2}),
    ("Three people were taken to the hospital where a doctor died last year.", {"shot": 3}),
    # a bare number after "of" counts people told of before
    ("One of the four died at Elmvale General Hospital.", {"killed": 1}),
    ("One of the four shots struck the car.", {}),
    # a person the parser hangs on "after" is the subject of both verbs that follow
    ("Deputies are investigating after a 19-year-old was shot and killed Sunday night.", {"killed": 1}),
    # a passive relative clause on a person after "of"
    ("The name of a 15-year-old who was shot and killed on Birch Lane has been released.", {"killed": 1}),
    # a list set beside people it does not count counts them
    ("The victims, seven adults and a 14-year-old boy, were found dead at four farms.", {"killed": 8}),
    # a person brought in with "a" is one part of a breakdown
    ("Three people, two men and a woman, were shot.", {"shot": 3}),
    # those expected to survive are hurt and alive
    ("Two men were shot on Birch Lane and are expected to survive.", {"injured": 2}),
    ("Elmvale teen expected to recover after shooting", {"injured": 1}),
    ("Jon Reyes is expected to be charged.", {}),
    # wounds one had, not a history of them; no wounds suffered are none
    ("Three others had minor injuries.", {"injured": 3}),
    ("Two had gunshot wounds to the legs.", {"shot": 2}),
    ("The gunman had a history of injuries.", {}),
    ("Three others suffered no injuries.", {"injured": 0}),
    # a wound one had may be of the dead, unless it is one people live with
    ("She had a wound on her hand.", {"shot": 1}),
    # none hurt badly says nothing of those hurt less
    ("No one was seriously hurt on Birch Lane.", {}),
    ("None of them suffered life-threatening injuries.", {}),
    ("No one was hurt on Birch Lane.", {"injured": 0}),
    # a hospital by its name: a medical or trauma center
    ("Five people were taken to Elmvale Medical Center.", {"shot": 5}),
    ("Two men were rushed to Birch County Trauma Center.", {"shot": 2}),
    ("Two men were taken to the Elmvale Convention Center.", {}),
    # what those who appear or seem to have been hurt took
    ("Both girls appear to have minor injuries.", {"injured": 2}),
    ("The man appeared to have been shot in the leg.", {"shot": 1}),
    ("The suspect appears to have fled on foot.", {}),
    # those expected to be okay are hurt and alive
    ("Both boys are expected to be okay.", {"injured": 2}),
    ("The weather is expected to be fine.", {}),
    # the parse may hang what the shots hit on the gun
    ("Jon Reyes fired from a shotgun hitting three men.", {"shot": 3}),
    # the parse may make the found people the subject of their state
    ("Deputies found two women and a boy dead.", {"killed": 3}),
    ("Officers found a woman and two men dead inside.", {"killed": 3}),
    # or take the verb for the adjective of the wounds; mild wounds are no one's death
    ("The three suffered minor injuries.", {"injured": 3}),
    # a condition on the way to care, and care at a medical center by its name
    ("Ann Roe was taken to Elmvale Mercy in critical condition.", {"shot": 1}),
    ("Jon Reyes was taken into custody in good condition.", {}),
    ("The two other women were treated at Elmvale Medical Center.", {"injured": 2}),
    # what is said of them, and what they had to undergo, is told by the infinitive
    ("Both boys were said to be in fair condition.", {"injured": 2}),
    ("Three teens had to be treated for minor wounds.", {"injured": 3}),
    ("Two men had to flee.", {}),
    # a condition told by itself, or changed to
    ("Doctors said both men were stable.", {"injured": 2}),
    ("Ann Roe was upgraded to fair condition on Monday.", {"injured": 1}),
    ("Two council members were critical of the plan.", {}),
    # a plural count on one owner counts what is owned
    ("Two Birch County sheriff's deputies were wounded.", {"injured": 2}),
    # the parse may take the perfect's "had" for the people's verb
    ("Three men had sustained gunshot wounds.", {"shot": 3}),
    # those found suffering from wounds, wherever the parse hangs "suffering"
    ("Inside the garage, deputies found three women in their 30s suffering from gunshot wounds.", {"shot": 3}),
    ("Deputies found two teens outside suffering from gunshot wounds.", {"shot": 2}),
    ("Police found two men who said a woman was suffering from wounds.", {"injured": 1}),
    # wounds reported or nursed are had
    ("Two cyclists on Birch Lane reported minor injuries from the gunfire.", {"injured": 2}),
    ("Two officers reported that a man had injuries.", {"shot": 1}),
    # a count of the hurt is some of them, whatever else the sentence tells
    ("Two of the injured women are sisters, police said.", {"injured": 2}),
    ("None of the wounded were identified.", {}),
    ("Four of the officers killed were from Elmvale.", {"killed": 4}),
    ("Officers found a rifle near one of the dead men.", {}),
    # a named person found with wounds is shot, maybe fatally, as anyone else
    ("Ann Roe, 53, was found in a bed with gunshot wounds.", {"shot": 1}),
    # those left in a condition, not what someone left
    ("Two men were left in critical condition.", {"injured": 2}),
    ("The gunman left the building in good condition.", {}),
    # care for something else than a wound
    ("The driver was taken to the hospital for a medical emergency.", {}),
]


@pytest.mark.parametrize(("text", "expected"), WHO_IS_COUNTED)
def test_who_a_sentence_counts(nlp, text, expected):
    assert lowest_counts(nlp, text) == expected


def test_a_condition_is_not_told_across_a_quote(nlp):
    # the parse hangs the grandfather on the quoted "he's stable": he is no patient
    text = "Grandfather of Birch Lane boy: 'He's breathing, he's stable'"
    assert lowest_counts(nlp, text).get("injured", 0) <= 1


def test_both_in_a_condition_are_some_of_the_hurt(nlp):
    # the two whose condition is told are some of the hurt: at least two
    text = "Jon Reyes and Ann Roe were taken to Elmvale General, where they are both in critical condition."
    (injured,) = figures_of(nlp, text)["injured"]
    assert (injured.value.low, injured.value.high) == (2, None)


def test_both_in_a_threat_are_no_victims(nlp):
    # a guard: "both of you" in a quoted threat counts no one
    text = 'She warned them, "If I were not out on parole I would shoot and kill both of you," court papers say.'
    assert figures_of(nlp, text) == {}


def test_ages_set_beside_plural_people_count_them_one_each(nlp):
    # "her daughters, 4 and 9,": the numbers beside them are their ages, one daughter each
    assert lowest_counts(nlp, "Her daughters, 4 and 9, were critically hurt on Birch Lane.") == {"injured": 2}
    # the hour the parser takes for the subject leaves the person beside it the subject
    text = "About 5:40 a.m., Ann Roe, 41, was shot and killed on Birch Lane."
    assert lowest_counts(nlp, text) == {"killed": 1}


def test_those_expected_to_survive_are_some_of_the_hurt(nlp):
    # "both of those victims": some of the hurt, however many the report counted before
    (injured,) = figures_of(nlp, "Both of these victims are expected to live, deputies said.")["injured"]
    assert (injured.value.low, injured.value.high) == (2, None)
    # the shot the sentence counts itself, who will survive, are all of them
    (injured,) = figures_of(nlp, "Two men were shot on Birch Lane and are expected to survive.")["injured"]
    assert (injured.value.low, injured.value.high) == (2, 2)


def test_a_count_of_the_wounded_is_some_of_them(nlp):
    # "two of the wounded": at least two were hurt, and the sentence tells of those two only
    (injured,) = figures_of(nlp, "Two of the wounded stayed in the hospital on Tuesday.")["injured"]
    assert (injured.value.low, injured.value.high) == (2, None)
    # ... and so are two of those who survived
    (shot,) = figures_of(nlp, "Three of the four survivors were flown to Elmvale Medical Center.")["shot"]
    assert (shot.value.low, shot.value.high) == (3, None)


def test_a_headline_person_after_a_semicolon_is_no_apposition(nlp):
    # the parser at times hangs the person after a headline's semicolon on the person before it
    doc = nlp("Bullet hits man in arm; boy hit by fragments")
    man, boy = (next(t for t in doc if t.lower_ == word) for word in ("man", "boy"))
    misread = _rehung(doc, {boy.i: (man.i, "appos")})
    assert misread[boy.i].head.lower_ == "man"
    assert [f.value.low for f in find_figures(misread[:]) if f.field == "shot"] == [2]


def test_the_law_holding_someone_tells_nothing_of_another_shot(nlp):
    # a guard: "charged with ... shooting" tells what she did, not that she was shot and lived
    assert "injured" not in figures_of(nlp, "Ann Roe was charged with assault and shooting into a parked van.")
