"""File names for split articles: ``NNN_<16 hex>.txt``, never taken from article text.

The index keeps the input order when names are sorted; the hex part is the article's
content id, so the same article gets the same name on every run and two different
articles never share one. Both parts are checked, so a name can never hold a path
separator, "..", or anything else that came from the input.
"""

from __future__ import annotations

from . import patterns
from .digest import digest16

# Digits of the index in a name; wider indexes grow the name rather than wrap.
INDEX_WIDTH = 3
SUFFIX = ".txt"

_DIGEST = patterns.compile(r"[0-9a-f]{16}")
_NAME = patterns.compile(r"(\d{3,})_([0-9a-f]{16})\.txt")


def article_file_name(index: int, digest: str, *, width: int = INDEX_WIDTH) -> str:
    """Return ``"007_0123456789abcdef.txt"`` for article ``index`` with content id ``digest``.

    ``digest`` is :attr:`articlecli.model.Article.id` (16 lower-case hex digits). Raises
    ``ValueError`` for a negative index or a digest of any other shape.

    >>> article_file_name(7, "bad2af0e90df0263")
    '007_bad2af0e90df0263.txt'
    >>> article_file_name(1234, "bad2af0e90df0263")
    '1234_bad2af0e90df0263.txt'
    """
    if index < 0:
        raise ValueError(f"article index must not be negative: {index}")
    if not _DIGEST.fullmatch(digest):
        raise ValueError(f"not a 16-hex-digit content id: {digest!r}")
    return f"{index:0{width}d}_{digest}{SUFFIX}"


def text_digest(text: str) -> str:
    """Return a 16-hex-digit digest of ``text``, for records that never became articles.

    A record that fails to parse still needs a stable name when it is written out; this
    hashes its text (UTF-8, SHA-256) the way article ids hash content.
    """
    return digest16(text)


def parse_file_name(name: str) -> tuple[int, str] | None:
    """Return (index, digest) of a name made by :func:`article_file_name`, else None."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    return int(match[1]), match[2]
