"""The header zone: headline, byline, date, photo credit and URL lines at the top.

Header fields may come in any order and any may be missing. The zone ends at the first
line that is none of them (that line opens the body).
"""

from __future__ import annotations

import re
import unicodedata

from .. import patterns
from ..codes import code_of
from ..model import Diagnostic
from ..patterns import on_first_use
from ..recordlabels import (
    is_counter,
    is_section_marker,
    read_dated_title,
    read_linked_title,
    read_listed_story,
    read_numbered,
    read_numbered_title,
    without_ordinal,
)
from .blocks import Line
from .builders import Gathered
from .byline import (
    Byline,
    author_handle,
    credit_names,
    is_author_description,
    leading_name,
    name_from_profile_url,
    normalise_case,
    read_byline,
    read_byline_continuation,
    read_located_name,
    read_titled_name,
)
from .bylinedate import MetaRow, read_byline_and_date, read_meta_row
from .chrome import is_all_bold, is_chrome, is_noted_caption, read_caption
from .dates import DateLine, mentions_year, read_date_line, read_time_line, with_time
from .fields import (
    UrlLine,
    is_byline_label,
    is_credit_value,
    is_extra_field,
    is_headline_like,
    is_label_line,
    is_markdown_image,
    is_metadata_line,
    is_placeholder,
    is_prose,
    listed_names,
    lone_label,
    read_credit,
    read_label,
    read_markdown_heading,
    read_publication,
    read_related_line,
    read_table_field,
    read_text_link,
    read_url_and_title,
    read_url_line,
    split_site_name,
    unbolded_label,
    unquoted,
    without_button_word,
    without_hashes,
)
from .lexicon import (
    DATE_PREFIXES,
    EMPTY_BYLINE_VALUES,
    HEADER_LABELS,
    SECTION_MARKERS,
    SOURCE_LABELS,
)
from .titles import (
    MAX_STANDFIRST_WORDS,
    MIN_STANDFIRST_WORDS,
    bracketed_title,
    is_byline_or_date,
    is_kicker,
    is_label_above_headline,
    is_menu_item,
    is_page_menu_line,
    runs_on,
    split_glued_standfirst,
    title_with_site,
    undoubled,
    wire_agency_suffix,
)

# A header is a handful of lines (plus page chrome above it); past this many, it is body.
MAX_HEADER_LINES = 25
_FENCE = "---"


class Header(Gathered):
    """What the header zone gave (a builder, filled line by line)."""

    headline: str | None = None
    byline: Byline | None = None
    date: str | None = None
    updated: str | None = None
    photo_credit: str | None = None
    photo_caption: str | None = None
    byline_repeat: str | None = None  # the byline printed again, set aside
    publication: str | None = None
    publication_guessed: bool = False  # read from an unlabelled line by its shape
    summary: str | None = None
    url: UrlLine | None = None
    consumed: int = 0  # how many of the input lines the header took
    date_seen: bool = False  # a date line was present, even if unreadable
    # The first body line when a "Text: ..." label carries it on the label's own line.
    body_start: Line | None = None
    pending: str | None = None  # field whose value is on the next line ("[XSUM]URL[XSUM]")
    in_front_matter: bool = False
    labelled: bool = False  # a "Label: value" line gave a field
    ended: bool = False  # a marker said the body starts now
    # ... and that no header field follows: the canonical text's "Text:" (see
    # _STRICT_BODY_MARKERS).
    strictly_ended: bool = False
    headline_labelled: bool = False  # "Title: ...", not read from a line's place and shape
    untitled: bool = False  # a kind of document that prints no headline after its byline
    # The line a headline was read from, and how much boilerplate stood before it then.
    headline_source: tuple[Line, int] | None = None
    # A site's name split off the headline's line that is not the publication read before
    # it ("Harbour strike ends | Coast Edition" under "Publisher: Coast Media"): kept as
    # boilerplate once the header ends, unless the line is set aside whole.
    title_site: str | None = None
    # Lines of a news archive's facts still expected under its word count (the date, the
    # paper's name and code, the edition, the page, the language), 0 when none.
    archive_facts: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[str, int] = {}  # field -> 1-based input line
        # Front matter's list items ("tags:" / "- travel") -> the role their key took.
        self.yaml_items: dict[int, str] = {}


def read_header(lines: list[Line], *, untitled: bool = False) -> Header:
    """Read header fields from the top of ``lines`` until a line opens the body; with
    ``untitled``, the document prints no headline after its byline or date."""
    header = Header()
    header.untitled = untitled
    index = header.consumed = _take_leading_menu(header, lines[:_MAX_MENU_LINES])
    window = lines[: index + MAX_HEADER_LINES]
    while index < len(window) and not header.ended:
        line = window[index]
        taken = window[index : index + 1]
        announced = header.pending is not None
        role = _take_front_matter(header, line, index) or _take_pending(header, line)
        if announced and header.pending is None and role is None:
            _keep_unanswered_label(header, window[index - 1])
        if role is None and (label := lone_label(line.text)) and index + 1 < len(window):
            # "By" / "Jane Doe", "Updated" / "10:36 PM UTC, Feb 9, 2024": one field.
            joined = window[index : _value_end(window, index, label)]
            role = _take_split_field(header, label, joined)
            taken = joined if role is not None else taken
        role = role or _take(header, line, window, index)
        role = (
            role
            or _take_bare_name(header, window, index)
            or _take_standfirst(header, window, index)
        )
        if role is None:
            break
        for taken_line in taken:
            header.roles[taken_line.number] = role
        index += len(taken)
        header.consumed = index
    if header.pending is not None and header.consumed:
        _keep_unanswered_label(header, window[header.consumed - 1])
    _publication_as_headline(header)
    if header.title_site is not None:
        header.boilerplate.append(header.title_site)
    return header


def _keep_unanswered_label(header: Header, line: Line) -> None:
    """Set aside a lone label whose value never came ("Credit..." as the header's last
    line, "[XSUM]URL[XSUM]" over no link): kept, where it would have been lost."""
    if header.roles.get(line.number) == "label":
        header.boilerplate.append(line.text)
        header.roles[line.number] = "boilerplate"


# A page's navigation at the top of a dump: this many short lines in a row at least (each
# a menu item, a piece of chrome or a breadcrumb trail), with a headline under them.
_MIN_MENU_RUN = 6


def _take_leading_menu(header: Header, window: list[Line]) -> int:
    """Set aside a run of menu lines that opens the dump ("Home" / "News" / ... / "Home >
    News"), when a headline follows; return how many lines it took."""
    run = _menu_run_end(window)
    if run < _MIN_MENU_RUN or run >= len(window):
        return 0
    title = window[run].text
    if not is_headline_like(title) or is_byline_or_date(title):
        return 0  # no headline under the run: it may be the story's own lines
    if len({line.text for line in window[:run]}) < _MIN_MENU_RUN:
        return 0  # a menu names many places: a few lines repeated are something else
    for line in window[:run]:
        header.boilerplate.append(line.text)
        header.roles[line.number] = "boilerplate"
    return run


# A page's navigation runs to a hundred lines on the longest pages seen.
_MAX_MENU_LINES = 150
# A page's menu may hold a few lines that are no menu item ("Fund the free press with $5
# per month", "The Guardian - Back to home"): up to this many in a row, between items.
_MAX_MENU_GAP = 2
_MIN_ITEMS_BEFORE_GAP = 3
_MAX_GAP_LINE_WORDS = 8


def _menu_run_end(window: list[Line]) -> int:
    """Where the run of menu lines at the top of ``window`` ends (0: no run). Lines that
    are no menu item may stand among the items only once the menu has begun (three
    items), and never a credit, a byline or a date."""
    end = gap = items = 0
    for index, line in enumerate(window):
        text = line.text
        if lone_label(text) is not None:
            break  # "By" / "Jane Doe" / date: the story's header, under the menus
        if items and _is_bare_name_over_date(window, index + 1):
            break  # the headline over "Jane Doe" / "5. March 2024.", which end no menu
        if is_page_menu_line(text):
            end, gap, items = index + 1, 0, items + 1
        elif (
            items >= _MIN_ITEMS_BEFORE_GAP
            and gap < _MAX_MENU_GAP
            and len(text.split()) <= _MAX_GAP_LINE_WORDS
            and is_headline_like(text)
            and not is_byline_or_date(text)
            and "/" not in text  # a picture's credit ("Jane Doe / POOL / TASS")
            and ":" not in text  # a field ("Date: ..."), which opens the header
        ):
            gap += 1  # a line among the items; the run must go on after it
        else:
            break
    return end


