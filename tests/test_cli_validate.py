"""``articlecli validate`` on the command line: formats, exit codes, configuration, walks."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from articlecli.cli import console, validate_cmd
from articlecli.codes import RULES
from articlecli.inputs import ARTICLE_SUFFIXES
from articlecli.reporters import FORMATTERS
from helpers import describe, invoke, run_installed, write_tree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "validate"
TODAY = ["--today", "2025-03-20"]

CLEAN = "clean.txt"
NO_HEADLINE = "ac101_missing_headline.txt"  # one error, AC101 at line 1
NO_BYLINE = "ac104_missing_byline.txt"  # one warning, AC104 at line 1
FUTURE = "ac112_future_date.txt"  # one error, AC112 at line 5 with TODAY


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding the validate fixtures named above, and no config."""
    for name in (CLEAN, NO_HEADLINE, NO_BYLINE, FUTURE):
        shutil.copy(FIXTURES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- text format and exit codes ----------------------------------------------------------


def test_clean_file_passes_silently(here: Path) -> None:
    result = invoke(["validate", *TODAY, CLEAN])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), describe(result)


def test_error_gives_a_ruff_style_line_and_exit_1(here: Path) -> None:
    result = invoke(["validate", *TODAY, NO_HEADLINE, CLEAN])
    assert result.exit_code == 1, describe(result)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{NO_HEADLINE}:1:1: AC101 "), describe(result)
    assert result.stderr == "", describe(result)


def test_warnings_alone_exit_0(here: Path) -> None:
    result = invoke(["validate", *TODAY, NO_BYLINE])
    assert result.exit_code == 0, describe(result)
    assert result.stdout.startswith(f"{NO_BYLINE}:1:1: AC104 "), describe(result)


