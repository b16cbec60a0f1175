"""articlecli.validate: each rule on a fixture that breaks it once, options, exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from articlecli import parse
from articlecli.codes import RULES
from articlecli.documents import Document, load_document, load_documents
from articlecli.model import Diagnostic, Source
from articlecli.reporters import EXIT_ERRORS, EXIT_OK, exit_code
from articlecli.validate import (
    ERROR,
    WARNING,
    Finding,
    OptionError,
    Options,
    Report,
    check,
    enabled_codes,
    url_date,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "validate"
TODAY = date(2025, 3, 20)

# fixture -> the (code, line) findings it must give on its own, with TODAY as today.
EXPECTED: dict[str, list[tuple[str, int]]] = {
    "clean.txt": [],
    "ac101_missing_headline.txt": [("AC101", 1)],
    "ac102_missing_date.txt": [("AC102", 1)],
    "ac103_unparseable_date.txt": [("AC103", 5)],
    "ac104_missing_byline.txt": [("AC104", 1)],
    "ac105_missing_url.txt": [("AC105", 1)],
    "ac106_malformed_url.txt": [("AC106", 11)],
    "ac107_unbalanced_quotes.txt": [("AC107", 9)],
    "ac108_empty_section.txt": [("AC108", 11)],
    "ac109_encoding_fallback.txt": [("AC109", 1)],
    "ac110_unrecognised_line.txt": [("AC110", 9)],
    "ac111_page_chrome.txt": [("AC111", 7)],
    "ac112_future_date.txt": [("AC112", 5)],
    "ac113_url_date_mismatch.txt": [("AC113", 5)],
    "ac114_duplicate_article.txt": [],  # a duplicate only of clean.txt: see below
    "ac115_not_canonical.txt": [("AC115", 9)],
    "ac116_unreadable_input.txt": [("AC116", 1)],
    "ac118_dump_title.txt": [("AC118", 1)],
    "ac119_cut_article.txt": [("AC119", 5)],
    "ac120_empty_item.txt": [("AC120", 2)],
}


def document(name: str) -> Document:
    """Load a one-article fixture as the command line will: bytes in, path as given."""
    (loaded,) = load_documents((FIXTURES / name).read_bytes(), path=name)
    return loaded


def run(*names: str, **options: Any) -> Report:
    """Check fixtures in order with TODAY as today and the given options."""
    documents = [d for n in names for d in load_documents((FIXTURES / n).read_bytes(), path=n)]
    return check(documents, options=Options(today=TODAY, **options))


def codes_and_lines(report: Report) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in report.findings]


def shown(report: Report) -> str:
    return "\n".join(f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}" for f in report.findings)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_gives_expected_findings(name: str) -> None:
    report = run(name)
    assert codes_and_lines(report) == EXPECTED[name], shown(report)
    assert report.files == (name,)
    assert not report.notes, report.notes


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == sorted(EXPECTED)


def test_every_file_rule_has_a_fixture() -> None:
    """Each rule about a file's content is broken by exactly one fixture (AC117 is a setting)."""
    covered = {code for found in EXPECTED.values() for code, _line in found} | {"AC114"}
    assert covered == {rule.code for rule in RULES} - {"AC117"}


def test_findings_carry_path_column_and_default_severity() -> None:
    (finding,) = run("ac112_future_date.txt").findings
    assert finding == Finding(
        path="ac112_future_date.txt",
        line=5,
        col=1,
        code="AC112",
        severity=ERROR,
        message="date 2025-04-02 is later than today (2025-03-20)",
    )
    assert finding.name == "future-date"


# --- rules that need more than one file or outside facts --------------------------------


def test_duplicate_is_reported_on_the_second_occurrence() -> None:
    report = run("clean.txt", "ac114_duplicate_article.txt")
    assert codes_and_lines(report) == [("AC114", 1)], shown(report)
    (finding,) = report.findings
    assert finding.path == "ac114_duplicate_article.txt"
    assert "clean.txt:1" in finding.message
    assert report.files == ("clean.txt", "ac114_duplicate_article.txt")


def test_duplicate_in_the_same_file_points_at_the_first_record() -> None:
    text = (FIXTURES / "clean.txt").read_text(encoding="utf-8")
    article = parse(text)
    first = Document("dump.txt", article.with_source(Source("dump.txt", 0, 1)), None)
    second = Document("dump.txt", article.with_source(Source("dump.txt", 1, 40)), None)
    report = check([first, second], options=Options(today=TODAY))
    assert codes_and_lines(report) == [("AC114", 40)], shown(report)
    assert "dump.txt:1" in report.findings[0].message


