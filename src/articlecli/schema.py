"""The JSON Schema (draft 2020-12) of one article as ``Article.to_dict()`` writes it."""

from __future__ import annotations

from typing import Any

from .model import SCHEMA_VERSION

SCHEMA_ID = f"urn:articlecli:schema:article:v{SCHEMA_VERSION}"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# ISO 8601 as the parser writes it: a calendar date, optionally with a time (seconds and
# fraction optional) and a UTC offset ("Z", "+03:00", "+0300").
ISO_8601 = (
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?"
    r"(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?)?$"
)


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description}


def _optional_text(description: str) -> dict[str, Any]:
    return {"type": ["string", "null"], "description": description}


def _count(description: str, *, minimum: int = 0) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum, "description": description}


def _texts(description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _optional_date(description: str) -> dict[str, Any]:
    return {
        "anyOf": [{"type": "string", "pattern": ISO_8601}, {"type": "null"}],
        "description": description,
    }


def _list_of(definition: str, description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{definition}"}, "description": description}


def _object(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    """Return a closed object schema: every property required, no others allowed."""
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _definitions() -> dict[str, Any]:
    return {
        "section": _object(
            "Body paragraphs under one heading.",
            {
                "heading": _optional_text(
                    "The section heading; null when the body opens without one."
                ),
                "paragraphs": _texts("The section's paragraphs in reading order."),
            },
        ),
        "quote": _object(
            "A span in double quotation marks inside a body paragraph: "
            "sections[section].paragraphs[paragraph][start:end] == text.",
            {
                "text": _text("The quoted words, without the quotation marks."),
                "speaker": _optional_text("Who said it, when the paragraph attributes it."),
                "section": _count("Index of the section holding the quote."),
                "paragraph": _count("Index of the paragraph within that section."),
                "start": _count("Offset of the first quoted character in the paragraph."),
                "end": _count("Offset just past the last quoted character."),
            },
        ),
        "related": _object(
            'A "Related article: ..." or "Read more: ..." link.',
            {
                "label": _text('The label as written, e.g. "Related article".'),
                "title": _optional_text("The linked article's title, if given."),
                "url": _optional_text("The link's URL, if given."),
            },
        ),
        "diagnostic": _object(
            "A finding about the input.",
            {
                "code": {
                    "type": "string",
                    "pattern": "^AC[0-9]{3}$",
                    "description": 'The rule code, e.g. "AC102" (see `articlecli validate`).',
                },
                "message": _text("What was found, for a person to act on."),
                "line": {
                    "type": ["integer", "null"],
                    "minimum": 1,
                    "description": "The 1-based input line it concerns, if known.",
                },
            },
        ),
        "source": _object(
            "Where the article came from.",
            {
                "path": _optional_text('The input path ("-" or "<stdin>" for standard input).'),
                "index": _count("Index of the article within that input."),
                "line": _count("The 1-based input line where the article starts.", minimum=1),
            },
        ),
    }


def _properties() -> dict[str, Any]:
    return {
        "schema_version": {
            "const": SCHEMA_VERSION,
            "description": "Version of this output format.",
        },
        "id": _text("Stable id of the article's content (same content, same id)."),
        "headline": _optional_text("The headline."),
        "byline": _optional_text('The byline as credited, without "By".'),
        "authors": _texts("People credited in the byline."),
        "agencies": _texts("Agencies and outlets credited in the byline."),
        "date": _optional_date("Publication date or date-time, ISO 8601."),
        "updated": _optional_date("Last update date or date-time, ISO 8601."),
        "photo_credit": _optional_text("Credit of the lead photo."),
        "photo_caption": _optional_text("Caption of the lead photo."),
        "publication": _optional_text("The outlet that published the article."),
        "dateline": _optional_text('The place the story was filed from, e.g. "MOSCOW".'),
        "summary": _optional_text("A standfirst or summary."),
        "sections": _list_of("section", "The body, section by section."),
        "quotes": _list_of("quote", "Quotations found in the body paragraphs."),
        "related": _list_of("related", "Links to related articles."),
        "highlights": _texts("Key points listed with the article."),
        "url": _optional_text("The article's own URL."),
        "domain": _optional_text('Host of the URL without "www.".'),
        "word_count": _count("Number of words in the body paragraphs."),
        "lines": {
            "type": "object",
            "additionalProperties": {"type": "integer", "minimum": 1},
            "description": "The 1-based input line of each header field.",
        },
        "warnings": _list_of("diagnostic", "What is missing or doubtful in the input."),
        "boilerplate": _texts("Page chrome kept out of the body."),
        "unrecognised": _texts("Input lines the parser could not place in any field."),
        "source": {
            "anyOf": [{"$ref": "#/$defs/source"}, {"type": "null"}],
            "description": "Where the article came from, when read from an input.",
        },
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of one article (a new dict on every call)."""
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "articlecli article",
        **_object(
            f"One news article as articlecli writes it (schema version {SCHEMA_VERSION}).",
            _properties(),
        ),
        "$defs": _definitions(),
    }
