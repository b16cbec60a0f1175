"""articlecli: turn plain-text article dumps into structured data.

>>> from articlecli import parse
>>> article = parse("Big News\\n\\nBy AFP\\n\\nMarch 19, 2025\\n\\nSomething happened today.\\n")
>>> article.headline, article.agencies, article.date
('Big News', ('AFP',), '2025-03-19')
"""

from __future__ import annotations

from .errors import ArticleParseError
from .model import Article, Diagnostic, Quote, Related, Section, Source
from .parse import analyse, parse

__all__ = [
    "Article",
    "ArticleParseError",
    "Diagnostic",
    "Quote",
    "Related",
    "Section",
    "Source",
    "analyse",
    "parse",
]
