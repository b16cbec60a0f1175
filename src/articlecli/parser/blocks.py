"""Clean text -> numbered lines and blank-line-separated blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..decode import BLOCK_BREAK, is_page_footer
from .chrome import is_chrome
from .fields import (
    is_heading_like,
    is_link_line,
    is_markdown_heading,
    lone_label,
    read_related_line,
)

# Lines longer than this are never hard-wrapped text: they are whole paragraphs.
_WRAP_LIMIT = 100


# Named tuples, not dataclasses: an article has dozens of lines and blocks, and a tuple
# is built several times faster than a frozen dataclass (the parser's hot path).
class Line(NamedTuple):
    """One non-blank input line, stripped, with its 1-based number."""

    number: int
    text: str


class Block(NamedTuple):
    """Consecutive non-blank lines that form one unit: a paragraph, heading or field.

    ``text`` is the lines joined by spaces, computed once (every reader asks for it);
    build blocks with :func:`block_of`.
    """

    lines: tuple[Line, ...]
    text: str

    @property
    def number(self) -> int:
        return self.lines[0].number


# Built with tuple.__new__ where the parser makes one per line or block: a named tuple's
# own constructor is a Python function, and the call costs more than the tuple.
_new = tuple.__new__


def block_of(lines: Sequence[Line]) -> Block:
    """Return the block of ``lines`` (one or more), with its joined text."""
    if len(lines) == 1:
        return _new(Block, ((lines[0],), lines[0].text))
    return _new(Block, (tuple(lines), " ".join(line.text for line in lines)))


def numbered_lines(text: str) -> list[Line]:
    """Return the non-blank lines of ``text``, stripped and with runs of spaces collapsed,
    with their line numbers. A line holding block breaks (:data:`BLOCK_BREAK`, where HTML
    had "</p><p>") gives one line per part, each numbered as the line, each a block."""
    lines = []
    broken = BLOCK_BREAK in text
    for number, raw in enumerate(text.split("\n"), start=1):
        if broken and BLOCK_BREAK in raw:
            # Rare: each part is a line of its own (read as one), numbered as the line.
            for part in raw.split(BLOCK_BREAK):
                lines.extend(_new(Line, (number, line.text)) for line in numbered_lines(part))
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        if "  " in stripped or "\f" in stripped or "\v" in stripped:
            stripped = " ".join(stripped.split())  # rare: split() is costly on long lines
        if stripped[-1] == "\\":
            stripped = _without_hard_break(stripped)
        lines.append(_new(Line, (number, stripped)))
    return lines


# Markdown closers a hard line break may follow: bold, italics, a code span.
_MARKUP_CLOSERS = ("*", "_", "`")


def _without_hard_break(line: str) -> str:
    """Drop a Markdown hard line break ("**Title**\\", "`By Jane Roe`\\"), and unwrap a
    line that is one code span; a backslash after text is kept (it may be the text's)."""
    if len(line) < 3 or not line[:-1].endswith(_MARKUP_CLOSERS):
        return line
    line = line[:-1].rstrip()
    if line[0] == line[-1] == "`" and "`" not in line[1:-1] and len(line) > 2:
        return line[1:-1].strip() or line
    return line


def group_blocks(lines: list[Line], *, broken: bool = False) -> list[Block]:
    """Group lines into blocks at blank lines, then split blocks that hold several units.

    A block of long lines is one paragraph per line (dumps that put no blank line between
    paragraphs). A block of short lines is hard-wrapped text: its lines join into one
    paragraph, except where a line ending a sentence stops well short of the wrap width.
    Headings and link lines ("Related article: ...", "Original url: ...") stay on their own.
    ``broken`` says that block breaks split lines into parts (see :func:`numbered_lines`).
    """
    runs: list[list[Line]] = []
    # A news archive's page footer that a PDF's text glued to the line it interrupted (split
    # off by decode.normalize_text) may stand mid-paragraph: the text goes on past it; the
    # footer is a block of its own, after the run it interrupted or before the run it opened.
    footers: list[tuple[int, Block]] = []  # each after the run of this index
    for line in lines:
        if runs and runs[-1][-1].number == line.number - 1:
            runs[-1].append(line)
        elif (
            broken
            and runs
            and runs[-1][-1].number == line.number
            and is_page_footer(runs[-1][-1].text)
        ):
            footer = runs[-1].pop()
            at = len(runs) - 1 if runs[-1] else len(runs) - 2
            footers.append((at, block_of((footer,))))
            runs[-1].append(line)
        else:
            runs.append([line])
    if not footers:
        return [block for run in runs for block in _split_run(run)]
    blocks = [footer for at, footer in footers if at < 0]
    for index, run in enumerate(runs):
        blocks.extend(_split_run(run))
        blocks.extend(footer for at, footer in footers if at == index)
    return blocks


def _split_run(run: list[Line]) -> list[Block]:
    if len(run) == 1:
        return [block_of(run)]
    width = max(len(line.text) for line in run)
    if width > _WRAP_LIMIT:
        wide = _wide_wrap_width(run)
        if wide is None:
            return _one_per_line(run)
        width = wide
    blocks: list[Block] = []
    current: list[Line] = []
    # Each distinct line is asked once whether it is chrome: a page repeats its buttons,
    # and a hostile run repeats one line thousands of times.
    chrome: dict[str, bool] = {}
    for index, line in enumerate(run):
        short = len(line.text) < 0.6 * width
        following = run[index + 1].text if index + 1 < len(run) else None
        if (
            (not current or (following is not None and current[-1].text.endswith(_ENDS)))
            and short
            and is_heading_like(line.text)
            and not (following and _is_cut_at(run, index + 1))
        ):
            # A heading inside wrapped text stays on its own; after a sentence's end and
            # before more text, a short line ends no wrapped paragraph: it heads the next.
            if current:
                blocks.append(block_of(current))
                current = []
            blocks.append(block_of((line,)))
            continue
        text = line.text
        if (
            is_link_line(text)
            or is_markdown_heading(text)
            or (text[0] == "[" and _is_tag(text))
            or (":" in text and read_related_line(text) is not None)  # "Related article: ..."
            # A page's button or notice on its line ("기사 공유하기", "Share") after other
            # lines: in scripts without capitals it looks like a wrapped sentence's next
            # line. (A line in lower case carries a sentence on: "... both sides went" /
            # "home".) Asked only inside a block, where a line would be joined; of a
            # narrow block ("We went home" / "Advertisement"), a line of a few words.
            or (
                (short or text.count(" ") < _MAX_NARROW_CHROME_SPACES)
                and current
                and not text[:1].islower()
                and _judged(chrome, text)
            )
        ):
            # A widget's count on the line above its label ("0" / "댓글") goes with it.
            count = current.pop() if current and current[-1].text.isdigit() else None
            if current:
                blocks.append(block_of(current))
                current = []
            blocks.append(block_of((line,) if count is None else (count, line)))
            continue
        current.append(line)
        ends = line.text.endswith(_ENDS)
        if ends and (
            short or _next_word_fits(line.text, following, width) or _is_bare_url(following)
        ):
            blocks.append(block_of(current))
            current = []
    if current:
        blocks.append(block_of(current))
    return blocks


def _judged(chrome: dict[str, bool], text: str) -> bool:
    """Whether ``text`` is chrome, asked once per distinct line of a run; a lone label
    ("By", "Updated") is not: its value is on the next line."""
    judged = chrome.get(text)
    if judged is None:
        judged = chrome[text] = lone_label(text) is None and is_chrome(text)
    return judged


# A line of chrome in a block of short lines has a few words ("Share this story").
_MAX_NARROW_CHROME_SPACES = 3


# How a wrapped paragraph's last line may end.
_ENDS = (".", "!", "?", '"', "”", ":")


# Text wrapped wider than the usual columns (a scraper's own wrap at 110 or 120), told by
# its lines: most run near the width and stop mid-sentence, where paragraphs a line each
# end their sentences.
_WIDE_WRAP_LIMIT = 140
_MIN_WIDE_WRAP_LINES = 4
_WRAPPED_SHARE = 0.8  # of the width, the length of most lines of wrapped text


def _wide_wrap_width(run: list[Line]) -> int | None:
    """The width ``run`` is wrapped at, when it is text wrapped wide; else None. The width
    is what three lines in four stay within: a line the wrap missed (a long link, the
    dump's last line run on) does not set it."""
    lines = [line.text for line in run[:-1]]  # the last line of a paragraph may be short
    if len(lines) < _MIN_WIDE_WRAP_LINES:
        return None
    width = sorted(map(len, lines))[len(lines) * 3 // 4]
    if width > _WIDE_WRAP_LIMIT:
        return None
    full = [text for text in lines if len(text) >= _WRAPPED_SHARE * width]
    # Of the lines that run to the width, wrapped text stops most mid-sentence; a paragraph
    # a line ends each ("... a historic step.»"). Headings are short: not counted.
    unfinished = sum(not text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS) for text in full)
    return width if 2 * len(full) > len(lines) and 2 * unfinished > len(full) else None


# Marks that may close a sentence: "“" and "‘" close German quotes („...“), "«" Danish ones.
_CLOSERS = "\"'”’»)]“‘«"


def _is_tag(line: str) -> bool:
    """A word in brackets alone ("[ad_1]", "[caption]"): a blog's shortcode, never part of
    a wrapped sentence."""
    return line[0] == "[" and line[-1] == "]" and " " not in line


def _is_bare_url(line: str | None) -> bool:
    """A URL alone on its line: after a sentence, a link of its own (a digest item's), not
    the end of a wrapped one."""
    return line is not None and line.startswith(("http://", "https://")) and " " not in line


def _one_per_line(run: list[Line]) -> list[Block]:
    """Each line of a run with long lines is a paragraph of its own, except lines that
    carry on a sentence the line before left unfinished."""
    blocks: list[Block] = []
    start = 0
    for index in range(1, len(run) + 1):
        if index < len(run) and _is_cut_at(run, index):
            continue
        blocks.append(_joined_block(run[start:index]))
        start = index
    return blocks


_MAX_LINK_WORDS = 3


def _is_cut_at(run: list[Line], index: int) -> bool:
    """Tell whether the line at ``index`` carries on the one before it: directly, or as a
    short link text ("Northgate Capital") that the next line carries on in turn."""
    before, line = run[index - 1].text, run[index].text
    if _carries_on(before, line):
        return True
    return (
        index + 1 < len(run)
        and not before.endswith(_SENTENCE_ENDS)
        and line.count(" ") < _MAX_LINK_WORDS
        and _carries_on(line, run[index + 1].text)
    )


# Words no sentence or heading stops on: a line ending in one was cut off mid-sentence.
# Not "in", "on", "for": headings end in them ("Élysée weighs in", "What to watch for").
_RUN_ON_WORDS = frozenset("a an the of and or".split())
_SENTENCE_ENDS = (".", "!", "?", '"', "”", ":", "…")
_GLUED_STARTS = frozenset("),.;:%]")  # no space before these where a line is cut
_OPENERS = ("(", "[")


def _carries_on(line: str, following: str) -> bool:
    """Tell whether ``following`` carries on the sentence ``line`` left unfinished.

    Pages that print each link on a line of their own cut their sentences there: "stocks
    like Harbor (" / "HSC" / ") fell", "Analysts at" / "Northgate Capital" / "said ...".
    A heading is followed by a capitalised sentence, so it is never carried on.
    """
    if line.endswith(_SENTENCE_ENDS) or following[:2] == "..":  # "...And hockey": a title
        return False
    if is_link_line(line) or is_link_line(following):
        return False  # "Related article: ..." lines stand alone
    if following[0] in _GLUED_STARTS or line.endswith(_OPENERS) or following in _OPENERS:
        return True
    first_word = following.split(" ", 1)[0]
    if first_word.isalpha() and first_word.islower():  # not "iPhone", "eBay"
        return True
    return line.rpartition(" ")[2] in _RUN_ON_WORDS


def _joined_block(lines: list[Line]) -> Block:
    """The block of ``lines``, joined as the sentence they were cut from: with no space
    inside brackets or before a comma ("Harbor (HSC), Kestrel")."""
    if len(lines) == 1:
        return block_of(lines)
    text = lines[0].text
    for line in lines[1:]:
        glued = text.endswith(_OPENERS) or line.text[0] in _GLUED_STARTS
        text = f"{text}{line.text}" if glued else f"{text} {line.text}"
    return _new(Block, (tuple(lines), text))


def _next_word_fits(line: str, following: str | None, width: int) -> bool:
    """Return True when the next line's first word would have fitted on ``line``.

    A wrapper breaks a line only when the next word does not fit, so a sentence end
    followed by room for the next word is a break the writer made: a paragraph end.
    ``width`` is the longest line, never more than the wrap width, so the test is safe.
    """
    if following is None:
        return False
    return len(line) + 1 + len(following.split(" ", 1)[0]) <= width
