"""Command-line inputs: paths and directories -> an ordered list of inputs; reading bytes.

A directory is walked recursively in sorted order, skipping hidden files and folders (names
starting with "."). ``-`` stands for standard input. Problems found while walking (a missing
path, a directory with nothing to read) are returned, not raised, so that the caller can
report each one and go on with the others.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import NamedTuple

STDIN = "-"
STDIN_NAME = "<stdin>"

# Files that a directory walk hands to ``articlecli validate`` (by suffix, case-insensitive):
# plain-text dumps, articlecli's own JSON / JSON Lines / Markdown, CNN/DailyMail ``.story``,
# XSum ``.data``, TREC/Reuters SGML. Anything else in a folder of articles is usually a
# manifest, a spreadsheet or a script. A file named on the command line is always read.
ARTICLE_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".story",
    ".data",
    ".sgml",
    ".sgm",
    ".json",
    ".jsonl",
    ".ndjson",
    # Feeds by their own suffixes only: a folder's ".xml" or ".tsv" is as often a sitemap
    # or a manifest (a file named on the command line is read whatever its suffix).
    ".rss",
    ".atom",
)
# Project documents that share an article suffix (README.md, LICENSE.txt) but are not articles.
NOT_ARTICLE_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "contributing", "copying", "notice"}
)


class InputItem(NamedTuple):
    """One input: a file to read, or standard input when ``path`` is None.

    ``name`` is how messages and ``Source.path`` refer to it; ``relative`` is its path
    below the directory argument it was found in (its file name when given directly), which
    ``--output-dir`` mirrors; ``root`` is that directory argument, or None.
    """

    path: Path | None
    name: str
    relative: PurePath | None
    root: str | None = None

    @property
    def is_stdin(self) -> bool:
        """Tell whether this input is standard input."""
        return self.path is None


class InputProblem(NamedTuple):
    """An argument that gave no input at all, with a message for the user."""

    name: str
    message: str


class Discovery(NamedTuple):
    """What the arguments named: the inputs in order, and the arguments that failed."""

    items: list[InputItem]
    problems: list[InputProblem]


class InputReadError(OSError):
    """An input that exists but cannot be read; ``str()`` is a message for the user."""


def stdin_item() -> InputItem:
    """Return the input item for standard input."""
    return InputItem(path=None, name=STDIN_NAME, relative=None)


def discover(arguments: Iterable[str], *, exclude: Iterable[Path] = ()) -> Discovery:
    """Expand command-line arguments into inputs, in argument order.

    A directory walk never enters or lists the paths in ``exclude`` (the output file or
    folder, so that a second run does not read the first run's output as input).
    """
    found = Discovery(items=[], problems=[])
    excluded = frozenset(_resolved(path) for path in exclude)
    for argument in arguments:
        if argument == STDIN:
            found.items.append(stdin_item())
            continue
        path = Path(argument)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except OSError as exc:
            found.problems.append(InputProblem(argument, _missing_message(path, exc)))
            continue
        if is_dir:
            _add_directory(found, argument, path, excluded)
        else:
            # Not only regular files: a FIFO such as bash's <(command) is a fine input.
            found.items.append(InputItem(path=path, name=argument, relative=PurePath(path.name)))
    return found


def _add_directory(found: Discovery, argument: str, root: Path, excluded: frozenset[Path]) -> None:
    """Append the visible files below ``root``, or a problem when there are none."""
    unwalkable: list[OSError] = []
    files = sorted(_walk(root, excluded, unwalkable), key=lambda p: p.relative_to(root).parts)
    for exc in unwalkable:
        name = exc.filename if isinstance(exc.filename, str) else argument
        found.problems.append(InputProblem(name, _missing_message(Path(name), exc)))
    if not files:
        if not unwalkable:
            found.problems.append(InputProblem(argument, "directory has no readable files"))
        return
    for file in files:
        relative = file.relative_to(root)
        found.items.append(
            InputItem(path=file, name=str(root / relative), relative=relative, root=argument)
        )


def _walk(root: Path, excluded: frozenset[Path], errors: list[OSError]) -> Iterator[Path]:
    """Yield the non-hidden files below ``root``, not following directory symlinks."""
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        # Pruning in place stops os.walk from descending into hidden or excluded folders.
        dirnames[:] = [
            d for d in dirnames if not _hidden(d) and not _same(Path(folder, d), excluded)
        ]
        for filename in filenames:
            candidate = Path(folder, filename)
            if not _hidden(filename) and not _same(candidate, excluded) and _may_be_file(candidate):
                yield candidate


def _may_be_file(path: Path) -> bool:
    """Tell whether a directory entry should be read: a regular file, or one whose stat fails.

    FIFOs, sockets and devices are left out (reading a FIFO found by a walk could block
    forever); an entry that cannot be looked at is kept so that reading it reports why.
    """
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def stdout_file() -> tuple[int, int] | None:
    """Return (device, inode) of the regular file standard output writes to, else None
    (a terminal, a pipe, or no stdout at all)."""
    try:
        info = os.fstat(1)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def is_file(path: Path, identity: tuple[int, int]) -> bool:
    """Tell whether ``path`` is the file with ``identity`` (from :func:`stdout_file`)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == identity


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _same(path: Path, excluded: frozenset[Path]) -> bool:
    return bool(excluded) and _resolved(path) in excluded


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _missing_message(path: Path, exc: OSError) -> str:
    """Say why a path cannot be looked at."""
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return _os_message(exc)


def is_article_file(item: InputItem) -> bool:
    """Tell whether a walk should read this input as an article file.

    Inputs named directly (``root`` is None) and stdin always count; a file found by walking
    a directory counts when its suffix is in :data:`ARTICLE_SUFFIXES` and its name is not a
    project document such as ``README.md``.
    """
    if item.root is None or item.path is None:
        return True
    name = item.path.name.lower()
    stem, _, _ = name.partition(".")
    return item.path.suffix.lower() in ARTICLE_SUFFIXES and stem not in NOT_ARTICLE_STEMS


def read_input(item: InputItem) -> bytes:
    """Read a file input's bytes; raise InputReadError with a readable message on failure."""
    if item.path is None:
        raise ValueError("standard input is read by the caller")
    try:
        with open(item.path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise InputReadError("permission denied") from None
    except FileNotFoundError:
        if item.path.is_symlink():
            raise InputReadError("broken symbolic link") from None
        raise InputReadError("no such file or directory (removed while running?)") from None
    except IsADirectoryError:
        raise InputReadError("is a directory") from None
    except OSError as exc:
        raise InputReadError(_os_message(exc)) from None


def _os_message(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def binary_line(data: bytes) -> int | None:
    """Return the 1-based line of the first NUL byte, or None when the data looks like text.

    A NUL byte never occurs in text (UTF-8 or cp1252); images, archives and UTF-16 files
    all contain them, which is what :func:`articlecli.decode.decode_bytes` rejects too.
    """
    nul = data.find(b"\x00")
    if nul == -1:
        return None
    return data.count(b"\n", 0, nul) + 1