# A name on its own line is a byline of one to three people: "Jane Doe", "Jane Doe and
# John Roe". Longer, it is a title in title case.
_MAX_BARE_NAME_WORDS = 8


def _take_bare_name(header: Header, window: list[Line], index: int) -> str | None:
    """Take a person's name alone on a line, between the headline and the date line (or a
    line describing the writer), for the byline: pages that link the author's name print
    it without "By". Only there: a name alone elsewhere may be a heading, a caption or a
    signature."""
    if header.byline is not None or header.headline is None or index + 1 >= len(window):
        return None
    if not _is_name_shaped(window[index].text):
        return None  # the cheap test first
    following = window[index + 1].text
    date_line = read_date_line(following)
    described = date_line is None and (
        is_author_description(following) or _SOCIAL_HANDLE.fullmatch(following) is not None
    )
    if not described and (date_line is None or date_line.value is None):
        return None
    byline = _bare_name(window[index].text)
    if byline is None:
        return None
    if described:
        header.pending = "author description"  # the line under the name joins the byline
    return set_byline(header, window[index], byline)


# A writer's social handle alone on the line under the name ("@JANEDOE"), as a page's
# author box prints it.
_SOCIAL_HANDLE = patterns.compile(r"@\w{2,30}")


def _is_bare_name_over_date(window: list[Line], index: int) -> bool:
    """A person's name alone over a date line (see _take_bare_name)."""
    if index + 1 >= len(window) or not _is_name_shaped(window[index].text):
        return False
    date_line = read_date_line(window[index + 1].text)
    return (
        date_line is not None
        and date_line.value is not None
        and bool(_bare_name(window[index].text))
    )


def _is_name_shaped(text: str) -> bool:
    """A person's name has two words at least ("By" alone is a label) and a capital."""
    return 2 <= len(text.split()) <= _MAX_BARE_NAME_WORDS and text[:1].isupper()


def _bare_name(text: str) -> Byline | None:
    """The byline of a name alone on a line ("Jane Doe", "Jane Doe and John Roe"), or None."""
    byline = credit_names(text) if _is_name_shaped(text) else None
    return byline if byline is not None and byline.authors else None


# Lines that join the names of a byline printed one name per line ("Jane Doe" / "," /
# "John Roe" / "and" / "Ann Lee"): pages that link each name leave these between them.
_NAME_JOINERS = frozenset({",", "and", "&", ", and"})


def _value_end(window: list[Line], index: int, label: str) -> int:
    """Return where the value of a lone label at ``window[index]`` ends: the next line,
    and for "By" the further names joined to it."""
    end = index + 2
    if not is_byline_label(label):
        return end
    while end + 1 < len(window) and window[end].text.casefold() in _NAME_JOINERS:
        end += 2
    return end


def _take_split_field(header: Header, label: str, lines: list[Line]) -> str | None:
    """Read a lone label and the lines of its value as one byline or date line, or return
    None."""
    # Numbered as the label; its text holds all, so that nothing is lost if unreadable.
    value = " ".join(line.text for line in lines[1:]).replace(" ,", ",")
    joined = Line(lines[0].number, f"{lines[0].text} {value}")  # "Author:" keeps its colon
    if is_byline_label(label):
        following = lines[1].text
        if (
            read_label(following) is not None
            or read_date_line(following) is not None
            or lone_label(following) is not None
        ):
            return None  # "Author:" with no name, then "Date: ..." or "By": an empty label
        byline = read_byline(joined.text)
        if byline is None or (header.byline is not None and not _repeats_byline(header, byline)):
            return None
        return set_byline(header, joined, byline)  # the byline, or its repeat set aside
    date_line = read_date_line(joined.text)
    if date_line is None and header.date is not None and "T" not in header.date:
        # "March 3, 2025" / "Updated" / "10:15 AM": the update came later that day.
        time = read_time_line(value)
        if time is not None and DATE_PREFIXES.get(label.casefold()) == "updated":
            date_line = DateLine("updated", with_time(header.date, time))
    return set_date(header, joined, date_line) if date_line is not None else None


def take_byline_continuation(
    header: Header, line: Line, *, previous: int | None = None
) -> str | None:
    """Join a job title or bureau under the byline to it: "BY JULIE ANDERSON" / "WORLD-HERALD
    STAFF WRITER", "Written by" / "Jane Doe" / "Senior Market Analyst". ``previous`` is
    the number of the non-blank line before, if any."""
    if previous is None or header.byline is None or header.roles.get(previous) != "byline":
        return None
    continuation = read_byline_continuation(line.text)
    if continuation is None:
        return None
    byline = header.byline
    agencies = byline.agencies + tuple(a for a in continuation if a not in byline.agencies)
    header.byline = Byline(f"{byline.text}, {line.text}", byline.authors, agencies)
    return "byline"


_DATE_DASH = patterns.compile(r"\s+[-–—]\s+")


# A standfirst in a script written without spaces has this many characters at least.
_MIN_UNSPACED_STANDFIRST = 20


def _read_date_then_standfirst(text: str) -> tuple[DateLine, str] | None:
    """Read "<date> - <standfirst>" as the date and the sentence after it, or None."""
    if not mentions_year(text[:40]):
        return None
    parts = _DATE_DASH.split(text, maxsplit=1)
    if len(parts) != 2 or (
        len(parts[1].split()) < MIN_STANDFIRST_WORDS
        and len(parts[1]) < _MIN_UNSPACED_STANDFIRST  # Chinese, Japanese: no spaces
    ):
        return None
    date_line = read_date_line(parts[0])
    return (date_line, parts[1]) if date_line is not None else None


def _publication_as_headline(header: Header) -> None:
    """Take a guessed publication line for the headline when no headline followed it.

    A title-case headline can end in a word newspapers are named with ("Stocks Hit Record
    Highs Today", "Jobs Report Brings Good News"); it is only a newspaper's name when a
    headline comes after it. A labelled "Publisher: ..." line is never moved.
    """
    if header.headline is not None or not header.publication_guessed:
        return
    number = header.lines.pop("publication")
    header.headline, header.publication = header.publication, None
    header.lines["headline"] = number
    header.roles[number] = "headline"


# A news archive's facts under an article's headline (Factiva): the word count, the
# language, and the publication's code under its name.
_WORD_COUNT = patterns.compile(r"\d{1,3}(?:,?\d{3})* words")
# Factiva prints up to eight facts under the word count (date, source, code, edition,
# page, language, ...), each a few words.
_ARCHIVE_FACT_LINES = 8
_MAX_ARCHIVE_FACT_WORDS = 10
_PUBLICATION_CODE = patterns.compile(r"[A-Z]{2,8}")
_LANGUAGE_NAMES = frozenset(
    "english french german spanish italian portuguese dutch russian chinese japanese "
    "korean arabic français deutsch español italiano português nederlands".split()
)


def _is_archive_fact(header: Header, text: str) -> bool:
    if header.archive_facts:
        # Under the word count, the export's facts until its copyright line: each a short
        # line ("The Daily Ledger on the Web", "Late Edition - Final", "3").
        header.archive_facts -= 1
        if text[:9].casefold() == "copyright" or text[:1] == "©":
            header.archive_facts = 0
            return False
        if header.publication is None:
            return False  # the paper's name, under the date
        return header.date_seen and len(text.split()) <= _MAX_ARCHIVE_FACT_WORDS
    if text[:1].isdigit():
        if _WORD_COUNT.fullmatch(text) is None:
            return False
        header.archive_facts = _ARCHIVE_FACT_LINES
        return True
    if text.casefold() in _LANGUAGE_NAMES:
        return True
    return (
        header.publication is not None
        and next(reversed(header.roles.values()), None) == "publication"
        and _PUBLICATION_CODE.fullmatch(text) is not None
    )


def _take_front_matter(header: Header, line: Line, index: int) -> str | None:
    """Handle the `---` fences of YAML front matter at the top of the file."""
    if line.text != _FENCE:
        return None
    if index == 0:
        header.in_front_matter = True
        return "label"
    if header.in_front_matter:
        header.in_front_matter = False
        return "label"
    return None


