"""``articlecli schema``: print the JSON Schema of convert's JSON output."""

from __future__ import annotations

import json

import click

from . import console


@click.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of convert's JSON output.

    \b
    Examples:
      articlecli schema > article.schema.json
      articlecli schema | jq '.properties | keys'
    """
    from ..schema import json_schema

    console.write_stdout(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
