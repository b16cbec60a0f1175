"""What the body pass gathers: a builder the body readers fill in, and the line roles."""

from __future__ import annotations

from ..model import Diagnostic, Related, Section
from .blocks import Block
from .byline import Byline
from .fields import UrlLine


class Body:
    """What the body gave: sections, the first line of each paragraph, links and roles.

    A plain class rather than a dataclass: it is only ever built empty, and creating a
    dataclass of this size costs most of a millisecond of every run's start-up.
    """

    url: UrlLine | None = None
    url_line: int | None = None
    photo_caption: str | None = None
    photo_credit: str | None = None
    # A closing "Source: Example News" names the outlet: (line number, line, name).
    source: tuple[int, str, str] | None = None

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.paragraph_lines: list[list[int]] = []
        self.related: list[Related] = []
        self.highlights: list[str] = []
        self.boilerplate: list[str] = []
        # Closing wire credits ("Reporting by ...; Editing by ..."): (line, text, credit).
        self.credit_lines: list[tuple[int, str, Byline]] = []
        self.roles: dict[int, str] = {}
        self.unrecognised: list[str] = []
        self.warnings: list[Diagnostic] = []


def mark(body: Body, block: Block, role: str) -> None:
    """Give every line of ``block`` the role ``role`` (for ``articlecli inspect``)."""
    for line in block.lines:
        body.roles[line.number] = role
