"""The command line: ``articlecli convert``, ``inspect``, ``schema`` and ``validate``.

Data goes to stdout, messages to stderr, one line each: ``articlecli: error: PATH[:LINE]: ...``.

This package is the only place that knows about Click, Rich, streams and exit codes; one
module per job:

- ``console``: stderr messages, the standard streams, Ctrl-C and closed pipes, Rich (lazily)
- ``options``: option decorators shared by commands
- ``convert``, ``inspect_view``, ``schema_cmd``, ``validate_cmd``: one command each
- ``tables``: Rich tables for a person at a terminal (validate's summaries)

Rich, the parser and the renderers are imported only when a command needs them, so that
start-up (and ``--help``) stays fast.
"""

from __future__ import annotations

import click

from .._version import __version__
from . import convert, inspect_view, schema_cmd, split_cmd, validate_cmd
from .console import PROG, ArticleGroup


@click.group(cls=ArticleGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


# Added by reference to their modules, so that ``articlecli.cli.convert`` stays the module.
main.add_command(convert.convert)
main.add_command(inspect_view.inspect)
main.add_command(schema_cmd.schema)
main.add_command(validate_cmd.validate)
main.add_command(split_cmd.split)

__all__ = ["main"]
