"""The compiled-pattern cache (articlecli/patterns.py): the same patterns as re.compile,
whatever state the cache file is in.

A compiled pattern compares equal to another (``==``) only when their pattern text, flags
and compiled programs are the same, so equality to ``re.compile``'s result is the check.
"""

from __future__ import annotations

import array
import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from articlecli import patterns
from articlecli.parser import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Named groups, flags, lookarounds, bytes, a set of letters beyond ASCII, a lone surrogate.
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)", 0),
    (r"^by\s+(?P<name>.+?)(?:,\s*(?P<agency>AFP|AP))?$", int(re.IGNORECASE | re.MULTILINE)),
    (r"(?<!\w)«[^»]*»(?!\w)", 0),
    (rb"\r\n?|\x85", 0),
    ("[\u00c0-\u024f\u0400-\u04ff]+|[\ud800-\udfff]", 0),
    (r"(?x) a \s+ b  # verbose", 0),
]
TEXTS = ["12 March", "By Jane Doe, AFP", "a «quote» b", "Łódź Київ", "A  B", "nothing"]


def matches(pattern: re.Pattern, text: str) -> list:
    if isinstance(pattern.pattern, bytes):
        text = text.encode("utf-8")  # type: ignore[assignment]
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]  # type: ignore[arg-type]


def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.marshal")
    writer = patterns._Cache(path)
    fresh = [writer.compile(pattern, flags) for pattern, flags in SAMPLES]
    writer.write()

    reader = patterns._Cache(path)
    assert set(reader.stored) == set(SAMPLES)
    cached = [reader.compile(pattern, flags) for pattern, flags in SAMPLES]
    for (pattern, flags), first, second in zip(SAMPLES, fresh, cached, strict=True):
        expected = re.compile(pattern, flags)
        assert first == expected and second == expected
        assert second.groupindex == expected.groupindex
        assert second.groups == expected.groups and second.flags == expected.flags
        for text in TEXTS:
            assert matches(second, text) == matches(expected, text)


