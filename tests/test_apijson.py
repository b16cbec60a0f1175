"""News APIs' JSON: each article object becomes an article, its keys its fields."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlecli.apijson import api_records
from articlecli.load import load_articles

FERRY = {
    "source": {"id": None, "name": "Coastline Daily"},
    "author": "Mira Tolvane",
    "title": "Velmar night ferry approved \u2014 first sailing in May",
    "description": "The harbour board approved a late service after a petition.",
    "url": "https://example.test/2024/03/09/ferry-approved",
    "urlToImage": "https://example.test/ferry.jpg",
    "publishedAt": "2024-03-09T08:15:00Z",
    "content": "The harbour board said on Friday\r\nthat the service would start in May."
    "… [+1200 chars]",
}
FERRY_TEXT = "The harbour board said on Friday that the night service would start in May."
CRANES = {
    "source": {"id": "port-times", "name": "Port Times"},
    "author": None,
    "title": "Crane fleet doubles at Port Velmar",
    "description": None,
    "url": "https://example.test/cranes",
    "publishedAt": "2024-03-08T10:00:00Z",
    "content": None,
}


def articles(value: Any, *, indent: int | None = 2) -> list[Any]:
    data = json.dumps(value, indent=indent, ensure_ascii=False).encode("utf-8")
    return list(load_articles(data, source="api.json"))


def test_a_newsapi_response_gives_each_article_its_fields() -> None:
    ferry, cranes = articles({"status": "ok", "totalResults": 2, "articles": [FERRY, CRANES]})
    assert ferry.headline == "Velmar night ferry approved \u2014 first sailing in May"
    assert ferry.publication == "Coastline Daily"
    assert ferry.authors == ("Mira Tolvane",)
    assert ferry.date == "2024-03-09T08:15:00+00:00"
    assert ferry.url == "https://example.test/2024/03/09/ferry-approved"
    assert ferry.summary == "The harbour board approved a late service after a petition."
    # The line break inside the text is a wrapped line; the API's cut mark is no text.
    assert ferry.paragraphs == (
        "The harbour board said on Friday that the service would start in May.",
    )
    assert (cranes.headline, cranes.authors, cranes.summary, cranes.paragraphs) == (
        "Crane fleet doubles at Port Velmar",
        (),
        None,
        (),
    )
    # The picture's link, which no field takes, is kept aside; nulls say nothing.
    assert ferry.boilerplate == ("urlToImage: https://example.test/ferry.jpg",)
    assert cranes.boilerplate == ()


def test_keys_no_field_takes_are_kept_aside_as_a_tables_other_cells_are() -> None:
    (article,) = articles(
        [
            {
                "title": "Tram depot opens to visitors",
                "link": "https://example.test/n/51",
                "foto": "https://example.test/pics/51.jpg",
                "tags": ["transport", " depot "],
                "comments": 14,
                "category": "Local\nnews",
                "draft": False,  # a flag, not text
                "source": {"id": "harbour-ledger", "name": "Harbour Ledger"},
                "media": [{"src": "https://example.test/pics/52.jpg"}],  # structure
            }
        ]
    )
    assert article.publication == "Harbour Ledger"
    assert article.boilerplate == (
        "foto: https://example.test/pics/51.jpg",
        "tags: transport, depot",
        "comments: 14",
        "category: Local news",
    )
    assert article.photo_credit is None and article.paragraphs == ()


def test_a_python_dict_printed_with_its_times() -> None:
    # A program printed a record as Python does: single quotes, None, and a time object,
    # which a literal cannot build; the time reads as the date. 'null' says no value.
    text = (
        "{'datetime': datetime.datetime(2031, 3, 9, 8, 15, 2, tzinfo=datetime.timezone.utc),\n"
        " 'headline': 'Tram depot opens to visitors', 'subsection': 'null',\n"
        " 'webURL': 'https://example.test/n/5', 'abstract': None,\n"
        " 'imageURL': 'images/2031/03/09/depot-articleLarge.png',\n"
        " 'day': datetime.date(2031, 3, 9)}\n"
    )
    (article,) = list(load_articles(text.encode(), source="record.txt"))
    assert (article.headline, article.date, article.url) == (
        "Tram depot opens to visitors",
        "2031-03-09T08:15:02+00:00",
        "https://example.test/n/5",
    )
    # The picture's file, with slashes, is no credit ("X / POOL / TASS").
    assert article.photo_credit is None
    assert article.boilerplate == (
        "imageURL: images/2031/03/09/depot-articleLarge.png",
        "day: 2031-03-09",
    )


def test_a_long_value_of_a_key_no_field_takes_stays_aside_over_the_text() -> None:
    (article,) = articles(
        [
            {
                "title": "Tram depot opens to visitors",
                "link": "https://example.test/n/51",
                "ai_summary": "There is no text to sum up. Please give me the article's text!",
                "content": "The depot opened on Sunday. Hundreds came to see the old trams.",
            }
        ]
    )
    assert article.boilerplate == (
        "ai summary: There is no text to sum up. Please give me the article's text!",
    )
    assert article.paragraphs == (
        "The depot opened on Sunday. Hundreds came to see the old trams.",
    )


def test_a_withdrawn_story_and_an_author_as_rss_writes_one() -> None:
    # NewsAPI keeps a withdrawn story's place with "[Removed]" in every field: no article.
    removed = {
        "source": {"id": None, "name": "[Removed]"},
        "author": None,
        "title": "[Removed]",
        "description": "[Removed]",
        "url": "https://removed.com",
        "publishedAt": "2024-03-09T08:00:00Z",
        "content": "[Removed]",
    }
    mailed = {**CRANES, "author": "mtolvane@example.test (Mira Tolvane)"}
    (cranes,) = articles({"status": "ok", "articles": [removed, mailed]})
    assert (cranes.headline, cranes.authors) == (
        "Crane fleet doubles at Port Velmar",
        ("Mira Tolvane",),
    )


def test_text_cut_mid_sentence_keeps_its_ellipsis_and_is_no_heading() -> None:
    cut = {**CRANES, "content": "The port said on Monday.\r\n\r\nCranes arrive in Ma… [+812 chars]"}
    (cranes,) = articles({"status": "ok", "articles": [cut]})
    assert cranes.paragraphs == ("The port said on Monday.", "Cranes arrive in Ma…")
    assert [section.heading for section in cranes.sections] == [None]


def test_a_feed_of_items_under_a_count_of_them() -> None:
    # A market-news API: its count under a key that lists articles elsewhere ("items"), the
    # articles under "feed", each time in ISO 8601's basic form.
    response = {
        "items": "2",
        "feed": [
            {
                "title": "Chip maker lifts outlook",
                "url": "https://example.test/chip",
                "time_published": "20310505T091400",
                "authors": ["Lena Moor"],
            },
            {"title": "Bank cuts rates", "url": "https://example.test/bank", "authors": []},
        ],
    }
    chips, bank = articles(response, indent=None)
    assert (chips.headline, chips.date, chips.authors) == (
        "Chip maker lifts outlook",
        "2031-05-05T09:14:00",
        ("Lena Moor",),
    )
    assert (bank.headline, bank.url) == ("Bank cuts rates", "https://example.test/bank")


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        (1935735000000, "2031-05-05T08:10:00+00:00"),  # milliseconds, as JavaScript writes
        (1935735000, "2031-05-05T08:10:00+00:00"),  # seconds
        (42, None),  # a number that is no time of this century
        (True, None),
    ],
)
def test_a_unix_time_under_a_dates_key(stamp: object, date: str | None) -> None:
    (ferry,) = articles(
        {"title": "Ferry fares frozen", "url": "https://example.test/f", "date": stamp}
    )
    assert ferry.date == date


def test_a_story_kept_as_a_list_of_paragraphs() -> None:
    (frost,) = articles(
        {
            "title": "Frost hits the valley",
            "link": "https://example.test/frost?id=77",
            "date": "2031-11-12T07:15:22:519-08",
            "snippets": ["Temperatures fell to minus ten overnight.", "Schools opened late."],
        }
    )
    assert frost.paragraphs == ("Temperatures fell to minus ten overnight.", "Schools opened late.")
    assert frost.date == "2031-11-12T07:15:22.519000-08:00"


def test_the_outlets_own_name_is_no_part_of_the_title_and_no_author() -> None:
    # News APIs keep the page title's site suffix, and fill "author" with the outlet.
    ledger = {
        "source": {"name": "Harbour Ledger"},
        "author": "Harbour Ledger",
        "title": "City Hall approves the budget - Harbour Ledger",
        "url": "https://www.harbourledger.example/city/budget-approved-123",
        "publishedAt": "2024-03-09T08:15:00Z",
    }
    site = {
        **ledger,
        "author": "HARBOURLEDGER.COM",
        "title": "Bus lanes extended to the ferry port - Ledger",  # the end of the host's name
    }
    shared = {**ledger, "source": {"name": "Coast Media"}, "author": "Mira Tolvane"}
    first, second, third = articles({"articles": [ledger, site, shared]})
    assert (first.headline, first.authors, first.agencies) == (
        "City Hall approves the budget",
        (),
        ("Harbour Ledger",),
    )
    assert first.publication == "Harbour Ledger" and "Harbour Ledger" not in first.boilerplate
    assert (second.headline, second.authors, second.agencies) == (
        "Bus lanes extended to the ferry port",
        (),
        ("HARBOURLEDGER.COM",),
    )
    assert second.boilerplate == ("Ledger",)  # the suffix, kept: it is not the publication
    # The host names the outlet when the source names its owner.
    assert (third.headline, third.authors) == ("City Hall approves the budget", ("Mira Tolvane",))


def test_a_desk_of_the_outlet_named_after_it_is_no_part_of_the_title() -> None:
    """ "- Ledger Finance" on the Ledger's own site: its desk's name, not the title's words;
    a suffix that only opens with the outlet's word ("- Ledger shares fall") stays."""
    desk = {
        "title": "City Hall approves the budget - Ledger Finance",
        "url": "https://finance.ledger.example/budget-approved-123",
    }
    words = {**desk, "title": "City Hall approves the budget - Ledger shares fall"}
    first, second = articles([desk, words])
    assert (first.headline, first.publication) == (
        "City Hall approves the budget",
        "Ledger Finance",
    )
    assert second.headline == "City Hall approves the budget - Ledger shares fall"


