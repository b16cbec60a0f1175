"""The record splitter: one fixture per container and delimiter, plus the edge rules.

Each ``fixtures/multi/<name>`` has a golden ``<name>.records.json`` listing the records it
splits into. Regenerate them with ``python tests/test_split.py --regen`` and review the
diff line by line before committing.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlecli.errors import ArticleParseError
from articlecli.model import Article
from articlecli.naming import article_file_name, parse_file_name, text_digest
from articlecli.parser import parse
from articlecli.split import Record, split_records, split_text

MULTI = Path(__file__).resolve().parent.parent / "fixtures" / "multi"
INPUTS = sorted(p for p in MULTI.iterdir() if not p.name.endswith(".records.json"))


def golden_path(path: Path) -> Path:
    return path.with_name(path.name + ".records.json")


def records_of(path: Path) -> list[Record]:
    """Split a fixture the way a command would: lazily, from an open text file."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(split_records(handle))


def split_articles(text: str) -> list[Article]:
    """Split a dump and parse each record: what a dump's records read as."""
    return [parse(record.text) for record in split_text(text)]


def articles_under_a_title(text: str, count: int) -> list[Article]:
    """Split a dump that opens with a title over ``count`` records; parse the records."""
    records = split_text(text)
    assert [r.kind for r in records] == ["title"] + ["text"] * count
    return [parse(r.text) for r in records[1:]]


def as_json(records: list[Record]) -> str:
    return json.dumps([dataclasses.asdict(r) for r in records], indent=2, ensure_ascii=False) + "\n"


# -- goldens --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_fixture_matches_golden(path: Path) -> None:
    actual = as_json(records_of(path))
    expected = golden_path(path).read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} splits differently; actual records:\n{actual}"


def test_every_fixture_has_a_golden() -> None:
    assert INPUTS, "no fixtures found"
    missing = [p.name for p in INPUTS if not golden_path(p).exists()]
    assert not missing, f"run python tests/test_split.py --regen for {missing}"


# -- what each fixture is for -------------------------------------------------------------------

EXPECTED_HEADLINES = {
    "seed_concatenated.txt": [
        "Harbour Ferry Service Resumes After Storm",
        "Library Extends Opening Hours for Exam Season",
        "Rail Strike Called Off at the Last Minute",
    ],
    "end_of_article.txt": [
        "Bakery Wins Regional Bread Prize",
        "New Cycle Lanes Open Downtown",
        "School Garden Harvests Its First Pumpkins",
    ],
    "equals_rule.txt": [
        "Museum Reopens After Two-Year Renovation",
        "Council Approves Budget for Road Repairs",
        "Weekend Market Moves to the Old Square",
    ],
    "dash_rule.txt": [
        "Apple Harvest Starts Early This Year",
        "Town Hall Clock Stops at Noon",
        "Bridge Closed for Inspection",
    ],
    "form_feed.txt": [
        "Volunteers Clean Up the River Banks",
        "City Zoo Welcomes Twin Otters",
        "Theatre Festival Sells Out in a Day",
    ],
    "numbered_markers.txt": [
        "Lighthouse Restored by Local Trust",
        "Choir Tours Three Countries",
        "Snowfall Breaks March Record",
    ],
    "trec_docs.sgml": ["Glacier Retreat Speeds Up, Survey Finds", "Mayor Opens Floating Library"],
    "reuters_docs.sgml": [
        "PRAIRIE WHEAT PLANTING SEEN <EARLY> THIS YEAR",
        "SHIPPING FIRM <NORDLINE> SETS QUARTERLY DIVIDEND",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_HEADLINES))
def test_fixture_articles_parse_with_their_headlines(name: str) -> None:
    records = records_of(MULTI / name)
    headlines = [parse(r.text).headline for r in records]
    assert headlines == EXPECTED_HEADLINES[name], [r.text for r in records]
    assert [r.index for r in records] == list(range(len(records)))


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_verbatim_records_start_at_their_input_line(path: Path) -> None:
    """Line n of a verbatim record's text is input line ``line + n - 1``."""
    text = path.read_text(encoding="utf-8")
    if "\f" in text:
        pytest.skip("a form feed splits inside a line")
    input_lines = text.split("\n")
    for record in records_of(path):
        if record.verbatim:
            for offset, text_line in enumerate(record.text.rstrip("\n").split("\n")):
                assert input_lines[record.line - 1 + offset] == text_line, (record, offset)


def test_crlf_input_splits_like_lf() -> None:
    for path in INPUTS:
        text = path.read_text(encoding="utf-8")
        assert split_text(text.replace("\n", "\r\n")) == split_text(text), path.name


def test_seed_trailer_ends_each_article() -> None:
    records = records_of(MULTI / "seed_concatenated.txt")
    assert [r.text.rstrip().splitlines()[-1].split(":")[0] for r in records] == ["Original url"] * 3
    assert [r.line for r in records] == [4, 17, 31]


def test_labelled_records_split_where_the_first_label_returns() -> None:
    records = records_of(MULTI / "labelled_records.txt")
    assert [r.text.splitlines()[0] for r in records] == [
        "Media Name - Valley Courier",
        "Media Name - Coastal Times",
        "Media Name - Hill Gazette",
    ]
    assert "Related: Quarry closure marked the end of an era" in records[0].text


def test_markdown_rules_and_front_matter_fences_do_not_split() -> None:
    records = records_of(MULTI / "front_matter.md")
    assert len(records) == 2
    first, second = (r.text.split("\n") for r in records)
    assert first[0] == "---" and first[4] == "---", "front matter kept whole"
    assert "---" in first[5:] and "***" in first, "thematic breaks stay inside the article"
    assert "___" in second
    assert records[1].line == 20


def test_json_lines_are_records_for_readback() -> None:
    records = records_of(MULTI / "articles.jsonl")
    assert [(r.kind, r.container, r.line) for r in records] == [
        ("json", "jsonl", 1),
        ("json", "jsonl", 2),
        ("json", "jsonl", 4),
    ]
    assert [json.loads(r.text)["headline"] for r in records] == [
        "Tram Line Extension Opens",
        "Park Pond Gets New Fountain",
        "Bookshop Celebrates Fifty Years",
    ]


# -- containers -------------------------------------------------------------------------------


def test_trec_fields_become_a_labelled_dump() -> None:
    first, second = records_of(MULTI / "trec_docs.sgml")
    assert (first.id, first.container, first.verbatim, first.line) == (
        "XN950312-0001",
        "trec",
        False,
        1,
    )
    lines = first.text.split("\n")
    assert lines[:3] == [
        "Title: Glacier Retreat Speeds Up, Survey Finds",
        "By: MARTA KOWALSKA, Associated Press Writer",
        "Date: 1995-03-12T09:15:00-05:00",
    ], "the Eds: note is not the headline; both BYLINE lines join"
    assert lines[4].startswith("GENEVA (AP) - Alpine glaciers lost ice faster")
    assert "\u201cThe pace has doubled in a decade,\u201d" in first.text, "``...'' quotes"
    assert "melt water & rainfall" in first.text, "&amp; decoded"
    assert "Eds:" not in first.text and "PM-Glacier" not in first.text
    assert second.text.startswith("Title: Mayor Opens Floating Library\n"), (
        "a HEAD after an Eds: note is the headline"
    )


def test_reuters_fields_become_a_labelled_dump() -> None:
    wheat, brief = records_of(MULTI / "reuters_docs.sgml")
    assert (wheat.id, wheat.container, wheat.line) == ("901", "reuters", 2)
    assert wheat.text == (
        "Title: PRAIRIE WHEAT PLANTING SEEN <EARLY> THIS YEAR\n"
        "By: Hanna Berg, Reuters\n"
        "Date: 1987-03-14T09:12:44\n"
        "\n"
        "WINNIPEG, March 14 - Farmers on the prairies are likely to start planting wheat "
        "earlier than usual after a mild winter, a grain analyst said.\n"
        "\n"
        "Soil moisture is adequate in most areas, the analyst added, although the "
        "south-west remains dry.\n"
    ), "no Reuter sign-off, no \\x03, no routing codes"
    assert brief.text == (
        "Title: SHIPPING FIRM <NORDLINE> SETS QUARTERLY DIVIDEND\nDate: 1987-03-14T09:20:01\n"
    )
    article = parse(wheat.text)
    assert (article.date, article.headline) == ("1987-03-14T09:12:44", wheat.text[7:52])


@pytest.mark.parametrize("wrapper", ["DOCUMENT", 'collection name="reuters"'])
def test_containers_inside_a_files_own_wrapper_element(wrapper: str) -> None:
    # A collection file that wraps its <REUTERS> elements in one of its own.
    sgml = (MULTI / "reuters_docs.sgml").read_text(encoding="utf-8")
    declaration, rest = sgml.split("\n", 1)
    closing = wrapper.split()[0]
    text = f"{declaration}\n<{wrapper}>\n{rest}</{closing}>\n"
    records = split_text(text)
    assert [(r.kind, r.id, r.line) for r in records] == [
        ("text", r.id, r.line + 1) for r in records_of(MULTI / "reuters_docs.sgml")
    ]


def test_a_lone_tag_over_text_is_text() -> None:
    records = split_text("<note>\nFerry resumes\n\nThe ferry ran again on Monday.\n")
    assert [r.kind for r in records] == ["text"]


def test_truncated_container_yields_the_complete_ones_then_one_error() -> None:
    records = records_of(MULTI / "truncated_doc.sgml")
    assert [r.kind for r in records] == ["text", "text", "error"]
    assert [r.id for r in records[:2]] == ["XN950313-0001", "XN950313-0002"]
    broken = records[-1]
    assert broken.line == 18
    assert broken.text.startswith("<DOC>\n<DOCNO> XN950313-0003 </DOCNO>"), "nothing lost"
    error = broken.to_error(source="dump.sgml")
    assert isinstance(error, ArticleParseError)
    assert error.line == 18
    assert str(error) == (
        "dump.sgml:18: <DOC> opened on this line is never closed: "
        "no </DOC> before the end of the input (line 22)"
    )


def test_unclosed_container_in_the_middle_does_not_stop_the_next() -> None:
    text = (
        "<DOC>\n<HEAD>First Story</HEAD>\n<TEXT>\n   Cut short here.\n"
        "<DOC>\n<HEAD>Second Story</HEAD>\n<TEXT>\n   Complete.\n</TEXT>\n</DOC>\n"
    )
    broken, good = split_text(text)
    assert (broken.kind, broken.line) == ("error", 1)
    assert "before the next <DOC> on line 5" in (broken.error or "")
    assert (good.kind, good.line, good.index) == ("text", 5, 1)
    assert parse(good.text).headline == "Second Story"


def test_text_outside_containers_is_an_error_record() -> None:
    text = "<DOC>\n<HEAD>One</HEAD>\n</DOC>\nstray words\n<DOC>\n<HEAD>Two</HEAD>\n</DOC>\n"
    kinds = [(r.kind, r.line) for r in split_text(text)]
    assert kinds == [("text", 1), ("error", 4), ("text", 5)]


def test_editor_notes_go_but_lookalike_text_stays() -> None:
    text = (
        "<DOC>\n<HEAD>Eds: Moves late.</HEAD>\n<HEAD>Ed's Diner Reopens</HEAD>\n<TEXT>\n"
        "   With AM-Town-Briefs\n   Ed's Diner opened again on Monday.\n"
        "   AP Photo exhibitions drew crowds.\n</TEXT>\n</DOC>\n"
    )
    (record,) = split_text(text)
    assert record.text == (
        "Title: Ed's Diner Reopens\n\nEd's Diner opened again on Monday.\n\n"
        "AP Photo exhibitions drew crowds.\n"
    )


def test_empty_container_is_an_error_record() -> None:
    (record,) = split_text("<DOC>\n<DOCNO> X-1 </DOCNO>\n<FIRST>slug</FIRST>\n</DOC>\n")
    assert record.kind == "error"
    assert record.error == "<DOC> container holds no article text"


def test_container_on_one_line() -> None:
    (record,) = split_text("<DOC><DOCNO>X-2</DOCNO><TEXT>Short and sweet.</TEXT></DOC>\n")
    assert (record.kind, record.id, record.text) == ("text", "X-2", "Short and sweet.\n")


def test_lower_case_container_with_attributes() -> None:
    text = '<doc id="7" url="https://example.com/a" title="Quiet Day">\nA calm day.\n</doc>\n'
    (record,) = split_text(text)
    assert (record.kind, record.id) == ("text", "7")
    assert record.text == "Title: Quiet Day\nOriginal url: https://example.com/a\n\nA calm day.\n"


# -- plain-text boundary rules ---------------------------------------------------------------

MARKERS = [
    "---END OF ARTICLE---",
    "--- END OF ARTICLE ---",
    "<<<ARTICLE>>>",
    "### ARTICLE 12 ###",
    "=== Article #3 ===",
    "***** END *****",
    "[[[NEW ARTICLE]]]",
]
NOT_MARKERS = [
    "## Article 5",
    "Article 12 of the treaty applies.",
    "### The End ###",
    "-- END --",
    "<<ARTICLE>>",
    "END OF ARTICLE",
]


@pytest.mark.parametrize("marker", MARKERS)
def test_marker_lines_split_wherever_they_stand(marker: str) -> None:
    text = f"Alpha story\n\nFirst body line here.\n{marker}\nBeta story\n\nSecond body line here.\n"
    records = split_text(text)
    assert [r.text.split("\n")[0] for r in records] == ["Alpha story", "Beta story"]
    assert all(marker not in r.text for r in records)


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_lookalike_lines_are_text(line: str) -> None:
    text = f"Alpha story\n\nFirst body line here.\n{line}\nMore of the same article.\n"
    assert len(split_text(text)) == 1


