"""Record labels: the lines dumps number their articles with, and one-line list items.

"Article 3:", "Article Number: 3", "### Item 2", "Story 12". The splitter
(:mod:`articlecli.plainsplit`) opens records at them; the header reader sets a bare one
aside when a headline follows it. A number without a colon or a heading's hashes may be
a title's or a section's ("Article 370", "## Article 5" of a treaty): those count only
where a record starts, or next in the count a record began with.
"""

from __future__ import annotations

import re

from . import patterns

# A record's label alone on its line, with its colon: "Article 3:", "Story 12:", "Item 4:",
# "Article Number: 3".
_OPENER = patterns.compile(
    r"(?:article|story|item|record|entry)[ \t]*"
    r"(?:(?:no\.?[ \t]*|#)?\d{1,5}[ \t]*:|(?:number|no\.?|id|#)[ \t]*:[ \t]*\d{1,5})",
    re.IGNORECASE,
)
# The words that number records, in a few languages: "### Item 2", "## 기사 3", "Article 1".
_RECORD_WORDS = (
    "article|story|item|record|entry|news|post|document|doc"
    "|artikel|artículo|articulo|articolo|artigo|статья|новость|기사|記事|新闻|文章|খবর"
)
# As a Markdown heading ("### Item 2") or bare ("Story 12", "Article_3"); a closing colon or
# hashes may follow.
_NUMBERED = patterns.compile(
    rf"(?P<hashes>#{{1,6}})?[ \t]*(?P<word>{_RECORD_WORDS})[ \t_]*(?:no\.?[ \t]*|#|№[ \t]*)?"
    r"(?P<number>\d{1,5})[ \t]*:?[ \t]*#*",
    re.IGNORECASE,
)
# The line a news archive's export closes each document with (Factiva): "Document
# HTMS000020310505e7550001". In lower case, as the chrome patterns are written; the
# splitter reads it whatever the case.
ARCHIVE_DOCUMENT = r"document [a-z]{2,8}[0-9a-z]{12,30}"
# ... and with the record's title after a colon on the same line.
_TITLED_NUMBER = patterns.compile(
    rf"(?P<word>{_RECORD_WORDS})[ \t]*#?(?P<number>\d{{1,5}})[ \t]*:[ \t]+\S", re.IGNORECASE
)
# Chinese items: "第 2 則" ("item 2"), "第3篇", "第 4 条".
_ORDINAL = patterns.compile(r"第\s*(?P<number>\d{1,5})\s*(?P<word>[則则篇條条])\s*")
# Labels are short: longer lines skip the patterns.
_MAX_LENGTH = 40

Numbered = tuple[str, int, bool]  # (word, number, as a Markdown heading)

# A numbered item's title: "1. Harbour fares rise", "12. 'Evil inside': a nephew speaks",
# "3) ..." and "3). ..." as some lists print the number, "3<TAB>..." as a list saved from
# a table does (the parser reads that as "3. ", see decode.normalize_text). It opens like
# a title (a capital, a quote in any language's marks, „...“ and «...» too, Markdown bold)
# and does not end like a sentence (a colon may end it).
_NUMBERED_TITLE = patterns.compile(
    r"(?:(?P<number>\d{1,3})(?:(?:\.|\)\.?)[ \t]|\t)|\[(?P<bracketed>\d{1,3})\][ \t])[ \t]*"
    r"(?P<title>[A-Z0-9*\"'‘“„«»‚\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff"
    r"\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af「『【《].{0,250}(?<![.,;]))"
)


def is_opener(stripped: str) -> bool:
    """Tell whether a line is a record's label with its colon ("Article 3:")."""
    return len(stripped) <= _MAX_LENGTH and _OPENER.fullmatch(stripped) is not None


# A news archive export's document count over each document: "1 of 12 DOCUMENTS".
_DOCUMENT_COUNT = patterns.compile(
    r"(?P<number>\d{1,6})[ \t]+of[ \t]+\d{1,6}[ \t]+documents?", re.IGNORECASE
)


def read_document_count(stripped: str) -> int | None:
    """Return the number of a news archive export's document count line ("2 of 12
    DOCUMENTS"), which opens each document, or None."""
    if len(stripped) > _MAX_LENGTH:
        return None
    match = _DOCUMENT_COUNT.fullmatch(stripped)
    return int(match["number"]) if match is not None else None