def test_a_news_please_record_gives_its_text_and_publication_date() -> None:
    record = {
        "authors": [],
        "date_download": "2031-10-19 22:29:10",
        "date_publish": "2031-10-19 07:12:00",
        "maintext": "The ferry ran again on Monday.\n\nTickets stay valid, the operator said.",
        "title": "Ferry resumes",
        "url": "https://news.example/ferry",
    }
    (article,) = articles(record)
    assert article.paragraphs == (
        "The ferry ran again on Monday.",
        "Tickets stay valid, the operator said.",
    )
    assert article.date == "2031-10-19T07:12:00"


def test_a_scrapers_items_that_found_only_their_titles_are_articles() -> None:
    """JSON Lines of a crawl's items, some with the title only ({"title": ..., "body":
    null}): each titled item is an article; an item of other keys is no article."""
    lines = [
        {"title": "Ferry resumes after the storm", "body": None},
        {"title": "Pier to close for repairs", "body": "The old pier will close in May."},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    first, second = load_articles(data, source="items.jl")
    assert (first.headline, first.paragraphs) == ("Ferry resumes after the storm", ())
    assert second.paragraphs == ("The old pier will close in May.",)
    assert api_records(json.dumps([{"title": "Settings", "theme": "dark"}])) is None


def test_a_list_of_headlines_and_a_key_glued_to_the_storys_word() -> None:
    """{"headlines": [...], "newstext": ...}: the title is the list's, the text the key's
    after the story's word it is glued to."""
    (article,) = articles(
        [{"headlines": ["Ferry resumes after the storm"], "newstext": "The ferry ran again."}]
    )
    assert (article.headline, article.paragraphs) == (
        "Ferry resumes after the storm",
        ("The ferry ran again.",),
    )


def test_a_title_suffix_or_a_writer_that_only_looks_like_the_outlet_stays() -> None:
    dash = {
        "source": {"name": "Anna Post"},
        "author": "Anna",  # a writer's name that opens the outlet's: only a whole name counts
        "title": "Ferry fares rise - and islanders protest",
        "url": "https://annapost.example/fares",
    }
    (article,) = articles({"articles": [dash]})
    assert article.headline == "Ferry fares rise - and islanders protest"
    assert article.authors == ("Anna",)


def test_a_feed_librarys_own_key_for_the_text_is_read() -> None:
    item = {
        "title": "Port traffic slows",
        "link": "https://example.test/port-traffic",
        "content_value": "Cranes at the east quay on Monday. Photographer: Leo Park/Example News",
        "sentiment": "neutral",  # a key of no field's: kept aside
    }
    (article,) = articles([item])
    assert (article.photo_caption, article.photo_credit) == (
        "Cranes at the east quay on Monday.",
        "Leo Park/Example News",
    )
    assert article.boilerplate == ("sentiment: neutral",)


def test_a_published_date_key_and_a_label_caught_as_the_author() -> None:
    item = {
        "title": "Bridge vote delayed",
        "author": "RELATED:",  # a page's label where the name should be
        "authors": "RELATED:,Jon Vale",
        "published_date": "2031-03-04 07:15:00",
        "url": "https://example.test/bridge",
    }
    (article,) = articles([item])
    assert (article.authors, article.date) == (("Jon Vale",), "2031-03-04T07:15:00")


def test_a_response_saved_as_the_json_string_it_was_encoded_into() -> None:
    twice = json.dumps(json.dumps({"articles": [FERRY, CRANES]})).encode("utf-8")
    ferry, cranes = load_articles(twice, source="api.txt")
    assert (ferry.headline, cranes.headline) == (FERRY["title"], CRANES["title"])


def test_each_article_is_located_at_its_title_line() -> None:
    ferry, cranes = articles({"articles": [FERRY, CRANES]})
    text = json.dumps({"articles": [FERRY, CRANES]}, indent=2, ensure_ascii=False).splitlines()
    assert ferry.source is not None and cranes.source is not None
    assert text[ferry.source.line - 1].strip().startswith('"title": "Velmar night ferry')
    assert text[cranes.source.line - 1].strip().startswith('"title": "Crane fleet')
    assert (ferry.source.index, cranes.source.index) == (0, 1)
    assert set(ferry.lines.values()) == {ferry.source.line}


@pytest.mark.parametrize(
    "response",
    [
        # The Guardian: titles and links under response.results, the text in fields.
        {
            "response": {
                "status": "ok",
                "results": [
                    {
                        "webTitle": "Crane fleet doubles at Port Velmar",
                        "webUrl": "https://example.test/cranes",
                        "webPublicationDate": "2024-03-08T10:00:00Z",
                        "fields": {"bodyText": "The port's crane fleet doubled this year."},
                    }
                ],
            }
        },
        # The New York Times: the headline and byline are objects.
        {
            "response": {
                "docs": [
                    {
                        "headline": {"main": "Crane fleet doubles at Port Velmar"},
                        "web_url": "https://example.test/cranes",
                        "pub_date": "2024-03-08T10:00:00+0000",
                        "byline": {"original": "By Jonas Ek"},
                        "lead_paragraph": "The port's crane fleet doubled this year.",
                    }
                ]
            }
        },
        # A scraper's own list of records.
        [
            {
                "headline": "Crane fleet doubles at Port Velmar",
                "link": "https://example.test/cranes",
                "date": "2024-03-08",
                "text": "The port's crane fleet doubled this year.",
            }
        ],
    ],
)
def test_other_apis_and_lists_of_records(response: Any) -> None:
    (article,) = articles(response)
    assert article.headline == "Crane fleet doubles at Port Velmar"
    assert article.url == "https://example.test/cranes"
    assert article.date is not None and article.date.startswith("2024-03-08")


@pytest.mark.parametrize("indent", [None, 2])
def test_a_list_of_rows_without_names_is_read_as_a_table_without_a_header(
    indent: int | None,
) -> None:
    """A scraper's results kept as lists: [title, link, snippet, date, the page's text]; the
    columns are told by what they hold (the snippet's sentences are the summary)."""
    story = "The harbour board said on Friday that the night service would start in May."
    rows = [
        [
            "Velmar night ferry approved",
            "https://example.test/2024/03/09/ferry",
            "The harbour board said ...",
            "Mar 9, 2024",
            story,
        ],
        [
            "Crane fleet doubles at Port Velmar",
            "https://example.test/cranes",
            None,
            "Mar 8, 2024",
            f"{story} The cranes came by sea.",
        ],
    ]
    ferry, cranes = articles(rows, indent=indent)
    assert (ferry.headline, ferry.url, ferry.date, ferry.paragraphs) == (
        "Velmar night ferry approved",
        "https://example.test/2024/03/09/ferry",
        "2024-03-09",
        (story,),
    )
    assert (ferry.summary, ferry.boilerplate) == ("The harbour board said ...", ())
    assert (cranes.headline, cranes.date, cranes.summary) == (
        "Crane fleet doubles at Port Velmar",
        "2024-03-08",
        None,
    )


def test_a_date_and_author_kept_in_a_nested_object_of_metadata() -> None:
    """A scraper's page metadata: {"extra_metadata": {"time": ..., "author": ...}}, or two
    deep ({"meta_data": {"article": {"published_time": ...}}}); the object's own fields win,
    and a list of other items under it lends none."""
    nested = {
        "title": "Velmar night ferry approved",
        "url": "https://example.test/ferry",
        "content": FERRY_TEXT,
        "extra_metadata": {"time": "09:15 ngày 09-03-2024", "author": "Mira Tolvane"},
    }
    deeper = {
        "title": "Crane fleet doubles",
        "url": "https://example.test/cranes",
        "meta_data": {"article": {"published_time": "2024-03-08T10:00:00+07:00"}},
        "related": [{"title": "Older story", "date": "2020-01-01"}],
    }
    own = {**nested, "date": "2024-03-10"}
    listed = {
        "title": "Tugs return",
        "url": "https://example.test/tugs",
        "related": [{"title": "Older story", "date": "2020-01-01", "author": "Jane Roe"}],
    }
    found = articles([nested, deeper, own, listed])
    assert [(a.date, a.authors) for a in found] == [
        ("2024-03-09T09:15:00", ("Mira Tolvane",)),
        ("2024-03-08T10:00:00+07:00", ()),
        ("2024-03-10", ("Mira Tolvane",)),
        (None, ()),
    ]


def test_a_mongodb_exports_date_object() -> None:
    item = {**CRANES, "publishedAt": {"$date": "2019-02-28T22:03:05.335Z"}}
    (article,) = articles([item])
    assert article.date == "2019-02-28T22:03:05.335000+00:00"


def test_json_lines_of_article_objects() -> None:
    data = "".join(json.dumps(obj) + "\n" for obj in (FERRY, CRANES)).encode("utf-8")
    found = list(load_articles(data, source="api.jsonl"))
    assert [a.headline for a in found] == [FERRY["title"], CRANES["title"]]
    assert [a.source.line for a in found if a.source] == [1, 2]


@pytest.mark.parametrize(
    "value",
    [
        {"status": "error", "code": "apiKeyInvalid", "message": "Your API key is invalid."},
        [{"title": "A title alone, with nothing else"}],  # no link and no text
        {"articles": "none today"},
        [1, 2, 3],
        [[1, 2], [3, 4]],  # rows of numbers: no title, link or text
        [["Harbour", "Ferry"], ["Port", "Crane"]],  # rows of words
    ],
)
def test_json_without_article_objects_is_no_api_response(value: Any) -> None:
    assert api_records(json.dumps(value)) is None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["title", "url", "author", "source", "articles", "response", "name", "x"]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_any_json_value_is_read_or_refused_without_a_crash(value: Any) -> None:
    records = api_records(json.dumps(value))
    if records is not None:
        assert all(r.text.startswith("Title: ") and r.line >= 1 and not r.cut for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # A script's variable holding the response.
        'feed = {"articles": [{"title": "Ferry resumes", "url": "https://example.com/f"}]};\n',
        'var news = [\n  {"title": "Ferry resumes", "url": "https://example.com/f"}\n]\n',
        # A Python list as a program printed it.
        "[{'title': 'Ferry resumes', 'url': 'https://example.com/f', 'author': None}]\n",
        # A wrapper of another name, and keys with spaces after them.
        '{"story": {"title ": "Ferry resumes", "url ": "https://example.com/f"}}\n',
        # JSONP: the response as the argument of the page's callback, over lines.
        'data_callback([\n  {"title": "Ferry resumes",\n  "docurl": "https://example.com/f"}\n]);\n',
        'jsonp_17({"items": [{"title": "Ferry resumes", "link": "https://example.com/f"}]})',
        # Keys in the crawl's own language, as the parser reads labels.
        '[{"titulo": "Ferry resumes", "imagen": "https://img.example/f.jpg",'
        ' "enlace": "https://example.com/f"}]',
        '[{"titel_original": "Ferry resumes", "titel_arabisch": "x", "link": "https://example.com/f"}]',
        '[{"judul": "Ferry resumes", "url": "https://example.com/f", "waktu_publish": "x"}]',
    ],
)
def test_responses_as_programs_keep_them(text: str) -> None:
    (article,) = load_articles(text.encode("utf-8"), source="api.txt")
    assert (article.headline, article.url) == ("Ferry resumes", "https://example.com/f")