@pytest.mark.parametrize("rule", ["---", "=====", "*****", "___", "-" * 72])
def test_rule_standing_alone_splits_plain_text(rule: str) -> None:
    text = f"Alpha story\n\nOne sentence of body.\n\n{rule}\n\nBeta story\n\nAnother sentence.\n"
    assert len(split_text(text)) == 2


@pytest.mark.parametrize("rule", ["---", "=====", "*****"])
def test_rule_touching_text_is_text(rule: str) -> None:
    for text in (
        f"Alpha story\n\nOne sentence of body.\n{rule}\n\nStill alpha.\n",
        f"Alpha story\n\nOne sentence of body.\n\n{rule}\nStill alpha.\n",
    ):
        assert len(split_text(text)) == 1, text


@pytest.mark.parametrize("rule", ["***", "*****"])
def test_an_asterism_over_more_of_the_story_is_a_break_inside_it(rule: str) -> None:
    text = f"Alpha story\n\nOne sentence of body.\n\n{rule}\n\nAbout the company: it is old.\n"
    assert len(split_text(text)) == 1
    # Under a title, or a record with no body yet, it still parts records.
    assert len(split_text(f"Alpha story\n\n{rule}\n\nMore of it here.\n")) == 2


@pytest.mark.parametrize("rule", ["- - -", "* * *", "--", "-=-=-"])
def test_spaced_short_or_mixed_rules_are_text(rule: str) -> None:
    text = f"Alpha story\n\nOne sentence of body.\n\n{rule}\n\nStill alpha.\n"
    assert len(split_text(text)) == 1


def test_a_long_rule_under_a_sentence_closes_the_record() -> None:
    rule = "=" * 60
    text = (
        f"Ferry fares frozen\n\nThe board kept fares at summer levels.\n{rule}\n\n"
        f"Library reopens\n\nThe doors opened on Tuesday.\n{rule}\n"
    )
    records = split_text(text)
    assert [r.text for r in records] == [
        "Ferry fares frozen\n\nThe board kept fares at summer levels.\n",
        "Library reopens\n\nThe doors opened on Tuesday.\n",
    ]
    assert [r.line for r in records] == [1, 6]


@pytest.mark.parametrize(
    "text",
    [
        # A setext underline: under a title, which ends in no full stop.
        f"Ferry fares frozen\n{'=' * 30}\n\nThe board kept fares at summer levels.\n",
        # Text on the line after: an underline of a kind, or decoration inside a story.
        f"Alpha story\n\nOne sentence of body.\n{'=' * 30}\nStill alpha.\n",
    ],
)
def test_a_long_rule_touching_a_title_or_followed_by_text_is_text(text: str) -> None:
    assert len(split_text(text)) == 1


@pytest.mark.parametrize("over_rule", ["", "\n"])
def test_a_long_rule_over_the_next_title_closes_the_record(over_rule: str) -> None:
    # A dump whose stories are parted by a rule with no blank line under it: the next
    # story's title touches the rule (and, here, is printed twice).
    rule = "-" * 25
    text = (
        f"Ferry fares frozen\n\nThe board kept fares at summer levels.\n{over_rule}{rule}\n"
        "Library reopens after repairs\n\nLibrary reopens after repairs\n\n"
        "The doors opened on Tuesday.\n"
    )
    records = split_text(text)
    assert [r.text.splitlines()[0] for r in records] == [
        "Ferry fares frozen",
        "Library reopens after repairs",
    ]
    assert records[1].line == 5 + len(over_rule)


@pytest.mark.parametrize(
    "text",
    [
        # A title's line with text right under it: an underline's heading or a list.
        f"Alpha story\n\nOne sentence of body.\n{'-' * 25}\nStill alpha\nand more.\n",
        # The input's last line under the rule: a footer's as likely as a title's.
        f"Alpha story\n\nOne sentence of body.\n{'-' * 25}\nShare this story\n",
        # A short rule touching the text: decoration.
        "Alpha story\n\nOne sentence of body.\n-----\nStill alpha\n\nMore of it.\n",
        # Markdown: a thematic break after a blank line parts sections of one page.
        f"# Alpha story\n\nOne *sentence* of body\n\n{'-' * 25}\nSecond part\n\nMore.\n",
    ],
)
def test_a_long_rule_over_no_title_stays_in_the_story(text: str) -> None:
    assert len(split_text(text)) == 1


def test_a_rule_before_a_url_line_opens_the_next_record() -> None:
    rule = "-" * 33
    text = (
        f"{rule}\nhttps://news.example.org/1 Bridge toll plan shelved\nThe plan is off.\n"
        f" Tomas Reyes reporter\n{rule}\nhttps://news.example.org/2 Museum wins grant\n"
        f"The museum won.\n{rule}\n"
    )
    records = split_text(text)
    assert [r.text.split("\n")[0] for r in records] == [
        "https://news.example.org/1 Bridge toll plan shelved",
        "https://news.example.org/2 Museum wins grant",
    ]
    assert all(rule not in r.text for r in records)
    assert [parse(r.text).headline for r in records] == [
        "Bridge toll plan shelved",
        "Museum wins grant",
    ]
    assert [parse(r.text).url for r in records] == [
        "https://news.example.org/1",
        "https://news.example.org/2",
    ]


def test_numbered_headings_open_records() -> None:
    text = (
        "### Item 1\nFerry fares frozen\n\nThe board kept fares.\n\n"
        "### Item 2\nLibrary reopens\n\nThe doors opened.\n\n"
    )
    records = split_text(text)
    assert [r.text.split("\n", 1)[0] for r in records] == ["Ferry fares frozen", "Library reopens"]
    assert [r.line for r in records] == [2, 7]
    korean = "## 기사 1\n자전거 도로 승인\n\n의회가 찬성했다.\n\n"
    korean += "## 기사 2\n도서관 재개관\n\n문을 열었다.\n"
    assert [r.line for r in split_text(korean)] == [2, 7]


def test_bare_numbered_labels_open_records_and_stay_with_them() -> None:
    text = (
        "Article 1\nFerry fares frozen\n\nThe board kept fares.\n\n"
        "Article 2\nLibrary reopens\n\nThe doors opened.\n\nArticle 4\n\nStill two.\n"
    )
    records = split_text(text)
    assert [r.text.split("\n", 1)[0] for r in records] == ["Article 1", "Article 2"]
    assert [parse(r.text).headline for r in records] == ["Ferry fares frozen", "Library reopens"]
    assert "Article 4" in records[1].text  # out of the count: text


def test_a_count_that_starts_again_opens_a_record() -> None:
    text = "".join(f"Item {n}\nStory {i}\n\nIts text, {i}.\n\n" for i, n in enumerate((1, 2, 1, 2)))
    assert [a.headline for a in split_articles(text)] == [f"Story {i}" for i in range(4)]


def test_a_title_that_is_a_numbered_label_stays_the_headline() -> None:
    (record,) = split_text("Article 370\n\nThe court heard the case on Monday.\n")
    assert parse(record.text).headline == "Article 370"


@pytest.mark.parametrize("heading", ["## Article 5", "### Item 3", "### Item 1"])
def test_a_numbered_heading_out_of_sequence_is_a_section_heading(heading: str) -> None:
    text = f"### Item 1\nTreaty signed\n\nThe treaty was signed.\n\n{heading}\n\nIt binds all.\n"
    (record,) = split_text(text)
    assert heading in record.text


def test_markdown_rule_splits_only_before_an_h1() -> None:
    article = "# Alpha\n\nA **bold** start.\n\n---\n\n## Part two\n\nMore text.\n"
    assert len(split_text(article)) == 1
    assert len(split_text(article + "\n---\n\n# Beta\n\nOther text.\n")) == 2
    assert len(split_text(article + "\n=====\n\nBeta\n\nOther text.\n")) == 2


def test_front_matter_after_text_starts_a_new_article() -> None:
    text = "---\ntitle: A\n---\n\nBody of A.\n---\ntitle: B\ntags:\n  - x\n---\n\nBody of B.\n"
    records = split_text(text)
    assert [r.line for r in records] == [1, 6]
    assert records[1].text.startswith("---\ntitle: B\n")


def test_unclosed_fence_is_not_front_matter() -> None:
    text = "Alpha story\n\nOne sentence of body.\n---\ntitle: not front matter\n\nMore.\n"
    assert len(split_text(text)) == 1


def test_trailer_in_the_header_does_not_split() -> None:
    text = "Alpha story\nBy Ann Lee\nOriginal url: https://example.com/a\n\nThe body says this.\n"
    assert len(split_text(text)) == 1


def test_labelled_key_repeated_without_a_label_after_is_text() -> None:
    text = (
        "Title: Alpha\nBy: Ann Lee\n\nThe body says this.\n"
        "Title: a word used at the start of a line\nand the paragraph goes on.\n"
    )
    assert len(split_text(text)) == 1


def test_quoted_cells_of_labelled_lines_are_records_without_their_quotes() -> None:
    # A spreadsheet's column saved as text: a record of labels a cell, each cell quoted,
    # a quote inside it doubled; the export's title and tag over the first.
    text = (
        "Search results\n[Archive]\n\n"
        '"Fecha: 2015.04.05\nTitle: Harbour tram depot opens\n'
        'Text: The depot opened on Sunday, ""at last"", the mayor said."\n'
        '"Fecha: 2015.04.06\nTitle: Ferry runs again\nText: The ferry ran on Monday."\n'
    )
    records = split_text(text)
    assert [(r.line, r.verbatim) for r in records] == [(1, False), (7, False)]
    assert records[1].text == (
        "Fecha: 2015.04.06\nTitle: Ferry runs again\nText: The ferry ran on Monday.\n"
    )
    first, second = (parse(r.text) for r in records)
    assert (first.headline, first.date) == ("Harbour tram depot opens", "2015-04-05")
    assert first.paragraphs == ('The depot opened on Sunday, "at last", the mayor said.',)
    assert (second.headline, second.date) == ("Ferry runs again", "2015-04-06")


@pytest.mark.parametrize(
    "text",
    [
        # A quotation that opens with a label's word, over the rest of the story.
        'Harbour News\n\n"Source: the port, it said.\nTitle: none yet," he wrote.\n',
        # One labelled line in quotes, closed on its line.
        'Harbour News\n\n"Title: Ferry runs again"\nTitle: Ferry runs again\n',
    ],
)
def test_a_quotation_opening_with_a_label_keeps_its_quotes(text: str) -> None:
    records = split_text(text)
    assert [(r.text, r.verbatim) for r in records] == [(text, True)]


def _one_line_story(topic: str) -> str:
    """A story of about 120 words on one line, as some dumps print each."""
    sentences = [
        f"The {topic} opened on Monday after months of work by crews from the region.",
        "Officials said the cost stayed within the budget set by the council last spring.",
        "Residents who came to see it said they had waited a long time for the day.",
        "The next phase starts in autumn, when the second part of the plan is due.",
    ]
    return " ".join(sentences * 3)


def test_titles_over_stories_of_one_line_each_are_records() -> None:
    stories = [
        ("Tram depot opens", "tram depot"),
        ("Harbour crane returns to the quay", "harbour crane"),
        ("Library stays open late", "library"),
    ]
    dump = "\n\n".join(f"{title}\n\n{_one_line_story(topic)}" for title, topic in stories) + "\n"
    records = split_text(dump)
    assert [(r.line, r.text.split("\n", 1)[0]) for r in records] == [
        (1, "Tram depot opens"),
        (5, "Harbour crane returns to the quay"),
        (9, "Library stays open late"),
    ]
    assert [parse(r.text).headline for r in records] == [title for title, _ in stories]


@pytest.mark.parametrize(
    "second",
    [
        "The council met again on Tuesday.",  # a section's paragraph: short
        f"{_one_line_story('pier')}\n\nThe crews go home in June.",  # more under the heading
    ],
)
def test_a_heading_over_a_paragraph_stays_in_the_story(second: str) -> None:
    lead = _one_line_story("tram depot")
    text = f"Tram depot opens\n\n{lead}\n\nWhat the council said\n\n{second}\n"
    assert len(split_text(text)) == 1


def test_a_title_label_after_a_blank_line_opens_the_next_record() -> None:
    """Crawls that write "Title:", a description and "Source:" per story, with blank lines
    and no other label line in a row, still hold one record per title."""
    text = (
        "Title:Ferries resume at dawn\n\n\nNone\n\n\nSource:Eastvik Post\n\n\n"
        "Title:Harbour cranes return\n\n\nThe cranes are back by spring, the port said.\n"
        "\n\nSource:Coast Ledger\n"
    )
    records = split_text(text)
    assert [r.text.split("\n", 1)[0] for r in records] == [
        "Title:Ferries resume at dawn",
        "Title:Harbour cranes return",
    ]
    assert [parse(r.text).publication for r in records] == ["Eastvik Post", "Coast Ledger"]


def test_form_feed_splits_mid_line() -> None:
    records = split_text("Alpha\n\nBody one.\fBeta\n\nBody two.\n")
    assert [(r.text, r.line) for r in records] == [
        ("Alpha\n\nBody one.\n", 1),
        ("Beta\n\nBody two.\n", 3),
    ]


def test_byte_order_mark_inside_a_dump_is_not_text() -> None:
    records = split_text("Alpha\n\nBody one.\n\n-----\n\n\ufeff\n\nBeta\n\nBody two.\n")
    assert [r.line for r in records] == [1, 9]


