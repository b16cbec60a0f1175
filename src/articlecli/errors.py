"""The library's one exception family."""

from __future__ import annotations


class ArticleParseError(ValueError):
    """Input that cannot be read as an article (empty, binary, broken container).

    ``source`` names the input (a path, "<stdin>", or None) and ``line`` the 1-based line
    where the problem is, when known. ``str(error)`` is a one-line message a person can act
    on: ``"dump.txt:12: file is binary (NUL byte)"``.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"
