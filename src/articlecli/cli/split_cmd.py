"""``articlecli split``: one canonical text file per article of each dump.

Files are named ``NNN_<16 hex>.txt`` (:mod:`articlecli.naming`): the article's position in
the run and its content id, never anything taken from the article's text, so no input can
choose where a file goes. An existing file is never overwritten: it is reported and the
run goes on. Each file is written atomically (:func:`articlecli.outputs.write_file`).

Exit status: 0 every article written; 1 some input, article or file failed; 2 usage error.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..inputs import InputItem, InputReadError, binary_line, discover
from ..outputs import OutputError, write_file
from . import console
from .console import REPORT_KEY, Report
from .convert import byte_lines, compile_delimiter, open_input
from .options import quiet_option, splitting_options

if TYPE_CHECKING:
    from ..model import Diagnostic


@click.command(
    short_help="Write each article of a dump to its own text file.",
    epilog="Exit status: 0 all written, 1 some input, article or file failed, 2 usage error.",
)
@click.argument("dumps", nargs=-1, metavar="[DUMP]...")
@click.option(
    "-d",
    "--output-dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Directory for the article files (created if missing).",
)
@splitting_options
@quiet_option
@click.pass_context
def split(
    ctx: click.Context,
    dumps: tuple[str, ...],
    output_dir: Path,
    delimiter: str | None,
    single: bool,
    quiet: bool,
) -> None:
    """Split article dumps (files, directories, or - for stdin) into one file per article.

    Each article is written as canonical text to DIR/NNN_<id>.txt: NNN counts the
    articles of the whole run in input order, <id> is the article's 16-hex-digit content
    id. Existing files are never overwritten; a broken article is reported as PATH:LINE
    and the others are still written.

    \b
    Examples:
      articlecli split dump.txt --output-dir articles/
      cat *.txt | articlecli split --output-dir articles/
      articlecli split trec/ -d articles/ --delimiter '%%+'
      articlecli convert articles/ --to jsonl           # and back again
    """
    pattern = compile_delimiter(delimiter, single)
    report = Report(quiet=quiet)
    ctx.meta[REPORT_KEY] = report
    found = discover(console.resolve_inputs(dumps), exclude=[output_dir])
    for problem in found.problems:
        report.error(problem.name, problem.message)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise click.ClickException(
            f"{output_dir}: cannot create the output directory: {reason}"
        ) from None
    count = 0
    for item in found.items:
        count = _split_one(item, output_dir, report, count, delimiter=pattern, single=single)
    ctx.exit(report.exit_code)


def _split_one(
    item: InputItem,
    directory: Path,
    report: Report,
    count: int,
    *,
    delimiter: re.Pattern[str] | None,
    single: bool,
) -> int:
    """Write the articles of one input; return the run's article count after it."""
    from ..errors import ArticleParseError
    from ..load import load_unit, split_input
    from ..naming import article_file_name
    from ..parser import article_id
    from ..pipeline import INPUT_WARNING_CODES
    from ..render.text import to_text

    def warn(warning: Diagnostic) -> None:
        where = item.name if warning.line is None else f"{item.name}:{warning.line}"
        report.warning(where, warning.message)

    try:
        with open_input(item) as stream:
            head, lines = byte_lines(stream)
            line = binary_line(head)
            if line is not None:
                report.error(f"{item.name}:{line}", "file is binary (NUL byte), not text")
                return count
            units = split_input(
                lines, source=item.name, delimiter=delimiter, single=single, on_warning=warn
            )
            for unit in units:
                try:
                    if isinstance(unit, ArticleParseError):
                        raise unit
                    loaded = load_unit(unit)
                except ArticleParseError as exc:
                    report.error(console.where(exc, item.name), exc.message)
                    continue
                for warning in loaded.input_warnings:
                    if warning.code in INPUT_WARNING_CODES:
                        warn(warning)
                for article in loaded.articles:
                    # The content hash, not article.id: a container's id (a TREC DOCNO) is
                    # not hex, and a name must never come from the input's text.
                    target = directory / article_file_name(count, article_id(article))
                    count += 1
                    try:
                        write_file(target, to_text(article).encode("utf-8"), force=False)
                    except OutputError as exc:
                        report.error(exc.name, exc.message)
                        if exc.fatal:
                            raise click.exceptions.Exit(report.exit_code) from None
    except InputReadError as exc:
        report.error(item.name, str(exc))
    return count
