"""Articles -> findings: the rules behind ``articlecli validate``.

Most rules are the parser's own warnings, which already carry a code from :mod:`.codes` and
a line; they are placed in their file here, not detected again. This module adds the rules
that need outside facts (today's date, the canonical renderer, the other inputs) or the
whole text (page chrome), then applies the user's options: which codes to report, which
fields are required, and whether warnings count as errors.

Everything here is pure: the documents (read by :mod:`.documents`) and the date of today
come in as arguments, and :func:`check` returns a :class:`Report` without printing or exiting.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any, cast

from .codes import RULES, RULES_BY_CODE, RULES_BY_NAME, code_of
from .decode import normalize_text
from .documents import Document
from .model import Article
from .parser import article_id
from .parser.chrome import is_chrome
from .parser.dates import url_date, url_date_patterns

ERROR = "error"
WARNING = "warning"
SEVERITIES: tuple[str, ...] = (ERROR, WARNING)

# "AC" is a prefix of every code, so selecting it selects every rule (ruff's "ALL").
DEFAULT_SELECT: tuple[str, ...] = ("AC",)

# Article fields that ``require`` may name: the content fields of the JSON output.
_NOT_REQUIRABLE = frozenset({"lines", "warnings", "boilerplate", "unrecognised", "source", "id"})
REQUIRABLE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Article) if f.name not in _NOT_REQUIRABLE
)
# The codes that already report an empty field; requiring the field makes them errors
# instead of adding a second finding (AC117) on the same line.
_FIELD_CODES: dict[str, tuple[str, ...]] = {
    "headline": (code_of("missing-headline"),),
    "date": (code_of("missing-date"), code_of("unparseable-date")),
    "byline": (code_of("missing-byline"),),
    "url": (code_of("missing-url"),),
}

URL_DATE_PATTERNS = url_date_patterns()  # kept in this module's API
# A page dated late in the evening in one time zone has the next day's date in another, and
# sites differ in which one their URLs use: a one-day difference is not a disagreement.
URL_DATE_TOLERANCE = timedelta(days=1)

# The canonical layout renderer: Article -> the text `convert --to text` writes.
Renderer = Callable[[Article], str]
_RENDERER_MODULE = "articlecli.render.text"
_UNAVAILABLE_NOTE = "AC115 (not-canonical) skipped: the canonical text renderer is not available"


class OptionError(ValueError):
    """An option value that names no rule or field; ``str()`` says which and what is known."""


@dataclass(frozen=True)
class Finding:
    """One problem in one file: where (1-based line and column), which rule, how bad, why."""

    path: str
    line: int
    col: int
    code: str
    severity: str
    message: str

    @property
    def name(self) -> str:
        """The rule's short name, e.g. "missing-headline"."""
        return RULES_BY_CODE[self.code].name

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form used by the ``json`` output format."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass(frozen=True)
class Options:
    """What to check: today's date, codes to report, required fields, strictness.

    ``select`` and ``ignore`` hold code prefixes or rule names; a code is reported when
    its longest matching ``select`` entry is longer than its longest matching ``ignore``
    entry (so ``select=["AC1"], ignore=["AC104"]`` reports all AC1xx but AC104, and
    ``select=["AC104"], ignore=["AC1"]`` reports AC104 alone), as in ruff.
    """

    today: date
    select: tuple[str, ...] = DEFAULT_SELECT
    ignore: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    strict: bool = False


