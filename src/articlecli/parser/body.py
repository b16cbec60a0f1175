"""The body: section headings, paragraphs, related lines and the trailing URL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .. import patterns
from ..codes import code_of
from ..lines import is_rule_line
from ..model import Diagnostic, Section
from .blocks import Block, block_of
from .builders import Body, mark
from .byline import Byline, is_korean_credit, read_byline, read_credit_line
from .chrome import (
    CAPTION_ENDS,
    find_glued_credit,
    is_chrome,
    is_list_heading,
    is_promotion,
    read_caption,
)
from .fields import (
    is_heading_like,
    is_markdown_heading,
    is_markdown_image,
    is_prose,
    read_credit,
    read_markdown_heading,
    read_related_line,
    read_url_line,
)
from .furniture import (
    ELLIPSES,
    EMPTY_LINK_OPENINGS,
    teaser_list_end,
    without_author_bios,
    without_link_texts,
    without_repeated_lead,
    without_shouted_links,
)
from .lexicon import UPDATE_NOTE_VERBS, URL_LABELS
from .signoffs import (
    korean_signoff_length,
    opens_with_chinese_reporter,
    read_signoff,
    split_chinese_lead,
    split_closing_note,
    split_korean_lead,
    split_korean_signoff,
)
from .titles import is_byline_or_date, undoubled

_HIGHLIGHT_MARKER = "@highlight"
T = TypeVar("T")

__all__ = ["Body", "closing_run_start", "is_lone_title", "read_body"]


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
    teasers_end = 0  # blocks before this index, after a "Most read" heading, are its links
    # A page repeats its chrome ("Advertisement" between paragraphs, a menu at both ends,
    # a form's labels): each distinct block is judged once per article (text -> is chrome).
    judged_chrome: dict[str, bool] = {}
    blocks = _with_signoffs_apart(blocks)
    # The story's last block, but for chrome after it ("https://..." / "Advertisement"):
    # a closing URL is the article's even with the page's footer under it.
    last = len(blocks) - 1
    while (
        last > 0
        and len(blocks[last].lines) == 1
        and (is_chrome(blocks[last].text) or is_rule_line(blocks[last].text))
        and (have_url or read_url_line(blocks[last].text, bare_ok=True) is None)
    ):
        last -= 1  # (but "[Read More](https://...)" closing a digest's item is its link)
    for index, block in enumerate(blocks):
        if (
            len(content) < _LEAD_BLOCKS
            and (
                is_korean_credit(block.text[:60])
                # "〔記者...〕", "記者林小明／台北報導..." glued to the text
                or opens_with_chinese_reporter(block.text)
                or "日电" in block.text[:_CHINESE_WIRE_LENGTH]  # "新华社北京5月5日电（记者...）"
            )
        ):
            # After a summary or a portal's note, perhaps: among the first blocks.
            block = _without_wire_lead(body, block)
        if not content and block.text[:1] == "(":
            block = _without_update_note(body, block)
        if _may_end_in_notice(block.text):
            block = _without_legal_tail(body, block)
        text = block.text  # a NamedTuple field: read once
        if index < teasers_end:
            _set_aside_lines(body, block)
            continue
        if after_highlight_marker:
            body.highlights.append(text)
            mark(body, block, "highlight")
            after_highlight_marker = False
            continue
        if text == _HIGHLIGHT_MARKER:
            after_highlight_marker = True
            mark(body, block, "label")
            continue
        if text[:1] == "#" and _is_link_label_heading(text, blocks[index + 1 : index + 2]):
            body.boilerplate.append(text)  # "## URL" over the link: a label, no section
            role = "boilerplate"
        elif text[:4] == "####" and index and is_markdown_image(blocks[index - 1].text):
            # "![...](pic.jpg)" / "###### Workers clear the track. Jane Roe/AP": a small
            # heading under a picture is its caption, not a section's heading.
            role = _image_caption_role(body, block, have_credit=have_credit)
        else:
            role = _link_role(body, block, is_last=index == last, have_url=have_url)
            closing = index >= len(blocks) - _CLOSING_BLOCKS
            role = role or _credit_line_role(body, block, closing=closing)
            role = role or _page_role(
                body, block, have_credit=have_credit, judged_chrome=judged_chrome
            )
        if role:
            mark(body, block, role)
            if role == "boilerplate":
                chrome_at[index] = len(body.boilerplate) - 1
                if text.startswith(EMPTY_LINK_OPENINGS):
                    empty_links.append(index)
                elif is_list_heading(text):
                    teasers_end = teaser_list_end(blocks, index + 1)
            continue
        if text.isupper() and len(block.lines) == 1:
            shouted.append(block.number)
        if text.endswith(_TEXT_ENDINGS):
            # Most paragraphs: ending like text, no tail to look at (but a cut mark's "]").
            content.append(_without_cut_mark(body, block) if text[-1] == "]" else block)
        else:
            content.append(_without_glued_chrome(body, block))
    if body.photo_credit is None and not have_credit:
        # A flattened page keeps its picture's credit between two sentences: the credit
        # (the paragraph keeps its text as the page had it).
        body.photo_credit = next(
            filter(None, map(find_glued_credit, (b.text for b in content))), None
        )
    if content:
        content[-1] = _without_closing_credits(body, content[-1])
    if content and content[-1].text.endswith(_TEXT_ENDINGS):
        content[-1] = _without_closing_promotion(body, content[-1])
    if empty_links:
        content = without_link_texts(body, blocks, content, empty_links, chrome_at)
    if shouted:
        content = without_shouted_links(body, content, shouted)
    if content and (headline or summary or len(content) > 1):
        content = without_repeated_lead(body, content, headline, summary)
    if not authors:  # a closing "Reporting by Jane Doe" names them
        authors = tuple(name for _, _, credit in body.credit_lines for name in credit.authors)
    if authors and len(content) > 1:
        content = without_author_bios(body, content, authors)
    _build_sections(body, _without_navigation(body, content))
    return body


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
        mark(body, block, "boilerplate")
    return content[:start]


# Where a sentence ends inside a paragraph: its mark, any closing quotes, then space.
_SENTENCE_BREAK = patterns.compile(r"[.!?][\"”’')\]]*\s+")
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
    sentence_end = last_break.start() + len(last_break.group().rstrip())
    if (signoff := korean_signoff_length(tail)) and is_chrome(tail[signoff:]):
        # "...했다. 홍길동 기자 <저작권자 ⓒ ...>": the reporter's sign-off stays, to be read
        # as the story's credit; the notice after it goes.
        sentence_end = last_break.end() + len(tail[:signoff].rstrip())
        tail = tail[signoff:]
    if is_heading_like(text[:sentence_end]):
        return block  # what is left would be a title ("A?"), not the paragraph it was
    body.boilerplate.append(tail)
    return Block(block.lines, text[:sentence_end])


def _without_closing_promotion(body: Body, block: Block) -> Block:
    """Move the outlet's promotion that closes the story as a sentence run onto the last
    one ("... the board said. Read the Courier on Telegram.") to boilerplate, and return
    the paragraph. Its last sentence is found from the end (every story's last paragraph
    comes here)."""
    text = block.text
    window = max(0, len(text) - _MAX_GLUED_TAIL)
    start = _last_sentence_break(text, window)
    if start == -1:
        return block
    tail = text[start + 2 :].lstrip()
    if " " not in tail or not tail.lstrip("-–— ")[:1].isupper() or not is_promotion(tail):
        return block
    head = text[: start + 1]
    if is_heading_like(head):
        return block  # what is left would be a title, not the paragraph it was
    body.boilerplate.append(tail)
    return Block(block.lines, head)


# A copyright notice run onto the story's end: its sign is this near the end.
_MAX_GLUED_COPYRIGHT = 160


def _without_closing_credits(body: Body, block: Block) -> Block:
    """Take what a page ran onto its story's last sentence off the paragraph: the outlet's
    copyright notice ("...밝혔다. ⓒ 매일경제, 무단전재 및 재배포 금지", to boilerplate), then a
    reporter's sign-off, a credit line: Korean ("...밝혔다.홍길동 기자 hong@example.co.kr") or
    a byline ("... in 2031. By Jane Doe of Courier.com")."""
    text = block.text
    sign = max(text.rfind("ⓒ", -_MAX_GLUED_COPYRIGHT), text.rfind("©", -_MAX_GLUED_COPYRIGHT))
    if sign > 0:
        start = sign - 1 if text[sign - 1] in "[(" else sign
        tail = text[start:]
        head = text[:start].rstrip(" -")
        # The notice is a sentence of its own: after a sentence's end, or a bracket's.
        ends_sentence = head.endswith((".", "!", "?", "。", "]", ")", "”", '"', "’"))
        worded = any(char.isalnum() for char in head)  # not a mark alone ('"©')
        if (
            ends_sentence
            and worded
            and not is_heading_like(head)
            and is_chrome(tail.strip(" -[]()"))
        ):
            body.boilerplate.append(tail.strip())
            text = head
    signoff = (
        split_korean_signoff(text)
        or _split_closing_byline(text)
        or _split_wire_credit(text)
        or _split_closing_note(body, block.lines[-1].number, text)
    )
    if signoff is not None and not is_heading_like(signoff[0]):
        text, byline, credit = signoff
        body.credit_lines.append((block.number, credit, byline))
    return block if text == block.text else Block(block.lines, text)


# A wire story's credit line run onto its last sentence is this long at most: "(Reporting
# by Jane Doe in Kyiv and John Roe in Warsaw; Writing by ...; Editing by ...)".
_MAX_WIRE_CREDIT = 240


def _split_wire_credit(text: str) -> tuple[str, Byline, str] | None:
    """Split a wire story's credit line in brackets that a flattened page ran onto the last
    sentence ("... on Saturday. (Reporting by Jane Doe; Editing by John Roe)") into (the
    text before it, its byline, the credit as printed)."""
    if text[-1:] != ")":
        return None  # the cheap test: most paragraphs end otherwise
    at = text.rfind("(", max(0, len(text) - _MAX_WIRE_CREDIT))
    if at < 1 or text[:at].rstrip()[-1:] not in CAPTION_ENDS:
        return None
    credit = text[at:]
    byline = read_credit_line(credit)
    return (text[:at].rstrip(), byline, credit) if byline is not None else None


def _split_closing_note(body: Body, number: int, text: str) -> tuple[str, Byline, str] | None:
    """Split a closing note run onto the last sentence ("... sagte er. (APA, 1.2.2015)")
    into (the text before it, its byline, the note), and keep its day as the body's."""
    note = split_closing_note(text)
    if note is None or not note[0]:
        return None  # a note alone is a paragraph's: see _credit_line_role
    head, byline, credit, day = note
    body.closing_date = (number, day)
    return head, byline, credit


