"""The words the Russian reader knows, by lemma (as natasha's MorphVocab gives them, "ё" as "е").

Event kinds are the English lexicon's ACLED pairs, so Russian and English reports of one incident
get the same type.
"""

from __future__ import annotations

from crosswire.extract import lexicon as lx

# Lemmas that name what happened.
EVENT_LEMMAS: dict[str, tuple[str, str]] = {
    # attacks on people
    "теракт": lx.ATTACK,
    "терракт": lx.ATTACK,
    "нападение": lx.ATTACK,
    "напасть": lx.ATTACK,
    "атака": lx.ATTACK,
    "стрельба": lx.ATTACK,
    "стрелять": lx.ATTACK,
    "стрелок": lx.ATTACK,
    "расстрел": lx.ATTACK,
    "расстрелять": lx.ATTACK,
    "убийство": lx.ATTACK,
    "убить": lx.ATTACK,
    "убитый": lx.ATTACK,
    "зарезать": lx.ATTACK,
    "резня": lx.ATTACK,
    "погибнуть": lx.ATTACK,
    "погибший": lx.ATTACK,
    "гибель": lx.ATTACK,
    "жертва": lx.ATTACK,
    "ранить": lx.ATTACK,
    "ранение": lx.ATTACK,
    "избиение": lx.ATTACK,
    "избить": lx.ATTACK,
    "похищение": lx.ABDUCTION,
    "похитить": lx.ABDUCTION,
    "заложник": lx.ABDUCTION,
    # fighting between armed groups
    "перестрелка": lx.ARMED_CLASH,
    "бой": lx.ARMED_CLASH,
    "боестолкновение": lx.ARMED_CLASH,
    "столкновение": lx.ARMED_CLASH,
    # explosions
    "взрыв": lx.IED,
    "взорвать": lx.IED,
    "подрыв": lx.IED,
    "бомба": lx.IED,
    "смертник": lx.SUICIDE_BOMB,
    "смертница": lx.SUICIDE_BOMB,
    "авиаудар": lx.AIRSTRIKE,
    "беспилотник": lx.AIRSTRIKE,
    "дрон": lx.AIRSTRIKE,
    "обстрел": lx.SHELLING,
    "обстрелять": lx.SHELLING,
    "артобстрел": lx.SHELLING,
    "граната": lx.GRENADE,
    # crowds
    "беспорядок": lx.VIOLENT_DEMO,
    "погром": lx.MOB_VIOLENCE,
    "самосуд": lx.MOB_VIOLENCE,
    "митинг": lx.PEACEFUL_PROTEST,
    "протест": lx.PEACEFUL_PROTEST,
    "демонстрация": lx.PEACEFUL_PROTEST,
    "пикет": lx.PEACEFUL_PROTEST,
    # strategic developments
    "задержать": lx.ARRESTS,
    "задержание": lx.ARRESTS,
    "арестовать": lx.ARRESTS,
    "арест": lx.ARRESTS,
    "спецоперация": lx.ARRESTS,
    "поджог": lx.PROPERTY,
    "поджечь": lx.PROPERTY,
    "предотвратить": lx.DISRUPTED,
    "пресечь": lx.DISRUPTED,
}
# Two lemmas that name what happened together: "открыли огонь", "взяли в заложники".
PHRASE_LEMMAS: dict[tuple[str, str], tuple[str, str]] = {
    ("открыть", "огонь"): lx.ATTACK,
    ("открывать", "огонь"): lx.ATTACK,
    ("нанести", "удар"): lx.ATTACK,
    ("взять", "заложник"): lx.ABDUCTION,
}
# Deaths and injuries no one inflicted: a sentence that tells of them by these words and no act of
# violence tells of no incident ("в ДТП погибли двое", "при пожаре пострадали пятеро", "взрыв газа").
ACCIDENT_LEMMAS = frozenset(
    {
        "дтп",
        "авария",
        "пожар",
        "возгорание",
        "крушение",
        "катастрофа",
        "наводнение",
        "землетрясение",
        "обрушение",
        "отравление",
        "утонуть",
        "газ",
        "молния",
        "лавина",
        "шторм",
    }
)
# "предотвратили теракт", "задержаны при подготовке теракта": the attack did not happen, the
# foiling or the arrest did.
FOILING_LEMMAS = frozenset({"предотвратить", "пресечь"})
PLANNING_LEMMAS = frozenset({"подготовка", "готовить", "подготовить", "планировать", "замышлять"})

