"""Clean: furniture goes with its reason, the article text stays word for word."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crosswire.bench_cleaning import bench_cleaning
from crosswire.clean import clean_document, clean_text, split_site_name
from crosswire.model import Document

SEED_BOILERPLATE = [
    "Skip to main content",
    "cookies",
    "Subscribe to our newsletter",
    "Sign up for our free weekly newsletter",
    "Support us",
    "paiment methods",
    "Remind me later",
    "Join ST's Telegram channel",
    "Enjoying ad-free content",
    "Subscribers agree to the Privacy Policy",
]
SEED_BODY = {
    "000": "Seven suspects from Tajikistan and one from neighbouring Kyrgyzstan",
    "001": "A market owned by Tajiks in Blagoveshchensk",
    "002": "They also seized 500 kg",
    "003": "Often driven by poverty",
    "004": "Investigators reportedly detained 11 people",
}

LEDE = "Flood water cut off three villages in the valley on Tuesday, the regional council said."
BODY = "Rescue crews used boats to reach about 40 families who had stayed behind."
PAGE_TEXT = f"""Skip to main content

Floods cut off valley villages

A rescue boat on the flooded main street of the valley town, Northland.

3 min read

{LEDE}

{LEDE}

{BODY}

Reporting by A. Writer; Editing by B. Editor

We use cookies to improve your experience on our website. See our cookie policy.

Sign up for our daily newsletter and get the news in your inbox.

Related

Storm season starts early

