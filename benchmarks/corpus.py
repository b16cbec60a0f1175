"""A deterministic synthetic corpus of seed-sized news articles, in the layouts articlecli reads.

Every word comes from the templates below (invented places, people and outlets); nothing is
copied from real articles. The same seed always gives the same articles, so a dump of N MB is
the first N MB of one endless stream, and a small dump is a prefix of a bigger one.

Layouts (by weight): the seed's positional header, a labelled header, YAML front matter with
Markdown, a newswire story with a dateline and hard-wrapped text, and a web page with chrome
lines and a captioned photo. Text is UTF-8 with curly quotes, apostrophes, dashes, euro signs
and accented names, and never anything cp1252 would be needed for.

Articles are joined the ways real dumps join them: plain concatenation after an
``Original url:`` trailer, ``=`` or ``-`` rules, form feeds and marker lines. Each join is one
that :func:`articlecli.split.split_records` must find, so the record count of a dump equals
its article count (the benchmark checks this).
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEED = 8  # issue 8
# The tables spell apostrophes "'"; articles get the curly one, as most sites print them.
APOSTROPHE = "\u2019"

PLACES = (
    "Brackwater", "Lindholm", "Port Avery", "Kestrel Bay", "Marrowdale", "Eastvik",
    "Saint-Aubel", "Grünfeld", "Tarnow Heath", "Caldera Springs", "Oldmere", "Vésany",
)  # fmt: skip
FIRST_NAMES = (
    "Zoë", "Søren", "José", "Chloé", "Mikael", "Agnieszka", "Priya", "Tomás", "Ingrid",
    "Dmitri", "Aisha", "Lena", "Hamid", "Björn", "Noémie", "Kwame", "Yuki", "Oskar", "Rafael",
    "Maren", "Idris", "Colette",
)  # fmt: skip
LAST_NAMES = (
    "Marchetti", "Aalto", "Ibáñez", "Durand", "Öberg", "Wróbel", "Raman", "Ferreira",
    "Halvorsen", "Volkov", "Okafor", "Kovač", "Nasser", "Brennan", "Takeda", "Moreau",
    "Castellano", "Eriksen", "Mbeki", "Dufresne",
)  # fmt: skip
AGENCIES = ("AFP", "Reuters", "AP", "DPA", "Kyodo", "EFE", "ANSA")
OUTLETS = ("Courier", "Gazette", "Herald", "Post", "Chronicle", "Observer")
SUBJECTS = (
    "the city council", "the port authority", "the regional rail operator", "the school board",
    "the hospital trust", "the water utility", "the fisheries agency", "the transport ministry",
    "the mayor's office", "the university", "the energy regulator", "the weather service",
    "a group of shop owners", "the district court", "the farmers' union",
)  # fmt: skip
VERBS = (
    "approved", "delayed", "rejected", "announced", "reviewed", "cut", "expanded", "defended",
    "paused", "unveiled", "scrapped", "revived",
)  # fmt: skip
THINGS = (
    "the old harbour wall", "night buses", "the river crossing", "school meals",
    "the flood barrier", "rooftop solar panels", "the public library", "cycle lanes",
    "the ferry terminal", "rural clinics", "the tram extension", "district heating",
    "the market square", "coastal footpaths", "the sports hall", "the recycling depot",
)  # fmt: skip
HEADLINE_VERBS = ("Approves", "Delays", "Rejects", "Backs", "Reviews", "Cuts", "Revives")
PLANS = (
    "a plan to rebuild {thing}", "new rules for {thing}", "the budget for {thing}",
    "a pilot scheme for {thing}", "an inquiry into {thing}", "fresh funding for {thing}",
)  # fmt: skip
WHEN = (
    "on Tuesday", "last week", "after a long debate", "earlier this month", "late on Friday",
    "at a packed meeting", "for the second time this year", "on Monday evening",
)  # fmt: skip
ROLES = (
    "a spokeswoman for the council", "the deputy mayor", "chair of the residents' association",
    "a senior engineer on the project", "the agency's director", "a local café owner",
    "the head of the teachers' union", "an economist at the university",
)  # fmt: skip
QUOTES = (
    "We cannot keep patching the same problems every winter",
    "This is money well spent, and people will see the difference within a year",
    "Nobody asked the people who actually use the service",
    "We'll keep listening, but the timetable is not going to change",
    "It's a good start, though it is not the finish line",
    "The numbers simply do not add up",
    "If we wait another year, the bill will only grow",
    "People here are tired of promises that never arrive",
    "We were told the work would take six weeks — it has taken six months",
    "Nothing about this decision was rushed",
    "I have never seen the town this divided",
    "Our members will not accept another delay",
)  # fmt: skip
SENTENCES = (
    "{Subject} {verb} {plan} {when}.",
    "The decision follows {n} months of talks between {subject} and {subject2}.",
    "About {big} people signed a petition about {thing}, organisers said.",
    "Officials said the work would cost €{money} million and take until {month} {year}.",
    "Critics argue that {thing} has been neglected for years, while supporters call the new "
    "approach overdue.",
    "Figures published by {subject} show that use of {thing} rose by {n} percent in {year}.",
    "Weather permitting, the first phase should be finished before the winter.",
    "It is not the first time {thing} has divided opinion in {place}.",
    "The council's own survey found that most residents had never been consulted.",
    "Engineers from Zürich and Kraków were brought in to inspect {thing}.",
    "A public meeting is planned at the town hall on {weekday}, and tickets are free.",
    "Opposition members said the plan was naïve about costs — a charge the mayor rejected.",
    "Nearby {place} tried something similar in {year}, with mixed results.",
    "Local businesses say trade has fallen by a {fraction} since the works began.",
    "The {outlet} asked {subject} for the full report, which has not been published.",
    "Under the proposal, {thing} would close for {n} weeks while contractors work overnight.",
    "Two earlier attempts to fix {thing} were abandoned in {year} when the money ran out.",
    "Residents who live near {thing} will receive letters explaining the changes.",
    "A consultation on {plan} opens in {month} and runs for six weeks.",
    "Last winter's storms left {thing} closed for {n} days, the longest stretch on record.",
    "{Subject} has promised to publish monthly updates on its website.",
    "The opposition wants an independent review before any contract is signed.",
    "Some {n} jobs depend on {thing}, according to the chamber of commerce.",
)  # fmt: skip
HEADINGS = (
    "What happens next", "Costs and funding", "A long wait", "Opposition grows",
    "Why it matters", "The view from the harbour", "Who pays?", "Numbers at a glance",
    "Questions remain", "Lessons from elsewhere",
)  # fmt: skip
HEADLINES = (
    "{Place} {Body} {Verb} Plan for {Thing}",
    "{Thing} Back on the Agenda in {Place}",
    "Why {Place} Is Fighting Over {Thing}",
    "{Place} Residents Split Over {Thing}",
    "Costs Rise Again for {Thing} in {Place}",
    "{Body} Under Pressure as {Thing} Stalls",
)  # fmt: skip
CHROME = (
    "Advertisement", "Share this article", "Sign up for our newsletter", "Skip to content",
    "Menu", "Listen to this article", "3 min read", "Follow us on Instagram", "Back to top",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# Article joins that always split; dash rules split only after a non-Markdown article.
JOINS = (
    "\n==========\n\n",
    "\f",
    "\n---END OF ARTICLE---\n\n",
    "\n<<<ARTICLE>>>\n\n",
    "\n### ARTICLE {n} ###\n\n",
)  # fmt: skip
DASH_JOIN = "\n----------\n\n"


@dataclass(frozen=True)
class Story:
    """The pieces of one article before a layout arranges them."""

    headline: str
    authors: tuple[str, ...]
    agency: str
    place: str
    domain: str
    slug: str
    year: int
    month: int
    day: int
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]
    related: tuple[str, ...]
    caption: str
    photographer: str


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def fill(template: str, rng: random.Random) -> str:
    """Fill a template's slots with random words; capitalised slots are capitalised."""
    subject = rng.choice(SUBJECTS)
    thing = rng.choice(THINGS)
    values = {
        "subject": subject,
        "Subject": subject[0].upper() + subject[1:],
        "subject2": rng.choice([s for s in SUBJECTS if s != subject]),
        "verb": rng.choice(VERBS),
        "Verb": rng.choice(HEADLINE_VERBS),
        "plan": rng.choice(PLANS).format(thing=thing),
        "thing": thing,
        "Thing": thing.removeprefix("the ").title(),
        "when": rng.choice(WHEN),
        "place": rng.choice(PLACES),
        "Place": rng.choice(PLACES),
        "Body": rng.choice(("Council", "Port Authority", "School Board", "Regulator")),
        "n": rng.randint(2, 40),
        "big": f"{rng.randint(1, 40) * 250:,}",
        "money": f"{rng.randint(12, 990) / 10:.1f}",
        "month": rng.choice(MONTHS),
        "year": rng.randint(2019, 2026),
        "weekday": rng.choice(WEEKDAYS),
        "fraction": rng.choice(("third", "quarter", "fifth")),
        "outlet": f"{rng.choice(PLACES)} {rng.choice(OUTLETS)}",
    }
    return template.format(**values).replace("'", APOSTROPHE)


