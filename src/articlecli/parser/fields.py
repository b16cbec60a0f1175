"""Single-line field readers: credit, URL and related lines, labels, headline and heading shape.

Each reader looks at one line on its own and returns a value or None; deciding which
lines to ask (header zone, body) is the job of the modules that call them.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from .. import patterns
from ..model import Related
from ..patterns import by_first_letter, longest_first, on_first_use
from .dates import mentions_year
from .lexicon import (
    AGENCIES,
    AUTHOR_BUTTON_WORDS,
    BYLINE_PREFIXES,
    CREDIT_PREFIXES,
    DATE_PREFIXES,
    HEADER_LABELS,
    METADATA_LABELS,
    PLACEHOLDER_SUBJECTS,
    PLACEHOLDER_VALUES,
    PUBLICATION_WORDS,
    RELATED_LABELS,
    URL_LABELS,
    WEAK_RELATED_LABELS,
)

# Between a label's words: a space, an underscore or a hyphen, or none before a capital
# ("source url": "source_url", "source-url", "sourceUrl").
_CAMEL = r"(?<=[a-z])(?=[A-Z])"  # where a key in camel case starts its next word
_WORD_JOINT = rf"(?:[ _-]|(?-i:{_CAMEL}))"


def _labels(labels: object) -> str:
    """An alternation of ``labels``, longest first, grouped by first letter (a line is
    tried against each letter once); a space in a label matches a space, an underscore or
    a hyphen, or a capital's start, as crawlers and blogs spell keys ("source url",
    "source_url", "source-url", "sourceUrl")."""
    escaped = (re.escape(str(x)).replace(r"\ ", _WORD_JOINT) for x in labels)  # type: ignore[attr-defined]
    return by_first_letter(sorted(escaped, key=longest_first))


_CAMEL_JOINT = patterns.compile(_CAMEL)


def label_key(label: str) -> str:
    """A label as the label tables spell it: lower case, words apart by spaces."""
    if not label.islower():
        label = _CAMEL_JOINT.sub(" ", label)  # "pubDate": "pub date"
    return label.lower().replace("_", " ").replace("-", " ")


_URL = patterns.compile(r"https?://[^\s<>\"'“”]+", re.IGNORECASE)
_BARE_URL = patterns.compile(r"<?(https?://[^\s<>\"]+)>?", re.IGNORECASE)
# "URL: ...", "Link - ...", "URL:-..." (some crawlers write a dash after the colon).
_URL_LINE = patterns.compile(
    rf"(?P<label>{_labels(URL_LABELS)})\s*(?::-?|：|\s-\s)\s*(?P<value>\S.*)", re.I
)
_RELATED_LINE = patterns.compile(
    rf"(?P<label>{_labels(RELATED_LABELS)})\s*[:：]\s*(?P<value>\S.*)", re.I
)
_LABELLED = patterns.compile(
    rf"(?P<label>{_labels(HEADER_LABELS)})\s*(?:[:：]{{1,2}}-?|\s-\s)\s*(?P<value>.*)", re.I
)  # (a colon typed twice, "时间：：2018年11月19日", is one)
# (Chinese and Japanese pages write the colon full width: "**来源：**".)
_BOLD_LABEL = patterns.compile(r"\*\*(?P<label>[^*:：]{1,30}?)(?:[:：]\*\*|\*\*[:：])\s*")
_BRACKETED_LABEL = patterns.compile(
    rf"\[\s*(?P<label>{_labels(HEADER_LABELS)})\s*\]\s*(?P<value>\S.*)", re.I
)
# The title of a numbered story in a dump: "ARTICLE 1: Bridge reopens", "Story 2 - ...",
# "Item 3: ...".
_NUMBERED_TITLE = patterns.compile(
    r"(?:article|story|news|item|খবর)\s*#?\d{1,4}\s*(?::|\s-\s)\s*(?P<value>\S.*)", re.I
)
_CREDIT_PREFIX = patterns.compile(rf"(?:{_labels(CREDIT_PREFIXES)})\s*", re.IGNORECASE)
_CREDIT_PREFIX_STARTS = frozenset(prefix[:3] for prefix in CREDIT_PREFIXES)
# Where the parts of a credit meet: "Jane Doe / POOL / TASS", "Jane Doe—Getty Images".
_CREDIT_PARTS = patterns.compile(r"\s*(?:/|—|–|\|)\s*")
# Marks that may close a sentence. "“" and "‘" close German and Polish quotes („...“), so
# a paragraph ending in .“ ends a sentence like one ending in ." does.
_CLOSING = "\"'”’»“‘)]"
_OPENING_OK = patterns.compile(r"""[A-Z0-9"'“‘«¿¡(\[]|\.\.\.|…""")


