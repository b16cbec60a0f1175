"""Articles written a line each with escaped line ends (articlecli.escaped, split)."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.escaped import is_escaped_dump, unescaped
from articlecli.lines import clean
from articlecli.parser import parse
from articlecli.split import split_text


def test_each_line_of_an_escaped_dump_is_an_article() -> None:
    dump = (
        "Harbour reopens after repairs\\nBy Jane Doe\\n\\nThe harbour reopened on Monday."
        "\\nFerries run again from May.\n"
        "\n"
        'Tram depot opens\\n\\nThe depot opened on Sunday, \\"at last\\", the mayor said.'
        "\\n\\nThe first tram ran at noon.\\n\n"
    )
    records = split_text(dump)
    assert [(r.line, r.container, r.verbatim) for r in records] == [
        (1, "escaped", False),
        (3, "escaped", False),
    ]
    first, second = (parse(r.text) for r in records)
    assert (first.headline, first.authors) == ("Harbour reopens after repairs", ("Jane Doe",))
    assert first.paragraphs == ("The harbour reopened on Monday. Ferries run again from May.",)
    assert second.headline == "Tram depot opens"
    assert second.paragraphs == (
        'The depot opened on Sunday, "at last", the mayor said.',
        "The first tram ran at noon.",
    )


def test_code_points_and_pairs_are_undone() -> None:
    assert unescaped("Children\\u2019s fund \\ud83d\\ude80 \\\\n") == "Children’s fund 🚀 \\n"
    assert unescaped("a\\tb\\/c\\rd") == "a\tb/cd"


def test_a_story_that_mentions_an_escape_is_plain_text() -> None:
    text = (
        "Escape codes explained\n\n"
        "A program writes \\n where a line ends, and \\t for a tab.\n\n"
        "Most editors show them as they are.\n"
    )
    assert not is_escaped_dump([line for line in text.split("\n") if line])
    records = split_text(text)
    assert [(r.container, r.verbatim) for r in records] == [("plain", True)]


def test_a_title_over_escaped_lines_is_read_by_most_lines() -> None:
    lines = ["Scraped stories", "A\\nB\\nC", "D\\nE\\nF"]
    assert is_escaped_dump(lines) and not is_escaped_dump(lines[:1] + lines[1:2] + lines[:1])


# Lines of an article: text with no line end of its own, not blank as the parser sees
# lines (records are trimmed of blank lines).
_article_lines = st.lists(
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1
    ).filter(lambda line: clean(line) != ""),
    min_size=3,
    max_size=6,
).filter(lambda lines: lines[0][:1].isalpha())  # a title's first letter: an input opening
# with "{", "[", "<" or a quote is JSON, markup or a Python literal, read before this


@given(
    articles=st.lists(_article_lines, min_size=1, max_size=4),
    ascii_only=st.booleans(),
)
@example(articles=[["A", "B\\", "C"]], ascii_only=True)  # a backslash closing a line
def test_articles_escaped_a_line_each_split_back_into_their_text(
    articles: list[list[str]], ascii_only: bool
) -> None:
    # As a program writes them: each article's text as a JSON string without its quotes.
    dump = "".join(
        json.dumps("\n".join(lines), ensure_ascii=ascii_only)[1:-1] + "\n" for lines in articles
    )
    records = split_text(dump)
    assert [r.text for r in records] == ["\n".join(lines) + "\n" for lines in articles]
    assert [r.line for r in records] == list(range(1, len(articles) + 1))
