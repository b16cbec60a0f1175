"""Each kind of bad input or output from issue 3: its one-line message and its exit code."""

from __future__ import annotations

import builtins
import errno
import json
import os
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from articlecli import inputs
from articlecli.cli import console
from articlecli.cli import convert as convert_module
from articlecli.codes import code_of
from helpers import BRIDGE, HARBOUR, describe, invoke, temp_files, write_tree


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run every test in its own empty working directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_missing_path(in_tmp: Path) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR})
    result = invoke(["convert", "nope.txt", "a.txt", "--to", "jsonl"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: nope.txt: no such file or directory\n", describe(
        result
    )
    assert json.loads(result.stdout)["source"]["path"] == "a.txt", "the run goes on"


def test_broken_symbolic_link(in_tmp: Path) -> None:
    os.symlink(in_tmp / "gone.txt", in_tmp / "link.txt")
    result = invoke(["convert", "link.txt"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: link.txt: broken symbolic link\n", describe(result)


@pytest.mark.parametrize(
    "files",
    [{}, {".hidden.txt": HARBOUR}, {".cache/a.txt": HARBOUR}],
    ids=["empty", "only-hidden-files", "only-hidden-folders"],
)
def test_directory_with_no_readable_files(in_tmp: Path, files: dict[str, str]) -> None:
    (in_tmp / "dumps").mkdir()
    write_tree(in_tmp / "dumps", files)
    result = invoke(["convert", "dumps"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: dumps: directory has no readable files\n", describe(
        result
    )
    assert result.stdout == "", describe(result)


def test_directory_with_only_binary_files(in_tmp: Path) -> None:
    write_tree(in_tmp / "dumps", {"logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    result = invoke(["convert", "dumps"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr.splitlines() == [
        "articlecli: warning: dumps/logo.png:3: skipped: file is binary (NUL byte), not text",
        "articlecli: error: dumps: directory has no readable files",
    ], describe(result)


def test_binary_file_in_a_directory_is_reported_and_skipped(in_tmp: Path) -> None:
    write_tree(in_tmp / "dumps", {"a.txt": HARBOUR, "b.bin": b"\x00\x01\x02"})
    result = invoke(["convert", "dumps", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    assert result.stderr == (
        "articlecli: warning: dumps/b.bin:1: skipped: file is binary (NUL byte), not text\n"
    ), describe(result)
    assert len(result.stdout.splitlines()) == 1, describe(result)


def test_binary_file_named_on_the_command_line(in_tmp: Path) -> None:
    write_tree(in_tmp, {"photo.jpg": b"\xff\xd8\xff\xe0\n\n\x00\x10JFIF"})
    result = invoke(["convert", "photo.jpg"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        "articlecli: error: photo.jpg:3: file is binary (NUL byte), not text\n"
    ), describe(result)
    assert result.stdout == "", describe(result)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads any file whatever its permissions (simulated in the next test)",
)
def test_unreadable_file(in_tmp: Path) -> None:
    write_tree(in_tmp, {"secret.txt": HARBOUR, "a.txt": BRIDGE})
    (in_tmp / "secret.txt").chmod(0)
    try:
        result = invoke(["convert", "secret.txt", "a.txt", "--to", "jsonl"])
    finally:
        (in_tmp / "secret.txt").chmod(0o644)
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: secret.txt: permission denied\n", describe(result)
    assert len(result.stdout.splitlines()) == 1, describe(result)


def test_unreadable_file_simulated(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(in_tmp, {"secret.txt": HARBOUR, "a.txt": BRIDGE})
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("secret.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    result = invoke(["convert", "secret.txt", "a.txt", "--to", "jsonl"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: secret.txt: permission denied\n", describe(result)
    assert len(result.stdout.splitlines()) == 1, describe(result)


def test_unreadable_file_inside_a_directory_still_fails(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(in_tmp / "dumps", {"secret.txt": HARBOUR})

    def denied(item: inputs.InputItem) -> BinaryIO:
        raise inputs.InputReadError("permission denied")

    # convert streams its inputs: open_input is where a file is opened for reading.
    monkeypatch.setattr(convert_module, "open_input", denied)
    result = invoke(["convert", "dumps"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr.splitlines() == [
        "articlecli: error: dumps/secret.txt: permission denied",
        "articlecli: error: dumps: directory has no readable files",
    ], describe(result)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "input is empty"), (b"\n  \n\t\n", "input has only blank lines")],
    ids=["empty", "blank"],
)
def test_empty_file(in_tmp: Path, content: bytes, message: str) -> None:
    write_tree(in_tmp, {"empty.txt": content})
    result = invoke(["convert", "empty.txt"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == f"articlecli: error: empty.txt:1: {message}\n", describe(result)
    assert result.stdout == "", describe(result)


def test_empty_stdin() -> None:
    result = invoke(["convert"], input="")
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: <stdin>:1: input is empty\n", describe(result)


def test_invalid_utf8_is_read_as_cp1252_with_a_warning(in_tmp: Path) -> None:
    dump = b"\x93Caf\xe9\x94 Owners Reopen\n\nBy AFP\n\nThe caf\xe9 on the corner reopened.\n"
    write_tree(in_tmp, {"latin.txt": dump})
    result = invoke(["convert", "latin.txt"])
    assert result.exit_code == 0, describe(result)
    assert result.stderr == (
        "articlecli: warning: latin.txt:1: not valid UTF-8 (byte 0x93); read as cp1252\n"
    ), describe(result)
    article = json.loads(result.stdout)
    assert article["headline"] == "\u201cCaf\u00e9\u201d Owners Reopen", describe(result)
    assert code_of("encoding-fallback") in [w["code"] for w in article["warnings"]]


def test_reading_our_own_json_back_does_not_repeat_an_old_encoding_warning(in_tmp: Path) -> None:
    """The stored AC109 is about the original bytes; the JSON read now is valid UTF-8."""
    dump = b"Caf\xe9 Owners Reopen\n\nBy AFP\n\nThe caf\xe9 on the corner reopened.\n"
    write_tree(in_tmp, {"latin.txt": dump})
    first = invoke(["convert", "latin.txt", "-o", "latin.json"])
    assert first.exit_code == 0, describe(first)
    again = invoke(["convert", "latin.json"])
    assert again.exit_code == 0, describe(again)
    assert again.stderr == "", describe(again)
    article = json.loads(again.stdout)
    assert code_of("encoding-fallback") in [w["code"] for w in article["warnings"]]


def test_output_dir_that_is_a_file(in_tmp: Path) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR, "out": "I am a file"})
    result = invoke(["convert", "a.txt", "--output-dir", "out"])
    assert result.exit_code == 2, describe(result)
    assert "Invalid value for '--output-dir'" in result.stderr, describe(result)
    assert "'out' is a file" in result.stderr, describe(result)
    assert (in_tmp / "out").read_text(encoding="utf-8") == "I am a file"


def test_output_subfolder_blocked_by_a_file(in_tmp: Path) -> None:
    write_tree(in_tmp / "dumps", {"sub/a.txt": HARBOUR})
    write_tree(in_tmp, {"out/sub": "a file where a folder should be"})
    result = invoke(["convert", "dumps", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr.startswith("articlecli: error: out/sub/a.json: "), describe(result)
    assert "a file is in the way" in result.stderr, describe(result)


def test_two_inputs_writing_the_same_output_name(in_tmp: Path) -> None:
    write_tree(in_tmp / "dumps", {"story.txt": HARBOUR, "story.md": BRIDGE, "other.txt": BRIDGE})
    result = invoke(["convert", "dumps", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        "articlecli: error: out/story.json: would be written by 2 inputs: "
        "dumps/story.md, dumps/story.txt\n"
    ), describe(result)
    assert not (in_tmp / "out").exists() or list((in_tmp / "out").iterdir()) == [], (
        "nothing may be written when names collide"
    )


def test_same_name_from_two_arguments(in_tmp: Path) -> None:
    write_tree(in_tmp, {"a/story.txt": HARBOUR, "b/story.txt": BRIDGE})
    result = invoke(["convert", "a/story.txt", "b/story.txt", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)
    assert "would be written by 2 inputs: a/story.txt, b/story.txt" in result.stderr, describe(
        result
    )


def enospc(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_with_output_dir(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(in_tmp / "dumps", {"a.txt": HARBOUR, "b.txt": BRIDGE, "c.txt": HARBOUR})
    real_fdopen = os.fdopen

    class FullDisk:
        """A file whose every write fails as on a full disk."""

        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    monkeypatch.setattr(os, "fdopen", FullDisk)
    result = invoke(["convert", "dumps", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)
    # One line, not one per input: the run stops at the first full-disk error.
    assert result.stderr == "articlecli: error: out/a.json: no space left on device\n", describe(
        result
    )
    assert [p for p in (in_tmp / "out").rglob("*") if p.is_file()] == []
    assert temp_files(in_tmp) == []


def test_full_disk_with_output_file(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR})
    # Many file systems report a full disk only when the data is flushed to it.
    monkeypatch.setattr(os, "fsync", enospc)
    result = invoke(["convert", "a.txt", "a.txt", "-o", "all.json"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: all.json: no space left on device\n", describe(
        result
    )
    assert sorted(p.name for p in in_tmp.iterdir()) == ["a.txt"], "no file, no temporary file"


def test_full_disk_on_stdout(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR, "b.txt": BRIDGE})

    class FullStream:
        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            pass

    monkeypatch.setattr(console, "stdout", FullStream)
    result = invoke(["convert", "a.txt", "b.txt", "--to", "jsonl"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: <stdout>: no space left on device\n", describe(
        result
    )


def test_output_file_that_is_an_input(in_tmp: Path) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR})
    result = invoke(["convert", "a.txt", "--to", "text", "-o", "a.txt", "--force"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == (
        "articlecli: error: a.txt: is an input (a.txt); inputs are never modified\n"
    ), describe(result)
    assert (in_tmp / "a.txt").read_text(encoding="utf-8") == HARBOUR


def test_output_file_in_a_missing_folder(in_tmp: Path) -> None:
    write_tree(in_tmp, {"a.txt": HARBOUR})
    result = invoke(["convert", "a.txt", "-o", "nowhere/a.json"])
    assert result.exit_code == 1, describe(result)
    assert result.stderr == "articlecli: error: nowhere/a.json: no such directory\n", describe(
        result
    )


# JSON nested thousands deep: Python's decoders recurse once a level and give up.
DEEP_JSON = "[" * 3000 + '{"title": "Ferry resumes"}\n'


@pytest.mark.parametrize("command", ["convert", "validate"])
def test_json_nested_too_deep_is_one_error_and_other_files_go_on(
    in_tmp: Path, command: str
) -> None:
    write_tree(in_tmp, {"deep.json": DEEP_JSON, "ok.txt": HARBOUR})
    result = invoke([command, "deep.json", "ok.txt"])
    assert result.exit_code == 1, describe(result)
    assert "Traceback" not in result.stderr + result.stdout, describe(result)
    assert "deep.json:1" in result.stderr + result.stdout, describe(result)
    assert "input nests brackets too deeply to read" in result.stderr + result.stdout
    if command == "convert":
        assert '"headline"' in result.stdout, describe(result)  # ok.txt was converted
