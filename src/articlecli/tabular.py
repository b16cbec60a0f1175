"""Tables as dumps: one article per row.

Scrapers save search results and feeds as tables: tab-separated rows (``2024-03-09
08:15<TAB>Title<TAB>https://...<TAB>snippet``), a classifier's dataset of a story a row
under its category (``Sport;'The club won ...'``), grid tables as ``tabulate`` prints them
(``+-----+`` borders, ``| cell |`` rows, a cell wrapped over several lines), Markdown
pipe tables (``| Title | Source |`` over ``|---|---|``) and comma-separated values as
Python's ``csv`` module writes them (quoted cells holding commas, doubled quotes or line
breaks). Each data row becomes a labelled record
(:func:`articlecli.labelled.labelled_record`) for the parser.

A header row names the columns (``Title``, ``Published At``, ``url``, also in the words
the parser reads as labels in other languages, ``기사 제목``: see
:func:`articlecli.apijson.label_of_key_words`). Without one, a cell is the URL when it is a link
(not an image's), the date when it reads as one, the title when it is in the column of
the longest cells of two words or more (a column of sentences gives way to one of
headlines before it, and is the summary), the text when it is long, and the author when
most of its cells credit people or agencies ("Jane Doe", "Reuters"). A CSV header may
name its columns in any language: the columns it does not name as above are told from
their cells the same way. Other cells are kept as ``Column N: value`` lines (or under
their column's name), which the header sets aside: nothing in a row is lost (but a CSV's
``null``, ``None`` and ``NaN`` cells, which say a value is missing).
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from . import patterns
from .apijson import label_of_key, label_of_key_words
from .labelled import NO_VALUE_WORDS, extra_label, labelled_record
from .lines import MAX_CATEGORY, Lookahead
from .parser.byline import credit_names  # tables are read only when an input is one
from .parser.dates import read_date_line

# A table has this many columns at least (two for a grid or pipe table, whose bars say so).
MIN_TSV_COLUMNS = 3
MIN_CSV_COLUMNS = 3
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
_MAX_TITLE_WORDS = 30

# One piece of a table input: (text, input line, whether the text is the input's own lines).
Piece = tuple[str, int, bool]


class _Row(NamedTuple):
    """A data row's cells, or (``cells`` None) a line of the input that is no row."""

    cells: list[str] | None
    line: int
    text: str = ""


def table_kind(head: list[str]) -> str | None:
    """Return "tsv", "ssv" (semicolons), "qtsv" (tab-separated, a quoted cell over lines),
    "grid", "pipe", "csv", "category" (a story a row under its category and a semicolon) or
    "column" (a CSV of one column, its titles under its name) when an input's first
    non-blank lines (``head``, up to :data:`HEAD_LINES` of them) are a table's, else None."""
    if 0 < len(head) < TSV_HEAD_LINES and all(map(_is_title_and_story_line, head)):
        return "tsv"  # the whole input: a story or two, each on a line after its title
    if len(head) < 2:
        return None
    first, second = head[0].strip(" \r\n"), head[1].strip(" \r\n")
    if _are_tsv_rows(head):
        return "tsv"
    if (
        first.count(";") >= MIN_TSV_COLUMNS - 1
        and _LABELLED_CELL.match(first) is None  # "Title: X; date: Y; URL: Z": one record
        and _are_tsv_rows(head, separator=";")
    ):
        return "ssv"
    if first.count(",") >= MIN_CSV_COLUMNS - 1 and _are_csv_rows(head):
        return "csv"
    if first.count(",") == 1 and _are_titles_and_texts(head):
        return "csv"
    if first.count("\t") >= MIN_TSV_COLUMNS - 1 and _are_csv_rows(head, delimiter="\t"):
        return "qtsv"  # tab-separated, a quoted cell over several lines (the csv module's)
    if ";" in first[: MAX_CATEGORY + 1] and _are_category_rows(head):
        return "category"
    if is_title_column(first) and _are_single_cells(head[1:]):
        return "column"  # a column of titles under its name ("Headline" / "Ferry ..." / ...)
    if _GRID_BORDER.fullmatch(first) and second.startswith("|"):
        return "grid"
    if (
        first.startswith("|")
        and first.count("|") > MIN_BARRED_COLUMNS
        and _PIPE_SEPARATOR.fullmatch(second)
        and not _is_field_table(head)
    ):
        return "pipe"
    return None


