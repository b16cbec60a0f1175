"""The outlet's own name where a person's or the headline's words belong: a page title's
suffix ("Budget passed - Mint") and an "author" that is the outlet ("Livemint"), as news
APIs and crawlers fill them. Told by the article's publication and its URL's host."""

from __future__ import annotations

import unicodedata

from .. import patterns
from ..model import domain_of
from .fields import split_title_suffix

# Labels of a host that name no outlet ("www.example.co.uk").
_HOST_NOISE = frozenset("www www1 m amp edition news com co org net uk in au ca info".split())
# A shorter outlet name than this must equal a host label or the publication: "BBC" in
# "bbc.co.uk"; longer, it may be a label's start or end ("Mint" in "livemint").
_MIN_PARTIAL = 4


def outlet_names(publication: str | None, url: str | None) -> list[str]:
    """Return the article's outlet names, squashed: its publication's, its URL's host's
    labels ("https://www.livemint.com/..." gives "livemint") and the host whole (a title's
    "- Harbourtimes.in")."""
    names = [_squash(publication)] if publication else []
    host = domain_of(url) or ""
    names.extend(label for label in host.split(".") if label not in _HOST_NOISE)
    if "." in host:
        names.append(_squash(host))
    return [name for name in names if name]


def names_outlet(text: str, outlets: list[str], *, partly: bool = False) -> bool:
    """Tell whether ``text`` ("Times of India") names one of ``outlets``; ``partly``: or
    the start or end of one ("Mint" for "livemint"), which only a title's suffix may do
    (a writer "Anna" is no "annapurnapost")."""
    squashed = _squash(text)
    if not squashed:
        return False
    return any(
        squashed == outlet
        or (
            partly
            and len(squashed) >= _MIN_PARTIAL
            and (outlet.startswith(squashed) or outlet.endswith(squashed))
        )
        for outlet in outlets
    )


# News aggregators: their feeds end every item's title in its outlet's name after " - "
# ("Budget passed - Coast Gazette"), and the item's link is the aggregator's own.
_AGGREGATOR_HOSTS = frozenset({"news.google.com"})
_MAX_OUTLET_WORDS = 6


def is_aggregator_link(url: str | None) -> bool:
    """Tell whether ``url`` is a news aggregator's link to an item (Google News's)."""
    return url is not None and "news.google." in url and domain_of(url) in _AGGREGATOR_HOSTS


def without_own_site(
    headline: str, outlets: list[str], *, aggregated: bool = False
) -> tuple[str, str | None]:
    """Split "Budget passed - Mint" into the headline and the site's name when the suffix
    names the article's own outlet, or, in an aggregator's item (``aggregated``), whatever
    outlet it names; else return the headline whole and None."""
    if aggregated:
        title, dash, site = headline.rpartition(" - ")
        if dash and title.strip() and 0 < len(site.split()) <= _MAX_OUTLET_WORDS:
            return title.strip(), site.strip()
    title, site = split_title_suffix(headline)
    if site is None or not title:
        return headline, None
    if not (names_outlet(site, outlets, partly=True) or _names_outlets_desk(site, outlets)):
        return headline, None
    return title, site


# A desk of the outlet named after it, in two words ("Yahoo Finance", "BBC Sport" on the
# outlet's site); longer, a suffix may name another outlet that shares the word.
_DESK_WORDS = 2


def _names_outlets_desk(site: str, outlets: list[str]) -> bool:
    words = site.split()
    return (
        len(words) == _DESK_WORDS
        and all(word[:1].isupper() for word in words)
        and names_outlet(words[0], outlets)
    )


def _squash(name: str) -> str:
    """ "The Times of India" -> "timesofindia": letters and digits, lower case, no "the",
    no accents ("HLAVNÉ SPRÁVY" -> "hlavnespravy", as the site's address spells it)."""
    folded = _NOT_ALNUM.sub("", name.casefold().removeprefix("the "))
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_NOT_ALNUM = patterns.compile(r"[\W_]+")
