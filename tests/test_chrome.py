"""Page chrome and captions, line by line: what is the page's and what is the article's.

Every table has its negative twin: a rule that turns an article's sentence into chrome
loses article text, which is worse than leaving a button in the body. All strings are
our own, written to reproduce the phrasing families seen in real dumps.
"""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.chrome import is_chrome, read_caption
from articlecli.parser.lexicon import (
    CHROME_ANYWHERE_PATTERNS,
    CHROME_HINTED_PATTERNS,
    CHROME_PATTERNS,
)

# Calls to action addressed to the reader: membership, newsletter, donation, buy buttons.
CALLS_TO_ACTION = [
    "Support independent journalism: become a member today.",
    "Support our nonprofit newsroom while getting a tote bag in return.",
    "Become a member today!",
    "Join my newsletter for more reviews like this.",
    "Join our Substack newsletter for tips on growing vegetables at home!",
    "Join the conversation",
    "Get the latest headlines in your inbox.",
    "Get our best harbour stories delivered straight to your inbox.",
    "The week's top harbour stories, delivered to your inbox every Friday.",
    "Sign up to receive the morning briefing in your inbox.",
    "Sign up for our free weekly newsletter.",
    "Sign up for The Harbour Bell's newsletter here.",
    "Subscribe to our YouTube channel",
    "Subscribe now for unlimited access.",
    "Click the Check Price button below.",
    "Click on the Check Best Price Button Below.",
    "Want the best price? Tap the Buy Now button above.",
    "Donate now",
    "Please consider making a donation to support our journalism.",
    "Check Price",
    "Buy now",
    "Check out the latest from our correspondents",
    "Check out our guide to the best ferry routes on the coast.",
    "Subscribe to Harbour PRO for exclusive market analysis and live coverage from the quay.",
    "Read the Harbour Courier on Telegram.",
    "Join our WhatsApp channel for the latest updates.",
    "Читайте Вестник в Telegram.",  # "Read the Herald in Telegram."
    "The post Ferry fares rise in May appeared first on Coast Gazette.",  # a feed's footer
    "Обсудите новость в телеграм-канале «Вестник Спорт».",  # "Discuss the news in ..."
]

# The same words in sentences that report, quote or instruct: article text.
CALL_TO_ACTION_PROSE = [
    "The paper asked readers to subscribe to its newsletter after the strike.",
    "Readers were urged to join the newsletter, which now has 40,000 subscribers.",
    "Support for independent journalism has fallen, the survey found.",
    "She said she would become a member of the rowing club next spring.",
    "Scammers send fake invoices straight to your inbox, police warned.",
    "Got a strange text in your inbox? Do not click the link, police say.",
    "Shoppers who click the buy button are charged twice, the regulator found.",
    "The regulator told shoppers to click the buy button only once.",
    "To vote, press the green button.",
    "Donations to the museum rose by a third last year.",
    "He joined the newsletter team in 2019 and became its editor in 2021.",
    "The club will subscribe to the league's new streaming service.",
    "Learn more about the tide tables below.",
    "Check out time at the harbour hotel is noon.",
    "Guests can check out our rooms from Monday, the hotel said.",
    "The minister said he would read the report on Telegram later.",
    "Read the full statement on Telegram, where the ministry posted it on Monday.",
    "Police said the group used WhatsApp to plan the raid.",
    "The post of harbour master appeared first on the list of cuts.",
    "Subscribe to the view that fares will fall, and you will be disappointed.",
]


@pytest.mark.parametrize("line", CALLS_TO_ACTION)
def test_a_call_to_action_is_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", CALL_TO_ACTION_PROSE)
def test_a_sentence_about_promotions_is_not_chrome(line: str) -> None:
    assert not is_chrome(line)


# Comment forms, login forms, share buttons, footers and pagination: whole lines.
FORMS_AND_FOOTERS = [
    "Article continues after sponsor message",  # reading aids and calls to action
    "For more articles like this, please visit us at example.com",
    "Subscribe now to stay ahead with the harbour's most trusted news source.",
    "Coast Daily's Tom Vale contributed to this report.",  # a helper's note, no byline
    "Ana Ruiz and Tom Vale contributed reporting from Velmar.",
    "Read more harbour news on the Velmar coast",  # a link to more of the site's stories
    "See all our coverage of the harbour strike",
    "4312 views",  # a page's count of its readers, in any language, the space lost
    "1,2K просмотров",
    "874vues",
    "ends",  # a press release's end mark
    "-ENDS-",
    "a.promo:hover {background:#123456!important;}",  # a style sheet's rule
    "Read the full story at Metro Ledger.",  # where the story goes on
    "Watch the full segment from Channel 9.",
    "[+812 chars]",  # a news API's cut mark
    "… [+812 chars]",
    "More Videos",  # a video player's
    "SAVE FOR LATER",
    "Next up in 5",
    "[ad_1]",  # a feed-fed blog's ad shortcode
    "Advertisement - scroll to continue reading",
    "Continue reading...",
    "Continue reading…",
    "Listen",  # an audio player's button
    "Leave a Reply",
    "Leave a comment",
    "Post a comment",
    "Your email address will not be published.",
    "Required fields are marked *",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Remember Me",
    "Forgot your password?",
    "Username",
    "Password",
    "SUBMIT",
    "Cancel reply",
    "Help us understand the problem. What is going on with this comment?",
    "Terms of Use",
    "Privacy Policy",
    "Contact Us",
    "About Us",
    "Cookie Policy",
    "Sitemap",
    "Advertise with us",
    "Terms of Use | Privacy Policy | Contact Us",
    "About Us • Sitemap • Advertise with us",
    "Share on Facebook",
    "Share via Email",
    "Share on WhatsApp",
    "Pinterest",
    "Instagram",
    "YouTube",
    "Telegram",
    "Flipboard",
    "Facebook Twitter Pinterest Email",
    "Loading...",
    "Please enable JavaScript to view the comments.",
    "Continue reading",
    "Read the full article",
    "Tags:",
    "Tags: harbour, ferries, weather",
    "Filed under: Local news, Transport",
    "Previous",
    "Next",
    "Page 2 of 5",
    "Open in app",
    "Create an account",
    "Don't have an account? Sign up",
    "Don’t have an account? Sign up",
    "Already a subscriber? Log in",
    "Not a member yet? Register Now",
    "You must be logged in to post a comment.",
    "Please log in to leave a comment",
    "Sign in with Google",
    "Follow us:",
    "Terms of Use - Privacy Policy - Affiliate Disclosure",
    "You may also like:",
    "View image in fullscreen",
    "This article is more than 4 years old",
    "This article is more than",  # the notice's halves on lines of their own
    "4 years old",
    "7 Kommentare",  # a comment list's count and reply button in other languages
    "12 commentaires",
    "3 comentarios",
    "Auf diesen Kommentar reagieren",
    "Deixe um comentário",
    "[youtube]V0rweOsURqA[/youtube]",  # a blog's media shortcode
    '<audio src="/mp3/harbour.mp3" controls preload></audio>',
    # A Chinese repost's notes under the story: disclaimers, the source, the editor on duty.
    "免责声明",
    "【免责声明】本文仅代表作者本人观点，与海港网无关。",
    "本文转自海港日报客户端，不代表海港网的观点和立场。",
    "（文章只代表作者观点，与本站无关）",
    "内容来自海港晚报",
    "（责任编辑：林小明）",
    "责任编辑：林小明 HG018",
    "Tiếp tục cập nhật...",  # a live story's "more to come" (Vietnamese)
    "Get a free Evernote account to save this page and read it later on any device.",
    # A local paper's discussion and gallery widgets, and its notes to the reader.
    "You have permission to edit this article.",
    "Welcome to the discussion.",
    "Thanks for contacting us. We've received your submission.",
    "Copy article link",
    "Previous Image",
    "This story has been shared 1,204 times.",
    # A broadcaster's embedded lists and posts.
    "Skip Most read and continue reading",
    "End of Most read",
    "End of Twitter post by @harbourpost",
    # A Vietnamese paper's masthead lines.
    "Tổng biên tập: Nguyễn Văn An",
    "Phó tổng biên tập: Trần Thị Bình",
    # Comment counts in other languages.
    "Bình luận (0)",
    "Kommentare (3)",
    "Commentaires (12)",
    "Comentarios (5)",
    # A Jekyll template's tags around a post's HTML.
    "{% raw %}",
    "{%- endraw -%}",
    '{% include figure.html src="ferry.jpg" %}',
    # Bracketed marks and notes in other languages.
    "[PR]",
    "【看原文連結】",
    "本文なし",
    "更多新聞推薦",
    "MÁS SOBRE ESTE TEMA",
    "Voir les commentaires",
    "Je m'abonne",
]