def read_numbered(stripped: str) -> Numbered | None:
    """Read a numbered label ("### Item 2", "Story 12", "第 2 則") as (word, number,
    heading). A Chinese ordinal may open a line that goes on ("第 2 則  來源連結：...")."""
    if stripped[:1] == "第" and (ordinal := _ORDINAL.match(stripped)) is not None:
        return ordinal["word"], int(ordinal["number"]), False
    match = _NUMBERED.fullmatch(stripped) if len(stripped) <= _MAX_LENGTH else None
    if match is not None:
        return match["word"].casefold(), int(match["number"]), match["hashes"] is not None
    # "Item 2: Library opens on Sundays": the label, then the record's title.
    titled = _TITLED_NUMBER.match(stripped)
    return (titled["word"].casefold(), int(titled["number"]), False) if titled else None


# A bare number of this many digits at most: a dump's number for a record, alone over the
# record's first label ("2" / "Title: ..."), or a blog theme's comment count under the
# date ("January 2, 2024" / "0").
_MAX_COUNTER_DIGITS = 5


def is_counter(text: str) -> bool:
    return text.isdigit() and len(text) <= _MAX_COUNTER_DIGITS


# "1<TAB>JANUARY<TAB>2000" (perhaps with a time after it): a date whose day is no item's number.
_DAY_MONTH_YEAR = patterns.compile(
    r"\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}",
    re.IGNORECASE,
)


def read_numbered_title(stripped: str) -> tuple[int, str] | None:
    """Read "2. Harbour fares rise" (or "2) ...", "2). ...", "[2] ...") as (2, "Harbour
    fares rise"), or return None. Whether the number is a record's is for the caller to
    tell (a story may hold a numbered list)."""
    if not (stripped[:1].isdigit() or (stripped[:1] == "[" and stripped[1:2].isdigit())):
        return None
    match = _NUMBERED_TITLE.fullmatch(stripped)
    if match is None or _DAY_MONTH_YEAR.match(stripped):
        return None
    # "1. Harbour transport:" over its summary; "1. **Date:** 2 March": a field of the item.
    title = match["title"]
    return int(match["number"] or match["bracketed"]), title[:-1] if title.endswith(":") else title


# A news API's headline printed as a list item: "Title - Source - https://...".
_MAX_LISTED_SOURCE = 60


def read_listed_story(line: str) -> tuple[str, str, str] | None:
    """Read "Harbour fares rise - Valley Courier - https://..." as (title, source, URL), or
    return None. The title may hold dashes of its own; the last two parts are split off."""
    if " - http" not in line:
        return None  # the cheap test
    parts = line.strip().rsplit(" - ", 2)
    if len(parts) != 3:
        return None
    title, source, url = (part.strip() for part in parts)
    if not title or not source or len(source) > _MAX_LISTED_SOURCE or " " in url:
        return None
    if not url[:8].casefold().startswith(("http://", "https://")):
        return None
    return title, source, url


# A listing's title with its outlet and day in brackets after it, and the listing's
# separator: "Harbour fares rise (Coast Daily, 05-05-2031) |".
_DATED_TITLE = patterns.compile(
    r"(?P<title>\S.{4,300}?)[ \t]*\((?P<outlet>[^(),\d]{2,40}),[ \t]*(?P<day>[^()]{6,40})\)"
    r"[ \t]*[|;]?[ \t]*"
)


# ... or between bars: "Harbour fares rise | Coast Daily | 2031-05-05T09:15:00Z".
_BARRED_DATED_TITLE = patterns.compile(
    r"(?P<title>\S.{4,300}?) \| (?P<outlet>[^|]{2,60}?) \| (?P<day>[^|]{6,40})"
)


def read_dated_title(line: str) -> tuple[str, str, str] | None:
    """Read "Harbour fares rise (Coast Daily, 05-05-2031) |" or "Harbour fares rise | Coast
    Daily | 2031-05-05T09:15:00Z" as (title, outlet, the day's text), or return None;
    whether the day reads as a date is for the caller to tell."""
    stripped = line.strip()
    if stripped[-1:] in (")", "|", ";"):
        match = _DATED_TITLE.fullmatch(stripped)
    elif stripped.count(" | ") == 2:
        match = _BARRED_DATED_TITLE.fullmatch(stripped)
    else:
        return None  # the cheap test
    if match is None or not any(char.isalpha() for char in match["outlet"]):
        return None  # an outlet is named: "Coast Daily", not "00:00"
    return match["title"].strip(), match["outlet"].strip(), match["day"].strip()


