"""Text -> Article: the parser's public entry points.

The parser works in passes, each in its own module: decode and clean the text
(``..decode``), number the lines and group them into blocks (``blocks``), read the header
zone (``header``), split the body into sections (``body``), then find quotations
(``quotes``). Every pass is a pure function of its input.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from .. import patterns
from ..codes import code_of
from ..decode import BLOCK_BREAK, decode_bytes, normalize_text
from ..digest import digest16
from ..errors import ArticleParseError
from ..model import Article, Diagnostic, Quote, Section
from .blocks import Line, group_blocks, numbered_lines
from .body import Body, read_body
from .byline import Byline
from .chrome import find_glued_credit
from .dateline import Dateline, is_short_opening, read_dateline
from .dates import read_ambiguous_near, read_date_line, url_day
from .fields import is_headline_like, split_inline_fields
from .frontmatter import folded_front_matter
from .header import Header, read_header
from .latefields import (
    take_late_fields,
    take_menu_over_repeated_headline,
    take_trailing_labels,
)
from .lexicon import EDITOR_NOTE_PREFIXES
from .ownsite import is_aggregator_link, names_outlet, outlet_names, without_own_site
from .quotes import find_quotes
from .titles import header_role, wire_agency_suffix, wire_slug


class LineRole(NamedTuple):
    """The role the parser gave one input line (1-based ``line``).

    Roles: headline, byline, date, credit, heading, paragraph, quote, related, url,
    unrecognised, blank.
    """

    line: int
    role: str
    text: str


class Analysis(NamedTuple):
    """An article together with the role of every input line (for ``articlecli inspect``)."""

    article: Article
    roles: tuple[LineRole, ...]


def parse(text: str | bytes, *, source: str | None = None) -> Article:
    """Parse one article from a dump. ``source`` names the input in errors.

    Raises :class:`ArticleParseError` for empty, blank or binary input; any other text
    parses, with ``warnings`` for what is missing or doubtful.
    """
    return _read(text, source=source).article


def analyse(text: str | bytes, *, source: str | None = None) -> Analysis:
    """Parse ``text`` and report the role of each input line."""
    passes = _read(text, source=source)
    quote_lines = {
        passes.body.paragraph_lines[q.section][q.paragraph] for q in passes.article.quotes
    }
    roles = _roles(passes.clean, passes.header, passes.body, quotes_lines=quote_lines)
    return Analysis(passes.article, roles)


class _Passes(NamedTuple):
    """The article and the intermediate results ``analyse`` needs to name line roles."""

    article: Article
    clean: str
    header: Header
    body: Body


def _read(text: str | bytes, *, source: str | None) -> _Passes:
    warnings: list[Diagnostic] = []
    if isinstance(text, bytes):
        text, warnings = decode_bytes(text, source=source)
    elif "\x00" in text:
        # A NUL is never text; treat decoded text the same as the bytes it came from.
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ArticleParseError("input is binary (NUL byte), not text", source=source, line=line)
    clean = normalize_text(text)
    lines = folded_front_matter(_with_inline_fields(numbered_lines(clean)))
    if not lines:
        problem = "input is empty" if not clean else "input has only blank lines"
        raise ArticleParseError(problem, source=source, line=1)
    # A CNN/Daily Mail story file (its highlights after "@highlight") prints no headline:
    # a title-like line after its byline and date is a picture's caption.
    header = read_header(lines, untitled="\n@highlight\n" in clean)
    body_lines = take_trailing_labels(header, lines[header.consumed :])
    if header.body_start is not None:
        body_lines.insert(0, header.body_start)
    blocks = group_blocks(body_lines, broken=BLOCK_BREAK in clean)
    blocks = take_menu_over_repeated_headline(header, blocks)
    body = read_body(
        take_late_fields(header, blocks),
        have_url=header.url is not None,
        have_credit=header.photo_credit is not None,
        headline=header.headline,
        summary=header.summary,
        authors=header.byline.authors if header.byline else (),
    )
    if header.headline is None:
        _take_doubled_title(header, body)
    dateline = _take_dateline(body)
    if dateline is None and header.headline is None:
        dateline = _take_glued_title(header, body)
    quotes, quote_warnings = find_quotes(body.sections, body.paragraph_lines)
    warnings = [*warnings, *header.warnings, *body.warnings, *quote_warnings]
    article = _assemble(header, body, dateline, quotes, warnings)
    return _Passes(article, clean, header, body)


def _with_inline_fields(lines: list[Line]) -> list[Line]:
    """A record printed as one line of labelled fields, as one line per field (numbered
    as the line they share)."""
    if not lines or (fields := split_inline_fields(lines[0].text)) is None:
        return lines
    return [*(Line(lines[0].number, field) for field in fields), *lines[1:]]


def _take_dateline(body: Body) -> Dateline | None:
    """Strip a newswire dateline off the first paragraph (the text renderer puts it back)."""
    if not body.sections or not body.sections[0].paragraphs:
        return None
    first = body.sections[0]
    paragraphs = list(first.paragraphs)
    # An editor's note before the story stays its first paragraph (the outlet published
    # it, and it reads first); the dateline then opens the paragraph after it.
    index = 1 if paragraphs[0].casefold().startswith(EDITOR_NOTE_PREFIXES) else 0
    if index >= len(paragraphs):
        return None
    dateline = read_dateline(paragraphs[index])
    if dateline is None and index == 0 and len(paragraphs) > 1 and is_short_opening(paragraphs[0]):
        # A short paragraph before the lede (a photo caption without a credit, a teaser):
        # a dateline opens the story, so it opens the paragraph after it.
        index = 1
        dateline = read_dateline(paragraphs[index])
    if dateline is not None:
        paragraphs[index] = dateline.rest
        body.sections[0] = Section(first.heading, tuple(paragraphs))
        body.dateline_line = body.paragraph_lines[0][index]
    return dateline


# A title run onto the story's first line, before its dateline, ends its sentence within
# this many characters, and has a few words.
_MAX_GLUED_TITLE = 200
_MIN_GLUED_TITLE_WORDS = 3
# Where the title may end: a sentence's end, or any space before a capital (a title needs
# no full stop), when a dateline with its agency follows.
_TITLE_END = patterns.compile(r"(?P<stop>(?<!\.\.)[.!?][\"”’»]?)? (?=[A-ZÀ-Þ])")


def _undecided_date_near(header: Header, day: str) -> str | None:
    """The header's unreadable date line read the way that falls near ``day``, if any."""
    for text in header.unrecognised:
        if text[-1:].isdigit() and (value := read_ambiguous_near(text, day)) is not None:
            return value
    return None