def _take_pending(header: Header, line: Line) -> str | None:
    """Give a line to the field a lone label on the line before announced."""
    target, header.pending = header.pending, None
    if target == "url":
        url = read_url_line(line.text, bare_ok=True)
        if url is not None:
            return _set_url(header, line, url)
    elif target == "author description" and header.byline is not None:
        header.byline = header.byline._replace(text=f"{header.byline.text}, {line.text}")
        return "byline"
    elif target == "summary":
        header.summary = line.text
        header.lines["summary"] = line.number
        return "summary"
    elif target == "credit" and (
        is_chrome(line.text) or read_label(line.text) is not None or not is_credit_value(line.text)
    ):
        # "PHOTO CREDIT" over "Advertisement", over another label: no value for it.
        return None
    elif target is not None:
        role = take_labelled(header, line, target, line.text)
        if target == "credit" and role == "credit":
            # "Credit..." / "Lena Ortiz ...": the credit's line is its label's, as a byline
            # split over two lines is (the value's text is the field).
            header.lines["photo_credit"] = max(
                number for number, taken in header.roles.items() if taken == "label"
            )
        return role
    return None


# A label set apart by rules or brackets, its value on the lines after it: "===HEADING===",
# "## Date ##", "[Title]". Asterisks are Markdown bold, which may be a title itself.
_decorated_label = on_first_use(
    r"(?:={2,}|#{2,}|-{2,}|\[)\s*(?P<word>[A-Za-z][A-Za-z ]{0,24}?)\s*(?:={2,}|#{2,}|-{2,}|\])"
)


def _take_decorated_label(header: Header, text: str) -> str | None:
    """Take a decorated label: its field's value is on the next line; an unknown word
    between "=" rules is a scraper's own scaffolding ("===WHEN==="), set aside."""
    if text[:1] not in "=#-[" or text[-1:] not in "=#-]":
        return None  # the cheap test: most lines are not decorated
    match = _decorated_label().fullmatch(text)
    if match is None:
        return None
    word = match["word"].casefold()
    field_name = HEADER_LABELS.get(word)
    if field_name == "body":
        header.ended = True
        return "label"
    if field_name is not None:
        header.pending = field_name
        return "label"
    if text.startswith("=="):
        header.boilerplate.append(text)
        return "boilerplate"
    return None


# After most body markers ("Content:", "Article:"), crawlers give the page's text as it
# was, and it may open with the date or byline the header lacks: the late fields look
# there. "Text:", as the canonical text writes it alone on a line, and XSum's body marker
# open the body itself: a date-like or "By ..." paragraph after them is body text.
_STRICT_BODY_MARKERS = frozenset({"text:", "[xsum]restbody[xsum]"})


# A picture's credit label alone on a line, the credit on the next ("Credit..." / "Jane
# Roe for The Times"), as news sites print them under the caption.
_CREDIT_LABELS = frozenset({"credit", "photo credit", "image credit", "credits"})


def _is_wire_titled(header: Header, text: str) -> bool:
    """A title closing on its wire's name in brackets, no headline yet ("Phelps named to
    relay team (Reuters)"): the headline, not a caption over its credit (a caption ends
    its sentence before the credit)."""
    if header.headline is not None or text[-1:] != ")" or wire_agency_suffix(text) is None:
        return False
    return not text[: text.rfind(" (")].rstrip().endswith((".", "!", "?"))


def is_strict_body_marker(text: str) -> bool:
    """A lone "Text:" (or XSum's body marker): the body opens on the next line."""
    return text.casefold() in _STRICT_BODY_MARKERS


def is_credit_label(text: str) -> bool:
    """A credit's label alone ("Credit...", "Photo credit"), its value on the next line;
    not "Photo credit:" alone, a crawler's empty field."""
    return text[-1:] != ":" and text.rstrip(".… ").casefold() in _CREDIT_LABELS


def _take_marker(header: Header, line: Line) -> str | None:
    """Handle a lone label whose value follows: "Text:", "[XSUM]URL[XSUM]"."""
    target = SECTION_MARKERS.get(line.text.casefold())
    if target is None:
        return None
    if target == "body":
        header.ended = True
        header.strictly_ended = is_strict_body_marker(line.text)
    else:
        header.pending = target
    return "label"