class UrlLine(NamedTuple):
    """A line naming the article's own URL; ``valid`` is False for a malformed value."""

    url: str
    valid: bool


# Signs a digest writes for "link" before a story's URL: "🔗 https://...", "👉 https://...".
_LINK_SIGNS = "🔗👉➡→»⇒🌐"
_SIGNED_LINK = patterns.compile(rf"[{_LINK_SIGNS}]\ufe0f?\s+(?P<url>https?://\S+)")


# A link's words that point to the whole story, closing a digest's item: "[Read More](...)".
_WHOLE_STORY_LINKS = frozenset(
    {"read more", "read full article", "read the full article", "full story",
     "read the full story", "continue reading", "read article", "read full story"}
)  # fmt: skip


def signed_link(text: str) -> str | None:
    """The URL of a link after its sign ("🔗 https://..."), or None."""
    if text[:1] not in _LINK_SIGNS or (signed := _SIGNED_LINK.fullmatch(text)) is None:
        return None
    return signed["url"]


def read_url_line(line: str, *, bare_ok: bool) -> UrlLine | None:
    """Read "Original url: https://..." (or a bare URL when ``bare_ok``)."""
    if ":" not in line:
        return None  # every form has one; most paragraphs have none
    text = line.strip()
    if text[:2] == "> ":
        text = text[2:].lstrip()  # "> Source: https://...": a Markdown quote holds the link
    if text[:2] == "**":
        text = unbolded_label(text) or text  # "**Original link:** https://..."
    if (signed := signed_link(text)) is not None:
        return UrlLine(signed, True)  # "🔗 https://...": the sign is the label
    match = _URL_LINE.fullmatch(text)
    if match:
        value = unquoted(match["value"].strip())  # front matter's 'url: "https://..."'
        if value[:1] == "[" and (link := _MARKDOWN_LINK.fullmatch(value)) is not None:
            value = link["url"]  # "Source: [https://...](https://...)", "[CNBC](https://...)"
        if _URL.fullmatch(value):
            return UrlLine(value, True)
        if label_key(match["label"]) in ("original url", "url", "source url", "article url"):
            return UrlLine(value, False)  # clearly meant as the URL, but not one
        return None
    link = _LABELLED_LINK.fullmatch(text) if text[:1] == "[" else None
    if link is not None and (
        label_key(link["label"].strip()) in URL_LABELS
        or (bare_ok and label_key(link["label"].strip(" .…")) in _WHOLE_STORY_LINKS)
    ):
        # "[Original Article](https://...)"; last in the story, "[Read More](https://...)"
        return UrlLine(link["url"], True)
    if bare_ok:
        bare = _BARE_URL.fullmatch(text)
        if bare:
            return UrlLine(bare[1], True)
        own = _SELF_LINK.fullmatch(text) if text[:1] == "[" else None
        if own is not None and own["text"] == own["url"]:
            return UrlLine(own["url"], True)  # "[https://...](https://...)": a bare URL
    return None


# A Markdown link to a page, whatever its text.
_MARKDOWN_LINK = patterns.compile(r"\[[^\]]{0,200}\]\((?P<url>https?://[^\s()]+)\)")
# A Markdown link whose text is the label of the article's URL.
_LABELLED_LINK = patterns.compile(r"\[(?P<label>[^\]]{1,40})\]\((?P<url>https?://[^\s()]+)\)")
# A Markdown link whose text is its own address, as a converter writes a bare URL.
_SELF_LINK = patterns.compile(r"\[(?P<text>https?://[^\s\]]+)\]\((?P<url>https?://[^\s()]+)\)")


