"""Hypothesis builders for articles, their raw dumps and the surface forms dumps take.

An :class:`ArticleSpec` describes the fields a careful human reader would recover from a
dump; :func:`render_dump` writes it out as one. Text is realistic on purpose: paragraphs
end with sentence punctuation, headings are short title-like lines, names are
capitalised, dates are real dates. The point is to test the parser on the family of
inputs it is meant for, not to generate ambiguity no reader could resolve.

Everything here is canonical with straight quotation marks in NFC; :class:`Surface`
describes what may change in the bytes without changing the article.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from articlecli.parser.furniture import repeats_lead

# ---------------------------------------------------------------------------------------
# Word pools. Every name here recovers its capitalisation from ALL CAPS by the rules in
# issue 2 ("MCDONOUGH" -> "McDonough"), except those in PARTICLE_NAMES, which are only
# ever written in mixed case.

FIRST_NAMES = (
    "Jane",
    "John",
    "Maria",
    "Ahmed",
    "Olga",
    "Edward",
    "Mary",
    "Li",
    "Anne-Marie",
    "Sean",
    "Priya",
    "Tomás",
    "Élodie",
    "Øystein",
    "Kateryna",
    "Daniel",
    "Sarah",
    "Yuki",
    "Fatima",
    "Pierre",
    "Ömer",
    "Zoë",
)
LAST_NAMES = (
    "Doe",
    "Roe",
    "McDonough",
    "O'Neill",
    "Schmidt",
    "Kowalski",
    "Nguyen",
    "Petrov",
    "Okafor",
    "García",
    "Müller",
    "Smith-Jones",
    "Tanaka",
    "Hassan",
    "Dubois",
    "Ivanova",
    "Åberg",
    "Żuraw",
    "Brooks",
    "Chen",
)
PARTICLE_NAMES = ("Jan van Dijk", "Ana de Souza", "Ursula von der Leyen", "Karim bin Salem")
INITIALS = ("K.", "J.", "A.", "M.")

# Where a reporter files from ("By Jane Doe in Kyiv").
PLACES = ("Kyiv", "Moscow", "New York", "São Paulo", "Zürich", "Łódź", "Washington")
# Agencies as bylines credit them; each is in the parser's table (or is an outlet name).
BYLINE_AGENCIES = (
    "AFP",
    "Reuters",
    "The Associated Press",
    "Bloomberg",
    "TASS",
    "Interfax",
    "Xinhua",
    "Kyodo News",
    "dpa",
    "The Moscow Times",
    "Agence France-Presse",
)
# Job titles after a name, and the agency (if any) each credits.
JOB_TITLES = (
    ("Staff Writer", None),
    ("Staff Writers", None),
    ("Associated Press Writer", "Associated Press"),
    ("Reuters Staff", "Reuters"),
    ("Moscow Correspondent", None),
    ("Senior Editor", None),
)
CREDIT_AGENCIES = (
    "AFP",
    "Reuters",
    "Getty Images",
    "EPA-EFE",
    "TASS",
    "AP Photo",
    "Kremlin.ru",
    "Xinhua",
)

SUBJECTS = (
    "The minister",
    "Officials",
    "The central bank",
    "Residents",
    "The company",
    "Lawmakers",
    "The mayor",
    "Police",
    "Analysts",
    "The government",
    "Rescue workers",
    "The committee",
    "Investors",
    "Doctors in Kyiv",
    "The coalition",
    "Farmers near Łódź",
    "Teachers",
    "The court",
    "Voters in São Paulo",
    "Zürich's city council",
    "Both sides",
)
VERBS = (
    "announced",
    "rejected",
    "approved",
    "criticised",
    "welcomed",
    "delayed",
    "expanded",
    "reviewed",
    "postponed",
    "defended",
    "questioned",
    "backed",
    "outlined",
    "studied",
)
OBJECTS = (
    "the new budget",
    "a plan to cut emissions",
    "the proposed ceasefire",
    "a ban on grain exports",
    "the election results",
    "a €5 billion aid package",
    "the reform of the pension system",
    "talks on a prisoner exchange",
    "the deal with the unions",
    "a review of safety rules",
    "the café owners' petition",
    "new limits on energy prices",
    "a 30-day truce on energy infrastructure",
)
TAILS = (
    "",
    " on Tuesday",
    " after weeks of talks",
    " despite strong opposition",
    " in a late-night vote",
    " earlier this month",
    " for the second time this year",
    " — a move few had expected",
    " amid growing pressure from abroad",
)
OPENERS = ("", "", "", "By the end of the year, ", "On Monday, ", "In a surprise move, ", "Still, ")
SHORT_SENTENCES = (
    "He declined to comment.",
    "The vote is expected next week.",
    "Some points were notable by their absence.",
    "Prices rose 3% in March.",
    "The talks ended without a deal.",
    "Nobody was hurt.",
    "That is still a long way off.",
)
QUOTE_CONTENTS = (
    "We will not back down",
    "These negotiations will begin immediately",
    "This is a historic step for the region",
    "The people have spoken",
    "We call it 'a new dawn' for the city",
    "Nobody wants another winter like the last one",
    "It won't happen overnight, but it will happen",
    "Our doors remain open",
    "The numbers speak for themselves",
    "We need more time. The situation is changing",
    "Zürich has always been a place for talks",
    "Prices cannot keep rising like this",
)
PARTIAL_QUOTES = (
    "a historic step",
    "essential",
    "forced mobilization",
    "enormous economic deals",
    "complete cessation",
    "a goodwill gesture",
    "unacceptable",
    "a new chapter",
)
SPEAKERS = (
    "the Kremlin",
    "the White House",
    "Putin",
    "Zelensky",
    "the minister",
    "a spokesperson",
    "Foreign Minister Sergei Lavrov",
    "the U.S. State Department",
    "Mr. Smith",
    "Dr. Maria Schmidt",
    "the company",
    "police",
    "the mayor of Kyiv",
    "Élodie Martin",
    "Jane Doe",
    "it",
    "she",
    "he",
    "they",
    "the Kremlin readout of the call",
)
# Phrases after "said X" that are not part of the speaker ("said Putin on Tuesday").
SPEAKER_TAILS = ("", "", "", " on Tuesday", " in a statement", " at a news conference")
# Phrases after "X said" that end the attribution ("X told reporters").
VERB_FORMS = ("said", "said", "says", "told reporters", "added", "wrote", "also said")

HEADLINES = (
    "Takeaways from Trump-Putin Call",
    "Will the truce hold?",
    'Putin says "no deal" on Ukraine',
    "Zürich café owners brace for a quiet summer",
    "...And then there were none",
    "March on Washington draws thousands",
    "May Day rally passes off peacefully",
    "Kyiv, Europe left out?",
    "Ukraine's grid: what we know so far",
    "Élysée weighs in",
    "Prisoners freed in 175-for-175 swap",
    "Markets rally as talks resume!",
    "São Paulo votes — and waits",
    "The €5 billion question",
    "Kremlin slams Western press",
    "Markets brace for more bad news",
    "A rising star in Kyiv's city hall",
)
HEADINGS = (
    "Energy grid truce",
    "Immediate peace talks",
    "Kyiv, Europe left out?",
    "Warming ties",
    "'Cessation' of Ukraine aid",
    "Prisoner swap",
    "Things unsaid",
    "...And hockey",
    "What comes next?",
    "A fragile truce",
    "Markets react",
    "Zürich talks",
    "Who pays?",
    "March on Washington",
    "May Day rally",
    "175 prisoners freed",
    "Élysée weighs in",
    "Öresund bridge reopens",
    "The view from Łódź",
    "Why now?",
)
RELATED_LABELS = ("Related article", "Related", "Read more", "See also", "Read also", "READ MORE")
HOSTS = (
    "www.themoscowtimes.com",
    "apnews.com",
    "www.reuters.com",
    "news.example.org",
    "www.bbc.co.uk",
    "edition.cnn.com",
    "www.lemonde.fr",
    "kyivindependent.com",
)
SLUG_WORDS = ("takeaways", "trump", "putin", "call", "truce", "energy", "talks", "kyiv", "vote")
TRACKING = (
    "",
    "",
    "?utm_source=twitter&utm_medium=social&utm_campaign=spring",
    "?fbclid=IwAR0abc123",
    "?at_medium=RSS&at_campaign=KARANGA",
    "?ref=home&utm_source=rss",
    "#comments",
)

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Zones as written -> offset in minutes; None: an ambiguous zone, so the time stays naive.
ZONES = (
    ("GMT", 0),
    ("UTC", 0),
    ("EST", -300),
    ("EDT", -240),
    ("CET", 60),
    ("MSK", 180),
    ("JST", 540),
    ("+03:00", 180),
    ("+0530", 330),
    ("-05:00", -300),
    ("UTC+3", 180),
    ("(GMT)", 0),
    ("ET", None),
)

# Quotation mark pairs a paragraph may use.
MARKS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"))
# What the surface form "curly" folds back to straight marks for comparisons.
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


# ---------------------------------------------------------------------------------------
# The spec


@dataclass(frozen=True)
class QuoteSpec:
    """A quoted span: its expected text, and its speaker when the attribution is explicit.

    ``speaker is None`` means "not asserted" (no attribution a reader could rely on).
    """

    text: str
    speaker: str | None


@dataclass(frozen=True)
class ParagraphSpec:
    """A body paragraph as written (canonical marks) and the quotes it holds, in order."""

    text: str
    quotes: tuple[QuoteSpec, ...] = ()


@dataclass(frozen=True)
class SectionSpec:
    """A section: its heading (None only for a first section) and its paragraphs."""

    heading: str | None
    paragraphs: tuple[ParagraphSpec, ...]


@dataclass(frozen=True)
class BylineSpec:
    """A byline line and what it credits."""

    line: str
    text: str
    authors: tuple[str, ...]
    agencies: tuple[str, ...]


@dataclass(frozen=True)
class DateSpec:
    """A date line (and a time on the next line, if any) and the ISO values it gives."""

    line: str
    iso: str | None  # for ``field``
    field: str  # "date" or "updated"
    updated_iso: str | None = None  # a "/ Updated ..." part on the same line
    time_line: str | None = None


@dataclass(frozen=True)
class CreditSpec:
    """A photo-credit line and the credit as printed without prefixes."""

    line: str
    credit: str


@dataclass(frozen=True)
class RelatedSpec:
    """A related line, what it gives, and where it goes (before body block ``position``)."""

    line: str
    label: str
    title: str | None
    url: str | None
    position: int


@dataclass(frozen=True)
class UrlSpec:
    """The article's URL line; ``bare`` lines may only end the dump or sit in the header."""

    line: str
    url: str
    bare: bool
    in_header: bool

    @property
    def day(self) -> str | None:
        """The ISO day in the URL's path, which :func:`urls` writes as "/YYYY/MM/DD/"."""
        found = re.search(r"://[^/]+/(\d{4})/(\d{2})/(\d{2})/", self.url)
        return "-".join(found.groups()) if found else None


