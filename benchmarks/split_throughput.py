"""Measure the record splitter on a large synthetic dump: lines/s, MB/s, records/s.

Usage::

    python benchmarks/split_throughput.py make /tmp/dump.txt --mb 50 [--style mixed|trec|jsonl]
    /usr/bin/time -v python benchmarks/split_throughput.py run /tmp/dump.txt [--parse]

``make`` writes a deterministic dump of generated articles (plain text joined by every
plain delimiter in turn, TREC ``<DOC>`` containers, or JSON Lines). ``run`` streams it
through :func:`articlecli.split.split_records` (and :func:`articlecli.parser.parse` with
``--parse``) and prints the rates; peak memory comes from ``/usr/bin/time -v``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

WORDS = (
    "council", "vote", "budget", "river", "harbour", "school", "market", "bridge", "station",
    "report", "minister", "city", "residents", "plan", "week", "officials", "said", "new",
    "year", "local", "police", "project", "funding", "train", "road", "museum", "library",
    "farmers", "weather", "storm", "energy", "prices", "talks", "union", "court", "hospital",
)  # fmt: skip
SEPARATORS = (
    "\n\n========================================\n\n",
    "\n---END OF ARTICLE---\n",
    "\n\f\n",
    "\n\n----------\n\n",
)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    text = " ".join(words).capitalize() + "."
    if rng.random() < 0.2:
        text = f"\u201c{text}\u201d said a spokesperson."  # curly quotes: the non-ASCII path
    return text


def paragraphs(rng: random.Random) -> list[str]:
    return [
        " ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(4, 12))
    ]


def plain_article(rng: random.Random, number: int) -> str:
    headline = " ".join(rng.choice(WORDS) for _ in range(6)).title()
    body = "\n\n".join(paragraphs(rng))
    return (
        f"{headline}\n\nBy Reporter {number}\n\nMarch {1 + number % 28}, 2024\n\n{body}\n\n"
        f"Original url: https://news.example.org/{number}\n"
    )


def wrap(paragraph: str, width: int = 66) -> list[str]:
    """Hard-wrap wire style: the first line indented three spaces, the rest flush left."""
    rows: list[list[str]] = [[]]
    for word in paragraph.replace("\u201c", "``").replace("\u201d", "''").split():
        if sum(len(w) + 1 for w in rows[-1]) + len(word) > width:
            rows.append([])
        rows[-1].append(word)
    return ["   " + " ".join(rows[0]), *(" ".join(row) for row in rows[1:])]


def trec_article(rng: random.Random, number: int) -> str:
    body = "\n".join(line for paragraph in paragraphs(rng) for line in wrap(paragraph))
    headline = " ".join(rng.choice(WORDS) for _ in range(6)).title()
    return (
        f"<DOC>\n<DOCNO> SY240301-{number:06d} </DOCNO>\n"
        f"<FILEID>AP-NR-03-01-24 1200EST</FILEID>\n<HEAD>{headline}</HEAD>\n"
        f"<HEAD>Eds: generated.</HEAD>\n<BYLINE>By REPORTER {number}</BYLINE>\n"
        f"<DATELINE>SOMEWHERE (AP) </DATELINE>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n"
    )


def jsonl_article(rng: random.Random, number: int) -> str:
    record = {
        "schema_version": 1,
        "headline": f"Story {number}",
        "sections": [{"heading": None, "paragraphs": paragraphs(rng)}],
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def articles(style: str) -> Iterator[str]:
    rng = random.Random(6)
    makers: dict[str, Callable[[random.Random, int], str]] = {
        "mixed": plain_article,
        "trec": trec_article,
        "jsonl": jsonl_article,
    }
    make = makers[style]
    number = 0
    while True:
        text = make(rng, number)
        if style == "mixed" and number:
            text = SEPARATORS[number % len(SEPARATORS)] + text
        yield text
        number += 1


def make(path: Path, megabytes: int, style: str) -> None:
    limit = megabytes * 1_000_000
    written = 0
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for text in articles(style):
            handle.write(text)
            written += len(text.encode("utf-8"))
            count += 1
            if written >= limit:
                break
    print(f"wrote {path}: {written / 1e6:.1f} MB, {count} articles ({style})")


def run(path: Path, *, parse_too: bool) -> None:
    from articlecli.parser import parse
    from articlecli.split import split_records

    lines = 0

    def counted(handle: Iterator[str]) -> Iterator[str]:
        nonlocal lines
        for line in handle:
            lines += 1
            yield line

    size = path.stat().st_size
    records = errors = 0
    start = time.perf_counter()
    with open(path, encoding="utf-8", errors="replace") as handle:
        for record in split_records(counted(handle)):
            records += 1
            errors += record.kind == "error"
            if parse_too and record.kind == "text":
                parse(record.text)
    elapsed = time.perf_counter() - start
    print(
        f"{path.name}: {records} records ({errors} errors), {lines} lines, {size / 1e6:.1f} MB "
        f"in {elapsed:.2f} s: {lines / elapsed:,.0f} lines/s, {size / 1e6 / elapsed:.1f} MB/s, "
        f"{records / elapsed:,.0f} records/s{' (split + parse)' if parse_too else ''}"
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    maker = commands.add_parser("make")
    maker.add_argument("path", type=Path)
    maker.add_argument("--mb", type=int, default=50)
    maker.add_argument("--style", choices=("mixed", "trec", "jsonl"), default="mixed")
    runner = commands.add_parser("run")
    runner.add_argument("path", type=Path)
    runner.add_argument("--parse", action="store_true")
    options = parser.parse_args(argv)
    if options.command == "make":
        make(options.path, options.mb, options.style)
    else:
        run(options.path, parse_too=options.parse)


if __name__ == "__main__":
    main(sys.argv[1:])
