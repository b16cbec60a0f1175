"""Plain text -> records: the boundary rules :mod:`articlecli.split` applies to text input.

Plain-text boundaries (checked per line, cheapest test first):

1. A form feed splits wherever it is, even mid-line.
2. A marker line (:data:`MARKER_WORDS` between runs of 3+ ``-=*#_~<>[]+`` characters,
   e.g. ``---END OF ARTICLE---``, ``<<<ARTICLE>>>``, ``### ARTICLE 12 ###``) is a
   boundary wherever it stands; the marker line belongs to no article. So is a line that
   is only the opening or closing words of a record (:data:`BARE_MARKERS`: ``Begin
   record``, ``EndRecord``, ``End of document``), without decoration, and a numbered
   record's label alone with its colon (``Article 3:``, ``Story 12:``, ``Article Number:
   3``), and an archive's numbered item as a Markdown heading over its labels (``## 2.
   Title`` / ``**Source:** ...``, first or next in the count). A numbered label
   as a Markdown heading (``### Item 2``) is one where a record starts, or where it
   follows the record's own (``### Item 1``, then ``### Item 2``); anywhere else it may be
   a section's heading (``## Article 5`` of a treaty) and stays text. A digest's section
   name between decorations (``--- TECHNOLOGY ---``), alone between blank lines, opens
   the next record and is its first line.
3. A rule line (3+ of one of ``- = * _`` and nothing else) standing alone between blank
   lines (or the input's edges) is a boundary and belongs to no article. Except in a
   Markdown article, where ``-``, ``*`` and ``_`` rules are thematic breaks: there a rule
   is a boundary only when an H1 (``# Title``) follows it. A record is Markdown once it
   opened with front matter or showed an ATX heading, ``**bold**`` or a ``](link)``.
   ``=`` rules mean nothing in Markdown when standing alone, so they always split.
   Two more rules split though they touch text: a long rule (:data:`MIN_CLOSING_RULE`
   characters) right under a line that ends a sentence, with a blank line or the end
   after it, which dumps print to close each record (a setext underline sits under a
   title, which ends in no full stop); outside Markdown, a rule whose next line is a
   URL, the way some crawls open each record ("-----", then "https://... Title"); a long
   rule between records whose first lines open with the same symbol ("📰 Title", a
   digest's marks); and a rule on the input's last line.
4. YAML front matter (``---``, then ``key: value`` lines, then ``---`` within
   :data:`MAX_FRONT_MATTER` lines) opens an article: at the top of a record it is just
   taken in (its fences are not rules), and after text it starts a new article, which is
   how ``cat *.md`` of front-matter files splits.
5. Labelled records: a record whose first two lines are labels (``Media Name - X`` /
   ``URL - Y``, ``Softtitle: X`` / ``Publisher: Y``) ends where its first label comes
   back at a line start followed by another label line; a title's label (``Title:``,
   ``Titulo:``) also after a blank line, or right under another (a list of titles, a
   record a line). A spreadsheet's column of such records, a record a quoted cell
   (``"Date: ...`` / ``Title: ...`` / ``Text: ..."``), is read without the cells'
   quotes (its records are then not the input's lines as they were). Also numbered
   titles (``2. Title``, ``2) Title``), a feed's ``# Title`` entries and a news API's
   list lines (``Title - Source - https://...``).
6. The seed trailer ``Original url: ...`` ends an article (the line is part of it) once
   the article has body text: a block of three words or more ending in a full stop, not
   counting the headline's line. Headlines end in "?", "!" or no mark, bylines, dates and
   credits in no mark, so a URL among the header lines does not split. So does a URL
   alone under its label alone (``url:`` / ``https://...``), as digests end each story.
7. Stories spaced wider than their paragraphs: after two blank lines or more, a title
   alone over a paragraph (a blank line between) opens the next story when the record so
   far opened the same way, holds a story and had no such gap inside it. A title has six
   words at least (a section's heading fewer) and ends no sentence.
8. Titles over stories of one line each, a blank line between all: a title opens the next
   story when the record so far is a title over one such story (a hundred words on one
   line) and the title stands over another, with the end or the next title under it.

Each record comes out as a :data:`Piece`, its text (trimmed of blank lines), the input
line of its first line and whether it is a cover page (the request details a news
archive's export prints above "1 of 12 DOCUMENTS"); :mod:`articlecli.split` makes it a
``Record``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from . import patterns
from .decode import sequence_parts
from .lines import Lookahead, clean, is_rule_line, trimmed
from .patterns import on_first_use
from .recordlabels import (
    ARCHIVE_DOCUMENT,
    TITLE_LABELS,
    Numbered,
    follows,
    is_counter,
    is_dump_title,
    is_opener,
    is_section_marker,
    read_document_count,
    read_linked_title,
    read_listed_story,
    read_numbered,
    read_numbered_title,
)

# Lines a quoted cell of labelled lines may run over (see PlainSplitter._unquoted).
_MAX_CELL_LINES = 60
# Blank lines that may stand between one-line records (a printout's rows, spaced out).
_MAX_BLANKS_BETWEEN_RECORDS = 3
# Blank lines that may stand between a record's closing rule and the next record's label.
_MAX_BLANKS_UNDER_RULE = 1
# One record of plain text: (text, input line of its first non-blank line, whether it is
# an export's cover page, which holds no article, whether its text is the input's lines
# as they were).
Piece = tuple[str, int, bool, bool]

# Phrases of marker lines, between decoration runs ("---END OF ARTICLE---"). An optional
# number may follow ("### ARTICLE 12 ###"). Compared case-insensitively.
MARKER_WORDS: tuple[str, ...] = (
    "end of article", "end of the article", "end article", "article end", "end of story",
    "end of document", "end", "article", "new article", "next article", "start of article",
    "begin article", "article start", "story", "document", "doc",
)  # fmt: skip
# Lines that open or close a record on their own, without decoration, compared in lower
# case without spaces, dashes or underscores ("Begin record", "END_RECORD", "EndDocument").
# Only words of a dump's bookkeeping: "End", "The End" or "END OF ARTICLE" alone may be
# the story's own last line, and stay text (see MARKER_WORDS for their decorated forms).
BARE_MARKERS: frozenset[str] = frozenset(
    f"{edge}{of}{unit}"
    for edge in ("begin", "start", "end")
    for of in ("", "of", "off")  # "Start off Document": as some scripts spell it
    for unit in ("record", "document", "dokument")  # German's spelling too
)
_BARE_MARKER_STARTS = frozenset("BbSsEe")
_MAX_BARE_MARKER = max(map(len, BARE_MARKERS)) + 6
# The first letters of numbered record labels (recordlabels.py), in any language: a cheap
# test before the patterns.
_LABEL_STARTS = frozenset("#AaSsIiRrEeNnPpDd") | frozenset("СсНнт기記新文第খ")
# Characters that decorate marker lines; a marker needs a run of 3+ on each side.
MARKER_DECORATION = "-=*#_~<>[]+"
# Markers are short; longer lines skip the regex entirely.
MAX_MARKER_LENGTH = 80
# Characters a rule line is made of.
RULE_CHARS = "-=*_"
# A rule this long right under a sentence closes a record (see the module docstring).
MIN_CLOSING_RULE = 20
_URL_OPENINGS = ("http://", "https://")
# A front-matter block must close within this many lines, or it is not front matter.
MAX_FRONT_MATTER = 1000
# Lines to look past blank lines for the H1 that makes a Markdown rule a boundary.
MAX_BLANKS_BEFORE_H1 = 3

_DECORATION = f"[{re.escape(MARKER_DECORATION)}]{{3,}}"
_MARKER_PHRASES = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in MARKER_WORDS)


# Compiled on first use: only lines of decoration characters need it.
_marker = on_first_use(
    rf"{_DECORATION}[ \t]*(?:{_MARKER_PHRASES})"
    rf"(?:[ \t]*(?:#|no\.?)?[ \t]*\d+)?[ \t]*{_DECORATION}",
    re.IGNORECASE,
)


_TRAILER = patterns.compile(r"original[\s_-]*url\s*:\s*\S", re.IGNORECASE)
_ARCHIVE_DOCUMENT = patterns.compile(ARCHIVE_DOCUMENT, re.IGNORECASE)
# "Media Name - X", "URL - Y", "Softtitle: Z": 1-4 words, then ":" or a spaced dash.
_LABEL = patterns.compile(
    r"(?:\*\*)?([^\W\d_]\w*(?: [^\W\d_]\w*){0,3})"
    r"(?:[ \t]*[:：](?:\*\*)?|\*\*[:：]| ?-(?= |$))"
)  # "Source   : X" too: reports pad their labels; "**Source:** X" in Markdown bold
_DIGITS = frozenset("0123456789")
_YAML_KEY = patterns.compile(r"[A-Za-z_][\w-]*(?: [\w-]+){0,3}:(?: |$)")
_ATX = patterns.compile(r"#{1,6}(?: |$)")
_TIME_END = patterns.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
# Closing marks that may follow the full stop of a sentence: straight and curly quotes, a
# guillemet, a bracket, and the marks that close German and Polish quotes („...“, ‚...‘).
_CLOSERS = "\"'\u201d\u2019\u00bb)\u201c\u2018"


class PlainSplitter:
    """The plain-text boundary rules (see the module docstring), one line at a time."""

    def __init__(self, source: Lookahead, replay: list[str]) -> None:
        self.source = source
        self.replay = replay  # input lines 1, 2, ... already read while detecting
        self.lines: list[str] = []  # the record so far (no leading blank lines)
        self.first = 0  # input line of its first line
        self.after_blank = True  # the line before was blank, or a boundary
        self.has_body = False  # body text seen: the trailer may end the record
        self.block_words = 0  # words in the current blank-line-separated block so far
        self.opened = False  # a line other than front matter seen
        self.markdown = False
        self.key: str | None = None  # first label of a labelled record
        self.sentence_ended = False  # the last content line ended a sentence
        # ("item", 1, True) when the record opened with a numbered label ("### Item 1").
        self.numbered: Numbered | None = None
        self.item_number: int | None = None  # of the last numbered title ("2. Title")
        self.close_next = False  # the record is one line, closed by the next line
        self.counted = False  # a document count ("1 of 12 DOCUMENTS") was seen
        self.blank_run = 0  # blank lines right before this line
        self.url_opened = False  # a record opened with its URL alone (a crawl's page)
        self.wide_gaps = 0  # runs of blank lines (two or more) inside the record
        self.quoted = False  # inside a quoted cell of labelled lines (see _unquoted)
        self.verbatim = True  # the record's text is the input's lines as they were

    def run(self) -> Iterator[Piece]:
        """Yield the records of the rest of the input."""
        # One line closes at most one record, so the per-line step returns it rather than
        # being a generator: this loop runs once per input line.
        for number, line in enumerate(self.replay, start=1):
            if (record := self._line(line, number)) is not None:
                yield record
        source = self.source
        for line in source:
            if "\f" in line:
                yield from self._form_feeds(line, source.number)
            elif line[:1] == '"' or self.quoted:
                if (record := self._quoted_line(line, source.number)) is not None:
                    yield record
            elif (record := self._line(line, source.number)) is not None:
                yield record
        if (record := self._end()) is not None:
            yield record

    def _form_feeds(self, line: str, number: int) -> Iterator[Piece]:
        parts = line.split("\f")
        for index, part in enumerate(parts):
            if index and (record := self._end()) is not None:
                yield record
            if (record := self._line(part, number)) is not None:
                yield record

    def _quoted_line(self, line: str, number: int) -> Piece | None:
        """Take a line that may be a quoted cell's (see :meth:`_unquoted`)."""
        unquoted = self._unquoted(line)
        record = self._line(unquoted, number)
        if unquoted != line:
            self.verbatim = False  # the record that holds the line, after any it closed
        return record

    def _line(self, line: str, number: int) -> Piece | None:
        """Take one input line; return the record it closes, if any."""
        stripped = clean(line)
        if not stripped:
            if self.lines:
                self.lines.append(line)
            self.after_blank = True
            self.block_words = 0
            self.blank_run += 1
            return None
        blank_run, self.blank_run = self.blank_run, 0
        head = stripped[0]
        if head in MARKER_DECORATION and _is_marker(stripped):
            return self._end()
        if head in MARKER_DECORATION and self._is_section_line(stripped):
            # "--- TECHNOLOGY ---": a digest's section opens the next record, its first line.
            record = self._end()
            self._append(line, stripped, number)
            return record
        if head in _BARE_MARKER_STARTS and _is_bare_marker(stripped):
            return self._end()
        if head in _LABEL_STARTS and is_opener(stripped):
            return self._end()
        if head in _DIGITS and (count := read_document_count(stripped)) is not None:
            # "1 of 12 DOCUMENTS": a news archive's export; what precedes the first is the
            # export's cover (who asked, when, for what). Exports joined in one file count
            # from 1 again: a document precedes those.
            cover = count == 1 and not self.counted
            self.counted = True
            return self._end(cover=cover)
        if head in _LABEL_STARTS and (numbered := self._numbered(stripped)) is not None:
            # A heading's label belongs to no record; a bare one may be a title, and stays.
            record = self._end() if numbered[2] or self.lines else None
            if not numbered[2]:
                self._append(line, stripped, number)
            self.numbered = numbered
            return record
        if not self.lines and is_rule_line(stripped) and stripped != "---":
            return None  # a rule opening a record ('""""""""', "════"): decoration only
        if head in RULE_CHARS:
            if (
                stripped == "---"
                and not self._rules_labelled_records()
                and self._front_matter_ahead()
            ):
                record = self._end()
                self._take_front_matter(line, number)
                return record
            if self._is_boundary_rule(stripped) or self._is_closing_rule(stripped):
                return self._end()
        record = None
        if self.close_next:
            record, self.close_next = self._end(), False  # after a one-line record
        if not self.has_body and self._is_one_line_record(head, stripped):
            record = self._end() or record
            self._append(line, stripped, number)
            self.close_next = True
            return record
        if (not self.has_body and self._opens_next_pair(stripped)) or (
            self._opens_next_linked_item(stripped)
        ):
            # "Title" / "https://..." pairs, a story each: a feed reader's list of links.
            record = self._end() or record
        elif self.key is not None and self._next_labelled_record(stripped):
            record = self._end()
        elif self.key is not None and self._counts_next_labelled_record(stripped):
            record = self._end()  # "2" / "Title: ...": the number opens the next record
        elif (
            item := self._numbered_title(stripped)
            if head in _DIGITS or head == "["
            else self._numbered_heading(stripped)
            if head == "#"
            else None
        ) is not None:
            # "2. Title", "[2] Title", "## 2. Title" over its labels.
            record = self._end() if self.lines else None
            self.item_number = item
        elif (
            self._opens_next_story(head, stripped)
            or (
                head in "hH"
                and blank_run >= _MIN_BLANKS_OVER_URL
                and self._opens_with_url(stripped)
            )
            or (blank_run == 1 and len(self.lines) <= 4 and self._opens_titled_line_story(stripped))
        ):
            record = self._end()
        elif blank_run >= _MIN_BLANKS_BETWEEN_SPACED and self.lines:
            if self._opens_spaced_story(stripped):
                record = self._end()
            else:
                self.wide_gaps += 1
        self._append(line, stripped, number)
        if head in "Oo" and self.has_body and _TRAILER.match(stripped):
            return self._end()  # a new record never has body yet, so `record` is None
        if head in "Dd" and self.has_body and _ARCHIVE_DOCUMENT.fullmatch(stripped):
            return self._end()  # a news archive's id closes its document (Factiva)
        if head in "Hh" and self.has_body and self._closes_with_link(stripped):
            return self._end()
        if len(self.lines) == 1 and stripped.count(" ") >= _MIN_ARTICLE_LINE_SPACES:
            # A whole story on one line, and the next line another: a story a line (no
            # paragraph of a story runs this long twice in a row).
            self.close_next = self._long_line_follows()
        return record

    def _opens_with_url(self, stripped: str) -> bool:
        """Tell whether a URL alone, after a story and blank lines, opens the next record:
        a crawl's pages each under its address ("https://..." / "" / the page's text), as
        a record of the input opened (a URL under stories that open otherwise is theirs)."""
        following = self.source.peek()
        if not (
            self.has_body
            and _is_bare_url(stripped)
            and self.url_opened
            and following is not None
            and not clean(following)
        ):
            return False
        page = self._next_text(_MAX_BLANKS_BETWEEN_RECORDS, start=2)
        # A rule or a marker under it closes the story it ends: the URL is that story's.
        return page is not None and not is_rule_line(page) and not _is_marker(page)

    def _long_line_follows(self) -> bool:
        """The next line with text (up to two blank lines on) is a story's length too."""
        following = self._next_text(_MAX_BLANKS_BETWEEN_LINES)
        return following is not None and following.count(" ") >= _MIN_ARTICLE_LINE_SPACES

    def _unquoted(self, line: str) -> str:
        """A line of a spreadsheet's cell that holds a labelled record, one a cell, the
        cell's quotes around its lines ('"Date: 2015.04.05' / "Title: ..." / 'Text: ...."'):
        the line without the cell's quotes, its doubled quotes single, so that the record's
        first label opens its line. Any other line is returned as it is."""
        if not self.quoted:
            if line.count('"') % 2 == 0 or not _is_field_label(line[1:]):
                return line  # a quotation, or a cell closed on its line
            following = self._next_text(0)
            if following is None or not _is_field_label(following.lstrip('"')):
                return line  # one labelled line in quotes: no record of labels
            if not self._cell_closes():
                return line  # a quotation that opens with a label's word
            self.quoted = True
            return line[1:].replace('""', '"')
        if _closes_cell(line):
            self.quoted = False  # the cell's closing quote
            return line.rstrip()[:-1].replace('""', '"')
        return line.replace('""', '"')

    def _cell_closes(self) -> bool:
        """Tell whether a line ahead closes a quoted cell: it ends with its closing quote."""
        for distance in range(1, _MAX_CELL_LINES + 1):
            line = self.source.peek(distance)
            if line is None:
                return False
            if _closes_cell(line):
                return True
        return False

    def _next_text(self, blanks: int, start: int = 1) -> str | None:
        """The next line with text from ``start`` lines on, cleaned, when at most ``blanks``
        blank lines stand before it; else None."""
        for distance in range(start, start + blanks + 1):
            line = self.source.peek(distance)
            if line is None:
                return None
            if stripped := clean(line):
                return stripped
        return None

    def _opens_next_story(self, head: str, stripped: str) -> bool:
        """Tell whether a line opens the next story of a dump whose stories open alike:
        a feed's "# Title" entry, a title in brackets as the first story's ("[Drones
        map wetlands]"), or a title over a datelined story after a story's end."""
        if (
            head == "#"
            and self.lines
            and (self._is_feed_entry(stripped) or self._is_listed_story(stripped))
        ):
            return True
        if (
            head == "["
            and self.after_blank
            and self.lines
            and _is_bracketed_title(stripped)
            and _is_bracketed_title(clean(self.lines[0]))
        ):
            return True
        # Stories run together: a title over a datelined story, or a date over a title,
        # after a story's end.
        if not (self.sentence_ended and self._after_story()):
            return False
        return self._opens_datelined_story(stripped) or self._is_date_over_title(stripped)

    def _opens_spaced_story(self, stripped: str) -> bool:
        """Tell whether a title after two blank lines or more opens the next story of a dump
        that spaces its stories wider than their paragraphs: the record so far opened the
        same way (a title alone, then a blank line), has a story, and no wide gap inside;
        the title stands alone over a paragraph. (A section's heading is short.)"""
        if not self.has_body or self.wide_gaps or not _is_spaced_title(stripped):
            return False
        if (
            len(self.lines) < 2
            or clean(self.lines[1])
            or not _is_spaced_title(clean(self.lines[0]))
        ):
            return False
        following = self.source.peek()
        lead = (
            self._next_text(1, start=2) if following is not None and not clean(following) else None
        )
        return lead is not None and lead.count(" ") >= _MIN_SPACED_LEAD_SPACES

    def _opens_titled_line_story(self, stripped: str) -> bool:
        """Tell whether a title opens the next story of a dump of titles over stories of
        one line each, a blank line between all: the record so far is a title, a blank
        line and a story on one line; the title stands over another such story. (A
        section's paragraph is never that long twice in a row.)"""
        lines = [clean(line) for line in self.lines]
        if len(lines) < 3 or lines[1] or any(lines[3:]) or not _is_line_story(lines[2]):
            return False
        if not (_is_line_story_title(lines[0]) and _is_line_story_title(stripped)):
            return False
        following, story = self.source.peek(), self.source.peek(2)
        if following is None or clean(following) or story is None:
            return False
        if not _is_line_story(clean(story)):
            return False
        # Under that story, the end or the next title: no more of a section.
        after = self.source.peek(3)
        if after is None:
            return True
        next_title = self._next_text(1, start=4)
        return not clean(after) and (
            self.source.peek(4) is None
            or (next_title is not None and _is_line_story_title(next_title))
        )

    def _after_story(self) -> bool:
        """The record so far holds a story's text: a body, or a first line that is a
        paragraph (a story without a headline, on one line)."""
        if self.has_body:
            return True
        return len(self.lines) == 1 and clean(self.lines[0]).count(" ") >= _MIN_STORY_SPACES

    def _is_date_over_title(self, stripped: str) -> bool:
        """Tell whether a date line with its year, perhaps after the section's name
        ("Politics 17:49, 07-Dec-2017"), stands over a title: the next story's first line,
        in a dump whose pages print the date above the headline. An update's time ("Updated
        ...") stands under a title, never over the next."""
        if len(stripped) > _MAX_DATE_LINE or _YEAR.search(stripped) is None:
            return False  # the cheap tests: most lines are longer, or name no year
        if (label := _LABEL.match(stripped)) is not None and _names_a_field(label[1]):
            return False  # "Date: ...", a labelled record's field, closing the record
        following = self._next_text(0)  # the title right under it
        if (
            following is None
            or not following[:1].isupper()
            or len(following) > _MAX_RUN_ON_TITLE
            or _ends_sentence(following)
        ):
            return False
        from .parser.bylinedate import read_sectioned_date
        from .parser.dates import read_date_line

        date_line = read_date_line(stripped)
        if date_line is not None:
            return date_line.field == "date" and date_line.value is not None
        return read_sectioned_date(stripped) is not None

    def _opens_datelined_story(self, stripped: str) -> bool:
        """Tell whether a title, after a story's last sentence, is the next story's: its
        text (under a deck line or two) opens with a dateline ("Storm Closes Pass" /
        "Greenvale, Feb. 3 -- A late storm ..."), or a date line stands under it ("Storm
        Closes Pass" / "Coast Daily" / "09:15, 05-May-2031"), in a dump that runs stories
        together."""
        if (
            len(stripped) > _MAX_RUN_ON_TITLE
            or not stripped[0].isupper()
            or _ends_sentence(stripped)
            or "://" in stripped  # a link line ("Original url: https://..."), no title
            or _OPENS_WITH_DATE.match(stripped) is not None  # "April 16, 2025e-Paper"
        ):
            return False
        from .parser.dateline import read_dateline  # only for a title-like line after a story
        from .parser.dates import read_date_line

        titles = 1
        # A date line under the title opens a story: no field's label opens the title
        # ("Related article: ...", not "Minister: talks will resume"), nothing long stands
        # between.
        label = _LABEL.match(" ".join(stripped.split()))  # tabs for spaces too
        dated = label is None or not _names_a_field(label[1])
        for distance in range(1, _MAX_RUN_ON_LOOKAHEAD + 1):
            line = self.source.peek(distance)
            if line is None:
                return False
            following = clean(line)
            if not following:
                continue
            if is_rule_line(following):
                return False  # the date is under the rule: the next record's, told by it
            if read_dateline(following) is not None or (
                dated and len(following) <= _MAX_DATE_LINE and read_date_line(following)
            ):
                return True  # ... or a date line under the title (and the outlet's name)
            dated = dated and titles < _MAX_LINES_OVER_DATE and len(following) <= _MAX_OUTLET_LINE
            titles += 1
            if titles > _MAX_RUN_ON_TITLES or len(following) > _MAX_RUN_ON_TITLE:
                return False
            if _ends_sentence(following):
                return False
        return False

    def _opens_next_pair(self, stripped: str) -> bool:
        """Tell whether a title line opens the next pair of a list of titles and links:
        the record so far ends with a title over its URL (under a dump's header, for the
        first), perhaps with the item's date under the URL, with no story text, and a URL
        is under this line too."""
        if len(self.lines) < 2 or _is_bare_url(stripped) or _ends_sentence(stripped):
            return False
        following = self.source.peek()
        if following is None or not _is_bare_url(clean(following)):
            return False
        content = [clean(line) for line in self.lines[-_PAIR_LOOKBACK:] if clean(line)][-3:]
        if len(content) == 3 and not _is_bare_url(content[2]):
            from .parser.dates import read_date_line  # only for a list of titles and links

            if read_date_line(content[2]) is None:
                return False
            content = content[:2]  # "Title" / "https://..." / "2031-05-05 08:10:00 UTC"
        content = content[-2:]
        return len(content) == 2 and _is_bare_url(content[1]) and not _is_bare_url(content[0])

    def _opens_next_linked_item(self, stripped: str) -> bool:
        """Tell whether a block opens the next item of a digest whose items are short
        blocks each closed by its URL ("**Title**" / "By Jane Roe" / "https://..."): the
        record so far ends with such a block (is one, if it has a sentence: an item's
        standfirst), and the block this line opens is one."""
        if not self.after_blank or _is_item_link(stripped):
            return False
        last = _last_block(self.lines)
        if last is None or not _is_linked_item(last[1]):
            return False
        if self.has_body and last[0] > 0:
            return False  # a story's paragraph may end in a link too; an item is alone
        following = [stripped]
        for distance in range(1, _MAX_ITEM_LINES + 1):
            line = self.source.peek(distance)
            if line is None or not clean(line):
                break
            following.append(clean(line))
        return _is_linked_item(following)

    def _is_one_line_record(self, head: str, stripped: str) -> bool:
        """Tell whether a line is a story of its own, among others like it: a news API's
        list ("Title - Source - https://..."; after a story's text, such a line is a link
        to another story, and stays in it), a scraper's printed tuples or lists ("('Title',
        'Source: https://...')"), titles with their links ("Ferry resumes. Link: ...")."""
        if " - http" in stripped and read_listed_story(stripped):
            return True
        if head in ("(", "[") and self._among_one_line_records(stripped, sequence_parts):
            return True
        return "http" in stripped and self._among_one_line_records(stripped, read_linked_title)

    def _among_one_line_records(self, stripped: str, read: Callable[[str], object]) -> bool:
        """Tell whether ``read`` reads a line (not None), among others it reads: the line
        before was one (a one-line record), or the next line with text (after up to
        _MAX_BLANKS_BETWEEN_RECORDS blank lines) is one."""
        if read(stripped) is None:
            return False
        if self.close_next:
            return True
        following = self._next_text(_MAX_BLANKS_BETWEEN_RECORDS)
        return following is not None and read(following) is not None

    def _is_section_line(self, stripped: str) -> bool:
        """A section's name between decorations, standing alone between blank lines (a
        story may close on "### The End ###"), or over a record's first label ("### MARKETS
        ###" / "TITLE: ...")."""
        if not self.after_blank or not is_section_marker(stripped):
            return False
        following = self.source.peek()
        return following is None or not (text := clean(following)) or _opens_labelled_record(text)

    def _closes_with_link(self, stripped: str) -> bool:
        """Tell whether a line is a record's closing link: a URL alone under its label alone
        ("url:" / "https://..."), as digests end each story."""
        if len(self.lines) < 2 or not _is_bare_url(stripped):
            return False
        return clean(self.lines[-2]).casefold() in _LINK_LABELS

    def _append(self, line: str, stripped: str, number: int) -> None:
        """Add a content line to the record, noting what later rules need to know."""
        if not self.lines:
            self.first = number
            self.key = self._record_key(stripped)
            self.url_opened = self.url_opened or _is_bare_url(stripped)
        elif self.key is None and not self.has_body and (self.after_blank or self._counted()):
            # Labelled records under a line about the dump ("Total articles: 82"), or
            # under the dump's number for the record ("1" / "Title: ..."): the first
            # label block after it is where each record starts.
            self.key = self._record_key(stripped)
        if not self.opened:
            self.opened = True  # the headline's line, after any front matter
        elif not self.has_body:
            # Not the first line: a headline may end like a sentence ("Markets rally!").
            self.block_words += len(stripped.split())  # any spaces: tabs, NBSP
            self.has_body = self.block_words >= 3 and _ends_sentence(stripped)
        self.lines.append(line)
        self.after_blank = False
        # A story's closing credit ends it as its last sentence does: "(With input from
        # Harbour Wire)", "(Reporting by Jane Doe)", "Source(s): Harbour Wire".
        self.sentence_ended = _ends_sentence(stripped) or (
            stripped[:1] in "(Ss" and _CLOSING_CREDIT.fullmatch(stripped) is not None
        )
        if not self.markdown:
            self.markdown = _is_markdown(stripped)

    def _end(self, *, cover: bool = False) -> Piece | None:
        """Close the current record and start a new one; return it unless it has no text."""
        text = trimmed(self.lines)
        record = (text, self.first, cover, self.verbatim) if text else None
        self.lines = []
        self.verbatim = True
        self.after_blank = True
        self.has_body = self.markdown = False
        self.block_words = 0
        self.opened = False
        self.key = None
        self.sentence_ended = False
        self.numbered = None
        self.close_next = False
        self.wide_gaps = 0
        return record

    def _numbered(self, stripped: str) -> Numbered | None:
        """Return a numbered label ("### Item 2", "Story 12") that opens a record here: at
        the start of one, or next in the count the record began with."""
        numbered = read_numbered(stripped)
        if numbered is None:
            return None
        if (not self.lines and self.numbered is None) or follows(numbered, self.numbered):
            return numbered
        if numbered[1] == 1 and self.lines and _is_rule_or_section(clean(self.lines[-1])):
            # "════" / "ARTÍCULO #1": the first under a dump's header, or under a
            # section's banner ("--- Source: Harbour Daily ---" / "Item 1: ...").
            return numbered
        return None

    def _is_closing_rule(self, stripped: str) -> bool:
        """A rule touching the text around it that still ends a record: a long one under
        a sentence, or (outside Markdown) one with a URL on the next line."""
        if not is_rule_line(stripped):
            return False
        following = self.source.peek()
        if following is None:
            return True  # the input's last line: it closes the last record
        if not self.markdown and following.lstrip()[:8].casefold().startswith(_URL_OPENINGS):
            return True
        if len(stripped) >= MIN_CLOSING_RULE and _opens_labelled_record(
            self._next_text(_MAX_BLANKS_UNDER_RULE) or ""
        ):
            # "-----" / "Headline: ..." or "Article Content:" (a record's fields), perhaps
            # with a blank line between.
            return True
        if (
            len(stripped) >= MIN_CLOSING_RULE
            and self.lines
            and _same_mark(self.lines[0], following)
        ):
            return True  # "📰 Title" ... "-----" / "📰 Next title": records marked alike
        if clean(following):
            # "... the story's last sentence." / "-------------------------" / "Next
            # title" / "": a long rule touching the next story's title still parts the
            # two when the text over it ended a sentence or stood apart (plain text, a
            # blank line over the rule). An underline sits under a title, which ends in
            # no full stop; a rule between sentences is decoration inside a story.
            return (
                len(stripped) >= MIN_CLOSING_RULE
                and (self.sentence_ended or (self.after_blank and not self.markdown))
                and self._title_follows()
            )
        if self.after_blank:
            return False
        if self.lines and _is_link_line(clean(self.lines[-1])):
            return True  # a record's closing link, then a rule: "https://..." / "----------"
        return self.sentence_ended and len(stripped) >= MIN_CLOSING_RULE

    def _title_follows(self) -> bool:
        """Tell whether the next line reads as a title: no sentence, then a blank line and
        more text (a story's body; a line that ends the input is a footer's, as likely)."""
        title, under = clean(self.source.peek() or ""), self.source.peek(2)
        return (
            len(title) <= _MAX_RUN_ON_TITLE
            and not _ends_sentence(title)
            and under is not None
            and not clean(under)
            and self._next_text(_MAX_BLANKS_BETWEEN_RECORDS, start=3) is not None
        )

    def _is_boundary_rule(self, stripped: str) -> bool:
        """A rule line standing alone between blank lines, not a Markdown thematic break."""
        if not is_rule_line(stripped) or not self.after_blank:
            return False
        following = self.source.peek()
        if following is not None and clean(following):
            return False
        if stripped[0] == "*" and self.has_body and self._sentence_follows():
            # "***" between a story's paragraphs: the asterism of a break inside it (a
            # press release's note on the company after it), not a record's end.
            return False
        return (
            stripped[0] == "=" or not self.markdown or self._h1_ahead() or self._next_linked_item()
        )

    def _sentence_follows(self) -> bool:
        following = self._next_text(_MAX_BLANKS_BETWEEN_RECORDS)
        return following is not None and _ends_sentence(following)

    def _h1_ahead(self) -> bool:
        following = self._next_text(MAX_BLANKS_BEFORE_H1 - 1, start=2)
        return following is not None and following.startswith("# ")

    def _next_linked_item(self) -> bool:
        """Tell whether a rule parts a Markdown digest's items: the record so far closes on
        its link ("[Read More](https://...)"), and a heading follows at the level of the
        record's first one ("## Title", as the item before it opened). A post's sections
        between thematic breaks close on their text."""
        last = next((clean(line) for line in reversed(self.lines) if clean(line)), "")
        if not _LINK_LINE.fullmatch(last):
            return False
        following = self._next_text(MAX_BLANKS_BEFORE_H1 - 1, start=2)
        if following is None or not following.startswith("#"):
            return False
        level = following[: len(following) - len(following.lstrip("#"))]
        return any(clean(line).startswith(f"{level} ") for line in self.lines)

    def _rules_labelled_records(self) -> bool:
        """Tell whether a "---" line parts labelled records ("Title: ..." / "Link: ..." /
        "---"): the next line opens with the label the record before it opened with, and
        the fences of what looks like front matter are the rules between them."""
        following = self.source.peek() if self.key is not None else None
        match = _LABEL.match(clean(following)) if following is not None else None
        return match is not None and match[1] == self.key

    def _front_matter_ahead(self) -> bool:
        """Tell whether a "---" line opens YAML front matter: keys, then a closing fence."""
        following = self.source.peek()
        if following is None or not _YAML_KEY.match(following):
            return False
        for distance in range(2, MAX_FRONT_MATTER + 1):
            line = self.source.peek(distance)
            if line is None:
                return False
            if line.rstrip() in ("---", "..."):
                return True
            if not _is_yaml_line(line):
                return False  # prose: this "---" was a rule or an underline
        return False

    def _take_front_matter(self, fence: str, number: int) -> None:
        """Take the front-matter block (already checked to close) into a new record."""
        self.first = number
        self.lines.append(fence)
        while True:
            line = next(self.source)
            self.lines.append(line)
            if line.rstrip() in ("---", "..."):
                break
        self.markdown = True
        self.after_blank = False

    def _numbered_title(self, stripped: str) -> int | None:
        """Return the number of a numbered item's title ("2. Harbour fares rise") that
        opens a record here: over label lines ("Source: ...", "URL: ..."), at the start of
        the input's first record, or next in the count (or counting again from 1)."""
        item = read_numbered_title(stripped)
        if item is None:
            # "[7]" alone next in the count: an item whose title the scraper did not get.
            lost = _LONE_ITEM_NUMBER.fullmatch(stripped) if self.item_number is not None else None
            return self.item_number + 1 if lost and int(lost[1]) == self.item_number + 1 else None
        number = item[0]
        if self.item_number is not None:
            if number in (self.item_number + 1, 1) and number != self.item_number:
                return number
        elif number == 1 and (not self.lines or is_dump_title("\n".join(self.lines))):
            return number  # the first item, at the top or under the dump's title
        following = self.source.peek()
        return number if following is not None and _LABEL.match(clean(following)) else None

    def _numbered_heading(self, stripped: str) -> int | None:
        """Return the number of an archive's numbered item as a Markdown heading ("## 2.
        Harbour fares rise") over its labels ("**Source:** ...", a blank line between),
        first or next in the count; a story's numbered sections have no labels under them."""
        text = stripped.lstrip("#")
        if not text.startswith(" ") or (item := read_numbered_title(text.strip())) is None:
            return None
        number = item[0]
        expected = (1,) if self.item_number is None else (self.item_number + 1, 1)
        if number not in expected:
            return None
        following = self._next_text(1)
        return number if following is not None and _LABEL.match(following) else None

    def _is_feed_entry(self, stripped: str) -> bool:
        """Tell whether a heading opens the next record: a feed's entries give each one its
        link or date on the next line. An H1 after body text ("# Title" / "- https://..."
        or "- date published: ..."); any heading over a feed reader's bulleted link ("##
        Title" / "- [https://...](https://...)"), which a story's section heading is not."""
        if not stripped.startswith(("# ", "## ", "### ")):
            return False
        following = self.source.peek()
        if following is None:
            return False
        item = clean(following)
        if item[:1] not in "-*+":
            return False
        item = item.lstrip("-*+ ")
        if _MARKDOWN_LINK.match(item):
            return True  # "- [https://...](https://...)": a feed reader's entry link
        # An H1 after a story's text, over a link or a field ("- https://...", "- date
        # published: ..."); under a smaller heading such a list is the story's own
        # ("### References" / "- https://...").
        h1_after_body = self.has_body and stripped[1] == " "
        return h1_after_body and (
            item[:8].casefold().startswith(_URL_OPENINGS) or _LABEL.match(item) is not None
        )

    def _is_listed_story(self, stripped: str) -> bool:
        """Tell whether an H1 that links its story ("# [Title](https://...)") opens the next
        entry of a listing page: after a story's text, over a smaller heading or a line with
        a year, its date ("## October 27, 2031 [Jane Doe](...)")."""
        if not (self.has_body and _LINKED_H1.fullmatch(stripped)):
            return False
        following = self._next_text(2)
        return following is not None and (
            following[:1] == "#" or _YEAR.search(following) is not None
        )

    def _record_key(self, stripped: str) -> str | None:
        """Return the first label of a labelled record (two label lines in a row, or a
        title's label: "Title:Ferries resume"), or None."""
        match = _LABEL.match(stripped)
        if match is None:
            return None
        if match[1].casefold() in TITLE_LABELS:
            return match[1]
        following = self.source.peek()
        if following is None or _LABEL.match(clean(following)) is None:
            return None
        return match[1]

    def _counted(self) -> bool:
        """The record so far is only the dump's number for it ("1")."""
        return len(self.lines) == 1 and is_counter(clean(self.lines[0]))

    def _counts_next_labelled_record(self, stripped: str) -> bool:
        """Tell whether a number alone is the next record's, over its first label."""
        if not (self.after_blank and is_counter(stripped)):
            return False
        following = self.source.peek()
        match = _LABEL.match(clean(following)) if following is not None else None
        return match is not None and match[1] == self.key

    def _next_labelled_record(self, stripped: str) -> bool:
        """Tell whether a line repeats the record's first label, opening the next record:
        followed by another label line, or, for a title's label, after a blank line."""
        assert self.key is not None
        if not stripped.lstrip("*").startswith(self.key) or not self.lines:
            return False
        match = _LABEL.match(stripped)
        if match is None or match[1] != self.key:
            return False
        titled = self.key.casefold() in TITLE_LABELS
        if len(self.lines) == 1:
            # A title's label right under another: a list of titles, a record a line.
            return titled and _LABEL.match(clean(self.lines[0])) is not None
        if self.after_blank and titled:
            return True
        following = self.source.peek()
        return following is not None and _LABEL.match(clean(following)) is not None