Officials warn of more rain as the wet season begins in the north.
"""


def clean(text: str):
    return clean_document(Document("d1", text))


def reasons(result) -> dict[str, str]:
    return {seg.text: seg.reason for seg in result.removed}


@pytest.fixture(scope="module")
def seeds(shared_dir):
    out = {}
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        out[path.name[:3]] = clean_document(Document(path.stem, path.read_text(encoding="utf-8")))
    return out


def test_seeds_lose_boilerplate_and_keep_body(seeds):
    assert sorted(seeds) == sorted(SEED_BODY)
    for short, result in seeds.items():
        left = [b for b in SEED_BOILERPLATE if b.lower() in result.text.lower()]
        assert not left, f"{short}: {left}"
        assert SEED_BODY[short] in result.text, short


def test_seed_teasers_captions_and_repeated_lede_go(seeds):
    t0, t2 = seeds["000"].text, seeds["002"].text
    assert "missile" not in t0 and "exit list" not in t0
    assert "©" not in t0
    assert "flag and ammunition displayed" not in t2
    first_para = t0.split("\n\n")[1]
    assert t0.count(first_para) == 1
    assert "duplicate lede" in {s.reason for s in seeds["000"].removed}


def test_every_kept_paragraph_is_verbatim(shared_dir, seeds):
    for short, result in seeds.items():
        raw = next((shared_dir / "seeds").glob(f"{short}_*.txt")).read_text(encoding="utf-8")
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for para in result.text.split("\n\n"):
            assert para in flat, (short, para[:60])


def test_furniture_lines_removed_with_reasons():
    result = clean(PAGE_TEXT)
    why = reasons(result)
    assert why["Skip to main content"] == "navigation"
    assert why["3 min read"] == "reading time"
    assert why["Reporting by A. Writer; Editing by B. Editor"] == "credit"
    assert why["Sign up for our daily newsletter and get the news in your inbox."] == "newsletter"
    assert why[LEDE] == "duplicate lede"
    assert "cookie" in why["We use cookies to improve your experience on our website. See our cookie policy."]
    assert why["Storm season starts early"] == "teaser"
    assert why["A rescue boat on the flooded main street of the valley town, Northland."] == "caption"


# Furniture lines around a story, each with the reason the cleaner must give.
FURNITURE = [
    ("Already a member?", "paywall"),
    ("Tap here to set up your account and keep reading our stories.", "paywall"),
    ("Get home delivery and a digital pass for one low price.", "paywall"),
    ("Thank you for registering!", "paywall"),
    ("Check your inbox for the activation link we just mailed you.", "paywall"),
    ("Log in to read the full story", "paywall"),
    ("istock 1999: A crowd gathers outside a courthouse in Elmvale after a verdict in a shooting.", "caption"),
    ("Copyright 2031 Harbor Wire. Every story here: all rights reserved.", "legal notice"),
    (
        "Signing up means you accept the Terms of Use and the Privacy Policy of this site.",
        "legal notice",
    ),
    ("Email alerts go out once a day when a story matches your topics.", "site prompt"),
    ("Trouble playing the video? Reload this page.", "site prompt"),
    ("No spam, we promise. You can unsubscribe at any time.", "newsletter"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_paywalls_legal_notices_and_site_prompts_are_furniture(line, reason):
    for page in (f"Man charged in Larch Street shooting\n\n{line}\n\n{LEDE}", f"Man charged\n\n{LEDE}\n\n{line}"):
        result = clean(page)
        assert result.text == page.replace(f"\n\n{line}", "")
        assert set(reasons(result).values()) == {reason}


def test_kept_text_has_headline_first_and_paragraph_breaks():
    result = clean(PAGE_TEXT)
    assert result.text == f"Floods cut off valley villages\n\n{LEDE}\n\n{BODY}"
    assert result.title == "Floods cut off valley villages"


def test_whitespace_inside_lines_is_normalized():
    result = clean("Two  men\u00a0were hurt   in the crash.\n\n\n\nThe road reopened at noon.  \n")
    assert result.text == "Two men were hurt in the crash.\n\nThe road reopened at noon."


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Police at the scene in the city centre. (Photo by Jane Roe/Example Agency)", "caption"),
        ("Firefighters at the warehouse. REUTERS/John Doe", "caption"),
        ("Join our Telegram channel and get the latest news delivered to you.", "social prompt"),
        ("Enjoying ad-free content?", "advert"),
        ("READ MORE: Mayor promises new bridge", "teaser"),
        ("(READ: Students react after the harbour fire)", "teaser"),
        ("► Related: Council votes to rebuild the old bridge", "teaser"),
        ("Related Coverage Man hurt in harbour fire", "teaser"),
        ("Related Articles March 4, 2019 Council votes to rebuild the old bridge", "teaser"),
        ("1:37 Council votes to rebuild the old bridge", "teaser"),
        ("Council votes to rebuild the old bridge | 1:37", "teaser"),
        ("PLAYLIST: ELMVALE COUNCIL VOTES IN 2024", "teaser"),
        ("Close Get email notifications on Jane Roe daily!", "site prompt"),
        ("There was a problem saving your notification.", "site prompt"),
        ("Dear readers, please support us monthly.", "donation appeal"),
        ("Follow us on Twitter", "social prompt"),
        (
            "Photo: Ann Roe Image 1 of 3 Firefighters at the Elmvale warehouse. less Firefighters at the "
            "Elmvale warehouse. more Photo: Ann Roe Image 2 of 3 The road by the warehouse was closed.",
            "gallery",
        ),
    ],
)
def test_single_furniture_line(line, reason):
    text = f"{LEDE}\n\n{line}\n\n{BODY}"
    result = clean(text)
    assert reasons(result).get(line) == reason
    assert result.text == f"{LEDE}\n\n{BODY}"


def test_a_line_that_tells_one_picture_of_a_series_stays():
    line = "The second picture, image 2 of 3 in the court file, shows the car on Birch Lane."
    assert clean(f"{LEDE}\n\n{line}\n\n{BODY}").text == f"{LEDE}\n\n{line}\n\n{BODY}"


def test_a_clock_time_opening_a_line_of_the_story_stays():
    for line in ("5:26 p.m. — A caller reported a stolen bicycle.", "10:30 The crowd began to gather at the gate."):
        assert line in clean(f"{LEDE}\n\n{line}\n\n{BODY}").text


def test_weak_appeal_words_in_a_quote_stay():
    quote = '"We thank everyone for your support during the search," the fire chief said.'
    result = clean(f"{LEDE}\n\n{quote}\n\n{BODY}")
    assert quote in result.text


MORE = [
    "The council opened two shelters in school halls. Volunteers brought blankets and hot food.",
    "Farmers said the water had ruined the harvest. Several roads will stay closed for a week.",
]


def test_related_box_near_top_does_not_end_the_article():
    text = "\n\n".join([LEDE, "Related", "Bridge closed after storm", "Roads shut in the north", BODY, *MORE])
    result = clean(text)
    assert "Bridge closed after storm" not in result.text and "Roads shut" not in result.text
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])


def test_a_heading_the_scrape_emptied_does_not_end_the_article():
    # the widget's teasers are gone from the scrape: a sentence of the story follows the heading
    text = "\n\n".join([LEDE, BODY, MORE[0], "Trending stories:", MORE[1]])
    result = clean(text)
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])
    assert reasons(result).get("Trending stories:") == "teaser"


def test_after_an_emptied_heading_a_short_sentence_then_paragraphs_are_still_the_story():
    after = [
        "Police have made no arrests.",
        "The council will meet on Friday to decide how to pay for the repairs to roads and the bridge.",
        "Residents who need help with clean-up can call the council hotline, which is open every day.",
    ]
    result = clean("\n\n".join([LEDE, BODY, *MORE, "Trending stories:", *after]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE, *after])


def test_a_box_whose_teaser_carries_a_photo_credit_ends_nothing_when_the_story_goes_on():
    teaser = (
        "Mayor opens the new library in Millbrook after three years of work and a long fight over "
        "its cost, which ran well over budget (Photo: Elmvale News)"
    )
    after = [
        "The council said the main bridge would be inspected before it reopens to traffic next week.",
        "Residents who need help with clean-up can call the council hotline, which is open every day.",
    ]
    result = clean("\n\n".join([LEDE, BODY, *MORE, "Related:", teaser, *after]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE, *after])


def test_an_end_heading_before_teasers_ends_the_article():
    text = "\n\n".join([LEDE, BODY, *MORE, "Trending stories:", "Bridge closed after storm", "Roads shut"])
    assert clean(text).text == "\n\n".join([LEDE, BODY, *MORE])


def test_a_box_of_the_day_s_top_stories_under_a_headline_is_no_story():
    # a scrape that kept the headline and the site's box of other stories, whose dates are not the story's
    box = [
        "TODAY'S TOP STORIES",
        "Still waiting for the bus? Routes change next week | 0:31",
        "A storm on March 3, 2031 closed the harbour bridge for two days. Drivers should expect delays. Newsdesk",
    ]
    assert clean("\n\n".join(["Elmvale teen hurt in accidental shooting", *box])).text == (
        "Elmvale teen hurt in accidental shooting"
    )


@pytest.mark.parametrize(
    "after_box",
    [
        [
            "The regional council said the main bridge would be inspected before it reopens to traffic next week.",
            "Residents who need help with clean-up can call the council hotline, which is open every day this week.",
        ],
        [
            "The regional council said the main bridge would be inspected before it reopens to traffic next week.",
            "No date has been set.",
            "Residents who need help with clean-up can call the council hotline, which is open every day this week.",
        ],
    ],
)
def test_a_teaser_box_inside_the_story_ends_nothing(after_box):
    # the story's prose goes on after the box's headlines: only the box goes
    box = ["MORE FROM ELMVALE NEWS", "+ Bridge closed after storm", "+ Roads shut in the north"]
    text = "\n\n".join([LEDE, BODY, *MORE, *box, *after_box])
    result = clean(text)
    assert result.text == "\n\n".join([LEDE, BODY, *MORE, *after_box])
    assert {reasons(result)[line] for line in box} == {"teaser"}


def test_lone_line_is_not_taken_for_a_headline():
    assert clean_text("Storm hits coast").title is None


def test_html_document_uses_trafilatura_and_metadata():
    paras = "".join(f"<p>{p}</p>" for p in [LEDE, BODY, *MORE, "The final paragraph says when the road reopens."])
    html = (
        "<html><head><title>Valley floods - Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2021-06-02T10:00:00Z"></head>'
        f"<body><nav><a href='/'>Home</a><a href='/w'>World</a></nav><article><h1>Valley floods</h1>{paras}"
        "</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"
    )
    result = clean_document(Document("h1", html, content_type="html"))
    assert result.text.endswith("The final paragraph says when the road reopens.") and BODY in result.text
    assert "All rights reserved" not in result.text and "World" not in result.text.split("\n\n")[0]
    assert result.published == dt.date(2021, 6, 2)
    assert result.outlet == "Example News"
    assert result.title and "Valley floods" in result.title


def test_bench_on_three_pages(shared_dir):
    figures = bench_cleaning(shared_dir / "data" / "html-dev", limit=3)
    assert figures["pages"] == 3
    for name in ("html_path", "text_path", "trafilatura", "no_cleaning"):
        assert all(0.0 <= figures[name][k] <= 1.0 for k in ("precision", "recall", "f1")), name
    assert figures["html_path"]["f1"] > figures["no_cleaning"]["f1"]
    json.dumps(figures)


def test_menus_and_link_lists_around_the_article_go():
    menu = ["Home", "World", "Sports", "Weather", "Contact us", "About"]
    rail = ["Mayor opens new library", "Team wins cup final", "Heavy snow expected", "Shop closes after 50 years"]
    article = [LEDE, BODY, *MORE]
    text = "\n".join([*menu, "Floods cut off valley villages", *article, *rail])
    result = clean(text)
    assert result.text == "\n\n".join(["Floods cut off valley villages", *article])
    assert {reasons(result)[m] for m in ["World", "Sports", *rail]} == {"outside article body"}


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("Man shot on Larch Street - WXYZ News 7 Tulsa, OK", "Man shot on Larch Street", "WXYZ News 7 Tulsa, OK"),
        ("Teen hurt in Maple Bend shooting| Dayton, OH", "Teen hurt in Maple Bend shooting", "Dayton, OH"),
        ("Five hurt in shooting :: WXYZ.com", "Five hurt in shooting", "WXYZ.com"),
        ("Man, 20, shot near park - Riverton Tribune", "Man, 20, shot near park", "Riverton Tribune"),
        ("UPDATE - Man shot in Maple Bend | News", "UPDATE - Man shot in Maple Bend", "News"),
        ("Shooting in Maple Bend - 1 dead", "Shooting in Maple Bend - 1 dead", None),
        ("MAN SHOT - SHOOTING IN WACO", "MAN SHOT - SHOOTING IN WACO", None),
        ("Man shot - Elm News Now | WXYZ 12 & WXYQ", "Man shot", "Elm News Now | WXYZ 12 & WXYQ"),
        # a social network's page of one post, in any of its languages: the post, less its links
        (
            'WXYZ News on Twitter: "#DEVELOPING: Boy shot at party: https://t.co/Ab12Cd @ann reports."',
            "#DEVELOPING: Boy shot at party",
            "WXYZ News",
        ),
        (
            "Uživatel WXYZ News na Twitteru: „Two hurt in Larch Street shooting“",
            "Two hurt in Larch Street shooting",
            "Uživatel WXYZ News",
        ),
    ],
)
def test_a_title_tail_naming_the_site_is_the_outlet_not_the_headline(title, headline, site):
    assert split_site_name(title) == (headline, site)


def test_the_site_town_in_a_title_stays_out_of_the_text():
    doc = Document(
        doc_id="d1",
        content="A man was wounded in a shooting on Larch Street on Friday, police said.",
        title="Man wounded on Larch Street - WXYZ News 7 Tulsa, OK",
    )
    clean = clean_document(doc)
    assert clean.text.startswith("Man wounded on Larch Street\n\n")
    assert "Tulsa" not in clean.text and clean.outlet == "WXYZ News 7 Tulsa, OK"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Boy shot Posted: Thursday, June 11, 2031 4:38 PM EDT Updated: Friday, June 12, 2031", dt.date(2031, 6, 11)),
        ("MAPLE BEND, GA (December 2, 2030): Police are looking for two men.", dt.date(2030, 12, 2)),
        # the first stamp is the story's; a later one may caption a related video years old
        (
            "Shot on Larch St. (Published Thursday, March 14, 2030)\nOld case. (Published May 4, 2028)",
            dt.date(2030, 3, 14),
        ),
        ("The suspect was born on May 5, 1999, police said.", None),
        ("Posted: Feb 30, 2031", None),
    ],
)
def test_a_page_s_posting_stamp_gives_its_day(text, day):
    assert clean_document(Document(doc_id="d", content=text)).published == day


def test_a_lede_opened_by_a_dateline_stays_though_its_end_was_cut():
    text = (
        "Boy hurt by a rifle shot at his uncle's cabin\n\n"
        "Please enable Javascript to watch this video\n\n"
        "MAPLE BEND, Ohio -- New details emerged Monday about how a boy was hit by a rifle shot Saturday evening. "
        "His uncle, who keeps the rifle at the cabin, says a cousin was handling it, but he concedes\n\n"
        "Sam Doe says he stores the rifle there for deer season and thought it was unloaded and locked away.\n\n"
        "Doe walked reporters through the moment on Saturday evening when the rifle fired.\n\n"
        "He says he should have been more careful and wishes he could take that evening back."
    )
    kept = clean_document(Document(doc_id="d", content=text)).text
    assert "MAPLE BEND, Ohio -- New details" in kept


def test_a_page_label_before_the_headline_is_furniture():
    body = "Police said five people were shot at the resort."
    doc = Document(doc_id="d", content=body, title="UPDATE: 5 shot at resort")
    cleaned = clean_document(doc)
    assert cleaned.text.startswith("5 shot at resort\n\n")
    text = "JUST IN: Two hurt in Larch Street shooting\n\nTwo men were shot on Larch Street, police said."
    cleaned = clean_document(Document(doc_id="e", content=text))
    assert cleaned.text.startswith("Two hurt in Larch Street shooting")
    assert [(r.text, r.reason) for r in cleaned.removed] == [("JUST IN:", "headline label")]
    tagged = clean_document(Document(doc_id="f", content=body, title="#BREAKING: 5 shot at resort"))
    assert tagged.text.startswith("5 shot at resort\n\n")


def test_a_list_the_story_opens_stays_with_the_story():
    story = [
        "Deputies with the Birch County Sheriff's Office have identified the three people who were killed. They are:",
        "Ann Roe, 31",
        "Tom Roe, 34",
        "Lee Marsh, 40",
        "Deputies said the three were found inside a farmhouse on Fox Road early Sunday after a neighbor called 911.",
        "The sheriff said a suspect was taken into custody later that morning without incident.",
        "Investigators have not said what led to the shooting, which remains under investigation.",
    ]
    kept = clean("\n\n".join(["Three found dead in Elmvale farmhouse", *story])).text
    assert kept == "\n\n".join(["Three found dead in Elmvale farmhouse", *story])


def test_a_fact_box_under_the_lede_keeps_the_lede():
    box = ["What we know:", "Two men hurt in Elmvale shooting", "Police have no suspect yet", "Road reopened by noon"]
    story = [LEDE, *box, BODY, *MORE]
    assert clean("\n\n".join(story)).text == "\n\n".join(story)


def test_a_colon_line_around_the_body_opens_no_list():
    story = [LEDE, BODY, *MORE]
    after = [
        "More stories from our newsroom:",
        "Mayor opens new library",
        "Team wins cup final",
        "Elmvale News brings you stories from across the valley on every day of the week.",
    ]
    search = ["Weather for Elmvale I am looking for: in:", "News, Blogs & Events"]
    result = clean("\n\n".join(["Floods cut off valley villages", *story, *after, *search]))
    assert result.text == "\n\n".join(["Floods cut off valley villages", *story])


def test_a_weather_alert_widget_goes_and_its_counties_with_it():
    widget = [
        "Frost Advisory",
        "...frost Advisory Remains In Effect Until 9 Am Est Friday... * Lows In The Low 30s. ...Read More.",
        "Effective: March 2, 2031 at 4:10pmExpires: March 3, 2031 at 9:00amTarget Area: Birch; Alder; Millbrook",
    ]
    result = clean("\n\n".join([*widget, LEDE, BODY, *MORE]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])
    assert set(reasons(result).values()) == {"weather alert"}


def test_a_story_about_a_storm_warning_keeps_its_sentences():
    story = "The flood warning remains in effect until Friday, and the council urged residents to stay home."
    assert story in clean("\n\n".join([LEDE, story, BODY, *MORE])).text


def test_a_widget_s_links_printed_twice_are_teasers():
    # a link's title, then the same title as its image's text, then the teaser's summary
    box = [
        "Most Read Stories Most Read Stories More>>",
        "Storm topples oak in Millbrook Storm topples oak in Millbrook Crews worked through the night "
        "on Birch Lane. Two people were hurt when the tree fell on their car.",
    ]
    result = clean("\n\n".join([LEDE, BODY, *MORE, *box]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])
    assert {reasons(result)[line] for line in box} == {"teaser"}


RAIL = [
    "A bakery on Birch Lane in Millbrook won a regional prize for its rye bread this spring.",
    "A bakery on Birch Lane in Millbrook won a regional prize for its rye bread this spring.",
    "Two men were hurt when a crane tipped over at the Elmvale docks on Monday morning, officials said.",
    "Two men were hurt when a crane tipped over at the Elmvale docks on Monday morning, officials said. "
    "The harbour reopened in the afternoon.",
    "Elmvale docks crane accident",
    "The school board voted to add a second bus route for the northern villages next year, it said.",
    "The school board voted to add a second bus route for the northern villages next year, it said.",
]


def test_a_rail_of_teasers_each_printed_twice_goes_whole():
    # each teaser's blurb, then the blurb again (or with more); a lone headline between two of them
    result = clean("\n\n".join([*RAIL, LEDE, BODY, *MORE]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])
    assert {reasons(result)[line] for line in RAIL} == {"teaser"}


def test_a_lede_printed_twice_keeps_one_copy():
    result = clean("\n\n".join([LEDE, LEDE, BODY, *MORE]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])


def test_a_page_that_is_only_a_doubled_rail_keeps_its_text():
    # nothing of a story would be left: the rail is all the text there is
    assert "crane tipped over" in clean("\n\n".join(RAIL)).text


def test_a_video_player_s_caption_block_goes():
    caption = (
        "Caption Elmvale man charged over fake reward claims - Local News An Elmvale man claimed to know "
        "where a stolen boat was hidden and asked for the reward. (Jon Reyes / Elmvale News)"
    )
    result = clean("\n\n".join([LEDE, caption, BODY, *MORE]))
    assert result.text == "\n\n".join([LEDE, BODY, *MORE])
    assert reasons(result)[caption] == "caption"


RUSSIAN = (
    "В пятницу вечером в городе Элмвейл неизвестный открыл огонь у рынка. По данным полиции, "
    "два человека погибли, ещё пятеро ранены."
)
SPANISH = "Dos personas murieron y cinco resultaron heridas el viernes por la noche en un tiroteo en Elmvale."
ENGLISH = "Two people were killed and five injured Friday night in a shooting near the Elmvale market, police said."


@pytest.mark.parametrize(
    "content, declared, language",
    [
        (RUSSIAN, None, "ru"),
        (SPANISH, None, "es"),
        (ENGLISH, None, "en"),
        ("Elmvale Ledger", None, None),  # a site's name alone tells no language
        (ENGLISH, "en-US", "en"),
        (ENGLISH, "English", "en"),
        (SPANISH, "spa", "es"),  # the record's word stands: news-please's tag is its own reading
        (RUSSIAN, "no such tongue", "ru"),
    ],
)
def test_the_language_is_the_record_s_else_the_text_s(content, declared, language):
    clean = clean_document(Document(doc_id="d", content=content, language=declared))
    assert clean.language == language
    assert clean.in_english == (language in (None, "en"))


def test_a_page_in_another_language_is_told_by_its_body_text():
    body = f"<body><article><p>{SPANISH}</p></article></body>"
    page = f"<html lang='en'><head><title>Noticias</title></head>{body}</html>"  # a template's lang says nothing
    assert clean_document(Document(doc_id="p", content=page, content_type="html")).language == "es"


def test_russian_page_furniture_goes_with_its_reason():
    body = "В пятницу вечером на центральном рынке Элмвейла прогремел взрыв. По данным МЧС, погибли пять человек."
    page = "\n".join(
        [
            "Поиск",
            "Фото: пресс-служба МЧС",
            "Читайте также: Итоги недели в Элмвейле",
            "",
            body,
            "",
            "Подписывайтесь на наш канал в Telegram",
            "Реклама",
            "Все права защищены. При использовании материалов ссылка обязательна.",
            "Читайте также",
            "Новый мост открыли в Элмвейле",
        ]
    )
    result = clean_text(page)
    assert result.text.strip() == body
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Поиск"] == "navigation" and reasons["Фото: пресс-служба МЧС"] == "caption"
    assert reasons["Реклама"] == "advert" and reasons["Читайте также: Итоги недели в Элмвейле"] == "teaser"
