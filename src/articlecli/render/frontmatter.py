"""A small YAML subset for Markdown front matter: a writer and the reader of what it writes.

The writer emits block mappings and sequences whose scalars are ``null``, ``true``,
``false``, integers and double-quoted strings, so that any YAML parser (1.1 or 1.2) reads
back exactly the JSON values: no plain strings that a resolver could turn into booleans,
dates or numbers. The reader accepts that subset and nothing more; it exists so that
articlecli needs no YAML library at run time.

>>> text = dump_yaml({"headline": "Yes: --- # no", "authors": ["A"], "lines": {}})
>>> print(text, end="")
headline: "Yes: --- # no"
authors:
  - "A"
lines: {}
>>> load_yaml(text) == {"headline": "Yes: --- # no", "authors": ["A"], "lines": {}}
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .. import patterns

FENCE = "---"
INDENT = 2

# Short escapes that read better than a hex code; every YAML parser knows them.
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# YAML 1.1 resolves these plain words to booleans or null, so such keys must be quoted.
_RESERVED_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
_PLAIN_KEY = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = patterns.compile(r"-?(?:0|[1-9][0-9]*)")
_QUOTED = patterns.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = patterns.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
# The single-character escapes of YAML 1.2 (a superset of JSON's).
_ESCAPED_CHARS = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip


class FrontMatterError(ValueError):
    """Text that is not the YAML subset :func:`dump_yaml` writes; ``line`` is 1-based."""

    def __init__(self, message: str, *, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.message = message
        self.line = line


# -- writer ------------------------------------------------------------------------------


def quote_string(text: str) -> str:
    """Return ``text`` as a YAML double-quoted scalar that every parser reads back as is.

    Printable characters stay as they are; everything else (controls, line and paragraph
    separators, format characters, surrogates) is written as an escape. Astral characters
    that need escaping use ``\\U`` because some parsers do not join ``\\u`` surrogate pairs.
    """
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return '"' + "".join(_escape_char(char) for char in text) + '"'


def _escape_char(char: str) -> str:
    """Return one character as it appears inside a double-quoted scalar."""
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    if char.isprintable():
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def dump_yaml(data: Mapping[str, Any]) -> str:
    """Write a mapping of JSON values as YAML block style; the result ends with a newline."""
    if not data:
        return "{}\n"
    return "".join(line + "\n" for line in _mapping_lines(data, 0))


def front_matter(data: Mapping[str, Any]) -> str:
    """Return ``data`` as a ``---`` fenced front matter block ending with a newline."""
    return f"{FENCE}\n{dump_yaml(data)}{FENCE}\n"


def _scalar(value: Any) -> str | None:
    """Return the one-line form of a scalar or empty container, or None for a block."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return quote_string(value)
    if isinstance(value, list | tuple):
        return None if value else "[]"
    if isinstance(value, Mapping):
        return None if value else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as front matter: {value!r}")


def _key(key: Any) -> str:
    """Return a mapping key, quoted unless a YAML 1.1 parser reads it plainly as a string."""
    if not isinstance(key, str):
        raise TypeError(f"front matter keys must be strings, not {type(key).__name__}")
    if _PLAIN_KEY.fullmatch(key) and key.lower() not in _RESERVED_WORDS:
        return key
    return quote_string(key)


def _mapping_lines(data: Mapping[str, Any], indent: int) -> Iterator[str]:
    """Yield the lines of a non-empty block mapping at ``indent`` spaces."""
    pad = " " * indent
    for key, value in data.items():
        scalar = _scalar(value)
        if scalar is not None:
            yield f"{pad}{_key(key)}: {scalar}"
        else:
            yield f"{pad}{_key(key)}:"
            yield from _block_lines(value, indent + INDENT)


def _sequence_lines(items: list[Any] | tuple[Any, ...], indent: int) -> Iterator[str]:
    """Yield the lines of a non-empty block sequence at ``indent`` spaces."""
    pad = " " * indent
    for item in items:
        scalar = _scalar(item)
        if scalar is not None:
            yield f"{pad}- {scalar}"
            continue
        # Compact form: the nested block's first line shares the line of its dash.
        nested = _block_lines(item, indent + INDENT)
        yield f"{pad}- {next(nested)[indent + INDENT :]}"
        yield from nested


def _block_lines(value: Any, indent: int) -> Iterator[str]:
    """Yield the lines of a non-empty list or mapping."""
    if isinstance(value, Mapping):
        return _mapping_lines(value, indent)
    return _sequence_lines(value, indent)


# -- reader ------------------------------------------------------------------------------


