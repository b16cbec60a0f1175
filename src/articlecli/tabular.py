"""Tables as dumps: one article per row.

Scrapers save search results and feeds as tables: tab-separated rows (``2024-03-09
08:15<TAB>Title<TAB>https://...<TAB>snippet``), grid tables as ``tabulate`` prints them
(``+-----+`` borders, ``| cell |`` rows, a cell wrapped over several lines) and Markdown
pipe tables (``| Title | Source |`` over ``|---|---|``). Each data row becomes a labelled
record (:func:`articlecli.labelled.labelled_record`) for the parser.

A header row names the columns (``Title``, ``Published At``, ``url``: see
:func:`articlecli.apijson.label_of_key`). Without one, a cell is the URL when it is a link,
the date when it reads as one, the title when it is the first other cell of two words or
more, and the text when it is long. Other cells are kept as ``Column N: value`` lines (or
under their column's name), which the header sets aside: nothing in a row is lost.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import NamedTuple

from . import patterns
from .apijson import label_of_key
from .labelled import labelled_record
from .lines import Lookahead
from .parser.dates import read_date_line  # tables are read only when an input is one

# A table has this many columns at least (two for a grid or pipe table, whose bars say so).
MIN_TSV_COLUMNS = 3
MIN_BARRED_COLUMNS = 2
# A grid table's border ("+-----+----+", "+=====+====+" under the header) or a Markdown
# table's separator ("|---|:---:|").
_GRID_BORDER = patterns.compile(r"\+(?:[-=:]+\+){2,}")
_PIPE_SEPARATOR = patterns.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
# A line of dashes or equals signs alone also closes a grid table's row.
_RULE = patterns.compile(r"[-=+]{3,}")
# A header's cells are names of a few words.
_MAX_NAME_WORDS = 4
# Without a header: a title has two words or more, a text this many.
_MIN_TITLE_WORDS = 2
_MIN_TEXT_WORDS = 12
_MAX_EXTRA_LABEL_WORDS = 3

# One piece of a table input: (text, input line, whether the text is the input's own lines).
Piece = tuple[str, int, bool]


class _Row(NamedTuple):
    """A data row's cells, or (``cells`` None) a line of the input that is no row."""

    cells: list[str] | None
    line: int
    text: str = ""


def table_kind(head: list[str]) -> str | None:
    """Return "tsv", "grid" or "pipe" when an input's first non-blank lines (``head``, up
    to :data:`HEAD_LINES` of them) are a table's, else None."""
    if len(head) < 2:
        return None
    first, second = head[0].strip(" \r\n"), head[1].strip(" \r\n")
    if _are_tsv_rows(head):
        return "tsv"
    if _GRID_BORDER.fullmatch(first) and second.startswith("|"):
        return "grid"
    if (
        first.startswith("|")
        and first.count("|") > MIN_BARRED_COLUMNS
        and _PIPE_SEPARATOR.fullmatch(second)
    ):
        return "pipe"
    return None


# The lines a table's kind is told from: three, as text with tabs for spaces may give two
# lines of as many tabs, one cell a date.
HEAD_LINES = 3


def _are_tsv_rows(head: list[str]) -> bool:
    """Tell tab-separated rows from text with tabs for spaces ("Harbour\tcranes return"):
    three lines of as many cells (three at least), a header over rows or each with a link
    or a date in a cell of its own."""
    if len(head) < HEAD_LINES:
        return False
    rows = [line.strip(" \r\n").split("\t") for line in head[:HEAD_LINES]]
    width = len(rows[0])
    if width < MIN_TSV_COLUMNS or any(len(row) != width for row in rows):
        return False
    header = [cell.strip() for cell in rows[0]]
    data = rows[1:] if _is_header(header) else rows
    return all(_has_typed_cell(row) for row in data)


def _has_typed_cell(cells: list[str]) -> bool:
    return any(
        cell.strip().startswith(("http://", "https://"))
        or (len(cell.split()) <= _MAX_DATE_WORDS and _reads_as_date(cell.strip()))
        for cell in cells
    )


# A date in a cell of its own: "2024-03-09 08:15:00", "Mon, 9 Mar 2024 08:15 GMT".
_MAX_DATE_WORDS = 6


def split_table(source: Lookahead, kind: str) -> Iterator[Piece]:
    """Yield a labelled record per data row of a table input (see the module docstring),
    and the lines between rows that are no row as they are."""
    rows = iter(_grid_rows(source) if kind == "grid" else _line_rows(source, kind))
    first = next(rows, None)
    if first is None:
        return
    labels: dict[int, str]
    if first.cells is not None and _is_header(first.cells):
        labels, ahead = _named_labels(first.cells), []
    else:
        # Without a header, the columns' labels are told from the first rows together: a
        # column of titles has a short cell now and then, a column of topics never a title.
        ahead = [first, *itertools.islice(rows, _ROWS_TO_TYPE - 1)]
        labels = _guessed_labels([row.cells for row in ahead if row.cells is not None])
    names = first.cells if not ahead else None
    for row in itertools.chain(ahead, rows):
        if row.cells is None:
            yield row.text, row.line, True
        else:
            yield _record(row.cells, labels, names), row.line, False


