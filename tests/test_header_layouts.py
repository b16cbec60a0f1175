"""Header layouts that scraped pages produce: a label on a line of its own ("By" / name,
"Updated" / date), a title printed twice, labels with dashes, a page's title bar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlecli import analyse, parse
from articlecli.parser.titles import undoubled
from articlecli.render import to_text
from articlecli.split import split_text

STORY = "The ferry ran again on Monday after the storm passed."
MENUS = "Home\n\nNews\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # In the header, the name on the line under "By".
        f"Ferry Returns\nBy\nNora K. Lindqvist\nMarch 3, 2024\n\n{STORY}\n",
        f"Ferry Returns\nBY:\nNora K. Lindqvist\n\n{STORY}\n",
        # After page menus: in one block, or in blocks of their own.
        f"{MENUS}By \nNora K. Lindqvist\n\n{STORY}\n",
        f"{MENUS}By\n\nNora K. Lindqvist\n\n{STORY}\n",
    ],
)
def test_a_byline_split_after_by(text: str) -> None:
    article = parse(text)
    assert article.authors == ("Nora K. Lindqvist",), article
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            f"Ferry Returns\nUpdated\n10:36 PM UTC, Feb 9, 2024\n\n{STORY}\n",
            "updated",
            "2024-02-09T22:36:00+00:00",
        ),
        (f"Ferry Returns\nPublished:\nFeb 9, 2024\n\n{STORY}\n", "date", "2024-02-09"),
        (f"{MENUS}Published\nFeb 9, 2024\n\n{STORY}\n", "date", "2024-02-09"),
        (f"{MENUS}Updated\n\nFeb 9, 2024\n\n{STORY}\n", "updated", "2024-02-09"),
    ],
)
def test_a_date_split_after_its_label(text: str, field: str, value: str) -> None:
    article = parse(text)
    assert getattr(article, field) == value
    assert article.paragraphs == (STORY,)


def test_an_empty_label_before_another_is_still_an_absent_field() -> None:
    article = parse(f"Ferry Returns\nDate:\nAuthor:\n\n{STORY}\n")
    assert (article.date, article.byline, article.paragraphs) == (None, None, (STORY,))


def test_both_lines_of_a_split_byline_are_the_bylines() -> None:
    roles = {r.text: r.role for r in analyse(f"Ferry Returns\nBy\nNora Lindqvist\n\n{STORY}").roles}
    assert (roles["By"], roles["Nora Lindqvist"]) == ("byline", "byline")


@pytest.mark.parametrize(
    "text",
    [
        f"Ferry Returns\nBy\n{STORY}\n",  # no name after it
        f"Ferry Returns\n\nBy\n\n{STORY}\n",
    ],
)
def test_a_lone_by_before_prose_names_no_one(text: str) -> None:
    article = parse(text)
    assert (article.byline, article.paragraphs) == (None, (STORY,))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Harbour cranes return to the docksHarbour cranes return to the docks",
            "Harbour cranes return to the docks",
        ),
        (
            "Harbour cranes return to the docks Harbour cranes return to the docks",
            "Harbour cranes return to the docks",
        ),
        ("Bora Bora", "Bora Bora"),  # a name, not a title printed twice
        ("New York, New York", "New York, New York"),
        ("Ferries resume at dawn", "Ferries resume at dawn"),
    ],
)
def test_a_title_printed_twice_is_the_title_once(title: str, expected: str) -> None:
    assert undoubled(title) == expected


@pytest.mark.parametrize("prefix", ["", "Title: "])
def test_a_headline_printed_twice(prefix: str) -> None:
    twice = "Harbour cranes return to the docks" * 2
    assert parse(f"{prefix}{twice}\n\n{STORY}\n").headline == "Harbour cranes return to the docks"


DASH_LABELLED = """\
Media Name - Eastvik Evening Post
URL - https://news.example.com/2024/02/01/harbour/cranes-return/index.html
Headline - Harbour cranes return to the docks, port chief says
Short Description - The port's chief said the cranes would be back by spring.
Article - EASTVIK (Reuters) — The harbour's cranes will return by spring, the chief said.
"""


def test_a_record_labelled_with_dashes() -> None:
    """Every label may take " - " instead of ":", the URL's too (a URL line read as the
    headline used to hide the real one)."""
    article = parse(DASH_LABELLED)
    assert article.publication == "Eastvik Evening Post"
    assert article.url == "https://news.example.com/2024/02/01/harbour/cranes-return/index.html"
    assert article.headline == "Harbour cranes return to the docks, port chief says"
    assert article.summary == "The port's chief said the cranes would be back by spring."
    assert (article.dateline, article.agencies) == ("EASTVIK", ("Reuters",))
    assert article.paragraphs == ("The harbour's cranes will return by spring, the chief said.",)
    assert article.date == "2024-02-01"  # from the URL: no date line


CRANES = "Harbour cranes return to the docks"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        (f"Article Title: {CRANES}", "headline"),
        (f"Title: Ferry Returns\nShort Description: {CRANES}", "summary"),
    ],
)
def test_more_header_labels(header: str, field: str) -> None:
    article = parse(f"{header}\n\n{STORY}\n")
    assert getattr(article, field) == CRANES
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize("label", ["Content", "Article Text"])
def test_body_labels(label: str) -> None:
    article = parse(f"Title: Ferry Returns\n{label}: {STORY}\n")
    assert (article.headline, article.paragraphs) == ("Ferry Returns", (STORY,))


def test_a_dash_after_a_source_label_is_no_url() -> None:
    article = parse(f"Ferry Returns\n\n{STORY}\n\nSource - Harbour Desk\n")
    assert article.url is None


@pytest.mark.parametrize(
    ("first_line", "headline", "publication"),
    [
        (f"{CRANES} | Eastvik Evening Post", CRANES, "Eastvik Evening Post"),
        (f"{CRANES} | Business | Eastvik Evening Post", CRANES, "Eastvik Evening Post"),
        # A dash may be the headline's own: only a known outlet is split off after one.
        (f"{CRANES} - and the ferries", f"{CRANES} - and the ferries", None),
    ],
)
def test_a_page_title_bar_as_the_headline(
    first_line: str, headline: str, publication: str | None
) -> None:
    article = parse(f"{first_line}\n\n{STORY}\n")
    assert (article.headline, article.publication) == (headline, publication)


@pytest.mark.parametrize("separator", [":", ": "])
def test_a_closing_source_label_names_the_outlet(separator: str) -> None:
    """Labelled records end with the outlet they came from ("Source:Example News"): the
    publication, not a photo credit."""
    article = parse(f"Title: Ferry Returns\n\n{STORY}\n\nSource{separator}Eastvik Evening Post\n")
    assert (article.publication, article.photo_credit) == ("Eastvik Evening Post", None)
    assert article.paragraphs == (STORY,)


def test_a_closing_source_after_a_named_publication_is_kept_as_boilerplate() -> None:
    text = f"Ferry Returns\n\nPublisher: Coast Ledger\n\n{STORY}\n\nSource: Eastvik Post\n"
    article = parse(text)
    assert article.publication == "Coast Ledger"
    assert article.boilerplate == ("Source: Eastvik Post",)


@pytest.mark.parametrize(
    "last",
    [
        "Source: https://news.example.com/2024/02/01/ferry",  # the article's URL
        "Source: the port authority's figures for the first half of the year",  # prose
    ],
)
def test_a_closing_source_that_names_no_outlet(last: str) -> None:
    assert parse(f"Ferry Returns\n\n{STORY}\n\n{last}\n").publication is None


@pytest.mark.parametrize("empty", ["None", "null", "NaN", "undefined"])
def test_a_crawlers_empty_value_is_no_paragraph(empty: str) -> None:
    article = parse(f"Title: Ferry Returns\n\n{empty}\n\n{STORY}\n")
    assert (article.paragraphs, article.boilerplate) == ((STORY,), (empty,))


@pytest.mark.parametrize("agency", ["CNN", "AFP", "REUTERS"])
def test_an_agency_alone_before_the_dash_is_no_dateline(agency: str) -> None:
    """ "CNN — It was..." lost its place ("WASHINGTON (CNN) —"): the agency is no place."""
    article = parse(f"Ferry Returns\n\n{agency} — {STORY}\n")
    assert article.dateline is None


@pytest.mark.parametrize(("menu_items", "found"), [(150, True), (250, False)])
def test_late_fields_are_looked_for_in_the_first_200_blocks(menu_items: int, found: bool) -> None:
    """A byline after a long page menu is the article's; past 200 blocks without prose
    the header is not looked for (a dump of thousands of label lines stays linear)."""
    menu = "".join(f"Section {n}\n\n" for n in range(menu_items))
    article = parse(f"Ferry Returns\n\n{menu}By Nora Lindqvist\n\n{STORY}\n")
    assert (article.byline == "Nora Lindqvist") is found


@pytest.mark.parametrize(
    "above",
    [
        "WEEKLY PORT NEWS REPORT\n====================\n",  # a dump's title, underlined
        "Top 5 Stories from the Eastvik Evening Post: 2024-02-01\n",
        "Transport\n",  # a section's label
    ],
)
def test_a_labelled_title_wins_over_the_line_above_its_record(above: str) -> None:
    """A line over a labelled record looks like a headline by its place; the record's
    "Title:" is the headline, and the line is kept as boilerplate (it used to become the
    headline, and the real title a section heading)."""
    article = parse(f"{above}\nTitle: {CRANES}\nDate: 2024-02-02\n\n{STORY}\n")
    assert article.headline == CRANES
    assert article.boilerplate[0] == above.split("\n")[0]
    assert article.date == "2024-02-02"
    assert [section.heading for section in article.sections] == [None]
    assert article.lines["headline"] == above.count("\n") + 2


def test_a_second_title_label_does_not_replace_the_first() -> None:
    article = parse(f"Title: {CRANES}\nTitle: Ferry Returns\n\n{STORY}\n")
    assert article.headline == CRANES


def test_a_headline_that_named_the_paper_is_kept_over_a_title_label() -> None:
    """ "Headline | Paper" gave the publication too: that line is the page's own title bar."""
    article = parse(f"Ferry Returns | The Eastvik Evening Post\nTitle: {CRANES}\n\n{STORY}\n")
    assert (article.headline, article.publication) == ("Ferry Returns", "The Eastvik Evening Post")


