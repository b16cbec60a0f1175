"""Tables as dumps: tab-separated rows, grid tables and Markdown tables, one article a row."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlecli.lines import Lookahead
from articlecli.load import load_articles
from articlecli.split import split_text
from articlecli.tabular import split_table, table_kind

FERRY_TEXT = "The harbour board said on Friday that the night service would start in May."
TSV = (
    f"2024-03-09 08:15\tVelmar night ferry approved\thttps://example.test/a/1\t{FERRY_TEXT}\n"
    "2024-03-08 10:00\tCrane fleet doubles at Port Velmar\thttps://example.test/a/2\t\n"
    "2024-03-07 09:30\tLighthouse keeper retires\thttps://example.test/a/3\t\n"
)
GRID = """\
+-------------------+--------+----------------------+
| Title             | Source | Published At         |
+===================+========+======================+
| Velmar night      | Coast  | 2024-03-09T08:15:00Z |
| ferry approved    |        |                      |
+-------------------+--------+----------------------+
| Crane fleet grows | Port   | 2024-03-08T10:00:00Z |
+-------------------+--------+----------------------+
"""
PIPE = """\
| Title | Link | Country |
|---|:---:|---|
| Velmar night ferry approved | https://example.test/a/1 | Norland |
| Crane fleet doubles at Port Velmar | https://example.test/a/2 | Ostrica |
"""


def articles(text: str) -> list:
    return list(load_articles(text.encode("utf-8"), source="table.txt"))


def test_tab_separated_rows_without_a_header() -> None:
    ferry, cranes, _lighthouse = articles(TSV)
    assert (ferry.headline, ferry.date, ferry.url) == (
        "Velmar night ferry approved",
        "2024-03-09T08:15:00",
        "https://example.test/a/1",
    )
    assert ferry.paragraphs == (FERRY_TEXT,)
    assert (cranes.headline, cranes.paragraphs) == ("Crane fleet doubles at Port Velmar", ())
    assert [a.source.line for a in (ferry, cranes) if a.source] == [1, 2]
    assert set(ferry.lines.values()) == {1}  # every field is the row's


def test_a_grid_table_with_wrapped_cells() -> None:
    ferry, cranes = articles(GRID)
    assert (ferry.headline, ferry.publication, ferry.date) == (
        "Velmar night ferry approved",
        "Coast",
        "2024-03-09T08:15:00+00:00",
    )
    assert cranes.headline == "Crane fleet grows"
    assert [a.source.line for a in (ferry, cranes) if a.source] == [4, 7]


def test_a_markdown_table_keeps_unknown_columns_as_boilerplate() -> None:
    ferry, cranes = articles(PIPE)
    assert (ferry.headline, ferry.url, ferry.boilerplate) == (
        "Velmar night ferry approved",
        "https://example.test/a/1",
        ("Country: Norland",),
    )
    assert cranes.boilerplate == ("Country: Ostrica",)


def test_cells_no_field_holds_are_kept_under_their_column_number() -> None:
    row, *_same = articles("9 March 2024\tVelmar night ferry approved\tTransport\tNorland\t\n" * 3)
    assert row.headline == "Velmar night ferry approved"
    assert row.boilerplate == ("Column 3: Transport", "Column 4: Norland")


ROW = "9 March 2024\tHarbour cranes return\thttps://example.test/a"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ([ROW, ROW, ROW], "tsv"),
        (["Title\tURL\tCountry", ROW, "Ferry resumes\thttps://example.test/b\tNorland"], "tsv"),
        (["+---+---+", "| a | b |"], "grid"),
        (["| a | b |", "|---|---|"], "pipe"),
        ([ROW, ROW], None),  # two rows may be text with tabs for spaces
        ([ROW, ROW, "Harbour cranes\treturn to\tthe docks"], None),  # no link, no date
        (["a\tb", "c\td", "e\tf"], None),  # two columns: tabs in text, not a table
        (["Harbour\tcranes\treturn", "The\tport\tsaid", "on\tMonday\tnight"], None),
        # Tabs for spaces with a date and a link in cells of their own (found by the
        # property suite): a third line decides.
        (
            [
                "Last updated\tJANUARY 1, 2000\t",
                "Original url:\thttps://example.com/2000/01/01/takeaways-a1\t",
                "Takeaways\tFrom Trump-Putin Call\t",
            ],
            None,
        ),
        ([ROW, ROW + "\textra"], None),  # rows of different lengths
        (["| a | b |", "| c | d |"], None),  # bars, but no separator under the header
        (["Velmar night ferry approved"], None),
    ],
)
def test_what_opens_a_table(head: list[str], kind: str | None) -> None:
    assert table_kind(head) == kind


def test_lines_among_the_rows_stay_text() -> None:
    records = split_text(GRID + "Source: a news API, 2024-03-09\n")
    assert [r.container for r in records] == ["table", "table", "table"]
    assert [r.verbatim for r in records] == [False, False, True]
    assert records[-1].text == "Source: a news API, 2024-03-09\n"


CELLS = st.text(
    st.characters(exclude_characters="\t\n\r|", exclude_categories=("Cs",)), max_size=30
)


@given(st.lists(st.lists(CELLS, min_size=3, max_size=6), min_size=2, max_size=5))
def test_every_cell_of_every_row_is_in_its_record(rows: list[list[str]]) -> None:
    """Nothing in a row is lost: each cell's words are in the row's labelled record."""
    lines = ["\t".join(cells) for cells in rows]
    pieces = list(split_table(Lookahead(lines), "tsv"))
    kept = [text for text, _line, verbatim in pieces if not verbatim]
    data_rows = [cells for cells, line in zip(rows, lines, strict=True) if line.strip()]
    data_rows = data_rows[len(data_rows) - len(kept) :]  # the first may be a header
    for cells, text in zip(data_rows, kept, strict=True):
        for cell in cells:
            assert " ".join(cell.split()) in " ".join(text.split()), (cell, text)


def test_columns_without_a_header_are_told_from_several_rows() -> None:
    """A long title in one row stays the title, and a column of topics never is one: the
    columns are typed from the first rows together, not cell by cell."""
    rows = [
        ("9 March 2031", "Ferry resumes after the storm", "Transport"),
        ("8 March 2031", "Cranes return to the docks", "Port Business"),
        (
            "7 March 2031",
            "Harbour board publishes its financial results for the six months ended in June",
            "Financial Announcements",
        ),
    ]
    text = "".join("\t".join(row) + "\n" for row in rows)
    found = articles(text)
    assert [a.headline for a in found] == [row[1] for row in rows]
    assert found[2].boilerplate == ("Column 3: Financial Announcements",)
