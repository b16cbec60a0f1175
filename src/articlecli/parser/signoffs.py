"""Credits inside or after a story's body: a reporter's lead-in on the first paragraph
(Korean and Chinese wire stories), a closing sign-off that names the reporter, and a
German desk's initials with its agencies. The body pass asks; the header never does."""

from __future__ import annotations

import re

from ..patterns import on_first_use
from .byline import (
    CHINESE_REPORTER,
    CHINESE_REPORTER_RANKS,
    KOREAN_NAME,
    Byline,
    credit_names,
    is_korean_credit,
    read_chinese_byline,
    read_korean_byline,
)
from .chrome import CAPTION_ENDS
from .dates import read_date_line


def opens_with_chinese_reporter(text: str) -> bool:
    """The word for reporter among a paragraph's first characters ("記者...", "實習記者...")."""
    return any(word in text[:4] for word in CHINESE_REPORTER)


def split_chinese_lead(paragraph: str) -> tuple[str, Byline, str] | None:
    """Split a reporter's credit off a Chinese story's first paragraph, bracketed with the
    wire's dateline before it if any, or glued to the text: "〔記者林小明／高雄報導〕新碼頭
    今日啟用", "新华社北京5月5日电（记者林海）港口码头...", "記者林小明／台北報導新碼頭..." ->
    (the credit, its byline, the text)."""
    glued = (
        _glued_chinese_credit().match(paragraph) if opens_with_chinese_reporter(paragraph) else None
    )
    if glued is not None:
        # "記者林小明／台北報導新碼頭今日啟用": no brackets, the credit glued to the text; its
        # slash and closing "reports" tell where it ends.
        rest = paragraph[glued.end() :].strip()
        names = tuple(re.split(r"[、,，]\s*|\s+", glued["names"].strip()))
        credit = glued.group().strip()
        return (credit, Byline(credit, names, ()), rest) if rest else None
    wire = _chinese_wire().match(paragraph) if paragraph[:1] not in _CHINESE_BRACKETS else None
    start = wire.end() if wire is not None else 0
    opening = paragraph[start : start + 1]
    if opening not in _CHINESE_BRACKETS or paragraph[start + 1 : start + 3] not in CHINESE_REPORTER:
        return None
    end = paragraph.find(_CHINESE_BRACKETS[opening], start)
    if end < 0 or end - start > _MAX_CHINESE_CREDIT:
        return None
    credit, rest = paragraph[: end + 1], paragraph[end + 1 :].strip()
    byline = read_chinese_byline(paragraph[start : end + 1])
    if byline is None or not rest:
        return None
    if wire is not None and wire["agency"]:
        byline = byline._replace(agencies=(wire["agency"],))
    return credit, byline._replace(text=credit), rest


_CHINESE_BRACKETS = {"〔": "〕", "【": "】", "（": "）", "(": ")", "[": "]"}
# A Taiwanese reporter's credit glued to the story's first sentence, no brackets:
# "記者林小明／台北報導" (reporter, slash, place, "reports"), also an intern's.
_glued_chinese_credit = on_first_use(
    rf"(?:{CHINESE_REPORTER_RANKS})?(?:記者|记者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[、,，\s]\s*[\u4e00-\u9fff]{2,3}){0,3})"
    r"\s*[／/]\s*[\u4e00-\u9fff]{0,8}?(?:報導|报道)"
)
_MAX_CHINESE_CREDIT = 30
# A mainland wire's dateline: the agency (or "本报", the paper itself), the place and the
# day it "cabled": "新华社北京5月5日电", "本报上海5月5日电".
_chinese_wire = on_first_use(
    r"(?:(?P<agency>新华社|中新社|中新网)|本报)?[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电\s*"
)


