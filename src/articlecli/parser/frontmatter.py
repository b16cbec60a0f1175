"""YAML front matter's values over several lines, folded onto their key's line for the
header.

Blogs generated from feeds write long values as YAML block scalars, or let a plain or
quoted value run on over indented lines::

    post_title: >
      Lantern festival draws record
      crowds to old quay
    original_link:
      - >
        https://wire.example.net/story/lantern-123
    title: Lantern festival draws record crowds to the
      old quay
    description: 'The quay filled before dusk.

      Stalls stayed open late.'

The header reads front matter a line at a time ("key: value", "- item" under a key), and
the lines the parser gets are stripped, so a value's later lines would each read as a
field or as the story. Folded here, the value joins its key's line (or its item's dash),
as YAML itself joins a folded (``>``) scalar and a plain or quoted one: lines with single
spaces (a blank line inside quotes too).
"""

from __future__ import annotations

from .. import patterns
from .blocks import Line

_FENCE = "---"
# Front matter is short; a fence further down is a Markdown rule, not its end.
_MAX_FRONT_MATTER_LINES = 200
# "key: >", "key: |-", "- >": a block scalar's indicator alone after its key or dash.
_BLOCK_OPENER = patterns.compile(r"(?P<lead>[A-Za-z_][\w-]*:|-)[ \t]*[>|][+-]?[1-9]?")
# A line that ends a block scalar: the next key, item or the closing fence (indentation,
# which YAML goes by, is gone from stripped lines; block values do not look like these).
_NEXT_ENTRY = patterns.compile(r"(?:[A-Za-z_][\w-]*:(?:[ \t]|$)|-(?:[ \t]|$)|---$)")


_KEY = patterns.compile(r"[A-Za-z_][\w-]*:[ \t]")


def folded_front_matter(lines: list[Line]) -> list[Line]:
    """Return ``lines`` with each value of a leading front matter that runs over several
    lines folded onto its key's line; other lines as they were (the cheap test first: no
    front matter)."""
    if not lines or lines[0].text != _FENCE:
        return lines
    end = next(
        (
            index
            for index, line in enumerate(lines[1:_MAX_FRONT_MATTER_LINES], start=1)
            if line.text == _FENCE
        ),
        None,
    )
    if end is None or all(_stands_alone(line.text) for line in lines[1:end]):
        return lines
    folded: list[Line] = [lines[0]]
    index = 1
    while index < end:
        line = lines[index]
        index += 1
        if (opener := _BLOCK_OPENER.fullmatch(line.text)) is not None:
            value: list[str] = []
            while index < end and not _NEXT_ENTRY.match(lines[index].text):
                value.append(lines[index].text)
                index += 1
            if value:
                folded.append(Line(line.number, f"{opener['lead']} {' '.join(value)}"))
            else:
                folded.append(line)  # an empty block: the key alone, as written
        elif _stands_alone(line.text) or not _runs_on(folded[-1].text, line.text):
            folded.append(line)
        elif line.text:
            last = folded[-1]
            folded[-1] = Line(last.number, f"{last.text} {line.text}")
    return [*folded, *lines[end:]]


def _stands_alone(text: str) -> bool:
    """A line that is an entry of its own: a key, an item, a comment or a blank line."""
    return not text or text[0] == "#" or _NEXT_ENTRY.match(text) is not None


def _runs_on(entry: str, line: str) -> bool:
    """Whether ``line`` carries on the value of ``entry`` (a key's line, or an item's):
    a plain value's next line, or any line before a quoted value's closing quote."""
    if (key := _KEY.match(entry)) is not None:
        value = entry[key.end() :].strip()
    elif entry[:2] == "- ":
        value = entry[2:].strip()
    else:
        return False  # the opening fence, a line that stood alone
    if not value:
        return False  # "tags:" with its items under it: no value to carry on
    if value[0] in "'\"":
        return len(value) == 1 or value[-1] != value[0]  # the quote is still open
    return bool(line)


__all__ = ["folded_front_matter"]
