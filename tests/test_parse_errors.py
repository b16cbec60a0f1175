"""Input that is not an article raises ArticleParseError with a one-line, actionable message."""

from __future__ import annotations

import pytest

from articlecli import ArticleParseError, parse


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "input is empty"),
        ("", "input is empty"),
        (b"\xef\xbb\xbf", "input is empty"),  # a BOM and nothing else
        (b"\n", "input has only blank lines"),
        ("   \n\n\t\n", "input has only blank lines"),
        ("\r\n\r\n", "input has only blank lines"),
        ("\u00a0\n\u200b\n\u3000", "input has only blank lines"),  # odd spaces are blank too
        (b"\x00", "input is binary (NUL byte), not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "input is binary (NUL byte), not text"),
        (b"Headline\x00", "input is binary (NUL byte), not text"),
    ],
)
def test_unreadable_input_raises(data: str | bytes, message: str) -> None:
    with pytest.raises(ArticleParseError) as info:
        parse(data, source="dump.txt")
    error = info.value
    assert error.message == message
    assert error.source == "dump.txt"
    assert error.line is not None
    assert str(error) == f"dump.txt:{error.line}: {message}"


def test_the_error_is_a_value_error() -> None:
    # Callers that catch ValueError (the standard "bad value" family) catch it too.
    with pytest.raises(ValueError):
        parse("")


def test_binary_error_names_the_line_of_the_nul() -> None:
    with pytest.raises(ArticleParseError) as info:
        parse(b"Headline\n\nBy Jane Doe\n\x00\x00", source="a.txt")
    assert info.value.line == 4
    assert str(info.value) == "a.txt:4: input is binary (NUL byte), not text"


def test_without_a_source_the_message_says_input() -> None:
    with pytest.raises(ArticleParseError) as info:
        parse("", source=None)
    assert str(info.value) == "<input>:1: input is empty"


@pytest.mark.parametrize(
    "data", [b"", b"\n\n", b"\x00", b"a\nb\n\x00"], ids=["empty", "blank", "nul", "late-nul"]
)
def test_str_is_one_line(data: bytes) -> None:
    with pytest.raises(ArticleParseError) as info:
        parse(data, source="some dir/dump.txt")
    text = str(info.value)
    assert "\n" not in text
    assert text.startswith("some dir/dump.txt:")


@pytest.mark.parametrize(
    "text",
    [
        "x",  # one character
        "Just one line with no header at all.",
        "By Jane Doe",  # a header field alone
        "March 19, 2025",
        "https://example.com/a",
        '"Unclosed quote',
        "\x1b[31mterminal colours\x1b[0m",  # control characters (not NUL) are only dropped
        "\ufffd\ufffd\ufffd",
    ],
)
def test_any_other_text_parses_with_warnings(text: str) -> None:
    article = parse(text, source="odd.txt")
    # Something is always missing from such input, and the parser says what.
    assert article.warnings
