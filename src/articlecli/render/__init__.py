"""Article -> text in each output format, and the table the command line picks them from.

Start-up time: a renderer's module is imported when its format is first used, not with this
package. ``--to json`` should not pay for the text renderer (which imports the whole
parser) nor for Markdown's YAML writer. The public names below are imported on first use
too (PEP 562), so ``from articlecli.render import to_markdown`` works as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from .._lazy import lazy_getattr, submodule

if TYPE_CHECKING:
    from ..model import Article
    from .jsonout import FIELD_NAMES, article_dict, check_fields, to_json, to_json_array, to_jsonl
    from .markdown import to_markdown
    from .text import to_text


class Format(NamedTuple):
    """An output format: its renderer and the file extension of its files."""

    render: Callable[[Article], str]
    extension: str


# Format name -> (module of this package, renderer function, file extension).
_FORMAT_TABLE: dict[str, tuple[str, str, str]] = {
    "json": ("jsonout", "to_json", ".json"),
    "jsonl": ("jsonout", "to_jsonl", ".jsonl"),
    "markdown": ("markdown", "to_markdown", ".md"),
    "text": ("text", "to_text", ".txt"),
}


class _Formats(Mapping[str, Format]):
    """The formats by name; looking one up imports its renderer's module."""

    def __getitem__(self, name: str) -> Format:
        module, function, extension = _FORMAT_TABLE[name]
        return Format(getattr(submodule(__name__, module), function), extension)

    def __iter__(self) -> Iterator[str]:
        return iter(_FORMAT_TABLE)

    def __len__(self) -> int:
        return len(_FORMAT_TABLE)


FORMATS: Mapping[str, Format] = _Formats()


# Public names -> the module of this package that defines them.
_EXPORTS = {
    "FIELD_NAMES": "jsonout",
    "article_dict": "jsonout",
    "check_fields": "jsonout",
    "to_json": "jsonout",
    "to_json_array": "jsonout",
    "to_jsonl": "jsonout",
    "to_markdown": "markdown",
    "to_text": "text",
}


__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())


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
