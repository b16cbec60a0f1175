"""Quotations in body paragraphs: their spans and who said them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .. import patterns
from ..codes import code_of
from ..model import Diagnostic, Quote, Section
from ..patterns import longest_first, on_first_use
from .lexicon import ATTRIBUTION_ADVERBS, ATTRIBUTION_VERBS, SPEAKER_END_WORDS

# Opening mark -> the marks that close it.
_CLOSERS: dict[str, str] = {'"': '"', "“": "”", "«": "»", "„": "“”", "‟": "”"}
_MARKS = patterns.compile('["“”«»„‟]')
_QUOTE_CHARS = '"“”«»„‟'

_VERB = "(?:" + "|".join(sorted(ATTRIBUTION_VERBS, key=longest_first)) + ")"
_ADVERBS = "(?:(?:" + "|".join(sorted(ATTRIBUTION_ADVERBS)) + r")\s+)*"
# One word of a speaker: an abbreviation ("U.S.", "Mr."), or a word without punctuation.
_TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St"
_WORD = rf"(?:(?:[A-Z]\.)+|(?:{_TITLES})\.|[^\s.,;:!?{_QUOTE_CHARS}]+)"
_SPEAKER = rf"{_WORD}(?:\s+{_WORD}){{0,9}}"
_SHORT_SPEAKER = rf"{_WORD}(?:\s+{_WORD}){{0,7}}"

# An appositive between the speaker and the verb: `Jane Doe, the mayor, said`. News style
# puts one there often; the speaker is the phrase before it, as in `said Jane Doe, the mayor`.
_APPOSITIVE = rf"(?:,\s*[^,.!?;:{_QUOTE_CHARS}]{{1,80}},)?"

# After a closing mark: `, said the Kremlin.` (speaker after the verb).
_SAID_X = patterns.compile(rf"\s*,?\s*{_VERB}\s+(?!that\b)(?P<speaker>{_SPEAKER})", re.IGNORECASE)
# After a closing mark: `, the White House said.` (speaker before the verb).
_X_SAID = patterns.compile(
    rf"\s*,?\s*(?P<speaker>{_SHORT_SPEAKER}?){_APPOSITIVE}\s+{_ADVERBS}{_VERB}\b", re.I
)
# Before an opening mark, in the same sentence: `Putin also said an "essential"`.
_X_SAID_BEFORE = patterns.compile(
    # "^\s*": text between two quotes starts with a space; without it the leftmost match
    # would start after the "U." of `the U.S. State Department said, "...`.
    rf"(?:^\s*|[.!?;:,{_QUOTE_CHARS}]\s*|\b(?:and|but|while|as|when)\s+)"
    rf"(?P<speaker>{_SHORT_SPEAKER}?){_APPOSITIVE}\s+{_ADVERBS}{_VERB}\b[^.!?{_QUOTE_CHARS}]*$",
)


# Rare: compiled on first use, to keep start-up short.
_according_to = on_first_use(rf"\baccording to\s+(?P<speaker>{_SPEAKER})", re.IGNORECASE)


# How far back an attribution before a quote may start (keeps the search linear).
_LOOKBEHIND = 200


class _Span(NamedTuple):
    open_at: int  # index of the opening mark
    close_at: int  # index of the closing mark


def find_quotes(
    sections: Sequence[Section], paragraph_lines: Sequence[Sequence[int]] | None = None
) -> tuple[tuple[Quote, ...], list[Diagnostic]]:
    """Find every quoted span in the body, with its speaker, and warn on unbalanced marks.

    A paragraph that is only a quote and names no speaker continues the speaker of the
    paragraph before it. ``paragraph_lines[s][p]``, when given, is the input line of
    paragraph ``p`` of section ``s`` and locates the warnings.
    """
    quotes: list[Quote] = []
    warnings: list[Diagnostic] = []
    for s_index, section in enumerate(sections):
        previous_speaker: str | None = None
        for p_index, paragraph in enumerate(section.paragraphs):
            if not _has_marks(paragraph):
                previous_speaker = None  # most paragraphs quote no one: skip the work
                continue
            spans, balanced = _spans(paragraph)
            if not balanced:
                warnings.append(
                    Diagnostic(
                        code_of("unbalanced-quotes"),
                        f"unbalanced quotation marks in paragraph {p_index + 1} "
                        f"of section {s_index + 1}",
                        paragraph_lines[s_index][p_index] if paragraph_lines else None,
                    )
                )
            speakers = _speakers(paragraph, spans)
            if _only_quote(paragraph, spans) and speakers == [None]:
                speakers = [previous_speaker]
            found = [
                q
                for span, speaker in zip(spans, speakers, strict=True)
                if (q := _quote(paragraph, span, speaker, s_index, p_index))
            ]
            quotes.extend(found)
            previous_speaker = next((q.speaker for q in reversed(found) if q.speaker), None)
    return tuple(quotes), warnings


def _has_marks(paragraph: str) -> bool:
    """Tell whether ``paragraph`` holds any quotation mark: seven substring tests take a
    tenth of the time of one search for a character class (the classes that mix ASCII
    and other characters are the slow kind), and every paragraph is asked."""
    return (
        '"' in paragraph
        or "“" in paragraph
        or "”" in paragraph
        or "«" in paragraph
        or "»" in paragraph
        or "„" in paragraph
        or "‟" in paragraph
    )


def _spans(paragraph: str) -> tuple[list[_Span], bool]:
    spans: list[_Span] = []
    opener: str | None = None
    open_at = 0
    balanced = True
    for match in _MARKS.finditer(paragraph):
        mark = match.group()
        if opener is None:
            if mark in _CLOSERS:
                opener, open_at = mark, match.start()
            else:
                balanced = False  # a closing mark with nothing open
        elif mark in _CLOSERS[opener]:
            spans.append(_Span(open_at, match.start()))
            opener = None
    return spans, balanced and opener is None


def _quote(
    paragraph: str, span: _Span, speaker: str | None, section: int, index: int
) -> Quote | None:
    start, end = span.open_at + 1, span.close_at
    inner = paragraph[start:end]
    stripped = inner.rstrip().rstrip(",").rstrip()
    start += len(inner) - len(inner.lstrip())
    end = span.open_at + 1 + len(stripped)
    if end <= start:
        return None
    return Quote(paragraph[start:end], speaker, section, index, start, end)


def _only_quote(paragraph: str, spans: list[_Span]) -> bool:
    return (
        len(spans) == 1
        and spans[0].open_at == 0
        and not paragraph[spans[0].close_at + 1 :].strip(" .,;:!?")
    )


def _speakers(paragraph: str, spans: list[_Span]) -> list[str | None]:
    """Name the speaker of each span: its own attribution, else the paragraph's nearest."""
    direct = [_direct_speaker(paragraph, spans, i) for i in range(len(spans))]
    found = [(spans[i].open_at, s) for i, s in enumerate(direct) if s]
    according = (
        _according_to().search(_outside(paragraph, spans)) if "ccording" in paragraph else None
    )
    if according:
        found.append((according.start(), _clean(according["speaker"])))
    if not found:
        return direct
    return [
        s or min(found, key=lambda item: abs(item[0] - spans[i].open_at))[1]
        for i, s in enumerate(direct)
    ]