def quote_paragraph(rng: random.Random) -> str:
    """A paragraph of attributed speech, in one of the ways papers print it."""
    words = rng.choice(QUOTES)
    speaker = person(rng)
    form = rng.randrange(5)
    if form == 0:
        return f"“{words},” said {speaker}, {rng.choice(ROLES)}."
    if form == 1:
        return f"“{words},” {speaker} told reporters {rng.choice(WHEN)}."
    if form == 2:
        return f"{speaker}, {rng.choice(ROLES)}, said: “{words}.”"
    if form == 3:
        return f'"{words}," said {speaker}. "We will see what the spring brings."'
    return f"«{words}», said {speaker}, adding that the {rng.choice(THINGS)} could wait."


def paragraph(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return quote_paragraph(rng).replace("'", APOSTROPHE)
    return " ".join(fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(2, 4)))


def story(rng: random.Random, number: int) -> Story:
    """Draw the pieces of article ``number``, about 3 to 4 KB of text once laid out."""
    place = rng.choice(PLACES)
    headline = fill(rng.choice(HEADLINES), rng)
    count = rng.choice((1, 1, 1, 2))
    sections: list[tuple[str | None, tuple[str, ...]]] = []
    headings = rng.sample(HEADINGS, rng.randint(3, 5))
    for heading in (None, *headings):
        sections.append((heading, tuple(paragraph(rng) for _ in range(rng.randint(2, 4)))))
    slug = "-".join(headline.lower().replace(APOSTROPHE, "").split()[:6])
    return Story(
        headline=headline,
        authors=tuple(person(rng) for _ in range(count)),
        agency=rng.choice(AGENCIES),
        place=place,
        domain=f"{place.lower().replace(' ', '').replace('ü', 'u').replace('é', 'e')}-"
        f"{rng.choice(OUTLETS).lower()}.example",
        slug=f"{slug}-{number}",
        year=rng.randint(2019, 2026),
        month=rng.randint(1, 12),
        day=rng.randint(1, 28),
        sections=tuple(sections),
        related=tuple(fill(rng.choice(HEADLINES), rng) for _ in range(rng.randint(0, 2))),
        caption=f"{fill('{Subject} inspected {thing} {when}.', rng)}",
        photographer=person(rng),
    )


