"""Bytes and raw text -> clean text: encodings, BOM, newlines, odd spaces.

Everything downstream sees text with "\n" line ends, plain spaces, no zero-width
characters and NFC composition, so that surface differences never reach the parser.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from . import patterns
from .codes import code_of
from .errors import ArticleParseError
from .model import Diagnostic

# Characters that render as a space; all become U+0020.
_SPACES = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
# Characters that render as nothing (zero-width, BOM, soft hyphen, word joiner).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A paragraph break inside a line, where block tags stood between text ("</p><p>"): the
# parser makes the parts blocks of their own, all numbered as the line they share, so the
# lines after them keep their numbers. The group separator, a control character no text
# uses (an input's own is a break too).
BLOCK_BREAK = "\x1d"
# C0 and C1 control characters other than "\n", "\f" and the block break carry no text.
_CONTROLS = "".join(
    chr(c) for c in [*range(32), *range(0x7F, 0xA0)] if chr(c) not in f"\n\t\f{BLOCK_BREAK}"
)

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_INVISIBLE + _CONTROLS),
        "\u2011": "-",  # non-breaking hyphen
        "\u2010": "-",  # hyphen
        "\u2028": "\n",  # line separator
        "\u2029": "\n",  # paragraph separator
        "\x85": "\n",  # next line (NEL)
    }
)
_NEWLINES = patterns.compile(r"\r\n?")
# Halves of UTF-16 pairs alone, as JSON's "\ud83d" escapes give them cut from their pair
# (or written so): no character, and no UTF-8 holds them; the replacement character
# stands where one was.
_SURROGATES = range(0xD800, 0xE000)
_TRANSLATION.update(dict.fromkeys(_SURROGATES, "\ufffd"))
_TO_TRANSLATE = patterns.compile(
    "["
    + re.escape("".join(chr(c) for c in _TRANSLATION if c not in _SURROGATES))
    + "\ud800-\udfff]"
)


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Decode input bytes to text: UTF-8 (BOM dropped); lines that are not UTF-8 as cp1252.

    A cp1252 fallback gives one warning, at the line of the first byte that is not UTF-8.
    Input that is one Python bytes literal (see :func:`read_python_literal`) is read as the
    bytes it holds.

    Raises :class:`ArticleParseError` for binary input (a NUL byte).
    """
    text, warnings = _decode(data, source=source)
    if text.startswith(LITERAL_STARTS):
        literal = read_python_literal(text, source=source)
        if literal is not None:
            inner, inner_warnings = literal
            return inner, [*warnings, *inner_warnings]
    return text, warnings


def _decode(data: bytes, *, source: str | None) -> tuple[str, list[Diagnostic]]:
    nul = data.find(b"\x00")
    if nul != -1:
        line = _line_at(data, nul)
        raise ArticleParseError("input is binary (NUL byte), not text", source=source, line=line)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = _line_at(data, exc.start)
        warning = Diagnostic(
            code_of("encoding-fallback"),
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); read as cp1252",
            line,
        )
        return _decode_by_line(data.removeprefix(codecs.BOM_UTF8)), [warning]


def _decode_by_line(data: bytes) -> str:
    """Decode each line as UTF-8 if it is valid UTF-8, else as cp1252.

    Scraped dumps glue together pieces in different encodings; reading the whole file as
    cp1252 would turn every valid UTF-8 line into mojibake ("café" -> "cafÃ©").
    """
    pieces = []
    for piece in _LINE_BREAKS.split(data):
        try:
            pieces.append(piece.decode("utf-8"))
        except UnicodeDecodeError:
            pieces.append(piece.decode("cp1252", errors="_articlecli_latin1"))
    return "".join(pieces)


_LINE_BREAKS = patterns.compile(rb"(\r\n?|\n)")


def _line_at(data: bytes, offset: int) -> int:
    """Return the 1-based line of byte ``offset``, counting CRLF, CR and LF as line ends."""
    return len(_LINE_BREAKS.findall(data, 0, offset)) + 1


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes cp1252 leaves undefined as Latin-1 (C1 controls, dropped later)."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("_articlecli_latin1", _latin1_fallback)


