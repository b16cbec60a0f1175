"""Byline lines -> the byline as credited, person names and agencies."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import patterns
from ..patterns import by_first_letter, longest_first, on_first_use
from .lexicon import (
    AGENCIES,
    AUTHOR_ROLE_WORDS,
    BYLINE_PREFIXES,
    CREDIT_LINE_ROLES,
    JOB_TITLE_WORDS,
    JOURNALIST_WORDS,
    MONTHS,
    NOT_NAME_WORDS,
    OUTLET_WORDS,
    PUBLICATION_WORDS,
    WEEKDAYS,
)


class Byline(NamedTuple):
    """A recognised byline. (A named tuple: built per byline-like line, and a frozen
    dataclass costs start-up time to create and more to build.)"""

    text: str  # as credited, without the "By" prefix
    authors: tuple[str, ...]
    agencies: tuple[str, ...]


_PREFIX = patterns.compile(
    r"^(?:"
    + by_first_letter(sorted((re.escape(p) for p in BYLINE_PREFIXES), key=longest_first))
    + r")(?:\s+|(?<=:)|(?-i:(?<=^By)(?=[A-Z][a-z]+ [A-Z])))",  # "ByAnna Reed": space lost
    re.IGNORECASE,
)
_PREFIX_STARTS = frozenset(prefix[:2] for prefix in BYLINE_PREFIXES)
_LEADING_DASH = patterns.compile(r"^(?:[—–]|--?)\s*(?=\S)")
# Separators between credited parts: commas, "and", "&", slashes, bars, dashes, tildes,
# brackets ("Jane Doe (Reuters)"); Chinese and Japanese write "、" and "，" between names.
_SEPARATORS = patterns.compile(
    r"\s*(?:,|;|\band\b|&|\||/|~|\s[—–-]\s|\bwith\b|\bfor\b|\(|\)|、|，)\s*", re.I
)
# Lower-case words inside names ("Jan van Dijk", "Ana de Souza").
_NAME_PARTICLES = frozenset(
    "de da van von der den del della la le bin al ibn du dos do ter".split()
)
# A word of a person's name: capitalised, an initial, or a particle. No digits: "Galaxy22"
# or "Pat2024" is a user's handle, not a name.
_name_token = on_first_use(
    r"(?:[A-Z](?:[^\W\d]|['’.-])*|" + "|".join(sorted(_NAME_PARTICLES)) + ")"
)
# Three people with particles and two agencies take 15 words; prose is refused by the parts
# check, so this only bounds the work on a long line.
_MAX_WORDS = 24
# A credited part with the reporter's location: "Jane Doe in New York". The place must be
# capitalised, so "Jane Doe in the end" stays prose; ALL-CAPS bylines say "IN KYIV", and
# places may start with a non-ASCII capital ("Łódź").
_PLACE_WORD = r"(?:[A-Z]|[^\x00-\x7f])[\w'’.-]*"
_LOCATED = patterns.compile(
    rf"(?P<who>.+?)\s+(?:in|IN)\s+(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
)


# Words that mark a desk, a team or a website credited instead of a person ("Web Desk",
# "The Editorial Board", "Pocket Phone Guide", "Brand Partner"). No person's name holds
# one; unlike outlet words they name no agency, so such a part credits no one by name.
_GROUP_WORDS = frozenset(
    "desk team newsroom board editorial editors admin administrator guide guides review "
    "reviews digital online tech blog partner partners "
    # "Newsroom" in other languages ("Redacción", "Redazione", "Rédaction", ...).
    "redacción redaccion redação redacao redazione rédaction redaction redaktion redactie "
    "redakcja редакция редакція σύνταξη".split()
)
# Name suffixes, which a comma may part from the name ("Martin Luther King, Jr.").
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# A Markdown link to a profile page: "[Jane Doe](https://example.com/author/jane-doe)".
_link = on_first_use(r"\[([^\[\]\n]+)\]\((?:[a-z][a-z0-9+.-]*:|/)[^()\s]*\)", re.IGNORECASE)
# An ISO 8601 time that crawlers glue after the names ("Jane Doe 2024-03-01T10:00:00Z").
_timestamp_tail = on_first_use(
    r"\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
# A reading time that pages print after the names: "Jane Doe • 4 min read".
_reading_time = on_first_use(r"\s*[•·|,-]?\s*\d+\s*min(?:ute)?s?\.?\s*read$", re.IGNORECASE)
# A social handle, perhaps with its button: "Jane Doe Follow @jdoe".
_HANDLE = patterns.compile(r"(?:\s+(?i:follow|email|contact))?\s+@\w[\w.]*")
_TIMESTAMP_ENDS = frozenset("0123456789Z")
# Separators, kept, so that a comma can be told from "and".
_SEPARATORS_KEPT = patterns.compile(f"({_SEPARATORS.pattern})", re.IGNORECASE)


# Credits without a "By" (Korean and Chinese reporters' lines) are short; longer is text.
_MAX_UNPREFIXED_CREDIT = 160


def read_byline(line: str) -> Byline | None:
    """Return the byline a "By ..." line credits, or None if the line is not a byline.

    >>> read_byline("By AFP")
    Byline(text='AFP', authors=(), agencies=('AFP',))
    >>> read_byline("By the numbers, prices rose.") is None
    True
    """
    text = _LEADING_DASH.sub("", line.strip())  # "— By Jane Doe": a page's dash before it
    if text[:2].lower() not in _PREFIX_STARTS:
        # The cheap test: most lines open with no prefix's letters. Korean bylines put
        # the word for reporter after the name ("홍길동 기자").
        if len(text) > _MAX_UNPREFIXED_CREDIT:
            return None
        if is_korean_credit(text):
            return read_korean_byline(text)
        return read_chinese_byline(text)
    match = _PREFIX.match(text)
    if match is None:
        return None
    credited = text[match.end() :].strip().rstrip(",;|-–— ")
    if match.group().casefold().startswith(_OUTLET_FIRST_PREFIX):
        return _outlet_then_names(credited)
    names, outlet_joint, outlet = credited.partition(" for ")  # "... for MailOnline"
    if _glued_names().search(names):
        # "By Tom HaleRita Moss and Ian Cole": a page's linked names, their commas lost.
        credited = _glued_names().sub(", ", names) + outlet_joint + outlet
    return credit_names(credited)


# Indonesian portals credit "Laporan Wartawan Tribun Jateng, Budi Santoso": the report of
# the outlet's journalist, the outlet first.
_OUTLET_FIRST_PREFIX = "laporan "


def _outlet_then_names(credited: str) -> Byline | None:
    outlet, comma, names = credited.partition(",")
    byline = credit_names(names.strip()) if comma else None
    if byline is None or not byline.authors:
        return None
    return Byline(credited, byline.authors, (outlet.strip(), *byline.agencies))


# Where a page's linked names ran together: a name's end (three lowercase letters, so not
# "McCreesh" or "MacDonald" inside a name) right before the next one's capital.
_glued_names = on_first_use(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


# Korean bylines: "홍길동 기자", "홍길동·김철수 기자", a wire's "(서울=연합뉴스) 홍길동 기자 =",
# a closing "홍길동 기자 gildong@example.co.kr" or "부산=홍길동 기자 ...". A name is two to
# four Hangul syllables.
_KOREAN_REPORTER = "기자"  # reporter
_KOREAN_CORRESPONDENT = "특파원"
KOREAN_NAME = r"[가-힣]{2,4}"
# A reporter's rank before the word for reporter: senior, chief, guest, expert, photo, video.
_KOREAN_RANKS = "선임|수석|객원|전문|사진|영상"
# "(부산=연합뉴스) 홍길동 기자", "[부산=뉴시스] 홍길동 기자", "글·사진 부산/홍길동 기자" (text
# and photo by, a city before the name as one paper writes it), "홍길동 김철수 기자" (names
# apart by spaces, four at most).
_korean_byline = on_first_use(
    r"(?P<both>글\s*·\s*사진\s+)?"
    r"(?:(?P<open>[(\[])(?P<place>[^()\[\]=]{1,15})=(?P<agency>[^()\[\]=]{1,20})[)\]]\s*"
    r"|[가-힣]{2,8}=|(?P<city>[가-힣]{2,8})\s*/\s*)?"
    # Not a sentence's subject: "그는 기자입니다." ("he is a reporter").
    r"(?!(?:저|나|그|그녀|우리|제가|내가)[는도가]?\s)"
    rf"(?P<names>{KOREAN_NAME}(?:(?:\s*[,·]\s*|\s+)(?!{_KOREAN_RANKS}){KOREAN_NAME}){{0,3}})\s*"
    rf"(?P<role>(?:(?:{_KOREAN_RANKS})\s?)?(?:기자|특파원))(?:\s*=)?"
    r"(?:\s+[\w.+-]+@[\w.-]+\.\w+|\s*\([\w.+-]+@[\w.-]+\.\w+\))?"
    # A broadcast's hand-over to its reporter: "홍길동 기자입니다." ("this is reporter ..."),
    # "홍길동 기자가 보도합니다." ("... reports"), "홍길동 기자의 보도입니다.".
    r"(?:입니다|가\s?보도합니다|의\s?보도입니다)?\.?"
)


_KOREAN_PHOTO_LABELS = ("사진=", "사진 =", "사진 = ")


def is_korean_credit(text: str) -> bool:
    return _KOREAN_REPORTER in text or _KOREAN_CORRESPONDENT in text


def read_korean_byline(text: str) -> Byline | None:
    match = _korean_byline().fullmatch(text)
    if match is None and text.count("@") > 1:
        return _korean_credits_in_a_row(text)
    if match is None or text.startswith(_KOREAN_PHOTO_LABELS):
        return None  # "사진=홍길동 기자": the photographer's credit, not the story's byline
    authors = tuple(re.split(r"\s*[,·]\s*|\s+", match["names"].strip()))
    if len(authors) > 1 and authors[0] in _KOREAN_CITIES:
        authors = authors[1:]  # "서울 홍길동 기자": the city the story was filed from
    agencies = (match["agency"].strip(),) if match["agency"] else ()
    # As credited, without the closing "=" and the address: "(부산=연합뉴스) 김하늘 기자".
    bracket = "[]" if match["open"] == "[" else "()"  # "[서울=뉴시스]", as one agency writes it
    wire = f"{bracket[0]}{match['place'].strip()}={agencies[0]}{bracket[1]} " if agencies else ""
    city = f"{match['city']}/" if match["city"] else ""
    both = "글·사진 " if match["both"] else ""
    return Byline(f"{both}{wire}{city}{match['names']} {match['role']}", authors, agencies)


# The cities Korean papers file from, written before the reporter's name without a mark.
_KOREAN_CITIES = frozenset(
    "서울 부산 대구 인천 광주 대전 울산 세종 수원 창원 제주 춘천 청주 전주 포항 성남 고양 용인 "
    "워싱턴 뉴욕 베이징 도쿄 파리 런던 베를린".split()
)


def _korean_credits_in_a_row(text: str) -> Byline | None:
    """Read reporters' credits run together on one line, each with its address ("홍길동 기자
    hong@example.co.kr 김영희 기자 kim@example.co.kr"), as one byline; None unless the line
    is those credits and nothing else."""
    authors: list[str] = []
    at = 0
    while at < len(text):
        match = _korean_byline().match(text, at)
        if match is None or "@" not in match.group() or text.startswith(_KOREAN_PHOTO_LABELS, at):
            return None
        credit = read_korean_byline(match.group().strip())
        if credit is None or credit.agencies:
            return None
        authors.extend(name for name in credit.authors if name not in authors)
        at = match.end()
        while at < len(text) and text[at] in " ,·":
            at += 1
    return Byline(text, tuple(authors), ()) if authors else None


# Chinese bylines: "〔記者林小明／高雄報導〕", "記者林小明／綜合報導", "记者 张三 报道", and
# with the paper before the word: "本报记者 张三", "海港日报记者张三 李四" (a mark may open
# the line: "-", "□").
CHINESE_REPORTER = ("記者", "记者")
# Before the word: an intern's, a stringer's, a writer's ("實習記者", "特約記者", "文字記者").
CHINESE_REPORTER_RANKS = "實習|实习|特約|特约|文字"
# The brackets, the slash before the place, the closing "reports" or the paper before the
# word tell a credit from a sentence that opens with the word ("記者會上表示": "at the
# press conference, ..."). A paper's name ends in "paper", "agency", "station", ...
_chinese_byline = on_first_use(
    r"(?P<open>[〔\[(（【])?\s*[-－—□■]?\s*"
    r"(?P<paper>本[报報刊台网網]|[\u4e00-\u9fff]{1,8}?(?:报|報|社|台|网|網|刊))?"
    rf"(?:{CHINESE_REPORTER_RANKS})?(?:記者|记者)\s*"  # an intern's, a stringer's
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:[、,，]\s*|\s+)(?!報導|报道)[\u4e00-\u9fff]{2,3})*)"
    r"\s*(?P<place>[／/]\s*[\u4e00-\u9fff]{0,8})?\s*(?P<reports>報導|报道)?\s*[〕\])）】]?"
)
# The word for reporter stands within these many characters of the line's start.
_MAX_CHINESE_PAPER = 12


def read_chinese_byline(text: str) -> Byline | None:
    """Read a Chinese reporter's credit line, or return None."""
    if len(text) > 40 or not any(word in text[:_MAX_CHINESE_PAPER] for word in CHINESE_REPORTER):
        return None
    match = _chinese_byline().fullmatch(text.strip())
    if match is None or not (match["open"] or match["place"] or match["reports"] or match["paper"]):
        return None
    authors = tuple(re.split(r"[、,，]\s*|\s+", match["names"].strip()))
    return Byline(text.strip(), authors, ())


