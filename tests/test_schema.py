"""The JSON Schema: valid draft 2020-12, in step with ``to_dict``, and every output fits it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from articlecli.model import Article, Diagnostic, Quote, Related, Section, Source
from articlecli.parser import parse
from articlecli.render import to_json, to_jsonl
from articlecli.schema import ISO_8601, json_schema

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("*.txt"))
FULL = Article(
    headline="H",
    byline="Jane Doe",
    authors=("Jane Doe",),
    agencies=("AFP",),
    date="2025-03-19",
    updated="2025-03-19T10:30:00+03:00",
    photo_credit="TASS",
    photo_caption="A caption.",
    publication="The Daily Times",
    dateline="MOSCOW",
    summary="S.",
    sections=(Section(None, ('"Hi," she said.',)), Section("Head", ("P.",))),
    quotes=(Quote("Hi", "she", 0, 0, 1, 3),),
    related=(Related("Read more", None, "https://example.com/r"),),
    highlights=("One",),
    url="https://example.com/a",
    lines={"headline": 1},
    warnings=(Diagnostic("AC107", "unbalanced", 4), Diagnostic("AC105", "no url")),
    boilerplate=("Advertisement",),
    unrecognised=("By Somebody",),
    source=Source("a.txt", 0, 1),
    id="0123456789abcdef",
)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json_schema(), format_checker=FormatChecker())


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"]


def test_schema_lists_exactly_the_keys_to_dict_writes() -> None:
    """Adding a key to the output without describing it here must fail."""
    schema = json_schema()
    keys = list(Article().to_dict())
    assert list(schema["properties"]) == keys
    assert schema["required"] == keys
    assert schema["additionalProperties"] is False
    nested: dict[str, Any] = {
        "section": Section(None, ()),
        "quote": FULL.quotes[0],
        "related": FULL.related[0],
        "diagnostic": FULL.warnings[0],
        "source": FULL.source,
    }
    for name, value in nested.items():
        definition = schema["$defs"][name]
        assert list(definition["properties"]) == list(value.to_dict()), name
        assert definition["required"] == list(value.to_dict()), name
        assert definition["additionalProperties"] is False


def _descriptions(node: Any, path: str = "") -> list[str]:
    """Return the paths of properties that have no description."""
    missing = []
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if "description" not in sub:
                missing.append(f"{path}/{name}")
        for key, sub in node.items():
            missing.extend(_descriptions(sub, f"{path}/{key}"))
    return missing


def test_every_property_is_described() -> None:
    assert _descriptions(json_schema()) == []


def test_each_call_returns_a_fresh_schema() -> None:
    schema = json_schema()
    schema["properties"].clear()
    assert json_schema()["properties"]


@pytest.mark.parametrize("article", [Article(), FULL], ids=["empty", "full"])
def test_hand_built_articles_validate(validator: Draft202012Validator, article: Article) -> None:
    validator.validate(json.loads(to_json(article)))
    validator.validate(json.loads(to_jsonl(article)))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_outputs_validate(validator: Draft202012Validator, path: Path) -> None:
    validator.validate(json.loads(to_json(parse(path.read_bytes(), source=str(path)))))


@pytest.mark.parametrize("path", sorted(FIXTURES[0].parent.glob("*.json")), ids=lambda p: p.stem)
def test_golden_json_files_validate(validator: Draft202012Validator, path: Path) -> None:
    validator.validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"extra": 1}, "unknown key"),
        ({"schema_version": 2}, "other version"),
        ({"headline": 5}, "headline not a string"),
        ({"authors": "Jane Doe"}, "authors not a list"),
        ({"date": "March 19, 2025"}, "date not ISO"),
        ({"date": "2025-13-01"}, "no month 13"),
        ({"updated": "2025-03-19T25:00:00"}, "no hour 25"),
        ({"word_count": -1}, "negative count"),
        ({"lines": {"headline": 0}}, "lines are 1-based"),
        ({"warnings": [{"code": "X1", "message": "m", "line": None}]}, "bad code"),
        ({"quotes": [{"text": "t", "speaker": None, "section": 0, "paragraph": 0}]}, "cut quote"),
        ({"source": {"path": "a", "index": 0, "line": 1, "extra": True}}, "extra source key"),
    ],
)
def test_wrong_output_is_rejected(
    validator: Draft202012Validator, change: dict[str, Any], why: str
) -> None:
    with pytest.raises(ValidationError):
        validator.validate({**FULL.to_dict(), **change})


def test_a_missing_key_is_rejected(validator: Draft202012Validator) -> None:
    data = FULL.to_dict()
    del data["headline"]
    with pytest.raises(ValidationError, match="'headline' is a required property"):
        validator.validate(data)


@pytest.mark.parametrize(
    "value",
    [
        "2025-03-19",
        "2025-03-19T10:30",
        "2025-03-19T10:30:00",
        "2025-03-19T10:30:00.250000",
        "2025-03-19T10:30:00Z",
        "2025-03-19T10:30:00+03:00",
        "2025-03-19T10:30:00-0500",
    ],
)
def test_iso_pattern_accepts_what_the_parser_writes(value: str) -> None:
    import re

    assert re.search(ISO_8601, value)


@pytest.mark.parametrize(
    "value", ["2025-3-19", "19/03/2025", "2025-03-19 10:30", "2025-03-19T10:30+3", "2025-03-19x"]
)
def test_iso_pattern_rejects_other_forms(value: str) -> None:
    import re

    assert not re.search(ISO_8601, value)
