"""Configuration for ``articlecli validate``: found, read, checked, merged with the command line.

Settings live in ``articlecli.toml`` (keys at the top level) or in ``pyproject.toml`` under
``[tool.articlecli]``. The search starts in the current directory and walks up to the
file-system root; the nearest directory with either file wins, and nothing is merged across
directories. In one directory ``articlecli.toml`` wins over ``pyproject.toml`` (a file
made for the tool is the more deliberate choice; ruff decides the same way), and a
``pyproject.toml`` without a ``[tool.articlecli]`` table does not count.

Keys are named like the command-line options::

    [tool.articlecli]
    select = ["AC1"]          # code prefixes or rule names; default: every rule
    ignore = ["AC115"]
    require = ["byline", "url"]
    strict = false

A value given on the command line replaces the configured one for that key.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .validate import DEFAULT_SELECT, OptionError, Options, check_required, enabled_codes

CONFIG_NAME = "articlecli.toml"
PYPROJECT_NAME = "pyproject.toml"
# Searched in this order in each directory: the first that holds settings wins.
CONFIG_NAMES: tuple[str, ...] = (CONFIG_NAME, PYPROJECT_NAME)

# key -> what its value must be, for error messages (checked by _read_list and _read_bool).
KEYS: dict[str, str] = {
    "select": "a list of strings",
    "ignore": "a list of strings",
    "require": "a list of strings",
    "strict": "true or false",
}


class ConfigError(ValueError):
    """A configuration that cannot be used; ``str()`` names the file and what is wrong.

    The command line reports it and exits with status 2.
    """

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path is not None else self.message


@dataclass(frozen=True)
class Config:
    """Settings read from a file; None means "not set here"."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    require: tuple[str, ...] | None = None
    strict: bool | None = None


def find_config(start: Path | None = None) -> Path | None:
    """Return the nearest configuration file at or above ``start`` (default: the cwd)."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _holds_settings(candidate):
                return candidate
    return None


def load_config(path: Path) -> Config:
    """Read and check one configuration file (``pyproject.toml`` or any other TOML file).

    Raises :class:`ConfigError` for a file that cannot be read, is not valid TOML, or has
    an unknown key, a value of the wrong type, or a rule or field that does not exist.
    """
    table = _settings_table(path, _read_toml(path))
    where = f"[tool.articlecli] in {path}" if path.name == PYPROJECT_NAME else str(path)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(_unknown_key_message(unknown[0]), path=where)
    config = Config(
        path=path,
        select=_read_list(table, "select", where),
        ignore=_read_list(table, "ignore", where),
        require=_read_list(table, "require", where),
        strict=_read_bool(table, "strict", where),
    )
    _check_names(config.select, config.ignore, config.require, where=where)
    return config


def discover_config(start: Path | None = None) -> Config:
    """Find and read the configuration for ``start``; an empty Config when there is none."""
    path = find_config(start)
    return load_config(path) if path is not None else Config()


def resolve_options(
    config: Config,
    *,
    today: date,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    require: Iterable[str] | None = None,
    strict: bool | None = None,
) -> Options:
    """Merge configuration with command-line values (None: not given) into Options.

    Each key given on the command line replaces the configured value; list values may be
    comma-separated ("AC101,AC102"). Raises :class:`ConfigError` for a command-line rule
    or field that does not exist.
    """
    cli_select = split_list(select) if select is not None else None
    cli_ignore = split_list(ignore) if ignore is not None else None
    cli_require = split_list(require) if require is not None else None
    _check_names(cli_select, cli_ignore, cli_require, where="command line")
    return Options(
        today=today,
        select=_first_set(cli_select, config.select, DEFAULT_SELECT),
        ignore=_first_set(cli_ignore, config.ignore, ()),
        require=_first_set(cli_require, config.require, ()),
        strict=strict if strict is not None else bool(config.strict),
    )


def split_list(values: Iterable[str]) -> tuple[str, ...]:
    """Flatten repeated and comma-separated option values: ["AC1,AC2", "AC3"] -> 3 items."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


# --- reading ---------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read: {(exc.strerror or str(exc)).lower()}", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=path) from None


def _holds_settings(path: Path) -> bool:
    """Tell whether a file found while walking up configures articlecli.

    A ``pyproject.toml`` without ``[tool.articlecli]`` belongs to another tool's project
    and does not stop the walk. A broken one is read anyway, so that its error is shown
    rather than silently skipping the settings it may hold.
    """
    if path.name != PYPROJECT_NAME:
        return True
    try:
        data = _read_toml(path)
    except ConfigError:
        return True
    tool = data.get("tool")
    return isinstance(tool, dict) and "articlecli" in tool


def _settings_table(path: Path, data: dict[str, Any]) -> Mapping[str, Any]:
    """Return the table that holds the settings: ``[tool.articlecli]`` or the whole file."""
    if path.name != PYPROJECT_NAME:
        return data
    table = data.get("tool", {}).get("articlecli", {}) if isinstance(data.get("tool"), dict) else {}
    if not isinstance(table, dict):
        raise ConfigError("tool.articlecli must be a table ([tool.articlecli])", path=path)
    return table


def _read_bool(table: Mapping[str, Any], key: str, where: str) -> bool | None:
    """Return ``table[key]`` checked to be a boolean, or None when it is not set."""
    value = table.get(key)
    if value is not None and not isinstance(value, bool):
        raise ConfigError(f"{key} must be {KEYS[key]}, not {value!r}", path=where)
    return value


def _read_list(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    """Return ``table[key]`` checked to be a list of strings, or None when it is not set."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        example = '["byline"]' if key == "require" else '["AC1"]'
        raise ConfigError(
            f"{key} must be {KEYS[key]}, e.g. {key} = {example}, not {value!r}", path=where
        )
    return tuple(item.strip() for item in value)


def _unknown_key_message(key: str) -> str:
    known = ", ".join(KEYS)
    close = difflib.get_close_matches(key, KEYS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {key!r}{hint}; known keys: {known}"


def _check_names(
    select: tuple[str, ...] | None,
    ignore: tuple[str, ...] | None,
    require: tuple[str, ...] | None,
    *,
    where: str,
) -> None:
    """Raise ConfigError, naming ``where``, for a rule selector or field that does not exist."""
    try:
        enabled_codes(select or (), ignore or ())
        check_required(require or ())
    except OptionError as exc:
        raise ConfigError(str(exc), path=where) from None


def _first_set(*values: tuple[str, ...] | None) -> tuple[str, ...]:
    return next(value for value in values if value is not None)


__all__ = [
    "CONFIG_NAME",
    "CONFIG_NAMES",
    "KEYS",
    "PYPROJECT_NAME",
    "Config",
    "ConfigError",
    "discover_config",
    "find_config",
    "load_config",
    "resolve_options",
    "split_list",
]
