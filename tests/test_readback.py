"""Reading articlecli's own JSON, JSON Lines and Markdown back, recognised by content."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from markdown_it import MarkdownIt

from articlecli.errors import ArticleParseError
from articlecli.load import load_articles
from articlecli.model import Article, Diagnostic, Related, Section, Source
from articlecli.outputs import render_document
from articlecli.parser import parse
from articlecli.parser.quotes import find_quotes
from articlecli.readback import read_own_output
from articlecli.render import FORMATS, to_json, to_json_array, to_jsonl, to_markdown, to_text
from articlecli.schema import json_schema

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "000_bad2af0e90df0263.txt"
FIXTURES = sorted(SEED.parent.glob("*.txt"))


def _with_found_quotes(article: Article) -> Article:
    """Give a hand-built article the quotes the parser finds (Markdown recomputes them)."""
    return dataclasses.replace(article, quotes=find_quotes(article.sections)[0])


short_text = st.text(max_size=20)
optional_text = st.none() | short_text
text_tuples = st.lists(short_text, max_size=3).map(tuple)
sections = st.lists(
    st.builds(Section, optional_text, st.lists(st.text(max_size=60), max_size=3).map(tuple)),
    max_size=4,
).map(tuple)
articles = st.builds(
    Article,
    headline=optional_text,
    byline=optional_text,
    authors=text_tuples,
    agencies=text_tuples,
    date=optional_text,
    updated=optional_text,
    photo_credit=optional_text,
    photo_caption=optional_text,
    publication=optional_text,
    dateline=optional_text,
    summary=optional_text,
    sections=sections,
    related=st.lists(st.builds(Related, short_text, optional_text, optional_text), max_size=2).map(
        tuple
    ),
    highlights=text_tuples,
    url=optional_text,
    lines=st.dictionaries(short_text, st.integers(1, 10**6), max_size=3),
    warnings=st.lists(
        st.builds(Diagnostic, short_text, short_text, st.none() | st.integers(1, 10**6)),
        max_size=2,
    ).map(tuple),
    boilerplate=text_tuples,
    unrecognised=text_tuples,
    source=st.none() | st.builds(Source, optional_text, st.integers(0, 99), st.integers(1, 99)),
    id=short_text,
).map(_with_found_quotes)

HAND_BUILT = _with_found_quotes(
    Article(
        headline="---",
        byline="AFP",
        agencies=("AFP",),
        sections=(
            Section(None, ()),
            Section("## not a heading", ('"Quoted," said Putin.', "")),
            Section(None, ("- item", "  indented", "<!-- empty paragraph -->")),
        ),
        url="https://example.com/a",
        source=Source("a.txt", 3, 7),
    )
)


# -- round trips --------------------------------------------------------------------------


@given(articles)
@example(HAND_BUILT)
@example(_with_found_quotes(Article(sections=(Section(None, ("",)),))))
@example(_with_found_quotes(Article(sections=(Section("", ()), Section(None, ("x",))))))
@example(_with_found_quotes(Article(headline="", sections=(Section(None, ("***",)),))))
@example(_with_found_quotes(Article(sections=(Section(None, ("---", "# x", "## y")),))))
def test_markdown_reads_back_as_the_same_article(article: Article) -> None:
    assert read_own_output(to_markdown(article)) == [article]


@given(articles)
@example(HAND_BUILT)
@example(Article(headline="\u2028\x85"))  # line breaks that str.splitlines would split on
def test_json_and_jsonl_read_back_as_the_same_article(article: Article) -> None:
    assert read_own_output(to_json(article)) == [article]
    assert read_own_output(to_jsonl(article)) == [article]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_streams_of_several_articles_read_back(fmt: str) -> None:
    """What the command line writes for several articles (its own framing) reads back."""
    many = [parse(path.read_bytes()) for path in FIXTURES[:4]] + [HAND_BUILT]
    text = render_document(many, fmt, FORMATS[fmt].render).decode("utf-8")
    assert read_own_output(text) == many


def test_a_json_array_reads_back() -> None:
    two = [HAND_BUILT, Article(headline="Second")]
    assert read_own_output(to_json_array(two)) == two
    assert read_own_output(json.dumps([a.to_dict() for a in two])) == two


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_fixture_outputs_read_back(path: Path, fmt: str) -> None:
    article = parse(path.read_bytes())
    assert read_own_output(FORMATS[fmt].render(article)) == [article]


def test_the_seed_end_to_end() -> None:
    """The seed renders to every format; all validate, read back, and parse as expected."""
    article = parse(SEED.read_bytes())
    data = json.loads(to_json(article))
    Draft202012Validator(json_schema()).validate(data)
    assert read_own_output(to_json(article)) == [article]

    markdown = to_markdown(article)
    assert read_own_output(markdown) == [article]
    front, _, body = markdown.removeprefix("---\n").partition("\n---\n")
    metadata = {k: v for k, v in data.items() if k not in ("sections", "quotes")}
    assert yaml.safe_load(front) == metadata
    tokens = MarkdownIt("commonmark").parse(body)
    titles = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.nesting == 1]
    titles = [(tag, text) for tag, text in titles if tag in ("h1", "h2", "h3")]
    assert titles[0] == ("h1", article.headline)
    assert titles[1:] == [("h2", s.heading) for s in article.sections if s.heading]

    assert parse(to_text(article)).sections == article.sections


# -- where articles come from -------------------------------------------------------------


def test_source_names_where_each_article_was_read() -> None:
    text = to_jsonl(HAND_BUILT) + "\n\n" + to_jsonl(Article(headline="B")) + "\n"
    read = read_own_output(text, source="out.jsonl")
    assert read is not None
    assert [a.source for a in read] == [Source("out.jsonl", 0, 1), Source("out.jsonl", 1, 3)]
    assert [dataclasses.replace(a, source=None) for a in read] == [
        dataclasses.replace(HAND_BUILT, source=None),
        Article(headline="B"),
    ]
    assert read_own_output(text) is not None
    assert read_own_output(text)[0].source == Source("a.txt", 3, 7)  # type: ignore[index]


def test_markdown_source_lines_are_the_front_matter_fences() -> None:
    text = to_markdown(HAND_BUILT) + "\n" + to_markdown(Article(headline="B"))
    read = read_own_output(text, source="out.md")
    assert read is not None
    second = text.split("\n").index("---", text.split("\n").index("---", 1) + 1)
    assert [a.source for a in read] == [Source("out.md", 0, 1), Source("out.md", 1, second + 1)]


def test_load_articles_reads_own_output_and_parses_dumps() -> None:
    """The command line's single entry point takes both kinds of input."""
    article = parse(SEED.read_bytes())
    markdown = to_markdown(article).encode("utf-8")
    assert [a.headline for a in load_articles(markdown, source="a.md")] == [article.headline]
    (loaded,) = load_articles(markdown, source="a.md")
    assert dataclasses.replace(loaded, source=None) == article
    assert loaded.source == Source("a.md", 0, 1)