@dataclass(frozen=True)
class Report:
    """The result of a check: findings in input order, every file checked, and notes.

    ``notes`` are messages about the run itself (a rule that had to be skipped), for the
    command line to show on stderr.
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    articles: int
    notes: tuple[str, ...] = ()


def check(
    documents: Iterable[Document], *, options: Options, renderer: Renderer | None = None
) -> Report:
    """Check every document and return the findings the options ask for.

    ``renderer`` gives the canonical layout for AC115; by default the one in
    ``articlecli.render.text`` (the rule is skipped, with a note, when it is missing).
    Raises :class:`OptionError` for a selector or required field that names nothing.
    """
    enabled = enabled_codes(options.select, options.ignore)
    check_required(options.require)
    notes: list[str] = []
    if renderer is None and code_of("not-canonical") in enabled:
        renderer = canonical_renderer()
        if renderer is None:
            notes.append(_UNAVAILABLE_NOTE)
    findings: list[Finding] = []
    files: dict[str, None] = {}  # a dict keeps first-seen order
    seen: dict[str, tuple[str, int]] = {}
    articles = 0
    for document in documents:
        files.setdefault(document.path)
        raw = list(_document_findings(document, options=options, renderer=renderer))
        if document.article is not None:
            articles += 1
            raw.extend(_duplicate_findings(document.path, document.article, seen))
        kept = [f for f in raw if f.code in enabled]
        if document.article is not None:
            kept = _apply_required(document.path, document.article, raw, kept, options.require)
        findings.extend(_ordered(_promoted(kept) if options.strict else kept))
    return Report(tuple(findings), tuple(files), articles, tuple(notes))


def canonical_renderer() -> Renderer | None:
    """Return the canonical text renderer, or None while this build does not have one.

    Imported by name so that validate keeps working (without AC115) in a build whose
    renderer is missing or fails to import.
    """
    try:
        module = importlib.import_module(_RENDERER_MODULE)
    except ImportError:
        return None
    render = getattr(module, "to_text", None)
    return cast(Renderer, render) if callable(render) else None


# --- options ---------------------------------------------------------------------------


def enabled_codes(select: Iterable[str], ignore: Iterable[str]) -> frozenset[str]:
    """Return the codes that ``select`` minus ``ignore`` leaves on (ruff's specificity rule).

    Raises :class:`OptionError` for an entry that is neither a code prefix nor a rule name.
    """
    selected = [_selector_prefix(s) for s in select]
    ignored = [_selector_prefix(s) for s in ignore]
    return frozenset(
        rule.code
        for rule in RULES
        if _longest_match(rule.code, selected) > _longest_match(rule.code, ignored)
    )


def check_required(require: Iterable[str]) -> None:
    """Raise :class:`OptionError` unless every name in ``require`` is a requirable field."""
    for name in require:
        if name not in REQUIRABLE_FIELDS:
            known = ", ".join(REQUIRABLE_FIELDS)
            raise OptionError(f"unknown field {name!r} in require (known: {known})")


def _selector_prefix(selector: str) -> str:
    """Turn a selector (code prefix, rule name or "ALL") into a code prefix."""
    text = selector.strip()
    if text in RULES_BY_NAME:
        return RULES_BY_NAME[text].code
    prefix = "AC" if text.upper() == "ALL" else text.upper()
    if not prefix or not any(rule.code.startswith(prefix) for rule in RULES):
        raise OptionError(
            f"unknown rule selector {selector!r} (use a code prefix such as AC1 or AC104, "
            "or a rule name; see --list-rules)"
        )
    return prefix


def _longest_match(code: str, prefixes: list[str]) -> int:
    """Return the length of the longest prefix of ``code`` in ``prefixes`` (-1 for none)."""
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


def _apply_required(
    path: str, article: Article, raw: list[Finding], kept: list[Finding], require: Iterable[str]
) -> list[Finding]:
    """Make the findings about empty required fields errors, whatever ``ignore`` says.

    A requirement is the user's explicit demand, so it is reported even when its code is
    not selected; a field with no code of its own is reported as AC117.
    """
    result = list(kept)
    for name in require:
        if not _is_empty(getattr(article, name)):
            continue
        codes = _FIELD_CODES.get(name, ())
        covering = [f for f in raw if f.code in codes]
        for finding in covering:
            if finding in result:
                result.remove(finding)
            result.append(replace(finding, severity=ERROR))
        if not covering:
            message = f"required field {name!r} is missing or empty"
            result.append(_finding(path, _first_line(article), "missing-required-field", message))
    return result


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, tuple, list)):
        return not value
    return False


def _promoted(findings: list[Finding]) -> list[Finding]:
    """Return the findings with every warning made an error (``strict``)."""
    return [replace(f, severity=ERROR) for f in findings]


def _ordered(findings: list[Finding]) -> list[Finding]:
    """Sort one document's findings by position and drop exact repeats."""
    return sorted(dict.fromkeys(findings), key=lambda f: (f.line, f.col, f.code))


# --- rules -----------------------------------------------------------------------------


def _document_findings(
    document: Document, *, options: Options, renderer: Renderer | None
) -> Iterator[Finding]:
    """Yield every finding about one document, before options are applied."""
    article = document.article
    if article is None:
        message = document.problem or "input holds no article"
        yield _finding(document.path, document.problem_line, "unreadable-input", message)
        return
    for warning in document.input_warnings:
        yield _finding(
            document.path, warning.line or 1, RULES_BY_CODE[warning.code].name, warning.message
        )
    yield from _parser_findings(document, article)
    yield from _chrome_findings(document)
    yield from _future_date_findings(document.path, article, options.today)
    yield from _url_date_findings(document.path, article)
    if renderer is not None and document.text is not None:
        yield from _canonical_findings(document, article, renderer)


def _parser_findings(document: Document, article: Article) -> Iterator[Finding]:
    """Place the parser's warnings in the file; a warning without a line is the article's.

    Without the text (an article read back from JSON) a warning's line refers to a text
    that is not in this file, so the finding goes to the article's first line.
    """
    offset = _offset(article)
    for warning in article.warnings:
        if warning.code not in RULES_BY_CODE:
            continue  # a code from a newer parser than this table knows: nothing to say
        if warning.line is None or document.text is None:
            line = _first_line(article)
        else:
            line = warning.line + offset
        rule = RULES_BY_CODE[warning.code]
        yield Finding(document.path, line, 1, rule.code, rule.severity, warning.message)


def _chrome_findings(document: Document) -> Iterator[Finding]:
    """Report lines of page chrome (ads, navigation, cookie notices) left in the document.

    The patterns are the parser's own (``parser/lexicon.py``: ``CHROME_PATTERNS`` and
    ``CHROME_ANYWHERE_PATTERNS``), so that validate and the parser never disagree on what
    chrome is.
    """
    article = document.article
    assert article is not None
    if document.text is None:
        # Read back from JSON: no lines to point at, so look at the fields themselves.
        for text in (*article.paragraphs, *article.boilerplate):
            if is_chrome(text):
                yield _chrome_finding(document.path, _first_line(article), 1, text)
        return
    offset = _offset(article)
    # Lines the parser already reported as chrome are its findings, not to be found twice.
    reported = {w.line for w in article.warnings if w.code == code_of("page-chrome")}
    # Numbered as the parser numbers lines, so that the two never point at different lines.
    for number, raw in enumerate(normalize_text(document.text).split("\n"), start=1):
        text = raw.strip()
        if text and number not in reported and is_chrome(text):
            col = len(raw) - len(raw.lstrip()) + 1
            yield _chrome_finding(document.path, number + offset, col, text)


def _chrome_finding(path: str, line: int, col: int, text: str) -> Finding:
    return _finding(
        path, line, "page-chrome", f"page chrome left in the text: {_short(text)!r}", col
    )


def _future_date_findings(path: str, article: Article, today: date) -> Iterator[Finding]:
    """Report a date or update time later than ``today`` (compared as calendar days)."""
    for name in ("date", "updated"):
        day = _day_of(getattr(article, name))
        if day is not None and day > today:
            line = _field_line(article, name)
            message = f"{name} {day.isoformat()} is later than today ({today.isoformat()})"
            yield _finding(path, line, "future-date", message)


def _url_date_findings(path: str, article: Article) -> Iterator[Finding]:
    """Report a date that is not within a day of the date in the article's URL."""
    day = _day_of(article.date)
    found = url_date(article.url) if article.url else None
    if day is None or found is None:
        return
    first, last, shown = found
    if first - URL_DATE_TOLERANCE <= day <= last + URL_DATE_TOLERANCE:
        return
    message = f"date {day.isoformat()} disagrees with {shown!r} in the URL"
    yield _finding(path, _field_line(article, "date"), "url-date-mismatch", message)


def _canonical_findings(
    document: Document, article: Article, renderer: Renderer
) -> Iterator[Finding]:
    """Report the first line where the document differs from its canonical layout.

    Line ends are not compared: git may turn LF into CRLF on checkout, and the file is
    still in canonical layout for its reader.
    """
    assert document.text is not None
    found = _lines_of(document.text)
    expected = _lines_of(renderer(article))
    if found == expected:
        return
    index = next(
        (i for i, (a, b) in enumerate(zip(found, expected, strict=False)) if a != b),
        min(len(found), len(expected)),
    )
    want = repr(_short(expected[index], 40)) if index < len(expected) else "end of file"
    got = repr(_short(found[index], 40)) if index < len(found) else "end of file"
    message = f"differs from `convert --to text` from here: expected {want}, found {got}"
    yield _finding(document.path, index + 1 + _offset(article), "not-canonical", message)


def _lines_of(text: str) -> list[str]:
    """Split text at any line end; a final line end counts as an empty last line."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _duplicate_findings(
    path: str, article: Article, seen: dict[str, tuple[str, int]]
) -> Iterator[Finding]:
    """Report an article whose id an earlier document already had; remember new ids."""
    key = article.id or article_id(article)
    here = _first_line(article)
    if key not in seen:
        seen[key] = (path, here)
        return
    first_path, first_line = seen[key]
    message = f"same article as {first_path}:{first_line} (id {key})"
    yield _finding(path, here, "duplicate-article", message)


# --- helpers ---------------------------------------------------------------------------


def _finding(path: str, line: int, name: str, message: str, col: int = 1) -> Finding:
    """Build a finding for rule ``name`` with that rule's default severity."""
    rule = RULES_BY_NAME[name]
    return Finding(path, line, col, rule.code, rule.severity, message)


def _offset(article: Article) -> int:
    """Return how many file lines come before the article (its record in a larger dump)."""
    return article.source.line - 1 if article.source is not None else 0


def _first_line(article: Article) -> int:
    """Return the file line where the article starts: where findings about it as a whole go."""
    return _offset(article) + 1


def _field_line(article: Article, name: str) -> int:
    """Return the file line of a header field, or the article's first line."""
    line = article.lines.get(name)
    return line + _offset(article) if line is not None else _first_line(article)


def _day_of(value: str | None) -> date | None:
    """Return the calendar day of an ISO date or date-time string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _short(text: str, limit: int = 60) -> str:
    """Cut ``text`` to ``limit`` characters for a one-line message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "DEFAULT_SELECT",
    "ERROR",
    "REQUIRABLE_FIELDS",
    "SEVERITIES",
    "URL_DATE_PATTERNS",
    "WARNING",
    "Finding",
    "OptionError",
    "Options",
    "Renderer",
    "Report",
    "canonical_renderer",
    "check",
    "check_required",
    "enabled_codes",
    "url_date",
]