# A row of a Markdown table of two columns: "| author | Jane Doe |".
_TABLE_FIELD = patterns.compile(r"\|[ \t]*(?P<key>\w[\w .-]{0,29}?)[ \t]*\|(?P<value>[^|]*)\|")


def read_table_field(line: str) -> str | None:
    """Read "| author | Jane Doe |" as "author: Jane Doe", or return None."""
    row = _TABLE_FIELD.fullmatch(line.strip())
    return f"{row['key']}: {row['value'].strip()}" if row is not None else None


# A Markdown link alone on its line: "[Text](https://...)".
_TEXT_LINK = patterns.compile(r"\[(?P<text>[^\]]{1,300})\]\((?P<url>https?://[^\s()]+)\)")


def read_text_link(line: str) -> tuple[str, str] | None:
    """Read "[Text](https://...)" as (text, URL), or return None."""
    link = _TEXT_LINK.fullmatch(line.strip())
    return (link["text"], link["url"]) if link is not None else None


def read_url_and_title(line: str) -> tuple[str, str] | None:
    """Read "https://... Headline", a crawl's URL and the page's title on one line."""
    if not line.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
        return None
    url, _, title = line.partition(" ")
    title = title.strip()
    if not _BARE_URL.fullmatch(url) or not is_headline_like(title) or _URL.search(title):
        return None
    return url, title


def read_related_line(line: str) -> Related | None:
    """Read "Related article: Title" / "Read more: Title https://..." lines."""
    if ":" not in line and "：" not in line:
        return None  # the label's colon (full width in Chinese); most paragraphs have none
    text = line.strip()
    if text[:2] == "**" and text[-2:] == "**" and "**" not in text[2:-2]:
        text = text[2:-2].strip()  # "**Also: [Title](https://...)**": Markdown bold
    match = _RELATED_LINE.fullmatch(text)
    if match is None:
        return None
    value = match["value"].strip()
    url_match = _URL.search(value)
    url = url_match.group() if url_match else None
    title = value
    if url_match:
        end = url_match.end()
        if url and url.endswith(")") and url.count("(") < url.count(")"):
            # "Title (https://...)": the closing parenthesis encloses the URL, not part of it.
            url, end = url[:-1], end - 1
        title = (value[: url_match.start()] + value[end:]).strip(" -–—|:()<>[]")
    elif match["label"].casefold() in WEAK_RELATED_LABELS and not is_headline_like(value):
        return None
    return Related(match["label"], title or None, url)


def is_link_line(line: str) -> bool:
    """Return True for a line that opens with a URL or related-link label and ends in a URL.

    Such a line is a field of its own even inside a run of short lines ("Related
    article: Title https://..." twice, with no blank line between). Without a URL at the
    end it may be the first line of a wrapped paragraph, and is left to be joined.
    """
    last_word = line.rsplit(" ", 1)[-1].lstrip("<([").lower()
    if not last_word.startswith(("http://", "https://")):
        # "Original url:" is a field whatever follows it (the seed's trailer, however
        # broken its URL): never the first words of a paragraph.
        return line[:13].casefold() == "original url:"
    return bool(
        _RELATED_LINE.match(line) or _URL_LINE.match(line) or signed_link(line.strip()) is not None
    )


def split_inline_fields(line: str) -> list[str] | None:
    """Split a record printed as one line of labelled fields ("Title: X; date: 2024-08-30;
    URL: https://...; Description: ...") into one line per field, or return None."""
    if "; " not in line or _LABELLED.match(line) is None:
        return None
    starts = [match.end() for match in _inline_field().finditer(line)]
    if len(starts) < _MIN_INLINE_FIELDS - 1:
        return None
    bounds = [0, *starts, len(line)]
    fields = [line[a:b].strip().removesuffix(";").strip() for a, b in itertools.pairwise(bounds)]
    return [field for field in fields if field]