def read_byline_continuation(line: str) -> tuple[str, ...] | None:
    """Read the second line of a byline: a job title or bureau, and the agencies it names.

    "WORLD-HERALD STAFF WRITER" -> ("WORLD-HERALD",) (the outlet is credited), "Associated
    Press Writer" -> ("Associated Press",), "Staff Writer" -> ();
    None when the line is not a job title.
    """
    text = line.strip().strip(",")
    if len(text.split()) > 6 or not _is_job_title(text):
        return None
    employer = _employer(text)
    return (employer,) if employer else ()


# A writer's description under her name is a phrase, not a paragraph.
_MAX_DESCRIPTION_WORDS = 15


def is_author_description(line: str) -> bool:
    """Tell whether ``line`` describes a writer, as opinion pages print under the name:
    "Professor of economics at the University of Leeds", "Senior fellow at ...". Only
    its first word is looked at, so ask only right under a name."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_DESCRIPTION_WORDS
        and words[0][0].isupper()
        and words[0].casefold().strip(",") in AUTHOR_ROLE_WORDS
        and not line.endswith((".", "?", "!", ":"))  # a sentence: "Senior staff left."
    )


# Words that end the name at the start of a labelled author value ("Jane Doe Follow @jd").
_AFTER_NAME_WORDS = frozenset(
    "follow read more see about updated published posted share edited written is was has "
    "on at".split()
)
_GLUED_NAME = patterns.compile(r"(?<=[a-z])(?=[A-Z])")  # "FedewaJoe": two words run together


# An author's page on the outlet's site, which crawlers copy from a page's "author" meta
# tag: ".../profile/jane-doe", ".../authors/jane-van-dijk/". A number may follow the slug.
_profile_url = on_first_use(
    r"https?://[^/\s]+/(?:[^\s?#]*/)?"
    r"(?:profiles?|authors?|people|staff|journalists?|contributors?|writers?)/"
    r"(?P<slug>[a-z]+(?:-[a-z]+){1,4})(?:-\d+)?/?",
    re.IGNORECASE,
)


def name_from_profile_url(url: str) -> str | None:
    """Return the person an author-page URL names, or None.

    "https://example.com/profile/jane-doe" -> "Jane Doe". A slug of one word (a social
    page: "facebook.com/harbourreviews") names no one we can tell apart.
    """
    match = _profile_url().fullmatch(url.strip())
    if match is None:
        return None
    words = match["slug"].lower().split("-")
    return " ".join(
        word if index and word in _NAME_PARTICLES else word.capitalize()
        for index, word in enumerate(words)
    )


def leading_name(value: str) -> str | None:
    """Return the person's name that opens a noisy author value, or None.

    Crawlers fill "Author:" with a name followed by a bio, a follow button or a time:
    "Jane Doe Senior Editor Jane covers ..." -> "Jane Doe". Two to four name words.
    """
    words: list[str] = []
    value = _link().sub(r"\1", value)
    if prefix := _PREFIX.match(value):  # "By Jane Doe • 4 min read": "By" is no name
        value = value[prefix.end() :]
    parted = False  # the word before ended with a comma: "Jane Doe, Bureau Chief"
    for raw in value.split()[:6]:
        word = _GLUED_NAME.split(raw.strip(",;|"))[0]
        glued = word != raw.strip(",;|")
        folded = word.casefold()
        if folded in _OFFICE_WORDS and words and not parted:
            return None  # "Harbour City Bureau": the words before it name the office
        parted = raw.endswith(",")
        if (
            not word
            or folded in _AFTER_NAME_WORDS
            or folded in JOB_TITLE_WORDS
            or folded in NOT_NAME_WORDS
            or folded in _GROUP_WORDS
            or (words and word == words[0])  # the bio starts again with the first name
            or not _name_token().fullmatch(word)
        ):
            break
        words.append(word)
        if glued:
            break
    return " ".join(words) if 2 <= len(words) <= 4 else None


# A site's user name ("jane", "j_doe", "@jdoe"): blogs' front matter and CMS exports name the
# writer by handle. Lower case, so no capitalised word or sentence is taken for one.
_handle = on_first_use(r"@?[a-z][a-z0-9_.-]{1,30}")
# What sites put in the author field for no one in particular.
_NOBODY_HANDLES = frozenset(
    {"anonymous", "anon", "guest", "root", "webmaster", "user", "nobody", "blogger", "wordpress"}
)
# A site's account rather than a writer's, glued into the handle ("siteadmin2", "webdesk").
_ACCOUNT_PARTS = ("admin", "desk", "editor", "staff", "team", "news", "redac")


def author_handle(value: str) -> str | None:
    """Return the handle a labelled author field holds ("author: jane" -> "jane"), or None.

    Only for a value under an author label: in running text "by jane" credits no one.
    """
    if not _handle().fullmatch(value):
        return None
    handle = value.removeprefix("@")
    if (
        handle in NOT_NAME_WORDS
        or handle in _GROUP_WORDS
        or handle in JOB_TITLE_WORDS
        or handle in AGENCIES
        or handle in _NOBODY_HANDLES
        or any(part in handle for part in _ACCOUNT_PARTS)
        or _site_address().fullmatch(handle)
    ):
        return None
    return handle


# Words that end the name of an office credited as author ("Bengaluru Bureau", "City
# Desk"): the words before them are a place or a section, not a person.
_OFFICE_WORDS = frozenset({"bureau", "desk", "newsroom", "service", "team"})


def credit_names(credited: str) -> Byline | None:
    """Split a credited string ("Jane Doe and John Roe, Reuters") into people and agencies.

    Returns None when a part is neither a name, an agency nor a job title: then the text
    is prose ("the end of the year"), not a byline.
    """
    if not credited or len(credited.split()) > _MAX_WORDS:
        return None
    if credited.endswith((".", "?", "!")) and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", credited):
        return None  # a sentence, not a credit
    names = _without_noise(credited)
    if "." in names and " " not in names.strip() and _site_address().fullmatch(names.strip()):
        return Byline(credited, (), (names.strip(),))  # the outlet's site, credited by address
    # "Jane Doe; edited by John Roe": later credits open with a role, and only some roles
    # make authors (as on a wire story's closing credit line). Every role ends in "by" or
    # "from": most bylines have neither, and skip the split.
    folded = names.casefold()
    first, *later = _later_role().split(names) if "by " in folded or "from " in folded else [names]
    credits = _Credits()
    if not _read_parts(first, credits):
        return None
    for segment in later:
        match = _credit_role().fullmatch(segment)
        if match is None:
            return None
        if CREDIT_LINE_ROLES[match["role"].casefold()] and not _read_parts(match["who"], credits):
            return None
    if not credits.authors and not credits.agencies and not credits.group:
        return None
    return Byline(credited, tuple(credits.authors), tuple(credits.agencies))


# An author as RSS writes one, an e-mail address with the name after it in brackets
# ("jdoe@example.com (Jane Doe)"): the name is the credit.
_mailbox = on_first_use(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\((?P<name>[^()@]{2,80})\)")


# A site's address credited instead of a writer: "TIMESOFINDIA.COM", "Example.co.uk"; not a
# file's name ("001.txt", a dataset's id column).
_FILE_EXTENSIONS = ("txt", "html", "htm", "json", "csv", "tsv", "xml", "pdf", "md", "doc", "docx",
                    "jpg", "jpeg", "png", "gif")  # fmt: skip
_site_address = on_first_use(
    rf"[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:{'|'.join(_FILE_EXTENSIONS)})$)[a-z]{{2,6}}",
    re.IGNORECASE,
)


# The endings of the sites' addresses a byline names in place of a writer ("VIP.de").
_SITE_ENDINGS = frozenset(
    "com net org info news tv fm io co uk de fr es it nl pl ru br in au ca jp kr cn tr gr "
    "pt ch at be se no dk fi cz sk hu ro bg ua id my ph vn za ng ke ie nz mx ar cl".split()
)


def _is_site_name(part: str) -> bool:
    """A site's address as a byline's part ("VIP.de", "Courier.com"), not a handle's
    ("christine.chan") nor a link's piece."""
    return (
        _site_address().fullmatch(part) is not None
        and part.rpartition(".")[2].casefold() in _SITE_ENDINGS
        and not part.casefold().startswith("www.")  # a link's host, split off its path
    )