def _take(header: Header, line: Line, window: list[Line], index: int) -> str | None:
    """Put ``line`` (``window[index]``) into the header and return its role, or None if it
    opens the body. The lines after it tell a headline from a menu item or the first line
    of a wrapped paragraph.
    """
    text = line.text
    if (
        index
        and text == header.headline
        and text == (above := window[index - 1]).text
        and above.number == line.number - 1
        and header.roles.get(above.number) == "headline"
        and ":" not in text  # "Source: Reuters" twice: a field, read as one
    ):
        # The page's title printed again on the line under it (its heading and its title
        # bar): no story line, and the byline may follow.
        header.boilerplate.append(text)
        return "boilerplate"
    if (text[:2] in _BULLETS or text[:2] == "**") and (item := _decorated_field(text)):
        # A feed reader's entry lists its fields as bullets ("- https://...", "- date
        # published: ..."), a Markdown crawl sets labels in bold ("**Headline:** ..."):
        # read the field.
        role = _take(header, Line(line.number, item), window, index)
        if role == "headline" and text[:2] == "**" and not header.headline_labelled:
            # "**Region:** Europe": a field of the record's that no article field holds,
            # never its title (the label says what the line is).
            _forget_headline(header)
            role = None
        if role is None and text[:2] == "**" and is_extra_field(item):
            header.boilerplate.append(text)  # a short one; a long value is the story's
            return "boilerplate"
        if role == "boilerplate":
            header.boilerplate[-1] = text  # set aside as printed
        return role
    if text[1:2] == " " and (item := _marked_field(text)):
        # An emoji or a symbol marks each field of a digest's record ("📰 Title", "🔗
        # https://...", "📂 Category: ..."): the field, in a labelled record.
        header.labelled = True
        role = _take(header, Line(line.number, item), window, index)
        if role == "boilerplate":
            header.boilerplate[-1] = text  # set aside as printed
        return role
    if text[:1] == "|" and (field := read_table_field(text)) is not None:
        # "| author | Jane Doe |": a page's fields in a Markdown table of two columns, read
        # as "author: Jane Doe"; the table's head ("| Field | Value |" over "|---|---|") and
        # rule are layout.
        following = window[index + 1].text.strip() if index + 1 < len(window) else ""
        if following[:1] == "|" and not following.strip("|-: \t"):
            header.boilerplate.append(text)
            return "boilerplate"
        role = _take(header, Line(line.number, field), window, index)
        for aside in (header.boilerplate, header.unrecognised):
            if aside and aside[-1] == field:
                aside[-1] = text  # set aside as printed
        return role
    if not header.roles and text[:1] in _NUMBER_STARTS and (item := read_numbered_title(text)):
        # "2. Harbour fares rise", "1. **Date:** 2 March": the dump's number for the record,
        # then its first line.
        return _take(header, Line(line.number, item[1]), window, index)
    if (
        not header.roles
        and text[:1] == "#"
        and (heading := read_markdown_heading(text)) is not None
        and heading[:1] in _NUMBER_STARTS
        and (item := read_numbered_title(heading)) is not None
    ):
        # "## 2. Harbour fares rise": an archive's numbered item as a Markdown heading.
        return _take(header, Line(line.number, f"## {item[1]}"), window, index)
    if (
        not header.roles
        and is_counter(text)
        and index + 1 < len(window)
        and (label := read_label(window[index + 1].text)) is not None
        and label[1]  # a field's value under it; an empty label reads as no field
    ):
        header.boilerplate.append(text)  # "2" / "Title: ...": the dump's number for the record
        return "boilerplate"
    if text[:1] == "第" and (text := without_ordinal(text)) != line.text:
        # "第 2 則  來源連結：https://...": the item's number, then a field.
        if not text:
            header.boilerplate.append(line.text)
            return "boilerplate"
        line = Line(line.number, text)
    if text[:2] == "> " and header.headline is not None and not header.labelled:
        return _take_quoted_field(header, line)
    if header.in_front_matter and (taken := _take_yaml_list(header, line, window, index)):
        return taken
    if header.date_seen and is_counter(text):
        header.boilerplate.append(text)  # a blog's comment count under the date
        return "boilerplate"
    if header.headline is not None and _is_archive_fact(header, text):
        header.boilerplate.append(text)  # a news archive's "412 words", "English", "HTMS"
        return "boilerplate"
    if (marker := _take_marker(header, line)) is not None:
        return marker
    if header.photo_credit is None and is_credit_label(text):
        header.pending = "credit"  # "Credit..." over "Lena Ortiz for The Daily Ledger"
        return "label"
    if header.headline is None and (dated := _read_dated_title(text)) is not None:
        # "Harbour fares rise (Coast Daily, 05-05-2031) |", "Harbour fares rise | Coast
        # Daily | 2031-05-05T09:15:00Z": a listing's story, its outlet and day after it.
        title, outlet, day = dated
        set_date(header, line, day)
        if header.publication is None:
            header.publication = outlet
            header.lines["publication"] = line.number
        return _set_headline(header, line, title, split_site=False)
    if text[:4].lstrip("（(【[ ").startswith("原标题") and (
        original := _original_title().fullmatch(text)
    ):
        # "（原标题：...）": a Chinese portal's note of the title the story first ran
        # under. The headline where the page printed none, else a note beside it.
        if header.headline is None:
            return _set_headline(header, line, original["title"], split_site=False)
        header.boilerplate.append(text)
        return "boilerplate"
    if (decorated := _take_decorated_label(header, text)) is not None:
        return decorated
    if lone_label(text) and not text.endswith(":"):
        return None  # its value on the next line: the late fields join the two (or not)
    labelled = read_label(text)
    if labelled is not None:
        return take_labelled(header, line, *labelled)
    if text[:1] == "[" and header.url is None and (url := read_url_line(text, bare_ok=True)):
        # "[Original Article](https://...)": a link's text labels it, or is its address
        # ("[https://...](https://...)"), where a Markdown link alone would be chrome.
        return _set_url(header, line, url)
    if text[:1] == "[" and header.url is None and (url := _read_headline_link(header, text)):
        return _set_url(header, line, url)
    if (
        is_chrome(text)
        or not (text[0].isalnum() or any(char.isalnum() for char in text))
        or is_section_marker(text)
        or is_markdown_image(text)
    ):
        # Chrome, or a line of marks only ("________" under a record's number): layout.
        header.boilerplate.append(text)
        return "boilerplate"
    if (byline := read_byline(text)) is not None:
        return set_byline(header, line, byline)
    if (
        header.headline is not None
        and header.byline is None
        and (byline := read_titled_name(text) or read_located_name(text))
    ):
        return set_byline(header, line, byline)  # "Jane Doe, Staff Writer", "Jane Doe in HARARE"
    if (both := read_byline_and_date(text)) is not None:
        return set_byline_and_date(header, line, both)
    if (date_line := read_date_line(text)) is not None:
        return set_date(header, line, date_line)
    if text[:1] in "#[" and (date_line := _read_linked_date(text)) is not None:
        return set_date(header, line, date_line)  # "### [2011-02-14](/2011/02/14/)"
    if text[-1:] == ")" and (dated := _read_date_and_linked_name(text)) is not None:
        return set_byline_and_date(header, line, dated)  # "## May 2, 2031 [Jane Doe](...)"
    if (
        text[:1] in "*_"
        and text[-1:] == text[0]
        and (date_line := read_date_line(text.strip("*_")))
    ):
        # In bold or italics: "**Monday, 3 May 2010, 9:40 am**", "*06:21 AM, July 8, 2031*".
        return set_date(header, line, date_line)
    if header.headline and not header.summary and (dated := _read_date_then_standfirst(text)):
        # "12/03/2024 - The list names the students who ...": the date, then the dek.
        header.summary = dated[1]
        header.lines["summary"] = line.number
        return set_date(header, line, dated[0])
    if (row := read_meta_row(text)) is not None:
        return _set_meta_row(header, line, row)
    if (time_role := take_time(header, text)) is not None:
        return time_role
    if (url := read_url_line(text, bare_ok=True)) is not None and header.url is None:
        return _set_url(header, line, url)
    if header.headline is None and header.url is None and (listed := read_listed_story(text)):
        # "Harbour fares rise - Valley Courier - https://...": a news API's list item.
        _set_url(header, line, UrlLine(listed[2], True))
        if header.publication is None:
            header.publication = listed[1]
            header.lines["publication"] = line.number
        return _set_headline(header, line, listed[0], split_site=False)
    if header.headline is None and header.url is None and (linked := read_linked_title(text)):
        # "Ferry resumes. Link: https://...": a list's story, its title and link on a line.
        _set_url(header, line, UrlLine(linked[1], True))
        return _set_headline(header, line, linked[0], split_site=True)
    if header.headline is None and header.url is None and (both := read_url_and_title(text)):
        # "https://... Bridge toll plan shelved": a crawl's record line, URL then title.
        _set_url(header, line, UrlLine(both[0], True))
        return _set_headline(header, line, both[1], split_site=True)
    if (related := read_related_line(text)) is not None:
        header.related.append(related)
        return "related"
    previous = window[index - 1].number if index else None
    if (role := take_byline_continuation(header, line, previous=previous)) is not None:
        return role
    if header.publication is None and (publication := read_publication(text)) is not None:
        header.publication = publication
        header.publication_guessed = True
        header.lines["publication"] = line.number
        return "publication"
    if header.headline is None and (titled := title_with_site(without_hashes(text))):
        # "Harbour strike ends – The Guardian": a page's title, not a picture's credit.
        return _set_headline(header, line, titled, split_site=True)
    if (
        text[:1] in _SOURCE_INITIALS
        and (header.labelled or _over_label(window, index))
        and (source := _source_label().fullmatch(text)) is not None
        and (role := _take_source(header, line, source["value"].strip())) is not None
    ):
        return role
    if header.headline is None and _is_over_archive_title(window, index):
        header.boilerplate.append(text)  # "Business Desk; SECTB": no credit, no headline
        return "boilerplate"
    if header.photo_credit is None and (credit := read_credit(text)) is not None:
        header.photo_credit = credit
        header.lines["photo_credit"] = line.number
        return "credit"
    if (
        ":" in text
        and (header.labelled or _over_label(window, index))
        and is_metadata_line(text)
        and not read_url_line(text, bare_ok=False)
    ):
        # Not a second URL line: the body reports that one as unrecognised.
        header.boilerplate.append(text)  # "Top Image: https://...", "Keywords: [...]"
        return "boilerplate"
    if (
        header.labelled
        and header.headline_labelled
        and ":" in text
        and is_extra_field(text)
        and not read_url_line(text, bare_ok=False)
    ):
        # A labelled record's own fields besides the article's: "Country: Norland".
        header.boilerplate.append(text)
        return "boilerplate"
    if (
        header.labelled
        and header.headline_labelled
        and ":" in text
        and _over_body_label(window, index)
        and not read_url_line(text, bare_ok=False)
    ):
        # A labelled record's field of any length, among its labels over its text's label
        # ("ai summary: There is no content ..." / "Text:"), as JSON's keys are written.
        header.boilerplate.append(text)
        return "boilerplate"
    if header.in_front_matter and ":" in text:
        # A key no field takes: crawler bookkeeping ("word_count: 5"), a blog's own
        # ("layout: post"), as a labelled record's extra fields are.
        header.boilerplate.append(text)
        return "boilerplate"
    if text[:4] == "####" and _after_picture(header):
        # "![...](pic.jpg)" / "###### Workers clear the track. Jane Roe/AP": the picture's
        # caption as a small heading under it.
        caption = read_caption(without_hashes(text))
        if header.photo_credit is None and caption is not None and caption[0]:
            header.photo_caption, header.photo_credit = caption
            header.lines["photo_credit"] = line.number
            return "credit"
        header.boilerplate.append(text)
        return "boilerplate"
    if (
        header.photo_credit is None
        and not _is_wire_titled(header, text)
        and (caption := read_caption(text))
        and caption[0]
    ):
        # The lead picture's caption and credit above the headline: "Adele Doe in her
        # garden. Photograph: Jon Roe/The Guardian".
        header.photo_caption, header.photo_credit = caption
        header.lines["photo_credit"] = line.number
        return "credit"
    if (
        text[-1:] == ":"
        and (not header.roles or header.labelled or header.headline is None)
        and _labels_follow(window, index)
    ):
        # "Matches above threshold:" over "Score: 0.9" / "Title: ...": a note on the dump
        # above its first record, which is no headline; among a record's labelled fields,
        # a group's label ("Metadata:" over "Author: ...").
        header.boilerplate.append(text)
        return "boilerplate"
    if header.headline is None and is_noted_caption(text):
        header.boilerplate.append(text)  # the lead picture's caption over a page with no title
        return "boilerplate"
    if header.headline is None and header.untitled and (header.byline or header.date_seen):
        return None  # the story's first line (or a picture's caption): the body
    if header.headline is None:
        return _take_headline(header, line, window[index + 1 : index + 1 + _LOOKAHEAD])
    if _is_title_under_kicker_heading(header, text) and _set_aside_headline(header):
        # "## Salt and pepper" / "# Coastal farmers turn to seaweed": a magazine's rubric
        # as a smaller heading over the story's title, the page's one "#" heading.
        return _set_headline(header, line, without_hashes(text), split_site=True)
    if _is_headline_over_byline(header, window, index) and _headline_to_publication(header):
        # "Daily Lark" / "May 2, 2012" / "Bridge repairs ..." / "By Ada Morrow": the title
        # over the byline is the headline; the line taken for it above the date was the
        # paper's name, or an edition's ("Final Edition").
        return _set_headline(header, line, text, split_site=True)
    if header.byline is None and (is_kicker(text) or _is_rubric_over_facts(window, index)):
        header.boilerplate.append(text)  # the story's rubric under it: "CHRONIQUE", "Analysis"
        return "boilerplate"
    return None


