"""JSON, JSON Lines and canonical-text rendering, and the table of formats."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.errors import ArticleParseError
from articlecli.model import Article, Diagnostic, Quote, Related, Section
from articlecli.parser import parse
from articlecli.render import (
    FIELD_NAMES,
    FORMATS,
    article_dict,
    to_json,
    to_json_array,
    to_jsonl,
    to_markdown,
    to_text,
)

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("*.txt"))

ARTICLE = Article(
    headline="Harbour Reopens",
    byline="Jane Doe, AFP",
    authors=("Jane Doe",),
    agencies=("AFP",),
    date="2025-03-19",
    photo_credit="Alexei Druzhinin / POOL / TASS",
    sections=(
        Section(None, ("The harbour reopened on Tuesday after a week of storms.",)),
        Section("Back at sea", ('"We are glad," said the harbour master.',)),
    ),
    quotes=(Quote("We are glad", "the harbour master", 1, 0, 1, 12),),
    related=(Related("Read more", "Storm season", "https://example.com/storms"),),
    url="https://www.example.com/harbour",
    lines={"headline": 1},
    id="0123456789abcdef",
)


def _without_line_numbers(article: Article) -> Article:
    """Drop what depends on where things stood in the input, not on what they say.

    Warnings lose their lines, and so their order too (the parser sorts them by line).
    """
    warnings = sorted(
        (dataclasses.replace(w, line=None) for w in article.warnings),
        key=lambda w: (w.code, w.message),
    )
    return dataclasses.replace(article, lines={}, warnings=tuple(warnings), source=None)


# -- JSON ---------------------------------------------------------------------------------


def test_json_is_the_pretty_dict_form() -> None:
    text = to_json(ARTICLE)
    assert json.loads(text) == ARTICLE.to_dict()
    assert text.startswith('{\n  "schema_version": 1,\n  "id": "0123456789abcdef",\n')
    assert not text.endswith("\n")


def test_jsonl_is_one_compact_line() -> None:
    text = to_jsonl(ARTICLE)
    assert "\n" not in text
    assert text.startswith('{"schema_version":1,"id":"0123456789abcdef","headline":')
    assert json.loads(text) == ARTICLE.to_dict()


def test_json_keeps_non_ascii_text_but_escapes_unicode_line_breaks() -> None:
    article = Article(headline="Кремль\u2028said\x85so\u2029", byline="José")
    for text in (to_json(article), to_jsonl(article)):
        assert "Кремль" in text and "José" in text
        assert "\\u2028" in text and "\\u0085" in text and "\\u2029" in text
        assert text.splitlines() == text.split("\n")
        assert json.loads(text)["headline"] == article.headline
    assert len(to_jsonl(article).splitlines()) == 1


def test_fields_keep_only_those_keys_in_the_given_order() -> None:
    data = article_dict(ARTICLE, fields=["url", "headline", "word_count"])
    assert list(data) == ["url", "headline", "word_count"]
    assert data == {"url": ARTICLE.url, "headline": ARTICLE.headline, "word_count": 17}
    assert json.loads(to_jsonl(ARTICLE, fields=["date"])) == {"date": "2025-03-19"}
    assert json.loads(to_json(ARTICLE, fields=["domain"])) == {"domain": "example.com"}


def test_unknown_fields_raise_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown fields 'title', 'body'; valid fields: ") as e:
        article_dict(ARTICLE, fields=["headline", "title", "body"])
    assert all(name in str(e.value) for name in FIELD_NAMES)
    with pytest.raises(TypeError, match="not a string"):
        to_json(ARTICLE, fields="headline,date")


def test_field_names_are_the_dict_keys() -> None:
    assert tuple(ARTICLE.to_dict()) == FIELD_NAMES


def test_json_array() -> None:
    text = to_json_array([ARTICLE, Article()], fields=["headline"])
    assert json.loads(text) == [{"headline": "Harbour Reopens"}, {"headline": None}]


def test_formats_table() -> None:
    assert {name: fmt.extension for name, fmt in FORMATS.items()} == {
        "json": ".json",
        "jsonl": ".jsonl",
        "markdown": ".md",
        "text": ".txt",
    }
    render, extension = FORMATS["markdown"]
    assert render is to_markdown and extension == ".md"
    for fmt in FORMATS.values():
        assert isinstance(fmt.render(ARTICLE), str)


# -- canonical text -----------------------------------------------------------------------


def test_text_layout() -> None:
    assert to_text(ARTICLE) == (
        "Harbour Reopens\n\n"
        "By Jane Doe, AFP\n\n"
        "2025-03-19\n\n"
        "Alexei Druzhinin / POOL / TASS\n\n"
        "The harbour reopened on Tuesday after a week of storms.\n\n"
        "Back at sea\n\n"
        '"We are glad," said the harbour master.\n\n'
        "Read more: Storm season https://example.com/storms\n\n"
        "Original url: https://www.example.com/harbour\n"
    )


def test_text_reads_back_as_the_same_fields() -> None:
    again = parse(to_text(ARTICLE))
    for name in ("headline", "byline", "authors", "agencies", "date", "photo_credit"):
        assert getattr(again, name) == getattr(ARTICLE, name), name
    assert (again.sections, again.quotes, again.related, again.url) == (
        ARTICLE.sections,
        ARTICLE.quotes,
        ARTICLE.related,
        ARTICLE.url,
    )


@pytest.mark.parametrize(
    ("article", "line"),
    [
        # Values that would be read as another field get a label.
        (Article(headline="By Jane Doe"), "Title: By Jane Doe"),
        (Article(headline="March 19, 2025"), "Title: March 19, 2025"),
        (Article(headline="https://example.com/x"), "Title: https://example.com/x"),
        (Article(headline="Getty Images"), "Title: Getty Images"),
        (Article(headline="Advertisement"), "Title: Advertisement"),
        (Article(headline="Date: tomorrow"), "Title: Date: tomorrow"),
        (Article(headline="A sentence that ends."), "Title: A sentence that ends."),
        # The parser takes YAML-style quotes off labelled values; single quotes undo exactly.
        (Article(headline='"Go home." "Now."'), 'Title: \'"Go home." "Now."\''),
        (Article(headline="'Go home,' he said. 'Now.'"), "Title: '''Go home,'' he said. ''Now.'''"),
        (Article(photo_credit="the photographer"), "Photo: the photographer"),
        (Article(photo_credit="Photo: Jane Doe"), "Photo: Photo: Jane Doe"),
        (Article(byline="staff and others"), "By: staff and others"),
        (Article(date="yesterday"), "Date: yesterday"),
        (Article(updated="2025-03-20T08:00:00"), "Updated 2025-03-20T08:00:00"),
        # Bare, a newspaper's name is the publication only when a headline follows it.
        (
            Article(publication="The Kerrville Daily Times"),
            "Publication: The Kerrville Daily Times",
        ),
        (Article(headline="Big News", publication="The Daily Times"), "The Daily Times"),
        (Article(publication="Moscow"), "Publication: Moscow"),
        (Article(summary="What happened."), "Summary: What happened."),
    ],
)
def test_header_values_get_a_label_only_when_needed(article: Article, line: str) -> None:
    assert line in to_text(article).splitlines()


@pytest.mark.parametrize(
    "article",
    [
        Article(headline="By Jane Doe", photo_credit="Photo: Jane Doe"),
        Article(headline='"Go home." "Now."', date="2025-03-19T10:30:00+03:00"),
        Article(headline="'Go home,' he said. 'Now.'", byline="Jane Doe", authors=("Jane Doe",)),
        Article(headline="A sentence that ends.", publication="Moscow"),
        Article(headline="Title", summary="What happened.", sections=(Section(None, ("Text.",)),)),
    ],
)
def test_labelled_header_values_read_back(article: Article) -> None:
    again = parse(to_text(article))
    for name in ("headline", "byline", "date", "updated", "photo_credit", "publication"):
        assert getattr(again, name) == getattr(article, name), name


def test_dateline_goes_back_before_the_first_paragraph_with_its_agency() -> None:
    article = Article(
        headline="Senate Votes",
        byline="Jane Doe",
        authors=("Jane Doe",),
        agencies=("CNN",),
        dateline="Washington",
        sections=(Section(None, ("The Senate voted on Tuesday.", "Second.")),),
    )
    text = to_text(article)
    assert "\n\nWashington (CNN) — The Senate voted on Tuesday.\n\n" in text
    again = parse(text)
    assert (again.dateline, again.agencies, again.sections) == (
        "Washington",
        ("CNN",),
        article.sections,
    )


def test_caption_highlights_and_chrome_are_written_where_the_parser_finds_them() -> None:
    article = Article(
        headline="Rescue in Kyiv",
        byline="AFP",
        agencies=("AFP",),
        photo_credit="Getty Images",
        photo_caption="Rescuers search the rubble.",
        sections=(Section(None, ("Rescuers worked through the night, officials said.",)),),
        highlights=("Rescuers worked all night",),
        boilerplate=("Advertisement",),
        unrecognised=("By Somebody Else", "Original url: https://example.com/b"),
        url="https://example.com/a",
    )
    text = to_text(article)
    assert "Rescuers search the rubble. (Getty Images)" in text
    assert "@highlight\n\nRescuers worked all night" in text
    again = parse(text)
    for name in ("photo_credit", "photo_caption", "highlights", "boilerplate", "unrecognised"):
        assert getattr(again, name) == getattr(article, name), name
    assert (again.sections, again.url) == (article.sections, article.url)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_text_is_stable(path: Path) -> None:
    """parse(to_text(parse(t))) == parse(t), up to input line numbers and decoding notes."""
    article = parse(path.read_bytes())
    again = parse(to_text(article))
    # Only the input's encoding can warn about decoding; the canonical text is UTF-8 text.
    decoding = [w for w in article.warnings if w.code == "AC109"]
    expected = dataclasses.replace(
        article, warnings=tuple(w for w in article.warnings if w not in decoding)
    )
    assert _without_line_numbers(again) == _without_line_numbers(expected), to_text(article)


def test_text_of_text_is_a_fixed_point(fixtures_dir: Path) -> None:
    article = parse((fixtures_dir / "000_bad2af0e90df0263.txt").read_bytes())
    text = to_text(article)
    assert to_text(parse(text)) == text
    assert text.endswith("-a88409\n") and not text.endswith("\n\n")


def test_warning_lines_are_kept_in_json(fixtures_dir: Path) -> None:
    article = parse((fixtures_dir / "015_unbalanced_quote.txt").read_bytes())
    warnings = json.loads(to_json(article))["warnings"]
    assert [Diagnostic.from_dict(w) for w in warnings] == list(article.warnings)


# Dumps where the obvious canonical text would read back differently; each was found by
# the property below (or its ancestors) and fixed in the renderer.
TRICKY_DUMPS = {
    # A newspaper's name stands for the headline only when no headline follows it.
    "publication-and-headline": "The Daily Times\n\nThe Daily Times",
    # A hard-wrapped paragraph that on one line would be a related link.
    "wrapped-related": "Related:\nAdvertisement",
    # The body opens with a line the header zone would take: the "Text:" marker stops it.
    "byline-paragraph": "Big News\n\nText:\n\nBy Jane Doe\n\nA paragraph follows, and it is long.",
    "url-paragraph": "Big News\n\nText:\n\nhttps://example.com/y\n\nA paragraph, long enough.",
    # A title-like last paragraph (hard-wrapped in the input) would become a heading.
    "title-like-paragraph": "Big News\n\nA paragraph, long enough.\n\nEnergy grid\ntruce\n",
    # An article with nothing in it.
    "empty": "Photo:",
    # Crawler metadata is boilerplate only inside front matter.
    "front-matter": "---\nword_count: 5\n---\n\nBig News\n\nSome paragraph that is long enough.",
    # Only the first paragraph gives up a dateline; a later one is checked where it stands.
    "later-dateline": "Big News\n\nA first paragraph.\n\nMOSCOW (Reuters) — Text here.\nmore words",
    # A caption whose text is a related line.
    "caption-like-link": "Big News\n\nText:\n\nRead more: Foo https://x.com/a\nPhoto: Y\n\nA text.",
    # A caption with its credit on the line under it (a credit no one-line form reads).
    "caption-over-credit": (
        "Big News\n\nVolunteers sort coats.\nLena Ortiz / Harbor Press via AP\n\nA text."
    ),
    # Section labels above the headline, a list heading with its titles after the story.
    "kickers-and-teasers": (
        "Politics\nAnalysis\n\nBig News\n\nBy Jane Doe\n\nA text.\n\nMost read\n"
        "Snow in the hills\nBakery wins prize"
    ),
    # A byline-like heading after the body marker stays in the body.
    "byline-after-marker": (
        "Big News\n\n@highlight\n\nA highlight that is long enough to be a paragraph.\n\nBy AFP"
    ),
    # A paragraph that on one line would be a wire credit line ("Edited by ...").
    "credit-line-paragraph": "Big News\neDITED BY\nBig News",
    # Markdown headings whose text alone would not read as a heading, and a paragraph
    # that on one line would read as a Markdown heading.
    "markdown-headings": (
        "# Big News\n\nA first paragraph.\n\n## what happened next.\n\nIt rained.\n\n"
        "## the end #\n\nIt stopped.\n\n## Tides ##\n\n## Winds\n\nIt blew."
    ),
    "markdown-first-heading": "## lower case heading\n\nA paragraph follows it.",
    "markdown-like-paragraph": "Big News\n\nText:\n\n## not a heading\nbut wrapped text.",
    # A share link glued onto the last sentence is boilerplate, written on its own line.
    "glued-chrome": "Big News\n\nThe court sat.\n\nThe case is closed. E-mail to a friend",
    "url-like-paragraph": (
        "Big News\n\nA paragraph.\n\nOriginal url: https://example.com/x\nis where it was\n\n"
        "Original url: https://example.com/z"
    ),
    # A caption's credit that no form marks as one, under its label ("Credit..."), with
    # and without the byline and date after it (the late fields read it either way).
    "credit-under-label": (
        "Big News\n\nThe city said the work would take six weeks.\n\n"
        "Workers inspect the bridge on Monday.\n\nCredit...\n\nLena Ortiz for The Ledger\n\n"
        "By Tom Hale\n\nMar. 4, 2031\n\nThe bridge will close, the mayor said."
    ),
    "credit-under-label-only": (
        "Big News\n\nWorkers inspect the bridge on Monday.\n\nCredit...\n\n"
        "Lena Ortiz for The Ledger\n\nThe bridge will close, the mayor said."
    ),
}


@pytest.mark.parametrize("dump", TRICKY_DUMPS.values(), ids=TRICKY_DUMPS.keys())
def test_canonical_text_reads_back_for_tricky_dumps(dump: str) -> None:
    article = parse(dump)
    text = to_text(article)
    assert _without_line_numbers(parse(text)) == _without_line_numbers(article), text


# Lines that dumps are made of, chosen to look like each field; bare URLs and "---" are
# left out because the parser reads them by position (a last bare URL is the article's
# URL, an unclosed "---" opens front matter), which canonical text cannot always keep.
DUMP_LINES = st.sampled_from(
    [
        "Takeaways from Trump-Putin Call",
        "By AFP",
        "BY JANE DOE",
        "March 19, 2025",
        "Updated March 20, 2025 10:00 am EST",
        "Alexei Druzhinin / POOL / TASS",
        "Getty Images",
        "Energy grid truce",
        '"Hi," said Putin.',
        "Related article: Foo bar",
        "Some paragraph of text that is long enough to be a paragraph.",
        "Text:",
        "Read more: Foo https://x.com/a",
        "Original url: https://example.com/x",
        "MOSCOW (Reuters) — Text here.",
        "Advertisement",
        "@highlight",
        "Title: X",
        "Photo: Y",
        "Summary: s.",
        "The Daily Times",
        "Date: garbage",
        "",
        "",
    ]
) | st.text(st.characters(exclude_categories=("Cs",), exclude_characters="-/:"), max_size=20)


@given(st.lists(DUMP_LINES, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n"]))
@example(["The Daily Times", "The Daily Times"], "\n\n")
@example(["Related:", "Advertisement"], "\n")
@example(["0", "Takeaways from Trump-Putin Call"], "\n")
@example(["Photo:"], "\n")
@example(
    [
        "Takeaways",
        "Original url: https://example.com/x",
        "Original url: https://example.com/x",
        "Takeaways",
    ],
    "\n\n",
)
@example(["Big News", "Text:", "By Jane Doe", "Some paragraph of text."], "\n\n")
@example(["Big News", "@highlight", "Big News", "By AFP"], "\n\n")  # a late byline
@example(  # wrapping the wrong block of a closing run made a heading of the one before
    ['"Hi," said Putin.', "0\rA", "Big News", "Big News"], "\n\n"
)
@example(  # a wrapped block in a closing run of title-like lines read as a credit
    ["Big News", "Big News", "Text:", "The Daily Times", "The Daily Times", "Big News",
     "Alexei Druzhinin / POOL / TASS"],
    "\n",
)  # fmt: skip
@example(  # wrappings were checked as a second paragraph, which may now give up a dateline
    [
        "Takeaways from Trump-Putin Call",
        "Takeaways from Trump-Putin Call",
        "Text:",
        "Text:",
        "MOSCOW (Reuters) — Text here.",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # a lede repeated before the story also needed the body marker
    ["MOSCOW (Reuters) — Text here.", '"', "MOSCOW (Reuters) — Text here."], "\n"
)
@example(  # a closing menu that repeats the headline was written before the story
    [
        "Takeaways from Trump-Putin Call",
        "0",
        "Takeaways from Trump-Putin Call",
        "Takeaways from Trump-Putin Call",
        "Title: X",
    ],
    "\n\n",
)
@example(  # a lede repeated before its dateline was compared without the dateline
    [
        "MOSCOW (Reuters) — Text here.",
        "MOSCOW (Reuters) — Text here.",
        "Some paragraph of text that is long enough to be a paragraph.",
    ],
    "\n",
)
@example(  # a short title over a date line was taken for a menu item above the headline
    ["Energy grid truce", "March 19, 2025", "Takeaways from Trump-Putin Call", "By AFP"], "\n"
)
@example(  # a repeated headline was written above the headline as a menu item
    ["Summary: s.", "0;0;0;A", "0;0;0;A"], "\n"
)
@example(["Date: garbage", "0;0;0;A", "0;0;0;A"], "\n")  # ... over an unreadable date
@example(  # a menu item was read over a newspaper's name, which the header then took
    ["A", "The Daily Times", "A", "Takeaways from Trump-Putin Call", "By AFP"], "\n"
)
@example(  # a header with no body was not scored, so the layout without the menu won
    ["A", "The Daily Times", "Takeaways from Trump-Putin Call", "By AFP"], "\n"
)
@example(  # a paragraph opening with a lone "#" read as a Markdown heading on one line
    ["#", *["Takeaways from Trump-Putin Call"] * 3], "\n"
)
@example(["#", *["Takeaways from Trump-Putin Call"] * 4], "\n")  # ... over three lines
@example(["#", "#", "Takeaways from Trump-Putin Call"], "\n")  # ... or two of them
@example(  # a quote and a byline over a credit line were read as a caption
    ["Alexei Druzhinin / POOL / TASS", '"Hi," said Putin.', "By AFP", "Getty Images"], "\n"
)
@example(  # a repeated lead with a time ("10:00") was taken for front-matter metadata
    [
        "0",
        "Updated March 20, 2025 10:00 am EST",
        "Read more: Foo https://x.com/a",
        "0",
        "Updated March 20, 2025 10:00 am EST",
    ],
    "\n",
)
@example(  # ... or over a credit line
    ["Energy grid truce", "Getty Images", "Takeaways from Trump-Putin Call", "By AFP"], "\n"
)
@example(  # short lines over a date line were taken for a page's menu over a headline
    ["Energy grid truce", "Advertisement", "The Daily Times", "A", "B", "C", "March 19, 2025"],
    "\n",
)
@example(  # chrome split off a one-word question left a title where a paragraph had been
    ["Takeaways from Trump-Putin Call", "A?\x0c©", "By AFP"], "\n"
)
@example(  # a credit line, a credit and counts at the top were taken for a page's menu
    [
        "Alexei Druzhinin / POOL / TASS",
        "Getty Images",
        "The Daily Times",
        "0",
        "00",
        "000",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # bylines and repeated lines at the top were taken for a page's menu
    ["By AFP", "By AFP", "By AFP", "By AFP", "A", "A", "Takeaways from Trump-Putin Call"], "\n"
)
@example(  # a second URL line after a credit label was taken for a crawler's metadata
    [
        "Takeaways from Trump-Putin Call",
        "Original url: https://example.com/x",
        "Photo: Y",
        "Original url: https://example.com/x",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # a comment count under the date, a heading above it: read back as a paragraph
    [
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
        "Updated March 20, 2025 10:00 am EST",
        "0",
    ],
    "\n",
)
@example(["Photo: Y", "March 19, 2025", "0"], "\n")  # ... and with a credit between them
@example(  # ... and so was a field whose value is unreadable
    [
        "Energy grid truce",
        "The Daily Times",
        "B",
        "Takeaways from Trump-Putin Call",
        "Date: garbage",
        "A",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # a credit and a paper's name were taken for odd lines among a page's menu items
    [
        "Energy grid truce",
        "B",
        "Takeaways from Trump-Putin Call",
        "Alexei Druzhinin / POOL / TASS",
        "The Daily Times",
        "A",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # a paper's name printed twice around a label: the name was written below the label
    ["The Daily Times", "The Daily Times", "A", "Takeaways from Trump-Putin Call", "By AFP"],
    "\n",
)
@example(  # a label over a title, chrome under it: the chrome was written after the byline
    ["A", "The Daily Times", "BY USING THIS SITE", "By AFP"], "\n"
)
@example(  # "Getty Images" among short lines is set aside; on a block of its own, a credit
    [
        "A",
        "B",
        "C",
        "Takeaways from Trump-Putin Call",
        "Getty Images",
        "The Daily Times",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # ... and a labelled title after them, which only its label makes the headline
    [
        "Energy grid truce",
        "A",
        "A",
        "Takeaways from Trump-Putin Call",
        "Advertisement",
        "B",
        "C",
        "Title: X",
    ],
    "\n",
)
@example(  # a press release's dateline dates the article
    ["Takeaways from Trump-Putin Call", "NEW YORK, March 9, 2031 /PRNewswire/ -- Text here."],
    "\n\n",
)
@example(  # a digest's record, its fields marked with emoji
    ["📰 Energy grid truce", "🔗 https://example.com/x", "📂 Category: energy", "Some text."],
    "\n",
)
@example(  # a header packed with its boilerplate, over the story's paragraph ...
    [
        "Energy grid truce",
        "A\rB",
        "Takeaways from Trump-Putin Call",
        "Getty Images",
        "The Daily Times",
        *["Takeaways from Trump-Putin Call"] * 3,
    ],
    "\n",
)
@example(  # ... or over a lone heading
    [";", ";", "Takeaways from Trump-Putin Call", "Title: X", "Energy grid truce"], "\n"
)
@example(
    ["B", "C", "a", "Takeaways from Trump-Putin Call", "The Daily Times", "A"]
    + ["Takeaways from Trump-Putin Call"] * 3,
    "\n",
)
@example(  # ... with a line the header could not place
    [
        "A",
        "B",
        "C",
        "Takeaways from Trump-Putin Call",
        "Getty Images",
        "The Daily Times",
        "Date: garbage",
    ],
    "\n",
)
@example(  # a credit or a related link before the headline again is no page's menu
    [
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
        "Alexei Druzhinin / POOL / TASS",
        "0",
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
    ],
    "\n\n",
)
@example(
    [
        "Takeaways from Trump-Putin Call",
        *["Alexei Druzhinin / POOL / TASS"] * 3,
        "Read more: Foo https://x.com/a",
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
    ],
    "\n\n",
)
@example(  # menus and the headline again under the title bar, all set aside
    [
        "Takeaways from Trump-Putin Call",
        *["Energy grid truce"] * 3,
        *["Takeaways from Trump-Putin Call"] * 2,
        "Energy grid truce",
    ],
    "\n\n",
)
@example(  # lines set aside after the story were written under the headline with the menus
    [
        "Energy grid truce",
        "Takeaways from Trump-Putin Call",
        "The Daily Times",
        "a",
        "Energy grid truce",
        '"Hi," said Putin.',
        "Takeaways from Trump-Putin Call",
        "Takeaways from Trump-Putin Call",
        "Takeaways from Trump-Putin Call",
    ],
    "\n\n",
)
@example(  # set-aside lines that repeat the lead among others: written back in their order
    [
        "By AFP",
        "By AFP",
        "0;0\U00018cd60;A",
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
        "Energy grid truce",
        "0;0\U00018cd60;A",
        "Takeaways from Trump-Putin Call",
    ],
    "\n\n",
)
@example(  # a crawl's URL line printed twice over the title: the packed block opens with it
    ["Original url: https://example.com/x", "Original url: https://example.com/x", "Title: X"],
    "\n",
)
@example(  # a caption over a byline line and a credit, read whole only as one line
    ['"Hi," said Putin.', "By AFP", "Photo: Y"], "\n"
)
@example(  # a byline printed again was written after the body marker, where it is text
    ["BY JANE DOE", "BY JANE DOE", "MOSCOW (Reuters) — Text here.", "By AFP"], "\n"
)
@example(  # a byline printed twice over the headline printed twice: the canonical text
    # wrote the byline's repeat above the header, where it read as the byline itself
    ["BY JANE DOE", "BY JANE DOE", "A", "A"],
    "\n",
)
@example(  # "@highlight" set aside above the headline was written after the story, where
    # it is the highlights' marker: all of a few set-aside lines go above the header
    ["Photo: Y", "\u00a1", "@highlight", "a", "Takeaways from Trump-Putin Call", "By AFP"],
    "\n\n",
)
@example(  # menus over a byline over a labelled title: written under the header, the menus
    # read as the story; the byline goes over the title, as printed
    [";", "Energy grid truce", "Takeaways from Trump-Putin Call", "By AFP", "Title: X"],
    "\n\n",
)
@example(  # a line set aside in the header zone over a title-like paragraph: the marker
    # stopped the paragraph being the headline, but only under the set-aside line
    [
        "March 19, 2025",
        "0",
        "Some paragraph of text that is long enough to be a paragraph.",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # "a" over the headline was taken for a topic's tag, under the byline twice
    ["BY JANE DOE", "BY JANE DOE", "a", "Takeaways from Trump-Putin Call"], "\n"
)
@example(  # three lines set aside above a headline printed twice, its repeats set aside
    # after the story with an ad between them: three lines above the header were not tried
    [
        "Advertisement",
        ";\x1d\ud7fc",
        *["Takeaways from Trump-Putin Call"] * 3,
        "Advertisement",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # menus over a credit over a byline, read in company: packed, the header lines
    # were tried in canonical order only (byline first), where the menus read as a story
    [
        "Energy grid truce",
        "The Daily Times",
        "C",
        "Takeaways from Trump-Putin Call",
        "A",
        "B",
        "Alexei Druzhinin / POOL / TASS",
        "By AFP",
    ],
    "\n",
)
@example(  # a line of chrome as wide as the block it ends: joined, then read as a heading
    ["Title: X", "Title: X", "Advertisement", "Advertisement"],
    "\n",
)
@example(  # a date over set-aside lines over a labelled title: the header parted around them
    ["March 19, 2025", "0", "Takeaways from Trump-Putin Call", "Title: X"],
    "\n",
)
@example(  # a dateline on the paragraph after a short one, put back on the first (a heading)
    ["0", "Original url: https://example.com/x", "MOSCOW (Reuters) — Text here."],
    "\n",
)
@example(  # a wrapping checked without the headline: a title run onto the dateline was read
    ["A", "Takeaways from Trump-Putin Call", "MOSCOW (Reuters) — Text here.", "00"],
    "\n",
)
@example(  # thirteen lines set aside, the title among them: more than a packed header took
    [
        "A\nA\rA\x85A\u2028A",
        "A\nA\rA\x85B\u2028C\u2028D",
        "Takeaways from Trump-Putin Call",
        "E",
        "Takeaways from Trump-Putin Call",
    ],
    "\n",
)
@example(  # "Text:" under a page's menus and the repeated title, before a lone heading: the
    # marker canonical text wrote was read as the story's first paragraph
    [
        "Advertisement",
        "A",
        "C",
        "Takeaways from Trump-Putin Call",
        "Energy grid truce",
        "A",
        "Related article: Foo bar",
        "B",
    ],
    "\n\n",
)
def test_canonical_text_reads_back_as_the_same_article(lines: list[str], joint: str) -> None:
    """parse(to_text(a)) == a for any article the parser made (line numbers aside)."""
    try:
        article = parse(joint.join(lines))
    except ArticleParseError:
        return
    text = to_text(article)
    assert _without_line_numbers(parse(text)) == _without_line_numbers(article), text


def test_marker_keeps_a_title_like_first_paragraph_out_of_a_missing_headline() -> None:
    article = Article(
        byline="AFP",
        agencies=("AFP",),
        sections=(Section(None, ("Calm returns to the harbour town", "It was quiet on Sunday.")),),
    )
    text = to_text(article)
    # On one line the first paragraph would be the headline, or else a heading.
    assert text.startswith("By AFP\n\nText:\n\nCalm returns to\nthe harbour town\n\n")
    again = parse(text)
    assert (again.headline, again.sections) == (None, article.sections)