# Where the next field starts: "; " before a label we know, and its colon.
_inline_field = on_first_use(
    rf";\s+(?=(?:{_labels([*HEADER_LABELS, *URL_LABELS, *DATE_PREFIXES, *METADATA_LABELS])})\s*:)",
    re.IGNORECASE,
)
# A title and two more fields at least: "Title: X; date: Y; URL: Z".
_MIN_INLINE_FIELDS = 3


def read_label(line: str) -> tuple[str, str] | None:
    """Read a labelled header line ("Title: ...", "Date - ...") as (field, value); a
    numbered story's label ("ARTICLE 1: ...", "Story 2 - ...") gives its headline."""
    text = line.strip()
    if text[:2] == "**":
        text = unbolded_label(text) or text  # "**Headline:** X": Markdown bold
    match = _LABELLED.fullmatch(text)
    if match is None and text[:1] == "[":
        match = _BRACKETED_LABEL.fullmatch(text)  # "[Title] River otters return"
    if match is not None:
        return HEADER_LABELS[label_key(match["label"])], match["value"].strip()
    if text[:1] in "AaSsNnIiখ" and (numbered := _NUMBERED_TITLE.fullmatch(text)) is not None:
        return "headline", numbered["value"].strip()
    return None


def unbolded_label(text: str) -> str | None:
    """ "**Headline:** X" or "**Headline**: X" as "Headline: X"; None for other lines."""
    bold = _BOLD_LABEL.match(text)
    return f"{bold['label']}: {text[bold.end() :]}" if bold is not None else None


def is_placeholder(value: str) -> bool:
    """Tell whether a labelled field's value only says that there is none: "N/A", "Title
    not found", "No date available", "Unknown author"."""
    words = value.casefold().rstrip(".!").split()
    if not words or len(words) > 4:
        return False
    if " ".join(words) in PLACEHOLDER_VALUES:
        return True
    subjects = [word for word in words if word in PLACEHOLDER_SUBJECTS]
    rest = " ".join(word for word in words if word not in PLACEHOLDER_SUBJECTS)
    return len(subjects) == 1 and (rest in PLACEHOLDER_VALUES or rest in _NO_SUBJECT)


# "No title", "No date found", "No author available" without their subject.
_NO_SUBJECT = frozenset({"no", "no found", "no available"})


def read_credit(line: str) -> str | None:
    """Return the photo credit a lone line gives ("Photo: X", "X / POOL / TASS"), or None."""
    text = line.strip()
    if len(text) > 200:
        return None  # a credit is a name or two, never a paragraph
    # The prefixes start with a handful of letters: a set lookup spares most lines the
    # pattern.
    prefix = _CREDIT_PREFIX.match(text) if text[:3].lower() in _CREDIT_PREFIX_STARTS else None
    if prefix and prefix.end() < len(text):
        value = text[prefix.end() :].strip()
        return value if is_credit_value(value) else None
    if (
        text[-1:] == ")"
        and ":" in text[-90:]
        and (labelled := _LABELLED_IN_BRACKETS.search(text)) is not None
    ):
        # "Bratislava 16. mája 2020 (TASR/HSP/Foto:Jan Novak)": the agencies, then the
        # picture's credit after its label, closing a dateline's line.
        value = labelled["credit"].strip()
        return value if is_credit_value(value) else None
    if (credited := after_credit_word(text)) and _looks_like_credit(credited):
        return credited  # "Credit Jane Doe/Getty Images": the label, no colon
    if text[:8] in _VIA_STARTS and (via := _VIA.match(text)) is not None:
        value = text[via.end() :].strip()  # "Featured Image via Getty Images/Jane Doe"
        return value if is_credit_value(value) else None
    inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    if text[-5:].lower().endswith(_PICTURE_FILE_ENDS) and " " not in text.rpartition(": ")[2]:
        return None  # "imageURL: images/2021/01/ferry.png": the picture's file, its slashes
    if _looks_like_credit(inner):
        return text if inner is text else inner
    return None


