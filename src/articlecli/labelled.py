"""Fields -> a labelled text record, the form in which structured input reaches the parser.

News APIs' JSON (:mod:`articlecli.apijson`), tables (:mod:`articlecli.tabular`) and feeds
(:mod:`articlecli.feeds`) hand their fields to the parser as ``Title: ...`` /
``Publisher: ...`` / ``Author: ...`` / ``Date: ...`` / ``URL: ...`` / ``Summary: ...``
lines and ``Text:`` with the text under it, so that one parser reads every kind of input
(dates, bylines and URLs checked the same way) and ``articlecli split`` can write any of
them out as ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .patterns import on_first_use

# The labels a record is written with, in the order the parser reads them best.
LABELS: tuple[str, ...] = ("Title", "Publisher", "Author", "Date", "URL", "Summary", "Text")


def labelled_record(fields: Mapping[str, str], extras: Sequence[str] = ()) -> str:
    """Write fields (by label, see :data:`LABELS`) as a labelled record: one line per field,
    then ``extras`` ("Country: Norland", lines the header sets aside), then "Text:" and the
    text's own lines."""
    if "\n" in fields.get("Title", ""):
        fields, extras = _with_card_title(fields, extras)
    lines = [
        f"{label}: {' '.join(fields[label].split())}"
        for label in LABELS
        if label != "Text" and fields.get(label)
    ]
    lines.extend(extras)
    body = fields.get("Text")
    if body:
        text_lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        at = _byline_at(text_lines) if not fields.get("Author") else None
        if at is not None:
            # "By Jane Doe" opening a cell or a key's text, or on a line of its own under
            # the page's menus and title in it: the record's byline, read as such (the line
            # after "Text:" is the text's, whatever it looks like).
            lines.insert(len(lines) - len(extras), f"Author: {text_lines.pop(at).strip()}")
        lines.append("Text:")
        lines.extend(text_lines)
    record = "\n".join(lines) + "\n"
    # JSON may write a NUL ("\u0000"), which carries no text, in a value: the parser would
    # take it for binary input, as a NUL byte is.
    return record.replace("\x00", "") if "\x00" in record else record


# A news card's kicker: its section and how long ago it ran ("International7 hours ago",
# "Sport · 2 days ago").
_relative_time = on_first_use(
    r"\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
    re.IGNORECASE,
)


def _with_card_title(
    fields: Mapping[str, str], extras: Sequence[str]
) -> tuple[dict[str, str], list[str]]:
    """A title cell that holds a scraped news card: the kicker ("International7 hours ago"),
    a blank line, the headline, the teaser. The headline is the title; the kicker is kept
    aside and the teaser is the summary (or the text, when a column gives the summary).
    A title wrapped over lines with no blank line and no kicker stays one title."""
    parts = [part.strip() for part in fields["Title"].split("\n\n")]
    parts = [part for part in parts if part]
    kickers = [part for part in parts if "\n" not in part and _relative_time().search(part)]
    if len(parts) < 2 or not kickers:
        return dict(fields), list(extras)
    rest = [part for part in parts if part not in kickers]
    if not rest:
        return dict(fields), list(extras)
    title, *teaser = rest[0].split("\n")
    card = {**fields, "Title": title.strip()}
    lines = [line.strip() for line in [*teaser, *rest[1:]] if line.strip()]
    # The teaser is the summary, or the text, whichever the record lacks.
    vacant = next((label for label in ("Summary", "Text") if not fields.get(label)), None)
    if lines and vacant is not None:
        card[vacant] = " ".join(lines)
        lines = []
    kept = [f"Kicker: {' '.join(kicker.split())}" for kicker in kickers]
    return card, [*kept, *(f"Teaser: {line}" for line in lines), *extras]


# A byline on a line of its own is looked for this far into a text (a saved page's menus
# and title come first).
_MAX_BYLINE_LINE = 40


def _byline_at(text_lines: list[str]) -> int | None:
    """Where the text's byline stands: its first line, or a line of its own (blank lines
    around it) among the first lines; None when there is none."""
    if _is_byline(text_lines[0]):
        return 0
    for at in range(1, min(len(text_lines) - 1, _MAX_BYLINE_LINE)):
        if (
            not text_lines[at - 1].strip()
            and not text_lines[at + 1].strip()
            and _is_byline(text_lines[at])
        ):
            return at
    return None


def _is_byline(line: str) -> bool:
    from .parser.byline import read_byline  # only for a text that opens with "By"

    return line.lstrip()[:3].casefold() == "by " and read_byline(line) is not None


# Values that say a value is missing, as programs write them ("null", Python's "None",
# pandas' "NaN"): no value.
NO_VALUE_WORDS = frozenset({"null", "none", "nan"})
# An extra line's label keeps a few of its name's words.
_MAX_EXTRA_LABEL_WORDS = 3


def extra_label(name: str) -> str:
    """The label a value no field holds is kept under: the words of its key or column's
    name ("urlToImage", "image url"), or "" when the name has none."""
    words = "".join(char if char.isalnum() or char in " -" else " " for char in name).split()
    return " ".join(words[:_MAX_EXTRA_LABEL_WORDS])


__all__ = ["LABELS", "NO_VALUE_WORDS", "extra_label", "labelled_record"]
