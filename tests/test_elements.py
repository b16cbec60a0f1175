"""A crawler's own tags: an article per run of sibling elements, its elements its fields."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli.elements import opens_elements
from articlecli.load import load_articles
from articlecli.parser.fields import is_placeholder
from articlecli.split import split_text

# Elements named in Spanish, one after the other; no wrapper around each article.
SIBLINGS = """\
<titulo>Tram depot opens to visitors</titulo>
<fecha>9 de febrero de 2031</fecha>
<seccion>Ciudad</seccion>
<cuerpo>
The depot opened its doors on Sunday, and hundreds of people came to see the old trams.

Trams run every ten minutes.
</cuerpo>

<titulo>Choir returns to the harbour hall</titulo>
<fecha>10 de febrero de 2031</fecha>
<cuerpo>The choir sang on Monday.</cuerpo>
"""


def articles(text: str) -> list:
    return list(load_articles(text.encode("utf-8"), source="dump.txt"))


def test_sibling_elements_named_in_another_language_are_an_article_each() -> None:
    depot, choir = articles(SIBLINGS)
    assert (depot.headline, depot.date) == ("Tram depot opens to visitors", "2031-02-09")
    assert depot.paragraphs == (
        "The depot opened its doors on Sunday, and hundreds of people came to see the old trams.",
        "Trams run every ten minutes.",
    )
    # An element no field takes is kept aside under its name.
    assert depot.boilerplate == ("seccion: Ciudad",)
    assert (choir.headline, choir.date, choir.paragraphs) == (
        "Choir returns to the harbour hall",
        "2031-02-10",
        ("The choir sang on Monday.",),
    )
    assert [a.source.line for a in (depot, choir) if a.source] == [1, 10]


def test_without_a_title_element_the_texts_first_line_is_the_headline() -> None:
    text = (
        "<periodico> Harbour Ledger</periodico>\n<noticia> 7 </noticia>\n\n<cuerpo>\n\n"
        "Tram depot opens to visitors\n"
        "The depot opened its doors on Sunday, and hundreds of people came to see it.\n"
        "</cuerpo>\n"
    )
    (depot,) = articles(text)
    assert depot.headline == "Tram depot opens to visitors"
    assert depot.publication == "Harbour Ledger"
    assert depot.paragraphs == (
        "The depot opened its doors on Sunday, and hundreds of people came to see it.",
    )
    assert depot.boilerplate == ("noticia: 7",)


def test_a_wrapper_of_a_crawlers_own_around_each_article() -> None:
    text = (
        "<noticia>\n<titulo>Tram depot opens</titulo>\n<texto>The depot opened.</texto>\n"
        "</noticia>\n<noticia>\n<titulo>Choir returns</titulo>\n<texto>It sang.</texto>\n"
        "</noticia>\n"
    )
    depot, choir = articles(text)
    assert (depot.headline, depot.paragraphs) == ("Tram depot opens", ("The depot opened.",))
    assert (choir.headline, choir.paragraphs) == ("Choir returns", ("It sang.",))


def test_lines_outside_the_elements_and_a_cut_element_stay_text() -> None:
    text = (
        "<titulo>Tram depot opens</titulo>\n<fuente>Harbour desk</fuente>\n"
        "A note the crawler left between its tags.\n"
        "<cuerpo>The depot opened on Sunday.\nHundreds came to see"
    )
    (depot,) = articles(text)
    assert depot.headline == "Tram depot opens"
    assert "A note the crawler left between its tags." in depot.paragraphs
    words = " ".join(depot.paragraphs)
    assert "The depot opened on Sunday." in words and "Hundreds came to see" in words


@pytest.mark.parametrize(
    "head",
    [
        ["<html>", "<head>"],  # a page's own markup
        ["<p>The depot opened.</p>", "<p>Hundreds came.</p>"],
        ["<titulo>Tram depot opens</titulo>", "The depot opened on Sunday."],  # one tag
        ["Tram depot opens", "<fecha>9 de febrero de 2031</fecha>"],
        ["<1>", "<2>"],
    ],
)
def test_what_is_no_run_of_a_crawlers_elements(head: list[str]) -> None:
    assert not opens_elements(head)


def test_a_page_of_html_is_not_read_as_elements() -> None:
    page = "<html>\n<body>\n<h1>Tram depot opens</h1>\n<p>The depot opened.</p>\n</body>\n</html>\n"
    assert all(record.container != "elements" for record in split_text(page))


_NAMES = st.sampled_from(["titulo", "fecha", "cuerpo", "nota", "fuente", "autor", "resumen"])
_VALUES = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="<>&"
    ),
    min_size=1,
    max_size=40,
).filter(lambda value: any(char.isalnum() for char in value))


def _letters(text: str) -> str:
    """The letters and digits of a text as the parser keeps them: in NFC form (a
    compatibility ideograph is its plain one), case folded."""
    return "".join(char for char in unicodedata.normalize("NFC", text).casefold() if char.isalnum())


@given(st.lists(st.tuples(_NAMES, _VALUES), min_size=2, max_size=8))
@example([("titulo", "0"), ("titulo", "\ufa2a")])  # a compatibility ideograph, normalized
@example([("titulo", "0"), ("titulo", "NIL")])  # values that say there is none
@example([("titulo", "0"), ("titulo", "NONE")])
@example([("titulo", "0"), ("cuerpo", "0[A/0]")])  # a caption and its credit
def test_every_elements_words_are_in_the_output(elements: list[tuple[str, str]]) -> None:
    """Every word of every element is in the output, but a value that only says the field
    is absent ("N/A", "NIL", "None"), as a labelled line's is."""
    text = "".join(f"<{name}>{value}</{name}>\n" for name, value in elements)
    output = _letters(
        json.dumps([article.to_dict() for article in articles(text)], ensure_ascii=False)
    )
    for _, value in elements:
        if is_placeholder(" ".join(value.split())):
            continue
        # Word by word, a word's letters and digits apart from its marks: a cell may be
        # read as a caption and its credit ("0[A/0]": "0", credited "A/0").
        for word in re.findall(r"[^\W_]+", value):
            assert _letters(word) in output, word
