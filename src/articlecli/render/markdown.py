"""Article -> Markdown: YAML front matter with the metadata, then the headline and sections.

Every paragraph and heading is written on one line, escaped so that a CommonMark renderer
shows exactly its text and :func:`unescape_text` gives it back. The layout, which
:mod:`articlecli.readback` reads::

    ---
    <front matter: every key of the dict form except sections and quotes>
    ---

    # <headline>               (omitted when there is none)

    <paragraphs of a first section without a heading>

    ## <heading>               (one per section with a heading)

    ***                        (opens a section without a heading anywhere else)

Blocks are separated by one blank line; an empty paragraph is written as
:data:`EMPTY_PARAGRAPH`.
"""

from __future__ import annotations

import re
from typing import Any

from .. import patterns
from ..model import Article, Section
from .frontmatter import front_matter

# Keys of the dict form that the body carries (quotes are recomputed from paragraphs).
BODY_KEYS = frozenset({"sections", "quotes"})
SECTION_BREAK = "***"
# Markdown has no empty paragraph; an HTML comment renders as nothing and reads back.
EMPTY_PARAGRAPH = "<!-- empty paragraph -->"

# Characters that are Markdown syntax anywhere in a line (CommonMark and the GFM
# strikethrough), plus the ones that must become character references: line ends would
# split the paragraph, NUL is replaced by renderers, and surrogates cannot be encoded.
_INLINE = patterns.compile("[\\\\`*_\\[\\]<&~\n\r\x00\ud800-\udfff]")
_PUNCTUATION = frozenset("\\`*_[]<&~")
# Characters that open a block (heading, quote, list, setext underline) at a line start.
_BLOCK_STARTS = frozenset("#>-+=")
# An ordered list marker: "1." or "1)".
_ORDERED = patterns.compile(r"[0-9]+[.)]")
# A backslash before ASCII punctuation, or a decimal character reference.
_ESCAPED = patterns.compile(r"\\([!-/:-@\[-`{-~])|&#([0-9]{1,7});")


def to_markdown(article: Article) -> str:
    """Return the article as Markdown with YAML front matter; it ends with one newline."""
    blocks = list(_body_blocks(article))
    head = front_matter(markdown_metadata(article.to_dict()))
    return head if not blocks else head + "\n" + "\n\n".join(blocks) + "\n"


def markdown_metadata(data: dict[str, Any]) -> dict[str, Any]:
    """Return the dict form without the keys that the Markdown body carries."""
    return {key: value for key, value in data.items() if key not in BODY_KEYS}


def _body_blocks(article: Article) -> list[str]:
    """Return the headline, headings and paragraphs as Markdown blocks."""
    blocks: list[str] = []
    if article.headline is not None:
        blocks.append(heading_line(1, article.headline))
    for index, section in enumerate(article.sections):
        blocks.extend(_section_blocks(section, first=index == 0))
    return blocks


def _section_blocks(section: Section, *, first: bool) -> list[str]:
    """Return one section's opening line (if it needs one) and its paragraphs."""
    blocks: list[str] = []
    if section.heading is not None:
        blocks.append(heading_line(2, section.heading))
    elif not first or not section.paragraphs:
        # Only leading paragraphs can do without an opening line; elsewhere a break marks
        # where the heading-less section starts.
        blocks.append(SECTION_BREAK)
    blocks.extend(escape_text(p) if p else EMPTY_PARAGRAPH for p in section.paragraphs)
    return blocks


def heading_line(level: int, text: str) -> str:
    """Return an ATX heading line: ``"## " + escaped text`` (just the marks when empty)."""
    marks = "#" * level
    return f"{marks} {escape_text(text)}" if text else marks


def escape_text(text: str) -> str:
    """Escape ``text`` so that, as one Markdown line, it renders as exactly that text.

    The result is one line (no line ends), cannot open a block, and does not lose leading
    or trailing white space. ``unescape_text(escape_text(s)) == s`` for every string.

    >>> escape_text("# 1. *Not* <b>bold</b> & _this_")
    '\\\\# 1. \\\\*Not\\\\* \\\\<b>bold\\\\</b> \\\\& \\\\_this\\\\_'
    """
    if not text:
        return ""
    prefix, start = _escape_start(text)
    if start == len(text):
        return prefix
    end, suffix = len(text), ""
    last = text[-1]
    if last.isspace():
        end, suffix = end - 1, _reference(last)  # trailing white space would be stripped
    elif last == "#":
        end, suffix = end - 1, "\\#"  # a closing "#" sequence of a heading would be dropped
    return prefix + _INLINE.sub(_escape_match, text[start:end]) + suffix


def _escape_start(text: str) -> tuple[str, int]:
    """Return the escaped form of what opens ``text`` and how many characters it covers."""
    ordered = _ORDERED.match(text)
    if ordered:
        marker = ordered.group()
        return f"{marker[:-1]}\\{marker[-1]}", ordered.end()
    first = text[0]
    if first in _BLOCK_STARTS:
        return f"\\{first}", 1
    if first.isspace():
        # Leading white space would be stripped, or indent the line into a code block.
        return _reference(first), 1
    return "", 0


def _escape_match(match: re.Match[str]) -> str:
    char = match.group()
    return f"\\{char}" if char in _PUNCTUATION else _reference(char)


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def unescape_text(line: str) -> str:
    """Undo :func:`escape_text`: drop backslash escapes and decode character references."""
    if "\\" not in line and "&" not in line:
        return line
    return _ESCAPED.sub(_unescape_match, line)


def _unescape_match(match: re.Match[str]) -> str:
    escaped, code = match.groups()
    if escaped is not None:
        return str(escaped)
    number = int(code)
    # Out of range: not one of ours, so keep the text as it stands.
    return chr(number) if number <= 0x10FFFF else match.group()
