"""A first body paragraph that copies the headline, the summary or the lede is not text."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.parser.lead import repeats_lead
from articlecli.render.text import to_text

HEADLINE = "Night Trains Return to the Coast Line"
SUMMARY = "Sleeper services resume after six years."
LEDE = (
    "Sleeper services between the capital and the coast will run again from next month, "
    "the rail operator said on Friday."
)


@pytest.mark.parametrize(
    "copy",
    [
        f"**{HEADLINE}** **{SUMMARY}**",  # a crawler's bold headline and standfirst
        f"**{HEADLINE}**",
        HEADLINE,
        SUMMARY,
        LEDE,  # the same paragraph twice
        LEDE[:90] + "…",  # a teaser cut short
        LEDE + " (March 7) (Video by Ana Souza)",  # a video caption that runs on
    ],
)
def test_copies_of_the_lead(copy: str) -> None:
    assert repeats_lead(copy, headline=HEADLINE, summary=SUMMARY, lede=LEDE)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sleeper services between the capital and the coast",  # too short to be a copy
        "The operator has refitted eleven carriages with cabins for two and a buffet car.",
        f"{HEADLINE} is what the posters at every station said this week.",  # not bold
        f"**{HEADLINE[:20]}**",
        LEDE.replace("capital", "city"),  # a different sentence that starts the same way
    ],
)
def test_paragraphs_that_are_no_copy(paragraph: str) -> None:
    assert not repeats_lead(paragraph, headline=HEADLINE, summary=SUMMARY, lede=LEDE)


def _article(first: str, *, second: str = LEDE) -> str:
    return f"{HEADLINE}\n\nSummary: {SUMMARY}\n\n{first}\n\n{second}\n\nMore text follows here.\n"


def test_a_copy_of_the_lede_is_boilerplate_and_the_dateline_is_read_after_it() -> None:
    copy = LEDE + " (March 7) (Video by Ana Souza)"
    article = parse(_article(copy, second=f"EASTVIK (Reuters) — {LEDE}"))
    assert article.paragraphs == (LEDE, "More text follows here.")
    assert article.boilerplate == (copy,)
    assert (article.dateline, article.agencies) == ("EASTVIK", ("Reuters",))


@pytest.mark.parametrize("copy", [f"**{HEADLINE}** **{SUMMARY}**", SUMMARY])
def test_a_copy_of_the_headline_or_summary_is_boilerplate(copy: str) -> None:
    article = parse(_article(copy))
    assert article.paragraphs == (LEDE, "More text follows here.")
    assert article.boilerplate == (copy,)


def test_a_lone_paragraph_is_never_taken_for_a_copy() -> None:
    article = parse(f"{HEADLINE}\n\nSummary: {SUMMARY}\n\n{SUMMARY}\n")
    assert article.paragraphs == (SUMMARY,)


def test_a_copy_after_a_heading_stays() -> None:
    text = f"{HEADLINE}\n\nSummary: {SUMMARY}\n\nWhat Changes\n\n{LEDE}\n\n{LEDE}\n"
    assert parse(text).paragraphs == (LEDE, LEDE)


def test_the_canonical_text_puts_the_copy_back_before_the_story() -> None:
    copy = f"**{HEADLINE}** **{SUMMARY}**"
    article = parse(_article(copy))
    text = to_text(article)
    assert text.index(copy) < text.index(LEDE)
    assert parse(text) == article