def test_blank_and_empty_inputs_have_no_records() -> None:
    for text in ("", "\n", "  \n\t\n", "\f\n", "-----\n", "---END OF ARTICLE---\n"):
        assert split_text(text) == [], repr(text)
    for text in ("", "\n", "  \n\t\n"):
        assert split_text(text, single=True) == [], repr(text)


# Bugs the properties found, pinned with the smallest dump that shows each.


def test_trailer_label_with_odd_spaces_still_ends_the_article() -> None:
    for space in ("\t", "\u200b ", "\u00a0"):
        one = (
            f"Alpha\n\nThe body says{space}this.\n\nOriginal{space}url:{space}https://a.example/1\n"
        )
        assert len(split_text(one + "Beta\n\nMore body text.\n")) == 2, repr(space)


def test_question_headline_is_not_body_before_a_header_url() -> None:
    text = (
        "---\ntitle: x\n---\n\nUpdated JANUARY 1, 2000\nWill the truce hold?\n"
        "Original url: https://a.example/1\n\nThe talks went on all night.\n"
    )
    assert len(split_text(text)) == 1


# -- overrides ----------------------------------------------------------------------------------


def test_delimiter_regex_overrides_detection() -> None:
    text = "<DOC>\nOne\n%%\nTwo\n\n=====\n\nstill two\n%%   \n\n%%\nThree\n"
    records = split_text(text, delimiter=r"%%")
    assert [(r.text, r.line, r.container) for r in records] == [
        ("<DOC>\nOne\n", 1, "regex"),
        ("Two\n\n=====\n\nstill two\n", 4, "regex"),
        ("Three\n", 12, "regex"),
    ]


def test_delimiter_must_match_the_whole_line() -> None:
    assert len(split_text("One\n-- %% --\nTwo\n", delimiter="%%")) == 1


def test_single_takes_the_whole_input() -> None:
    text = (MULTI / "end_of_article.txt").read_text(encoding="utf-8")
    (record,) = split_text("\n\n" + text, single=True)
    assert (record.line, record.container) == (3, "single")
    assert record.text == text


def test_json_document_is_one_record() -> None:
    text = '[\n  {"schema_version": 1, "headline": "A"},\n  {"schema_version": 1}\n]\n'
    (record,) = split_text("\n" + text)
    assert (record.kind, record.container, record.line, record.text) == ("json", "json", 2, text)


def test_json_lines_with_a_byte_order_mark() -> None:
    records = split_text('\ufeff{"schema_version": 1}\n{"schema_version": 1}\n')
    assert [(r.kind, r.text) for r in records] == [("json", '{"schema_version": 1}\n')] * 2


def test_conflicting_or_broken_options_fail_before_reading() -> None:
    def never() -> Iterator[str]:
        raise AssertionError("input read")
        yield ""

    with pytest.raises(ValueError, match="exclude each other"):
        split_records(never(), delimiter="%%", single=True)
    with pytest.raises(re.error):
        split_records(never(), delimiter="(")


def test_xsum_style_brackets_are_not_json() -> None:
    (record,) = split_text("[XSUM]URL[XSUM]\nhttps://example.com\n")
    assert record.kind == "text"


# -- streaming ----------------------------------------------------------------------------------


def endless_dump(read: list[int]) -> Iterator[str]:
    """Yield an endless dump of articles separated by rules, counting the lines read."""
    for number in itertools.count():
        for line in (f"Story {number}\n", "\n", "It happened today.\n", "\n", "=====\n", "\n"):
            read[0] += 1
            yield line


def test_records_come_out_before_the_input_ends() -> None:
    read = [0]
    records = split_records(endless_dump(read))
    first_three = list(itertools.islice(records, 3))
    assert [parse(r.text).headline for r in first_three] == ["Story 0", "Story 1", "Story 2"]
    # One record is read ahead: a title over the dump's records is told by the record
    # after it (so is the last record, which is an article whatever it looks like).
    assert read[0] <= 4 * 6 + 2, f"read {read[0]} lines for three records: not lazy"


# -- naming -------------------------------------------------------------------------------------


def test_file_names_come_from_index_and_content_id() -> None:
    article = parse((MULTI / "end_of_article.txt").read_text(encoding="utf-8"))
    name = article_file_name(4, article.id)
    assert name == f"004_{article.id}.txt"
    assert parse_file_name(name) == (4, article.id)
    assert article_file_name(1234, article.id).startswith("1234_")
    assert parse_file_name("000_bad2af0e90df0263.txt") == (0, "bad2af0e90df0263")


@pytest.mark.parametrize("digest", ["../../etc/passwd", "BAD2AF0E90DF0263", "abc", "g" * 16, ""])
def test_file_names_refuse_anything_but_a_hex_id(digest: str) -> None:
    with pytest.raises(ValueError):
        article_file_name(0, digest)


def test_text_digest_is_stable_hex() -> None:
    digest = text_digest("<DOC>\nbroken\n")
    assert digest == text_digest("<DOC>\nbroken\n")
    assert article_file_name(2, digest).startswith("002_")


def test_cheap_line_check_knows_every_character_normalization_changes() -> None:
    """The splitter skips normalizing lines without these characters: none may be missed."""
    import unicodedata

    from articlecli.decode import normalize_text
    from articlecli.lines import _odd_character

    missed = [
        hex(code)
        for code in range(0x80, 0x10000)
        if not 0xD800 <= code <= 0xDFFF
        and normalize_text(f"a{chr(code)}b") != unicodedata.normalize("NFC", f"a{chr(code)}b")
        and _odd_character().search(chr(code)) is None
    ]
    assert missed == []


def _regenerate() -> None:
    for path in INPUTS:
        golden_path(path).write_text(as_json(records_of(path)), encoding="utf-8")
        print(f"wrote {golden_path(path).relative_to(MULTI.parent.parent)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regen"]:
        sys.exit("usage: python tests/test_split.py --regen")
    _regenerate()


@pytest.mark.parametrize("quoted", ["«We will not give up.»", "„We will not give up.“"])
def test_a_paragraph_ending_in_a_closing_quote_is_body_before_the_trailer(quoted: str) -> None:
    """Found by test_joined_articles_split_back_into_the_same_articles (the guillemet by
    its CI profile, the German „...“ quote by a random run)."""
    first = (
        f"Ferry Talks Resume\n\nThe Mayor said: {quoted}\n\n"
        "Original url: https://example.com/2000/01/01/ferry-a1\n"
    )
    second = "Ferry Talks Resume\n\nIt rained all week.\n\nOriginal url: https://example.com/b\n"
    records = list(split_text(first + "\n" + second))
    assert [parse(r.text).url for r in records] == [
        "https://example.com/2000/01/01/ferry-a1",
        "https://example.com/b",
    ]


def test_a_time_line_ending_in_am_is_not_body_before_a_header_trailer() -> None:
    """Found by a random run of test_joined_articles_split_back_into_the_same_articles:
    "12:00 a.m." ends with a full stop but is a header line, so the URL after it is not
    the trailer that ends the article."""
    dump = (
        "Ferry Talks Resume\nUpdated JANUARY 1, 2000\n12:00 a.m.\n"
        "Original url: https://example.com/2000/01/01/ferry-a1\n\n"
        "Energy grid truce\n\nIt rained all week.\n"
    )
    assert len(list(split_text(dump))) == 1


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("Begin record", "EndRecord"),
        ("START OF DOCUMENT", "END OF DOCUMENT"),
        ("", "end_record"),
        ("Start off Dokument", "EndOffDocument"),  # as a script spelt them
    ],
)
def test_bare_record_markers_split_and_belong_to_no_record(opening: str, closing: str) -> None:
    text = (
        f"{opening}\nAlpha story\n\nFirst body line here.\n{closing}\n"
        f"{opening}\nBeta story\n\nSecond body line here.\n{closing}\n"
    )
    records = split_text(text)
    assert [r.text for r in records] == [
        "Alpha story\n\nFirst body line here.\n",
        "Beta story\n\nSecond body line here.\n",
    ]


@pytest.mark.parametrize("line", ["The record", "End of the record year", "Document"])
def test_lines_near_record_markers_are_text(line: str) -> None:
    records = split_text(f"Alpha story\n\nFirst body line here.\n{line}\nMore text.\n")
    assert len(records) == 1


def test_a_numbered_record_label_alone_opens_a_record() -> None:
    text = (
        "Article 1:\nTitle: Alpha story\nContent: First body line here.\n\n"
        "Article 2:\nTitle: Beta story\nContent: Second body line here.\n"
    )
    records = split_text(text)
    assert [r.text.split("\n")[0] for r in records] == ["Title: Alpha story", "Title: Beta story"]
    assert all("Article" not in r.text for r in records)


def test_a_record_number_label_opens_a_record() -> None:
    rule = "_" * 40
    text = (
        f"Article Number: 1\n{rule}\nAlpha story\n\nFirst body line here.\n\n"
        f"Article Number: 2\n{rule}\nBeta story\n\nSecond body line here.\n"
    )
    records = split_text(text)
    assert [parse(r.text).headline for r in records] == ["Alpha story", "Beta story"]
    assert all("Number" not in r.text for r in records)


@pytest.mark.parametrize(
    "line", ["Article 5", "Article 5 of the treaty", "Story 2: a long night", "Story number: two"]
)
def test_a_numbered_label_with_text_or_no_colon_is_text(line: str) -> None:
    records = split_text(f"Alpha story\n\nFirst body line here.\n\n{line}\n\nMore text.\n")
    assert len(records) == 1


# Dumps that number or label each record without any separator line.


def test_labelled_records_under_a_line_about_the_dump() -> None:
    record = (
        "Category: local\nTitle: {title}\nURL: https://example.com/2031/03/0{n}/story\n"
        "Date: Mon, 0{n} Mar 2031 10:00:00 +0000\nWord Count: 420 words\n"
        "Images: 2 (Sizes: 1200x800, 640x480)\n"
    )
    titles = ["Harbour fares rise", "Library reopens", "Tram line extended"]
    text = "Total articles: 3\n\n" + "\n".join(
        record.format(title=t, n=n) for n, t in enumerate(titles, start=1)
    )
    articles = split_articles(text)
    assert [a.headline for a in articles] == titles
    assert [a.date for a in articles] == [f"2031-03-0{n}T10:00:00+00:00" for n in (1, 2, 3)]
    assert all(a.photo_credit is None for a in articles)  # "Images: 2 (...)" is a count
    assert articles[0].boilerplate[:2] == ("Total articles: 3", "Category: local")
    assert "Images: 2 (Sizes: 1200x800, 640x480)" in articles[2].boilerplate


def test_numbered_titles_over_padded_labels_open_records() -> None:
    text = (
        "  1. Harbour fares rise for winter\n"
        "     Source   : Valley Courier\n"
        "     Published: 2031-03-01 08:30 UTC\n"
        "     URL      : https://example.com/fares\n"
        "     Summary  : Fares rise in May, the council said.\n\n"
        "  2. 'We were not told': islanders on the ferry cuts\n"
        "     Source   : Island Post\n"
        "     URL      : https://example.com/cuts\n"
    )
    articles = split_articles(text)
    assert [a.headline for a in articles] == [
        "Harbour fares rise for winter",
        "'We were not told': islanders on the ferry cuts",
    ]
    assert [a.publication for a in articles] == ["Valley Courier", "Island Post"]
    assert [a.url for a in articles] == ["https://example.com/fares", "https://example.com/cuts"]
    assert articles[0].summary == "Fares rise in May, the council said."
    assert articles[0].photo_credit is None  # "Source:" among labels names the outlet


@pytest.mark.parametrize("mark", [". ", ") ", "). ", "\t", ".\t"])
def test_numbered_titles_in_sequence_open_records(mark: str) -> None:
    text = (
        f"1{mark}Harbour fares rise for winter\nFares rise in May, the council said.\n"
        f"2{mark}Library reopens after flood\nThe doors opened on Monday.\n"
        f"1{mark}Tram line extended\nA second list starts again at one.\n"
    )
    records = split_text(text)
    assert [parse(r.text).headline for r in records] == [
        "Harbour fares rise for winter",
        "Library reopens after flood",
        "Tram line extended",
    ]


@pytest.mark.parametrize("quote", ["„Hafen bleibt offen“", "«Le port reste ouvert»", "‚Hafen‘"])
def test_a_numbered_title_opening_with_a_quote_of_another_language(quote: str) -> None:
    text = (
        "1. Harbour fares rise for winter\nFares rise in May, the council said.\n\n"
        f"2. {quote} sagt der Bürgermeister\nDie Fähre fuhr am Montag wieder.\n"
    )
    records = split_text(text)
    assert [parse(r.text).headline for r in records] == [
        "Harbour fares rise for winter",
        f"{quote} sagt der Bürgermeister",
    ]


def test_numbered_titles_in_scripts_without_capitals_open_records() -> None:
    # A portal's search results: "[N]  title" over a rule, in Korean, Chinese or Greek;
    # an item whose title the scraper lost is still next in the count.
    rule = "-" * 50
    items = ["부산항 새 부두 개장", "港口新碼頭今日啟用", "", "Νέο λιμάνι στη Θεσσαλονίκη"]
    text = "".join(
        f"[{n}]  {title}\n{rule}\n본문 {n} 문장입니다.\n\n\n" for n, title in enumerate(items, 1)
    )
    records = split_text(text)
    assert [r.line for r in records] == [1, 6, 11, 16]
    assert [parse(r.text).headline for r in records] == [*items[:2], None, items[3]]


