"""Properties of the record splitter: joined articles come back apart, whole and in order.

For generated lists of articles joined with any supported delimiter, splitting gives one
record per article, each starting on the article's first non-blank input line, and
parsing a record gives the article that parsing it alone gives (line numbers shifted by
the blank lines the record leaves off).
"""

from __future__ import annotations

import html
import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.load import load_articles
from articlecli.model import Article, Diagnostic
from articlecli.parser import parse
from articlecli.readback import read_own_output
from articlecli.render import to_jsonl, to_markdown
from articlecli.split import split_text
from strategies import (
    HEADLINES,
    ArticleSpec,
    BylineSpec,
    CreditSpec,
    DateSpec,
    ParagraphSpec,
    RelatedSpec,
    SectionSpec,
    Surface,
    UrlSpec,
    articles,
    person_names,
    render_dump,
    sentences,
    simple_article,
    surfaces,
    urls,
)

# -- joiners: how a dump puts articles one after another ----------------------------------------


@dataclass(frozen=True)
class Joiner:
    """A delimiter style: what goes before, between and after articles."""

    name: str
    before: Callable[[int], str] = lambda index: ""
    between: str = ""
    needs_trailer: bool = False  # articles must end with "Original url: ..."


@st.composite
def joiners(draw: st.DrawFn) -> Joiner:
    """A delimiter style issue 6 names: rules, form feeds, marker lines, seed trailers."""
    rule = draw(st.sampled_from("-=*_")) * draw(st.integers(3, 72))
    blank = draw(st.sampled_from(("", " ", "\t")))
    marker = draw(
        st.sampled_from(
            (
                "---END OF ARTICLE---",
                "<<<END OF ARTICLE>>>",
                "=== END ===",
                "***** end of story *****",
            )
        )
    )
    return draw(
        st.sampled_from(
            (
                Joiner("rule", between=f"\n{blank}\n{rule}\n{blank}\n"),
                Joiner("form feed", between=draw(st.sampled_from(("\f", "\n\f\n", "\n\f")))),
                Joiner("end marker", between=f"\n{marker}\n"),
                Joiner("start marker", before=lambda i: "<<<ARTICLE>>>\n"),
                Joiner("numbered marker", before=lambda i: f"### ARTICLE {i + 1} ###\n"),
                Joiner("seed trailer", between="\n", needs_trailer=True),
                Joiner("seed trailer, blank lines", between="\n\n\n", needs_trailer=True),
            )
        )
    )


def with_trailer(spec: ArticleSpec, url: str) -> ArticleSpec:
    """Return ``spec`` ending with the seed's "Original url: ..." trailer."""
    header = tuple(item for item in spec.header if item != "url")
    return replace(spec, url=UrlSpec(f"Original url: {url}", url, False, False), header=header)


def plain_text(spec: ArticleSpec, surface: Surface) -> str:
    """Render an article as text with LF line ends (dumps mixing line ends are tested apart).

    Headings are plain: "## " headings make a record Markdown, where a "---" rule is a
    thematic break unless an H1 follows it (plainsplit's rule, tested in test_split.py),
    so joining such articles with "---" would make a dump that means one article.
    """
    text = render_dump(spec, replace(surface, encoding=None, newline="\n", markdown_headings=False))
    assert isinstance(text, str)
    return text


def join(texts: list[str], joiner: Joiner) -> tuple[str, list[int]]:
    """Join article texts into a dump; return it and the input line each article starts on."""
    dump = ""
    starts = []
    for index, text in enumerate(texts):
        if index:
            if joiner.needs_trailer and not dump.endswith("\n"):
                dump += "\n"
            dump += joiner.between
        marker = joiner.before(index)
        if marker and dump and not dump.endswith("\n"):
            dump += "\n"  # a start marker is a line of its own
        dump += marker
        starts.append(dump.count("\n") + 1)
        dump += text
    return dump, starts


# -- comparing articles --------------------------------------------------------------------------


def leading_blank_lines(text: str) -> int:
    """Count the blank lines (a BOM alone counts as blank) that open ``text``."""
    count = 0
    for line in text.split("\n"):
        if line.strip().lstrip("\ufeff").strip():
            break
        count += 1
    return count