# How a Python literal starts: Python's repr of bytes (b'...'), or of a str.
LITERAL_STARTS = ("b'", 'b"', "'", '"')
# Above this size, a bytes literal is read by the escape pattern instead of the compiler,
# which needs several times the literal's size in memory.
_MAX_EVALUATED = 32 * 1024 * 1024
# The escapes repr() writes in bytes; any other backslash is left as it stands.
_bytes_escape = patterns.on_first_use(r"\\(?:x([0-9a-fA-F]{2})|([nrt\\'\"]))")
_BYTES_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'", '"': '"'}
# An escape the cut split at the end of a literal ("\\x4"): no byte.
_cut_escape = patterns.on_first_use(r"(?<!\\)((?:\\\\)*)\\(?:x[0-9a-fA-F]?)?\Z")
# What a repr of bytes holds (printable ASCII), with at least one escape of a line end or a
# byte: the mark of a repr that was cut off before its closing quote.
_cut_bytes_literal = patterns.on_first_use(r"[ -~]*\\[nx][ -~]*")


def read_python_literal(
    text: str, *, source: str | None = None
) -> tuple[str, list[Diagnostic]] | None:
    """Return the text a whole-input Python literal holds, with decoding warnings; None when
    ``text`` is no such literal.

    A scraper that wrote ``str(response.content)`` leaves one line ``b'...'`` of escapes
    (``\\n``, ``\\xe2\\x80\\x94``): its bytes are decoded as :func:`decode_bytes` decodes
    input, again while the result is such a literal. A bytes literal cut off before its end
    is read by its escapes, keeping every character. A str literal (``'...'``) is read
    only when it is whole and holds line ends (``'Tis the season'`` is prose) or a JSON
    document (a response encoded twice). Warnings and errors are at line 1, the
    literal's line.
    """
    warnings: list[Diagnostic] = []
    read = False
    while text.startswith(LITERAL_STARTS) and (value := _literal_value(text)) is not None:
        read = True
        if isinstance(value, str):
            text = value
            continue
        try:
            text, found = _decode(value, source=source)
        except ArticleParseError as exc:
            message = "input is Python's repr of binary bytes (a NUL byte), not text"
            raise ArticleParseError(message, source=source, line=1) from exc
        warnings.extend(Diagnostic(w.code, w.message, 1) for w in found)
    return (text, warnings) if read else None


def _literal_value(text: str) -> bytes | str | None:
    """The value of ``text`` as one Python literal on one line (a line end may follow)."""
    import ast  # only for text that looks like a literal

    body = text.removesuffix("\n").removesuffix("\r")
    if "\n" in body or "\r" in body:
        return None
    is_bytes = body.startswith("b")
    opening = 2 if is_bytes else 1
    quote = body[opening - 1]
    whole = len(body) > opening and body.endswith(quote)
    value: object = None
    if whole and (not is_bytes or len(body) <= _MAX_EVALUATED):
        try:
            value = ast.literal_eval(body)
        except LITERAL_ERRORS:
            value = None
    if is_bytes:
        if isinstance(value, bytes):
            return value
        if _cut_bytes_literal().fullmatch(body, opening) is None:
            return None
        # The last quote closes the literal unless a backslash escapes it.
        before = body[opening:-1]
        closed = whole and (len(before) - len(before.rstrip("\\"))) % 2 == 0
        inside = body[opening : len(body) - closed]
        if not closed:  # the cut may split an escape too ("\\xe2\\x")
            inside = _cut_escape().sub(r"\1", inside)
        data = _bytes_escape().sub(_unescaped, inside).encode("latin-1")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                data = data[: exc.start]  # a character the cut split is no character
        return data
    if isinstance(value, str) and (value.count("\n") >= 2 or _holds_json(value)):
        return value.encode() if "\x00" in value else value  # a NUL: binary, as bytes are
    return None


def _holds_json(value: str) -> bool:
    """A string whose text is a JSON document: an API's response encoded twice, saved as
    the one string it became ('"[{\\"title\\": ...}]"')."""
    stripped = value.strip()
    return stripped[:1] in "[{" and stripped[-1:] in "]}" and len(stripped) > 2


