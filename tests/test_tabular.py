"""Tables as dumps: tab-separated rows, grid tables, Markdown tables and comma-separated
values, one article a row."""

from __future__ import annotations

import csv
import io
import string

import pytest
from hypothesis import example, given
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
        (["| Title | URL |", "|---|---|", "| Ferry resumes | https://example.test/b |"], "pipe"),
        # Two columns of a page's fields over its text: the page's header, no table.
        (["| Field | Value |", "|---|---|", "| title | Ferry resumes |"], None),
        (["| key | value |", "|:--|:--|", "| author | Jane Doe |", "| Title | Ferry |"], None),
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
        # Two columns: a title and its link on every row, or no table.
        (["Tram fares frozen\thttps://example.test/1"] * 3, "tsv"),
        (["Tram fares frozen\thttps://example.test/1"] * 2 + ["Harbour\tcranes"], None),
        (["Harbour\tcranes", "The\tport", "on\tMonday"], None),
        # Two columns, a title and its story on every row (the whole input when shorter
        # than three lines); a sentence with a tab in it ends its first part in a full stop.
        ([f"Tram fares frozen\t{FERRY_TEXT}"] * 3, "tsv"),
        ([f"Tram fares frozen\t{FERRY_TEXT}"], "tsv"),
        ([f"Tram fares frozen\t{FERRY_TEXT}"] * 2, "tsv"),
        (
            [f"Tram fares frozen\t{FERRY_TEXT}", f"Tram fares frozen\t{FERRY_TEXT}", "It rained."],
            None,
        ),
        ([f"The council met on Monday.\t{FERRY_TEXT}"], None),
        ([f"Trams\t{FERRY_TEXT}"], None),  # a word alone: no title
        (["Tram fares frozen\tThe harbour board said so."], None),  # no story: too short
        ([f"Tram\tfares frozen\t{FERRY_TEXT}"], None),  # three cells in one line
        # Tab-separated under a header, a quoted cell over several lines (the csv module's).
        (
            [
                "id\theadline\ttext",
                '1\tFerry resumes\t"The ferry ran.',
                'It left at nine."',
                '2\tCranes return\t"The cranes came back."',
            ],
            "qtsv",
        ),
        # Two columns under a header that names the title's: a title and its text a row.
        (
            ["title,news", f'"Tram fares frozen","{FERRY_TEXT}"', f"Library opens,{FERRY_TEXT}"],
            "csv",
        ),
        (["headline,text", f'"Tram fares frozen","{FERRY_TEXT}'], "csv"),  # a cell runs on
        # ... not a sentence with one comma, nor two columns under names of no title.
        (["Paris, France", "Rome, Italy", "Oslo, Norway"], None),
        (["place,country", "Paris,France", "Rome,Italy"], None),
        (["title,news", "Tram fares frozen,Library opens,Pier shut"], None),  # three cells
        (["| a | b |", "| c | d |"], None),  # bars, but no separator under the header
        (["Velmar night ferry approved"], None),
        # A column of titles under its name, a title with commas quoted.
        (["Headline", '"Tram, bus and ferry tickets merge"', "Tram fares frozen"], "column"),
        (["title", "Tram fares frozen", "Library opens"], "column"),
        (["Headline", "Tram fares frozen"], None),  # one row: a title and a line
        (["Sport", "Tram fares frozen", "Library opens"], None),  # no column's name
        (["Headline", "Trams, buses and ferries merge", "Library opens"], None),  # a comma
    ],
)
def test_what_opens_a_table(head: list[str], kind: str | None) -> None:
    assert table_kind(head) == kind


def test_a_columns_own_name_wins_over_a_word_that_may_name_it() -> None:
    """ "fuente" (a source) may name a link; beside a "url" column it is the outlet, and
    "Agencias" in the author column credits the agencies, no person."""
    text = (
        "fuente,titulo,autor,url,contenido\n"
        f"Diario Velmar,Tram fares frozen,Agencias,https://velmar.example/trams,{FERRY_TEXT}\n"
        f"Diario Velmar,Library opens,Ana Ruiz,https://velmar.example/library,{FERRY_TEXT}\n"
    )
    trams, library = articles(text)
    assert (trams.url, trams.publication) == ("https://velmar.example/trams", "Diario Velmar")
    assert (trams.authors, trams.agencies) == ((), ("Agencias",))
    assert (library.url, library.authors) == ("https://velmar.example/library", ("Ana Ruiz",))


