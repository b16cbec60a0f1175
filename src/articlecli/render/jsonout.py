"""Article -> JSON and JSON Lines (the ``to_dict`` form, optionally cut down to some fields)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Article

# Every key of the dict form, in its order: the names ``fields`` may use.
FIELD_NAMES: tuple[str, ...] = tuple(Article().to_dict())
_FIELD_SET = frozenset(FIELD_NAMES)
# Line breaks that JSON leaves unescaped but line-based tools (str.splitlines, JavaScript
# before ES2019) split on; escaping them keeps one JSON Lines record on one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def article_dict(article: Article, *, fields: Sequence[str] | None = None) -> dict[str, Any]:
    """Return the ``to_dict`` form, keeping only ``fields`` (in that order) when given.

    Raises ``ValueError`` naming the valid fields when one is unknown.
    """
    data = article.to_dict()
    if fields is None:
        return data
    return {name: data[name] for name in check_fields(fields)}


def check_fields(fields: Sequence[str]) -> Sequence[str]:
    """Return ``fields`` unchanged if every name is a key of the dict form, else raise."""
    if isinstance(fields, str):
        # A bare string is a sequence of one-letter names: almost surely "a,b" unsplit.
        raise TypeError("fields must be a sequence of names, not a string")
    unknown = [name for name in fields if name not in _FIELD_SET]
    if unknown:
        raise ValueError(
            f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
            f"valid fields: {', '.join(FIELD_NAMES)}"
        )
    return fields


def to_json(article: Article, *, fields: Sequence[str] | None = None) -> str:
    """Return the article as pretty JSON (indent 2, UTF-8 text, no trailing newline)."""
    return _dumps(article_dict(article, fields=fields), indent=2)


def to_jsonl(article: Article, *, fields: Sequence[str] | None = None) -> str:
    """Return the article as one compact JSON line (no newline)."""
    return _dumps(article_dict(article, fields=fields), separators=(",", ":"))


def to_json_array(articles: Iterable[Article], *, fields: Sequence[str] | None = None) -> str:
    """Return several articles as one pretty JSON array (no trailing newline)."""
    return _dumps([article_dict(a, fields=fields) for a in articles], indent=2)


def _dumps(data: Any, **options: Any) -> str:
    """Serialise with non-ASCII text kept readable but Unicode line breaks escaped."""
    text = json.dumps(data, ensure_ascii=False, **options)
    for char, escape in _LINE_BREAKS.items():
        # These can occur only inside strings, so a plain replace is safe (and usually a no-op).
        if char in text:
            text = text.replace(char, escape)
    return text