@pytest.mark.parametrize(
    "text",
    [
        "x = 1\n",  # an assignment of no object
        "Ferry = {the boat} resumes\n",  # prose with braces
        "{'title': 'Ferry resumes'\n",  # a broken literal
        "print(the ferry {resumes})\n",  # a call of no value
    ],
)
def test_text_that_only_looks_like_a_program_is_text(text: str) -> None:
    assert api_records(text) is None


def test_the_whole_objects_of_a_cut_off_document_are_read() -> None:
    """A crawl stopped mid-write leaves JSON that does not parse: the articles that are
    whole in it are still read, each at its line."""
    whole = json.dumps({"articles": [FERRY, CRANES]}, indent=2, ensure_ascii=False)
    cut = whole[: whole.index('"title": "Crane fleet')]  # the second article is cut off
    (ferry,) = load_articles(cut.encode("utf-8"), source="cut.json")
    assert ferry.headline == FERRY["title"]
    assert ferry.source is not None
    assert cut.splitlines()[ferry.source.line - 1].strip().startswith('"title": "Velmar')


def _by_title(*stories: dict[str, Any]) -> dict[str, Any]:
    """A crawl's articles kept in an object under their titles, the outlet as "author"."""
    return {
        story["title"]: {
            "author": "KÚPEĽNÉ NOVINY",
            "content": story["content"] or "The cranes came back.",
            "url": story["url"].replace("example.test", "kupelnenoviny.example"),
            "time_published": story["publishedAt"],
        }
        for story in stories
    }