# The labels a dump's record opens with, which a long rule over them closes the last one
# for ("-----" / "Article Content:"); not any label ("Note:" may follow a story's rule).
_RECORD_LABELS = frozenset(
    {
        *"title headline url link source date published author byline text content".split(),
        *"article body story summary".split(),
        *("article content", "article title", "article text", "source url"),
        *TITLE_LABELS,  # "Titulo:", "제목:": a title's label in other languages
    }
)


def _closes_cell(line: str) -> bool:
    """A quoted cell's last line: it ends with the closing quote (its others doubled)."""
    return line.rstrip()[-1:] == '"' and line.count('"') % 2 == 1


def _is_field_label(text: str) -> bool:
    """Tell whether ``text`` opens with a field's label ("Date: ...", "タイトル：...")."""
    label = _LABEL.match(text)
    return label is not None and _names_a_field(label[1])


def _opens_labelled_record(stripped: str) -> bool:
    match = _LABEL.match(stripped)
    return match is not None and match[1].casefold() in _RECORD_LABELS


# Labels alone on their line over the URL that closes a digest's story.
_LINK_LABELS = frozenset({"url:", "link:", "source url:", "article url:", "source:"})


# Lines looked back at for the last title and link (blank lines may stand between).
_PAIR_LOOKBACK = 6