# The New York Times's credit label, with no colon: "Credit Jane Doe/Getty Images",
# "Credit...Jane Doe for The Times".
_CREDIT_WORD = patterns.compile(r"Credit(?:\.\.\.|…|\s)\s*")


def after_credit_word(text: str) -> str | None:
    """What follows "Credit" opening ``text`` (the credit, if one), or None."""
    if text[:6] != "Credit":
        return None  # the cheap test
    match = _CREDIT_WORD.match(text)
    return text[match.end() :] if match is not None else None


# A blog's credit line: "Featured Image via X", "Image via X", "Photo via X", "Featured
# Photo by X".
_VIA = patterns.compile(
    r"(?:Featured )?(?:Image|Photo|Picture)s? via\s+|Featured (?:Image|Photo|Picture)s? by\s+",
    re.IGNORECASE,
)
_VIA_STARTS = frozenset({"Featured", "Image vi", "Photo vi", "Picture ", "Images v", "Photos v"})


_LABELLED_IN_BRACKETS = patterns.compile(
    r"\((?:[^()]{0,40}?/)?\s*(?:Foto|Photo|Bild|Фото|Ảnh|Image)\s?:\s?(?P<credit>[^()]{2,80})\)$"
)


# What a crawler prints after "Image:" when there is no credit: "No image available for
# this article", "3 (Sizes: 1200x800, ...)" (a count), "Scraped".
_NO_PICTURE_OPENINGS = ("no image", "no photo", "no picture", "image not", "not available")


def is_credit_value(value: str) -> bool:
    """Tell whether a labelled credit's value names someone, not a crawler's note."""
    if not value or value[0].isdigit() or _URL.fullmatch(value) or is_placeholder(value):
        return False
    if _holds_email(value):
        return False
    folded = value.casefold()
    if " " not in folded and folded.endswith(_PICTURE_FILE_ENDS):
        return False  # "image: assets/images/ferry.jpg": the picture's file, not its credit
    return not folded.startswith(_NO_PICTURE_OPENINGS)


_EMAIL = patterns.compile(r"[\w.+-]@[\w-]+\.\w")


def _holds_email(text: str) -> bool:
    """A press release's contact ("OECD – press@oecd.example") has a credit's form, but
    an e-mail address credits no one with a picture."""
    return "@" in text and _EMAIL.search(text) is not None


# A picture's file name, as front matter names it.
_PICTURE_FILE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")


_MAX_COURTESY_SPACES = 5
# A sentence's end inside a line: a word of two letters or more, a full stop and a space
# (initials, "J. Doe", have one letter).
_SENTENCE_INSIDE = patterns.compile(r"[^\W\d_]{2}\. ")


def _looks_like_credit(text: str) -> bool:
    if not text or len(text) > 120 or text.endswith((".", "?", "!", ",", ":")):
        return False
    if _holds_email(text):
        return False
    parts = [p.strip() for p in _CREDIT_PARTS.split(text)]
    if any(not p or len(p.split()) > 6 for p in parts):
        return False
    if len(parts) == 1:
        folded = text.casefold()
        return (
            (folded in AGENCIES and folded not in ("staff",))
            # "Getty Images", "AP Photo": a name, capitalized ("Des images" is a heading).
            or (
                folded.endswith((" photo", " photos", " images", " pictures"))
                and text.rpartition(" ")[2][:1].isupper()
            )
            # "Courtesy of the harbour museum", "Courtesy Brightpot": a lent picture.
            or (folded.startswith("courtesy ") and text.count(" ") <= _MAX_COURTESY_SPACES)
        )
    # "Passengers at the port. Foto: Jane Doe/dpa" is a caption before its credit.
    return any(_is_credit_word(p) for p in parts) and not _SENTENCE_INSIDE.search(text)


def _is_credit_word(part: str) -> bool:
    folded = part.casefold()
    return (
        folded in AGENCIES
        or folded.endswith((" images", " photo", " photos", " pictures", " pool"))
        or (part.isupper() and len(part) >= 2 and part.isalpha())
        # "Harbor Press via AP": a member paper's picture sent out by an agency.
        or (" via " in folded and folded.rpartition(" via ")[2] in AGENCIES)
    )


