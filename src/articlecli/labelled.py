"""Fields -> a labelled text record, the form in which structured input reaches the parser.

News APIs' JSON (:mod:`articlecli.apijson`), tables (:mod:`articlecli.tabular`) and feeds
(:mod:`articlecli.feeds`) hand their fields to the parser as ``Title: ...`` /
``Publisher: ...`` / ``Author: ...`` / ``Date: ...`` / ``URL: ...`` / ``Summary: ...``
lines and ``Text:`` with the text under it, so that one parser reads every kind of input
(dates, bylines and URLs checked the same way) and ``articlecli split`` can write any of
them out as ordinary text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# The labels a record is written with, in the order the parser reads them best.
LABELS: tuple[str, ...] = ("Title", "Publisher", "Author", "Date", "URL", "Summary", "Text")


def labelled_record(fields: Mapping[str, str], extras: Sequence[str] = ()) -> str:
    """Write fields (by label, see :data:`LABELS`) as a labelled record: one line per field,
    then ``extras`` ("Country: Norland", lines the header sets aside), then "Text:" and the
    text's own lines."""
    lines = [
        f"{label}: {' '.join(fields[label].split())}"
        for label in LABELS
        if label != "Text" and fields.get(label)
    ]
    lines.extend(extras)
    body = fields.get("Text")
    if body:
        text_lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if not fields.get("Author") and _is_byline(text_lines[0]):
            # "By Jane Doe" opening a cell or a key's text: the record's byline, read as
            # such (the line after "Text:" is the text's, whatever it looks like).
            lines.insert(len(lines) - len(extras), f"Author: {text_lines.pop(0).strip()}")
        lines.append("Text:")
        lines.extend(text_lines)
    record = "\n".join(lines) + "\n"
    # JSON may write a NUL ("\u0000"), which carries no text, in a value: the parser would
    # take it for binary input, as a NUL byte is.
    return record.replace("\x00", "") if "\x00" in record else record


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
