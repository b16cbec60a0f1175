"""Articles written a line each, their line ends escaped -> the articles' own text.

Some scrapers print each article's text as a string with its escapes on one line of a
text file, the paragraphs apart by the two characters ``\\n``::

    Harbour reopens\\nThe harbour reopened on Monday.\\nFerries run again from May.
    Tram depot opens\\nThe depot opened on Sunday, \\"at last\\", the mayor said.

Each such line is an article: :func:`unescaped` gives its text, the escapes undone
(``\\n``, ``\\t``, ``\\"``, ``\\\\``, ``\\u2019``), for the parser to read as any dump's.
A line holding a ``\\n`` or two (a story about escape codes) is no such line: the input is
such a dump only when most of its first lines hold several.
"""

from __future__ import annotations

import re

from . import patterns
from .decode import LITERAL_STARTS

# Escaped line ends a line holds at least, to be an article written on one line.
MIN_ESCAPED_LINE_ENDS = 2
_LINE_END = "\\n"
# The escapes a printed string holds: a line end (a carriage return is dropped), a tab,
# JSON's backspace and form feed, a quote, a backslash, a slash, a code point (two for a
# character beyond the Basic Multilingual Plane).
_escape = patterns.on_first_use(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[nrtbf\"'\\/])"
)
_SIMPLE = {
    "n": "\n", "r": "", "t": "\t", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\", "/": "/",
}  # fmt: skip


def is_escaped_dump(head: list[str]) -> bool:
    """Tell whether the input's first non-blank lines (``head``) are articles written a
    line each with escaped line ends: most of them hold several. Lines that are Python
    literals (``b'...'``, ``'...'``) are not counted: their bytes and escapes are read as
    Python writes them (:func:`articlecli.decode.read_python_literal`)."""
    escaped = sum(
        line.count(_LINE_END) >= MIN_ESCAPED_LINE_ENDS
        and not line.lstrip().startswith(LITERAL_STARTS)
        for line in head
    )
    return bool(head) and escaped * 2 > len(head)


def unescaped(line: str) -> str:
    """The text ``line`` holds, its escapes undone."""
    return _escape().sub(_undo, line)


def _undo(match: re.Match[str]) -> str:
    escape = match[0]
    if escape[1] != "u":
        return _SIMPLE[escape[1]]
    if len(escape) == 6:
        return chr(int(escape[2:], 16))
    high, low = int(escape[2:6], 16), int(escape[8:], 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
