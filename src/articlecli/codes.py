"""Diagnostic codes: one table shared by the parser's warnings and ``articlecli validate``."""

from __future__ import annotations

from typing import NamedTuple


class Rule(NamedTuple):
    """A diagnostic code with its short name, default severity and one-line summary."""

    code: str
    name: str
    severity: str  # "error" or "warning"
    summary: str


RULES: tuple[Rule, ...] = (
    Rule("AC101", "missing-headline", "error", "the article has no headline"),
    Rule("AC102", "missing-date", "warning", "the article has no date line, and no day in its URL"),
    Rule("AC103", "unparseable-date", "error", "a date line could not be read as a date"),
    Rule("AC104", "missing-byline", "warning", "the article has no byline"),
    Rule("AC105", "missing-url", "warning", "the article has no source URL"),
    Rule("AC106", "malformed-url", "error", "the source URL is not an absolute http(s) URL"),
    Rule("AC107", "unbalanced-quotes", "warning", "a paragraph has an unclosed quotation mark"),
    Rule("AC108", "empty-section", "error", "a section heading is followed by no paragraph"),
    Rule("AC109", "encoding-fallback", "warning", "the input is not UTF-8; read as cp1252"),
    Rule("AC110", "unrecognised-line", "warning", "a line could not be placed in any field"),
    Rule("AC111", "page-chrome", "warning", "page chrome (navigation, ads) left in the body"),
    Rule("AC112", "future-date", "error", "the date is later than today"),
    Rule("AC113", "url-date-mismatch", "warning", "the date disagrees with the date in the URL"),
    Rule("AC114", "duplicate-article", "error", "the same article appears more than once"),
    Rule("AC115", "not-canonical", "warning", "the file differs from `convert --to text`"),
    # AC116 and AC117 come from `articlecli validate` only: the parser raises for unreadable
    # input instead of warning, and which fields are required is the user's choice.
    Rule("AC116", "unreadable-input", "error", "the input cannot be read as an article"),
    Rule("AC117", "missing-required-field", "error", "a field named by `require` is empty"),
    # The splitter's: a line or two over a dump's records that name the dump, set aside.
    Rule("AC118", "dump-title", "warning", "a title over a dump's records is no article"),
    # A JSON document that ends inside an article: it is read as far as it goes.
    Rule("AC119", "cut-article", "warning", "the input ends inside this article"),
    # A scraper's item that found nothing ({"title": null, "body": null}): no article.
    Rule("AC120", "empty-item", "warning", "a JSON Lines item holds no value"),
)

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def code_of(name: str) -> str:
    """Return the code for a rule name, e.g. ``code_of("missing-date") == "AC102"``."""
    return RULES_BY_NAME[name].code