def _without_noise(credited: str) -> str:
    """Drop what crawlers add around the names: Markdown links (their text stays), an ISO
    time at the end, social handles, a reading time. Each pattern only where its mark is."""
    if "](" in credited:
        credited = _link().sub(r"\1", credited)
    if credited[-1:] in _TIMESTAMP_ENDS:
        credited = _timestamp_tail().sub("", credited)
    if "@" in credited:
        credited = _HANDLE.sub("", _mailbox().sub(r"\g<name>", credited))
    if credited[-4:].casefold() == "read":
        credited = _reading_time().sub("", credited)
    if "://" in credited:
        credited = _trailing_link().sub("", credited)
    return credited


# The writer's page linked after the names, as NewsAPI gives Forbes' authors ("Jane Doe,
# Forbes Staff, Jane Doe, Forbes Staff https://www.forbes.com/sites/janedoe/").
_trailing_link = on_first_use(r",?\s+https?://\S+$")


class _Credits:
    """What the parts of a byline credit, gathered part by part."""

    def __init__(self) -> None:
        self.authors: list[str] = []
        self.agencies: list[str] = []
        self.group = False  # a desk, team or website, named instead of a person


def _read_parts(credited: str, credits: _Credits) -> bool:
    """Add what each separated part of ``credited`` credits; False if a part is none of these."""
    authors, agencies = credits.authors, credits.agencies
    # After a full name, a lone word that follows a comma is the bureau or city the
    # reporter filed from ("Jane Doe, Kyiv", "Jane Doe, Reporter, Kyiv"): person names in
    # a list have two words or more.
    last_name_full = False
    in_place = False  # the part before named where its reporter filed from
    after_outlet = False  # the part before was the reporter's outlet
    pieces = _SEPARATORS_KEPT.split(credited)
    last = len(pieces) - 1
    for index, separator, part in zip(
        range(0, last + 1, 2), ["", *pieces[1::2]], pieces[::2], strict=True
    ):
        if part.rstrip(" ,").endswith(":") and len(part.split()) <= _MAX_LABEL_WORDS:
            continue  # "RELATED:, Jon Vale": a page's label caught with the names
        part = part.strip(" ,:")
        if after_outlet and authors and index == last and separator.strip() == ",":
            # "Jane Doe, BBC News, West Midlands": after her outlet, the last part is
            # where she reports from (a lone word after a name is already a place).
            break
        after_outlet = False
        if part.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", part):
            part = part.rstrip(".")
        if not part:
            continue
        # "Jane Doe, Kyiv", "Jane Doe (Kyiv)", "Jane Doe – Tamale, Ghana".
        follows_name = last_name_full and separator.strip() in (",", "(", "–", "—", "-")
        # "Jane Doe in Kyiv": where the reporter filed from is not part of the name.
        if located := _LOCATED.fullmatch(part):
            part, in_place = located["who"], True
        elif (
            in_place
            and separator.strip().casefold() in ("and", "&")
            and not (_is_agency(part) or _is_job_title(part))
        ):
            continue  # "Jane Doe in Ostrica and Port Velmar": the place goes on

        if " " in part and (once := _name_printed_twice(part)):
            part = once  # "Jane Doe Jane Doe": a page's picture of the writer, then the link
        if "-" in part and (titled := _name_dash_title(part)):
            part = titled  # "Jane Doe-Senior Reporter": the title was run on with a dash
        elif " " in part and (titled := _name_then_title(part)):
            part = titled  # "Jane Doe Staff Writer", "Jeanne Roe Journaliste": no comma
        # "Jane Doe of The Valley Courier": the reporter, then the outlet she writes for;
        # "Jane Doe Fox News": the same, where the page's spacing between them was lost.
        if (" of " in part and (employed := _name_of_outlet(part))) or (
            employed := _name_then_agency(part)
        ):
            part, outlet = employed
            _add(agencies, outlet)
            after_outlet = True
        if caps := _split_caps_name(part):
            _add(authors, normalise_case(caps[0]))
            part, follows_name, last_name_full = caps[1], True, True
        lone_after_name = follows_name and " " not in part
        if separator.strip().casefold() == "for" and authors and not _is_job_title(part):
            _add(agencies, part)  # "Jane Doe for MailOnline": whom she writes for
            after_outlet = True
        elif _is_agency(part) or ("." in part and _is_site_name(part)):
            # "VIP.de, Star News": a site's address credits the outlet, never a person
            _add(agencies, part)
            after_outlet = True
        elif _is_job_title(part):
            # "Reuters Staff", "Associated Press Writer": a title, but it credits an agency;
            # "The Editors" credits a desk.
            employer = _employer(part)
            if employer:
                _add(agencies, employer)
            elif _is_group(part):
                credits.group = True
        elif lone_after_name and part.casefold() in _SUFFIXES:
            authors[-1] = f"{authors[-1]} {normalise_case(part) if part.isupper() else part}"
        elif _is_group(part):
            credits.group = True
        elif _is_name(part):
            if not lone_after_name:
                _add(authors, normalise_case(part))
                last_name_full = " " in part
        else:
            return False
    return True