def test_every_pattern_the_parser_uses_reads_back_equal() -> None:
    # Parse every fixture so that the patterns compiled on first use are compiled too.
    for fixture in sorted(FIXTURES.glob("*.txt")):
        parse(fixture.read_text(encoding="utf-8", errors="replace"))
    used = patterns._cache.used
    assert len(used) > 50  # the parser's patterns went through the cache
    for (pattern, flags), program in used.items():
        expected = re.compile(pattern, flags)
        assert patterns._sre.compile(pattern, *patterns._arguments(program)) == expected, pattern


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal data", b"\xe9" * 40, json.dumps({"a": 1}).encode()],
    ids=["empty", "text", "bytes", "wrong type"],
)
def test_a_damaged_cache_file_is_ignored_and_written_anew(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(damage)
    cache = patterns._Cache(str(path))
    assert cache.stored == {}
    assert cache.compile(r"\d+(?P<unit>kg|g)", 0) == re.compile(r"\d+(?P<unit>kg|g)")
    cache.write()
    assert patterns._Cache(str(path)).stored.keys() == {(r"\d+(?P<unit>kg|g)", 0)}


def test_a_damaged_entry_falls_back_to_re_compile(tmp_path: Path) -> None:
    cache = patterns._Cache(str(tmp_path / "patterns.marshal"))
    # A program the engine refuses (it validates every program it is given).
    code = array.array(patterns._CODE_TYPE, [999, 1, 2]).tobytes()
    cache.stored[("a+b", 0)] = (1, (32, code, 0, {}, (None,)))
    cache.stored[("c+d", 0)] = (1, (32, b"\x01", 0, {}))  # cut short
    assert cache.compile("a+b", 0) == re.compile("a+b")
    assert cache.compile("c+d", 0) == re.compile("c+d")


def test_a_cache_of_the_older_format_is_ignored(tmp_path: Path) -> None:
    # Versions before 2 wrote a plain dict with the code as a list of ints.
    path = tmp_path / "patterns.marshal"
    path.write_bytes(marshal.dumps({("a+b", 0): (32, [17, 4, 0], 0, {}, (None,))}))
    assert patterns._Cache(str(path)).stored == {}


def test_patterns_no_run_has_used_for_many_writes_are_dropped(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.marshal")
    first = patterns._Cache(path)
    first.compile("old+", 0)  # a pattern an older version of the parser used
    first.compile("kept+", 0)
    first.write()
    for number in range(patterns._KEEP_GENERATIONS):
        run = patterns._Cache(path)
        run.compile("kept+", 0)  # used by every run
        run.compile(f"new{number}+", 0)  # and something new, so that the run writes
        run.write()
        held = patterns._Cache(path).stored
        assert ("kept+", 0) in held
        # The last run that used "old+" was the first write of the 21.
        assert (("old+", 0) in held) == (number < patterns._KEEP_GENERATIONS - 1), number
    assert patterns._Cache(path).generation == patterns._KEEP_GENERATIONS + 1


def test_an_invalid_pattern_raises_as_re_compile_does(tmp_path: Path) -> None:
    cache = patterns._Cache(str(tmp_path / "patterns.marshal"))
    with pytest.raises(re.error):
        cache.compile("(unclosed", 0)
    assert cache.used == {}


def run_convert(cache_env: dict[str, str], tmp_path: Path, seed: str = "0") -> None:
    env = {**os.environ, **cache_env, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "articlecli", "convert", str(FIXTURES / "000_bad2af0e90df0263.txt")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert json.loads(result.stdout)["headline"] == "Takeaways from Trump-Putin Call"


def test_patterns_read_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    # Patterns built from sets must not change with the hash seed: the cache is keyed by
    # their text, and a pattern's alternatives should be tried in the same order every run.
    keys = []
    for seed in ("1", "2", "3"):
        directory = tmp_path / f"seed{seed}"
        run_convert({"ARTICLECLI_CACHE_DIR": str(directory)}, tmp_path, seed)
        (written,) = directory.iterdir()
        keys.append(set(patterns._Cache(str(written)).stored))
    assert keys[0] and keys[0] == keys[1] == keys[2]


def test_a_second_run_compiles_nothing_and_writes_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    run_convert({"ARTICLECLI_CACHE_DIR": str(directory)}, tmp_path)
    (written,) = directory.iterdir()
    before = (written.stat().st_mtime_ns, written.read_bytes())
    run_convert({"ARTICLECLI_CACHE_DIR": str(directory)}, tmp_path)
    assert (written.stat().st_mtime_ns, written.read_bytes()) == before
    assert list(directory.iterdir()) == [written]  # no temporary file left behind


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "a-file"
    not_a_directory.write_text("taken", encoding="utf-8")
    run_convert({"ARTICLECLI_CACHE_DIR": str(not_a_directory / "cache")}, tmp_path)
    assert not_a_directory.read_text(encoding="utf-8") == "taken"


def test_no_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = tmp_path / "cache"
    run_convert({"ARTICLECLI_CACHE_DIR": str(directory), "ARTICLECLI_NO_CACHE": "1"}, tmp_path)
    assert not directory.exists()
    monkeypatch.setenv("ARTICLECLI_NO_CACHE", "1")
    assert patterns.cache_path() is None


def test_the_cache_lives_under_xdg_cache_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARTICLECLI_CACHE_DIR")
    monkeypatch.delenv("ARTICLECLI_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    path = patterns.cache_path()
    assert path is not None and path.startswith("/somewhere/cache/articlecli/patterns")
    # Keyed by the interpreter and its regular expression engine.
    assert sys.implementation.cache_tag in path and str(patterns._sre.MAGIC) in path


def test_longest_alternative_first_then_alphabetical() -> None:
    words = {"Sep", "Sept", "September", "Oct", "Mar"}
    assert sorted(words, key=patterns.longest_first) == ["September", "Sept", "Mar", "Oct", "Sep"]