def test_a_title_and_text_csv_of_two_columns_is_an_article_a_row() -> None:
    text = (
        f'title,news\n"Tram fares frozen","{FERRY_TEXT}"\n"Library opens, at last","It opened."\n'
    )
    trams, library = articles(text)
    assert (trams.headline, trams.paragraphs) == ("Tram fares frozen", (FERRY_TEXT,))
    assert (library.headline, library.paragraphs) == ("Library opens, at last", ("It opened.",))


def test_a_column_of_titles_under_its_name_is_an_article_a_row() -> None:
    text = (
        'Headline\r\n"Tram, bus and ferry tickets merge, council says"\r\n'
        'Tram fares frozen until spring\r\n\r\n"Library opens on Sundays"\r\n'
    )
    articles = load_articles(text.encode("utf-8"), source="headlines.csv")
    assert [a.headline for a in articles] == [
        "Tram, bus and ferry tickets merge, council says",
        "Tram fares frozen until spring",
        "Library opens on Sundays",
    ]


def test_titles_with_their_links_a_row_each() -> None:
    text = (
        "Tram fares frozen for another year\thttps://example.test/2031/05/04/tram-fares\n"
        "Analysis: Why the harbour plan keeps slipping\thttps://example.test/2031/05/03/plan\n"
        "Bakery wins regional bread prize\thttps://example.test/2031/05/03/bakery\n"
    )
    assert [(a.headline, a.url, a.date) for a in articles(text)] == [
        (
            "Tram fares frozen for another year",
            "https://example.test/2031/05/04/tram-fares",
            "2031-05-04",
        ),
        (
            "Analysis: Why the harbour plan keeps slipping",
            "https://example.test/2031/05/03/plan",
            "2031-05-03",
        ),
        (
            "Bakery wins regional bread prize",
            "https://example.test/2031/05/03/bakery",
            "2031-05-03",
        ),
    ]


def test_a_title_and_its_story_a_line_each_are_an_article_a_line() -> None:
    """A dataset's rows of a title, a tab and the story; a wire story so on one line, its
    byline in the story's lead-in."""
    bakery = "The bakery on Quay Street won the regional bread prize for the third year running."
    text = f"Tram fares frozen for another year\t{FERRY_TEXT}\nBakery wins bread prize\t{bakery}\n"
    assert [(a.headline, a.paragraphs) for a in articles(text)] == [
        ("Tram fares frozen for another year", (FERRY_TEXT,)),
        ("Bakery wins bread prize", (bakery,)),
    ]
    wire = (
        "항구 다리 넉 달 만에 다시 열려\t(부산=연합뉴스) 김민수 이서연 기자 = 부산 항구의 "
        "다리가 넉 달 만에 다시 열렸다. 시민들은 오랜 공사가 끝나자 환영했다.\n"
    )
    (article,) = articles(wire)
    assert (article.headline, article.authors, article.agencies) == (
        "항구 다리 넉 달 만에 다시 열려",
        ("김민수", "이서연"),
        ("연합뉴스",),
    )
    assert article.paragraphs == (
        "부산 항구의 다리가 넉 달 만에 다시 열렸다. 시민들은 오랜 공사가 끝나자 환영했다.",
    )


def test_a_csv_without_a_header_every_cell_quoted() -> None:
    """A classifier's dataset as the csv module writes it with every cell quoted: class,
    title, description; no link or date in any row. The title's closing "(Reuters)" credits
    the wire."""
    text = (
        '"3","Ferry fares frozen (Reuters)","Reuters - The council voted on Tuesday to keep '
        'the fares, the harbour board said, where they are until the spring."\n'
        '"4","Crane fleet doubles at Port Velmar","The port bought two more cranes this '
        'spring, its manager said on Monday, and more may follow."\n'
        '"2","Bakery wins bread prize (AP)","AP - The bakery on Quay Street won the regional '
        'prize, for the third year running, on Sunday night."\n'
    )
    found = articles(text)
    assert [(a.headline, a.agencies) for a in found] == [
        ("Ferry fares frozen (Reuters)", ("Reuters",)),
        ("Crane fleet doubles at Port Velmar", ()),
        ("Bakery wins bread prize (AP)", ("AP",)),
    ]
    assert found[0].boilerplate == ("Column 1: 3",)
    assert found[1].paragraphs[0].startswith("The port bought two more cranes")