# Lemmas whose quantity is a count of one field: "погибли 40 человек", "число раненых", "задержаны трое".
FIELD_LEMMAS: dict[str, str] = {
    "погибнуть": "killed",
    "погибший": "killed",
    "гибель": "killed",
    "убить": "killed",
    "убитый": "killed",
    "скончаться": "killed",
    "умереть": "killed",
    "жертва": "killed",
    "ранить": "injured",
    "раненый": "injured",
    "ранение": "injured",
    "пострадать": "injured",
    "пострадавший": "injured",
    "госпитализировать": "injured",
    "задержать": "detained",
    "задержанный": "detained",
    "арестовать": "arrested",
    "арестованный": "arrested",
}
# "число погибших возросло до 144": the quantity a toll noun governs may stand far along its clause.
TOLL_NOUNS = frozenset({"число", "количество"})
# "возросло до 144": "до" after these tells what the figure reached, not a ceiling.
CHANGE_VERBS = frozenset({"возрасти", "вырасти", "увеличиться", "достигнуть", "достичь", "подняться", "снизиться"})

# Russian qualifier words -> the English qualifier of the same reading (extract.numbers.QUALIFIERS).
QUALIFIERS: dict[str, str] = {
    "не менее": "at least",
    "не меньше": "at least",
    "по меньшей мере": "at least",
    "как минимум": "at least",
    "минимум": "at least",
    "более чем": "more than",
    "более": "more than",
    "больше": "more than",
    "свыше": "more than",
    "почти": "nearly",
    "едва ли не": "nearly",
    "около": "about",
    "порядка": "about",
    "примерно": "about",
    "приблизительно": "about",
    "до": "up to",
    "не более": "at most",
    "не больше": "at most",
    "менее": "fewer than",
    "меньше": "fewer than",
}
QUALIFIER_WORDS = 3  # the longest qualifier, in words ("по меньшей мере")

# Number words by lemma: cardinals and the collective forms news uses for people ("трое", "пятеро").
NUMBER_LEMMAS: dict[str, int] = {
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "оба": 2,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "девятеро": 9,
    "десятеро": 10,
}
# Words that give a number without stating it: (low, high) as a reader would take them.
VAGUE_LEMMAS: dict[str, tuple[int, int | None]] = {
    "несколько": (2, 9),
    "десяток": (20, 99),  # "десятки человек": tens of people
    "сотня": (200, 999),
    "тысяча": (2000, 9999),
}

# "ответственность за теракт взяла на себя группировка ...": the group is the perpetrator.
RESPONSIBILITY_LEMMAS = frozenset({"ответственность", "причастность"})
CLAIMING_LEMMAS = frozenset({"взять", "брать", "признать", "заявить"})

# "никто не пострадал": nobody, so the count is 0.
NOBODY = frozenset({"никто"})

# What the reader's dates read: Russian words -> the English words extract.dates resolves.
MONTHS_GENITIVE = {
    "января": "january",
    "февраля": "february",
    "марта": "march",
    "апреля": "april",
    "мая": "may",
    "июня": "june",
    "июля": "july",
    "августа": "august",
    "сентября": "september",
    "октября": "october",
    "ноября": "november",
    "декабря": "december",
}
MONTHS_PREPOSITIONAL = {
    "январе": "january",
    "феврале": "february",
    "марте": "march",
    "апреле": "april",
    "мае": "may",
    "июне": "june",
    "июле": "july",
    "августе": "august",
    "сентябре": "september",
    "октябре": "october",
    "ноябре": "november",
    "декабре": "december",
}
WEEKDAYS_ACCUSATIVE = {
    "понедельник": "monday",
    "вторник": "tuesday",
    "среду": "wednesday",
    "четверг": "thursday",
    "пятницу": "friday",
    "субботу": "saturday",
    "воскресенье": "sunday",
}
DAY_WORDS = {"сегодня": "today", "вчера": "yesterday", "накануне": "yesterday", "позавчера": "2 days ago"}
PERIODS = {
    "на прошлой неделе": "last week",
    "на этой неделе": "this week",
    "в выходные": "weekend",
    "в минувшие выходные": "weekend",
    "в прошлые выходные": "weekend",
    "в прошлом месяце": "last month",
    "в прошлом году": "last year",
    "на выходных": "weekend",
    "минувшей ночью": "last night",
    "прошлой ночью": "last night",
}

# A sentence that recalls something older than the story's incident.
BACKGROUND_MARKERS = ("ранее", "напомним", "год назад", "лет назад", "в прошлом году", "прежде")
# Words that attribute a sentence to a source: "по данным МВД", "как сообщили в полиции".
SPEECH_MARKERS = ("по данным", "по словам", "по информации", "сообщ", "заяв", "рассказал", "передает", "пишет")

# Short Russian names of countries that pycountry's Russian names spell out in full.
COUNTRY_ALIASES = {
    "россия": "RU",
    "рф": "RU",
    "сша": "US",
    "америка": "US",
    "соединенные штаты америки": "US",
    "великобритания": "GB",
    "англия": "GB",
    "кыргызстан": "KG",
    "туркмения": "TM",
    "белоруссия": "BY",
    "молдова": "MD",
}