def _is_field_table(head: list[str]) -> bool:
    """A Markdown table of two columns whose rows name a page's fields ("| title | X |",
    "| author | Y |"): the page's header over its text, which the parser reads, not a
    table of stories."""
    rows = [_barred_cells(line.strip()) for line in head[2:]]
    return len(_barred_cells(head[0].strip())) == 2 and any(
        len(cells) == 2 and label_of_key(cells[0]) == "Title" for cells in rows
    )


# A column's name is a word or two.
_MAX_COLUMN_NAME = 24


def is_title_column(line: str) -> bool:
    """Tell whether a line is the name of a column of titles, alone ("Headline", "title"),
    as a one-column CSV's header."""
    name = line.strip(' \r\n"')
    return len(name) <= _MAX_COLUMN_NAME and label_of_key(name) == "Title"


def _are_single_cells(lines: list[str]) -> bool:
    """Lines of one CSV cell each: no comma outside quotes (a title's commas quoted)."""
    parsed = _head_rows(lines)
    return (
        parsed is not None
        and len(parsed[0]) >= _MIN_CSV_ROWS
        and all(len(row) == 1 for row in parsed[0])
    )


def is_table_caption(line: str, following: list[str]) -> bool:
    """A line over a CSV table's header that says when or whence the table came ("Last
    Updated,09:15 4 May 2031,,,", as a spreadsheet exports a note in its first row): a
    row of the table's width with one or two cells filled, over rows that are a CSV with
    a header (``following``, the lines after it)."""
    parsed = _head_rows([line])
    if parsed is None or len(parsed[0]) != 1 or not following:
        return False
    cells = parsed[0][0]
    filled = sum(1 for cell in cells if cell.strip())
    header = _head_rows(following[:1])
    return (
        0 < filled <= _MAX_CAPTION_CELLS < len(cells)
        and header is not None
        and len(header[0]) == 1
        and len(header[0][0]) == len(cells)
        and _is_csv_header([cell.strip() for cell in header[0][0]])
        and table_kind(following) == "csv"
    )


_MAX_CAPTION_CELLS = 2


# A line that opens with a label: a record's fields printed on one line, not a table row.
_LABELLED_CELL = patterns.compile(r"\s*[^\W\d_][\w -]{0,30}:\s")

# The lines a table's kind is told from: three for tab-separated rows, as text with tabs for
# spaces may give two lines of as many tabs, one cell a date; more for CSV, whose quoted
# cells may hold a paragraph a line.
TSV_HEAD_LINES = 3
HEAD_LINES = 12


def _are_tsv_rows(head: list[str], *, separator: str = "\t") -> bool:
    """Tell tab-separated rows from text with tabs for spaces ("Harbour\tcranes return"):
    three lines of as many cells (three at least), a header over rows or each with a link
    or a date in a cell of its own. So too for rows parted by semicolons
    ("Jane Doe;2024-03-09;The ferry ...;"), which prose's semicolons never line up as."""
    if len(head) < TSV_HEAD_LINES:
        return False
    rows = [line.strip(" \r\n").split(separator) for line in head[:TSV_HEAD_LINES]]
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        return False
    if width < MIN_TSV_COLUMNS:
        # Two columns, a title and its link ("Tram fares frozen<TAB>https://..."), a row a
        # story: every row holds a link; or a title and its story, as datasets keep them.
        return width == 2 and (
            all(map(_has_link_cell, rows)) or all(map(_is_title_and_story, rows))
        )
    header = [cell.strip() for cell in rows[0]]
    data = rows[1:] if _is_header(header) else rows
    return all(_has_typed_cell(row) for row in data)


