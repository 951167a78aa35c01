"""reconcile: statuses, chosen values and reasons, on hand-made fictional mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from crosswire.model import (
    Actor,
    Claim,
    Cluster,
    CountValue,
    DateValue,
    Location,
    Mention,
    Source,
    claim_figure,
    count_text,
)
from crosswire.reconcile import Overrides, reconcile

D1, D2, D3 = dt.date(2031, 5, 3), dt.date(2031, 5, 4), dt.date(2031, 5, 9)
TOWN = Location("Millbrook", country="ZZ", admin1="North Province", lat=10.0, lon=20.0, precision="city")


def count(
    field: str,
    doc: str,
    low: int,
    high: int | None,
    stated: int | None = None,
    qual: str | None = None,
    start: int = 0,
    counted: bool = True,
) -> Claim:
    value = CountValue(stated if stated is not None else low, low, high, qual, counted)
    return Claim(field, value, f"{field} {low}", start, start + 10, doc)


def mention(doc: str, published: dt.date | None, claims: list[Claim], role: str = "main") -> Mention:
    return Mention(
        Mention.make_id(doc, 0, "Violence against civilians"),
        doc,
        "Violence against civilians",
        "Attack",
        role,
        0,
        "Gunmen attacked a hall.",
        claims=claims,
        published=published,
    )


def cluster(*mentions: Mention, copies: dict[str, str] | None = None) -> Cluster:
    copies = copies or {}
    sources = [Source(m.doc_id, m.role == "main", copies.get(m.doc_id)) for m in mentions]
    return Cluster("inc1", list(mentions), sources)


def seeds_like() -> Cluster:
    """Three outlets: at least 143 / at least 139 + nearly 200 injured / 144 + more than 551 injured."""
    a = mention("docA", D1, [count("killed", "docA", 143, None, qual="at least")])
    b = mention(
        "docB",
        D2,
        [
            count("killed", "docB", 139, None, qual="at least"),
            count("injured", "docB", 170, 200, 200, "nearly", start=40),
        ],
    )
    c = mention(
        "docC", D3, [count("killed", "docC", 144, 144), count("injured", "docC", 552, None, 551, "more than", start=40)]
    )
    return cluster(a, b, c)


def test_seeds_killed_compatible_at_exact_figure():
    inc = reconcile(seeds_like())
    killed = inc.fields["killed"]
    assert (killed.value, killed.status) == (144, "compatible")
    assert "3 independent reports" in killed.reason and "144" in killed.reason
    assert len(killed.claims) == 3
    assert inc.as_dict()["fields"]["killed"]["value"] == 144


def test_seeds_injured_conflict_takes_latest():
    injured = reconcile(seeds_like()).fields["injured"]
    assert (injured.value, injured.status, injured.bounds) == (552, "conflict", (552, None))
    assert "latest" in injured.reason and "170-200" in injured.reason and "552 or more" in injured.reason


def test_conservative_takes_lowest_credible_figure():
    injured = reconcile(seeds_like(), policy="conservative").fields["injured"]
    assert (injured.value, injured.status) == (170, "conflict")
    assert "lowest" in injured.reason


def test_majority_takes_the_figure_most_reports_give_over_a_later_stray():
    a = mention("docA", D1, [count("injured", "docA", 4, 4)])
    b = mention("docB", D1, [count("injured", "docB", 4, 4)])
    c = mention("docC", D2, [count("injured", "docC", 49, 49)])  # a later report's figure of another attack
    latest = reconcile(cluster(a, b, c)).fields["injured"]
    majority = reconcile(cluster(a, b, c), policy="majority").fields["injured"]
    assert (latest.value, majority.value, majority.status) == (49, 4, "conflict")
    assert "that 2 reports give" in majority.reason


def test_majority_without_one_falls_back_to_the_latest_report():
    a = mention("docA", D1, [count("injured", "docA", 3, 3)])
    b = mention("docB", D2, [count("injured", "docB", 5, 5)])
    injured = reconcile(cluster(a, b), policy="majority").fields["injured"]
    assert injured.value == 5 and "latest" in injured.reason


def test_majority_without_one_reads_a_later_report_of_fewer_dead_as_telling_of_some():
    a = mention("docA", D1, [count("killed", "docA", 3, 3)])
    b = mention("docB", D3, [count("killed", "docB", 1, 1)])  # "the death of Jon Reyes, one of the victims"
    killed = reconcile(cluster(a, b), policy="majority").fields["killed"]
    assert (killed.value, killed.status) == (3, "conflict")
    assert "the dead stay dead" in killed.reason
    assert reconcile(cluster(a, b)).fields["killed"].value == 1  # the default takes the latest report's
    # the wounded may recover and be counted apart: the latest report's stands
    c = mention("docC", D1, [count("injured", "docC", 3, 3)])
    d = mention("docD", D3, [count("injured", "docD", 1, 1)])
    assert reconcile(cluster(c, d), policy="majority").fields["injured"].value == 1


def test_a_latest_report_that_gives_only_a_floor_does_not_lower_an_earlier_count():
    # "three others critically injured" after "four others injured" and "five injured"
    a = mention("docA", D1, [count("injured", "docA", 4, 4)])
    b = mention("docB", D2, [count("injured", "docB", 5, 5)])
    c = mention("docC", D3, [count("injured", "docC", 3, None, qual="at least")])
    injured = reconcile(cluster(a, b, c)).fields["injured"]
    assert (injured.value, injured.status) == (5, "conflict")
    assert "only says at least 3" in injured.reason
    # a floor above every count is the latest word
    d = mention("docD", D3, [count("injured", "docD", 7, None, qual="at least")])
    assert reconcile(cluster(a, b, d)).fields["injured"].value == 7


def test_a_toll_far_above_the_others_is_no_count_of_this_incident():
    a = mention("docA", D1, [count("killed", "docA", 2, 2)])
    b = mention("docB", D2, [count("killed", "docB", 80, 80)])  # the city's weekend tally
    c = mention("docC", D3, [count("killed", "docC", 1, 1)])
    assert reconcile(cluster(a, b, c), policy="majority").fields["killed"].value == 2


def test_a_count_keeps_how_far_its_reports_leave_it_open():
    # "more than 30 were killed and hundreds hurt": the value is the interval's lower bound, and
    # the record says how far the count may run; a count the reports meet on is exact
    killed = count("killed", "docA", 31, None, 30, "more than")
    injured = count("injured", "docA", 200, 999, 200, "hundreds", start=40)
    a = mention("docA", D1, [killed, injured])
    fields = reconcile(cluster(a)).as_dict()["fields"]
    assert [(fields[f]["value"], fields[f]["low"], fields[f]["high"]) for f in ("killed", "injured")] == [
        (31, 31, None),
        (200, 200, 999),
    ]
    assert (count_text(fields["killed"]), count_text(fields["injured"])) == ("31+", "200–999")
    killed = reconcile(seeds_like()).fields["killed"]
    assert (killed.status, killed.bounds) == ("compatible", (144, 144))


def test_a_claim_shows_the_number_its_outlet_wrote_or_the_interval_of_a_word_that_writes_none():
    killed = count("killed", "docA", 31, None, 30, "more than")
    injured = count("injured", "docA", 3, 9, 3, "several", start=40)
    fields = reconcile(cluster(mention("docA", D1, [killed, injured]))).as_dict()["fields"]
    [more_than], [several] = fields["killed"]["claims"], fields["injured"]["claims"]
    assert (claim_figure(more_than), claim_figure(several)) == ("30", "3–9")


def test_agreed_and_single():
    a = mention("docA", D1, [count("killed", "docA", 3, 3), count("arrested", "docA", 2, 2)])
    b = mention("docB", D2, [count("killed", "docB", 3, 3)])
    inc = reconcile(cluster(a, b))
    assert (inc.fields["killed"].value, inc.fields["killed"].status) == (3, "agreed")
    assert (inc.fields["arrested"].value, inc.fields["arrested"].status) == (2, "single")
    assert isinstance(inc.fields["killed"].value, int)


def test_copy_does_not_confirm():
    a = mention("docA", D1, [count("killed", "docA", 3, 3)])
    copy = mention("docA2", D2, [count("killed", "docA2", 3, 3)])
    killed = reconcile(cluster(a, copy, copies={"docA2": "docA"})).fields["killed"]
    assert killed.status == "single"
    assert len(killed.claims) == 2  # the copy's claim is still shown
    assert "copy" in killed.reason


def test_copy_conflicting_figure_does_not_make_conflict():
    a = mention("docA", D1, [count("killed", "docA", 3, 3)])
    copy = mention("docA2", D2, [count("killed", "docA2", 30, 30)])
    killed = reconcile(cluster(a, copy, copies={"docA2": "docA"})).fields["killed"]
    assert (killed.value, killed.status) == (3, "single")


def test_headline_and_breakdown_in_one_document_do_not_conflict():
    a = mention("docA", D1, [count("killed", "docA", 5, 5), count("killed", "docA", 3, 3, start=50)])
    b = mention("docB", D2, [count("killed", "docB", 5, 5)])
    killed = reconcile(cluster(a, b)).fields["killed"]
    assert (killed.value, killed.status) == (5, "agreed")


def test_a_toll_the_report_says_was_initially_reported_does_not_stand_for_it():
    a = mention(
        "docA",
        D1,
        [
            count("killed", "docA", 3, 3, qual="initially reported"),  # "the chief initially said three had died"
            count("killed", "docA", 2, 2, start=40),  # "two of the four who were shot died"
        ],
    )
    inc = reconcile(cluster(a))
    assert (inc.fields["killed"].value, inc.fields["killed"].status) == (2, "single")
    assert len(inc.fields["killed"].claims) == 2  # the superseded claim stays listed


def date_claim(doc: str, expr: str, lo: dt.date | None, hi: dt.date | None, precision: str | None) -> Claim:
    return Claim("date", DateValue(expr, lo, hi, precision), expr, 0, len(expr), doc)


def test_a_toll_told_with_another_day_does_not_stand_for_the_incident_s():
    # a later report's "three killed Monday", its Monday weeks from the incident's day: another
    # incident, or a day misread from a stale date; the reports of the day stand
    weeks_on = D1 + dt.timedelta(days=21)
    first = mention("docA", D1, [count("killed", "docA", 4, 4), date_claim("docA", "Monday", D1, D1, "day")])
    second = mention("docB", D2, [date_claim("docB", "May 3", D1, D1, "day")])
    stale = mention(
        "docC", D3, [count("killed", "docC", 3, 3), date_claim("docC", "Monday", weeks_on, weeks_on, "day")]
    )
    incident = reconcile(cluster(first, second, stale))
    assert incident.date == D1
    killed = incident.fields["killed"]
    assert killed.value == 4
    assert len(killed.claims) == 2 and "another day" in killed.reason  # the stray toll stays listed


def test_date_intersection_fixes_the_day():
    day = dt.date(2031, 5, 2)
    a = mention("docA", None, [date_claim("docA", "on Friday", None, None, None)])
    b = mention("docB", D2, [date_claim("docB", "May 2", day, day, "day")])
    c = mention("docC", D3, [date_claim("docC", "last week", dt.date(2031, 4, 28), dt.date(2031, 5, 4), "week")])
    inc = reconcile(cluster(a, b, c))
    assert (inc.date, inc.date_precision) == (day, "day")
    assert inc.fields["date"].status == "compatible"
    assert len(inc.fields["date"].claims) == 3  # the unresolved one stays listed


def test_unresolved_date_stays_null():
    a = mention("docA", None, [date_claim("docA", "on Friday", None, None, None)])
    inc = reconcile(cluster(a))
    assert inc.date is None and inc.date_precision is None
    assert inc.as_dict()["date"] is None


def test_month_precision_keeps_interval_start():
    a = mention("docA", D1, [date_claim("docA", "in April", dt.date(2031, 4, 1), dt.date(2031, 4, 30), "month")])
    inc = reconcile(cluster(a))
    assert (inc.date, inc.date_precision) == (dt.date(2031, 4, 1), "month")


def test_date_conflict():
    a = mention("docA", D1, [date_claim("docA", "May 1", dt.date(2031, 5, 1), dt.date(2031, 5, 1), "day")])
    b = mention("docB", D3, [date_claim("docB", "May 8", dt.date(2031, 5, 8), dt.date(2031, 5, 8), "day")])
    inc = reconcile(cluster(a, b))
    assert inc.fields["date"].status == "conflict"
    assert inc.date == dt.date(2031, 5, 1)  # the first report: later ones date what followed
    assert "first report" in inc.fields["date"].reason


def test_among_the_first_day_s_reports_a_named_day_outranks_last_week():
    tuesday = dt.date(2031, 4, 29)
    a = mention("docA", D1, [date_claim("docA", "last week", dt.date(2031, 4, 21), dt.date(2031, 4, 27), "week")])
    b = mention("docB", D1, [date_claim("docB", "Tuesday", tuesday, tuesday, "day")])
    inc = reconcile(cluster(a, b))
    assert (inc.date, inc.date_precision, inc.fields["date"].status) == (tuesday, "day", "conflict")


def test_date_conflict_goes_to_the_day_most_reports_give():
    first, later = dt.date(2031, 5, 1), dt.date(2031, 5, 2)
    a = mention("docA", D1, [date_claim("docA", "Thursday", first, first, "day")])
    b = mention("docB", D2, [date_claim("docB", "early Friday", later, later, "day")])
    c = mention("docC", D3, [date_claim("docC", "Friday", later, later, "day")])
    inc = reconcile(cluster(a, b, c))
    assert (inc.date, inc.fields["date"].status) == (later, "conflict")
    assert "2 of 3 reports" in inc.fields["date"].reason


def _reconciled_day(*reports: tuple[str, dt.date, str, dt.date]):
    """The date field of a cluster of reports, each (doc, published, words, the day they name)."""
    mentions = [
        mention(doc, published, [date_claim(doc, words, day, day, "day")]) for doc, published, words, day in reports
    ]
    return reconcile(cluster(*mentions)).fields["date"]


@pytest.mark.parametrize(
    ("shooting_told_too", "day", "why"),
    [(True, dt.date(2031, 5, 2), "every report names 2031-05-02"), (False, dt.date(2031, 5, 3), "first report")],
)
def test_with_no_majority_the_day_every_report_names_is_the_incident_s(shooting_told_too, day, why):
    # docA's first day is when a wounded man walked into a hospital ("yesterday"), a later
    # paragraph may give the shooting's "early Friday"; docB, days on, gives "early Friday" alone.
    # Without that paragraph no day is every report's, and the first report decides.
    friday, saturday = dt.date(2031, 5, 2), dt.date(2031, 5, 3)
    walked_in = replace(date_claim("docA", "yesterday", saturday, saturday, "day"), start=40)
    shooting = replace(date_claim("docA", "early Friday", friday, friday, "day"), start=400)
    a = mention("docA", D2, [walked_in, shooting] if shooting_told_too else [walked_in])
    b = mention("docB", D3, [date_claim("docB", "early Friday", friday, friday, "day")])
    date = reconcile(cluster(a, b)).fields["date"]
    assert (date.value, date.status) == (day, "conflict")
    assert why in date.reason


def test_a_day_written_out_outranks_weekdays_counted_from_publication_dates():
    # two reports' "Friday" counted from their dates, one report's "Jan. 22" on the calendar
    friday, written = dt.date(2031, 1, 29), dt.date(2031, 1, 22)
    date = _reconciled_day(
        ("docA", D1, "7 p.m. Friday", friday), ("docB", D2, "Friday night", friday), ("docC", D3, "Jan. 22", written)
    )
    assert (date.value, date.status) == (written, "conflict")
    assert "day written out, 'Jan. 22'" in date.reason


def test_a_holiday_is_a_day_written_out():
    # a report of the night counts "early Saturday" from its date; a story months on names the holiday
    holiday, saturday = dt.date(2031, 7, 4), dt.date(2031, 7, 5)
    date = _reconciled_day(
        ("docA", saturday, "early Saturday", saturday), ("docB", dt.date(2032, 3, 1), "Fourth of July", holiday)
    )
    assert (date.value, date.status) == (holiday, "conflict")
    assert "day written out, 'Fourth of July'" in date.reason


def test_between_two_reports_of_one_day_the_earlier_day_is_the_incident_s():
    # both posted May 3; "this morning" in one (the day it followed up), "Thursday night" in the
    # other: the later day may be what followed, the shooting's cannot come after it
    thursday = dt.date(2031, 5, 1)
    for first, second in (("docA", "docB"), ("docB", "docA")):
        date = _reconciled_day((first, D1, "this morning", D1), (second, D1, "Thursday night", thursday))
        assert (date.value, date.status) == (thursday, "conflict")


def test_a_day_after_the_first_report_cannot_be_the_incident_day():
    # docA (May 3) tells of "Thursday" (May 1); two stories of May 9 say "Thursday" too, which a
    # reader of that day takes for May 8, a day after the incident was first reported
    first, misread = dt.date(2031, 5, 1), dt.date(2031, 5, 8)
    date = _reconciled_day(
        ("docA", D1, "Thursday", first), ("docB", D3, "Thursday", misread), ("docC", D3, "Thursday night", misread)
    )
    assert (date.value, date.status) == (first, "conflict")
    assert "after the first report (2031-05-03)" in date.reason


def test_a_night_another_report_says_ran_past_midnight_is_the_next_day():
    friday, saturday = dt.date(2031, 5, 2), dt.date(2031, 5, 3)
    a = mention("docA", D1, [date_claim("docA", "late Friday night", friday, friday, "day")])
    b = mention("docB", D3, [date_claim("docB", "2 a.m. Saturday", saturday, saturday, "day")])
    assert reconcile(cluster(a, b)).date == saturday
    # "Saturday morning" alone may be when the wounded were still in hospital: the night stands
    c = mention("docC", D3, [date_claim("docC", "Saturday morning", saturday, saturday, "day")])
    assert reconcile(cluster(a, c)).date == friday


def place_claim(doc: str, loc: Location) -> Claim:
    return Claim("place", loc, loc.name, 0, len(loc.name), doc)


def test_place_prefers_city_inside_claimed_region():
    region = Location("North Province", country="ZZ", admin1="North Province", precision="admin1")
    a = mention("docA", D1, [place_claim("docA", region)])
    b = mention("docB", D2, [place_claim("docB", TOWN)])
    inc = reconcile(cluster(a, b))
    assert inc.location.name == "Millbrook"
    assert inc.fields["place"].status == "compatible"


# A county is shown at its biggest town.
HILL_COUNTY = Location(
    "Fern County", country="ZZ", admin1="North Province", admin2="Fern County", lat=10.05, lon=20.05, precision="county"
)


def test_place_prefers_a_town_in_the_county_most_reports_name():
    # a town 10 km from the county's biggest town is inside it, and more precise
    far = Location("Eastfield", country="ZZ", admin1="North Province", lat=12.0, lon=22.0, precision="city")
    reports = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", HILL_COUNTY)]) for i in range(3)]
    town = mention("docT", D2, [place_claim("docT", TOWN)])
    assert reconcile(cluster(*reports, town)).location.name == "Millbrook"
    stray = mention("docF", D2, [place_claim("docF", far)])
    assert reconcile(cluster(*reports, stray)).location.name == "Fern County"  # a town far away is elsewhere


def test_a_town_the_gazetteer_puts_in_the_county_outranks_it_however_far_from_its_chief_town():
    # "near Eastfield" in one report, "in Fern County" in the others: Eastfield is in Fern County
    inside = Location(
        "Eastfield", country="ZZ", admin1="North Province", admin2="Fern County", lat=12.0, lon=22.0, precision="city"
    )
    reports = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", HILL_COUNTY)]) for i in range(2)]
    town = mention("docT", D2, [place_claim("docT", inside)])
    assert reconcile(cluster(*reports, town)).location.name == "Eastfield"


def test_a_town_set_miles_from_a_city_outranks_the_county_around_it():
    # "in Ashgrove, about 30 miles north of Hill City": located by the distance, its county unknown
    ashgrove = Location("Ashgrove", country="ZZ", admin1="North Province", lat=10.45, lon=20.05, precision="city")
    reports = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", HILL_COUNTY)]) for i in range(2)]
    named = mention("docA", D2, [place_claim("docA", ashgrove)])
    assert reconcile(cluster(*reports, named)).location.name == "Ashgrove"


def test_a_town_the_text_places_in_the_county_state_outranks_the_county():
    # "in Ashgrove, North Province, which is in Fern County": no coordinates for the hamlet
    hamlet = Location("Ashgrove", country="ZZ", admin1="North Province", precision="city")
    reports = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", HILL_COUNTY)]) for i in range(2)]
    named = mention("docH", D2, [place_claim("docH", hamlet)])
    assert reconcile(cluster(*reports, named)).location.name == "Ashgrove"
    elsewhere = Location("Ashgrove", country="ZZ", admin1="South Province", precision="city")
    stray = mention("docS", D2, [place_claim("docS", elsewhere)])
    assert reconcile(cluster(*reports, stray)).location.name == "Fern County"


# "Fern County" alone, read in its biggest namesake's state (a guess), South Province's its rival
HILL_COUNTY_GUESSED = Location(
    "Fern County",
    country="ZZ",
    admin1="North Province",
    admin2="Fern County",
    lat=10.05,
    lon=20.05,
    precision="county",
    state_guessed=True,
    namesakes=[{"admin1": "South Province", "admin2": "Fern County", "lat": 30.0, "lon": 40.0, "geonameid": None}],
)


def test_a_town_of_a_county_namesake_outranks_the_county_read_in_another_state():
    # "Fern County" read in its biggest namesake's state, a town the gazetteer lacks placed in
    # the Fern County of the state the other report read: the town, in its own state
    hamlet = Location("Ashgrove", country="ZZ", admin1="South Province", admin2="Fern County", precision="city")
    county = mention("docC", D1, [place_claim("docC", HILL_COUNTY_GUESSED)])
    named = mention("docH", D2, [place_claim("docH", hamlet)])
    place = reconcile(cluster(county, named)).location
    assert (place.name, place.admin1) == ("Ashgrove", "South Province")
    # a town of another county of that state is no town of the county read
    other = replace(hamlet, admin2="Lake County")
    stray = mention("docS", D2, [place_claim("docS", other)])
    assert reconcile(cluster(county, stray)).location.name == "Fern County"


def test_a_county_read_in_a_guessed_state_is_its_namesake_in_the_state_the_reports_read():
    # "Fern County" alone read in its biggest namesake's state, against another report's
    # "(Ashgrove, S.P.)" whose town the gazetteer lacks: South Province's Fern County
    county = mention("docC", D1, [place_claim("docC", HILL_COUNTY_GUESSED)])

    def state(name: str) -> Location:
        return Location(name, country="ZZ", admin1=name, precision="admin1")

    south = mention("docS", D2, [place_claim("docS", state("South Province"))])
    place = reconcile(cluster(county, south)).location
    assert (place.name, place.admin1, place.lat, place.lon, place.state_guessed) == (
        "Fern County",
        "South Province",
        30.0,
        40.0,
        False,
    )
    # the guess it replaced is listed among the namesakes
    assert [n["admin1"] for n in place.namesakes] == ["North Province"]
    # a state with no Fern County, or two states, leave the guess as it was
    east = mention("docE", D2, [place_claim("docE", state("East Province"))])
    assert reconcile(cluster(county, east)).location.admin1 == "North Province"
    assert reconcile(cluster(county, south, east)).location.admin1 == "North Province"


def test_a_report_naming_two_countries_is_set_in_the_one_it_names_a_town_of():
    # "Family dead in Jersey Shore fire" (the island's name) then "LONG BRANCH, N.J. -": the town
    island = Location("Jersey", country="JE", precision="country")
    dateline = Claim("place", TOWN, "MILLBROOK, North Province -", 60, 86, "docA")
    a = mention("docA", D1, [place_claim("docA", island), dateline])
    assert reconcile(cluster(a)).location.name == "Millbrook"
    # two bare country names: the first named
    other = Location("Ruritania", country="RU", precision="country")
    b = mention("docB", D1, [place_claim("docB", island), Claim("place", other, "Ruritania", 60, 69, "docB")])
    assert reconcile(cluster(b)).location.name == "Jersey"


def test_of_two_places_as_precise_and_as_often_told_the_one_whose_state_was_read_wins():
    # "Birch County deputies" read in the biggest state with such a county (a guess) against a
    # town another report places in its state by its own words
    where = {"country": "ZZ", "admin1": "South Province", "lat": 30.0, "lon": 40.0, "precision": "county"}
    guessed = Location("Birch County", **where, state_guessed=True)
    a = mention("docA", D1, [place_claim("docA", guessed)])
    b = mention("docB", D2, [place_claim("docB", TOWN)])
    assert reconcile(cluster(a, b)).location.name == "Millbrook"
    assert reconcile(cluster(b, a)).location.name == "Millbrook"


def _sentence(doc: str, text: str, place: Location, day: dt.date) -> list[Claim]:
    """A place and a day one sentence tells."""
    return [
        Claim("place", place, text, 100, 100 + len(text), doc),
        Claim("date", DateValue(day.isoformat(), day, day, "day"), text, 100, 100 + len(text), doc),
    ]


def test_a_place_told_on_another_day_is_not_the_incident_s():
    other = Location("Eastfield", country="ZZ", admin1="North Province", lat=11.5, lon=21.5, precision="city")
    # a page of teasers: its story's only town comes in a sentence of an assault months before
    teasers = mention(
        "docA",
        D1,
        _sentence("docA", "A man was charged with an assault in Eastfield.", other, D1 - dt.timedelta(days=60)),
    )
    report = mention("docB", D1, _sentence("docB", "A woman was shot in Millbrook.", TOWN, D1))
    later = mention("docC", D2, [date_claim("docC", "May 3", D1, D1, "day")])
    incident = reconcile(cluster(teasers, report, later))
    assert incident.date == D1
    assert incident.location.name == "Millbrook"
    # the teaser's town stays listed among the claims
    assert "Eastfield" in {c.value.name for c in incident.fields["place"].claims}


def test_a_street_no_report_places_in_a_state_lies_in_the_one_state_the_others_give():
    street = Location("Birch Lane", precision="venue", text="in the 400 block of Birch Lane")

    def state(name: str) -> Location:
        return Location(name, country="ZZ", admin1=name, precision="admin1", state_guessed=True)

    a = mention("docA", D1, [place_claim("docA", street)])
    b = mention("docB", D1, [place_claim("docB", state("North Province"))])
    place = reconcile(cluster(a, b)).location
    assert (place.name, place.admin1, place.country, place.state_guessed) == (
        "Birch Lane",
        "North Province",
        "ZZ",
        True,
    )
    # reports of two states say none
    c = mention("docC", D2, [place_claim("docC", state("South Province"))])
    assert reconcile(cluster(a, b, c)).location.admin1 is None


def test_place_conflict_between_cities():
    other = Location("Eastfield", country="ZZ", admin1="North Province", lat=11.5, lon=21.5, precision="city")
    a = mention("docA", D1, [place_claim("docA", TOWN)])
    b = mention("docB", D2, [place_claim("docB", other)])
    assert reconcile(cluster(a, b)).fields["place"].status == "conflict"


def test_a_report_that_names_the_state_settles_a_town_others_name_bare():
    # two reports read a bare "Elmvale" as the biggest namesake; a third writes "Elmvale, Ohio"
    def elmvale(state, text, lat):
        return Location("Elmvale", country="US", admin1=state, lat=lat, lon=-84.0, precision="city", text=text)

    bare = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", elmvale("Kentucky", "in Elmvale", 39.0))]) for i in range(2)]
    stated = mention("docS", D2, [place_claim("docS", elmvale("Ohio", "ELMVALE, Ohio", 40.1))])
    assert reconcile(cluster(*bare, stated)).location.admin1 == "Ohio"
    assert reconcile(cluster(*bare)).location.admin1 == "Kentucky"


def test_a_report_that_read_the_state_settles_a_town_another_could_only_guess():
    # "Elmvale" alone, on a page that names no state, is the biggest namesake's: a guess, flagged
    guess = Location("Elmvale", "US", "Kentucky", lat=39.0, lon=-84.0, precision="city", state_guessed=True)
    read = Location("Elmvale", "US", "Ohio", lat=40.1, lon=-84.0, precision="city")
    a = mention("docA", D1, [place_claim("docA", guess)])
    b = mention("docB", D2, [place_claim("docB", read)])
    assert reconcile(cluster(a, b)).location.admin1 == "Ohio"
    assert reconcile(cluster(b, a)).location.admin1 == "Ohio"


def test_a_state_read_settles_a_guessed_town_even_where_the_gazetteer_cannot_locate_it():
    # the gazetteer knows only Kentucky's Elmvale: a bare "Elmvale" is read there (a guess), while
    # the pages that place it in Ohio keep the name with no coordinates
    guess = Location("Elmvale", "US", "Kentucky", lat=39.0, lon=-84.0, precision="city", state_guessed=True)
    read = Location("Elmvale", "US", "Ohio", text="in Elmvale")
    a = mention("docA", D1, [place_claim("docA", guess)])
    b = mention("docB", D2, [place_claim("docB", read)])
    for incident in (reconcile(cluster(a, b)), reconcile(cluster(b, a))):
        assert (incident.location.name, incident.location.admin1) == ("Elmvale", "Ohio")
        assert incident.location.lat is None
    # a county of that name read in Ohio is another place: the guessed town stands
    county = mention("docC", D2, [place_claim("docC", Location("Elmvale County", "US", "Ohio"))])
    assert reconcile(cluster(a, county)).location.admin1 == "Kentucky"


def test_actors_deduplicated_by_name():
    claims = [
        Claim("perpetrator", Actor("Red Hand Front", "perpetrator"), "x", 0, 1, "docA"),
        Claim("perpetrator", Actor("the Red Hand Front", "perpetrator"), "x", 5, 6, "docA"),
        Claim("victim", Actor("Ana Lopez", "victim"), "x", 9, 10, "docA"),
    ]
    inc = reconcile(cluster(mention("docA", D1, claims)))
    assert sorted((a.role, a.name) for a in inc.actors) == [("perpetrator", "Red Hand Front"), ("victim", "Ana Lopez")]


def test_event_type_majority_of_main_mentions():
    a, b, c = mention("docA", D1, []), mention("docB", D2, []), mention("docC", D3, [])
    c.event_type, c.sub_event_type = "Battles", "Armed clash"
    bg = mention("docD", D3, [], role="background")
    bg.event_type, bg.sub_event_type = "Battles", "Armed clash"
    inc = reconcile(cluster(a, b, c, bg))
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")


def test_overrides_reviewed_value_and_flags():
    ov = Overrides(
        values={
            "inc1": {
                "killed": {"value": 140, "note": "ministry list"},
                "date": {"value": "2031-05-01", "note": "police log"},
            }
        },
        hidden={"inc1"},
        confirmed=set(),
    )
    inc = reconcile(seeds_like(), overrides=ov)
    killed = inc.fields["killed"]
    assert (killed.value, killed.status, killed.reviewed, killed.bounds) == (140, "compatible", True, (140, 140))
    assert killed.reason == "set by reviewer: ministry list"
    assert (inc.date, inc.date_precision) == (dt.date(2031, 5, 1), "day")
    assert inc.hidden and not inc.confirmed
    assert inc.fields["injured"].reviewed is False


def test_report_silent_on_deaths_is_read_with_the_dead_of_the_others():
    # docA: "a man was shot"; docB: "a man was killed". One man, dead: no one wounded.
    a = mention("docA", D1, [count("shot", "docA", 1, 1)])
    b = mention("docB", D2, [count("killed", "docB", 1, 1)])
    incident = reconcile(cluster(a, b))
    assert incident.fields["killed"].value == 1
    injured = incident.fields["injured"]
    assert injured.value == 0
    assert injured.claims[0].value.qualifier == "1 shot less 1 killed in other reports"


def test_a_report_silent_on_deaths_is_read_with_the_dead_others_count_not_a_victim_one_names():
    # docA: "the gunman shot three people"; docB: "two of them were killed"; docC, a later
    # story of one of the dead, "Jon Reyes was killed": one wounded, not two
    a = mention("docA", D1, [count("shot", "docA", 3, 3)])
    b = mention("docB", D1, [count("killed", "docB", 2, 2)])
    c = mention("docC", D3, [count("killed", "docC", 1, 1, counted=False)])
    injured = reconcile(cluster(a, b, c)).fields["injured"]
    assert (injured.value, injured.claims[0].value.qualifier) == (1, "3 shot less 2 killed in other reports")


def test_wounded_read_with_a_report_s_own_dead_outrank_those_read_with_the_dead_of_others():
    # docA: "four were shot, one of them fatally"; docB, a later story of an arrest: "the teen shot
    # a girl", silent on deaths. docB's one shot may be the dead one or one of the wounded.
    a = mention("docA", D1, [count("shot", "docA", 4, 4), count("killed", "docA", 1, 1)])
    b = mention("docB", D3, [count("shot", "docB", 1, 1)])
    injured = reconcile(cluster(a, b)).fields["injured"]
    assert (injured.value, injured.status) == (3, "conflict")
    assert "own dead" in injured.reason


def test_wounded_who_died_since_are_no_longer_wounded():
    # docA: "a boy was critically wounded"; docB (later): "the boy was shot ... he died".
    a = mention("docA", D1, [count("injured", "docA", 1, 1)])
    b = mention("docB", D2, [count("shot", "docB", 1, 1), count("killed", "docB", 1, 1)])
    incident = reconcile(cluster(a, b))
    assert incident.fields["killed"].value == 1
    injured = incident.fields["injured"]
    assert (injured.value, injured.status) == (0, "conflict")
    assert "died since" in injured.reason
    # More wounded than the later report's shot: other victims, still wounded.
    c = mention("docC", D1, [count("injured", "docC", 3, 3)])
    assert reconcile(cluster(c, b)).fields["injured"].value == 3
    # A report no earlier than the one whose shot all died tells of someone else, still wounded.
    d = mention("docD", D2, [count("injured", "docD", 1, 1)])
    assert reconcile(cluster(d, b)).fields["injured"].value == 1
    # A report of that same day with two shot, one dead: the boy of docA is its survivor.
    e = mention("docE", D2, [count("shot", "docE", 2, 2), count("killed", "docE", 1, 1)])
    assert reconcile(cluster(a, b, e)).fields["injured"].value == 1


def test_wounded_told_to_be_stable_did_not_die_since():
    # docA: "the clerk is listed in stable condition"; docB (later): "a man was shot and died".
    # The clerk lived: the later report's dead is someone else.
    stable = count("injured", "docA", 1, 1)
    stable = replace(stable, quote="The clerk is stable.", value=replace(stable.value, survives=True))
    a = mention("docA", D1, [stable])
    b = mention("docB", D2, [count("shot", "docB", 1, 1), count("killed", "docB", 1, 1)])
    injured = reconcile(cluster(a, b)).fields["injured"]
    assert injured.value == 1
    assert "died since" not in injured.reason


def test_a_toll_every_report_calls_wrong_gives_way_to_none_dead():
    # "early reports said one had died, but that proved incorrect"; two were wounded
    wrong = count("killed", "docA", 1, 1, qual="initially reported, retracted")
    fields = reconcile(cluster(mention("docA", D1, [wrong, count("injured", "docA", 2, 2, start=40)]))).fields
    assert (fields["killed"].value, fields["killed"].status, fields["killed"].claims) == (0, "inferred", [wrong])
    # a figure only "initially reported", with none to replace it, still stands
    said = count("killed", "docB", 3, 3, qual="initially reported")
    assert reconcile(cluster(mention("docB", D1, [said]))).fields["killed"].value == 3


def test_a_report_that_calls_its_own_toll_wrong_does_not_agree_with_the_others():
    # docA and docB: "the boy died"; docC: "despite earlier reports that he had died, he is still
    # fighting for his life". Two reports give the toll, and one says its figure was wrong.
    a = mention("docA", D1, [count("killed", "docA", 1, 1)])
    b = mention("docB", D1, [count("killed", "docB", 1, 1)])
    c = mention("docC", D1, [count("killed", "docC", 1, 1, qual="initially reported, retracted")])
    killed = reconcile(cluster(a, b, c)).fields["killed"]
    assert (killed.value, killed.status, len(killed.claims)) == (1, "agreed", 3)
    assert killed.reason == "2 independent reports agree on 1 (+1 report calling its figure wrong)"


def test_two_figures_of_one_sentence_are_both_weighed():
    # "first reported as four injured, a count since raised to five": one sentence, two counts
    said = count("injured", "docA", 4, 4, qual="initially reported")
    revised = count("injured", "docA", 5, 5)
    injured = reconcile(cluster(mention("docA", D1, [said, revised]))).fields["injured"]
    assert (injured.value, len(injured.claims)) == (5, 2)


def test_of_the_latest_day_s_reports_the_largest_toll_stands():
    # two stories of the same day: "three dead" and one that tells of a single victim
    three = mention("docA", D2, [count("killed", "docA", 3, 3)])
    one = mention("docB", D2, [count("killed", "docB", 1, 1)])
    earlier = mention("docC", D1, [count("killed", "docC", 2, 2)])
    killed = reconcile(cluster(three, one, earlier)).fields["killed"]
    assert (killed.value, killed.status) == (3, "conflict")
    assert "the dead stay dead" in killed.reason
    # a later day's report still settles it
    later = mention("docD", D3, [count("killed", "docD", 1, 1)])
    assert reconcile(cluster(three, one, later)).fields["killed"].value == 1


def test_a_later_story_that_tells_of_one_victim_does_not_lower_the_tolls_others_counted():
    # "three people were killed", then days later "Jon Reyes was killed": one of the three
    three = mention("docA", D1, [count("killed", "docA", 3, 3)])
    named = mention("docB", D3, [count("killed", "docB", 1, 1, counted=False)])
    killed = reconcile(cluster(three, named)).fields["killed"]
    assert (killed.value, killed.status) == (3, "conflict")
    assert "tell of victims they name" in killed.reason
    # a later count of their own settles it, as any later report's count does
    recount = mention("docC", D3, [count("killed", "docC", 1, 1)])
    assert reconcile(cluster(three, named, recount)).fields["killed"].value == 1
    # a tally far above the others' counts no dead of this incident
    one = mention("docD", D1, [count("killed", "docD", 1, 1)])
    tally = mention("docE", D2, [count("killed", "docE", 40, 40)])
    assert reconcile(cluster(one, tally, named)).fields["killed"].value == 1
    # nor does a later story of one of the wounded lower their count
    hurt = mention("docF", D1, [count("injured", "docF", 3, 3)])
    hurt_named = mention("docG", D3, [count("injured", "docG", 1, 1, counted=False)])
    assert reconcile(cluster(hurt, hurt_named)).fields["injured"].value == 3


def test_stated_wounded_outrank_wounded_derived_from_the_shot():
    # docA states 2 wounded; docB (later) has 2 shot and 1 dead, so 1 wounded by arithmetic only.
    a = mention("docA", D1, [count("injured", "docA", 2, 2), count("killed", "docA", 1, 1)])
    b = mention("docB", D2, [count("shot", "docB", 2, 2), count("killed", "docB", 1, 1)])
    injured = reconcile(cluster(a, b)).fields["injured"]
    assert (injured.value, injured.status) == (2, "conflict")
    assert "stated figure" in injured.reason


def test_wounded_stated_by_reports_that_tell_no_death_may_be_the_dead():
    # docA: "a child was critically injured"; docB, the same day: "a child was shot"; docC: "the
    # child has died". The wounded child of docA is the dead one: no one is left wounded.
    a = mention("docA", D1, [count("injured", "docA", 1, 1)])
    b = mention("docB", D1, [count("shot", "docB", 1, 1)])
    c = mention("docC", D2, [count("killed", "docC", 1, 1)])
    injured = reconcile(cluster(a, b, c)).fields["injured"]
    assert (injured.value, injured.status) == (0, "conflict")
    assert "died since" in injured.reason
    # two wounded, one dead since: one of them is still wounded
    two = mention("docA", D1, [count("injured", "docA", 2, 2)])
    assert reconcile(cluster(two, b, c)).fields["injured"].value == 2
    # a report that tells the death and still a wounded child tells of another child
    told = mention("docA", D1, [count("injured", "docA", 1, 1), count("killed", "docA", 1, 1)])
    assert reconcile(cluster(told, b, c)).fields["injured"].value == 1


def test_stated_counts_that_fit_together_outrank_a_later_lower_bound():
    # docA: "13 people were injured"; docB (later): "the most seriously injured, a woman" (one of them);
    # docC (latest): "shooting 13 people", with 1 dead in other reports: 12 wounded by arithmetic only
    a = mention("docA", D1, [count("injured", "docA", 13, 13)])
    b = mention("docB", D2, [count("injured", "docB", 1, None, qual="at least"), count("killed", "docB", 1, 1)])
    c = mention("docC", D3, [count("shot", "docC", 13, 13)])
    injured = reconcile(cluster(a, b, c)).fields["injured"]
    assert (injured.value, injured.status) == (13, "conflict")
    assert "meet at 13" in injured.reason


def test_wounded_come_from_the_shot_the_report_stands_by():
    # docA: "police originally said seven were shot, then amended that to four"; nobody died.
    a = mention(
        "docA",
        D1,
        [
            count("shot", "docA", 7, 7, qual="initially reported"),
            count("shot", "docA", 4, 4, start=60),
            count("killed", "docA", 0, 0, start=120),
        ],
    )
    assert reconcile(cluster(a)).fields["injured"].value == 4
    # Only the superseded figure: it still counts, but marked, and a later standing figure wins.
    b = mention("docB", D1, [count("shot", "docB", 7, 7, qual="initially reported"), count("killed", "docB", 0, 0)])
    derived = reconcile(cluster(b)).fields["injured"]
    assert derived.value == 7 and "initially reported" in derived.claims[0].value.qualifier


def test_a_roundups_toll_is_kept_beside_but_does_not_decide_over_a_report_of_the_incident():
    # docA tells the shooting: 2 dead; docB, a later roundup of the weekend, gives the 4 dead of another
    a = mention("docA", D1, [count("killed", "docA", 2, 2)])
    b = mention("docB", D2, [count("killed", "docB", 4, 4)])
    b.roundup = True
    killed = reconcile(cluster(a, b)).fields["killed"]
    assert (killed.value, killed.status) == (2, "single")
    assert {c.doc_id for c in killed.claims} == {"docA", "docB"}
    assert "roundup" in killed.reason
    # a roundup alone still gives the figure it has
    assert reconcile(cluster(b)).fields["killed"].value == 4


def test_a_town_a_report_names_outranks_the_suburbs_of_a_city_told_more_often():
    # "in the Elmvale suburbs" twice, "a home in Millbrook" once: the story is Millbrook's
    city = Location("Elmvale", country="ZZ", admin1="North Province", lat=10.3, lon=20.3, precision="city")
    suburbs = replace(city, text="in Elmvale's northern suburbs")
    reports = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", suburbs)]) for i in range(2)]
    town = mention("docT", D2, [place_claim("docT", TOWN)])
    assert reconcile(cluster(*reports, town)).location.name == "Millbrook"
    # the city itself, told as often, keeps the vote
    named = [mention(f"doc{i}", D1, [place_claim(f"doc{i}", replace(city, text="in Elmvale"))]) for i in range(2)]
    assert reconcile(cluster(*named, town)).location.name == "Elmvale"
    # told alone, the city still places the story
    assert reconcile(cluster(*reports)).location.name == "Elmvale"
