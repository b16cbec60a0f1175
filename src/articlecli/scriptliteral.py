"""A JavaScript value as a Node.js scraper printed it (``console.log(articles)``).

Node writes objects with their keys unquoted and strings in single quotes, a Date bare,
long strings cut into pieces joined with ``+``, and nested values it will not print as
``[Object]``::

    [
      {
        title: 'Ferry fares frozen until spring',
        link: 'https://harbour.example/ferry',
        pubDate: 2031-05-05T08:10:00.000Z,
        tags: [Array]
      },
      ... 12 more items
    ]

None of that is JSON or a Python literal. :func:`read_script_literal` reads it into the
Python values JSON would give (dicts, lists, strings, numbers, True/False/None), for the
news API reader (:mod:`articlecli.apijson`) to take the articles from.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import patterns

# What the rewrite looks at, outside strings: a string (kept, or made a Python one), a key
# before its colon (quoted), a bare ISO 8601 time (a Date, quoted) and Node's note for the
# items it left out (dropped).
_TOKENS = patterns.compile(
    r"""(?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
    r"|`(?P<template>(?:[^`\\]|\\.)*)`"
    r"|(?P<key>(?<![\w$.])[A-Za-z_$][\w$]*)(?=[ \t]*:)"
    r"|(?P<date>(?<![\w'\"])\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)"
    r"|(?P<more>\.\.\. \d+ more items?)"
)
# Where one printed object ends and the next begins, each at the line's start.
_OBJECTS_APART = patterns.compile(r"\}[ \t]*\n\s*^(?=\{)", re.MULTILINE)
# Names that stand for values in JavaScript; any other bare name ("undefined") holds
# nothing for us.
_NAMES = {"true": True, "false": False, "null": None}
# Node prints keys unquoted where they are names: a bare word and a colon at a line's
# start or after "{" or "," is the mark; text without one is no object literal of this kind.
_UNQUOTED_KEY = patterns.compile(r"(?m)(?:^|[{,])[ \t]*[A-Za-z_$][\w$]*[ \t]*:")


_OBJECT_OPENING = patterns.compile(r"\{[ \t]*[A-Za-z_$][\w$]*[ \t]*:")


def opens_script_object(stripped: str) -> bool:
    """Tell whether a line opens an object as Node prints one ("{ title: 'Ferry ...'")."""
    return _OBJECT_OPENING.match(stripped) is not None


def read_script_literal(text: str) -> Any:
    """Return the value of ``text`` read as a JavaScript literal that Node printed, or
    raise one of :data:`articlecli.decode.LITERAL_ERRORS` (ValueError, SyntaxError, ...)
    when it is none."""
    if _UNQUOTED_KEY.search(text) is None:
        raise ValueError("no unquoted key: not a script's object literal")
    import ast  # only for text that is neither JSON nor a Python literal

    python = _TOKENS.sub(_as_python, text).strip()
    if python[:1] == "{" and _OBJECTS_APART.search(python):
        # One console.log(article) after another: the objects as one list.
        python = "[" + _OBJECTS_APART.sub("},\n", python) + "]"
    return _value(ast.parse(python, mode="eval").body)


def _as_python(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "string":
        return match[0]  # Python reads JavaScript's quoted strings alike
    if kind == "template":
        return json.dumps(match["template"])
    if kind == "more":
        return ""  # a list Node cut short: the items it printed are all there is
    return json.dumps(match[0])  # a key or a Date, quoted


def _value(node: Any) -> Any:
    """Evaluate the few node kinds a printed value holds; anything else is an error."""
    import ast

    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        return {_value(k): _value(v) for k, v in zip(node.keys, node.values, strict=True)}
    if isinstance(node, ast.List | ast.Tuple):
        only = node.elts[0] if len(node.elts) == 1 else None
        if isinstance(only, ast.Name) and only.id[:1].isupper():
            return None  # "[Object]", "[Array]": a value Node did not print
        return [_value(item) for item in node.elts]
    if isinstance(node, ast.Name):
        return _NAMES.get(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        operand = _value(node.operand)
        if isinstance(operand, int | float):
            return -operand
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        # Node cuts a long string into pieces: 'The ferry ran ' + 'again on Monday.'
        left, right = _value(node.left), _value(node.right)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
    raise ValueError(f"not a printed value: {type(node).__name__}")


__all__ = ["opens_script_object", "read_script_literal"]