def split_korean_lead(paragraph: str) -> tuple[str, Byline, str] | None:
    """Split a Korean wire story's lead-in off its first paragraph: "(서울=연합뉴스) 홍길동
    기자 = 정부는 ..." -> ("(서울=연합뉴스) 홍길동 기자 =", its byline, "정부는 ..."), and
    "[서울=뉴시스] 홍길동 기자 = ..." as one agency brackets its place; also an outlet's in
    brackets: "[OSEN=홍길동 기자] 정부는 ...", "[뉴스컬처 홍길동 기자] ..."."""
    if not is_korean_credit(paragraph[:60]):
        return None
    if paragraph[:1] == "[" and (bracketed := _korean_bracketed_lead().match(paragraph)):
        rest = paragraph[bracketed.end() :].strip()
        names = tuple(name.strip() for name in re.split(r"[,·]", bracketed["names"]))
        credit = bracketed.group().strip()
        # Without the brackets where it reads so ("홍길동, 김영희 기자").
        byline = _as_read(credit[1:-1].strip(), names) or Byline(credit, names, ())
        return (credit, byline, rest) if rest else None
    lead, equals, rest = paragraph.partition("= ")
    if not equals or ("(" in lead and "=" not in lead):
        return None
    if lead.startswith(("(", "[")) and "=" in lead:  # the "=" inside the brackets came first
        bracket_end = paragraph.find(")" if lead[0] == "(" else "]")
        lead, equals, rest = paragraph[bracket_end:].partition("= ")
        lead = paragraph[:bracket_end] + lead
    lead = lead.rstrip() + " ="
    byline = read_korean_byline(lead)
    if byline is None or not rest.strip():
        return None
    return lead, byline, rest.strip()


_KOREAN_ROLE = r"(?:선임|수석|객원|전문)?(?:기자|특파원)"
# "[OSEN=홍길동 기자]", "[마이데일리 = 홍길동 기자]", "[뉴스컬처 홍길동 기자]": the outlet, then
# the reporter, in brackets before the story's first sentence.
_korean_bracketed_lead = on_first_use(
    rf"\[(?:[^\[\]=]{{1,20}}?(?:\s*=\s*|\s+))??(?P<names>{KOREAN_NAME}(?:\s*[,·]\s*{KOREAN_NAME})*)"
    rf"\s*{_KOREAN_ROLE}\]\s*"
)
# "...했다.홍길동 기자 hong@example.co.kr", "... [홍길동 스타투데이 기자]": the reporter's
# sign-off run onto the story's last sentence, perhaps with an outlet's name and an address,
# or with the city the story was filed from and "text and photo by" ("글·사진 부산/홍길동 기자").
_KOREAN_SIGNOFF_CREDIT = (
    r"\[?(?:글\s*·\s*사진\s+)?(?:[가-힣]{2,8}\s*[/=]\s*)?"
    rf"(?P<names>{KOREAN_NAME}(?:\s*[,·]\s*{KOREAN_NAME})*)"
    rf"\s+(?:\w{{1,12}}\s+)?{_KOREAN_ROLE}\]?(?:\s*/?\s*[\w.+-]+@[\w.-]+\.\w+)?"
)
_korean_signoff = on_first_use(
    rf"(?:(?<=[.!?。”\"’\]])|^)\s*(?P<credit>{_KOREAN_SIGNOFF_CREDIT})\s*$"
)
_korean_signoff_opening = on_first_use(rf"{_KOREAN_SIGNOFF_CREDIT}\s*")
_MAX_KOREAN_SIGNOFF = 80


def korean_signoff_length(text: str) -> int:
    """How long the reporter's sign-off that opens ``text`` is ("홍길동 기자 <저작권자 ⓒ
    ...>": the sign-off, then the page's copyright notice), or 0 when none does."""
    if not is_korean_credit(text[:_MAX_KOREAN_SIGNOFF]):
        return 0  # the cheap test: most tails name no reporter
    match = _korean_signoff_opening().match(text)
    return match.end() if match else 0


