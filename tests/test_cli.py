"""The command line in-process (CliRunner): options, formats, outputs and messages."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import click
import pytest

from articlecli import parse
from articlecli.cli import console
from articlecli.cli import main as cli_main
from articlecli.cli import run as cli_run
from articlecli.model import Article, Source
from articlecli.render.jsonout import to_json, to_json_array
from articlecli.render.markdown import to_markdown
from articlecli.render.text import to_text
from helpers import BRIDGE, COUNCIL, HARBOUR, describe, invoke, temp_files, write_tree


def located(text: str, path: str, index: int = 0) -> Article:
    """Return what convert should produce for ``text`` read from ``path``."""
    return parse(text, source=path).with_source(Source(path=path, index=index, line=1))


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small tree of dumps (with a hidden file) in the working directory."""
    monkeypatch.chdir(tmp_path)
    return write_tree(
        tmp_path / "dumps",
        {
            "harbour.txt": HARBOUR,
            "sub/bridge.txt": BRIDGE,
            "council.txt": COUNCIL,
            ".hidden.txt": "Not Read\n\nBy Nobody\n",
            ".git/config.txt": "Not Read Either\n",
        },
    )


# --- stdout formats --------------------------------------------------------------------


@pytest.mark.parametrize(("argv", "code"), [(["--version"], 0), (["no-such-command"], 2)])
def test_the_command_exits_with_mains_status_and_its_objects_frozen(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], code: int
) -> None:
    """``articlecli`` (``cli.run``) is ``main`` and a freeze of the collector, whose last walk
    at exit it spares the process (see ``test_cli_e2e`` for output through it)."""
    monkeypatch.setattr(sys, "argv", ["articlecli", *argv])
    assert gc.get_freeze_count() == 0
    try:
        with pytest.raises(SystemExit) as exit_:
            cli_run()
        assert exit_.value.code == code
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_one_file_gives_one_pretty_object(corpus: Path) -> None:
    result = invoke(["convert", "dumps/harbour.txt"])
    assert result.exit_code == 0, describe(result)
    assert result.stderr == "", describe(result)
    assert result.stdout == to_json(located(HARBOUR, "dumps/harbour.txt")) + "\n", describe(result)
    data = json.loads(result.stdout)
    assert data["headline"] == "Harbour Reopens After Storms"
    assert data["source"] == {"path": "dumps/harbour.txt", "index": 0, "line": 1}


def test_directory_is_walked_sorted_skipping_hidden_and_gives_an_array(corpus: Path) -> None:
    result = invoke(["convert", "dumps"])
    assert result.exit_code == 0, describe(result)
    expected = [
        located(COUNCIL, "dumps/council.txt"),
        located(HARBOUR, "dumps/harbour.txt"),
        located(BRIDGE, "dumps/sub/bridge.txt"),
    ]
    # Streamed element by element, yet byte for byte what the array renderer gives.
    assert result.stdout == to_json_array(expected) + "\n", describe(result)


def test_jsonl_is_one_compact_line_per_article_in_input_order(corpus: Path) -> None:
    result = invoke(["convert", "dumps/sub/bridge.txt", "dumps/harbour.txt", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    lines = result.stdout.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == [
        "New Bridge Opens to Traffic",
        "Harbour Reopens After Storms",
    ], describe(result)
    assert all(": " not in line[:20] for line in lines), "JSON Lines should be compact"


@pytest.mark.parametrize(
    ("fmt", "render"), [("markdown", to_markdown), ("text", to_text)], ids=["markdown", "text"]
)
def test_markdown_and_text_match_their_renderers(corpus: Path, fmt: str, render) -> None:  # type: ignore[no-untyped-def]
    result = invoke(["convert", "dumps/harbour.txt", "--to", fmt])
    assert result.exit_code == 0, describe(result)
    expected = render(located(HARBOUR, "dumps/harbour.txt"))
    assert result.stdout.rstrip("\n") == expected.rstrip("\n"), describe(result)


def test_fields_keeps_only_the_named_keys_in_that_order(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "--to", "jsonl", "--fields", "url, headline"])
    assert result.exit_code == 0, describe(result)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(r) for r in records] == [["url", "headline"]] * 3, describe(result)


def test_unknown_field_is_a_usage_error_naming_the_valid_ones(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "--fields", "headline,colour"])
    assert result.exit_code == 2, describe(result)
    assert result.stdout == "", describe(result)
    assert "'colour'" in result.stderr and "valid fields" in result.stderr, describe(result)


def test_fields_with_markdown_is_a_usage_error(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "--to", "markdown", "--fields", "headline"])
    assert result.exit_code == 2, describe(result)
    assert "--fields applies only to --to json and --to jsonl" in result.stderr, describe(result)


