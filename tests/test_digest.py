"""digest.py: article ids are SHA-256, whichever module computes them."""

from __future__ import annotations

import hashlib

import pytest

from articlecli.digest import digest16


@pytest.mark.parametrize("text", ["", "Harbour Reopens", "Kyiv – «Київ» ✓\n\u00a0"])
def test_digest_is_the_first_16_hex_digits_of_sha256(text: str) -> None:
    """Ids must not change with the module that hashes (CPython's own or OpenSSL's)."""
    assert digest16(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
