"""Benchmark articlecli against the targets of issue 8 and print one table.

Usage::

    python benchmarks/run.py [--quick] [--big-mb 1024] [--out benchmarks/out/results.json]
                             [--only parse,convert,jobs,rss,cold,scaling,hostile] [--keep]

It writes a deterministic synthetic corpus (:mod:`corpus`) into a temporary directory and
measures, in one run: library parse throughput, ``convert --to jsonl`` end to end against
a floor program (:mod:`floor`), ``--jobs 2`` against ``--jobs 1``, peak memory on a big
dump (:mod:`peak_rss`), cold start, scaling over 1x/10x/100x input and the hostile inputs
of the property suite (:mod:`hostile`); :mod:`report` keeps the rows and prints them.
Every row shows its target and PASS or FAIL. Times are medians of ``time.perf_counter``
runs; the machine's load average is printed at start and end, since a shared machine makes
every figure noisy. These are measurements, not test assertions.
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import corpus
from report import Results, load_text, machine, table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_FIXTURE = ROOT / "fixtures" / "000_bad2af0e90df0263.txt"
SECTIONS = ("parse", "convert", "jobs", "rss", "cold", "scaling", "hostile")
HOSTILE_TIMEOUT = 120.0  # seconds per input; past it the input fails as "timeout"


@dataclass(frozen=True)
class Plan:
    """Sizes (MB of dump) and repetitions for one mode."""

    parse_mb: float
    parse_runs: int
    convert_mb: float
    convert_runs: int
    jobs_mb: float
    jobs_runs: int
    big_mb: float
    cold_runs: int
    scale_mb: float  # the 1x size; 10x and 100x follow
    scale_runs: int  # for 1x and 10x; 100x runs once


QUICK = Plan(2, 3, 5, 3, 10, 1, 50, 10, 0.5, 3)
FULL = Plan(10, 5, 20, 3, 50, 3, 1024, 10, 1, 3)


# ---------------------------------------------------------------------------------------
# Measuring


@dataclass(frozen=True)
class Run:
    """One finished child process: wall time and exit status."""

    seconds: float
    status: int


def run_process(
    argv: Sequence[str], *, stdout: Path | None = None, env: dict[str, str] | None = None
) -> Run:
    """Run a command, stdout to ``stdout`` or /dev/null, and time it; raise if it fails.

    stderr goes to a temporary file (a pipe could fill up and stall the child) and is
    shown only when the command fails.
    """
    with (
        open(stdout if stdout is not None else os.devnull, "wb") as target,
        tempfile.TemporaryFile() as errors,
    ):
        start = time.perf_counter()
        status = subprocess.call(argv, stdout=target, stderr=errors, env=env)
        seconds = time.perf_counter() - start
        if status != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{' '.join(argv)} exited {status}: {tail}")
    return Run(seconds, status)


def peak_rss(argv: Sequence[str], work: Path) -> dict[str, Any]:
    """Run a command through ``peak_rss.py``; return its max_rss (bytes), seconds, status.

    Measuring from this process would add its own peak (see ``peak_rss.py``).
    """
    report = work / "peak_rss.json"
    run_process([sys.executable, str(HERE / "peak_rss.py"), str(report), *argv])
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


def median_run(argv: Sequence[str], runs: int, **options: Any) -> tuple[float, list[Run]]:
    done = [run_process(argv, **options) for _ in range(runs)]
    return statistics.median(r.seconds for r in done), done


def timed(func: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """Call ``func`` ``runs`` times; return the median and all times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def note(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def mb(size: float) -> float:
    return size / 1_000_000


def ratio_text(value: float) -> str:
    return f"{value:.2f}x"


# ---------------------------------------------------------------------------------------
# The sections


class Bench:
    """The sections of the benchmark, sharing the corpus directory and the results."""

    def __init__(self, plan: Plan, work: Path, results: Results, out: Path) -> None:
        self.plan = plan
        self.work = work
        self.results = results
        self.out = out
        self.python = sys.executable
        self.cli = find_cli()
        self.dumps: dict[float, tuple[Path, int]] = {}

    def dump(self, megabytes: float) -> tuple[Path, int]:
        """Return the dump of this size (writing it first) and its article count."""
        if megabytes not in self.dumps:
            path = self.work / f"dump_{megabytes:g}mb.txt"
            start = time.perf_counter()
            count = corpus.write_dump(path, megabytes)
            note(f"wrote {path.name}: {count:,} articles in {time.perf_counter() - start:.1f} s")
            self.dumps[megabytes] = (path, count)
        return self.dumps[megabytes]

    def convert_argv(self, path: Path, *extra: str) -> list[str]:
        return [*self.cli, "convert", str(path), "--to", "jsonl", *extra]

    def parse(self) -> None:
        """Library throughput: ``articlecli.parse`` over the records of a dump, one core."""
        from articlecli import parse
        from articlecli.split import split_records

        path, count = self.dump(self.plan.parse_mb)
        with open(path, encoding="utf-8") as handle:
            texts = [record.text for record in split_records(handle)]
        size = sum(len(text.encode("utf-8")) for text in texts)
        self.results.add(
            "corpus",
            "records found / articles written",
            f"{len(texts):,} / {count:,}",
            "equal",
            len(texts) == count,
        )

        def parse_all() -> None:
            for text in texts:
                parse(text)

        parse_all()  # warm-up: imports, regex compilation, caches
        seconds, times = timed(parse_all, self.plan.parse_runs)
        rate = len(texts) / seconds
        self.results.raw["parse"] = {
            "articles": len(texts),
            "bytes": size,
            "seconds": times,
            "mean_article_bytes": size / len(texts),
        }
        self.results.add(
            "parse",
            f"library parse, 1 core ({len(texts):,} articles, {mb(size):.1f} MB)",
            f"{rate:,.0f} articles/s",
            ">= 10,000 articles/s",
            rate >= 10_000,
        )
        self.results.add(
            "parse",
            "library parse, 1 core",
            f"{mb(size) / seconds:.1f} MB/s",
            ">= 30 MB/s",
            mb(size) / seconds >= 30,
        )

    def convert(self) -> None:
        """``convert --to jsonl`` end to end against the floor, on the same dump."""
        path, count = self.dump(self.plan.convert_mb)
        size = path.stat().st_size
        floor = [self.python, str(HERE / "floor.py"), str(path)]
        commands = (self.convert_argv(path), floor, [*floor, "--split", "plain"])
        done: list[list[Run]] = [[], [], []]
        for _ in range(self.plan.convert_runs):  # round robin, so that noise hits all alike
            for runs, argv in zip(done, commands, strict=True):
                runs.append(run_process(argv))
        our_runs = done[0]
        ours, floor_time, plain_time = (statistics.median(r.seconds for r in runs) for runs in done)
        self.results.raw["convert"] = {
            "dump_bytes": size,
            "articles": count,
            "convert_seconds": [r.seconds for r in our_runs],
            "floor_seconds": floor_time,
            "floor_plain_seconds": plain_time,
        }
        label = f"convert --to jsonl > /dev/null ({count:,} articles, {mb(size):.1f} MB)"
        rates = f"{count / ours:,.0f} articles/s, {mb(size) / ours:.1f} MB/s"
        self.results.add("convert", label, rates)
        self.results.add(
            "convert",
            "floor: floor.py, split_records + json.dumps",
            f"{floor_time:.2f} s ({mb(size) / floor_time:.1f} MB/s)",
        )
        self.results.add(
            "convert",
            "floor: floor.py --split plain (naive rule, no articlecli)",
            f"{plain_time:.2f} s ({mb(size) / plain_time:.1f} MB/s)",
        )
        self.results.add(
            "convert",
            f"convert / floor ({ours:.2f} s / {floor_time:.2f} s)",
            ratio_text(ours / floor_time),
            "<= 10x",
            ours / floor_time <= 10,
        )

    def jobs(self) -> None:
        """``--jobs 2`` against ``--jobs 1`` on a large dump; outputs must be byte-identical."""
        path, count = self.dump(self.plan.jobs_mb)
        load = os.getloadavg()[0]
        outputs = {jobs: self.work / f"jobs{jobs}.jsonl" for jobs in (1, 2)}
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(self.plan.jobs_runs):  # alternate, so that noise hits both alike
            for jobs in (1, 2):
                argv = self.convert_argv(path, "--jobs", str(jobs))
                times[jobs].append(run_process(argv, stdout=outputs[jobs]).seconds)
        same = filecmp.cmp(outputs[1], outputs[2], shallow=False)
        with open(outputs[1], "rb") as handle:
            lines = sum(1 for _ in handle)
        one, two = statistics.median(times[1]), statistics.median(times[2])
        self.results.raw["jobs"] = {
            "articles": count,
            "seconds": times,
            "identical": same,
            "load_before": load,
            "load_after": os.getloadavg()[0],
        }
        size = path.stat().st_size
        self.results.add(
            "jobs",
            f"--jobs 1 / --jobs 2 ({count:,} articles, {mb(size):.0f} MB; "
            f"{one:.1f} s / {two:.1f} s)",
            ratio_text(one / two),
            ">= 1.6x",
            one / two >= 1.6,
        )
        self.results.add(
            "jobs",
            "--jobs 2 output == --jobs 1 output; lines == articles",
            f"{'identical' if same else 'DIFFERENT'}; {lines:,} lines",
            "byte-identical",
            same and lines == count,
        )
        after = self.results.raw["jobs"]["load_after"]
        self.results.add(
            "jobs",
            "  1-min load average before / after (other work takes cores from --jobs 2)",
            f"{load:.2f} / {after:.2f}",
        )

    def rss(self) -> None:
        """Peak RSS of ``convert --to jsonl`` streaming a big dump, and a small one to compare."""
        floor = peak_rss([self.python, "-c", "pass"], self.work)
        small_path, small_count = self.dump(self.plan.convert_mb)
        small = peak_rss(self.convert_argv(small_path), self.work)
        path, count = self.dump(self.plan.big_mb)
        size = path.stat().st_size
        note(f"converting {mb(size):,.0f} MB for peak RSS (this takes a while)")
        big = peak_rss(self.convert_argv(path), self.work)
        self.results.raw["rss"] = {
            "python_pass": floor,
            "small": {"dump_bytes": small_path.stat().st_size, "articles": small_count, **small},
            "big": {"dump_bytes": size, "articles": count, **big},
        }
        self.results.add(
            "rss",
            "peak RSS, python -c pass (the least it can measure)",
            f"{mb(floor['max_rss']):.0f} MB",
        )
        self.results.add(
            "rss",
            f"peak RSS, convert --to jsonl of {mb(small_path.stat().st_size):,.0f} MB",
            f"{mb(small['max_rss']):.0f} MB",
        )
        peak = mb(big["max_rss"])
        self.results.add(
            "rss",
            f"peak RSS, convert --to jsonl of {mb(size):,.0f} MB ({count:,} articles)",
            f"{peak:.0f} MB",
            "< 150 MB",
            peak < 150,
        )
        seconds = big["seconds"]
        self.results.add(
            "rss",
            f"  that run: {seconds:.0f} s",
            f"{count / seconds:,.0f} articles/s, {mb(size) / seconds:.1f} MB/s",
        )

    def cold(self) -> None:
        """Start-up: ``--version`` and a one-file convert against ``import click``."""
        commands = {
            "python -c pass": [self.python, "-c", "pass"],
            "python -c 'import click'": [self.python, "-c", "import click"],
            "articlecli --version": [*self.cli, "--version"],
            "articlecli convert <seed> --to json": [
                *self.cli,
                "convert",
                str(SEED_FIXTURE),
                "--to",
                "json",
            ],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        # Warm the page cache, and write the .pyc files that `pip install .` would have
        # compiled (an editable install has none until a run writes them, and
        # PYTHONDONTWRITEBYTECODE, set on some machines, stops that). This also fills the
        # pattern cache (articlecli/patterns.py), as any earlier run on the machine would.
        writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for argv in commands.values():
            run_process(argv, env=writing)
        # A first run: the pattern cache is empty, so it compiles every pattern and writes them.
        first_run = "articlecli convert <seed> --to json, first run (no pattern cache)"
        times[first_run] = []
        for round_number in range(self.plan.cold_runs):  # round robin: noise hits all alike
            for name, argv in commands.items():
                times[name].append(run_process(argv).seconds)
            empty = {**os.environ, "ARTICLECLI_CACHE_DIR": str(self.work / f"empty-{round_number}")}
            times[first_run].append(
                run_process(commands["articlecli convert <seed> --to json"], env=empty).seconds
            )
        medians = {name: statistics.median(values) for name, values in times.items()}
        self.results.raw["cold"] = {"seconds": times, "medians": medians}
        click_time = medians["python -c 'import click'"]
        for name, seconds in medians.items():
            label = f"{name} (median of {self.plan.cold_runs})"
            self.results.add("cold", label, f"{seconds * 1000:.0f} ms")
        version = medians["articlecli --version"] / click_time
        one = medians["articlecli convert <seed> --to json"] / click_time
        first = medians[first_run] / click_time
        self.results.add(
            "cold", "--version / import click", ratio_text(version), "<= 1.3x", version <= 1.3
        )
        self.results.add(
            "cold", "one-file convert / import click", ratio_text(one), "<= 2x", one <= 2
        )
        # Not a target: the price of the first run on a machine, shown so that the cache's
        # gain is plain.
        self.results.add("cold", "  first run (no pattern cache) / import click", ratio_text(first))

    def scaling(self) -> None:
        """``convert --to jsonl`` of 1x, 10x and 100x input; start-up is taken off each time."""
        base = self.plan.scale_mb
        startup = self._startup()
        rows: list[tuple[int, int, float]] = []
        for factor, runs in ((1, self.plan.scale_runs), (10, self.plan.scale_runs), (100, 1)):
            path, count = self.dump(base * factor)
            seconds, _ = median_run(self.convert_argv(path), runs)
            rows.append((factor, count, seconds))
        self.results.raw["scaling"] = {"startup_seconds": startup, "runs": rows}
        for factor, count, seconds in rows:
            self.results.add(
                "scaling",
                f"{factor:>3}x: {base * factor:g} MB, {count:,} articles",
                f"{seconds:.2f} s ({seconds - startup:.2f} s after start-up)",
            )
        for (small, _, t_small), (large, _, t_large) in itertools.pairwise(rows):
            ratio = (t_large - startup) / (t_small - startup)
            self.results.add(
                "scaling",
                f"time {large}x / time {small}x (start-up {startup:.2f} s taken off)",
                ratio_text(ratio),
                "<= 11x",
                ratio <= 11,
            )

    def _startup(self) -> float:
        """The median time of a one-file convert: start-up plus one small article."""
        known = self.results.raw.get("cold", {}).get("medians", {})
        if "articlecli convert <seed> --to json" in known:
            return float(known["articlecli convert <seed> --to json"])
        argv = [*self.cli, "convert", str(SEED_FIXTURE), "--to", "jsonl"]
        return median_run(argv, 5)[0]

    def hostile(self) -> None:
        """Each hostile input of the property suite through ``parse``, in its own process."""
        from hostile import hostile_inputs

        table, origin = hostile_inputs()
        found = []
        for name in table:
            argv = [self.python, str(HERE / "hostile.py"), name]
            try:
                done = subprocess.run(
                    argv, capture_output=True, text=True, timeout=HOSTILE_TIMEOUT, check=True
                )
            except subprocess.TimeoutExpired:
                found.append({"name": name, "seconds": None, "outcome": "timeout"})
                self.results.add(
                    "hostile", name, f"timeout > {HOSTILE_TIMEOUT:.0f} s", ">= 1 MB/s", False
                )
                continue
            result = json.loads(done.stdout)
            found.append(result)
            rate = mb(result["bytes"]) / result["seconds"]
            self.results.add(
                "hostile",
                f"{name} ({result['bytes'] / 1000:,.0f} KB)",
                f"{rate:,.1f} MB/s ({result['seconds'] / mb(result['bytes']):.3f} s/MB)",
                ">= 1 MB/s",
                rate >= 1,
            )
        self.results.raw["hostile"] = {"origin": origin, "inputs": found}
        self._hostile_dumps()

    def _hostile_dumps(self) -> None:
        """Each hostile dump of the split property suite, at its size and 4x, in its own
        process: how its time grows (see hostile.py)."""
        from hostile import DUMP_SCALE, hostile_dumps

        found = []
        limit = DUMP_SCALE * 1.1
        for name in hostile_dumps():
            argv = [self.python, str(HERE / "hostile.py"), "--dump", name, "--runs", "5"]
            try:
                done = subprocess.run(
                    argv, capture_output=True, text=True, timeout=HOSTILE_TIMEOUT, check=True
                )
            except subprocess.TimeoutExpired:
                found.append({"name": name, "outcome": "timeout"})
                self.results.add(
                    "hostile", name, f"timeout > {HOSTILE_TIMEOUT:.0f} s", f"<= {limit:.1f}x", False
                )
                continue
            result = json.loads(done.stdout)
            found.append(result)
            small, large = str(1), str(DUMP_SCALE)
            growth = result["seconds"][large] / result["seconds"][small]
            rate = mb(result["bytes"][large]) / result["seconds"][large]
            self.results.add(
                "hostile",
                f"dump: {name} ({result['bytes'][small] / 1000:,.0f} KB, "
                f"{result['records'][small]:,} records), {DUMP_SCALE}x input",
                f"{ratio_text(growth)} the time ({rate:,.1f} MB/s)",
                f"<= {limit:.1f}x",
                growth <= limit,
            )
        self.results.raw["hostile_dumps"] = found


def find_cli() -> list[str]:
    """Return the command that runs articlecli: the script beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("articlecli")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("articlecli")
    if found:
        return [found]
    raise SystemExit("articlecli is not installed: pip install -e . first")


# ---------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, fewer runs")
    parser.add_argument("--big-mb", type=float, help="size of the peak-RSS dump in MB")
    parser.add_argument(
        "--out", type=Path, default=HERE / "out" / "results.json", help="JSON results file"
    )
    parser.add_argument("--only", help=f"comma-separated sections to run, of: {','.join(SECTIONS)}")
    parser.add_argument("--keep", action="store_true", help="keep the corpus directory")
    parser.add_argument(
        "--workdir", type=Path, help="where to write the corpus (default: a temp directory)"
    )
    options = parser.parse_args(argv)
    chosen = SECTIONS if options.only is None else tuple(options.only.split(","))
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    plan = QUICK if options.quick else FULL
    if options.big_mb is not None:
        plan = Plan(**{**asdict(plan), "big_mb": options.big_mb})
    results = Results(machine(), {"mode": "quick" if options.quick else "full", **asdict(plan)})
    note(f"load average at start: {load_text(results.machine['load_start'])}")
    work = Path(tempfile.mkdtemp(prefix="articlecli-bench-", dir=options.workdir))
    # The runs keep their compiled patterns here, not in the user's cache (see `cold`).
    os.environ["ARTICLECLI_CACHE_DIR"] = str(work / "pattern-cache")
    bench = Bench(plan, work, results, options.out)
    try:
        for section in SECTIONS:
            if section in chosen:
                note(f"section {section}")
                start = time.perf_counter()
                getattr(bench, section)()
                results.raw.setdefault("section_seconds", {})[section] = time.perf_counter() - start
                results.save(options.out)
    finally:
        results.machine["load_end"] = os.getloadavg()
        results.machine["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        results.save(options.out)
        if options.keep:
            note(f"corpus kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results))
    note(f"results written to {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
