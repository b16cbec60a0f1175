"""YAML front matter's block scalars, folded onto their key's line for the header.

Blogs generated from feeds write long values as YAML block scalars::

    post_title: >
      Lantern festival draws record
      crowds to old quay
    original_link:
      - >
        https://wire.example.net/story/lantern-123

The header reads front matter a line at a time ("key: value", "- item" under a key), and
the lines the parser gets are stripped, so a block scalar's lines would each read as a
field or as the story. Folded here, the value joins its key's line (or its item's dash),
as YAML itself joins a folded (``>``) scalar: lines with single spaces.
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


def folded_front_matter(lines: list[Line]) -> list[Line]:
    """Return ``lines`` with each block scalar of a leading front matter folded onto its
    key's line; other lines as they were (the cheap test first: no front matter)."""
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
    if end is None or not any(_BLOCK_OPENER.fullmatch(line.text) for line in lines[1:end]):
        return lines
    folded: list[Line] = [lines[0]]
    index = 1
    while index < end:
        line = lines[index]
        index += 1
        opener = _BLOCK_OPENER.fullmatch(line.text)
        if opener is None:
            folded.append(line)
            continue
        value: list[str] = []
        while index < end and not _NEXT_ENTRY.match(lines[index].text):
            value.append(lines[index].text)
            index += 1
        if value:
            folded.append(Line(line.number, f"{opener['lead']} {' '.join(value)}"))
        else:
            folded.append(line)  # an empty block: the key alone, as written
    return [*folded, *lines[end:]]


__all__ = ["folded_front_matter"]