# Words a title over a dump's records is made of ("NEWS ARTICLES REPORT", "Top headlines for March
# 2", "Nachrichten vom 2. März"), compared in lower case without the colon.
DUMP_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "articles", "stories", "headlines", "news", "report", "digest", "results", "feed",
        "roundup", "briefing", "collection", "nachrichten", "noticias", "notícias",
        "actualités", "nouvelles", "notizie", "nieuws", "новости",
        # "Articles" in other languages ("ARTÍCULOS TÉCNICOS", "Artikel des Tages").
        "artículos", "articulos", "artigos", "articoli", "artikel", "статьи",
    }
)  # fmt: skip
# Labels of a story's own title (in lower case), which no dump's title carries and which
# open a labelled record.
TITLE_LABELS: frozenset[str] = frozenset(
    {
        "title", "headline", "article title", "titulo", "título", "titre", "titel", "titolo",
        "название", "제목",
    }
)  # fmt: skip
# A dump's title is a line (a date, a count under it), short, and no sentence.
_MAX_TITLE_LINES = 3
_MAX_TITLE_LINE_WORDS = 12
_MAX_NOTE_WORDS = 6  # "Total : 12 articles from 3 sources"
# With decoration and blank lines between: "NEWS REPORT" / "=====" / "" / "Total: 12".
_MAX_TITLE_TEXT_LINES = 3 * _MAX_TITLE_LINES


def is_dump_title(text: str) -> bool:
    """Tell whether a record is only a title over the dump's records ("NEWS ARTICLES REPORT" /
    "Generated: 2024-03-02"): a line naming a collection of articles, no sentence, link or
    byline, and under it at most a date or a count; or a Markdown H1 alone. Underlines and
    other decoration lines do not count."""
    if text.count("\n") > _MAX_TITLE_TEXT_LINES:
        return False  # the cheap test: most records are articles of many lines
    lines = [line.strip() for line in text.splitlines()]
    worded = [line for line in lines if any(char.isalnum() for char in line)]
    # The site's link under the title is a note that does not count ("Source: https://...").
    if not 1 <= len(worded) - sum(map(_is_site_note, worded[1:])) <= _MAX_TITLE_LINES:
        return False
    if len(worded) == 1 and (
        worded[0].startswith("# ")
        or is_section_marker(worded[0])
        or _is_run_stamp(worded[0])
        or _is_group_label(worded[0])
    ):
        # A Markdown dump's H1 over its records ("# Source: Coast Gazette"), a digest's
        # section with no story in it ("--- WORLD ---"), the time of the dump's run, the
        # source or section the records under it come from ("SOURCE: COAST FM").
        return True
    if worded[0].split(":", 1)[0].strip("*# ").casefold() in TITLE_LABELS:
        return False  # "Titulo: News roundup for Friday": a story's labelled title
    notes = [line for line in worded[1:] if not _is_site_note(line)]
    # "Top Headlines from https://news.example.com": the site's link names the source.
    title = _SOURCE_LINK.sub("", worded[0]) if "://" in worded[0] else worded[0]
    for line in [title, *notes]:
        if len(line.split()) > _MAX_TITLE_LINE_WORDS or "://" in line:
            return False
        if line.endswith((".", "!", "?", '"', "”")) or line[:3].casefold() == "by ":
            return False  # a sentence, a quote or a byline: an article's own line
    for line in notes:
        words = [word for word in line.split() if any(char.isalnum() for char in word)]
        if len(words) > _MAX_NOTE_WORDS or not any(char.isdigit() for char in line):
            return False  # under the title only a date or a count ("Total: 12"), no headline
    return any(word.strip(":#*-=|").casefold() in DUMP_TITLE_WORDS for word in title.split())


# The time a scraper ran, alone over its records: "Updated: 20-Apr-31-13:48:09 <TAB> Tech
# News", "Generated at 2031-05-05 09:00".
_RUN_STAMP = patterns.compile(
    r"(?:last[ \t]+)?(?:updated|generated|fetched|scraped)(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*\d",
    re.IGNORECASE,
)


def _is_run_stamp(line: str) -> bool:
    return _RUN_STAMP.match(line) is not None