def test_articles_kept_under_their_titles() -> None:
    ferry, cranes = articles(_by_title(FERRY, CRANES))
    assert (ferry.headline, cranes.headline) == (FERRY["title"], CRANES["title"])
    assert (ferry.date, ferry.url) == ("2024-03-09T08:15:00+00:00", ferry.url)
    # The outlet's name as the author, in capitals with its accents, is its site's.
    assert (ferry.authors, ferry.agencies) == ((), ("Kúpeľné Noviny",))


def test_articles_kept_under_their_titles_in_a_cut_off_document() -> None:
    whole = json.dumps(_by_title(FERRY, CRANES), indent=2, ensure_ascii=False)
    cut = whole[: whole.index('"time_published": "2024-03-08')]  # the second one is cut
    ferry, cranes = load_articles(cut.encode("utf-8"), source="cut.json")
    assert (ferry.headline, cranes.headline) == (FERRY["title"], CRANES["title"])
    assert cranes.warnings[-1].code == "AC119"


def test_an_object_under_a_word_is_no_title() -> None:
    # "data": {"url": ..., "content": ...}: a wrapper's key, one word, names no story; the
    # object is an untitled story (its text and its link).
    value = {"data": {"url": "https://example.test/a", "content": "The ferry ran again."}}
    (article,) = articles(value)
    assert (article.headline, article.url) == (None, "https://example.test/a")
    assert article.paragraphs == ("The ferry ran again.",)


