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