# How a dump's number for a record may open its first line: "2. Title", "[2] Title".
_NUMBER_STARTS = frozenset("0123456789[")
# A rubric in capitals is a word or two ("NATURE", "SPACE FLIGHT").
_MAX_RUBRIC_WORDS = 2
_MAX_RUBRIC_LENGTH = 30


def _is_rubric_over_facts(window: list[Line], index: int) -> bool:
    """A word or two in capitals under the headline, over the byline or the date: the
    story's section, whatever its word ("NATURE" / "29 November 2024"); also a word or two
    in brackets, a database's or a section's tag ("[Archive]", "【ヨミダス】")."""
    text = window[index].text
    return (
        (_is_rubric_shaped(text) or _is_bracketed_rubric(text))
        and index + 1 < len(window)
        and is_byline_or_date(window[index + 1].text)
    )


# A tag in brackets: "[Archive]", "【ヨミダス】", "［社説］" (a word or two, no sentence).
_bracketed_rubric = on_first_use(
    r"(?:\[[^\W\d_][^\[\].!?]{0,24}\]|[【［][^【】［］.!?。]{1,24}[】］])"
)


def _is_bracketed_rubric(text: str) -> bool:
    return (
        text[:1] in "[【［"
        and len(text.split()) <= _MAX_RUBRIC_WORDS
        and bool(_bracketed_rubric().fullmatch(text))
    )


def _is_rubric_shaped(text: str) -> bool:
    """A word or two in capitals, letters only ("NATURE", "SPACE FLIGHT")."""
    words = text.split()
    return (
        len(text) <= _MAX_RUBRIC_LENGTH
        and len(words) <= _MAX_RUBRIC_WORDS
        and text.isupper()
        and all(word.isalpha() for word in words)
    )


# "Source: ABC Australia", also in other languages ("Источник: ТАСС", "Fuente: EFE").
_SOURCE_INITIALS = frozenset(c for word in SOURCE_LABELS for c in (word[0], word[0].upper()))
_source_label = on_first_use(
    rf"(?:{'|'.join(SOURCE_LABELS)})\s*[:：]\s*(?P<value>\S.*)", re.IGNORECASE
)


def _take_source(header: Header, line: Line, value: str) -> str | None:
    """Take "Source: ABC Australia" among a record's labels for the outlet; under a
    picture, on a page, the line credits the picture (see read_credit)."""
    if is_placeholder(value):
        return "publication"  # "Source: Scraped": the field is absent
    if header.publication is not None:
        return None
    header.publication = value
    header.lines["publication"] = line.number
    return "publication"


_BULLETS = frozenset({"- ", "* ", "• "})
_BULLETED_LINK = patterns.compile(r"\[https?://[^\]\s]*\]\((?P<url>https?://[^)\s]+)\)")
_MAX_BULLET_LABEL = 30


def _decorated_field(text: str) -> str | None:
    """The field a bulleted or bold-labelled line holds, or None."""
    if text[:2] == "**":
        return unbolded_label(text)
    return _bulleted_field(text)


def _marked_field(text: str) -> str | None:
    """What follows the symbol marking a line ("📰 Title" -> "Title"), or None when the
    line opens with no symbol (a letter, a digit, punctuation)."""
    if unicodedata.category(text[0]) != "So" or text[0] in _LEGAL_SIGNS:
        return None  # "© Outlet 2031": a notice, no field
    return text[2:].strip() or None


_LEGAL_SIGNS = frozenset("©®™℗ⓒ")


def _bulleted_field(text: str) -> str | None:
    """The field a bulleted line holds ("- https://...", "- date published: ..."), or None
    when the bullet holds anything else (a list item of the story's)."""
    item = text[2:].strip()
    if item[:8].casefold().startswith(("http://", "https://")):
        return item
    if item[:2] == "[h" and (link := _BULLETED_LINK.fullmatch(item)) is not None:
        # "- [https://...](https://...)": the entry's link in Markdown (a menu's "[Home]
        # (https://...)" is no field).
        return link["url"]
    colon = item.find(":")
    return item if 0 < colon <= _MAX_BULLET_LABEL and item[colon + 1 : colon + 2] == " " else None


def _over_label(window: list[Line], index: int) -> bool:
    """Tell whether the line after ``window[index]`` is a labelled field: then a crawler's
    own label above it ("Category: world" over "Title: ...") opens a labelled record."""
    if index + 1 >= len(window):
        return False
    following = window[index + 1].text
    if following[:2] in _BULLETS:
        following = _bulleted_field(following) or following
    return ":" in following and (read_label(following) is not None or is_metadata_line(following))


def _over_body_label(window: list[Line], index: int) -> bool:
    """Tell whether ``window[index]`` stands among a record's label lines, with no line
    between them, that end with the label of its text ("Text:") alone."""
    number = window[index].number
    if not is_label_line(window[index].text):
        return False
    for line in window[index + 1 :]:
        if line.number != number + 1:
            return False
        number = line.number
        label = read_label(line.text)
        if label is not None and label[0] == "body" and not label[1]:
            return True
        if not is_label_line(line.text):
            return False
    return False


# A record's labels may start a line or two under a note on the dump.
_NOTE_LOOKAHEAD = 2


# A date run into the dateline's place where a page's styling parted them: "Mar 4th
# 2021LISBON".
_DATE_BEFORE_PLACE = patterns.compile(r"(?P<date>.*\d{4})(?P<place>[A-Z][A-Z .'-]{2,40})")


def _take_quoted_field(header: Header, line: Line) -> str | None:
    """Read a Markdown quote under the headline ("> A wet harvest is still a harvest"): a
    date, or the standfirst; None (the body starts) for anything else."""
    inner = line.text[2:].strip()
    date_line = read_date_line(inner)
    if date_line is None and (glued := _DATE_BEFORE_PLACE.fullmatch(inner)) is not None:
        date_line = read_date_line(glued["date"])
    if date_line is not None and not header.date_seen:
        return set_date(header, line, date_line)
    if (
        header.summary is None
        and header.byline is None
        and not header.date_seen
        and MIN_STANDFIRST_WORDS <= len(inner.split()) <= MAX_STANDFIRST_WORDS
    ):
        header.summary = inner
        header.lines["summary"] = line.number
        return "summary"
    return None


def _after_picture(header: Header) -> bool:
    """Tell whether the last line the header took was a Markdown picture."""
    last = next(reversed(header.roles.values()), None)
    return last == "boilerplate" and is_markdown_image(header.boilerplate[-1])


# "（原标题：Title）", "原标题: Title": the title a reposted story first ran under.
_original_title = on_first_use(
    r"[（(【\[]?\s*原标题\s*[:：]\s*(?P<title>[^（）()【】\[\]]+?)\s*[）)】\]]?"
)


def _labels_follow(window: list[Line], index: int) -> bool:
    """Tell whether a labelled field ("Title: ...") stands within two lines after."""
    following = window[index + 1 : index + 1 + _NOTE_LOOKAHEAD]
    return any(read_label(line.text) is not None for line in following)