def _names_a_field(label: str) -> bool:
    """Tell whether a label is a field's ("Title", "Related article", "Source"), not the
    speaker or topic a headline opens with ("Minister: talks will resume")."""
    from .parser.fields import label_key
    from .parser.lexicon import FOREIGN_DATE_PREFIXES, HEADER_LABELS, RELATED_LABELS, URL_LABELS

    key = label_key(label)
    return (
        key in HEADER_LABELS
        or key in RELATED_LABELS
        or key in URL_LABELS
        or key in FOREIGN_DATE_PREFIXES  # "Fecha:", "発行日："
    )


def _is_rule_or_section(stripped: str) -> bool:
    return is_rule_line(stripped) or is_section_marker(stripped)


# Stories run together: a title (and up to two deck lines) this long at most, with blank
# lines between them and the datelined text within this many lines.
_LONE_ITEM_NUMBER = patterns.compile(r"\[(\d{1,3})\]")
# Blank lines over a URL alone that opens a crawl's next page, at least.
_MIN_BLANKS_OVER_URL = 2
_MAX_RUN_ON_TITLE = 200
_MAX_RUN_ON_TITLES = 3
_MAX_RUN_ON_LOOKAHEAD = 6
_CLOSING_CREDIT = patterns.compile(
    r"\((?:with (?:agency )?inputs? from|(?:additional )?reporting by|writing by|editing by"
    r"|compiled by)[^()]{1,120}\)\.?|sources?(?:\(s\))?[ \t]*:[ \t]*[^.:]{1,60}",
    re.IGNORECASE,
)
_MAX_DATE_LINE = 60
_MAX_LINES_OVER_DATE = 2  # the title, and the outlet's name
_MAX_OUTLET_LINE = 40
_MIN_STORY_SPACES = 15
# A story a line: lines of this many words (spaces) at least, one after another, with up
# to this many blank lines between them.
_MIN_ARTICLE_LINE_SPACES = 200
_MAX_BLANKS_BETWEEN_LINES = 2


