"""Page chrome and photo captions: lines that belong to the web page, not the article."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import patterns
from ..patterns import by_first_letter, on_first_use
from .fields import after_credit_word, is_credit_value
from .lexicon import (
    CAPTION_CREDIT_PATTERNS,
    CHROME_ANYWHERE_PATTERNS,
    CHROME_HINTED_PATTERNS,
    CHROME_LINE_OPENINGS,
    CHROME_PATTERNS,
    CHROME_PHRASES,
    LEGAL_NOTICE_OPENINGS,
    LIST_HEADINGS,
    NOTICE_OPENINGS,
    SHARE_BUTTON_WORDS,
)

if TYPE_CHECKING:
    from .blocks import Line


def _chrome_run(patterns: list[str]) -> str:
    """One or more chrome phrases: scrapers glue menu items together ("Skip to contentSkip
    to navigation"). At most four: overlapping patterns make each repeat a fork, so an
    unbounded repeat could take exponential time on a line of repeated words.

    Compiled without flags, the patterns are in lower case and match lowered lines: a
    pattern compiled case-insensitive matches two to three times slower, on every block.
    """
    return "(?:(?:" + "|".join(patterns) + r")[\s.:!|»›>]*){1,4}"


# Searched in lowered lines.
_ANYWHERE_HINT = patterns.compile(by_first_letter(list(CHROME_ANYWHERE_PATTERNS)))

# Links marked with a closing guillemet ("Watch the vote »") scan up to 80 characters from
# the start of a line before they fail: they are only tried on lines that hold a "»".
_GUILLEMET_LINKS = [pattern for pattern in CHROME_PATTERNS if pattern.endswith(" »")]
_ANCHORED = [pattern for pattern in CHROME_PATTERNS if pattern not in _GUILLEMET_LINKS]
# Most lines are tested against these only: the same answer, since the others cannot
# match without their hint or their guillemet. Grouped by first letter, a fullmatch tries
# each first letter once instead of every alternative.
_CHROME_ANCHORED = patterns.compile(_chrome_run([by_first_letter(_ANCHORED)]))
# Compiled on first use: few lines hold a guillemet or a hint, and the second costs a
# millisecond and a half of start-up to compile.
_chrome_with_links = on_first_use(_chrome_run([*_ANCHORED, *_GUILLEMET_LINKS]))
_chrome_anywhere = on_first_use(_chrome_run([*CHROME_PATTERNS, *CHROME_ANYWHERE_PATTERNS.values()]))


def _anchored_chrome(lowered: str) -> re.Pattern[str]:
    return _chrome_with_links() if "»" in lowered else _CHROME_ANCHORED


# Chrome is short; a long line that happens to start like chrome is prose. Legal notices
# are the exception: they run long, and their opening words say what they are.
_MAX_CHROME_WORDS = 20
_MAX_LEGAL_LENGTH = 600


def _opens_legal_notice(text: str) -> bool:
    return text[:40].lower().startswith(LEGAL_NOTICE_OPENINGS)


# A name in a credit: up to six words joined by spaces, where ". " may only follow an
# initial, so that the credit never swallows the end of the caption sentence before it;
# a dot inside a word is a handle's ("MR.Cole_Photo").
# The bound keeps each attempt short: the search below tries every word of the window.
_NAME = r"[\w'’-]+(?:\.[\w'’-]+)*(?:(?: |(?<=\b[A-Z])\. )[\w'’-]+(?:\.[\w'’-]+)*){0,5}"
# A credit starts a word: after a space or a sentence's end, or at an opening bracket.
# Ruling out the middle of words is what keeps this search cheap. A labelled credit may
# also be glued to the caption's last word when a scraper lost the space between them
# ("Spam in a group inboxSource: Example News").
_CREDIT_START = (
    r"(?:(?<=[\s.!?\"”')\]。])|(?<=^)|(?=[(\[])"
    r"|(?<=[a-z])(?=(?:Source|Photograph(?:er)?|Photo|Image|Picture|Credit|Composite)s?: )"
    r"|(?<=[^\W\d_])(?=Ảnh:))"
)


# The caption grammar, compiled on first use: most files have no caption, and the pattern
# takes longer to compile than a seed-sized article takes to parse.
_CREDITS = "|".join(p.replace("NAME", _NAME) for p in CAPTION_CREDIT_PATTERNS)
_caption_credit = on_first_use(
    rf"(?P<caption>.*?)\s*{_CREDIT_START}(?P<credit>{_CREDITS})\s*\.?\s*$"
)


@functools.cache
def _hinted(hints: tuple[str, ...]) -> re.Pattern[str]:
    """Compile the CHROME_HINTED_PATTERNS of ``hints`` on first use, as one run: each
    costs up to a millisecond to compile, and most runs meet few of them."""
    return patterns.compile(
        _chrome_run([CHROME_HINTED_PATTERNS[hint] for hint in hints]), re.IGNORECASE
    )


# Any hint at all, in one search of the lowered line: most lines hold none.
_ANY_HINTED = patterns.compile(
    by_first_letter([re.escape(hint) for hint in CHROME_HINTED_PATTERNS])
)


def _is_hinted_chrome(text: str, lowered: str) -> bool:
    if _ANY_HINTED.search(lowered) is None:
        return False
    hints = tuple(hint for hint in CHROME_HINTED_PATTERNS if hint in lowered)
    return _hinted(hints).fullmatch(text) is not None


# What is dropped around a line before it is looked up in CHROME_PHRASES ("Loading...",
# "Required fields are marked *", "Forgot your password?", "| Sitemap |", "[PR]",
# "【看原文連結】").
_PHRASE_TRIM = " \t.,:;!?*|•·»›>-–—…#[]【】："  # "#": Markdown headings ("## Related")
# Where a line joins several pieces of chrome: menu separators, or a sentence's end.
# Replaced by line breaks with str.replace.
_MENU_JOINS = tuple((join, "\n") for join in ("|", "•", "·", " - ", " – "))
_SENTENCE_JOINS = tuple((f"{end} ", f"{end}\n") for end in ".?!")
# Any of the joins, in one search: most lines have none.
_ANY_JOIN = patterns.compile(
    "|".join(re.escape(join) for join, _ in (*_MENU_JOINS, *_SENTENCE_JOINS))
)
# Pieces of chrome joined by sentence ends are short ("Not a member yet? Register now");
# a longer line of sentences is prose, and is not split to be looked at piece by piece.
_MAX_JOINED_SENTENCES_SPACES = 12
_MAX_SHARE_ROW = 8
# Lines longer than this are neither a known phrase nor a row of share buttons (with the
# punctuation around them that the lookup drops); only tag lists and joined pieces remain.
_MAX_PHRASE_LINE = max(map(len, CHROME_PHRASES)) + 12


# Openings of lines that are chrome whatever follows (within the length of chrome).
_LINE_OPENINGS = (*CHROME_LINE_OPENINGS, *NOTICE_OPENINGS)


def _phrase_key(lowered: str) -> str:
    """Return a lowered line as CHROME_PHRASES spell it: one kind of apostrophe, single
    spaces, no punctuation around it."""
    key = lowered
    if "’" in key:
        key = key.replace("’", "'")
    if "  " in key or "\t" in key:
        key = " ".join(key.split())
    return key.strip(_PHRASE_TRIM)


def _is_chrome_part(part: str) -> bool:
    """Return True for one piece of a joined line: a phrase, or a line of chrome."""
    part = part.strip()
    lowered = part.lower()
    return (
        _phrase_key(lowered) in CHROME_PHRASES
        or _anchored_chrome(lowered).fullmatch(lowered) is not None
        or _is_hinted_chrome(part, lowered)
    )


def _is_chrome_phrase(text: str, lowered: str) -> bool:
    """Return True for a known chrome phrase, a tag list, a row of share buttons, or
    several pieces of chrome joined ("Terms of Use | Privacy Policy", "Don't have an
    account? Sign up"): set lookups first, no pattern to compile."""
    if len(text) <= _MAX_PHRASE_LINE or "  " in text or "\t" in text:
        key = _phrase_key(lowered)
        if key in CHROME_PHRASES:
            return True
        if key.endswith(" sharing button") and key.count(" ") == 2:
            return True  # a share widget's buttons, as text: "facebook sharing button"
        if key.partition(" ")[0].rstrip(",") in SHARE_BUTTON_WORDS:
            words = key.replace(",", " ").split()
            # Counts may stand by the buttons: "Email 0", "Share 12 Tweet 3".
            if 1 < len(words) <= _MAX_SHARE_ROW and all(
                w in SHARE_BUTTON_WORDS or w.isdigit() for w in words
            ):
                return True
    if lowered.lstrip(_PHRASE_TRIM).startswith(_LINE_OPENINGS):
        return True
    if _ANY_JOIN.search(text) is None:
        return False
    joins = _MENU_JOINS
    if text.count(" ") <= _MAX_JOINED_SENTENCES_SPACES:
        joins += _SENTENCE_JOINS
    joined = text
    for join, line_break in joins:
        if join in joined:
            joined = joined.replace(join, line_break)
    if joined is text:
        return False
    parts = [part for part in joined.split("\n") if part.strip()]
    if len(parts) > 1 and all(_is_chrome_part(part) for part in parts):
        return True
    return "·" in text and _is_card_meta(text)


# A story card's line of facts: its section, then its date, time and age or reading time
# ("World · May 3, 2024 · 10:15 AM UTC · 2 min ago").
_CARD_FACT = patterns.compile(
    r"(?:[a-z]{3,9}\.? \d{1,2}, \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4}"
    r"|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?"
    r"|\d+ (?:min|mins|minutes?|hrs?|hours?|days?|weeks?)(?: ago| read)?|just now|updated)"
)
_MIN_CARD_FACTS = 2
_MAX_CARD_SECTION_WORDS = 3


def _is_card_meta(text: str) -> bool:
    section, *facts = (part.strip() for part in text.lower().split(" · "))
    return (
        len(facts) >= _MIN_CARD_FACTS
        and section.count(" ") < _MAX_CARD_SECTION_WORDS
        and all(_CARD_FACT.fullmatch(fact) for fact in facts)
    )


# A call to action that runs past the length of other chrome: its first sentence is one,
# and every sentence after it speaks to the reader or for the outlet ("Support our newsroom
# while getting a tote bag in return. Enjoy early access to your favourite shows."). The
# openings are a cheap first test: article paragraphs seldom open with an imperative.
_CALL_OPENINGS = (
    "support ", "please ", "sign ", "subscribe", "join ", "become ", "donate", "get ",
    "follow ", "enjoy ", "download ", "don't miss", "don’t miss", "never miss", "stay ",
    "check out", "be sure", "help us", "like what", "want more", "love ", "for more",
)  # fmt: skip
# Their first three letters, as written at the start of a line: the first test.
_CALL_STARTS = frozenset(
    form for opening in _CALL_OPENINGS for form in (opening[:3], opening[:3].capitalize())
)
_MAX_CALL_LENGTH = 500
_SENTENCE_SPLIT = patterns.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])")
_TO_THE_READER = patterns.compile(r"\b(?:you|your|yours|our|ours|us|we)\b")


