"""Rich tables for a person at a terminal: validate's run summary and the coverage table.

Rich is imported inside each function. Every cell built from user data (paths, messages) is
a ``Text``, never markup, so that a file called ``[red]a.txt`` prints as it is named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..coverage import Coverage
    from ..reporters import Summary

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow"}


def run_summary(summary: Summary, *, skipped: int, strict: bool) -> list[RenderableType]:
    """Return the counts of a validate run and its findings per rule (for stderr)."""
    from rich.table import Table
    from rich.text import Text

    counts = Table(box=None, show_header=False, pad_edge=False, title_justify="left")
    counts.add_column(style="bold")
    counts.add_column(justify="right")
    counts.add_row("files checked", str(summary.files))
    counts.add_row("articles", str(summary.articles))
    if skipped:
        counts.add_row("files skipped (not article files)", str(skipped))
    counts.add_row(Text("errors", style=SEVERITY_STYLES["error"]), str(summary.errors))
    warnings_label = "warnings (errors with --strict)" if strict else "warnings"
    counts.add_row(Text(warnings_label, style=SEVERITY_STYLES["warning"]), str(summary.warnings))
    if not summary.rules:
        return [counts, Text("No findings.", style="green")]
    rules = Table(title="Findings per rule", title_justify="left")
    rules.add_column("code")
    rules.add_column("rule")
    rules.add_column("severity")
    rules.add_column("count", justify="right")
    for rule in sorted(summary.rules, key=lambda r: (-r.count, r.code)):
        severity = Text(rule.severity, style=SEVERITY_STYLES.get(rule.severity, ""))
        rules.add_row(rule.code, rule.name, severity, str(rule.count))
    return [counts, rules]


def coverage_tables(coverage: Coverage) -> list[RenderableType]:
    """Return the per-file and per-field coverage tables (for stdout on a terminal)."""
    from rich.table import Table
    from rich.text import Text

    from ..coverage import FIELD_HEADER, FILE_HEADER, field_cells, file_cells, file_label

    files = Table(title="Fields found per file", title_justify="left")
    files.add_column(FILE_HEADER[0], overflow="fold")
    for name in FILE_HEADER[1:]:
        files.add_column(name.replace("_", " "), justify="right")
    for row in coverage.files:
        cells = [Text(cell, style="dim" if cell == "-" else "") for cell in file_cells(row)]
        files.add_row(Text(file_label(row)), *cells)
    fields = Table(title="Fields found overall", title_justify="left")
    for index, name in enumerate(FIELD_HEADER):
        fields.add_column(name, justify="left" if index == 0 else "right")
    for field in coverage.fields:
        fields.add_row(field.name, *field_cells(field))
    totals = f"{len(coverage.files)} files, {coverage.articles} articles"
    if coverage.unreadable:
        totals += f", {coverage.unreadable} unreadable"
    return [files, fields, Text(totals)]