# A line that opens with a date is no story's title: "April 16, 2025e-Paper", a page's
# date with a button run onto it, over its "Updated ..." line.
_OPENS_WITH_DATE = patterns.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d\d-\d\d)"
)
# Stories spaced wider than their paragraphs: blank lines between them, at least; their
# titles' words; the spaces in the paragraph under a title, at least.
_MIN_BLANKS_BETWEEN_SPACED = 2
_SPACED_TITLE_WORDS = (6, 30)
_MIN_SPACED_LEAD_SPACES = 8


def _is_spaced_title(stripped: str) -> bool:
    """A story's title alone on its line: a few words, no sentence's or clause's end, no
    mark a list item or a heading opens with, no label ("Related article: ...") and no
    date line ("Updated January 1, 2000 00:00 GMT")."""
    if not _is_title_shaped(stripped, _SPACED_TITLE_WORDS, (".", ":", ";", ",")):
        return False
    from .parser.dates import read_date_line  # only for a line after a wide gap

    return read_date_line(stripped) is None


# Titles over stories of one line each: the title's words, the story's spaces at least.
_LINE_STORY_TITLE_WORDS = (3, 30)
_MIN_LINE_STORY_SPACES = 100


def _is_line_story(stripped: str) -> bool:
    return stripped.count(" ") >= _MIN_LINE_STORY_SPACES