def _unescaped(match: re.Match[str]) -> str:
    return chr(int(match[1], 16)) if match[1] else _BYTES_ESCAPES[match[2]]


def normalize_text(text: str) -> str:
    """Return ``text`` with LF line ends, plain spaces, no invisible characters, in NFC,
    and without the markup scrapers leave in text (see :func:`without_markup`); a line
    that is Python's printout of a tuple or list of strings gives its strings as blocks of
    their own (see :func:`sequence_parts`)."""
    text = without_markup(text)
    if _may_hold_sequence(text) and _sequence_line().search(text):
        text = _sequence_line().sub(_sequence_blocks, text)
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "©" in text and _may_hold_page_footer(text):
        text = _page_footer().sub(_footer_apart, text)
    # str.translate walks the text in Python-level steps; most text has nothing to change,
    # and a regex search (in C) says so far faster.
    if _TO_TRANSLATE.search(text):
        text = text.translate(_TRANSLATION)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


# A news archive's page footer, which a PDF's text glues to the line it interrupts (a
# headline, a paragraph): "Page2of40©2031Newsbank,Inc.Allrightsreserved.Ferry fares ...".
_page_footer = patterns.on_first_use(
    r"page ?\d{1,5} ?of ?\d{1,5} ?© ?\d{4} ?[^\n©]{2,60}?all ?rights ?reserved\.?", re.IGNORECASE
)


_page_count = patterns.on_first_use(r"page ?\d{1,5} ?of ?\d{1,5} ?\Z", re.IGNORECASE)
_MAX_PAGE_COUNT = len("page 12345 of 12345 ")


def _may_hold_page_footer(text: str) -> bool:
    """The cheap test: a page count right before a copyright sign ("Page 2 of 40 ©"),
    looked for only where one stands (a search of the footer's pattern in the whole text
    costs a story with a copyright line more than the rest of its decoding)."""
    at = text.find("©")
    while at != -1:
        if _page_count().search(text, max(0, at - _MAX_PAGE_COUNT), at):
            return True
        at = text.find("©", at + 1)
    return False


def is_page_footer(line: str) -> bool:
    """Tell whether a line is a news archive's page footer (as :func:`normalize_text` sets
    it apart from the text glued to it)."""
    return _page_footer().fullmatch(line) is not None


def _footer_apart(match: re.Match[str]) -> str:
    """The footer as a block of its own, apart from the text glued to it."""
    text, start, end = match.string, match.start(), match.end()
    before = BLOCK_BREAK if start > 0 and text[start - 1] != "\n" else ""
    after = BLOCK_BREAK if end < len(text) and text[end] != "\n" else ""
    return f"{before}{match[0]}{after}"


# What ast.literal_eval raises for text that is no literal it can build; TypeError too:
# "('a', {{1}}, 'b')" is a literal's syntax, but a set cannot hold a set.
LITERAL_ERRORS = (ValueError, SyntaxError, TypeError, MemoryError, RecursionError)
# A scraper's print(row) of a tuple or list of strings: "('Title', 'Source: https://...')",
# "['Title', 'Dek', 'https://...']".
_MAX_SEQUENCE_LINE = 5000
_SEQUENCE_OPENINGS = ("('", '("', "['", '["')
_SEQUENCE_ENDINGS = ("')", '")', ",)", "']", '"]', ",]")
_sequence_line = patterns.on_first_use(
    r"^[ \t]*(?:\(['\"][^\n]*\)|\[['\"][^\n]*\])[ \t]*$", re.MULTILINE
)


def _may_hold_sequence(text: str) -> bool:
    return any(opening in text for opening in _SEQUENCE_OPENINGS)


def _sequence_blocks(match: re.Match[str]) -> str:
    parts = sequence_parts(match[0])
    return BLOCK_BREAK.join(parts) if parts else match[0]


