"""JSON cut off where a file ends: close it, so that the value it began is read as far as
it goes.

A crawl stopped mid-write, or a file cut to a size, ends inside a value: most often inside
an article's text, a string. :func:`cut_value` finds where the value the input ends
inside begins, ends that string and closes the arrays and objects still open, the way the
writer would have; it guesses nothing else (a key cut before its value gets none).
"""

from __future__ import annotations

import json
from typing import Any

from . import patterns

# What the scan looks at: brackets, quotes and the backslashes that escape them.
_STRUCTURE = patterns.compile(r'[{}\[\]"\\]')
# An escape the cut fell inside: "\u20" (a string cannot end in one).
_CUT_ESCAPE = patterns.compile(r"\\u[0-9A-Fa-f]{0,3}$")
_CLOSERS = {"{": "}", "[": "]"}
# Deeper than this, no article's JSON: json.loads would recurse past Python's limit.
_MAX_DEPTH = 200
# Brackets, quotes and backslashes in what one article object and the wrapper around it
# hold, at most (its keys and values: tens to a few hundred); past this, the text is no
# cut article but hostile input, and the scan (a step in Python each) stops.
_MAX_TOKENS = 20_000


def cut_value(text: str, start: int = 0) -> Any | None:
    """Return the value that opens after ``start`` (outside any string) and that the input
    ends inside, read once its last string, arrays and objects are closed; None when the
    input ends outside any value, or no closing reads.

    Brackets after ``start`` that close what opened before it are passed over: the value
    may stand in a list that the whole values before ``start`` stand in too.

    >>> cut_value('[{"title": "Ferry"}, {"title": "Cranes return", "text": "The cranes ca')
    [{'title': 'Ferry'}, {'title': 'Cranes return', 'text': 'The cranes ca'}]
    >>> cut_value('[{"title": "Ferry"}, {"title": "Cranes return", "text": "The cranes ca', 19)
    {'title': 'Cranes return', 'text': 'The cranes ca'}
    """
    opened: list[tuple[str, int]] = []
    in_string = False
    escaped_at = -2
    for count, match in enumerate(_STRUCTURE.finditer(text, start)):
        if count == _MAX_TOKENS:
            return None
        char, at = match.group(), match.start()
        if escaped_at == at - 1:
            continue  # the character a backslash escapes
        if char == "\\":
            escaped_at = at
        elif char == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif char in _CLOSERS:
            opened.append((char, at))
            if len(opened) > _MAX_DEPTH:
                return None
        elif opened and _CLOSERS[opened.pop()[0]] != char:
            return None  # "[ ... }": no JSON
        # (with nothing open, it closes what opened before ``start``)
    if not opened:
        return None
    # The line end a file or a record ends with is no part of a string (JSON has none).
    end = len(text.rstrip("\r\n")) if in_string else len(text)
    body = text[opened[0][1] : end]
    if in_string:
        if escaped_at == end - 1:
            body = body[:-1]  # "\" with what it escaped cut off
        body = _CUT_ESCAPE.sub("", body)
        endings = ['"', '": null']  # a value's string, or a key's (then no value)
    else:
        body = body.rstrip().removesuffix(",")
        endings = ["", " null", ": null"]  # after a value, a key's colon, a whole key
    closers = "".join(_CLOSERS[char] for char, _ in reversed(opened))
    for ending in endings:
        try:
            return json.loads(body + ending + closers)
        except ValueError:
            continue
    return None