def _is_line_story_title(stripped: str) -> bool:
    """A title over a story of one line (a question is a section's heading)."""
    return _is_title_shaped(stripped, _LINE_STORY_TITLE_WORDS, (".", ":", ";", ",", "?"))


def _is_title_shaped(stripped: str, words: tuple[int, int], ends: tuple[str, ...]) -> bool:
    """A story's title alone on its line: ``words`` (at least, at most), none of ``ends``
    (a sentence's or a clause's), no mark a list item or a heading opens with, no label."""
    return (
        words[0] <= len(stripped.split()) <= words[1]
        and not stripped.rstrip("\"'”’»)").endswith(ends)
        and stripped[:1] not in "#-*•>|[("
        and _LABEL.match(stripped) is None
    )


def _is_bare_url(stripped: str) -> bool:
    """A URL alone on its line."""
    return stripped[:8].casefold().startswith(_URL_OPENINGS) and " " not in stripped


# A digest's item: a title, a line or two more (a byline, a standfirst), its URL.
_MAX_ITEM_LINES = 4


def _last_block(lines: list[str]) -> tuple[int, list[str]] | None:
    """Return where the last run of non-blank lines starts and its lines (cleaned), or None
    when it is longer than an item. Looked at from the end, once per block: a record of
    many paragraphs costs no more than its last one."""
    end = len(lines)
    while end and not clean(lines[end - 1]):
        end -= 1
    start = end
    while start and clean(lines[start - 1]):
        start -= 1
        if end - start > _MAX_ITEM_LINES:
            return None
    return start, [clean(line) for line in lines[start:end]]


