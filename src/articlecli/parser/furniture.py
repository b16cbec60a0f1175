"""Page furniture among the paragraphs: copies of the lead, notes about the author, the
link texts of a story list, and links printed in capitals.

Each pass takes the body's content blocks after the per-block readers and returns them
without what it set aside (to ``boilerplate``, with the lines' roles): these need the
blocks around a block, or the header's fields, so they run once over the whole body.
"""

from __future__ import annotations

from .. import patterns
from .blocks import Block
from .builders import Body, mark
from .chrome import is_all_bold
from .dateline import read_dateline
from .fields import is_heading_like, is_link_line, is_prose, read_related_line

# Markdown crawls keep a list of other stories as links whose text the crawler put on a
# line of its own, next to a link without text: "Ferry fares rise again" and
# "[](https://example.com/news/ferry-fares-rise-again-2024-05-01)".
EMPTY_LINK_OPENINGS = ("[](", "* [](", "- [](", "+ [](")
_LINK_TARGET = patterns.compile(r"\]\(<?([^)\s>]*)")
_MAX_LINK_TITLE = 200
_MAX_LINK_TEXT = 400
# This share of the words of the link's slug, or more, must be in the line.
_SLUG_SHARE = 0.6
_MIN_SLUG_WORDS = 3


def without_link_texts(
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
        mark(body, blocks[near], "boilerplate")
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


_QUOTE_OPENERS = "\"“«„‘'"


def shouts(line: str) -> bool:
    """Tell whether a single line reads as a link in capitals (with enough words); the text
    renderer wraps a paragraph like that, since a wrapped block is never one.

    Its letters are capitals, most of them: str.isupper() also holds for a paragraph in a
    script without case (Korean, Chinese) that quotes an acronym ("(THAAD)").
    """
    if not line.isupper() or line.count(" ") < _MIN_SHOUTED_WORDS - 1:
        return False
    if line[:1] in _QUOTE_OPENERS:
        return False  # a quotation in capitals is a sub-head ("“WE WILL APPEAL”"), no link
    letters = sum(char.isalpha() for char in line)
    return sum(char.isupper() for char in line) * 2 > letters


def without_shouted_links(body: Body, content: list[Block], shouted: list[int]) -> list[Block]:
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
            mark(body, block, "boilerplate")
    return [block for block in content if block.number not in links]


_WORD = patterns.compile(r"\w+")
# Fewer words than this are not compared: "Yes." may open two paragraphs in a row.
_MIN_REPEAT_WORDS = 4
ELLIPSES = ("...", "…")  # how text cut short ends
# Notes in parentheses closing a line: "(Feb 15) (AP video by Jane Doe)".
_TRAILING_NOTES = patterns.compile(r"(?:\s*\([^()]{1,80}\))+$")


def _words(text: str) -> str:
    """The words of ``text``, lowered and joined by single spaces: markup, quotes and
    punctuation dropped, so that "**Ferries resume**" and "Ferries resume." compare equal."""
    return " ".join(_WORD.findall(text.casefold()))


def without_repeated_lead(
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
        mark(body, content[start], "boilerplate")
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
    truncated = bare.rstrip().endswith(ELLIPSES)
    if not (next_key.endswith(key) or (truncated and key in next_key)):
        return False
    dateline = read_dateline(following)  # the lede again after its dateline
    rest_key = _words(dateline.rest) if dateline else next_key
    return rest_key == key or (truncated and rest_key.startswith(key))


# What follows an author's name in a note about the author ("Jane Doe is a reporter ...",
# "As Kyiv bureau chief, Jane runs ..."), and the words of the trade one of them names.
_BIO_VERBS = patterns.compile(
    r",? (?:is|was|has|had|covers|covered|writes|wrote|reports|reported on|runs|ran|joined"
    r"|leads|led|oversees|previously|spent|specializes|specialises|focuses)\b"
)
_BIO_TRADE = patterns.compile(
    r"\b(?:journalist|journalism|reporter|reporting|correspondent|editor|writer|columnist"
    r"|bureau|coverage|covering|covers|contributor|freelance|newsroom|news desk)\b"
)
_BIO_APPOSITIVE = patterns.compile(r", (?:a|an|the|our) ")
_BIO_ROLE_OPENING = "As "  # "As Kyiv bureau chief, Jane ..."
_MAX_BIO_ROLE = 80


def without_author_bios(body: Body, content: list[Block], authors: tuple[str, ...]) -> list[Block]:
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
        mark(body, content[index], "boilerplate")
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


# The marks of a list's items: "- ", "* ", "• ", "1. ".
_LIST_ITEM_MARK = patterns.compile(r"(?:[-*+•·]|\d{1,2}[.)])\s+")


def teaser_list_end(blocks: list[Block], start: int) -> int:
    """Return where the list of story titles that opens at ``blocks[start]`` ends (``start``
    when there is none). The caller found a list's heading ("Most read") just before it.

    Every line of the list's blocks is a title (a list item's mark before it is allowed).
    A single title right before a paragraph of prose heads that paragraph: the story goes
    on after a heading, so it is left to the body.
    """
    end = start
    while end < len(blocks) and all(_is_title_item(line.text) for line in blocks[end].lines):
        end += 1
    if end < len(blocks) and all(map(_is_closing_list_item, blocks[start:])):
        # The list closes the story: lines of titles to the end, however they read ("Jane
        # Roe: If the vote fails, what then?", an opinion page's columns by columnist).
        return len(blocks)
    if start < end < len(blocks) and len(blocks[end - 1].lines) == 1 and is_prose(blocks[end].text):
        end -= 1
    return end


# A title of a list that closes the story is a line this long at most.
_MAX_CLOSING_ITEM = 160


def _is_closing_list_item(block: Block) -> bool:
    """A title of the list that closes a story: a line alone, not ending a sentence with a
    full stop, and no field of its own."""
    text = block.text
    return (
        len(block.lines) == 1
        and len(text) <= _MAX_CLOSING_ITEM
        and not text.rstrip("\"'”’»)").endswith(".")
        and not is_link_line(text)
        and read_related_line(text) is None
    )


def _is_title_item(line: str) -> bool:
    if is_link_line(line) or read_related_line(line) is not None:
        return False  # "Related article: ...", "Original url: ...": fields of their own
    if mark_end := _LIST_ITEM_MARK.match(line):
        line = line[mark_end.end() :]
    # Under the list's heading a story's title may run long ("After breaking a record,
    # this swimmer is set to compete in the World Championships"): no sentence's end.
    return is_heading_like(line) or (
        len(line) <= _MAX_CLOSING_ITEM
        and (line[:1].isupper() or line[:1].isdigit())
        and not line.rstrip("\"”’'»").endswith((".", ":", ";", ","))
    )
