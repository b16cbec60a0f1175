"""articlecli: turn plain-text article dumps into structured data.

>>> from articlecli import parse
>>> article = parse("Big News\\n\\nBy AFP\\n\\nMarch 19, 2025\\n\\nSomething happened today.\\n")
>>> article.headline, article.agencies, article.date
('Big News', ('AFP',), '2025-03-19')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_getattr
from ._version import __version__

if TYPE_CHECKING:
    from .errors import ArticleParseError
    from .model import Article, Diagnostic, Quote, Related, Section, Source
    from .parser import analyse, parse

# Public names and the modules that define them, imported on first use (PEP 562): the
# command line imports this package too, and `articlecli --version` should not pay for
# compiling the parser's patterns.
_EXPORTS = {
    "Article": "model",
    "ArticleParseError": "errors",
    "Diagnostic": "model",
    "Quote": "model",
    "Related": "model",
    "Section": "model",
    "Source": "model",
    "analyse": "parser",
    "parse": "parser",
}


__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())


__all__ = [
    "Article",
    "ArticleParseError",
    "Diagnostic",
    "Quote",
    "Related",
    "Section",
    "Source",
    "__version__",
    "analyse",
    "parse",
]
