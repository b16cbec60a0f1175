"""Page chrome and captions, line by line: what is the page's and what is the article's.

Every table has its negative twin: a rule that turns an article's sentence into chrome
loses article text, which is worse than leaving a button in the body. All strings are
our own, written to reproduce the phrasing families seen in real dumps.
"""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.chrome import read_caption


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