@pytest.mark.parametrize(
    "text",
    [
        # Quoted sentences with commas, one a line: the cells are no rows of a table.
        '"Yes," she said, "it ran."\n"No," he said, "it did not."\n"Well," they said, "maybe."\n',
        # Quoted cells, but two columns only.
        '"3","Ferry fares frozen"\n"4","Crane fleet doubles"\n"2","Bakery wins"\n',
    ],
)
def test_quoted_lines_that_are_no_table(text: str) -> None:
    assert table_kind(text.splitlines()) is None


def test_a_title_cell_that_holds_a_news_card() -> None:
    """A scraper kept each card of a site's front page in the title cell: the section and
    how long ago it ran, a blank line, the headline, the teaser."""
    text = (
        "source,title,link,date\n"
        'Harbour Post,"Transport7 hours ago\n\nFerry fares frozen for another year\n'
        'VELMAR - The council voted on Tuesday to keep the fares...",'
        "https://example.test/ferry,2031-01-03\n"
        'Harbour Post,"Crane fleet doubles\nat Port Velmar",https://example.test/cranes,2031-01-02\n'
    )
    ferry, cranes = articles(text)
    assert (ferry.headline, ferry.summary, ferry.boilerplate) == (
        "Ferry fares frozen for another year",
        "VELMAR - The council voted on Tuesday to keep the fares...",
        ("Kicker: Transport7 hours ago",),
    )
    # A title wrapped over two lines, no kicker: one title.
    assert cranes.headline == "Crane fleet doubles at Port Velmar"


def test_a_news_cards_teaser_is_the_text_when_a_column_gives_the_summary() -> None:
    text = (
        "title,summary,link\n"
        '"Transport7 hours ago\n\nFerry fares frozen\nVELMAR - The council voted...",'
        "The council kept the fares.,https://example.test/ferry\n"
        '"Port2 hours ago\n\nCranes return\nPORT - Two cranes...",'
        "Two cranes came back.,https://example.test/cranes\n"
    )
    ferry, _cranes = articles(text)
    assert (ferry.headline, ferry.summary) == ("Ferry fares frozen", "The council kept the fares.")
    assert ferry.boilerplate == ("Kicker: Transport7 hours ago",)
    assert (ferry.dateline, ferry.paragraphs) == ("VELMAR", ("The council voted...",))


def test_tab_separated_rows_with_quoted_cells_over_several_lines() -> None:
    """A dataset's export: a header, then rows whose text cell is quoted and runs over
    lines, blank ones among them; the id column (file names) is kept aside, no author."""
    text = (
        "id\theadline\ttext\ttype\n"
        '001.txt\tVelmar night ferry approved\t"The harbour board said on Friday that the '
        'service would start in May.\n\n\nThe first boat leaves at nine.\n"\t1\n'
        '002.txt\tCrane fleet doubles at Port Velmar\t"The port bought two more cranes.'
        '\n\nThey came by sea."\t0\n'
    )
    ferry, cranes = articles(text)
    assert (ferry.headline, ferry.paragraphs) == (
        "Velmar night ferry approved",
        (
            "The harbour board said on Friday that the service would start in May.",
            "The first boat leaves at nine.",
        ),
    )
    assert (ferry.authors, ferry.agencies, ferry.boilerplate) == (
        (),
        (),
        ("id: 001.txt", "type: 1"),
    )
    assert (cranes.headline, cranes.paragraphs) == (
        "Crane fleet doubles at Port Velmar",
        ("The port bought two more cranes.", "They came by sea."),
    )
    assert [a.source.line for a in (ferry, cranes) if a.source] == [2, 7]