# A label that names the group of records under it ("SOURCE: COAST FM", "Category:
# Sport"), alone in a record of its own: a story's label never stands apart from the story.
_GROUP_LABELS = frozenset({"source", "category", "section", "feed", "topic", "site", "outlet"})
_MAX_GROUP_NAME_WORDS = 6


def _is_group_label(line: str) -> bool:
    label, colon, value = line.partition(":")
    return (
        bool(colon)
        and label.strip(" *#").casefold() in _GROUP_LABELS
        and 1 <= len(value.split()) <= _MAX_GROUP_NAME_WORDS
    )


# ("Title - Outlet - https://..." is a listed story: only a word names the link a source.)
_SOURCE_LINK = patterns.compile(r"[ \t]+(?:from|at|on)[ \t]+https?://\S+[ \t]*$", re.IGNORECASE)


def _is_site_note(line: str) -> bool:
    """A dump's note naming the site it came from: "Source: https://blog.example.org/"."""
    label, colon, value = line.partition(":")
    value = value.strip()
    return (
        bool(colon)
        and label.strip().casefold() in ("source", "site", "url", "website")
        and value.startswith(("http://", "https://"))
        and " " not in value
    )


# A digest's section between decorations: "--- TECHNOLOGY ---", "=== World news ===". The
# Indic and Thai blocks too: their vowel signs are marks, which \w does not match.
_SECTION_MARKER = patterns.compile(
    r"(?P<left>[-=*#_~<>\[\]+]{3,})[ \t]*"
    r"(?P<name>[^\W\d_][\w\u0900-\u0e7f&',/.:-]*(?:[ \t]+[\w\u0900-\u0e7f&',/.():-]+){0,6})"
    r"[ \t]*[-=*#_~<>\[\]+]{3,}"
)
_MAX_SECTION_MARKER = 80
_DECORATION_STARTS = frozenset("-=*#_~<>[]+")


def is_section_marker(stripped: str) -> bool:
    """Tell whether a line is a section's name between decorations ("--- WORLD ---"): the
    splitter opens a record there, the header sets the line aside."""
    if stripped[:1] not in _DECORATION_STARTS or len(stripped) > _MAX_SECTION_MARKER:
        return False  # the cheap test first: most lines open with a letter
    match = _SECTION_MARKER.fullmatch(stripped)
    return match is not None and match["name"].casefold() not in _STORY_ENDS


# A story's own last words, decorated: no section's name.
_STORY_ENDS = frozenset({"end", "the end", "fin", "ende", "fine", "конец"})


# A story's title and its link on one line: "Ferry resumes. Link: https://...", as lists
# print them ("Ссылка:", "Enlace:", "Lien :" in other languages). A full stop between is
# no part of the title; a question or exclamation mark is.
_LINKED_TITLE = patterns.compile(
    r"(?P<title>\S.{2,300}?[!?]?)\.?[ \t]+(?:[-|–—][ \t]+)?"
    r"(?:link|url|source|ссылка|источник|enlace|fuente|lien|quelle|fonte)[ \t]*:[ \t]*"
    r"(?P<url>https?://\S+)",
    re.IGNORECASE,
)


# ... or with a dash alone between: "Ferry resumes - https://...".
_DASHED_LINK = patterns.compile(r"(?P<title>\S.{2,300}?)[ \t]+[-–—|][ \t]+(?P<url>https?://\S+)")
# ... "Ferry resumes (https://...)", the link in brackets after the title.
_BRACKETED_LINK = patterns.compile(
    r"(?P<title>\S.{2,300}?)[ \t]*[(（\[](?P<url>https?://[^\s()（）\[\]]+)[)）\]]"
)


def read_linked_title(line: str) -> tuple[str, str] | None:
    """Read "Ferry resumes. Link: https://...", "Ferry resumes - https://..." or "Ferry
    resumes (https://...)" as (title, URL), or return None."""
    if "http" not in line:
        return None  # the cheap test
    stripped = line.strip()
    if stripped[:2] == "![":
        return None  # a Markdown image ("![Caption](https://...)"): a picture, no story
    # A link in brackets after a Markdown heading ("# Report (https://...)") names its
    # source, not the story's page.
    bracketed = stripped[-1:] in (")", "）", "]") and stripped[:1] != "#"
    match = (
        _LINKED_TITLE.fullmatch(stripped)
        or _DASHED_LINK.fullmatch(stripped)
        or (_BRACKETED_LINK.fullmatch(stripped) if bracketed else None)
    )
    if match is None or len(match["title"].split()) < _MIN_LINKED_TITLE_WORDS:
        return None
    label, colon, _ = match["title"].partition(":")
    if colon:
        from .parser.lexicon import RELATED_LABELS  # here: the parser imports this module

        if " ".join(label.split()).casefold() in RELATED_LABELS:  # tabs for spaces too
            return None  # "Related article: Title - https://...": a link to another story
    return match["title"], match["url"]


