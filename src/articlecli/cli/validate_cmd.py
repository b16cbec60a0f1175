"""``articlecli validate``: check article documents the way ruff checks code, for CI.

Findings go to stdout in the chosen format; a summary of the run goes to stderr when it is a
terminal. The checking itself is :func:`articlecli.validate.check`; the formats and the
exit-code policy are :mod:`articlecli.reporters`; settings come from :mod:`articlecli.config`.
All three (and the parser behind them) are imported when the command runs, not at start-up.

Exit status: 0 no errors; 1 errors (with ``--strict``, any finding); 2 usage or
configuration error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..inputs import (
    ARTICLE_SUFFIXES,
    InputItem,
    InputReadError,
    discover,
    is_article_file,
    read_input,
)
from . import console
from .console import EXIT_USAGE, REPORT_KEY, Report
from .options import inputs_argument, quiet_option

if TYPE_CHECKING:
    from ..documents import Document
    from ..model import Article
    from ..validate import Options

# The names of reporters.FORMATTERS, spelled out so that --help need not import the checker
# (a test keeps the two the same).
OUTPUT_FORMATS = ("text", "json", "github", "junit")
SUMMARY_FORMATS = ("text", "json")
_SUFFIX_LIST = " ".join(ARTICLE_SUFFIXES)


@click.command(
    short_help="Check articles for CI: missing fields, bad dates, chrome, layout.",
    epilog="Exit status: 0 no errors, 1 errors found (with --strict: any finding), "
    "2 usage or configuration error.",
)
@inputs_argument
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Report only these rules: codes, code prefixes or names, comma-separated or "
    "repeated (default: every rule).",
)
@click.option(
    "--ignore", multiple=True, metavar="CODES", help="Do not report these rules (as --select)."
)
@click.option(
    "--require",
    multiple=True,
    metavar="FIELDS",
    help="Make an empty field an error, e.g. --require byline,url.",
)
@click.option("--strict/--no-strict", default=None, help="Count warnings as errors (default: no).")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="The day dates are judged against, for reproducible runs (default: today).",
)
@click.option(
    "--output-format",
    type=click.Choice(OUTPUT_FORMATS),
    default="text",
    show_default=True,
    help="How findings are printed: PATH:LINE:COL lines, one JSON report, GitHub "
    "annotations, or JUnit XML.",
)
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead.")
@click.option(
    "--summary",
    is_flag=True,
    help="Print the fields found per file and overall instead of the findings "
    "(a table, or JSON with --output-format json).",
)
@click.option("--list-rules", is_flag=True, help="List every rule with its code and exit.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Read settings from FILE instead of the nearest articlecli.toml or pyproject.toml.",
)
@quiet_option
@click.pass_context
def validate(
    ctx: click.Context,
    inputs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    require: tuple[str, ...],
    strict: bool | None,
    today: dt.datetime | None,
    output_format: str,
    statistics: bool,
    summary: bool,
    list_rules: bool,
    config_file: Path | None,
    quiet: bool,
) -> None:
    """Check article documents (files, directories, or - for stdin) for CI.

    Prints one finding per line, PATH:LINE:COL: CODE message. Settings are read from
    [tool.articlecli] in pyproject.toml or from articlecli.toml, found by walking up from
    the current directory; options given here win. See the README, "Checking articles in CI".

    Directories are walked recursively, checking only article files: .txt .text .md
    .markdown .story .data .sgml .sgm .json .jsonl .ndjson .rss .atom (not README, LICENSE
    and the like). A file named on the command line is always checked.

    \b
    Examples:
      articlecli validate articles/
      articlecli validate articles/ --output-format github
      articlecli validate a.txt b.txt --select AC1 --ignore AC115 --require byline,url
      articlecli validate articles/ --strict --today 2025-03-20
      articlecli validate articles/ --output-format junit > validate.xml
      articlecli validate dumps/ --summary            # which fields were found
      articlecli validate --list-rules
    """
    if list_rules:
        from ..reporters import list_rules as rule_listing

        console.write_stdout(rule_listing())
        return
    _check_combination(output_format, statistics=statistics, summary=summary)
    arguments = console.resolve_inputs(inputs)
    options = _options(
        config_file,
        today=today.date() if today is not None else dt.date.today(),
        select=select,
        ignore=ignore,
        require=require,
        strict=strict,
    )
    run = Report(quiet=quiet)
    ctx.meta[REPORT_KEY] = run
    ctx.exit(_run(arguments, options, run, output_format, statistics=statistics, summary=summary))


def _check_combination(output_format: str, *, statistics: bool, summary: bool) -> None:
    """Refuse options that ask for two different things on stdout."""
    if statistics and summary:
        raise click.UsageError("use either --statistics or --summary, not both")
    if statistics and output_format != "text":
        raise click.UsageError("--statistics prints text; the json report has the counts too")
    if summary and output_format not in SUMMARY_FORMATS:
        raise click.UsageError("--summary prints a table or JSON: use --output-format text or json")


def _options(
    config_file: Path | None,
    *,
    today: dt.date,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    require: tuple[str, ...],
    strict: bool | None,
) -> Options:
    """Read the configuration and merge the command line into it; exit 2 when it is bad."""
    from ..config import ConfigError, discover_config, load_config, resolve_options

    try:
        config = load_config(config_file) if config_file is not None else discover_config()
        return resolve_options(
            config,
            today=today,
            # Click gives () for an option not given; None tells the config "not set here".
            select=select or None,
            ignore=ignore or None,
            require=require or None,
            strict=strict,
        )
    except ConfigError as exc:
        click.echo(console.error_line(None, str(exc)), err=True)
        raise click.exceptions.Exit(EXIT_USAGE) from None


@dataclass
class _Inputs:
    """What the arguments named: the files to check and what the walk left out."""

    items: list[InputItem]
    problems: list[Document]
    skipped: int


def _gather(arguments: Sequence[str]) -> _Inputs:
    """Expand the arguments; a walk keeps article files only.

    A missing path, or a directory with nothing to check, becomes an AC116 document, so
    that it shows in every output format and fails the run.
    """
    from ..documents import Document

    found = discover(arguments)
    problems = [Document.unreadable(p.name, p.message) for p in found.problems]
    items = [item for item in found.items if is_article_file(item)]
    kept_roots = {item.root for item in items}
    for root in dict.fromkeys(item.root for item in found.items if item.root is not None):
        if root not in kept_roots:
            message = f"directory has no article files ({_SUFFIX_LIST})"
            problems.append(Document.unreadable(root, message))
    return _Inputs(items, problems, skipped=len(found.items) - len(items))


@dataclass
class _Collector:
    """Reads each input into documents, remembering articles when --summary needs them."""

    run: Report
    keep: bool
    articles: list[tuple[str, Article | None]] = field(default_factory=list)

    def documents(self, found: _Inputs) -> Iterator[Document]:
        """Yield every document in input order, with a progress bar on a terminal."""
        yield from self._kept(found.problems)
        with console.progress(len(found.items), self.run, "checking") as advance:
            for item in found.items:
                yield from self._kept(_load(item))
                advance()

    def _kept(self, documents: Sequence[Document]) -> Sequence[Document]:
        if self.keep:
            self.articles.extend((d.path, d.article) for d in documents)
        return documents


def _load(item: InputItem) -> list[Document]:
    """Read one input into its documents; an unreadable one gives an AC116 document."""
    from ..documents import Document, load_documents

    try:
        data = console.stdin_bytes() if item.is_stdin else read_input(item)
    except InputReadError as exc:
        return [Document.unreadable(item.name, str(exc))]
    return load_documents(data, path=item.name)


def _run(
    arguments: Sequence[str],
    options: Options,
    run: Report,
    output_format: str,
    *,
    statistics: bool,
    summary: bool,
) -> int:
    """Check everything, print what was asked for, and return the exit status."""
    from ..reporters import FORMATTERS, exit_code, format_statistics, summarize
    from ..validate import OptionError, check

    found = _gather(arguments)
    collector = _Collector(run, keep=summary)
    try:
        report = check(collector.documents(found), options=options)
    except OptionError as exc:  # resolve_options checked the names already; kept as a guard
        click.echo(console.error_line(None, str(exc)), err=True)
        return EXIT_USAGE
    status = exit_code(report.findings, strict=options.strict)
    # A reader that closes stdout early still gets the status the findings call for.
    run.failures = status
    if not run.quiet:
        for note in report.notes:
            console.warn(note)
    if summary:
        _print_coverage(collector.articles, output_format)
    elif statistics:
        console.write_stdout(format_statistics(summarize(report)))
    else:
        console.write_stdout(FORMATTERS[output_format](report))
    if not run.quiet and console.stderr_is_tty():
        from .tables import run_summary

        err = console.rich_console(stderr=True)
        for renderable in run_summary(
            summarize(report), skipped=found.skipped, strict=options.strict
        ):
            err.print(renderable)
    return status


def _print_coverage(articles: list[tuple[str, Article | None]], output_format: str) -> None:
    """Print the coverage tables: JSON, a Rich table on a terminal, aligned text otherwise."""
    from ..coverage import count_coverage, format_coverage, format_coverage_json

    coverage = count_coverage(articles)
    if output_format == "json":
        console.write_stdout(format_coverage_json(coverage))
    elif console.stdout_is_tty():
        from .tables import coverage_tables

        out = console.rich_console(stderr=False)
        for renderable in coverage_tables(coverage):
            out.print(renderable)
    else:
        console.write_stdout(format_coverage(coverage))