# A classifier's dataset, a story a row under its category ("Sport;'Der Verein ...'"): the
# category is a word, the story a long text, perhaps in single quotes.
_CATEGORY_ROW = patterns.compile(
    rf"(?P<category>[^\W\d_][\w-]{{0,{MAX_CATEGORY - 1}}});(?P<text>.*)"
)


def _are_category_rows(head: list[str]) -> bool:
    """Rows of a category, a semicolon and a story (twelve words or more): three lines of
    the head at least, all of them."""
    if len(head) < TSV_HEAD_LINES:
        return False
    for line in head:
        match = _CATEGORY_ROW.fullmatch(line.strip())
        if match is None or len(match["text"].split()) < _MIN_TEXT_WORDS:
            return False
    return True


def _is_title_and_story(cells: list[str]) -> bool:
    """Two cells, a title and its story ("Tram fares frozen<TAB>The council voted ..."):
    a title of a few words that ends in no full stop (a sentence with a tab in it does),
    a story of a dozen words at least."""
    title, story = (cell.strip() for cell in cells)
    return (
        _MIN_TITLE_WORDS <= len(title.split()) <= _MAX_TITLE_WORDS
        and not title.endswith(".")
        and len(story.split()) >= _MIN_TEXT_WORDS
    )


def _is_title_and_story_line(line: str) -> bool:
    cells = line.strip(" \r\n").split("\t")
    return len(cells) == 2 and _is_title_and_story(cells)


def _has_link_cell(cells: list[str]) -> bool:
    return any(cell.strip().startswith(("http://", "https://")) for cell in cells)


def _has_typed_cell(cells: list[str]) -> bool:
    return _has_link_cell(cells) or any(
        len(cell.split()) <= _MAX_DATE_WORDS and _reads_as_date(cell.strip()) for cell in cells
    )


# A date in a cell of its own: "2024-03-09 08:15:00", "Mon, 9 Mar 2024 08:15 GMT".
_MAX_DATE_WORDS = 6


def _are_csv_rows(head: list[str], *, delimiter: str = ",") -> bool:
    """Tell comma-separated rows from prose with commas ("Paris, France, March 3, 2024"):
    rows of as many cells (three at least) by the ``csv`` module's strict reading, either
    a header of names over two rows or more (the head may end inside a quoted cell), one
    of the columns a title's or a link's, or three rows each with a link or a date in a
    cell of its own (fewer when a long quoted cell runs past the head, each with both) or
    with every cell quoted; and no row that reads as a sentence with commas. ``delimiter``
    is a tab for tab-separated rows whose quoted cells run over lines."""
    parsed = _head_rows(head, delimiter=delimiter)
    if parsed is None:
        return False
    rows, unfinished = parsed
    headed = bool(rows) and _is_csv_header([cell.strip() for cell in rows[0]])
    if unfinished and not headed and _opens_headerless_rows(head, delimiter=delimiter):
        return True
    while len(rows) > 1 and len(rows[-1]) == 1:
        rows.pop()  # a note under the table's first rows
    if not rows or len(rows[0]) < MIN_CSV_COLUMNS or any(len(row) != len(rows[0]) for row in rows):
        return False
    if any(map(_reads_as_prose, rows[1:])):
        return False
    names = [cell.strip() for cell in rows[0]]
    data = [[_csv_cell(cell) for cell in row] for row in rows[1:]]
    if not _is_csv_header(names):
        return len(rows) >= _MIN_CSV_ROWS + 1 and (
            all(map(_has_typed_cell, rows)) or _every_cell_quoted(head, delimiter)
        )
    named = _named_labels(names)
    # A header of names none of which is known reads as a list with commas ("Names, places,
    # and dates") unless it is as the csv module writes it: no space after a comma.
    if not named and any(cell != cell.strip() for cell in rows[0]):
        return False
    if len(data) < _MIN_CSV_ROWS and not (unfinished and (data or named)):
        return False
    labels = column_labels(data, names=names, named=named)
    return any(label in ("Title", "URL") for label in labels.values())