def _is_long_call_to_action(text: str) -> bool:
    if len(text) > _MAX_CALL_LENGTH or not text[:12].lower().startswith(_CALL_OPENINGS):
        return False
    first, *rest = _SENTENCE_SPLIT.split(text)
    if not rest or not is_chrome(first):
        return False
    return all(_TO_THE_READER.search(sentence.lower()) or is_chrome(sentence) for sentence in rest)


# Their first three letters, as written at the start of a line: the first test.
_NOTICE_STARTS = frozenset(
    form for opening in NOTICE_OPENINGS for form in (opening[:3], opening[:3].capitalize())
)


def _is_long_notice(text: str) -> bool:
    """A cookie or consent banner past the length of other chrome (up to a legal notice's);
    a shorter one is found by its opening among _LINE_OPENINGS."""
    return len(text) <= _MAX_LEGAL_LENGTH and text[:40].lower().startswith(NOTICE_OPENINGS)


def is_promotion(sentence: str) -> bool:
    """Tell whether a sentence promotes the outlet (its channel, its newsletter, a brand's
    offer) or notes a contributor: the chrome that may close a story's last paragraph.
    Only a sentence with a hinted pattern's hint or a call's opening is looked at."""
    lowered = sentence.lower()
    if _ANY_HINTED.search(lowered) is None and not lowered.startswith(_CALL_OPENINGS):
        return False
    return is_chrome(sentence)