_FREQUENCY_WORDS = frozenset({"daily", "weekly", "morning", "evening", "sunday", "nightly"})


def read_publication(line: str) -> str | None:
    """Return a newspaper's name on a line of its own ("The Kerrville Daily Times"), or None.

    Every word is capitalised and the last one is a word newspapers are named with, so a
    headline such as "Trump attacks the press" is not taken for one.
    """
    text = line.strip()
    words = text.split()
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    if words[0].endswith(":"):
        return None  # "Source: Coastline Daily": a label's value, which its label says
    last = words[-1].casefold().split("-")[-1].strip(".,")
    if last not in PUBLICATION_WORDS:
        return None
    # "Kremlin Slams Western Press" is a headline in title case: a newspaper's name starts
    # with "The", says how often it appears, or is an outlet we know.
    folded = [w.casefold() for w in words]
    named_like_a_paper = (
        folded[0] == "the"
        or any(w in _FREQUENCY_WORDS for w in folded)
        or text.casefold() in AGENCIES
    )
    return text if named_like_a_paper else None


_site_suffix = on_first_use(r"\s+(?:[:|]|-|–|—)\s+(?P<site>[^|:]{1,40})$")


_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ")
# Chinese and Japanese page titles end in the site's name after a mark, often with no
# space: "新码头启用_新浪网", "東北で大雨：朝日新聞", "... - Yahoo!ニュース". Only a name that
# ends in a word outlets are named with (newspaper, news, agency, daily, net, ...).
_cjk_site_suffix = on_first_use(
    r"(?P<title>.{4,}?)\s*(?P<mark>[：｜|_－—–]|(?<=[^\x00-\x7f])-|\s-\s)\s*"
    r"(?P<site>[^：｜|_\s][^：｜|_]{0,14}?(?:新聞社|新聞|新闻|ニュース|通信|日報|日报|時報|时报"
    r"|晚報|晚报|电视台|電視台|电子报|電子報|放送|网|網))"
)
_FIRST_CJK = "\u3000"


def split_site_name(title: str) -> tuple[str, str | None]:
    """Split a page title into headline and site name, as HTML titles carry them.

    "Floods close roads | UK news | The Guardian" -> ("Floods close roads", "The Guardian");
    "Peace talks resume : NPR" -> ("Peace talks resume", "NPR"). A " - " or " : " suffix is
    split off only when it names an outlet we know, since headlines use dashes too.
    """
    if (
        title[-1:] >= _FIRST_CJK
        and (cjk := _cjk_site_suffix().fullmatch(title)) is not None
        # "专家：警惕诈骗网" ("experts: beware of fraud rings"): after a colon, "net" may end
        # the title's own words.
        and not (cjk["mark"] == "：" and cjk["site"][-1] in "网網")
    ):
        return cjk["title"], cjk["site"]
    if not any(separator in title for separator in _SITE_SEPARATORS):
        return title, None  # the cheap test: most titles name no site
    parts = [part.strip() for part in title.split(" | ")]
    if len(parts) > 1 and parts[0] and len(parts[-1].split()) <= 5:
        return parts[0], parts[-1]
    headline, site = split_title_suffix(title)
    if site is not None and (site.casefold() in AGENCIES or read_publication(site)):
        return headline, site
    return title, None


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """Split a title at its last " - ", " | ", " : " (or dash) into the title and what
    follows, whatever that names: the caller tells whether it is a site's name."""
    if not any(separator in title for separator in _SITE_SEPARATORS):
        return title, None  # the cheap test
    match = _site_suffix().search(title)
    if match is None or match.start() == 0:
        return title, None
    return title[: match.start()].strip(), match["site"].strip()


# A Markdown (ATX) heading: "## Energy grid truce", with an optional closing "##".
_MARKDOWN_HEADING = patterns.compile(r"#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*")