def _are_titles_and_texts(head: list[str]) -> bool:
    """A CSV of two columns under a header that names the title's ("title,news",
    "headline,text"): a story a row, its title and its text. (Two cells of prose,
    "Paris, France", have no such header over them.)"""
    names = [name.strip() for name in head[0].split(",")]
    if "Title" not in _named_labels(names).values() or not _is_csv_header(names):
        return False
    parsed = _head_rows(head)
    if parsed is None:
        return False
    rows, unfinished = parsed
    return (len(rows) > 1 or unfinished) and all(len(row) == len(names) for row in rows)


def _every_cell_quoted(head: list[str], delimiter: str) -> bool:
    """Rows as the csv module writes them with every cell quoted, one a line
    ('"3","Ferry resumes","The ferry ran ..."', a classifier's dataset): no prose is so."""
    joint = f'"{delimiter}"'
    return all(
        line[:1] == '"' and line.rstrip()[-1:] == '"' and line.count(joint) >= MIN_CSV_COLUMNS - 1
        for line in head
    )


# Data rows a CSV header stands over in the head, at least (or three rows without one).
_MIN_CSV_ROWS = 2


def _opens_headerless_rows(head: list[str], *, delimiter: str = ",") -> bool:
    """Rows with no header whose text runs long (a story in a quoted cell over many
    lines), so that the head ends inside the first row or two: each row, the unfinished
    one too, has a link and a date in cells of their own, as the csv module writes them
    (no space after a comma)."""
    closed = (line + "\n" for line in [*head, '"'])
    try:
        rows = [row for row in csv.reader(closed, strict=True, delimiter=delimiter) if row]
    except csv.Error:
        return False
    width = len(rows[0]) if rows else 0
    return width >= MIN_CSV_COLUMNS and all(
        len(row) >= MIN_CSV_COLUMNS
        and len(row) <= width
        and not any(cell.startswith(" ") for cell in row[1:])
        and _has_link_cell(row)
        and any(len(cell.split()) <= _MAX_DATE_WORDS and _reads_as_date(cell) for cell in row)
        for row in rows
    )


def _head_rows(head: list[str], *, delimiter: str = ",") -> tuple[list[list[str]], bool] | None:
    """The head's whole rows (raw cells) and whether it ends inside a quoted cell, or None
    when it is no strict CSV (a quote in the middle of a quoted cell, a huge cell)."""
    rows: list[list[str]] = []
    reader = csv.reader((line + "\n" for line in head), strict=True, delimiter=delimiter)
    try:
        for row in reader:
            if row:
                rows.append(row)
    except csv.Error:
        if reader.line_num < len(head) or not _ends_inside_quotes(head, delimiter):
            return None
        return rows, True
    return rows, False


def _ends_inside_quotes(head: list[str], delimiter: str = ",") -> bool:
    """Whether the strict reader stopped at the end of the head inside a quoted cell
    (rather than at a wrong quote on its last line)."""
    try:
        list(csv.reader((line + "\n" for line in [*head, '"']), strict=True, delimiter=delimiter))
    except csv.Error:
        return False
    return True


def _reads_as_prose(cells: list[str]) -> bool:
    """A row that is a sentence with commas: a space after each comma, a sentence's end,
    and no link or date in a cell of its own."""
    return (
        all(cell.startswith(" ") for cell in cells[1:])
        and _ends_sentence(cells[-1].strip())
        and not _has_typed_cell(cells)
    )