def is_list_heading(line: str) -> bool:
    """Return True for the heading of a list of links to other stories ("Most read",
    "More from Sport")."""
    if len(line) > _MAX_PHRASE_LINE:
        return False
    key = _phrase_key(line.lower())
    return key in LIST_HEADINGS or (key.startswith(_MORE_FROM) and len(key.split()) <= 5)


# "More from Sport", "More on Ukraine", "Latest from the Bureau": a list of one section's links.
_MORE_FROM = ("more from ", "more on ", "more in ", "latest from ", "latest in ")


# A picture's note closing its caption: "Trump outside the court (Archivfoto)".
_PICTURE_NOTE = patterns.compile(
    r".{8,300}\((?:archivfoto|archivbild|symbolbild|symbolfoto|archive photo|file photo|"
    r"file picture|stock photo|photo d'archive|foto de archivo|foto d'archivio|archiefoto)\)",
    re.IGNORECASE,
)


def is_noted_caption(line: str) -> bool:
    """Tell whether a line is a picture's caption closed by its note ("(Archivfoto)",
    "(file photo)"): a caption, never a title or a paragraph."""
    return line[-1:] == ")" and _PICTURE_NOTE.fullmatch(line.strip()) is not None


# A teaser's label in capitals before the title it links, on Indian news sites.
_SHOUTED_TEASERS = ("ALSO READ", "ALSO WATCH", "READ ALSO", "READ MORE:", "READ MORE |")


