"""Article -> text in each output format, and the table the command line picks them from."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..model import Article
from .jsonout import FIELD_NAMES, article_dict, check_fields, to_json, to_json_array, to_jsonl
from .markdown import to_markdown
from .text import to_text


class Format(NamedTuple):
    """An output format: its renderer and the file extension of its files."""

    render: Callable[[Article], str]
    extension: str


FORMATS: dict[str, Format] = {
    "json": Format(to_json, ".json"),
    "jsonl": Format(to_jsonl, ".jsonl"),
    "markdown": Format(to_markdown, ".md"),
    "text": Format(to_text, ".txt"),
}

__all__ = [
    "FIELD_NAMES",
    "FORMATS",
    "Format",
    "article_dict",
    "check_fields",
    "to_json",
    "to_json_array",
    "to_jsonl",
    "to_markdown",
    "to_text",
]
