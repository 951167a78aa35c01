"""The Russian reader: the incident of a Russian article, with its kind, day, place and counts,
each quoted from its sentence. The articles here are fictional, written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire.extract.russian import RussianReader, find_dates
from crosswire.model import CountValue

PUBLISHED = dt.date(2025, 6, 14)  # a Saturday

MARKET = (
    "Взрыв на рынке в Оше: число погибших возросло до 7\n\n"
    "В пятницу вечером на центральном рынке Оша прогремел взрыв. По данным МЧС Киргизии, "
    "погибли не менее пяти человек, более 20 ранены.\n\n"
    "Позднее число погибших возросло до семи, сообщили в Минздраве. Задержаны трое подозреваемых.\n\n"
    "Напомним, в 2010 году в результате беспорядков в городе погибли сотни человек."
)


@pytest.fixture(scope="module")
def reader():
    return RussianReader()


def _counts(mention, field):
    return [(c.value.low, c.value.high, c.value.qualifier) for c in mention.claims_for(field)]


def test_the_incident_gets_its_kind_day_place_and_counts_each_quoted(reader):
    [mention] = reader.mentions("m", MARKET, PUBLISHED)
    kind = (mention.event_type, mention.sub_event_type)
    assert kind == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert mention.trigger == "Взрыв на рынке в Оше: число погибших возросло до 7"
    assert _counts(mention, "killed") == [(7, 7, None), (5, None, "at least"), (7, 7, None)]
    assert _counts(mention, "injured") == [(21, None, "more than")]
    assert _counts(mention, "detained") == [(3, 3, None)]
    [day] = [c.value for c in mention.claims_for("date")]
    assert (day.earliest, day.precision, day.expression) == (dt.date(2025, 6, 13), "day", "В пятницу вечером")
    [place] = [c.value for c in mention.claims_for("place")]
    assert (place.name, place.country, place.precision) == ("Osh", "KG", "city")
    for claim in mention.claims:
        assert MARKET[claim.start : claim.end] == claim.quote


def test_a_sentence_that_recalls_an_older_event_gives_the_incident_nothing(reader):
    [mention] = reader.mentions("m", MARKET, PUBLISHED)
    assert all("2010" not in c.quote for c in mention.claims)
    assert {c.speaker for c in mention.claims_for("killed")} == {None, "МЧС", "Минздрав"}


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("В результате нападения погиб водитель автобуса.", "killed", CountValue(1, 1, 1, counted=False)),
        ("При стрельбе в школе никто не пострадал.", "injured", CountValue(0, 0, 0)),
        ("Стрельба у кафе: пострадавших нет.", "injured", CountValue(0, 0, 0)),
        ("Жертвами взрыва стали двадцать пять человек.", "killed", CountValue(25, 25, 25)),
        ("В перестрелке ранены около 30 человек.", "injured", CountValue(30, 27, 33, "about")),
        ("При обстреле погибли до 12 человек.", "killed", CountValue(12, 0, 12, "up to")),
        ("Сотни человек получили ранения при взрыве.", "injured", CountValue(200, 200, 999, "сотни")),
        ("После взрыва один из пострадавших скончался в больнице.", "killed", CountValue(1, 1, 1)),
    ],
)
def test_counts_are_read_with_their_qualifiers(reader, sentence, field, value):
    [mention] = reader.mentions("s", sentence, PUBLISHED)
    assert [c.value for c in mention.claims_for(field)] == [value]


def test_a_number_of_a_date_an_age_or_a_year_is_no_count(reader):
    text = "Мужчина 30 лет погиб при стрельбе 12 июня в Казани."
    [mention] = reader.mentions("s", text, PUBLISHED)
    assert [c.value for c in mention.claims_for("killed")] == [CountValue(1, 1, 1, counted=False)]
    assert [c.value.earliest for c in mention.claims_for("date")] == [dt.date(2025, 6, 12)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Сотрудники ГКНБ предотвратили теракт в Бишкеке.", ("Strategic developments", "Disrupted weapons use")),
        ("В Бишкеке задержаны двое при подготовке теракта.", ("Strategic developments", "Arrests")),
        ("Неизвестный открыл огонь по прохожим в Казани.", ("Violence against civilians", "Attack")),
        ("Митинг прошел в центре Бишкека.", ("Protests", "Peaceful protest")),
        ("В Казани задержаны трое участников драки.", ("Strategic developments", "Arrests")),
        # the arrest follows the incident the story is about
        ("В Казани задержали подозреваемого в нападении на школу.", ("Violence against civilians", "Attack")),
    ],
)
def test_a_foiled_or_planned_attack_is_not_an_attack(reader, text, kind):
    [mention] = reader.mentions("s", text, PUBLISHED)
    assert (mention.event_type, mention.sub_event_type) == kind


def test_an_article_that_tells_of_no_incident_gives_none(reader):
    text = "Городской совет Казани обсудил бюджет на следующий год.\n\nЗаседание продлилось три часа."
    assert reader.mentions("s", text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22 марта 2024 года", (dt.date(2024, 3, 22), dt.date(2024, 3, 22), "day")),
        ("3 июня", (dt.date(2025, 6, 3), dt.date(2025, 6, 3), "day")),
        ("вчера утром", (dt.date(2025, 6, 13), dt.date(2025, 6, 13), "day")),
        ("в ночь на субботу", (dt.date(2025, 6, 14), dt.date(2025, 6, 14), "day")),
        ("в марте", (dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month")),
        ("в 2015 году", (dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year")),
        ("на прошлой неделе", (dt.date(2025, 6, 2), dt.date(2025, 6, 8), "week")),
        ("в прошлую пятницу", (dt.date(2025, 6, 13), dt.date(2025, 6, 13), "day")),
        ("в минувшую субботу", (dt.date(2025, 6, 7), dt.date(2025, 6, 7), "day")),  # as "last Saturday"
        ("минувшей ночью", (dt.date(2025, 6, 13), dt.date(2025, 6, 13), "day")),
    ],
)
def test_russian_dates_resolve_against_the_article_s_date(text, expected):
    [value] = find_dates(f"Это случилось {text}.", PUBLISHED)
    assert (value.earliest, value.latest, value.precision) == expected and value.expression == text


def test_without_an_article_date_a_weekday_is_kept_unresolved():
    [value] = find_dates("Нападение произошло в среду.", None)
    assert value.expression == "в среду" and value.earliest is None


def test_a_town_is_read_in_the_country_the_article_names(reader):
    text = "Взрыв прогремел в Оше. Киргизия объявила траур."
    [mention] = reader.mentions("s", text, PUBLISHED)
    assert [(c.value.name, c.value.country) for c in mention.claims_for("place")] == [("Osh", "KG")]


def test_a_russian_and_an_english_report_of_one_incident_are_one_incident_side_by_side(tmp_path):
    from crosswire.pipeline import ingest
    from crosswire.store import Store

    (tmp_path / "osh_ru.txt").write_text(MARKET, encoding="utf-8")
    (tmp_path / "osh_en.txt").write_text(
        "Blast at Osh market kills seven\n\nOSH, Kyrgyzstan - An explosion tore through the central market in Osh"
        " on Friday evening, killing at least five people and wounding more than 20, the emergency ministry said."
        "\n\nThe toll later rose to seven. Three suspects were detained.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "x.db") as store:
        report = ingest([tmp_path], store, published=PUBLISHED)
        [incident] = store.incidents().rows
    assert report.mentions == 2 and not report.unread_languages
    assert len(incident["sources"]) == 2 and incident["location"]["name"] == "Osh"
    assert incident["date"] == "2025-06-13" and incident["fields"]["killed"]["value"] == 7
    quotes = {c["quote"] for c in incident["fields"]["detained"]["claims"]}
    assert quotes == {"Задержаны трое подозреваемых.", "Three suspects were detained."}


def test_an_agency_dateline_is_the_report_s_day_not_the_incident_s(reader):
    text = (
        "КАЗАНЬ, 14 июня. Неизвестный накануне вечером ранил ножом двух прохожих в центре Казани, сообщили в полиции."
    )
    [mention] = reader.mentions("s", text, PUBLISHED)
    assert [(c.value.expression, c.value.earliest) for c in mention.claims_for("date")] == [
        ("накануне вечером", dt.date(2025, 6, 13))
    ]
    assert [c.value.stated for c in mention.claims_for("injured")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "В ДТП на трассе под Казанью погибли два человека.",
        "При пожаре в жилом доме в Казани пострадали пять человек.",
        "Взрыв бытового газа в Казани: погибли трое.",
        "Двое мужчин утонули в Волге.",
    ],
)
def test_an_accident_s_dead_are_no_incident(reader, text):
    assert reader.mentions("s", text, PUBLISHED) == []


def test_a_bomb_that_kills_is_an_incident_though_a_gas_blast_is_not(reader):
    [mention] = reader.mentions("s", "Взрыв прогремел у здания полиции в Казани, погибли трое.", PUBLISHED)
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert [c.value.stated for c in mention.claims_for("killed")] == [3]


def test_the_group_that_claims_the_attack_is_its_perpetrator(reader):
    text = (
        "Нападение на полицейский пост в Элмвейле\n\n"
        "В среду боевики напали на полицейский пост в Казани, погибли двое полицейских. "
        "Ответственность за нападение взяла на себя группировка «Северный фронт»."
    )
    [mention] = reader.mentions("s", text, PUBLISHED)
    assert [(c.value.name, c.value.role) for c in mention.claims_for("perpetrator")] == [
        ("Северный фронт", "perpetrator")
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("В результате нападения в Казани ранены трое учащихся и учительница.", [("injured", 4, 4)]),
        ("При нападении в Казани погибли двое полицейских и трое мирных жителей.", [("killed", 5, 5)]),
        ("При нападении в Казани погибли не менее 10 военных и двое гражданских.", [("killed", 12, None)]),
        # the joined ones have a count word of their own, or are no people
        ("При нападении в Казани погибли 3 человека и еще 2 пострадали.", [("killed", 3, 3), ("injured", 2, 2)]),
        ("При нападении в Казани погибли 4 человека и сгорели два автомобиля.", [("killed", 4, 4)]),
    ],
)
def test_people_joined_by_and_are_added_to_the_count(reader, text, counts):
    [mention] = reader.mentions("s", text, PUBLISHED)
    read = [(c.field, c.value.low, c.value.high) for c in mention.claims if c.field in ("killed", "injured")]
    assert read == counts