# Short lines that merely share a word with those: headings and sentences of an article.
FORM_AND_FOOTER_PROSE = [
    "The council contributed.",
    "She said the fund contributed to the harbour plan.",
    "Subscribers now pay less for the ferry, the council said.",
    "Read more: Harbour fares rise in May",  # a related link, its title after the colon
    "Read more about the harbour in our guide to the coast, the council said.",
    "3 views on the harbour strike",  # a title that counts opinions
    "The strike ends today, the union said.",
    "Use {name: value} pairs in the form.",
    "Read the full story and you will see why, she said, because it is sad.",
    "Next up in the council's agenda is the harbour budget.",
    "Listen to the harbour at dawn, the guide said.",
    "Continue reading the timetable before you board.",
    "The [ad] budget rose by a third.",
    "Privacy policy changes anger users",
    "The password was written on a sticky note.",
    "Next steps for the harbour",
    "What comes next",
    "Previous owners had let the pier rot.",
    "Instagram and YouTube both removed the clip on Monday.",
    "Share prices fell on Monday.",
    "Tags on the crates showed where they came from.",
    "The page was loading slowly all day, users said.",
    "Contact us, the police said, if you saw the boat.",
    "Facebook and Instagram",
    "Readers can leave a comment under the story until Friday.",
    "You must be logged in to vote online, the commission said.",
    "The mayor - who was re-elected - praised the ferry crews.",
    "Follow us to the harbour, the guide told the tourists.",
    "The ferry was 4 years old.",
    "View the harbour from the pier at dawn.",
    "This article is more than a report, the editor said.",
    "Der Kommentar des Ministers sorgte für Streit.",
    "Sin comentarios, dijo el ministro.",
    "他表示，这不代表港务局的观点。",  # "this does not stand for the port's view", he said
    "本文认为，票价上涨不代表乘客的观点已被采纳。",
    "该报告内容来自港务局网站，他说。",
    "责任编辑的工作很辛苦。",
    "She saved the ferry timetable to her Evernote account.",
    "PR firms said the ferry campaign worked.",
    "Bình luận của ông về chính sách mới gây tranh cãi.",  # "his comment on the policy ..."
    "Tổng biên tập tờ báo cho biết giá giấy đã tăng.",  # "the paper's editor said ..."
    "{% raw %} marks the text Jekyll leaves as it is, the guide says.",
    "End of the line for the old ferry",
    "Skip the queue and continue reading here, the sign said.",
    "The story has been shared widely, the council said.",
    "[1]",
    "Previous images of the pier were lost in the fire.",
]


@pytest.mark.parametrize("line", FORMS_AND_FOOTERS)
def test_form_footer_and_button_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", FORM_AND_FOOTER_PROSE)
def test_lines_sharing_a_word_with_buttons_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


# Ad straps: a tagline ending in "Learn more about <brand>", often with the spaces lost.
@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Fast data and tools for busy harbour traders Learn more about Examplefin", True),
        ("Fast data and tools for busy harbour tradersLearn more aboutExamplefin", True),
        ("Learn more about Examplefin", True),
        ("Learn more", True),
        ("She sailed to Norway to learn more about fjords.", False),
        ("The museum reopened on Monday. Learn more about it here.", False),
    ],
)
def test_an_ad_strap_ending_in_learn_more_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


