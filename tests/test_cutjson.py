"""JSON cut off where a file ends: the value it began, closed and read as far as it goes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.cutjson import cut_value
from articlecli.errors import ArticleParseError
from articlecli.load import load_articles

STORY = "The cranes came back to the docks on Monday, the port said."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Inside a string value, the most common cut: the text of an article.
        (
            '{"title": "Cranes", "text": "The cranes ca',
            {"title": "Cranes", "text": "The cranes ca"},
        ),
        # After a value, after a comma, after a key's colon, inside a key.
        ('{"title": "Cranes"', {"title": "Cranes"}),
        ('{"title": "Cranes", ', {"title": "Cranes"}),
        ('{"title": "Cranes", "text":', {"title": "Cranes", "text": None}),
        ('{"title": "Cranes", "te', {"title": "Cranes", "te": None}),
        ('{"title": "Cranes", "text"', {"title": "Cranes", "text": None}),
        # Inside an escape: a lone backslash, a \u escape's digits.
        ('{"text": "a \\', {"text": "a "}),
        ('{"text": "a \\u20', {"text": "a "}),
        ('{"text": "a \\\\', {"text": "a \\"}),  # an escaped backslash is whole
        # Lists and objects still open around it; the file's own line end.
        ('{"items": [{"title": "A"}, {"title": "B", "tags": ["x", "y', None),
        ('{"text": "The cranes ca\n', {"text": "The cranes ca"}),
    ],
)
def test_a_cut_value_is_closed_where_it_ends(text: str, value: object) -> None:
    if value is None:
        value = {"items": [{"title": "A"}, {"title": "B", "tags": ["x", "y"]}]}
    assert cut_value(text) == value


def test_only_what_opens_after_the_start_is_read() -> None:
    # The brackets that close what opened before the start are passed over.
    text = '{"papers": [{"title": "A"}], "more": {"articles": [{"title": "B", "text": "Cr'
    start = text.index("]")  # right after the whole article "A"
    assert cut_value(text, start) == {"articles": [{"title": "B", "text": "Cr"}]}


@pytest.mark.parametrize(
    "text",
    [
        '{"title": "Cranes"}',  # whole: nothing is cut
        '{"title": "Cranes"]',  # a bracket of the wrong kind: no JSON
        '{"title" "Cranes"',  # broken before the cut
        "[" * 1000,  # deeper than any article's JSON
        '{"title": "a", "x": [' + '"q", ' * 30_000,  # more pieces than an article holds
        "no JSON at all",
    ],
)
def test_no_cut_value(text: str) -> None:
    assert cut_value(text) is None


ARTICLES = st.lists(
    st.fixed_dictionaries(
        {
            # Words apart: a title printed twice ("Harbour Harbour") is read once on purpose.
            "title": st.lists(
                st.sampled_from(["Harbour", "cranes", "return", "ferry", "fares"]),
                min_size=1,
                unique=True,
            ).map(" ".join),
            "url": st.just("https://example.org/a"),
            "content": st.text(st.characters(codec="utf-8"), min_size=1),
        }
    ),
    min_size=1,
    max_size=4,
)


def _document(articles: list[dict[str, str]]) -> tuple[str, list[int], list[int]]:
    """A news API's document of ``articles``, with where each article object starts and
    ends in it."""
    text, starts, ends = '{"status": "ok", "articles": [\n', [], []
    for index, article in enumerate(articles):
        text += ",\n" if index else ""
        starts.append(len(text))
        text += json.dumps(article)
        ends.append(len(text))
    return text + "\n]}\n", starts, ends


@given(ARTICLES, st.data())
@example([{"title": "Cranes", "url": "https://example.org/a", "content": "Back on Monday."}], None)
@example(  # a story's text saying "schema_version" made a cut document read as ours, broken
    [{"title": "Harbour", "url": "https://example.org/a", "content": "schema_version"}], None
)
@example(  # a NUL written as an escape ("\u0000") made the document binary input
    [{"title": "Cranes", "url": "https://example.org/a", "content": "\x00"}], None
)
def test_a_document_cut_anywhere_loses_no_whole_article(articles: list, data: Any) -> None:
    """Cut a news API's document at any character: every article whole before the cut is
    read, and none is read that the document had not begun (a cut before any article
    object reads, as it did, as one article of plain text)."""
    document, starts, ends = _document(articles)
    cut = ends[-1] - 1 if data is None else data.draw(st.integers(1, len(document) - 1))
    whole = sum(end <= cut for end in ends)
    begun = sum(start < cut for start in starts)
    try:
        read = list(load_articles(document[:cut].encode("utf-8"), source="cut.json"))
    except ArticleParseError:
        assert whole == 0  # nothing whole, and nothing readable begun
        return
    assert whole <= len(read) <= max(begun, 1)
    if whole:
        assert [a.headline for a in read[:whole]] == [a["title"] for a in articles[:whole]]


def test_a_lone_half_of_a_utf16_pair_is_no_crash() -> None:
    # JSON may write one ("\\ud83d" cut from its pair): the replacement character stands in.
    text = '[{"title": "Harbour\\ud83d news", "url": "https://example.org/a", "content": "x"}]'
    (article,) = load_articles(text.encode("ascii"), source="api.json")
    assert article.headline == "Harbour\ufffd news"


def test_a_nul_written_as_an_escape_is_no_binary_input() -> None:
    text = '[{"title": "Harbour news", "url": "https://example.org/a", "content": "a\\u0000b"}]'
    (article,) = load_articles(text.encode("ascii"), source="api.json")
    assert article.paragraphs == ("ab",)


def test_a_cut_document_gives_its_last_article_with_a_warning() -> None:
    articles = [
        {"title": "Library opens on Sundays", "url": "https://example.org/a", "content": STORY},
        {"title": "Cranes return", "url": "https://example.org/b", "content": STORY},
    ]
    document = json.dumps({"articles": articles}, indent=1)
    text = document[: document.rindex("port said")]
    first, second = load_articles(text.encode("utf-8"), source="cut.json")
    assert first.paragraphs == (STORY,) and not [w for w in first.warnings if w.code == "AC119"]
    assert second.headline == "Cranes return"
    # Its text as far as the file goes (short and with no full stop, it reads as a heading).
    assert [s.heading for s in second.sections] == [
        "The cranes came back to the docks on Monday, the"
    ]
    (cut,) = [w for w in second.warnings if w.code == "AC119"]
    assert cut.line == document.splitlines().index('   "title": "Cranes return",') + 1