# A label caught among the names is a few words and a colon ("Related:", "Also in the news:").
_MAX_LABEL_WORDS = 5


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _is_agency(part: str) -> bool:
    folded = part.casefold()
    if folded in AGENCIES or folded.removeprefix("the ") in AGENCIES:
        return True
    if _HAN_WORDS.fullmatch(part):
        return part.endswith(_HAN_OUTLET_ENDS)  # "新华社", "人民日报"
    words = folded.split()
    if len(words) > 6 or not part[:1].isupper():
        return False
    if (
        len(words) == 2
        and words[0] in AGENCIES
        and part.split()[1][:1].isupper()
        and words[1] not in JOB_TITLE_WORDS
        and words[1] not in _GROUP_WORDS
    ):
        return True  # an agency's edition or bureau: "CNN Greece", "Reuters Africa"
    # "The Omaha World-Herald", "Daily News": outlet words in a capitalised phrase.
    if any(w.strip("-") in OUTLET_WORDS or w.split("-")[-1] in OUTLET_WORDS for w in words):
        return not any(w in JOB_TITLE_WORDS for w in words)
    # "The Valley Courier", "The Evening Star": a newspaper's name, as fields.read_publication
    # reads one (there, a line of its own; here, after a reporter's name).
    return (
        len(words) >= 2
        and words[0] == "the"
        and words[-1].split("-")[-1] in PUBLICATION_WORDS
        and all(w[:1].isupper() for w in part.split()[1:])
    )


