"""``articlecli convert``: read each input, load its articles, write them in one format.

Exit status: 0 every input converted; 1 some input failed (each is reported, the run goes
on unless ``--fail-fast``); 2 usage error; 130 interrupted (Ctrl-C), with no traceback and
no temporary file left behind.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..codes import code_of
from ..errors import ArticleParseError
from ..inputs import STDIN, InputItem, InputReadError, binary_line, discover, read_input
from ..outputs import (
    FIELD_FORMATS,
    AtomicFile,
    InputFiles,
    OutputError,
    StreamWriter,
    existing,
    plan_outputs,
    render_document,
    write_file,
)
from . import console
from .console import REPORT_KEY, Report
from .options import inputs_argument, output_options, quiet_option

if TYPE_CHECKING:
    from ..model import Article
    from ..outputs import Renderer

FORMAT_NAMES = ("json", "jsonl", "markdown", "text")
# Article warnings about the input itself (not its content) are also shown on stderr.
INPUT_WARNING_CODES = frozenset({code_of("encoding-fallback")})


@click.command(
    short_help="Convert dumps to JSON, JSON Lines, Markdown or text.",
    epilog="Exit status: 0 all converted, 1 some input failed, 2 usage error, 130 interrupted. "
    "A reader that stops early (| head) ends the run quietly with the status so far.",
)
@inputs_argument
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
@quiet_option
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
    arguments = console.resolve_inputs(inputs)
    if output_dir is not None and STDIN in arguments:
        raise click.UsageError("--output-dir needs named inputs: stdin has no file name")
    report = Report(quiet=quiet)
    ctx.meta[REPORT_KEY] = report
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
    console.flush_stdout()
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
    from ..render.jsonout import check_fields

    try:
        check_fields(names)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None
    return names


def _renderer(fmt: str, fields: tuple[str, ...] | None) -> Renderer:
    """Return the function that turns one article into text in ``fmt``."""
    from ..render import FORMATS
    from ..render.jsonout import to_json, to_jsonl

    if fields is None:
        return FORMATS[fmt].render
    return functools.partial(to_json if fmt == "json" else to_jsonl, fields=fields)


def _extension(fmt: str) -> str:
    from ..render import FORMATS

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
            writer = StreamWriter(console.stdout(), self.fmt, self.render)
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
        with console.progress(len(items), self.report, "converting") as advance:
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
        from ..load import load_articles

        try:
            write(index, self._checked(item, load_articles(data, source=item.name)))
        except ArticleParseError as exc:
            self.report.error(console.where(exc, item.name), exc.message)
        except OutputError as exc:
            self.report.error(exc.name, exc.message)
            if exc.fatal:
                raise _Stop from None
        return True

    def _read(self, item: InputItem) -> bytes | None:
        """Return the input's bytes, or None (reported) when unreadable or binary."""
        try:
            data = console.stdin_bytes() if item.is_stdin else read_input(item)
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


@contextmanager
def _stopping(report: Report) -> Iterator[None]:
    """End the run quietly on _Stop, and report a write error that ends it."""
    try:
        yield
    except _Stop:
        pass
    except OutputError as exc:
        report.error(exc.name, exc.message)