def test_a_column_of_long_headlines_is_the_titles_not_the_text() -> None:
    titles = [
        "Council threatens to raise tram fares again as the budget gap keeps on widening",
        "Harbour board says the new pier will open in spring after two years of delays",
        "Analysis: Why the plan for the old quarry keeps slipping, and who pays for it",
    ]
    text = "".join(f"{title}\thttps://example.test/n/{n}\n" for n, title in enumerate(titles))
    assert [(a.headline, a.paragraphs) for a in articles(text)] == [(t, ()) for t in titles]


def test_lines_among_the_rows_stay_text() -> None:
    records = split_text(GRID + "Source: a news API, 2024-03-09\n")
    assert [r.container for r in records] == ["table", "table", "table"]
    assert [r.verbatim for r in records] == [False, False, True]
    assert records[-1].text == "Source: a news API, 2024-03-09\n"


# No NUL: input with one is binary and never reaches the table reader (a value's "\u0000"
# from JSON is dropped where fields become a record: it carries no text).
CELLS = st.text(
    st.characters(exclude_characters="\t\n\r|\x00", exclude_categories=("Cs",)), max_size=30
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


# A header in a language of its own: the date, title and summary columns are told from
# their cells; "kuva" holds pictures, "tunnus" numbers.
NAMED_CSV = (
    "pvm,otsikko,tiivistelma,kuva,tunnus\n"
    "2031-05-04T06:45:00.000Z,Satamaan saapuu uusi jäänmurtaja,"
    '"Alus on kuulemma vanhaa suurempi, kertoo satama.",null,20310504001\n'
    "2031-05-04T11:20:00.000Z,Kirjasto pidentää aukioloaikojaan,"
    '"Kesällä ovet ovat auki ""myöhään"", sanoo johtaja.",'
    "https://pics.example.test/k/2.webp,20310504002\n"
    "2031-05-05T07:00:00.000Z,Pyöräkaista valmistuu,Työt loppuvat ensi viikolla.,None,\n"
)
# An English header over a text with paragraphs in a quoted cell, a picture column and an
# empty row.
API_CSV = (
    "title,url,published_at,description,content,urlToImage\n"
    "Tram line reaches the old quarry,https://example.test/n/41,2031-02-11T09:00:00Z,"
    'Work ended early.,"The council said the line opened on Tuesday, a week early.\n'
    "\n"
    'Trams run every ten minutes.",https://example.test/pics/41.png\n'
    "Bakery wins regional prize,https://example.test/n/42,2031-02-10T15:30:00Z,,,\n"
    "\n"
    "Night market moves indoors,https://example.test/n/43,2031-02-09T18:00:00Z,"
    "The hall holds more stalls.,,\n"
)
# No header; a picture's link before the article's.
HEADERLESS_CSV = """\
9 Feb 2031,Tram depot opens to visitors,https://cdn.example.test/t.jpg,https://example.test/n/51
8 Feb 2031,"Harbour, quay and canal walks return",https://cdn.example.test/h.jpg,https://example.test/n/52
7 Feb 2031,Choir sings at the station,,https://example.test/n/53
"""


def test_a_csv_header_in_another_language() -> None:
    ship, library, lane = articles(NAMED_CSV)
    assert (ship.headline, ship.date, ship.summary, ship.url) == (
        "Satamaan saapuu uusi jäänmurtaja",
        "2031-05-04T06:45:00+00:00",
        "Alus on kuulemma vanhaa suurempi, kertoo satama.",
        None,  # "null" is no value, and a picture's link is not the article's
    )
    assert ship.boilerplate == ("tunnus: 20310504001",)
    assert library.summary == 'Kesällä ovet ovat auki "myöhään", sanoo johtaja.'
    assert library.boilerplate == (
        "kuva: https://pics.example.test/k/2.webp",
        "tunnus: 20310504002",
    )
    assert (lane.headline, lane.summary, lane.boilerplate) == (
        "Pyöräkaista valmistuu",
        "Työt loppuvat ensi viikolla.",
        (),
    )
    assert [a.source.line for a in (ship, library, lane) if a.source] == [2, 3, 4]


def test_a_csv_header_that_names_its_columns_in_korean_with_spaces() -> None:
    # "number, article title, article summary, link", a space after each comma: the names
    # are known words (the title and summary named after what they are of).
    text = (
        "번호, 기사 제목, 기사 요약, 링크\n"
        "0, 항구 다시 열려, 항구가 월요일에 다시 열렸다. 여객선도 운항한다., https://example.test/k/1\n"
        "1, 도서관 야간 개방, 도서관이 밤 10시까지 문을 연다., https://example.test/k/2\n"
    )
    harbour, library = articles(text)
    assert (harbour.headline, harbour.summary, harbour.url) == (
        "항구 다시 열려",
        "항구가 월요일에 다시 열렸다. 여객선도 운항한다.",
        "https://example.test/k/1",
    )
    assert harbour.boilerplate == ("번호: 0",)
    assert (library.headline, library.url) == ("도서관 야간 개방", "https://example.test/k/2")


def test_a_csv_with_paragraphs_in_a_quoted_cell() -> None:
    tram, bakery, market = articles(API_CSV)
    assert (tram.headline, tram.url, tram.date, tram.summary) == (
        "Tram line reaches the old quarry",
        "https://example.test/n/41",
        "2031-02-11T09:00:00+00:00",
        "Work ended early.",
    )
    assert tram.paragraphs == (
        "The council said the line opened on Tuesday, a week early.",
        "Trams run every ten minutes.",
    )
    assert tram.boilerplate == ("urlToImage: https://example.test/pics/41.png",)
    assert (bakery.headline, bakery.summary, bakery.paragraphs) == (
        "Bakery wins regional prize",
        None,
        (),
    )
    assert market.headline == "Night market moves indoors"
    # A row starts where its first line is: the tram's text takes three lines.
    assert [a.source.line for a in (tram, bakery, market) if a.source] == [2, 5, 7]


def test_a_csv_without_a_header() -> None:
    depot, walks, choir = articles(HEADERLESS_CSV)
    assert (depot.headline, depot.url, depot.date) == (
        "Tram depot opens to visitors",
        "https://example.test/n/51",
        "2031-02-09",
    )
    assert depot.boilerplate == ("Column 3: https://cdn.example.test/t.jpg",)
    assert walks.headline == "Harbour, quay and canal walks return"
    assert (choir.url, choir.boilerplate) == ("https://example.test/n/53", ())


def test_a_csv_without_a_header_whose_stories_run_over_many_lines() -> None:
    # Too few whole rows in the first lines to tell a table by: each row's link and date.
    story = "\n\n".join(["Jane Roe", *(f"The depot's paragraph {n} says more." for n in range(9))])
    text = "".join(
        f'{title},https://example.test/n/{n},"{day} February, 2031","{story}"\n'
        for n, (title, day) in enumerate([("Tram depot opens", 9), ("Choir returns", 10)])
    )
    depot, choir = articles(text)
    assert (depot.headline, depot.url, depot.date) == (
        "Tram depot opens",
        "https://example.test/n/0",
        "2031-02-09",
    )
    assert depot.paragraphs[-1] == "The depot's paragraph 8 says more."
    assert (choir.headline, choir.date) == ("Choir returns", "2031-02-10")


def test_rows_opening_with_a_day_of_eight_digits_and_holding_sentences() -> None:
    # A dataset's rows with no header: the day as eight digits, a section, the outlet, the
    # title, and the text (its sentences' full stops do not make the first line prose).
    story = "The depot opened on Sunday. Hundreds came to see the trams, the council said."
    rows = [
        ("20310209", "Local", "Harbour Ledger", "Tram depot opens", story),
        ("20310210", "Arts", "Valley Courier", "Choir returns", story),
        ("20310211", "Local", "Harbour Ledger", "Ferry fares frozen", story),
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    depot, choir, ferry = articles(out.getvalue())
    assert (depot.headline, depot.date, depot.paragraphs) == (
        "Tram depot opens",
        "2031-02-09",
        (story,),
    )
    assert (choir.date, ferry.date) == ("2031-02-10", "2031-02-11")


def test_a_column_of_writers_and_agencies_without_a_header_is_the_author() -> None:
    rows = [
        ("Harbor board approves new pier", "Mara Lindqvist", "Politics"),
        ("Orchard growers expect an early harvest", "Reuters", "Business"),
        ("Rail fares frozen for a year", "Tom Hale and Ada Morrow", "Transport"),
        ("Lighthouse keeper retires after forty years", "", "Local"),
    ]
    text = "".join(
        f"{title},2031-05-0{n}T09:12:00+05:30,{credit},{section},https://example.test/{n},"
        f"{country},Acme Holdings Inc\n"
        for n, ((title, credit, section), country) in enumerate(
            zip(rows, ["United States", "United Kingdom", "United States", "Japan"], strict=True),
            start=1,
        )
    )
    pier, orchard, fares, lighthouse = articles(text)
    assert (pier.authors, pier.agencies) == (("Mara Lindqvist",), ())
    assert (orchard.authors, orchard.agencies) == ((), ("Reuters",))
    assert fares.authors == ("Tom Hale", "Ada Morrow")
    assert lighthouse.byline is None
    # Columns of one-word sections, of countries and of companies name no one: they stay
    # under their numbers.
    assert pier.boilerplate == (
        "Column 4: Politics",
        "Column 6: United States",
        "Column 7: Acme Holdings Inc",
    )


def test_rows_parted_by_semicolons_are_a_record_each() -> None:
    story = "The port authority approved a new ferry route to the island on Tuesday, it said."
    text = (
        f"Lena Park, Omar Haddad,;2031-05-06 00:00:00;{story};\n"
        ";2031-05-05 00:00:00;Council members voted on Monday night to extend the library's "
        "opening hours through the summer.;\n"
        "Tom Hale;2031-05-04 00:00:00;The museum reopened on Sunday after a renovation that "
        "took two years and cost more than planned.;\n"
    )
    ferry, library, museum = articles(text)
    assert (ferry.authors, ferry.date) == (("Lena Park", "Omar Haddad"), "2031-05-06T00:00:00")
    assert ferry.paragraphs == (story,)
    assert (library.byline, library.date) == (None, "2031-05-05T00:00:00")
    assert museum.authors == ("Tom Hale",)


@pytest.mark.parametrize(
    "text",
    [
        # A record's fields on one line, parted by semicolons: one labelled record a line.
        "Title: Ferry resumes; date: 2031-05-06; URL: https://example.test/a\n" * 3,
        # Prose with semicolons: no date or link in a cell of its own.
        "The ferry ran; the port was calm; the crew was pleased.\n" * 3,
    ],
)
def test_lines_with_semicolons_that_are_no_table(text: str) -> None:
    from articlecli.tabular import table_kind

    assert table_kind(text.splitlines()) is None


def test_a_note_under_a_csv_stays_text() -> None:
    records = split_text(API_CSV + "exported 2031-02-12\n")
    assert [r.container for r in records] == ["table"] * 4
    assert records[-1].verbatim
    assert records[-1].text == "exported 2031-02-12\n"


def test_a_caption_row_over_a_csv_header_is_a_title_not_a_row() -> None:
    # A spreadsheet's export note in its first row, as wide as the table, above the header.
    text = (
        "Exported,2031-05-04 09:15,,\n"
        "link,headline,feed,published\n"
        "https://example.test/n/1,Ferry timetable changes,https://example.test/rss,4 May 2031\n"
        'https://example.test/n/2,"Frost hits orchards, growers say",https://example.test/rss,'
        "3 May 2031\n"
    )
    records = split_text(text)
    assert [(r.kind, r.line) for r in records] == [("title", 1), ("text", 3), ("text", 4)]
    ferry, frost = articles(text)
    assert (ferry.headline, ferry.url, ferry.date) == (
        "Ferry timetable changes",
        "https://example.test/n/1",
        "2031-05-04",
    )
    assert (frost.headline, frost.date) == ("Frost hits orchards, growers say", "2031-05-03")


@pytest.mark.parametrize(
    "first",
    [
        "Exported,2031-05-04 09:15,to,Ann",  # every cell filled: a row, not a caption
        "Exported,2031-05-04 09:15",  # narrower than the table
    ],
)
def test_what_is_no_caption_over_a_csv(first: str) -> None:
    text = (
        f"{first}\n"
        "link,headline,feed,published\n"
        "https://example.test/n/1,Ferry timetable changes,https://example.test/rss,4 May 2031\n"
        "https://example.test/n/2,Frost hits orchards,https://example.test/rss,3 May 2031\n"
    )
    assert "title" not in [r.kind for r in split_text(text)]


CSV_ROW = "2031-02-09,Tram depot opens,https://example.test/n/51"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (["title,url,published_at", CSV_ROW, CSV_ROW], "csv"),
        (["Title, URL, Date", CSV_ROW, CSV_ROW], "csv"),  # a known name: spaces are fine
        ([CSV_ROW, CSV_ROW, CSV_ROW], "csv"),
        # The head may end inside a quoted cell of paragraphs.
        (["title,url,content", 'Tram opens,https://example.test/1,"The council', "said"], "csv"),
        ([CSV_ROW, CSV_ROW], None),  # two rows without a header: too few to tell
        # No header, and a story in a quoted cell runs past the head: a link and a date in
        # cells of their own tell the row.
        (['Tram opens,https://example.test/1,"9 Feb 2031","Jane Roe', "", "The council"], "csv"),
        ([CSV_ROW + ",Jane Roe", '2031-02-10,Choir,https://example.test/2,"The', "said"], "csv"),
        (['Tram opens,https://example.test/1,Jane Roe,"The council', "said"], None),  # no date
        (['Tram opens,2031-02-09,Jane Roe,"The council', "said"], None),  # no link
        # Prose with commas: a space after each.
        (['See https://example.test/1, 9 Feb 2031, "the council', "said"], None),
        (["title,url,published_at", CSV_ROW], None),  # a header over one row
        (["title,url", CSV_ROW, CSV_ROW], None),  # two columns
        (["title,url,published_at", CSV_ROW, CSV_ROW + ",extra"], None),  # ragged
        (["apples,pears,plums", "red,green,purple", "sweet,sour,tart"], None),  # no title
        # Prose with commas.
        (
            [
                "Paris, France, March 3, 2031",
                "Leaders met on Monday, and again on Tuesday, to talk.",
                "The summit, which ran late, ended well.",
            ],
            None,
        ),
        (
            [
                "Names, places, and dates",
                "He went home, she came back, they left",
                "We ate well, we drank, we slept soundly",
            ],
            None,
        ),
        (
            ["Title, author, date", "The ferry, the crane, the lighthouse.", "One, two, three."],
            None,
        ),
        (
            [
                "Velmar, Norland, Ostrica",
                'He said, "we will go, and soon',
                "we did, in May, at last",
            ],
            None,
        ),
        (["title,url,summary", 'Tram,https://example.test/1,"a"b', CSV_ROW], None),  # a bad quote
    ],
)
def test_what_opens_a_csv(head: list[str], kind: str | None) -> None:
    assert table_kind(head) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Paris, France, March 3, 2031\nLeaders met, talked, and left.\nAt last, it, ended.\n",
        "Oslo, Bergen, Trondheim\nand Tromsø, Bodø, Alta\nare cities, towns, ports\n",
        "In brief, then, as ever\n\nThe ferry, the crane and the quay were all there.\n",
    ],
)
def test_prose_with_commas_is_no_table(text: str) -> None:
    assert {r.container for r in split_text(text)} == {"plain"}


