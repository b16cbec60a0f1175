"""Names of a package imported on first use (PEP 562), for start-up time.

The command line imports ``articlecli`` and ``articlecli.render``; importing what they
export eagerly would compile the parser's patterns before ``--version`` is even read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any


def submodule(package: str, name: str) -> ModuleType:
    """Import ``package.name``.

    ``__import__``, not ``importlib.import_module``: ``-X importtime`` lists only the former.
    """
    return __import__(f"{package}.{name}", fromlist=["*"])


def lazy_getattr(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """Return a module ``__getattr__`` that imports each name of ``exports`` (name ->
    submodule of ``package`` defining it) on first use and keeps it in ``namespace``."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(submodule(package, module), name)
        namespace[name] = value  # later lookups skip this function
        return value

    return __getattr__