@pytest.mark.parametrize(
    "field", ["Country: Norland", "Company: Velmar Ports Ltd", "Column 3: Sea"]
)
def test_a_labelled_records_own_short_fields_are_boilerplate(field: str) -> None:
    article = parse(f"Title: {CRANES}\nDate: 2024-02-02\n{field}\n\n{STORY}\n")
    assert article.boilerplate == (field,)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "text",
    [
        f"Title: {CRANES}\n\nNote: the ferry ran again on Monday after the storm.\n",  # a sentence
        f"{CRANES}\n\nCountry: Norland\n\n{STORY}\n",  # no labelled title over it
    ],
)
def test_a_short_field_only_under_a_labelled_title(text: str) -> None:
    assert parse(text).boilerplate == ()


@pytest.mark.parametrize("label", ["Titulo", "Título", "Titre", "제목", "标题"])
def test_title_labels_in_other_languages(label: str) -> None:
    assert parse(f"{label}: {CRANES}\n\n{STORY}\n").headline == CRANES


def test_a_labelled_sentence_under_a_headline_does_not_replace_it() -> None:
    """ "TITULO: The ferry ran again." under a headline is the story's lede, not its title."""
    article = parse(f"{CRANES}\n\nTITULO: {STORY}\n")
    assert article.headline == CRANES
    assert article.paragraphs == (f"TITULO: {STORY}",)


FRONT_MATTER_LISTS = f"""\
---
title: {CRANES}
authors:
  - Jane Roe
  - John Doe
tags:
  - harbour
  - cranes
---

{STORY}
"""


def test_front_matter_lists_are_their_keys_values() -> None:
    """A key with no value and its list items are one field ("authors:" / "- Jane Roe"),
    or bookkeeping set aside as printed ("tags:" / "- harbour"): the items used to end
    the header, and the rest of the front matter fell into the story."""
    article = parse(FRONT_MATTER_LISTS)
    assert article.authors == ("Jane Roe", "John Doe")
    assert article.boilerplate == ("tags:", "- harbour", "- cranes")
    assert article.paragraphs == (STORY,)


def test_a_related_line_in_markdown_bold() -> None:
    article = parse(f"{CRANES}\n\n{STORY}\n\n**Also: [Ferry resumes](https://example.com/f)**\n")
    assert [(r.label, r.title, r.url) for r in article.related] == [
        ("Also", "Ferry resumes", "https://example.com/f")
    ]


def test_a_bold_label_no_field_holds_is_no_headline() -> None:
    """ "**Region:** Europe" says what it is: a field of the record's, set aside."""
    article = parse("**Date:** 9 March 2031\n**Region:** Europe\n\nThe ferry ran again.\n")
    assert (article.headline, article.date) == (None, "2031-03-09")
    assert article.boilerplate == ("**Region:** Europe",)


@pytest.mark.parametrize("value", ["assets/images/ferry.jpg", "/img/2031/ferry.PNG", "ferry.webp"])
def test_a_pictures_file_is_no_credit(value: str) -> None:
    article = parse(f"---\ntitle: {CRANES}\nimage: {value}\n---\n\n{STORY}\n")
    assert article.photo_credit is None
    assert article.boilerplate == (f"image: {value}",)


BRIDGE_STORY = (
    "Work on the old bridge will close the town centre for six weeks, the council said.\n"
)


@pytest.mark.parametrize(
    ("above", "publication", "aside"),
    [
        ("Daily Lark", "Daily Lark", ()),  # the paper's name over the date
        (
            "The Ashford Weekly Lark Gazette Edition",
            None,
            ("The Ashford Weekly Lark Gazette Edition",),
        ),
    ],
)
@pytest.mark.parametrize("byline", ["By Ada Morrow", "BYLINE: Ada Morrow"])
def test_a_headline_under_the_date_and_over_the_byline(
    above: str, publication: str | None, aside: tuple[str, ...], byline: str
) -> None:
    """A news archive's layout: the paper's name, the date, then the headline over the
    byline. The title over the byline is the headline, not the line over the date."""
    title = "Bridge repairs to close town centre"
    text = f"{above}\n\nMay 2, 2012 Wednesday\n\n{title}\n\n{byline}\n\n{BRIDGE_STORY}"
    article = parse(text)
    assert (article.headline, article.publication, article.authors, article.date) == (
        "Bridge repairs to close town centre",
        publication,
        ("Ada Morrow",),
        "2012-05-02",
    )
    assert article.boilerplate == aside
    assert article.sections[0].paragraphs == (BRIDGE_STORY.strip(),)


def test_an_edition_line_over_the_headline_is_set_aside_under_a_known_paper() -> None:
    text = (
        "Evening Post\n\nApril 30, 2012 Monday\nFinal Edition\n\nFerry fares rise again\n\n"
        f"BYLINE: Tom Quill\n\nSECTION: BUSINESS; Pg. 12\n\nDATELINE: PORT AVERY\n\n{BRIDGE_STORY}"
    )
    article = parse(text)
    assert (article.headline, article.publication, article.authors) == (
        "Ferry fares rise again",
        "Evening Post",
        ("Tom Quill",),
    )
    assert article.boilerplate == (
        "Final Edition",
        "SECTION: BUSINESS; Pg. 12",
        "DATELINE: PORT AVERY",
    )