def test_future_date_depends_only_on_the_given_today() -> None:
    assert codes_and_lines(run("ac112_future_date.txt")) == [("AC112", 5)]
    on_the_day = check([document("ac112_future_date.txt")], options=Options(today=date(2025, 4, 2)))
    assert on_the_day.findings == ()


def test_future_update_time_is_reported_on_its_line() -> None:
    article = parse(
        "Dam Inspection Finished\n\nBy Ana Lima\n\n2025-03-01\n\nUpdated 2025-06-01T09:00:00\n\n"
        "Engineers found no cracks in the old dam.\n"
    )
    found = check([Document("x.txt", article)], options=Options(today=TODAY, select=("AC112",)))
    assert codes_and_lines(found) == [("AC112", 7)], shown(found)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/world/2025/03/19/talks/", (date(2025, 3, 19), date(2025, 3, 19))),
        ("https://a.example/2025/3/9/talks", (date(2025, 3, 9), date(2025, 3, 9))),
        ("https://a.example/law/2026/feb/02/some-story", (date(2026, 2, 2), date(2026, 2, 2))),
        ("https://a.example/world/some-story-2025-02-10/", (date(2025, 2, 10), date(2025, 2, 10))),
        ("https://a.example/news/20250319/story", (date(2025, 3, 19), date(2025, 3, 19))),
        ("https://a.example/2024/02/story.html", (date(2024, 2, 1), date(2024, 2, 29))),
        ("https://a.example/2025/13/40/story", None),  # not a date: ignored
        ("https://a.example/story/12345678", None),
        ("https://a.example/", None),
    ],
)
def test_url_date_forms(url: str, expected: tuple[date, date] | None) -> None:
    found = url_date(url)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("article_date", "mismatch"),
    [
        ("2025-03-19", False),
        ("2025-03-20", False),
        ("2025-03-18T23:30:00-05:00", False),
        ("2025-03-21", True),
        ("2025-02-19", True),
    ],
)
def test_url_date_allows_one_day_for_time_zones(article_date: str, mismatch: bool) -> None:
    text = (FIXTURES / "clean.txt").read_text(encoding="utf-8")
    article = replace(parse(text), date=article_date, url="https://a.example/2025/03/19/x")
    report = check([Document("x.txt", article)], options=Options(today=date(2030, 1, 1)))
    assert ("AC113" in {f.code for f in report.findings}) is mismatch, shown(report)


def test_findings_of_a_record_are_placed_in_its_file() -> None:
    """An article that starts on line 31 of a dump has its findings 30 lines further down."""
    text = (FIXTURES / "ac111_page_chrome.txt").read_text(encoding="utf-8")
    article = parse(text).with_source(Source("dump.txt", 2, 31))
    report = check(
        [Document("dump.txt", article, text)],
        options=Options(today=TODAY, select=("AC111",)),
    )
    assert codes_and_lines(report) == [("AC111", 37)], shown(report)


def test_article_read_back_from_json_is_checked_without_text() -> None:
    """No text: chrome is looked for in the fields, and the layout rule does not apply."""
    text = (FIXTURES / "clean.txt").read_text(encoding="utf-8")
    article = parse(text)
    with_chrome = replace(
        article,
        sections=(*article.sections, replace(article.sections[0], paragraphs=("Advertisement",))),
    )
    report = check([Document("a.json", with_chrome)], options=Options(today=TODAY))
    assert codes_and_lines(report) == [("AC111", 1)], shown(report)


def test_binary_input_is_unreadable_at_its_nul_line() -> None:
    doc = load_document(b"Headline\n\nBy Someone\n\x00\x01\x02", path="image.txt")
    assert doc.article is None
    report = check([doc], options=Options(today=TODAY))
    assert codes_and_lines(report) == [("AC116", 4)], shown(report)
    assert report.articles == 0 and report.files == ("image.txt",)


# --- the canonical layout rule ----------------------------------------------------------


def test_canonical_rule_uses_the_given_renderer() -> None:
    text = (FIXTURES / "ac115_not_canonical.txt").read_text(encoding="utf-8")
    doc = document("ac115_not_canonical.txt")
    report = check([doc], options=Options(today=TODAY), renderer=lambda article: text)
    assert report.findings == ()


def test_canonical_rule_ignores_line_ends() -> None:
    data = (FIXTURES / "clean.txt").read_bytes().replace(b"\n", b"\r\n")
    report = check([load_document(data, path="crlf.txt")], options=Options(today=TODAY))
    assert report.findings == (), shown(report)


