"""Markdown output: the front matter writer/reader, text escaping, and the document layout.

Real parsers judge the output: PyYAML reads the front matter, markdown-it-py (CommonMark)
renders the body. Both are test-only dependencies.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from articlecli.model import Article, Diagnostic, Related, Section, Source
from articlecli.parser import parse
from articlecli.render.frontmatter import (
    FrontMatterError,
    dump_yaml,
    front_matter,
    load_yaml,
    quote_string,
)
from articlecli.render.markdown import (
    EMPTY_PARAGRAPH,
    SECTION_BREAK,
    escape_text,
    markdown_metadata,
    to_markdown,
    unescape_text,
)

# CommonMark, plus the GFM extensions a reader's viewer may well have switched on.
COMMONMARK = MarkdownIt("commonmark")
GFM = MarkdownIt("commonmark").enable(["strikethrough", "table"])

# JSON values as the dict form holds them (no floats: articles have none).
json_scalars = st.none() | st.booleans() | st.integers() | st.text()
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
json_mappings = st.dictionaries(st.text(), json_values, max_size=6)
# Text a CommonMark renderer can show as is: it replaces NUL, surrogates and most control
# characters (also when written as character references), so those cannot render the same.
renderable_text = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from("\t\n\r")
)


# -- front matter -------------------------------------------------------------------------


@given(json_mappings)
@example({"emoji": "\U0001f600"})  # PyYAML does not join "\ud83d\ude00" written as JSON does
@example({"nel": "a\x85b", "ls": "\u2028", "bom": "\ufeff", "nbsp": "\xa0"})  # YAML breaks
@example({"yes": True, "No": None, "null": 1, "~": [], "on": {}})  # YAML 1.1 key words
@example({"": [[], [[1]], {"a": {"b": [None]}}]})  # compact nested blocks
@example({"k": "---\n# not a comment: really"})
@example({"lone": "\ud800"})
def test_front_matter_round_trips_through_our_reader(data: dict[str, Any]) -> None:
    """load_yaml reads back exactly what dump_yaml writes."""
    assert load_yaml(dump_yaml(data)) == data


@given(json_mappings.filter(lambda d: "\ud800" not in json.dumps(d, ensure_ascii=False)))
@example({"emoji": "\U0001f600"})
@example({"nel": "a\x85b", "ls": "\u2028", "bom": "\ufeff", "nbsp": "\xa0", "c1": "\x9b"})
@example({"yes": True, "No": None, "null": 1, "Off": [], "on": {}, "y": "n"})
@example({"": [[], [[1]], {"a": {"b": [None]}}]})
@example({"headline": "A: b --- # c", "list": ["- x", "? y", "&anchor", "*alias", "!tag"]})
def test_front_matter_reads_the_same_in_pyyaml(data: dict[str, Any]) -> None:
    """Any YAML parser reads the JSON values back: PyYAML (YAML 1.1) stands in for them."""
    assert yaml.safe_load(dump_yaml(data)) == data


def test_front_matter_layout_is_block_style_with_quoted_strings() -> None:
    data = {
        "headline": 'He said: "no" # really',
        "authors": ["A", "B"],
        "lines": {"headline": 1},
        "related": [{"label": "Read more", "url": None}],
        "empty": [],
        "count": 3,
        "flag": False,
    }
    assert front_matter(data) == (
        "---\n"
        'headline: "He said: \\"no\\" # really"\n'
        "authors:\n"
        '  - "A"\n'
        '  - "B"\n'
        "lines:\n"
        "  headline: 1\n"
        "related:\n"
        '  - label: "Read more"\n'
        "    url: null\n"
        "empty: []\n"
        "count: 3\n"
        "flag: false\n"
        "---\n"
    )


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("plain", '"plain"'),
        ("tab\there", '"tab\\there"'),
        (
            "caf\u00e9 \u041c\u043e\u0441\u043a\u0432\u0430",
            '"caf\u00e9 \u041c\u043e\u0441\u043a\u0432\u0430"',
        ),
        ("\u2028", '"\\u2028"'),
        ("\x85", '"\\x85"'),
        ("\U000e0001", '"\\U000e0001"'),  # an astral format character
        ('"\\', '"\\"\\\\"'),
    ],
)
def test_quote_string_keeps_printable_text_and_escapes_the_rest(text: str, quoted: str) -> None:
    assert quote_string(text) == quoted


def test_keys_that_yaml_would_resolve_are_quoted() -> None:
    assert dump_yaml({"yes": 1, "a b": 2, "ok_key": 3}) == '"yes": 1\n"a b": 2\nok_key: 3\n'


def test_dump_rejects_values_json_has_no_article_form_for() -> None:
    with pytest.raises(TypeError, match="float"):
        dump_yaml({"x": 1.5})
    with pytest.raises(TypeError, match="keys must be strings"):
        dump_yaml({1: "x"})  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('a: "x"\nb: plain words\n', 2, "expected a string"),
        ('a: "unterminated\n', 1, "unterminated"),
        ("a: 1\na: 2\n", 2, "duplicate key"),
        ("a:\n", 1, "needs a value"),
        ("a:\n  - 1\n    - 2\n", 3, "unexpected indentation"),
        ('a: "\\q"\n', 1, "unknown escape"),
        ("- 1\n", 1, "expected a mapping"),
        ("  a: 1\n", 1, "column 1"),
    ],
)
def test_reader_rejects_what_the_writer_never_writes(text: str, line: int, message: str) -> None:
    with pytest.raises(FrontMatterError, match=message) as caught:
        load_yaml(text)
    assert caught.value.line == line


def test_reader_accepts_yaml_escapes_the_writer_does_not_use() -> None:
    assert load_yaml('a: "\\/\\e\\N\\_\\L\\P\\0\\ "\n') == {"a": "/\x1b\x85\xa0\u2028\u2029\0 "}


# -- escaping -----------------------------------------------------------------------------


@given(st.text(st.characters(codec=None)))
@example("")
@example("\ud800")  # a lone surrogate: written as a reference so the file can be UTF-8
@example("\x00")
@example("&#10;")  # text that looks like one of our references
@example("\\&#10;")
@example("a\\")
@example("1)")
@example(" #")
def test_escape_round_trips(text: str) -> None:
    """Escaping is invertible, and the result is one line."""
    escaped = escape_text(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert unescape_text(escaped) == text


def _inline_text(tokens: list[Token], kind: str) -> list[str]:
    """Return the text of each ``kind`` block, failing on any Markdown syntax inside it."""
    texts = []
    for index, token in enumerate(tokens):
        if token.type != f"{kind}_open":
            continue
        inline = tokens[index + 1]
        assert inline.type == "inline"
        children = inline.children or []
        assert all(child.type == "text" for child in children), [c.type for c in children]
        texts.append("".join(child.content for child in children))
    return texts


def _paragraphs(markdown: str, md: MarkdownIt = COMMONMARK) -> list[str]:
    tokens = md.parse(markdown)
    assert {t.type for t in tokens} <= {"paragraph_open", "inline", "paragraph_close"}, tokens
    return _inline_text(tokens, "paragraph")


@given(renderable_text.filter(bool))
@example("# not a heading")
@example("> not a quote")
@example("- not a list")
@example("+ no")
@example("* no")
@example("1. no")
@example("2) no")
@example("```not code```")
@example("~~~")
@example("    four spaces")
@example("\tstarts with a tab")
@example("=")
@example("---")
@example("***")
@example("___")
@example("<div>not html</div>")
@example("<https://example.com>")
@example("[not](a link) ![nor](an image)")
@example("[ref]: /not-a-definition")
@example("*a* _b_ **c** __d__ `e` ~~f~~")
@example("AT&T &amp; &#65; &copy;")
@example("back\\slash\\")
@example("trailing  ")
@example("line\nbreak\r\nand\rreturn")
@example("a | b\n--|--")
@example("heading #")
@example("\u00a0non-breaking\u3000spaces\u00a0")
@example("\x0c form feed")
def test_escaped_text_renders_as_the_same_text(text: str) -> None:
    """A CommonMark renderer shows one paragraph holding exactly the text."""
    assert _paragraphs(escape_text(text)) == [text]
    assert _paragraphs(escape_text(text), GFM) == [text]


@given(renderable_text)
@example("Heading ##")
@example("## ")
@example(" x ")
@example("")
def test_escaped_heading_renders_as_the_same_text(text: str) -> None:
    from articlecli.render.markdown import heading_line

    tokens = COMMONMARK.parse(heading_line(2, text))
    assert [t.tag for t in tokens if t.type == "heading_open"] == ["h2"]
    assert _inline_text(tokens, "heading") == [text]


def test_escaping_leaves_ordinary_prose_alone() -> None:
    prose = 'Putin said an "essential" condition (for 30 days) was met: 175 freed, 23 returned.'
    assert escape_text(prose) == prose


# -- the document -------------------------------------------------------------------------


def _article() -> Article:
    return Article(
        headline="Yes: --- # a headline",
        byline="Jane Doe, AFP",
        authors=("Jane Doe",),
        agencies=("AFP",),
        date="2025-03-19T10:30:00+03:00",
        dateline="MOSCOW",
        sections=(
            Section(None, ("# Opening, not a heading.", "- not a list")),
            Section("Energy *grid* truce", ("1. Not a list either.",)),
            Section(None, ("A heading-less section later on.",)),
            Section("", ()),
            Section("Empty paragraph next", ("",)),
        ),
        related=(Related("Read more", "Other story", "https://example.com/o"),),
        highlights=("One",),
        url="https://www.example.com/a",
        lines={"headline": 1, "byline": 3},
        warnings=(Diagnostic("AC102", "no date line found"),),
        unrecognised=("By Somebody Else",),
        source=Source("a.txt", 2, 40),
        id="0123456789abcdef",
    )


def _split_front_matter(markdown: str) -> tuple[str, str]:
    assert markdown.startswith("---\n")
    front, _, body = markdown[4:].partition("\n---\n")
    return front, body


def test_front_matter_holds_all_metadata_and_pyyaml_agrees() -> None:
    article = _article()
    front, _ = _split_front_matter(to_markdown(article))
    expected = {k: v for k, v in article.to_dict().items() if k not in ("sections", "quotes")}
    assert yaml.safe_load(front) == expected
    assert load_yaml(front) == expected
    assert markdown_metadata(article.to_dict()) == expected


def test_body_layout() -> None:
    _, body = _split_front_matter(to_markdown(_article()))
    assert body == (
        "\n"
        "# Yes: --- # a headline\n\n"
        "\\# Opening, not a heading.\n\n"
        "\\- not a list\n\n"
        "## Energy \\*grid\\* truce\n\n"
        "1\\. Not a list either.\n\n"
        f"{SECTION_BREAK}\n\n"
        "A heading-less section later on.\n\n"
        "##\n\n"
        "## Empty paragraph next\n\n"
        f"{EMPTY_PARAGRAPH}\n"
    )


def test_markdown_it_sees_the_headline_headings_and_paragraphs() -> None:
    article = _article()
    _, body = _split_front_matter(to_markdown(article))
    tokens = COMMONMARK.parse(body)
    headings = [
        (t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]
    assert headings == [
        ("h1", "Yes: --- # a headline"),
        ("h2", "Energy \\*grid\\* truce"),
        ("h2", ""),
        ("h2", "Empty paragraph next"),
    ]
    assert _inline_text(tokens, "heading") == [
        article.headline,
        *(s.heading for s in article.sections if s.heading is not None),
    ]
    nonempty = [p for p in article.paragraphs if p]
    assert _inline_text(tokens, "paragraph") == nonempty


def test_article_without_headline_or_body_is_front_matter_only() -> None:
    markdown = to_markdown(Article())
    assert markdown.startswith("---\nschema_version: 1\n") and markdown.endswith("\n---\n")
    assert "#" not in markdown


def test_seed_markdown(fixtures_dir: Any) -> None:
    """The seed's Markdown: PyYAML reads the JSON metadata; one h1, and the h2s are the headings."""
    article = parse((fixtures_dir / "000_bad2af0e90df0263.txt").read_bytes())
    markdown = to_markdown(article)
    front, body = _split_front_matter(markdown)
    assert yaml.safe_load(front) == markdown_metadata(json.loads(json.dumps(article.to_dict())))
    tokens = COMMONMARK.parse(body)
    h1 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h1" and t.nesting == 1]
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1]
    assert h1 == [article.headline] == ["Takeaways from Trump-Putin Call"]
    assert h2 == [s.heading for s in article.sections if s.heading]
    assert len(h2) == 8
    assert _inline_text(tokens, "paragraph") == list(article.paragraphs)
