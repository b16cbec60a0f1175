"""Date lines -> ISO 8601: written forms, times and zones, "Updated", and non-dates."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.dates import (
    DateLine,
    read_ambiguous_near,
    read_date_line,
    read_time_line,
    url_day,
)

# Written form -> the ISO value a reader would give it.
DATES: list[tuple[str, str]] = [
    ("March 19, 2025", "2025-03-19"),
    # A weekday before the time, the time before the date.
    ("Monday 17:49, 07-Dec-2017", "2017-12-07T17:49:00"),
    ("Mon. 10:42 AM EDT, March 20, 2025", "2025-03-20T10:42:00-04:00"),
    ("2025-03-19-18-20-11", "2025-03-19T18:20:11"),  # a file name's stamp, hyphens for colons
    ("2025-03-19-18-20", "2025-03-19T18:20:00"),
    # Milliseconds after a colon, as some CMSs write them; an offset's colon is no such.
    ("2025-03-19T06:43:01:282-08", "2025-03-19T06:43:01.282000-08:00"),
    ("2025-03-19T06:43+02:00", "2025-03-19T06:43:00+02:00"),
    ("20250319T064301", "2025-03-19T06:43:01"),  # ISO 8601's basic form, as APIs write it
    ("20250319T0643Z", "2025-03-19T06:43:00+00:00"),
    # A page's pieces joined without their spaces: the year and the hour (no year has five
    # digits), the zone and the update's label.
    ("Published Wed, Mar 19 20253:33 PM EST", "2025-03-19T15:33:00-05:00"),
    ("March 19, 202511:02 AM", "2025-03-19T11:02:00"),
    ("March 19 2025", "2025-03-19"),
    ("March 19th, 2025", "2025-03-19"),
    ("Mar. 19, 2025", "2025-03-19"),
    ("Sept 9, 2025", "2025-09-09"),
    ("19 March 2025", "2025-03-19"),
    ("19-Mar-2025", "2025-03-19"),
    ("21:11, 19-Mar-2025", "2025-03-19T21:11:00"),  # the time first, as a news site prints it
    ("Politics21:11, 19-Mar-2025", "2025-03-19T21:11:00"),  # the section glued to the time
    ("9 Sept. 2025", "2025-09-09"),
    ("Wednesday, March 19, 2025", "2025-03-19"),
    ("Wed, 19 Mar 2025", "2025-03-19"),
    ("2025-03-19", "2025-03-19"),
    ("2025/03/19", "2025-03-19"),
    ("19/03/2025", "2025-03-19"),  # 19 cannot be a month: day first
    ("03/19/2025", "2025-03-19"),  # 19 cannot be a month: month first
    ("19.03.2025", "2025-03-19"),
    ("March 19, 2025.", "2025-03-19"),
    ("Published March 19, 2025", "2025-03-19"),
    ("Published: March 19, 2025", "2025-03-19"),
    ("Posted on 3 June 2025", "2025-06-03"),
    ("Date: March 19, 2025", "2025-03-19"),
    # With a time but no zone: the time is kept as local time, never shifted.
    ("March 19, 2025 2:05 PM", "2025-03-19T14:05:00"),
    ("March 19, 2025 12 PM", "2025-03-19T12:00:00"),
    ("March 19, 2025 12 AM", "2025-03-19T00:00:00"),
    ("19 March 2025 09:30:15", "2025-03-19T09:30:15"),
    ("2025-03-19 14:05", "2025-03-19T14:05:00"),
    # With a zone: a fixed offset.
    ("March 19, 2025, 2:05 p.m. EDT", "2025-03-19T14:05:00-04:00"),
    ("March 19, 2025 at 14:05 MSK", "2025-03-19T14:05:00+03:00"),
    ("March 19, 2025 14:05 GMT", "2025-03-19T14:05:00+00:00"),
    ("March 19, 2025 14:05 UTC+3", "2025-03-19T14:05:00+03:00"),
    ("March 19, 2025 14:05 +03:00", "2025-03-19T14:05:00+03:00"),
    ("March 19, 2025 14:05 +0300", "2025-03-19T14:05:00+03:00"),
    ("March 19, 2025 14:05 -05", "2025-03-19T14:05:00-05:00"),
    ("March 19, 2025: 2:05 PM", "2025-03-19T14:05:00"),  # a colon before the time
    ("Thursday, 20 March 2025 09:30 CET", "2025-03-20T09:30:00+01:00"),
    ("March 19, 2025 09:30 (CET)", "2025-03-19T09:30:00+01:00"),
    ("2025-03-19T14:05:00+03:00", "2025-03-19T14:05:00+03:00"),
    ("2025-03-19T11:05:00Z", "2025-03-19T11:05:00+00:00"),
    # Ambiguous zone abbreviations (ET could be EST or EDT; IST has three meanings): the
    # line is still a date, and the time is kept without a zone rather than guessed.
    ("March 19, 2025 2:05 PM ET", "2025-03-19T14:05:00"),
    ("May 10, 2023 1:50 p.m. PT", "2023-05-10T13:50:00"),
    ("June 2, 2025 10:00 IST", "2025-06-02T10:00:00"),
    # The time first, as some sites print it.
    ("10:42 AM EDT, Thu March 20, 2025", "2025-03-20T10:42:00-04:00"),
    ("10:42 AM EDT, March 20, 2025", "2025-03-20T10:42:00-04:00"),
    ("14:05 GMT, 19 March 2025", "2025-03-19T14:05:00+00:00"),
    # "Released", also glued to the date by a scraper that lost the space.
    ("Released March 19, 2025", "2025-03-19"),
    ("ReleasedMarch 19, 2025", "2025-03-19"),
    # A place or desk after the date.
    ("March 19, 2025 | Kyiv", "2025-03-19"),
    ("Posted March 19, 2025 14:05 GMT - Harbour Desk", "2025-03-19T14:05:00+00:00"),
]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Updated March 20, 2025", "2025-03-20"),
        ("Last updated: 20 March 2025", "2025-03-20"),
        ("Updated March 4, 2025 at 9:10 a.m. EST", "2025-03-04T09:10:00-05:00"),
        ("Modified 2025-03-20", "2025-03-20"),
        ("Updated 10:42 AM EDT, Thu March 20, 2025", "2025-03-20T10:42:00-04:00"),
        ("Updated - March 20, 2025 09:38 pm CET - Eastvik", "2025-03-20T21:38:00+01:00"),
    ],
)
def test_updated_lines_set_updated(line: str, iso: str) -> None:
    assert read_date_line(line) == DateLine("updated", iso)


def test_published_and_updated_glued_on_one_line() -> None:
    line = "PUBLISHED WED, MAR 19 20253:33 PM ESTUPDATED THU, MAR 20 20257:53 AM EST"
    assert read_date_line(line) == DateLine(
        "date", "2025-03-19T15:33:00-05:00", updated="2025-03-20T07:53:00-05:00"
    )


@pytest.mark.parametrize("place", ["New Delhi,", "Mumbai, "])
def test_the_datelines_place_glued_before_the_updated_label(place: str) -> None:
    # "IST" names three zones: the time is kept without one.
    assert read_date_line(f"{place}UPDATED: Mar 23, 2031 12:08 IST") == DateLine(
        "updated", "2031-03-23T12:08:00"
    )
    assert read_date_line(f"{place}the year 2031") is None


def test_published_and_updated_on_one_line() -> None:
    assert read_date_line("March 19, 2025 / Updated March 20, 2025") == DateLine(
        "date", "2025-03-19", updated="2025-03-20"
    )
    assert read_date_line(
        "Published March 19, 2025 | Updated 10:00 AM EDT, March 20, 2025"
    ) == DateLine("date", "2025-03-19", updated="2025-03-20T10:00:00-04:00")
    # The update in brackets, in any language, perhaps glued to the date.
    assert read_date_line("14:16 19.03.2025(обновлено: 15:04 20.03.2025)") == DateLine(
        "date", "2025-03-19T14:16:00", updated="2025-03-20T15:04:00"
    )
    assert read_date_line("March 19, 2025 (Updated: March 20, 2025)") == DateLine(
        "date", "2025-03-19", updated="2025-03-20"
    )


# Languages that write the day first, with their month names, weekdays and labels.
FOREIGN_DATES = [
    ("4. März 2024, 10:20 Uhr", "2024-03-04T10:20:00"),
    ("Montag, 4. März 2024", "2024-03-04"),
    ("Publié le 1er mars 2024", "2024-03-01"),
    ("lunes, 4 de marzo de 2024", "2024-03-04"),
    ("4 de março de 2024", "2024-03-04"),
    ("giovedì 7 novembre 2024", "2024-11-07"),
    ("4 maart 2024", "2024-03-04"),
    ("Senin, 4 Maret 2024 10:20 WIB", "2024-03-04T10:20:00+07:00"),
    ("Pazartesi, 4 Mart 2024", "2024-03-04"),
    ("4 MAYIS 2024", "2024-05-04"),  # upper case with a dotless i
    ("12 NİSAN 2024", "2024-04-12"),  # and with a dotted capital I
    ("4 marca 2024 r.", "2024-03-04"),
    ("4 марта 2024 г.", "2024-03-04"),
    ("4 березня 2024", "2024-03-04"),
    ("04 Μαρτίου 2024", "2024-03-04"),  # Greek: the genitive, as Russian
    ("12 ΑΠΡΙΛΙΟΥ 2024", "2024-04-12"),  # in capitals, without the accent
    ("4 ΜΑΪΟΥ 2024", "2024-05-04"),  # or with the diaeresis alone
    ("19 Νοεμβρίου 2024", "2024-11-19"),
    ("Publié le 20 Septembre 2024 - 13h54", "2024-09-20T13:54:00"),  # French hours
    ("Publié le 20 septembre 2024 à 10h30", "2024-09-20T10:30:00"),
    ("2024年3月4日", "2024-03-04"),
    ("中華民國113年03月04日", "2024-03-04"),  # Taiwan's calendar: year 1 is 1912
    ("民國113年3月4日", "2024-03-04"),
    ("2024년 3월 4일 (월) 10:20", "2024-03-04T10:20:00"),
    ("입력 2024.03.04 10:20", "2024-03-04T10:20:00"),
    ("Giriş:09.08.2024 - 10:23", "2024-08-09T10:23:00"),  # Turkish "entry", no space
    ("时间：2024-03-04 10:20", "2024-03-04T10:20:00"),  # the colon full width
    ("Published: 2024-03-04 10:20 KST", "2024-03-04T10:20:00+09:00"),
    # A weekday or a label in a day-first language tells which number is the day.
    ("Thứ hai, 4/3/2024, 10:20 (GMT+7)", "2024-03-04T10:20:00+07:00"),
    ("Data publicării: 04-03-2024 10:20", "2024-03-04T10:20:00"),
    ("Publicado el 05/06/2024", "2024-06-05"),
    ("Objavljeno: 05.03.2024.", "2024-03-05"),
    # Vietnamese "ngày" (day) before the date, after its time too.
    ("09:15 ngày 21-04-2024", "2024-04-21T09:15:00"),
    ("ngày 5/3/2024", "2024-03-05"),
    # A year of two digits after points (Russian and German exports), 69 and up the last
    # century's.
    ("31.03.25 21:41", "2025-03-31T21:41:00"),
    ("4.3.24", "2024-03-04"),
    ("1.2.99", "1999-02-01"),
    # The value in brackets after its label.
    (
        "Datum i vrijeme objavljivanja (Mon, 04 Mar 2024 10:20:00 +0100)",
        "2024-03-04T10:20:00+01:00",
    ),
]


# Both tables: English forms, and the languages that write the day first.
@pytest.mark.parametrize(("line", "iso"), [*DATES, *FOREIGN_DATES])
def test_date_forms(line: str, iso: str) -> None:
    assert read_date_line(line) == DateLine("date", iso)


@pytest.mark.parametrize(
    ("line", "iso"),
    [("수정 2024-03-04 10:20", "2024-03-04T10:20:00"), ("Mis à jour le 5 mars 2024", "2024-03-05")],
)
def test_update_labels_in_other_languages(line: str, iso: str) -> None:
    assert read_date_line(line) == DateLine("updated", iso)


def test_an_english_weekday_leaves_a_numeric_date_ambiguous() -> None:
    assert read_date_line("Monday, 4/3/2024") == DateLine("date", None)


@pytest.mark.parametrize(
    "line",
    [
        "March on Washington",
        "May Day 2024",
        "May 2024",  # no day: not a date line
        "The 2025 season",
        "In March 19, 2025 was a day.",
        "Sales rose 12% in 2025",
        "Marching bands, 2025 edition",
        "Elections 2024 - Texas",  # a place after what is no date
        "Mai 2024",  # a month in another language, still no day
        "4 mars des femmes 2024",
        "Lundi 2024",
        "March 19, 2025 - the day the talks began",  # words after the date, not a place
        "2025",
        "",
        # Numbers with points that are no year of two digits.
        "v1.2.15",
        "3.2.1",
        "Version 1.2.15 is out",
    ],
)
def test_not_dates(line: str) -> None:
    assert read_date_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "February 30, 2025",
        "2025-02-30",
        "2025-13-01",
        "31/04/2025",
        "March 19, 2025 25:00",
        "March 19, 2025 13:00 PM",
        # 03/04/2025 is March 4th or 3 April: a date line, but not one we can read.
        "03/04/2025",
    ],
)
def test_invalid_dates_are_date_lines_without_value(line: str) -> None:
    # Recognised as a date line (so it is not taken for a headline or a paragraph),
    # but with no value: the parser warns "unparseable-date".
    assert read_date_line(line) == DateLine("date", None)


def test_invalid_date_warns_in_article() -> None:
    article = parse("Big Storm Hits Coast\n\nFebruary 30, 2025\n\nThe storm hit the coast.\n")
    assert article.date is None
    assert [(w.code, w.line) for w in article.warnings if w.code == "AC103"] == [("AC103", 3)]
    assert article.paragraphs == ("The storm hit the coast.",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12:03 PM", (12, 3, 0, None)),
        ("12:03 AM", (0, 3, 0, None)),
        ("12:03 PM EDT", (12, 3, 0, "EDT")),
        ("9:10", (9, 10, 0, None)),
        ("14:05 CET", (14, 5, 0, "CET")),
        ("2 PM", None),  # an hour alone is too weak to be a time line
        ("25:00", None),
        ("11:61", None),
    ],
)
def test_time_lines(line: str, expected: tuple[int, int, int, str | None] | None) -> None:
    assert read_time_line(line) == expected


def test_time_on_the_line_after_the_date() -> None:
    article = parse("Big Storm Hits Coast\n\nMarch 3, 2025\n2:15 PM GMT\n\nThe storm hit.\n")
    assert article.date == "2025-03-03T14:15:00+00:00"


def test_dates_do_not_depend_on_the_host_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    if hasattr(time, "tzset"):
        time.tzset()
    try:
        assert read_date_line("March 19, 2025 2:05 PM") == DateLine("date", "2025-03-19T14:05:00")
        assert read_date_line("March 19, 2025") == DateLine("date", "2025-03-19")
    finally:
        monkeypatch.undo()
        if hasattr(time, "tzset"):
            time.tzset()


def test_header_date_and_updated_lines() -> None:
    article = parse(
        "Big Storm Hits Coast\n\nPublished March 3, 2025\n\nUpdated March 4, 2025\n\n"
        "The storm hit the coast.\n"
    )
    assert (article.date, article.updated) == ("2025-03-03", "2025-03-04")
    assert (article.lines["date"], article.lines["updated"]) == (3, 5)


def test_a_date_line_with_an_ambiguous_zone_stays_in_the_header() -> None:
    # Before the fix, "ET" made the line unreadable: the date was lost and the line took
    # the headline's place.
    article = parse("Storm Hits Coast\n\nBy Jane Doe\n\nMarch 19, 2025 2:05 PM ET\n\nRain fell.\n")
    assert article.headline == "Storm Hits Coast"
    assert article.date == "2025-03-19T14:05:00"
    assert article.paragraphs == ("Rain fell.",)


# ---------------------------------------------------------------------------------------
# The day in the URL stands in for a missing date line


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://a.example/world/2025/03/19/talks/", "2025-03-19"),
        ("https://a.example/law/2026/feb/02/some-story", "2026-02-02"),
        ("https://a.example/world/some-story-2025-02-10", "2025-02-10"),
        ("https://a.example/2024/02/story.html", None),  # a month is no day
        ("https://a.example/2025/02/30/story", None),  # no such day
        ("https://a.example/news/story-12345", None),
        ("http://news.example/science/2031-05/05/c_1361.htm", "2031-05-05"),
        ("http://paper.example/n1/2031/0505/c1001-2.html", "2031-05-05"),
        ("http://paper.example/n1/2031/1399/c1001-2.html", None),  # no such day
    ],
)
def test_url_day(url: str, day: str | None) -> None:
    assert url_day(url) == day


_NO_DATE_LINE = """\
Harbour Ferry Returns After Storm