# Legal and market-data notices: long, but their opening says what they are.
@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "This material may not be published, broadcast, rewritten, or redistributed. "
            "Quotes displayed in real-time or delayed by at least 15 minutes. Market data "
            "provided by Examplefacts. Powered and implemented by Examplefacts Digital.",
            True,
        ),
        (
            "Quotes displayed in real-time or delayed by at least 15 minutes. Market data "
            "provided by Examplefacts. Powered and implemented by Examplefacts Digital.",
            True,
        ),
        ("Quotes delayed at least 15 minutes. Market data provided by Examplefacts.", True),
        ("Legal Statement. Mutual Fund and ETF data provided by Sample Lipper.", True),
        ("Market data provided by Examplefacts", True),
        ("Legal Statement", True),
        ("Data provided by the ministry showed a fall in exports.", False),
        ("Market data provided by the exchange showed shares fell 3%.", False),
        ("Quotes from the mayor were delayed by the printers.", False),
    ],
)
def test_market_data_and_legal_notices(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_a_wrapped_legal_notice_is_chrome_as_a_whole() -> None:
    notice = (
        "This material may not be published, broadcast, rewritten or\n"
        "redistributed. Quotes displayed in real time or delayed by at\n"
        "least 15 minutes. Market data provided by Examplefacts. Fund\n"
        "data provided by Sample Lipper.\n"
    )
    article = parse(f"Big News\n\nBy AFP\n\nThe ferry sailed again.\n\n{notice}\nIt rained.\n")
    assert article.paragraphs == ("The ferry sailed again.", "It rained.")
    assert article.boilerplate == (" ".join(notice.split()),)


def test_a_copyright_notice_wrapped_over_five_lines_is_chrome() -> None:
    notice = (
        "Copyright 2024 Harbour News Network, LLC. All rights\n"
        "reserved. This material may not be published, broadcast,\n"
        "rewritten or redistributed. Quotes displayed in real time\n"
        "or delayed by at least 15 minutes. Market data provided\n"
        "by Examplefacts.\n"
    )
    article = parse(f"Big News\n\nBy AFP\n\nThe ferry sailed again.\n\n{notice}")
    assert article.paragraphs == ("The ferry sailed again.",)
    assert article.boilerplate == (" ".join(notice.split()),)


# Captions whose credit is given as "Source: X" (charts and screenshots), glued or not.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Spam messages in a group inbox Source: Example News",
            ("Spam messages in a group inbox", "Example News"),
        ),
        (
            "Spam messages in a group inboxSource: Example News",
            ("Spam messages in a group inbox", "Example News"),
        ),
        (
            "Ferry passengers by month, 2024. Source: Harbour Board",
            ("Ferry passengers by month, 2024.", "Harbour Board"),
        ),
        # Not captions: a lone source (a credit line of its own), a URL label, prose.
        ("Source: Reuters", None),
        ("Source: https://example.com/harbour/ferry-returns", None),
        ("The story ran online first Source: https://example.com/a", None),
        (
            "Fares rose by a fifth over the year, the fastest pace in a decade, as fuel and "
            "wages climbed, the board said on Tuesday. Source: Harbour Board",
            None,
        ),
    ],
)
def test_read_caption_with_a_source_credit(
    line: str, expected: tuple[str | None, str] | None
) -> None:
    assert read_caption(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Chinese outlets' pages: the agency after a slash.
        (
            "Crews check the ferry in the port, May 3, 2031. /CFP",
            ("Crews check the ferry in the port, May 3, 2031.", "CFP"),
        ),
        (
            "Crews check the ferry in the port. /Xinhua",
            ("Crews check the ferry in the port.", "Xinhua"),
        ),
        # Brazilian pages: photographer and outlet in capitals after a dash.
        (
            "Crews check the ferry in the port. - JANE ROE/TV HARBOUR",
            ("Crews check the ferry in the port.", "JANE ROE/TV HARBOUR"),
        ),
        # Indonesian pages: outlet and photographer in capitals after the full stop.
        (
            "Travellers fill the port in Jakarta. WARTA HARIAN/JANE ROE",
            ("Travellers fill the port in Jakarta.", "WARTA HARIAN/JANE ROE"),
        ),
        # The New York Times's label with no colon, and the Vietnamese "photo:".
        (
            "Crews check the ferry in the port. Credit Jane Roe/Harbour Images",
            ("Crews check the ferry in the port.", "Jane Roe/Harbour Images"),
        ),
        (
            "Crews check the ferry in the port. Credit...Jane Roe/Harbour Images",
            ("Crews check the ferry in the port.", "Jane Roe/Harbour Images"),
        ),
        # In italics, as Markdown posts set a caption under its picture.
        (
            "*Crews check the ferry in the port. Ảnh: Hoàng An/Harbour News*",
            ("Crews check the ferry in the port.", "Hoàng An/Harbour News"),
        ),
        (
            "_Crews check the ferry in the port. Photo: Jane Roe/AP_",
            ("Crews check the ferry in the port.", "Jane Roe/AP"),
        ),
        (
            "Crews check the ferry. Credit...Jane Roe for The Harbour Post",
            ("Crews check the ferry.", "Jane Roe for The Harbour Post"),
        ),
        (
            "Cầu cảng mới được khánh thành. Ảnh: Hoàng An",
            ("Cầu cảng mới được khánh thành.", "Hoàng An"),
        ),
        ("The bank's shares fell. Credit Suisse said so on Monday.", None),
        ("*The ferry ran again on Monday, the port said.*", None),  # italics, no credit
        ("The router speaks TCP/IP.", None),  # one word a side, no full stop before
        # Prose: a slash with a space after it, a number's slash, words in lower case.
        ("He declined to comment. Jan van Dijk / POOL / AFP", None),
        ("Crews work day and night - 24/7.", None),
        ("Crews work day and night - and/or weekends.", None),
    ],
)
def test_read_caption_with_a_slashed_or_dashed_credit(
    line: str, expected: tuple[str | None, str] | None
) -> None:
    assert read_caption(line) == expected


def test_a_caption_with_a_source_credit_is_the_photo_caption() -> None:
    dump = (
        "Big News\n\nBy AFP\n\nThe ferry sailed again.\n\n"
        "Spam messages in a group inboxSource: Example News\n\nIt rained.\n"
    )
    article = parse(dump)
    assert (article.photo_caption, article.photo_credit) == (
        "Spam messages in a group inbox",
        "Example News",
    )
    assert article.paragraphs == ("The ferry sailed again.", "It rained.")


def test_a_source_url_line_stays_the_url() -> None:
    article = parse("Big News\n\nThe ferry sailed again.\n\nSource: https://example.com/a\n")
    assert article.url == "https://example.com/a"
    assert article.photo_caption is None