def shifted(article: Article, offset: int) -> Article:
    """Return ``article`` with every line number moved down by ``offset``."""
    return replace(
        article,
        lines={name: line + offset for name, line in article.lines.items()},
        warnings=tuple(
            Diagnostic(w.code, w.message, None if w.line is None else w.line + offset)
            for w in article.warnings
        ),
    )


def assert_splits_back(texts: list[str], dump: str, starts: list[int]) -> None:
    records = split_text(dump)
    assert len(records) == len(texts), f"{len(records)} records for {len(texts)}:\n{dump!r}"
    for text, start, record in zip(texts, starts, records, strict=True):
        offset = leading_blank_lines(text)
        assert record.line == start + offset, (record, dump)
        assert (record.kind, record.verbatim) == ("text", True)
        expected = parse(text)
        assert shifted(parse(record.text), offset) == expected, (record.text, text)


# -- properties ----------------------------------------------------------------------------------


# An article closing on a "Related<TAB>article:<TAB>Title" line, then a rule, then an
# article whose header opens with its date: the related line was taken for the title of a
# story run on, its date the one under the rule (the label went unseen for the tabs).
_CLOSING_TABBED_RELATED = simple_article(
    related=(
        RelatedSpec(
            line="Related article: Takeaways from Trump-Putin Call",
            label="Related article",
            title="Takeaways from Trump-Putin Call",
            url=None,
            position=2,
        ),
    ),
)
_DATE_FIRST = replace(
    simple_article(
        updated=DateSpec("Updated JANUARY 1, 2000", "2000-01-01", "updated", time_line="00:00")
    ),
    header=("updated", "headline"),
)


_MOSCOW_URL = "https://www.themoscowtimes.com/2000/01/01/takeaways-a1"
_URL_FIRST = replace(
    simple_article(url=UrlSpec(_MOSCOW_URL, _MOSCOW_URL, bare=True, in_header=True)),
    header=("url", "headline"),
)
_URL_LAST_SPACED = simple_article(
    "He declined to comment.",
    "The talks resume in May.",
    url=UrlSpec(_MOSCOW_URL, _MOSCOW_URL, bare=True, in_header=False),
)


@given(
    specs=st.lists(st.tuples(articles(), surfaces(), urls()), min_size=1, max_size=3),
    joiner=joiners(),
)
@example(
    specs=[
        (_CLOSING_TABBED_RELATED, Surface(odd_spaces=("\t",)), "https://example.com/a"),
        (_DATE_FIRST, Surface(header_gaps=(0,)), "https://example.com/b"),
    ],
    joiner=Joiner("rule", between="\n\n---\n\n"),
)
@example(  # a dump whose first record opened with its URL; the second's closing URL, two
    # blank lines under its text and over the rule, was read as the next record's opening
    specs=[
        (_URL_FIRST, Surface(header_gaps=(0,)), "https://example.com/a"),
        (_URL_LAST_SPACED, Surface(body_gaps=(2,)), "https://example.com/b"),
        (simple_article(), Surface(), "https://example.com/c"),
    ],
    joiner=Joiner("rule", between="\n\n---\n\n"),
)
def test_joined_articles_split_back_into_the_same_articles(
    specs: list[tuple[ArticleSpec, Surface, str]], joiner: Joiner
) -> None:
    texts = [
        plain_text(with_trailer(spec, url) if joiner.needs_trailer else spec, surface)
        for spec, surface, url in specs
    ]
    dump, starts = join(texts, joiner)
    assert_splits_back(texts, dump, starts)


@st.composite
def labelled_records(draw: st.DrawFn) -> str:
    """A "Media Name - / URL - / Headline - / Date - / Text -" record with a body."""
    paragraphs = draw(st.lists(sentences(), min_size=1, max_size=3))
    fields = [
        f"Media Name - {draw(st.sampled_from(('Valley Courier', 'The Daily Star', 'Kyiv Post')))}",
        f"URL - {draw(urls())}",
        f"Headline - {draw(st.sampled_from(HEADLINES))}",
        f"Date - 2024-0{draw(st.integers(1, 9))}-1{draw(st.integers(0, 9))}",
        f"Text - {paragraphs[0]}",
    ]
    gap = draw(st.sampled_from(("\n", "\n\n")))
    return "\n".join(fields) + "".join(f"{gap}{p}" for p in paragraphs[1:]) + "\n"


