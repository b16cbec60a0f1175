"""RSS and Atom feeds: an article per item, its elements its fields."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlecli.feeds import feed_records
from articlecli.load import load_articles
from articlecli.split import split_text

RSS = """\
<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>Coastline Daily - Harbour</title>
    <link>https://example.com/harbour</link>
    <item>
      <title><![CDATA[Ferry resumes after the storm]]></title>
      <description><![CDATA[<p>The ferry ran again on Monday.</p>]]></description>
      <link>https://example.com/2031/03/09/ferry</link>
      <pubDate>Sun, 09 Mar 2031 08:15:00 GMT</pubDate>
      <dc:creator>Jane Roe</dc:creator>
      <enclosure url="https://example.com/ferry.jpg" type="image/jpeg"/>
    </item>
    <item>
      <title>Cranes &amp; tugs return to the docks</title>
      <description>The port&apos;s &lt;b&gt;cranes&lt;/b&gt; are back.</description>
      <link>https://example.com/2031/03/08/cranes</link>
    </item>
  </channel>
</rss>
"""
ATOM = """\
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coastline Daily</title>
  <link href="https://example.com/" rel="self"/>
  <entry>
    <title>Ferry resumes after the storm</title>
    <link rel="replies" href="https://example.com/ferry/comments"/>
    <link href="https://example.com/2031/03/09/ferry"/>
    <published>2031-03-09T08:15:00Z</published>
    <author><name>Jane Roe</name><email>jane@example.com</email></author>
    <summary>The ferry ran again on Monday.</summary>
  </entry>
</feed>
"""


def articles(text: str) -> list:
    return list(load_articles(text.encode("utf-8"), source="feed.xml"))


def test_an_rss_feed_gives_an_article_per_item() -> None:
    ferry, cranes = articles(RSS)
    assert (ferry.headline, ferry.authors, ferry.date, ferry.url, ferry.summary) == (
        "Ferry resumes after the storm",
        ("Jane Roe",),
        "2031-03-09T08:15:00+00:00",
        "https://example.com/2031/03/09/ferry",
        "The ferry ran again on Monday.",  # the HTML a CDATA section held is removed
    )
    # XML's references are decoded, then the HTML they held ("&lt;b&gt;") is removed.
    assert cranes.headline == "Cranes & tugs return to the docks"
    assert cranes.summary == "The port's cranes are back."
    assert [a.source.line for a in (ferry, cranes) if a.source] == [6, 14]


def test_an_atom_feed_takes_the_pages_link_and_the_authors_name() -> None:
    (ferry,) = articles(ATOM)
    assert ferry.url == "https://example.com/2031/03/09/ferry"  # not the replies feed
    assert ferry.authors == ("Jane Roe",)
    assert ferry.date == "2031-03-09T08:15:00+00:00"


def test_a_feed_without_items_is_text_as_written() -> None:
    (record,) = split_text("<rss version='2.0'><channel><title>Empty</title></channel></rss>\n")
    assert record.kind == "text" and record.verbatim and "Empty" in record.text


FEED_PIECES = ["<item>", "</item>", "<title>", "</title>", "<![CDATA[", "]]>", "&amp;", "x", "\n"]


@given(st.lists(st.sampled_from(FEED_PIECES), max_size=40).map("".join))
def test_any_markup_is_read_or_refused_without_a_crash(text: str) -> None:
    records = feed_records(text)
    if records is not None:
        assert all(line >= 1 for _text, line, _cut in records)


def test_a_crawlers_xml_of_articles() -> None:
    text = (
        "<article>\n<class>1</class>\n<title>Ferry resumes after the storm</title>\n"
        "<text>\nThe ferry ran again on Monday.</text>\n</article>\n"
        "<article>\n<class>2</class>\n<title>Cranes return</title>\n"
        "<text>The cranes came back.</text>\n</article>\n"
    )
    found = articles(text)
    assert [(a.headline, a.paragraphs) for a in found] == [
        ("Ferry resumes after the storm", ("The ferry ran again on Monday.",)),
        ("Cranes return", ("The cranes came back.",)),
    ]
    assert [a.source.line for a in found if a.source] == [1, 7]


def test_a_feed_cut_inside_its_last_item_gives_that_item_as_far_as_it_goes() -> None:
    cut_at = RSS.index("are back.")
    ferry, cranes = articles(RSS[:cut_at])
    # Cut in its description: the link, after it, is lost with the file's end.
    assert (cranes.headline, cranes.summary, cranes.url) == (
        "Cranes & tugs return to the docks",
        "The port's cranes",
        None,
    )
    assert [w.code for w in cranes.warnings if w.code == "AC119"] == ["AC119"]
    assert cranes.source is not None and cranes.source.line == 14  # its "<item>"
    assert "AC119" not in [w.code for w in ferry.warnings]


def test_a_whole_feed_has_no_cut_item() -> None:
    assert all("AC119" not in [w.code for w in a.warnings] for a in articles(RSS))
    assert [cut for _text, _line, cut in feed_records(RSS) or []] == [False, False]


def test_a_crawlers_last_article_that_lost_its_opening_tag_is_kept() -> None:
    """A file cut by hand: the last article's "<article>" went with the cut above it."""
    text = (
        "<article>\n<title>Ferry resumes after the storm</title>\n"
        "<text>\nThe ferry ran again on Monday.</text>\n</article>\n"
        "<class>2</class>\n<title>Cranes return</title>\n<text>\nThe cranes came back.\n"
    )
    _ferry, cranes = articles(text)
    assert (cranes.headline, cranes.paragraphs) == ("Cranes return", ("The cranes came back.",))
    assert cranes.source is not None and cranes.source.line == 6
    assert [w.code for w in cranes.warnings if w.code == "AC119"] == ["AC119"]


def test_an_items_other_elements_are_kept_aside_not_lost() -> None:
    text = (
        "<rss><channel><item><title>Ferry resumes after the storm</title>"
        "<link>https://example.com/ferry</link><guid isPermaLink='false'>ferry-0042</guid>"
        "<category><![CDATA[Harbour & Sea]]></category>"
        "<description>The ferry ran again on Monday.</description></item></channel></rss>\n"
    )
    (article,) = articles(text)
    assert (article.headline, article.url) == (
        "Ferry resumes after the storm",
        "https://example.com/ferry",
    )
    assert article.boilerplate == ("guid: ferry-0042", "category: Harbour & Sea")