def test_canonical_rule_is_skipped_with_a_note_without_renderer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import articlecli.validate as validate

    monkeypatch.setattr(validate, "canonical_renderer", lambda: None)
    report = run("ac115_not_canonical.txt")
    assert report.findings == ()
    assert len(report.notes) == 1 and "AC115" in report.notes[0]
    # Not asked for, not missed: no note when AC115 is ignored anyway.
    assert run("ac115_not_canonical.txt", ignore=("AC115",)).notes == ()


def test_canonical_renderer_import_failure_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import articlecli.validate as validate

    monkeypatch.setattr(validate, "_RENDERER_MODULE", "articlecli.no_such_renderer")
    assert validate.canonical_renderer() is None


# --- options ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("select", "ignore", "on", "off"),
    [
        (("AC",), (), {"AC101", "AC117"}, set()),
        (("ALL",), ("AC11",), {"AC101", "AC109"}, {"AC110", "AC117"}),
        (("AC1",), ("AC104",), {"AC103", "AC105"}, {"AC104"}),
        (("AC104",), ("AC1",), {"AC104"}, {"AC101", "AC105"}),  # more specific wins
        (("AC104",), ("AC104",), set(), {"AC104"}),  # a tie: ignore wins
        (("missing-byline", "ac11"), (), {"AC104", "AC115"}, {"AC101"}),  # names, any case
    ],
)
def test_select_and_ignore_by_prefix(
    select: tuple[str, ...], ignore: tuple[str, ...], on: set[str], off: set[str]
) -> None:
    enabled = enabled_codes(select, ignore)
    assert on <= enabled
    assert not off & enabled


@pytest.mark.parametrize("selector", ["AC9", "E501", "", "missing_byline"])
def test_unknown_selector_is_an_option_error(selector: str) -> None:
    with pytest.raises(OptionError, match="unknown rule selector"):
        enabled_codes((selector,), ())


def test_select_filters_findings() -> None:
    assert run("ac101_missing_headline.txt", ignore=("AC101",)).findings == ()
    assert run("ac101_missing_headline.txt", select=("AC11",)).findings == ()


def test_strict_makes_warnings_errors() -> None:
    lenient = run("ac104_missing_byline.txt")
    strict = run("ac104_missing_byline.txt", strict=True)
    assert [f.severity for f in lenient.findings] == [WARNING]
    assert [f.severity for f in strict.findings] == [ERROR]


def test_required_field_with_its_own_code_becomes_an_error() -> None:
    report = run("ac104_missing_byline.txt", require=("byline",))
    assert [(f.code, f.line, f.severity) for f in report.findings] == [("AC104", 1, ERROR)]


def test_required_field_is_reported_even_when_ignored() -> None:
    report = run("ac104_missing_byline.txt", require=("byline",), ignore=("AC1",))
    assert [(f.code, f.severity) for f in report.findings] == [("AC104", ERROR)], shown(report)


def test_required_field_without_a_code_is_ac117() -> None:
    report = run("clean.txt", require=("photo_credit", "headline"))
    assert [(f.code, f.line, f.severity) for f in report.findings] == [("AC117", 1, ERROR)]
    assert "photo_credit" in report.findings[0].message


def test_several_required_fields_without_a_code_are_each_reported() -> None:
    report = run("clean.txt", require=("summary", "photo_credit"))
    assert [(f.code, f.line) for f in report.findings] == [("AC117", 1), ("AC117", 1)]
    assert {f.message.split("'")[1] for f in report.findings} == {"summary", "photo_credit"}


def test_chrome_the_parser_reported_is_not_reported_twice() -> None:
    text = (FIXTURES / "ac111_page_chrome.txt").read_text(encoding="utf-8")
    article = parse(text)
    from_parser = Diagnostic("AC111", "chrome: 'Advertisement'", 7)
    article = replace(article, warnings=(*article.warnings, from_parser))
    report = check([Document("x.txt", article, text)], options=Options(today=TODAY))
    assert [(f.code, f.line, f.message) for f in report.findings] == [
        ("AC111", 7, "chrome: 'Advertisement'")
    ]


def test_required_date_that_is_unreadable_is_not_reported_twice() -> None:
    report = run("ac103_unparseable_date.txt", require=("date",))
    assert [(f.code, f.severity) for f in report.findings] == [("AC103", ERROR)]


def test_unknown_required_field_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="unknown field 'author'"):
        run("clean.txt", require=("author",))