def is_chrome(line: str) -> bool:
    """Return True for navigation, ads, share buttons, forms, calls to action, cookie and
    copyright lines."""
    text = line.strip()
    if text[:4] in ("ALSO", "READ") and text.startswith(_SHOUTED_TEASERS):
        return True  # "ALSO READ Court junks the plea ...": a teaser, however long its title
    if text[:4] == "<!--" and text.endswith("-->") and "-->" not in text[4:-3]:
        return True  # an HTML comment a blog keeps in its source ("<!--more-->")
    # Counting spaces first spares splitting the many short paragraphs into words.
    too_long = len(text) > 15 * _MAX_CHROME_WORDS or (
        text.count(" ") >= _MAX_CHROME_WORDS and len(text.split()) > _MAX_CHROME_WORDS
    )
    if too_long and text[:3] in _NOTICE_STARTS and _is_long_notice(text):
        return True
    if too_long and not (len(text) <= _MAX_LEGAL_LENGTH and _opens_legal_notice(text)):
        return text[:3] in _CALL_STARTS and _is_long_call_to_action(text)
    lowered = text.lower()
    if not too_long and _is_chrome_phrase(text, lowered):
        return True
    if _is_hinted_chrome(text, lowered):
        return True
    chrome = _chrome_anywhere() if _ANYWHERE_HINT.search(lowered) else _anchored_chrome(lowered)
    return chrome.fullmatch(lowered) is not None


# Buttons and links that crawlers leave after a caption ("... Jane Doe/AP hide caption",
# "... REUTERS/Jane Doe Purchase Licensing Rights, opens new tab").
_caption_tail = on_first_use(
    r"[\s*]*\b(?:(?:hide|toggle|show) caption"
    r"|purchase licen[cs]ing rights(?:,? opens (?:in )?(?:a )?new (?:tab|window))?)[\s*]*$",
    re.IGNORECASE,
)


# The last words of those tails: a cheap test before the regex.
_CAPTION_TAIL_ENDS = ("caption", "rights", "tab", "window")
_BOLD = patterns.compile(r"\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*")  # not "*** ***": marks, no bold


def is_all_bold(text: str) -> bool:
    """Return True for a line that is Markdown bold from end to end ("**A** **B**")."""
    return text.startswith("**") and not _BOLD.sub("", text).strip(" *")


def unbolded(text: str) -> str:
    """Return ``text`` without its Markdown bold marks ("**A** **B**" -> "A B")."""
    return _BOLD.sub(r"\1", text).strip()


# Credits are short; matching only the end of a line keeps the caption search linear.
_CREDIT_WINDOW = 160


def _may_hold_credit(tail: str) -> bool:
    """Return False when no credit form can end ``tail`` (most paragraphs): a cheap test
    of the words every credit form holds, before the costly search."""
    return (
        "/" in tail
        or "Getty" in tail
        or "Photo" in tail
        or "Image" in tail
        or "Picture" in tail
        or "Credit" in tail
        or "Composite" in tail
        or "Illustration" in tail
        or "Source: " in tail
        or tail.rstrip(" .*").endswith((")", "]"))
        # Other languages' labels: substring tests, which are fast where an alternation
        # would be tried at every position.
        or "Foto" in tail
        or "Bild" in tail
        or "Ảnh" in tail
        or "Фото" in tail
        or "Crédit" in tail
        or "사진" in tail
        or "제공" in tail  # "provided by", after a Korean caption
        or "摄" in tail  # "photographed by", after a Chinese caption
        or "來源" in tail
        or "来源" in tail
        or "צילום" in tail
    )