# A title has two words or more: "Source - https://..." is a label.
_MIN_LINKED_TITLE_WORDS = 2


def without_ordinal(text: str) -> str:
    """A line without the Chinese ordinal that opens it ("第 2 則  X" -> "X")."""
    if text[:1] != "第" or (ordinal := _ORDINAL.match(text)) is None:
        return text
    return text[ordinal.end() :].strip()


def follows(label: Numbered, before: Numbered | None) -> bool:
    """Tell whether ``label`` is next in the count ``before`` began ("Item 1", "Item 2"),
    or starts the count again (a second list: "Item 3", then "Item 1")."""
    if before is None or (label[0], label[2]) != (before[0], before[2]):
        return False
    return label[1] in (before[1] + 1, 1) and label[1] != before[1]


__all__ = [
    "ARCHIVE_DOCUMENT",
    "DUMP_TITLE_WORDS",
    "TITLE_LABELS",
    "Numbered",
    "ends_with_full_stop",
    "follows",
    "is_counter",
    "is_dump_title",
    "is_opener",
    "is_section_marker",
    "read_dated_title",
    "read_document_count",
    "read_linked_title",
    "read_listed_story",
    "read_numbered",
    "read_numbered_title",
    "without_ordinal",
]


# A list of headlines and nothing else, one a line (a scraper's saved index of stories):
# this many lines at least, each of this many words or more (a menu's items are shorter),
# none ending like a sentence, none a label, a byline, a date or a link.
_MIN_LISTED_TITLES = 3
_MIN_LISTED_TITLE_WORDS = 3
_OPENING_QUOTES = "'\"‘“"
# A wire index's line opens with its place or topic in capitals, and ends with a full stop
# ("NORWAY: Fishing quota talks stall over mackerel share.").
_wire_slug = patterns.on_first_use(r"[A-Z][A-Z .&'-]{1,30}: [A-Z\"'‘“]")


def ends_with_full_stop(stripped: str) -> bool:
    """Tell whether a full stop ends the line, not a feed's cut ("..." ends a title it
    cut)."""
    return stripped[-1] == "." and not stripped.endswith("...")


def listed_titles(text: str) -> list[int] | None:
    """The indexes of a record's lines when it is a list of headlines, a story a line,
    with no text under any ("Council approves new cycle lanes" / "Why small ports bet on
    electric tugs" / ...); else None (a list under its heading, "Most read", is a page's,
    and stays in its record)."""
    indexes = []
    all_lines = text.split("\n")
    for index, line in enumerate(all_lines):
        stripped = line.strip()
        if not stripped:
            continue
        # The cheap tests first: an article's lines soon fail them (its text is sentences).
        first = stripped.lstrip(_OPENING_QUOTES)[:1]
        if (
            stripped.count(" ") < _MIN_LISTED_TITLE_WORDS - 1
            or not (first.isupper() or (first.isalpha() and not first.islower()))
            or stripped[-1] in ":;,"
            or (ends_with_full_stop(stripped) and _wire_slug().match(stripped) is None)
            or "://" in stripped
        ):
            return None
        indexes.append(index)
    if len(indexes) < _MIN_LISTED_TITLES:
        return None
    from .apijson import label_of_key  # only for a record that may be a list
    from .parser.chrome import is_list_heading
    from .parser.fields import is_headline_like, read_label
    from .parser.titles import is_byline_or_date

    lines = [all_lines[index].strip() for index in indexes]
    if is_list_heading(lines[0]):
        return None
    for line in lines:
        if (
            not is_headline_like(line.rstrip(".…"))  # a wire index's full stop, a cut
            or read_label(line) is not None
            or (":" in line and label_of_key(line.partition(":")[0]) is not None)
            or is_byline_or_date(line)
        ):
            return None  # a field's line ("Source: Coast Gazette"): a record's header
    return indexes