# --- exit codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "strict", "code"),
    [
        (("clean.txt",), False, EXIT_OK),
        (("ac104_missing_byline.txt",), False, EXIT_OK),  # a warning
        (("ac104_missing_byline.txt",), True, EXIT_ERRORS),
        (("ac101_missing_headline.txt",), False, EXIT_ERRORS),  # an error
        (("clean.txt", "ac114_duplicate_article.txt"), False, EXIT_ERRORS),
        (("ac116_unreadable_input.txt", "clean.txt"), False, EXIT_ERRORS),
    ],
)
def test_exit_code_policy(names: tuple[str, ...], strict: bool, code: int) -> None:
    report = run(*names, strict=strict)
    assert exit_code(report.findings) == code, shown(report)


def test_exit_code_strict_counts_unpromoted_warnings() -> None:
    warning = Finding("a.txt", 1, 1, "AC104", WARNING, "no byline")
    assert exit_code([]) == EXIT_OK
    assert exit_code([warning]) == EXIT_OK
    assert exit_code([warning], strict=True) == EXIT_ERRORS


# --- loading: one input, several articles -----------------------------------------------

DUMP = """Harbour Ferry Returns After Winter Repairs

By Mara Lindqvist

2025-03-18

The island ferry resumed its morning crossings on Tuesday after three months in dry dock.

Original url: https://news.example.org/local/2025/03/18/harbour-ferry-returns/

---END OF ARTICLE---

Council Approves New Cycle Lanes

2025-03-14

The city council voted to build six kilometres of protected cycle lanes along the river.

Original url: https://news.example.org/transport/2025/03/14/cycle-lanes/

---END OF ARTICLE---

Harbour Ferry Returns After Winter Repairs

By Mara Lindqvist

2025-03-18

The island ferry resumed its morning crossings on Tuesday after three months in dry dock.

Original url: https://news.example.org/local/2025/03/18/harbour-ferry-returns/
"""


def test_a_dump_is_checked_article_by_article_at_file_lines() -> None:
    documents = load_documents(DUMP.encode("utf-8"), path="dump.txt")
    assert [d.article.source.line for d in documents if d.article and d.article.source] == [
        1,
        13,
        23,
    ]
    report = check(documents, options=Options(today=TODAY))
    assert codes_and_lines(report) == [("AC104", 13), ("AC114", 23)], shown(report)
    assert report.files == ("dump.txt",) and report.articles == 3
    assert "dump.txt:1" in report.findings[1].message


def test_a_dump_with_a_bad_byte_reports_it_once_at_its_file_line() -> None:
    data = DUMP.replace("river.", "river caf\u00e9.").encode("cp1252")
    report = check(load_documents(data, path="dump.txt"), options=Options(today=TODAY))
    assert ("AC109", 17) in codes_and_lines(report), shown(report)
    assert [f.code for f in report.findings].count("AC109") == 1


def test_a_news_api_response_with_a_bad_byte_reports_it_as_convert_does() -> None:
    """The file's own warning, for JSON too (validate had dropped it there)."""
    item = {"title": "Caf\u00e9 opens", "url": "https://x.example/a", "content": "It opened."}
    data = json.dumps([item], ensure_ascii=False).encode("cp1252")
    report = check(load_documents(data, path="api.json"), options=Options(today=TODAY))
    assert [f.code for f in report.findings].count("AC109") == 1, shown(report)


def test_a_single_article_is_loaded_whole() -> None:
    data = b"\n\n" + (FIXTURES / "clean.txt").read_bytes()
    (doc,) = load_documents(data, path="clean.txt")
    assert doc.text is not None and doc.text.startswith("\n\n")
    report = check([doc], options=Options(today=TODAY))
    assert codes_and_lines(report) == [("AC115", 1)], shown(report)


@pytest.mark.parametrize(("data", "line"), [(b"", 1), (b"\n  \n", 1), (b"ab\n\x00", 2)])
def test_inputs_without_an_article_are_unreadable(data: bytes, line: int) -> None:
    (doc,) = load_documents(data, path="x.txt")
    assert doc.article is None and doc.problem_line == line


def test_own_json_output_is_read_back_and_checked_by_its_fields() -> None:
    article = parse((FIXTURES / "ac104_missing_byline.txt").read_bytes())
    data = json.dumps(article.to_dict()).encode("utf-8")
    (doc,) = load_documents(data, path="a.json")
    assert doc.text is None and doc.article is not None
    report = check([doc], options=Options(today=TODAY))
    # The stored warning's line refers to the original dump: the finding is the article's.
    assert codes_and_lines(report) == [("AC104", 1)], shown(report)