def test_a_crawls_pages_each_under_its_address() -> None:
    # "https://..." / "" / the page's text, then blank lines before the next address.
    pages = [
        "https://news.example.in/a\n\nFerry fares frozen\nThe board kept fares at summer levels.\n",
        "https://news.example.in/b\n\nLibrary reopens\nThe doors opened on Tuesday.\n",
    ]
    records = split_text("\n\n".join(pages) + "\n\n\n" + pages[0])
    assert [r.line for r in records] == [1, 7, 14]


def test_an_address_alone_after_one_blank_line_stays_in_the_story() -> None:
    # A story's source link under its text, then its own closing lines.
    text = (
        "Ferry fares frozen\n\nThe board kept fares at summer levels.\n\n"
        "https://news.example.in/a\n\nReporting by Jane Doe\n"
    )
    assert len(split_text(text)) == 1


def test_a_list_saved_from_a_table_numbers_its_items_before_a_tab() -> None:
    text = (
        "Updated: 05-May-31-09:15:00\t Harbour Tech\n\n"
        "1\tFerry fares frozen until spring\n\thttps://short.example/a1\n\n"
        "2\t3 Ways the library will change\n\thttps://short.example/b2\n"
    )
    records = split_text(text)
    assert [r.kind for r in records] == ["title", "text", "text"]
    articles = [parse(r.text) for r in records[1:]]
    assert [a.headline for a in articles] == [
        "Ferry fares frozen until spring",
        "3 Ways the library will change",  # the title's own number stays
    ]
    assert [a.url for a in articles] == ["https://short.example/a1", "https://short.example/b2"]


@pytest.mark.parametrize(
    "listing",
    [
        # A story's own list: the record opened with its headline, not with "1.".
        "1. Check the timetable\n2. Buy a ticket online\n3. Arrive early",
        # Numbered sentences are no titles.
        "1. The ferry leaves at nine.\n2. The ferry comes back at five.",
    ],
)
def test_a_numbered_list_inside_a_story_stays_in_it(listing: str) -> None:
    text = f"Ferry service returns\n\nHow to travel on the first day:\n{listing}\n\nEnjoy it.\n"
    assert len(split_text(text)) == 1


def test_feed_entries_as_h1_headings_with_bulleted_fields() -> None:
    entry = (
        "# {title}\n - https://example.com/2031-03-0{n}/story\n"
        " - RSS feed: https://example.com/rss/world.xml\n"
        " - date published: 2031-03-0{n} 19:41:00+00:00\n - Starred: False\n\n"
        "Fares rise in May, the council said on Monday.\n"
    )
    titles = ["Harbour fares rise", "Library reopens"]
    text = "\n".join(entry.format(title=t, n=n) for n, t in enumerate(titles, start=1))
    articles = split_articles(text)
    assert [a.headline for a in articles] == titles
    assert [a.date for a in articles] == ["2031-03-01T19:41:00+00:00", "2031-03-02T19:41:00+00:00"]
    assert articles[1].url == "https://example.com/2031-03-02/story"
    assert articles[0].boilerplate == (
        "- RSS feed: https://example.com/rss/world.xml",
        "- Starred: False",
    )
    assert articles[0].paragraphs == ("Fares rise in May, the council said on Monday.",)


def test_an_h1_without_a_link_under_it_stays_in_the_markdown_article() -> None:
    text = "# Harbour fares rise\n\nFares rise in May, the council said.\n\n# What next\n\nVote.\n"
    assert len(split_text(text)) == 1


def test_a_long_rule_over_a_records_label_closes_the_record() -> None:
    rule = "-" * 50
    text = (
        "Headline: Harbour fares rise\nArticle Content:\nFares rise in May.\n"
        "© 2031 Example News.\n"
        f"{rule}\nArticle Content:\nSorry, no story here.\n{rule}\n"
        "Headline: Library reopens\nArticle Content:\nThe doors opened.\n"
    )
    records = split_text(text)
    assert [r.text.split("\n")[0] for r in records] == [
        "Headline: Harbour fares rise",
        "Article Content:",
        "Headline: Library reopens",
    ]


def test_a_long_rule_over_another_label_stays_in_the_story() -> None:
    rule = "-" * 50
    text = f"Harbour fares rise\n\nFares rise in May.\n{rule}\nNote: prices include tax.\n"
    assert len(split_text(text)) == 1


def test_a_rule_under_a_records_closing_link_closes_the_record() -> None:
    text = (
        "Harbour fares rise\n\nFares rise in May\n\nhttps://example.com/fares\n----------\n\n"
        "Library reopens\n\nThe doors opened\n\nhttps://example.com/library\n----------\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        ("Harbour fares rise", "https://example.com/fares"),
        ("Library reopens", "https://example.com/library"),
    ]


def test_records_labelled_in_markdown_bold_and_numbered_with_underscores() -> None:
    bold = (
        "**Source:** Valley Courier\n**Headline:** Harbour fares rise\n**News:** Fares rise.\n\n"
        "**Source:** Island Post\n**Headline:** Library reopens\n**News:** It opened.\n"
    )
    articles = split_articles(bold)
    assert [(a.publication, a.headline) for a in articles] == [
        ("Valley Courier", "Harbour fares rise"),
        ("Island Post", "Library reopens"),
    ]
    numbered = "Article_1\nFares rise in May, the council said.\n\nArticle_2\nThe doors opened.\n"
    articles = split_articles(numbered)
    assert [(a.headline, a.boilerplate) for a in articles] == [
        (None, ("Article_1",)),
        (None, ("Article_2",)),
    ]


def test_a_news_apis_list_of_stories_one_a_line() -> None:
    text = (
        "Harbour fares rise - Valley Courier - https://example.com/a\n"
        "Library reopens - and why it matters - Island Post - https://example.com/b\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.publication, a.url) for a in articles] == [
        ("Harbour fares rise", "Valley Courier", "https://example.com/a"),
        ("Library reopens - and why it matters", "Island Post", "https://example.com/b"),
    ]


def test_a_link_in_that_form_after_a_storys_text_stays_in_the_story() -> None:
    text = (
        "Ferry back\n\nThe ferry ran again on Monday.\n\n"
        "Old pier closes - Valley Courier - https://example.com/c\n"
    )
    assert len(split_text(text)) == 1


CRANES_STORY = (
    "Harbour cranes return\n\nThe cranes came back to the docks on Monday, the port said."
)


@pytest.mark.parametrize(
    "title",
    [
        "NEWS ARTICLES REPORT\n====================",
        "Top headlines for March 2, 2025",
        "Harbour News Digest\nCompiled: 2025-03-02\nTotal: 12",
        "Nachrichten vom 2. März 2025",
        "Updated: 05-May-31-09:15:00\t Harbour Tech",  # the time the scraper ran
        "Generated at 2031-05-05 09:00",
        "HARBOUR NEWS SCRAPE\nGenerated : 2031-05-05 09:00\nTotal     : 12 articles from 3 sites"
        "\n==========",
        "SOURCE: COAST FM",  # the group of records under it
        "Category: Sport",
    ],
)
def test_a_dumps_own_title_over_its_records_is_no_article(title: str) -> None:
    records = split_text(f"{title}\n\n=====\n\n{CRANES_STORY}\n\n=====\n\n{CRANES_STORY}\n")
    assert [r.kind for r in records] == ["title", "text", "text"]
    assert records[0].text.splitlines() == title.splitlines()


@pytest.mark.parametrize(
    "first",
    [
        "Harbour cranes return to the docks",  # an article's headline alone, no dump word
        "News of the cranes reached the harbour on Monday.",  # a sentence
        "Harbour news\nBy Jane Roe",  # a byline
        "Latest news\nhttps://news.example.com/harbour",  # a link
        "\n".join(["Top stories"] * 4),  # too long for a title
        "Harbour news of 2 March:\nTitle: Cranes return to the docks in spring",  # a record
    ],
)
def test_a_first_record_with_an_articles_lines_is_kept(first: str) -> None:
    records = split_text(f"{first}\n\n=====\n\n{CRANES_STORY}\n")
    assert [r.kind for r in records] == ["text", "text"]


def test_a_title_alone_is_an_article() -> None:
    """With no record after it, the only record is the article, whatever it looks like."""
    (record,) = split_text("Top headlines for March 2, 2025\n")
    assert record.kind == "text"


DIGEST_RECORD = (
    "📰 {title}\n🔗 https://example.com/{slug}\n📂 Category: harbour\n🧠 Summary:\n"
    "The port said on Monday that the {slug} would go ahead.\n"
    "--------------------------------------------------\n"
)


def test_a_digests_records_marked_with_emoji_split_at_the_rule_between_them() -> None:
    text = DIGEST_RECORD.format(title="Cranes return", slug="cranes") + DIGEST_RECORD.format(
        title="Ferry resumes", slug="ferry"
    )
    articles = split_articles(text)
    assert [a.headline for a in articles] == ["Cranes return", "Ferry resumes"]
    assert [a.url for a in articles] == ["https://example.com/cranes", "https://example.com/ferry"]
    assert articles[0].boilerplate[0] == "📂 Category: harbour"


@pytest.mark.parametrize(
    "following",
    [
        "The port said more.",  # text: a rule under a sentence with text right after it
        "📰Cranes return",  # a symbol glued to a word marks nothing
        "- Cranes return",  # a bullet is punctuation, not a symbol
    ],
)
def test_a_long_rule_touching_text_splits_only_before_the_same_mark(following: str) -> None:
    text = f"📰 Ferry resumes\n\nThe ferry ran again on Monday.\n{'-' * 40}\n{following}\n"
    assert len(split_text(text)) == 1


@pytest.mark.parametrize("label", ["Title", "Titulo", "Titre"])
def test_a_list_of_labelled_titles_is_a_record_a_line(label: str) -> None:
    titles = ["Cranes return to the docks", "Ferry resumes", "Library reopens"]
    text = "Scraped at: 14/09/2031 13:04:28\n\n" + "".join(f"{label}: {t}\n" for t in titles)
    articles = split_articles(text)
    assert [a.headline for a in articles] == titles
    assert articles[0].boilerplate == ("Scraped at: 14/09/2031 13:04:28",)


DIGEST = """\
--- TRANSPORT ---

Ferry resumes after storm
The ferry ran again on Monday after the storm had passed over the island.
url:
https://example.com/ferry
Cranes return to the docks
The port said on Monday that the cranes would be back at work by spring.
url:
https://example.com/cranes

=== Weather ===

Storm closes the coastal road
The road closed on Sunday as waves broke over the sea wall, the police said.
link:
https://example.com/storm
"""


def test_a_digests_sections_and_closing_links_split_its_stories() -> None:
    articles = split_articles(DIGEST)
    assert [a.headline for a in articles] == [
        "Ferry resumes after storm",
        "Cranes return to the docks",
        "Storm closes the coastal road",
    ]
    assert [a.url for a in articles] == [
        "https://example.com/ferry",
        "https://example.com/cranes",
        "https://example.com/storm",
    ]
    assert articles[0].boilerplate == ("--- TRANSPORT ---",)
    assert articles[2].boilerplate == ("=== Weather ===",)


@pytest.mark.parametrize("sign", ["🔗", "👉", "➡️"])
def test_a_digests_items_closed_by_a_link_after_its_sign(sign: str) -> None:
    """A news API's results printed as blocks: "Title - Outlet", its description, and
    "🔗 https://...": an article a block, the sign's link its URL, the outlet named by the
    link's whole host no part of the title."""
    text = (
        "Ferry fares frozen for another year - Harbourpost.example\n"
        "The council voted on Tuesday to keep the fares where they are until the spring.\n"
        f"{sign} https://harbourpost.example/ferry-fares\n\n"
        "Crane fleet doubles at Port Velmar - Port Times\n"
        "The port bought two more cranes this spring, its manager said on Monday.\n"
        f"{sign} https://example.test/cranes\n\n"
        "Bakery wins regional bread prize - Port Times\n"
        "The bakery on Quay Street won the prize for the third year running.\n"
        f"{sign} https://example.test/bakery\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        ("Ferry fares frozen for another year", "https://harbourpost.example/ferry-fares"),
        ("Crane fleet doubles at Port Velmar - Port Times", "https://example.test/cranes"),
        ("Bakery wins regional bread prize - Port Times", "https://example.test/bakery"),
    ]
    assert articles[0].paragraphs == (
        "The council voted on Tuesday to keep the fares where they are until the spring.",
    )
    assert all(sign not in " ".join(a.paragraphs) for a in articles)


