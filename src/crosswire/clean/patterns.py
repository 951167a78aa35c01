"""Lexicons and regexes for page furniture: general web-news phrasing, never one outlet's.

Each pattern maps to the reason recorded on the RemovedSegment. STRONG patterns remove a line on
their own; WEAK ones only when a neighbouring line is furniture too, because a quoted speaker may
say "thank you for your support" inside a real article.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE


def _full(*alternatives: str) -> re.Pattern[str]:
    """A pattern that must match the whole (stripped) line, with optional trailing punctuation."""
    return re.compile(r"^(?:" + "|".join(alternatives) + r")\s*[:.!?»>|]*$", FLAGS)


def _anywhere(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), FLAGS)


NAVIGATION = _full(
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|article)",
    r"jump to (?:content|navigation)",
    r"(?:toggle|open|close) (?:navigation|menu|search)",
    r"(?:main )?menu",
    r"search(?: for)?",
    r"home(?:page)?",
    r"back to top",
    r"(?:sign|log) (?:in|out|up)",
    r"login|logout|register",
    r"my account",
    r"(?:next|previous|prev)(?: (?:article|story|post|page))?",
    r"close",
    r"print(?: this (?:article|page|story))?",
    r"(?:e-?mail|copy) (?:this )?(?:link|article|story)",
    r"(?:font|text) size",
    r"listen to (?:this )?(?:article|story)",
    r"accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|settings|cookies)",
    r"load(?:ing)? more|show more|view all|see all",
    # Russian pages
    r"главная(?: страница)?|меню|поиск|войти|вход|регистрация|наверх|назад|показать (?:ещ[её]|все)",
)
COOKIE = _anywhere(
    r"\bcookies?\b.{0,160}\b(?:use|uses|using|policy|consent|accept|settings|preferences|browser|website|"
    r"site|experience|enable|disable|necessary|functional|analytics|tracking|third[- ]party)\b",
    r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b",
    r"\bcookie (?:policy|settings|preferences|notice|consent|banner)\b",
    r"\b(?:файлы|файлов|файлами) (?:cookie|куки)\b",
)
NEWSLETTER = _anywhere(
    r"\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|mailbox|delivered|weekly|daily|e-?mail|receive)",
    r"\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b",
    r"^subscribe(?: now| today| here)?\W*$",
    r"\bsubscribers agree\b",
    r"\bby (?:signing up|subscribing|registering)\b.{0,80}\b(?:agree|privacy|terms)\b",
    r"\benter your e-?mail\b",
    r"\bnever miss (?:a|the latest|an?) \w+",
    r"\bunsubscribe at any time\b",
    r"\bподпи(?:шитесь|саться|сывайтесь) на (?:нашу |еженедельную |ежедневную )?рассылку\b",
)
DONATION = _anywhere(
    r"\bsupport us\b",
    r"^dear readers?\b",
    r"\bremind me later\b",
    r"\bnot ready to (?:support|give|donate|contribute)\b",
    r"\bpa[iy]ments? methods?\b",
    r"^(?:once|one[- ]time|monthly|annual(?:ly)?|yearly|continue|donate(?: now)?|give now)\W*$",
    r"\bdonat(?:e|ion)\b.{0,60}\b(?:today|now|journalism|newsroom)\b",
    r"\bsupport (?:independent|our|quality) journalism\b",
    r"\bbecome a (?:member|supporter|patron|subscriber)\b",
    r"^a message from\b.{0,60}:$",
    r"\bподдержите (?:нас|редакцию|независимую журналистику)\b",
)
PAYWALL = _anywhere(
    r"^already a (?:subscriber|member)\W*$",
    r"\bset up your account\b",
    r"\b(?:to|you must \w+ in (?:or \w+ )?to) continue reading\b",
    r"\bcontinue reading (?:this|the) (?:story|article)\b",
    r"\b(?:digital|online) (?:subscriber|subscription)s?\b.{0,60}\b(?:to read|to continue|required|only)\b",
    r"\bhome delivery\b.{0,60}\b(?:digital|subscri\w*|sign up)\b",
    r"\blog ?in (?:here )?to (?:read|see|view) (?:more|the (?:full )?(?:story|article))\b",
    r"^thank you for registering\W*$",
    r"\b(?:verification|activation|confirmation) (?:e-?mail|message|link)\b",
    r"\b(?:update|activate) your (?:\S+ )?profile\b",
)
LEGAL = _anywhere(
    r"\ball rights reserved\b",
    r"\bthis material may not be (?:published|broadcast|rewritten|redistributed)\b",
    r"^copyright\b.{0,80}$",
    r"\bвсе права защищены\b",
    r"\bпри (?:полном или частичном )?(?:использовании|цитировании|копировании) материалов\b",
    r"\bterms of (?:service|use)\b.{0,60}\bprivacy policy\b|\bprivacy policy\b.{0,60}\bterms of (?:service|use)\b",
)
SITE_PROMPT = _anywhere(
    r"\be-?mail (?:notifications|alerts)\b.{0,60}\b(?:sent|receive|sign up|once a day)\b",
    r"\benter the characters\b",
    r"\bwhen you tweet with a location\b",
    r"\btrouble (?:viewing|playing|watching) the video\b",
    # a news CMS's author-alert widget: "Get email notifications on Jane Roe daily!", ...
    r"\bget email notifications on\b",
    r"\byour notification has been saved\b",
    r"\bproblem saving your notification\b",
    r"\bposts new content, you'll get an email\b",
)
DONATION_WEAK = _anywhere(
    r"\byour (?:support|contribution|donation|help)\b",
    r"\bwe need your (?:help|support)\b",
    r"\bby supporting\b",
    r"\bour journalism\b",
    r"\bthank you for (?:standing with|supporting|reading)\b",
)
ADVERT = _anywhere(
    r"\benjoying ad-free content\b",
    r"^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|promoted(?: content)?|paid content)\W*$",
    r"\b(?:disabled|turn off|disable) (?:all )?(?:ads|your ad-?blocker)\b",
    r"\bad-?block(?:er|ing)\b",
    r"^(?:реклама|на правах рекламы|партн[её]рский материал)\W*$",
)
SOCIAL = _anywhere(
    r"\bjoin\b.{0,60}\b(?:telegram|whatsapp|viber|signal)\b.{0,20}\b(?:channel|group|community)\b",
    r"\bfollow (?:us|\w+) on (?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|threads)\b",
    r"^(?:share|tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit|pinterest|email|e-mail|copy link)"
    r"(?: (?:this|on|via) ?\w*)?(?: article| story| page)?\W*$",
    r"\bclick here to\b",
    r"\bdownload (?:our|the) (?:free )?app\b",
    r"\bget the latest\b.{0,60}\b(?:delivered|in your inbox|straight to)\b",
    r"\bподписывайтесь на (?:нас|наш (?:канал|telegram|телеграм)|наш[иу] (?:страниц[уы]|канал[ыа]))\b",
    r"\bчитайте (?:нас|наши новости) в\b",
    r"^(?:поделиться|отправить|скопировать ссылку)\W*$",
)
# A local site's weather-alert widget: "Frost Advisory", "...advisory remains in effect until 9 AM...",
# "Effective: ... Expires: ... Target Area: Elm; Larch; Pine" (counties, not the story's places).
_WEATHER = (
    r"(?:flash )?flood|freeze|frost|hard freeze|tornado|severe thunderstorm|winter storm|winter weather|ice storm|"
    r"blizzard|(?:high )?wind|wind chill|(?:excessive )?heat|(?:dense )?fog|hurricane|tropical storm|fire weather|"
    r"red flag|special weather|hazardous weather|air quality"
)
WEATHER_ALERT = _anywhere(
    rf"^(?:{_WEATHER}) (?:warning|watch|advisory|statement)$",
    r"^\.\.\..{0,40}\b(?:warning|watch|advisory) remains in effect\b",  # the alert's text, which starts "..."
    r"\beffective:.{0,60}expires:",
    r"\btarget area:",
)
READING_TIME = _full(
    r"\d+\s*(?:min|mins|minutes?)(?: read| to read)?",
    r"(?:reading time:?\s*)?\d+ min(?:ute)? read",
    r"(?:время чтения:?\s*)?\d+\s*мин(?:ут[аы]?)?\.?(?: (?:на )?чтени[яе])?",
)
CREDIT = _anywhere(
    r"^(?:additional )?(?:reporting|editing|writing|compiled|translated|translation|produced|edited|graphics)"
    r"(?: and \w+)? by\b",
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\W*$",
)
CAPTION_CREDIT = _anywhere(
    r"©",
    r"\(photo(?:graph)?s?(?: by|:)",
    r"\b(?:photo|photograph|picture|image|credit|file photo)s?:",
    r"\breuters/",
    r"\bap photo\b",
    r"\bgetty images\b",
    r"\bafp via\b",
    r"\bvia getty\b",
    r"\bshutterstock\b",
    r"^istock(?:photo)?\b",
    r"^(?:фото|фотография|иллюстрация|источник фото|кадр)(?: из видео)?:",
    r"\bfile photo\b",
)
# "Caption Man hurt in late-night crash - Local News A man was hurt ...": a video player's
# caption block, its label run into the clip's title (capitalised: "caption" begins no sentence so).
MEDIA_CAPTION = re.compile(r"^Caption\s+[A-Z\"'\u2018\u201c]")
# A slideshow flattened into one line: its captions, each behind a counter ("Image 2 of 14").
GALLERY = _anywhere(r"\b(?:image|photo|slide) \d+ of \d+\b(?:.*?\b(?:image|photo|slide) \d+ of \d+\b){1,}")
# A bare heading after which what follows is teasers, tags or comments, not the article.
END_HEADING = _full(
    r"related(?: (?:stories|articles|content|coverage|news|posts|links|topics|reading))?",
    r"read (?:more|next|also)(?: (?:stories|articles|news))?",
    r"more (?:stories|news|articles|from [\w' .&-]{1,40}|on this(?: story| topic)?|in [\w' .&-]{1,30})",
    r"(?:you|we think you) (?:may|might|will) (?:also )?like",
    r"recommended(?: for you| stories| articles| reading)?",
    r"most (?:read|popular|viewed|shared)(?: stories| articles)?",
    r"trending(?: now| stories)?",
    r"tags?|topics|filed under|categories",
    r"see also|also read|what to read next|don't miss|popular(?: now)?",
    r"(?:today'?s |other )?(?:latest|top) (?:news|stories|headlines)",
    r"editor'?s picks",
    r"comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
    r"share (?:this|the) (?:article|story|post)",
    r"dear readers?,?",
    r"a message from\b.{0,60}",
    r"читайте также|по теме|материалы по теме|смотрите также|самое (?:читаемое|популярное)|новости партн[её]ров",
    r"комментари(?:и|ев)(?: \(\d+\))?|обсуждение",
)
# A page's label before a headline: "UPDATE: 5 people shot", "JUST IN: One of two men ...".
HEADLINE_LABEL = re.compile(
    r"^\s*#?(?:updated?|just in|breaking(?: news)?|developing(?: story)?|new information|latest|the latest)"
    r"\s*[:|–—]\s*(?=\S)",
    re.IGNORECASE,
)
# A one-line teaser inside the body: "READ MORE: headline of another story", "(READ: ...)",
# "► Related: ...", and a box's heading the scrape ran into its first headline ("Related Coverage
# Man killed in ..."), which only a capital after the heading's two words tells from a sentence.
INLINE_TEASER = re.compile(
    r"^[(\[►▶•»*]?\s*(?:read more|read|related|see also|also read|read also|more|recommended|watch|listen|opinion|"
    r"playlist|related (?:story|article|coverage)|must read)\s*[:|>»–—-]\s*\S"
    r"|^[(\[►▶•»*]?\s*(?:читайте также|читайте|по теме|смотрите также|смотрите|подробнее)\s*[:|>»–—-]\s*\S"
    r"|^(?-i:Related (?:Coverage|Articles|Stories|Content|Links|Posts) (?=[A-Z0-9]))",
    FLAGS,
)
# "Most Read Stories Most Read Stories More>>", "Storm topples oak Storm topples oak Crews
# worked ...": a widget's link whose title is printed twice (the link, then its image's text).
# (Not with a label between: "Storm topples oak Local News Storm topples oak ..." opens many a
# page's own story.)
TITLE_TOLD_TWICE = re.compile(r"^((?:\S+\s+){1,12}?\S+)\s+\1(?:\s|$)")
# Ordered: the first pattern that matches gives the reason.
STRONG_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("navigation", NAVIGATION),
    ("cookie notice", COOKIE),
    ("newsletter", NEWSLETTER),
    ("donation appeal", DONATION),
    ("paywall", PAYWALL),
    ("legal notice", LEGAL),
    ("site prompt", SITE_PROMPT),
    ("advert", ADVERT),
    ("social prompt", SOCIAL),
    ("reading time", READING_TIME),
    ("weather alert", WEATHER_ALERT),
    ("credit", CREDIT),
    ("teaser", INLINE_TEASER),
    ("caption", MEDIA_CAPTION),
    ("gallery", GALLERY),
    ("teaser", TITLE_TOLD_TWICE),
)
WEAK_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (("donation appeal", DONATION_WEAK),)

# Words that make a clause finite: a caption ("A flag displayed in X, Y.") carries none of them.
FINITE_MARKERS = frozenset(
    "is are was were am has have had will would shall should can could may might must does do did "
    "said says say told tells announced reported added according".split()
)
WEEKDAYS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b", FLAGS
)
# ", Place Name." at the end of a line: how photo captions name where they were taken.
PLACE_TAIL = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s*){1,4}\.$")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# "1:37 Mayor talks about the budget", "Mayor talks about the budget | 1:37": a video's length
# beside its title, a teaser of the site's player (a clock time would say a.m. or p.m.).
VIDEO_TEASER = re.compile(r"^[0-5]?\d:[0-5]\d\s+(?![ap]\.?\s?m\b)[A-Z0-9'‘\"“]|^[^|]+\s\|\s*[0-5]?\d:[0-5]\d\s*$")
# "MEMPHIS, Tenn. -- New developments ...": a paragraph opened by a dateline in capitals is the
# story's first, even when the scrape cut off its last sentence.
DATELINE_OPENING = re.compile(
    r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3},?(?: [A-Z][a-z]{1,5}\.?)?"
    r"(?: \([^)\n]{1,30}\))? ?(?:--|[-\u2013\u2014]) "
)
WORD = re.compile(r"[\w'’-]+")
ALNUM = re.compile(r"\w")
# Limits of what counts as a headline / caption / teaser line, in words.
HEADLINE_MAX_WORDS = 25
CAPTION_MAX_WORDS = 30
CAPTION_CREDIT_MAX_WORDS = 70
TEASER_MAX_WORDS = 14
# Near-duplicate paragraphs (rapidfuzz ratio, 0-100) and the shortest paragraph compared.
DUPLICATE_RATIO = 92
DUPLICATE_MIN_CHARS = 40
# Body search: a sentence line needs this many words; any other line costs this many characters.
SENTENCE_MIN_WORDS = 5
NON_PROSE_COST = 50
# How many kept lines above the body may hold its headline.
HEADLINE_LOOKBACK = 3

# A social network's page for one post: 'WXYZ News on Twitter: "Boy shot ..."', and the same in the
# site's other languages ('Uživatel WXYZ News na Twitteru: „Boy shot ...“'): the account, then the post.
SOCIAL_POST_TITLE = re.compile(
    r"^(?P<account>.+?) \w{1,3} (?:Twitter|X|Facebook|Instagram|Threads|Mastodon)\w*\s*:"
    r"\s*[\"„“«”](?P<post>.+?)[\"”“»]$"
)
LINK = re.compile(r"\bhttps?://\S+")
# A post's closing credit: "...: @ann reports.", "@ann has more"
POST_CREDIT = re.compile(r"[:\s]*@\w+ (?:reports|says|has (?:the )?(?:story|details|more))\.?$")
# A headline's tail that names its site: "... - WKRG News 5", "... | Dayton, OH", "... :: WRAL.com".
TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+|\s*\|\s*|\s+::\s+")
SITE_WORDS = re.compile(
    r"\b(?:news|tv|radio|channel|weather|sports|headlines|online|\w+\.(?:com|net|org|tv))\b"
    r"|\b(?:times|post|tribune|herald|journal|gazette|chronicle|examiner|courier|register|observer|inquirer|dispatch)$",
)
SITE_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}\b")
PLACE_ONLY = re.compile(r"^[A-Z][\w.'’ -]*,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
