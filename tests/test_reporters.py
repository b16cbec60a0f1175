"""articlecli.reporters: every output format read back the way its consumer reads it."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from articlecli.codes import RULES
from articlecli.reporters import (
    FORMATTERS,
    format_github,
    format_json,
    format_junit,
    format_statistics,
    format_text,
    list_rules,
    summarize,
)
from articlecli.validate import ERROR, WARNING, Finding, Report

README = Path(__file__).resolve().parent.parent / "README.md"

REPORT = Report(
    findings=(
        Finding("news/a.txt", 1, 1, "AC101", ERROR, "no headline found"),
        Finding("news/a.txt", 9, 3, "AC107", WARNING, "unbalanced quotation marks"),
        Finding("news/b.txt", 5, 1, "AC112", ERROR, "date 2030-01-01 is later than today"),
        Finding("news/b.txt", 7, 1, "AC104", WARNING, "no byline (By ...) found"),
        Finding("news/b.txt", 8, 1, "AC104", WARNING, "no byline again"),
    ),
    files=("news/a.txt", "news/b.txt", "news/clean.txt"),
    articles=3,
    notes=("AC115 (not-canonical) skipped: the canonical text renderer is not available",),
)
EMPTY = Report(findings=(), files=("ok.txt",), articles=1)

# A path and a message with every character that GitHub's workflow commands treat specially.
AWKWARD = Report(
    findings=(
        Finding("dir,with:odd%/a.txt", 2, 1, "AC111", WARNING, "50% chrome:\r\nline two, too"),
    ),
    files=("dir,with:odd%/a.txt",),
    articles=1,
)

_COMMAND = re.compile(r"::(?P<command>error|warning) (?P<properties>[^:]*)::(?P<message>.*)")


def unescape(text: str) -> str:
    """Undo GitHub's escaping (what the runner does before showing an annotation)."""
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def github_commands(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse workflow commands line by line; every line must be one command."""
    commands = []
    for line in output.splitlines():
        match = _COMMAND.fullmatch(line)
        assert match, f"not a workflow command: {line!r}"
        properties = dict(item.split("=", 1) for item in match["properties"].split(","))
        commands.append((match["command"], properties, match["message"]))
    return commands


# --- text -------------------------------------------------------------------------------


def test_text_is_one_ruff_style_line_per_finding() -> None:
    assert format_text(REPORT).splitlines() == [
        "news/a.txt:1:1: AC101 no headline found",
        "news/a.txt:9:3: AC107 unbalanced quotation marks",
        "news/b.txt:5:1: AC112 date 2030-01-01 is later than today",
        "news/b.txt:7:1: AC104 no byline (By ...) found",
        "news/b.txt:8:1: AC104 no byline again",
    ]
    assert format_text(EMPTY) == ""


# --- json -------------------------------------------------------------------------------


def test_json_is_one_report_object() -> None:
    data = json.loads(format_json(REPORT))
    assert data["version"] == 1
    assert data["files"] == ["news/a.txt", "news/b.txt", "news/clean.txt"]
    assert data["findings"][0] == {
        "path": "news/a.txt",
        "line": 1,
        "col": 1,
        "code": "AC101",
        "name": "missing-headline",
        "severity": "error",
        "message": "no headline found",
    }
    assert len(data["findings"]) == 5
    summary = data["summary"]
    assert (summary["files"], summary["articles"]) == (3, 3)
    assert (summary["errors"], summary["warnings"]) == (2, 3)
    assert summary["rules"]["AC104"] == {
        "name": "missing-byline",
        "severity": "warning",
        "count": 2,
    }
    assert list(summary["rules"]) == ["AC101", "AC104", "AC107", "AC112"]
    assert data["notes"] == list(REPORT.notes)


def test_json_of_a_clean_run() -> None:
    data = json.loads(format_json(EMPTY))
    assert data["findings"] == [] and data["summary"]["errors"] == 0
    assert data["summary"]["rules"] == {}


# --- github -----------------------------------------------------------------------------


def test_github_one_command_per_finding() -> None:
    output = format_github(REPORT)
    assert output.endswith("\n")
    commands = github_commands(output)
    assert [c[0] for c in commands] == ["error", "warning", "error", "warning", "warning"]
    _command, properties, message = commands[1]
    assert properties == {"file": "news/a.txt", "line": "9", "col": "3", "title": "AC107"}
    assert message == "AC107 unbalanced quotation marks"


def test_github_exact_line() -> None:
    first = format_github(REPORT).splitlines()[0]
    assert first == "::error file=news/a.txt,line=1,col=1,title=AC101::AC101 no headline found"


def test_github_escapes_properties_and_message() -> None:
    output = format_github(AWKWARD)
    assert output.count("\n") == 1, "a message with a line break must stay on one line"
    ((command, properties, message),) = github_commands(output)
    assert command == "warning"
    assert properties["file"] == "dir%2Cwith%3Aodd%25/a.txt"
    assert unescape(properties["file"]) == "dir,with:odd%/a.txt"
    assert message == "AC111 50%25 chrome:%0D%0Aline two, too"
    assert unescape(message) == "AC111 50% chrome:\r\nline two, too"


def test_github_clean_run_prints_nothing() -> None:
    assert format_github(EMPTY) == ""


# --- junit ------------------------------------------------------------------------------


def test_junit_structure() -> None:
    root = ET.fromstring(format_junit(REPORT))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert suite.get("name") == "articlecli validate"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    assert (root.get("tests"), root.get("failures")) == ("3", "2")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["news/a.txt", "news/b.txt", "news/clean.txt"]
    assert all(c.get("classname") == "articlecli.validate" for c in cases)
    assert [c.get("file") for c in cases] == [c.get("name") for c in cases]


def test_junit_failure_per_error_and_warnings_as_output() -> None:
    suite = ET.fromstring(format_junit(REPORT)).find("testsuite")
    assert suite is not None
    a, b, clean = suite.findall("testcase")
    (failure,) = a.findall("failure")
    assert failure.get("type") == "AC101"
    assert failure.get("message") == "no headline found"
    assert failure.text == "news/a.txt:1:1: AC101 no headline found"
    out = a.find("system-out")
    assert out is not None and out.text == "news/a.txt:9:3: AC107 unbalanced quotation marks\n"
    assert [f.get("type") for f in b.findall("failure")] == ["AC112"]
    system_out = b.find("system-out")
    assert system_out is not None and system_out.text is not None
    assert system_out.text.count("AC104") == 2
    assert list(clean) == []  # a passing test case has no children


def test_junit_with_no_findings_passes() -> None:
    suite = ET.fromstring(format_junit(EMPTY)).find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")


def test_junit_survives_characters_xml_cannot_hold() -> None:
    bad = Report(
        findings=(Finding("odd\udcff\x01.txt", 1, 1, "AC101", ERROR, "bell \x07 here"),),
        files=("odd\udcff\x01.txt",),
        articles=1,
    )
    output = format_junit(bad)
    output.encode("utf-8")  # no lone surrogate left
    case = ET.fromstring(output).find("testsuite/testcase")
    assert case is not None
    assert case.get("name") == "odd\ufffd\ufffd.txt"
    failure = case.find("failure")
    assert failure is not None and failure.get("message") == "bell \ufffd here"


def test_junit_declares_utf8_and_keeps_text() -> None:
    text = format_junit(AWKWARD)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    out = ET.fromstring(text.encode("utf-8")).find("testsuite/testcase/system-out")
    assert out is not None and out.text is not None and "50% chrome" in out.text


# --- summary and listings ---------------------------------------------------------------


def test_summary_counts() -> None:
    summary = summarize(REPORT)
    assert (summary.files, summary.articles, summary.errors, summary.warnings) == (3, 3, 2, 3)
    assert [(r.code, r.name, r.count) for r in summary.rules] == [
        ("AC101", "missing-headline", 1),
        ("AC104", "missing-byline", 2),
        ("AC107", "unbalanced-quotes", 1),
        ("AC112", "future-date", 1),
    ]


def test_statistics_most_frequent_first() -> None:
    assert format_statistics(summarize(REPORT)).splitlines() == [
        "2\tAC104\tmissing-byline",
        "1\tAC101\tmissing-headline",
        "1\tAC107\tunbalanced-quotes",
        "1\tAC112\tfuture-date",
    ]
    assert format_statistics(summarize(EMPTY)) == ""


def test_list_rules_names_every_rule() -> None:
    lines = list_rules().splitlines()
    assert lines[0].split() == ["CODE", "NAME", "SEVERITY", "SUMMARY"]
    assert len(lines) == len(RULES) + 1
    for rule, line in zip(RULES, lines[1:], strict=True):
        assert line.split()[:3] == [rule.code, rule.name, rule.severity]


def test_docs_list_every_rule_with_its_severity() -> None:
    text = README.read_text(encoding="utf-8")
    for rule in RULES:
        assert re.search(
            rf"\|\s*{rule.code}\s*\|\s*`{rule.name}`\s*\|\s*{rule.severity}\s*\|", text
        ), f"{rule.code} is missing from the rules table in README.md"


@pytest.mark.parametrize("name", sorted(FORMATTERS))
def test_every_format_handles_an_empty_run(name: str) -> None:
    empty = Report(findings=(), files=(), articles=0)
    assert isinstance(FORMATTERS[name](empty), str)


def test_pre_commit_hook_runs_validate() -> None:
    yaml = pytest.importorskip("yaml")
    hooks_file = README.parent / ".pre-commit-hooks.yaml"
    hooks = {hook["id"]: hook for hook in yaml.safe_load(hooks_file.read_text(encoding="utf-8"))}
    hook = hooks["articlecli-validate"]
    assert hook["entry"] == "articlecli validate"
    assert hook["language"] == "python"
    assert hook["types"] == ["text"] and re.search(hook["files"], "articles/a.txt")
    assert hook["require_serial"] is True