def _is_csv_header(names: list[str]) -> bool:
    """A CSV header names the columns: a few words each, no sentence, number, date or link
    (the first may be empty: the index column pandas writes), no name twice."""
    given = [name.casefold() for name in names if name]
    if len(given) < len(names) - 1 or (len(given) < len(names) and names[0]) or not given:
        return False
    return len(set(given)) == len(given) and all(map(_is_name, filter(None, names)))


def _is_name(cell: str) -> bool:
    return (
        len(cell.split()) <= _MAX_NAME_WORDS
        and "://" not in cell
        and _SENTENCE_END.search(cell) is None
        and not _is_number(cell)
        and not _reads_as_date(cell)
    )


# A sentence's end inside a cell ("Ferry approved. Cranes next") or at its end; not the
# dot of "source.name" or "3.5".
_SENTENCE_END = patterns.compile(r"[.!?…][\"'”’)]*(?:\s|$)")


def _ends_sentence(cell: str) -> bool:
    return cell.rstrip("\"'”’»)").endswith((".", "!", "?", "…"))


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", ""))
    except ValueError:
        return False
    return True


def split_table(source: Lookahead, kind: str) -> Iterator[Piece]:
    """Yield a labelled record per data row of a table input (see the module docstring),
    and the lines between rows that are no row as they are."""
    rows = iter(
        _grid_rows(source)
        if kind == "grid"
        else _csv_rows(source, single=kind == "column", delimiter="\t" if kind == "qtsv" else ",")
        if kind in _CSV_KINDS
        else _line_rows(source, kind)
    )
    first = next(rows, None)
    if first is None:
        return
    labels: dict[int, str]
    names: list[str] | None = None
    is_header = _is_csv_header if kind in _CSV_KINDS else _is_header
    if kind == "category":
        # A story a row under its category, which is kept aside (a column no field takes).
        names, labels, ahead = ["Category", "Text"], {1: "Text"}, [first]
    elif first.cells is not None and is_header(first.cells):
        names, labels, ahead = first.cells, _named_labels(first.cells), []
        if kind in ("csv", "qtsv"):
            # A CSV header may name its columns in a language of its own ("otsikko"): the
            # columns it does not name for a field are told from the first rows' cells.
            ahead = list(itertools.islice(rows, _ROWS_TO_TYPE))
            labels = column_labels(_cells_of(ahead), names=names, named=labels)
    else:
        # Without a header, the columns' labels are told from the first rows together: a
        # column of titles has a short cell now and then, a column of topics never a title.
        ahead = [first, *itertools.islice(rows, _ROWS_TO_TYPE - 1)]
        labels = column_labels(_cells_of(ahead))
    for row in itertools.chain(ahead, rows):
        if row.cells is None:
            yield row.text, row.line, True
        else:
            yield _record(row.cells, labels, names), row.line, False


# The kinds read by the csv module: comma-separated, a column alone, quoted tab-separated.
_CSV_KINDS = ("csv", "column", "qtsv")
# Rows read to tell the columns of a table without a header (or a CSV header's other columns).
_ROWS_TO_TYPE = 8


def _cells_of(rows: list[_Row]) -> list[list[str]]:
    return [row.cells for row in rows if row.cells is not None]


_SEPARATORS = {"tsv": "\t", "ssv": ";"}


def _line_rows(source: Lookahead, kind: str) -> Iterator[_Row]:
    """Rows of one line each: tab-separated, or between bars."""
    for line in source:
        stripped = line.strip(" \r\n")
        if not stripped.strip():
            continue
        if kind in _SEPARATORS:
            yield _Row([cell.strip() for cell in line.split(_SEPARATORS[kind])], source.number)
        elif kind == "category" and (match := _CATEGORY_ROW.fullmatch(stripped)) is not None:
            text = match["text"].strip()
            if len(text) > 1 and text[0] == text[-1] == "'":
                text = text[1:-1].replace("''", "'")  # the story in single quotes
            yield _Row([match["category"], text], source.number)
        elif _PIPE_SEPARATOR.fullmatch(stripped):
            continue
        elif stripped.startswith("|"):
            yield _Row(_barred_cells(stripped), source.number)
        else:
            yield _Row(None, source.number, line + "\n")