# What may come between a closing mark and the attribution: spaces and a comma.
_ATTRIBUTION_LEAD = " \t\n,"


def _direct_speaker(paragraph: str, spans: list[_Span], i: int) -> str | None:
    span = spans[i]
    next_open = spans[i + 1].open_at if i + 1 < len(spans) else len(paragraph)
    after = paragraph[span.close_at + 1 : next_open]
    # Both forms after a quote need two words at least (a verb and a speaker); most text
    # between two quotes of a run ('", said "') has fewer, and the patterns are costly.
    if len(after.lstrip(_ATTRIBUTION_LEAD).split(None, 1)) == 2:
        for pattern in (_SAID_X, _X_SAID):
            match = pattern.match(after)
            if match and match["speaker"].strip():
                return _clean(match["speaker"])
    previous_close = spans[i - 1].close_at + 1 if i else 0
    before = paragraph[max(previous_close, span.open_at - _LOOKBEHIND) : span.open_at]
    match = _X_SAID_BEFORE.search(before)
    if match and match["speaker"].strip():
        return _clean(match["speaker"])
    return None


def _outside(paragraph: str, spans: list[_Span]) -> str:
    """Return the paragraph with quoted text blanked out (same length, same offsets)."""
    chars = list(paragraph)
    for span in spans:
        chars[span.open_at : span.close_at + 1] = " " * (span.close_at + 1 - span.open_at)
    return "".join(chars)


def _clean(speaker: str) -> str:
    words = speaker.split()
    # "said Putin on Tuesday", "said the Kremlin in a statement": the phrase after the
    # speaker says when or where, not who. The first word is always kept ("In" is a name).
    for index, word in enumerate(words[1:], start=1):
        if word in SPEAKER_END_WORDS:
            del words[index:]
            break
    while words and words[-1].casefold() in ATTRIBUTION_ADVERBS:
        words.pop()
    return " ".join(words)