def test_the_whole_objects_of_a_cut_off_python_printout_are_read() -> None:
    """print(response) of a news API, cut off: Python's quotes, None, an escaped quote and
    braces inside strings; the whole article objects are read."""
    first = {**FERRY, "author": None, "description": "It's back {at last}", "source": {"id": None}}
    text = repr({"status": "ok", "articles": [first, CRANES]})
    cut = text[: text.index("'title': 'Crane fleet") + 12]
    (ferry,) = load_articles(cut.encode("utf-8"), source="printout.txt")
    assert (ferry.headline, ferry.url) == (FERRY["title"], FERRY["url"])
    assert ferry.summary == "It's back {at last}"


def test_a_title_with_a_date_is_an_article_object() -> None:
    records = api_records(json.dumps([{"title": "Ferry resumes", "published": "2031-03-09"}]))
    assert records is not None and records[0][0] == "Title: Ferry resumes\nDate: 2031-03-09\n"


def test_keys_that_name_the_day_of_a_list_of_articles() -> None:
    value = {"2031-03-09": [{"title": "Ferry resumes", "link": "https://example.com/f"}]}
    (article,) = load_articles(json.dumps(value).encode("utf-8"), source="api.json")
    assert (article.headline, article.url) == ("Ferry resumes", "https://example.com/f")


