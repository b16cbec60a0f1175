"""Article -> the canonical plain-text dump, which the parser reads back as the same fields.

Layout (blocks separated by one blank line, ending with one newline)::

    ---                               (front matter fences, only when the article came
                                       with crawler metadata such as "word_count: 5")
    <publication>
    <headline>
    By <byline>
    <date, ISO 8601>
    Updated <updated, ISO 8601>
    Summary: <summary>
    <photo credit>                    (in the header unless it came with a caption)
    <page chrome and metadata, header lines the parser could not place>
    Text:                             (only when the header would take the next line)
    <caption> <credit>                (when the article has a photo caption)
    <heading> / <paragraph> ...       (the first paragraph opens with "<DATELINE> — ")
    <other boilerplate, e.g. a second photo's caption, in order>
    @highlight / <highlight> ...
    <label>: <title> <url>            (one per related link)
    Original url: <url>
    <URL lines the parser could not place>

The parser reads a line differently in different company, so the choices are checked by
parsing: a header value is written bare when the whole header still reads right with it,
else with a label ("Title: ...", "By: ...", "Date: ...", "Photo: ..."); the body marker is
written only when the document does not read right without it. When the canonical order
does not read back whole, a few other orders a page may print are tried (the paper's name
over the labels above the headline, page chrome, or a page's menus and its headline
printed again, between the headline and the byline, the headline printed again on the
line under it, the byline and its repeat over the headline, the byline alone over it, the
first boilerplate lines or all of a few of them above the header) and the one that reads
back best is kept.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields

from .. import patterns
from ..errors import ArticleParseError
from ..model import Article, Related, Section
from ..parser import header_role, parse
from ..parser.body import closing_run_start
from ..parser.byline import read_byline, read_credit_line
from ..parser.chrome import is_chrome, is_list_heading, read_caption
from ..parser.dateline import is_short_opening, read_dateline
from ..parser.dates import url_day
from ..parser.fields import is_heading_like, is_markdown_heading, read_credit
from ..parser.furniture import repeats_lead, shouts
from ..parser.titles import is_label_above_headline, is_menu_item_shaped

DATELINE_DASH = " — "
URL_LABEL = "Original url"
HIGHLIGHT_MARKER = "@highlight"
# A lone "Text:" line ends the header zone: what follows is body, whatever it looks like.
BODY_MARKER = "Text:"
# A picture's credit label alone on its line, the credit on the next.
CREDIT_LABEL = "Credit..."
FENCE = "---"
# Wrapped paragraph lines stay under the parser's limit for hard-wrapped text (100).
_WRAP_WIDTH = 90
_WRAP_TRIES = 8
# A paragraph that is nothing else, to stand before the one being checked.
_FILLER = "and so on."
_FILLER_TITLE = "Title: And so on"
# Roles a lone body line can have that a block wrapped over several lines never has.
_LINK_ROLES = ("related", "url")
_BODY_ROLES = (*_LINK_ROLES, "credit")
# The fields the text must give back (not where lines stood, nor the id, which hashes them).
_COMPARED = tuple(
    field.name
    for field in fields(Article)
    if field.name not in ("lines", "warnings", "source", "id")
)
_YAML_KEY = patterns.compile(r"[A-Za-z_][\w-]*")
# Ways to write a caption's credit so that the parser splits it off again, best first.
_CREDIT_FORMS = ("{}", "({})", "Photo: {}", "[{}]")


@dataclass(frozen=True)
class _Choice:
    """A header line to write: the fields it sets, and its bare and labelled forms."""

    fields: tuple[str, ...]
    bare: str
    labelled: str


def to_text(article: Article) -> str:
    """Return the article in the canonical dump layout."""
    front = _has_front_matter(article)
    best: tuple[int, list[str]] | None = None
    openings = _openings(article, front=front)
    for arrangement in _arrangements(article):
        for kickers in openings:
            agreement, blocks = _layout(
                article, front=front, kickers=kickers, arrangement=arrangement
            )
            if best is None or agreement > best[0]:
                best = agreement, blocks
            if agreement == len(_COMPARED):
                break
        else:
            continue
        break
    assert best is not None, "_openings yields one layout at least"
    for last_resort in (_packed_header, _packed_footer):
        if best[0] < len(_COMPARED) and (packed := last_resort(article)) is not None:
            best = len(_COMPARED), packed
    # An article with nothing in it is an empty body, not an empty file (which the parser
    # rejects as no article at all).
    return "\n\n".join(best[1] or [BODY_MARKER]) + "\n"


# Boilerplate lines a packed header may hold (each place of the header lines is tried).
_MAX_PACKED_LINES = 16
_ABSENT_DATE = "Date: unknown"


def _packed_header(article: Article) -> list[str] | None:
    """The last resort for an article with a little boilerplate: the boilerplate and the
    header lines (bare, or else labelled, at each place among the boilerplate lines) in
    one block with no blank line between, the body in the same block or after it; the
    first layout that reads back whole, or None if there is none.

    A page's short lines are read in company: "Getty Images" among menu items and a
    repeated title is set aside, where on a block of its own it would be a credit; blocks
    separated by blank lines cannot say that."""
    boilerplate = article.boilerplate
    if not boilerplate or len(boilerplate) > _MAX_PACKED_LINES:
        return None
    choices = list(_choices(article))
    unplaced = _unplaced_lines(article)
    # The URL line closes the story, or, as a crawl prints it, opens the block.
    openings = [False, True] if article.url is not None else [False]
    headers = [[c.bare for c in choices], [c.labelled for c in choices]]
    printed = sorted(choices, key=lambda choice: article.lines.get(choice.fields[0], 0))
    if printed != choices:  # in the order the page printed them
        headers.extend(([c.bare for c in printed], [c.labelled for c in printed]))
    if article.date is None:
        # A label that says the date is absent sets no field, but the lines above it read
        # as a record's, set aside over its labels ("0" / "Date: unknown").
        headers.append([*headers[1], _ABSENT_DATE])
    for url_first in openings:
        for header in headers:
            for lines in _packings(header, boilerplate, unplaced):
                if url_first:
                    lines.insert(0, _url_line(article))
                block = "\n".join(lines)
                dateline = _dateline_prefix(article, _parse_blocks([block]))
                body = _body_blocks(article, dateline, with_url=not url_first)
                layouts = [[block, *body]]
                if body:
                    # The body's first lines may be read in the header's company too.
                    layouts.append(["\n".join([block, *body])])
                for layout in layouts:
                    if _agreement(layout, article) == len(_COMPARED):
                        return layout
    return None


def _packings(
    header: list[str], boilerplate: tuple[str, ...], unplaced: list[str]
) -> Iterator[list[str]]:
    """The lines of a packed header: the header lines together at each place among the
    boilerplate lines, then parted around all of them (a date line over a page's menu, the
    labelled title under it); last, the lines the header could not place right under it
    at each place (an unreadable date under the title, an advertisement under both)."""
    for place in range(len(boilerplate) + 1):
        yield [*boilerplate[:place], *header, *boilerplate[place:], *unplaced]
    for part in range(1, len(header)):
        yield [*header[:part], *boilerplate, *header[part:], *unplaced]
    if unplaced:
        for place in range(len(boilerplate)):
            yield [*boilerplate[:place], *header, *unplaced, *boilerplate[place:]]


def _packed_footer(article: Article) -> list[str] | None:
    """The last resort for a page's footer read in company ("Share this article" / "Read
    more:" / "Advertisement" / "By", the lone label among chrome): the header, the story,
    then all the boilerplate in one block; the layout if it reads back whole, else None."""
    boilerplate = article.boilerplate
    if not 1 < len(boilerplate) <= _MAX_PACKED_LINES:
        return None
    head = _header_lines(article, lambda lines: lines)
    dateline = _dateline_prefix(article, _parse_blocks(head) if head else None)
    layout = [*head, *_body_blocks(article, dateline, after=["\n".join(boilerplate)])]
    return layout if _agreement(layout, article) == len(_COMPARED) else None


def _openings(article: Article, *, front: bool) -> list[int]:
    """Return how many leading boilerplate lines to try above the header, best first.

    Section labels ("Politics") stand above the headline, where the parser sets them
    aside; so may the items of a page's menu ("Flood crisis", "Recap"), which the parser
    only reads as such above a bare headline over the byline or date: with them there,
    or without, whichever reads back better.
    """
    if front:
        return [0]
    boilerplate = article.boilerplate
    kickers = 0
    while kickers < len(boilerplate) and is_label_above_headline(boilerplate[kickers]):
        kickers += 1
    items = kickers
    while items < len(boilerplate) and _is_label_or_item(boilerplate[items]):
        items += 1
    # A page may open with chrome ("Skip to main content", "Sign in") and print its menu
    # after it: the ends of the first runs of labels or menu items among leading chrome.
    ends: list[int] = []
    index = 0
    while index < len(boilerplate) and len(ends) < _MAX_MENU_ENDS:
        line = boilerplate[index]
        labelled = _is_label_or_item(line)
        if not labelled and not is_chrome(line):
            break
        index += 1
        if labelled and (index == len(boilerplate) or not _is_label_or_item(boilerplate[index])):
            ends.append(index)
    # Best first; none above as the last resort (a body's line may look like a label),
    # then the first line or two whatever they look like: a header read in company may
    # have set aside a line above a headline-shaped one ("A" over "The Daily Times").
    firsts = range(1, min(len(boilerplate), _MAX_ANY_ABOVE) + 1)
    # Last, all of a short run of set-aside lines above the header, where a page printed
    # them ("@highlight" among them is page text there, the highlights' marker after it).
    whole = [len(boilerplate)] if len(boilerplate) <= _MAX_PACKED_LINES else []
    return list(dict.fromkeys((items, kickers, *ends, 0, *firsts, *whole)))


# Boilerplate lines tried above the header whatever they look like (the last resorts).
_MAX_ANY_ABOVE = 3
# How the header's lines stand around the boilerplate above and beside them: in canonical
# order first; then the two orders a page may print that canonical order reads otherwise.
_CANONICAL = "canonical"
_PUBLICATION_FIRST = "publication first"  # the paper's name over the labels above the title
_CHROME_UNDER_HEADLINE = "chrome under headline"  # page chrome between title and byline
_MENU_UNDER_HEADLINE = "menu under headline"  # a title bar, the menus, the title again
_TITLE_TWICE = "title twice"  # the headline printed again on the line under it
_BYLINE_TWICE_FIRST = "byline twice first"  # the byline and its repeat over the headline
_BYLINE_FIRST = "byline first"  # the byline over the headline ("By AFP" / "Title: X")


def _arrangements(article: Article) -> list[str]:
    """Return the header arrangements worth trying for ``article``, canonical first."""
    arrangements = [_CANONICAL]
    if article.publication is not None and article.boilerplate:
        arrangements.append(_PUBLICATION_FIRST)
    if article.headline is not None and article.boilerplate:
        arrangements += [_CHROME_UNDER_HEADLINE, _MENU_UNDER_HEADLINE]
        if article.headline in article.boilerplate:
            arrangements.append(_TITLE_TWICE)
        if _repeats_byline_first(article):
            arrangements.append(_BYLINE_TWICE_FIRST)
        if _byline_above_headline(article):
            arrangements.append(_BYLINE_FIRST)
    return arrangements


def _byline_index(article: Article) -> int:
    """Where the byline stands among the article's header lines (see ``_choices``)."""
    return next(i for i, choice in enumerate(_choices(article)) if "byline" in choice.fields)