def split_korean_signoff(paragraph: str) -> tuple[str, Byline, str] | None:
    """Split a Korean reporter's sign-off off the story's last paragraph: "...밝혔다.홍길동
    기자 hong@example.co.kr" -> ("...밝혔다.", its byline, "홍길동 기자 hong@example.co.kr")."""
    if not is_korean_credit(paragraph[-_MAX_KOREAN_SIGNOFF:]):
        return None
    match = _korean_signoff().search(paragraph, max(0, len(paragraph) - _MAX_KOREAN_SIGNOFF))
    if match is None or match.start() == 0:
        return None
    names = tuple(name.strip() for name in re.split(r"[,·]", match["names"]))
    credit = match["credit"]
    byline = _as_read(credit, names) or Byline(credit, names, ())  # without the address
    return paragraph[: match.start()].rstrip(), byline, credit


def _as_read(credit: str, names: tuple[str, ...]) -> Byline | None:
    """The byline as the byline reader gives ``credit``, if it names the same reporters:
    its text is what canonical text writes back, and must read back the same."""
    read = read_korean_byline(credit)
    return read if read is not None and read.authors == names and not read.agencies else None


# A closing line that tells readers how to reach the reporter: "Write to Jane Doe at
# jdoe@example.com", "Follow Jane Doe on Twitter @jdoe", "Jane Doe can be reached at ...".
_signoff = on_first_use(
    r"(?:(?:write to|contact|e-?mail|reach|follow)\s+(?P<who>[^@]+?)\s+(?:at|on|via)\s+\S.*"
    r"|(?P<subject>[^@]+?)\s+(?:can|may) be reached\s+(?:at|on|via|by)\s+\S.*)",
    re.IGNORECASE,
)
_SIGNOFF_OPENINGS = ("write", "conta", "email", "e-mai", "reach", "follo")
_MAX_SIGNOFF_LENGTH = 160


# The page's note on its writer, closing the story with nothing else: "Jane Doe is an
# entertainment writer for Example News. Follow Jane Doe on X at @janedoe.", "Jane Doe is
# the Deputy Managing Editor for Example Tech. She writes news and reviews on ...".
_author_note = on_first_use(
    r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}) is (?:an?|the) [^.]{0,60}?\b"
    r"(?i:writer|reporter|correspondent|editor|journalist|columnist|contributor)"
    r" (?:for|at|with) (?:the )?[A-Z][\w'’&-]*(?: [A-Z\d][\w'’&-]*){0,5}\."
    r"(?: (?:He|She|They) [^.]{0,120}\.)?(?: Follow [^.]{0,60}\.)?"
)  # the outlet's name in capitals: "... a reporter for the paper who ..." is the story's
_MAX_BIO_NAME = 40


# A German wire story's closing line: the editors' initials, then the agencies its text
# came from ("mm/uh (dpa, afp, rtr)").
_desk_initials = on_first_use(
    r"[a-zäöü]{1,4}(?:/[a-zäöü]{1,4})+\s*\((?P<agencies>[A-Za-z]{2,8}(?:\s*,\s*[A-Za-z]{2,8})*)\)\.?"
)
_AGENCY_ABBREVIATIONS = {
    "afp": "AFP", "ap": "AP", "rtr": "Reuters", "reuters": "Reuters", "dpa": "dpa",
    "epd": "epd", "kna": "KNA", "sid": "SID", "efe": "EFE", "ansa": "ANSA", "apa": "APA",
}  # fmt: skip


def read_desk_initials(line: str) -> Byline | None:
    """Read "mm/uh (dpa, afp, rtr)" as the agencies it credits, or return None."""
    text = line.strip()
    if "/" not in text[:10] or not text.endswith((")", ").")):
        return None
    match = _desk_initials().fullmatch(text)
    if match is None:
        return None
    names = [name.strip() for name in match["agencies"].split(",")]
    agencies = tuple(dict.fromkeys(_AGENCY_ABBREVIATIONS.get(n.casefold(), n) for n in names))
    return Byline(text, (), agencies)


# An Austrian or German story's closing note in brackets after its last sentence: whence
# the text came, and the day ("(APA, 1.2.2015)", "(Jane Doe, 15.3.2016)", "(APA/dpa,
# 3.4.2016)"; "(red, ...)", the desk, names no one).
_closing_note = on_first_use(
    r"\((?P<who>[^\W\d_][^()\d]{0,58}?),\s*(?P<day>\d{1,2}\.\d{1,2}\.\d{4})\)\.?"
)
_MAX_CLOSING_NOTE = 80


