"""The installed ``articlecli`` as a subprocess: pipes, stdin, exit codes, signals, files.

These only show their real behaviour in a separate process: a reader closing the pipe,
Ctrl-C, what Python prints at exit, what gets imported at start-up.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import (
    BRIDGE,
    HARBOUR,
    describe,
    installed_articlecli,
    run_installed,
    temp_files,
    write_tree,
)

pytestmark = pytest.mark.skipif(
    not Path(installed_articlecli()).exists(), reason="articlecli is not installed here"
)

# Long enough that a few hundred articles overflow any pipe buffer (64 KiB on Linux).
LONG_PARAGRAPH = " ".join(["The storm kept the fleet ashore for a whole week."] * 12)


def big_directory(root: Path, count: int = 400) -> Path:
    """Write ``count`` distinct dumps under ``root / "big"``."""
    files = {
        f"big/{n // 100:02d}/story{n:04d}.txt": (
            f"Fleet Stays Ashore in Story {n}\n\nBy AFP\n\nMarch 19, 2025\n\n{LONG_PARAGRAPH}\n"
        )
        for n in range(count)
    }
    return write_tree(root, files) / "big"


def default_sigint() -> None:
    """Let the child see SIGINT even if this test run ignores it (nohup, CI runners)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_piped_stdin_gives_json_on_stdout() -> None:
    result = run_installed(["convert"], input=HARBOUR)
    assert result.returncode == 0, describe(result)
    assert result.stderr == "", describe(result)
    assert json.loads(result.stdout)["headline"] == "Harbour Reopens After Storms"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["convert", "a.txt"], 0),
        (["convert", "a.txt", "missing.txt"], 1),
        (["convert", "a.txt", "--to", "yaml"], 2),
        (["convert", "a.txt", "--no-such-option"], 2),
        (["no-such-command"], 2),
        (["inspect", "a.txt"], 0),
        (["inspect", "missing.txt"], 1),
        (["schema"], 0),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else str(value),
)
def test_exit_codes(tmp_path: Path, args: list[str], code: int) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR})
    result = run_installed(args, cwd=tmp_path)
    assert result.returncode == code, describe(result)
    assert "Traceback" not in result.stderr, describe(result)


def test_python_dash_m_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlecli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, describe(result)
    assert result.stdout.startswith("articlecli, version "), describe(result)


def test_a_long_output_on_stdout_arrives_whole_through_the_quick_exit(tmp_path: Path) -> None:
    """The command skips the collector's last walk at exit (``cli.run``); what it wrote to
    a pipe must still arrive, every line of it."""
    big = big_directory(tmp_path)
    result = run_installed(["convert", str(big), "--to", "jsonl"], cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    headlines = [json.loads(line)["headline"] for line in result.stdout.splitlines()]
    assert sorted(headlines) == sorted(f"Fleet Stays Ashore in Story {n}" for n in range(400))


def test_start_up_imports_neither_rich_nor_dateutil() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import articlecli.cli"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, describe(result)
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    heavy = sorted(m for m in imported if m.split(".")[0] in {"rich", "dateutil"})
    assert heavy == [], f"imported at start-up: {heavy}"


def close_fd(fd: int) -> Callable[[], None]:
    """Return a pre-exec hook that starts the child with ``fd`` closed."""
    return lambda: os.close(fd)


@pytest.mark.parametrize(
    ("args", "closed", "code", "message"),
    [
        (["convert", "a.txt"], 1, 1, "articlecli: error: <stdout>: standard output is closed\n"),
        (["schema"], 1, 1, "articlecli: error: <stdout>: standard output is closed\n"),
        (["convert", "-"], 0, 1, "articlecli: error: <stdin>: standard input is closed\n"),
    ],
    ids=["convert-stdout", "schema-stdout", "convert-stdin"],
)
def test_closed_standard_streams(
    tmp_path: Path, args: list[str], closed: int, code: int, message: str
) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR})
    result = subprocess.run(
        [installed_articlecli(), *args],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=close_fd(closed),
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (code, message)


def test_converting_without_a_terminal_never_imports_rich(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR, "b.txt": BRIDGE})
    script = (
        "import sys\n"
        "from articlecli.cli import main\n"
        "try:\n"
        "    main(['convert', 'a.txt', 'b.txt', '-o', 'out.json'])\n"
        "except SystemExit as exit:\n"
        "    print(exit.code, sorted(m for m in sys.modules if m.startswith('rich')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout == "0 []\n", describe(result)


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("head") is None, reason="no bash")
def test_closed_pipe_with_head_is_silent_and_not_an_error(tmp_path: Path) -> None:
    big = big_directory(tmp_path)
    script = f'"$0" convert "{big}" --to jsonl | head -1; echo "status=${{PIPESTATUS[0]}}" >&2'
    result = subprocess.run(
        ["bash", "-c", script, installed_articlecli()],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 1, describe(result)
    assert json.loads(lines[0])["headline"] == "Fleet Stays Ashore in Story 0", describe(result)
    # Nothing but our own status line: no traceback, no "Exception ignored".
    assert result.stderr == "status=0\n", describe(result)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "text"])
