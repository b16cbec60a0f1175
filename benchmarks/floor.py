"""The floor: the least a converter of a dump to JSON Lines must do, in plain Python.

Usage::

    python benchmarks/floor.py DUMP [--split records|plain] > out.jsonl

It reads DUMP as UTF-8 text, cuts it into articles and writes ``json.dumps({"text": ...})``
per article, one per line, parsing nothing. ``articlecli convert DUMP --to jsonl`` does
that and also parses and renders each article, so its time over this one says what the
parsing costs.

``--split records`` (the default) cuts with :func:`articlecli.split.split_records`, so the
records are exactly the ones ``convert`` parses; the floor then includes our splitter.
``--split plain`` uses a naive rule that is enough for the benchmark corpus (and only
for it): a form feed, a line of 4+ ``=`` or ``-``, a marker line such as
``---END OF ARTICLE---``, or the line after ``Original url:`` ends an article. It shows
what the splitter itself costs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator

# A rule of 4+ characters (a front-matter fence has 3), or words between decoration runs.
_BOUNDARY = re.compile(r"(?:={4,}|-{4,}|[-=#<]{3,}[ \w]+[-=#>]{3,})\s*")


def plain_records(lines: Iterable[str]) -> Iterator[str]:
    """Yield the articles of the benchmark corpus by the naive rule, blank edges trimmed."""
    record: list[str] = []
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            record.append(before)
            yield "".join(record).strip("\n")
            record = [after]
        elif _BOUNDARY.fullmatch(line):
            yield "".join(record).strip("\n")
            record = []
        elif line.startswith("Original url:"):
            record.append(line)
            yield "".join(record).strip("\n")
            record = []
        else:
            record.append(line)
    text = "".join(record).strip("\n")
    if text.strip():
        yield text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--split", choices=("records", "plain"), default="records")
    options = parser.parse_args(argv)
    write = sys.stdout.write
    with open(options.dump, encoding="utf-8") as handle:
        if options.split == "records":
            from articlecli.split import split_records

            for record in split_records(handle):
                write(json.dumps({"text": record.text}) + "\n")
        else:
            for text in plain_records(handle):
                if text.strip():
                    write(json.dumps({"text": text}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