# "Source:" credits a chart or a screenshot, but it also labels a URL line and closes
# paragraphs ("... the board said. Source: Harbour Board"): a caption before it must be
# short and one sentence, and a lone "Source: X" line is left to fields.read_credit.
_SOURCE_LABEL = "Source:"
_MAX_SOURCE_CAPTION = 100
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".” ", ".) ")


def read_caption(line: str, *, block_lines: Sequence[Line] = ()) -> tuple[str | None, str] | None:
    """Split a photo caption ending in a credit into (caption, credit), or return None.

    "Rescuers search the rubble in Kyiv. REUTERS/Jane Doe" -> ("Rescuers search the rubble
    in Kyiv.", "REUTERS/Jane Doe"). A line that is only a credit gives (None, credit).
    ``block_lines``: the lines of a block joined in ``line`` (see
    :func:`_credit_at_a_start`).
    """
    text = line.strip()
    if "**" in text:
        # Markdown bold from crawlers ("**Jane Roe/AP**"): markup only. Only pairs go, so
        # that a lone "***" stays text; before the tail, whose pattern eats asterisks.
        text = unbolded(text)
    elif len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1] not in "*_ ":
        text = text[1:-1]  # a caption in italics, as Markdown posts set it under a picture
    if text[-24:].rstrip(" *").lower().endswith(_CAPTION_TAIL_ENDS):
        text = _caption_tail().sub("", text).strip()
    if len(text) > 600:
        return None
    if "기자" in text[-60:]:
        # "사진=홍길동 기자 hong@example.co.kr": a Korean photographer's credit and address.
        text = _KOREAN_REPORTER_ADDRESS.sub("", text)
    if (
        "©" in text
        and (signed := _SIGNED_CREDIT.search(text)) is not None
        and " " in (caption := text[: signed.start()].strip())
        and "opyright" not in caption
        and not is_chrome(text)
    ):
        # "Le plateau de l'émission © France 5": the sign before the credit, no year (a
        # copyright notice's "© 2031 Outlet", "Copyright © Outlet", is chrome).
        return caption, signed["credit"]
    offset = max(0, len(text) - _CREDIT_WINDOW)
    if not _may_hold_credit(text[offset:]):
        return None
    match = _caption_credit().match(text, offset)
    if match is None:
        return None
    if offset and match.start("credit") == offset:
        return None  # the credit may begin before the window: too long to be one
    if len(block_lines) > 1 and text == line:
        match = _credit_at_a_start(text, match, _line_starts(block_lines))
        if match is None:
            return None
    caption = text[: match.start("credit")].strip() or None
    if caption is not None and caption.endswith(("Credit...", "Credit…")):
        caption = caption[: caption.rfind("Credit")].strip() or None  # the label, no colon
    credit = match["credit"].strip()
    if credit.startswith(_SOURCE_LABEL) and (
        caption is None
        or len(caption) > _MAX_SOURCE_CAPTION
        or any(end in caption for end in _SENTENCE_ENDS)
        # A full stop after the source ends a sentence with a label inside ("the plan on
        # Source: Reuters Tuesday."): a chart's source line has none.
        or (text.endswith(".") and not credit.endswith("."))
    ):
        return None
    if credit.startswith(("(", "[", "（")) and credit.endswith((")", "]", "）")):
        credit = credit[1:-1].strip()
    # Korean "/Outlet 제공", Chinese pages' "/CFP", Brazilian ones' "- JANE ROE/TV X".
    credit = credit.removeprefix("| ")  # "... 2031. | Photo Credit: Jane Roe"
    credit = _credit_label().sub("", credit).removeprefix("/").removeprefix("- ").strip()
    credit = credit.removesuffix(" 기자")  # "홍길동 기자": the photographer, "reporter"
    if credited := after_credit_word(credit):
        credit = credited  # "... Credit Jane Doe/Getty Images": the label, no colon
    credit = credit.removesuffix("摄").rstrip()  # "张三 摄": "photographed by 张三"
    return (caption, credit) if is_credit_value(credit) else None  # not "No image available"


_KOREAN_REPORTER_ADDRESS = patterns.compile(r"(?<=기자)\s+[\w.+-]+@[\w.-]+\.\w+$")


_SIGNED_CREDIT = patterns.compile(r"(?<=\S)\s+©\s?(?P<credit>(?!.*\b\d{4}\b)[^©.!?]{2,40})$")


