"""Option decorators shared by commands (plain functions, as sqlite-utils writes them).

They live apart from the group in ``__init__`` so that command modules can import them
without importing the package that imports those modules.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def inputs_argument(command: F) -> F:
    """Add the ``[INPUT]...`` argument: files, directories, or - for stdin."""
    return click.argument("inputs", nargs=-1, metavar="[INPUT]...")(command)


def quiet_option(command: F) -> F:
    """Add -q/--quiet."""
    return click.option(
        "-q", "--quiet", is_flag=True, help="Print nothing on stderr except errors."
    )(command)


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


def splitting_options(command: F) -> F:
    """Add --delimiter and --single: how an input is split into articles."""
    options = [
        click.option(
            "--delimiter",
            metavar="REGEX",
            help="Split inputs at lines that REGEX matches in full, instead of finding articles.",
        ),
        click.option(
            "--single", is_flag=True, help="Read each input as one article (no splitting)."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command