def test_a_markdown_digests_items_closed_by_their_links_between_rules() -> None:
    """A blog's daily digest of a news API's items: "## Title", the item's text, "[Read
    More](...)", a rule; the rule parts the items (a thematic break elsewhere)."""
    items = [
        ("Ferry fares frozen for another year", "https://example.test/ferry"),
        ("Crane fleet doubles at Port Velmar", "https://example.test/cranes"),
        ("Bakery wins regional bread prize", "https://example.test/bakery"),
    ]
    text = "".join(
        f"## {title}\n\nThe harbour board said so on Friday.\n\n[Read More]({url})\n\n---\n\n"
        for title, url in items
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == items
    assert all(a.paragraphs == ("The harbour board said so on Friday.",) for a in articles)


def test_a_posts_sections_between_thematic_breaks_stay_one_story() -> None:
    text = (
        "## Ferry resumes\n\nThe ferry ran again on Monday.\n\n---\n\n"
        "## What comes next\n\nThe board meets in May.\n\n---\n\n"
        "## The fares\n\nThey stay as they are.\n"
    )
    assert len(split_text(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # A URL under its label before the story's text: the record's header, not its end.
        "Ferry resumes\nurl:\nhttps://example.com/ferry\n\nThe ferry ran again on Monday.\n",
        # A section's name touching the text around it is the story's own line.
        "Ferry resumes\n\nThe ferry ran again on Monday.\n--- Timetable ---\nIt leaves at nine.\n",
        # "The End", decorated, closes a story and opens none.
        "Ferry resumes\n\nThe ferry ran again on Monday.\n\n### The End ###\n",
        # A section heading over the story's own list of links opens no feed entry.
        "# Ferry resumes\n\nThe ferry ran again on Monday.\n\n## Read more\n"
        " - [Timetable](https://example.com/timetable)\n - [Fares](https://example.com/fares)\n",
        "## Ferry resumes [transport]\n\nThe ferry ran again on Monday, the port said.\n\n"
        "### References\n- https://example.com/ferry\n- https://example.com/port\n",
        # A story that closes on a link after its sign: one story, however many paragraphs.
        "Ferry resumes\n\nThe ferry ran again on Monday.\nIt left at nine.\n🔗 https://example.com/a\n\n"
        "More text on the ferry, which ran full.\n",
    ],
)
def test_digest_rules_leave_a_story_whole(text: str) -> None:
    assert len(split_text(text)) == 1


def test_titles_over_groups_of_records_are_no_articles() -> None:
    group = "Top 3 stories from the {paper}:"
    text = "\n\n=====\n\n".join(
        [group.format(paper="Courier"), CRANES_STORY, group.format(paper="Post"), CRANES_STORY]
    )
    assert [r.kind for r in split_text(text)] == ["title", "text", "title", "text"]


def test_a_list_of_titles_with_their_links_is_a_record_a_line() -> None:
    text = (
        "Ferry resumes after the storm. Link: https://example.com/1\n"
        "Is the harbour safe? Ссылка: https://example.com/2\n"
        "Cranes return - URL: https://example.com/3\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        ("Ferry resumes after the storm", "https://example.com/1"),
        ("Is the harbour safe?", "https://example.com/2"),
        ("Cranes return", "https://example.com/3"),
    ]


def test_titles_each_with_its_link_in_brackets_are_a_record_a_line() -> None:
    text = (
        "港の北側埠頭が再開 工事2週間早く (https://news.example/pickup/101)\n"
        "Library opens on Sundays （https://news.example/pickup/102）\n"
        "# Harbour digest (https://digest.example/)\n"  # a heading's link: its source
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles][:2] == [
        ("港の北側埠頭が再開 工事2週間早く", "https://news.example/pickup/101"),
        ("Library opens on Sundays", "https://news.example/pickup/102"),
    ]
    assert articles[-1].url != "https://digest.example/"


def test_a_title_with_its_link_over_a_story_stays_with_it() -> None:
    text = "Ferry resumes. Link: https://example.com/1\n\nThe ferry ran again on Monday.\n"
    (record,) = split_text(text)
    article = parse(record.text)
    assert (article.headline, article.url) == ("Ferry resumes", "https://example.com/1")
    assert article.paragraphs == ("The ferry ran again on Monday.",)


def test_numbered_items_under_a_digests_title() -> None:
    text = (
        "HARBOUR NEWS ROUNDUP - MARCH 9, 2031\n=====\n\n"
        "1. Harbour Transport:\n   The night ferry was approved by the board on Friday.\n\n"
        "2. Port Business:\n   The crane fleet doubled this year, the port said.\n"
    )
    records = split_text(text)
    assert [r.kind for r in records] == ["title", "text", "text"]
    assert [parse(r.text).headline for r in records[1:]] == ["Harbour Transport", "Port Business"]


def test_numbered_items_of_bold_labels() -> None:
    item = (
        "{n}. **Date:** {day} March 2031\n   **Source:** Port Times\n"
        "   **Article Summary:** {s}\n\n"
    )
    text = item.format(n=1, day=9, s="The ferry resumed.") + item.format(
        n=2, day=8, s="The cranes returned."
    )
    articles = split_articles(text)
    assert [(a.date, a.publication, a.summary) for a in articles] == [
        ("2031-03-09", "Port Times", "The ferry resumed."),
        ("2031-03-08", "Port Times", "The cranes returned."),
    ]
    assert [a.headline for a in articles] == [None, None]  # no line of theirs is a title


def test_counted_records_with_labels_in_russian() -> None:
    record = "Новость № {n}\nНазвание: {title}\nСсылка: https://example.com/{n}\n*****\n"
    text = record.format(n=1, title="Паром возобновил рейсы") + record.format(
        n=2, title="Краны вернулись в порт"
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        ("Паром возобновил рейсы", "https://example.com/1"),
        ("Краны вернулись в порт", "https://example.com/2"),
    ]


FEED_H2 = """\
# Source: Port Times, URL: https://example.com/rss.xml

## Ferry resumes after the storm
 - [https://example.com/ferry](https://example.com/ferry)
 - date published: 2031-03-09T08:15:00+00:00

The ferry ran again on Monday.

## Cranes return to the docks
 - [https://example.com/cranes](https://example.com/cranes)
 - date published: 2031-03-08T10:00:00+00:00
"""


def test_a_markdown_feeds_entries_under_its_h1() -> None:
    articles = articles_under_a_title(FEED_H2, 2)
    assert [(a.headline, a.url) for a in articles] == [
        ("Ferry resumes after the storm", "https://example.com/ferry"),
        ("Cranes return to the docks", "https://example.com/cranes"),
    ]
    assert articles[1].date == "2031-03-08T10:00:00+00:00"


def test_an_empty_section_of_a_digest_is_no_article() -> None:
    text = "--- WORLD ---\n\n--- TRANSPORT ---\n\nFerry resumes\nThe ferry ran again on Monday.\n"
    assert [r.kind for r in split_text(text)] == ["title", "text"]


def test_a_labelled_title_alone_is_a_story_not_a_dumps_title() -> None:
    text = "Titulo: News roundup of Friday\n\n=====\n\n" + CRANES_STORY
    assert [r.kind for r in split_text(text)] == ["text", "text"]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_list_of_titles_each_over_its_link(gap: str) -> None:
    pairs = [
        ("Ferry resumes after the storm", "https://example.com/1"),
        ("Cranes return", "https://example.com/2"),
        ("Library reopens", "https://example.com/3"),
    ]
    text = "".join(f"{title}\n{url}\n{gap}" for title, url in pairs)
    assert [(a.headline, a.url) for a in split_articles(text)] == pairs


def test_a_list_of_titles_each_over_its_link_and_its_date() -> None:
    # A feed printed item by item: the title, the link, the date, lines of a space between.
    items = [
        ("Ferry fares frozen until spring", "https://example.com/ferry", "2031-05-05 08:10:00"),
        ("Library opens on Sundays", "https://example.com/library", "2031-05-04 07:00:00"),
        ("Bakery wins bread prize", "https://example.com/bakery", "2031-05-03 09:00:00"),
    ]
    text = "".join(f"{title}\n{url}\n \n{day} UTC\n \n\n" for title, url, day in items)
    assert [(a.headline, a.url, a.date) for a in split_articles(text)] == [
        (title, url, day.replace(" ", "T") + "+00:00") for title, url, day in items
    ]


def test_a_digests_items_of_a_title_a_line_or_two_and_a_link() -> None:
    """Markdown items (a bold title, a byline or standfirst in a code span, each line
    ending in a hard break, then the link): a record each, the markup gone."""
    text = (
        "**Ferry resumes after the storm**\\\n`By Ines Tarr`\\\nhttps://example.com/2031/05/06/ferry\n\n"
        "**Keep the night trams**\\\n`Cuts would strand late workers.`\\\nhttps://example.com/trams\n\n"
        "**Cranes return**\\\n`By Ola Berg and Tim Hale`\\\nhttps://example.com/cranes\n"
    )
    plain = text.replace("**", "").replace("`", "").replace("\\\n", "\n")
    articles = split_articles(text)
    assert [(a.headline, a.authors, a.url) for a in articles] == [
        ("Ferry resumes after the storm", ("Ines Tarr",), "https://example.com/2031/05/06/ferry"),
        ("Keep the night trams", (), "https://example.com/trams"),
        ("Cranes return", ("Ola Berg", "Tim Hale"), "https://example.com/cranes"),
    ]
    assert articles[0].date == "2031-05-06"  # from the URL
    assert articles[1].sections[0].paragraphs == ("Cuts would strand late workers.",)
    # Without the markup, a standfirst ending in a full stop does not hold the next one.
    assert [(a.headline, a.authors, a.url) for a in split_articles(plain)] == [
        (a.headline, a.authors, a.url) for a in articles
    ]


def test_a_story_whose_paragraph_ends_in_a_link_is_no_digest() -> None:
    """A story's blocks may end with a URL too; only short blocks that open with a title
    are a digest's items."""
    text = (
        "Ferry resumes\nBy Ines Tarr\n\nThe ferry ran again on Monday, the port said.\n"
        "See the timetable at\nhttps://example.com/timetable\n\n"
        "It was full by noon.\nMore in our guide\nhttps://example.com/guide\n"
    )
    assert len(split_text(text)) == 1


def test_titles_with_a_dash_and_their_link_are_a_record_a_line() -> None:
    text = "Ferry resumes after the storm - https://example.com/1\nCranes return home - https://example.com/2\n"
    assert [a.url for a in split_articles(text)] == [
        "https://example.com/1",
        "https://example.com/2",
    ]


def test_a_story_under_its_title_and_link_stays_whole() -> None:
    text = (
        "Ferry resumes\nhttps://example.com/1\n\nThe ferry ran again on Monday.\n\nIt was full.\n"
    )
    assert len(split_text(text)) == 1


def test_a_digests_bulleted_titles_each_over_its_link() -> None:
    """Under the digest's header, "- Title (18:31)" and its link indented under it, item
    after item: a record each, the bullet no part of the title. (The first item stays in
    one record with the header: it is not told apart yet.)"""
    items = [
        ("Ferry resumes (18:31)", "https://example.com/1"),
        ("Cranes return (18:20)", "https://example.com/2"),
        ("Library reopens (18:02)", "https://example.com/3"),
    ]
    text = "Harbour news today\n=====\n\n[Port Times]\n\n" + "".join(
        f"- {title}\n  {url}\n\n" for title, url in items
    )
    articles = split_articles(text)
    assert len(articles) == len(items)
    assert [(a.headline, a.url) for a in articles[1:]] == items[1:]


def test_a_news_archive_export_is_a_record_per_document_under_its_cover() -> None:
    """An archive's export: the request's details, then each document under its count
    ("1 of 2 DOCUMENTS", centred). The cover holds no article; the count lines are no
    one's text."""
    story = "The ferry ran again on Monday, the port said.\n"
    text = (
        "Download Request: Selected Items: 1-2\nTime Of Request: May 4, 2031\nTerms: (ferry)\n\n"
        "            1 of 2 DOCUMENTS\n\n     Coast Gazette\n\n     May 2, 2031 Friday\n\n"
        f"Ferry resumes\n\nBYLINE: Ada Morrow\n\n{story}\n"
        "            2 of 2 Documents\n\n     Coast Gazette\n\n     May 1, 2031 Thursday\n\n"
        f"Cranes return\n\nBYLINE: Tom Quill\n\n{story}"
    )
    records = split_text(text)
    assert [r.kind for r in records] == ["title", "text", "text"]
    assert records[0].text.startswith("Download Request:")
    articles = [parse(r.text) for r in records[1:]]
    assert [(a.publication, a.headline, a.authors, a.date) for a in articles] == [
        ("Coast Gazette", "Ferry resumes", ("Ada Morrow",), "2031-05-02"),
        ("Coast Gazette", "Cranes return", ("Tom Quill",), "2031-05-01"),
    ]
    assert not any("DOCUMENTS" in r.text.upper() for r in records)


def test_exports_joined_in_one_file_keep_every_document() -> None:
    """A second export counts from 1 again: what precedes its "1 of 1" is the last
    document of the first export, not a cover (found by the benchmark's hostile dumps,
    where every document was "1 of 5" and all but the last were left out as covers)."""
    document = (
        "            {} of {} DOCUMENTS\n\n     Coast Gazette\n\n     May 2, 2031 Friday\n\n"
        "{}\n\nBYLINE: Ada Morrow\n\n"
    )
    story = "The ferry ran again on Monday, the port said.\n\n"
    text = (
        "Download Request: ferry\n\n"
        + document.format(1, 2, "Ferry resumes")
        + story
        + document.format(2, 2, "Cranes return")
        + story
        + document.format(1, 1, "Pier reopens")
        + story
    )
    records = split_text(text)
    assert [r.kind for r in records] == ["title", "text", "text", "text"]
    assert [parse(r.text).headline for r in records[1:]] == [
        "Ferry resumes",
        "Cranes return",
        "Pier reopens",
    ]


@pytest.mark.parametrize("line", ["1 of 2 documents in the archive", "Chapter 1 of 2 DOCUMENTS"])
def test_a_sentence_about_documents_is_no_count_line(line: str) -> None:
    text = f"Ferry resumes\n\n{line}\n\nThe ferry ran again on Monday, the port said.\n"
    assert len(split_text(text)) == 1


def test_records_labelled_in_korean_between_rules() -> None:
    """제목 (title), 링크 (link), 본문 (body) records, a long rule under each body."""
    text = (
        "제목: Storm closes coastal roads\n링크: https://example.com/storm\n본문:\n"
        "Heavy rain closed three coastal roads on Sunday, police said.\n"
        "==============================\n"
        "제목: Museum reopens\n링크: https://example.com/museum\n본문:\n"
        "After two years of work the museum reopened on Saturday.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        ("Storm closes coastal roads", "https://example.com/storm"),
        ("Museum reopens", "https://example.com/museum"),
    ]
    assert articles[0].paragraphs == (
        "Heavy rain closed three coastal roads on Sunday, police said.",
    )


def test_numbered_records_under_rules_of_any_mark() -> None:
    """A digest's banner, then records each under a rule of box-drawing or quote marks and
    its number; the banner (with the site's link) is the dump's title; "Autor
    desconocido" ("unknown author") names no one."""
    text = (
        "HARBOUR BLOG - ARTÍCULOS\nGenerated: 21/6/2031, 21:12:56\nTotal Articles: 2\n"
        "Source: https://blog.example.org/\n"
        "════════════════════\nARTÍCULO #1\n Título: Faster builds\n Autor: Autor Desconocido\n"
        " Fecha: May 2, 2031\n URL: https://blog.example.org/builds\n"
        "Build caching cut our build time in half, the team said.\n"
        "────────────────────\nARTÍCULO #2\n Título: Smaller images\n Autor: Ana Ruiz\n"
        " Fecha: May 9, 2031\n URL: https://blog.example.org/images\n"
        "The new encoder makes pictures a third smaller, the team said.\n"
    )
    articles = articles_under_a_title(text, 2)
    assert [(a.headline, a.authors, a.date, a.url) for a in articles] == [
        ("Faster builds", (), "2031-05-02", "https://blog.example.org/builds"),
        ("Smaller images", ("Ana Ruiz",), "2031-05-09", "https://blog.example.org/images"),
    ]


def test_a_rule_of_quote_marks_over_each_numbered_record() -> None:
    rule = '"' * 20
    text = (
        f"{rule}\nArticle 1\nTitle: Port strike enters third week\n"
        "The dock workers stayed out on Monday, the union said.\n"
        f"{rule}\nArticle 2\nTitle: Ferry fares to rise\n"
        "Fares will rise by five per cent in May, the operator said.\n"
    )
    assert [parse(r.text).headline for r in split_text(text)] == [
        "Port strike enters third week",
        "Ferry fares to rise",
    ]


def test_a_storys_related_links_with_a_dash_are_no_list_of_stories() -> None:
    """Found by test_joined_articles_split_back_into_the_same_articles (seed 718): two
    "Related article: Title - https://..." lines under a heading, before the story's first
    paragraph, were read as a list of linked titles, a record each."""
    link = "Related article: Ferry fares rise - https://example.com/2031/01/01/fares"
    text = (
        "Takeaways from the talks\nUpdated JANUARY 1, 2031\n\nEnergy grid truce\n\n"
        f'{link}\n\n{link}\n\n"We will not back down," said the Kremlin.\n'
    )
    assert len(split_text(text)) == 1


def test_labelled_records_under_their_numbers_are_a_record_each() -> None:
    """A number alone over each record's labels ("2" / "Title: ..."), no body: a record per
    number, the number no one's text and no record's field leaking into the next."""
    text = (
        "1\nTitle: Harbor Board Approves New Pier\nPublished_At: 2031-05-04T09:12:00Z\n"
        "Author: Coastal Wire\nSource: The Daily Tide\n\n"
        "2\nTitle: Orchard Growers Expect Early Harvest\nPublished_At: 2031-05-03T08:40:00Z\n"
        "Author: Mara Lindqvist\nSource: Valley Gazette\n\n"
        "3\nTitle: Rail Fares Frozen For A Year\nPublished_At: 2031-05-02T18:00:00Z\n"
        "Author: None\nSource: Metro Post\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.authors, a.date, a.publication) for a in articles] == [
        ("Harbor Board Approves New Pier", (), "2031-05-04T09:12:00+00:00", "The Daily Tide"),
        (
            "Orchard Growers Expect Early Harvest",
            ("Mara Lindqvist",),
            "2031-05-03T08:40:00+00:00",
            "Valley Gazette",
        ),
        ("Rail Fares Frozen For A Year", (), "2031-05-02T18:00:00+00:00", "Metro Post"),
    ]
    assert [a.boilerplate for a in articles] == [("1",), ("2",), ("3",)]
    assert all(a.photo_credit is None for a in articles)


@pytest.mark.parametrize("mark", ["##{}", "== {} ==", "~~{}"])
def test_a_records_number_after_marks_separates_records(mark: str) -> None:
    stories = [
        "The bridge in Eastford closed on Monday after engineers found cracks in two piers.",
        "The school board voted to cut the budget by four percent on Tuesday night.",
    ]
    text = "".join(f"{mark.format(n)}\n{story}\n" for n, story in enumerate(stories, start=1))
    assert [r.text.strip() for r in split_text(text)] == stories


def test_a_rankings_number_under_one_mark_stays_in_the_story() -> None:
    text = "Top picks\n\n#1\n\nThe first pick is the harbour walk.\n\n#2\n\nThe pier.\n"
    assert len(split_text(text)) == 1


def test_stories_run_together_split_at_a_title_over_a_dateline() -> None:
    """A dump of stories with no separator: each later story is a title (perhaps over a
    deck line) whose text opens with a dateline; the first has no title."""
    first = (
        "The ferry left at dawn and the harbour was quiet for the first time in a week, "
        "officials said on Monday."
    )
    text = (
        f"{first}\nStorm Closes Northern Pass\nSnow Traps Hundreds of Drivers\n"
        "Greenvale, Feb. 3 -- A late storm shut the northern pass on Tuesday.\n\n"
        "Plows worked through the night.\nRescue Teams Reach Village\n\n"
        "PORTMERE, Norland (AP) — Rescue teams reached the village on Wednesday.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.dateline) for a in articles] == [
        (None, None),
        ("Storm Closes Northern Pass", "Greenvale"),
        ("Rescue Teams Reach Village", "PORTMERE, Norland"),
    ]
    assert articles[0].paragraphs == (first,)


SPACED_STORIES = [
    (
        "Tram depot opens to visitors after ten years of repairs",
        "The depot opened its doors on Sunday, and hundreds of people came to see the trams.",
        "Trams run every ten minutes, the council said in a statement on Monday.",
    ),
    (
        "Choir returns to the harbour hall for a winter concert",
        "The choir sang on Monday to a full hall, its first concert since the fire.",
        "Tickets for the next concert sell out fast, the organisers said.",
    ),
]


def test_stories_spaced_wider_than_their_paragraphs_are_a_record_each() -> None:
    # Each story: its title, a blank line, its paragraphs a blank line apart; two blank
    # lines or more between stories.
    text = "\n\n\n".join("\n\n".join(story) for story in SPACED_STORIES) + "\n"
    articles = split_articles(text)
    assert [(a.headline, a.paragraphs) for a in articles] == [
        (title, (lead, more)) for title, lead, more in SPACED_STORIES
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Where the money goes",  # a section's heading is short
        "Where the money goes after the vote.",  # a sentence
    ],
)
def test_a_heading_after_two_blank_lines_stays_in_the_story(heading: str) -> None:
    title, lead, more = SPACED_STORIES[0]
    text = f"{title}\n\n{lead}\n\n\n{heading}\n\n{more} It was said again and again.\n"
    (article,) = split_articles(text)
    assert article.headline == title


