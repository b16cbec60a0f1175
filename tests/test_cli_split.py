"""Multi-article dumps on the command line: convert finds every article, split writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlecli.naming import parse_file_name
from helpers import BRIDGE, COUNCIL, HARBOUR, describe, invoke, write_tree

# Three articles with rules between them, as a scraper might write them.
DUMP = f"{HARBOUR}\n-----\n\n{BRIDGE}\n-----\n\n{COUNCIL}"
HEADLINES = [
    "Harbour Reopens After Storms",
    "New Bridge Opens to Traffic",
    "Council Approves Budget",
]
TRUNCATED = """\
<DOC>
<DOCNO> T-1 </DOCNO>
<HEAD>Ferry Timetable Changes</HEAD>
<TEXT>
   The ferry will leave an hour earlier from Monday.
</TEXT>
</DOC>
<DOC>
<DOCNO> T-2 </DOCNO>
<HEAD>Market Moves Indoors</HEAD>
<TEXT>
   The Saturday market moved into the old hall.
"""


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def jsonl(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_a_dump_gives_every_article_in_order_with_its_source(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": DUMP})
    result = invoke(["convert", "dump.txt", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    assert result.stderr == "", describe(result)
    records = jsonl(result.stdout)
    assert [r["headline"] for r in records] == HEADLINES, describe(result)
    lines = DUMP.splitlines()
    starts = [lines.index(h) + 1 for h in HEADLINES]
    assert [r["source"] for r in records] == [
        {"path": "dump.txt", "index": i, "line": line} for i, line in enumerate(starts)
    ], describe(result)


def test_jobs_2_output_is_byte_identical_to_jobs_1(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": "\n-----\n\n".join([DUMP] * 15), "trec.sgml": TRUNCATED})
    one = invoke(["convert", "dump.txt", "trec.sgml", "--to", "jsonl", "--jobs", "1"])
    two = invoke(["convert", "dump.txt", "trec.sgml", "--to", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1, describe(two)
    assert len(one.stdout.splitlines()) == 46, describe(one)
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_delimiter_overrides_detection(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": f"{HARBOUR}%%\n{BRIDGE}%%\n{COUNCIL}"})
    result = invoke(["convert", "dump.txt", "--to", "jsonl", "--delimiter", "%%+"])
    assert result.exit_code == 0, describe(result)
    assert [r["headline"] for r in jsonl(result.stdout)] == HEADLINES, describe(result)


def test_a_bad_delimiter_is_a_usage_error(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": DUMP})
    result = invoke(["convert", "dump.txt", "--delimiter", "(unclosed"])
    assert result.exit_code == 2, describe(result)
    assert "--delimiter" in result.stderr and result.stdout == "", describe(result)


def test_single_reads_each_input_as_one_article(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": DUMP})
    result = invoke(["convert", "dump.txt", "--to", "jsonl", "--single"])
    assert result.exit_code == 0, describe(result)
    (record,) = jsonl(result.stdout)
    assert record["headline"] == HEADLINES[0], describe(result)


def test_a_truncated_doc_gives_the_complete_articles_and_one_error(in_tmp: Path) -> None:
    write_tree(in_tmp, {"trec.sgml": TRUNCATED})
    result = invoke(["convert", "trec.sgml", "--to", "jsonl"])
    assert result.exit_code == 1, describe(result)
    assert [r["headline"] for r in jsonl(result.stdout)] == ["Ferry Timetable Changes"]
    (error,) = result.stderr.splitlines()
    assert error.startswith("articlecli: error: trec.sgml:8: <DOC> opened"), describe(result)
    assert "never closed" in error, describe(result)


def test_a_one_article_file_is_unchanged(in_tmp: Path) -> None:
    write_tree(in_tmp, {"story.txt": "\n\n" + HARBOUR})
    result = invoke(["convert", "story.txt", "--to", "jsonl"])
    assert result.exit_code == 0, describe(result)
    (record,) = jsonl(result.stdout)
    assert record["source"] == {"path": "story.txt", "index": 0, "line": 1}, describe(result)


def test_stdin_dump_streams_every_article() -> None:
    result = invoke(["convert", "--to", "jsonl"], input=DUMP)
    assert result.exit_code == 0, describe(result)
    assert [r["headline"] for r in jsonl(result.stdout)] == HEADLINES, describe(result)


# --- split -----------------------------------------------------------------------------


def test_split_writes_one_named_text_file_per_article(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": DUMP, "trec.sgml": TRUNCATED})
    result = invoke(["split", "dump.txt", "trec.sgml", "--output-dir", "out"])
    assert result.exit_code == 1, describe(result)  # the truncated <DOC>
    assert "trec.sgml:8:" in result.stderr, describe(result)
    names = sorted(p.name for p in (in_tmp / "out").iterdir())
    parsed = [parse_file_name(name) for name in names]
    assert [p[0] if p else None for p in parsed] == [0, 1, 2, 3], names
    converted = invoke(["convert", "out", "--to", "jsonl"])
    headlines = [r["headline"] for r in jsonl(converted.stdout)]
    assert headlines == [*HEADLINES, "Ferry Timetable Changes"], describe(converted)


def test_split_never_overwrites(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": DUMP})
    assert invoke(["split", "dump.txt", "-d", "out"]).exit_code == 0
    first = sorted((in_tmp / "out").iterdir())
    (in_tmp / "out" / first[1].name).write_text("mine\n", encoding="utf-8")
    result = invoke(["split", "dump.txt", "-d", "out"])
    assert result.exit_code == 1, describe(result)
    assert len(result.stderr.splitlines()) == 3, describe(result)
    assert all("already exists" in line for line in result.stderr.splitlines())
    assert (in_tmp / "out" / first[1].name).read_text(encoding="utf-8") == "mine\n"


def test_split_is_atomic_and_names_never_come_from_text(in_tmp: Path) -> None:
    evil = HARBOUR.replace("Harbour Reopens After Storms", "../../etc/passwd")
    write_tree(in_tmp, {"dump.txt": evil})
    result = invoke(["split", "dump.txt", "-d", "out"])
    assert result.exit_code == 0, describe(result)
    (written,) = (in_tmp / "out").iterdir()
    assert parse_file_name(written.name) is not None, written.name
    assert not any(p.name.startswith(".") for p in (in_tmp / "out").iterdir()), "no temp left"


TITLED_DUMP = f"HARBOUR NEWS DIGEST\nCompiled 2025-03-19\n\n=====\n\n{DUMP}"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_dumps_own_title_is_left_out_with_a_warning(in_tmp: Path, jobs: str) -> None:
    write_tree(in_tmp, {"dump.txt": TITLED_DUMP})
    result = invoke(["convert", "dump.txt", "--to", "jsonl", "--jobs", jobs])
    assert result.exit_code == 0, describe(result)
    records = jsonl(result.stdout)
    assert [r["headline"] for r in records] == HEADLINES, describe(result)
    # The record indexes still count the title, so that they say something was left out.
    assert [r["source"]["index"] for r in records] == [1, 2, 3], describe(result)
    assert result.stderr == (
        "articlecli: warning: dump.txt:1: 'HARBOUR NEWS DIGEST / Compiled 2025-03-19' is a"
        " title over the dump's records, not an article: left out\n"
    ), describe(result)


def test_split_leaves_a_dumps_own_title_out_with_a_warning(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": TITLED_DUMP})
    result = invoke(["split", "dump.txt", "--output-dir", "out"])
    assert result.exit_code == 0, describe(result)
    assert "dump.txt:1: 'HARBOUR NEWS DIGEST" in result.stderr, describe(result)
    assert len(list((in_tmp / "out").iterdir())) == len(HEADLINES)


def test_validate_reports_a_dumps_own_title_and_checks_the_articles(in_tmp: Path) -> None:
    write_tree(in_tmp, {"dump.txt": TITLED_DUMP})
    result = invoke(["validate", "dump.txt", "--select", "AC118", "--output-format", "json"])
    findings = json.loads(result.stdout)
    assert [(f["line"], f["code"]) for f in findings["findings"]] == [(1, "AC118")], describe(
        result
    )
    assert findings["summary"]["articles"] == len(HEADLINES), describe(result)