def test_strict_makes_warnings_fail(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--strict", NO_BYLINE])
    assert result.exit_code == 1, describe(result)
    assert "AC104" in result.stdout, describe(result)


def test_today_decides_what_is_in_the_future(here: Path) -> None:
    before = invoke(["validate", "--today", "2025-03-20", FUTURE])
    assert before.exit_code == 1, describe(before)
    assert before.stdout.startswith(f"{FUTURE}:5:1: AC112 "), describe(before)
    after = invoke(["validate", "--today", "2025-04-02", FUTURE])
    assert (after.exit_code, after.stdout) == (0, ""), describe(after)


def test_today_must_be_a_date(here: Path) -> None:
    result = invoke(["validate", "--today", "20/03/2025", CLEAN])
    assert result.exit_code == 2, describe(result)
    assert "--today" in result.stderr, describe(result)


def test_select_ignore_require_are_comma_lists_and_repeatable(here: Path) -> None:
    ignored = invoke(["validate", *TODAY, "--ignore", "AC101,AC104", NO_HEADLINE, NO_BYLINE])
    assert (ignored.exit_code, ignored.stdout) == (0, ""), describe(ignored)
    selected = invoke(
        ["validate", *TODAY, "--select", "AC104", "--select", "AC112", NO_HEADLINE, NO_BYLINE]
    )
    assert [line.split()[1] for line in selected.stdout.splitlines()] == ["AC104"], describe(
        selected
    )
    required = invoke(["validate", *TODAY, "--require", "byline", NO_BYLINE])
    assert required.exit_code == 1, describe(required)
    assert "AC104" in required.stdout, describe(required)


def test_unknown_rule_is_a_usage_error(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--select", "AC999", CLEAN])
    assert result.exit_code == 2, describe(result)
    assert result.stdout == "", describe(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("articlecli: error: "), describe(result)
    assert "AC999" in lines[0], describe(result)


# --- other formats -------------------------------------------------------------------------


def test_json_is_one_report(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--output-format", "json", NO_HEADLINE, NO_BYLINE])
    assert result.exit_code == 1, describe(result)
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert [f["code"] for f in report["findings"]] == ["AC101", "AC104"], describe(result)
    assert report["files"] == [NO_HEADLINE, NO_BYLINE]
    assert report["summary"]["errors"] == 1 and report["summary"]["warnings"] == 1


def test_github_annotations_line_by_line(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--output-format", "github", NO_HEADLINE, NO_BYLINE])
    assert result.exit_code == 1, describe(result)
    lines = result.stdout.splitlines()
    assert len(lines) == 2, describe(result)
    assert lines[0].startswith(f"::error file={NO_HEADLINE},line=1,col=1,title=AC101::AC101 ")
    assert lines[1].startswith(f"::warning file={NO_BYLINE},line=1,col=1,title=AC104::AC104 ")


def test_junit_parses_as_xml(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--output-format", "junit", NO_HEADLINE, CLEAN])
    assert result.exit_code == 1, describe(result)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None, describe(result)
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1"), describe(result)
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {NO_HEADLINE, CLEAN}
    assert cases[NO_HEADLINE].find("failure") is not None
    assert cases[CLEAN].find("failure") is None


def test_statistics_count_per_rule(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--statistics", NO_HEADLINE, NO_BYLINE, FUTURE])
    assert result.exit_code == 1, describe(result)
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert sorted(row[1] for row in rows) == ["AC101", "AC104", "AC112"], describe(result)
    assert all(row[0].strip() == "1" for row in rows), describe(result)


def test_list_rules_names_every_rule() -> None:
    result = invoke(["validate", "--list-rules"])
    assert result.exit_code == 0, describe(result)
    for rule in RULES:
        assert rule.code in result.stdout and rule.name in result.stdout, describe(result)


def test_output_format_names_match_the_reporters() -> None:
    assert tuple(FORMATTERS) == validate_cmd.OUTPUT_FORMATS


@pytest.mark.parametrize(
    "args",
    [
        ["--statistics", "--summary"],
        ["--statistics", "--output-format", "json"],
        ["--summary", "--output-format", "github"],
        ["--summary", "--output-format", "junit"],
    ],
)
def test_options_that_compete_for_stdout_are_usage_errors(here: Path, args: list[str]) -> None:
    result = invoke(["validate", *TODAY, *args, CLEAN])
    assert result.exit_code == 2, describe(result)
    assert result.stdout == "", describe(result)


# --- configuration -------------------------------------------------------------------------


def test_configuration_is_discovered_walking_up(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (here / "pyproject.toml").write_text('[tool.articlecli]\nignore = ["AC104"]\n', "utf-8")
    (here / "articles").mkdir()
    shutil.move(here / NO_BYLINE, here / "articles" / NO_BYLINE)
    monkeypatch.chdir(here / "articles")
    result = invoke(["validate", *TODAY, NO_BYLINE])
    assert (result.exit_code, result.stdout) == (0, ""), describe(result)


def test_command_line_wins_over_configuration(here: Path) -> None:
    (here / "articlecli.toml").write_text('ignore = ["AC104"]\nstrict = true\n', "utf-8")
    configured = invoke(["validate", *TODAY, NO_BYLINE, FUTURE])
    assert "AC104" not in configured.stdout and "AC112" in configured.stdout, describe(configured)
    overridden = invoke(["validate", *TODAY, "--ignore", "AC112", NO_BYLINE, FUTURE])
    assert "AC104" in overridden.stdout and "AC112" not in overridden.stdout, describe(overridden)
    assert overridden.exit_code == 1, "strict = true from the file still applies"
    relaxed = invoke(["validate", *TODAY, "--ignore", "AC112", "--no-strict", NO_BYLINE, FUTURE])
    assert relaxed.exit_code == 0, describe(relaxed)


def test_config_option_reads_that_file_only(here: Path) -> None:
    (here / "articlecli.toml").write_text('ignore = ["AC104"]\n', "utf-8")
    other = here / "ci.toml"
    other.write_text('select = ["AC101"]\n', "utf-8")
    result = invoke(["validate", *TODAY, "--config", str(other), NO_BYLINE, NO_HEADLINE])
    assert [line.split()[1] for line in result.stdout.splitlines()] == ["AC101"], describe(result)


@pytest.mark.parametrize(
    "text",
    ['strict = "yes"\n', 'selekt = ["AC1"]\n', 'select = ["AC999"]\n', "select = [\n"],
    ids=["wrong-type", "unknown-key", "unknown-code", "not-toml"],
)
def test_bad_configuration_is_one_line_and_exit_2(here: Path, text: str) -> None:
    (here / "articlecli.toml").write_text(text, "utf-8")
    result = invoke(["validate", *TODAY, CLEAN])
    assert result.exit_code == 2, describe(result)
    assert result.stdout == "", describe(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, describe(result)
    assert lines[0].startswith("articlecli: error: ") and "articlecli.toml" in lines[0]


def test_missing_config_file_is_exit_2(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--config", "nowhere.toml", CLEAN])
    assert result.exit_code == 2, describe(result)
    assert result.stderr.startswith("articlecli: error: nowhere.toml: "), describe(result)


# --- inputs --------------------------------------------------------------------------------


def test_a_walk_checks_article_files_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clean = (FIXTURES / CLEAN).read_text(encoding="utf-8")
    byline = (FIXTURES / NO_BYLINE).read_text(encoding="utf-8")
    write_tree(
        tmp_path,
        {
            "dumps/a.txt": clean,
            "dumps/sub/b.story": byline,
            "dumps/MANIFEST.tsv": "id\tfile\n1\ta.txt\n",
            "dumps/README.md": "# About these dumps\n",
            "dumps/script.py": "print('hi')\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    result = invoke(["validate", *TODAY, "--output-format", "json", "dumps"])
    assert result.exit_code == 0, describe(result)
    assert json.loads(result.stdout)["files"] == ["dumps/a.txt", "dumps/sub/b.story"]
    named = invoke(["validate", *TODAY, "--output-format", "json", "dumps/README.md"])
    assert json.loads(named.stdout)["files"] == ["dumps/README.md"], describe(named)


def test_help_lists_the_walked_suffixes() -> None:
    result = invoke(["validate", "--help"])
    text = " ".join(result.stdout.split())
    assert " ".join(ARTICLE_SUFFIXES) in text, describe(result)


def test_missing_path_and_empty_walk_are_unreadable_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path, {"data/list.tsv": "a\tb\n"})
    monkeypatch.chdir(tmp_path)
    result = invoke(["validate", *TODAY, "missing.txt", "data"])
    assert result.exit_code == 1, describe(result)
    lines = result.stdout.splitlines()
    assert lines[0] == "missing.txt:1:1: AC116 no such file or directory", describe(result)
    assert lines[1].startswith("data:1:1: AC116 directory has no article files"), describe(result)


def test_stdin_is_checked(here: Path) -> None:
    text = (here / NO_HEADLINE).read_text(encoding="utf-8")
    result = invoke(["validate", *TODAY, "-"], input=text)
    assert result.exit_code == 1, describe(result)
    assert result.stdout.startswith("<stdin>:1:1: AC101 "), describe(result)


def test_no_input_with_stdin_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "stdin_is_tty", lambda: True)
    result = invoke(["validate", *TODAY])
    assert result.exit_code == 2, describe(result)
    assert "no input" in result.stderr, describe(result)


# --- the summary on a terminal -------------------------------------------------------------


def test_terminal_summary_goes_to_stderr_only(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "stderr_is_tty", lambda: True)
    result = invoke(["validate", *TODAY, NO_HEADLINE, NO_BYLINE, CLEAN])
    assert result.exit_code == 1, describe(result)
    assert len(result.stdout.splitlines()) == 2, describe(result)
    assert "files checked" in result.stderr and "3" in result.stderr, describe(result)
    assert "AC101" in result.stderr and "missing-byline" in result.stderr, describe(result)


def test_quiet_drops_the_terminal_summary(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "stderr_is_tty", lambda: True)
    result = invoke(["validate", *TODAY, "-q", NO_HEADLINE])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "", describe(result)
    assert "AC101" in result.stdout, describe(result)


# --- --summary: fields found ---------------------------------------------------------------


def test_summary_is_a_plain_table_on_stdout(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--summary", CLEAN, NO_BYLINE, NO_HEADLINE])
    assert result.exit_code == 1, "the exit status still reports the findings"
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["file", "articles", "headline", "byline"], describe(result)
    rows = {line.split()[0]: line.split() for line in lines[1:4]}
    assert rows[NO_BYLINE][1:5] == ["1", "yes", "-", "-"], describe(result)
    assert rows[NO_HEADLINE][2] == "-", describe(result)
    assert any(line.split()[:3] == ["headline", "2", "3"] for line in lines), describe(result)
    assert lines[-1] == "3 files, 3 articles", describe(result)
    assert "AC101" not in result.stdout and "\x1b[" not in result.stdout, describe(result)


def test_summary_json(here: Path) -> None:
    result = invoke(["validate", *TODAY, "--summary", "--output-format", "json", CLEAN, NO_BYLINE])
    data = json.loads(result.stdout)
    assert [f["path"] for f in data["files"]] == [CLEAN, NO_BYLINE], describe(result)
    assert data["fields"]["byline"] == {"found": 1, "articles": 2, "percent": 50.0}
    assert data["totals"]["articles"] == 2


def test_summary_on_a_terminal_is_a_rich_table(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "stdout_is_tty", lambda: True)
    result = invoke(["validate", *TODAY, "--summary", CLEAN])
    assert "Fields found per file" in result.stdout, describe(result)
    assert "Fields found overall" in result.stdout, describe(result)


# --- the installed command -----------------------------------------------------------------


def test_installed_command_prints_github_annotations(here: Path) -> None:
    result = run_installed(
        ["validate", *TODAY, "--output-format", "github", NO_HEADLINE, NO_BYLINE], cwd=here
    )
    assert result.returncode == 1, describe(result)
    lines = result.stdout.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning"], describe(result)
    names = [NO_HEADLINE, NO_BYLINE]
    assert all(f"file={n}," in line for line, n in zip(lines, names, strict=True)), describe(result)
    assert result.stderr == "", describe(result)


def test_docs_list_the_walked_suffixes() -> None:
    docs = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    assert " ".join(f"`{suffix}`" for suffix in ARTICLE_SUFFIXES) in docs
