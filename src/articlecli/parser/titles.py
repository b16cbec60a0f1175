"""What stands around a headline, line by line: section labels and bracketed stamps above
it, the items of a page's menu, a page's title bar with the site's name, a title printed
twice, and the first line of a wrapped paragraph that is no headline at all.

Pure tests of lines (and of the few lines after one); the header zone (``header``) acts
on their answers.
"""

from __future__ import annotations

from .. import patterns
from ..patterns import on_first_use
from .blocks import Line
from .byline import credit_names, read_byline
from .chrome import is_chrome
from .dates import read_date_line
from .fields import (
    is_headline_like,
    lone_label,
    read_credit,
    read_label,
    read_publication,
    read_related_line,
    read_url_line,
    split_site_name,
)
from .lexicon import AGENCIES, KICKER_WORDS

# A standfirst, under the headline, is a sentence: this many words at least.
MIN_STANDFIRST_WORDS = 5
# ... and a sentence or two: this many words at most.
MAX_STANDFIRST_WORDS = 45


def title_with_site(text: str) -> str | None:
    """Return ``text`` when it is a page's title with the site's name after it ("Harbour
    strike ends – The Guardian"): the title has words in lower case, as a name has not."""
    if " " not in text or not is_headline_like(text) or is_label_above_headline(text):
        return None  # "UK news | Analysis": the page's section, not its title
    title, site = split_site_name(text)
    if site is None or not any(word[:1].islower() for word in title.split()[1:]):
        return None
    if (credited := credit_names(title)) is not None and credited.authors:
        return None  # "Jan van Dijk | AFP": a name (with a particle) and its agency
    return text


# A line this long, run on by a line in lower case, is wrapped prose, not a headline.
_MIN_WRAPPED_LINE = 40


def runs_on(line: Line, after: list[Line]) -> bool:
    """Tell whether the next line continues ``line`` as one wrapped sentence: a body with
    no headline opens with it ("The rowing club's new boathouse opened on Saturday after
    three" / "years of fundraising ...")."""
    if not after or len(line.text) < _MIN_WRAPPED_LINE:
        return False
    following = after[0]
    return (
        following.number == line.number + 1
        and following.text[:1].islower()
        and not _is_field(following.text)  # "by AFP", "https://..." under the headline
    )


# A menu's items above the headline are a few words each ("Live", "Flood crisis", "Recap").
_MAX_MENU_ITEM_WORDS = 3
_MIN_HEADLINE_WORDS = 4


def is_menu_item_shaped(text: str) -> bool:
    """A title of a few words ("Flood crisis"), as a page's menu items are."""
    return text.count(" ") < _MAX_MENU_ITEM_WORDS and is_headline_like(text)


def _is_plain_menu_item(text: str) -> bool:
    return is_menu_item_shaped(text) and not is_chrome(text)


def _is_field(text: str) -> bool:
    """A header field's line, or a label or link: no title, and no run-on text."""
    return (
        ":" in text  # a label, a link
        or lone_label(text) is not None  # "By" over the name
        or read_byline(text) is not None
        or read_date_line(text) is not None
        or read_credit(text) is not None
    )


def is_menu_item(text: str, after: list[Line], *, follows_item: bool) -> bool:
    """Tell whether a short title-like line is an item of the page's menu: a longer title
    comes after it, right above the byline or the date (or above its standfirst and
    then those), with only other short items in between. The first item must have
    another after it: a short title right above a longer line is a headline over its
    standfirst."""
    if not after or not is_menu_item_shaped(text):
        return False
    if not follows_item and not _is_plain_menu_item(after[0].text):
        return False
    for index, line in enumerate(after[:-1]):
        candidate = line.text
        if read_publication(candidate) is not None:
            continue  # the newspaper's name over its title
        if _is_field(candidate):
            return False  # a field, a label or a link before any longer title
        if candidate.count(" ") >= _MIN_HEADLINE_WORDS - 1 and is_headline_like(candidate):
            below = [line.text for line in after[index + 1 : index + 3]]
            if is_byline_or_date(below[0]):
                return True
            standfirst = below[0].count(" ") >= MIN_STANDFIRST_WORDS - 1
            return standfirst and len(below) > 1 and is_byline_or_date(below[1])
        if candidate.count(" ") >= _MAX_MENU_ITEM_WORDS or not is_headline_like(candidate):
            return False
    return False


def header_role(line: str) -> str | None:
    """Return the field a lone header line would be read as, or None for plain text.

    One of "byline", "date", "credit", "url", "related", "label". Renderers use it to
    decide when a value needs a label to be read back as the same field.
    """
    if read_byline(line) is not None:
        return "byline"
    if read_date_line(line) is not None:
        return "date"
    if read_url_line(line, bare_ok=True) is not None:
        return "url"
    if read_related_line(line) is not None:
        return "related"
    if read_credit(line) is not None:
        return "credit"
    if read_label(line) is not None:
        return "label"
    return None


