"""Facts of the real-world layout fixtures (issue 5), written from reading each fixture.

Each ``fixtures/0NN_<what>.txt`` from 020 up reproduces one convention scrapers produce, in
words written for the project. A row says what a careful reader takes from the fixture;
the golden JSON pins every other detail. Keys are those of ``test_fixtures_facts`` plus
``boilerplate`` (page lines that are not article text), ``highlights``, ``summary``,
``publication``, ``dateline``, ``photo_caption`` and ``paragraphs`` ({index: prefix}).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from articlecli import parse
from test_fixtures_facts import observe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Every fixture here has no URL unless it says so: a missing-url warning is expected.
LAYOUT_FACTS: dict[str, dict[str, Any]] = {
    "020_labelled_mixed_case": {
        # Labels in any case, with ":" or " - "; "Photo credit:" with no value is absent.
        "headline": "Night Buses Return to the Valley Line",
        "authors": ["Orla Byrne"],
        "date": "2025-03-14",
        "url": "https://valleytimes.example/2025/03/14/night-buses",
        "publication": "The Valley Times",
        "summary": "Late services resume after a two-year pause.",
        "photo_credit": None,
        "paragraph_counts": [3],
        "paragraphs": {0: "The regional transport board will run night buses"},
        "boilerplate": [],
        "warnings": [],
    },
    "021_front_matter_unknown_date": {
        # A page title "Headline | Site": the site is the publication. "date: unknown" is
        # no date (so a missing-date warning), not an unreadable one.
        "headline": "Council Approves New Skate Park",
        "publication": "Riverside Courier",
        "authors": ["Tom Hale"],
        "date": None,
        "url": "https://riversidecourier.example/news/skate-park",
        "boilerplate": ["word_count: 112"],
        "paragraph_counts": [2],
        "warnings": [("missing-date", None)],
    },
    "022_publication_line": {
        "publication": "THE HIGHLAND GAZETTE",
        "headline": "Sheep Farmers Welcome a Drier Spring",
        "authors": ["Callum Reid"],
        "date": "2025-04-22",
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "023_dateline_reuters": {
        # "Reporting by X; Editing by Y" closes a wire story: it credits the reporter (the
        # author, since no byline names one) and is not a paragraph or a heading.
        "headline": "Norway Opens Bidding for Offshore Wind Sites",
        "date": "2025-03-03",
        "dateline": "OSLO",
        "agencies": ["Reuters"],
        "authors": ["Ingrid Solberg"],
        "headings": [None],
        "paragraph_counts": [2],
        "paragraphs": {0: "Norway opened bidding on Monday"},
        "warnings": [("missing-url", None)],
    },
    "024_dateline_cnn_double_dash": {
        "headline": "Storm Cuts Power to Coastal Towns",
        "authors": ["Dana Whitfield"],
        "agencies": ["CNN"],
        "dateline": "HALIFAX",
        "date": "2025-01-14",
        "paragraph_counts": [2],
        "paragraphs": {0: "Thousands of homes along the coast"},
        "warnings": [("missing-url", None)],
    },
    "025_dateline_region_em_dash": {
        # "Reporting from Gdansk" names a place, not a person: boilerplate, not a heading.
        "headline": "Shipyard Workers Vote to End Strike",
        "authors": ["Piotr Zielinski"],
        "agencies": [],
        "dateline": "GDANSK, Poland",
        "date": "2025-06-02",
        "headings": [None],
        "paragraph_counts": [2],
        "paragraphs": {0: "Workers at the city's largest shipyard"},
        "boilerplate": ["Reporting from Gdansk"],
        "warnings": [("missing-url", None)],
    },
    "026_wrapped_with_blank_lines": {
        "headline": "Town Plants a Thousand Trees Along Its River",
        "authors": ["Helen Moss"],
        "date": "2025-09-09",
        "headings": [None, "Why the river"],
        "paragraph_counts": [2, 1],
        "paragraphs": {
            0: "Volunteers planted a thousand young trees along the banks of the river Lent on "
            "Saturday, the largest planting the town has seen in a generation.",
        },
        "warnings": [("missing-url", None)],
    },
    "027_wrapped_no_blank_lines": {
        # No blank lines: a paragraph ends where a sentence ends and the next word would
        # have fitted on the line (the writer broke it, not the wrapper).
        "headline": "Bakery Chain Opens Its First Shop in the North",
        "authors": ["Rui Matos"],
        "date": "2025-10-01",
        "paragraph_counts": [3],
        "paragraphs": {
            1: "A queue had formed outside before the doors opened at seven.",
        },
        "warnings": [("missing-url", None)],
    },
    "028_two_line_byline": {
        # The second line names the writer's employer; the byline keeps both lines.
        "headline": "Reservoir Levels Fall Below Half",
        "byline": "MARTA KOWALSKI, HERALD STAFF WRITER",
        "authors": ["Marta Kowalski"],
        "date": "2025-07-30",
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "029_byline_pipe": {
        "headline": "Museum Returns Carved Door to Village",
        "authors": ["Lucia Romano"],
        "agencies": [],
        "date": "2025-05-05",
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "030_date_time_lines": {
        "headline": "Rail Strike Called Off After Late Talks",
        "authors": ["Ahmed Farouk"],
        "date": "2025-01-02T12:03:00",
        "updated": None,
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "031_date_updated_one_line": {
        "headline": "Port Reopens After Fog Delays Ferries",
        "authors": ["Grace Liu"],
        "date": "2025-02-09T22:01:00+00:00",
        "updated": "2025-02-10T01:00:00+00:00",
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "032_caption_photograph": {
        # The first caption is the article's photo; later captions are page furniture.
        "headline": "Fishermen Protest New Quotas",
        "photo_caption": "Trawlers line the quay during the protest in Killbeg.",
        "photo_credit": "Niall Burke/AP",
        "paragraph_counts": [2],
        "boilerplate": [
            "Police boats wait at the harbour mouth. [Aoife Kerr/Reuters]",
            "A crowd watches from the pier. Colm Reddy\u2014Getty Images",
            "Boats return to port. (Getty Images)",
        ],
        "warnings": [("missing-url", None)],
    },
    "033_caption_reuters_hide": {
        "headline": "Volcano Calms After Week of Eruptions",
        "photo_caption": "Steam rises over the lava field near the town of Vik.",
        "photo_credit": "REUTERS/Jon Halldorsson",
        "paragraph_counts": [2],
        "warnings": [("missing-url", None)],
    },
    "034_page_chrome": {
        "headline": "Library Adds Sunday Opening",
        "authors": ["Kate Morrow"],
        "date": "2025-04-04",
        "paragraph_counts": [2],
        "boilerplate": [
            "Skip to main content",
            "Home",
            "Menu",
            "Search",
            "Share",
            "Print",
            "Advertisement",
            "Sign up here.",
            "We use cookies to improve your experience on our site.",
            "Copyright 2025 Eastfield Post. All rights reserved.",
        ],
        "warnings": [("missing-url", None)],
    },
    "035_cnn_story_highlights": {
        # The editor's note stays the first paragraph (it is text the outlet published and
        # the reader sees first); the dateline is read from the paragraph after it.
        "headline": None,
        "highlights": [
            "Fire destroys warehouse of old film reels near Rome",
            "Archivists fear early silent films are lost",
        ],
        "dateline": "ROME, Italy",
        "agencies": ["CNN"],
        "paragraph_counts": [3],
        "paragraphs": {
            0: "Editor's note: This story contains details",
            1: "A fire destroyed a warehouse",
        },
        "warnings": [
            ("missing-headline", None),
            ("missing-date", None),
            ("missing-byline", None),
            ("missing-url", None),
        ],
    },
    "036_xsum_markers": {
        "headline": None,
        "url": "http://www.bbc.co.uk/news/uk-scotland-00000001",
        "summary": "A ferry that broke down off the west coast has been towed back to port.",
        "paragraph_counts": [3],
        "warnings": [
            ("missing-headline", None),
            ("missing-date", None),
            ("missing-byline", None),
        ],
    },
    "037_cp1252_crlf_stray_cr": {
        "headline": "Caf\u00e9 Owner Wins Award for Cr\u00e8me Br\u00fbl\u00e9e",
        "authors": ["Ren\u00e9 Fauvel"],
        "date": "2025-06-03",
        "paragraph_counts": [2],
        "quotes": [("I use my grandmother\u2019s recipe", "Am\u00e9lie Roux")],
        "warnings": [("missing-url", None), ("encoding-fallback", 1)],
    },
    "038_nbsp_zero_width_rtl": {
        "headline": "\u05d4\u05e2\u05d9\u05e8\u05d9\u05d9\u05d4 \u05e4\u05d5\u05ea\u05d7\u05ea "
        "\u05e1\u05e4\u05e8\u05d9\u05d9\u05d4 \u05d7\u05d3\u05e9\u05d4",
        "authors": ["Noa Levi"],
        "date": "2025-03-20",
        "paragraph_counts": [2],
        "paragraphs": {0: "The city opened a new library in its north-east district"},
        "warnings": [("missing-url", None)],
    },
    "039_body_only": {
        "headline": None,
        "authors": [],
        "date": None,
        "url": None,
        "paragraph_counts": [2],
        "warnings": [
            ("missing-headline", None),
            ("missing-date", None),
            ("missing-byline", None),
            ("missing-url", None),
        ],
    },
    "040_markdown_crawl_page_repeats": {
        # A Markdown crawl of a page: the page repeats its headline and standfirst in bold,
        # prints a link to another story in capitals, a call to action past twenty words,
        # the author's note and a list of other stories (links without text, with their
        # titles and a card's facts and summary on lines of their own). None of it is text.
        "headline": "Harbour board shuts old pier to cars",
        "authors": ["Tom Reyes"],  # from the closing "Reporting by" credit
        "date": "2025-06-02",
        "url": "https://coastledger.example/2025/06/02/old-pier-shut-to-cars",
        "publication": "Coast Ledger",
        "summary": "Timber deck can no longer take the weight, engineers say",
        "photo_credit": "Nell Varga/Coast Ledger",
        "photo_caption": "Cars queue at the entrance to the old pier on Sunday.",
        "dateline": "PORTHAVEN",
        "paragraph_counts": [4],
        "paragraphs": {0: "The harbour board voted on Monday", 3: "Fishermen who use the slipway"},
        "boilerplate": [
            "Skip to main content",
            "Support independent coastal journalism while getting something good in return."
            " Enjoy early access, members' events and an ad-free site from your favourite"
            " local newsroom.",
            "Lighthouse keepers return after twenty years",
            "[](https://coastledger.example/2025/05/30/lighthouse-keepers-return-after-twenty-years/)",
            "* [](https://coastledger.example/2025/06/01/fish-market-moves-east-quay/)",
            "Local · June 1, 2025 · 9:40 AM · 5 min read",
            "The fish market will move to the east quay next spring, the council said, freeing"
            " the old market hall for a museum.",
            "FERRY CAPTAIN PULLS SWIMMER FROM THE WATER OFF THE OLD PIER",
            "**Harbour board shuts old pier to cars** **Timber deck can no longer take the"
            " weight, engineers say**",
            "As harbour correspondent, Tom writes about ferries, fishing and the coast guard.",
            "Reporting by Tom Reyes; Editing by Ana Lind",
        ],
        "warnings": [],
    },
    "041_date_from_url": {
        # "date: unknown" and no date line: the day in the URL's path dates the article
        # (no missing-date warning). "| Travel |" is the site's section, not the headline.
        "headline": "Night trains return to the coast line",
        "publication": "The Example Herald",
        "authors": [],
        "date": "2026-03-07",
        "url": "https://www.example-herald.co.uk/travel/2026/mar/07/night-trains-return-coast-line",
        "paragraph_counts": [3],
        "quotes": [("People told us they missed waking up by the sea", "Maria Lind")],
        "warnings": [("missing-byline", None)],
    },
    "042_kicker_bare_name_teasers": {
        # Section labels above the headline ("Environment", "Analysis"); the author's name
        # alone between the headline and the date (a linked name, without "By"); the time
        # written "06.00 GMT"; a row of share buttons; "Most viewed" and its list of titles.
        "headline": "Harbour council votes to close the old ferry pier",
        "authors": ["Marta Lindqvist"],
        "date": "2025-03-04T06:00:00+00:00",
        "paragraph_counts": [3],
        "quotes": [
            ("We had no choice", "council leader Tomas Berg"),
            ("The pier is older than any of us.", "council leader Tomas Berg"),
        ],
        "boilerplate": [
            "Environment",
            "Analysis",
            "Share",
            "Facebook",
            "Twitter",
            "Email",
            "Most viewed",
            "Snow expected in the hills by Friday",
            "Local bakery wins national bread prize",
            "Why the night ferry stopped running",
        ],
        "warnings": [("missing-url", None)],
    },
    "043_cookie_banner_posted_by": {
        # A cookie banner longer than other chrome opens the page; the date and the byline
        # share a line, date first ("Posted on ... by ..."); a feedback widget, a newsletter
        # appeal and a government-site banner close it.
        "headline": "Storm knocks out power to thousands in the county",
        "authors": ["Ana Ruiz"],
        "date": "2024-11-14",
        "paragraph_counts": [2],
        "paragraphs": {1: "Crews from three towns worked through the night"},
        "boilerplate": [
            "We use cookies to give you the best experience on our website. By continuing to"
            " browse, you agree to our use of cookies and to our privacy policy.",
            "Accept all",
            "Was this article helpful?",
            "Yes No",
            "Subscribe to our newsletter for the latest county news delivered to your inbox.",
            "Here's how you know",
            "Copyright © 2024 County Herald. All rights reserved.",
        ],
        "warnings": [("missing-url", None)],
    },
    "044_content_label_byline_of_outlet": {
        # "Content:" alone, then the page's text, which opens with the byline ("of" the
        # outlet the reporter writes for) and the date; "Related Stories" and its list.
        "headline": "Drought forces water limits in three valley towns",
        "authors": ["Peter Okafor"],
        "agencies": ["The Valley Courier"],
        "date": "2025-07-09T12:30:00",
        "paragraph_counts": [3],
        "paragraphs": {0: "Three towns in the upper valley", 2: "Residents who ignore"},
        "boilerplate": [
            "Related Stories",
            "- Farmers ask for drought aid",
            "- Reservoir levels fall again",
            "- Valley towns share one water truck",
        ],
        "warnings": [("missing-url", None)],
    },
    "045_menu_title_bar_standfirst": {
        # A page's menu above its title bar ("Headline - Site"), the standfirst under it,
        # a caption with its credit on the next line, a row of marks, a call for tips and
        # a "Most read" list.
        "headline": "River keeps rising as valley towns move to higher ground",
        "publication": "The Valley Times",
        "summary": "Families in three towns were told to leave their homes before the weekend.",
        "authors": ["Ana Ruiz", "Tom Hale", "Jo Bright"],
        "date": "2025-03-08",
        "photo_caption": "Volunteers fill sandbags outside the school gym in Millbrook.",
        "photo_credit": "Lena Ortiz / Valley Times via AP",
        "paragraph_counts": [3],
        "paragraphs": {0: "The river rose another half metre", 2: "Buses will leave"},
        "boilerplate": [
            "Live",
            "Floods",
            "Recap",
            "Elections",
            "* * *",
            "Story tips: newsdesk@valleytimes.example",
            "Most read",
            "Snow closes the mountain pass again",
            "Bakery wins regional bread prize",
        ],
        "warnings": [("missing-url", None)],
    },
    "046_decorated_labels_meta_row": {
        # Fields named by labels between "=" rules, and a row of facts parted by bars: the
        # section, the credit (the reporter is the author, the editor is not) and the
        # update time, the page's only date and so the article's too. "===META===" names
        # no field: set aside, as are the section's name and the script's error.
        "headline": "Council delays vote on harbour parking fees",
        "authors": ["Ravi Menon"],
        "date": "2025-03-09T14:05:00",
        "updated": "2025-03-09T14:05:00",
        "paragraph_counts": [2],
        "boilerplate": ["===META===", "Politics", "Something went wrong. Please try again."],
        "warnings": [("missing-url", None)],
    },
    "047_page_menus_forms_link_list": {
        # A whole page: chrome, then the menu, above the headline; share buttons, an ad, a
        # sign-up form line by line, a "More from News" list with its titles under it
        # (no blank lines between) and the footer are all set aside.
        "headline": "Harbour ferry fares frozen for winter",
        "summary": "Board cites cost of living as islanders welcome the move",
        "authors": ["Lena Ortiz"],
        "date": "2024-03-04",
        "photo_caption": "Passengers board the morning ferry.",
        "photo_credit": "Jane Doe/Example Press",
        "paragraph_counts": [3],
        "paragraphs": {2: '"We heard the islanders loud and clear,"'},
        "boilerplate": [
            "Skip to main content",
            "Menu",
            "Search",
            "Sign in",
            "Subscribe",
            "Home",
            "News",
            "Sport",
            "Business",
            "Climate",
            "Local News",
            "Share",
            "Share on Facebook",
            "Share on X",
            "Copy link",
            "Advertisement",
            "Sign up for our daily newsletter",
            "Enter your email",
            "Subscribe",
            "More from News",
            "Bridge toll plan shelved",
            "Museum wins heritage grant",
            "Council approves cycle lanes",
            "About us",
            "Contact us",
            "Terms of use",
            "Privacy policy",
            "Cookie settings",
            "© 2024 Example Press Ltd. All rights reserved.",
        ],
        "warnings": [("missing-url", None)],
    },
    "048_extractor_printout": {
        # What an article extractor prints: a Python list of authors, a date at midnight
        # (as printed), its own labels (set aside), then "Text:".
        "headline": "Harbour ferry fares frozen for winter",
        "authors": ["Lena Ortiz", "Tomas Reyes"],
        "date": "2024-10-02T00:00:00",
        "url": "https://news.example.org/local/ferry-fares",
        "summary": "The harbour board froze ferry fares.",
        "paragraph_counts": [2],
        "boilerplate": [
            "Top Image: https://news.example.org/img/ferry.jpg",
            "Keywords: ['ferry', 'fares', 'harbour']",
        ],
        "warnings": [],
    },
    "049_korean_wire_story": {
        # A Korean wire story: posted and updated times on one line ("입력 ... 수정 ..."),
        # the wire's lead-in "(place=agency) name 기자 =" on the first paragraph, a caption
        # with "/사진=agency", the reporter's address alone at the end.
        "headline": "항구 여객선 요금 겨울까지 동결",
        "authors": ["김하늘"],
        "agencies": ["연합뉴스"],
        "date": "2024-03-04T10:20:00",
        "updated": "2024-03-04T11:05:00",
        "photo_caption": "승객들이 아침 여객선에 오르고 있다.",
        "photo_credit": "연합뉴스",
        "paragraph_counts": [2],
        "paragraphs": {0: "부산항만공사는 4일"},
        "boilerplate": ["sky@example.co.kr", "(부산=연합뉴스) 김하늘 기자 ="],
        "warnings": [("missing-url", None)],
    },
    "050_vietnamese_date_caption": {
        # A Vietnamese weekday says the date is day first (4 March); "Ảnh:" labels the
        # caption's credit.
        "headline": "Giá vé phà được giữ nguyên đến hết mùa đông",
        "date": "2024-03-04T10:20:00+07:00",
        "photo_caption": "Hành khách lên phà buổi sáng.",
        "photo_credit": "Minh Anh",
        "paragraph_counts": [2],
        "boilerplate": [],
        "warnings": [("missing-byline", None), ("missing-url", None)],
    },
    "051_markdown_crawl_menus_title_twice": {
        # A Markdown crawl of a page: its title "Headline | Site" on top, nested menus,
        # then the headline again as an H1 (a repeat, set aside), the standfirst over
        # "Written by" / linked name / job title, a labelled date; link lists under
        # "## Related articles" and "## Contact us" at the end.
        "headline": "Oil slips as stocks build",
        "publication": "Example Markets",
        "summary": "Crude prices eased on Monday after a third weekly rise in inventories.",
        "authors": ["Jane Doe"],
        "date": "2024-03-04T10:20:00",
        "paragraph_counts": [2],
        "paragraphs": {0: "Oil prices slipped on Monday"},
        "warnings": [("missing-url", None)],
    },
    "052_blog_repost_of_wire_story": {
        # A blog's post copying a wire story: front matter (a kicker in the title, a
        # placeholder author, the blog's own keys), the story's link under it whose text
        # is the headline, its picture; the closing "Reporting by" names the author.
        "headline": "\U0001f525 [Transport] Norland ferries cut fares for the winter",
        "byline": "Staff Writer",
        "authors": ["Jonas Berg"],
        "agencies": ["Reuters"],
        "dateline": "EASTVIK",
        "date": "2031-11-03T08:15:00+01:00",
        "url": "https://wire.example.com/transport/ferries-cut-fares-idUSKBN0001",
        "paragraph_counts": [3],
        "paragraphs": {0: "Norland Ferries will cut fares"},
        "boilerplate": [
            "layout: post",
            "categories: news",
            "![Norland ferries cut fares for the winter](https://img.example.com/ferry-winter.jpg)",
            "(Reporting by Jonas Berg; Editing by Ruth Kale)",
        ],
        "warnings": [],
    },
    "053_field_table_page": {
        # The page's fields in a Markdown table of two columns over its text; the table's
        # head and rule, and a field with no place (the editor), are set aside.
        "headline": "Velmar library stays open on Sundays",
        "summary": "The council found the money for a year.",
        "authors": ["Nila Perera"],
        "url": "https://news.example.org/velmar-library",
        "paragraph_counts": [2],
        "boilerplate": [
            "| Field | Value |",
            "|-------------|-----------------------------------------|",
            "| editor | Ravi Silva |",
        ],
        "warnings": [("missing-date", None)],
    },
}

_EXTRA = ("boilerplate", "highlights")


def test_every_layout_fixture_has_facts() -> None:
    names = {p.stem for p in FIXTURES.glob("*.txt") if "020" <= p.stem[:3] < "100"}
    assert names == set(LAYOUT_FACTS)


@pytest.mark.parametrize("name", sorted(LAYOUT_FACTS))
def test_layout_facts(name: str) -> None:
    expected = LAYOUT_FACTS[name]
    article = parse((FIXTURES / f"{name}.txt").read_bytes(), source=None)
    keys = set(expected) - {"paragraphs", *_EXTRA}
    observed = observe(article, keys)
    observed.update({k: list(getattr(article, k)) for k in _EXTRA if k in expected})
    wanted = {k: v for k, v in expected.items() if k != "paragraphs"}
    assert observed == wanted
    for index, prefix in expected.get("paragraphs", {}).items():
        assert article.paragraphs[index].startswith(prefix), article.paragraphs[index]
