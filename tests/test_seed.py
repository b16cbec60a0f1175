"""The seed document, checked fact by fact against issue 2 ("What the seed must give").

These expectations are transcribed from the issue, not from parser output, so the seed does
not rest on its golden file alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articlecli import Article, parse

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "000_bad2af0e90df0263.txt"

HEADINGS = [
    "Energy grid truce",
    "Immediate peace talks",
    "Kyiv, Europe left out?",
    "Warming ties",
    "'Cessation' of Ukraine aid",
    "Prisoner swap",
    "Things unsaid",
    "...And hockey",
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse(SEED.read_bytes(), source=None)


def test_header_fields(seed: Article) -> None:
    assert seed.headline == "Takeaways from Trump-Putin Call"
    assert seed.byline == "AFP"
    assert seed.authors == ()
    assert seed.agencies == ("AFP",)
    assert seed.date == "2025-03-19"
    assert seed.photo_credit == "Alexei Druzhinin / POOL / TASS"


def test_sections(seed: Article) -> None:
    # The body opens without a heading, so the first section's heading is null.
    assert [s.heading for s in seed.sections] == [None, *HEADINGS]
    assert [len(s.paragraphs) for s in seed.sections] == [2, 2, 2, 3, 3, 2, 2, 3, 1]
    assert len(seed.paragraphs) == 20


def test_related_and_url(seed: Article) -> None:
    assert [r.title for r in seed.related] == [
        "Russia and Ukraine Agree to Halt Attacks on Energy Infrastructure, "
        "But Broader Ceasefire Talks Stall"
    ]
    assert seed.url == (
        "https://www.themoscowtimes.com/2025/03/19/takeaways-from-trump-putin-call-a88409"
    )
    assert seed.domain == "themoscowtimes.com"
    # The related line is a link, not body text.
    assert not any(p.startswith("Related article") for p in seed.paragraphs)


def test_quote_count(seed: Article) -> None:
    assert len(seed.quotes) == 16


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("These negotiations will begin immediately in the Middle East", "the White House readout"),
        (
            "A mutual interest was expressed in the normalization of bilateral relations",
            "the Kremlin",
        ),
        (
            "A future with an improved bilateral relationship between the United States and "
            "Russia has huge upside",
            "the White House",
        ),
        ("essential", "Putin"),
    ],
)
def test_named_quotes(seed: Article, text: str, speaker: str) -> None:
    matches = [q for q in seed.quotes if q.text == text]
    assert len(matches) == 1, [q.text for q in seed.quotes]
    assert matches[0].speaker == speaker


def test_quote_opening_putin_responded(seed: Article) -> None:
    (quote,) = [q for q in seed.quotes if q.text.startswith("Vladimir Putin responded positively")]
    assert quote.speaker == "the Kremlin readout of the call"


def test_quote_indexes_locate_the_text(seed: Article) -> None:
    for quote in seed.quotes:
        paragraph = seed.sections[quote.section].paragraphs[quote.paragraph]
        assert paragraph[quote.start : quote.end] == quote.text
        # Marks and trailing commas are not part of the quote.
        assert not quote.text.endswith(",")
        assert quote.text[:1] not in '"“”«»'