def split_closing_note(paragraph: str) -> tuple[str, Byline, str, str] | None:
    """Split a closing note off a story's last paragraph: "... sagte er. (APA, 1.2.2015)" ->
    ("... sagte er.", its byline, "(APA, 1.2.2015)", "2015-02-01"); the text before is
    empty when the note is a paragraph of its own."""
    if not paragraph.endswith((")", ").")):
        return None  # the cheap test: most paragraphs end otherwise
    at = paragraph.rfind("(", max(0, len(paragraph) - _MAX_CLOSING_NOTE))
    match = _closing_note().fullmatch(paragraph, at) if at >= 0 else None
    if match is None:
        return None
    head = paragraph[:at].rstrip()
    if head and head[-1] not in CAPTION_ENDS:
        return None  # "... mit 1.2.2015 (Frist, 1.2.2015)": inside the sentence
    day = read_date_line(match["day"])
    if day is None or day.value is None:
        return None
    who = match["who"].strip()
    parts = [_AGENCY_ABBREVIATIONS.get(part.casefold(), part) for part in re.split(r"\s*/\s*", who)]
    names = credit_names(", ".join(parts))
    credit = paragraph[at:]
    if names is None:
        return head, Byline(credit, (), ()), credit, day.value
    return head, Byline(credit, names.authors, names.agencies), credit, day.value


# "Kim Lan (Theo AFP)": a writer's name, and "according to" the agency, in brackets.
_according_to = on_first_use(
    r"(?P<who>(?:[^\W\d_]+ ){1,3}[^\W\d_]+)\s*\(\s*[Tt]heo\s+(?P<sources>[^()]{2,40})\)"
)


# A Korean broadcast's sign-off: "KBS 뉴스 홍길동입니다." ("This is Hong Gil-dong, KBS News"),
# the broadcaster named in capitals (KBS, MBC, SBS, YTN, JTBC) or as two stations write it.
_korean_broadcast_signoff = on_first_use(
    rf"(?:[A-Z]{{2,5}}|채널A|TV조선)\s?뉴스\s?(?P<name>{KOREAN_NAME})입니다\.?"
)


def read_signoff(line: str) -> Byline | None:
    """Read a closing line that names the reporter ("Write to Jane Doe at ...", "홍길동 기자
    gildong@example.co.kr", "KBS 뉴스 홍길동입니다."): the people it names, or None."""
    text = line.strip()
    if len(text) > _MAX_SIGNOFF_LENGTH:
        return None  # the cheap test: a sign-off is short, most paragraphs are not
    if is_korean_credit(text):
        return read_korean_byline(text)
    if text.endswith(("입니다.", "입니다")) and (
        broadcast := _korean_broadcast_signoff().fullmatch(text)
    ):
        return Byline(text, (broadcast["name"],), ())
    if (desk := read_desk_initials(text)) is not None:
        return desk
    if (" is a" in text[:_MAX_BIO_NAME] or " is the " in text[:_MAX_BIO_NAME]) and (
        bio := _author_note().fullmatch(text)
    ) is not None:
        names = credit_names(bio["who"])
        if names is None or names.authors != (bio["who"],):
            return None
        return Byline(text, names.authors, ())
    if (
        "heo " in text
        and (after := _according_to().fullmatch(text)) is not None
        and all(word[0].isupper() for word in after["who"].split())
    ):
        # A Vietnamese story's closing line: its writer, after the agencies it drew on.
        sources = tuple(part.strip() for part in after["sources"].split(","))
        return Byline(text, (after["who"],), sources)
    if not (text[:5].casefold().startswith(_SIGNOFF_OPENINGS) or " be reached " in text):
        return None
    match = _signoff().fullmatch(text)
    if match is None:
        return None
    names = credit_names(match["who"] or match["subject"])
    if names is None or not names.authors or names.agencies:
        return None
    return Byline(text, names.authors, ())