def _byline_above_headline(article: Article) -> bool:
    """Whether the page printed its byline above its headline (as the parser read it)."""
    lines = article.lines
    return article.byline is not None and lines.get("byline", 0) < lines.get("headline", 0)


def _repeats_byline_first(article: Article) -> bool:
    """Whether the page printed its byline twice above its headline: the first line set
    aside credits the byline's people ("BY JANE DOE" / "BY JANE DOE" / "Title")."""
    byline = read_byline(article.boilerplate[0]) if article.byline else None
    return (
        article.publication is None  # the headline is the first header line
        and byline is not None
        and byline.authors == article.authors
        and _byline_above_headline(article)
    )


# Layouts tried for pages whose menus follow leading chrome (each is parsed back once).
_MAX_MENU_ENDS = 3


def _is_label_or_item(line: str) -> bool:
    """A section label or a menu item, as the parser sets them aside above a headline."""
    return is_label_above_headline(line) or (
        is_menu_item_shaped(line) and not is_chrome(line) and header_role(line) is None
    )


def _layout(
    article: Article, *, front: bool, kickers: int, arrangement: str
) -> tuple[int, list[str]]:
    """Lay the article out with ``kickers`` boilerplate lines above the header, its header
    lines in ``arrangement``; return how many fields it reads back right, and its blocks."""
    opening = [FENCE] if front else list(article.boilerplate[:kickers])
    kept = kickers + _header_boilerplate(
        article.boilerplate[kickers:], front=front, authors=article.authors
    )
    if arrangement == _PUBLICATION_FIRST:
        aside = list(article.boilerplate[kickers:kept])
        head = _header_lines(article, lambda lines: [*lines[:1], *opening, *lines[1:]])
        head += aside
    elif arrangement in (_CHROME_UNDER_HEADLINE, _MENU_UNDER_HEADLINE):
        # Under the headline, chrome shaped like a header line ("BY USING THIS SITE") is
        # read as chrome: the byline comes after it. A page's menus and the headline
        # printed again stand there too, all of the page's lines that the parser set aside.
        kept = kickers
        if arrangement == _MENU_UNDER_HEADLINE:
            kept = _menu_end(article)
        while kept < len(article.boilerplate) and is_chrome(article.boilerplate[kept]):
            kept += 1
        aside = list(article.boilerplate[kickers:kept])
        # The headline is the first header line, or the second under the paper's name.
        under = 2 if article.publication is not None else 1
        head = _header_lines(
            article, lambda lines: [*opening, *lines[:under], *aside, *lines[under:]]
        )
    elif arrangement == _TITLE_TWICE and article.boilerplate[kickers:][:1] == (article.headline,):
        # The repeat right under the headline, in its block: read as the page's title
        # printed twice, where a block of its own may read as the story's first line.
        kept = kickers + 1
        title = 1 if article.publication is not None else 0
        head = _header_lines(
            article,
            lambda lines: [
                *opening,
                *lines[:title],
                f"{lines[title]}\n{article.headline}",
                *lines[title + 1 :],
            ],
        )
    elif arrangement == _BYLINE_TWICE_FIRST and not kickers:
        # "By ..." over its repeat as printed, then the headline (and its repeat, in its
        # block): the parser takes the first byline and sets the second aside.
        by = _byline_index(article)
        twice = article.boilerplate[1:2] == (article.headline,)
        kept = 2 if twice else 1

        def byline_first(lines: list[str]) -> list[str]:
            rest = [line for i, line in enumerate(lines) if i != by]
            if twice:
                rest[0] = f"{rest[0]}\n{article.headline}"
            return [*opening, lines[by], article.boilerplate[0], *rest]

        head = _header_lines(article, byline_first)
    elif arrangement == _BYLINE_FIRST:
        by = _byline_index(article)
        head = _header_lines(
            article,
            lambda lines: [*opening, lines[by], *(line for i, line in enumerate(lines) if i != by)],
        )
        head += article.boilerplate[kickers:kept]
    else:
        head = _header_lines(article, lambda lines: [*opening, *lines])
        head += article.boilerplate[kickers:kept]
    head += [
        *_unplaced_lines(article),
        *([FENCE] if front else []),
    ]
    dateline = _dateline_prefix(article, _parse_blocks(head))
    leads = _repeated_leads(article, article.boilerplate[kept:], dateline)

    def body_with(leads: list[tuple[str, bool]], *, aside_first: bool = False) -> list[str]:
        aside = [_unmistakable_boilerplate(line) for line, lead in leads if not lead]
        repeats = [line for line, lead in leads if lead]
        if aside_first:
            return _body_blocks(article, dateline, before=[*repeats, *aside])
        return _body_blocks(article, dateline, before=repeats, after=aside)

    bodies = [body_with(leads)]
    if any(lead for _, lead in leads):
        # Lines that only look like repeats of the lede (a closing menu that repeats the
        # headline, say) are tried in order after the story too.
        bodies.append(body_with([(line, False) for line, _ in leads]))
    if any(not lead for _, lead in leads):
        # Before the story, where a line that closes a record ("Source: Reuters", a second
        # caption's credit) is not read as the record's closing line.
        bodies.append(body_with(leads, aside_first=True))
        if any(lead for _, lead in leads):
            # And before it in the order they were set aside, repeats among the others.
            in_order = [line if lead else _unmistakable_boilerplate(line) for line, lead in leads]
            bodies.append(_body_blocks(article, dateline, before=in_order))
    blocks = [*head, *bodies[0]]
    best = -1
    for body in bodies:
        plain = [*head, *body]
        agreement = _agreement(plain, article)
        if agreement > best:
            blocks, best = plain, agreement
        if agreement == len(_COMPARED) or not body:
            break
        # The header zone may have taken the body's opening line (a URL, a "By ..."
        # paragraph, a title-like first paragraph when there is no headline): the marker
        # stops it, so keep it if the text then reads back closer to the article.
        marked = [*head, BODY_MARKER, *body]
        agreement = _agreement(marked, article)
        if agreement > best:
            blocks, best = marked, agreement
        if agreement == len(_COMPARED):
            break
    else:
        if leads:
            # The last resort: all the set-aside lines in the header zone, as the parser
            # may have read them there ("0" under the date), the marker under them.
            zone = [
                *head,
                *article.boilerplate[kept:],
                BODY_MARKER,
                *_body_blocks(article, dateline),
            ]
            agreement = _agreement(zone, article)
            if agreement > best:
                blocks, best = zone, agreement
    return best, blocks