def test_a_label_or_a_date_line_after_a_wide_gap_opens_no_story() -> None:
    # Found by the soak run: a record opening with its "Updated ..." line, a related link
    # after two blank lines; neither is a story's title.
    second = (
        "Updated JANUARY 1, 2000 00:00 GMT\n\nJANUARY 1, 2000 00:00\n\n"
        'Takeaways From Trump-Putin Call\n\n"We will not back down," said the Kremlin.\n\n\n'
        "Related article: Takeaways from Trump-Putin Call\n\n"
        'He declined to comment. "We will not back down," said the Kremlin.\n\n'
        "He declined to comment."
    )
    first = (
        "Takeaways From Trump-Putin Call\nUpdated JANUARY 1, 2000\n00:00\n\n"
        'Energy grid truce\n\n"We will not back down," said the Kremlin.'
    )
    assert len(split_text(f"{first}\n\n---\n\n{second}")) == 2


def test_a_quoted_sentence_or_doubled_spaces_after_a_wide_gap_open_no_story() -> None:
    # Found by the soak run: words apart by two spaces counted double, and a sentence
    # closing in a quote mark ('... down."') passed for a title.
    first = (
        "Takeaways From Trump-Putin Call\nUpdated JANUARY 1, 2000\n00:00\n\n"
        'Energy grid truce\n\n"We will not back down," said the Kremlin.'
    )
    second = (
        "Takeaways  From  Trump-Putin  Call\n\nEnergy  grid  truce\n\n"
        '"We  will  not  back  down,"  said  the  Kremlin.\n\n\n'
        'The  Kremlin  said:  "We  will  not  back  down."\n\n\n'
        "He  declined  to  comment.  He  declined  to  comment.\n\n\n"
        '"We  will  not  back  down,"  said  the  Kremlin.'
    )
    assert len(split_text(f"{first}\n\n---\n\n\n{second}")) == 2


def test_a_wide_gap_inside_a_story_means_wide_gaps_are_no_boundary() -> None:
    # The first story already spaced a paragraph wider: its wide gaps say nothing.
    title, lead, more = SPACED_STORIES[0]
    other, other_lead, _ = SPACED_STORIES[1]
    text = f"{title}\n\n{lead}\n\n\n{more}\n\n\n{other}\n\n{other_lead}\n"
    (article,) = split_articles(text)
    assert article.headline == title
    assert [s.heading for s in article.sections] == [None, other]


@pytest.mark.parametrize("colon", [":", "："])
def test_an_archives_numbered_headings_over_their_labels_are_a_record_each(colon: str) -> None:
    # A Markdown archive: the page's title and labels, then "## N. Title" items, each over
    # its bold labels and with its link labelled in bold at its end.
    def item(number: int, title: str, day: int) -> str:
        return (
            f"## {number}. {title}\n\n**Source{colon}** Harbour Ledger\n"
            f"**Time{colon}** {day} March 2031\n\nThe story's text, told in full here.\n\n"
            f"**Original link{colon}** [https://example.test/{number}](https://example.test/{number})\n"
        )

    text = "# Archive of the week\n\n**Items:** 2\n\n---\n\n" + "\n".join(
        [item(1, "Tram depot opens to visitors", 9), item(2, "Choir returns to the hall", 10)]
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles[-2:]] == [
        ("Tram depot opens to visitors", "https://example.test/1"),
        ("Choir returns to the hall", "https://example.test/2"),
    ]
    assert articles[-1].paragraphs == ("The story's text, told in full here.",)


def test_a_storys_numbered_section_headings_stay_in_it() -> None:
    text = (
        "Ferry fares frozen\n\nThe board froze the fares on Tuesday.\n\n"
        "## 1. What changes\n\nNothing, for a year.\n\n## 2. What next\n\nA review.\n"
    )
    (article,) = split_articles(text)
    assert [s.heading for s in article.sections] == [None, "1. What changes", "2. What next"]


def test_stories_run_together_split_at_a_title_over_a_date_line() -> None:
    """... or a title over its date (under the outlet's name, or not): a site's pages one
    after another, each with its title, outlet and time."""
    text = (
        "Harbour reopens north pier\nUpdated 09:15, 05-May-2031\nCoast Daily\n"
        "The north pier reopened on Monday after two years of works.\n"
        "Library opens on Sundays\nCoast Daily\n16:40, 06-May-2031\n"
        "The council approved longer hours on Tuesday.\n"
        "Timeline of the works\n"  # a heading in a story: no date under it
        "The works began in 2029.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.date or a.updated) for a in articles] == [
        ("Harbour reopens north pier", "2031-05-05T09:15:00"),
        ("Library opens on Sundays", "2031-05-06T16:40:00"),
    ]


def test_a_feeds_items_whose_titles_open_with_a_speaker_and_a_colon() -> None:
    """A feed's items as title, date and summary lines: a title that opens "Name:" (the
    speaker quoted) is the next item's, where "Related article:" would be a field."""
    text = (
        "Harbour reopens north pier\nSun, 04 May 2031 14:36:47 +0300\n"
        "The north pier reopened on Monday after two years of works.\n"
        "Mayor Ruiz: the library will open on Sundays\nSun, 04 May 2031 14:01:00 +0300\n"
        "The council approved longer hours on Tuesday.\n"
        "Related article: Tram fares frozen\nSun, 04 May 2031 13:00:00 +0300\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.date) for a in articles] == [
        ("Harbour reopens north pier", "2031-05-04T14:36:47+03:00"),
        ("Mayor Ruiz: the library will open on Sundays", "2031-05-04T14:01:00+03:00"),
    ]
    assert [r.title for r in articles[1].related] == ["Tram fares frozen"]


def test_a_date_with_a_button_run_onto_it_over_the_update_is_no_title() -> None:
    # A page's menu ends a sentence; then its date line (with "e-Paper" glued on) over the
    # "Updated - ..." line: the same story, not the next one.
    text = (
        "Court hears the petitions\n\nThe weekly newsletter from our science writers.\n\n"
        "April 16, 2031e-Paper\nUpdated - April 16, 2031 09:38 pm IST - New Delhi\n\n"
        "The court on Wednesday questioned the act.\n"
    )
    (article,) = split_articles(text)
    assert article.headline == "Court hears the petitions"
    assert "The court on Wednesday questioned the act." in article.paragraphs