def _is_linked_item(block: list[str]) -> bool:
    """A short block closed by a bare URL (or one after a link's sign, "🔗 https://..."),
    its other lines text (a title over its URL alone is a pair, which
    :meth:`PlainSplitter._opens_next_pair` reads)."""
    return (
        3 <= len(block) <= _MAX_ITEM_LINES
        and _is_item_link(block[-1])
        and not any(map(_is_item_link, block[:-1]))
    )


def _is_item_link(stripped: str) -> bool:
    if _is_bare_url(stripped):
        return True
    from .parser.fields import signed_link  # only for a line that opens with a sign

    return not stripped[:1].isalnum() and signed_link(stripped) is not None


def _is_link_line(stripped: str) -> bool:
    """A URL alone, or after its label ("https://...", "Link: https://...")."""
    if stripped[:8].casefold().startswith(_URL_OPENINGS):
        return _is_bare_url(stripped)
    label, colon, value = stripped.partition(":")
    return (
        bool(colon) and len(label.split()) <= _MAX_LINK_LABEL_WORDS and _is_bare_url(value.strip())
    )


_MAX_LINK_LABEL_WORDS = 3


def _same_mark(first: str, following: str) -> bool:
    """Tell whether two lines open with the same mark, a symbol and a space ("📰 ", "■ "),
    or both with a word or two in brackets ("[Metro Wire] ...", "[2] TITLE: ..."): a
    digest marks each record's first line (and often its fields) so."""
    first, following = first.lstrip(), following.lstrip()
    mark = first[:1]
    if mark == "[" and following[:1] == "[":
        return (
            _bracket_tag().match(first) is not None and _bracket_tag().match(following) is not None
        )
    return (
        bool(mark)
        and following[:1] == mark
        and first[1:2] == following[1:2] == " "
        and unicodedata.category(mark) == "So"
    )