def url(s: Story) -> str:
    return f"https://www.{s.domain}/{s.year}/{s.month:02d}/{s.day:02d}/{s.slug}"


def long_date(s: Story, rng: random.Random) -> str:
    month = MONTHS[s.month - 1]
    forms = (
        f"{month} {s.day}, {s.year}",
        f"{s.day} {month} {s.year}",
        f"{month if len(month) < 5 else month[:3] + '.'} {s.day}, {s.year}",
        f"{rng.choice(WEEKDAYS)}, {month} {s.day}, {s.year} {rng.randint(6, 22):02d}:05 GMT",
        f"Published {month} {s.day}, {s.year}",
    )
    return rng.choice(forms)


def byline(s: Story, rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"By {s.agency}"
    names = " and ".join(s.authors)
    if rng.random() < 0.2:
        return f"By {names.upper()}, Staff Writer"
    return f"By {names}" + (f", {s.agency}" if rng.random() < 0.3 else "")


def body(s: Story, rng: random.Random, *, markdown: bool = False, width: int = 0) -> list[str]:
    """The body as blocks (separated by blank lines), with related lines among them."""
    blocks: list[str] = []
    for heading, paragraphs in s.sections:
        if heading is not None:
            blocks.append(f"## {heading}" if markdown else heading)
        for text in paragraphs:
            blocks.append(textwrap.fill(text, width) if width else text)
    for title in s.related:
        label = rng.choice(("Related article", "Read more", "See also"))
        blocks.insert(rng.randint(2, len(blocks) - 1), f"{label}: {title}")
    return blocks


def seed_layout(s: Story, rng: random.Random) -> str:
    """Positional header as in the seed: headline, byline, date, credit, then the body."""
    credit = rng.choice(
        (
            f"{s.photographer} / POOL / {s.agency}",
            f"Photo: {s.photographer}",
            f"{s.photographer} / {s.agency}",
        )
    )
    head = [s.headline, byline(s, rng), long_date(s, rng), "", credit]
    return "\n\n".join([" \n", *head, *body(s, rng), f"Original url: {url(s)}"]) + "\n"


def labelled_layout(s: Story, rng: random.Random) -> str:
    """``Title:`` / ``Author:`` / ``Date:`` ... header, then the body, then ``URL:``."""
    summary = fill("{Subject} {verb} {plan}.", rng)
    head = [
        f"Title: {s.headline}",
        f"Author: {', '.join(s.authors)}",
        f"Date: {s.year}-{s.month:02d}-{s.day:02d}",
        f"Publisher: The {s.place} {rng.choice(OUTLETS)}",
        f"Photo credit: {s.photographer}",
        f"Summary: {summary}",
    ]
    blocks = body(s, rng)
    return "\n".join(head) + "\n\n" + "\n\n".join([*blocks, f"URL: {url(s)}"]) + "\n"


def front_matter_layout(s: Story, rng: random.Random) -> str:
    """YAML front matter, an H1, and a Markdown body with ``##`` headings."""
    head = (
        f'---\ntitle: "{s.headline}"\nauthor: {s.authors[0]}\n'
        f"date: {s.year}-{s.month:02d}-{s.day:02d}\nsource: {url(s)}\n---\n\n# {s.headline}\n\n"
    )
    return head + "\n\n".join(body(s, rng, markdown=True)) + "\n"


def wire_layout(s: Story, rng: random.Random) -> str:
    """A newswire story: dateline on the first paragraph, text hard-wrapped at ~70 columns."""
    blocks = body(s, rng, width=rng.randint(64, 76))
    opening = f"{s.place.upper()}, {MONTHS[s.month - 1][:3]} {s.day} ({s.agency}) - "
    first = next(i for i, b in enumerate(blocks) if "\n" in b or len(b) > 60)
    blocks[first] = textwrap.fill(opening + blocks[first].replace("\n", " "), 70)
    head = [s.headline, f"By {s.authors[0]}", long_date(s, rng)]
    return "\n\n".join([*head, *blocks, f"Original url: {url(s)}"]) + "\n"


def web_layout(s: Story, rng: random.Random) -> str:
    """A copied web page: chrome lines, a photo caption ending in a credit, an update line."""
    month = MONTHS[s.month - 1]
    caption = rng.choice(
        (
            f"{s.caption} REUTERS/{s.photographer}",
            f"{s.caption} (Getty Images)",
            f"{s.caption} Photo: {s.photographer}",
        )
    )
    blocks = body(s, rng)
    for line in rng.sample(CHROME, 3):
        blocks.insert(rng.randint(1, len(blocks) - 1), line)
    head = [
        rng.choice(CHROME),
        s.headline,
        byline(s, rng),
        f"{month} {s.day}, {s.year}",
        f"Updated {month} {s.day}, {s.year} at {rng.randint(1, 11)}:{rng.randint(10, 59)} a.m. EST",
        caption,
    ]
    tail = [f"© {s.year} {s.place} Media. All rights reserved.", f"Original url: {url(s)}"]
    return "\n\n".join([*head, *blocks, *tail]) + "\n"


Layout = Callable[[Story, random.Random], str]
LAYOUTS: tuple[tuple[str, Layout, int], ...] = (
    ("seed", seed_layout, 35),
    ("labelled", labelled_layout, 20),
    ("front-matter", front_matter_layout, 15),
    ("wire", wire_layout, 15),
    ("web", web_layout, 15),
)


def articles(seed: int = DEFAULT_SEED) -> Iterator[tuple[str, str]]:
    """Yield (layout name, article text) forever; the same seed gives the same stream."""
    rng = random.Random(seed)
    names = [name for name, _, _ in LAYOUTS]
    makers = {name: make for name, make, _ in LAYOUTS}
    weights = [weight for _, _, weight in LAYOUTS]
    number = 0
    while True:
        name = rng.choices(names, weights)[0]
        yield name, makers[name](story(rng, number), rng)
        number += 1


def joined(seed: int = DEFAULT_SEED) -> Iterator[tuple[str, str]]:
    """Yield (join, article) pairs forever: each article with what goes before it ("" for
    the first)."""
    rng = random.Random(seed + 1)
    previous: tuple[str, str] | None = None
    for number, (name, text) in enumerate(articles(seed)):
        yield ("" if previous is None else join(previous, rng, number)), text
        previous = (name, text)


def join(previous: tuple[str, str], rng: random.Random, number: int) -> str:
    """Choose how the article after ``previous`` is joined to it."""
    name, text = previous
    if text.rstrip().rpartition("\n")[2].startswith("Original url:") and rng.random() < 0.5:
        return ""  # cat of seed-style files: the trailer ends the article
    if name != "front-matter" and rng.random() < 0.2:
        return DASH_JOIN  # a dash rule inside a Markdown article is a thematic break
    return rng.choice(JOINS).format(n=number)


def write_dump(path: Path, megabytes: float, *, seed: int = DEFAULT_SEED) -> int:
    """Write whole articles until the dump holds ``megabytes`` MB (10**6 bytes); return
    how many articles it holds."""
    limit = megabytes * 1_000_000
    written = count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for separator, text in joined(seed):
            if written >= limit:
                break
            piece = separator + text
            handle.write(piece)
            written += len(piece.encode("utf-8"))
            count += 1
    return count
