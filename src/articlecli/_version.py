"""The release version: the one place it is written (pyproject reads it via hatchling)."""

__version__ = "0.1.0"
