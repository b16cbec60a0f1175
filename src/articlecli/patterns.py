"""Regular expressions, compiled cheaply: kept between runs, or compiled on first use.

CPython compiles a regular expression in Python code (``re._parser`` and
``re._compiler``): the parser's patterns cost about 18 ms to compile, a fifth of a
one-file ``convert``. Like ``__pycache__`` for modules, this module keeps each pattern's
compiled program in a cache file and builds the pattern from it on the next run with
``_sre.compile``, the constructor ``re.compile`` itself ends in; building one so costs
microseconds.

The cache is only an accelerator. It is keyed by the Python version and the regular
expression engine's ``MAGIC``, so a program is only ever read by the engine that wrote
it; anything unexpected (no cache directory, a damaged file, a Python whose ``re``
internals differ) falls back to ``re.compile``. A pattern built from the cache is equal
(``==``, which compares the compiled programs) to the one ``re.compile`` returns; the
tests check that for every pattern the project uses.

The file lives in ``$ARTICLECLI_CACHE_DIR``, else ``$XDG_CACHE_HOME/articlecli``, else
``~/.cache/articlecli``; ``ARTICLECLI_NO_CACHE=1`` turns it off. It is written once, at
exit, by a run that compiled a pattern the file did not hold, atomically. Each write
counts as a generation; a pattern no run has used for ``_KEEP_GENERATIONS`` writes (one
an older version of the parser built, or one being edited) is dropped, so the file, read
by every run, does not grow with the versions a machine has seen.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import marshal
import os
import re
import sys
from collections.abc import Callable

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of Python: compile as usual
    _sre = None

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), the arguments
# ``re._compiler.compile`` passes to ``_sre.compile``, but for the code: kept as the bytes
# of an array of code words, which marshal reads three times faster than a list of ints
# (the programs of the parser's longest alternations run to thousands of words).
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The file's content: (format, generation of the last write, {key: (generation, program)}),
# an entry's generation being that of the last write by a run that used it.
_FORMAT = 2
_KEEP_GENERATIONS = 20
# Past this many entries the cache is rewritten with this run's patterns only.
_MAX_ENTRIES = 1000
# The array type whose items are the engine's code words.
_CODE_TYPE = next(
    (code for code in "HIL" if _sre is not None and array.array(code).itemsize == _sre.CODESIZE),
    None,
)


def cache_path() -> str | None:
    """Where the compiled patterns are kept, or None when the cache is off."""
    if os.environ.get("ARTICLECLI_NO_CACHE") or _sre is None or _CODE_TYPE is None:
        return None
    directory = os.environ.get("ARTICLECLI_CACHE_DIR")
    if not directory:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "articlecli")
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(directory, f"patterns{_FORMAT}-{tag}-{_sre.MAGIC}.marshal")


class _Cache:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self.generation = 0
        self.stored: dict[tuple[str, int], tuple[int, Program]] = self._read() if path else {}
        self.used: dict[tuple[str, int], Program] = {}
        self.new = False

    def _read(self) -> dict[tuple[str, int], tuple[int, Program]]:
        try:
            with open(self.path, "rb") as file:  # type: ignore[arg-type]
                # loads(read()), not load(): load reads the file a few bytes at a time,
                # twenty times slower.
                content = marshal.loads(file.read())
            file_format, generation, stored = content
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if file_format != _FORMAT or not isinstance(stored, dict) or type(generation) is not int:
            return {}
        self.generation = generation
        return stored

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        entry = self.stored.get(key)
        if entry is not None:
            try:
                program = entry[1]
                compiled = _sre.compile(pattern, *_arguments(program))
            except (RuntimeError, TypeError, ValueError, IndexError):  # a damaged entry
                compiled = None
            if compiled is not None:
                self.used[key] = program
                return compiled
        program = _program(pattern, flags)
        if program is None:
            return re.compile(pattern, flags)
        if not self.new:
            self.new = True
            atexit.register(self.write)
        self.used[key] = program
        return _sre.compile(pattern, *_arguments(program))

    def write(self) -> None:
        generation = self.generation + 1
        oldest = generation - _KEEP_GENERATIONS
        entries = {key: entry for key, entry in self.stored.items() if entry[0] > oldest}
        entries.update((key, (generation, program)) for key, program in self.used.items())
        if len(entries) > _MAX_ENTRIES:
            entries = {key: (generation, program) for key, program in self.used.items()}
        content = (_FORMAT, generation, entries)
        assert self.path is not None
        # A temporary file of this process's own, then a rename: a run reading the cache
        # meanwhile sees the old file or the new one, never half of one. (Not tempfile:
        # importing it would cost the run that writes 5 ms.)
        temp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            try:
                with open(temp, "xb") as file:
                    file.write(marshal.dumps(content))
                os.replace(temp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except (OSError, ValueError):  # a read-only home, a full disk: compile next time
            pass


def _program(pattern: str, flags: int) -> Program | None:
    """Compile ``pattern`` as ``re._compiler.compile`` does, keeping its program."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = array.array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:
        return None


def _arguments(program: Program) -> tuple[object, ...]:
    """The arguments after the pattern that ``_sre.compile`` takes for ``program``."""
    flags, code, groups, groupindex, indexgroup = program
    return flags, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup


_cache = _Cache(cache_path())


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, from the cache when this pattern was compiled by an earlier run."""
    flags = int(flags)
    if _cache.path is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    return _cache.compile(pattern, flags)


def on_first_use(pattern: str, flags: int | re.RegexFlag = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``pattern`` when first called and returns it from
    then on: ``_LINK = on_first_use(r"...")`` ... ``_LINK().sub(...)``. For patterns most
    runs never use, so that they cost no run its start-up time."""
    return functools.cache(lambda: compile(pattern, flags))


def longest_first(alternative: str) -> tuple[int, str]:
    """Sort key for the alternatives of a pattern: longer first, so that "Sept" is tried
    before "Sep"; ties in alphabetical order, so that a pattern built from a set reads the
    same in every run (a set's order changes with the hash seed; the cache is keyed by
    the pattern's text)."""
    return -len(alternative), alternative


def by_first_letter(alternatives: list[str]) -> str:
    """Join regular expressions as one alternation, grouped by a first letter they share
    ("s(?:ign|ubscri)|..."): searched at every position of a line, the grouped form tries
    each first letter once where the flat one tries every alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1] if alternative[:1].isalpha() else ""
        groups.setdefault(first, []).append(alternative[len(first) :] if first else alternative)
    parts = []
    for first, rests in groups.items():
        if first and len(rests) > 1:
            parts.append(first + "(?:" + "|".join(rests) + ")")
        else:
            parts.extend(first + rest for rest in rests)
    return "|".join(parts)