def test_stories_run_together_split_at_a_date_over_a_title() -> None:
    """A site's pages one after another, each with its section and time over its title."""
    text = (
        "Politics 17:49, 07-May-2031\nHarbour reopens north pier\nBy Jane Doe\n"
        "The north pier reopened on Monday after two years of works.\n"
        "World 09:15, 08-May-2031\nLibrary opens on Sundays\n"
        "The council approved longer hours on Tuesday.\n"
        "Date: 09-May-2031\n"  # a field of the record, closing it: no next story
        "Timeline of the works\n"
        "The works began in 2029.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.date, a.authors) for a in articles] == [
        ("Harbour reopens north pier", "2031-05-07T17:49:00", ("Jane Doe",)),
        ("Library opens on Sundays", "2031-05-08T09:15:00", ()),
    ]
    assert articles[0].boilerplate == ("Politics",)


def test_stories_run_together_part_after_a_closing_credit_too() -> None:
    """A story's closing credit ends it as a last sentence does ("(With input from ...)",
    "Source(s): ..."); the next story's date may carry the section glued to its time."""
    text = (
        "Harbour reopens north pier\nCoast Daily\n09:15, 05-May-2031\n"
        "The north pier reopened on Monday after two years of works.\n"
        "(With input from Harbour Wire)\n"
        "Library opens on Sundays\nCity16:40, 06-May-2031\n"
        "The council approved longer hours on Tuesday.\n"
        "Source(s): Harbour Wire\n"
        "Tram fares frozen\nCoast Daily\n08:00, 07-May-2031\n"
        "Fares stay as they are.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.date) for a in articles] == [
        ("Harbour reopens north pier", "2031-05-05T09:15:00"),
        ("Library opens on Sundays", "2031-05-06T16:40:00"),
        ("Tram fares frozen", "2031-05-07T08:00:00"),
    ]


def test_a_link_line_after_a_story_is_no_title_over_the_next_storys_date() -> None:
    """Found by the split property: "Original url: ..." after a story's last sentence, over
    the next story's title and date line (a form feed between), was taken for the next
    story's title."""
    story = (
        "Takeaways From Trump-Putin Call\nUpdated JANUARY 1, 2000\n00:00\n\nEnergy grid truce\n\n"
    )
    text = (
        f'{story}"We will not back down," said the Kremlin.\n\n'
        "Original url: https://www.themoscowtimes.com/2000/01/01/takeaways-a1\x0c"
        f"{story}He declined to comment."
    )
    records = split_text(text)
    assert [r.line for r in records] == [1, 9]
    assert records[0].text.rstrip().endswith("takeaways-a1")
    # ... nor a section's heading over a quote the form feed ends, over the next title and
    # date: only a short line (the outlet's name) may stand between a title and its date.
    quote = '"We will not back down," said the Kremlin.'
    text = f"{story}{quote}\n\nEnergy grid truce\n\n{quote}\x0c{story}{quote}"
    assert [r.line for r in split_text(text)] == [1, 11]
    # ... nor a related link's line (the title under it counts as a long line between).
    related = "Related article: Takeaways from Trump-Putin Call"
    text = f"{story}{quote}\n\n{related}\x0c{story}{quote}"
    assert [r.line for r in split_text(text)] == [1, 9]
    text = f"{story}{quote}\n\n{related}\n\x0c\n{story}{quote}"
    assert [r.line for r in split_text(text)] == [1, 11]


def test_a_heading_over_a_paragraph_without_a_dateline_stays_in_the_story() -> None:
    text = (
        "Storm Closes Pass\n\nGreenvale, Feb. 3 -- A late storm shut the pass on Tuesday.\n\n"
        "Rescue Teams Reach Village\n\nRescue teams reached the village on Wednesday.\n"
    )
    assert len(split_text(text)) == 1


def test_a_story_a_line_is_a_record_a_line() -> None:
    """Lines of hundreds of words, one after another: a whole story each (no paragraph of a
    story runs that long twice in a row)."""
    stories = [
        " ".join(["The ferry service to the island resumed on Monday after the storms."] * 25),
        " ".join(["Council members voted on Tuesday to freeze rail fares for a year."] * 30),
        " ".join(["Rescue teams reached the cut-off village of Ashby on Wednesday."] * 28),
    ]
    assert [r.text.strip() for r in split_text("\n".join(stories) + "\n")] == stories
    assert [r.text.strip() for r in split_text("\n\n".join(stories) + "\n")] == stories


def test_long_paragraphs_among_shorter_ones_stay_one_story() -> None:
    long = " ".join(["The ferry service to the island resumed on Monday after the storms."] * 25)
    text = f"Ferry returns\n\n{long}\n\nThe port said it was pleased.\n\n{long}\n"
    assert len(split_text(text)) == 1


def test_a_scrapers_printed_tuples_are_a_story_each() -> None:
    """print(row) of (title, labelled link) tuples, one a line: a record each, the tuple's
    strings read as the record's lines ("Sursa" is "source" in Romanian)."""
    text = (
        "('Ministerul a aprobat noul buget', 'SURSA: https://news.example.ro/buget-12345 ')\n\n"
        '("Fabrica din Deva angajează oameni", "Source: https://news.example.ro/deva-12346")\n'
    )
    assert [(a.headline, a.url) for a in split_articles(text)] == [
        ("Ministerul a aprobat noul buget", "https://news.example.ro/buget-12345"),
        ("Fabrica din Deva angajează oameni", "https://news.example.ro/deva-12346"),
    ]


@pytest.mark.parametrize("opening, closing", [("(", ")"), ("[", "]")], ids=["tuples", "lists"])
def test_printed_rows_spaced_out_by_blank_lines_are_a_story_each(
    opening: str, closing: str
) -> None:
    """print(row) of (title, dek, link) rows, a few blank lines between them; a list's
    printout is read as a tuple's is, also from the input's first line."""
    rows = [
        ("Ferry service resumes after storm", "Crossings restart at noon.", "ferry"),
        ("Library extends opening hours", "", "library"),
    ]
    text = "\n\n\n".join(
        f"{opening}'{title}', '{dek}', 'https://news.example/2031/05/04/{slug}.html'{closing}"
        for title, dek, slug in rows
    )
    articles = split_articles(text + "\n")
    assert [(a.headline, a.url, a.date) for a in articles] == [
        (title, f"https://news.example/2031/05/04/{slug}.html", "2031-05-04")
        for title, _, slug in rows
    ]
    assert articles[0].paragraphs == ("Crossings restart at noon.",)


@pytest.mark.parametrize(
    "line",
    [
        "['Only one string']",
        "['Title', 42]",
        "('Only one string',)",  # one string: no record's lines
        "('Title', 42)",  # not all strings
        "('Unclosed', 'tuple'",
        "(As the mayor said, 'it is done') and left.",
    ],
)
def test_lines_that_are_no_tuple_or_list_of_strings_stay_as_written(line: str) -> None:
    from articlecli.decode import sequence_parts

    assert sequence_parts(line) is None


def test_records_opening_with_an_outlet_in_brackets_between_rules() -> None:
    """A feed reader's headlines, each "[Outlet] title" over its date and link, a dash
    rule under each: a record each, the outlet the publication."""
    text = (
        "[Metro Wire] Tram line extension approved by council\n"
        "Date: Tue, 04 Mar 2031 10:12:00 +0100\n"
        "Link: https://metrowire.example/news/tram-extension-4411\n"
        "----------------------------------------\n"
        "[Valley Times] Bakery chain opens third store\n"
        "Date: Tue, 04 Mar 2031 09:40:00 +0100\n"
        "Link: https://valleytimes.example/business/bakery-4412\n"
        "----------------------------------------\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.publication, a.url) for a in articles] == [
        (
            "Tram line extension approved by council",
            "Metro Wire",
            "https://metrowire.example/news/tram-extension-4411",
        ),
        (
            "Bakery chain opens third store",
            "Valley Times",
            "https://valleytimes.example/business/bakery-4412",
        ),
    ]


def test_a_markdown_listing_page_of_linked_titles() -> None:
    """A crawl of a site's news page: each story's title as an H1 linking its page, over a
    heading with its date and its writer's name linking theirs, then its text."""
    text = (
        "# [Ferry service returns to the island](https://harbour.example.gov/news/2031/5/2/ferry)\n\n"
        "## May 2, 2031 [Jane Doe](https://harbour.example.gov/news?author=1a2b)\n\n"
        "The ferry ran again on Monday after a week of storms kept it in port.\n\n"
        "Share\n\n"
        "# [Library opens on Sundays](https://harbour.example.gov/news/2031/4/28/library)\n\n"
        "## April 28, 2031 [John Roe](https://harbour.example.gov/news?author=3c4d)\n\n"
        "The town library will open on Sundays from June.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.date, a.authors, a.url) for a in articles] == [
        (
            "Ferry service returns to the island",
            "2031-05-02",
            ("Jane Doe",),
            "https://harbour.example.gov/news/2031/5/2/ferry",
        ),
        (
            "Library opens on Sundays",
            "2031-04-28",
            ("John Roe",),
            "https://harbour.example.gov/news/2031/4/28/library",
        ),
    ]
    assert articles[0].paragraphs == (
        "The ferry ran again on Monday after a week of storms kept it in port.",
    )


def test_a_listing_entry_after_a_story_in_italics() -> None:
    """A story whose lines are all in Markdown's emphasis still ends its sentences."""
    text = (
        "# [Ferry service returns](https://harbour.example.gov/news/2031/5/2/ferry)\n\n"
        "## May 2, 2031 [Jane Doe](https://harbour.example.gov/news?author=1a2b)\n\n"
        "_The ferry ran again on Monday after a week of storms._\n\n"
        "# [Library opens on Sundays](https://harbour.example.gov/news/2031/4/28/library)\n\n"
        "## April 28, 2031 [John Roe](https://harbour.example.gov/news?author=3c4d)\n\n"
        "The town library will open on Sundays from June.\n"
    )
    assert [a.headline for a in split_articles(text)] == [
        "Ferry service returns",
        "Library opens on Sundays",
    ]


def test_a_linked_h1_over_no_date_in_a_story_stays_in_it() -> None:
    """A story that closes with a link to another as a heading: no entry of a listing."""
    text = (
        "# Ferry service returns to the island\n\n"
        "The ferry ran again on Monday after a week of storms kept it in port.\n\n"
        "# [Read the council's report](https://harbour.example.gov/report)\n\n"
        "The report runs to forty pages.\n"
    )
    assert len(split_articles(text)) == 1


def test_a_tag_in_brackets_that_names_no_outlet_stays_in_the_headline() -> None:
    article = parse("[Video] Tram line extension approved by council\n\nThe vote was close.\n")
    assert (article.headline, article.publication) == (
        "[Video] Tram line extension approved by council",
        None,
    )


def test_numbered_labelled_records_in_brackets_under_a_banner() -> None:
    text = (
        "==========================================\n"
        "DAILY FEED - Fetched on 2031-03-02 08:00:00\n"
        "Total articles fetched: 2\n"
        "==========================================\n\n"
        "[1] TITLE: Harbour bridge to close for repairs\n"
        "    DESCRIPTION: The eastern span will shut for six weeks from April.\n"
        "    PUBLISHED: 2031-03-02 06:10:00\n"
        "    SOURCE: Coastal Herald\n"
        "------------------------------\n\n"
        "[2] TITLE: Orchard growers expect early harvest\n"
        "    DESCRIPTION: None\n"
        "    PUBLISHED: 2031-03-01 05:55:00\n"
        "    SOURCE: Valley Times\n"
        "------------------------------\n"
    )
    articles = articles_under_a_title(text, 2)
    assert [(a.headline, a.date, a.publication, a.photo_credit) for a in articles] == [
        ("Harbour bridge to close for repairs", "2031-03-02T06:10:00", "Coastal Herald", None),
        ("Orchard growers expect early harvest", "2031-03-01T05:55:00", "Valley Times", None),
    ]
    assert articles[1].summary is None


def test_stories_each_under_a_title_in_brackets() -> None:
    text = (
        "[Startup builds drones that map wetlands]\n"
        "Founders Ana Ruiz and Tom Becker say the drones cut survey time by half.\n"
        "The company plans a pilot with two park services.\n\n"
        "[Lab unveils battery that charges in ten minutes]\n"
        "Researchers at a northern university presented the cell on Monday.\n"
    )
    assert [a.headline for a in split_articles(text)] == [
        "Startup builds drones that map wetlands",
        "Lab unveils battery that charges in ten minutes",
    ]


def test_labelled_records_under_section_banners_and_closing_rules() -> None:
    """A digest's records: each section's banner right over its first record's label, a
    rule under each record's text (which may end cut short) and a blank line after it."""
    text = (
        "### MARKETS (FX & RATES) ###\n"
        "TITLE: Copper climbs on supply worries\n"
        "SOURCE: Metals Weekly\n"
        "CONTENT:\n"
        "Copper rose on Monday as two mines paused output...\n" + "-" * 50 + "\n\n"
        "TITLE: Oil slips as stocks build\n"
        "SOURCE: Energy Daily\n"
        "CONTENT:\n"
        "Oil fell after a report showed stocks rising...\n" + "-" * 50 + "\n\n"
        "### SPORT ###\n"
        "TITLE: Harbour club wins cup final\n"
        "SOURCE: Coast Gazette\n"
        "CONTENT:\n"
        "The club won the final on Sunday.\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.publication, a.photo_credit) for a in articles] == [
        ("Copper climbs on supply worries", "Metals Weekly", None),
        ("Oil slips as stocks build", "Energy Daily", None),
        ("Harbour club wins cup final", "Coast Gazette", None),
    ]
    assert "### MARKETS (FX & RATES) ###" in articles[0].boilerplate
    assert "### SPORT ###" in articles[2].boilerplate
    assert [len(a.paragraphs) for a in articles] == [1, 1, 1]