@dataclass(frozen=True)
class ArticleSpec:
    """An article to write as a dump, with the fields a reader would recover from it.

    ``header`` lists the header items in dump order ("headline", "byline", "date",
    "updated", "credit", "url").
    """

    headline: str
    headline_line: str
    byline: BylineSpec | None
    date: DateSpec | None
    updated: DateSpec | None
    credit: CreditSpec | None
    url: UrlSpec | None
    sections: tuple[SectionSpec, ...]
    related: tuple[RelatedSpec, ...]
    header: tuple[str, ...]

    @property
    def expected_date(self) -> str | None:
        """The date line's date, else the day a dated URL gives, else the update's."""
        if self.date:
            return self.date.iso
        if self.url and self.url.day:
            return self.url.day
        return self.updated.iso if self.updated else None

    @property
    def expected_updated(self) -> str | None:
        if self.updated:
            return self.updated.iso
        return self.date.updated_iso if self.date else None

    def without(self, name: str) -> ArticleSpec:
        """Return the spec with one optional field ("byline", "date", ...) left out."""
        header = tuple(item for item in self.header if item != name)
        if name == "related":
            return replace(self, related=())
        return replace(self, **{name: None}, header=header)


@dataclass(frozen=True)
class Surface:
    """How one article is written out: everything here must leave the article unchanged.

    Sequences are cycled over the lines or gaps they apply to, so one draw covers mixed
    forms (some lines indented, some gaps of three blank lines, ...).
    """

    newline: str = "\n"
    bom: bool = False
    encoding: str | None = None  # None: pass text; "utf-8" or "cp1252": pass bytes
    leading_blank_lines: int = 0
    trailing_blank_lines: int = 1
    header_gaps: tuple[int, ...] = (1,)  # blank lines between header items (0 allowed)
    body_gaps: tuple[int, ...] = (1,)  # blank lines between body blocks (at least 1)
    blank_line_fill: tuple[str, ...] = ("",)  # what a "blank" line holds (spaces, tabs)
    indents: tuple[str, ...] = ("",)
    trailing: tuple[str, ...] = ("",)
    odd_spaces: tuple[str, ...] = (" ",)  # replacements for inner spaces, cycled
    curly: bool = False  # straight double quotes and apostrophes become curly
    by_word: str = "By"  # "By", "BY" or "by" in a "By ..." byline
    nfd: bool = False  # write decomposed Unicode
    soft_hyphens: bool = False  # invisible soft hyphens inside long words
    wrap: int | None = None  # hard-wrap paragraphs at this width
    # No blank lines in the body, one block a line. Applied only when every paragraph is
    # over 100 characters: shorter lines with no blank between could be hard-wrapped text,
    # which no reader could tell apart.
    packed_body: bool = False
    markdown_headings: bool = False  # section headings written "## Heading"

    @property
    def is_plain(self) -> bool:
        return self == Surface()


