"""Quotations: marks, spans, attribution forms, continuation, and unbalanced marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlecli import parse
from articlecli.model import Section
from articlecli.parser.quotes import _MARKS, _has_marks, find_quotes


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Return (text, speaker) of every quote in one section made of ``paragraphs``."""
    quotes, _ = find_quotes([Section(None, paragraphs)])
    return [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The marks: straight, curly, guillemets (either way round), low-high.
        ('"We will win," said Jane Doe.', [("We will win", "Jane Doe")]),
        ("“We will win,” said Jane Doe.", [("We will win", "Jane Doe")]),
        ("«We will win», said Jane Doe.", [("We will win", "Jane Doe")]),
        ("„We will win“, said Jane Doe.", [("We will win", "Jane Doe")]),
        # A trailing comma is dropped; a full stop, question mark or ellipsis is kept.
        ('Jane Doe said: "We will win."', [("We will win.", "Jane Doe")]),
        ('"Will we win?" asked Tom Roe.', [("Will we win?", "Tom Roe")]),
        ('"We will win..." said Jane Doe.', [("We will win...", "Jane Doe")]),
        ('"We will win ," said Jane Doe.', [("We will win", "Jane Doe")]),
    ],
)
def test_marks_and_trailing_punctuation(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "...," said X
        ('"We will win," said Jane Doe.', [("We will win", "Jane Doe")]),
        ('"We will win," said the Kremlin.', [("We will win", "the Kremlin")]),
        ('"We will win," said Dr. Jane Doe.', [("We will win", "Dr. Jane Doe")]),
        ('"We will win," said Jane Doe, the mayor.', [("We will win", "Jane Doe")]),
        # "...," X said
        ('"We will win," Jane Doe said.', [("We will win", "Jane Doe")]),
        ('"We will win," Doe also said.', [("We will win", "Doe")]),
        ('"We will win," the Kremlin said in a statement.', [("We will win", "the Kremlin")]),
        (
            '"We will win," U.S. Secretary of State Jane Doe said.',
            [("We will win", "U.S. Secretary of State Jane Doe")],
        ),
        # X said "..."
        ('Jane Doe said "we will win" on Monday.', [("we will win", "Jane Doe")]),
        ('Jane Doe said: "We will win."', [("We will win.", "Jane Doe")]),
        # according to X
        (
            'The plan is "a disaster," according to union leader Tom Roe.',
            [("a disaster", "union leader Tom Roe")],
        ),
        ('According to Tom Roe, the plan is "a disaster."', [("a disaster.", "Tom Roe")]),
        # The usual verbs.
        ('"We will win," she told reporters.', [("We will win", "she")]),
        ('"We will win," she added, smiling.', [("We will win", "she")]),
        ('"We will win," Doe wrote on X.', [("We will win", "Doe")]),
        ('"Why now?" asked Tom Roe.', [("Why now?", "Tom Roe")]),
        # Several quotes: each its own speaker, or the paragraph's attribution.
        (
            '"We will win," said Jane Doe. "It is certain," said Tom Roe.',
            [("We will win", "Jane Doe"), ("It is certain", "Tom Roe")],
        ),
        ('"We will win," he said, "and soon."', [("We will win", "he"), ("and soon.", "he")]),
        # No attribution at all.
        ('He called it "unacceptable" and left.', [("unacceptable", None)]),
    ],
)
def test_attribution_forms(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A speaker with an appositive between commas, before the verb: the speaker is
        # the phrase before the appositive, as with `said Jane Doe, the mayor`.
        ('"We will win," Jane Doe, the mayor, said.', [("We will win", "Jane Doe")]),
        ('"We will win," the mayor, Jane Doe, said.', [("We will win", "the mayor")]),
        (
            '"We will win," Jane Doe, who has run the club since 2019, told reporters.',
            [("We will win", "Jane Doe")],
        ),
        ('Jane Doe, the mayor, said the plan was "a disaster."', [("a disaster.", "Jane Doe")]),
        ('The mayor, Jane Doe, said the plan was "a disaster."', [("a disaster.", "The mayor")]),
    ],
)
def test_appositive_attribution(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


def test_quote_only_paragraph_continues_the_previous_speaker() -> None:
    assert quotes_of(
        '"We will win," said Jane Doe.',
        '"And we will do it this year."',
    ) == [("We will win", "Jane Doe"), ("And we will do it this year.", "Jane Doe")]


def test_quote_only_paragraph_after_prose_without_speaker_has_none() -> None:
    assert quotes_of("The vote was close.", '"And we will do it this year."') == [
        ("And we will do it this year.", None)
    ]


def test_continuation_does_not_cross_sections() -> None:
    quotes, _ = find_quotes(
        [
            Section(None, ('"We will win," said Jane Doe.',)),
            Section("Next", ('"And we will do it this year."',)),
        ]
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will win", "Jane Doe"),
        ("And we will do it this year.", None),
    ]


def test_a_quote_with_its_own_attribution_does_not_continue() -> None:
    assert quotes_of('"We will win," said Jane Doe.', '"We will lose," said Tom Roe.') == [
        ("We will win", "Jane Doe"),
        ("We will lose", "Tom Roe"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "start", "end"),
    [
        ('"We will win," said Jane Doe.', 1, 12),
        ('Jane Doe said "we will win" on Monday.', 15, 26),
        ("«  We will win , » said Jane Doe.", 3, 14),  # inner spaces are not the quote
    ],
)
def test_start_and_end_slice_the_paragraph(paragraph: str, start: int, end: int) -> None:
    quotes, _ = find_quotes([Section(None, (paragraph,))])
    (quote,) = quotes
    assert (quote.start, quote.end) == (start, end)
    assert paragraph[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        ('"We practised every day, said Ruth Gale.', []),
        ("Closed” never opened.", []),
        ('"One" and "two" and "three', ["One", "two"]),
        ('“Curly opened but straight closed"', []),
    ],
)
def test_unbalanced_marks_warn(paragraph: str, texts: list[str]) -> None:
    quotes, warnings = find_quotes([Section(None, (paragraph,))], [[7]])
    assert [q.text for q in quotes] == texts
    assert [(w.code, w.line) for w in warnings] == [("AC107", 7)]


@pytest.mark.parametrize(
    "paragraph",
    ['""', '"",', '" , "', '"', "«»", "“”", '"a', 'x "" y', '"""', "»«", '","'],
)
def test_degenerate_marks_never_crash(paragraph: str) -> None:
    quotes, _ = find_quotes([Section(None, (paragraph,))])
    for quote in quotes:
        assert quote.text
        assert paragraph[quote.start : quote.end] == quote.text


def test_headings_are_not_searched_for_quotes() -> None:
    article = parse(
        "Storm Hits Coast\n\nBy Jane Doe\n\nMarch 3, 2025\n\nThe storm hit.\n\n"
        "'Cessation' of aid\n\n\"We will rebuild,\" said Tom Roe.\n"
    )
    assert [(q.text, q.speaker, q.section, q.paragraph) for q in article.quotes] == [
        ("We will rebuild", "Tom Roe", 1, 0)
    ]


@given(st.text(alphabet=st.sampled_from("ab .\"“”«»„‟‘’'")))
def test_the_quick_mark_test_agrees_with_the_mark_pattern(text: str) -> None:
    """find_quotes skips paragraphs by a quick test; it must see every mark _spans sees."""
    assert _has_marks(text) == (_MARKS.search(text) is not None)