def _name_printed_twice(part: str) -> str | None:
    """Return "Jane Doe" for "Jane Doe Jane Doe" (a name of two words or more, twice), or
    None."""
    words = part.split()
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return None
    return " ".join(words[:half])


def _name_then_title(part: str) -> str | None:
    """Return the name of "Jane Doe Staff Writer" (a job title after the name, without a
    comma: its last word a reporter's or writer's), or None."""
    words = part.split()
    if len(words) < 3 or words[-1].casefold() not in _TITLE_ENDS:
        return None
    start = len(words) - 1
    while start > 2 and words[start - 1].casefold() in JOB_TITLE_WORDS:
        start -= 1
    name = " ".join(words[:start])
    if any(len(_GLUED_NAME.split(word)) > 1 for word in words[:start]):
        return None  # "Ines FalkIness FalkStaff Writer": a page's run-together label
    if _holds_title(name) or any(word.casefold() in _TITLE_LEADS for word in words[:start]):
        return None  # "Senior Market Analyst", "Bar Executive Editor": a title all through
    return name if _is_name(name) else None


def _name_dash_title(part: str) -> str | None:
    """Return the name of "Jane Doe-Senior Reporter", or None."""
    name, _, title = part.rpartition("-")
    if " " in name and _is_job_title(title) and _is_name(name.strip()):
        return name.strip()
    return None


