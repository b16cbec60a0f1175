"""Writing results: atomic files, output-name planning, and framing articles into a stream.

Every file is written to a hidden temporary file in the target's own directory (so that the
final rename never crosses file systems), synced, then renamed into place. Whatever stops
the write (an error, a full disk, Ctrl-C), the temporary file is removed and the target is
left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from .inputs import InputItem

if TYPE_CHECKING:
    from .model import Article

STDOUT_NAME = "<stdout>"
# Errors after which no other write can succeed: the run stops at the first one.
_FATAL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
# Errors from os.link meaning "this file system has no hard links", not "target exists".
_NO_LINKS_ERRNOS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK})
# Between two documents in one markdown or text stream: one blank line.
_DOCUMENT_SEPARATOR = "\n"
FIELD_FORMATS = frozenset({"json", "jsonl"})


class OutputError(Exception):
    """A write that failed; ``str()`` is ``"PATH: message"``.

    ``fatal`` marks errors that every later write would repeat (a full disk).
    """

    def __init__(self, name: str, message: str, *, fatal: bool = False) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message
        self.fatal = fatal


class OutputExistsError(OutputError):
    """The target exists and ``--force`` was not given."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "already exists (use --force to overwrite)")


def output_error(exc: OSError, name: str) -> OutputError:
    """Turn an OSError from writing ``name`` into a one-line OutputError."""
    if exc.errno == errno.ENOSPC:
        message = "no space left on device"
    elif exc.errno == errno.EDQUOT:
        message = "disk quota exceeded"
    elif exc.errno == errno.EROFS:
        message = "read-only file system"
    elif isinstance(exc, PermissionError):
        message = "permission denied"
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        message = "cannot create the file: a file is in the way of its folder"
    elif isinstance(exc, FileNotFoundError):
        message = "no such directory"
    elif isinstance(exc, IsADirectoryError):
        message = "is a directory"
    else:
        message = (exc.strerror or str(exc)).lower()
    return OutputError(name, message, fatal=exc.errno in _FATAL_ERRNOS)


class AtomicFile:
    """A file that appears at ``path`` only when :meth:`commit` is called.

    Use it as a context manager: leaving the block without a commit, by an exception or
    a KeyboardInterrupt, removes the temporary file. Errors are raised as OutputError.
    """

    def __init__(self, path: Path, *, force: bool = False) -> None:
        self.path = path
        self.force = force
        self.name = str(path)
        self._committed = False
        self._temp, self.stream = self._open_temp()

    def _open_temp(self) -> tuple[Path, BinaryIO]:
        """Create the hidden temporary file beside the target (mode from the umask)."""
        while True:
            temp = self.path.with_name(f".{self.path.name}.{os.urandom(4).hex()}.tmp")
            try:
                fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            except OSError as exc:
                raise output_error(exc, self.name) from None
            self._keep_mode(fd)
            return temp, os.fdopen(fd, "wb")

    def _keep_mode(self, fd: int) -> None:
        """Give a replacement the permissions of the file it replaces."""
        if not self.force:
            return
        # No old file (or no right to read it): the umask default stays.
        with contextlib.suppress(OSError):
            os.fchmod(fd, stat.S_IMODE(os.stat(self.path).st_mode))

    def write(self, data: bytes) -> None:
        """Write bytes to the temporary file."""
        try:
            self.stream.write(data)
        except OSError as exc:
            raise output_error(exc, self.name) from None

    def commit(self) -> None:
        """Sync the data and move it into place; refuse to replace a file unless forced."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            if self.force:
                os.replace(self._temp, self.path)
            else:
                _link_new(self._temp, self.path)
        except FileExistsError:
            raise OutputExistsError(self.name) from None
        except OSError as exc:
            raise output_error(exc, self.name) from None
        self._committed = True
        self._remove_temp()

    def discard(self) -> None:
        """Drop the temporary file; the target is left untouched."""
        # A failed final flush (full disk) changes nothing: the data is dropped anyway.
        with contextlib.suppress(OSError):
            self.stream.close()
        self._remove_temp()

    def _remove_temp(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temp)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.discard()


def _link_new(temp: Path, target: Path) -> None:
    """Make ``temp`` appear as ``target`` only if ``target`` does not exist yet.

    A hard link fails atomically when the target exists, so a file created by someone else
    after our check is never clobbered. Where the file system has no hard links, fall back
    to check-then-rename (a small race, but no worse than most tools).
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS_ERRNOS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.replace(temp, target)