def read_markdown_heading(line: str) -> str | None:
    """Return the text of a Markdown heading line ("## Warming ties" -> "Warming ties")."""
    if not line.startswith("#"):
        return None  # the cheap test: most lines
    match = _MARKDOWN_HEADING.fullmatch(line.strip())
    if match is None:
        return None
    return match["text"] or None  # "# " alone marks no heading


def is_markdown_heading(line: str) -> bool:
    """Tell whether ``line`` is a Markdown heading. The first character is looked at before
    any call: this runs on every line of every block."""
    return line[:1] == "#" and read_markdown_heading(line) is not None


# A picture in Markdown, alone on its line: "![The ferry at dusk](https://.../f.jpg)", with
# an optional title ("![x](f.jpg "At dusk")") or a link around it ("[![x](f.jpg)](page)").
_MARKDOWN_IMAGE = on_first_use(r"\[?!\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)(?:\]\([^)\s]*\))?")


def is_markdown_image(text: str) -> bool:
    """Tell whether a line is only a picture in Markdown: the page's image, not its text."""
    if not text.startswith(("![", "[![")):
        return False  # the cheap test
    return _MARKDOWN_IMAGE().fullmatch(text) is not None


def is_headline_like(line: str) -> bool:
    """Return True for a line that can be a headline: short, and not ending like a sentence."""
    text = line.strip()
    if not text or len(text) > 250 or len(text.split()) > 30:
        return False
    if not any(c.isalpha() for c in text):
        return False
    if (text[0], text[-1]) in (("[", "]"), ("(", ")")):
        return False  # wholly in brackets: a timestamp, a note, a caption's credit
    core = text.rstrip(_CLOSING)
    # Chinese and Japanese end sentences and clauses with full-width marks ("。", "，").
    return not core.endswith((".", ",", ";", ":", "。", "，", "；", "：")) or core.endswith("...")


def is_prose(line: str) -> bool:
    """Return True for running text: six words or more, ending like a sentence.

    Menus, buttons and link lists rarely end with a full stop; a story's paragraphs do.
    """
    text = line.strip()
    return text.count(" ") >= 5 and text.rstrip(_CLOSING).endswith((".", "!", "?"))


# A heading ends in none of these: a sentence's marks, and the full-width ones Chinese and
# Japanese write ("。", "，").
_SENTENCE_ENDS = (".", ",", ";", ":", "!", "。", "，", "；", "：", "！")


def is_heading_like(line: str) -> bool:
    """Return True for a short title-like line that could head the paragraphs after it.

    "Kyiv, Europe left out?" is one; "Trump had hinted at Ukraine giving up territory." is
    not (a sentence ending in a period).
    """
    text = line.strip()
    if not text or len(text) > 100:
        return False
    # The ending first: it rules out most lines (sentences), and costs least. This runs
    # on every line of every block.
    core = text.rstrip(_CLOSING)
    if core.endswith(_SENTENCE_ENDS) and not core.endswith("..."):
        return False
    if text.count(" ") > 11 and len(text.split()) > 12:
        return False
    # isupper() too: [A-Z] alone would turn "Élysée weighs in" into a paragraph.
    if not (text[0].isupper() or _OPENING_OK.match(text)) or not any(c.isalpha() for c in text):
        return False
    # A line wholly in brackets is an aside ("(Reporting by Jane Doe; Editing by Tom Roe)"),
    # not a title heading the paragraphs after it.
    return (text[0], text[-1]) not in (("(", ")"), ("[", "]"))


def lone_label(text: str) -> str | None:
    """Return a byline's label ("By", "Written by", "Author"), or a date's ("Updated",
    "Published", ...), when that is all of ``text`` (a colon may follow): pages that link
    the author's name, or style the date apart, leave the label on a line of its own and
    the value on the next. Else None."""
    if len(text) > _MAX_LONE_LABEL:
        return None
    label = text.rstrip(":").strip()
    key = label.casefold()
    return label if key in _BYLINE_LABELS or key in DATE_PREFIXES else None


def is_byline_label(label: str) -> bool:
    """Tell whether a lone label (see :func:`lone_label`) introduces the byline."""
    return label.casefold() in _BYLINE_LABELS