def test_a_headline_over_a_standfirst_and_byline_stays_the_headline() -> None:
    """Without a date above them, a title, a line and a byline are a headline, its
    standfirst and the byline (the paper's-name reading needs the date between)."""
    text = (
        f"Bridge repairs\n\nTown centre to close for the works\n\nBy Ada Morrow\n\n{BRIDGE_STORY}"
    )
    article = parse(text)
    assert (article.headline, article.summary) == (
        "Bridge repairs",
        "Town centre to close for the works",
    )


def test_a_page_copy_with_its_date_line_glued_and_the_writer_over_her_handle() -> None:
    """A business site's page as a scraper copied it: the published and updated times run
    together without their spaces, a picture's alt text, the writer's name over her social
    handle, and the share buttons."""
    text = (
        "Shares of a shoe maker jump after record quarter\n"
        "PUBLISHED TUE, MAR 4 20319:10 AM ESTUPDATED TUE, MAR 4 203111:02 AM EST\n"
        "thumbnail\n"
        "Mara Linden\n"
        "@MARALINDEN\n"
        "Share Article via Facebook\n"
        "Share Article via LinkedIn\n\n"
        "Sales rose 12 percent in the quarter, the company said.\n"
    )
    article = parse(text)
    assert (article.date, article.updated, article.authors) == (
        "2031-03-04T09:10:00-05:00",
        "2031-03-04T11:02:00-05:00",
        ("Mara Linden",),
    )
    assert article.boilerplate == (
        "thumbnail",
        "Share Article via Facebook",
        "Share Article via LinkedIn",
    )
    assert article.paragraphs == ("Sales rose 12 percent in the quarter, the company said.",)


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        (["Lena Park"], ("Lena Park",)),
        (["Lena Park", " and ", "Omar Haddad"], ("Lena Park", "Omar Haddad")),
    ],
)
def test_a_standfirst_over_a_byline_whose_names_have_lines_of_their_own(
    names: list[str], authors: tuple[str, ...]
) -> None:
    """A page that links each author's name leaves "By ", each name and the " and "
    between them on lines of their own, under the standfirst."""
    byline = "\n".join(["By ", *names])
    text = (
        "City Sells Its Old Tram Depot\n"
        "Mayor seeks buyers for the site as the budget gap widens\n"
        f"{byline}\n"
        "Mar. 4, 2031 9:15 am ET\n\n"
        "CITYVILLE — The city put its old tram depot up for sale on Tuesday.\n"
    )
    article = parse(text)
    assert (article.summary, article.authors, article.date) == (
        "Mayor seeks buyers for the site as the budget gap widens",
        authors,
        "2031-03-04T09:15:00",
    )
    assert article.paragraphs == ("The city put its old tram depot up for sale on Tuesday.",)


@pytest.mark.parametrize(
    ("site", "boilerplate"),
    [("Coast Edition", ("Coast Edition",)), ("coast media", ())],
    ids=["another name", "the publication again"],
)
def test_a_site_name_after_the_title_is_kept_beside_a_known_publication(
    site: str, boilerplate: tuple[str, ...]
) -> None:
    """The title's suffix names a site, and the publication was read before it: the
    suffix is not lost (unless it only repeats the publication)."""
    article = parse(f"Publisher: Coast Media\nTitle: Harbour strike ends | {site}\n\nIt did.\n")
    assert (article.headline, article.publication) == ("Harbour strike ends", "Coast Media")
    assert article.boilerplate == boilerplate


def test_a_quoted_front_matter_url_loses_its_quotes() -> None:
    text = '---\ntitle: "Ferry returns"\nurl: "https://example.test/ferry.html"\n---\n\nIt did.\n'
    assert parse(text).url == "https://example.test/ferry.html"


def test_a_blogs_origin_url_is_the_articles_url() -> None:
    # A blog that saves news pages names the page it saved "origin_url".
    text = (
        "---\ntitle: Ferry returns\norigin_url: https://example.test/ferry.html\n---\n\nIt did.\n"
    )
    article = parse(text)
    assert (article.url, article.paragraphs) == ("https://example.test/ferry.html", ("It did.",))


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("🔗 https://example.test/ferry", "https://example.test/ferry"),
        ("👉 https://example.test/ferry", "https://example.test/ferry"),
        ("→ https://example.test/ferry", "https://example.test/ferry"),
        ("🔗 https://example.test/ferry and more", None),  # words after it: a sentence's
        ("🔗 Read the full story", None),  # no link
    ],
)
@pytest.mark.parametrize("joint", ["\n", "\n\n"], ids=["under its text", "apart"])
def test_a_link_after_its_sign_is_the_articles_url(line: str, url: str | None, joint: str) -> None:
    story = "The ferry ran again on Monday after a week of storms kept it in port."
    article = parse(f"Ferry resumes\n\n{story}{joint}{line}\n")
    assert article.url == url
    assert article.paragraphs[0] == (story if url or joint == "\n\n" else f"{story} {line}")


@pytest.mark.parametrize("place", ["header", "body"])
def test_a_link_labelled_as_the_original_is_the_articles_url(place: str) -> None:
    link = "[Original Article](https://example.test/2031/05/05/quake.html)"
    story = "The quake struck at dawn, officials said."
    lines = (
        ["## Quake shakes the coast", link, story]
        if place == "header"
        else [
            "## Quake shakes the coast",
            story,
            link,
        ]
    )
    article = parse("\n\n".join(lines) + "\n")
    assert (article.url, article.paragraphs, article.boilerplate) == (
        "https://example.test/2031/05/05/quake.html",
        (story,),
        (),
    )


def test_front_matter_block_scalars_are_their_keys_values() -> None:
    """A feed-fed blog's front matter: folded values (">") over several lines, a list of
    folded items, WordPress's field names, keys spelt with "-" or "_"."""
    text = (
        "---\n"
        "post_title: >\n  Lantern festival draws record\n  crowds to the old quay\n"
        "post_date: 2031-05-04 18:20:11\n"
        "date: 2031-05-04-18-20-11\n"
        "source-url: https://news.example.org/lantern-festival\n"
        "original_link:\n  - >\n    https://wire.example.net/story/lantern-123\n"
        "---\n"
        "[ad_1]\n"
        "<p>Organisers counted 40,000 visitors on the old quay on Saturday.</p>\n"
        "[ad_2]\n"
    )
    article = parse(text)
    assert (article.headline, article.date, article.updated, article.url) == (
        "Lantern festival draws record crowds to the old quay",
        "2031-05-04T18:20:11",
        None,  # the same time under a second key is no update
        "https://news.example.org/lantern-festival",
    )
    assert article.sections[0].paragraphs == (
        "Organisers counted 40,000 visitors on the old quay on Saturday.",
    )
    assert "[ad_1]" in article.boilerplate and "[ad_2]" in article.boilerplate
    assert article.lines["headline"] == 2  # the key's line


@pytest.mark.parametrize(
    "key", ["source url", "source_url", "source-url", "Source-URL", "sourceUrl", "SourceURL"]
)
def test_a_labels_words_may_be_joined_by_underscores_or_hyphens(key: str) -> None:
    article = parse(f"Ferry resumes\n{key}: https://example.com/ferry\n\nThe ferry ran again.\n")
    assert article.url == "https://example.com/ferry"


