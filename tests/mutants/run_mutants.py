"""Plant realistic bugs in a scratch copy of the package and see which properties catch them.

Usage (from the repository root)::

    python tests/mutants/run_mutants.py [NAME ...] [--keep-explicit] [--check]

For each mutant: copy ``src/`` to a temporary directory, apply the mutant's text edits
(each must match exactly once, so a mutant that no longer applies fails loudly instead of
testing nothing), and run ``tests/test_properties.py`` against the copy (``PYTHONPATH``
puts it before the editable install) under the CI settings: 300 examples, derandomized.
The ``@example`` inputs and Hypothesis's database are switched off by default, so the
table shows what generation alone finds; ``--keep-explicit`` keeps the pinned examples.

The real source is never modified. Prints a Markdown table: mutant, catching tests, and
for each the seconds and examples it took to find the first failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


@dataclass(frozen=True)
class Mutant:
    """A planted bug: edits (file under src/articlecli, old text, new text)."""

    name: str
    description: str
    edits: tuple[tuple[str, str, str], ...]


_FUZZY = """

def _fuzzy_date(text: str) -> str | None:
    from datetime import datetime

    from dateutil import parser

    try:
        return parser.parse(text, fuzzy=True, default=datetime(2000, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None
"""

MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        "drop-last-paragraph",
        "off by one: the body's last block is never read",
        (
            (
                "parser/body.py",
                "def _build_sections(body: Body, content: list[Block]) -> None:\n",
                "def _build_sections(body: Body, content: list[Block]) -> None:\n"
                "    content = content[:-1]\n",
            ),
        ),
    ),
    Mutant(
        "sentence-as-heading",
        "a one-sentence paragraph (ending in a period) counts as a heading",
        (
            (
                "parser/fields.py",
                '_SENTENCE_ENDS = (".", ",", ";", ":", "!", "。", "，", "；", "：", "！")',
                '_SENTENCE_ENDS = (",", ";", ":", "!", "。", "，", "；", "：", "！")',
            ),
        ),
    ),
    Mutant(
        "quote-keeps-trailing-comma",
        'the trailing comma rule is lost: `"We won," said X` gives "We won,"',
        (
            (
                "parser/quotes.py",
                'stripped = inner.rstrip().rstrip(",").rstrip()',
                "stripped = inner.rstrip()",
            ),
        ),
    ),
    Mutant(
        "byline-read-as-date",
        "header lines go through dateutil's fuzzy parser first: 'By Jan Roe' is January",
        (
            (
                "parser/header.py",
                "    if (byline := read_byline(text)) is not None:\n        return set_byline(",
                "    if (fuzzy := _fuzzy_date(text)) is not None:\n"
                '        return set_date(header, line, DateLine("date", fuzzy))\n'
                "    if (byline := read_byline(text)) is not None:\n        return set_byline(",
            ),
            ("parser/header.py", "\ndef take_labelled(", _FUZZY + "\n\ndef take_labelled("),
        ),
    ),
    Mutant(
        "ignore-curly-quotes",
        "only straight quotes and guillemets are quotation marks",
        (
            (
                "parser/quotes.py",
                "_MARKS = patterns.compile('[\"“”«»„‟]')",
                "_MARKS = patterns.compile('[\"«»]')",
            ),
        ),
    ),
    Mutant(
        "caps-names-kept",
        "ALL-CAPS names are not given normal capitalisation",
        (
            (
                "parser/byline.py",
                "    if not name.isupper() or len(",
                "    if True or len(",
            ),
        ),
    ),
    Mutant(
        "lone-cr-kept",
        "a lone CR (old Mac line end) is not a line break",
        (
            (
                "decode.py",
                '_NEWLINES = patterns.compile(r"\\r\\n?")',
                '_NEWLINES = patterns.compile(r"\\r\\n")',
            ),
        ),
    ),
    Mutant(
        "no-nfc",
        "text is not NFC-normalised (decomposed input stays decomposed)",
        (("decode.py", 'text = unicodedata.normalize("NFC", text)', "pass"),),
    ),
    Mutant(
        # Equivalent for parse(): numbered_lines() splits on str.isspace(), which NBSP is, so
        # no Article can differ (only analyse()'s raw line text shows it). Kept as a check
        # that the table reports what slips through.
        "nbsp-kept",
        "a non-breaking space is not turned into a space (equivalent mutant)",
        (("decode.py", '    "\\t\\u00a0\\u1680', '    "\\t\\u1680'),),
    ),
    Mutant(
        "zero-width-kept",
        "a zero-width space is not removed",
        (("decode.py", '_INVISIBLE = "\\u200b', '_INVISIBLE = "'),),
    ),
    Mutant(
        "pm-ignored",
        '"2:05 PM" is read as 02:05',
        (("parser/dates.py", 'is_pm = ampm.lower().startswith("p")', "is_pm = False"),),
    ),
    Mutant(
        "time-line-ignored",
        "a time on the line after the date is not joined to the date",
        (
            (
                "parser/header.py",
                "    if (time := read_time_line(text)) is None:\n        return None",
                "    if (time := read_time_line(text)) is None or True:\n        return None",
            ),
        ),
    ),
    Mutant(
        "bare-quote-no-speaker",
        "a paragraph that is only a quote does not continue the previous speaker",
        (
            (
                "parser/quotes.py",
                "                speakers = [previous_speaker]",
                "                pass",
            ),
        ),
    ),
    Mutant(
        "read-more-is-text",
        '"Read more:" lines are not related links',
        (("parser/lexicon.py", '    "read more",\n', ""),),
    ),
    Mutant(
        "domain-keeps-www",
        'the domain keeps its "www."',
        (("model.py", 'return host.removeprefix("www.")', "return host"),),
    ),
)


def _profile_plugin(directory: Path, *, explicit: bool) -> None:
    phases = (
        "Phase.explicit, Phase.generate, Phase.shrink"
        if explicit
        else "Phase.generate, Phase.shrink"
    )
    (directory / "mutant_profile.py").write_text(
        "from hypothesis import HealthCheck, Phase, settings\n"
        'settings.register_profile("mutant", max_examples=300, derandomize=True, deadline=None,\n'
        f"    database=None, phases=({phases},), suppress_health_check=list(HealthCheck))\n"
    )


def _apply(mutant: Mutant, src: Path) -> None:
    for relative, old, new in mutant.edits:
        path = src / "articlecli" / relative
        text = path.read_text(encoding="utf-8")
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"{mutant.name}: {old!r} occurs {count} times in {relative}")
        path.write_text(text.replace(old, new), encoding="utf-8")


_STATS = re.compile(
    r"(?P<test>tests/test_properties\.py::\w+(?:\[[^\]]*\])?):\s*\n(?P<body>.*?)(?=\n\S|\Z)", re.S
)
_GENERATE = re.compile(
    r"during generate phase \((?P<seconds>[\d.]+) seconds\):.*?(?P<passing>\d+) passing, "
    r"(?P<failing>\d+) failing",
    re.S,
)


def run(mutant: Mutant | None, *, explicit: bool) -> tuple[list[str], dict[str, str], float]:
    """Run the property tests on a mutated copy; return failing tests, timings, wall time."""
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        scratch = Path(tmp)
        shutil.copytree(ROOT / "src", scratch / "src")
        if mutant is not None:
            _apply(mutant, scratch / "src")
        _profile_plugin(scratch, explicit=explicit)
        env = {
            **os.environ,
            "PYTHONPATH": f"{scratch / 'src'}{os.pathsep}{scratch}",
            "HYPOTHESIS_PROFILE": "mutant",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        env.pop("CI", None)
        check = subprocess.run(
            [PYTHON, "-c", "import articlecli; print(articlecli.__file__)"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert check.stdout.startswith(str(scratch)), check.stdout
        started = time.monotonic()
        result = subprocess.run(
            [
                PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "mutant_profile",
                "--hypothesis-show-statistics", "tests/test_properties.py",
            ],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        elapsed = time.monotonic() - started
    output = result.stdout
    failed = re.findall(r"^FAILED (tests/test_properties\.py::\S+)", output, re.M)
    timings: dict[str, str] = {}
    for match in _STATS.finditer(output):
        name = match["test"].split("::", 1)[1]
        generate = _GENERATE.search(match["body"])
        if generate and int(generate["failing"]):
            passing = int(generate["passing"])
            # Generation goes on a little after the first failure (to look for other
            # errors), so "passing + 1" bounds the examples the first failure took.
            timings[name] = f"{generate['seconds']} s, <= {passing + 1} ex."
    return [f.split("::", 1)[1] for f in failed], timings, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="mutants to run (default: all)")
    parser.add_argument("--keep-explicit", action="store_true", help="keep @example inputs")
    parser.add_argument("--check", action="store_true", help="only check that mutants apply")
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if not args.names or m.name in args.names]
    if args.check:
        with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
            for mutant in chosen:
                shutil.rmtree(Path(tmp) / "src", ignore_errors=True)
                shutil.copytree(ROOT / "src", Path(tmp) / "src")
                _apply(mutant, Path(tmp) / "src")
        print(f"{len(chosen)} mutants apply")
        return
    baseline, _, seconds = run(None, explicit=args.keep_explicit)
    print(f"unmutated: {len(baseline)} failing tests in {seconds:.0f} s {baseline or ''}")
    print()
    print("| mutant | planted bug | caught by | first failure (generate phase) | run |")
    print("| --- | --- | --- | --- | --- |")
    for mutant in chosen:
        failed, timings, seconds = run(mutant, explicit=args.keep_explicit)
        caught = [name for name in failed if name not in baseline]
        detail = "; ".join(
            f"{name.removeprefix('test_')}: {timings.get(name, 'not generative')}"
            for name in caught
        )
        print(
            f"| {mutant.name} | {mutant.description} | {len(caught) or '**NOT CAUGHT**'} "
            f"| {detail or '-'} | {seconds:.0f} s |",
            flush=True,
        )


if __name__ == "__main__":
    main()