# A name with a job title is a byline without "By": "Jane Doe, Staff Writer".
_MAX_TITLED_NAME_WORDS = 8


def read_titled_name(line: str) -> Byline | None:
    """Return the byline of a line that names a person with a job title and no "By"
    ("Jane Doe, Staff Writer", "Jane Doe-Senior Reporter"), or a desk alone ("Harare
    Bureau", "Staff Reporter"); else None. The title is what tells a byline from a name
    that heads a section or signs a letter."""
    text = line.strip()
    words = text.replace("-", " ").replace(",", " ").split()
    if len(words) > _MAX_TITLED_NAME_WORDS:
        return None
    if not any(w.casefold() in JOB_TITLE_WORDS for w in words):
        return None
    byline = credit_names(text)
    if byline is not None and byline.authors and not any(map(_holds_title, byline.authors)):
        return byline  # not "SPECIAL OFFER", whose "name" is the title word's line
    if len(words) <= _MAX_DESK_WORDS and words[-1].casefold() in _DESK_ENDS and text[0].isupper():
        return Byline(text, (), ())  # a desk: a byline that names no one
    return None


_MAX_LOCATED_NAME_WORDS = 3


def read_located_name(line: str) -> Byline | None:
    """Return the byline of a line that names a person and the place in capitals they
    report from, with no "By" ("Jane Doe in HARARE", as papers print it over the story);
    else None. The place in capitals under a name in its own case tells it from a kicker
    ("Protests grow in Paris", "PROTESTS GROW IN PARIS")."""
    text = line.strip()
    if len(text.split()) > _MAX_TITLED_NAME_WORDS:
        return None
    match = _LOCATED.fullmatch(text)
    if match is None or not match["place"].isupper():
        return None
    who = match["who"]
    if who.isupper() or not 2 <= len(who.split()) <= _MAX_LOCATED_NAME_WORDS or not _is_name(who):
        return None
    byline = credit_names(text)
    return byline if byline is not None and byline.authors else None