# Distinct words: a title whose second half repeats its first is a title printed twice.
_WORDS = ["lantern", "festival", "draws", "record", "crowds", "to", "old", "quay", "at", "dusk"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, unique=True), st.data())
def test_a_folded_title_reads_as_its_lines_joined(words: list[str], data: st.DataObject) -> None:
    breaks = sorted(data.draw(st.sets(st.integers(1, len(words) - 1))) if len(words) > 1 else [])
    starts = [0, *breaks]
    ends = [*breaks, len(words)]
    folded = "".join(f"  {' '.join(words[a:b])}\n" for a, b in zip(starts, ends, strict=True))
    article = parse(f"---\ntitle: >\n{folded}date: 2031-05-04\n---\nThe ferry ran again.\n")
    assert article.headline == " ".join(words)
    assert article.date == "2031-05-04"


@given(st.lists(st.sampled_from(_WORDS), min_size=2, unique=True), st.data())
def test_a_plain_or_quoted_title_over_several_lines_reads_as_its_lines_joined(
    words: list[str], data: st.DataObject
) -> None:
    """YAML lets a plain or quoted value run on over indented lines (a blank line between
    them inside quotes), as blogs write long titles and descriptions."""
    breaks = sorted(data.draw(st.sets(st.integers(1, len(words) - 1), min_size=1)))
    parts = [" ".join(words[a:b]) for a, b in zip([0, *breaks], [*breaks, len(words)], strict=True)]
    quote = data.draw(st.sampled_from(["", "'", '"']))
    joint = "\n\n  " if quote else "\n  "
    title = f"{quote}{joint.join(parts)}{quote}"
    article = parse(f"---\ntitle: {title}\npubDate: 2031-05-04\n---\nThe ferry ran again.\n")
    assert article.headline == " ".join(words)
    assert article.date == "2031-05-04"
    assert article.paragraphs == ("The ferry ran again.",)


@pytest.mark.parametrize(
    ("entry", "field", "value"),
    [
        # Keys of Astro's, Hugo's and other blogs' front matter, in camel case too.
        ("pubDate: '2031-05-04'", "date", "2031-05-04"),
        ("publishDate: 2031-05-04", "date", "2031-05-04"),
        ("lastmod: 2031-05-04", "updated", "2031-05-04"),
        ("canonicalUrl: https://example.com/ferry", "url", "https://example.com/ferry"),
        ("cover_image_credit: Jane Roe", "photo_credit", "Jane Roe"),
        ("perex: The ferry is back.", "summary", "The ferry is back."),
        # The story a blog retells, under a key in Dutch; "source" in Dutch names the outlet.
        ("externe_link: https://example.nl/l/1", "url", "https://example.nl/l/1"),
        ("bron: Havenkrant", "publication", "Havenkrant"),
    ],
)
def test_blog_front_matter_keys(entry: str, field: str, value: str) -> None:
    article = parse(f"---\ntitle: Ferry returns\n{entry}\n---\nThe ferry ran again.\n")
    assert getattr(article, field) == value
    assert article.boilerplate == ()


def test_the_title_heading_wins_over_a_rubric_heading_above_it() -> None:
    text = (
        "![](./images/pic_01.jpg)\n\n## Salt and pepper\n\n# Coastal farmers turn to seaweed\n\n"
        "Farmers along the coast have started to grow seaweed in old salt pans.\n"
    )
    article = parse(text)
    assert article.headline == "Coastal farmers turn to seaweed"
    assert "## Salt and pepper" in article.boilerplate


def test_a_smaller_heading_alone_stays_the_headline() -> None:
    """Only a "#" heading right under it takes the headline from a "##" one."""
    text = (
        "## Salt and pepper\n\nFarmers along the coast grow seaweed.\n\n# Harvest\n\nIt sold out.\n"
    )
    assert parse(text).headline == "Salt and pepper"


def test_a_dated_link_over_a_sentence_title() -> None:
    """A day's page linked above an item whose "#" title is a sentence (with its full stop)."""
    text = (
        "### [2031-02-14](/events/2031/02/14/index.md)\n\n"
        "#  Flooding in the Varrow valley forces 3,000 people from their homes. \n\n"
        "### Source:\n\n1. [Valley Post](http://valleypost.example/flood)\n"
    )
    article = parse(text)
    assert (article.date, article.headline) == (
        "2031-02-14",
        "Flooding in the Varrow valley forces 3,000 people from their homes.",
    )


def test_a_bold_date_line_is_the_date() -> None:
    text = "Board resigns\n=============\n\n**Monday, 3 May 2031, 9:40 am**\n\nIt will go.\n"
    assert parse(text).date == "2031-05-03T09:40:00"


@pytest.mark.parametrize(("outlet", "credit"), [("AP", "Ivo Brant/AP"), ("Courier", None)])
def test_a_small_heading_under_a_picture_is_its_caption(outlet: str, credit: str | None) -> None:
    """ "###### caption" under a Markdown picture: the photo's caption and credit when it
    ends in a credit, else the picture's line set aside; never a section heading."""
    text = (
        "## Rail line reopens after landslide\n\n"
        f"![Workers clear the track. Ivo Brant/{outlet}](https://img.example.com/a.jpg)\n\n"
        f"###### Workers clear the track. Ivo Brant/{outlet}\n\n"
        "The line reopened on Friday after crews cleared the last of the mud.\n\n"
        f"![A train passes. Ivo Brant/{outlet}](https://img.example.com/b.jpg)\n\n"
        f"###### A train passes. Ivo Brant/{outlet}\n\n"
        "Services will run every hour from Monday.\n"
    )
    article = parse(text)
    assert article.photo_credit == credit
    assert [s.heading for s in article.sections] == [None]
    assert article.paragraphs == (
        "The line reopened on Friday after crews cleared the last of the mud.",
        "Services will run every hour from Monday.",
    )
    assert f"###### A train passes. Ivo Brant/{outlet}" in article.boilerplate


def test_a_magazines_quoted_standfirst_and_date_and_its_link_label() -> None:
    """Under the title, the standfirst and the date as Markdown quotes (the date run into
    the dateline's place); at the end, "## URL" over the link labels it."""
    text = (
        "## Salt and pepper\n\n# Coastal farmers turn to seaweed\n\n"
        "> A wet harvest is still a harvest\n\n> Mar 4th 2031LISBON\n\n"
        "FARMERS along the coast have started to grow seaweed in old salt pans.\n\n"
        "## URL\n\nhttps://weekly.example.com/2031/03/04/seaweed\n"
    )
    article = parse(text)
    assert (article.headline, article.summary, article.date, article.url) == (
        "Coastal farmers turn to seaweed",
        "A wet harvest is still a harvest",
        "2031-03-04",
        "https://weekly.example.com/2031/03/04/seaweed",
    )
    assert [s.heading for s in article.sections] == [None]
    assert "## URL" in article.boilerplate


def test_a_quoted_paragraph_in_the_story_stays_text() -> None:
    text = "Harbour news\n\nThe mayor spoke on Monday.\n\n> We will rebuild the quay.\n"
    article = parse(text)
    assert article.summary is None
    assert article.paragraphs[-1].endswith("We will rebuild the quay.")


def test_a_news_page_with_a_credit_label_and_run_together_names() -> None:
    """A saved news page: chrome, the headline, "Credit..." over the picture's credit, a
    byline whose linked names lost their commas, the date."""
    text = (
        "SKIP TO CONTENT\nADVERTISEMENT\nSKIP ADVERTISEMENT\n"
        "Harbor Bridge Will Close for Repairs, Mayor Says\nShare full article\n"
        "Credit...\nLena Ortiz for The Daily Ledger\n"
        "By Tom HaleRita McCreesh and Ian Cole\nMar. 4, 2031\n"
        "The city's main bridge will close for six weeks from Monday, the mayor said.\n"
        "SAVE FOR LATER\n"
    )
    article = parse(text)
    assert (article.headline, article.photo_credit, article.date) == (
        "Harbor Bridge Will Close for Repairs, Mayor Says",
        "Lena Ortiz for The Daily Ledger",
        "2031-03-04",
    )
    assert article.authors == ("Tom Hale", "Rita McCreesh", "Ian Cole")
    assert article.paragraphs == (
        "The city's main bridge will close for six weeks from Monday, the mayor said.",
    )