def test_every_hinted_pattern_needs_its_hint() -> None:
    # The hint gates the pattern: a line that the pattern matches without the hint would
    # never be tried against it.
    import re

    for hint, pattern in CHROME_HINTED_PATTERNS.items():
        assert hint == hint.lower()
        for sample in CALLS_TO_ACTION + FORMS_AND_FOOTERS + CALL_TO_ACTION_PROSE:
            if re.fullmatch(pattern, sample, re.IGNORECASE):
                assert hint in sample.lower(), (hint, sample)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # News pages end a paragraph with a link to a video or gallery, marked with "»".
        ("Watch the senator answer questions »", True),
        ("Go inside the harbour's old lighthouse »", True),
        ("See photos of the flooded harbour »", True),
        # Guillemets around a quotation are no link.
        ("« Nous restons », a-t-il dit", False),
        ("He wrote: « We stay »", False),
        ("The vote was close. Then came the count »", False),  # a sentence before it
    ],
)
def test_a_link_marked_with_a_guillemet_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_a_guillemet_link_glued_onto_a_paragraph_is_boilerplate() -> None:
    dump = (
        "Harbour News\n\nThe ferry sailed at noon.  Watch the ferry leave the harbour »\n\n"
        "It returned at six.\n"
    )
    article = parse(dump)
    assert article.paragraphs == ("The ferry sailed at noon.", "It returned at six.")
    assert article.boilerplate == ("Watch the ferry leave the harbour »",)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # Markdown crawls keep a page's lists of links to other stories as link lines.
        ("[Harbour reopens after the storm](https://example.com/a)", True),
        ("* [Ferry fares rise again](https://example.com/b)", True),
        ("- [Tide tables for May](https://example.com/c)", True),
        ("1. [New pier for the old town](https://example.com/d)", True),
        ("* [Ferry fares](https://example.com/b) * [New pier](https://example.com/c)", True),
        # A sentence with a link in it is text.
        ("Read [the council's report](https://example.com/r) before the vote.", False),
        ("[The council](https://example.com/c) voted to close the pier.", False),
    ],
)
def test_a_line_that_is_only_a_markdown_link_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_links_to_other_stories_in_a_markdown_crawl_are_boilerplate() -> None:
    dump = (
        "Harbour News\n\nThe ferry sailed again on Monday after a week in dock.\n\n"
        "[Harbour reopens after the storm](https://example.com/a)\n\n"
        "* [Ferry fares rise again](https://example.com/b)\n"
        "* [New pier for the old town](https://example.com/c)\n"
    )
    article = parse(dump)
    assert article.paragraphs == ("The ferry sailed again on Monday after a week in dock.",)
    assert article.boilerplate == (
        "[Harbour reopens after the storm](https://example.com/a)",
        # The list's lines, each a link of its own, as the page had them.
        "* [Ferry fares rise again](https://example.com/b)",
        "* [New pier for the old town](https://example.com/c)",
    )


# ---------------------------------------------------------------------------------------
# The page's headline and standfirst, or the lede, printed again as the first paragraph.

_LEDE = "The harbour board voted on Monday to close the old pier to cars from June."
_FRONT = (
    '---\ntitle: "Old pier to close to cars"\n'
    'description: "Board says the timber deck cannot take the weight any longer"\n---\n'
)

REPEATED_LEADS = [
    # The headline again, as a paragraph or as bold Markdown.
    ("Old pier to close to cars\n\nOld pier to close to cars\n\n", "Old pier to close to cars"),
    (
        "Old pier to close to cars\n\n**Old pier to close to cars**\n\n",
        "**Old pier to close to cars**",
    ),
    # The standfirst of the front matter, which has no full stop.
    (
        _FRONT + "Board says the timber deck cannot take the weight any longer\n\n",
        "Board says the timber deck cannot take the weight any longer",
    ),
    # The page's bold headline and standfirst on one line, with or without a description.
    (
        _FRONT + "**Old pier to close to cars** **Board says the timber deck cannot take the"
        " weight any longer.**\n\n",
        "**Old pier to close to cars** **Board says the timber deck cannot take the weight"
        " any longer.**",
    ),
    (
        "Old pier to close to cars\n\n**Old pier to close to cars** **Drivers have until"
        " June, the board says**\n\n",
        "**Old pier to close to cars** **Drivers have until June, the board says**",
    ),
    # The lede twice: as the page's description, then as the story's first paragraph.
    (f"Old pier to close to cars\n\n{_LEDE}\n\n", _LEDE),
    # The lede without its dateline, cut short, or as a video's caption with its credit.
    (
        "Old pier to close to cars\n\nThe harbour board voted on Monday to close the old"
        " pier to cars from June.\n\nPORTHAVEN (AP) — ",
        "The harbour board voted on Monday to close the old pier to cars from June.",
    ),
    (
        "Old pier to close to cars\n\nThe harbour board voted on Monday to close the old pi...\n\n",
        "The harbour board voted on Monday to close the old pi...",
    ),
    (
        "Old pier to close to cars\n\nThe harbour board voted on Monday to close the old"
        " pier to cars from June. (June 2) (AP video by Jane Roe)\n\nPORTHAVEN (AP) — ",
        "The harbour board voted on Monday to close the old pier to cars from June."
        " (June 2) (AP video by Jane Roe)",
    ),
]


@pytest.mark.parametrize(("head", "repeat"), REPEATED_LEADS)
def test_a_repeated_headline_standfirst_or_lede_is_boilerplate(head: str, repeat: str) -> None:
    article = parse(f"{head}{_LEDE}\n\nThe work will cost two million pounds.\n")
    assert article.paragraphs == (_LEDE, "The work will cost two million pounds.")
    assert repeat in article.boilerplate


# First paragraphs that share words with the headline, the description or the next
# paragraph, but say something of their own: article text.
LEADS_THAT_STAY = [
    # The page's description is the lede itself, with its full stop: the lede stays.
    (f'---\ntitle: "Old pier to close to cars"\ndescription: "{_LEDE}"\n---\n', ()),
    # A sentence that opens with the headline's words.
    ("Old pier to close to cars\n\nOld pier to close to cars, the board said.\n\n", ()),
    # Short replies, and a sentence that the next paragraph goes on from.
    ("Old pier to close to cars\n\nNo.\n\nNo.\n\n", ("No.", "No.")),
    (
        "Old pier to close to cars\n\nThe board met on Monday.\n\nThe board met on Monday."
        " It voted for the plan.\n\n",
        ("The board met on Monday.", "The board met on Monday. It voted for the plan."),
    ),
    (
        "Old pier to close to cars\n\nIt voted for the plan.\n\nThe board met on Monday."
        " It voted for the plan.\n\n",
        ("It voted for the plan.", "The board met on Monday. It voted for the plan."),
    ),
    # A bold first line that is not the headline.
    ("Old pier to close to cars\n\n**Drivers have until June, the board says**\n\n", None),
]


@pytest.mark.parametrize(("head", "before"), LEADS_THAT_STAY)
def test_a_first_paragraph_of_its_own_stays_text(head: str, before: tuple[str, ...] | None) -> None:
    article = parse(f"{head}{_LEDE}\n\nThe work will cost two million pounds.\n")
    assert article.boilerplate == ()
    if before is not None:
        assert article.paragraphs[: len(before)] == before
    assert article.paragraphs[-2:] == (_LEDE, "The work will cost two million pounds.")