# ---------------------------------------------------------------------------------------
# Small builders


@st.composite
def person_names(draw: st.DrawFn, *, caps_safe: bool = False) -> str:
    """A capitalised person's name: first, optional initial, last (or a name with "van")."""
    if not caps_safe and draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(PARTICLE_NAMES))
    first = draw(st.sampled_from(FIRST_NAMES))
    last = draw(st.sampled_from(LAST_NAMES))
    initial = draw(st.sampled_from(("",) * 4 + INITIALS))
    return " ".join(w for w in (first, initial, last) if w)


def _join(items: list[str], style: str) -> str:
    if len(items) == 1:
        return items[0]
    if style == "commas":
        return ", ".join(items)
    conjunction = " & " if style == "&" else " and "
    return ", ".join(items[:-1]) + conjunction + items[-1]


@st.composite
def bylines(draw: st.DrawFn) -> BylineSpec:
    """A byline: 0-3 people (and where they filed from), optional agencies or a job title;
    "By", "By:", "Author:", ALL CAPS."""
    caps = draw(st.integers(0, 4)) == 0
    count = draw(st.integers(0, 3))
    people = draw(
        st.lists(person_names(caps_safe=caps), min_size=count, max_size=count, unique=True)
    )
    agencies = draw(
        st.lists(
            st.sampled_from(BYLINE_AGENCIES), min_size=0 if people else 1, max_size=2, unique=True
        )
    )
    style = draw(st.sampled_from(("and", "&", "commas")))
    credited = _join(people, style) if people else ""
    if people and draw(st.integers(0, 3)) == 0:
        credited += f" in {draw(st.sampled_from(PLACES))}"  # where the reporter filed from
    expected_agencies = list(agencies)
    if people and not agencies and draw(st.booleans()):
        title, employer = draw(st.sampled_from(JOB_TITLES))
        credited += f", {title}"
        expected_agencies = [employer] if employer else []
    elif agencies:
        glue = ", " if people else ""
        if people:
            glue = draw(st.sampled_from((", ", " / ", " and ")))
        credited += glue + _join(agencies, "and")
    if caps:
        credited = credited.upper()
        expected_agencies = [a.upper() for a in expected_agencies]
    prefix = draw(st.sampled_from(("By ", "By ", "By ", "By: ", "Written by ", "Author: ")))
    return BylineSpec(prefix + credited, credited, tuple(people), tuple(expected_agencies))