def test_a_records_metadata_object_after_its_body_gives_the_missing_fields() -> None:
    text = (
        "Source: https://news.example.com/rail-strike\n"
        "Text Content: Rail workers walked out on Monday, halting most trains, the union said.\n"
        "Metadata: {'headline': 'Rail strike halts trains', 'author': 'Marta Reis', "
        "'date': 'May 6, 2031'}\n"
    )
    article = parse(text)
    assert (article.headline, article.authors, article.date, article.url) == (
        "Rail strike halts trains",
        ("Marta Reis",),
        "2031-05-06",
        "https://news.example.com/rail-strike",
    )
    assert article.paragraphs == (
        "Rail workers walked out on Monday, halting most trains, the union said.",
    )
    assert article.boilerplate[-1].startswith("Metadata: {")


def test_a_headline_ending_in_its_sites_name_loses_it_to_the_publication() -> None:
    text = (
        "Ferry returns to the island - Coast Gazette\n\nThe ferry ran again on Monday.\n\n"
        "Original url: https://www.coastgazette.example/news/ferry-returns\n"
    )
    article = parse(text)
    assert (article.headline, article.publication) == (
        "Ferry returns to the island",
        "Coast Gazette",
    )
    # A dash in a headline whose last words name another site, or none, stays.
    other = parse(text.replace("coastgazette", "harbourpost"))
    assert other.headline == "Ferry returns to the island - Coast Gazette"


@pytest.mark.parametrize(
    "facts",
    [
        "Regional News | Reported by Priya Raman, Edited by Joel Marsh | Updated: March 02, 2031",
        # The page ran the row's facts together.
        "Regional NewsReported by Priya Raman, Edited by Joel MarshUpdated: March 02, 2031",
    ],
)
def test_a_standfirst_over_a_row_of_facts(facts: str) -> None:
    text = (
        "Minister Opens Coastal Highway\n"
        "The new road cuts travel time between the two ports by an hour.\n"
        f"{facts}\n\nThe minister cut the ribbon at dawn.\n"
    )
    article = parse(text)
    assert article.summary == "The new road cuts travel time between the two ports by an hour."
    assert article.authors == ("Priya Raman",)  # the editor is credited, not an author
    assert article.updated == "2031-03-02"
    assert article.paragraphs == ("The minister cut the ribbon at dawn.",)


def test_a_records_date_after_a_desk_code_and_a_classifiers_field_after_its_body() -> None:
    text = (
        "Title: Five lakes to visit this spring\n"
        "Date & Time: NDS / Updated: Mar 3, 2031, 10:05 IST\n"
        "Content:\n"
        "Lake Aru has clear water and quiet trails around the whole shore.\n"
        "Sentiment: Positive\n"
        "Word count: 11\n"
    )
    article = parse(text)
    assert article.date == "2031-03-03T10:05:00"
    assert article.paragraphs == (
        "Lake Aru has clear water and quiet trails around the whole shore.",
    )
    assert article.boilerplate == ("Sentiment: Positive", "Word count: 11")


def test_a_wire_storys_captions_before_its_text() -> None:
    text = (
        "Title: Old bath house found under car park\n\n"
        "Workers uncover mosaics in the city centre on Monday. (EX Photo/Sam Reed)\n"
        "A mosaic is cleaned on site on Monday. (EX Photo/Sam Reed)\n\n\n\n"
        "CITYVILLE (EX) — Archaeologists said a Roman bath house lies under a car park.\n"
    )
    article = parse(text)
    assert (article.photo_caption, article.photo_credit) == (
        "Workers uncover mosaics in the city centre on Monday.",
        "EX Photo/Sam Reed",
    )
    assert article.paragraphs == ("Archaeologists said a Roman bath house lies under a car park.",)
    assert article.agencies == ("EX",)


def test_a_body_label_whose_value_is_the_pages_address() -> None:
    text = (
        "3. Festival draws record crowd\n"
        "Content: https://news.example.test/20310301/festival-record-crowd-1234.html\n\n"
        "Festival draws record crowd\n\n"
        "The festival drew 80,000 people on Saturday, organisers said.\n"
    )
    article = parse(text)
    assert article.url == "https://news.example.test/20310301/festival-record-crowd-1234.html"
    assert article.headline == "Festival draws record crowd"
    assert article.paragraphs == ("The festival drew 80,000 people on Saturday, organisers said.",)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Credit Jane Roe/Harbour Images", "Jane Roe/Harbour Images"),
        ("Credit...Jane Roe/Harbour Images", "Jane Roe/Harbour Images"),
        ("Ảnh: Hoàng An", "Hoàng An"),
    ],
)
def test_a_credit_line_labelled_without_a_colon_or_in_vietnamese(line: str, credit: str) -> None:
    article = parse(f"Zoo welcomes twin pandas\n\n{line}\n\nTwo cubs were born on Friday.\n")
    assert article.photo_credit == credit
    assert article.paragraphs == ("Two cubs were born on Friday.",)


def test_a_caption_in_italics_under_a_markdown_picture() -> None:
    text = (
        "## Ferry resumes\n\n![](/images/ferry.webp)\n\n"
        "*Crews check the ferry in the port. Photo: Jane Roe/AP*\n\n"
        "The ferry ran again on Monday after a week of storms.\n"
    )
    article = parse(text)
    assert (article.photo_caption, article.photo_credit) == (
        "Crews check the ferry in the port.",
        "Jane Roe/AP",
    )
    assert article.paragraphs == ("The ferry ran again on Monday after a week of storms.",)
    again = parse(to_text(article))
    assert (again.photo_caption, again.photo_credit) == (article.photo_caption, "Jane Roe/AP")


def test_a_line_opening_with_the_word_credit_stays_text() -> None:
    article = parse(
        "Zoo welcomes twin pandas\n\nCredit card fees rose again.\n\nTwo cubs were born.\n"
    )
    assert article.photo_credit is None
    assert "Credit card fees rose again." in article.paragraphs


def test_an_older_bbc_pages_image_copyright_line_is_the_credit() -> None:
    article = parse(
        "Zoo welcomes twin pandas\n\nImage copyright Zoo Trust\n\n"
        "Two cubs were born on Friday, the zoo said.\n"
    )
    assert article.photo_credit == "Zoo Trust"
    assert article.paragraphs == ("Two cubs were born on Friday, the zoo said.",)


@pytest.mark.parametrize("credit", ["USA TODAY", "Jane Doe, USA TODAY"])
def test_an_outlet_in_capitals_is_no_person(credit: str) -> None:
    article = parse(f"Title: Ferry fares rise\nAuthor: {credit}\n\nFares rose again.\n")
    assert "Usa Today" not in article.authors
    assert article.agencies == ("USA TODAY",)


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("宁波港新码头今日启用_海港网", "宁波港新码头今日启用", "海港网"),
        ("宁波港新码头今日启用-海港新闻网", "宁波港新码头今日启用", "海港新闻网"),
        ("港の新しい埠頭が開業：海港新聞", "港の新しい埠頭が開業", "海港新聞"),
        ("港の新しい埠頭が開業 - Harbour!ニュース", "港の新しい埠頭が開業", "Harbour!ニュース"),
        ("高雄港新碼頭啟用｜海港時報", "高雄港新碼頭啟用", "海港時報"),
    ],
)
def test_a_chinese_or_japanese_titles_site_name(title: str, headline: str, site: str) -> None:
    """Chinese and Japanese page titles end in the site's name after a mark, no space."""
    article = parse(f"{title}\n\n新码头每年可增加百万吨吞吐量。\n")
    assert (article.headline, article.publication) == (headline, site)