# A byline run onto the story's last sentence starts this near the end, and is this many
# words at most (with an outlet: "By Jane Doe of Courier.com").
_MAX_CLOSING_BYLINE = 160
_MAX_CLOSING_BYLINE_WORDS = 9
# What a page may leave after it: a list's heading whose titles went ("More From X:").
_MAX_AFTER_BYLINE = 60


def _split_closing_byline(text: str) -> tuple[str, Byline, str] | None:
    """Split a byline a flattened page ran onto the story's last sentence ("... in 2031.
    By Jane Doe of Courier.com", perhaps with a dangling "More From Courier.com:") into
    (the text before it, its byline, the credit as printed)."""
    at = text.rfind(" By ", max(0, len(text) - _MAX_CLOSING_BYLINE))
    if at < 1 or text[at - 1] not in CAPTION_ENDS:
        return None
    words = text[at + 1 :].split()
    for count in range(min(len(words), _MAX_CLOSING_BYLINE_WORDS), 1, -1):
        byline = read_byline(" ".join(words[:count]))
        if byline is None or not byline.authors:
            continue
        rest = " ".join(words[count:])
        if not rest or (rest.endswith(":") and len(rest) <= _MAX_AFTER_BYLINE):
            return text[:at], byline, text[at + 1 :]
    return None


