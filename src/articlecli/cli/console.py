"""The terminal side of every command: messages on stderr, the standard streams, Ctrl-C.

Every message is one line on stderr, ``articlecli: error: PATH[:LINE]: message`` (or
``warning``). Data never goes through here: commands write it to :func:`stdout`.

A closed pipe (``articlecli convert big/ --to jsonl | head -1``) is not an error: the run
stops quietly and exits with the status it had so far, 0 when no input had failed. We do not
exit 141 (death by SIGPIPE, as ``yes`` does) because under ``set -o pipefail`` that would fail
a pipeline that got exactly what it asked for. Ctrl-C exits 130 and SIGTERM 143, with no
traceback and no temporary file left.

The standard streams are looked up at call time, so that CliRunner's replacements apply;
tests replace the ``*_is_tty`` functions of this module to pretend there is a terminal.

Start-up time: the group is built at every start, ``--version`` included, so this module
imports only the standard library and Click. Rich, the input and output modules (and the
pathlib they bring) are imported inside the functions that use them, and each command's
module when Click asks the group for that command.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO

import click

if TYPE_CHECKING:
    from rich.console import Console

    from ..errors import ArticleParseError

PROG = "articlecli"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
# Where a command keeps its Report in ``ctx.meta``, so that a closed pipe exits with it.
REPORT_KEY = "articlecli.report"


class Report:
    """Messages to stderr and the exit status they add up to.

    While a progress bar is live its console prints the lines, above the bar. (A plain
    class: every command builds one, and ``--version`` should not import dataclasses.)
    """

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failures = 0
        self.console: Console | None = None

    def error(self, where: str, message: str) -> None:
        """Report a failed input (always shown, even with --quiet)."""
        self.failures += 1
        self._say(error_line(where, message))

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


def error_line(where: str | None, message: str) -> str:
    """Return ``articlecli: error: WHERE: message`` (no WHERE when there is none)."""
    return f"{PROG}: error: {where}: {message}" if where else f"{PROG}: error: {message}"


def where(exc: ArticleParseError, fallback: str) -> str:
    """Return ``PATH[:LINE]`` for a parse error."""
    name = exc.source or fallback
    return f"{name}:{exc.line}" if exc.line is not None else name


class Terminated(KeyboardInterrupt):
    """SIGTERM, unwound like Ctrl-C so that every temporary file is removed on the way up."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


class ArticleGroup(click.Group):
    """A group that turns Ctrl-C into exit 130, SIGTERM into 143 and a closed stdout into a
    quiet stop, and imports each command's module only when the command is asked for.

    ``lazy_commands`` maps a command name to ``"package.module:attribute"``. Click asks for
    commands through :meth:`list_commands` and :meth:`get_command` only when it runs one,
    lists them (``--help``) or completes a name, so ``--version`` imports none of them.
    """

    def __init__(
        self, *args: Any, lazy_commands: Mapping[str, str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            module, _, attribute = self.lazy_commands[cmd_name].partition(":")
            # __import__, not importlib.import_module: -X importtime lists only the former.
            command = getattr(__import__(module, fromlist=[attribute]), attribute)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        previous = _handle_sigterm()
        try:
            return super().invoke(ctx)
        except Terminated:
            raise click.exceptions.Exit(EXIT_TERMINATED) from None
        except KeyboardInterrupt:
            # Temporary files are already gone: their context managers ran on the way up.
            if stderr_is_tty():
                click.echo(err=True)  # End the line the terminal's "^C" echo left open.
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            silence_stdout()
            report = ctx.meta.get(REPORT_KEY)
            raise click.exceptions.Exit(report.exit_code if report else EXIT_OK) from None
        except _output_error() as exc:
            # Writing schema's or inspect's output failed (a full disk, a closed stdout).
            click.echo(error_line(None, str(exc)), err=True)
            raise click.exceptions.Exit(EXIT_FAILED) from None
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _output_error() -> type[Exception]:
    """Return OutputError, for an ``except`` clause: Python evaluates the clause only when an
    exception reaches it, so the outputs module is not imported at start-up."""
    from ..outputs import OutputError

    return OutputError


def _handle_sigterm() -> Any:
    """Route SIGTERM to :class:`Terminated`; return the handler to restore (None if unset).

    Only the main thread may set handlers (an embedding program may call us from another).
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


def silence_stdout() -> None:
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


def stdin_is_tty() -> bool:
    """Tell whether stdin is a terminal; no stdin at all (fd 0 closed) counts as one."""
    return sys.stdin is None or sys.stdin.isatty()


def stdout_is_tty() -> bool:
    """Tell whether stdout is a terminal."""
    return sys.stdout is not None and sys.stdout.isatty()


def stderr_is_tty() -> bool:
    """Tell whether stderr is a terminal."""
    return sys.stderr is not None and sys.stderr.isatty()


def resolve_inputs(inputs: tuple[str, ...]) -> tuple[str, ...]:
    """Apply the stdin rules: no INPUT reads a pipe, "-" at most once."""
    from ..inputs import STDIN

    if not inputs:
        if stdin_is_tty():
            raise click.UsageError("no input: give files or directories, or pipe text to stdin")
        inputs = (STDIN,)
    if inputs.count(STDIN) > 1:
        raise click.UsageError("'-' (stdin) can be given only once")
    return inputs


def warn(message: str) -> None:
    """Print ``articlecli: warning: message`` on stderr (a note about the run itself)."""
    click.echo(f"{PROG}: warning: {message}", err=True)


def stdout() -> BinaryIO:
    """Return stdout's byte stream: data is written as UTF-8 whatever the locale says."""
    from ..outputs import STDOUT_NAME, OutputError

    if sys.stdout is None:  # Started with fd 1 closed (">&-").
        raise OutputError(STDOUT_NAME, "standard output is closed", fatal=True)
    return sys.stdout.buffer


def write_stdout(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 and flush it."""
    out = stdout()
    out.write(text.encode("utf-8"))
    out.flush()


def flush_stdout() -> None:
    """Flush stdout's text layer and its byte stream."""
    if sys.stdout is not None:
        sys.stdout.flush()
        sys.stdout.buffer.flush()


def stdin_bytes() -> bytes:
    """Read all of stdin; raise InputReadError when it is closed."""
    from ..inputs import InputReadError

    if sys.stdin is None:  # Started with fd 0 closed ("<&-").
        raise InputReadError("standard input is closed")
    return sys.stdin.buffer.read()


def stdin_binary() -> BinaryIO:
    """Return stdin's byte stream, to read line by line; raise InputReadError when closed."""
    from ..inputs import InputReadError

    if sys.stdin is None:  # Started with fd 0 closed ("<&-").
        raise InputReadError("standard input is closed")
    return sys.stdin.buffer


def rich_console(*, stderr: bool) -> Console:
    """Build a Rich console now (its interactivity is fixed when it is built)."""
    from rich.console import Console

    return Console(stderr=stderr)


@contextmanager
def progress(total: int, report: Report, description: str) -> Iterator[Callable[[], None]]:
    """Show a transient progress bar on stderr when it is a terminal and total > 1.

    While the bar is live, the report prints its messages through the bar's console.
    """
    if report.quiet or total < 2 or not stderr_is_tty():
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    err = rich_console(stderr=True)
    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(
        *columns,
        console=err,
        transient=True,
        redirect_stdout=False,
        disable=not err.is_interactive,
    ) as bar:
        task = bar.add_task(description, total=total)
        report.console = err
        try:
            yield lambda: bar.advance(task)
        finally:
            report.console = None