def _take_headline(header: Header, line: Line, after: list[Line]) -> str | None:
    """Take the headline, or set aside a section label or menu item above it; None when
    the line is no title (or the first line of a wrapped paragraph)."""
    text = line.text
    if text[:1] in "[【" and (title := bracketed_title(text)) is not None:
        return _set_headline(header, line, title, split_site=True)  # "[Drones map wetlands]"
    if (
        is_label_above_headline(text)
        or _is_record_label_over_title(text, after)
        or (text[:1] in "AaSsIi" and "_" in text and read_numbered(text) is not None)
        or (_after_page_furniture(header) and _is_topic_over_title(text, after))
        or _is_rubric_over_underlined_title(text, after)
    ):
        header.boilerplate.append(text)
        return "boilerplate"
    if runs_on(line, after):
        return None
    if (
        not is_headline_like(text)
        and not _is_h1_title(text)
        and not _is_heading_over_fields(text, after)
        and not _is_title_case_title(text, after)
    ):
        # Only over a byline or date: many a story's first sentence names "NewsNight".
        over_fields = bool(after) and (
            is_byline_or_date(after[0].text) or lone_label(after[0].text) is not None
        )
        glued = split_glued_standfirst(text) if over_fields and header.summary is None else None
        return set_glued_headline(header, line, *glued) if glued else None
    # After another item of the menu (a kicker above a headline is no menu), perhaps with
    # the newspaper's name between.
    previous = next(
        (role for role in reversed(header.roles.values()) if role != "publication"), None
    )
    follows_item = previous == "boilerplate" and not is_label_above_headline(header.boilerplate[-1])
    if is_menu_item(text, after, follows_item=follows_item):
        header.boilerplate.append(text)
        return "boilerplate"
    if text[:2] in _BULLETS:
        text = text[2:].strip()  # "- Title (18:31)": a list's item, not the title's dash
    if is_all_bold(text):
        text = text.strip("*").strip()  # "**Title**": Markdown bold, not the title's
    title = undoubled(read_markdown_heading(text) or text)  # "# Title" is "Title"
    if title[:1] == "[" and (link := read_text_link(title)) is not None:
        # "# [Title](https://...)": a listing's or a crawl's title, linked to its story.
        title = link[0]
        if header.url is None and link[1].startswith(("http://", "https://")):
            _set_url(header, line, UrlLine(link[1], True))
    # A page's title bar, "Headline | Site" or "Headline - Site" (a site we know: a dash
    # may be the headline's own).
    return _set_headline(header, line, title, split_site=True)


def _read_dated_title(text: str) -> tuple[str, str, DateLine] | None:
    """A listing's title with its outlet and a day shaped as a date (one whose day and month
    cannot be told apart, "04-05-2031", is reported as unreadable), or None."""
    dated = read_dated_title(text)
    if dated is None or read_date_line(dated[0]) is not None:
        return None  # "JANUARY 1, 2000 | 00:00 | Updated: ...": a date line with its parts
    day = read_date_line(dated[2])
    return (dated[0], dated[1], day) if day is not None else None


def _publisher_after_title_site(header: Header, line: Line, value: str) -> str:
    """Take "Publisher: Wire Daily" under "Rates hold - The Wire Daily": the label names
    the outlet, the title bar's site name is kept as boilerplate; a value that is no name
    ("reuters_markets_via_gnews", a feed's address) is set aside instead."""
    if "://" in value or "_" in value:
        header.boilerplate.append(line.text)
        return "boilerplate"
    assert header.publication is not None, "the title bar gave one"
    header.title_site = header.publication
    header.publication = value
    header.lines["publication"] = line.number
    return "publication"


def _is_over_archive_title(window: list[Line], index: int) -> bool:
    """Tell whether ``window[index]`` stands over a news archive document's title, as its
    section or desk line does ("Business Desk; SECTB" / "Harbour fares rise" / "By JANE
    DOE" / "412 words"): the title within two lines, over its word count or its byline and
    count."""
    for count_at in range(index + 2, min(index + 5, len(window))):
        text = window[count_at].text
        if text[:1].isdigit() and _WORD_COUNT.fullmatch(text) is not None:
            break
    else:
        return False
    title_at = count_at - 1
    if read_byline(window[title_at].text) is not None:
        title_at -= 1
    return title_at > index


# A date as a Markdown link, perhaps a heading: "### [2011-02-14](/events/2011/02/14/)".
_linked_text = on_first_use(r"(?:#{1,6}[ \t]+)?\[(?P<text>[^\]\n]{4,40})\]\([^)\s]*\)")


def _read_linked_date(text: str) -> DateLine | None:
    """Read a line that is only a link whose text is a date (a day's page on a site)."""
    match = _linked_text().fullmatch(text)
    return read_date_line(match["text"]) if match is not None else None


# A listing's line of a story's date and its writer's name linked to their page, perhaps
# as a heading: "## October 27, 2031 [Jane Doe](https://example.gov/news?author=5c6d)".
_date_and_linked_name = on_first_use(
    r"(?:#{1,6}[ \t]+)?(?P<date>[^\[\]\n]{6,40}?)[ \t]+\[(?P<name>[^\]\n]{3,60})\]\([^)\s]*\)"
)


def _read_date_and_linked_name(text: str) -> tuple[Byline, DateLine] | None:
    """Read a date followed by a writer's name as a link as the byline and the date."""
    match = _date_and_linked_name().fullmatch(text)
    if match is None or (date_line := read_date_line(match["date"])) is None:
        return None
    byline = credit_names(match["name"])
    return (byline, date_line) if byline is not None and byline.authors else None


def _is_title_under_kicker_heading(header: Header, text: str) -> bool:
    """Tell whether ``text`` is a Markdown "#" heading right under a smaller heading
    ("## ...") that was taken for the headline, with nothing else read between."""
    if text[:2] != "# " or header.headline is None or header.headline_labelled:
        return False
    assert header.headline_source is not None, "a headline was set"
    source = header.headline_source[0]
    return (
        source.text.startswith("##")
        and next(reversed(header.roles.values()), None) == "headline"
        and read_markdown_heading(text) is not None
    )


def _is_headline_over_byline(header: Header, window: list[Line], index: int) -> bool:
    """Tell whether ``window[index]`` is the headline though another line was taken for it:
    a title under the date and right over the byline, the line above the date unlabelled
    and alone (no standfirst or byline under it)."""
    if (
        header.headline is None
        or header.headline_labelled
        or header.byline is not None
        or header.summary is not None
        or not header.date_seen
        or index + 1 >= len(window)
    ):
        return False
    text, under = window[index].text, window[index + 1].text
    return (
        is_headline_like(text)
        and not runs_on(window[index], window[index + 1 :])
        and read_credit(text) is None
        and (read_byline(under) is not None or _labelled_field(under) == "byline")
    )


def _labelled_field(text: str) -> str | None:
    """The field a labelled line holds ("BYLINE: Ada Morrow" holds the byline), or None."""
    labelled = read_label(text)
    return labelled[0] if labelled is not None else None


# A paper's name is a few words ("The Evening Post"); a longer line above the date is set
# aside instead.
_MAX_PUBLICATION_WORDS = 5


def _headline_to_publication(header: Header) -> bool:
    """Make the line taken for the headline the publication when none was read and it is
    short enough for a paper's name, else set it aside as boilerplate; return False (the
    headline kept) when it gave the publication too."""
    assert header.headline_source is not None, "a headline was set"
    line, _ = header.headline_source
    if header.publication is None and len(line.text.split()) <= _MAX_PUBLICATION_WORDS:
        header.publication = header.headline
        header.lines["publication"] = line.number
        header.roles[line.number] = "publication"
        _forget_headline(header)
        return True
    return _set_aside_headline(header)


# A Markdown "#" heading is the page's title even as a sentence, up to this many words.
_MAX_H1_TITLE_WORDS = 30


def _is_title_case_title(text: str, after: list[Line]) -> bool:
    """A title in title case ending in a full stop (see below), unless a line shaped like
    a title follows it: an advertisement's line ("Special Fares to Cairns.") over the
    story's title."""
    if not _is_title_case_sentence(text):
        return False
    following = after[0].text if after else ""
    return not (is_headline_like(following) and not is_byline_or_date(following))


def _is_title_case_sentence(text: str) -> bool:
    """A title in title case that ends in a full stop, as some sites print theirs ("Boy,
    11, Graduates From State College."): its longer words nearly all capitalised, which
    a story's sentence never is."""
    if text[-1:] != "." or text[-2:-1] in ".)" or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    words = text.split()
    if not _MIN_TITLE_CASE_WORDS <= len(words) <= _MAX_TITLE_CASE_WORDS:
        return False
    if any(word[-1:] in ".!?:;" for word in words[:-1]):
        return False  # two sentences, an abbreviation, a label: no title
    longer = [word for word in words if sum(c.isalpha() for c in word) >= 4]
    capitalised = sum(word[:1].isupper() or word[:1].isdigit() for word in longer)
    return len(longer) >= _MIN_TITLE_CASE_WORDS and capitalised * 5 >= len(longer) * 4