@pytest.mark.parametrize(
    "title",
    [
        "公安部专家：警惕新型诈骗网",  # "experts: beware of new fraud rings": the title's words
        "我们的网",  # too short to hold a title and a site
        "港口新闻",  # no mark before the outlet's word
    ],
)
def test_a_cjk_title_ending_in_an_outlets_word_otherwise_stays_whole(title: str) -> None:
    article = parse(f"{title}\n\n新码头每年可增加百万吨吞吐量。\n")
    assert (article.headline, article.publication) == (title, None)


@pytest.mark.parametrize(
    ("line", "date", "outlet"),
    [
        ("2031-04-30 20:58:39 Harbour Post", "2031-04-30T20:58:39", "Harbour Post"),
        ("2031-04-29 Coast Ledger Research", "2031-04-29", "Coast Ledger Research"),
        ("2031-04-28T07:05 The Valley Courier", "2031-04-28T07:05:00", "The Valley Courier"),
    ],
)
def test_an_aggregators_time_then_outlet_line(line: str, date: str, outlet: str) -> None:
    """A news aggregator prints each story's time, then the outlet it came from: the date
    and the publication, read back so from canonical text."""
    article = parse(f"## Harbour fares rise again\n{line}\n\nFares rose again on Monday.\n")
    assert (article.headline, article.date) == ("Harbour fares rise again", date)
    assert (article.publication, article.boilerplate) == (outlet, ())
    assert article.paragraphs == ("Fares rose again on Monday.",)
    again = parse(to_text(article))
    assert (again.date, again.publication, again.photo_credit) == (date, outlet, None)


@pytest.mark.parametrize(
    "line", ["2031-04-30 20:58 UTC", "2031-04-30 the fares rose", "2031-04-30 Fares rose."]
)
def test_a_date_line_with_words_after_it_that_name_no_outlet(line: str) -> None:
    article = parse(f"Harbour fares rise again\n{line}\n\nFares rose again on Monday.\n")
    assert line not in article.boilerplate
    assert not any(part in article.boilerplate for part in ("UTC", "the fares rose", "Fares rose."))


@pytest.mark.parametrize(
    ("field", "author"),
    [("author: ferrywatcher", "ferrywatcher"), ("Author: @quay_notes", "quay_notes")],
)
def test_a_labelled_author_given_by_a_sites_handle(field: str, author: str) -> None:
    """Blogs name the writer by user name under the author label; the handle is the author."""
    article = parse(f"---\ntitle: Ferry fares rise\n{field}\n---\n\nFares rose again.\n")
    assert article.authors == (author,)


@pytest.mark.parametrize("value", ["admin", "webmaster", "anonymous", "staff", "afp"])
def test_a_handle_for_no_one_in_particular_names_no_author(value: str) -> None:
    article = parse(f"Title: Ferry fares rise\nAuthor: {value}\n\nFares rose again.\n")
    assert article.authors == ()


def test_a_lower_case_by_line_in_the_text_is_no_author() -> None:
    """Only under a label: a body line "by ferrywatcher" credits no one."""
    article = parse("Ferry fares rise\n\nby ferrywatcher\n\nFares rose again.\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("title", "source", "link", "extra", "body"),
    [
        ("Название", "Источник", "Ссылка", "Эмитент", "Статья"),  # Russian
        ("Título", "Fuente", "Enlace", "Sector", "Texto"),  # Spanish
    ],
)
def test_a_labelled_record_in_another_language(
    title: str, source: str, link: str, extra: str, body: str
) -> None:
    """The labels of a record in the crawl's own language: the source names the outlet, a
    label no field holds is set aside, and the body's label opens the text."""
    text = (
        f"{title}: Паром снова ходит по расписанию\n{source}: Порт-Экспресс\n"
        f"{link}: https://port.example/news/ferry\n{extra}: Транспорт\n{body}:\n"
        "Паром вернулся к обычному расписанию в понедельник, сообщили в порту.\n"
    )
    article = parse(text)
    assert (article.headline, article.publication, article.url) == (
        "Паром снова ходит по расписанию",
        "Порт-Экспресс",
        "https://port.example/news/ferry",
    )
    assert article.boilerplate == (f"{extra}: Транспорт",)
    assert article.paragraphs == (
        "Паром вернулся к обычному расписанию в понедельник, сообщили в порту.",
    )


def test_a_crawlers_format_note_over_a_page_is_no_headline() -> None:
    """A crawler's notes over the page it saved ("Date:", "Format:"), then the page's view
    count, time and title."""
    text = (
        "Date: 06.05.2031\nFormat: HTML\n\n4312 views\n09:15 05.05.2031\n"
        "Harbour reopens north pier\n\nThe north pier reopened on Monday, the port said.\n"
    )
    article = parse(text)
    assert article.headline == "Harbour reopens north pier"
    assert article.boilerplate == ("Format: HTML", "4312 views")


@pytest.mark.parametrize(
    ("publisher", "publication", "boilerplate"),
    [
        # The label names the outlet: the title bar's site name is set aside.
        ("Coast Times", "Coast Times", ("The Coast Times",)),
        # No name (a feed's id, its address): the label is set aside, the site stays.
        ("coast_times_via_feed", "The Coast Times", ("Publisher: coast_times_via_feed",)),
        ("https://coast.example/rss", "The Coast Times", ("Publisher: https://coast.example/rss",)),
    ],
)
def test_a_publisher_label_under_a_title_that_named_its_site(
    publisher: str, publication: str, boilerplate: tuple[str, ...]
) -> None:
    """A news API's record: its title carries the site ("... - The Coast Times"), the
    publisher label names the outlet again in other words. The labels under it were read
    as the story's text (the header ended at the second name), losing author and date."""
    text = (
        "Title: Harbour fares rise in May - The Coast Times\n"
        f"Publisher: {publisher}\nAuthor: Ann Lee\nDate: 2031-05-05T09:00:00Z\n"
        "Summary: The council approved the rise.\nText:\nFares rise in May, the council said.\n"
    )
    article = parse(text)
    assert (article.headline, article.publication, article.authors, article.date) == (
        "Harbour fares rise in May",
        publication,
        ("Ann Lee",),
        "2031-05-05T09:00:00+00:00",
    )
    assert article.summary == "The council approved the rise."
    assert article.paragraphs == ("Fares rise in May, the council said.",)
    assert article.boilerplate == boilerplate


def test_labels_after_the_body_with_their_values_on_the_lines_under_them() -> None:
    text = (
        "URL: https://coast.example/2031/05/05/fares\n\nHeadline:\n  Harbour fares rise\n\n"
        "Body: Fares rise in May, the council said.\n\nAuthor:\n\t\tBy Ann Lee, Coast Wire\n\n"
        "Timestamp:\n  Updated\n     4:44 PM EST, Mon May 5, 2031\n\nNote:\nkept as text\n"
    )
    article = parse(text)
    assert (article.headline, article.authors, article.agencies) == (
        "Harbour fares rise",
        ("Ann Lee",),
        ("Coast Wire",),
    )
    assert article.date == "2031-05-05T16:44:00-05:00"
    # A label of no field the record lacks, and its line under it, stay the text's.
    assert article.paragraphs == ("Fares rise in May, the council said.", "Note:", "kept as text")