def _iso(day: date, clock: tuple[int, int, int] | None, offset: int | None) -> str:
    if clock is None:
        return day.isoformat()
    value = datetime(day.year, day.month, day.day, *clock)
    if offset is not None:
        value = value.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return value.isoformat()


@st.composite
def written_dates(draw: st.DrawFn, *, allow_time: bool = True) -> tuple[str, str]:
    """A date as people write it, with its ISO value: "Wed, Mar. 19, 2025, 2:05 p.m. EST"."""
    day = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)))
    y, m, d = day.year, day.month, day.day
    month = draw(
        st.sampled_from(
            (MONTH_NAMES[m - 1], MONTH_ABBREVIATIONS[m - 1], MONTH_ABBREVIATIONS[m - 1] + ".")
        )
    )
    if draw(st.integers(0, 9)) == 0:
        month = month.upper()
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
    forms = [
        f"{month} {d}, {y}",
        f"{d} {month} {y}",
        f"{WEEKDAY_NAMES[day.weekday()]}, {month} {d}, {y}",
        f"{WEEKDAY_NAMES[day.weekday()][:3]} {d} {month} {y}",
        f"{month} {d}{ordinal}, {y}",
        f"{y}/{m:02d}/{d:02d}",
        "iso",
    ]
    if d > 12:  # day-month or month-day order is only clear when the day is over 12
        forms += [f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{d}.{m:02d}.{y}"]
    form = draw(st.sampled_from(forms))
    clock = offset = None
    if allow_time and draw(st.booleans()):
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        zone, offset = draw(st.sampled_from((("", None),) * 3 + ZONES))
        if form == "iso":
            zone, offset = draw(st.sampled_from((("", None), ("Z", 0), ("+03:00", 180))))
            return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{zone}", _iso(
                day, (hour, minute, 0), offset
            )
        clock = (hour, minute, 0)
        written = _written_time(draw, hour, minute)
        separator = draw(st.sampled_from((" ", ", ", " at ", " - ", " | ")))
        text = f"{form}{separator}{written}" + (f" {zone}" if zone else "")
        return text, _iso(day, clock, offset)
    if form == "iso":
        form = day.isoformat()
    return form, _iso(day, None, None)


def _written_time(draw: st.DrawFn, hour: int, minute: int) -> str:
    twelve = hour % 12 or 12
    am_pm = "AM" if hour < 12 else "PM"
    return draw(
        st.sampled_from(
            (
                f"{hour:02d}:{minute:02d}",
                f"{hour}:{minute:02d}",
                f"{twelve}:{minute:02d} {am_pm}",
                f"{twelve}:{minute:02d} {am_pm.lower()[0]}.m.",
                f"{twelve}:{minute:02d}{am_pm.lower()}",
            )
        )
    )


@st.composite
def date_lines(draw: st.DrawFn, *, field: str = "date") -> DateSpec:
    """A date line: plain or "Published ...", or "Updated ..." for ``field="updated"``.

    A date line may be followed by a time on its own line, or carry "/ Updated ..." too.
    """
    text, iso = draw(written_dates())
    if field == "updated":
        prefix = draw(st.sampled_from(("Updated ", "Updated: ", "Last updated ", "Updated on ")))
        spec = DateSpec(prefix + text, iso, "updated")
    else:
        prefix = draw(
            st.sampled_from(("",) * 5 + ("Published ", "Published: ", "Posted on ", "Date: "))
        )
        spec = DateSpec(prefix + text, iso, "date")
    choice = draw(st.integers(0, 5))
    if choice == 0 and "T" not in iso:
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        zone, offset = draw(st.sampled_from((("", None), ("GMT", 0), ("MSK", 180))))
        time_line = _written_time(draw, hour, minute) + (f" {zone}" if zone else "")
        iso = _iso(date.fromisoformat(iso), (hour, minute, 0), offset)
        return replace(spec, iso=iso, time_line=time_line)
    if choice == 1 and field == "date":
        later, later_iso = draw(written_dates())
        glue = draw(st.sampled_from((" / Updated ", " | Updated: ", " · Updated ")))
        return replace(spec, line=spec.line + glue + later, updated_iso=later_iso)
    return spec


