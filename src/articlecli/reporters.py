"""Validation reports -> text for people and machines, and the exit-code policy.

Every formatter is a pure function ``Report -> str`` (the command line writes the string
to stdout); :data:`FORMATTERS` maps each ``--output-format`` name to its function.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import patterns
from .codes import RULES, RULES_BY_CODE
from .validate import ERROR, WARNING, Finding, Report

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2  # bad options or configuration: raised by the command line, never here

# Version of the ``json`` report's shape; keys may be added, never renamed.
JSON_REPORT_VERSION = 1
JUNIT_SUITE_NAME = "articlecli validate"
JUNIT_CLASSNAME = "articlecli.validate"

# Characters XML 1.0 cannot hold at all (not even escaped): most C0 controls, lone
# surrogates (from undecodable file names), U+FFFE and U+FFFF.
_XML_ILLEGAL = patterns.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class RuleCount:
    """How many findings one rule gave."""

    code: str
    name: str
    severity: str  # the rule's default severity
    count: int


@dataclass(frozen=True)
class Summary:
    """The numbers behind the terminal summary table and ``--statistics``."""

    files: int
    articles: int
    errors: int
    warnings: int
    rules: tuple[RuleCount, ...]  # rules with findings, in code order

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (the ``summary`` object of the ``json`` report)."""
        return {
            "files": self.files,
            "articles": self.articles,
            "errors": self.errors,
            "warnings": self.warnings,
            "rules": {
                r.code: {"name": r.name, "severity": r.severity, "count": r.count}
                for r in self.rules
            },
        }


def summarize(report: Report) -> Summary:
    """Count files, articles, errors, warnings and findings per rule."""
    per_code = Counter(f.code for f in report.findings)
    rules = tuple(
        RuleCount(code, RULES_BY_CODE[code].name, RULES_BY_CODE[code].severity, per_code[code])
        for code in sorted(per_code)
    )
    severities = Counter(f.severity for f in report.findings)
    return Summary(
        files=len(report.files),
        articles=report.articles,
        errors=severities[ERROR],
        warnings=severities[WARNING],
        rules=rules,
    )


def exit_code(findings: Iterable[Finding], *, strict: bool = False) -> int:
    """Return 1 when any finding is an error (any finding at all with ``strict``), else 0.

    Exit code 2 (a usage or configuration error) is the command line's: no report exists.
    """
    for finding in findings:
        if strict or finding.severity == ERROR:
            return EXIT_ERRORS
    return EXIT_OK


# --- formats ---------------------------------------------------------------------------


def format_text(report: Report) -> str:
    """One ``PATH:LINE:COL: CODE message`` line per finding (flake8 and ruff style)."""
    return "".join(f"{_location(f)}: {f.code} {f.message}\n" for f in report.findings)


def format_json(report: Report) -> str:
    """One JSON object: the findings, a summary and the run's notes."""
    document = {
        "version": JSON_REPORT_VERSION,
        "findings": [f.to_dict() for f in report.findings],
        "files": list(report.files),
        "summary": summarize(report).to_dict(),
        "notes": list(report.notes),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_github(report: Report) -> str:
    """One GitHub Actions workflow command per finding: ``::error file=...::message``.

    GitHub shows these as annotations on the lines of the pull request's files.
    """
    lines = []
    for finding in report.findings:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", finding.path),
                ("line", finding.line),
                ("col", finding.col),
                ("title", finding.code),
            )
        )
        command = "error" if finding.severity == ERROR else "warning"
        message = f"{finding.code} {finding.message}"
        lines.append(f"::{command} {properties}::{_escape_data(message)}\n")
    return "".join(lines)


def _escape_data(text: str) -> str:
    """Escape a workflow command's message: ``%``, CR and LF (GitHub's ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Escape a workflow command's property value: also ``:`` and ``,`` (``escapeProperty``)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_junit(report: Report) -> str:
    """JUnit XML: one testsuite, one testcase per file, a ``<failure>`` per error finding.

    Warnings do not fail a testcase; they go to its ``<system-out>`` so that they can be
    read in the dashboard. ``tests`` counts files and ``failures`` the files with errors.
    """
    by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    failed = sum(any(f.severity == ERROR for f in found) for found in by_path.values())
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0"}
    root = ET.Element("testsuites", {"name": JUNIT_SUITE_NAME, **counts})
    suite = ET.SubElement(
        root, "testsuite", {"name": JUNIT_SUITE_NAME, **counts, "skipped": "0", "time": "0"}
    )
    for path, found in by_path.items():
        _junit_testcase(suite, path, found)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _junit_testcase(suite: ET.Element, path: str, findings: list[Finding]) -> None:
    """Add one file's testcase: failures for its errors, its warnings as output."""
    name = _xml_safe(path)
    case = ET.SubElement(
        suite,
        "testcase",
        {"classname": JUNIT_CLASSNAME, "name": name, "file": name, "time": "0"},
    )
    for finding in findings:
        if finding.severity == ERROR:
            line = _xml_safe(f"{_location(finding)}: {finding.code} {finding.message}")
            failure = ET.SubElement(
                case, "failure", {"type": finding.code, "message": _xml_safe(finding.message)}
            )
            failure.text = line
    warnings = [f for f in findings if f.severity != ERROR]
    if warnings:
        output = ET.SubElement(case, "system-out")
        output.text = _xml_safe(
            "".join(f"{_location(f)}: {f.code} {f.message}\n" for f in warnings)
        )


def _xml_safe(text: str) -> str:
    """Replace characters that XML cannot hold with U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def _location(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.col}"


FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
    "junit": format_junit,
}


# --- listings --------------------------------------------------------------------------


def format_statistics(summary: Summary) -> str:
    """Findings per rule, most frequent first, as ruff's ``--statistics`` prints them."""
    rows = sorted(summary.rules, key=lambda r: (-r.count, r.code))
    width = max((len(str(r.count)) for r in rows), default=1)
    return "".join(f"{r.count:>{width}}\t{r.code}\t{r.name}\n" for r in rows)


def list_rules() -> str:
    """Every rule: code, name, default severity and summary, one aligned line each."""
    name_width = max(len(rule.name) for rule in RULES)
    lines = [f"{'CODE':<6} {'NAME':<{name_width}} {'SEVERITY':<8} SUMMARY"]
    lines.extend(
        f"{rule.code:<6} {rule.name:<{name_width}} {rule.severity:<8} {rule.summary}"
        for rule in RULES
    )
    return "\n".join(lines) + "\n"


__all__ = [
    "EXIT_ERRORS",
    "EXIT_OK",
    "EXIT_USAGE",
    "FORMATTERS",
    "JSON_REPORT_VERSION",
    "RuleCount",
    "Summary",
    "exit_code",
    "format_github",
    "format_json",
    "format_junit",
    "format_statistics",
    "format_text",
    "list_rules",
    "summarize",
]