JSON_PIECES = ["{", "}", "[", "]", '"title": ', '"url": ', '"x"', ", ", ":", "feed = ", "'", "\n"]


@given(st.lists(st.sampled_from(JSON_PIECES), max_size=40).map("".join))
def test_broken_json_is_salvaged_or_refused_without_a_crash(text: str) -> None:
    records = api_records(text)
    if records is not None:
        assert all(labelled.startswith("Title: ") and line >= 1 for labelled, line in records)


def test_a_python_dict_a_line_gives_every_article_the_first_too() -> None:
    """print(item) for each item of a crawl: the first line was skipped by the salvage,
    which looked for objects after the first character (a document's own outer brace)."""
    text = "".join(
        repr({"url": f"http://news.example/science/2031-05/0{n}/c_{n}.htm", "title": title}) + "\n"
        for n, title in enumerate(["Ferry fares frozen", "Library opens on Sundays"], start=1)
    )
    articles = load_articles(text.encode("utf-8"), source="crawl.txt")
    assert [(a.headline, a.date) for a in articles] == [
        ("Ferry fares frozen", "2031-05-01"),  # the day in the URL's path
        ("Library opens on Sundays", "2031-05-02"),
    ]


def test_keys_in_another_language_give_their_fields() -> None:
    value = [
        {
            "titulo": "El puerto reabre el muelle norte",
            "imagen": "https://img.example/muelle.jpg",  # a picture, not the story's link
            "descripcion": "Las obras terminaron antes de lo previsto.",
            "fecha": "2031-05-05",
            "autor": "Ana Ruiz",
        }
    ]
    (article,) = articles(value)
    assert (article.headline, article.summary, article.date, article.authors, article.url) == (
        "El puerto reabre el muelle norte",
        "Las obras terminaron antes de lo previsto.",
        "2031-05-05",
        ("Ana Ruiz",),
        None,
    )


