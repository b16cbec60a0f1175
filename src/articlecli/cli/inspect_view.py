"""``articlecli inspect``: each line's role, the fields found and the warnings, for a person.

Colours (Rich) when stdout is a terminal, plain aligned text otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import ArticleParseError
from ..inputs import STDIN, InputReadError, discover, read_input
from . import console
from .console import REPORT_KEY, Report

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..model import Article
    from ..parser import Analysis

# Gutter colour of each line role; roles not listed are shown plain.
ROLE_STYLES = {
    "headline": "bold magenta",
    "byline": "cyan",
    "date": "green",
    "credit": "yellow",
    "heading": "bold blue",
    "paragraph": "white",
    "quote": "bright_white",
    "related": "blue",
    "url": "underline blue",
    "boilerplate": "dim",
    "unrecognised": "bold red",
    "blank": "dim",
}
# The fields table: output key, and how to show its value.
INSPECT_FIELDS = (
    "headline",
    "byline",
    "authors",
    "agencies",
    "date",
    "updated",
    "photo_credit",
    "photo_caption",
    "publication",
    "dateline",
    "summary",
    "url",
    "domain",
    "word_count",
    "sections",
    "quotes",
    "related",
    "highlights",
    "id",
)


@click.command(short_help="Show each line's role, the fields found and the warnings.")
@click.argument("file", metavar="FILE")
@click.pass_context
def inspect(ctx: click.Context, file: str) -> None:
    """Show how FILE was read: each line's role, the fields found, the warnings.

    Colours when stdout is a terminal, plain text otherwise. FILE may be - for stdin.

    \b
    Examples:
      articlecli inspect story.txt
      articlecli inspect story.txt | less
      pbpaste | articlecli inspect -
    """
    report = Report()
    ctx.meta[REPORT_KEY] = report
    analysis = _analyse(file, report)
    if analysis is None:
        ctx.exit(report.exit_code)
    if console.stdout_is_tty():
        _show_rich(analysis)
    else:
        console.write_stdout(_plain_view(analysis))


def _analyse(file: str, report: Report) -> Analysis | None:
    """Read and analyse one input; report and return None when that fails."""
    if file != STDIN and Path(file).is_dir():
        report.error(file, "is a directory; inspect takes one file")
        return None
    found = discover([file])
    for problem in found.problems:
        report.error(problem.name, problem.message)
    if report.failures:
        return None
    item = found.items[0]
    try:
        data = console.stdin_bytes() if item.is_stdin else read_input(item)
    except InputReadError as exc:
        report.error(item.name, str(exc))
        return None
    from ..parser import analyse

    try:
        return analyse(data, source=item.name)
    except ArticleParseError as exc:
        report.error(console.where(exc, item.name), exc.message)
        return None


def _field_rows(article: Article) -> list[tuple[str, str, str]]:
    """Return (field, value, line) rows for the fields that have a value."""
    data = article.to_dict()
    rows = []
    for key in INSPECT_FIELDS:
        value = _show_value(data.get(key))
        if value:
            line = article.lines.get(key)
            rows.append((key, value, "" if line is None else str(line)))
    return rows


def _show_value(value: object) -> str:
    """Return a one-line form of a field value; empty for nothing."""
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return f"{len(value)} item{'s' if len(value) != 1 else ''}"
    return str(value)


def _plain_view(analysis: Analysis) -> str:
    """Return the inspect view as plain text (for pipes and files)."""
    width = max((len(r.role) for r in analysis.roles), default=4)
    lines = [f"{r.line:>5}  {r.role:<{width}} | {r.text}".rstrip() for r in analysis.roles]
    lines += ["", "Fields:"]
    rows = _field_rows(analysis.article)
    key_width = max((len(key) for key, _, _ in rows), default=0)
    for key, value, line in rows:
        at = f"  (line {line})" if line else ""
        lines.append(f"  {key:<{key_width}}  {value}{at}")
    lines += ["", "Warnings:" if analysis.article.warnings else "Warnings: none"]
    for warning in analysis.article.warnings:
        at = f"line {warning.line}: " if warning.line is not None else ""
        lines.append(f"  {warning.code} {at}{warning.message}")
    return "\n".join(lines) + "\n"


def _show_rich(analysis: Analysis) -> None:
    """Print the inspect view with a coloured role gutter and tables (a terminal)."""
    out = console.rich_console(stderr=False)
    for renderable in _rich_view(analysis):
        out.print(renderable)


def _rich_view(analysis: Analysis) -> list[RenderableType]:
    """Build the gutter and the two tables; user text goes in as Text, never as markup."""
    from rich.table import Table
    from rich.text import Text

    gutter = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    gutter.add_column(justify="right", style="dim", no_wrap=True)
    gutter.add_column(no_wrap=True)
    gutter.add_column(style="dim", no_wrap=True)
    gutter.add_column(overflow="fold")
    for role in analysis.roles:
        style = ROLE_STYLES.get(role.role, "")
        gutter.add_row(str(role.line), Text(role.role, style=style), "│", Text(role.text))
    fields = Table(title="Fields", title_justify="left")
    for name in ("field", "value", "line"):
        fields.add_column(name, overflow="fold")
    for key, value, line in _field_rows(analysis.article):
        fields.add_row(Text(key), Text(value), Text(line))
    warnings = Table(title="Warnings", title_justify="left")
    for name in ("code", "line", "message"):
        warnings.add_column(name, overflow="fold")
    for warning in analysis.article.warnings:
        line_text = "" if warning.line is None else str(warning.line)
        warnings.add_row(Text(warning.code), Text(line_text), Text(warning.message))
    if not analysis.article.warnings:
        return [gutter, fields, Text("No warnings.", style="green")]
    return [gutter, fields, warnings]
