"""Header fields found past the header zone: after a page's menus, or after a record's body.

Whole-page dumps put navigation between the headline and the byline, and crawls print
"Date: ..." after a record's text; the header zone has ended by then, so these readers
look further for the fields it still lacks (see :func:`take_late_fields` and
:func:`take_trailing_labels`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..recordlabels import is_counter
from .blocks import Block, Line
from .byline import Byline, read_byline, read_located_name, read_titled_name
from .bylinedate import read_byline_and_date
from .chrome import is_chrome, read_caption
from .dates import read_date_line, read_time_line
from .fields import (
    has_metadata_label,
    is_prose,
    lone_label,
    read_label,
)
from .header import (
    Header,
    is_credit_label,
    is_strict_body_marker,
    set_byline,
    set_byline_and_date,
    set_date,
    set_glued_headline,
    take_byline_continuation,
    take_labelled,
    take_time,
)
from .lexicon import HEADER_LABELS
from .titles import (
    MAX_STANDFIRST_WORDS,
    MIN_STANDFIRST_WORDS,
    header_role,
    is_byline_or_date,
    is_menu_item_shaped,
    split_glued_standfirst,
)


def take_menu_over_repeated_headline(header: Header, blocks: list[Block]) -> list[Block]:
    """Set aside a page's menus between its title bar and the headline printed again.

    A saved page opens with its title ("Bridge reopens | kxyz.com", the header's headline),
    then the site's navigation line by line, then the headline again over the standfirst
    and byline. When the headline comes back as a block of its own after a few one-line
    blocks and before any prose, those blocks and the repeat are the page's, not the
    story's."""
    if header.headline is None or header.headline_labelled or header.strictly_ended:
        return blocks  # "Text:" said the body starts here, whatever it looks like
    key = header.headline.casefold()
    repeat = None
    items = 0
    for index, block in enumerate(blocks[:_MAX_LATE_BLOCKS]):
        if block.text.strip(" #*").casefold() == key:
            repeat = index
            break
        if len(block.lines) > 1 or is_prose(block.text) or _is_field(block.text):
            return blocks  # the story, or a field (the late fields look for a byline)
        items += is_chrome(block.text) or is_menu_item_shaped(block.text)
    # Mostly menu items and chrome ("77°" and "Harrisburg, PA »" may stand among them).
    if repeat is None or repeat < _MIN_MENU_BLOCKS or 2 * items < repeat:
        return blocks
    for block in blocks[: repeat + 1]:
        header.boilerplate.append(block.text)
        header.roles[block.number] = "boilerplate"
    rest = blocks[repeat + 1 :]
    if rest and len(rest[0].lines) == 1 and is_strict_body_marker(rest[0].text):
        # "Text:" under the repeat, as canonical text writes the body's start after the
        # page's menus: the body opens there, whatever it looks like.
        header.roles[rest[0].number] = "label"
        header.ended = header.strictly_ended = True
        rest = rest[1:]
    return rest


def _is_field(text: str) -> bool:
    """A header field's line (a byline, date, label, credit, related link or URL), or a
    label alone over its value: no menu item."""
    return header_role(text) is not None or lone_label(text) is not None


# A menu has a few items at least; one or two lines between are a kicker or a standfirst.
_MIN_MENU_BLOCKS = 3


def take_late_fields(header: Header, blocks: list[Block]) -> list[Block]:
    """Give the header a byline or date line that comes after page menus; return the rest.

    Whole-page dumps put navigation ("Home", "News", ...) between the headline and the
    byline, which ends the header zone early. Before the story's first paragraph of prose
    (a sentence: menus rarely end with a full stop), a "By ..." or date line still names
    the article's byline or date when the header has none; so does a block of them ("By
    Jane Roe" / "March 3, 2024" / "12:03 PM").
    """
    if header.ended and header.strictly_ended:
        return blocks  # "Text:" said the body starts, whatever it looks like (see below)
    if header.byline is not None and (header.date is not None or header.date_seen):
        # Nothing left to find (most articles), but a credited caption opening the body,
        # as canonical text writes it.
        return _without_opening_caption(header, blocks)
    taken: set[int] = set()
    # The last line of the block before, when it was taken: a job title may follow a byline.
    last_taken = None
    joined = list(_with_split_fields_joined(blocks[:_MAX_LATE_BLOCKS]))
    resume = 0  # blocks before this index were taken with the one before them
    for index, (block, lines) in enumerate(joined):
        if index < resume:
            continue
        previous, last_taken = last_taken, None
        if len(lines) == 1:
            if _credited_caption_at(joined, index) and header.photo_credit is None:
                # "Workers clear the site." / "Credit..." / "Jane Roe for The Times": the
                # lead picture's caption and credit between the standfirst and the byline.
                caption_blocks = [caption_block for caption_block, _ in joined[index : index + 3]]
                _take_credited_caption(header, caption_blocks)
                taken.update(caption_block.number for caption_block in caption_blocks)
                resume = index + 3
                continue
            if _is_late_standfirst(header, block.text, joined, index + 1):
                glued = split_glued_standfirst(block.text) if header.headline is None else None
                if glued is not None:
                    _set_roles(header, block, set_glued_headline(header, lines[0], *glued))
                else:
                    header.summary = block.text
                    header.lines["summary"] = block.number
                    _set_roles(header, block, "summary")
                taken.add(block.number)
                continue
            if is_prose(block.text):
                break  # the story has begun
            # One line: only the readers of the fields still wanted (pages with long menus
            # come here for every menu item).
            role = _late_field(header, lines[0]) or take_byline_continuation(
                header, lines[0], previous=previous
            )
            if role:
                _set_roles(header, block, role)
                taken.update(line.number for line in block.lines)
                last_taken = block.lines[-1].number
        # Several lines: fields first, as "March 3, 2024 / 9:15 a.m." ends like a sentence.
        elif _is_late_header_block(header, lines):
            for line in lines:
                role = _late_field(header, line, in_block=True) or take_time(header, line.text)
                if role is None and is_counter(line.text):
                    header.boilerplate.append(line.text)
                    role = "boilerplate"
                assert role is not None, "_is_late_header_block checked every line"
                header.roles[line.number] = role
            # A lone label's value line takes the role of the line it was joined to.
            _set_roles(header, block, header.roles[lines[0].number])
            taken.update(line.number for line in block.lines)
        elif is_prose(block.text):
            break
    return [block for block in blocks if block.number not in taken]


# A video player's lines may stand between the standfirst and the byline ("More Videos" /
# "Next up in 5" / a title): this many are looked past.
_MAX_CHROME_BETWEEN = 4


def _next_unchromed(joined: list[tuple[Block, list[Line]]], start: int) -> str | None:
    """The first line of the first block from ``start`` on that is not page chrome nor a
    credited caption (a few at most are looked past), or None."""
    index = start
    for _ in range(_MAX_CHROME_BETWEEN + 1):
        if index >= len(joined):
            return None
        block, lines = joined[index]
        if _credited_caption_at(joined, index):
            index += 3  # the caption, its credit's label and the credit: one item
        elif is_chrome(block.text):
            index += 1
        else:
            return lines[0].text
    return None


def _without_opening_caption(header: Header, blocks: list[Block]) -> list[Block]:
    """Take a credited caption (caption / "Credit..." / credit) that opens the body."""
    if header.photo_credit is not None or len(blocks) < 3 or not is_credit_label(blocks[1].text):
        return blocks  # the cheap test first
    joined = [(block, list(block.lines)) for block in blocks[:3]]
    if not _credited_caption_at(joined, 0):
        return blocks
    _take_credited_caption(header, blocks[:3])
    return blocks[3:]


def _take_credited_caption(header: Header, blocks: list[Block]) -> None:
    """Give the header the caption and credit of ``blocks`` (caption, label, credit)."""
    caption, _, credit = blocks
    header.photo_caption, header.photo_credit = caption.text, credit.text
    header.lines["photo_credit"] = credit.number
    for block in blocks:
        _set_roles(header, block, "credit")


def _credited_caption_at(joined: list[tuple[Block, list[Line]]], index: int) -> bool:
    """A one-line caption at ``index``, then a credit label, then the credit."""
    if index + 2 >= len(joined):
        return False
    label, credit = joined[index + 1][0].text, joined[index + 2][0].text
    return (
        is_credit_label(label)
        and len(joined[index][1]) == 1
        and len(credit.split()) <= _MAX_CREDIT_WORDS
        and not is_prose(credit)
    )


_MAX_CREDIT_WORDS = 12


# What a labelled record may still give after its body, when its header did not.
_TRAILING_FIELDS = frozenset({"headline", "byline", "date", "updated", "publication"})


def take_trailing_labels(header: Header, lines: list[Line]) -> list[Line]:
    """Take the labelled fields a record prints after its body; return the other lines.

    Crawls write "Title: ...", "Content: ..." and then "Date: ..." or "Author: ...": once a
    label opened the body, a later line that is a label of a field the header lacks is
    that field (an empty or placeholder one is dropped as well). Not after the canonical
    text's "Text:", which opens the body itself, with whatever lines it holds.
    """
    if not header.ended or header.strictly_ended:
        return lines
    kept = []
    value_lines: list[Line] = []  # the lines under a lone label, its value
    for index, line in enumerate(lines):
        if value_lines and line is value_lines[0]:
            value_lines.pop(0)
            continue
        if line.text[-1] == "}" and (role := _take_metadata_object(header, line)):
            header.roles[line.number] = role
            continue
        labelled = read_label(line.text) if ":" in line.text[:_MAX_LABEL_END] else None
        wanted = labelled is not None and labelled[0] in _TRAILING_FIELDS
        if wanted and not labelled[1]:
            # "Author:" / "By Jane Roe, Wire": the value on the lines right under the label
            value_lines = _lines_under(lines, index)
            labelled = (labelled[0], " ".join(value.text for value in value_lines))
        if (
            wanted
            and _lacks(header, labelled[0])
            and (role := take_labelled(header, line, *labelled))
        ):
            header.roles[line.number] = role
            for value in value_lines:
                header.roles[value.number] = role
            continue
        value_lines = []  # not taken: the lines under the label are the text's
        if labelled is None and ":" in line.text[:_MAX_LABEL_END] and has_metadata_label(line.text):
            # "Sentiment: Positive", "Word count: 512": the crawl's own fields, no text.
            header.boilerplate.append(line.text)
            header.roles[line.number] = "boilerplate"
        else:
            kept.append(line)
    return kept


# A lone label's value runs over a line or two ("Updated" / "4:44 PM EST, Mon ...").
_MAX_VALUE_LINES = 2


def _lines_under(lines: list[Line], index: int) -> list[Line]:
    """The lines right under ``lines[index]`` (no blank line between) up to the next label,
    at most :data:`_MAX_VALUE_LINES`."""
    under: list[Line] = []
    for line in lines[index + 1 : index + 1 + _MAX_VALUE_LINES]:
        previous = under[-1] if under else lines[index]
        if line.number != previous.number + 1 or read_label(line.text) is not None:
            break
        under.append(line)
    return under


def _take_metadata_object(header: Header, line: Line) -> str | None:
    """Read "Metadata: {'headline': ..., 'author': ..., 'date': ...}" after a record's
    body: the fields the header lacks, the line itself set aside; None for other lines."""
    label, colon, value = line.text.partition(":")
    value = value.strip()
    if not colon or len(label.split()) > _MAX_OBJECT_LABEL_WORDS or value[:1] != "{":
        return None
    from ..apijson import object_fields  # only for such a line

    fields = object_fields(value)
    if not fields:
        return None
    for label, text in fields.items():  # "Title", "Author", ... as the header reads them
        field_name = HEADER_LABELS.get(label.casefold())
        if field_name in _TRAILING_FIELDS and _lacks(header, field_name):
            take_labelled(header, line, field_name, text)
    header.boilerplate.append(line.text)
    return "boilerplate"


_MAX_OBJECT_LABEL_WORDS = 2


# A label's colon comes within this many characters of a line's start.
_MAX_LABEL_END = 30


def _lacks(header: Header, field_name: str) -> bool:
    if field_name in ("date", "updated"):
        return not header.date_seen and getattr(header, field_name) is None
    return getattr(header, field_name) is None


def _is_late_standfirst(
    header: Header, text: str, joined: list[tuple[Block, list[Line]]], after: int
) -> bool:
    """A sentence right above the byline or date (``joined[after]`` on, past a video
    player's lines) that the page's menus kept from the header: its standfirst ("Crude
    prices eased on Monday ...")."""
    if header.summary is not None or header.byline is not None or header.date_seen:
        return False
    if not MIN_STANDFIRST_WORDS <= len(text.split()) <= MAX_STANDFIRST_WORDS:
        return False
    if header.headline is not None and text.strip(" #*").casefold() == header.headline.casefold():
        return False  # the headline again, as the page's body repeats it
    following = _next_unchromed(joined, after)
    return following is not None and (
        lone_label(following) is not None
        or is_byline_or_date(following)
        or _credited_caption(following) is not None  # the lead picture's, over the byline
    )


# A caption with its credit on one line is this long at most.
_MAX_CAPTION_LINE = 200


def _credited_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line that is a picture's caption ending in its credit."""
    if len(text) > _MAX_CAPTION_LINE:
        return None
    caption = read_caption(text)
    return (caption[0], caption[1]) if caption is not None and caption[0] else None


def _is_bare_name(text: str) -> bool:
    """A name alone ("Vidya", "Jane Doe"): up to four capitalised words of letters that
    a byline would credit as a person ("By Vidya"; not "By Takeaways From ...")."""
    words = text.split()
    if not 0 < len(words) <= _MAX_NAME_WORDS or not all(
        word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha() for word in words
    ):
        return False
    if is_chrome(text):
        return False  # "Advertisement"
    byline = read_byline(f"By {text}")
    return byline is not None and byline.authors == (text,)


_MAX_NAME_WORDS = 4


# Page menus before the byline run to sixty blocks or so (a hundred and twenty on the
# longest pages seen); past this many blocks without prose, there is no header left to
# find, and reading on would only cost time (a dump of thousands of label lines).
_MAX_LATE_BLOCKS = 200


def _with_split_fields_joined(blocks: list[Block]) -> Iterator[tuple[Block, list[Line]]]:
    """Yield each block with its lines, where a lone label (:func:`lone_label`) and the line
    after it (in the block, or a one-line block of its own) are one line, numbered as the
    label's: "By" / "Jane Doe" is "By Jane Doe"."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        lines = list(block.lines)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        label = lone_label(lines[0].text)
        if label and len(lines) == 1 and following and len(following.lines) == 1:
            block = Block((*block.lines, *following.lines), f"{label} {following.text}")
            lines = list(block.lines)
            index += 1
        if label and len(lines) >= 2:
            lines[:2] = [Line(lines[0].number, f"{label} {lines[1].text}")]
        yield block, lines
        index += 1


def _set_roles(header: Header, block: Block, role: str) -> None:
    """Give ``role`` to every line of ``block`` that has none yet."""
    for line in block.lines:
        header.roles.setdefault(line.number, role)


# A byline, a date, the time under it, and a comment counter.
_MAX_LATE_BLOCK_LINES = 4


def _late_kind(text: str) -> str | None:
    if read_byline(text) is not None:
        return "byline"
    if read_date_line(text) is not None:
        return "date"
    if read_time_line(text) is not None:
        return "time"
    if read_byline_and_date(text) is not None:
        return "byline and date"
    return None


def _is_late_header_block(header: Header, lines: list[Line]) -> bool:
    """Tell whether every line of a block is a header field the header still wants: at
    most one byline and one date, and a time only right under the date. A block with any
    other line is left whole, so nothing is taken from the middle of text."""
    if len(lines) > _MAX_LATE_BLOCK_LINES:
        return False  # a long run of date-like lines is no header (and costly to read)
    kinds = []
    last = len(lines) - 1
    for index, line in enumerate(lines):
        kind = "counter" if index == last and index and is_counter(line.text) else None
        kind = kind or _late_kind(line.text)
        if kind is None and header.photo_credit is None and _credited_caption(line.text):
            kind = "credit"  # the lead picture's caption and credit over the byline
        if kind is None and index < last and _is_bare_name(line.text):
            # A name alone right over the date: the byline without its "By".
            kind = "name" if _late_kind(lines[index + 1].text) == "date" else None
        if kind is None:
            return False  # most blocks, at their first line: the story's first paragraph
        kinds.append(kind)
    if "name" in kinds:
        kinds[kinds.index("name")] = "byline"
    if "time" in kinds:
        date_index = kinds.index("time") - 1
        if date_index < 0 or kinds[date_index] != "date":
            return False
        # The time must have a date to join: not an unreadable one, nor one with a time.
        date_line = read_date_line(lines[date_index].text)
        date_value = date_line.value if date_line is not None else None
        if date_value is None or "T" in date_value:
            return False
    if "counter" in kinds and kinds[-2] not in ("date", "time"):
        return False  # a count of comments stands under the date
    fields = [name for kind in kinds if kind != "counter" for name in kind.split(" and ")]
    if len(set(fields)) != len(fields):
        return False
    date_wanted = header.date is None and not header.date_seen
    return ("byline" not in fields or header.byline is None) and (
        "date" not in fields or date_wanted
    )


def _late_field(header: Header, line: Line, *, in_block: bool = False) -> str | None:
    """Give the header the field ``line`` is; ``in_block``: a line of a block of header
    fields only (:func:`_is_late_header_block`), where a caption with its credit and a
    name alone over the date are fields too."""
    if in_block and header.photo_credit is None and (caption := _credited_caption(line.text)):
        header.photo_caption, header.photo_credit = caption
        header.lines["photo_credit"] = line.number
        return "credit"
    if (
        in_block
        and header.byline is None
        and _is_bare_name(line.text)
        and _late_kind(line.text) is None  # "By Jane Roe" is read as the byline it is
    ):
        return set_byline(header, line, Byline(line.text, (line.text,), ()))
    if (
        header.byline is None
        and (
            byline := read_byline(line.text)
            or read_titled_name(line.text)
            or read_located_name(line.text)
        )
        is not None
    ):
        return set_byline(header, line, byline)
    date_wanted = header.date is None and not header.date_seen
    if date_wanted and (date_line := read_date_line(line.text)) is not None:
        return set_date(header, line, date_line)
    if (
        header.date is not None
        and header.updated is None
        and line.text[:1] in "Uu"  # "Updated: ..." under a late date, before the story
        and (date_line := read_date_line(line.text)) is not None
        and date_line.field == "updated"
    ):
        return set_date(header, line, date_line)
    both = read_byline_and_date(line.text) if header.byline is None and date_wanted else None
    return set_byline_and_date(header, line, both) if both is not None else None
