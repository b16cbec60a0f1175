"""The body: section headings, paragraphs, related lines and the trailing URL."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codes import code_of
from ..model import Diagnostic, Related, Section
from .blocks import Block
from .fields import UrlLine, is_heading_like, read_related_line, read_url_line


@dataclass
class Body:
    """What the body gave: sections, the first line of each paragraph, links and roles."""

    sections: list[Section] = field(default_factory=list)
    paragraph_lines: list[list[int]] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    url: UrlLine | None = None
    url_line: int | None = None
    roles: dict[int, str] = field(default_factory=dict)
    unrecognised: list[str] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)


def read_body(blocks: list[Block], *, have_url: bool) -> Body:
    """Split body blocks into sections; pull out related and URL lines."""
    body = Body()
    content: list[Block] = []
    for index, block in enumerate(blocks):
        role = _link_role(body, block, is_last=index == len(blocks) - 1, have_url=have_url)
        if role:
            _mark(body, block, role)
        else:
            content.append(block)
    _build_sections(body, content)
    return body


def _link_role(body: Body, block: Block, *, is_last: bool, have_url: bool) -> str | None:
    if len(block.lines) != 1:
        return None
    text = block.text
    url = read_url_line(text, bare_ok=is_last)
    if url is not None:
        if have_url or body.url is not None:
            body.unrecognised.append(text)
            body.warnings.append(
                Diagnostic(code_of("unrecognised-line"), f"a second URL line: {text!r}", block.number)
            )
        else:
            body.url, body.url_line = url, block.number
        return "url"
    related = read_related_line(text)
    if related is not None:
        body.related.append(related)
        return "related"
    return None


def _build_sections(body: Body, content: list[Block]) -> None:
    heading: Block | None = None
    paragraphs: list[Block] = []

    def close() -> None:
        if heading is None and not paragraphs:
            return
        if heading is not None and not paragraphs:
            body.warnings.append(
                Diagnostic(
                    code_of("empty-section"),
                    f"heading {heading.text!r} has no paragraphs",
                    heading.number,
                )
            )
        body.sections.append(
            Section(heading.text if heading else None, tuple(p.text for p in paragraphs))
        )
        body.paragraph_lines.append([p.number for p in paragraphs])

    for index, block in enumerate(content):
        following = content[index + 1] if index + 1 < len(content) else None
        if _is_heading(block, following):
            close()
            heading, paragraphs = block, []
            _mark(body, block, "heading")
        else:
            paragraphs.append(block)
            _mark(body, block, "paragraph")
    close()


def _is_heading(block: Block, following: Block | None) -> bool:
    """A heading is a title-like line that heads a paragraph (or ends the document).

    In a run of title-like lines only the last heads the paragraphs after it; the others
    are short paragraphs (a list, say), not sections left empty.
    """
    if len(block.lines) != 1 or not is_heading_like(block.text):
        return False
    return following is None or not (len(following.lines) == 1 and is_heading_like(following.text))


def _mark(body: Body, block: Block, role: str) -> None:
    for line in block.lines:
        body.roles[line.number] = role