def sequence_parts(line: str) -> list[str] | None:
    """Return the strings of a line that is a Python tuple or list of two or more strings,
    each stripped (empty ones left out); None for any other line."""
    stripped = line.strip()
    if (
        len(stripped) > _MAX_SEQUENCE_LINE
        or stripped[:2] not in _SEQUENCE_OPENINGS
        or stripped[-2:] not in _SEQUENCE_ENDINGS
    ):
        return None
    import ast  # only for a line that looks like a tuple or a list

    try:
        value = ast.literal_eval(stripped)
    except LITERAL_ERRORS:
        return None
    if not isinstance(value, (tuple, list)) or len(value) < 2:
        return None
    if not all(isinstance(item, str) for item in value):
        return None
    parts = [" ".join(item.split()) for item in value]
    return [part for part in parts if part] or None


# HTML character references with their semicolon ("&#039;", "&quot;", "&#x2014;"): without
# it, "&not" in "Smith&notes" would be one.
_entity = patterns.on_first_use(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# JSON's escapes printed as text ("\u201cnew era\u201d"), a surrogate pair as one.
_escape = patterns.on_first_use(
    r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})", re.IGNORECASE
)
# Inline HTML tags ("<b>", "</a>", '<img alt="x" src="...">'): only tags of HTML's own names,
# with attributes only as name=value, so that "a <b and c> d" in prose is no tag; on one
# line, so that the input's lines stay as they are.
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|div|em|figcaption|figure|font|h[1-6]|hr|i"
    "|iframe|img|ins|li|mark|noscript|ol|p|picture|q|s|script|section|small|source|span"
    "|strike|strong|sub|sup|time|u|ul|video"
)
_ATTRIBUTES = r"(?:[ \t]+[A-Za-z_:][-\w:.]*[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'<>]+))*"
_tag = patterns.on_first_use(rf"</?(?P<name>{_TAG_NAMES}){_ATTRIBUTES}[ \t]*/?>", re.IGNORECASE)
# Tags that end a block on a page ("</p><p>", "<br>", "</li>"), a run of them with the
# spaces around it: a paragraph break, so that an HTML body on one line (an RSS digest's)
# reads as its paragraphs.
_BLOCK_TAG_NAMES = "blockquote|br|div|figcaption|figure|h[1-6]|hr|li|ol|p|section|ul"
_block_tags = patterns.on_first_use(
    rf"[ \t]*(?:</?(?:{_BLOCK_TAG_NAMES}){_ATTRIBUTES}[ \t]*/?>[ \t]*)+", re.IGNORECASE
)
# Characters a reference or an escape may not become: a control or a line separator would
# change the input's lines (a line end "&#10;"), a lone surrogate is no text.
_KEPT_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})


def without_markup(text: str) -> str:
    """Return ``text`` with HTML character references and JSON's ``\\uXXXX`` escapes decoded
    and inline HTML tags removed: pages copied as HTML source, or fields taken from JSON,
    leave them in the text ("Velmar&#039;s ferry", "<b>Ferry</b> timetable"). Block tags
    between text ("</p><p>", "<br>") become a paragraph break, a blank line: the only
    change that adds lines, and only on a line that holds such a tag.

    Decoded again until nothing changes ("&amp;quot;" is a quote), so that the result reads
    the same when decoded once more: the canonical text parses back to the same article.
    """
    while True:
        decoded = text
        if "&" in decoded:
            decoded = _entity().sub(_referenced, decoded)
        if "\\u" in decoded or "\\U" in decoded:
            decoded = _escape().sub(_escaped, decoded)
        if "<" in decoded:
            decoded = _tag().sub(_untagged, _block_tags().sub(_broken, decoded))
        if decoded == text:
            return text
        text = decoded


def _referenced(match: re.Match[str]) -> str:
    import html  # only for text with a reference in it

    char = html.unescape(match[0])
    return match[0] if _is_kept(char) else char


def _escaped(match: re.Match[str]) -> str:
    if match[1] is not None:
        high, low = int(match[1], 16), int(match[2], 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    char = chr(int(match[3], 16))
    return match[0] if _is_kept(char) else char


def _untagged(match: re.Match[str]) -> str:
    return ""


def _broken(match: re.Match[str]) -> str:
    """A paragraph break for block tags between text; nothing at a line's start or end."""
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or end == len(text) or text[start - 1] == "\n" or text[end] == "\n":
        return ""
    return BLOCK_BREAK


def _is_kept(decoded: str) -> bool:
    return any(unicodedata.category(char) in _KEPT_CATEGORIES for char in decoded)