# Rows read to tell the columns of a table without a header.
_ROWS_TO_TYPE = 8


def _line_rows(source: Lookahead, kind: str) -> Iterator[_Row]:
    """Rows of one line each: tab-separated, or between bars."""
    for line in source:
        stripped = line.strip(" \r\n")
        if not stripped.strip():
            continue
        if kind == "tsv":
            yield _Row([cell.strip() for cell in line.split("\t")], source.number)
        elif _PIPE_SEPARATOR.fullmatch(stripped):
            continue
        elif stripped.startswith("|"):
            yield _Row(_barred_cells(stripped), source.number)
        else:
            yield _Row(None, source.number, line + "\n")


def _grid_rows(source: Lookahead) -> Iterator[_Row]:
    """Rows between a grid table's borders, each cell's lines joined."""
    parts: list[list[str]] = []
    first = 0
    for line in source:
        stripped = line.strip()
        if not stripped or _GRID_BORDER.fullmatch(stripped) or _RULE.fullmatch(stripped):
            if parts:
                yield _Row(_joined(parts), first)
                parts = []
            continue
        if not stripped.startswith("|"):
            yield _Row(None, source.number, line + "\n")
            continue
        cells = _barred_cells(stripped)
        if not parts:
            parts, first = [[] for _ in cells], source.number
        for column, cell in enumerate(cells[: len(parts)]):
            if cell:
                parts[column].append(cell)
    if parts:
        yield _Row(_joined(parts), first)


def _joined(parts: list[list[str]]) -> list[str]:
    """Each cell's lines as one text."""
    return [" ".join(" ".join(cell).split()) for cell in parts]


def _barred_cells(stripped: str) -> list[str]:
    inner = stripped.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in inner.split("|")]


def _is_header(cells: list[str]) -> bool:
    """A header row names the columns: short names, one of them a title's or a link's."""
    if any(len(cell.split()) > _MAX_NAME_WORDS or "://" in cell for cell in cells):
        return False
    return any(label_of_key(cell) in ("Title", "URL") for cell in cells if cell)


def _record(cells: list[str], labels: dict[int, str], names: list[str] | None) -> str:
    """One row as a labelled record: each cell under its column's label, or kept as an
    extra line under its column's name (or number)."""
    fields: dict[str, str] = {}
    extras: list[str] = []
    for column, cell in enumerate(cells):
        if not cell:
            continue
        label = labels.get(column)
        if label is not None and label not in fields:
            fields[label] = cell
        else:
            name = names[column] if names is not None and column < len(names) else ""
            extras.append(f"{_extra_label(name, column)}: {cell}")
    return labelled_record(fields, extras)


def _named_labels(names: list[str]) -> dict[int, str]:
    """The labels a header row gives its columns (the first column of each label)."""
    labels: dict[int, str] = {}
    for column, name in enumerate(names):
        label = label_of_key(name) if name else None
        if label is not None and label not in labels.values():
            labels[column] = label
    return labels


def _guessed_labels(rows: list[list[str]]) -> dict[int, str]:
    """Labels for the columns of a table without a header, by what their cells hold: the
    column of links, of dates, of long texts, and of titles (the longest of the rest)."""
    width = max(map(len, rows), default=0)
    columns = [
        [row[column] for row in rows if column < len(row) and row[column]]
        for column in range(width)
    ]
    labels: dict[int, str] = {}
    words: dict[int, float] = {}
    for column, cells in enumerate(columns):
        if not cells:
            continue
        if _most(cells, lambda cell: cell.startswith(("http://", "https://"))):
            label = "URL"
        elif _most(
            cells,
            lambda cell: len(cell.split()) <= _MAX_DATE_WORDS and _reads_as_date(cell),
        ):
            label = "Date"
        else:
            words[column] = sum(len(cell.split()) for cell in cells) / len(cells)
            continue
        if label not in labels.values():
            labels[column] = label
    texts = [column for column, mean in words.items() if mean >= _MIN_TEXT_WORDS]
    titles = [
        column for column, mean in words.items() if _MIN_TITLE_WORDS <= mean < _MIN_TEXT_WORDS
    ]
    if titles:
        labels[max(titles, key=lambda column: words[column])] = "Title"
    if texts:
        labels[max(texts, key=lambda column: words[column])] = "Text"
    return labels


def _most(cells: list[str], test: Callable[[str], bool]) -> bool:
    """Tell whether at least half of a column's cells pass ``test``."""
    return sum(map(test, cells)) * 2 >= len(cells)


def _reads_as_date(cell: str) -> bool:
    """A cell that is a date in one of the parser's own forms."""
    date_line = read_date_line(cell)
    return date_line is not None and date_line.value is not None


def _extra_label(name: str, column: int) -> str:
    """The label a cell no field holds is kept under: its column's name (words only), or
    its column's number."""
    words = "".join(char if char.isalnum() or char in " -" else " " for char in name).split()
    return " ".join(words[:_MAX_EXTRA_LABEL_WORDS]) if words else f"Column {column + 1}"


__all__ = [
    "HEAD_LINES",
    "MIN_BARRED_COLUMNS",
    "MIN_TSV_COLUMNS",
    "Piece",
    "split_table",
    "table_kind",
]