def write_file(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` atomically, creating its folders; raise OutputError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, str(path)) from None
    with AtomicFile(path, force=force) as out:
        out.write(data)
        out.commit()


# --- Planning --------------------------------------------------------------------------


class Collision(NamedTuple):
    """Several inputs that would write the same output file."""

    target: Path
    inputs: tuple[str, ...]


def output_path(item: InputItem, directory: Path, extension: str) -> Path:
    """Return where ``item``'s output goes: its relative path, new extension, under dir."""
    if item.relative is None:
        raise ValueError("standard input has no name to give its output file")
    return directory / item.relative.with_suffix(extension)


def plan_outputs(
    items: Sequence[InputItem], directory: Path, extension: str
) -> tuple[list[Path], list[Collision]]:
    """Return each item's output path and the collisions among them.

    Names compare as the platform does (os.path.normcase). On a case-insensitive macOS
    volume "A.txt" and "a.txt" still pass this check; the second write then fails as
    "already exists" rather than overwriting the first.
    """
    targets = [output_path(item, directory, extension) for item in items]
    by_key: dict[str, list[int]] = {}
    for index, target in enumerate(targets):
        key = os.path.normcase(os.path.normpath(target))
        by_key.setdefault(key, []).append(index)
    collisions = [
        Collision(targets[group[0]], tuple(items[i].name for i in group))
        for group in by_key.values()
        if len(group) > 1
    ]
    return targets, collisions


def existing(targets: Iterable[Path]) -> list[Path]:
    """Return the targets that already exist (or are dangling links)."""
    return [target for target in targets if os.path.lexists(target)]


class InputFiles:
    """The identities (device, inode) of the input files, to keep outputs off them."""

    def __init__(self, items: Iterable[InputItem]) -> None:
        self._names: dict[tuple[int, int], str] = {}
        for item in items:
            if item.path is None:
                continue
            try:
                info = os.stat(item.path)
            except OSError:
                continue  # Reading it will report the problem.
            self._names.setdefault((info.st_dev, info.st_ino), item.name)

    def clash(self, target: Path) -> str | None:
        """Return the name of the input that ``target`` is (the same file), if any."""
        try:
            info = os.stat(target)
        except OSError:
            return None
        return self._names.get((info.st_dev, info.st_ino))


# --- Framing ---------------------------------------------------------------------------

Renderer = Callable[["Article"], str]


class StreamWriter:
    """Write articles to a binary stream in one format, as each one is done.

    JSON: one article is a pretty object, several an array (so the first is held back until
    the second arrives or the stream closes). JSON Lines: one line per article, flushed at
    once. Markdown and text: documents separated by a blank line.
    """

    def __init__(
        self, stream: BinaryIO, fmt: str, render: Renderer, *, name: str = STDOUT_NAME
    ) -> None:
        self.stream = stream
        self.fmt = fmt
        self.render = render
        self.name = name
        self.count = 0
        self._held: str | None = None

    def add(self, article: Article) -> None:
        """Render and write one article (JSON holds the first one back)."""
        self.add_rendered(self.render(article))

    def add_rendered(self, text: str) -> None:
        """Write one article already rendered in this writer's format (by a worker)."""
        self.count += 1
        if self.fmt == "json":
            self._add_json(text)
        elif self.fmt == "jsonl":
            self._emit(text.rstrip("\n") + "\n")
        else:
            self._add_document(text)

    def _add_json(self, text: str) -> None:
        if self.count == 1:
            self._held = text
            return
        if self._held is not None:
            self._emit("[\n" + _indent(self._held))
            self._held = None
        self._emit(",\n" + _indent(text))

    def _add_document(self, text: str) -> None:
        if not text.endswith("\n"):
            text += "\n"
        self._emit(text if self.count == 1 else _DOCUMENT_SEPARATOR + text)

    def close(self) -> None:
        """Finish the stream: write a held JSON object, or close the array."""
        if self.fmt != "json":
            return
        if self._held is not None:
            self._emit(self._held.rstrip("\n") + "\n")
            self._held = None
        elif self.count > 1:
            self._emit("\n]\n")

    def _emit(self, text: str) -> None:
        try:
            self.stream.write(text.encode("utf-8"))
            self.stream.flush()
        except BrokenPipeError:
            raise  # The reader went away: the caller stops quietly.
        except OutputError:
            raise
        except OSError as exc:
            raise output_error(exc, self.name) from None


def _indent(text: str) -> str:
    import textwrap  # only a JSON array needs it: kept out of start-up

    return textwrap.indent(text.rstrip("\n"), "  ")


def render_document(articles: Iterable[Article], fmt: str, render: Renderer) -> bytes:
    """Return the bytes of one output file holding ``articles`` (what stdout would get)."""
    buffer = io.BytesIO()
    writer = StreamWriter(buffer, fmt, render)
    for article in articles:
        writer.add(article)
    writer.close()
    return buffer.getvalue()
