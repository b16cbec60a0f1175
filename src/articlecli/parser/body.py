"""The body: section headings, paragraphs, related lines and the trailing URL."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..codes import code_of
from ..model import Diagnostic, Related, Section
from .blocks import Block
from .byline import Byline, read_credit_line
from .chrome import is_all_bold, is_chrome, read_caption
from .dateline import read_dateline
from .fields import (
    UrlLine,
    is_heading_like,
    is_markdown_heading,
    read_credit,
    read_markdown_heading,
    read_related_line,
    read_url_line,
)

_HIGHLIGHT_MARKER = "@highlight"
T = TypeVar("T")


class Body:
    """What the body gave: sections, the first line of each paragraph, links and roles.

    A plain class rather than a dataclass: it is only ever built empty, and creating a
    dataclass of this size costs most of a millisecond of every run's start-up.
    """

    url: UrlLine | None = None
    url_line: int | None = None
    photo_caption: str | None = None
    photo_credit: str | None = None
    # A closing "Source: Example News" names the outlet: (line number, line, name).
    source: tuple[int, str, str] | None = None

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.paragraph_lines: list[list[int]] = []
        self.related: list[Related] = []
        self.highlights: list[str] = []
        self.boilerplate: list[str] = []
        # Closing wire credits ("Reporting by ...; Editing by ..."): (line, text, credit).
        self.credit_lines: list[tuple[int, str, Byline]] = []
        self.roles: dict[int, str] = {}
        self.unrecognised: list[str] = []
        self.warnings: list[Diagnostic] = []


def read_body(
    blocks: list[Block],
    *,
    have_url: bool,
    have_credit: bool,
    headline: str | None = None,
    summary: str | None = None,
    authors: tuple[str, ...] = (),
) -> Body:
    """Split body blocks into sections; pull out links, captions, highlights and chrome.

    ``headline``, ``summary`` and ``authors`` are the header's: a page that repeats the
    first two as the first paragraph repeats chrome, not text, and a paragraph about the
    author is the page's author box.
    """
    body = Body()
    content: list[Block] = []
    shouted: list[int] = []  # the line numbers of single lines in capitals
    # Chrome lines: index in ``blocks`` -> index in ``body.boilerplate``; and where the
    # links without text ("[](https://...)") are in ``blocks``.
    chrome_at: dict[int, int] = {}
    empty_links: list[int] = []
    after_highlight_marker = False
    for index, block in enumerate(blocks):
        text = block.text  # a NamedTuple field: read once
        if after_highlight_marker:
            body.highlights.append(text)
            _mark(body, block, "highlight")
            after_highlight_marker = False
            continue
        if text == _HIGHLIGHT_MARKER:
            after_highlight_marker = True
            _mark(body, block, "label")
            continue
        role = _link_role(body, block, is_last=index == len(blocks) - 1, have_url=have_url)
        role = role or _credit_line_role(body, block)
        role = role or _page_role(body, block, have_credit=have_credit)
        if role:
            _mark(body, block, role)
            if role == "boilerplate":
                chrome_at[index] = len(body.boilerplate) - 1
                if text.startswith(_EMPTY_LINK_OPENINGS):
                    empty_links.append(index)
            continue
        if text.isupper() and len(block.lines) == 1:
            shouted.append(block.number)
        if text.endswith(_TEXT_ENDINGS):
            content.append(block)  # most paragraphs: ending like text, no tail to look at
        else:
            content.append(_without_glued_chrome(body, block))
    if empty_links:
        content = _without_link_texts(body, blocks, content, empty_links, chrome_at)
    if shouted:
        content = _without_shouted_links(body, content, shouted)
    if content and (headline or summary or len(content) > 1):
        content = _without_repeated_lead(body, content, headline, summary)
    if not authors:  # a closing "Reporting by Jane Doe" names them
        authors = tuple(name for _, _, credit in body.credit_lines for name in credit.authors)
    if authors and len(content) > 1:
        content = _without_author_bios(body, content, authors)
    _build_sections(body, _without_navigation(body, content))
    return body


# Markdown crawls keep a list of other stories as links whose text the crawler put on a
# line of its own, next to a link without text: "Ferry fares rise again" and
# "[](https://example.com/news/ferry-fares-rise-again-2024-05-01)".
_EMPTY_LINK_OPENINGS = ("[](", "* [](", "- [](", "+ [](")
_LINK_TARGET = re.compile(r"\]\(<?([^)\s>]*)")
_MAX_LINK_TITLE = 200
_MAX_LINK_TEXT = 400
# This share of the words of the link's slug, or more, must be in the line.
_SLUG_SHARE = 0.6
_MIN_SLUG_WORDS = 3


def _without_link_texts(
    body: Body,
    blocks: list[Block],
    content: list[Block],
    empty_links: list[int],
    chrome_at: dict[int, int],
) -> list[Block]:
    """Move the texts of links without text to boilerplate, beside the chrome around them
    (in the page's order, which the text renderer keeps).

    A line is such a text when it stands next to the link, or past one line of chrome
    (a story card's section and date), and the link's slug spells it; or when it stands
    between two such links and does not end like a sentence.
    """
    in_content = {block.number for block in content}
    links = set(empty_links)
    texts: dict[int, int] = {}  # block index -> where its text goes in body.boilerplate
    for index in empty_links:
        for step in (-1, 1):
            near, beside = index + step, index
            if near in chrome_at and near not in links:
                near, beside = near + step, near  # past a card's section and date
            if near in texts or not 0 <= near < len(blocks):
                continue
            block = blocks[near]
            if block.number not in in_content or not _shaped_like_link_text(block):
                continue
            # Between two links, a title; spelled by the slug, a title or its summary.
            between = beside == index and near + step in links
            between = between and len(block.text) <= _MAX_LINK_TITLE
            if (between and not _ends_sentence(block.text)) or _slug_spells(
                blocks[index].text, block.text
            ):
                texts[near] = chrome_at[beside] + (step > 0)
    if not texts:
        return content
    # Insert from the last place back, so that the places before stay right.
    for near, place in sorted(texts.items(), key=lambda item: (item[1], item[0]), reverse=True):
        body.boilerplate.insert(place, blocks[near].text)
        _mark(body, blocks[near], "boilerplate")
    gone = {blocks[near].number for near in texts}
    return [block for block in content if block.number not in gone]


def _shaped_like_link_text(block: Block) -> bool:
    return len(block.lines) == 1 and len(block.text) <= _MAX_LINK_TEXT


def _slug_spells(link: str, text: str) -> bool:
    """Return True if most words of the link's last path part are in ``text``."""
    target = _LINK_TARGET.search(link)
    if target is None:
        return False
    parts = [part for part in target[1].split("/") if "-" in part]
    if not parts:
        return False
    slug = [word for word in parts[-1].lower().split("-") if word and not word.isdigit()]
    if len(slug) < _MIN_SLUG_WORDS:
        return False
    words = set(_WORD.findall(text.casefold()))
    found = sum(word in words or word.rstrip("s") in words for word in slug)
    return found >= _SLUG_SHARE * len(slug)


# A line in capitals of this many words or more, in a story written in lower case, is a
# link to another story ("MAYOR SAYS FERRY FARES WILL RISE AGAIN NEXT YEAR"): some sites
# print them between paragraphs. Headings in capitals are shorter ("WHAT HAPPENS NEXT").
_MIN_SHOUTED_WORDS = 6


def shouts(line: str) -> bool:
    """Tell whether a single line reads as a link in capitals (with enough words); the text
    renderer wraps a paragraph like that, since a wrapped block is never one."""
    return line.isupper() and line.count(" ") >= _MIN_SHOUTED_WORDS - 1


def _without_shouted_links(body: Body, content: list[Block], shouted: list[int]) -> list[Block]:
    """Move long single lines in capitals (their line numbers: ``shouted``) to boilerplate,
    unless capitals are the story's own style (a third of its blocks or more, as in old
    wire copy)."""
    if len(shouted) * 3 >= len(content):
        return content
    numbers = set(shouted)
    links = {block.number for block in content if block.number in numbers and shouts(block.text)}
    if not links:
        return content
    for block in content:
        if block.number in links:
            body.boilerplate.append(block.text)
            _mark(body, block, "boilerplate")
    return [block for block in content if block.number not in links]


_WORD = re.compile(r"\w+")
# Fewer words than this are not compared: "Yes." may open two paragraphs in a row.
_MIN_REPEAT_WORDS = 4
_ELLIPSES = ("...", "…")
# Notes in parentheses closing a line: "(Feb 15) (AP video by Jane Doe)".
_TRAILING_NOTES = re.compile(r"(?:\s*\([^()]{1,80}\))+$")


def _words(text: str) -> str:
    """The words of ``text``, lowered and joined by single spaces: markup, quotes and
    punctuation dropped, so that "**Ferries resume**" and "Ferries resume." compare equal."""
    return " ".join(_WORD.findall(text.casefold()))


def _without_repeated_lead(
    body: Body, content: list[Block], headline: str | None, summary: str | None
) -> list[Block]:
    """Move a first paragraph that only repeats the page's headline or standfirst, or the
    paragraph after it, to boilerplate; then look again at the new first paragraph.

    Pages print the headline and standfirst (the dek) above the story, and crawlers keep
    the copy from the page's head as well; a story's meta description is often its lede,
    kept once as the description and once with its dateline. Only the first paragraph is
    looked at, and only a repeat of four words or more counts.
    """
    start = 0
    while start < len(content):
        following = content[start + 1].text if start + 1 < len(content) else None
        if not repeats_lead(content[start].text, following, headline, summary):
            break
        body.boilerplate.append(content[start].text)
        _mark(body, content[start], "boilerplate")
        start += 1
    return content[start:] if start else content


# Characters of markup and punctuation a repeat may add: "**" pairs, quotes, a full stop.
# Lengths are compared first, so that most first paragraphs (longer than the headline,
# and different from the next) are never split into words.
_REPEAT_SLACK = 12
_PROBE_TRIM = "*\"'“”‘’ #"
_PROBE_SIZE = 24


def repeats_lead(
    text: str, following: str | None, headline: str | None = None, summary: str | None = None
) -> bool:
    """Return True if a first paragraph ``text`` repeats the page's headline or standfirst
    (``summary``), or the paragraph ``following`` it. The text renderer asks too, to write
    such boilerplate lines before the story."""
    size = len(text)
    bold = text.startswith("**")
    summary_size = len(summary) if summary else 0
    if (
        headline
        and (bold or size <= len(headline) + summary_size + _REPEAT_SLACK)
        and _first_letter(text) == _first_letter(headline)
    ):
        key, headline_key = _words(text), _words(headline)
        if key.count(" ") < _MIN_REPEAT_WORDS - 1:
            return False
        if key == headline_key or (summary and key == f"{headline_key} {_words(summary)}"):
            return True
        if bold and key.startswith(f"{headline_key} ") and is_all_bold(text):
            return True  # the page's bold headline and standfirst, on one line
    if summary and size <= summary_size + _REPEAT_SLACK:
        key = _words(text)
        if key.count(" ") >= _MIN_REPEAT_WORDS - 1 and key == _words(summary):
            # A standfirst has no full stop; a lede that served as the page's description
            # has, and stays the story's first paragraph.
            return bold or not _ends_sentence(text)
    return following is not None and _repeats_following(text, following)


def _first_letter(text: str) -> str:
    return _opening(text)[:1].casefold()


def _opening(text: str) -> str:
    """The first characters of ``text`` after markup and quotes, without copying it all."""
    return text[: _PROBE_SIZE + 8].lstrip(_PROBE_TRIM)[:_PROBE_SIZE]


def _repeats_following(text: str, following: str) -> bool:
    """The next paragraph again, maybe without its dateline, cut short with an ellipsis,
    or with notes in parentheses after it (a video's caption: the lede, its date, its
    credit: "... upend the case. (Feb 15) (AP video by Jane Doe)")."""
    if text == following:
        return _words(text).count(" ") >= _MIN_REPEAT_WORDS - 1
    bare = _TRAILING_NOTES.sub("", text) if text.endswith(")") else text
    # Not longer than the next paragraph, and its opening words are in it as written:
    # cheap tests first.
    if len(bare) > len(following) + _REPEAT_SLACK or _opening(bare) not in following:
        return False
    key, next_key = _words(bare), _words(following)
    if key.count(" ") < _MIN_REPEAT_WORDS - 1:
        return False
    if next_key == key:
        return True
    truncated = bare.rstrip().endswith(_ELLIPSES)
    if not (next_key.endswith(key) or (truncated and key in next_key)):
        return False
    dateline = read_dateline(following)  # the lede again after its dateline
    rest_key = _words(dateline.rest) if dateline else next_key
    return rest_key == key or (truncated and rest_key.startswith(key))


# What follows an author's name in a note about the author ("Jane Doe is a reporter ...",
# "As Kyiv bureau chief, Jane runs ..."), and the words of the trade one of them names.
_BIO_VERBS = re.compile(
    r",? (?:is|was|has|had|covers|covered|writes|wrote|reports|reported on|runs|ran|joined"
    r"|leads|led|oversees|previously|spent|specializes|specialises|focuses)\b"
)
_BIO_TRADE = re.compile(
    r"\b(?:journalist|journalism|reporter|reporting|correspondent|editor|writer|columnist"
    r"|bureau|coverage|covering|covers|contributor|freelance|newsroom|news desk)\b"
)
_BIO_APPOSITIVE = re.compile(r", (?:a|an|the|our) ")
_BIO_ROLE_OPENING = "As "  # "As Kyiv bureau chief, Jane ..."
_MAX_BIO_ROLE = 80


def _without_author_bios(body: Body, content: list[Block], authors: tuple[str, ...]) -> list[Block]:
    """Move notes about the article's author (the page's author box) to boilerplate, with
    a line of the author's name alone just before one.

    A note opens with the author's full name and a verb or an apposition ("Jane Doe is
    ...", "Jane Doe, a reporter, ..."), or with the first name and a verb ("Jane covers
    ..."), or with the author's role first ("As Kyiv bureau chief, Jane runs ..."); and it
    names the trade. Only paragraphs in the second half of the body are looked at (the
    first paragraph opens the story, and a box follows it).
    """
    names = [(author, author.split()[0]) for author in authors if " " in author]
    if not names:
        return content
    # A note opens with the first name, or with "As": one cheap test for each paragraph.
    openings = (_BIO_ROLE_OPENING, *(first for _, first in names))
    # The box follows the story: only the second half of the body is looked at.
    half = len(content) // 2
    candidates = [
        index for index, block in enumerate(content[half:], half) if block.text.startswith(openings)
    ]
    dropped: list[int] = []
    for index in candidates:
        if index and _is_author_bio(content[index].text, names):
            if index > 1 and content[index - 1].text in authors and index - 1 not in dropped:
                dropped.append(index - 1)
            dropped.append(index)
    if not dropped:
        return content
    for index in dropped:
        body.boilerplate.append(content[index].text)
        _mark(body, content[index], "boilerplate")
    return [block for index, block in enumerate(content) if index not in dropped]


def _is_author_bio(text: str, names: list[tuple[str, str]]) -> bool:
    opening = text
    if text.startswith(_BIO_ROLE_OPENING):
        comma = text.find(", ", 0, _MAX_BIO_ROLE)
        if comma < 0 or not _BIO_TRADE.search(text[:comma].lower()):
            return False
        opening = text[comma + 2 :]
    for full, first in names:
        if opening.startswith(full):
            # "Jane Doe is ...", or "Jane Doe, a senior correspondent, ..."
            after = opening[len(full) :]
            opens = _BIO_VERBS.match(after) or _BIO_APPOSITIVE.match(after)
        elif opening.startswith(first):
            opens = _BIO_VERBS.match(opening, len(first))  # "Jane covers ..."
        else:
            continue
        if opens and _BIO_TRADE.search(text.lower()):
            return True
    return False


def _ends_sentence(text: str) -> bool:
    return text.rstrip(" *\"”’')]").endswith((".", "!", "?", "…"))


# This many title-like lines in a row after the article's last prose paragraph are a menu
# or a list of links to other stories ("Most read"), not headings: a heading heads prose.
_NAVIGATION_RUN = 3


def is_lone_title(block: Block) -> bool:
    """A title-like line on its own: a heading, or an item of a menu. A block wrapped over
    several lines is text, never a title."""
    text = block.text
    return len(block.lines) == 1 and (is_heading_like(text) or is_markdown_heading(text))


def closing_run_start(blocks: Sequence[T], is_title: Callable[[T], bool]) -> int | None:
    """Return where a closing navigation run starts, or None if the body ends without one.

    A run is _NAVIGATION_RUN or more lone title-like blocks (``is_title``) at the end, after
    some text (a body of titles only is a list, not a menu). The text renderer asks the same
    question of the blocks it writes. Only the end is looked at: this runs on every article.
    """
    start = len(blocks)
    while start > 0 and is_title(blocks[start - 1]):
        start -= 1
    if len(blocks) - start < _NAVIGATION_RUN or start == 0:
        return None
    return start


def _without_navigation(body: Body, content: list[Block]) -> list[Block]:
    """Move a run of title-like lines after the last prose paragraph to boilerplate."""
    start = closing_run_start(content, is_lone_title)
    if start is None:
        return content
    for block in content[start:]:
        body.boilerplate.append(block.text)
        _mark(body, block, "boilerplate")
    return content[:start]


# Where a sentence ends inside a paragraph: its mark, any closing quotes, then space.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+")
# The longest glued tail looked for, in characters (page chrome is shorter).
_MAX_GLUED_TAIL = 300
# Text ends like this; a link or button glued on by the scraper does not.
_TEXT_ENDINGS = tuple(".!?:;,\"”’')]")


def _without_glued_chrome(body: Body, block: Block) -> Block:
    """Move a link or button that a scraper glued onto a paragraph's last sentence ("...
    the case is closed. E-mail to a friend") to boilerplate, and return the paragraph.

    Only a tail of two words or more counts: "Where did he go? Home" is a sentence. The
    caller skips paragraphs that end like text (_TEXT_ENDINGS).
    """
    text = block.text
    # Chrome is short: only the paragraph's end can hold a tail.
    window = max(0, len(text) - _MAX_GLUED_TAIL)
    last_break = None
    for sentence_break in _SENTENCE_BREAK.finditer(text, window):
        last_break = sentence_break
    if last_break is None:
        return block
    tail = text[last_break.end() :]
    if " " not in tail or not is_chrome(tail):
        return block
    body.boilerplate.append(tail)
    sentence_end = last_break.start() + len(last_break.group().rstrip())
    return Block(block.lines, text[:sentence_end])


def _credit_line_role(body: Body, block: Block) -> str | None:
    """Set aside a wire story's credit line: it credits people, it is not article text."""
    if len(block.lines) != 1 or (credit := read_credit_line(block.text)) is None:
        return None
    body.credit_lines.append((block.number, block.text, credit))
    return "byline"


# What a crawler writes for a field it had no value for ("Description: None" without its
# label): never article text.
_NO_VALUE_LINES = frozenset({"None", "null", "NULL", "NaN", "nan", "undefined"})


def _page_role(body: Body, block: Block, *, have_credit: bool) -> str | None:
    """Recognise page chrome and photo captions, which are not article text."""
    text = block.text
    if is_chrome(text) or text in _NO_VALUE_LINES:
        body.boilerplate.append(text)
        return "boilerplate"
    caption = read_caption(text)
    if caption is None:
        credit = read_credit(text) if len(block.lines) == 1 else None
        caption = (None, credit) if credit else None
    if caption is None:
        return None
    if body.photo_credit is None and not have_credit:
        body.photo_caption, body.photo_credit = caption
    else:
        body.boilerplate.append(text)  # a second picture's caption: not body text either
    return "credit"


def _link_role(body: Body, block: Block, *, is_last: bool, have_url: bool) -> str | None:
    if len(block.lines) != 1:
        return None
    text = block.text
    url = read_url_line(text, bare_ok=is_last)
    if url is not None:
        if have_url or body.url is not None:
            body.unrecognised.append(text)
            body.warnings.append(
                Diagnostic(
                    code_of("unrecognised-line"), f"a second URL line: {text!r}", block.number
                )
            )
        else:
            body.url, body.url_line = url, block.number
        return "url"
    related = read_related_line(text)
    if related is not None:
        body.related.append(related)
        return "related"
    if is_last and (outlet := _source_label_value(text)) is not None:
        body.source = (block.number, text, outlet)
        return "publication"
    return None


_SOURCE_LABEL = "source:"
_MAX_OUTLET_WORDS = 5


def _source_label_value(text: str) -> str | None:
    """Return X of a record's closing "Source: X" when X is an outlet's name (a few words,
    no URL): the outlet the record came from, not a picture's credit."""
    if not text[:7].casefold().startswith(_SOURCE_LABEL):
        return None
    value = text[len(_SOURCE_LABEL) :].strip()
    if not value or "://" in value or len(value.split()) > _MAX_OUTLET_WORDS:
        return None
    return value


def _build_sections(body: Body, content: list[Block]) -> None:
    heading: Block | None = None
    paragraphs: list[Block] = []

    def close() -> None:
        if heading is None and not paragraphs:
            return
        if heading is not None and not paragraphs:
            body.warnings.append(
                Diagnostic(
                    code_of("empty-section"),
                    f"heading {_heading_text(heading)!r} has no paragraphs",
                    heading.number,
                )
            )
        body.sections.append(Section(_heading_text(heading), tuple(p.text for p in paragraphs)))
        body.paragraph_lines.append([p.number for p in paragraphs])

    for index, block in enumerate(content):
        following = content[index + 1] if index + 1 < len(content) else None
        if _is_heading(block, following):
            close()
            heading, paragraphs = block, []
            _mark(body, block, "heading")
        else:
            paragraphs.append(block)
            _mark(body, block, "paragraph")
    close()


def _is_heading(block: Block, following: Block | None) -> bool:
    """A heading is a title-like line that heads a paragraph (or ends the document), or a
    line marked as a heading in Markdown ("## Warming ties").

    In a run of title-like lines only the last heads the paragraphs after it; the others
    are short paragraphs (a list, say), not sections left empty.
    """
    if len(block.lines) != 1:
        return False
    if is_markdown_heading(block.text):
        return True
    if not is_heading_like(block.text):
        return False
    return following is None or not is_lone_title(following)


def _heading_text(heading: Block | None) -> str | None:
    if heading is None:
        return None
    return read_markdown_heading(heading.text) or heading.text


def _mark(body: Body, block: Block, role: str) -> None:
    for line in block.lines:
        body.roles[line.number] = role