WORDS = st.text(string.ascii_lowercase, min_size=3, max_size=9)
# A title that is a phrase printed twice ("ferry news ferry news") reads as a page's title
# doubled, on purpose (parser.titles.undoubled): no title here is.
TITLES = (
    st.lists(WORDS, min_size=2, max_size=6)
    .map(" ".join)
    .filter(lambda title: title[: len(title) // 2] != title[len(title) // 2 + 1 :])
)
ANY_CELL = st.text(st.characters(exclude_characters="\0", exclude_categories=("Cs",)), max_size=40)


@given(st.lists(st.tuples(TITLES, ANY_CELL, ANY_CELL), min_size=2, max_size=6))
def test_rows_csv_writes_are_read_back_one_article_each(
    rows: list[tuple[str, str, str]],
) -> None:
    """A CSV as the csv module writes it, whatever its other cells hold (commas, quotes,
    line breaks): an article per row, the title cells as headlines, and each other cell's
    words in its row's record (but a cell that says "no value")."""
    out = io.StringIO()
    writer = csv.writer(out)  # its "\r\n" line ends have it quote a cell's "\r" too
    writer.writerow(["title", "url", "published_at", "notes", "remarks"])
    for number, (title, notes, remarks) in enumerate(rows):
        writer.writerow([title, f"https://example.test/n/{number}", "2031-02-09", notes, remarks])
    text = out.getvalue()
    records = split_text(text)
    assert [r.container for r in records] == ["table"] * len(rows), text
    assert [a.headline for a in articles(text)] == [title for title, _n, _r in rows]
    for record, (_title, *others) in zip(records, rows, strict=True):
        for cell in others:
            words = " ".join(cell.split())
            if words.casefold() not in ("null", "none", "nan"):
                assert words in " ".join(record.text.split()), (cell, record.text)


@given(st.text() | st.text(st.sampled_from(',"\n\r ab1:/.\t')))
@example('title,url,date\n"unclosed,https://example.test/1,2031-02-09\nx,y,z\n')
@example("a,b,c\n" + '"' + "x" * 140_000 + '"\n')
def test_any_text_read_as_csv_gives_records_or_text(text: str) -> None:
    """Totality: any text read as a CSV gives pieces, and telling a table's kind never fails."""
    lines = text.split("\n")
    assert table_kind(lines[:12]) in (None, "tsv", "grid", "pipe", "csv")
    for piece, line, _verbatim in split_table(Lookahead(lines), "csv"):
        assert isinstance(piece, str)
        assert line >= 1


def test_a_text_cell_opening_with_a_byline_gives_the_author() -> None:
    # The wire's byline as the first line of the text cell, no author column.
    text = (
        "title,url,content\n"
        'Harbour crane returns,https://example.test/n/61,"By Jane Doe\n'
        "\n"
        'The crane returned to the quay on Monday, the port said."\n'
        'Tram depot opens,https://example.test/n/62,"By the end of the day, the depot was full."\n'
    )
    crane, depot = articles(text)
    assert (crane.authors, crane.paragraphs) == (
        ("Jane Doe",),
        ("The crane returned to the quay on Monday, the port said.",),
    )
    assert (depot.authors, depot.paragraphs) == (
        (),
        ("By the end of the day, the depot was full.",),
    )


def test_a_byline_on_its_own_line_under_a_saved_pages_menus_in_a_text_cell() -> None:
    """A scraper kept the whole page in the text cell: menus, the title again, then "by
    Jane Doe" alone; a line of prose that opens with "By" stays text."""
    page = (
        "News\n\nWeather\n\nHarbour crane returns\n\nby Jane Doe\n\n"
        "The crane returned to the quay on Monday, the port said.\n\n"
        "By the end of the day, the quay was full.\n"
    )
    text = "title,url,content\n" + "".join(
        f'Harbour crane returns {n},https://example.test/n/{n},"{page}"\n' for n in range(3)
    )
    crane = articles(text)[0]
    assert crane.authors == ("Jane Doe",)
    assert crane.paragraphs[-2:] == (
        "The crane returned to the quay on Monday, the port said.",
        "By the end of the day, the quay was full.",
    )


def test_a_story_a_row_under_its_category_and_a_semicolon() -> None:
    # A classifier's dataset: the category, a semicolon, the story in single quotes (a
    # semicolon inside it is the story's).
    story = (
        "Die Fähre fährt wieder; der Hafen ist nach einer Woche der Reparaturen seit Montag "
        "wieder offen, teilte die Hafenbehörde mit."
    )
    rows = [
        f"Panorama;'{story}'",
        "Sport;'Der Verein gewinnt das Derby und steht nach dem dritten Sieg an der Spitze.'",
        "Kultur;'Das Museum zeigt ab Mai die Bilder des Malers, die es im Winter kaufte.'",
    ]
    ferry, derby, museum = articles("\n".join(rows) + "\n")
    assert ferry.paragraphs == (story,)
    assert ferry.boilerplate == ("Category: Panorama",)
    assert (derby.boilerplate, museum.boilerplate) == (("Category: Sport",), ("Category: Kultur",))
    assert [a.source.line for a in (ferry, derby, museum) if a.source] == [1, 2, 3]


def test_sentences_with_a_semicolon_after_a_word_are_no_category_rows() -> None:
    text = "Harbour;ferries and cranes\n\nThe port reopened on Monday.\n"
    (article,) = articles(text)
    assert article.boilerplate == ()
