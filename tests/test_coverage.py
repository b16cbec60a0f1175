"""articlecli.coverage: fields counted per file and overall, the text table, the JSON form."""

from __future__ import annotations

import json

import pytest

from articlecli.coverage import (
    FIELD_NAMES,
    FieldCoverage,
    count_coverage,
    file_cells,
    format_coverage,
    format_coverage_json,
)
from articlecli.model import Article, Section

FULL = Article(
    headline="Harbour Reopens",
    byline="By Jane Doe",
    authors=("Jane Doe",),
    date="2025-03-19",
    url="https://example.com/a",
    photo_credit="AP",
    dateline="OSLO",
    publication="The Daily",
    sections=(Section(heading=None, paragraphs=("One.", "Two.")),),
    boilerplate=("Advertisement",),
)
BARE = Article(sections=(Section(heading=None, paragraphs=("Only a body.",)),))


def test_every_field_is_found_in_a_full_article() -> None:
    coverage = count_coverage([("a.txt", FULL)])
    (row,) = coverage.files
    assert row.articles == 1
    assert all(row.found[name] == 1 for name in FIELD_NAMES), row.found
    assert (row.paragraphs, row.boilerplate) == (2, 1)


def test_a_body_only_article_has_paragraphs_and_nothing_else() -> None:
    (row,) = count_coverage([("b.txt", BARE)]).files
    assert {name for name in FIELD_NAMES if row.found[name]} == {"paragraphs"}


def test_articles_of_one_file_are_counted_together_in_input_order() -> None:
    coverage = count_coverage([("dump.txt", FULL), ("x.txt", BARE), ("dump.txt", BARE)])
    assert [f.path for f in coverage.files] == ["dump.txt", "x.txt"]
    dump = coverage.files[0]
    assert dump.articles == 2 and dump.found["headline"] == 1
    assert dump.paragraphs == 3


def test_overall_counts_and_percent() -> None:
    coverage = count_coverage([("a.txt", FULL), ("b.txt", BARE), ("c.txt", BARE), ("d", BARE)])
    fields = {f.name: f for f in coverage.fields}
    assert [f.name for f in coverage.fields] == list(FIELD_NAMES)
    assert fields["headline"] == FieldCoverage("headline", 1, 4)
    assert fields["headline"].percent == 25.0
    assert fields["paragraphs"].percent == 100.0
    assert coverage.articles == 4


def test_unreadable_documents_count_in_no_field() -> None:
    coverage = count_coverage([("bad.txt", None), ("a.txt", FULL), ("a.txt", None)])
    bad, good = coverage.files
    assert (bad.articles, bad.unreadable) == (0, 1)
    assert (good.articles, good.unreadable) == (1, 1)
    assert coverage.unreadable == 2
    assert {f.name: f.articles for f in coverage.fields}["headline"] == 1


def test_no_articles_at_all() -> None:
    coverage = count_coverage([])
    assert coverage.files == () and coverage.articles == 0
    assert all(f.percent == 0.0 for f in coverage.fields)
    assert format_coverage(coverage).splitlines()[-1] == "0 files, 0 articles"


@pytest.mark.parametrize(
    ("documents", "cells"),
    [
        ([FULL], ["1", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "2", "1"]),
        ([BARE], ["1", "-", "-", "-", "-", "-", "-", "-", "-", "1", "0"]),
        ([FULL, BARE], ["2", "1/2", "1/2", "1/2", "1/2", "1/2", "1/2", "1/2", "1/2", "3", "1"]),
        ([None], ["0", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"]),
    ],
    ids=["one-full", "one-bare", "several", "unreadable"],
)
def test_file_cells(documents: list[Article | None], cells: list[str]) -> None:
    (row,) = count_coverage([("f.txt", article) for article in documents]).files
    assert file_cells(row) == cells


def test_text_table_is_aligned() -> None:
    text = format_coverage(count_coverage([("a.txt", FULL), ("long/name.txt", BARE)]))
    files, fields, totals = text.rstrip("\n").split("\n\n")
    file_lines = files.splitlines()
    assert file_lines[0].split() == ["file", "articles", *FIELD_NAMES]
    assert len({len(line) for line in file_lines}) == 1, "right-aligned columns end together"
    assert [line.split()[0] for line in file_lines[1:]] == ["a.txt", "long/name.txt"]
    assert fields.splitlines()[1].split() == ["headline", "1", "2", "50.0%"]
    assert totals == "2 files, 2 articles"


def test_text_table_marks_unreadable_files() -> None:
    text = format_coverage(count_coverage([("bad.txt", None), ("a.txt", FULL), ("a.txt", None)]))
    assert "bad.txt (unreadable)" in text
    assert "a.txt (1 unreadable)" in text
    assert text.splitlines()[-1] == "2 files, 1 articles, 2 unreadable"


def test_json_form() -> None:
    data = json.loads(format_coverage_json(count_coverage([("a.txt", FULL), ("b.txt", BARE)])))
    assert data["version"] == 1
    assert data["files"][0] == {
        "path": "a.txt",
        "articles": 1,
        "unreadable": 0,
        "fields": dict.fromkeys(FIELD_NAMES, 1),
        "paragraphs": 2,
        "boilerplate": 1,
    }
    assert data["fields"]["url"] == {"found": 1, "articles": 2, "percent": 50.0}
    assert data["totals"] == {
        "files": 2,
        "articles": 2,
        "unreadable": 0,
        "paragraphs": 3,
        "boilerplate": 1,
    }


def test_docstring_example() -> None:
    import doctest

    from articlecli import coverage

    assert doctest.testmod(coverage).failed == 0