def _is_bracketed_title(stripped: str) -> bool:
    """A story's title wholly in brackets ("[Drones map the wetlands]"), not a note."""
    if stripped[-1:] != "]" or stripped.count(" ") < 3:
        return False  # the cheap test
    from .parser.titles import bracketed_title  # only for such a line

    return bracketed_title(stripped) is not None


# A tag in brackets that opens a record's first line: an outlet or a number ("[Metro
# Wire] Tram line ...", "[12] TITLE: ..."), with the line's text after it.
_bracket_tag = on_first_use(r"\[[^\[\]\n]{1,40}\] \S")


# A line that is a link and nothing else: "[Read More](https://...)", "https://...".
_LINK_LINE = patterns.compile(r"\[[^\]]{1,60}\]\(https?://[^)\s]+\)|https?://\S+")
# A feed entry's link in Markdown, as a bullet lists it: "[https://...](https://...)".
_MARKDOWN_LINK = patterns.compile(r"\[https?://[^\]\s]*\]\(https?://")
_LINKED_H1 = patterns.compile(r"# \[[^\]\n]+\]\(https?://[^)\s]+\)")
_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")


def _ends_sentence(stripped: str) -> bool:
    """Tell whether a line ends with a full stop (not "..."): body text, not a header line.

    Headlines may end in "?", "!" or "...", and bylines, dates and credits end in no
    punctuation; a full stop is the mark of a paragraph.
    """
    core = stripped.rstrip(_CLOSERS + "_*")  # Markdown's emphasis too: "_... released._"
    # "12:00 a.m." is a header's time line, not a sentence.
    return core.endswith(".") and not core.endswith("...") and not _TIME_END.search(core)


