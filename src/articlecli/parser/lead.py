"""A first paragraph that only repeats what the article already says.

Pages print the headline and standfirst again above the story, and video players repeat
the story's first sentence as a caption. Scrapers keep both, so a dump's first body
paragraph is often a copy: of the headline in bold with the standfirst after it
("**Headline** **Standfirst**"), of the summary, or of the lede that follows it (with or
without its dateline, cut short or run on with a credit). Such a copy is not article text.
"""

from __future__ import annotations

from ..model import Section
from .body import Body
from .dateline import read_dateline

# A copy of the lede shares at least this many characters with it: a short first
# paragraph that opens like the next one ("The council met.") may be its own sentence.
_MIN_LEDE_COPY = 80


def repeats_lead(paragraph: str, *, headline: str | None, summary: str | None, lede: str) -> bool:
    """Tell whether ``paragraph``, the body's first, copies the headline, the summary or
    ``lede`` (the paragraph after it, without its dateline)."""
    if headline and (paragraph == headline or paragraph.startswith(f"**{headline}**")):
        return True
    if summary and paragraph == summary:
        return True
    copy = paragraph.rstrip(" .…")  # a teaser may be cut short with an ellipsis
    shorter = min(len(copy), len(lede))
    return shorter >= _MIN_LEDE_COPY and copy[:shorter] == lede[:shorter]


def lede_of(paragraph: str) -> str:
    """Return ``paragraph`` without the dateline that may open it."""
    dateline = read_dateline(paragraph)
    return dateline.rest if dateline is not None else paragraph


def take_repeated_lead(body: Body, *, headline: str | None, summary: str | None) -> None:
    """Move the body's first paragraph to boilerplate if it copies the headline, the
    summary or the paragraph after it (the text renderer writes it back first)."""
    if not body.sections or body.sections[0].heading is not None:
        return  # a copy opens the body, before any heading
    section = body.sections[0]
    if len(section.paragraphs) < 2:
        return  # and the story follows it
    first, second = section.paragraphs[:2]
    if not repeats_lead(first, headline=headline, summary=summary, lede=lede_of(second)):
        return
    body.sections[0] = Section(section.heading, section.paragraphs[1:])
    first_line, second_line = body.paragraph_lines[0][:2]
    del body.paragraph_lines[0][0]
    body.boilerplate.insert(0, first)
    for number in range(first_line, second_line):  # every line of a wrapped paragraph
        if body.roles.get(number) == "paragraph":
            body.roles[number] = "boilerplate"