def test_reader_closing_early_gives_exit_0_and_no_message(tmp_path: Path, fmt: str) -> None:
    big = big_directory(tmp_path)
    proc = subprocess.Popen(
        [installed_articlecli(), "convert", str(big), "--to", fmt],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=120)
    assert first, "no output at all"
    assert code == 0, f"exit {code}, stderr: {err}"
    assert err == "", err


@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143)],  # Ctrl-C; a service manager's stop
    ids=["SIGINT", "SIGTERM"],
)
def test_a_signal_exits_with_its_status_and_leaves_no_file(
    tmp_path: Path, signum: signal.Signals, status: int
) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR})
    target = tmp_path / "all.jsonl"
    proc = subprocess.Popen(
        [installed_articlecli(), "convert", "a.txt", "-", "--to", "jsonl", "-o", str(target)],
        cwd=tmp_path,
        stdin=subprocess.PIPE,  # kept open: the run waits on stdin after a.txt
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=default_sigint,
    )
    wait_for(lambda: bool(temp_files(tmp_path)), proc)
    time.sleep(0.3)  # let it finish a.txt and block on stdin
    assert not target.exists(), "the output must not appear before the run completes"
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == status, f"exit {proc.returncode}, stderr: {err!r}"
    assert err == b"", err.decode("utf-8", "replace")
    assert out == b""
    assert not target.exists()
    assert temp_files(tmp_path) == []


def test_sigint_leaves_the_old_file_intact_with_force(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR, "all.json": "old content\n"})
    proc = subprocess.Popen(
        [installed_articlecli(), "convert", "a.txt", "-", "-o", "all.json", "--force"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=default_sigint,
    )
    wait_for(lambda: bool(temp_files(tmp_path)), proc)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    assert (tmp_path / "all.json").read_text(encoding="utf-8") == "old content\n"
    assert temp_files(tmp_path) == []


def test_completed_output_file_is_whole_and_alone(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR, "b.txt": BRIDGE})
    result = run_installed(["convert", "a.txt", "b.txt", "-o", "both.json"], cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    assert [a["headline"] for a in json.loads((tmp_path / "both.json").read_text("utf-8"))] == [
        "Harbour Reopens After Storms",
        "New Bridge Opens to Traffic",
    ]
    assert temp_files(tmp_path) == []


def test_output_dir_files_are_written_whole(tmp_path: Path) -> None:
    big = big_directory(tmp_path, count=30)
    result = run_installed(["convert", str(big), "--output-dir", "out"], cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    written = sorted((tmp_path / "out").rglob("*.json"))
    assert len(written) == 30
    assert all(json.loads(p.read_text("utf-8"))["headline"] for p in written)
    assert temp_files(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_on_a_terminal_stderr_keeps_stdout_clean(tmp_path: Path) -> None:
    big = big_directory(tmp_path, count=60)
    leader, follower = os.openpty()
    drawn = bytearray()
    reader = threading.Thread(target=drain, args=(leader, drawn), daemon=True)
    reader.start()
    try:
        result = subprocess.run(
            [installed_articlecli(), "convert", str(big), "--to", "jsonl"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
            check=False,
            env={**os.environ, "TERM": "xterm-256color"},
        )
    finally:
        os.close(follower)
        reader.join(timeout=10)
        os.close(leader)
    assert result.returncode == 0, drawn.decode("utf-8", "replace")
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(records) == 60
    assert b"Traceback" not in drawn


def drain(fd: int, sink: bytearray) -> None:
    """Read a pseudo-terminal until its other side closes."""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        sink.extend(chunk)


def wait_for(
    condition: Callable[[], bool], proc: subprocess.Popen[bytes], timeout: float = 30
) -> None:
    """Poll ``condition()`` until true; fail if the process ends or time runs out."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"exited early with {proc.returncode}: {err!r}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out waiting for the child")
        time.sleep(0.02)


def test_stdout_redirected_into_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    """`convert dumps/ > dumps/all.jsonl`: the shell makes all.jsonl before articlecli
    starts; read as an input while it is written, it grew without end (GBs in minutes)."""
    dumps = write_tree(tmp_path, {"dumps/a.txt": HARBOUR, "dumps/b.txt": BRIDGE}) / "dumps"
    target = dumps / "all.jsonl"
    with target.open("wb") as out:
        result = subprocess.run(
            [installed_articlecli(), "convert", str(dumps), "--to", "jsonl"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    lines = target.read_text(encoding="utf-8").splitlines()
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["source"]["path"] for line in lines] == [
        str(dumps / "a.txt"),
        str(dumps / "b.txt"),
    ]
    assert f"{target}: is the file standard output writes to" in result.stderr
