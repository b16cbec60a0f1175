"""Regular expressions compiled on first use, for start-up time.

Compiling costs a tenth of a millisecond to a millisecond and a half per pattern, paid at
import; a pattern that most runs never use should not cost every run. Hot patterns stay
compiled at import: the call this adds is small, but not nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``pattern`` when first called and returns it from
    then on: ``_LINK = on_first_use(r"...")`` ... ``_LINK().sub(...)``."""
    return functools.cache(lambda: re.compile(pattern, flags))
