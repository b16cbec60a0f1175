"""Content digests: the 16-hex-digit ids of articles and of records that failed to parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _sha256() -> Callable[[bytes], Any]:
    """Return CPython's own SHA-256 (module ``_sha256`` in 3.11, ``_sha2`` later): the same
    digest as hashlib's, without loading OpenSSL, which costs about 2 ms of every run's
    start-up (a one-file convert takes 80). hashlib's on other interpreters."""
    for module in ("_sha256", "_sha2"):
        try:
            return __import__(module).sha256  # type: ignore[no-any-return]
        except ImportError:
            continue
    from hashlib import sha256

    return sha256


_SHA256 = _sha256()


def digest16(text: str) -> str:
    """Return the first 16 hex digits of the SHA-256 of ``text`` encoded as UTF-8."""
    digest: str = _SHA256(text.encode("utf-8")).hexdigest()
    return digest[:16]