@given(
    records=st.lists(labelled_records(), min_size=1, max_size=5), gap=st.sampled_from(("", "\n"))
)
def test_labelled_records_split_where_the_first_label_returns(records: list[str], gap: str) -> None:
    dump, starts = join(records, Joiner("labelled", between=gap))
    assert_splits_back(records, dump, starts)


# A "Related article: Title - https://..." line with tabs for spaces was read as a list
# of linked titles, a record a line (the label was compared with its tabs).
_TABBED_RELATED = ArticleSpec(
    headline="Takeaways From Trump-Putin Call",
    headline_line="Takeaways From Trump-Putin Call",
    byline=None,
    date=None,
    updated=None,
    credit=None,
    url=None,
    sections=(SectionSpec(None, (ParagraphSpec("The talks ended on Tuesday."),)),),
    related=(
        RelatedSpec(
            line="Related article: Energy grid truce - https://example.com/2000/01/01/truce",
            label="Related article",
            title="Energy grid truce",
            url="https://example.com/2000/01/01/truce",
            position=1,
        ),
    ),
    header=("headline",),
)


# A date line with tabs for spaces, "1<TAB>JANUARY<TAB>2000", over a "Photo:" line was read
# as item 1's title over its labels, and opened a record.
_TABBED_DAY_FIRST_DATE = ArticleSpec(
    headline="Takeaways From Trump-Putin Call",
    headline_line="Takeaways From Trump-Putin Call",
    byline=BylineSpec(line="By AFP", text="AFP", authors=(), agencies=("AFP",)),
    date=DateSpec(
        line="1 JANUARY 2000", iso="2000-01-01", field="date", updated_iso=None, time_line=None
    ),
    updated=None,
    credit=CreditSpec(line="Photo: Jan van Dijk", credit="Jan van Dijk"),
    url=None,
    sections=(SectionSpec(None, (ParagraphSpec("He declined to comment."),)),),
    related=(),
    header=("headline", "byline", "date", "credit"),
)


@given(
    specs=st.lists(st.tuples(articles(), surfaces()), min_size=1, max_size=3),
    titles=st.lists(st.sampled_from(HEADLINES), min_size=4, max_size=4),
)
@example(specs=[(_TABBED_RELATED, Surface(odd_spaces=("\t",)))], titles=["A", "B", "C", "D"])
@example(specs=[(_TABBED_DAY_FIRST_DATE, Surface(odd_spaces=("\t",)))], titles=["A", "B", "C", "D"])
@example(  # the same with the time after the date on its line (found by a soak run)
    specs=[
        (
            replace(
                _TABBED_DAY_FIRST_DATE,
                date=DateSpec("1 JANUARY 2000 00:00", "2000-01-01T00:00:00", "date"),
            ),
            Surface(odd_spaces=("\t",), header_gaps=(0,)),
        )
    ],
    titles=["A", "B", "C", "D"],
)
def test_front_matter_starts_each_article(
    specs: list[tuple[ArticleSpec, Surface]], titles: list[str]
) -> None:
    texts = [
        f"---\ntitle: {json.dumps(title)}\ntags:\n  - news\n---\n\n{plain_text(spec, surface)}"
        for (spec, surface), title in zip(specs, titles, strict=False)
    ]
    dump, starts = join(texts, Joiner("front matter", between="\n"))
    assert_splits_back(texts, dump, starts)


@given(specs=st.lists(st.tuples(articles(), surfaces()), min_size=1, max_size=3))
def test_own_markdown_output_splits_back_article_by_article(
    specs: list[tuple[ArticleSpec, Surface]],
) -> None:
    """``***`` section breaks inside articlecli's Markdown are not delimiters."""
    originals = [parse(plain_text(spec, surface)) for spec, surface in specs]
    dump = "".join(to_markdown(article) for article in originals)
    records = split_text(dump)
    assert len(records) == len(originals), dump
    for record, original in zip(records, originals, strict=True):
        read = read_own_output(record.text)
        assert read is not None and len(read) == 1, record.text
        assert read == read_own_output(to_markdown(original)), record.text