@st.composite
def credits(draw: st.DrawFn) -> CreditSpec:
    """A photo credit: "Name / POOL / TASS", "Photo: Name/AFP", agency-only, "(Name/AP Photo)"."""
    name = draw(person_names())
    agency = draw(st.sampled_from(CREDIT_AGENCIES))
    form = draw(st.integers(0, 7))
    if form == 0:
        value = f"{name} / POOL / {agency}"
        return CreditSpec(value, value)
    if form == 1:
        value = f"{name}{draw(st.sampled_from(('/', ' / ', ' | ')))}{agency}"
        return CreditSpec(value, value)
    if form == 2:
        return CreditSpec(agency, agency)
    if form == 3:
        return CreditSpec(f"({name}/AP Photo)", f"{name}/AP Photo")
    prefix = draw(st.sampled_from(("Photo: ", "Photograph: ", "Credit: ", "Photo by ", "Image: ")))
    value = draw(st.sampled_from((name, f"{name}/{agency}", f"{name} for {agency}")))
    return CreditSpec(prefix + value, value)


@st.composite
def urls(draw: st.DrawFn) -> str:
    """An article URL, sometimes with tracking parameters or a fragment."""
    scheme = draw(st.sampled_from(("https", "https", "http")))
    host = draw(st.sampled_from(HOSTS))
    day = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
    slug = "-".join(draw(st.lists(st.sampled_from(SLUG_WORDS), min_size=1, max_size=5)))
    number = draw(st.integers(1, 99999))
    path = draw(
        st.sampled_from((f"/{day:%Y/%m/%d}/{slug}-a{number}", f"/news/{slug}", f"/{number}"))
    )
    return f"{scheme}://{host}{path}{draw(st.sampled_from(TRACKING))}"


@st.composite
def url_lines(draw: st.DrawFn) -> UrlSpec:
    """The article's own URL: "Original url: ...", "URL: ...", "Source: ...", or bare."""
    url = draw(urls())
    in_header = draw(st.integers(0, 3)) == 0
    form = draw(st.sampled_from(("Original url: ", "URL: ", "Source: ", "Link: ", "", "<>")))
    if form == "<>":
        return UrlSpec(f"<{url}>", url, True, in_header)
    return UrlSpec(form + url, url, not form, in_header)


@st.composite
def related_lines(draw: st.DrawFn, *, positions: int) -> RelatedSpec:
    """A "Related article: Title" / "Read more: Title https://..." line."""
    label = draw(st.sampled_from(RELATED_LABELS))
    title = draw(st.sampled_from(HEADLINES))
    url = draw(st.none() | urls())
    value = title
    if url:
        value = draw(st.sampled_from((f"{title} {url}", f"{title} ({url})", f"{title} - {url}")))
    position = draw(st.integers(1, positions))
    return RelatedSpec(f"{label}: {value}", label, title, url, position)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A plain news sentence ending in a full stop."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.sampled_from(SHORT_SENTENCES))
    opener = draw(st.sampled_from(OPENERS))
    subject = draw(st.sampled_from(SUBJECTS))
    if opener:
        subject = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
    body = f"{subject} {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(OBJECTS))}"
    return f"{opener}{body}{draw(st.sampled_from(TAILS))}."


@st.composite
def quoted_paragraphs(
    draw: st.DrawFn, *, previous_speaker: str | None
) -> tuple[ParagraphSpec, str | None]:
    """A paragraph holding quotes, and the speaker a following bare quote would continue.

    Attribution after (`"...," said X.`, `"...," X said.`), before (`X said: "..."`),
    inside (`"...," X said, "..."`), `according to X`, partial quotes, and a paragraph that
    is only a quote (continuing ``previous_speaker``).
    """
    opening, closing = draw(st.sampled_from(MARKS))
    o, c = opening, closing
    content = draw(st.sampled_from(QUOTE_CONTENTS))
    speaker = draw(st.sampled_from(SPEAKERS))
    lead = draw(st.sampled_from(("", "", f"{draw(sentences())} ")))
    forms = ["said_x", "x_said", "before", "inside", "according", "partial", "unattributed"]
    if previous_speaker:
        forms += ["only", "only"]
    form = draw(st.sampled_from(forms))
    capital = speaker[0].upper() + speaker[1:]
    if form == "said_x":
        tail = draw(st.sampled_from(SPEAKER_TAILS))
        text = f"{lead}{o}{content},{c} said {speaker}{tail}."
        return ParagraphSpec(text, (QuoteSpec(content, speaker),)), speaker
    if form == "x_said":
        verb = draw(st.sampled_from(VERB_FORMS))
        text = f"{lead}{o}{content},{c} {speaker} {verb}."
        return ParagraphSpec(text, (QuoteSpec(content, speaker),)), speaker
    if form == "before":
        verb = draw(st.sampled_from(("said", "told reporters", "wrote", "added")))
        colon = draw(st.sampled_from((":", ",", "")))
        text = f"{lead}{capital} {verb}{colon} {o}{content}.{c}"
        return ParagraphSpec(text, (QuoteSpec(content + ".", capital),)), capital
    if form == "inside":
        second = draw(st.sampled_from(QUOTE_CONTENTS).filter(lambda q: q != content))
        second = second[0].lower() + second[1:] if not second.startswith("Zürich") else second
        text = f"{lead}{o}{content},{c} {speaker} said, {o}{second}.{c}"
        quotes = (QuoteSpec(content, speaker), QuoteSpec(second + ".", speaker))
        return ParagraphSpec(text, quotes), speaker
    if form == "according":
        text = f"{lead}{o}{content},{c} according to {speaker}."
        return ParagraphSpec(text, (QuoteSpec(content, speaker),)), speaker
    if form == "partial":
        partial = draw(st.sampled_from(PARTIAL_QUOTES))
        object_ = draw(st.sampled_from(OBJECTS))
        text = f"{lead}{capital} said {object_} was {o}{partial}{c} and would go ahead."
        return ParagraphSpec(text, (QuoteSpec(partial, capital),)), capital
    if form == "unattributed":
        partial = draw(st.sampled_from(PARTIAL_QUOTES))
        text = f"{draw(sentences())[:-1]}, in what critics called {o}{partial}.{c}"
        return ParagraphSpec(text, (QuoteSpec(partial + ".", None),)), None
    text = f"{o}{content}.{c}"
    return ParagraphSpec(text, (QuoteSpec(content + ".", previous_speaker),)), previous_speaker