def test_a_headline_printed_again_on_the_line_under_it() -> None:
    # The page's heading and its title bar, one under the other, over the byline.
    text = (
        "Harbour cranes return to the docks\nHarbour cranes return to the docks\n"
        f"By JANE DOE IN EASTVIK\nJan van Dijk/AFP\n\n{STORY}\n"
    )
    article = parse(text)
    assert article.headline == "Harbour cranes return to the docks"
    assert (article.authors, article.photo_credit) == (("Jane Doe",), "Jan van Dijk/AFP")
    assert article.boilerplate == ("Harbour cranes return to the docks",)
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "header",
    [
        "Harbour cranes return to the docks\n\nLena Ortiz in EASTVIK",
        "Title: Harbour cranes return to the docks\nURL: https://example.org/a\nContent:\n"
        "Lena Ortiz in EASTVIK",  # the first line under a crawl's body label
    ],
)
def test_a_name_over_the_place_in_capitals_is_a_byline(header: str) -> None:
    article = parse(f"{header}\n\n{STORY}\n")
    assert (article.byline, article.authors) == ("Lena Ortiz in EASTVIK", ("Lena Ortiz",))
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "kicker", ["PROTESTS GROW IN EASTVIK", "Protests grow in EASTVIK", "Lena Ortiz in Eastvik"]
)
def test_a_kicker_or_a_place_in_its_own_case_is_no_byline(kicker: str) -> None:
    # All in capitals, a name cannot be told from a kicker; a place in its own case may
    # close a heading ("Ferries in Eastvik"): neither is read as a byline.
    article = parse(f"Harbour cranes return to the docks\n\n{kicker}\n\n{STORY}\n")
    assert article.authors == () and article.byline is None


@pytest.mark.parametrize(
    ("title", "headline", "kicker"),
    [
        (
            "[VIDEO] Harbour cranes return to the docks",
            "Harbour cranes return to the docks",
            "[VIDEO]",
        ),
        ("[ANKETA] Ferry fares: do you pay more?", "Ferry fares: do you pay more?", "[ANKETA]"),
        # Not a section's label: a number, a word in its own case.
        ("[1] Harbour cranes return", "[1] Harbour cranes return", None),
        ("[Updated] Harbour cranes return", "[Updated] Harbour cranes return", None),
    ],
)
def test_a_label_in_capitals_in_brackets_before_the_title_is_set_aside(
    title: str, headline: str, kicker: str | None
) -> None:
    article = parse(f"Title: {title}\nURL: https://example.org/a\n\n{STORY}\n")
    assert article.headline == headline
    assert article.boilerplate == ((kicker,) if kicker else ())


def test_a_markdown_pages_own_link_and_italic_date_under_its_title() -> None:
    # A page saved as Markdown: its address as a link whose text is the address, its date
    # in italics.
    url = "https://news.example.lk/columns/salt-delay/4-7943"
    date = "*06:21 AM, Wednesday, July 08, 2031*"
    text = f"# Salt imports delayed\n\n[{url}]({url})\n\n{date}\n\n{STORY}\n"
    article = parse(text)
    assert (article.headline, article.url, article.date) == (
        "Salt imports delayed",
        url,
        "2031-07-08T06:21:00",
    )
    assert article.paragraphs == (STORY,) and article.boilerplate == ()


def test_a_link_to_another_address_is_no_url() -> None:
    line = "[https://news.example.lk/a](https://news.example.lk/b)"
    article = parse(f"# Salt imports delayed\n\n{line}\n\n{STORY}\n")
    assert article.url is None and article.boilerplate == (line,)


@pytest.mark.parametrize(
    "title", ["Salt imports delayed", "\U0001f525 [Trade] Salt imports delayed"]
)
def test_a_link_whose_text_is_the_headline_is_the_url(title: str) -> None:
    # A blog post copying a story links it under its front matter: "[Headline](https://...)",
    # and its picture: "![Headline](https://...jpg)".
    url = "https://news.example.lk/trade/salt-delay.html"
    image = "![Salt imports delayed](https://img.example.lk/salt.jpg)"
    text = (
        f'---\nlayout: post\ntitle: "{title}"\ndate: 2031-07-08\n---\n'
        f"[Salt imports delayed]({url})\n\n{image}\n\n{STORY}\n"
    )
    article = parse(text)
    assert (article.headline, article.url, article.paragraphs) == (title, url, (STORY,))
    assert image in article.boilerplate
    assert [record.line for record in split_text(text)] == [1]


@pytest.mark.parametrize(
    "link", ["[Salt prices rise](https://x.example/a)", "[delayed](https://x.example/a)"]
)
def test_a_link_with_other_text_under_the_headline_is_no_url(link: str) -> None:
    article = parse(f"# Salt imports delayed\n\n{link}\n\n{STORY}\n")
    assert article.url is None and article.boilerplate == (link,)


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour master at the quay on Monday (Archivfoto)",
        "Cranes at the docks in Velmar (file photo)",
        "Le port de Velmar (photo d'archive)",
    ],
)
def test_a_pictures_caption_with_its_note_is_no_headline(caption: str) -> None:
    article = parse(f"{caption}\n\n{STORY}\n")
    assert article.headline is None
    assert article.boilerplate == (caption,) and article.paragraphs == (STORY,)


def test_a_title_with_words_in_brackets_is_still_a_headline() -> None:
    title = "Harbour cranes return (and the gulls with them)"
    assert parse(f"{title}\n\n{STORY}\n").headline == title


def test_a_groups_label_among_labelled_fields_is_set_aside() -> None:
    # "Metadata:" over "Author: ...": a label for the fields under it, no field or text.
    text = f"URL: https://news.example.lk/salt\nMetadata:\nAuthor: Nila Perera\nText:\n{STORY}\n"
    article = parse(text)
    assert (article.url, article.authors) == ("https://news.example.lk/salt", ("Nila Perera",))
    assert (article.paragraphs, article.boilerplate) == ((STORY,), ("Metadata:",))


def test_front_matter_keys_no_field_takes_are_set_aside() -> None:
    # A blog's own keys are the page's metadata, as a labelled record's extra fields are;
    # its canonical text writes them back where they read the same.
    text = f"---\nlayout: post\ntitle: Salt imports delayed\ntags: trade\n---\n\n{STORY}\n"
    article = parse(text)
    assert article.headline == "Salt imports delayed"
    assert (article.boilerplate, article.unrecognised) == (("layout: post", "tags: trade"), ())
    again = parse(to_text(article))
    assert (again.boilerplate, again.unrecognised) == (article.boilerplate, ())


def test_a_pages_fields_in_a_markdown_table_of_two_columns() -> None:
    rows = [
        "| Field | Value |",
        "|-------|-------|",
        "| title | Salt imports delayed |",
        "| description | Ships wait at the port. |",
        "| author | Nila Perera |",
        "| editor | Ravi Silva |",
        "| url | https://news.example.lk/salt |",
    ]
    text = "\n".join(rows) + f"\n\n{STORY}\n"
    article = parse(text)
    assert (article.headline, article.summary, article.authors, article.url) == (
        "Salt imports delayed",
        "Ships wait at the port.",
        ("Nila Perera",),
        "https://news.example.lk/salt",
    )
    # The table's head and rule, and a field with no place, are set aside as printed.
    assert article.boilerplate == (rows[0], rows[1], rows[5])
    assert article.paragraphs == (STORY,)
    assert [record.line for record in split_text(text)] == [1]


@pytest.mark.parametrize("first", ["By Jane Doe", "By\nJane Doe"])
def test_a_byline_printed_again_is_set_aside_in_either_form(first: str) -> None:
    article = parse(f"Harbour cranes return to the docks\n{first}\nBy Jane Doe\n\n{STORY}\n")
    assert article.authors == ("Jane Doe",)
    assert (article.boilerplate, article.unrecognised) == (("By Jane Doe",), ())


