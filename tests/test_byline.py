"""Byline lines -> people and agencies: wire services, ALL CAPS, job titles, separators."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.byline import (
    normalise_case,
    read_byline,
    read_byline_continuation,
    read_titled_name,
)

# Line -> (byline text, authors, agencies).
BYLINES: list[tuple[str, tuple[str, tuple[str, ...], tuple[str, ...]]]] = [
    # Agencies are not people.
    ("By AFP", ("AFP", (), ("AFP",))),
    ("By Reuters", ("Reuters", (), ("Reuters",))),
    ("By The Associated Press", ("The Associated Press", (), ("The Associated Press",))),
    ("By AFP and Reuters", ("AFP and Reuters", (), ("AFP", "Reuters"))),
    ("By Reuters Staff", ("Reuters Staff", (), ("Reuters",))),
    # People, with every separator.
    ("By Jane Doe", ("Jane Doe", ("Jane Doe",), ())),
    ("By Jane Doe and John Roe", ("Jane Doe and John Roe", ("Jane Doe", "John Roe"), ())),
    ("By Jane Doe & John Roe", ("Jane Doe & John Roe", ("Jane Doe", "John Roe"), ())),
    (
        "By Jane Doe, John Roe and Ann Lee",
        ("Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee"), ()),
    ),
    (
        "By Jane Doe, John Roe, and Ann Lee",
        ("Jane Doe, John Roe, and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee"), ()),
    ),
    # People and agencies together.
    ("By Jane Doe, Reuters", ("Jane Doe, Reuters", ("Jane Doe",), ("Reuters",))),
    ("By Jane Doe - CNN", ("Jane Doe - CNN", ("Jane Doe",), ("CNN",))),
    (
        "By Jane Doe | The Associated Press",
        (
            "Jane Doe | The Associated Press",
            ("Jane Doe",),
            ("The Associated Press",),
        ),
    ),
    (
        "By Jane Doe for The Moscow Times",
        (
            "Jane Doe for The Moscow Times",
            ("Jane Doe",),
            ("The Moscow Times",),
        ),
    ),
    (
        "By Jane Doe and John Roe, Reuters",
        (
            "Jane Doe and John Roe, Reuters",
            ("Jane Doe", "John Roe"),
            ("Reuters",),
        ),
    ),
    # Job titles are not names; a title naming an employer credits that agency.
    ("By Jane Doe, Staff Writer", ("Jane Doe, Staff Writer", ("Jane Doe",), ())),
    ("By Jane Doe, Senior Correspondent", ("Jane Doe, Senior Correspondent", ("Jane Doe",), ())),
    (
        "By Jane Doe, Associated Press Writer",
        (
            "Jane Doe, Associated Press Writer",
            ("Jane Doe",),
            ("Associated Press",),
        ),
    ),
    # ALL CAPS: normal capitalisation for names, the credit kept as printed.
    ("BY EDWARD MCDONOUGH", ("EDWARD MCDONOUGH", ("Edward McDonough",), ())),
    ("By JANE DOE, STAFF WRITER", ("JANE DOE, STAFF WRITER", ("Jane Doe",), ())),
    ("BY MARY O'BRIEN", ("MARY O'BRIEN", ("Mary O'Brien",), ())),
    ("BY JEAN-PIERRE DUBOIS", ("JEAN-PIERRE DUBOIS", ("Jean-Pierre Dubois",), ())),
    ("BY LISA MCDONALD-SMITH", ("LISA MCDONALD-SMITH", ("Lisa McDonald-Smith",), ())),
    ("By ANN LEE and TOM ROE", ("ANN LEE and TOM ROE", ("Ann Lee", "Tom Roe"), ())),
    # Names with initials, suffixes and particles.
    ("By J.R. Smith", ("J.R. Smith", ("J.R. Smith",), ())),
    ("By Martin Luther King Jr.", ("Martin Luther King Jr.", ("Martin Luther King Jr.",), ())),
    ("By Ludwig van Beethoven", ("Ludwig van Beethoven", ("Ludwig van Beethoven",), ())),
    # Month and weekday words inside a longer name are still names.
    (
        "By April Smith and Theresa May",
        (
            "April Smith and Theresa May",
            ("April Smith", "Theresa May"),
            (),
        ),
    ),
    # Other prefixes.
    ("By: Jane Doe", ("Jane Doe", ("Jane Doe",), ())),
    ("Written by Jane Doe", ("Jane Doe", ("Jane Doe",), ())),
    ("Author: Jane Doe", ("Jane Doe", ("Jane Doe",), ())),
    # A reporter's location after the name is not part of the name.
    ("By Jane Doe in Kyiv", ("Jane Doe in Kyiv", ("Jane Doe",), ())),
    (
        "By Jane Doe in Kyiv and John Roe in Moscow",
        (
            "Jane Doe in Kyiv and John Roe in Moscow",
            ("Jane Doe", "John Roe"),
            (),
        ),
    ),
    (
        "By Jane Doe in New York, Reuters",
        (
            "Jane Doe in New York, Reuters",
            ("Jane Doe",),
            ("Reuters",),
        ),
    ),
    # A lone word after a comma that follows a person's full name is the bureau or city
    # filed from, not a second author; full names after commas are still people.
    ("By Jane Doe, Kyiv", ("Jane Doe, Kyiv", ("Jane Doe",), ())),
    ("BY JANE DOE, KYIV", ("JANE DOE, KYIV", ("Jane Doe",), ())),
    ("By Jane Doe, Kyiv, Reuters", ("Jane Doe, Kyiv, Reuters", ("Jane Doe",), ("Reuters",))),
    (
        "By Jane Doe, Lviv and John Roe, Odesa",
        (
            "Jane Doe, Lviv and John Roe, Odesa",
            ("Jane Doe", "John Roe"),
            (),
        ),
    ),
    (
        "By Jane Doe, John Smith and Ann Lee",
        (
            "Jane Doe, John Smith and Ann Lee",
            ("Jane Doe", "John Smith", "Ann Lee"),
            (),
        ),
    ),
    ("By Jane Doe, AFP", ("Jane Doe, AFP", ("Jane Doe",), ("AFP",))),
    ("By Jane Doe, PhD", ("Jane Doe, PhD", ("Jane Doe",), ())),
    ("By Jane Doe, KNBX", ("Jane Doe, KNBX", ("Jane Doe",), ())),  # no agency invented
    # ... but a suffix after the comma belongs to the name.
    (
        "By Martin Luther King, Jr.",
        (
            "Martin Luther King, Jr.",
            ("Martin Luther King Jr.",),
            (),
        ),
    ),
    ("BY JOHN SMITH, III", ("JOHN SMITH, III", ("John Smith III",), ())),
    # Later credits that open with a role: only writers and reporters are authors, and a
    # timestamp glued to the end is not part of a name.
    (
        "Written by Jane Doe; edited by John Roe 2024-03-01T10:00:00Z",
        (
            "Jane Doe; edited by John Roe 2024-03-01T10:00:00Z",
            ("Jane Doe",),
            (),
        ),
    ),
    ("By Jane Doe; Edited by John Roe", ("Jane Doe; Edited by John Roe", ("Jane Doe",), ())),
    ("By Jane Doe Edited by John Roe", ("Jane Doe Edited by John Roe", ("Jane Doe",), ())),
    (
        "By Jane Doe 2024-03-01T10:00:00+02:00",
        (
            "Jane Doe 2024-03-01T10:00:00+02:00",
            ("Jane Doe",),
            (),
        ),
    ),
    (
        "By Jane Doe; additional reporting by Ann Lee",
        (
            "Jane Doe; additional reporting by Ann Lee",
            ("Jane Doe",),
            (),
        ),
    ),
    # Markdown links to a profile page: the link's text is the name.
    (
        "By [Jane Doe](https://example.com/author/jane-doe)",
        (
            "[Jane Doe](https://example.com/author/jane-doe)",
            ("Jane Doe",),
            (),
        ),
    ),
    (
        "By [Jane Doe](https://example.com/a/jd) and [John Roe](/people/john-roe)",
        (
            "[Jane Doe](https://example.com/a/jd) and [John Roe](/people/john-roe)",
            ("Jane Doe", "John Roe"),
            (),
        ),
    ),
    # A bureau after a job title, or in brackets, is not an author either.
    ("By Jane Doe, Reporter, Kyiv", ("Jane Doe, Reporter, Kyiv", ("Jane Doe",), ())),
    ("By Jane Doe (Kyiv)", ("Jane Doe (Kyiv)", ("Jane Doe",), ())),
    ("By Jane Doe (Reuters)", ("Jane Doe (Reuters)", ("Jane Doe",), ("Reuters",))),
    # A social handle is not part of the name.
    ("By Jane Doe @janedoe", ("Jane Doe @janedoe", ("Jane Doe",), ())),
    ("By Jane Doe Follow @jdoe_news", ("Jane Doe Follow @jdoe_news", ("Jane Doe",), ())),
    # "By" and the first name run together where a page's link began.
    ("ByAnna Reed,Tom Vale", ("Anna Reed,Tom Vale", ("Anna Reed", "Tom Vale"), ())),
    # An author as RSS writes one: the e-mail address, the name in brackets after it.
    ("By jdoe@example.com (Jane Doe)", ("jdoe@example.com (Jane Doe)", ("Jane Doe",), ())),
    (
        "By jdoe@example.com (Jane Doe), j.roe@mail.example.org (John Roe)",
        (
            "jdoe@example.com (Jane Doe), j.roe@mail.example.org (John Roe)",
            ("Jane Doe", "John Roe"),
            (),
        ),
    ),
    # Two lines of a wire byline run together: the name in capitals, then the title.
    (
        "By JANE DOE Associated Press Writer",
        (
            "JANE DOE Associated Press Writer",
            ("Jane Doe",),
            ("Associated Press",),
        ),
    ),
    (
        "By JANE DOE and JOHN ROE Associated Press",
        (
            "JANE DOE and JOHN ROE Associated Press",
            ("Jane Doe", "John Roe"),
            ("Associated Press",),
        ),
    ),
    ("BY JOHN MCDONALD Jr.", ("JOHN MCDONALD Jr.", ("John McDonald Jr.",), ())),
    # Initials are capitals whatever the name's case: no name in capitals ends at them.
    ("By N. R. Kleinfeld", ("N. R. Kleinfeld", ("N. R. Kleinfeld",), ())),
    (
        "By J. K. Rowan and A. B. Lee",
        ("J. K. Rowan and A. B. Lee", ("J. K. Rowan", "A. B. Lee"), ()),
    ),
    ("By AFP Staff", ("AFP Staff", (), ("AFP",))),
    # A desk, team or site credited instead of a person: a byline, but no one's name.
    ("By Web Desk", ("Web Desk", (), ())),
    ("By The Editorial Board", ("The Editorial Board", (), ())),
    ("By Newsroom", ("Newsroom", (), ())),
    # A job title run on after the name, no comma between.
    ("By Jane Doe Staff Writer", ("Jane Doe Staff Writer", ("Jane Doe",), ())),
    ("Par Jeanne Roe Journaliste", ("Jeanne Roe Journaliste", ("Jeanne Roe",), ())),
    ("Por María López Periodista", ("María López Periodista", ("María López",), ())),
    ("By Jane Doe, Bar Executive Editor", ("Jane Doe, Bar Executive Editor", ("Jane Doe",), ())),
    ("By Redacción", ("Redacción", (), ())),  # "newsroom" in other languages
    ("By Redazione", ("Redazione", (), ())),
    ("By Rédaction", ("Rédaction", (), ())),
    # An agency's edition or bureau is the agency's: no person.
    ("By Newsroom, CNN Greece", ("Newsroom, CNN Greece", (), ("CNN Greece",))),
    ("By Reuters Africa", ("Reuters Africa", (), ("Reuters Africa",))),
    ("By Jane Doe, Sports Team", ("Jane Doe, Sports Team", ("Jane Doe",), ())),
    ("By Jane Doe, Brand Partner", ("Jane Doe, Brand Partner", ("Jane Doe",), ())),
    ("By Pocket Phone Guide", ("Pocket Phone Guide", (), ())),
    # Outlets stay agencies, as before.
    ("By Example News Staff", ("Example News Staff", (), ("Example News",))),
    # A page lost the space between the last name and the outlet: the outlet's capital
    # after the name's lowercase is where they meet ("Kim" has only two lowercase letters).
    (
        "By Ann Lee & Bo KimDaily Post",
        ("Ann Lee & Bo KimDaily Post", ("Ann Lee", "Bo Kim"), ("Daily Post",)),
    ),
    ("By Tom McCreeshDaily Post", ("Tom McCreesh, Daily Post", ("Tom McCreesh",), ("Daily Post",))),
    # After the outlet, the last part is the region she reports from, not a second person.
    (
        "By Jane Doe, Daily Post, North Region",
        ("Jane Doe, Daily Post, North Region", ("Jane Doe",), ("Daily Post",)),
    ),
    (
        "By Cy DowDaily Post, North Region",
        ("Cy DowDaily Post, North Region", ("Cy Dow",), ("Daily Post",)),
    ),
    # ... but a person joined by "and" after the outlet is a second author.
    (
        "By Jane Doe, Reuters, and Tom Hale",
        ("Jane Doe, Reuters, and Tom Hale", ("Jane Doe", "Tom Hale"), ("Reuters",)),
    ),
    # A page's label caught with the names names no one.
    ("By RELATED:, Jon Vale", ("RELATED:, Jon Vale", ("Jon Vale",), ())),
    # A site's address credited instead of a writer: the outlet, not a person.
    ("By HARBOURLEDGER.COM", ("HARBOURLEDGER.COM", (), ("HARBOURLEDGER.COM",))),
    ("By harbourledger.co.uk", ("harbourledger.co.uk", (), ("harbourledger.co.uk",))),
    # The writer's page linked after the names (NewsAPI's Forbes authors, the name twice).
    (
        "By Jane Doe, Forbes Staff, Jane Doe, Forbes Staff https://example.test/sites/jdoe/",
        (
            "Jane Doe, Forbes Staff, Jane Doe, Forbes Staff https://example.test/sites/jdoe/",
            ("Jane Doe",),
            ("Forbes",),
        ),
    ),
    # A site's address among the parts credits the outlet.
    ("By VIP.de, Star News", ("VIP.de, Star News", (), ("VIP.de", "Star News"))),
    ("By Mara Quinn, Courier.com", ("Mara Quinn, Courier.com", ("Mara Quinn",), ("Courier.com",))),
    # A page printed the name twice (the writer's picture, then the link): one author.
    ("By Mara Quinn Mara Quinn", ("Mara Quinn Mara Quinn", ("Mara Quinn",), ())),
    ("By Mara Quinn Mara Quinn, TNN", ("Mara Quinn Mara Quinn, TNN", ("Mara Quinn",), ("TNN",))),
    # A page's dash before the prefix.
    ("— By Mara Quinn", ("Mara Quinn", ("Mara Quinn",), ())),
    ("-- By Mara Quinn", ("Mara Quinn", ("Mara Quinn",), ())),
    ("- by the harbour, a shed", None),  # a dash before a sentence stays one
    # Indonesian portals: "report by the journalist of" the outlet, then the name.
    (
        "Laporan Wartawan Tribun Jateng, Budi Santoso",
        ("Tribun Jateng, Budi Santoso", ("Budi Santoso",), ("Tribun Jateng",)),
    ),
    (
        "Laporan Reporter Warta Kota, Rina Ayu",
        ("Warta Kota, Rina Ayu", ("Rina Ayu",), ("Warta Kota",)),
    ),
    # Whom the reporter writes for, after "for", is an outlet, whatever its name's shape.
    (
        "By Jane Doe for HarbourOnline",
        ("Jane Doe for HarbourOnline", ("Jane Doe",), ("HarbourOnline",)),
    ),
    # Other languages' "By".
    ("Por María López", ("María López", ("María López",), ())),
    ("Par Jean Dupont et Marie Curie", None),  # "et" is no separator we read: not a byline
    ("Door Jan de Vries", ("Jan de Vries", ("Jan de Vries",), ())),
    ("Oleh Budi Santoso", ("Budi Santoso", ("Budi Santoso",), ())),
    ("Autor: Hans Müller", ("Hans Müller", ("Hans Müller",), ())),
    # Korean: the word for reporter after the names; a wire's place and agency before them.
    ("홍길동 기자", ("홍길동 기자", ("홍길동",), ())),
    ("홍길동·김영희 기자", ("홍길동·김영희 기자", ("홍길동", "김영희"), ())),
    ("(서울=연합뉴스) 홍길동 기자", ("(서울=연합뉴스) 홍길동 기자", ("홍길동",), ("연합뉴스",))),
    ("홍길동 특파원 gd@example.co.kr", ("홍길동 특파원", ("홍길동",), ())),
    # A city before the name, names apart by spaces, "text and photo by", a rank.
    ("부산/홍길동 기자 gd@example.co.kr", ("부산/홍길동 기자", ("홍길동",), ())),
    (
        "홍길동 김영희 이철수 기자",
        ("홍길동 김영희 이철수 기자", ("홍길동", "김영희", "이철수"), ()),
    ),
    ("글·사진 제주/홍길동 기자", ("글·사진 제주/홍길동 기자", ("홍길동",), ())),
    ("홍길동 선임기자", ("홍길동 선임기자", ("홍길동",), ())),
    # A broadcast's hand-over to its reporter; not a sentence saying someone is one.
    ("홍길동 기자입니다.", ("홍길동 기자", ("홍길동",), ())),
    ("홍길동 기자가 보도합니다.", ("홍길동 기자", ("홍길동",), ())),
    ("그는 기자입니다.", None),
    ("저는 기자입니다.", None),
    ("홍길동 선임 기자", ("홍길동 선임 기자", ("홍길동",), ())),
]


def test_a_profile_link_as_the_author_credits_no_site() -> None:
    # The link's host and the handle in its path are no outlets, nor people.
    article = parse("Phone review\n\nAuthor: https://www.facebook.com/mara.quinn/\n\nIt is fast.\n")
    assert (article.authors, article.agencies) == ((), ())


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[line for line, _ in BYLINES])
def test_bylines(line: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]] | None) -> None:
    byline = read_byline(line)
    if expected is None:
        assert byline is None, line
        return
    assert byline is not None, line
    assert (byline.text, byline.authors, byline.agencies) == expected


@pytest.mark.parametrize(
    "line",
    [
        # Prose that happens to start with "By".
        "By the numbers, prices rose.",
        "By the end of the year, prices will rise.",
        "By Tuesday the storm had passed",
        "By far the biggest",
        "By then",
        "By car",
        "By train and bus",
        "By 2030, half of cars will be electric",
        "By Jane Doe in the end",  # "in" followed by prose, not a place
        "By Tuesday",  # a weekday or month alone is a time, not a person
        "By Tuesday in Paris",
        "By March in Europe",
        # Not starting with a byline prefix at all.
        "Jane Doe",
        "Bystanders fled the scene",
        "Byron Bay Floods Again",  # a name opening with "By", not "By" and a name
        "ByTheWay",
        # A prefix with no one after it credits no one.
        "By",
        "By:",
        "By By",  # the label twice: a label is no name
        "By Author",
        "By :",
        "BY -",
        "Written by",
        "By ;",
        # Prose with a group word is still prose.
        "By team effort",
        "By board vote in May",
        # Other languages' "By" opening prose or a title.
        "Por la mañana llovió",
        "Por Qué Importa",
        "Par ailleurs",
        "Door Het Vuur",
        "Por favor",
        "기자회견이 열렸다",  # "press conference was held": the word inside another
        "홍길동 기자가 말했다",  # "reporter Hong said": a sentence
        # A file's name is no site's address (a dataset's id column: "001.txt").
        "By 001.txt",
        "By story.html",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Staff Writer", ()),
        ("Staff writer", ()),
        ("Senior Correspondent", ()),
        ("Associated Press Writer", ("Associated Press",)),
        ("Reuters", None),  # an agency alone is not a job title
        ("The deal", None),
    ],
)
def test_byline_continuation(line: str, agencies: tuple[str, ...] | None) -> None:
    assert read_byline_continuation(line) == agencies


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("EDWARD MCDONOUGH", "Edward McDonough"),
        ("Edward McDonough", "Edward McDonough"),  # mixed case is left as written
        ("J.R. SMITH", "J.R. Smith"),
        ("JOHN SMITH III", "John Smith III"),
        ("MARY O'BRIEN", "Mary O'Brien"),
        ("LISA MCDONALD-SMITH", "Lisa McDonald-Smith"),
        ("ANNE MCKAY-MCLEOD", "Anne McKay-McLeod"),
        ("AP", "AP"),  # too short to be a name in capitals
        ("ANNE-MARIE DUVAL", "Anne-Marie Duval"),
        ("SEAN O’BRIEN", "Sean O’Brien"),
        ("RONAN MCDONALD", "Ronan McDonald"),
        # "Mac" gets no capital after it: see _capitalise_piece.
        ("RONAN MACDONALD", "Ronan Macdonald"),
        ("ROSA MACHADO", "Rosa Machado"),
        ("JOHN MACK", "John Mack"),
    ],
)
def test_normalise_case(name: str, expected: str) -> None:
    assert normalise_case(name) == expected


def test_two_line_byline_in_an_article() -> None:
    article = parse(
        "Stadium Plan Approved\n\nBY JANE DOE\nStaff Writer\n\nMarch 3, 2025\n\n"
        "The board approved the plan.\n"
    )
    assert article.authors == ("Jane Doe",)
    assert article.agencies == ()
    assert article.date == "2025-03-03"
    assert article.paragraphs == ("The board approved the plan.",)


def test_byline_with_location_keeps_the_header_together() -> None:
    # Before the fix, "By Jane Doe in Kyiv" was not a byline: the header ended there, the
    # byline became a paragraph and the date line below it a section heading.
    article = parse(
        "Big Storm Hits Coast\n\nBy Jane Doe in Kyiv\n\nMarch 3, 2025\n\nThe storm hit the coast.\n"
    )
    assert article.byline == "Jane Doe in Kyiv"
    assert article.authors == ("Jane Doe",)
    assert article.date == "2025-03-03"
    assert [s.heading for s in article.sections] == [None]
    assert article.paragraphs == ("The storm hit the coast.",)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Mara Ivanova Mara is a science reporter based in Sofia.", "Mara Ivanova"),
        ("Tomas Berg Senior Editor Tomas covers phones and tablets.", "Tomas Berg"),
        ("Ines FalkIness FalkStaff Writer", "Ines Falk"),
        ("Pat O'Neill Follow @patoneill", "Pat O'Neill"),
        ("npaley@news.example (Nina Paley)", "Nina Paley"),
        ("npaley@news.example", None),  # an address names no one
        ("By: QX TECH | Updated on: May 02 2024, 09:10 IST", None),  # a site's desk
        ("[Mara Ivanova](https://example.com/author/mara-ivanova)", "Mara Ivanova"),
        ("[Mara Ivanova](https://example.com/author/mara) Science Reporter", "Mara Ivanova"),
        ("Pocket Phone Guide", None),
        ("Web Desk", None),
        ("Newsroom", None),
        ("The Editorial Board", None),
        ("Galaxy22", None),
        ("webdesk", None),
        # An office credited: the words before "Bureau" or "Desk" are its place or beat.
        ("KL Harbour City Bureau", None),
        ("Port Velmar Desk", None),
        ("Ines Falk, Bureau Chief", "Ines Falk"),
        # An author page names its author; a social page with a one-word slug names no one.
        ("https://example.com/profile/ines-falk", "Ines Falk"),
        ("https://news.example.com/authors/jan-van-dijk-2/", "Jan van Dijk"),
        ("https://www.example.com/harbourreviews", None),
        ("https://example.com/people/harbourreviews", None),
    ],
)
def test_the_name_that_opens_a_noisy_author_label(value: str, name: str | None) -> None:
    article = parse(f"Title: Big Day\nAuthor: {value}\n\nIt rained all week.\n")
    assert article.byline == value  # as credited: nothing is dropped
    assert article.authors == ((name,) if name else ())


def test_a_labelled_by_line_with_a_reading_time() -> None:
    # "By" goes, as from "Author: By Jane Doe"; the reading time stays, as credited.
    article = parse("Title: Big Day\nAuthor: By Pat O'Neill • 4 min read\n\nIt rained all week.\n")
    assert article.byline == "Pat O'Neill • 4 min read"
    assert article.authors == ("Pat O'Neill",)


def test_a_trailing_separator_after_a_byline_is_not_part_of_it() -> None:
    article = parse("Big Day\n\nBy Kirsi Laine -\n\nIt rained all week.\n")
    assert article.byline == "Kirsi Laine"
    assert article.authors == ("Kirsi Laine",)


def test_a_labelled_credit_line_names_its_writer() -> None:
    value = "Written by Tomas Berg; edited by Ines Falk 2023-06-01T09:30:00Z"
    article = parse(f"Title: Big Day\nAuthor: {value}\n\nIt rained all week.\n")
    assert article.byline == value.removeprefix("Written by ")
    assert article.authors == ("Tomas Berg",)


@pytest.mark.parametrize("value", ["By", "By:", "Written by", "by"])
def test_a_bare_prefix_credits_no_one(value: str) -> None:
    labelled = parse(f"Title: Big Day\nAuthor: {value}\n\nIt rained all week.\n")
    bare = parse(f"Big Day\n\n{value}\n\nIt rained all week.\n")
    assert labelled.authors == bare.authors == ()
    assert labelled.byline is None
    assert bare.byline is None


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("By Mara Lind in Ostrica and Port Velmar, Norland", ("Mara Lind",), ()),  # two places
        ("By Mara Lind in Kyiv and Jon Ek in Moscow", ("Mara Lind", "Jon Ek"), ()),
        ("By Mara Lind and Jon Ek in Kyiv", ("Mara Lind", "Jon Ek"), ()),
        ("By Mara Lind in Kyiv and Reuters", ("Mara Lind",), ("Reuters",)),
        # Found by the property suite: the job title after the place lost its agency.
        (
            "By Jan van Dijk in Kyiv, Associated Press Writer",
            ("Jan van Dijk",),
            ("Associated Press",),
        ),
    ],
)
def test_the_place_a_reporter_filed_from_may_name_two_places(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.authors, byline.agencies) == (authors, agencies)


@pytest.mark.parametrize(
    "line",
    [
        "By Mara Lind March 9, 2031",  # no mark between the byline and the date
        "Mara LindMarch 9, 2031 at 7:13 a.m. EST",  # the space between two links lost
        "By Mara Lind -   March 9, 2031 1520",  # a blog theme's view count after the date
        "By Mara Lind, staff reporterMarch 9, 2031: 11:20 AM ET",  # title and date glued
    ],
)
def test_a_byline_and_its_date_with_nothing_between(line: str) -> None:
    article = parse(f"Ferry resumes after the storm\n{line}\n\nThe ferry ran again on Monday.\n")
    assert article.authors == ("Mara Lind",)
    assert article.date is not None and article.date.startswith("2031-03-09")


def test_a_month_in_a_sentence_is_no_date_after_a_name() -> None:
    article = parse("Ferry resumes\n\nThe port said in March 9 ferries would run.\n")
    assert article.authors == () and article.date is None


def test_a_wire_credit_line_in_parentheses_names_the_reporters() -> None:
    """Reuters closes a story with its credits in parentheses: the reporters are the
    authors, the editors are not, and the line is set aside, not a paragraph."""
    text = (
        "Ferry fares rise\n\nPORT AVERY (Reuters) - Fares will rise in June, the operator said.\n\n"
        "(Reporting by Ada Morrow; Additional reporting by Tom Quill; Editing by Rosa Penn)\n"
    )
    article = parse(text)
    assert article.authors == ("Ada Morrow",)
    assert article.paragraphs == ("Fares will rise in June, the operator said.",)


@pytest.mark.parametrize("line", ["SPECIAL OFFER", "Special Offers", "SENIOR DISCOUNT"])
def test_a_menu_line_of_title_words_names_no_one(line: str) -> None:
    """A job title's word alone ("special", "senior") is no person's name: a shop's menu."""
    assert read_titled_name(line) is None
    article = parse(f"Cheese and wine\n\n{line}\n\nPair a young cheese with a young wine.\n")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("value", "authors", "agencies"),
    [
        ("李明", ("李明",), ()),
        ("欧阳修文", ("欧阳修文",), ()),
        ("山田 太郎", ("山田 太郎",), ()),  # family and given name apart
        ("李明，新华社", ("李明",), ("新华社",)),  # an agency ends in 社 (or 报, 网, 台, ...)
        ("人民日报", (), ("人民日报",)),
        ("新浪财经", (), ("新浪财经",)),  # "Sina Finance": an outlet of four characters
    ],
)
def test_chinese_and_japanese_names_under_an_author_label(
    value: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    article = parse(f"Title: Tram depot opens\nAuthor: {value}\n\nThe depot opened.\n")
    assert (article.authors, article.agencies) == (authors, agencies)