def test_unknown_format_is_a_usage_error(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "--to", "yaml"])
    assert result.exit_code == 2, describe(result)
    assert "'yaml' is not one of" in result.stderr, describe(result)


# --- stdin ----------------------------------------------------------------------------


def test_no_input_reads_piped_stdin() -> None:
    result = invoke(["convert", "--to", "jsonl"], input=HARBOUR)
    assert result.exit_code == 0, describe(result)
    record = json.loads(result.stdout)
    assert record["headline"] == "Harbour Reopens After Storms", describe(result)
    assert record["source"]["path"] == "<stdin>", describe(result)


def test_a_json_lines_item_holding_no_value_is_left_out_and_said() -> None:
    """A scraper's item that found nothing is no article: left out, with a warning on
    stderr naming its line; the other items are converted and the exit is 0."""
    lines = (
        '{"title": null, "body": null}\n'
        '{"title": "Ferry resumes", "body": "The ferry ran again on Monday."}\n'
        '{"title": "", "body": []}\n'
    )
    result = invoke(["convert", "-", "--to", "jsonl"], input=lines)
    assert result.exit_code == 0, describe(result)
    assert [json.loads(line)["headline"] for line in result.stdout.splitlines()] == [
        "Ferry resumes"
    ]
    warned = [line for line in result.stderr.splitlines() if "holds no article" in line]
    assert [line.partition("<stdin>:")[2].split(":")[0] for line in warned] == ["1", "3"], describe(
        result
    )


def test_dash_reads_stdin_among_files(corpus: Path) -> None:
    result = invoke(["convert", "dumps/harbour.txt", "-", "--to", "jsonl"], input=BRIDGE)
    assert result.exit_code == 0, describe(result)
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths == ["dumps/harbour.txt", "<stdin>"], describe(result)


def test_no_input_with_stdin_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "stdin_is_tty", lambda: True)
    result = invoke(["convert"])
    assert result.exit_code == 2, describe(result)
    assert "no input" in result.stderr, describe(result)
    assert result.stdout == "", describe(result)


def test_stdin_twice_is_a_usage_error() -> None:
    result = invoke(["convert", "-", "-"], input=HARBOUR)
    assert result.exit_code == 2, describe(result)
    assert "only once" in result.stderr, describe(result)


def test_output_dir_with_stdin_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(["convert", "-", "--output-dir", str(tmp_path / "out")], input=HARBOUR)
    assert result.exit_code == 2, describe(result)
    assert "stdin has no file name" in result.stderr, describe(result)
    assert not (tmp_path / "out").exists()


# --- reading our own output back -------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_own_output_reads_back_as_the_same_article(corpus: Path, fmt: str) -> None:
    direct = invoke(["convert", "dumps/harbour.txt", "--to", "json"])
    written = invoke(["convert", "dumps/harbour.txt", "--to", fmt])
    again = invoke(["convert", "-", "--to", "json"], input=written.stdout)
    assert again.exit_code == 0, describe(again)
    first, second = json.loads(direct.stdout), json.loads(again.stdout)
    first.pop("source")
    second.pop("source")
    assert second == first, describe(again)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_several_articles_read_back_as_several(corpus: Path, fmt: str) -> None:
    written = invoke(["convert", "dumps", "--to", fmt])
    again = invoke(
        ["convert", "-", "--to", "jsonl", "--fields", "headline,source"], input=written.stdout
    )
    assert again.exit_code == 0, describe(again)
    records = [json.loads(line) for line in again.stdout.splitlines()]
    assert [r["headline"] for r in records] == [
        "Council Approves Budget",
        "Harbour Reopens After Storms",
        "New Bridge Opens to Traffic",
    ], describe(again)
    assert [r["source"]["index"] for r in records] == [0, 1, 2], describe(again)


# --- -o FILE ----------------------------------------------------------------------------


def test_output_file_gets_what_stdout_would(corpus: Path) -> None:
    to_stdout = invoke(["convert", "dumps", "--to", "jsonl"])
    result = invoke(["convert", "dumps", "--to", "jsonl", "-o", "all.jsonl"])
    assert result.exit_code == 0, describe(result)
    assert result.stdout == "" and result.stderr == "", describe(result)
    assert Path("all.jsonl").read_text(encoding="utf-8") == to_stdout.stdout
    assert temp_files(Path.cwd()) == []


