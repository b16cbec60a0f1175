"""load.py: container records keep their own id and point at input lines."""

from __future__ import annotations

from articlecli.load import load_articles

TREC = b"""<DOC>
<DOCNO> XY000101-0001 </DOCNO>
<HEAD>Harbour Ferry Returns After Storm</HEAD>
<TEXT>
   The ferry sailed again on Monday after a week in dock, the port said.
</TEXT>
</DOC>
<DOC>
<DOCNO> XY000101-0002 </DOCNO>
<HEAD>Library Extends Opening Hours</HEAD>
<TEXT>
   The city library will open until nine on weekdays from next month.
</TEXT>
</DOC>
"""


def test_a_trec_docno_becomes_the_article_id() -> None:
    articles = list(load_articles(TREC, source="news.sgml"))
    assert [a.id for a in articles] == ["XY000101-0001", "XY000101-0002"]
    assert [a.headline for a in articles] == [
        "Harbour Ferry Returns After Storm",
        "Library Extends Opening Hours",
    ]


def test_container_field_lines_point_at_the_record_in_the_input() -> None:
    second = list(load_articles(TREC, source="news.sgml"))[1]
    assert second.source is not None and second.source.line == 8
    # The parser saw rebuilt text, not the input; its line numbers would mislead.
    assert set(second.lines.values()) == {8}, second.lines
    assert all(w.line in (None, 8) for w in second.warnings), second.warnings


def _page(headline: str) -> str:
    return (
        f"\n\n{headline} | Hollin Gazette\n\nMenu\n{headline}\nPosted: Mar 03, 2021 9:12 AM\n"
        "The quay board voted 5-2 on Tuesday \u2014 a decision skippers called steep.\n"
    )


def test_a_bytes_literal_input_is_one_page_on_line_1() -> None:
    data = (repr(_page("Quay tolls to double").encode()) + "\n").encode()
    (article,) = load_articles(data, source="page.txt")
    assert article.headline == "Quay tolls to double"
    # The input is one line: the page's own line numbers are no input lines.
    assert set(article.lines.values()) == {1}, article.lines


def test_bytes_literal_lines_are_one_article_each_at_their_line() -> None:
    headlines = ["Quay tolls to double", "Ferry returns", "Library opens late"]
    data = "".join(repr(_page(h).encode()) + "\n" for h in headlines).encode()
    articles = list(load_articles(data, source="pages.txt"))
    assert [a.headline for a in articles] == headlines
    assert [set(a.lines.values()) for a in articles] == [{1}, {2}, {3}]