def _csv_rows(source: Lookahead, *, single: bool = False, delimiter: str = ",") -> Iterator[_Row]:
    """Rows as the ``csv`` module reads them, a quoted cell over several lines; a line of
    one cell alone (a note under the table; a row in a table of one column, ``single``),
    or lines the reader gives up on (a cell past its size limit), is no row."""
    consumed: list[str] = []

    def lines() -> Iterator[str]:
        for line in source:
            consumed.append(line)
            yield line + "\n"

    reader = csv.reader(lines(), delimiter=delimiter)
    while True:
        start = source.number + 1
        try:
            cells = next(reader, None)
        except csv.Error:
            cells = []
        if cells is None:
            return
        raw = "\n".join(consumed)
        consumed.clear()
        if len(cells) > 1 or (single and len(cells) == 1 and cells[0].strip()):
            yield _Row([_csv_cell(cell) for cell in cells], start)
        elif raw.strip():
            yield _Row(None, start, raw + "\n")


def _csv_cell(cell: str) -> str:
    stripped = cell.strip()
    return "" if stripped.casefold() in NO_VALUE_WORDS else stripped


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
            fields[label] = _iso_day(cell) if label == "Date" else cell
        else:
            name = names[column] if names is not None and column < len(names) else ""
            # A CSV's quoted cell may hold line breaks: an extra is one line.
            value = " ".join(cell.split()) if "\n" in cell else cell
            extras.append(f"{_extra_label(name, column)}: {value}")
    return labelled_record(fields, extras)


def _named_labels(names: list[str]) -> dict[int, str]:
    """The labels a header row gives its columns (the first column of each label): a
    field's own name first ("url"), then words that may name it ("fuente", a source: its
    outlet's name beside a "url" column, or its link where there is none)."""
    labels: dict[int, str] = {}
    for read in (label_of_key, label_of_key_words):
        for column, name in enumerate(names):
            label = read(name) if name and column not in labels else None
            if label is not None and label not in labels.values():
                labels[column] = label
    return labels


def column_labels(
    rows: list[list[str]],
    *,
    names: Sequence[str] = (),
    named: dict[int, str] | None = None,
) -> dict[int, str]:
    """Labels for the columns of a table without a header (or that its header, ``names``,
    does not name: ``named`` holds the labels it gives), by what their cells hold: the
    column of links (not an image's), of dates, of long texts, of titles (the longest of
    the rest, unless a column of sentences that has one of headlines before it) and of
    sentences (the summary)."""
    width = max(map(len, rows), default=0)
    columns = [
        [row[column] for row in rows if column < len(row) and row[column]]
        for column in range(width)
    ]
    labels: dict[int, str] = dict(named or {})
    words: dict[int, float] = {}
    for column, cells in enumerate(columns):
        if not cells or column in labels:
            continue
        if _most(cells, lambda cell: cell.startswith(("http://", "https://"))):
            name = names[column] if column < len(names) else ""
            if _is_image_column(name, cells):
                continue  # a picture's link, not the article's: kept under its name
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
    sentences = {column for column in words if _most(columns[column], _ends_sentence)}
    texts = [column for column, mean in words.items() if mean >= _MIN_TEXT_WORDS]
    credits = [
        column
        for column, mean in words.items()
        if mean <= _MAX_CREDIT_WORDS and _most(columns[column], _credits)
    ]
    titles = [
        column
        for column, mean in words.items()
        if _MIN_TITLE_WORDS <= mean < _MIN_TEXT_WORDS and column not in credits
    ]
    if not titles:
        # Long headlines, with no shorter column to be the titles: a column of cells that
        # run long but end like no sentence ("Trump threatens to raise tariffs on ...").
        titles = [c for c in texts if c not in sentences and words[c] < _MAX_TITLE_WORDS]
        texts = [column for column in texts if column not in titles]
    if titles and "Title" not in labels.values():
        title = max(titles, key=lambda column: words[column])
        headlines = [column for column in titles if column < title and column not in sentences]
        if title in sentences and headlines:
            title = max(headlines, key=lambda column: words[column])
        labels[title] = "Title"
    if texts and "Text" not in labels.values():
        labels[max(texts, key=lambda column: words[column])] = "Text"
    summaries = [column for column in titles if column in sentences and column not in labels]
    if summaries and "Summary" not in labels.values():
        labels[max(summaries, key=lambda column: words[column])] = "Summary"
    credits = [column for column in credits if column not in labels]
    if credits and "Author" not in labels.values():
        labels[credits[0]] = "Author"
    if width == 2 and "Title" in labels.values() and "Text" not in labels.values():
        # A title and one column more ("title,news"): that column is the story, however short.
        other = 1 - next(column for column, label in labels.items() if label == "Title")
        if labels.get(other, "Summary") == "Summary":
            labels[other] = "Text"
    return labels