def _line_starts(lines: Sequence[Line]) -> tuple[int, ...]:
    """Where the lines after the first start in their text joined by spaces."""
    starts, at = [], 0
    for line in lines[:-1]:
        at += len(line.text) + 1
        starts.append(at)
    return tuple(starts)


def _credit_at_a_start(
    text: str, match: re.Match[str], line_starts: tuple[int, ...]
) -> re.Match[str] | None:
    """In a block of several lines, a credit starts a line or follows the caption's
    sentence (or a bracket); one that starts inside another line ("... Trump-Putin Call By
    AFP Jan van Dijk/AFP") took part of that line: the credit is looked for again from
    the next line's start. Return the match, or None when no line gives one."""
    while True:
        at = match.start("credit")
        if at == 0 or at in line_starts or text[at] in "([" or _ends_caption(text[:at]):
            return match
        start = next((start for start in line_starts if start > at), None)
        if start is None:
            return None
        match = _caption_credit().match(text, start)
        if match is None:
            return None


# A caption's last character before its credit: a sentence's end, a quote's or a bracket's.
CAPTION_ENDS = (".", "!", "?", '"', "”", "’", ")", "]", "。")
_INITIAL_END = patterns.compile(r"(?:^|\s)[A-Z]\.$")  # "Jane K.": a name goes on


def _ends_caption(head: str) -> bool:
    head = head.rstrip()
    return head.endswith(CAPTION_ENDS) and _INITIAL_END.search(head) is None


# A wire picture's credit that a flattened page left between two sentences ("... flies
# over Washington.Jane Doe/AP The president said ..."): a name of capitalised words, a
# slash, the agency. Only after a sentence's end, and before a capital or the end.
_WIRE_PICTURES = ("AP", "AFP", "Reuters", "REUTERS", "Getty Images", "EPA", "Bloomberg", "TASS",
                  "Xinhua", "Shutterstock")  # fmt: skip
_GLUED_CREDIT = patterns.compile(
    r"(?<=[.!?\"”’)])\s?(?P<credit>(?:[A-Z][\w'’-]*\.? ){1,4}[A-Z][\w'’-]*"
    rf" ?/ ?(?:{'|'.join(_WIRE_PICTURES)})(?: Photo)?)(?=\s[A-Z\"“]|[A-Z]|$)"
)
# The slash and the agency's first word, as the cheap test looks for them.
_WIRE_PICTURE_PROBES = tuple(
    f"/{space}{agency.split()[0]}" for agency in _WIRE_PICTURES for space in ("", " ")
)


def find_glued_credit(text: str) -> str | None:
    """Return a picture's credit left between a paragraph's sentences, or None: a wire
    picture's ("... over Washington.Jane Doe/AP The ..."), or a labelled one in brackets
    after its caption ("... the award (Image: Jane Doe) Mr Roe said ...")."""
    if "(" in text and (labelled := _BRACKETED_CREDIT.search(text)) is not None:
        credit = labelled["credit"].split(" | ")[0].strip()  # "(Image: X | Event 2024)"
        if is_credit_value(credit):
            return credit
    if "/" not in text or not any(probe in text for probe in _WIRE_PICTURE_PROBES):
        return None  # the cheap test: most paragraphs hold no slash
    match = _GLUED_CREDIT.search(text)
    return match["credit"] if match else None


# "(Image: Jane Doe)", "(Picture: Harbour Board)", "(Photo: AFP)" inside the text.
_BRACKETED_CREDIT = patterns.compile(
    r"\((?:Image|Picture|Photo|Photograph|Pic|Foto|Bild|Фото)\s?:\s?(?P<credit>[^()]{2,80})\)"
)


# The label a credit opens with, dropped from it ("Photo credit: X" -> "X").
_credit_label = on_first_use(
    r"^(?:Featured )?(?:Image|Photo|Picture)s? via\s+|^(?:(?:Photo |Image )?"
    r"(?:Photograph(?:er)?|Photo|Image|Picture|Credit|Source|Composite|Illustration)s?"
    r"(?: credits?)?"
    r"|Ảnh|Foto|Bild|Фото|Crédit photo|Créditos?|צילום)\s?:\s*|^/?사진(?: ?제공)? ?= ?"
    r"|^(?:圖片來源|图片来源|照片來源|照片来源)\s*[:：]\s*"
)