def _take_doubled_title(header: Header, body: Body) -> None:
    """A story a line whose scraper took the title twice before the text ("Ferries return
    Ferries return The first ferry ...", the second time glued on, perhaps): with no
    headline found, the title is the headline, taken off the paragraph with its repeat."""
    if not body.sections or not body.sections[0].paragraphs:
        return
    first = body.sections[0]
    paragraph = first.paragraphs[0]
    space = paragraph.find(" ")
    words = 1
    while 0 < space < _MAX_GLUED_TITLE:
        title = paragraph[:space]
        if (
            words >= _MIN_GLUED_TITLE_WORDS
            and paragraph.startswith(title, space + 1)
            and is_headline_like(title)
            and (rest := paragraph[2 * space + 1 :].strip())
        ):
            header.headline = title
            header.lines["headline"] = body.paragraph_lines[0][0]
            body.sections[0] = Section(first.heading, (rest, *first.paragraphs[1:]))
            return
        space = paragraph.find(" ", space + 1)
        words += 1


def _take_glued_title(header: Header, body: Body) -> Dateline | None:
    """A scrape that lost the line break after the title ("Bridge closes for repairs.
    VELMAR (apro).- The bridge ..."): with no headline found, a first sentence before a
    dateline in the first paragraph is the title; take both off the paragraph."""
    if not body.sections or not body.sections[0].paragraphs:
        return None
    first = body.sections[0]
    paragraph = first.paragraphs[0]
    for end in _TITLE_END.finditer(paragraph, 0, _MAX_GLUED_TITLE):
        title = paragraph[: end.end()].strip()
        if len(title.split()) < _MIN_GLUED_TITLE_WORDS:
            continue
        rest = paragraph[end.end() :]
        if end["stop"] is None and not rest.split(None, 1)[0].rstrip(",.").isupper():
            continue  # with no full stop, only a place in capitals shows where it ends
        dateline = read_dateline(rest)
        if dateline is None or (end["stop"] is None and dateline.agency is None):
            continue
        line = body.paragraph_lines[0][0]
        header.headline = title.removesuffix(".") if not title.endswith("..") else title
        header.lines["headline"] = line
        body.sections[0] = Section(first.heading, (dateline.rest, *first.paragraphs[1:]))
        body.dateline_line = line
        return dateline
    return None


