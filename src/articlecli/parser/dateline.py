"""Newswire datelines that open the first paragraph: "MOSCOW, Feb 10 (Reuters) -"."""

from __future__ import annotations

from typing import NamedTuple

from .. import patterns
from .lexicon import AGENCIES

# PLACE[, Region][, Mon DD] [(Agency)] dash. The place is either ALL CAPS ("KYIV, Ukraine —")
# or followed by an agency in parentheses ("Marseille, France (CNN) --"); without one of
# those two signals a capitalised phrase and a dash is just prose.
_DATELINE = patterns.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?: ?\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    # A dash ends the dateline; after an agency the text may follow with no dash or space,
    # as in the CNN/Daily Mail corpus ("Marseille, France (CNN)The prosecutor ...").
    # Older AP wire copy sets the dash as " _ ".
    r"(?:(?P<dash> ?(?:--|—|–|-|_) +)|(?<=\))(?=[A-Z\"“‘']))"
)


class Dateline(NamedTuple):
    """A dateline read off the start of a paragraph."""

    place: str
    agency: str | None
    rest: str  # the paragraph without the dateline


def read_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline that opens ``paragraph``, or None.

    >>> read_dateline("WASHINGTON (CNN) -- The Senate voted.")
    Dateline(place='WASHINGTON', agency='CNN', rest='The Senate voted.')
    """
    match = _DATELINE.match(paragraph)
    if match is None or not match.end() < len(paragraph):
        return None
    place, agency = match["place"], match["agency"]
    first_word = place.split(",")[0].split()[0]
    all_caps = first_word.isalpha() and first_word.isupper() and len(first_word) >= 3
    if agency is None and (not all_caps or place.casefold() in AGENCIES):
        return None  # "CNN — ...": an agency whose place was lost is no place
    if match["dash"] is None and agency.casefold() not in AGENCIES:
        return None  # "Harbour (Town)Then": glued text is a dateline only for a known agency
    return Dateline(place, agency.strip() if agency else None, paragraph[match.end() :])