def _holds_title(name: str) -> bool:
    return any(word.casefold() in JOB_TITLE_WORDS for word in name.split())


_MAX_DESK_WORDS = 4
# The last word of a desk's credit ("Harare Bureau", "Staff Reporter"); not the words of
# a beat ("Health", "Sports"), which alone are a section's label.
_DESK_ENDS = frozenset(
    "writer writers correspondent correspondents reporter reporters editor editors "
    "columnist contributor contributors analyst producer photographer staff bureau".split()
)


# Words that open a job title, never a name's: "Executive Editor", "Managing Editor".
_TITLE_LEADS = frozenset("executive managing deputy assistant radio television tv".split())
# The last word of a job title run on after a name: a reporter's or a writer's.
_TITLE_ENDS = (_DESK_ENDS - _OFFICE_WORDS - {"staff"}) | JOURNALIST_WORDS


def _name_then_agency(part: str) -> tuple[str, str] | None:
    """Split "Jane Doe Fox News" into the name and an agency we know, or return None;
    also "Bo KimDaily Post", where a page lost the space between name and outlet."""
    if (glued := _name_glued_to_outlet(part)) is not None:
        return glued
    words = part.split()
    if len(words) < 3 or part.casefold() in AGENCIES:
        return None
    for count in (2, 3):
        who, rest = " ".join(words[:count]), " ".join(words[count:])
        if rest.casefold() in AGENCIES and _is_name(who) and not _is_agency(who):
            return who, rest
    return None


def _name_glued_to_outlet(part: str) -> tuple[str, str] | None:
    # From the last joint back, so that a name's own capital ("McCreesh") is not taken
    # for the outlet's start.
    for joint in reversed([match.start() for match in _GLUED_NAME.finditer(part)]):
        who, outlet = part[:joint], part[joint:]
        if " " in who and _is_name(who) and _is_agency(outlet) and not _is_agency(who):
            return who, outlet
    return None


def _name_of_outlet(part: str) -> tuple[str, str] | None:
    """Split "Jane Doe of The Valley Courier" (or "of Courier.com", the outlet's site) into
    the name and the outlet, or return None."""
    who, _, outlet = part.partition(" of ")
    if not (_is_name(who) and " " in who):
        return None
    if _is_agency(outlet) or _site_address().fullmatch(outlet.strip()):
        return who, outlet.removeprefix("the ")  # "of the Associated Press", "of Oilprice.com"
    return None


def _split_caps_name(part: str) -> tuple[str, str] | None:
    """Split "JANE DOE Associated Press Writer" into the name in capitals and the rest.

    Wire bylines print the name in capitals over a title in mixed case; when the two lines
    run together, the change of case is where they met.
    """
    if not part.partition(" ")[0].isupper():
        return None  # most parts: the name is not in capitals
    words = part.split()
    count = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    if count < 2 or count == len(words) or not words[count][0].isupper():
        return None
    if all(len(word.rstrip(".")) == 1 for word in words[:count]):
        return None  # "N. R. Kleinfield": initials are capitals in any case
    name = " ".join(words[:count])
    if not _is_name(name) or _is_agency(name) or _is_group(name) or _is_job_title(name):
        return None
    return name, " ".join(words[count:])


def _is_group(part: str) -> bool:
    words = part.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return (
        1 <= len(words) <= 5
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
        and any(w.casefold() in _GROUP_WORDS for w in words)
    )


def _is_job_title(part: str) -> bool:
    words = [w.strip("-") for w in re.split(r"[\s-]+", part.casefold()) if w]
    return bool(words) and words[-1] in JOB_TITLE_WORDS and len(words) <= 6


def _employer(title: str) -> str | None:
    words = title.split()
    while words and words[-1].casefold().strip("-") in JOB_TITLE_WORDS:
        words.pop()
    employer = " ".join(words)
    return employer if employer and _is_agency(employer) else None


