"""Page chrome and photo captions: lines that belong to the web page, not the article."""

from __future__ import annotations

import re

from .lexicon import CAPTION_CREDIT_PATTERNS, CHROME_PATTERNS

_CHROME = re.compile("(?:" + "|".join(CHROME_PATTERNS) + r")[\s.:!|»›>]*", re.IGNORECASE)
# Chrome is short; a long line that happens to start like chrome is prose.
_MAX_CHROME_WORDS = 20
# A name in a credit: words joined by spaces, where ". " may only follow an initial, so that
# the credit never swallows the end of the caption sentence before it.
_NAME = r"[\w'’-]+(?:(?: |(?<=\b[A-Z])\. )[\w'’-]+)*"
_CAPTION_CREDIT = re.compile(
    r"(?P<caption>.*?)\s*(?P<credit>"
    + "|".join(p.replace("NAME", _NAME) for p in CAPTION_CREDIT_PATTERNS)
    + r")\s*\.?\s*$"
)
_SENTENCE_WORDS = re.compile(r"[a-z]{3,}")


def is_chrome(line: str) -> bool:
    """Return True for navigation, ads, share buttons, cookie and copyright lines."""
    text = line.strip()
    if len(text.split()) > _MAX_CHROME_WORDS:
        return False
    return _CHROME.fullmatch(text) is not None


def read_caption(line: str) -> tuple[str | None, str] | None:
    """Split a photo caption ending in a credit into (caption, credit), or return None.

    "Rescuers search the rubble in Kyiv. REUTERS/Jane Doe" -> ("Rescuers search the rubble
    in Kyiv.", "REUTERS/Jane Doe"). A line that is only a credit gives (None, credit).
    """
    text = line.strip()
    if len(text) > 600:
        return None
    match = _CAPTION_CREDIT.match(text)
    if match is None:
        return None
    caption = match["caption"].strip() or None
    credit = match["credit"].strip()
    if credit.startswith(("(", "[")) and credit.endswith((")", "]")):
        credit = credit[1:-1].strip()
    credit = re.sub(r"^(?:Photograph|Photo|Image|Picture|Credit)s?:\s*", "", credit)
    return caption, credit