@st.composite
def sections(draw: st.DrawFn, *, first: bool, headline: str | None = None) -> SectionSpec:
    """A section: a heading (none for some first sections) and 1-4 paragraphs.

    The first heading never repeats the ``headline``: a page's repeat of its headline
    is not the story's, and the parser sets it aside.
    """
    headings = st.sampled_from(HEADINGS)
    if first:
        headings = headings.filter(lambda heading: not repeats_lead(heading, None, headline))
    heading = None if first and draw(st.booleans()) else draw(headings)
    paragraphs: list[ParagraphSpec] = []
    speaker: str | None = None
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 2)) == 0:
            paragraph, speaker = draw(quoted_paragraphs(previous_speaker=speaker))
        else:
            count = draw(st.integers(1, 3))
            text = " ".join(draw(st.lists(sentences(), min_size=count, max_size=count)))
            paragraph, speaker = ParagraphSpec(text), None
        if first and len(paragraphs) == 1 and repeats_lead(paragraphs[0].text, paragraph.text):
            continue  # a lede printed twice is the page's repeat, which the parser sets aside
        paragraphs.append(paragraph)
    return SectionSpec(heading, tuple(paragraphs))


@st.composite
def headlines(draw: st.DrawFn) -> tuple[str, str]:
    """A headline and its line ("Title: ..." sometimes): questions, quotes, unicode, "..."."""
    headline = draw(st.sampled_from(HEADLINES))
    if draw(st.integers(0, 4)) == 0:  # Title Case, as many outlets write headlines
        headline = " ".join(w[:1].upper() + w[1:] for w in headline.split(" "))
    prefix = draw(st.sampled_from(("",) * 6 + ("Title: ", "Headline: ")))
    return headline, prefix + headline


@st.composite
def articles(draw: st.DrawFn) -> ArticleSpec:
    """A whole article: headline, optional byline, dates, credit and URL, sections, links.

    Header items come in any order; related lines go between body blocks.
    """
    headline, headline_line = draw(headlines())
    byline = draw(st.none() | bylines())
    date_ = draw(st.none() | date_lines())
    updated = None
    if not (date_ and date_.updated_iso) and draw(st.integers(0, 3)) == 0:
        updated = draw(date_lines(field="updated"))
    credit = draw(st.none() | credits())
    url = draw(st.none() | url_lines())
    count = draw(st.integers(1, 4))
    body = tuple(draw(sections(first=i == 0, headline=headline)) for i in range(count))
    blocks = sum(len(s.paragraphs) + (s.heading is not None) for s in body)
    related = tuple(
        sorted(
            draw(st.lists(related_lines(positions=blocks), max_size=2)), key=lambda r: r.position
        )
    )
    header = ["headline"]
    for name, value in (
        ("byline", byline),
        ("date", date_),
        ("updated", updated),
        ("credit", credit),
    ):
        if value is not None:
            header.append(name)
    if url is not None and url.in_header:
        header.append("url")
    header = draw(st.permutations(header))
    return ArticleSpec(
        headline, headline_line, byline, date_, updated, credit, url, body, related, tuple(header)
    )


