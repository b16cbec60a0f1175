"""Key facts of each hand-written fixture, written from reading the fixture (not the output).

One row per fixture: the fields a careful reader would extract. The golden JSON pins every
detail; this table says what those details must mean, so a golden regenerated over a
parser regression cannot silently bless it.

Keys of a row (all optional): the Article field names (``headline``, ``byline``,
``authors``, ``agencies``, ``date``, ``updated``, ``photo_credit``, ``url``, ``domain``), and
``headings`` (every section heading, in order), ``paragraph_counts`` (per section),
``quotes`` ((text, speaker) pairs in order), ``related`` ((label, title, url) triples),
``warnings`` ((rule name, line) pairs, in the article's order), ``lines`` (header field ->
input line), ``paragraphs`` ({reading-order index: exact text}).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from articlecli import Article, parse
from articlecli.codes import RULES_BY_CODE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

FACTS: dict[str, dict[str, Any]] = {
    "001_curly_quotes": {
        "headline": "Harbour Town Votes to Keep Its Ferry",
        "byline": "Lena Marsh",
        "authors": ["Lena Marsh"],
        "agencies": [],
        "date": "2025-04-08",
        "updated": None,
        "photo_credit": "Tomas Berg / Coastline Images",
        "headings": [None, "A close vote", "What comes next"],
        "paragraph_counts": [2, 3, 1],
        "quotes": [
            ("We have used this boat since our grandparents were children", "Marit Olsen"),
            ("a clear message", "Mayor Piet Janssen"),
            ("The ferry is slower, but it is ours", "Olsen"),
        ],
        # The curly apostrophe is text, not a quotation mark: it stays as written.
        "paragraphs": {
            0: "Residents of Saltby voted on Monday to keep the town\u2019s only ferry running "
            "for at least another five years.",
        },
        "related": [],
        "url": "https://www.saltbyherald.example/2025/04/08/ferry-vote",
        "domain": "saltbyherald.example",
        "warnings": [],
    },
    "002_crlf": {
        "headline": "Library Extends Opening Hours for Exam Season",
        "byline": "Priya Nair",
        "authors": ["Priya Nair"],
        "date": "2025-05-12",
        "photo_credit": "City Library Press Office",
        "headings": [None, "Longer shifts"],
        "paragraph_counts": [2, 1],
        "quotes": [
            ("We saw queues at the door every morning last June", "head librarian Agnes Cole"),
        ],
        # CRLF counts as one line end: line numbers are those an editor shows.
        "lines": {"headline": 1, "byline": 3, "date": 5, "photo_credit": 7, "url": 17},
        "url": "https://dunmore-news.example/library-hours",
        "domain": "dunmore-news.example",
        "warnings": [],
    },
    "003_cp1252": {
        "headline": "Baker Wins Regional Prize for Apple Tart",
        "byline": "Renée Dupont",
        "authors": ["Renée Dupont"],
        "date": "2025-06-03",
        "photo_credit": "Marc Lefèvre",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [("I never expected to win", "José Almeida")],
        "paragraphs": {
            0: "The owner of a small café in Vellmar has won the regional prize for the best "
            "apple tart.",
            2: "The judges praised the thin pastry — and the price, which has not changed in "
            "three years.",
        },
        "url": "https://vellmar-post.example/2025/06/03/baking-prize",
        "domain": "vellmar-post.example",
        # The first byte that is not UTF-8 is the é of "Renée", on line 3.
        "warnings": [("encoding-fallback", 3)],
    },
    "004_no_photo_credit": {
        "headline": "Rail Strike Called Off After Late-Night Talks",
        "byline": "Tom Ashby",
        "authors": ["Tom Ashby"],
        "date": "2025-02-20",
        "photo_credit": None,
        "headings": [None, "The deal"],
        "paragraph_counts": [2, 2],
        "quotes": [("Nobody wanted to strand passengers", "union secretary Helen Quayle")],
        "url": "https://www.railwatch.example/news/strike-called-off",
        "domain": "railwatch.example",
        "warnings": [],
    },
    "005_several_authors": {
        "headline": "Flood Defences Hold as River Peaks",
        "byline": "Jane Doe, John Roe and Ann Lee",
        "authors": ["Jane Doe", "John Roe", "Ann Lee"],
        "agencies": [],
        "date": "2025-01-14",
        "photo_credit": "Northfield Council",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [
            ("The walls did exactly what they were built to do", "council engineer Ravi Shah"),
        ],
        "url": "https://northfield-gazette.example/flood-defences-hold",
        "domain": "northfield-gazette.example",
        "warnings": [],
    },
    "006_allcaps_byline": {
        "headline": "Stadium Plan Clears First Hurdle",
        # The job title on the line under the name belongs to the byline, not the body.
        "byline": "CONOR MCALLISTER, Staff Writer",
        "authors": ["Conor McAllister"],
        "agencies": [],
        "date": "2025-10-02",
        "photo_credit": "Riverton Ledger archive",
        "headings": [None, "Traffic worries"],
        "paragraph_counts": [2, 2],
        "paragraphs": {
            0: "Riverton's planning board voted 5-2 on Wednesday night to let the football "
            "club build a 9,000-seat stadium on the old rail yard.",
        },
        "quotes": [("We were promised a park on that land", "Nora Quinn")],
        "lines": {"headline": 1, "byline": 3, "date": 6, "photo_credit": 8, "url": 20},
        "url": "https://www.rivertonledger.example/sports/stadium-plan",
        "domain": "rivertonledger.example",
        "warnings": [],
    },
    "007_date_time_zone": {
        "headline": "Wildfire Forces Evacuation of Hillside Villages",
        "authors": ["Marta Quintero"],
        # 3:45 p.m. Central European Summer Time is 15:45 at UTC+2.
        "date": "2025-07-22T15:45:00+02:00",
        "updated": None,
        "photo_credit": "Civil Protection handout",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [("The wind changed direction twice in an hour", "fire chief Luis Prado")],
        "domain": "valleydaily.example",
        "warnings": [],
    },
    "008_updated_date": {
        "headline": "Bridge Repairs to Close Main Road for a Month",
        "authors": ["Owen Farrell"],
        "date": "2025-03-03",
        # 9:10 a.m. Eastern Standard Time (US daylight time began later, on March 9).
        "updated": "2025-03-04T09:10:00-05:00",
        "photo_credit": "Kate Lyons",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [],
        "lines": {
            "headline": 1,
            "byline": 3,
            "date": 5,
            "updated": 7,
            "photo_credit": 9,
            "url": 17,
        },
        "domain": "millbrookpost.example",
        "warnings": [],
    },
    "009_no_url": {
        "headline": "Volunteers Plant 2,000 Trees Along Canal",
        "authors": ["Hana Kim"],
        "date": "2024-11-09",
        "photo_credit": "Canal Trust",
        "headings": [None],
        "paragraph_counts": [3],
        "paragraphs": {2: "The trust plans a second planting day in March."},
        "quotes": [("In twenty years this will be a proper wood", "ranger Bill Tate")],
        "url": None,
        "domain": None,
        "warnings": [("missing-url", None)],
    },
    "010_read_more": {
        "headline": "City Council Approves New Cycle Lanes",
        "authors": ["Sara Lindqvist"],
        "date": "2025-09-15",
        "photo_credit": "Erik Holm / Metro Pictures",
        "headings": [None],
        # The two "Read more:" lines are links, not paragraphs.
        "paragraph_counts": [3],
        "quotes": [
            ("This is the biggest change to our streets in a generation", "councillor Ida Berg"),
        ],
        "related": [
            (
                "Read more",
                "Havnby Bike Share Doubles Its Fleet",
                "https://havnby-times.example/2025/08/bike-share",
            ),
            ("Read more", "Shopkeepers Worry About Lost Parking", None),
        ],
        "url": "https://havnby-times.example/2025/09/15/cycle-lanes",
        "domain": "havnby-times.example",
        "warnings": [],
    },
    "011_question_headings": {
        "headline": "Town Debates Four-Day School Week",
        "authors": ["Abdul Rahman"],
        "date": "2025-08-28",
        "photo_credit": "Leah Moss / Valley Courier",
        "headings": [None, "Why now?", "What about childcare?", "Will it save money?"],
        "paragraph_counts": [1, 2, 2, 1],
        "quotes": [
            ("We have had eleven vacancies since spring", "superintendent Carol Pike"),
            ("I cannot take every Friday off", "Daniel Ortiz"),
        ],
        "domain": "valleycourier.example",
        "warnings": [],
    },
    "012_one_sentence_paragraph": {
        "headline": "Museum Returns Stolen Painting to Owner's Family",
        "authors": ["Clara Voss"],
        "date": "2025-04-30",
        "photo_credit": "Stadtmuseum Kessel",
        # A short line ending in a period is a sentence: a paragraph, never a heading.
        "headings": [None],
        "paragraph_counts": [4],
        "paragraphs": {1: "It had hung in the museum for sixty years."},
        "quotes": [("We are glad it is finally going home", "director Lotte Brenner")],
        "domain": "kessel-zeitung.example",
        "warnings": [],
    },
    "013_labelled_header": {
        "headline": "Ferry Fares Rise by Ten Percent",
        "byline": "Nadia Petrova",
        "authors": ["Nadia Petrova"],
        "date": "2025-01-07",
        "photo_credit": "Harbour Authority",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [("Fuel has gone up and so has everything else", "authority spokesman Karl Ek")],
        "lines": {"headline": 1, "byline": 2, "date": 3, "photo_credit": 4, "url": 12},
        "url": "https://islandnews.example/2025/01/07/ferry-fares",
        "domain": "islandnews.example",
        "warnings": [],
    },
    "014_guillemets": {
        "headline": "Alpine Village Closes Its Centre to Cars on Weekends",
        "authors": ["Anna Keller"],
        "date": "2025-06-14",
        "photo_credit": "Tourist Office Brunnwald",
        "headings": [None],
        "paragraph_counts": [3],
        "quotes": [("We want our streets back", "mayor Jonas Frei")],
        "domain": "alpenpost.example",
        "warnings": [],
    },
    "015_unbalanced_quote": {
        "headline": "School Choir Wins National Final",
        "authors": ["Ben Okafor"],
        "date": "2025-05-25",
        "photo_credit": "Hollis Academy",
        "headings": [None],
        "paragraph_counts": [3],
        # The quotation is never closed: no span can be trusted, so none is reported,
        # and the paragraph (line 11) is flagged instead.
        "quotes": [],
        "warnings": [("unbalanced-quotes", 11)],
        "domain": "hollis-echo.example",
    },
}


def observe(article: Article, keys: set[str]) -> dict[str, Any]:
    """Return the article's values for ``keys``, in the shapes the FACTS rows use."""
    views: dict[str, Any] = {
        "headings": lambda: [s.heading for s in article.sections],
        "paragraph_counts": lambda: [len(s.paragraphs) for s in article.sections],
        "quotes": lambda: [(q.text, q.speaker) for q in article.quotes],
        "related": lambda: [(r.label, r.title, r.url) for r in article.related],
        "warnings": lambda: [(RULES_BY_CODE[w.code].name, w.line) for w in article.warnings],
        "lines": lambda: dict(article.lines),
        "authors": lambda: list(article.authors),
        "agencies": lambda: list(article.agencies),
    }
    observed: dict[str, Any] = {}
    for key in keys:
        if key == "paragraphs":
            continue
        observed[key] = views[key]() if key in views else getattr(article, key)
    return observed


def test_every_fixture_has_facts() -> None:
    # Fixtures from 020 up (real-world layouts) have their rows in test_layout_facts.
    names = {p.stem for p in FIXTURES.glob("*.txt") if p.stem < "020"} - {"000_bad2af0e90df0263"}
    assert names == set(FACTS)


@pytest.mark.parametrize("name", sorted(FACTS))
def test_fixture_facts(name: str) -> None:
    expected = FACTS[name]
    article = parse((FIXTURES / f"{name}.txt").read_bytes(), source=None)
    observed = observe(article, set(expected))
    wanted = {k: v for k, v in expected.items() if k != "paragraphs"}
    assert observed == wanted
    for index, text in expected.get("paragraphs", {}).items():
        assert article.paragraphs[index] == text


@pytest.mark.parametrize("name", sorted(FACTS))
def test_quote_offsets_locate_the_text(name: str) -> None:
    article = parse((FIXTURES / f"{name}.txt").read_bytes(), source=None)
    for quote in article.quotes:
        paragraph = article.sections[quote.section].paragraphs[quote.paragraph]
        assert paragraph[quote.start : quote.end] == quote.text
