"""``articlecli convert``: read each input, load its articles, write them in one format.

Exit status: 0 every input converted; 1 some input failed (each is reported, the run goes
on unless ``--fail-fast``); 2 usage error; 130 interrupted (Ctrl-C), with no traceback and
no temporary file left behind.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import click

from .. import patterns
from ..inputs import (
    STDIN,
    InputItem,
    InputReadError,
    binary_line,
    discover,
    is_file,
    read_input,
    stdout_file,
)
from ..outputs import (
    FIELD_FORMATS,
    AtomicFile,
    InputFiles,
    OutputError,
    StreamWriter,
    existing,
    plan_outputs,
    write_file,
)
from ..parallel import OrderedPool
from . import console
from .console import REPORT_KEY, Report
from .options import inputs_argument, output_options, quiet_option, splitting_options

if TYPE_CHECKING:
    from ..model import Diagnostic
    from ..outputs import Renderer
    from ..pipeline import Converted

FORMAT_NAMES = ("json", "jsonl", "markdown", "text")
# Bytes read first from each input to tell text from binary before anything is written.
HEAD_BYTES = 64 * 1024


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
@splitting_options
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    metavar="N",
    help="Parse in N processes (0: one per core). Output is the same, in input order.",
)
@quiet_option
@click.option("--fail-fast", is_flag=True, help="Stop at the first input or article that fails.")
@click.pass_context
def convert(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str,
    output: Path | None,
    output_dir: Path | None,
    force: bool,
    fields: str | None,
    delimiter: str | None,
    single: bool,
    jobs: int,
    quiet: bool,
    fail_fast: bool,
) -> None:
    """Convert article dumps (files, directories, or - for stdin) to structured data.

    Directories are read recursively in sorted order, skipping hidden files. With no
    INPUT, text piped to stdin is read. articlecli's own JSON, JSON Lines and Markdown
    output is accepted as input too.

    An input may hold many articles (concatenated files, rule or marker lines, form
    feeds, <DOC> or <REUTERS> containers, JSON Lines): each is found and converted in
    order, with its source path, index and line. A broken one is reported as PATH:LINE
    and the others go on. Inputs are read as a stream, so a dump of any size converts
    in little memory.

    \b
    Examples:
      articlecli convert story.txt                      # one JSON object
      articlecli convert dumps/ --to jsonl | jq .headline
      articlecli convert a.txt b.txt -o both.json       # a JSON array
      articlecli convert dumps/ --output-dir out/ --to markdown --force
      articlecli convert dumps/ --to jsonl --fields headline,date,url
      curl -s https://example.com/story.txt | articlecli convert --to text
      cat *.txt | articlecli convert --to jsonl --jobs 0  # every article, all cores
      articlecli convert dump.txt --to jsonl --delimiter '%%+'
      articlecli convert odd.txt --single                # never split
    """
    if output is not None and str(output) == STDIN:
        output = None  # "-o -" means stdout, as usual.
    _check_output_options(output, output_dir)
    field_names = _parse_fields(fields, fmt)
    pattern = compile_delimiter(delimiter, single)
    arguments = console.resolve_inputs(inputs)
    if output_dir is not None and STDIN in arguments:
        raise click.UsageError("--output-dir needs named inputs: stdin has no file name")
    report = Report(quiet=quiet)
    ctx.meta[REPORT_KEY] = report
    render = _renderer(fmt, field_names)
    job = _Job(
        report=report,
        fail_fast=fail_fast,
        fmt=fmt,
        render=render,
        force=force,
        delimiter=pattern,
        single=single,
        pool=OrderedPool(jobs),
    )
    excluded = [path for path in (output, output_dir) if path is not None]
    found = discover(arguments, exclude=excluded)
    for problem in found.problems:
        report.error(problem.name, problem.message)
    items = found.items if output or output_dir else _without_stdout_file(found.items, report)
    if not (fail_fast and report.failures):
        with job.pool:
            if output_dir is not None:
                job.to_directory(items, output_dir)
            elif output is not None:
                job.to_file(items, output)
            else:
                job.to_stream(items)
    console.flush_stdout()
    ctx.exit(report.exit_code)


def _without_stdout_file(items: list[InputItem], report: Report) -> list[InputItem]:
    """Leave out the input that standard output is redirected to (``convert dumps/ >
    dumps/all.jsonl``): read while it is written, it would grow without end."""
    output = stdout_file()
    if output is None:
        return items
    kept = []
    for item in items:
        if item.path is not None and is_file(item.path, output):
            report.warning(item.name, "is the file standard output writes to: not read")
        else:
            kept.append(item)
    return kept


def _check_output_options(output: Path | None, output_dir: Path | None) -> None:
    if output is not None and output_dir is not None:
        raise click.UsageError("use either -o/--output or --output-dir, not both")


def compile_delimiter(delimiter: str | None, single: bool) -> re.Pattern[str] | None:
    """Compile --delimiter; a bad regex is a usage error."""
    if delimiter is None:
        return None
    if single:
        raise click.UsageError("use either --delimiter or --single, not both")
    try:
        return patterns.compile(delimiter)
    except re.error as exc:
        raise click.BadParameter(
            f"not a valid regular expression: {exc}", param_hint="--delimiter"
        ) from None


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

    if fields is None:
        return FORMATS[fmt].render
    from ..render.jsonout import to_json, to_jsonl

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
    delimiter: re.Pattern[str] | None
    single: bool
    pool: OrderedPool

    def to_stream(self, items: Sequence[InputItem]) -> None:
        """Write every article to stdout."""
        with _stopping(self.report):
            writer = StreamWriter(console.stdout(), self.fmt, self.render)
            self._run(items, lambda _index, texts: _add_all(writer, texts))
            writer.close()

    def to_file(self, items: Sequence[InputItem], output: Path) -> None:
        """Write every article to one file, which appears only when the run completes."""
        if self._refuses_target(output, InputFiles(items)):
            return
        with _stopping(self.report), AtomicFile(output, force=self.force) as out:
            writer = StreamWriter(out.stream, self.fmt, self.render, name=str(output))
            self._run(items, lambda _index, texts: _add_all(writer, texts))
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

            def write(index: int, texts: Iterator[str]) -> None:
                data = _document(texts, self.fmt, self.render)
                if data is not None:
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

    def _run(self, items: Sequence[InputItem], write: Callable[[int, Iterator[str]], None]) -> None:
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
        self, index: int, item: InputItem, write: Callable[[int, Iterator[str]], None]
    ) -> bool:
        """Convert one input as a stream of records; return whether it was readable text."""
        from ..load import split_input
        from ..pipeline import convert_unit

        try:
            with open_input(item) as stream:
                head, lines = byte_lines(stream)
                line = binary_line(head)
                if line is not None:
                    self._binary(item, line)
                    return False
                units = split_input(
                    lines,
                    source=item.name,
                    delimiter=self.delimiter,
                    single=self.single,
                    on_warning=functools.partial(self._input_warning, item),
                )
                work = functools.partial(convert_unit, render=self.render)
                write(index, self._texts(item, self.pool.map(work, units)))
        except InputReadError as exc:
            self.report.error(item.name, str(exc))
            return False
        except OutputError as exc:
            self.report.error(exc.name, exc.message)
            if exc.fatal:
                raise _Stop from None
        return True

    def _binary(self, item: InputItem, line: int) -> None:
        """Report a binary input (a NUL byte near its start)."""
        message = "file is binary (NUL byte), not text"
        if item.root is not None:
            # Found by walking a directory, not named by the user: skip it, do not fail.
            self.report.warning(f"{item.name}:{line}", f"skipped: {message}")
        else:
            self.report.error(f"{item.name}:{line}", message)

    def _texts(self, item: InputItem, results: Iterator[Converted]) -> Iterator[str]:
        """Pass rendered articles through, reporting each failed record as it comes."""
        for result in results:
            for warning in result.warnings:
                self._input_warning(item, warning)
            if result.error is not None:
                self.report.error(console.where(result.error, item.name), result.error.message)
                if self.fail_fast:
                    raise _Stop
            yield from result.texts

    def _input_warning(self, item: InputItem, warning: Diagnostic) -> None:
        """Show a warning about the input itself (a bad encoding) on stderr."""
        where = item.name if warning.line is None else f"{item.name}:{warning.line}"
        self.report.warning(where, warning.message)


def open_input(item: InputItem) -> AbstractContextManager[BinaryIO]:
    """Open an input for reading as bytes; raise InputReadError with a readable message."""
    if item.is_stdin:
        return nullcontext(console.stdin_binary())
    assert item.path is not None
    try:
        return open(item.path, "rb")
    except OSError:
        read_input(item)  # raises the InputReadError that says why, in the usual words
        raise


def byte_lines(stream: BinaryIO) -> tuple[bytes, Iterator[bytes]]:
    """Return the first whole lines of a stream (at least HEAD_BYTES) and all its lines."""
    head = stream.read(HEAD_BYTES)
    if head and not head.endswith((b"\n", b"\r")):
        head += stream.readline()
    return head, chain(head.splitlines(keepends=True), stream)


def _document(texts: Iterator[str], fmt: str, render: Renderer) -> bytes | None:
    """Return one output file's bytes for rendered articles, or None when there are none."""
    buffer = io.BytesIO()
    writer = StreamWriter(buffer, fmt, render)
    for text in texts:
        writer.add_rendered(text)
    if not writer.count:
        return None
    writer.close()
    return buffer.getvalue()


def _add_all(writer: StreamWriter, texts: Iterator[str]) -> None:
    """Add rendered articles to the one output of the run; a failed write ends the run."""
    try:
        for text in texts:
            writer.add_rendered(text)
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