@given(specs=st.lists(st.tuples(articles(), surfaces()), min_size=1, max_size=3))
def test_json_lines_are_one_json_record_each(specs: list[tuple[ArticleSpec, Surface]]) -> None:
    lines = [to_jsonl(parse(plain_text(spec, surface))) for spec, surface in specs]
    records = split_text("".join(f"{line}\n" for line in lines))
    assert [(r.kind, r.container, r.line) for r in records] == [
        ("json", "jsonl", n) for n in range(1, len(lines) + 1)
    ]
    assert [r.text for r in records] == [f"{line}\n" for line in lines]
    for record in records:
        assert read_own_output(record.text) is not None


# -- containers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """A wire story's fields, and the labelled text a container of it must become."""

    headline: str
    author: str
    dateline: str
    paragraphs: tuple[str, ...]

    def expected(self, date: str) -> str:
        dash = "" if self.dateline.endswith("-") else " -"
        first = f"{self.dateline}{dash} {self.paragraphs[0]}"
        body = "\n\n".join((first, *self.paragraphs[1:]))
        return f"Title: {self.headline}\nBy: {self.author}\nDate: {date}\n\n{body}\n"


@st.composite
def stories(draw: st.DrawFn) -> Story:
    """A wire story: a headline, an author, a dateline and 1-5 paragraphs."""
    count = draw(st.integers(1, 5))
    paragraphs = tuple(
        " ".join(draw(st.lists(sentences(), min_size=1, max_size=3))) for _ in range(count)
    )
    return Story(
        draw(st.sampled_from(HEADLINES)),
        draw(person_names()),
        draw(st.sampled_from(("GENEVA (AP)", "LONDON (AP)", "KYIV, Ukraine (AP)"))),
        paragraphs,
    )


def sgml(text: str) -> str:
    return html.escape(text, quote=False)


def wire_lines(paragraph: str, width: int) -> list[str]:
    """Hard-wrap a paragraph the AP way: first line indented, the rest flush left."""
    lines = textwrap.wrap(sgml(paragraph), width, break_long_words=False, break_on_hyphens=False)
    return ["   " + lines[0], *lines[1:]]


def trec_doc(story: Story, number: int, width: int) -> str:
    body = [line for p in story.paragraphs for line in wire_lines(p, width)]
    return "\n".join(
        [
            "<DOC>",
            f"<DOCNO> XN990101-{number:04d} </DOCNO>",
            "<FILEID>AP-NR-01-01-99 1200EST</FILEID>",
            f"<HEAD>{sgml(story.headline)}</HEAD>",
            "<HEAD>Eds: Moves on all wires.</HEAD>",
            f"<BYLINE>By {sgml(story.author)}</BYLINE>",
            f"<DATELINE>{story.dateline} </DATELINE>",
            "<TEXT>",
            *body,
            "</TEXT>",
            "</DOC>",
        ]
    )


@given(story_list=st.lists(stories(), min_size=1, max_size=3), width=st.integers(40, 90))
def test_trec_documents_become_their_stories(story_list: list[Story], width: int) -> None:
    dump = "\n".join(trec_doc(s, i, width) for i, s in enumerate(story_list)) + "\n"
    records = split_text(dump)
    assert [r.text for r in records] == [
        s.expected("1999-01-01T12:00:00-05:00") for s in story_list
    ]
    assert [r.id for r in records] == [f"XN990101-{i:04d}" for i in range(len(story_list))]
    assert [parse(r.text).headline for r in records] == [s.headline for s in story_list]


def reuters_doc(story: Story, number: int, width: int) -> str:
    body = [line for p in story.paragraphs for line in wire_lines(p, width)]
    body[0] = body[0].lstrip()  # Reuters starts the body right after the dateline
    dateline = story.dateline.replace(" (AP)", "") + ", Jan 1 -"
    return "\n".join(
        [
            f'<REUTERS TOPICS="NO" NEWID="{number}">',
            "<DATE>1-JAN-1999 12:00:00.00</DATE>",
            "<TEXT>&#2;",
            f"<TITLE>{sgml(story.headline)}</TITLE>",
            f"<AUTHOR>    by {sgml(story.author)}</AUTHOR>",
            f"<DATELINE>    {dateline} </DATELINE><BODY>{body[0]}",
            *body[1:],
            " Reuter",
            "&#3;</BODY></TEXT>",
            "</REUTERS>",
        ]
    )