def _menu_end(article: Article) -> int:
    """Where a page's menus under its title bar end: after the headline printed again (the
    lines after it were set aside further down the page), or at the last line."""
    boilerplate = article.boilerplate
    repeat = next((i for i, line in enumerate(boilerplate) if line == article.headline), None)
    return len(boilerplate) if repeat is None else repeat + 1


def _unplaced_lines(article: Article) -> list[str]:
    """Return the lines the header could not place, which stay under it (URL lines go
    last, after the body)."""
    return [line for line in article.unrecognised if header_role(line) != "url"]


def _body_blocks(
    article: Article,
    dateline: str,
    *,
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    with_url: bool = True,
) -> list[str]:
    """Return the blocks after the header: the caption, then ``before`` (boilerplate that
    stands before the story), the story, ``after``, highlights, related links and URLs
    (the article's own unless ``with_url`` is False)."""
    return [
        *_caption_lines(article),
        *before,
        *_body_lines(article, dateline),
        *after,
        *_highlight_lines(article),
        *(related_line(related) for related in article.related),
        *([_url_line(article)] if with_url and article.url is not None else []),
        *(line for line in article.unrecognised if header_role(line) == "url"),
    ]


def _url_line(article: Article) -> str:
    return f"{URL_LABEL}: {article.url}"