def _is_marker(stripped: str) -> bool:
    """Tell whether a line is a marker such as ``---END OF ARTICLE---``, or a record's
    number after a run of marks ("##12", "== 3 ==")."""
    if len(stripped) > MAX_MARKER_LENGTH:
        return False
    return (
        _marker().fullmatch(stripped) is not None
        or _numbered_mark().fullmatch(stripped) is not None
    )


# "##12", "== 3 ==", "~~4~~": two marks at least, so that a ranking's "#1" stays a heading.
_numbered_mark = on_first_use(r"([#=~])\1+[ \t]*\d{1,5}[ \t]*(?:\1{2,})?")


def _is_bare_marker(stripped: str) -> bool:
    """Tell whether a line is only a record's opening or closing words ("Begin record")."""
    if len(stripped) > _MAX_BARE_MARKER:
        return False
    compact = stripped.casefold().rstrip(":.")
    for mark in (" ", "\t", "-", "_"):
        compact = compact.replace(mark, "")
    return compact in BARE_MARKERS


def _is_yaml_line(line: str) -> bool:
    """Tell whether a line can sit inside front matter: a key, an indented or list line."""
    return (
        line[:1] in (" ", "\t", "#")
        or line.startswith("- ")
        or _YAML_KEY.match(line) is not None
        or not line.strip()
    )


def _is_markdown(stripped: str) -> bool:
    """Tell whether a line shows Markdown: an ATX heading, **bold** or a [link](url)."""
    if stripped[0] == "#":
        return _ATX.match(stripped) is not None
    return "**" in stripped or "](" in stripped


__all__ = [
    "BARE_MARKERS",
    "MARKER_DECORATION",
    "MARKER_WORDS",
    "MAX_BLANKS_BEFORE_H1",
    "MAX_FRONT_MATTER",
    "MAX_MARKER_LENGTH",
    "MIN_CLOSING_RULE",
    "RULE_CHARS",
    "Piece",
    "PlainSplitter",
]