@pytest.mark.parametrize(
    "rows",
    [
        # Chinese and Japanese pages write the label's colon full width, bare or in bold.
        [
            "标题：港口新码头开放参观",
            "来源：海港日报",
            "时间：2031-04-04 07:49",
            "作者：李明、王芳",
        ],
        [
            "**标题：** 港口新码头开放参观",
            "**来源：** 海港日报",
            "**时间：** 2031-04-04 07:49",
            "**作者：** 李明、王芳",
        ],
    ],
)
def test_labels_with_a_full_width_colon(rows: list[str]) -> None:
    article = parse("\n".join(rows) + "\n\n新码头周日对公众开放。数百人前来参观。\n")
    assert (article.headline, article.publication, article.date) == (
        "港口新码头开放参观",
        "海港日报",
        "2031-04-04T07:49:00",
    )
    assert (article.authors, article.agencies) == (("李明", "王芳"), ())
    assert article.paragraphs == ("新码头周日对公众开放。数百人前来参观。",)


@pytest.mark.parametrize(
    "line",
    [
        "Source: [https://example.test/n/5](https://example.test/n/5)",
        "> Source: [https://example.test/n/5](https://example.test/n/5)",  # a Markdown quote
        "> 来源：[https://example.test/n/5](https://example.test/n/5)",
        "Source: [Harbour Ledger](https://example.test/n/5)",
    ],
)
def test_a_source_label_over_a_markdown_link_is_the_articles_url(line: str) -> None:
    article = parse(f"# Tram depot opens\n\n{line}\n\n{STORY}\n")
    # Not a picture's credit, as "Source: X" under a picture would be.
    assert (article.url, article.photo_credit) == ("https://example.test/n/5", None)
    assert article.paragraphs == (STORY,)


def test_a_feed_entrys_heading_ending_in_a_full_stop_is_its_headline() -> None:
    # A feed saved as Markdown: an entry with no description, its title a sentence.
    text = (
        "## Tram depot opens to visitors after ten years.\n"
        " - [https://example.test/n/5](https://example.test/n/5)\n"
        " - date published: 2031-03-09 08:15:00+00:00\n"
    )
    article = parse(text)
    assert (article.headline, article.url, article.date) == (
        "Tram depot opens to visitors after ten years.",
        "https://example.test/n/5",
        "2031-03-09T08:15:00+00:00",
    )
    assert article.sections == ()


_HARBOUR_STORY = "海港日报7月10日电 据报道，港口周一重新开放，渡轮恢复运行。"


@pytest.mark.parametrize(
    "note", ["（原标题：海港周一重新开放 渡轮恢复）", "原标题：海港周一重新开放 渡轮恢复"]
)
def test_a_reposts_original_title_is_the_headline_where_none_is_printed(note: str) -> None:
    article = parse(f"{note}\n{_HARBOUR_STORY}\n")
    assert article.headline == "海港周一重新开放 渡轮恢复"
    assert article.paragraphs == (_HARBOUR_STORY,)
    assert parse(to_text(article)).headline == article.headline


def test_a_reposts_original_title_under_its_headline_is_a_note() -> None:
    # The portal's own title over the one the story first ran under.
    note = "（原标题：海港周一重新开放 渡轮恢复）"
    article = parse(f"海港重开\n{note}\n\n{_HARBOUR_STORY}\n")
    assert article.headline == "海港重开"
    assert article.boilerplate == (note,)
    assert article.paragraphs == (_HARBOUR_STORY,)


@pytest.mark.parametrize("joint", [" ", ""])
def test_a_title_taken_twice_before_a_story_on_one_line_is_the_headline(joint: str) -> None:
    # A story a line, the scraper's title twice before its text, the second glued on.
    title = "Ferries return to the harbour"
    article = parse(f"{title} {title}{joint}{STORY}\n")
    assert article.headline == title
    assert article.paragraphs == (STORY,)


@pytest.mark.parametrize(
    "line",
    [
        f"New York New York {STORY}",  # two words twice: a name, a song
        f"Work, work, work, the crews said. {STORY}",  # no title's shape
    ],
)
def test_words_said_twice_opening_a_story_are_no_title(line: str) -> None:
    article = parse(f"{line}\n")
    assert article.headline is None
    assert article.paragraphs == (line,)


@pytest.mark.parametrize(
    ("text", "title", "agencies"),
    [
        (
            "Title: Ferry resumes after the storm (Reuters)",
            "Ferry resumes after the storm (Reuters)",
            ("Reuters",),
        ),
        (
            "Title: Ferry resumes after the storm (AP)",
            "Ferry resumes after the storm (AP)",
            ("AP",),
        ),
        # A first line so, unlabelled: the headline, not a caption over its credit.
        (
            "Ferry resumes after the storm (Reuters)",
            "Ferry resumes after the storm (Reuters)",
            ("Reuters",),
        ),
        # Not a wire's name in the brackets: the title's own words.
        ("Title: Ferry resumes (with photos)", "Ferry resumes (with photos)", ()),
        ("Title: Ferry resumes (Getty Images)", "Ferry resumes (Getty Images)", ()),
        ("Title: (Reuters)", "(Reuters)", ()),  # nothing before it
    ],
)
def test_a_wire_agency_closing_the_title_in_brackets_is_its_credit(
    text: str, title: str, agencies: tuple[str, ...]
) -> None:
    """The title keeps the wire's name as printed, and reads back so; the agency is
    credited."""
    article = parse(f"{text}\n\nThe ferry ran again on Monday after a week of storms.\n")
    assert (article.headline, article.agencies, article.photo_credit) == (title, agencies, None)
    again = parse(to_text(article))
    assert (again.headline, again.agencies, again.photo_credit) == (title, agencies, None)


@pytest.mark.parametrize(
    ("text", "title", "slug"),
    [
        ("UPDATE 2-Ferry resumes after the storm", "Ferry resumes after the storm", "UPDATE 2-"),
        ("Title: REFILE-UPDATE 1-Ferry resumes", "Ferry resumes", "REFILE-UPDATE 1-"),
        ("EXCLUSIVE-Harbour board to sell pier", "Harbour board to sell pier", "EXCLUSIVE-"),
        (
            "WRAPUP 3-'Storm over': ferries run again",
            "'Storm over': ferries run again",
            "WRAPUP 3-",
        ),
    ],
)
def test_a_wires_version_note_before_the_title_is_set_aside(
    text: str, title: str, slug: str
) -> None:
    """Reuters notes a story's version before its title ("UPDATE 2-"): no words of the
    title. Kept in boilerplate, and read back so."""
    article = parse(f"{text}\n\nThe ferry ran again on Monday after a week of storms.\n")
    assert (article.headline, article.boilerplate) == (title, (slug,))
    again = parse(to_text(article))
    assert (again.headline, again.boilerplate) == (title, (slug,))


@pytest.mark.parametrize(
    "title", ["UPDATE: Ferry resumes", "Exclusive-ferry deal", "UPDATES-Ferry", "BRIEF - Ferry"]
)
def test_a_title_opening_with_such_a_word_otherwise_keeps_it(title: str) -> None:
    article = parse(f"{title}\n\nThe ferry ran again on Monday after a week of storms.\n")
    assert article.headline == title


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # Closing the story, its only link: the story's address.
        (
            "Ferry resumes\n\nThe ferry ran.\n\n[Read More](https://example.test/ferry)\n",
            "https://example.test/ferry",
        ),
        (
            "Ferry resumes\n\nThe ferry ran.\n\n[Read More](https://example.test/ferry)\n\n---\n",
            "https://example.test/ferry",
        ),
        # The page's own address given: the link is a button, set aside.
        (
            "Ferry resumes\n\nURL: https://example.test/a\n\nThe ferry ran.\n\n"
            "[Read more](https://example.test/other)\n",
            "https://example.test/a",
        ),
        # Text after it: a link inside the story, not its address.
        (
            "Ferry resumes\n\nThe ferry ran.\n\n[Read more](https://example.test/b)\n\n"
            "It ran full.\n",
            None,
        ),
    ],
)
def test_a_read_more_link_closing_the_story_is_its_address(text: str, url: str | None) -> None:
    article = parse(text)
    assert article.url == url
    assert "The ferry ran." in article.paragraphs