By Ana Souza

The ferry to the islands ran again on Tuesday after three days in port.

Original url: https://news.example.org/city/2024/11/05/ferry-returns/
"""


def test_an_article_without_a_date_line_is_dated_by_its_url() -> None:
    article = parse(_NO_DATE_LINE)
    assert article.date == "2024-11-05"
    assert "date" not in article.lines  # no line says it
    assert "AC102" not in {w.code for w in article.warnings}  # the date is not missing


@pytest.mark.parametrize(
    ("date_line", "date", "codes"),
    [
        ("November 4, 2024", "2024-11-04", set()),  # a date line wins over the URL
        ("Date: unknown", "2024-11-05", set()),  # a crawler's "unknown": no date line
        ("Date: sometime last week", "2024-11-05", {"AC103"}),  # unreadable: still said
    ],
)
def test_a_date_line_and_the_url(date_line: str, date: str, codes: set[str]) -> None:
    text = _NO_DATE_LINE.replace("By Ana Souza\n", f"By Ana Souza\n{date_line}\n")
    article = parse(text)
    assert article.date == date, article.warnings
    assert {w.code for w in article.warnings} & {"AC102", "AC103"} == codes


def test_an_undated_url_gives_no_date() -> None:
    article = parse(_NO_DATE_LINE.replace("2024/11/05/", ""))
    assert article.date is None
    assert "AC102" in {w.code for w in article.warnings}


def test_the_canonical_text_leaves_a_url_date_in_the_url() -> None:
    """The text writes no date line the document did not have, and reads back the same."""
    from articlecli.render.text import to_text

    article = parse(_NO_DATE_LINE)
    text = to_text(article)
    assert "2024-11-05" not in text.replace("2024/11/05", "")
    assert parse(text).date == "2024-11-05"


@pytest.mark.parametrize(
    ("line", "url", "date"),
    [
        # The URL's day, a day before: the date is day first, its time kept.
        ("11/04/2031 12:34", "https://example.test/news/2031/04/10/ferry", "2031-04-11T12:34:00"),
        # Month first, the same day as the URL's.
        ("Date: 04/11/2031", "https://example.test/2031/04/11/ferry", "2031-04-11"),
        # Neither way near the URL's day: the URL's day, as for any unreadable date.
        ("03/04/2031", "https://example.test/2031/07/05/ferry", "2031-07-05"),
    ],
)
def test_an_undecided_date_is_read_the_way_near_the_urls_day(
    line: str, url: str, date: str
) -> None:
    text = f"Ferry returns\n{line}\n\nThe ferry ran again on Monday.\n\nOriginal url: {url}\n"
    assert parse(text).date == date


def test_an_undecided_date_is_read_the_way_that_falls_near() -> None:
    # The two readings of a day and a month are weeks apart: at most one is near.
    assert read_ambiguous_near("03/04/2031", "2031-04-01") == "2031-04-03"
    assert read_ambiguous_near("03/04/2031", "2031-03-06") == "2031-03-04"
    assert read_ambiguous_near("03/04/2031", "2031-05-20") is None
    assert read_ambiguous_near("Harbour at 3/4", "2031-03-06") is None  # no date at all