def _choices(article: Article) -> Iterator[_Choice]:
    """Yield the header lines the article needs, in canonical order."""
    if (publication := article.publication) is not None:
        # Above the headline, as on a front page (below it, "Big News" would pass for one).
        yield _Choice(("publication",), publication, _labelled("Publication", publication))
    if (headline := article.headline) is not None:
        yield _Choice(("headline",), headline, _labelled("Title", headline))
    if (byline := article.byline) is not None:
        yield _Choice(("byline", "authors"), f"By {byline}", _labelled("By", byline))
    if (date := article.date) is not None and not _dated_by_url(article):
        yield _Choice(("date",), date, _labelled("Date", date))
    if (updated := article.updated) is not None:
        yield _Choice(("updated",), f"Updated {updated}", _labelled("Updated", updated))
    if (summary := article.summary) is not None:
        labelled = _labelled("Summary", summary)
        yield _Choice(("summary",), labelled, labelled)
    if (credit := article.photo_credit) is not None and article.photo_caption is None:
        yield _Choice(("photo_credit",), credit, _labelled("Photo", credit))


def _dated_by_url(article: Article) -> bool:
    """Tell whether the parser took the date from the URL, for want of a date line: the
    text then leaves it there, as the document did."""
    return (
        "date" not in article.lines
        and article.url is not None
        and (url_day(article.url) == article.date)
    )