@st.composite
def surfaces(draw: st.DrawFn) -> Surface:
    """Surface forms: newlines, BOM, encodings, blank lines, spaces, tabs, NBSP, curly marks."""
    small = st.integers(0, 3)
    return Surface(
        newline=draw(st.sampled_from(("\n", "\r\n", "\r"))),
        bom=draw(st.booleans()),
        encoding=draw(st.sampled_from((None, "utf-8", "cp1252"))),
        leading_blank_lines=draw(small),
        trailing_blank_lines=draw(small),
        header_gaps=tuple(draw(st.lists(small, min_size=1, max_size=4))),
        body_gaps=tuple(draw(st.lists(st.integers(1, 3), min_size=1, max_size=4))),
        blank_line_fill=tuple(
            draw(st.lists(st.sampled_from(("", " ", "\t", "  \u00a0")), min_size=1, max_size=3))
        ),
        indents=tuple(
            draw(st.lists(st.sampled_from(("", " ", "  ", "\t", "\u00a0")), min_size=1, max_size=3))
        ),
        trailing=tuple(
            draw(st.lists(st.sampled_from(("", " ", "   ", "\t")), min_size=1, max_size=3))
        ),
        odd_spaces=tuple(
            draw(
                st.lists(
                    st.sampled_from((" ", " ", "\t", "\u00a0", "\u2009", "  ", " \u200b")),
                    min_size=1,
                    max_size=4,
                )
            )
        ),
        curly=draw(st.booleans()),
        by_word=draw(st.sampled_from(("By", "BY", "by"))),
        nfd=draw(st.booleans()),
        soft_hyphens=draw(st.booleans()),
        wrap=draw(st.none() | st.integers(50, 90)),
        packed_body=draw(st.booleans()),
        markdown_headings=draw(st.booleans()),
    )


# ---------------------------------------------------------------------------------------
# Writing a spec out


@dataclass
class Layout:
    """A dump as lines (before newline and encoding choices) and the line of each field."""

    lines: list[str] = field(default_factory=list)
    field_lines: dict[str, int] = field(default_factory=dict)


def _curl(text: str) -> str:
    """Turn straight double quotes into alternating curly pairs, and single marks into ‘ ’."""
    out, opening = [], True
    for char in text:
        if char == '"':
            out.append("“" if opening else "”")
            opening = not opening
        elif char == "'":
            # At a word's start a single mark opens a quotation; elsewhere it is an apostrophe.
            out.append("‘" if not out or out[-1] in " “«„" else "’")
        else:
            out.append(char)
    return "".join(out)


def _soften(text: str) -> str:
    """Put a soft hyphen inside every word of 8+ letters (they render as nothing)."""
    return " ".join(
        w[:4] + "\u00ad" + w[4:] if len(w) >= 8 and w.isalpha() else w for w in text.split(" ")
    )


def layout(spec: ArticleSpec, surface: Surface = Surface()) -> Layout:
    """Lay ``spec`` out as lines in ``surface``'s form, recording each header field's line."""
    out = Layout()
    cycle = _Cycler()
    out.lines.extend(
        cycle.pick(surface.blank_line_fill) for _ in range(surface.leading_blank_lines)
    )

    def add_block(lines: list[str], name: str | None, gaps: tuple[int, ...], first: bool) -> None:
        if not first:
            for _ in range(cycle.pick(gaps)):
                out.lines.append(cycle.pick(surface.blank_line_fill))
        if name:
            out.field_lines.setdefault(name, len(out.lines) + 1)
        out.lines.extend(lines)

    def curl(text: str) -> str:
        # Before wrapping: a quotation may open on one line and close on the next.
        return _curl(text) if surface.curly else text

    header_lines = {
        "headline": [spec.headline_line],
        "byline": [_by_word(spec.byline.line, surface.by_word)] if spec.byline else [],
        "date": _date_lines(spec.date),
        "updated": _date_lines(spec.updated),
        "credit": [spec.credit.line] if spec.credit else [],
        "url": [spec.url.line] if spec.url else [],
    }
    first = True
    for name in spec.header:
        lines = [curl(line) for line in header_lines[name]]
        if len(lines) == 2:  # a date and the time on the line after it
            add_block(lines[:1], name, surface.header_gaps, first)
            add_block(lines[1:], None, surface.header_gaps, False)
        else:
            add_block(lines, name, surface.header_gaps, first)
        if name == "date" and spec.date and spec.date.updated_iso:
            out.field_lines["updated"] = out.field_lines["date"]
        first = False
    blocks: list[list[str]] = []
    for section in spec.sections:
        if section.heading is not None:
            mark = "## " if surface.markdown_headings else ""
            blocks.append([mark + curl(section.heading)])
        for paragraph in section.paragraphs:
            blocks.append(_paragraph_lines(curl(paragraph.text), surface))
    for related in reversed(spec.related):
        blocks.insert(related.position, [curl(related.line)])
    body_gaps = surface.body_gaps
    if (
        surface.packed_body
        and surface.wrap is None
        and all(len(p.text) > 100 for section in spec.sections for p in section.paragraphs)
    ):
        body_gaps = (0,)
    for block in blocks:
        add_block(block, None, body_gaps, first=False)
    if spec.url and not spec.url.in_header:
        add_block([spec.url.line], "url", body_gaps, first=False)
    out.lines.extend(
        cycle.pick(surface.blank_line_fill) for _ in range(surface.trailing_blank_lines)
    )
    out.lines = [_dress(line, surface, cycle) if line.strip() else line for line in out.lines]
    return out


def _date_lines(spec: DateSpec | None) -> list[str]:
    if spec is None:
        return []
    return [spec.line, *([spec.time_line] if spec.time_line else [])]