# A title in title case has this many words at least (and this many of four letters),
# and this many at most.
_MIN_TITLE_CASE_WORDS = 3
_MAX_TITLE_CASE_WORDS = 20


def _is_h1_title(text: str) -> bool:
    """A Markdown "#" heading of title length ("# Flooding forces 3,000 from homes.")."""
    if text[:2] != "# ":
        return False
    title = read_markdown_heading(text)
    return title is not None and len(title.split()) <= _MAX_H1_TITLE_WORDS


def _is_heading_over_fields(text: str, after: list[Line]) -> bool:
    """A Markdown heading of title length over a feed entry's fields, even as a sentence
    ("## Putin's visit signals pressure." / "- [https://...](https://...)" / "- date
    published: ...")."""
    if text[:1] != "#" or not after or (title := read_markdown_heading(text)) is None:
        return False
    following = after[0].text
    return len(title.split()) <= _MAX_H1_TITLE_WORDS and (
        (following[:2] in _BULLETS and _bulleted_field(following) is not None)
        or read_label(following) is not None
    )


def set_glued_headline(header: Header, line: Line, title: str, standfirst: str) -> str:
    """Set the headline and the standfirst a page's text glued to it, both from ``line``."""
    header.summary = standfirst
    header.lines["summary"] = line.number
    return _set_headline(header, line, title, split_site=False)


def _after_page_furniture(header: Header) -> bool:
    """Tell whether the header set a page's furniture aside (a menu) and the last line it
    took was furniture too, or the picture's credit under it."""
    last = next(reversed(header.roles.values()), None)
    return bool(header.boilerplate) and last in ("boilerplate", "credit")


_MAX_TOPIC_WORDS = 3
_MIN_BARE_STANDFIRST_SPACES = 11


def _is_topic_over_title(text: str, after: list[Line]) -> bool:
    """A page's topic tag over the headline ("Social media" over "How a youth movement for
    digital justice is spreading"): a few words over a longer title, with the standfirst
    (a sentence), the byline or the date under that. Asked only under a page's menus or
    picture, where a short headline over a section's heading is not expected."""
    if len(after) < 2 or text.count(" ") >= _MAX_TOPIC_WORDS:
        return False
    title, under = after[0].text, after[1].text
    return (
        title.count(" ") >= 2 * _MAX_TOPIC_WORDS - 2
        and title[:1] != "#"  # a Markdown heading: a section's, under a short headline
        and is_headline_like(title)
        and not runs_on(after[0], after[1:])  # a wrapped paragraph's first line
        and read_credit(title) is None  # "Jan van Dijk / POOL / AFP" under a short title
        and not is_byline_or_date(title)
        and read_label(title) is None
        and read_related_line(title) is None  # "Related article: ..." under a short title
        and (
            # A standfirst: a sentence, or as long as one (pages drop its full stop).
            is_prose(under)
            or under.count(" ") >= _MIN_BARE_STANDFIRST_SPACES
            or is_byline_or_date(under)
            or _is_bare_name_over_date(after, 1)
        )
    )


def _is_rubric_over_underlined_title(text: str, after: list[Line]) -> bool:
    """A word or two in capitals over a title underlined by a rule ("TECHNOLOGY" / "Chip
    maker raises prices" / "-----"): the story's section over its headline."""
    return (
        len(after) >= 2
        and _is_rubric_shaped(text)
        and is_headline_like(after[0].text)
        and _is_underline(after[1].text)
    )


def _is_underline(text: str) -> bool:
    """A rule of "-" or "=" under a title (as Markdown's setext headings have)."""
    return len(text) >= 3 and text.count(text[0]) == len(text) and text[0] in "-="


def _is_record_label_over_title(text: str, after: list[Line]) -> bool:
    """A dump's number for the record ("Article 1", "### Item 2") over its headline."""
    return bool(after) and read_numbered(text) is not None and is_headline_like(after[0].text)


# How many lines after a header line are looked at to read it.
_LOOKAHEAD = 6


def _take_standfirst(header: Header, window: list[Line], index: int) -> str | None:
    """Take a line between the headline and the byline or date for the standfirst
    ("Residents say the increase is far too steep"): a page prints it there, where it
    would otherwise end the header and leave the byline to the body."""
    if header.headline is None or header.summary is not None or index + 1 >= len(window):
        return None
    text = window[index].text
    if header.byline is not None or header.date_seen:
        return None
    if not MIN_STANDFIRST_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS:
        return None  # shorter, it is a name or a label, not a sentence about the story
    following = window[index + 1].text
    if (
        not is_byline_or_date(following)
        and lone_label(following) is None  # "By" / "Jane Doe": the name on a line of its own
        and not _is_bare_name_over_date(window, index + 1)
        and read_meta_row(following) is None
    ):
        return None
    header.summary = text
    header.lines["summary"] = window[index].number
    return "summary"


def _set_aside_headline(header: Header) -> bool:
    """Set aside the headline read from a line's place and shape for a labelled one that
    follows: that line stood over a labelled record ("NEWS REPORT" / "Title: ..."), as a
    dump's title or a section's label does. Return False (keeping it) when the line gave
    more than the headline."""
    assert header.headline_source is not None, "a headline was set"
    line, boilerplate_before = header.headline_source
    if header.lines.get("publication") == line.number:
        return False  # "Harbour News | The Velmar Times": the paper's name came with it
    header.boilerplate.insert(boilerplate_before, line.text)
    header.roles[line.number] = "boilerplate"
    _forget_headline(header)
    return True


def _forget_headline(header: Header) -> None:
    """Undo :func:`_set_headline` (the caller gives its line another role)."""
    header.headline = header.headline_source = header.title_site = None
    del header.lines["headline"]


def _read_headline_link(header: Header, text: str) -> UrlLine | None:
    """Read "[Headline](https://...)" under the headline, as a blog's post links the story
    it copies, as the URL; the headline may carry a kicker before the link's text ("🔥
    [Politics] Headline"). A link with other text is chrome, or another story's."""
    if header.headline is None:
        return None
    link = read_text_link(text)
    if link is None:
        return None
    title, headline = " ".join(link[0].split()).casefold(), header.headline.casefold()
    if not headline.endswith(title):
        return None
    kicker = headline[: len(headline) - len(title)]
    return UrlLine(link[1], True) if _KICKER_ONLY.fullmatch(kicker) else None


# What may stand before a link's text in the headline: marks, emoji, "[Politics]".
_KICKER_ONLY = patterns.compile(r"(?:[^\w\s]+|\[[^\]]{1,40}\]|\s)*")


def _set_url(header: Header, line: Line, url: UrlLine) -> str:
    header.url = url
    header.lines["url"] = line.number
    return "url"


def _set_headline(header: Header, line: Line, title: str, *, split_site: bool) -> str:
    """Set the headline; with ``split_site``, a site name after it is the publication."""
    header.headline_source = (line, len(header.boilerplate))
    site = None
    if split_site:
        title, site = split_site_name(title)
        if site is None and title[:1] == "[":
            title, site = _outlet_in_brackets(title)
    header.headline = title
    header.lines["headline"] = line.number
    header.title_site = None
    if site is not None and header.publication is None:
        header.publication = site
        header.lines["publication"] = line.number
    elif site is not None and site.casefold() != (header.publication or "").casefold():
        header.title_site = site
    return "headline"


_bracketed_tag = on_first_use(r"\[(?P<tag>[^\[\]\n]{2,40})\]\s+(?P<title>\S.*)")


def _outlet_in_brackets(title: str) -> tuple[str, str | None]:
    """Split "[Metro Wire] Tram line approved" into the title and the outlet that a feed
    reader put before it; a tag that names no outlet ("[Video] ...") stays."""
    match = _bracketed_tag().fullmatch(title)
    if match is None:
        return title, None
    credited = credit_names(match["tag"])
    if credited is None or credited.authors or not credited.agencies:
        return title, None
    return match["title"], match["tag"]


def take_time(header: Header, text: str) -> str | None:
    """Join a time on its own line to the date (or update) on the header line before it.

    Only the line just before: after "March 19" / "Updated March 20", a time belongs to the
    update, and giving it to the date would move the date to another moment.
    """
    if not header.roles:
        return None
    previous = next(reversed(header.roles))
    target = "updated" if header.lines.get("updated") == previous else "date"
    value = getattr(header, target)
    if header.lines.get(target) != previous or value is None or "T" in value:
        return None
    if (time := read_time_line(text)) is None:
        return None
    setattr(header, target, with_time(value, time))
    return "date"


