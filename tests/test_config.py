"""articlecli.config: discovery walking up, file precedence, bad settings, command line wins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articlecli.config import (
    Config,
    ConfigError,
    discover_config,
    find_config,
    load_config,
    resolve_options,
    split_list,
)
from articlecli.validate import DEFAULT_SELECT, Options

TODAY = date(2025, 3, 20)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a nested working directory and no configuration yet."""
    (tmp_path / "project" / "docs" / "articles").mkdir(parents=True)
    return tmp_path / "project"


# --- discovery --------------------------------------------------------------------------


def test_walks_up_from_the_current_directory(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(project / "pyproject.toml", '[tool.articlecli]\nselect = ["AC1"]\n')
    monkeypatch.chdir(project / "docs" / "articles")
    assert find_config() == config
    assert discover_config().select == ("AC1",)


def test_articlecli_toml_is_found_too(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write(project / "docs" / "articlecli.toml", "strict = true\n")
    monkeypatch.chdir(project / "docs" / "articles")
    assert find_config() == config
    assert discover_config().strict is True


def test_nearest_directory_wins_and_nothing_is_merged(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "articlecli.toml", 'ignore = ["AC104"]\nstrict = true\n')
    nearer = write(project / "docs" / "pyproject.toml", '[tool.articlecli]\nselect = ["AC10"]\n')
    monkeypatch.chdir(project / "docs" / "articles")
    assert find_config() == nearer
    config = discover_config()
    assert (config.select, config.ignore, config.strict) == (("AC10",), None, None)


def test_articlecli_toml_wins_over_pyproject_in_one_directory(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.articlecli]\nselect = ["AC101"]\n')
    own = write(project / "articlecli.toml", 'select = ["AC102"]\n')
    assert find_config(project) == own
    assert discover_config(project).select == ("AC102",)


def test_pyproject_without_our_table_is_passed_over(project: Path) -> None:
    outer = write(project / "articlecli.toml", 'require = ["url"]\n')
    write(project / "docs" / "pyproject.toml", "[tool.black]\nline-length = 88\n")
    assert find_config(project / "docs" / "articles") == outer


def test_no_configuration_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    if find_config() is not None:  # a stray file above the temp folder: nothing to test
        pytest.skip("a configuration file exists above the temporary directory")
    assert discover_config() == Config()


def test_explicit_file_of_any_name(tmp_path: Path) -> None:
    path = write(tmp_path / "ci-validate.toml", 'select = ["AC11"]\nrequire = ["byline"]\n')
    assert load_config(path) == Config(path=path, select=("AC11",), require=("byline",))


# --- bad configuration ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('selct = ["AC1"]\n', "unknown key 'selct' (did you mean 'select'?)"),
        ('today = "2025-01-01"\n', "unknown key 'today'"),
        ('select = "AC1"\n', "select must be a list of strings"),
        ("ignore = [101]\n", "ignore must be a list of strings"),
        ('strict = "yes"\n', "strict must be true or false"),
        ('select = ["AC9"]\n', "unknown rule selector 'AC9'"),
        ('require = ["author"]\n', "unknown field 'author'"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_articlecli_toml(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "articlecli.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path)), "the error names the file"


def test_bad_pyproject_names_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.articlecli]\nstrict = 1\n")
    with pytest.raises(ConfigError, match=r"\[tool\.articlecli\] in .*pyproject\.toml: strict"):
        load_config(path)


def test_broken_pyproject_is_an_error_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.articlecli\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="not valid TOML"):
        discover_config()


def test_tool_articlecli_must_be_a_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool]\narticlecli = "strict"\n')
    with pytest.raises(ConfigError, match="must be a table"):
        load_config(path)


# --- merging with the command line ------------------------------------------------------


def test_defaults_without_config_or_flags() -> None:
    assert resolve_options(Config(), today=TODAY) == Options(
        today=TODAY, select=DEFAULT_SELECT, ignore=(), require=(), strict=False
    )


def test_config_values_apply_when_the_command_line_is_silent() -> None:
    config = Config(select=("AC1",), ignore=("AC104",), require=("url",), strict=True)
    options = resolve_options(config, today=TODAY)
    assert options == Options(
        today=TODAY, select=("AC1",), ignore=("AC104",), require=("url",), strict=True
    )


def test_command_line_wins_key_by_key() -> None:
    config = Config(select=("AC1",), ignore=("AC104",), require=("url",), strict=True)
    options = resolve_options(
        config, today=TODAY, select=["AC101,AC102", "AC103"], ignore=[], strict=False
    )
    assert options.select == ("AC101", "AC102", "AC103")
    assert options.ignore == ()  # given, and empty: replaces the configured list
    assert options.require == ("url",)  # not given: the configured value stays
    assert options.strict is False


def test_bad_command_line_values_name_the_command_line() -> None:
    with pytest.raises(ConfigError, match=r"^command line: unknown rule selector 'XX'"):
        resolve_options(Config(), today=TODAY, ignore=["XX"])
    with pytest.raises(ConfigError, match="unknown field 'writer'"):
        resolve_options(Config(), today=TODAY, require=["byline,writer"])


def test_split_list() -> None:
    assert split_list(["AC101, AC102", "", "AC103,"]) == ("AC101", "AC102", "AC103")