class _Cycler:
    """Picks items from tuples in turn (a deterministic stand-in for per-line choices)."""

    def __init__(self) -> None:
        self.count = 0

    def pick(self, items: tuple):  # type: ignore[no-untyped-def, type-arg]
        self.count += 1
        return items[self.count % len(items)]


def _by_word(line: str, word: str) -> str:
    return word + line[2:] if line.startswith("By ") else line


def _paragraph_lines(text: str, surface: Surface) -> list[str]:
    if surface.wrap is None:
        return [text]
    return textwrap.wrap(text, surface.wrap, break_long_words=False, break_on_hyphens=False)


def _dress(line: str, surface: Surface, cycle: _Cycler) -> str:
    if surface.soft_hyphens and "://" not in line:
        line = _soften(line)
    words = line.split(" ")
    line = words[0] + "".join(cycle.pick(surface.odd_spaces) + w for w in words[1:])
    return cycle.pick(surface.indents) + line + cycle.pick(surface.trailing)


def render_dump(spec: ArticleSpec, surface: Surface = Surface()) -> str | bytes:
    """Write ``spec`` as a raw dump in ``surface``'s form (bytes when it names an encoding)."""
    text = surface.newline.join(layout(spec, surface).lines)
    if surface.nfd:
        text = unicodedata.normalize("NFD", text)
    if surface.bom:
        text = "\ufeff" + text
    if surface.encoding is None:
        return text
    if surface.encoding == "cp1252":
        try:
            return text.removeprefix("\ufeff").encode("cp1252")
        except UnicodeEncodeError:
            pass  # not every article fits in cp1252; those are written as UTF-8
    return text.encode("utf-8")


def fold_marks(text: str) -> str:
    """Map curly double quotes and apostrophes to straight ones (what ``curly`` changes)."""
    return text.translate(_FOLD)


# ---------------------------------------------------------------------------------------
# Texts that are not (or not quite) articles

JUNK_LINES = (
    "Advertisement",
    "Share this article",
    "Photo:",
    "By",
    "Date: unknown",
    "Updated",
    '"',
    "“Unclosed quote",
    "12:03 PM",
    "Read more:",
    "Original url: not a url",
    "https://example.com/a?b=c",
    "March 19, 2025",
    "By the numbers",
    "—",
    "***",
    "Title:",
    "BY BY BY",
    '"a" "b" "c',
    "»«",
    "03/04/2025",
    "2025-02-30",
    "By AFP",
    "AFP",
    "Source: Reuters",
    "Related:",
    "Kyiv, Europe left out?",
    "... ...",
    "(",
    "«",
    "„Hallo“",
    '"Only a quote."',
    "    ",
    "\t",
    "\u00a0",
    "Author:",
    "Published: soon",
)


@st.composite
def dumpish_texts(draw: st.DrawFn) -> str:
    """Text in the neighbourhood of a dump: generated dumps, mangled ones, junk, anything.

    Mangling deletes, repeats and swaps lines and inserts junk; the result is still text a
    parser must take in its stride.
    """
    kind = draw(st.integers(0, 4))
    if kind == 4:
        return draw(st.text())
    if kind == 3:
        pieces = st.sampled_from(JUNK_LINES) | st.text(max_size=30)
        return "\n".join(draw(st.lists(pieces, min_size=1, max_size=20)))
    spec, surface = draw(articles()), draw(surfaces())
    dump = render_dump(spec, replace(surface, encoding=None))
    assert isinstance(dump, str)
    if kind <= 1:
        return dump
    lines = dump.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.integers(0, 3))
        at = draw(st.integers(0, len(lines)))
        if op == 0 and lines:
            del lines[min(at, len(lines) - 1)]
        elif op == 1 and lines:
            lines.insert(at, lines[min(at, len(lines) - 1)])
        elif op == 2:
            lines.insert(at, draw(st.sampled_from(JUNK_LINES) | st.text(max_size=20)))
        elif lines:
            other = draw(st.integers(0, len(lines) - 1))
            i = min(at, len(lines) - 1)
            lines[i], lines[other] = lines[other], lines[i]
    return "\n".join(lines)


def simple_article(
    *paragraphs: str | ParagraphSpec,
    heading: str | None = "Energy grid truce",
    **fields: object,
) -> ArticleSpec:
    """A one-section article for pinning an input by hand with ``@example``.

    ``fields`` override the spec's other fields (``byline=BylineSpec(...)``, ...); the
    header lists the headline and each header field given.
    """
    section = SectionSpec(
        heading,
        tuple(p if isinstance(p, ParagraphSpec) else ParagraphSpec(p) for p in paragraphs)
        or (ParagraphSpec("He declined to comment."),),
    )
    spec = ArticleSpec(
        "Takeaways from Trump-Putin Call", "Takeaways from Trump-Putin Call",
        None, None, None, None, None, (section,), (), ("headline",),
    )  # fmt: skip
    spec = replace(spec, **fields)  # type: ignore[arg-type]
    header = ["headline"] + [
        name
        for name in ("byline", "date", "updated", "credit", "url")
        if getattr(spec, name) is not None and (name != "url" or spec.url.in_header)  # type: ignore[union-attr]
    ]
    return replace(spec, header=tuple(header))