def _take_yaml_list(header: Header, line: Line, window: list[Line], index: int) -> str | None:
    """Read front matter's lists: a key with no value ("authors:", "tags:") and its items
    ("- Jane Doe") are one field, "authors: Jane Doe, John Roe"; the items take the key's
    role (set aside as printed when it is bookkeeping). An item under no key is set aside."""
    text = line.text
    if text[:2] == "- ":
        role = header.yaml_items.get(line.number, "boilerplate")
        if role == "boilerplate":
            header.boilerplate.append(text)
        return role
    if not text.endswith(":") or " " in text:
        return None
    items = []
    for following in window[index + 1 :]:
        if following.text[:2] != "- ":
            break
        items.append(following)
    if not items:
        return None  # a key with no value: read as any label with an empty value
    joined = ", ".join(item.text[2:].strip() for item in items)
    role = _take(header, Line(line.number, f"{text} {joined}"), window, index)
    if role is None:
        return None
    if role == "boilerplate":
        header.boilerplate[-1] = text  # set aside as printed, the items after it
    header.yaml_items.update(dict.fromkeys((item.number for item in items), role))
    return role


def _listed_credits(names: str) -> Byline | None:
    """The people and agencies among a crawler's list of names ("Jane Doe, John Roe,
    Head Of Software At Fairphone": an extractor's guesses, a job title among them), or
    None when the list credits none."""
    authors: list[str] = []
    agencies: list[str] = []
    for item in names.split(", "):
        credit = credit_names(item)
        if credit is not None:
            authors.extend(a for a in credit.authors if a not in authors)
            agencies.extend(a for a in credit.agencies if a not in agencies)
    return Byline(names, tuple(authors), tuple(agencies)) if authors or agencies else None


# Placeholders are a few words ("No title available"): longer values skip the test.
_MAX_PLACEHOLDER = 40


def take_labelled(header: Header, line: Line, field_name: str, value: str) -> str | None:
    header.labelled = True
    value = unquoted(value)
    if not value:
        return field_name  # "Author:" with nothing after it: the field is absent
    if (
        len(value) <= _MAX_PLACEHOLDER
        and is_placeholder(value)
        and value.casefold() not in EMPTY_BYLINE_VALUES
    ):
        return field_name  # "Title: Title not found", "Date: N/A": absent too
    if field_name in ("publication", "summary"):
        if (known := getattr(header, field_name)) is not None:
            # "Rates hold - Wire" then "Publisher: Wire": the title bar named it already.
            if known.casefold() == value.casefold():
                return field_name
            if field_name == "publication" and header.lines.get("publication") == header.lines.get(
                "headline"
            ):
                return _publisher_after_title_site(header, line, value)
            return None
        setattr(header, field_name, value)
        header.lines[field_name] = line.number
        return field_name
    if field_name == "body":
        if header.url is None and (url := read_url_line(value, bare_ok=True)) is not None:
            # "Content: https://..." over a page taken whole: the label's value is the
            # page's address, and the page (its title again, its tags) follows.
            return _set_url(header, line, url)
        header.ended = True
        header.body_start = Line(line.number, value)
        return "label"
    if field_name == "headline":
        if header.headline is not None and (
            header.headline_labelled
            or value.endswith(".")  # "TITULO: The ferry ran again.": the story's lede
            or not _set_aside_headline(header)
        ):
            return None
        header.headline_labelled = True
        return _set_headline(header, line, undoubled(value), split_site=True)
    if field_name == "byline":
        if value.rstrip(":").casefold() in EMPTY_BYLINE_VALUES:
            # "Author: By": a crawler's template with no name in it. Kept as written (an
            # unrecognised line) rather than credit a person called "By".
            header.unrecognised.append(line.text)
            header.warnings.append(_unrecognised(line, "a byline that names no one"))
            return "unrecognised"
        listed = value[:1] == "["
        value = without_button_word(listed_names(value))
        if not value:
            return field_name  # "Authors: []"
        byline = read_byline(value) or credit_names(value)
        if byline is None and listed:
            byline = _listed_credits(value)
        if byline is None:
            # Keep the value as credited; take the name it opens with (or its author page
            # names), if any.
            name = name_from_profile_url(value) or leading_name(value) or author_handle(value)
            byline = Byline(value, (normalise_case(name),) if name else (), ())
        return set_byline(header, line, byline)
    if field_name in ("date", "updated"):
        date_line = read_date_line(value)
        if date_line is None and " / " in value:
            # "Date & Time: NDS / Updated: Mar 3, 2031": a desk's code, then the date.
            date_line = read_date_line(value.rpartition(" / ")[2])
        if date_line is None:
            date_line = DateLine(field_name, None)
        return set_date(header, line, DateLine(field_name, date_line.value, date_line.updated))
    if field_name == "credit" and not is_credit_value(value):
        header.boilerplate.append(line.text)  # "Image: No image available", "Images: 2"
        return "boilerplate"
    if field_name == "credit" and header.photo_credit is None:
        header.photo_credit = value
        header.lines["photo_credit"] = line.number
        return "credit"
    return None


def _set_meta_row(header: Header, line: Line, row: MetaRow) -> str:
    for date_line in row.dates:
        set_date(header, line, date_line)
    header.boilerplate.extend(row.others)  # "Health | ...": the section's name, set aside
    if row.outlet is not None and header.publication is None:
        header.publication = row.outlet
        header.lines["publication"] = line.number
    elif row.outlet is not None:
        header.boilerplate.append(row.outlet)
    if row.byline is None:
        return "date"
    return set_byline(header, line, row.byline)


def set_byline_and_date(header: Header, line: Line, both: tuple[Byline, DateLine]) -> str:
    set_date(header, line, both[1])
    return set_byline(header, line, both[0])  # the line's role: a byline, with its date


def _repeats_byline(header: Header, byline: Byline) -> bool:
    """Whether ``byline`` names the same people as the header's byline."""
    return (
        header.byline is not None
        and bool(byline.authors)
        and byline.authors == header.byline.authors
    )


def set_byline(header: Header, line: Line, byline: Byline) -> str:
    if header.byline is None:
        header.byline = byline
        header.lines["byline"] = line.number
    elif not (header.byline.authors or header.byline.agencies) and byline.authors:
        # "Author: siteadmin2", then "By Jane Doe": the account that posted the story,
        # then its writer. The account's line is kept as an unrecognised one.
        header.unrecognised.append(header.byline.text)
        header.warnings.append(
            _unrecognised(
                Line(header.lines["byline"], header.byline.text), "a byline that names no one"
            )
        )
        header.byline = byline
        header.lines["byline"] = line.number
    elif _repeats_byline(header, byline):
        # The page prints the byline twice (on one line, or its label over the name): set
        # aside, not a second byline to place.
        header.boilerplate.append(line.text)
        header.byline_repeat = line.text
        return "boilerplate"
    else:
        header.unrecognised.append(line.text)
        header.warnings.append(_unrecognised(line, "a second byline"))
    return "byline"


def set_date(header: Header, line: Line, date_line: DateLine) -> str:
    header.date_seen = True
    if date_line.value is None:
        header.warnings.append(
            Diagnostic(
                code_of("unparseable-date"), f"cannot read {line.text!r} as a date", line.number
            )
        )
        header.unrecognised.append(line.text)
        return "date"
    target = date_line.field
    if (
        target == "date"
        and date_line.value == header.date
        and not date_line.updated
        and (
            header.in_front_matter  # "post_date:" and "date:", the same time
            or (header.byline_repeat is not None and header.boilerplate[-1] == header.byline_repeat)
        )
    ):
        header.boilerplate.append(line.text)  # the byline and date printed again
        return "boilerplate"
    if target == "date" and header.date is not None and header.updated is None:
        target = "updated"  # a second date line is the update time
    if getattr(header, target) is not None:
        header.unrecognised.append(line.text)
        header.warnings.append(_unrecognised(line, "a third date line"))
        return "date"
    setattr(header, target, date_line.value)
    header.lines[target] = line.number
    if date_line.updated and header.updated is None:
        header.updated = date_line.updated
        header.lines["updated"] = line.number
    return "date"


def _unrecognised(line: Line, what: str) -> Diagnostic:
    return Diagnostic(code_of("unrecognised-line"), f"{what}: {line.text!r}", line.number)
