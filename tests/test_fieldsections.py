"""Fields under Markdown headings of their names (articlecli.fieldsections, split)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlecli.fieldsections import opens_field_sections
from articlecli.parser import parse
from articlecli.split import split_text

DOCUMENT = """\
## title
Harbour crane returns to the quay
## content
The crane returned to the quay on Monday, the port said.

## What happens next

Work resumes in May.
## summary
The crane is back.
## publish date
2031-04-10 00:00:00
## keywords
['crane', 'harbour']
## authors
['Jane Doe', 'Head Of Cranes At The Port', 'John Roe']
## top image
![](https://example.test/crane.jpg)
## movies
[]
"""


def test_an_extractors_fields_under_their_headings_are_one_article() -> None:
    (record,) = split_text(DOCUMENT)
    assert (record.line, record.container, record.verbatim) == (1, "fields", False)
    article = parse(record.text)
    assert article.headline == "Harbour crane returns to the quay"
    assert article.date == "2031-04-10T00:00:00"
    assert article.summary == "The crane is back."
    # A job title among the extractor's guesses at the authors is no author.
    assert article.authors == ("Jane Doe", "John Roe")
    # The story's own heading stays in its text; the empty list of films is nothing.
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        (None, ("The crane returned to the quay on Monday, the port said.",)),
        ("What happens next", ("Work resumes in May.",)),
    ]
    assert article.boilerplate == (
        "keywords: ['crane', 'harbour']",
        "top image: ![](https://example.test/crane.jpg)",
    )


def test_documents_one_after_the_other_are_records() -> None:
    second = DOCUMENT.replace("Harbour crane returns to the quay", "Tram depot opens")
    records = split_text(DOCUMENT + second)
    assert [r.line for r in records] == [1, DOCUMENT.count("\n") + 1]
    assert [parse(r.text).headline for r in records] == [
        "Harbour crane returns to the quay",
        "Tram depot opens",
    ]


def test_a_markdown_story_with_headings_is_no_field_document() -> None:
    story = "## Harbour crane returns\n\nThe crane returned on Monday.\n\n## Content\n\nMore.\n"
    assert not opens_field_sections([line for line in story.split("\n") if line])
    (record,) = split_text(story)
    assert (record.container, record.verbatim) == ("plain", True)


_words = st.text(st.sampled_from("abcdefghij"), min_size=2, max_size=8)
_title = st.lists(_words, min_size=3, max_size=8).map(lambda ws: " ".join(ws).capitalize())
_paragraph = st.lists(_words, min_size=10, max_size=20).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


# Distinct paragraphs longer than the title: a paragraph printed twice, or the title
# printed again, is set aside as a page's repeat.
@given(title=_title, paragraphs=st.lists(_paragraph, min_size=1, max_size=4, unique=True))
def test_the_title_and_paragraphs_under_their_headings_read_back(
    title: str, paragraphs: list[str]
) -> None:
    text = "\n\n".join(paragraphs)
    (record,) = split_text(f"## title\n{title}\n## content\n{text}\n## publish date\n2031-04-10\n")
    article = parse(record.text)
    assert (article.headline, article.date) == (title, "2031-04-10")
    assert article.paragraphs == tuple(paragraphs)