def test_numbered_items_with_their_titles_under_each_sources_banner() -> None:
    """ "Item N: title" over its date and link, counted from 1 under each source's banner:
    a record each; the banner is no photo credit."""
    text = (
        "--- Source: Harbour Daily ---\n"
        "Item 1: Ferry fares frozen until spring\n"
        "Date: Mon, 05 May 2031 08:10:00 +0000\n"
        "Link: https://example.com/ferry\n"
        "Item 2: Library opens on Sundays\n"
        "Link: https://example.com/library\n"
        "--- Source: Valley Post ---\n"
        "Item 1: Bakery wins bread prize\n"
        "Link: https://example.com/bakery\n"
    )
    articles = articles_under_a_title(text, 3)
    assert [(a.headline, a.url, a.photo_credit) for a in articles] == [
        ("Ferry fares frozen until spring", "https://example.com/ferry", None),
        ("Library opens on Sundays", "https://example.com/library", None),
        ("Bakery wins bread prize", "https://example.com/bakery", None),
    ]
    assert articles[0].date == "2031-05-05T08:10:00+00:00"


def test_numbered_items_labelled_in_bengali_under_a_sources_banner() -> None:
    # "News 1:" / "Date:" / "Link:" in Bengali, under "--- Source: ... ---": a banner whose
    # vowel signs are marks, which \w does not match.
    text = (
        "--- সোর্স: উপকূল বার্তা ---\n"
        "খবর 1: নদীর সেতু আবার খুলল\n"
        "তারিখ: Fri, 11 Sep 2026 06:39:13 +0000\n"
        "লিংক: https://example.com/a\n"
        "খবর 2: শহরে নতুন বাস চালু\n"
        "লিংক: https://example.com/b\n"
    )
    articles = articles_under_a_title(text, 2)
    assert [(a.headline, a.url) for a in articles] == [
        ("নদীর সেতু আবার খুলল", "https://example.com/a"),
        ("শহরে নতুন বাস চালু", "https://example.com/b"),
    ]
    assert articles[0].date == "2026-09-11T06:39:13+00:00"


def test_a_news_archives_export_closed_by_document_ids() -> None:
    """An archive's export (Factiva): each document's headline, byline, word count, date,
    publication, its code and language, the text, then the document's id."""
    text = (
        "Tram Depot Reopens After Repairs\nBy ANNA REED\n412 words\n5 May 2031\n"
        "The Harbour Times\nHTMS\nEnglish\n"
        "The tram depot reopened on Monday after two years of repairs, the city said.\n"
        "Document HTMS000020310505e7550001\n"
        "Ferry Fares Frozen Until Spring\nBy TOM VALE\n318 words\n4 May 2031\n"
        "The Harbour Times\nHTMS\nEnglish\n"
        "Ferry fares will not rise before spring, the operator said on Sunday.\n"
        "Document HTMS000020310504e7540002\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.authors, a.date, a.publication) for a in articles] == [
        ("Tram Depot Reopens After Repairs", ("Anna Reed",), "2031-05-05", "The Harbour Times"),
        ("Ferry Fares Frozen Until Spring", ("Tom Vale",), "2031-05-04", "The Harbour Times"),
    ]
    assert articles[0].boilerplate == (
        "412 words",
        "HTMS",
        "English",
        "Document HTMS000020310505e7550001",
    )
    assert [len(a.paragraphs) for a in articles] == [1, 1]


def test_an_archives_export_with_desk_lines_and_page_footers_from_a_pdf() -> None:
    """The same export as a PDF's text: a section or desk line (two, with a kicker) over
    each title, the edition and page among the facts, and the page footer glued to the
    line it interrupts, at a document's top or inside a paragraph."""
    footer = "Page{n}of40©2031Newsbank,Inc.Allrightsreserved."
    text = (
        "Metro Desk; SECTA\nTram Depot Reopens After Repairs\nBy ANNA REED\n412 words\n"
        "5 May 2031\nThe Harbour Times\nHTMS\nLate Edition - Final\n3\nEnglish\n"
        "Copyright 2031 The Harbour Times Company. All Rights Reserved.\n"
        "The tram depot reopened on Monday after two years of repairs, the\n"
        f"{footer.format(n=1)}city said, and the first trams ran at six.\n"
        "Document HTMS000020310505e7550001\n\n"
        f"{footer.format(n=2)}PORT NEWS | BRIEFING\nBusiness Desk; SECTB\n"
        "Ferry Fares Frozen Until Spring\n318 words\n4 May 2031\nThe Harbour Times\nHTMS\n"
        "The Harbour Times on the Web\nEnglish\n"
        "Copyright 2031 The Harbour Times Company. All Rights Reserved.\n"
        "Ferry fares will not rise before spring, the operator said on Sunday.\n"
        "Document HTMS000020310504e7540002\n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.authors, a.date, a.publication) for a in articles] == [
        ("Tram Depot Reopens After Repairs", ("Anna Reed",), "2031-05-05", "The Harbour Times"),
        ("Ferry Fares Frozen Until Spring", (), "2031-05-04", "The Harbour Times"),
    ]
    assert articles[0].boilerplate == (
        "Metro Desk; SECTA",
        "412 words",
        "HTMS",
        "Late Edition - Final",
        "3",
        "English",
        "Copyright 2031 The Harbour Times Company. All Rights Reserved.",
        "Document HTMS000020310505e7550001",
        "Page1of40©2031Newsbank,Inc.Allrightsreserved.",  # after the text it stood in
    )
    assert articles[0].paragraphs == (
        "The tram depot reopened on Monday after two years of repairs, the city said, and "
        "the first trams ran at six.",
    )
    assert articles[1].boilerplate[:3] == (
        "Page2of40©2031Newsbank,Inc.Allrightsreserved.",
        "PORT NEWS | BRIEFING",
        "Business Desk; SECTB",
    )
    assert "The Harbour Times on the Web" in articles[1].boilerplate
    assert articles[1].paragraphs == (
        "Ferry fares will not rise before spring, the operator said on Sunday.",
    )


def test_titles_with_their_outlet_and_day_a_line_each() -> None:
    text = (
        "Ferry fares frozen until spring (Coast Daily, 05-05-2031) | \n"
        "Library opens on Sundays: a first for the city  (Valley Post, 14-05-2031) | \n"
        "Tram line extended to the harbour (Coast Daily, 03-05-2031) | \n"
    )
    articles = split_articles(text)
    assert [(a.headline, a.publication, a.date) for a in articles] == [
        ("Ferry fares frozen until spring", "Coast Daily", "2031-05-05"),
        ("Library opens on Sundays: a first for the city", "Valley Post", "2031-05-14"),
        # 03-05: the third of May or the fifth of March, which no line tells
        ("Tram line extended to the harbour", "Coast Daily", None),
    ]
    assert articles[2].unrecognised == (
        "Tram line extended to the harbour (Coast Daily, 03-05-2031) |",
    )


def test_titles_between_bars_with_their_outlet_and_time_a_line_each() -> None:
    text = (
        "Ferry fares frozen until spring | Coast Daily | 2031-05-05T09:15:00Z\n"
        "Library opens on Sundays | Valley Post | 2031-05-04T17:20:00Z\n"
        "Tram line extended | to the harbour | and beyond\n"  # no date: a title with bars
    )
    articles = split_articles(text)
    assert [(a.headline, a.publication, a.date) for a in articles][:2] == [
        ("Ferry fares frozen until spring", "Coast Daily", "2031-05-05T09:15:00+00:00"),
        ("Library opens on Sundays", "Valley Post", "2031-05-04T17:20:00+00:00"),
    ]
    assert articles[2].date is None


def test_numbered_titles_under_a_banner_naming_its_source_site() -> None:
    text = (
        "Top Headlines from https://news.example.com/world\n" + "=" * 40 + "\n\n"
        "1. Ferry fares frozen until spring\n2. Library opens on Sundays\n"
        "3. Tram line extended to the harbour\n"
    )
    records = split_text(text)
    assert [r.kind for r in records] == ["title", "text", "text", "text"]
    assert parse(records[2].text).headline == "Library opens on Sundays"


def test_a_headline_with_a_dump_titles_word_in_a_list_stays_an_article() -> None:
    """Lines of a list, a record each: one that says "report" or "news" under another is a
    headline of the list, not a title over the dump (two were left out, found unseen)."""
    titles = [
        "Ferry fares frozen until spring",
        "Audit finds harbour report flawed",
        "Library opens on Sundays",
        "Harbour news roundup goes weekly",
    ]
    records = split_text("HARBOUR NEWS REPORT\n\n" + "\n".join(titles) + "\n")
    assert [r.kind for r in records] == ["title", "text", "text", "text", "text"]
    assert [r.text.strip() for r in records[1:]] == titles


def test_a_list_of_headlines_is_a_record_a_line() -> None:
    text = (
        "\n"
        "Council approves new cycle lanes for the old town\n"
        "Why Small Ports Are Betting on Electric Tugs\n"
        "'Grey Seal' Returns: Ferry Back After Refit\n"
        "Is the Housing Market Cooling Down?\n"
    )
    records = split_text(text)
    assert [(r.text, r.line) for r in records] == [
        ("Council approves new cycle lanes for the old town\n", 2),
        ("Why Small Ports Are Betting on Electric Tugs\n", 3),
        ("'Grey Seal' Returns: Ferry Back After Refit\n", 4),
        ("Is the Housing Market Cooling Down?\n", 5),
    ]
    assert [a.headline for a in split_articles(text)][-1] == "Is the Housing Market Cooling Down?"


def test_headlines_in_a_script_without_capitals_or_cut_by_a_feed_are_a_record_a_line() -> None:
    titles = [
        "항구 북쪽 부두 다시 열려..공사 2주 앞당겨",
        "도서관 일요일에도 문 연다..시민 요청 반영...",  # cut by the feed
        "Ferry fares frozen until spring as council steps in…",
    ]
    records = split_text("\n".join(titles) + "\n")
    assert [r.text for r in records] == [f"{title}\n" for title in titles]


def test_a_wire_index_of_headlines_under_their_places_is_a_record_a_line() -> None:
    lines = [
        "NORWAY: Fishing quota talks stall over mackerel share.",
        "PERU: Miners end strike after pay deal.",
        "PERU: FEATURE - Andean weavers find buyers online.",
    ]
    articles = split_articles("\n".join(lines) + "\n")
    assert [(a.headline, a.paragraphs) for a in articles] == [(line, ()) for line in lines]


@pytest.mark.parametrize(
    "text",
    [
        "Home\nWorld News\nSport\nBusiness\n",  # a menu: items of a word or two
        # Sentences of a story, each on its line: no place in capitals opens them.
        "The ferry ran late.\nIts crew waited for the tide.\nThe port said it was sorry.\n",
        "Most read\nCouncil approves new cycle lanes\nWhy small ports bet on tugs\n",
        "Ferry returns to the harbour\nBy Jane Doe\nMarch 3, 2031\n",  # a header
        "Ferry returns to the harbour\nThe council said the ferry would return.\nIt did.\n",
        "Ferry returns to the harbour\nSource: Coast Gazette\nSea fares rise in the spring\n",
        "Ferry returns to the harbour\nSea fares rise in the spring\n",  # two lines only
    ],
)
def test_records_that_are_no_list_of_headlines(text: str) -> None:
    assert len(split_text(text)) == 1


def test_labelled_records_between_three_dash_rules_are_no_front_matter() -> None:
    # "---" / "Title: ..." / "Link: ..." / "---" looks like front matter; after a record
    # that opened with the same label, its fences are the rules between records.
    items = [("Tram line extension approved", "tram"), ("Bakery opens third store", "bakery")]
    items.append(("Museum reopens after flood repairs", "museum"))
    text = "".join(
        f"Title: {title}\nLink: https://news.example/a/{slug}\n---\n" for title, slug in items
    )
    assert [(a.headline, a.url) for a in split_articles(text)] == [
        (title, f"https://news.example/a/{slug}") for title, slug in items
    ]


def test_titles_in_lenticular_brackets_between_rules() -> None:
    # East Asian type's title brackets, over a feed's link and a line of the story.
    stories = [
        ("Harbour bridge to close for six weeks of repairs", "bridge", "The span shuts in April."),
        ("Tram depot to reopen as a market hall", "depot", "The doors open in May."),
        ("Night buses return to the northern suburbs", "buses", "Four routes run again."),
    ]
    text = "".join(
        f"【{title}】\nhttps://news.example/a/{slug}?at_medium=RSS\n\n{line}\n{'-' * 60}\n\n"
        for title, slug, line in stories
    )
    articles = split_articles(text)
    assert [(a.headline, a.url) for a in articles] == [
        (title, f"https://news.example/a/{slug}?at_medium=RSS") for title, slug, _ in stories
    ]
    assert [a.paragraphs for a in articles] == [(line,) for _, _, line in stories]


@pytest.mark.parametrize(
    "line", ["【速報】", "【Bridge to close】", "【Updated with the mayor's comment】"]
)
def test_lines_in_lenticular_brackets_that_are_no_title(line: str) -> None:
    from articlecli.parser.titles import bracketed_title

    assert bracketed_title(line) is None  # a tag, too short, an editor's note


def test_notes_in_brackets_in_a_story_open_no_story() -> None:
    text = (
        "[Startup builds drones that map wetlands]\n"
        "Founders say the drones cut survey time by half.\n\n"
        "[Updated with the company's comment on the pilot]\n\n"
        "The company plans a pilot with two park services.\n"
    )
    records = split_text(text)
    assert len(records) == 1
    assert parse(records[0].text).headline == "Startup builds drones that map wetlands"