def _assemble(
    header: Header,
    body: Body,
    dateline: Dateline | None,
    quotes: tuple[Quote, ...],
    warnings: list[Diagnostic],
) -> Article:
    url = header.url or body.url
    lines = dict(header.lines)
    if body.url_line is not None and header.url is None:
        lines["url"] = body.url_line
    # Lines set aside while the fields are put together: credit lines, an outlet's name.
    byline, set_aside = _byline_from_credits(header, body, lines)
    publication = header.publication
    if body.source is not None:
        number, line, outlet = body.source
        if publication is None:
            publication, lines["publication"] = outlet, number
        else:
            set_aside.append(line)  # the header named the outlet already
    headline = header.headline
    if headline is not None and headline[:1] == "[" and (kicker := _bracketed_kicker(headline)):
        # "[VIDEO] Ferry hits the pier", "[POLL] ...": the section's label in the title.
        headline = headline[len(kicker) :].lstrip()
        set_aside.append(kicker)
    title_note = None
    if headline is not None and (title_note := wire_slug(headline)):
        # "UPDATE 2-Ferry fares rise": the wire's note, first among the lines set aside
        # (where canonical text writes it back: over the title).
        headline = headline[len(title_note) :]
    # "Phelps named to relay team (Reuters)": the wire's credit after its title, which
    # keeps it (the title as printed; written back so, it reads back so).
    title_agency = wire_agency_suffix(headline) if headline and headline[-1] == ")" else None
    if outlets := outlet_names(publication, url.url if url else None):
        aggregated = url is not None and is_aggregator_link(url.url)
        headline, byline, site = _without_own_outlet(headline, byline, outlets, aggregated)
        if site is not None and publication is None:
            publication = site
            if "headline" in lines:  # the title's line holds the site's name
                lines["publication"] = lines["headline"]
        elif site is not None and site.casefold() != publication.casefold():
            set_aside.append(site)  # "Mint" of the publication "Livemint"
    date = header.date
    if date is None and not header.date_seen and dateline is not None and dateline.date:
        # "NEW YORK, March 9, 2024 /PRNewswire/ --": a press release dates its lede.
        date_line = read_date_line(dateline.date)
        if date_line is not None and date_line.value is not None:
            date, lines["date"] = date_line.value, body.dateline_line
    if date is None and not header.date_seen and body.closing_date is not None:
        # "(APA, 1.2.2015)" under the story: the day its desk gave it.
        lines["date"], date = body.closing_date
    if date is None and url is not None:
        # No date line (or an unreadable one, or "date: unknown"): news sites date their
        # URLs on publication ("/2025/03/19/"), and that day is the article's date; a date
        # line that could not tell its day from its month ("11/04/2026 12:34") is read
        # the way that falls near it, with its time.
        date = url_day(url.url)
        if date is not None and header.date_seen:
            date = _undecided_date_near(header, date) or date
    if date is None and header.updated is not None:
        # "Updated 8:02 AM ET, Tue March 9, 2021" and no other date: the page's only date
        # is the article's best known one (the update stays the update, and its line the
        # update's, as a URL's day has no line).
        date = header.updated
    have_date = date is not None or header.date_seen
    warnings.extend(_missing_field_warnings(header, url is not None, byline is not None, have_date))
    if url is not None and not url.valid:
        warnings.append(
            Diagnostic(
                code_of("malformed-url"), f"not an http(s) URL: {url.url!r}", lines.get("url")
            )
        )
    agencies = byline.agencies if byline else ()
    for _, _, credit in body.credit_lines:  # "mm/uh (dpa, afp)" names agencies, not people
        agencies += tuple(a for a in credit.agencies if a not in agencies)
    for agency in (dateline.agency if dateline else None, title_agency):
        if agency and agency not in agencies:
            agencies = (*agencies, agency)  # "MOSCOW (Reuters) -" credits Reuters
    fields: dict[str, Any] = {
        "headline": headline,
        "byline": byline.text if byline else None,
        "authors": _authors(byline, body),
        "agencies": agencies,
        "date": date,
        "updated": header.updated,
        "photo_credit": header.photo_credit or body.photo_credit or _summary_credit(header),
        # The caption goes with the credit: the header's, or else the body's.
        "photo_caption": header.photo_caption if header.photo_credit else body.photo_caption,
        "publication": publication,
        "dateline": dateline.place if dateline else None,
        "summary": header.summary,
        "sections": tuple(body.sections),
        "quotes": quotes,
        "related": (*header.related, *body.related),
        "highlights": tuple(body.highlights),
        "boilerplate": (
            *((title_note,) if title_note else ()),
            *header.boilerplate,
            *body.boilerplate,
            *set_aside,
        ),
        "url": url.url if url else None,
        "lines": dict(sorted(lines.items(), key=lambda item: item[1])),
        "warnings": tuple(sorted(warnings, key=lambda w: (w.line or 0, w.code))),
        "unrecognised": (*header.unrecognised, *body.unrecognised),
    }
    # The id from the values, so that the article is built once (replace() builds it anew).
    content_id = _content_id([fields[name] for name in _ID_FIELDS], fields["sections"])
    return Article(**fields, id=content_id)