# A title in brackets has this many words at least: "[Updated]", "[Sponsored content]"
# and "[05/12 09:00]" are notes and stamps.
_MIN_BRACKETED_TITLE_WORDS = 4


def bracketed_title(text: str) -> str | None:
    """The title of a line that is wholly one in brackets, as some dumps open each story
    ("[Startup builds drones that map wetlands]", or in the lenticular brackets of East
    Asian type, "【Harbour bridge to close for repairs】"); None for a note or a stamp."""
    closing = _CLOSING_BRACKETS.get(text[:1])
    if closing is None or text[-1:] != closing:
        return None
    inner = text[1:-1].strip()
    if text[0] in inner or closing in inner or len(inner.split()) < _MIN_BRACKETED_TITLE_WORDS:
        return None
    if not inner[:1].isupper() or not is_headline_like(inner) or is_byline_or_date(inner):
        return None
    if inner.split()[0].casefold().rstrip(":,") in _NOTE_OPENINGS:
        return None  # "[Updated with the mayor's comment]": an editor's note
    return inner


_CLOSING_BRACKETS = {"[": "]", "【": "】"}
# The first words of an editor's note in brackets (wires' "Adds quotes, recasts").
_NOTE_OPENINGS = frozenset(
    "update updated updates adds recasts corrects corrected correction clarification "
    "changes note editor's editors' editor’s this".split()
)


def is_byline_or_date(text: str) -> bool:
    """A line that is a byline or a date line by itself."""
    return read_byline(text) is not None or read_date_line(text) is not None


_MAX_BRACKETED_NOTE = 60


def is_label_above_headline(text: str) -> bool:
    """Return True for a line that pages print above the headline and that is no title:
    a section's label ("Politics", "World news"), a topic's tag in lower case ("malaria")
    or a short note or time stamp wholly in brackets ("[05/12 09:00]")."""
    return (
        is_kicker(text)
        or is_topic_tag(text)
        or (len(text) <= _MAX_BRACKETED_NOTE and (text[:1], text[-1:]) in (("[", "]"), ("(", ")")))
    )


_MIN_TAG_LENGTH = 3  # "a", "of": a line cut from a sentence, no tag
_MAX_TAG_LENGTH = 30


def is_topic_tag(text: str) -> bool:
    """Return True for one word in lower case ("malaria", "covid-19"): a page's tag for
    the story's topic, which no headline is (scripts without case have no such tags)."""
    return (
        _MIN_TAG_LENGTH <= len(text) <= _MAX_TAG_LENGTH
        and " " not in text
        and text.islower()
        and text.replace("-", "").isalnum()
    )


# A kicker is a label of one to three words; "The" and "&" alone are none.
_MAX_KICKER_WORDS = 3
_MAX_KICKER_LENGTH = 40


def is_kicker(text: str) -> bool:
    """Return True for a section label above a headline ("Politics", "World news")."""
    if len(text) > _MAX_KICKER_LENGTH:
        return False  # most lines: a headline, a byline
    words = text.casefold().replace("|", " ").replace("/", " ").split()
    return (
        0 < len(words) <= _MAX_KICKER_WORDS
        and all(word in KICKER_WORDS for word in words)
        and words[-1] not in ("the", "&", "and")
    )


# Half a title printed twice has at least this many characters and a space: "Bora Bora"
# and "Baden-Baden" are names, not titles printed twice.
_MIN_DOUBLED_HALF = 12


def undoubled(title: str) -> str:
    """Return a title that a scraper took twice from the page ("Ferries resume at
    dawnFerries resume at dawn", also with a space between) once; else ``title``."""
    half, odd = divmod(len(title), 2)
    if half < _MIN_DOUBLED_HALF or " " not in title[:half]:
        return title
    if (not odd and title[:half] == title[half:]) or (
        odd and title[half] == " " and title[:half] == title[half + 1 :]
    ):
        return title[:half]
    return title


def is_page_menu_line(text: str) -> bool:
    """A line of a page's navigation at the top of a dump: a menu item or button, chrome,
    or a breadcrumb trail; not a field."""
    # Cheap tests first: every article's first line comes here, most of them a headline.
    if ":" in text:
        return False  # a field or a label: the header begins
    if _is_short_item(text):
        return not is_byline_or_date(text) and read_credit(text) is None
    if len(text) <= _MAX_CHROME_ITEM and is_chrome(text):
        return True
    # A breadcrumb trail, perhaps ending in the page's own title: "Home > News > Campus",
    # "Home / Campi / News / Institute publishes the final results"; not a credit ("Jane
    # Doe / POOL / TASS").
    parts = _CRUMB.split(text)
    if len(parts) < 3 or not all(_is_short_item(part) for part in parts[:-1]):
        return False
    return read_credit(text) is None


