"""Bytes and raw text -> clean text: BOM, newlines, odd spaces, NFC, cp1252, NUL."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlecli import ArticleParseError, parse
from articlecli.decode import BLOCK_BREAK, decode_bytes, normalize_text, without_markup


def test_utf8_bom_is_dropped_without_warning() -> None:
    assert decode_bytes("\ufeffHeadline\nBody".encode()) == ("Headline\nBody", [])


def test_plain_utf8_gives_no_warning() -> None:
    assert decode_bytes("Café “quoted” — €5\n".encode()) == ("Café “quoted” — €5\n", [])


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\r\n", "a\nb\n"),  # CRLF
        ("a\rb\rc", "a\nb\nc"),  # lone CR (old Mac files, stray CRs in scrapes)
        ("a\r\r\nb", "a\n\nb"),  # CR CR LF: a blank line, as an editor shows it
        ("a\u2028b\u2029c", "a\nb\nc"),  # Unicode line and paragraph separators
    ],
)
def test_line_ends_become_lf(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\u00a0b", "a b"),  # no-break space
        ("a\u202fb", "a b"),  # narrow no-break space
        ("a\u2009b", "a b"),  # thin space
        ("a\u3000b", "a b"),  # ideographic space
        ("a\tb", "a b"),
        ("zero\u200bwidth", "zerowidth"),
        ("joi\u200dner", "joiner"),
        ("word\u2060joiner", "wordjoiner"),
        ("soft\u00adhyphen", "softhyphen"),
        ("in\ufeffside", "inside"),  # a BOM in the middle of text is invisible too
        ("non\u2011breaking", "non-breaking"),
        ("bell\x07", "bell"),  # control characters carry no text
        # Half a UTF-16 pair alone (JSON's "\ud83d" cut from its pair): no character.
        ("lone\ud83dhalf", "lone\ufffdhalf"),
    ],
)
def test_odd_spaces_and_invisible_characters(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


FOOTER = "Page2of40©2031Newsbank,Inc.Allrightsreserved."


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (f"{FOOTER}Ferry fares", f"{FOOTER}\x1dFerry fares"),  # glued to the next page's text
        (f"the\n{FOOTER}city said", f"the\n{FOOTER}\x1dcity said"),
        (f"It rained.{FOOTER}\nMore", f"It rained.\x1d{FOOTER}\nMore"),
        (f"{FOOTER}\nFerry", f"{FOOTER}\nFerry"),  # on a line of its own already
        ("Page 2 of 40 © 2031 Newsbank, Inc. All rights reserved.", None),  # with spaces
        ("© 2031 Harbour Times. All rights reserved.Ferry", None),  # no page count
    ],
)
def test_a_page_footer_glued_to_text_is_a_block_of_its_own(raw: str, clean: str | None) -> None:
    assert normalize_text(raw) == (raw if clean is None else clean)


def test_nfc_composition() -> None:
    decomposed = "Cafe\u0301 Zu\u0308rich"
    assert normalize_text(decomposed) == "Café Zürich"
    assert len(normalize_text(decomposed)) == len("Café Zürich")


def test_cp1252_fallback_warns_with_the_line_of_the_first_bad_byte() -> None:
    data = b"Headline\n\nBy Ren\xe9e Dupont\n\n\x93Quoted,\x94 she said.\n"
    text, warnings = decode_bytes(data)
    assert text == "Headline\n\nBy Renée Dupont\n\n“Quoted,” she said.\n"
    assert [(w.code, w.line) for w in warnings] == [("AC109", 3)]
    assert "0xe9" in warnings[0].message and "cp1252" in warnings[0].message


def test_cp1252_warning_line_counts_lone_cr_line_ends() -> None:
    _, warnings = decode_bytes(b"Headline\r\rBy Ren\xe9e Dupont\r")
    assert [(w.code, w.line) for w in warnings] == [("AC109", 3)]


def test_cp1252_bytes_undefined_in_cp1252_do_not_crash() -> None:
    # 0x81, 0x8d, 0x8f, 0x90, 0x9d have no cp1252 character: they decode as C1 controls,
    # which normalisation then drops.
    text, warnings = decode_bytes(b"a\x81b\x8dc\x8fd\x90e\x9d")
    assert normalize_text(text) == "abcde"
    assert [w.code for w in warnings] == ["AC109"]


def test_mixed_utf8_and_cp1252_lines_each_decode_their_own_way() -> None:
    # Scrapes glue pieces together: valid UTF-8 lines must not turn into mojibake
    # ("cafÃ©") because another line holds a cp1252 byte.
    data = "Café opens\n\n".encode() + b"\x93We are open,\x94 she said.\n"
    text, warnings = decode_bytes(data)
    assert text == "Café opens\n\n“We are open,” she said.\n"
    assert [(w.code, w.line) for w in warnings] == [("AC109", 3)]


def test_mixed_file_with_crlf_and_bom() -> None:
    data = b"\xef\xbb\xbf" + "Café\r\n".encode() + b"caf\xe9\r\n"
    text, warnings = decode_bytes(data)
    assert normalize_text(text) == "Café\ncafé\n"
    assert [(w.code, w.line) for w in warnings] == [("AC109", 2)]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"\x00abc", 1),
        (b"Headline\n\nBody\x00text\n", 3),
        (b"a\r\nb\r\nc\x00", 3),
        (b"a\rb\rc\x00", 3),  # lone CR ends a line too, as the parser counts lines
    ],
)
def test_nul_byte_is_binary_and_names_its_line(data: bytes, line: int) -> None:
    with pytest.raises(ArticleParseError) as info:
        decode_bytes(data, source="dump.txt")
    error = info.value
    assert (error.source, error.line) == ("dump.txt", line)
    assert str(error) == f"dump.txt:{line}: input is binary (NUL byte), not text"


def test_crlf_and_lf_give_the_same_article() -> None:
    text = "Storm Hits Coast\n\nBy Jane Doe\n\nMarch 3, 2025\n\nThe storm hit.\n"
    lf = parse(text.encode())
    crlf = parse(text.replace("\n", "\r\n").encode())
    cr = parse(text.replace("\n", "\r").encode())
    bom = parse(b"\xef\xbb\xbf" + text.encode())
    assert lf == crlf == cr == bom
    assert lf.lines["date"] == 5


def test_nbsp_in_header_fields() -> None:
    text = "Storm Hits Coast\n\nBy Jane Doe\n\nMarch 3, 2025\n\nRain.\n"
    article = parse(text.replace(" ", "\u00a0"))
    assert article.headline == "Storm Hits Coast"
    assert article.authors == ("Jane Doe",)
    assert article.date == "2025-03-03"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Velmar&#039;s ferry &quot;approved&quot;", 'Velmar\'s ferry "approved"'),
        ("Tolls &amp; fares &#x2014; the plan", "Tolls & fares \u2014 the plan"),
        ("Fares&nbsp;rise", "Fares\u00a0rise"),  # normalize_text makes it a plain space
        ("Smith&amp;amp;Sons", "Smith&Sons"),  # encoded twice
        ("AT&T, R&D, Smith&notes", "AT&T, R&D, Smith&notes"),  # no semicolon: no reference
        ("&bogus; stays", "&bogus; stays"),  # no such name
        ("one&#10;line", "one&#10;line"),  # a line end would change the input's lines
        ("hails \\u201cnew era\\u201d", "hails \u201cnew era\u201d"),  # JSON's escapes
        ("a smile \\ud83d\\ude00", "a smile \U0001f600"),  # a surrogate pair is one character
        ("\\u0000 and \\ud83d alone", "\\u0000 and \\ud83d alone"),  # no control, no half
        ("<b>Ferry</b> timetable", "Ferry timetable"),
        ('<img alt="ferry" src="https://example.test/f.jpg" width="75" /> The board', " The board"),
        ("one<br>two<p>three</p>", f"one{BLOCK_BREAK}two{BLOCK_BREAK}three"),  # paragraph breaks
        ("<p>Alone.</p>", "Alone."),  # no break at a line's start or end
        ("if a<b and c>d then", "if a<b and c>d then"),  # prose with "<" and ">" in it
        ("<blink>odd</blink>", "<blink>odd</blink>"),  # not an HTML tag we know
    ],
)
def test_markup_scrapers_leave_in_text_is_decoded(raw: str, clean: str) -> None:
    assert without_markup(raw) == clean


MARKUP_PIECES = [
    "&",
    "amp;",
    "#39;",
    "#10;",
    "\\u",
    "00e9",
    "d83d",
    "<b>",
    "</",
    "b>",
    "x",
    " ",
    "\n",
    ";",
]


@given(
    st.lists(st.sampled_from([*MARKUP_PIECES, "<p>", "<br/>", "</li>"]), max_size=20).map("".join)
)
@example("&amp;#92;u0041")  # a reference that makes an escape
@example("x&lt;p&gt;y")  # a reference that makes a block tag
def test_markup_decoding_is_a_fixed_point_and_keeps_the_lines(text: str) -> None:
    """Decoded text decodes to itself (so canonical text reads back the same), and keeps
    the input's lines: a paragraph break for block tags is made inside the line (so the
    lines after it keep their numbers)."""
    decoded = without_markup(text)
    assert without_markup(decoded) == decoded
    assert decoded.count("\n") == text.count("\n")


def test_a_headline_from_an_html_source_reads_clean() -> None:
    article = parse("Velmar&#039;s <b>night ferry</b> approved\n\nThe board said so on Monday.\n")
    assert article.headline == "Velmar's night ferry approved"


def test_an_html_body_on_one_line_reads_as_its_paragraphs() -> None:
    text = (
        "Tram line opens\n\n"
        "<p>The new line opened on Saturday.</p><p>Crowds lined the route.</p>"
        "<p>The mayor rode the first car.<br/>She waved.</p>\n"
    )
    article = parse(text.encode())
    assert article.paragraphs == (
        "The new line opened on Saturday.",
        "Crowds lined the route.",
        "The mayor rode the first car.",
        "She waved.",
    )


# Python's repr of a page's bytes, as a scraper that wrote str(response.content) left it.
PAGE = (
    "\n\nQuay tolls to double next spring | Hollin Gazette\n\nMenu\n"
    "Quay tolls to double next spring\nPosted: Mar 03, 2021 9:12 AM\n"
    'The quay board voted 5-2 on Tuesday \u2014 the skippers\' "last straw", one said.\n'
    "Fees:\tC:\\quay\\fees\n\u00a92021 Hollin Gazette. All rights reserved.\n"
)


def test_a_bytes_literal_is_read_as_the_bytes_it_holds() -> None:
    literal = repr(PAGE.encode())
    assert literal.startswith("b'") and "\\xe2\\x80\\x94" in literal and "\\xc2\\xa9" in literal
    assert decode_bytes(literal.encode()) == (PAGE, [])
    assert decode_bytes((literal + "\n").encode()) == (PAGE, [])
    assert decode_bytes((literal + "\r\n").encode()) == (PAGE, [])
    double_quoted = 'b"' + literal[2:-1].replace("\\'", "'") + '"'
    assert decode_bytes(double_quoted.encode()) == (PAGE, [])


def test_a_bytes_literal_page_parses_as_a_page() -> None:
    article = parse(repr(PAGE.encode()).encode())
    assert article.headline == "Quay tolls to double next spring"
    assert article.date == "2021-03-03T09:12:00"
    assert any("\u2014" in paragraph for paragraph in article.paragraphs)


def test_a_bytes_literal_of_cp1252_warns_at_its_line() -> None:
    literal = repr("Caf\u00e9 opens\n\nIt opened.\n".encode("cp1252"))
    text, warnings = decode_bytes(("\n" + literal).encode()[1:])
    assert text == "Caf\u00e9 opens\n\nIt opened.\n"
    assert [(w.code, w.line) for w in warnings] == [("AC109", 1)]


def test_a_cut_off_bytes_literal_keeps_what_is_there() -> None:
    literal = repr(PAGE.encode())
    cut = literal[: literal.index("\\x80") + 3]  # b'...Tuesday \xe2\x8
    text, warnings = decode_bytes(cut.encode())
    assert text == PAGE[: PAGE.index("\u2014")]
    assert warnings == []
    # Cut where no escape is split: every character is kept.
    text, _ = decode_bytes(literal[:-1].encode())
    assert text == PAGE


def test_a_bytes_literal_of_binary_data_is_binary_at_line_1() -> None:
    with pytest.raises(ArticleParseError) as info:
        decode_bytes(repr(b"\x00\x01PNG\n").encode(), source="dump.txt")
    assert info.value.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "'Tis the season, the harbourmaster said.\n",
        "'Tis the season'",  # a whole literal, but without line ends: prose
        '"We will rebuild," the mayor said.\n\nThe quay reopens in May.\n',
        "'one\\ntwo'\nand a second line\n",  # a literal, but not the whole input
        "b'day party' at the quay\n",
        "b'it's'",  # no literal, and no escape of a line end or byte
        "Headline\n\nb'\\n\\nBody\\n'\n",  # a literal on a later line: text
    ],
)
def test_text_that_only_starts_like_a_literal_is_left_alone(text: str) -> None:
    assert decode_bytes(text.encode()) == (text, [])


def test_a_whole_str_literal_with_line_ends_is_read() -> None:
    assert decode_bytes(repr(PAGE).encode()) == (PAGE, [])


def test_a_json_response_encoded_twice_is_read_as_the_response() -> None:
    import json

    response = [{"title": "River festival returns", "url": "https://example.test/2031/06/01/river"}]
    once = json.dumps(response)
    assert decode_bytes(json.dumps(once).encode()) == (once, [])
    # A quoted sentence that only holds brackets is prose.
    assert decode_bytes(b'"[sic] the mayor said"\n')[0] == '"[sic] the mayor said"\n'


TEXTS = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))


@given(TEXTS)
@example("b'\\n'")  # a literal inside a literal is read too
@example("\ufeffx")
def test_a_bytes_literal_decodes_as_its_bytes_do(text: str) -> None:
    """repr(bytes) decodes to the text the bytes decode to: for text that is no literal
    itself, the text."""
    data = text.encode()
    assert decode_bytes(repr(data).encode())[0] == decode_bytes(data)[0]
    if not text.startswith(("b'", 'b"', "'", '"', "\ufeff")):
        assert decode_bytes(repr(data).encode())[0] == text


@given(TEXTS)
def test_text_that_does_not_start_like_a_literal_is_unchanged(text: str) -> None:
    if not text.startswith(("b'", 'b"', "'", '"', "\ufeff")):
        assert decode_bytes(text.encode()) == (text, [])


@given(st.binary(), st.integers(min_value=0, max_value=200), st.text(max_size=5))
@example(b"\xe2\x80\x94", 9, "")
# The tail's own escape ("b'" then "\\n") is the cut literal's line end: the test had
# counted only the data's.
@example(b"", 2, "\\n")
def test_any_literal_cut_anywhere_decodes_or_is_binary(data: bytes, cut: int, tail: str) -> None:
    """No crash on a literal cut anywhere and followed by anything: text, or our own error;
    and never a line end the input does not hold, as a character or as an escape in the
    literal (the tail goes on the cut literal)."""
    raw = (repr(data)[:cut] + tail).encode()
    try:
        text, _ = decode_bytes(raw)
    except ArticleParseError:
        return
    escaped = raw.count(b"\\n") + raw.count(b"\\r")
    assert text.count("\n") <= max(data.count(b"\n"), raw.count(b"\n") + escaped)


def test_block_tags_make_paragraphs_and_later_lines_keep_their_numbers() -> None:
    text = (
        "Ferry resumes\n\n"
        "<p>The ferry ran again on Monday.</p><p>It was full by noon.</p><br/>It left at one.\n\n"
        "Original url: https://example.com/ferry\n"
    )
    article = parse(text)
    assert article.sections[0].paragraphs == (
        "The ferry ran again on Monday.",
        "It was full by noon.",
        "It left at one.",
    )
    assert article.lines["url"] == 5