@dataclass
class _Line:
    number: int
    indent: int
    content: str


class _Reader:
    """Recursive descent over the non-blank lines of a document."""

    def __init__(self, text: str) -> None:
        self.lines = [
            _Line(number, len(raw) - len(raw.lstrip(" ")), raw.strip(" "))
            for number, raw in enumerate(text.split("\n"), start=1)
            if raw.strip(" ")
        ]
        self.pos = 0

    def current(self) -> _Line | None:
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def document(self) -> dict[str, Any]:
        """Read the whole text as one mapping."""
        first = self.current()
        if first is None:
            return {}
        if first.indent:
            raise FrontMatterError("the document must start at column 1", line=first.number)
        if first.content == "{}" and len(self.lines) == 1:
            return {}
        value = self.block(0)
        if not isinstance(value, dict):
            raise FrontMatterError("expected a mapping of keys to values", line=first.number)
        rest = self.current()
        if rest is not None:
            raise FrontMatterError("unexpected indentation", line=rest.number)
        return value

    def block(self, indent: int) -> Any:
        """Read the mapping or sequence whose lines start at ``indent``."""
        line = self.lines[self.pos]
        if _is_item(line.content):
            return self.sequence(indent)
        return self.mapping(indent)

    def sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while (line := self.current()) and line.indent == indent and _is_item(line.content):
            rest = line.content[2:]
            if not rest:
                raise FrontMatterError("a sequence item needs a value", line=line.number)
            if _is_item(rest) or _split_key(rest, line.number) is not None:
                # Compact nested block: read the rest of the line as if it were indented.
                self.lines[self.pos] = _Line(line.number, indent + INDENT, rest)
                items.append(self.block(indent + INDENT))
            else:
                items.append(_parse_scalar(rest, line.number))
                self.pos += 1
        return items

    def mapping(self, indent: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        while (line := self.current()) and line.indent == indent and not _is_item(line.content):
            split = _split_key(line.content, line.number)
            if split is None:
                raise FrontMatterError(
                    f"expected 'key: value', got {line.content!r}", line=line.number
                )
            key, rest = split
            if key in result:
                raise FrontMatterError(f"duplicate key {key!r}", line=line.number)
            self.pos += 1
            result[key] = self.value_after_key(rest, indent, line.number)
        return result

    def value_after_key(self, rest: str, indent: int, number: int) -> Any:
        """Read a key's value: a scalar on its line or an indented block below it."""
        if rest:
            return _parse_scalar(rest, number)
        nested = self.current()
        if nested is None or nested.indent <= indent:
            raise FrontMatterError("a key needs a value", line=number)
        return self.block(nested.indent)


def _is_item(content: str) -> bool:
    return content == "-" or content.startswith("- ")


def _split_key(content: str, number: int) -> tuple[str, str] | None:
    """Split ``key: rest`` into the key and the rest, or return None if it is no key."""
    if content.startswith('"'):
        match = _QUOTED.match(content)
        if match is None:
            return None
        key, after = _unescape(match.group(1), number), content[match.end() :]
    else:
        plain = _PLAIN_KEY.match(content)
        if plain is None:
            return None
        key, after = plain.group(), content[plain.end() :]
    if after == ":":
        return key, ""
    if after.startswith(": "):
        return key, after[2:].strip(" ")
    return None


def _parse_scalar(text: str, number: int) -> Any:
    """Read one scalar or empty container written by :func:`_scalar`."""
    if text.startswith('"'):
        match = _QUOTED.fullmatch(text)
        if match is None:
            raise FrontMatterError(f"unterminated or trailing text in {text!r}", line=number)
        return _unescape(match.group(1), number)
    # Built per call so that each empty container read is a fresh object.
    constants: dict[str, Any] = {"null": None, "true": True, "false": False, "[]": [], "{}": {}}
    if text in constants:
        return constants[text]
    if _INTEGER.fullmatch(text):
        return int(text)
    raise FrontMatterError(
        f"expected a string, integer, true, false or null: {text!r}", line=number
    )


def _unescape(body: str, number: int) -> str:
    """Decode the escapes inside a double-quoted scalar."""
    if "\\" not in body:
        return body

    def replace(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape[0] in "xuU" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        if escape in _ESCAPED_CHARS:
            return _ESCAPED_CHARS[escape]
        raise FrontMatterError(f"unknown escape \\{escape}", line=number)

    return _ESCAPE.sub(replace, body)


def load_yaml(text: str) -> dict[str, Any]:
    """Read the YAML subset written by :func:`dump_yaml`. Raises :class:`FrontMatterError`."""
    return _Reader(text).document()