def test_a_repeat_later_in_the_story_stays_text() -> None:
    dump = f"Old pier to close to cars\n\n{_LEDE}\n\nThe board agreed.\n\nThe board agreed.\n"
    assert parse(dump).paragraphs == (_LEDE, "The board agreed.", "The board agreed.")


# ---------------------------------------------------------------------------------------
# A note about the author after the story: the page's author box.

_STORY = (
    "Old pier to close to cars\n\nBy Jane Doe\n\n"
    "The harbour board voted on Monday to close the old pier to cars from June.\n\n"
    "The work will cost two million pounds.\n\n"
)

AUTHOR_BIOS = [
    "Jane Doe is a reporter covering transport for the Harbour Bell. She joined in 2019.",
    "Jane Doe, a senior correspondent, has written about shipping for twenty years.",
    "Jane covers the harbour, the courts and local government.",
    "As Porthaven bureau chief, Jane runs the coverage of the south coast.",
    "Jane Doe has been the paper's harbour editor since 2015.",
]


@pytest.mark.parametrize("bio", AUTHOR_BIOS)
def test_a_note_about_the_author_is_boilerplate(bio: str) -> None:
    article = parse(f"{_STORY}{bio}\n")
    assert article.paragraphs[-1] == "The work will cost two million pounds."
    assert article.boilerplate == (bio,)


def test_the_authors_name_alone_before_the_note_goes_with_it() -> None:
    bio = "Jane Doe is a reporter covering transport for the Harbour Bell."
    article = parse(f"{_STORY}Jane Doe\n\n{bio}\n\nLeave a comment\n")
    assert article.paragraphs[-1] == "The work will cost two million pounds."
    assert article.boilerplate == ("Leave a comment", "Jane Doe", bio)


def test_a_note_about_an_author_named_by_a_closing_credit_line_is_boilerplate() -> None:
    dump = (
        "Old pier to close to cars\n\nThe harbour board voted on Monday to close the pier.\n\n"
        "As harbour correspondent, Jane writes about ferries and fishing.\n\n"
        "Reporting by Jane Doe; Editing by John Roe\n"
    )
    article = parse(dump)
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == ("The harbour board voted on Monday to close the pier.",)


# Sentences that name the author's first name, or another person of the trade: text.
NOT_AUTHOR_BIOS = [
    # Another Jane, a reporter in the story.
    "Jane Roe is a reporter at the court and saw the vote.",
    "Jane said the reporters had left by then.",
    # The author, but nothing about the trade.
    "Jane Doe has lived in Porthaven for ten years.",
    # A role opening the sentence that is not the author's.
    "As a result, Jane has stopped writing to the board.",
    "As harbour master, Jane Roe is a familiar face to reporters.",
]


@pytest.mark.parametrize("line", NOT_AUTHOR_BIOS)
def test_a_sentence_naming_a_person_of_the_trade_stays_text(line: str) -> None:
    article = parse(f"{_STORY}{line}\n")
    assert article.paragraphs[-1] == line
    assert article.boilerplate == ()


def test_a_note_about_the_author_is_text_without_a_byline_or_as_the_first_paragraph() -> None:
    bio = "Jane Doe is a reporter covering transport for the Harbour Bell."
    assert parse(f"Old pier to close to cars\n\nThe pier shut.\n\n{bio}\n").boilerplate == ()
    article = parse(f"Old pier to close to cars\n\nBy Jane Doe\n\n{bio}\n\nThe pier shut.\n")
    assert article.paragraphs == (bio, "The pier shut.")


# Calls to action past the length of other chrome: a first sentence that is one, then
# sentences that speak to the reader or for the outlet.
LONG_CALLS_TO_ACTION = [
    "Support independent harbour journalism while getting something good in return. Enjoy"
    " early access, bonus episodes and ad-free listening from your favourite shows.",
    "Sign up for our free weekly newsletter. Every Friday we send the week's best harbour"
    " stories, the tide tables and the ferry timetable straight to your inbox.",
    "Join our community of harbour watchers. We send one short email a week with the"
    " tides, the ferry news and the best photographs our readers took.",
    "Donate now. Your gift, however small, keeps our reporters on the quays and in the"
    " council chamber, and keeps every story free for everyone to read.",
]

# The same openings in article text, or a call to action glued to a sentence of the story.
LONG_CALL_TO_ACTION_PROSE = [
    "Sign up for our free weekly newsletter. The council meets again on Tuesday to vote on"
    " the plan, which has divided the town for the last two years.",
    "Support for the harbour plan grew over the summer. Our poll found that two in three"
    " residents now back it, up from one in three in the spring.",
    "Please note that the ferry timetable changes on Monday. Boats will leave every forty"
    " minutes instead of every half hour, the operator said.",
    "Follow the coastal path past the lighthouse and you reach the old quay, where the"
    " first ferries tied up more than a century ago.",
]


@pytest.mark.parametrize("line", LONG_CALLS_TO_ACTION)
def test_a_long_call_to_action_is_chrome(line: str) -> None:
    assert len(line.split()) > 20
    assert is_chrome(line)


@pytest.mark.parametrize("line", LONG_CALL_TO_ACTION_PROSE)
def test_a_long_paragraph_opening_like_a_call_to_action_is_text(line: str) -> None:
    assert not is_chrome(line)


# ---------------------------------------------------------------------------------------
# Links to other stories printed in capitals between paragraphs.

_PARAGRAPHS = (
    "The harbour board voted on Monday to close the old pier to cars from June.",
    "The work will cost two million pounds, the board said.",
    "Fishermen said they would still need to reach the slipway by van.",
)


@pytest.mark.parametrize(
    "link",
    [
        "FERRY FARES TO RISE AGAIN NEXT YEAR, OPERATOR WARNS",
        "MAYOR SAYS OLD LIGHTHOUSE WILL STAY OPEN: 'IT IS OUR HISTORY'",
        "FERRY CAPTAIN PULLS SWIMMER FROM THE WATER OFF THE OLD PIER",
    ],
)
def test_a_long_line_in_capitals_between_paragraphs_is_boilerplate(link: str) -> None:
    first, second, third = _PARAGRAPHS
    article = parse(f"Old pier to close to cars\n\n{first}\n\n{link}\n\n{second}\n\n{third}\n")
    assert article.paragraphs == _PARAGRAPHS
    assert article.boilerplate == (link,)