def test_a_byte_order_mark_is_ignored() -> None:
    assert read_own_output("\ufeff" + to_json(HAND_BUILT)) == [HAND_BUILT]


# -- not ours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        SEED.read_text(encoding="utf-8"),
        '{"headline": "no schema_version"}',
        '{"a": 1}\n{"b": 2}\n',
        "[1, 2, 3]",
        "[]",
        "{not json at all}\n",
        "[Photo] A headline in brackets\n\nBy AFP\n",
        "---\ntitle: A Jekyll post\nlayout: post\n---\n\nBody text.\n",
        "---\n\nA dump that opens with a rule\n",
        "# A Markdown file of someone else's\n\nText.\n",
        # Another tool's schema, its version in its own form (a string, a number with a point).
        '---\nschema_version: "1.0.0"\ncanonical_url: "https://example.test/a"\n---\n\nText.\n',
        "---\nschema_version: 2.1\ntitle: A post\n---\n\nText.\n",
        '{"schema_version": "1.0.0", "title": "Ferry resumes"}',
        '[{"schema_version": "3", "title": "Ferry resumes"}]',
        '{"schema_version": true}',
    ],
)
def test_text_that_is_not_ours_gives_none(text: str) -> None:
    assert read_own_output(text) is None


def test_another_tools_front_matter_with_a_schema_version_is_read_as_a_dump() -> None:
    """An investor-news archive's Markdown: front matter of its own (its "schema_version"
    a string), then the release; it was taken for our Markdown, and stopped as broken."""
    text = (
        '---\nschema_version: "1.0.0"\ncompany: "Harbour Ferries Inc"\n'
        'canonical_url: "https://example.test/news/ferry-results"\n'
        'published_at: "2031-02-18T13:00:00+00:00"\n---\n\n'
        "# Harbour Ferries reports its second quarter\n\n"
        "The company carried more passengers than a year before.\n"
    )
    (article,) = load_articles(text.encode("utf-8"), source="release.md")
    assert (article.headline, article.url, article.date) == (
        "Harbour Ferries reports its second quarter",
        "https://example.test/news/ferry-results",
        "2031-02-18T13:00:00+00:00",
    )
    assert article.paragraphs == ("The company carried more passengers than a year before.",)


# -- ours, but broken ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{\n  "schema_version": 1,\n  "headline": \n}\n', 4, "broken JSON"),
        ('{\n  "schema_version": 1,\n  "headline": 5\n}\n', 1, "headline: expected a string"),
        ('{"schema_version": 2}', 1, "unsupported schema_version 2"),
        ('{"schema_version": 1, "authors": "Jane"}', 1, "authors: expected a list of strings"),
        (
            '{"schema_version": 1, "sections": [{"heading": null}]}',
            1,
            r"sections\[0\]: missing paragraphs",
        ),
        (
            '{"schema_version": 1, "quotes": [{"text": "t", "speaker": null, "section": 0, '
            '"paragraph": 0, "start": true, "end": 2}]}',
            1,
            r"quotes\[0\].start: expected an integer",
        ),
        ('{"schema_version": 1}\n{"schema_version": 1\n', 2, "broken JSON line"),
        ('{"schema_version": 1}\n\n[1]\n', 3, "not an article object"),
        ('[\n  {"schema_version": 1},\n  {"schema_version": 1,}\n]', 3, "broken JSON array"),
        ('[\n  {"schema_version": 1},\n  7\n]', 3, "not an article object"),
        ('[\n  {"schema_version": 1}\n  {"schema_version": 1}\n]', 3, "expected ',' or ']'"),
        ('[\n  {"schema_version": 1}\n', 3, "not closed"),
        ('[{"schema_version": 1}]\nmore', 2, "text after the array"),
        ("---\nschema_version: 1\nheadline: not quoted\n---\n", 3, "broken front matter"),
        ("---\nschema_version: 1\nheadline: null\n", 1, "not closed"),
        ('---\nschema_version: 1\nheadline: ["x"]\n---\n', 3, "broken front matter"),
        ("---\nschema_version: 1\nheadline: 3\n---\n", 1, "headline: expected a string"),
        ("---\nschema_version: 1\n---\n\n---\nheadline: null\n---\n", 5, "without schema_version"),
    ],
)
def test_broken_own_output_raises_with_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(ArticleParseError, match=message) as caught:
        read_own_output(text, source="in.json")
    assert (caught.value.source, caught.value.line) == ("in.json", line)
    assert str(caught.value).startswith(f"in.json:{line}: ")