_CRUMB = patterns.compile(r"\s+[>›»/|]\s+")
# Chrome at the top of a page is a button or a link ("Skip to main content").
_MAX_CHROME_ITEM = 60


def _is_short_item(text: str) -> bool:
    """A menu's item or button: a few words, in any case ("Services", "high contrast"),
    no sentence."""
    return (
        len(text) <= _MAX_ITEM_LENGTH
        and text.count(" ") < 3
        and text[-1:] not in ".!?,;"
        and any(char.isalpha() for char in text)  # not a count or a mark
    )


_MAX_ITEM_LENGTH = 30


# Where a page's text was taken without separators, the headline runs straight into the
# standfirst: "Council Approves Ferry Terminal After DisputeThe council voted on ...". The
# glue is a capital right after three lower-case letters (not "iPhone", "eBay", "McDonald",
# "YouTube"), and it starts a word.
_glued_start = on_first_use(r"(?<=[a-z]{3})(?=[A-Z][a-z]*\s)")
_MIN_GLUED_TITLE_WORDS = 4
_MAX_GLUED_TITLE_WORDS = 25


def split_glued_standfirst(text: str) -> tuple[str, str] | None:
    """Split a headline glued to the standfirst under it into the two, or return None.

    The headline part is title-shaped, of four words or more; the rest is a sentence in
    sentence case ("A former officer said ..."), not more of a title ("Tube Star Says").
    """
    for glue in _glued_start().finditer(text):
        title, rest = text[: glue.start()], text[glue.start() :]
        words = title.count(" ") + 1
        if words < _MIN_GLUED_TITLE_WORDS:
            continue
        if words > _MAX_GLUED_TITLE_WORDS:
            return None
        if _in_sentence_case(title) and not title.rpartition(" ")[2][0].islower():
            continue  # "... ransomware WannaCrypt": a name in capitals, not the glue
        opening = rest.split()[:4]
        lower = sum(1 for word in opening if word.islower())
        standfirst_words = len(rest.split())
        if (
            lower >= 2
            and MIN_STANDFIRST_WORDS <= standfirst_words <= MAX_STANDFIRST_WORDS
            and is_headline_like(title)
        ):
            return title, rest
    return None


def _in_sentence_case(title: str) -> bool:
    """Most words in lower case ("Ferry fares to rise in spring"), not Title Case."""
    words = title.split()
    return sum(1 for word in words if word[0].islower()) * 2 > len(words)


def wire_agency_suffix(headline: str) -> str | None:
    """The wire agency a title ends with in brackets ("... (Reuters)", "... (AP)"), or None
    (a title that is that alone keeps it)."""
    opening = headline.rfind(" (", 0, -1)
    name = headline[opening + 2 : -1] if opening > 0 else ""
    if name.casefold() not in AGENCIES or name.casefold() in _NOT_WIRE_AGENCIES:
        return None
    return name


# A wire's note on the version of its story, before the title and a hyphen: "UPDATE
# 2-Ferry fares rise", "EXCLUSIVE-...", "REFILE-UPDATE 1-...", "WRAPUP 3-...". Notes on the
# story, not words of its title.
_wire_slug = on_first_use(
    r"(?:(?:(?:UPDATE|WRAPUP)\s?\d{1,2}|UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|BRIEF|ANALYSIS"
    r"|FACTBOX|INSIGHT|FOCUS|PREVIEW|TIMELINE|EXPLAINER|INTERVIEW|BREAKINGVIEWS)-)+(?=[\w'‘\"“])"
)
_WIRE_SLUG_STARTS = frozenset(
    {"UP", "WR", "CO", "RE", "RP", "EX", "BR", "AN", "FA", "IN", "FO", "PR", "TI"}
)


def wire_slug(headline: str) -> str | None:
    """The wire's version note a title opens with ("UPDATE 1-"), or None."""
    if headline[:2] not in _WIRE_SLUG_STARTS:
        return None  # the cheap test: most titles open otherwise
    match = _wire_slug().match(headline)
    return match.group() if match is not None else None


# Credits among the known agencies that no title ends with as its wire's.
_NOT_WIRE_AGENCIES = frozenset(
    {"pool", "staff", "wire", "wires", "agencies", "news agencies", "getty", "getty images",
     "shutterstock", "epa"}
)  # fmt: skip