def test_a_short_heading_in_capitals_stays_a_heading() -> None:
    first, second, _ = _PARAGRAPHS
    article = parse(f"Old pier to close to cars\n\n{first}\n\nWHAT HAPPENS NEXT\n\n{second}\n")
    assert [section.heading for section in article.sections] == [None, "WHAT HAPPENS NEXT"]
    assert article.boilerplate == ()


def test_a_story_written_in_capitals_keeps_its_paragraphs() -> None:
    paragraphs = tuple(p.upper() for p in _PARAGRAPHS)
    article = parse("OLD PIER TO CLOSE TO CARS\n\n" + "\n\n".join(paragraphs) + "\n")
    assert article.paragraphs == paragraphs
    assert article.boilerplate == ()


def test_a_wrapped_block_in_capitals_is_text() -> None:
    first, second, third = _PARAGRAPHS
    shouted = "THE BOARD WILL MEET AGAIN ON TUESDAY\nTO DECIDE WHAT THE NEW PIER WILL LOOK LIKE."
    article = parse(f"Old pier to close to cars\n\n{first}\n\n{shouted}\n\n{second}\n\n{third}\n")
    assert article.boilerplate == ()
    assert len(article.paragraphs) == 4


# ---------------------------------------------------------------------------------------
# Links to other stories whose text a Markdown crawl put on a line of its own, next to a
# link without text.

_OWN_STORY = (
    "Old pier to close to cars\n\n"
    "The harbour board voted on Monday to close the old pier to cars from June.\n\n"
    "The work will cost two million pounds.\n\n"
)
_OWN_PARAGRAPHS = (
    "The harbour board voted on Monday to close the old pier to cars from June.",
    "The work will cost two million pounds.",
)

LINK_TEXTS = [
    # The title before its link, which the slug spells; and after it.
    (
        "Ferry fares to rise again next spring\n\n"
        "[](https://example.com/news/ferry-fares-rise-again-next-spring-2024-05-01/)\n",
        ("Ferry fares to rise again next spring",),
    ),
    (
        "* [](https://example.com/news/ferry-fares-rise-again-next-spring-2024-05-01/)\n\n"
        "Ferry fares to rise again next spring\n",
        ("Ferry fares to rise again next spring",),
    ),
    # Titles between links, whatever the slugs say.
    (
        "[](https://example.com/a/lighthouse-1)\n\nKeepers return to the lighthouse at last\n\n"
        "[](https://example.com/b/market-2)\n\nFish market moves to the east quay\n\n"
        "[](https://example.com/c/pool-3)\n",
        ("Keepers return to the lighthouse at last", "Fish market moves to the east quay"),
    ),
    # A story card: its link, its section and date, then its summary.
    (
        "* [](https://example.com/world/harbour-board-shuts-old-pier-to-cars-2024-05-03/)\n\n"
        "World · May 3, 2024 · 10:15 AM UTC · 2 min ago\n\n"
        "The harbour board shut the old pier to cars on Friday, ending a century of traffic"
        " on the timber deck, its chair said.\n",
        (
            "World · May 3, 2024 · 10:15 AM UTC · 2 min ago",
            "The harbour board shut the old pier to cars on Friday, ending a century of"
            " traffic on the timber deck, its chair said.",
        ),
    ),
]


@pytest.mark.parametrize(("tail", "texts"), LINK_TEXTS)
def test_the_text_of_a_link_without_text_is_boilerplate(tail: str, texts: tuple[str]) -> None:
    article = parse(_OWN_STORY + tail)
    assert article.paragraphs == _OWN_PARAGRAPHS
    assert set(texts) <= set(article.boilerplate)


def test_link_texts_stay_in_the_pages_order_among_the_links() -> None:
    tail = (
        "Ferry fares to rise again next spring\n\n"
        "[](https://example.com/news/ferry-fares-rise-again-next-spring-2024-05-01/)\n\n"
        "Keepers return to the lighthouse at last\n\n"
        "[](https://example.com/news/keepers-return-lighthouse-2024-05-02/)\n"
    )
    article = parse(_OWN_STORY + tail)
    assert article.boilerplate == tuple(line for line in tail.split("\n") if line)


LINK_NEIGHBOURS_THAT_STAY = [
    # A story paragraph beside an embed link whose slug does not spell it.
    "[](https://example.com/embed/video-12345)\n\nThe board will meet again on Tuesday.\n",
    # A sentence between two links.
    "[](https://example.com/a/lighthouse-1)\n\nThe board will meet again on Tuesday.\n\n"
    "[](https://example.com/b/market-2)\n",
    # A title beside one link only, not spelled by its slug.
    "[](https://example.com/a/lighthouse-keepers-1)\n\nWhat the board decided\n\n"
    "The board will meet again on Tuesday.\n",
]