def test_a_story_under_a_text_key_in_another_language_is_an_article() -> None:
    # Turkish keys, written without their marks: "başlık" (title), "içerik" (content).
    value = [
        {"baslik": "Liman yeniden açıldı", "icerik": "Feribot pazartesi yeniden sefere başladı."},
        {"baslik": "Kütüphane pazar açık", "icerik": "Kütüphane artık pazar günleri de açık."},
    ]
    assert [(a.headline, a.paragraphs) for a in articles(value)] == [
        ("Liman yeniden açıldı", ("Feribot pazartesi yeniden sefere başladı.",)),
        ("Kütüphane pazar açık", ("Kütüphane artık pazar günleri de açık.",)),
    ]


@pytest.mark.parametrize("printed", [repr, json.dumps])
def test_a_count_over_the_list_a_program_printed(printed: Any) -> None:
    """print(len(articles)) and print(articles): the count is a title over the records."""
    text = "2\n" + printed([{**FERRY, "author": None}, CRANES]) + "\n"
    articles = load_articles(text.encode("utf-8"), source="printout.txt")
    assert [a.headline for a in articles] == [FERRY["title"], CRANES["title"]]


def test_a_number_over_text_is_the_texts() -> None:
    (article,) = load_articles(b"38\n\nFerry resumes\n\nThe ferry ran again.\n", source="a.txt")
    assert "38" in (article.headline, *article.paragraphs, *article.boilerplate)


def test_a_key_whose_first_word_names_the_date() -> None:
    value = [{"title": "Ferry resumes", "link": "https://example.com/f",
              "date_posted": "Updated Sunday, May 04, 2031 at 9:14 PM"}]  # fmt: skip
    (article,) = articles(value)
    assert (article.headline, article.url) == ("Ferry resumes", "https://example.com/f")
    assert "2031-05-04T21:14:00" in (article.date, article.updated)


