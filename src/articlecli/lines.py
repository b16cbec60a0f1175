"""Input lines for the splitters: read lazily with a little lookahead, seen as the parser sees.

Shared by :mod:`articlecli.split` (detection, containers, JSON) and
:mod:`articlecli.plainsplit` (plain-text boundaries), so that both read and trim lines alike.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from .decode import normalize_text
from .patterns import on_first_use

# A classifier dataset's category before its semicolon and story ("Sport;'The club ...'")
# is this long at most: split's cheap table test and tabular's rows read it alike.
MAX_CATEGORY = 30

# Characters that normalize_text changes apart from composition (odd spaces, zero-width
# characters, BOM, soft hyphen, C1 controls, line separators); tests keep it in step.
# Compiled on first use: an ASCII dump never needs it.
_odd_character = on_first_use(
    "[\u0080-\u00a0\u00ad\u1680\u2000-\u2011\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)


class Lookahead:
    """An iterator over input lines (line ends removed) that can peek a few lines ahead."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._ahead: deque[str] = deque()
        self.number = 0  # 1-based number of the line last returned

    def __iter__(self) -> Lookahead:
        return self

    def __next__(self) -> str:
        line = self._ahead.popleft() if self._ahead else next(self._lines).rstrip("\r\n")
        self.number += 1
        return line

    def peek(self, distance: int = 1) -> str | None:
        """Return the line ``distance`` lines after the last one returned, or None at the end."""
        while len(self._ahead) < distance:
            try:
                self._ahead.append(next(self._lines).rstrip("\r\n"))
            except StopIteration:
                return None
        return self._ahead[distance - 1]


def line_at(text: str, position: int) -> int:
    """The 1-based line of ``text`` that ``position`` stands on."""
    return text.count("\n", 0, position) + 1


def is_rule_line(stripped: str) -> bool:
    """A line of one mark repeated ("-----", '""" """', "════", "────")."""
    return (
        len(stripped) >= 3
        and not stripped[0].isalnum()
        and not stripped[0].isspace()
        and stripped.count(stripped[0]) == len(stripped)
    )


def trimmed(lines: list[str]) -> str:
    """Join record lines, dropping trailing blank lines (leading ones are never kept)."""
    end = len(lines)
    while end and not clean(lines[end - 1]):
        end -= 1
    return "\n".join(lines[:end]) + "\n" if end else ""


def clean(line: str) -> str:
    """Return the line stripped, as the parser will see it: no BOM, zero-width characters or
    odd spaces (where ``cat`` joined a file that had a BOM, say).

    Most lines need no more than ``strip``: ASCII lines, and lines whose only non-ASCII
    characters are letters and punctuation (a quick regex search says so, far cheaper than
    normalizing every line with curly quotes in it).
    """
    if line.isascii() or _odd_character().search(line) is None:
        return line.strip()
    return normalize_text(line).strip()


__all__ = ["MAX_CATEGORY", "Lookahead", "clean", "is_rule_line", "line_at", "trimmed"]