# The byline prefixes that are words of their own ("Written by", "Author:"): not "Por" or
# "Par", which alone on a line are more likely a word of a title.
_BYLINE_LABELS = frozenset(
    prefix.rstrip(":")
    for prefix in BYLINE_PREFIXES
    if prefix.endswith((" by", ":")) or prefix == "by"
)
_MAX_LONE_LABEL = max(map(len, [*DATE_PREFIXES, *BYLINE_PREFIXES])) + 1


# Labelled values as crawlers print them.

# A crawler's own label among the fields: "Top Image", "Meta Keywords", "Word count".
_METADATA_LINE = on_first_use(r"(?P<label>[^\W\d_][\w-]*(?: [\w-]+){0,2})\s*:\s*(?P<value>\S.*)")


def is_label_line(text: str) -> bool:
    """Tell whether a line is shaped as a label of a word or three and its value."""
    return _METADATA_LINE().fullmatch(text) is not None


def has_metadata_label(text: str) -> bool:
    """Tell whether a line opens with a label of a crawler's own ("Word count:",
    "Sentiment:", "Tags:"), whatever its value."""
    return text.partition(":")[0].strip().casefold() in METADATA_LABELS


def is_metadata_line(text: str) -> bool:
    """Tell whether a line of a labelled header is a crawler's bookkeeping: a label we know
    as such, or any short label whose value is a URL, a list or a number."""
    match = _METADATA_LINE().fullmatch(text)
    if match is None:
        return False
    if match["label"].casefold() in METADATA_LABELS:
        return True
    value = match["value"]
    # Not any short value: 'The Kremlin said: "No."' is a sentence with a colon.
    if value.startswith(("http://", "https://", "[")) or value.replace(",", "").isdigit():
        return True
    # When the dump was made: "Scraped at: 14/09/2024 13:04:28".
    return value[:1].isdigit() and len(value.split()) <= _MAX_STAMP_WORDS and mentions_year(value)


# A crawl's time stamp: a date and a time, a zone.
_MAX_STAMP_WORDS = 4


# A record's short field the header has no place for ("Country: Norland", "Company: Velmar
# Ports Ltd", "Column 3: Transport"): a few words, no sentence.
_MAX_EXTRA_FIELD_WORDS = 8


def is_extra_field(text: str) -> bool:
    """Tell whether a line of a labelled record, under its title, is a field of its own
    that no article field holds: a label of one to three words, a short value that ends
    no sentence."""
    match = _METADATA_LINE().fullmatch(text)
    if match is None:
        return False
    value = match["value"].rstrip()
    if any(mark in value for mark in _QUOTE_MARKS):
        return False  # 'The Kremlin said: "No."': a quote, in the story's text
    return len(value.split()) <= _MAX_EXTRA_FIELD_WORDS and not value.endswith((".", "!", "?"))


_QUOTE_MARKS = '"“”«»„'


def listed_names(value: str) -> str:
    """A Python list as a crawler printed it ("['Jane Doe', 'John Roe']") as the names it
    holds ("Jane Doe, John Roe"); any other value as it is."""
    if not (value.startswith("[") and value.endswith("]")):
        return value
    items = _LIST_ITEM().findall(value)
    return ", ".join(single or double for single, double in items).strip()


_LIST_ITEM = on_first_use(r"'([^']*)'|\"([^\"]*)\"")


def without_hashes(text: str) -> str:
    """A Markdown heading's text ("# Title | Site" -> "Title | Site"); other lines as they are."""
    return (read_markdown_heading(text) or text) if text[:1] == "#" else text


def without_button_word(value: str) -> str:
    """Drop a button's word glued before an author's name ("Email Jane Doe")."""
    if value[:8].casefold().startswith(AUTHOR_BUTTON_WORDS):
        rest = value.split(" ", 1)[1].strip()
        return rest if rest[:1].isupper() else value
    return value


def unquoted(value: str) -> str:
    """Drop the quotes of a YAML-quoted front-matter value ("..." or '...')."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value
