"""JavaScript values as Node.js printed them (console.log of a scraper's articles)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.decode import LITERAL_ERRORS
from articlecli.load import load_articles
from articlecli.scriptliteral import read_script_literal

# As Node 20 prints an array of two feed items (our own text).
NODE_PRINTOUT = """[
  {
    title: 'Ferry fares frozen until spring',
    link: 'https://harbour.example/ferry-fares',
    pubDate: 2031-05-05T08:10:00.000Z,
    content: 'The operator said on Monday that fares will not rise before spring, ' +
      "citing the council's subsidy.",
    categories: [Array],
    enclosure: [Object],
    rank: -2,
    live: false,
    author: undefined
  },
  {
    title: "Library opens on Sundays",
    link: 'https://harbour.example/library',
    pubDate: 2031-05-04T07:00:00.000Z,
    content: `It's the "first" time in ten years.`,
    author: null
  },
  ... 48 more items
]
"""


def test_a_printed_array_of_objects_reads_as_json_would() -> None:
    assert read_script_literal(NODE_PRINTOUT) == [
        {
            "title": "Ferry fares frozen until spring",
            "link": "https://harbour.example/ferry-fares",
            "pubDate": "2031-05-05T08:10:00.000Z",
            "content": "The operator said on Monday that fares will not rise before spring, "
            "citing the council's subsidy.",
            "categories": None,  # what Node would not print holds nothing for us
            "enclosure": None,
            "rank": -2,
            "live": False,
            "author": None,
        },
        {
            "title": "Library opens on Sundays",
            "link": "https://harbour.example/library",
            "pubDate": "2031-05-04T07:00:00.000Z",
            "content": 'It\'s the "first" time in ten years.',
            "author": None,
        },
    ]


def test_objects_printed_one_after_another_read_as_a_list() -> None:
    text = (
        "{ title: 'Ferry fares frozen', link: 'https://harbour.example/f' }\n"
        "{\n  title: 'Library opens: a first',\n  link: 'https://harbour.example/l'\n}\n"
    )
    assert read_script_literal(text) == [
        {"title": "Ferry fares frozen", "link": "https://harbour.example/f"},
        {"title": "Library opens: a first", "link": "https://harbour.example/l"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares frozen until spring\n",  # prose: no key
        "{ title: fetch('https://harbour.example') }",  # a call is no printed value
        "{ title: 'Ferry' + 2 }",  # only strings are joined
        "{ ...other, title: 'Ferry' }",  # a spread
        "{ title: 'Ferry' ",  # cut off
        "Note: the ferry { runs }",
    ],
)
def test_what_node_does_not_print_is_refused(text: str) -> None:
    with pytest.raises(LITERAL_ERRORS):
        read_script_literal(text)


def test_a_node_printout_gives_its_articles_with_their_fields() -> None:
    ferry, library = load_articles(NODE_PRINTOUT.encode("utf-8"), source="feed.txt")
    assert (ferry.headline, ferry.url, ferry.date) == (
        "Ferry fares frozen until spring",
        "https://harbour.example/ferry-fares",
        "2031-05-05T08:10:00+00:00",
    )
    assert ferry.paragraphs == (
        "The operator said on Monday that fares will not rise before spring, citing the "
        "council's subsidy.",
    )
    assert (library.headline, library.url) == (
        "Library opens on Sundays",
        "https://harbour.example/library",
    )


def test_one_line_objects_a_line_give_an_article_each() -> None:
    text = (
        "{ title: 'Ferry fares frozen', link: 'https://harbour.example/f' }\n"
        "{ title: 'Library opens on Sundays', link: 'https://harbour.example/l' }\n"
    )
    articles = load_articles(text.encode("utf-8"), source="log.txt")
    assert [(a.headline, a.url) for a in articles] == [
        ("Ferry fares frozen", "https://harbour.example/f"),
        ("Library opens on Sundays", "https://harbour.example/l"),
    ]


KEYS = st.from_regex(r"[A-Za-z_$][A-Za-z0-9_$]{0,8}", fullmatch=True)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(KEYS, children, min_size=1, max_size=3)
    ),
    max_leaves=12,
)


def node_style(value: Any) -> str:
    """Print ``value`` as Node does: names unquoted as keys, strings in single quotes."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k}: {node_style(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[ " + ", ".join(node_style(item) for item in value) + " ]"
    if isinstance(value, str):
        return (
            "'"
            + json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
            + "'"
        )
    return json.dumps(value)  # null, true, false, numbers


@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=4))
@example({"note": "Title: a key's look inside a string", "x": "'quoted' `tick`"})
def test_any_value_printed_node_style_reads_back(value: dict[str, Any]) -> None:
    assert read_script_literal(node_style(value)) == value
