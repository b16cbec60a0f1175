"""The command line: ``articlecli convert``, ``schema`` and ``inspect``.

Data goes to stdout, messages to stderr, one line each: ``articlecli: error: PATH[:LINE]: ...``.

Exit status: 0 every input converted; 1 some input failed (each is reported, the run goes
on unless ``--fail-fast``); 2 usage error; 130 interrupted (Ctrl-C), with no traceback and
no temporary file left behind.

A closed pipe (``articlecli convert big/ --to jsonl | head -1``) is not an error: the run
stops quietly and exits with the status it had so far, 0 when no input had failed. We do not
exit 141 (death by SIGPIPE, as ``yes`` does) because under ``set -o pipefail`` that would fail
a pipeline that got exactly what it asked for.

This is the only module that knows about Click, Rich, streams and exit codes. Rich, the
parser and the renderers are imported only when a command needs them, so that start-up
(and ``--help``) stays fast.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import click

from .codes import code_of
from .errors import ArticleParseError
from .inputs import (
    STDIN,
    InputItem,
    InputReadError,
    binary_line,
    discover,
    read_input,
)
from .outputs import (
    FIELD_FORMATS,
    STDOUT_NAME,
    AtomicFile,
    InputFiles,
    OutputError,
    StreamWriter,
    existing,
    plan_outputs,
    render_document,
    write_file,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from .model import Article
    from .outputs import Renderer
    from .parse import Analysis

PROG = "articlecli"
FORMAT_NAMES = ("json", "jsonl", "markdown", "text")
# Article warnings about the input itself (not its content) are also shown on stderr.
INPUT_WARNING_CODES = frozenset({code_of("encoding-fallback")})
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
_REPORT_KEY = "articlecli.report"

F = TypeVar("F", bound=Callable[..., Any])


# --- Reporting -------------------------------------------------------------------------


@dataclass
class Report:
    """Messages to stderr and the exit status they add up to.

    While a progress bar is live its console prints the lines, above the bar.
    """

    quiet: bool = False
    failures: int = 0
    console: Console | None = field(default=None, repr=False)

    def error(self, where: str, message: str) -> None:
        """Report a failed input (always shown, even with --quiet)."""
        self.failures += 1
        self._say(f"{PROG}: error: {where}: {message}")

    def warning(self, where: str, message: str) -> None:
        """Report something doubtful that did not fail the input."""
        if not self.quiet:
            self._say(f"{PROG}: warning: {where}: {message}")

    def _say(self, line: str) -> None:
        if self.console is not None:
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    @property
    def exit_code(self) -> int:
        """Return 1 when anything failed, else 0."""
        return EXIT_FAILED if self.failures else EXIT_OK


def _where(exc: ArticleParseError, fallback: str) -> str:
    """Return ``PATH[:LINE]`` for a parse error."""
    where = exc.source or fallback
    return f"{where}:{exc.line}" if exc.line is not None else where


# --- The group -------------------------------------------------------------------------


class _Group(click.Group):
    """A group that turns Ctrl-C into exit 130 and a closed stdout into a quiet stop."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Temporary files are already gone: their context managers ran on the way up.
            if _stderr_is_tty():
                click.echo(err=True)  # End the line the terminal's "^C" echo left open.
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            report = ctx.meta.get(_REPORT_KEY)
            raise click.exceptions.Exit(report.exit_code if report else EXIT_OK) from None
        except OutputError as exc:
            # Writing schema's or inspect's output failed (a full disk, a closed stdout).
            click.echo(f"{PROG}: error: {exc}", err=True)
            raise click.exceptions.Exit(EXIT_FAILED) from None


def _silence_stdout() -> None:
    """Point stdout's descriptor at /dev/null so the flush at exit cannot fail again.

    Without this, Python prints "Exception ignored ... BrokenPipeError" when it flushes
    the still-buffered output on the way out.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # No real descriptor (tests, embedded use): nothing will be flushed to it.
    finally:
        os.close(devnull)


# The standard streams are looked up at call time, so that CliRunner's replacements apply.
def _stdin_is_tty() -> bool:
    # No stdin at all (fd 0 closed) is treated like a terminal: there is nothing to read.
    return sys.stdin is None or sys.stdin.isatty()


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


def _stdout() -> BinaryIO:
    """Return stdout's byte stream: data is written as UTF-8 whatever the locale says."""
    if sys.stdout is None:  # Started with fd 1 closed (">&-").
        raise OutputError(STDOUT_NAME, "standard output is closed", fatal=True)
    return sys.stdout.buffer


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()
        sys.stdout.buffer.flush()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlecli", prog_name=PROG)