@pytest.mark.parametrize("tail", LINK_NEIGHBOURS_THAT_STAY)
def test_text_beside_a_link_without_text_stays_when_nothing_ties_it_to_the_link(
    tail: str,
) -> None:
    article = parse(_OWN_STORY + tail)
    assert "The board will meet again on Tuesday." in article.paragraphs
    assert all(line.startswith("[](") for line in article.boilerplate)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("World · May 3, 2024 · 10:15 AM UTC · 2 min ago", True),
        ("Harbour news · 3 May 2024 · 4 min read", True),
        # A byline and its date, a list of things, a date with its time: not a card's facts.
        ("Jane Doe · May 3, 2024", False),
        ("Ferries · buses · trams", False),
        ("May 3, 2024 · 10:15 AM", False),
        ("The vote · what it means for the harbour · 10:15 AM", False),
    ],
)
def test_a_story_cards_section_and_date(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


# Reading aids, promotions and lists of other stories printed between paragraphs; archive
# notices, comment counts, video players' labels; labelled captions (BBC pages).
READING_AIDS = [
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Skip Advertisement",
    "Share full article",
    "Story continues",
    "To top of page",
    "-logo",
    "Harbour Gazette logo",
    "Sponsored Links",
    "Add to favorites",
    "Follow Harbour Radio on Facebook",
    "The Coast Gazette is not responsible for the content of external sites.",
    "Sign in to manage your account",
    "Top Stories",
    "Related Topics",
    "Editor's Picks",
    "You May Like",
    "This article is more than 2 years old",
    "This story is more than a year old",
    "12 Comments",
    "No Comments",
    "No comments yet",
    "Comments (1,204)",
    "View all 38 comments",
    "Video Duration 02 minutes 31 seconds",
    "Image caption, Passengers queue for the first ferry at the east quay",
    "Media caption, Watch: the ferry leaves the harbour for the last time",
]

READING_AID_PROSE = [
    "The council received 12 comments on the plan, most of them against it.",
    "No comments were made by the minister after the vote.",
    "Story continues to unfold in the harbour, the mayor said.",
    "To top it off, the ferry was late again on Monday.",
    "The council unveiled a new logo for the harbour on Monday.",
    "Follow the river on foot for an hour and you reach the pier.",
    "The council is not responsible for the content of the report, its leader said.",
    "Her story is more than a decade old, she said, but nobody listened.",
    "Top stories in the harbour this week were the fares and the new pier.",
    "The image caption in the brochure named the wrong ferry, the operator said.",
    "The video lasted two minutes and 31 seconds.",
]


@pytest.mark.parametrize("line", READING_AIDS)
def test_reading_aids_and_labelled_captions_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", READING_AID_PROSE)
def test_sentences_with_the_words_of_reading_aids_are_text(line: str) -> None:
    assert not is_chrome(line)


def test_a_bbc_image_source_line_gives_the_credit_and_its_caption_is_set_aside() -> None:
    dump = (
        "Ferry fares rise again\n\nThe ferry fares rose again on Monday, the operator said.\n\n"
        "Image source, Harbour Photos\n\n"
        "Image caption, Passengers queued at the east quay on Monday\n\n"
        "The rise is the third this year.\n"
    )
    article = parse(dump)
    assert article.photo_credit == "Harbour Photos"
    assert article.paragraphs == (
        "The ferry fares rose again on Monday, the operator said.",
        "The rise is the third this year.",
    )
    assert article.boilerplate == ("Image caption, Passengers queued at the east quay on Monday",)


def test_a_players_caption_button_before_the_credit_and_an_ads_marker() -> None:
    dump = (
        "Harbour cranes return after ten years\n\n"
        "The cranes came back on Monday, the port said.\n\n"
        "toggle caption Jon Pell/Harbour Photo Agency\n\n"
        "Sponsor Message\n\n"
        "The port will hire twenty crane drivers, it said.\n"
    )
    article = parse(dump)
    assert article.photo_credit == "Jon Pell/Harbour Photo Agency"
    assert article.boilerplate == ("Sponsor Message",)
    assert [section.heading for section in article.sections] == [None]


def test_link_texts_and_a_line_in_capitals_in_one_body() -> None:
    # The link texts leave the body first; the line in capitals is found all the same.
    tail = (
        "Ferry fares to rise again next spring\n\n"
        "[](https://example.com/news/ferry-fares-rise-again-next-spring-2024-05-01/)\n\n"
    )
    shouted = "FERRY CAPTAIN PULLS SWIMMER FROM THE WATER OFF THE OLD PIER"
    first, second = _OWN_PARAGRAPHS
    article = parse(f"Old pier\n\n{first}\n\n{tail}{second}\n\n{shouted}\n\nIt rained.\n")
    assert article.paragraphs == (first, second, "It rained.")
    assert shouted in article.boilerplate


def _has_top_level_bar(pattern: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


@pytest.mark.parametrize(
    "table", [CHROME_PATTERNS, tuple(CHROME_ANYWHERE_PATTERNS)], ids=["patterns", "hints"]
)
def test_chrome_patterns_have_no_top_level_alternation(table: tuple[str, ...]) -> None:
    """chrome._by_first_letter groups patterns by their first letter ("s(?:ign|hare)"),
    which is only right when no pattern holds a "|" outside brackets."""
    assert [p for p in table if _has_top_level_bar(p)] == []
    assert _has_top_level_bar("ab|cd") and not _has_top_level_bar("(ab|cd)[|]")


@pytest.mark.parametrize(
    "line", ["Watch the vote »", "Home | Watch the vote »", "More on the harbour »"]
)
def test_guillemet_links_are_chrome_alone_and_in_a_menu(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Islanders at the pier. Composite: Design Desk; Jon Roe/Getty Images",
            "Islanders at the pier.",
            "Design Desk; Jon Roe/Getty Images",
        ),
        ("The pier at dawn. Illustration: Design Desk", "The pier at dawn.", "Design Desk"),
        # A dot inside a word is a handle's, not a sentence's end.
        ("The pier. Photograph: JR.Photo_Studio/Example", "The pier.", "JR.Photo_Studio/Example"),
        # A wire's own form, also for a picture from its files.
        ("Cranes at the quay. (AP Photo/Leo Park)", "Cranes at the quay.", "AP Photo/Leo Park"),
        (
            "Cranes at the quay in 2019. (AP Photo/Leo Park, File)",
            "Cranes at the quay in 2019.",
            "AP Photo/Leo Park, File",
        ),
        # A wire's feed names the photographer.
        (
            "Cranes at the east quay. Photographer: Leo Park/Example News",
            "Cranes at the east quay.",
            "Leo Park/Example News",
        ),
        # A paper's photographer, or one on commission for it.
        (
            "Cranes at the quay. (Leo Park/For The Harbour Post)",
            "Cranes at the quay.",
            "Leo Park/For The Harbour Post",
        ),
        (
            "Cranes at the quay. (Leo Park/The Harbour Post)",
            "Cranes at the quay.",
            "Leo Park/The Harbour Post",
        ),
        # A business channel's form: the photographer, the agency, the picture library.
        (
            "Cranes at the quay. Leo Park | Harbour Agency | Getty Images",
            "Cranes at the quay.",
            "Leo Park | Harbour Agency | Getty Images",
        ),
        # Chinese "photographed by", with a wire's word for its reporter, in brackets.
        ("市民在港口参观新码头。林小明 摄", "市民在港口参观新码头。", "林小明"),
        (
            "市民在港口参观新码头。（新华社记者 林小明、王大海 摄）",
            "市民在港口参观新码头。",
            "新华社记者 林小明、王大海",
        ),
    ],
)
def test_composite_and_illustration_credits(line: str, caption: str, credit: str) -> None:
    assert read_caption(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The vote split the council (left/the rest) on Monday.",
        "The crews (day/the night) rest.",
        "他说这个摄影展很好。",  # "he said the photo show was good": "摄" inside a word
    ],
)
def test_a_slash_in_brackets_inside_a_sentence_is_no_credit(line: str) -> None:
    assert read_caption(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # An embedded post's signature and its text ending in its picture's link.
        "— Jane Doe (@janedoe) May 2, 2031",
        "- Jane Doe (@janedoe) 2 de mayo de 2031",
        '"We won today, and I thought… pic.twitter.com/8jvLWaaB2J',
        # A call to sign up, a dead video player, a crawler's note where no story was.
        "Sign up for our morning newsletter and get the headlines in your inbox.",
        "This video can not be played",
        "Sorry, I could not find the article content for this headline.",
    ],
)
def test_embedded_posts_calls_to_sign_up_dead_players_and_crawler_notes_are_chrome(
    line: str,
) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor (@harbourmayor) said on Monday that the pier would reopen in 2031.",
        "See pic.twitter.com/abc123 for the picture, he said.",
    ],
)
def test_a_handle_or_picture_link_inside_a_sentence_is_text(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "picture",
    [
        "![The ferry at dusk](https://example.com/ferry.jpg)",
        '![](https://example.com/ferry.jpg "At dusk")',
        "[![The ferry](https://example.com/ferry.jpg)](https://example.com/gallery)",
    ],
)
def test_a_markdown_picture_alone_is_no_paragraph(picture: str) -> None:
    article = parse(f"Ferry service returns\n\n{picture}\n\nThe ferry ran again on Monday.\n")
    assert article.boilerplate == (picture,)
    assert article.paragraphs == ("The ferry ran again on Monday.",)