@given(story_list=st.lists(stories(), min_size=1, max_size=3), width=st.integers(40, 90))
def test_reuters_documents_become_their_stories(story_list: list[Story], width: int) -> None:
    dump = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "\n".join(
        reuters_doc(s, i, width) for i, s in enumerate(story_list)
    )
    records = split_text(dump)
    expected = [
        replace(s, dateline=s.dateline.replace(" (AP)", "") + ", Jan 1 -").expected(
            "1999-01-01T12:00:00"
        )
        for s in story_list
    ]
    assert [r.text for r in records] == expected
    assert [r.id for r in records] == [str(i) for i in range(len(story_list))]


# -- hostile dumps: many records, or one record of many blocks ------------------------------------

_STORY = "The council met on Monday and agreed the plan for the harbour."
# name -> (head, unit, count, tail): the dump is head + unit * count + tail. The benchmark
# (benchmarks/hostile.py) reads this table too, and times each dump at count and at four
# times count: the splitter looks back over a record's blocks and ahead for the next
# record's opening, so a rule that rescans what came before would show as more than four
# times the time.
_HOSTILE_DUMPS = {
    "a record of 5,000 paragraphs": (
        "Ferry returns\n\n",
        _STORY + "\n\n",
        5_000,
        "=" * 40 + "\n\nSecond story\n\n" + _STORY + "\n",
    ),
    "1,000 digest items": (
        "",
        "**Harbour story**\nA line about the story.\nhttps://example.com/news/story\n\n",
        1_000,
        "",
    ),
    "one digest item of 5,000 lines": (
        "**Harbour story**\n",
        "A line about the story.\n",
        5_000,
        "https://example.com/news/a\n\n**Second story**\nA line.\nhttps://example.com/news/b\n",
    ),
    "5,000 rule lines": ("", "=" * 40 + "\n", 5_000, ""),
    "1,000 labelled records": (
        "",
        "Title: Harbour story\nURL: https://example.com/story\nText: " + _STORY + "\n\n",
        1_000,
        "",
    ),
    "1,000 records between two kinds of rule": (
        "",
        "---\nStory\n\n" + _STORY + "\n***\n",
        1_000,
        "",
    ),
    "1,000 numbered archive documents": (
        "",
        "1 of 5 DOCUMENTS\n\nThe Daily Post\n\nMarch 3, 2024\n\nHarbour story\n\n"
        "BYLINE: Jane Doe\n\n" + _STORY + "\n\n",
        1_000,
        "",
    ),
    "2,000 record labels": ("", "Article 1\n", 2_000, ""),
    "4,000 URL lines": ("", "https://example.com/news/story\n", 4_000, ""),
    "5,000 headline-like lines": ("", "Harbour Council Approves Plan For New Pier\n", 5_000, ""),
}


@pytest.mark.parametrize("shape", list(_HOSTILE_DUMPS.values()), ids=list(_HOSTILE_DUMPS))
def test_hostile_dumps_load_without_crashing(shape: tuple[str, str, int, str]) -> None:
    """Dumps of thousands of tiny records, or of one record of thousands of blocks, load
    (at a tenth of the benchmark's size) into articles, every copy of the story kept.

    Why: the splitter's rules look back and ahead over blocks; such dumps are where one
    that crashes or drops a record would show. How fast they load belongs in the benchmark.
    """
    head, unit, count, tail = shape
    dump = head + unit * (count // 10) + tail
    articles = list(load_articles(dump.encode("utf-8"), source="hostile.txt"))
    assert articles
    texts = [
        text
        for article in articles
        for text in (*article.paragraphs, *article.boilerplate, *article.unrecognised)
    ]
    assert sum(text.count(_STORY) for text in texts) == dump.count(_STORY)