def main() -> None:
    """Turn plain-text news article dumps into JSON, JSON Lines, Markdown or clean text.

    Data goes to stdout, messages to stderr.

    \b
    Examples:
      articlecli convert story.txt
      articlecli convert dumps/ --to jsonl > articles.jsonl
      cat story.txt | articlecli convert --to markdown
      articlecli convert dumps/ --to markdown --output-dir md/
      articlecli inspect story.txt
      articlecli schema > article.schema.json

    \b
    Shell completion (Click's own; zsh and fish likewise):
      eval "$(_ARTICLECLI_COMPLETE=bash_source articlecli)"   # in ~/.bashrc
    """


# --- convert ---------------------------------------------------------------------------


def output_options(command: F) -> F:
    """Add -o, --output-dir and --force."""
    options = [
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
            metavar="FILE",
            help="Write all output to FILE instead of stdout (atomically).",
        ),
        click.option(
            "--output-dir",
            type=click.Path(file_okay=False, path_type=Path),
            metavar="DIR",
            help="Write one file per input into DIR, mirroring input subfolders (a.txt -> a.json).",
        ),
        click.option("--force", is_flag=True, help="Overwrite existing output files."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command(
    short_help="Convert dumps to JSON, JSON Lines, Markdown or text.",
    epilog="Exit status: 0 all converted, 1 some input failed, 2 usage error, 130 interrupted. "
    "A reader that stops early (| head) ends the run quietly with the status so far.",
)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "--to",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="json",
    show_default=True,
    help="Output format.",
)
@output_options
@click.option(
    "--fields",
    metavar="NAMES",
    help="Keep only these comma-separated keys (json, jsonl), e.g. headline,date,url.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on stderr except errors.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.pass_context
def convert(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str,
    output: Path | None,
    output_dir: Path | None,
    force: bool,
    fields: str | None,
    quiet: bool,
    fail_fast: bool,
) -> None:
    """Convert article dumps (files, directories, or - for stdin) to structured data.

    Directories are read recursively in sorted order, skipping hidden files. With no
    INPUT, text piped to stdin is read. articlecli's own JSON, JSON Lines and Markdown
    output is accepted as input too.

    \b
    Examples:
      articlecli convert story.txt                      # one JSON object
      articlecli convert dumps/ --to jsonl | jq .headline
      articlecli convert a.txt b.txt -o both.json       # a JSON array
      articlecli convert dumps/ --output-dir out/ --to markdown --force
      articlecli convert dumps/ --to jsonl --fields headline,date,url
      curl -s https://example.com/story.txt | articlecli convert --to text
    """
    if output is not None and str(output) == STDIN:
        output = None  # "-o -" means stdout, as usual.
    _check_output_options(output, output_dir)
    field_names = _parse_fields(fields, fmt)
    arguments = _resolve_inputs(inputs, output_dir)
    report = Report(quiet=quiet)
    ctx.meta[_REPORT_KEY] = report
    render = _renderer(fmt, field_names)
    job = _Job(report=report, fail_fast=fail_fast, fmt=fmt, render=render, force=force)
    excluded = [path for path in (output, output_dir) if path is not None]
    found = discover(arguments, exclude=excluded)
    for problem in found.problems:
        report.error(problem.name, problem.message)
    if not (fail_fast and report.failures):
        if output_dir is not None:
            job.to_directory(found.items, output_dir)
        elif output is not None:
            job.to_file(found.items, output)
        else:
            job.to_stream(found.items)
    _flush_stdout()
    ctx.exit(report.exit_code)


def _check_output_options(output: Path | None, output_dir: Path | None) -> None:
    if output is not None and output_dir is not None:
        raise click.UsageError("use either -o/--output or --output-dir, not both")


def _parse_fields(fields: str | None, fmt: str) -> tuple[str, ...] | None:
    """Split --fields and check the names against the JSON renderer."""
    if fields is None:
        return None
    if fmt not in FIELD_FORMATS:
        raise click.UsageError("--fields applies only to --to json and --to jsonl")
    names = tuple(name.strip() for name in fields.split(",") if name.strip())
    if not names:
        raise click.BadParameter("give at least one field name", param_hint="--fields")
    from .render.jsonout import check_fields

    try:
        check_fields(names)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None
    return names


def _resolve_inputs(inputs: tuple[str, ...], output_dir: Path | None) -> tuple[str, ...]:
    """Apply the stdin rules: no INPUT reads a pipe, "-" at most once."""
    if not inputs:
        if _stdin_is_tty():
            raise click.UsageError("no input: give files or directories, or pipe text to stdin")
        inputs = (STDIN,)
    if inputs.count(STDIN) > 1:
        raise click.UsageError("'-' (stdin) can be given only once")
    if output_dir is not None and STDIN in inputs:
        raise click.UsageError("--output-dir needs named inputs: stdin has no file name")
    return inputs


def _renderer(fmt: str, fields: tuple[str, ...] | None) -> Renderer:
    """Return the function that turns one article into text in ``fmt``."""
    from .render import FORMATS
    from .render.jsonout import to_json, to_jsonl

    if fields is None:
        return FORMATS[fmt].render
    return functools.partial(to_json if fmt == "json" else to_jsonl, fields=fields)


def _extension(fmt: str) -> str:
    from .render import FORMATS

    return FORMATS[fmt].extension


class _Stop(Exception):
    """Stop the run: --fail-fast saw a failure, or a write cannot succeed (full disk)."""


@dataclass
class _Job:
    """One convert run: read each input, load its articles, hand them to a writer."""

    report: Report
    fail_fast: bool
    fmt: str
    render: Renderer
    force: bool

    def to_stream(self, items: Sequence[InputItem]) -> None:
        """Write every article to stdout."""
        with _stopping(self.report):
            writer = StreamWriter(_stdout(), self.fmt, self.render)
            self._run(items, lambda _index, articles: _add_all(writer, articles))
            writer.close()

    def to_file(self, items: Sequence[InputItem], output: Path) -> None:
        """Write every article to one file, which appears only when the run completes."""
        if self._refuses_target(output, InputFiles(items)):
            return
        with _stopping(self.report), AtomicFile(output, force=self.force) as out:
            writer = StreamWriter(out.stream, self.fmt, self.render, name=str(output))
            self._run(items, lambda _index, articles: _add_all(writer, articles))
            writer.close()
            out.commit()

    def to_directory(self, items: Sequence[InputItem], directory: Path) -> None:
        """Write one file per input under ``directory``; check every name first."""
        targets, collisions = plan_outputs(items, directory, _extension(self.fmt))
        for collision in collisions:
            self.report.error(str(collision.target), _collision_message(collision.inputs))
        inputs = InputFiles(items)
        blocked = [target for target in targets if self._refuses_target(target, inputs)]
        if collisions or blocked:
            return
        with _stopping(self.report):
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(str(directory), _mkdir_message(exc)) from None

            def write(index: int, articles: Iterator[Article]) -> None:
                data = render_document(articles, self.fmt, self.render)
                write_file(targets[index], data, force=self.force)

            self._run(items, write)

    def _refuses_target(self, target: Path, inputs: InputFiles) -> bool:
        """Report a target that is an input, or exists without --force."""
        clash = inputs.clash(target)
        if clash is not None:
            self.report.error(str(target), f"is an input ({clash}); inputs are never modified")
            return True
        if not self.force and existing([target]):
            self.report.error(str(target), "already exists (use --force to overwrite)")
            return True
        return False

    def _run(
        self, items: Sequence[InputItem], write: Callable[[int, Iterator[Article]], None]
    ) -> None:
        """Convert each input in order, reporting failures; raise _Stop to end early."""
        readable_roots: set[str] = set()
        with _progress(len(items), self.report) as advance:
            for index, item in enumerate(items):
                failures = self.report.failures
                if self._convert(index, item, write) and item.root is not None:
                    readable_roots.add(item.root)
                if self.fail_fast and self.report.failures > failures:
                    raise _Stop
                advance()
        for root in dict.fromkeys(item.root for item in items if item.root is not None):
            if root not in readable_roots:
                self.report.error(root, "directory has no readable files")

    def _convert(
        self, index: int, item: InputItem, write: Callable[[int, Iterator[Article]], None]
    ) -> bool:
        """Convert one input; return whether it was readable text (failed or not)."""
        data = self._read(item)
        if data is None:
            return False
        from .load import load_articles

        try:
            write(index, self._checked(item, load_articles(data, source=item.name)))
        except ArticleParseError as exc:
            self.report.error(_where(exc, item.name), exc.message)
        except OutputError as exc:
            self.report.error(exc.name, exc.message)
            if exc.fatal:
                raise _Stop from None
        return True

    def _read(self, item: InputItem) -> bytes | None:
        """Return the input's bytes, or None (reported) when unreadable or binary."""
        try:
            data = _stdin_bytes() if item.is_stdin else read_input(item)
        except InputReadError as exc:
            self.report.error(item.name, str(exc))
            return None
        line = binary_line(data)
        if line is None:
            return data
        message = "file is binary (NUL byte), not text"
        if item.root is not None:
            # Found by walking a directory, not named by the user: skip it, do not fail.
            self.report.warning(f"{item.name}:{line}", f"skipped: {message}")
        else:
            self.report.error(f"{item.name}:{line}", message)
        return None

    def _checked(self, item: InputItem, articles: Iterator[Article]) -> Iterator[Article]:
        """Pass articles through, showing warnings about the input itself on stderr."""
        for article in articles:
            for warning in article.warnings:
                if warning.code in INPUT_WARNING_CODES:
                    where = item.name if warning.line is None else f"{item.name}:{warning.line}"
                    self.report.warning(where, warning.message)
            yield article


def _add_all(writer: StreamWriter, articles: Iterator[Article]) -> None:
    """Add articles to the one output of the run; a failed write ends the run."""
    try:
        for article in articles:
            writer.add(article)
    except OutputError as exc:
        # Everything goes to this one stream, so after a failed write it is broken for good.
        raise OutputError(exc.name, exc.message, fatal=True) from None


def _collision_message(names: Sequence[str]) -> str:
    return f"would be written by {len(names)} inputs: {', '.join(names)}"


def _mkdir_message(exc: OSError) -> str:
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        return "cannot create the output directory: a file is in the way"
    return f"cannot create the output directory: {(exc.strerror or str(exc)).lower()}"


def _stdin_bytes() -> bytes:
    if sys.stdin is None:  # Started with fd 0 closed ("<&-").
        raise InputReadError("standard input is closed")
    return sys.stdin.buffer.read()


@contextmanager
def _stopping(report: Report) -> Iterator[None]:
    """End the run quietly on _Stop, and report a write error that ends it."""
    try:
        yield
    except _Stop:
        pass
    except OutputError as exc:
        report.error(exc.name, exc.message)


@contextmanager
def _progress(total: int, report: Report) -> Iterator[Callable[[], None]]:
    """Show a transient progress bar on stderr when it is a terminal and total > 1."""
    if report.quiet or total < 2 or not _stderr_is_tty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    console = Console(stderr=True)
    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(
        *columns,
        console=console,
        transient=True,
        redirect_stdout=False,
        disable=not console.is_interactive,
    ) as progress:
        task = progress.add_task("converting", total=total)
        report.console = console
        try:
            yield lambda: progress.advance(task)
        finally:
            report.console = None


# --- schema ----------------------------------------------------------------------------


@main.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of convert's JSON output.

    \b
    Examples:
      articlecli schema > article.schema.json
      articlecli schema | jq '.properties | keys'
    """
    from .schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    out = _stdout()
    out.write(text.encode("utf-8"))
    out.flush()


# --- inspect ---------------------------------------------------------------------------

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


@main.command(short_help="Show each line's role, the fields found and the warnings.")
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
    ctx.meta[_REPORT_KEY] = report
    analysis = _analyse(file, report)
    if analysis is None:
        ctx.exit(report.exit_code)
    if _stdout_is_tty():
        _show_rich(analysis)
    else:
        out = _stdout()
        out.write(_plain_view(analysis).encode("utf-8"))
        out.flush()


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
        data = _stdin_bytes() if item.is_stdin else read_input(item)
    except InputReadError as exc:
        report.error(item.name, str(exc))
        return None
    from .parse import analyse

    try:
        return analyse(data, source=item.name)
    except ArticleParseError as exc:
        report.error(_where(exc, item.name), exc.message)
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
    from rich.console import Console

    console = Console()
    for renderable in _rich_view(analysis):
        console.print(renderable)


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