def _last_sentence_break(text: str, window: int) -> int:
    """Where the last sentence ends (its mark's index), from ``window`` on; -1 if none.
    A full stop after an initial ("Amy Wang and J. Freedom du Lac ...") ends no sentence."""
    end = len(text)
    while True:
        start = max(
            text.rfind(". ", window, end),
            text.rfind("! ", window, end),
            text.rfind("? ", window, end),
        )
        if start < 1 or text[start] != "." or not _is_initial(text, start):
            return start
        end = start


def _is_initial(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a one-letter initial ("J.")."""
    return text[stop - 1].isupper() and (stop < 2 or not text[stop - 2].isalnum())


# A news API cuts its content and says how much is left: "... the board said… [+812 chars]".
_CUT_MARK = patterns.compile(r"\s*\[\+\d{1,7} chars\]$")
_CUT_MARK_END = " chars]"


def _without_cut_mark(body: Body, block: Block) -> Block:
    """Move a news API's cut mark ("[+812 chars]") to boilerplate; the paragraph keeps its
    text as cut, the ellipsis with it (and the mark, when without it the text would read
    as a heading)."""
    mark_at = _CUT_MARK.search(block.text) if block.text.endswith(_CUT_MARK_END) else None
    if mark_at is None or mark_at.start() == 0:
        return block
    text = block.text[: mark_at.start()]
    if is_heading_like(text):
        return block  # a short cut lede would read as a heading: the mark says it is text
    body.boilerplate.append(mark_at.group().strip())
    return Block(block.lines, text)


def _may_end_in_notice(text: str) -> bool:
    # Substring tests over the whole paragraph: fast, where a pattern would be tried at
    # every position of its end.
    return "©" in text or "opyright" in text or "ights reserved" in text


# Where a legal notice run onto a paragraph starts: "Copyright", "©" or "(c)" after a
# sentence's end, with or without the space a scraper may have lost.
_NOTICE_START = patterns.compile(r"(?<=[.!?\"”’)])\s*(?=(?:Copyright\b|©|\(c\)\s))")


def _without_legal_tail(body: Body, block: Block) -> Block:
    """Move a copyright notice run onto a paragraph's last sentence ("... the port said.
    Copyright © 2025 Example Media. All rights reserved.") to boilerplate, and return the
    paragraph; without it, the whole paragraph would read as the notice."""
    text = block.text
    window = max(0, len(text) - _MAX_GLUED_TAIL)
    starts = [match.end() for match in _NOTICE_START.finditer(text, window)]
    if not starts:
        return block
    head, tail = text[: starts[0]].rstrip(), text[starts[0] :]
    if not is_prose(head) or is_heading_like(head) or is_chrome(head) or not is_chrome(tail):
        return block  # the notice's own first sentence ("This material may not be ...")
    body.boilerplate.append(tail)
    return Block(block.lines, head)


def _credit_line_role(body: Body, block: Block, *, closing: bool) -> str | None:
    """Set aside a wire story's credit line, or in the last blocks a reporter's sign-off
    ("Write to Jane Doe at ..."): it credits people, it is not article text."""
    if len(block.lines) != 1:
        return None
    credit = read_credit_line(block.text) or (read_signoff(block.text) if closing else None)
    if credit is None and closing and (note := split_closing_note(block.text)) and not note[0]:
        credit = note[1]  # "(Jane Doe, 15.3.2016)" alone under the story
        body.closing_date = (block.number, note[3])
    if credit is None:
        return None
    body.credit_lines.append((block.number, block.text, credit))
    return "byline"


# Sign-offs close a story: they are looked for in its last few blocks only (after them
# may come a copyright line or a list of links).
_CLOSING_BLOCKS = 5


def _with_signoffs_apart(blocks: list[Block]) -> list[Block]:
    """Part a sign-off from the paragraph it closes without a blank line between: "...
    the valley." / "Write to Jane Doe at jdoe@example.com" are two blocks."""
    closing = len(blocks) - _CLOSING_BLOCKS
    parted = blocks[:closing] if closing > 0 else []
    for block in blocks[len(parted) :]:
        if len(block.lines) > 1 and read_signoff(block.lines[-1].text) is not None:
            parted += [block_of(block.lines[:-1]), block_of(block.lines[-1:])]
        else:
            parted.append(block)
    return parted


# How many paragraphs may stand before the one a wire story's credit opens.
_LEAD_BLOCKS = 4
_CHINESE_WIRE_LENGTH = 16


# A wire's note on its update run onto the story's first sentence: "(Adds background in
# paragraphs 5-6) TAIPEI, Aug 13 (Reuters) - ...".
_UPDATE_NOTE = patterns.compile(
    rf"\((?:{'|'.join(verb.capitalize() for verb in UPDATE_NOTE_VERBS)}) [^()]{{2,200}}\)\s+(?=\S)"
)


def _without_update_note(body: Body, block: Block) -> Block:
    """Set aside a wire's update note that opens the story's first paragraph."""
    note = _UPDATE_NOTE.match(block.text)
    if note is None:
        return block
    body.boilerplate.append(note.group().strip())
    return Block(block.lines, block.text[note.end() :])


def _without_wire_lead(body: Body, block: Block) -> Block:
    """Take a wire story's credit off the paragraph it opens, as the credit line it is:
    "(서울=연합뉴스) 홍길동 기자 = ...", "〔記者林小明／高雄報導〕..."."""
    lead = split_korean_lead(block.text) or split_chinese_lead(block.text)
    if lead is None:
        return block
    credited, byline, rest = lead
    body.credit_lines.append((block.number, credited, byline))
    return Block(block.lines, rest)


# What a crawler writes for a field it had no value for ("Description: None" without its
# label): never article text.
_NO_VALUE_LINES = frozenset({"None", "null", "NULL", "NaN", "nan", "undefined"})
# Blocks up to this long are judged once per article: hashing a paragraph to look it up
# would cost more than is_chrome's length test, which settles most of them.
_MAX_JUDGED_LENGTH = 120


def _page_role(
    body: Body, block: Block, *, have_credit: bool, judged_chrome: dict[str, bool]
) -> str | None:
    """Recognise page chrome and photo captions, which are not article text."""
    text = block.text
    if len(text) > _MAX_JUDGED_LENGTH:
        chrome = is_chrome(text)  # a paragraph, told from chrome by its length alone
    elif (chrome := judged_chrome.get(text)) is None:
        chrome = judged_chrome[text] = is_chrome(text)
    if chrome and len(block.lines) > 1 and _all_lines_chrome(block):
        _set_aside_lines(body, block)  # a button or a notice a line, as the page had them
        return "boilerplate"
    if (
        chrome
        or text in _NO_VALUE_LINES
        or not (text[:1].isalnum() or _has_word(text))  # most open with a letter
        or is_markdown_image(text)  # the page's picture: its credit may follow
    ):
        body.boilerplate.append(text)
        return "boilerplate"
    if len(block.lines) > 1 and (_all_lines_chrome(block) or _is_link_list(block)):
        _set_aside_lines(body, block)
        return "boilerplate"
    if text[-1] == ":":
        return None  # a label or a sentence leading into the next: no caption, no credit
    caption = read_caption(text, block_lines=block.lines)
    if caption is not None and caption[0] is None and len(block.lines) == 1:
        # A credit alone, read whole as one: without its label ("Photo by X/Getty Images").
        caption = (None, read_credit(text) or caption[1])
    elif caption is None and len(block.lines) == 1:
        credit = read_credit(text)  # "Jane Doe/Reuters" alone
        caption = (None, credit) if credit else None
    elif caption is None and body.photo_credit is None and not have_credit:
        # Only the picture's own caption: a second one would join its credit on one line
        # in the boilerplate, which no longer reads as a caption.
        caption = _caption_over_credit(block)
    if caption is None:
        return None
    if body.photo_credit is None and not have_credit:
        caption_text, credit = caption
        # A caption a page printed twice (as titles are, see titles.undoubled) is one.
        body.photo_caption, body.photo_credit = caption_text and undoubled(caption_text), credit
    else:
        body.boilerplate.append(text)  # a second picture's caption: not body text either
    return "credit"


def _is_link_label_heading(text: str, following: list[Block]) -> bool:
    heading = read_markdown_heading(text)
    return (
        heading is not None
        and heading.strip(" :").casefold() in URL_LABELS  # "## URL" / "## Link"
        and bool(following)
        and read_url_line(following[0].text, bare_ok=True) is not None
    )


def _image_caption_role(body: Body, block: Block, *, have_credit: bool) -> str:
    """Take a Markdown heading under a picture: the photo's caption and credit when it
    ends in one and the article has none yet, else set aside as the picture's."""
    caption = read_caption(read_markdown_heading(block.text) or block.text)
    if caption is not None and caption[0] and body.photo_credit is None and not have_credit:
        body.photo_caption, body.photo_credit = caption
        return "credit"
    body.boilerplate.append(block.text)
    return "boilerplate"


# A caption is a sentence or two: longer text above a credit line is a paragraph.
_MAX_CAPTION_WORDS = 60
_MAX_CAPTION_LINES = 3


def _caption_over_credit(block: Block) -> tuple[str, str] | None:
    """Read a caption with its credit on the line under it ("Volunteers sort coats in the
    hall." / "Lena Ortiz / Harbor Press via AP") as (caption, credit); else None. The
    caption is a sentence or two, and none of its lines is a byline or a date."""
    lines = block.lines
    if len(lines) > _MAX_CAPTION_LINES + 1 or (credit := read_credit(lines[-1].text)) is None:
        return None
    above = [line.text for line in lines[:-1]]
    if any(is_byline_or_date(text) for text in above):
        return None  # a header run together ("By AFP" / "Jane Doe/AFP"), not a caption
    caption = " ".join(above)
    if caption.count(" ") >= _MAX_CAPTION_WORDS or not caption.endswith(CAPTION_ENDS):
        return None  # too long for a caption, or a title over the credit
    return caption, credit


def _set_aside_lines(body: Body, block: Block) -> None:
    """Move a block of chrome to boilerplate line by line: each line is a piece of its own
    (a link, a button), and joined they would read as none."""
    body.boilerplate.extend(line.text for line in block.lines)
    mark(body, block, "boilerplate")


def _has_word(text: str) -> bool:
    """False for a line of marks only (",", "* * *", "—"): pieces of a page's layout, or of
    a list whose words went elsewhere; never a paragraph."""
    return any(char.isalnum() for char in text)


def _is_link_list(block: Block) -> bool:
    """A list's heading ("Most read", "More from News") with its titles under it, line
    by line, which the block joined as if they were wrapped text."""
    lines = block.lines
    if len(lines[0].text) > _MAX_LIST_HEADING:
        return False  # the cheap test: most blocks open with a line of text
    return is_list_heading(lines[0].text) and all(is_heading_like(line.text) for line in lines[1:])


_MAX_LIST_HEADING = 40


def _all_lines_chrome(block: Block) -> bool:
    """Several pieces of chrome on lines of their own, with no blank line between them (a
    banner over a form), which the block joined as if they were wrapped text."""
    lines = block.lines
    # Wrapped text runs on in lower case: the cheap test that spares most paragraphs.
    if lines[1].text[:1].islower():
        return False
    return all(is_chrome(line.text) for line in lines)


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
    if not value or "://" in value or ":" in value or len(value.split()) > _MAX_OUTLET_WORDS:
        return None  # a colon: another label's run on ("Reuters Source: Reuters"), no name
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
            mark(body, block, "heading")
        else:
            paragraphs.append(block)
            mark(body, block, "paragraph")
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
    if following is None:
        # Last, it heads nothing: a heading only if no cut text ("... the board said…").
        return not block.text.endswith(ELLIPSES)
    return not is_lone_title(following)


def _heading_text(heading: Block | None) -> str | None:
    if heading is None:
        return None
    return read_markdown_heading(heading.text) or heading.text