def _header_lines(article: Article, arrange: Callable[[list[str]], list[str]]) -> list[str]:
    """Choose each header line, bare if the whole header reads right with it, else
    labelled; return the lines ``arrange`` makes of them with what stands around them.

    The check is in context, because the parser reads a line by its neighbours too (a
    newspaper's name stands for the headline when no other line does).
    """
    choices = list(_choices(article))
    lines = [choice.bare for choice in choices]
    done: set[str] = set()
    for index, choice in enumerate(choices):
        done.update(choice.fields)
        if not _header_reads(_parse_blocks(arrange(lines)), article, done):
            lines[index] = choice.labelled
    return arrange(lines)


def _header_reads(parsed: Article | None, article: Article, done: set[str]) -> bool:
    """Return True if ``parsed`` has the header fields in ``done`` right."""
    if parsed is None:
        return False
    if any(getattr(parsed, name) != getattr(article, name) for name in done):
        return False
    return article.agencies[: len(parsed.agencies)] == parsed.agencies


def _labelled(label: str, value: str) -> str:
    """Return ``label: value``, quoted when the parser would take the value's quotes off."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        # The parser unquotes YAML-style values; single quotes undo exactly (only '' -> ').
        value = "'" + value.replace("'", "''") + "'"
    return f"{label}: {value}"


def _is_metadata(line: str) -> bool:
    """Return True for a "key: value" line that only front matter sets aside."""
    key, colon, _ = line.partition(":")
    # One word before the colon, as YAML keys are: "10:00" in a sentence is a time.
    return (
        bool(colon)
        and _YAML_KEY.fullmatch(key.strip()) is not None
        and header_role(line) is None
        and read_caption(line) is None
    )


def _has_front_matter(article: Article) -> bool:
    """Return True if the article kept lines that only front matter explains."""
    lines = (*article.boilerplate, *article.unrecognised)
    return any(_is_metadata(line) and not is_chrome(line) for line in lines)


def _header_boilerplate(
    boilerplate: tuple[str, ...], *, front: bool, authors: tuple[str, ...] = ()
) -> int:
    """Return how many leading boilerplate lines the header zone sets aside (page chrome,
    metadata in front matter, the byline printed again: the parser sets it aside only
    there); the rest go in the body, in order.

    Chrome that reads as a header field there ("Date: unknown COOKIE:POLICY" is a date
    label first) goes in the body, where only the chrome rules read it.
    """
    count = 0
    while count < len(boilerplate) and (
        (is_chrome(line := boilerplate[count]) and header_role(line) is None)
        or (front and _is_metadata(line))
        or (authors and _names_authors(line, authors))
    ):
        if is_list_heading(line) and not all(map(is_chrome, boilerplate[count + 1 : count + 2])):
            break  # "Most read" and the titles after it: a list, which stays whole in the body
        count += 1
    return count


def _names_authors(line: str, authors: tuple[str, ...]) -> bool:
    """Whether ``line`` is a byline of ``authors`` ("BY JANE DOE" for Jane Doe)."""
    byline = read_byline(line)
    return byline is not None and byline.authors == authors


def _repeated_leads(
    article: Article, boilerplate: tuple[str, ...], dateline: str
) -> list[tuple[str, bool]]:
    """Pair each body boilerplate line with whether it repeats the page's headline,
    standfirst or lede (as written, with its dateline): those go before the story, where
    the parser sets them aside."""
    opening = article.sections[0] if article.sections else None
    paragraph = next(iter(opening.paragraphs), None) if opening else None
    first = opening and (opening.heading or (paragraph and dateline + paragraph))
    if not first:
        return [(line, False) for line in boilerplate]

    def is_lead(line: str) -> bool:
        return (
            not is_chrome(line)
            and read_caption(line) is None
            and repeats_lead(line, first, article.headline, article.summary)
        )

    return [(line, is_lead(line)) for line in boilerplate]


def _unmistakable_boilerplate(line: str) -> str:
    """Return a body boilerplate line (a second photo's caption, say) that stays one."""
    # The photo credit before it makes a caption here a second one, which is boilerplate.
    context = [_labelled("Photo", "Credit"), BODY_MARKER]
    return _unmistakable(line, context, lambda a: a.boilerplate == (line,))


def _caption_lines(article: Article) -> Iterator[str]:
    """Yield the caption line, its credit written in a form the parser splits off."""
    caption, credit = article.photo_caption, article.photo_credit
    if caption is None or credit is None:
        return
    lines = [f"{caption} {form.format(credit)}" for form in _CREDIT_FORMS]
    line = next((line for line in lines if read_caption(line) == (caption, credit)), None)
    if line is None and read_credit(credit) == credit:
        # The credit on a line of its own under the caption, if that reads back; under
        # the caption wrapped, as a long one reads in company (a line of its own reads
        # as the story's).
        for lines_above in (caption, *_wrappings(caption)):
            stacked = f"{lines_above}\n{credit}"
            parsed = parse(f"{BODY_MARKER}\n\n{stacked}\n")
            if (parsed.photo_caption, parsed.photo_credit) == (caption, credit):
                yield stacked
                return
    if line is None and read_credit(credit) is None:
        # A credit no form marks as one ("Jane Roe for The Daily Ledger"): under its
        # label, as news pages print it ("Credit..."), which the late fields read.
        yield from (caption, CREDIT_LABEL, credit)
        return
    yield _unmistakable(
        line or lines[0],
        [BODY_MARKER],
        lambda a: (a.photo_caption, a.photo_credit) == (caption, credit),
    )


def _dateline_prefix(article: Article, header: Article | None) -> str:
    """Return the dateline as it opens the first paragraph, or "" for none.

    An agency the byline does not credit came from the dateline, so it goes back there;
    so does a credited one when the place alone would not read as a dateline.
    """
    if article.dateline is None:
        return ""
    credited = header.agencies if header else ()
    extra = [a for a in article.agencies if a not in credited]
    candidates = [f"{article.dateline} ({agency})" for agency in extra[:1]]
    candidates += [article.dateline, *(f"{article.dateline} ({a})" for a in credited)]
    for candidate in candidates:
        dateline = read_dateline(f"{candidate}{DATELINE_DASH}x")
        if dateline is not None and dateline.place == article.dateline:
            return candidate + DATELINE_DASH
    return article.dateline + DATELINE_DASH


@dataclass
class _Block:
    """A heading or paragraph: its line as written, and the text the parser must give back
    (they differ for the first paragraph, whose line opens with the dateline)."""

    line: str
    text: str
    heading: bool
    first: bool = False  # the first paragraph, from which the parser takes a dateline
    # ... under a headline (without one, a title run onto the dateline would be read off it)
    titled: bool = False
    wrapped: str | None = None  # the paragraph over several lines, when one would misread

    @property
    def written(self) -> str:
        return self.wrapped or self.line

    def lone_title(self) -> bool:
        return self.wrapped is None and (is_heading_like(self.line) or self.marked_heading())

    def marked_heading(self) -> bool:
        return self.wrapped is None and is_markdown_heading(self.line)

    def reads_as_heading(self, following: _Block | None) -> bool:
        """Mirror the parser: a line marked as a Markdown heading is one; a lone title-like
        line heads the paragraphs after it, unless the next block is such a line too (then
        it is one of a list of short paragraphs)."""
        if self.marked_heading():
            return True
        return self.lone_title() and (following is None or not following.lone_title())

    def misreads(self, following: _Block | None) -> bool:
        """Return True if this paragraph, on one line, would not read as a paragraph."""
        return (
            self.reads_as_heading(following)
            or header_role(self.line) in _BODY_ROLES
            or read_credit_line(self.line) is not None  # "Edited by ...": a wire credit
            or shouts(self.line)  # a link to another story, in capitals
        )


def _body_lines(article: Article, dateline: str) -> list[str]:
    """Return headings and paragraphs in order, the dateline put back before the first.

    A paragraph that on one line would read as something else (a heading, a related link,
    a URL, a photo credit) is wrapped over two or more lines: the parser never takes a
    wrapped block for those, and joins its lines back with spaces.
    """
    blocks = _blocks(article, dateline, at=0)
    if dateline and _datelined_misreads(blocks) and _may_date_second(article):
        # The parser takes the dateline off the paragraph after a short first one too
        # ("0" / "MOSCOW (Reuters) — ..."): there, when the first would read otherwise.
        blocks = _blocks(article, dateline, at=1)
    _mend_misreadings(blocks)
    _break_closing_run(blocks)
    return [block.written for block in blocks]


def _blocks(article: Article, dateline: str, *, at: int) -> list[_Block]:
    """The headings and paragraphs as blocks, the dateline before paragraph ``at``."""
    blocks: list[_Block] = []
    paragraphs = 0
    for section in article.sections:
        if section.heading is not None:
            blocks.append(_Block(_heading_line(section.heading), section.heading, heading=True))
        for paragraph in section.paragraphs:
            first = paragraphs == at
            paragraphs += 1
            line = dateline + paragraph if first else paragraph
            titled = first and article.headline is not None
            blocks.append(_Block(line, paragraph, heading=False, first=first, titled=titled))
    return blocks


def _datelined_misreads(blocks: list[_Block]) -> bool:
    """Tell whether the paragraph the dateline opens would read as something else on one
    line, and wrapping it cannot help (a wrapping that helps is kept on the block)."""
    for index, block in enumerate(blocks):
        if block.first:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if not block.misreads(following):
                return False
            block.wrapped = _wrap(block)
            return block.wrapped is None
    return False


def _may_date_second(article: Article) -> bool:
    """The parser's other place for the dateline: the second paragraph of the first
    section, after a short first one that has no dateline of its own."""
    if not article.sections or len(article.sections[0].paragraphs) < 2:
        return False
    first = article.sections[0].paragraphs[0]
    return is_short_opening(first) and read_dateline(first) is None


def _mend_misreadings(blocks: list[_Block]) -> None:
    """Wrap a paragraph that on one line would read as something else, and mark a heading
    that would not read as one."""
    following: _Block | None = None
    for block in reversed(blocks):
        if not block.heading and block.misreads(following):
            block.wrapped = _wrap(block)
        elif block.heading and not block.reads_as_heading(following):
            if following is not None and not following.heading:
                following.wrapped = _wrap(following)  # so that the heading reads as one
            if not block.reads_as_heading(following):
                block.line = _marked_heading(block.text)  # before another heading, say
        following = block


def _heading_line(heading: str) -> str:
    """Return a heading as written: bare when its shape makes it a heading, else marked as
    in Markdown ("## the end.")."""
    if is_heading_like(heading) and not is_markdown_heading(heading):
        return heading
    return _marked_heading(heading)


def _marked_heading(heading: str) -> str:
    # A closing "##" keeps a "#" that ends the heading itself from being read as one.
    closing = " ##" if heading.endswith("#") else ""
    return f"## {heading}{closing}"


def _break_closing_run(blocks: list[_Block]) -> None:
    """Wrap paragraphs that, on one line, would complete a closing navigation run.

    The parser's rule (``closing_run_start``): enough lone title-like lines at the end of
    the body, after some text, are a menu (boilerplate). An article read from such lines
    has them in ``boilerplate`` already; only a title-like paragraph that was wrapped in
    the input can complete a run here, and wrapping it again keeps it a paragraph.
    """
    while (start := closing_run_start(blocks, _Block.lone_title)) is not None:
        # Wrapping a block turns the lone title before it into a heading, so only a
        # paragraph that opens the run or follows a heading may be wrapped; the first one
        # that can be ("By" alone cannot).
        candidates = (
            block
            for index, block in enumerate(blocks[start:], start)
            if not block.heading and (index == start or blocks[index - 1].heading)
        )
        wrappings = ((block, _wrap(block)) for block in candidates)
        paragraph, wrapped = next(((b, w) for b, w in wrappings if w is not None), (None, None))
        if paragraph is None:
            return
        paragraph.wrapped = wrapped


def _wrap(block: _Block) -> str | None:
    """Wrap a paragraph over lines that the parser joins back into it, or return None."""
    # Check it where it stands: only the first paragraph gives up a dateline, or the second
    # after a short first one; after two paragraphs, none does.
    before = [] if block.first else [_FILLER, _FILLER]
    expected = (Section(None, (*before, block.text)),)
    title = [_FILLER_TITLE] if block.titled else []
    # Read alone under the marker, the paragraph gives no credit or related link: a wrapping
    # that reads as one puts a line of it there.
    return _wrapping(
        block.line,
        [*title, BODY_MARKER, *before],
        lambda a: a.sections == expected and a.photo_credit is None and not a.related,
    )


def _wrapping(line: str, context: list[str], reads_right: Callable[[Article], bool]) -> str | None:
    """Return the first wrapping of ``line`` that reads right after ``context``, or None."""
    for wrapped in _wrappings(line):
        parsed = _parse_blocks([*context, wrapped])
        if parsed is not None and reads_right(parsed):
            return wrapped
    return None


def _unmistakable(line: str, context: list[str], reads_right: Callable[[Article], bool]) -> str:
    """Return a body line that is not a link, wrapped if on one line it would read as one."""
    if header_role(line) not in _LINK_ROLES:
        return line
    return _wrapping(line, context, reads_right) or line


def _wrappings(line: str) -> Iterator[str]:
    """Yield ways to wrap ``line`` at spaces, lines of even length first.

    The parser splits a wrapped block again after a short line ending a sentence, or
    before a short title-like first line, so a few break points are worth trying.
    """
    count = max(2, -(-len(line) // _WRAP_WIDTH))
    spaces = [index for index, char in enumerate(line) if char == " "]
    if len(spaces) < count - 1:
        return
    if count == 2:
        middle = len(line) / 2
        nearest = sorted(spaces, key=lambda i: abs(i - middle))[:_WRAP_TRIES]
        for index in nearest:
            yield f"{line[:index]}\n{line[index + 1 :]}"
        yield from _early_breaks(line, spaces, nearest)
        if 2 <= len(spaces) <= _MAX_WORD_LINES:
            # Last, for a short paragraph whose halves each read as something else
            # ("Source: Reuters" / "https://... By"): three lines, as the page printed it
            # ("Source: Reuters" / "https://..." / "By"), then a word a line.
            for first, second in itertools.combinations(spaces, 2):
                yield f"{line[:first]}\n{line[first + 1 : second]}\n{line[second + 1 :]}"
            if len(spaces) <= _MAX_FOUR_LINE_SPACES:
                # Four lines, when no three do ("Related:" / "— Photo:" / "... ..." / "00").
                for breaks in itertools.combinations(spaces, 3):
                    yield _broken_at(line, breaks)
            yield line.replace(" ", "\n")
        return
    breaks: list[int] = []
    for part in range(1, count):
        ideal = part * len(line) / count
        later = [index for index in spaces if not breaks or index > breaks[-1]]
        if not later:
            return
        breaks.append(min(later, key=lambda index: abs(index - ideal)))
    yield _broken_at(line, tuple(breaks))
    yield from _early_breaks(line, spaces, breaks)


# A paragraph of this many spaces at most may be written over three lines broken at any
# of them, or a word a line, the last wrappings; one of fewer, over four lines too.
_MAX_WORD_LINES = 12
_MAX_FOUR_LINE_SPACES = 8


def _broken_at(line: str, breaks: tuple[int, ...]) -> str:
    """``line`` with each of the spaces at ``breaks`` made a line break."""
    starts = [0, *(index + 1 for index in breaks)]
    ends = [*breaks, len(line)]
    return "\n".join(line[start:end] for start, end in zip(starts, ends, strict=True))


# Breaks after the first words are tried too: "#" or "#" / "#" alone, unlike "# Title ...",
# is no Markdown heading.
_EARLY_BREAKS = 3


def _early_breaks(line: str, spaces: list[int], tried: list[int]) -> Iterator[str]:
    """Yield ``line`` wrapped after its first word, then after each of its first two and
    three words (the rest wrapped as evenly as it needs)."""
    for count in range(1, min(_EARLY_BREAKS, len(spaces)) + 1):
        if count == 1 and spaces[0] in tried:
            continue
        end = spaces[count - 1]
        rest = line[end + 1 :]
        if len(rest) > _WRAP_WIDTH:
            rest = next(_wrappings(rest), rest)
        yield "\n".join([*line[:end].split(" "), rest])


def _highlight_lines(article: Article) -> Iterator[str]:
    for highlight in article.highlights:
        yield HIGHLIGHT_MARKER
        yield highlight


def related_line(related: Related) -> str:
    """Return a related link as ``<label>: <title> <url>`` (the parts it has)."""
    parts = [f"{related.label}:"]
    parts.extend(part for part in (related.title, related.url) if part)
    return " ".join(parts)


def _parse_blocks(blocks: list[str]) -> Article | None:
    """Parse blocks as a dump; None when there is nothing to parse."""
    try:
        return parse("\n\n".join(blocks))
    except ArticleParseError:
        return None


def _agreement(blocks: list[str], article: Article) -> int:
    """Return how many of the article's fields the blocks parse back to."""
    parsed = _parse_blocks(blocks)
    if parsed is None:
        return 0
    return sum(getattr(parsed, name) == getattr(article, name) for name in _COMPARED)