def test_a_markdown_picture_inside_a_paragraph_stays_in_it() -> None:
    text = "The ferry ran ![a boat](https://example.com/b.jpg) again on Monday."
    assert parse(f"Ferry service returns\n\n{text}\n").paragraphs == (text,)


@pytest.mark.parametrize(
    ("heading", "credit"), [("Des images", None), ("Getty Images", "Getty Images")]
)
def test_a_short_line_ending_in_images_is_a_credit_only_as_a_name(
    heading: str, credit: str | None
) -> None:
    """ "Getty Images" names an agency; "Des images" ("Some pictures") heads a section."""
    long = "Le texte parle des machines et de leur histoire, ligne après ligne, sans fin. " * 2
    article = parse(f"Le jardin\n\n{long}\n{heading}\n{long}\n")
    assert article.photo_credit == credit


@pytest.mark.parametrize(
    "promo", ["Read the Harbour Courier on Telegram.", "Читайте Вестник в Telegram."]
)
def test_a_promotion_run_onto_the_storys_last_sentence_is_boilerplate(promo: str) -> None:
    story = "The council voted on Tuesday to raise ferry fares by ten percent."
    article = parse(f"Ferry fares to rise\n\nThe vote was close.\n\n{story}  {promo}\n")
    assert article.paragraphs == ("The vote was close.", story)
    assert article.boilerplate == (promo,)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # A Korean portal's page: copyright lines, its font-size widget and sample text,
        # its link out to the outlet, its chat room under the story.
        ("ⓒ 동해일보 & dh.example, 무단전재 및 재배포 금지", True),
        ("<저작권자 ⓒ 동해뉴스, 무단 전재-재배포 금지>", True),
        ("동해뉴스 무단전재 및 재배포 금지", True),
        ("이 글자크기로 변경됩니다.", True),
        ("(예시) 동해뉴스를 만나보세요. 다양한 소식을 전합니다.", True),
        ("해당 언론사로 연결됩니다.", True),
        ("이 기사에 대해 의견을 나눠보세요. 톡방 종료까지 00:00:00 남았습니다.", True),
        # Sentences about copyright: "The rights holders sued", "He said a law banning
        # reproduction without permission was needed."
        ("저작권자들은 법원에 소송을 냈다고 밝혔다.", False),
        ("그는 무단 전재를 금지하는 법이 필요하다고 말했다.", False),
    ],
)
def test_a_korean_portals_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("<!--more-->", True),  # a blog's excerpt marker
        ("<!-- wp:paragraph -->", True),
        ("<!-- a --> text <!-- b -->", False),  # text between two comments
        ("The <!-- tag --> was left.", False),
    ],
)
def test_an_html_comment_alone_is_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # An audio player's button and the reading time, in other languages.
        ("Escucha este artículo", True),
        ("Écouter cet article", True),
        ("Artikel anhören", True),
        ("Lesezeit: 3 Minuten", True),
        ("Tiempo de lectura: 3 min", True),
        ("Temps de lecture : 4 min.", True),
        # Sentences with the same words.
        ("Lesezeit ist für viele Leser wichtig.", False),
        # A wire's editors' initials closing the story (Bulgaria's BTA).
        ("/МК/", True),
        ("/JT, RS/", True),
        ("and/or", False),
        ("Escucha este artículo y dime qué piensas, dijo ella.", False),
    ],
)
def test_audio_buttons_and_reading_times_in_other_languages(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # A page's breadcrumb trail, its ticker's label, its share buttons with counts.
        ("You are here: News Home  »  City  » Eastvik", True),
        ("Home / Eastvik / Ferry fares frozen for the winter", True),
        ("Home » National » Ferry fares frozen", True),
        ("Breaking News:", True),
        ("Email 0", True),
        ("Share 12 Tweet 3", True),
        ("My Saved articles", True),
        # Prose with the same words.
        ("Home is where the ferry docks, she said.", False),
        ("Share 0 of the profits, the union asked.", False),
        ("Email 2031 budget plans to the council", False),
    ],
)
def test_breadcrumbs_ticker_labels_and_counted_share_buttons(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # A share widget's buttons as text, a reading time behind "<".
        ("facebook sharing button", True),
        ("whatsapp sharing button", True),
        ("< 1 MIN READ", True),
        ("The harbour's sharing button broke", False),
        # Pointers to the whole story and a press release's media.
        ("Read Full Article at Harbourpost.example", True),
        ("Read or Share this story: https://example.test/2fcLZ18", True),
        ("View original content to download multimedia:https://example.test/release.html", True),
        ("Most Read from Harbour Post", True),
        # A newsletter box's promise, thanks and error.
        ("Get instant access to breaking news, in-depth reviews and helpful tips.", True),
        ("Thank you for signing up to Harbour Post. You will receive an email shortly.", True),
        ("There was a problem. Please refresh the page and try again.", True),
        # A site's footer links and a video player's buttons.
        ("Reuse this content", True),
        ("Explore more on these topics", True),
        ("Work for us", True),
        ("Skip Ad", True),
        ("No summary available", True),
        ("Website accessibility", True),
        ("This offer is currently unavailable.", True),
        # A disclaimer on contributors' views, however long.
        (
            "Disclaimer: The views and investment tips expressed by experts on Example.test are "
            "their own and not those of the website or its management. Readers are advised to "
            "check with certified experts before taking any investment decisions.",
            True,
        ),
        # Prose that opens alike.
        ("Thank you for the ferry, she said.", False),
        ("Most read the report before the vote.", False),
    ],
)
def test_more_buttons_pointers_and_boxes_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome
