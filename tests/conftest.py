"""Shared test configuration: Hypothesis profiles, and where compiled patterns are cached.

Under CI=true the "ci" profile (300 examples per property, derandomized) applies; locally the
quick "dev" profile (60 examples, derandomized too: the README's test command gives the same
verdict on every run, as a new user's first run should). HYPOTHESIS_PROFILE=name picks one
explicitly; "random" (60 random examples per property) and "soak" (3,000) are for hunting
bugs, since the derandomized examples change only with the Hypothesis version.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Runs under test keep their compiled patterns (articlecli/patterns.py) in a directory of
# their own, never in the user's ~/.cache. Set before articlecli is imported; processes the
# tests start inherit it.
os.environ["ARTICLECLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="articlecli-test-patterns-")
# Registered before articlecli's own exit handler, so it runs after the cache is written.
atexit.register(shutil.rmtree, os.environ["ARTICLECLI_CACHE_DIR"], ignore_errors=True)

# Every profile: no deadline (shared machines are slow at times) and no health check for
# slow data generation; each then sets its number of examples and whether they are drawn
# at random (derandomized ones are the same on every run).
for name, examples, derandomized in (
    ("dev", 60, True),
    ("random", 60, False),
    ("ci", 300, True),
    ("soak", 3000, False),
):
    settings.register_profile(
        name,
        max_examples=examples,
        derandomize=derandomized,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    # Re-load so that our registration (300 examples, derandomized) replaces the built-in.
    settings.load_profile("ci")
else:
    settings.load_profile("dev")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
