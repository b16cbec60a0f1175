"""One input -> documents for ``articlecli validate``: each article with the text it came from.

A :class:`Document` is what :func:`articlecli.validate.check` looks at: the article, the
decoded text its line numbers refer to (when there is one), or why the input held no
article. Loading never raises for bad content: an unreadable input is a document too, which
``check`` reports as AC116.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .decode import decode_bytes
from .errors import ArticleParseError
from .load import TOO_DEEP, dump_title_warning, empty_item_warnings, read_api_articles
from .model import Article, Diagnostic, Source
from .parser import parse
from .readback import read_own_output
from .split import Record, split_records


@dataclass(frozen=True)
class Document:
    """One article to check, as read from one input.

    ``text`` is the decoded text the article was parsed from, whose line 1 is the file line
    ``article.source.line``. It is None when there is no such text (an article read back
    from articlecli's JSON or Markdown output, or rebuilt from SGML markup): the text-based
    rules then look at the fields, and findings go to the article's first line. When the
    input could not be read as an article, ``article`` is None and ``problem`` says why, at
    ``problem_line``. ``input_warnings`` are about the file as a whole (its encoding) and
    carry file line numbers.
    """

    path: str
    article: Article | None = None
    text: str | None = None
    problem: str | None = None
    problem_line: int = 1
    input_warnings: tuple[Diagnostic, ...] = ()

    @classmethod
    def unreadable(cls, path: str, problem: str, *, line: int | None = None) -> Document:
        """Return a document for an input that holds no article (empty, binary, unreadable)."""
        return cls(path=path, problem=problem, problem_line=line or 1)


def load_document(data: bytes, *, path: str) -> Document:
    """Read one single-article input's bytes into a document; never raises for bad content.

    Input that holds no article (empty, blank, binary) gives an unreadable document, which
    :func:`articlecli.validate.check` reports as AC116.
    """
    try:
        text, _warnings = decode_bytes(data, source=path)
        article = parse(data, source=path)
    except ArticleParseError as exc:
        return Document.unreadable(path, exc.message, line=exc.line)
    if article.source is None:
        article = article.with_source(Source(path=path))
    return Document(path=path, article=article, text=text)


def load_documents(data: bytes, *, path: str) -> list[Document]:
    """Read one input's bytes into one document per article; never raises for bad content.

    articlecli's own output is read back, a news API's JSON read by its keys
    (:mod:`articlecli.apijson`); a dump holding several articles is split into
    records (:mod:`articlecli.split`), each checked on its own with its lines placed in the
    file; a dump holding one article is checked whole, as :func:`load_document` does.
    """
    try:
        return _documents(data, path=path)
    except RecursionError:  # JSON nested thousands deep: Python's decoders recurse
        return [Document.unreadable(path, TOO_DEEP, line=1)]


def _documents(data: bytes, *, path: str) -> list[Document]:
    try:
        text, decode_warnings = decode_bytes(data, source=path)
        own = read_own_output(text, source=path)
    except ArticleParseError as exc:
        return [Document.unreadable(path, exc.message, line=exc.line)]
    if own is not None:
        return [Document(path, article) for article in own]
    api = read_api_articles(text, source=path, index=0, line=1)
    if api is not None:
        documents = [Document(path, article) for article in api]
        # The file's own warnings, as convert gives them: its bytes, its empty items.
        if warnings := (*decode_warnings, *empty_item_warnings(text)):
            documents[0] = replace(documents[0], input_warnings=warnings)
        return documents
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    records = list(split_records(lines))
    if len(records) <= 1 and all(r.kind == "text" and r.verbatim for r in records):
        # The whole file, not the trimmed record: its leading blank lines are part of
        # its layout, and an empty file gets the parser's own message.
        return [load_document(data, path=path)]
    # A title over the dump's records is no article: reported with the file's warnings.
    titles = [dump_title_warning(record) for record in records if record.kind == "title"]
    documents = [_record_document(record, path) for record in records if record.kind != "title"]
    documents[0] = replace(documents[0], input_warnings=(*decode_warnings, *titles))
    return documents


def _record_document(record: Record, path: str) -> Document:
    """Parse one record of a multi-article input into a document located in the file."""
    if record.kind == "error":
        return Document.unreadable(path, record.error or "unreadable record", line=record.line)
    try:
        if record.kind == "json":
            own = read_own_output(record.text, source=path) or read_api_articles(
                record.text, source=path, index=record.index, line=record.line
            )
            if own is None or len(own) != 1:
                return Document.unreadable(
                    path, "neither an articlecli nor a news API article", line=record.line
                )
            article = own[0]
        else:
            article = parse(record.text, source=path)
    except ArticleParseError as exc:
        return Document.unreadable(path, exc.message, line=record.line)
    article = article.with_source(Source(path, record.index, record.line))
    text = record.text if record.kind == "text" and record.verbatim else None
    return Document(path, article, text)


__all__ = ["Document", "load_document", "load_documents"]
