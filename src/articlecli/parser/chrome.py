"""Page chrome and photo captions: lines that belong to the web page, not the article."""

from __future__ import annotations

import re

from .lexicon import CAPTION_CREDIT_PATTERNS, CHROME_PATTERNS

# One or more chrome phrases: scrapers glue menu items together ("Skip to contentSkip to
# navigation"). At most four: overlapping patterns make each repeat a fork, so an
# unbounded repeat could take exponential time on a line of repeated words.
_CHROME = re.compile("(?:(?:" + "|".join(CHROME_PATTERNS) + r")[\s.:!|»›>]*){1,4}", re.IGNORECASE)
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


def is_chrome(line: str) -> bool:
    """Return True for navigation, ads, share buttons, cookie and copyright lines."""
    text = line.strip()
    if len(text) > 15 * _MAX_CHROME_WORDS or len(text.split()) > _MAX_CHROME_WORDS:
        return False
    return _CHROME.fullmatch(text) is not None


# Buttons that crawlers leave after a caption ("... Jane Doe/AP hide caption").
_CAPTION_TAIL = re.compile(r"[\s*]*\b(?:hide|toggle|show) caption[\s*]*$", re.IGNORECASE)
# Credits are short; matching only the end of a line keeps the caption search linear.
_CREDIT_WINDOW = 160
# Every credit form holds one of these; most paragraphs hold none and skip the search.
_CREDIT_HINT = re.compile(r"[)\]][\s.*]*$|/|Getty|(?:Photograph|Photo|Image|Picture|Credit)s?:")


def read_caption(line: str) -> tuple[str | None, str] | None:
    """Split a photo caption ending in a credit into (caption, credit), or return None.

    "Rescuers search the rubble in Kyiv. REUTERS/Jane Doe" -> ("Rescuers search the rubble
    in Kyiv.", "REUTERS/Jane Doe"). A line that is only a credit gives (None, credit).
    """
    text = line.strip()
    if text.rstrip(" *").lower().endswith("caption"):  # cheap test before the regex
        text = _CAPTION_TAIL.sub("", text).strip()
    if "**" in text:
        text = text.replace("**", "").strip()  # Markdown bold from crawlers: markup only
    if len(text) > 600:
        return None
    offset = max(0, len(text) - _CREDIT_WINDOW)
    if not _CREDIT_HINT.search(text, offset):
        return None
    match = _CAPTION_CREDIT.match(text, offset)
    if match is None:
        return None
    if offset and match.start("credit") == offset:
        return None  # the credit may begin before the window: too long to be one
    caption = text[: match.start("credit")].strip() or None
    credit = match["credit"].strip()
    if credit.startswith(("(", "[")) and credit.endswith((")", "]")):
        credit = credit[1:-1].strip()
    credit = re.sub(r"^(?:Photograph|Photo|Image|Picture|Credit)s?:\s*", "", credit)
    return caption, credit
