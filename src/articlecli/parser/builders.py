"""What the header and body passes gather: builders the readers fill in, line by line.

Plain classes rather than dataclasses: each is only ever built empty, and creating a
dataclass of their size costs most of a millisecond of every run's start-up.
"""

from __future__ import annotations

from ..model import Diagnostic, Related, Section
from .blocks import Block
from .byline import Byline
from .fields import UrlLine


class Gathered:
    """What every pass may find: related links, line roles, lines it could not place,
    page chrome and warnings. The article gets them from the header and body in turn."""

    def __init__(self) -> None:
        self.related: list[Related] = []
        self.roles: dict[int, str] = {}  # 1-based input line -> role
        self.unrecognised: list[str] = []
        self.boilerplate: list[str] = []
        self.warnings: list[Diagnostic] = []


class Body(Gathered):
    """What the body gave: sections, the first line of each paragraph, links and roles."""

    url: UrlLine | None = None
    url_line: int | None = None
    photo_caption: str | None = None
    photo_credit: str | None = None
    # A closing "Source: Example News" names the outlet: (line number, line, name).
    source: tuple[int, str, str] | None = None
    dateline_line: int | None = None  # the first line of the paragraph a dateline opened
    # A closing note's day, "(APA, 1.2.2015)": (its line, the ISO day).
    closing_date: tuple[int, str] | None = None

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[Section] = []
        self.paragraph_lines: list[list[int]] = []
        self.highlights: list[str] = []
        # Closing wire credits ("Reporting by ...; Editing by ..."): (line, text, credit).
        self.credit_lines: list[tuple[int, str, Byline]] = []


def mark(body: Body, block: Block, role: str) -> None:
    """Give every line of ``block`` the role ``role`` (for ``articlecli inspect``)."""
    for line in block.lines:
        body.roles[line.number] = role