def test_output_file_is_not_overwritten_without_force(corpus: Path) -> None:
    Path("all.json").write_text("keep me", encoding="utf-8")
    result = invoke(["convert", "dumps", "-o", "all.json"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        "articlecli: error: all.json: already exists (use --force to overwrite)\n"
    ), describe(result)
    assert Path("all.json").read_text(encoding="utf-8") == "keep me"

    forced = invoke(["convert", "dumps", "-o", "all.json", "--force"])
    assert forced.exit_code == 0, describe(forced)
    assert len(json.loads(Path("all.json").read_text(encoding="utf-8"))) == 3


def test_dash_output_means_stdout(corpus: Path) -> None:
    result = invoke(["convert", "dumps/harbour.txt", "-o", "-", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    assert json.loads(result.stdout)["headline"] == "Harbour Reopens After Storms"


def test_output_and_output_dir_together_is_a_usage_error(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "-o", "a.json", "--output-dir", "out"])
    assert result.exit_code == 2, describe(result)
    assert "not both" in result.stderr, describe(result)


def test_output_file_inside_the_input_directory_is_not_read_back(corpus: Path) -> None:
    first = invoke(["convert", "dumps", "--to", "jsonl", "-o", "dumps/all.jsonl"])
    second = invoke(["convert", "dumps", "--to", "jsonl", "-o", "dumps/all.jsonl", "--force"])
    assert second.exit_code == 0, describe(second)
    assert len(Path("dumps/all.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert first.exit_code == 0, describe(first)


# --- --output-dir ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "extension"), [("json", ".json"), ("jsonl", ".jsonl"), ("markdown", ".md")]
)
def test_output_dir_mirrors_subfolders(corpus: Path, fmt: str, extension: str) -> None:
    result = invoke(["convert", "dumps", "--output-dir", "out", "--to", fmt])
    assert result.exit_code == 0, describe(result)
    assert result.stdout == "", describe(result)
    written = sorted(str(p.relative_to("out")) for p in Path("out").rglob("*") if p.is_file())
    assert written == sorted(
        f"{name}{extension}" for name in ("council", "harbour", "sub/bridge")
    ), describe(result)


def test_output_dir_file_holds_the_single_article(corpus: Path) -> None:
    result = invoke(["convert", "dumps/harbour.txt", "--output-dir", "out"])
    assert result.exit_code == 0, describe(result)
    expected = to_json(located(HARBOUR, "dumps/harbour.txt")) + "\n"
    assert Path("out/harbour.json").read_text(encoding="utf-8") == expected


def test_output_dir_refuses_existing_files_before_writing_any(corpus: Path) -> None:
    write_tree(Path("out"), {"harbour.json": "old"})
    result = invoke(["convert", "dumps", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        "articlecli: error: out/harbour.json: already exists (use --force to overwrite)\n"
    ), describe(result)
    assert sorted(p.name for p in Path("out").rglob("*")) == ["harbour.json"]
    assert Path("out/harbour.json").read_text(encoding="utf-8") == "old"

    forced = invoke(["convert", "dumps", "--output-dir", "out", "--force"])
    assert forced.exit_code == 0, describe(forced)
    assert json.loads(Path("out/harbour.json").read_text(encoding="utf-8"))["headline"]


def test_output_dir_inside_the_input_directory_is_not_walked(corpus: Path) -> None:
    first = invoke(["convert", "dumps", "--output-dir", "dumps/json"])
    second = invoke(["convert", "dumps", "--output-dir", "dumps/json", "--force"])
    assert first.exit_code == 0, describe(first)
    assert second.exit_code == 0, describe(second)
    assert not Path("dumps/json/json").exists()


def test_inputs_are_never_overwritten_even_with_force(corpus: Path) -> None:
    before = Path("dumps/harbour.txt").read_text(encoding="utf-8")
    result = invoke(["convert", "dumps", "--to", "text", "--output-dir", "dumps", "--force"])
    assert result.exit_code == 1, describe(result)
    assert "inputs are never modified" in result.stderr, describe(result)
    assert Path("dumps/harbour.txt").read_text(encoding="utf-8") == before


# --- failures, --fail-fast, --quiet ----------------------------------------------------


def test_a_failing_input_is_reported_and_the_run_goes_on(corpus: Path) -> None:
    write_tree(Path("."), {"empty.txt": ""})
    result = invoke(["convert", "empty.txt", "dumps/harbour.txt", "--to", "jsonl"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: empty.txt:1: input is empty\n", describe(result)
    assert json.loads(result.stdout)["headline"] == "Harbour Reopens After Storms"


def test_fail_fast_stops_at_the_first_failure(corpus: Path) -> None:
    write_tree(Path("."), {"empty.txt": "", "blank.txt": "\n\n"})
    args = ["convert", "empty.txt", "blank.txt", "dumps/harbour.txt", "--to", "jsonl"]
    result = invoke([*args, "--fail-fast"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: empty.txt:1: input is empty\n", describe(result)
    assert result.stdout == "", describe(result)


def test_fail_fast_stops_before_converting_when_a_path_is_missing(corpus: Path) -> None:
    result = invoke(["convert", "dumps/harbour.txt", "missing.txt", "--fail-fast"])
    assert result.exit_code == 1, describe(result)
    # Paths are checked before any conversion starts, so nothing is converted.
    assert result.stderr == ("articlecli: error: missing.txt: no such file or directory\n"), (
        describe(result)
    )
    assert result.stdout == "", describe(result)


def test_fail_fast_discards_the_output_file(corpus: Path) -> None:
    write_tree(Path("."), {"empty.txt": ""})
    result = invoke(["convert", "dumps/harbour.txt", "empty.txt", "--fail-fast", "-o", "o.json"])
    assert result.exit_code == 1, describe(result)
    assert not Path("o.json").exists()
    assert temp_files(Path.cwd()) == []


def test_quiet_hides_warnings_but_not_errors(corpus: Path) -> None:
    write_tree(Path("."), {"latin.txt": b"Caf\xe9 Opens\n\nBy AFP\n\nThe caf\xe9 opened.\n"})
    loud = invoke(["convert", "latin.txt", "missing.txt"])
    quiet = invoke(["convert", "latin.txt", "missing.txt", "--quiet"])
    assert "warning" in loud.stderr, describe(loud)
    assert quiet.stderr == "articlecli: error: missing.txt: no such file or directory\n", describe(
        quiet
    )
    assert quiet.exit_code == loud.exit_code == 1


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    result = invoke(["convert", "dumps", "--to", "jsonl"])
    assert result.stderr == "", describe(result)


def test_progress_bar_never_touches_stdout(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend stderr is a terminal: the bar is built (and Rich sees no real terminal, so it
    # draws nothing), while every JSON line still reaches stdout intact.
    monkeypatch.setattr(console, "stderr_is_tty", lambda: True)
    result = invoke(["convert", "dumps", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 3


# --- schema, version, help -------------------------------------------------------------


def test_schema_prints_a_draft_2020_12_schema() -> None:
    result = invoke(["schema"])
    assert result.exit_code == 0, describe(result)
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", describe(result)


def test_version_matches_the_installed_metadata() -> None:
    """--version reads _version.py (fast); the built package must say the same."""
    from importlib.metadata import version

    result = invoke(["--version"])
    assert result.exit_code == 0, describe(result)
    assert result.stdout == f"articlecli, version {version('articlecli')}\n", describe(result)


def all_commands() -> list[tuple[str, ...]]:
    """Return the argument path of the group and of every command in it."""
    assert isinstance(cli_main, click.Group)
    # list_commands, not .commands: the group imports its commands only when asked for them.
    names = cli_main.list_commands(click.Context(cli_main))
    return [(), *((name,) for name in names)]


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p) or "articlecli")
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_examples(path: tuple[str, ...], flag: str) -> None:
    result = invoke([*path, flag])
    assert result.exit_code == 0, describe(result)
    assert "Examples:" in result.stdout, describe(result)
    examples = result.stdout.split("Examples:", 1)[1].strip().splitlines()
    assert examples and all("articlecli" in line for line in examples[:2]), describe(result)


def test_every_command_is_covered_by_the_help_test() -> None:
    names = {path[0] for path in all_commands() if path}
    assert {"convert", "inspect", "schema", "split", "validate"} <= names


# --- inspect ---------------------------------------------------------------------------


def test_inspect_plain_text_names_each_line_role(tmp_path: Path) -> None:
    story = write_tree(tmp_path, {"story.txt": HARBOUR}) / "story.txt"
    result = invoke(["inspect", str(story)])
    assert result.exit_code == 0, describe(result)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["1", "headline", "|", "Harbour", "Reopens", "After", "Storms"]
    assert "Fields:" in lines and any(line.startswith("Warnings") for line in lines)
    assert any("byline" in line and "AFP" in line for line in lines), describe(result)
    assert "\x1b[" not in result.stdout, "no colour codes when stdout is not a terminal"


def test_inspect_on_a_terminal_escapes_user_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = write_tree(
        tmp_path, {"story.txt": "[bold]Markup[/bold] In A Headline\n\nBy AFP\n\nA [red]body[/].\n"}
    )
    monkeypatch.setattr(console, "stdout_is_tty", lambda: True)
    result = invoke(["inspect", str(story / "story.txt")])
    assert result.exit_code == 0, describe(result)
    assert "[bold]Markup[/bold] In A Headline" in result.stdout, describe(result)
    assert "[red]body[/]" in result.stdout, describe(result)
    assert "Fields" in result.stdout, describe(result)


def test_inspect_reads_stdin() -> None:
    result = invoke(["inspect", "-"], input=BRIDGE)
    assert result.exit_code == 0, describe(result)
    assert "New Bridge Opens to Traffic" in result.stdout, describe(result)


def test_inspect_reports_a_directory(tmp_path: Path) -> None:
    result = invoke(["inspect", str(tmp_path)])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        f"articlecli: error: {tmp_path}: is a directory; inspect takes one file\n"
    ), describe(result)