# Chinese and Japanese names, no capitals to tell them by: two to four characters, or a
# family name and a given name apart ("李明", "欧阳修文", "山田 太郎").
_HAN_WORDS = patterns.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}")
# The end of an outlet's or an office's name: agency, newspaper, site, station, journal,
# department ("新华社", "人民日报", "新浪网", "电视台"), finance, news, media ("新浪财经").
_HAN_OUTLET_ENDS = (
    *"社报報网網台刊站部室组組局院会會",
    "财经", "財經", "新闻", "新聞", "传媒", "傳媒", "媒体", "媒體", "头条", "頭條", "资讯", "資訊",
)  # fmt: skip


def _is_name(part: str) -> bool:
    if _HAN_WORDS.fullmatch(part):
        return not part.endswith(_HAN_OUTLET_ENDS)
    words = part.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(w.casefold() in NOT_NAME_WORDS for w in words):
        return False
    # "By Tuesday", "By March": a lone weekday or month is a time, not a person ("April
    # Smith" and "Theresa May" have a second word and stay names).
    if len(words) == 1 and (words[0].casefold() in MONTHS or words[0].casefold() in WEEKDAYS):
        return False
    return all(_name_token().fullmatch(_ascii_initial(w)) for w in words) and words[0][0].isupper()


def _ascii_initial(word: str) -> str:
    """Stand "A" in for a non-ASCII capital, so that "Élodie" and "Øystein" are name words."""
    return "A" + word[1:] if not word[0].isascii() and word[0].isupper() else word


def normalise_case(name: str) -> str:
    """Give an ALL-CAPS name normal capitalisation ("EDWARD MCDONOUGH" -> "Edward McDonough")."""
    if not name.isupper() or len(name.replace(".", "").replace(" ", "")) <= 2:
        return name
    return " ".join(_capitalise_word(word) for word in name.split())


def _capitalise_word(word: str) -> str:
    if re.fullmatch(r"(?:[A-Z]\.)+", word):  # initials stay as they are
        return word
    if word in ("II", "III", "IV"):
        return word
    # Each piece of a hyphenated or apostrophed name gets the "Mc" rule on its own:
    # "MCDONALD-SMITH" -> "McDonald-Smith", not "McDonald-smith".
    pieces = re.split(r"([-'’])", word.lower())
    return "".join(_capitalise_piece(piece) for piece in pieces)


def _capitalise_piece(piece: str) -> str:
    out = piece.capitalize()
    # "Mc" is always a prefix ("MCDONALD" -> "McDonald"). "Mac" is not: "MACK", "MACHADO",
    # "MACEY" are whole names, and "Macdonald" is itself a common spelling, so "MACDONALD"
    # -> "Macdonald" is never wrong-looking where "MacHado" would be.
    if re.match(r"Mc[a-z]", out):
        out = "Mc" + out[2:].capitalize()
    return out


_credit_role = on_first_use(
    r"(?P<role>"
    + "|".join(re.escape(r) for r in sorted(CREDIT_LINE_ROLES, key=longest_first))
    + r")\s+(?P<who>.+)",
    re.IGNORECASE,
)


# A later credit in a byline: "Jane Doe; edited by John Roe", "Jane Doe Edited by John Roe".
_later_role = on_first_use(
    r"\s*[;|,]\s*(?=(?i:"
    + "|".join(re.escape(role) for role in CREDIT_LINE_ROLES)
    + r")\s)|\s+(?=(?:"
    + "|".join(re.escape(role.capitalize()) for role in CREDIT_LINE_ROLES)
    + r")\s)"
)


# Roles are separated by ";", or by nothing but a capital letter when a page's line breaks
# were lost ("Reporting by Jane Doe Writing by John Roe Editing by Sam Poe").
_credit_segment_break = on_first_use(
    r"\s*;\s*|\s+(?=(?:"
    + "|".join(re.escape(role.capitalize()) for role in CREDIT_LINE_ROLES)
    + r")\s)"
)
_ROLES = tuple(CREDIT_LINE_ROLES)
_LONGEST_ROLE = max(map(len, _ROLES))


def read_credit_line(line: str) -> Byline | None:
    """Read a wire story's closing credit line; None when ``line`` is not one.

    "Reporting by Jane Doe; Editing by John Roe" -> Byline("Jane Doe", ("Jane Doe",), ()):
    only reporters and writers are authors. "Reporting from Kyiv" -> a Byline with no
    authors (a credit line all the same, so not a paragraph).
    """
    text = line.strip().rstrip(".")
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip().rstrip(".")  # "(Reporting by Jane Doe; Editing by ...)"
    # Every credit line opens with a role: a cheap test that turns away most paragraphs.
    if not text[:_LONGEST_ROLE].casefold().startswith(_ROLES) or len(text.split()) > _MAX_WORDS:
        return None
    credited: list[str] = []
    authors: list[str] = []
    agencies: list[str] = []
    for segment in _credit_segment_break().split(text):
        match = _credit_role().fullmatch(segment.strip())
        if match is None:
            return None
        if not CREDIT_LINE_ROLES[match["role"].casefold()]:
            continue
        names = credit_names(match["who"].strip())
        if names is None:
            return None
        credited.append(match["who"].strip())
        authors.extend(a for a in names.authors if a not in authors)
        # As for a "By" line: the agency credited here must survive a rewrite as "By ...".
        agencies.extend(a for a in names.agencies if a not in agencies)
    return Byline("; ".join(credited), tuple(authors), tuple(agencies))