def _summary_credit(header: Header) -> str | None:
    """A picture's credit left in the summary's text, as a crawler's "Description:" holds a
    flattened page's ("... the award (Image: Jane Doe) Mr Roe said ...")."""
    return find_glued_credit(header.summary) if header.summary else None


def _authors(byline: Byline | None, body: Body) -> tuple[str, ...]:
    """The byline's people; when it names none ("By Reuters", "Staff Writer"), those of a
    closing "(Reporting by Jane Doe; Editing by John Roe)", the wire's own credit."""
    if byline is not None and byline.authors:
        return byline.authors
    # Each person once: a sign-off and an address line may both credit the reporter.
    return tuple(
        dict.fromkeys(name for _, _, credit in body.credit_lines for name in credit.authors)
    )


_MAX_KICKER_LENGTH = 24


def _bracketed_kicker(headline: str) -> str | None:
    """The label in capitals a title opens with in brackets ("[VIDEO]"), or None."""
    end = headline.find("]", 1, _MAX_KICKER_LENGTH)
    if end == -1 or not headline[end + 1 : end + 2].isspace():
        return None
    label = headline[1:end]
    if not label.isupper() or any(char.isdigit() for char in label):
        return None
    return headline[: end + 1] if headline[end + 1 :].strip() else None


def _without_own_outlet(
    headline: str | None, byline: Byline | None, outlets: list[str], aggregated: bool
) -> tuple[str | None, Byline | None, str | None]:
    """Take the article's own outlet out of the headline ("Budget passed - Mint") and out
    of the authors ("Livemint", a news API's "author" of the outlet's own stories, goes to
    the agencies); return the headline, the byline and the site's name the title gave."""
    site = None
    if headline is not None:
        headline, site = without_own_site(headline, outlets, aggregated=aggregated)
    if byline is not None and any(names_outlet(name, outlets) for name in byline.authors):
        named = tuple(name for name in byline.authors if names_outlet(name, outlets))
        people = tuple(name for name in byline.authors if name not in named)
        agencies = (*byline.agencies, *(name for name in named if name not in byline.agencies))
        byline = Byline(byline.text, people, agencies)
    return headline, byline, site


def _byline_from_credits(
    header: Header, body: Body, lines: dict[str, int]
) -> tuple[Byline | None, list[str]]:
    """Return the byline and the credit lines left over as boilerplate.

    A closing "Reporting by Jane Doe; Editing by John Roe" names the authors when no
    byline did; the line itself is never a paragraph. Kept whole in ``boilerplate`` so
    that no input line is lost, while ``byline`` holds only the reporters (a renderer
    writes it back as "By Jane Doe").
    """
    byline = header.byline
    leftover = []
    for number, text, credit in body.credit_lines:
        if byline is None and credit.authors:
            byline = credit
            lines["byline"] = number
        leftover.append(text)
    return byline, leftover


def _missing_field_warnings(
    header: Header, have_url: bool, have_byline: bool, have_date: bool
) -> list[Diagnostic]:
    missing = []
    if header.headline is None:
        missing.append(("missing-headline", "no headline found"))
    if not have_byline:
        missing.append(("missing-byline", "no byline (By ...) found"))
    if not have_date:
        missing.append(("missing-date", "no date line found, and no day in the URL"))
    if not have_url:
        missing.append(("missing-url", "no source URL (Original url: ...) found"))
    return [Diagnostic(code_of(name), message) for name, message in missing]


# The same bytes as json.dumps(content, ensure_ascii=False), which ids were first made
# with; one encoder made once instead of a new one per article.
_ID_ENCODER = json.JSONEncoder(ensure_ascii=False)


# The fields an article's id is made of, in order, with its sections after them.
_ID_FIELDS = ("headline", "byline", "date", "updated", "photo_credit", "dateline", "url")


def article_id(article: Article) -> str:
    """Return a stable 16-hex-digit id of the article's content (same article, same id)."""
    return _content_id([getattr(article, name) for name in _ID_FIELDS], article.sections)


def _content_id(values: list[str | None], sections: tuple[Section, ...]) -> str:
    content = [*values, [[s.heading, list(s.paragraphs)] for s in sections]]
    return digest16(_ID_ENCODER.encode(content))


def _roles(
    text: str, header: Header, body: Body, *, quotes_lines: set[int]
) -> tuple[LineRole, ...]:
    roles = {**header.roles, **body.roles}
    for number in quotes_lines:
        roles[number] = "quote"
    result = []
    for number, raw in enumerate(text.split("\n"), start=1):
        role = roles.get(number, "blank" if not raw.strip() else "unrecognised")
        result.append(LineRole(number, role, raw))
    return tuple(result)


__all__ = ["Analysis", "LineRole", "analyse", "article_id", "header_role", "parse"]