def test_an_aggregators_item_ends_its_title_in_the_outlets_name() -> None:
    # A news aggregator's feed (Google News) ends every title in " - Outlet", and its link
    # is the aggregator's: the suffix is the outlet whatever it is named.
    item = {
        "title": "Harbour board - port and ferry plans - Coast Gazette Online",
        "link": "https://news.google.com/rss/articles/CBMiAbc123?oc=5",
        "published": "Fri, 16 Jun 2031 07:00:00 GMT",
    }
    elsewhere = {**item, "link": "https://coast.example/harbour-board"}
    aggregated, direct = articles([item, elsewhere])
    assert aggregated.headline == "Harbour board - port and ferry plans"
    assert aggregated.publication == "Coast Gazette Online"
    # On the outlet's own link, a suffix that names no outlet of the article's stays.
    assert direct.headline == "Harbour board - port and ferry plans - Coast Gazette Online"
    assert direct.publication is None


def test_an_items_time_takes_its_day_from_the_response() -> None:
    # A flash feed lists its items by time of day under its own update time.
    response = {
        "updated_at": "2031-08-25T10:30:50+08:00",
        "source": "Harbour Flash",
        "categories": {
            "Today": [
                {"title": "Ferry fares cut", "url": "https://flash.example/1", "time": "10:10"},
                {
                    "title": "Tram line opens",
                    "url": "https://flash.example/2",
                    "time": "2031-08-24",
                },
            ]
        },
    }
    fares, tram = articles(response)
    assert fares.date == "2031-08-25T10:10:00+08:00"
    assert tram.date == "2031-08-24"  # a day of its own is the item's


def test_an_items_time_without_a_day_anywhere_is_no_date() -> None:
    (fares,) = articles(
        [{"title": "Ferry fares cut", "url": "https://flash.example/1", "time": "10:10"}]
    )
    assert fares.date is None


@pytest.mark.parametrize(
    ("settler", "order"),
    [
        # An item whose day is over 12 settles the order for the others.
        (
            {"title": "Quay closes", "url": "https://flash.example/3", "time": "25/04/2031 08:00"},
            "day",
        ),
        (
            {"title": "Quay closes", "url": "https://flash.example/3", "time": "04/25/2031 08:00"},
            "month",
        ),
        # An item whose URL is dated near one reading of its date settles it too.
        (
            {
                "title": "Quay closes",
                "url": "https://flash.example/2031/04/10/q",
                "time": "11/04/2031 08:00",
            },
            "day",
        ),
    ],
)
def test_a_responses_items_settle_the_order_of_day_and_month(
    settler: dict[str, str], order: str
) -> None:
    undecided = {
        "title": "Ferry fares cut",
        "url": "https://flash.example/1",
        "time": "11/04/2031 12:34",
    }
    fares, _ = articles([undecided, settler])
    assert fares.date == ("2031-04-11T12:34:00" if order == "day" else "2031-11-04T12:34:00")


def test_items_that_disagree_settle_no_order() -> None:
    items = [
        {"title": "Ferry fares cut", "url": "https://flash.example/1", "time": "11/04/2031"},
        {"title": "Quay closes", "url": "https://flash.example/2", "time": "25/04/2031"},
        {"title": "Tram line opens", "url": "https://flash.example/3", "time": "04/25/2031"},
    ]
    fares, quay, tram = articles(items)
    assert fares.date is None
    assert (quay.date, tram.date) == ("2031-04-25", "2031-04-25")


def test_untitled_stories_keyed_by_a_hash_are_articles() -> None:
    # A crawl's stories by the hash of their address: the text and the link, no title.
    body = "The crane returned to the quay on Monday, the port said.\n\nWork resumes in May."
    crawl = {
        "9f2c" * 16: {"articleBody": body, "url": "https://example.test/2031/04/10/crane"},
        "b7e1" * 16: {"articleBody": "The tram depot opened.", "url": "https://example.test/d"},
    }
    crane, depot = articles(crawl)
    assert (crane.headline, crane.url, crane.date) == (
        None,
        "https://example.test/2031/04/10/crane",
        "2031-04-10",
    )
    assert crane.paragraphs == (
        "The crane returned to the quay on Monday, the port said.",
        "Work resumes in May.",
    )
    assert depot.paragraphs == ("The tram depot opened.",)


def test_an_object_with_a_link_and_no_text_or_title_is_no_article() -> None:
    assert api_records(json.dumps([{"url": "https://example.test/a", "id": 3}])) is None