# A column of writers' names, desks and agencies: a few words a cell.
_MAX_CREDIT_WORDS = 5


def _credits(cell: str) -> bool:
    """A cell that credits people or an agency ("Jane Doe", "Jane Doe and John Roe",
    "Reuters"): a byline's words without the "By"."""
    if len(cell.split()) > _MAX_CREDIT_WORDS:
        return False
    byline = credit_names(cell)
    # A person by full name: a column of one-word cells is a section's ("Politics").
    return byline is not None and (
        bool(byline.agencies) or any(" " in name for name in byline.authors)
    )


# Words in a column's name, and the ends of links, that say it holds pictures' links.
_IMAGE_WORDS = frozenset(
    {"image", "images", "img", "photo", "picture", "thumbnail", "thumb", "kuva", "bild", "foto"}
)
_IMAGE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
# A name's words: "urlToImage", "image_url", "Kuva (URL)".
_NAME_WORD = patterns.compile(r"[A-Z]+(?![a-z])|[^\W\d_][^\W\d_A-Z]*")


def _is_image_column(name: str, cells: list[str]) -> bool:
    """A column of pictures' links: by its name, or by most of its links' ends."""
    if any(word.casefold() in _IMAGE_WORDS for word in _NAME_WORD.findall(name)):
        return True
    return _most(
        cells, lambda cell: cell.split("?")[0].split("#")[0].casefold().endswith(_IMAGE_ENDS)
    )


def _most(cells: list[str], test: Callable[[str], bool]) -> bool:
    """Tell whether at least half of a column's cells pass ``test``."""
    return sum(map(test, cells)) * 2 >= len(cells)


def _reads_as_date(cell: str) -> bool:
    """A cell that is a date in one of the parser's own forms, or a day written as eight
    digits as datasets keep it ("20180516")."""
    if _COMPACT_DAY.fullmatch(cell):
        return True
    date_line = read_date_line(cell)
    return date_line is not None and date_line.value is not None


# A day as eight digits, year first: "20180516" (a year of this century or the last).
_COMPACT_DAY = patterns.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _iso_day(cell: str) -> str:
    """A day written as eight digits in ISO 8601 ("2018-05-16"), which the parser reads;
    any other cell as it is."""
    if _COMPACT_DAY.fullmatch(cell):
        return f"{cell[:4]}-{cell[4:6]}-{cell[6:]}"
    return cell


def _extra_label(name: str, column: int) -> str:
    """The label a cell no field holds is kept under: its column's name (words only), or
    its column's number."""
    return extra_label(name) or f"Column {column + 1}"


__all__ = [
    "HEAD_LINES",
    "MIN_BARRED_COLUMNS",
    "MIN_CSV_COLUMNS",
    "MIN_TSV_COLUMNS",
    "Piece",
    "column_labels",
    "is_title_column",
    "split_table",
    "table_kind",
]
