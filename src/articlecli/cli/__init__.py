"""The command line: ``articlecli convert``, ``inspect``, ``schema`` and ``validate``.

Data goes to stdout, messages to stderr, one line each: ``articlecli: error: PATH[:LINE]: ...``.

This package is the only place that knows about Click, Rich, streams and exit codes; one
module per job:

- ``console``: stderr messages, the standard streams, Ctrl-C and closed pipes, Rich (lazily)
- ``options``: option decorators shared by commands
- ``convert``, ``inspect_view``, ``schema_cmd``, ``validate_cmd``: one command each
- ``tables``: Rich tables for a person at a terminal (validate's summaries)

Start-up time: each command's module is imported only when Click asks the group for that
command (to run it, list it in ``--help`` or complete its name), and Rich, the parser and
the renderers only when a command needs them. ``articlecli --version`` imports Click, this
package and ``console`` (the group), nothing else.
"""

from __future__ import annotations

import gc

import click

from .._version import __version__
from .console import PROG, ArticleGroup

# Command name -> where the command is defined, imported on first use (see ArticleGroup).
COMMANDS = {
    "convert": f"{__name__}.convert:convert",
    "inspect": f"{__name__}.inspect_view:inspect",
    "schema": f"{__name__}.schema_cmd:schema",
    "split": f"{__name__}.split_cmd:split",
    "validate": f"{__name__}.validate_cmd:validate",
}


@click.group(
    cls=ArticleGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# The version comes from _version.py, not installed metadata: importing importlib.metadata
# alone costs about as much as importing click, and --version is measured at start-up.
@click.version_option(version=__version__, prog_name=PROG)
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
      articlecli validate articles/ --output-format github
      articlecli validate dumps/ --summary
      articlecli schema > article.schema.json

    \b
    Shell completion (Click's own; zsh and fish likewise):
      eval "$(_ARTICLECLI_COMPLETE=bash_source articlecli)"   # in ~/.bashrc
    """


def run() -> None:
    """The ``articlecli`` command: :func:`main`, then an exit that skips a last collection.

    On the way out CPython's garbage collector walks every object the run made, the
    parser's tables and compiled patterns among them: about 7 ms of a one-file
    ``convert``, a tenth of it. By then every output is written and closed (the commands
    close their files, and the interpreter flushes the standard streams after this), so
    the objects are frozen instead and their memory goes back with the process. Not in
    :func:`main`, which tests and embedding programs call in a process that lives on.
    """
    try:
        main()
    finally:
        gc.freeze()


__all__ = ["main", "run"]
