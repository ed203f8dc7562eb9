"""End-to-end ingest speed: generated articles -> `casualties ingest` -> SQLite, in articles/s.

    .venv/bin/python bench/bench_ingest.py -n 10000 --seed 1 --profile

Runs the real command line as a child process (``python -m casualties --db
sqlite:///WORK/bench.db ingest WORK/corpus``) and times it by the wall clock,
so start-up, reading, extraction, storing and the summary are all included.
Peak memory is the child's maximum resident set (RUSAGE_CHILDREN). A second
run over the same directory times the no-op re-ingest (every article
unchanged). ``--profile`` repeats the ingest under cProfile on a fresh
database and prints where the time goes, grouped by area and by function.
"""

from __future__ import annotations

import argparse
import os
import pstats
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from common import machine
from generate_corpus import MIXES, write_corpus

# Self-time of profiled functions is grouped by the first of these substrings found in their file name.
AREAS = (
    ("casualties/extract", "casualties.extract"),
    ("casualties/ingest", "casualties.ingest"),
    ("casualties/store", "casualties.store"),
    ("casualties/db", "casualties.db"),
    ("casualties/reading", "casualties.reading"),
    ("casualties/textmeta", "casualties.textmeta"),
    ("casualties/", "casualties (other)"),
    ("sqlalchemy", "sqlalchemy"),
    ("sqlite3", "sqlite3 driver (C)"),
    ("alembic", "alembic"),
    ("trafilatura", "trafilatura"),
    ("typer", "typer/click"),
    ("click", "typer/click"),
    ("/re/", "re module (pattern-string cache lookups)"),
    ("_sre", "re module (pattern-string cache lookups)"),
    ("pathlib", "pathlib/io"),
    ("{built-in method io", "pathlib/io"),
    ("{method 'read'", "pathlib/io"),
    ("encode", "codecs"),
    ("decode", "codecs"),
    ("hashlib", "hashlib"),
    ("openssl", "hashlib"),
    ("importlib", "imports"),
    ("<frozen", "imports"),
    ("{built-in method marshal", "imports"),
    ("{built-in method builtins.exec", "imports"),
)


def ingest_cmd(db_url: str, corpus: Path, extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "casualties", "--db", db_url, "ingest", str(corpus), *extra]


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants now, in KiB (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(proc.name)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(proc.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree)


def run_timed(cmd: list[str]) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """(wall seconds, CPU seconds of the child and its workers, peak MB of the whole process tree, result)."""
    cpu0, t0 = child_cpu(), time.perf_counter()
    peak = 0
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tempfile.gettempdir()
    ) as child:
        out: list[str] = []
        reader = threading.Thread(target=lambda: out.extend(child.communicate()))
        reader.start()
        while reader.is_alive():
            peak = max(peak, tree_rss_kb(child.pid))
            reader.join(0.25)
    result = subprocess.CompletedProcess(cmd, child.returncode, out[0] if out else "", out[1] if out else "")
    return time.perf_counter() - t0, child_cpu() - cpu0, peak / 1024, result


def counts(db_path: Path) -> tuple[int, int]:
    """(articles, figures) stored in the SQLite file."""
    with sqlite3.connect(db_path) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        figures = conn.execute("SELECT count(*) FROM figures").fetchone()[0]
    return articles, figures


def area_of(where: str) -> str:
    for needle, area in AREAS:
        if needle in where:
            return area
    return "other"


def report_profile(prof_path: Path, top: int) -> None:
    """Self time grouped by area, then the heaviest functions by self and by cumulative time."""
    stats = pstats.Stats(str(prof_path))
    total = stats.total_tt  # type: ignore[attr-defined]
    by_area: dict[str, float] = defaultdict(float)
    for (file, _line, func), (_cc, _nc, tt, _ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        area = area_of(f"{file} {func}")
        if file == "~" and area == "other" and callers:
            # A C function (a regex search, str.join...) is charged to the Python code that called it.
            for (cfile, _cline, cfunc), caller_stats in callers.items():
                by_area[area_of(f"{cfile} {cfunc}")] += caller_stats[2]
        else:
            by_area[area] += tt
    print(f"profile: {total:.2f} s total; self time by area (C built-ins charged to their Python callers):")
    for area, tt in sorted(by_area.items(), key=lambda kv: -kv[1]):
        if tt >= 0.005 * total:
            print(f"  {area:24s} {tt:7.2f} s  {100 * tt / total:5.1f} %")
    print(f"top {top} functions by self time:")
    stats.sort_stats("tottime").print_stats(top)
    print(f"top {top} casualties functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats("casualties/", top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="articles to generate (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--mix", choices=sorted(MIXES), default="news", help="generated corpus: news (default) or dense (stress)"
    )
    ap.add_argument("--corpus", type=Path, help="use this directory of .txt articles instead of generating")
    ap.add_argument("--work", type=Path, help="work directory (default: a fresh temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (corpus, databases, profile)")
    ap.add_argument("--profile", action="store_true", help="also run the ingest under cProfile and report")
    ap.add_argument("--profile-n", type=int, default=0, help="profile on only the first N articles (0 = all)")
    ap.add_argument("--top", type=int, default=25, help="functions listed in the profile report")
    ap.add_argument("ingest_args", nargs="*", help="extra arguments for `casualties ingest` (after --)")
    args = ap.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="casualties-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            shutil.rmtree(corpus, ignore_errors=True)
            t0 = time.perf_counter()
            write_corpus(corpus, args.n, args.seed, args.mix)
            print(f"generated {args.n} articles (mix {args.mix}) in {time.perf_counter() - t0:.1f} s into {corpus}")
        files = sorted(corpus.rglob("*.txt"))
        size = sum(p.stat().st_size for p in files)
        print(f"machine: {machine()}")
        print(f"corpus: {len(files)} articles, {size / 1e6:.1f} MB")

        db = work / "bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        cmd = ingest_cmd(f"sqlite:///{db}", corpus, args.ingest_args)
        print("command:", " ".join(cmd))
        wall, cpu, tree_peak, proc = run_timed(cmd)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if proc.returncode != 0:
            print(f"Error: ingest exited {proc.returncode} after {wall:.1f} s:\n{proc.stderr.strip()[-2000:]}")
            return 1
        n_art, n_fig = counts(db)
        print(f"ingest summary (last lines): {' | '.join(proc.stdout.strip().splitlines()[-3:])}")
        print(
            f"ingest: {n_art} articles, {n_fig} figures stored in {wall:.2f} s wall ({cpu:.2f} s CPU) -> "
            f"{len(files) / wall:.0f} articles/s wall ({len(files) / cpu:.0f}/s per CPU second), "
            f"{size / 1e6 / wall:.2f} MB/s; peak RSS {peak:.0f} MB (largest process), {tree_peak:.0f} MB "
            f"(all its processes, sampled); database {db.stat().st_size / 1e6:.1f} MB"
        )
        wall2, cpu2, _, proc2 = run_timed(cmd)
        if proc2.returncode == 0:
            print(
                f"re-ingest (all unchanged): {wall2:.2f} s wall ({cpu2:.2f} s CPU) -> "
                f"{len(files) / wall2:.0f} articles/s"
            )
        else:
            print(f"re-ingest exited {proc2.returncode}: {proc2.stderr.strip()[-500:]}")
        swall, scpu, _, _ = run_timed([sys.executable, "-m", "casualties", "--help"])
        print(f"start-up (`casualties --help`): {swall:.2f} s wall ({scpu:.2f} s CPU)")

        if args.profile:
            pcorpus = corpus
            if args.profile_n:
                pcorpus = work / "profile-corpus"
                shutil.rmtree(pcorpus, ignore_errors=True)
                pcorpus.mkdir()
                for p in files[: args.profile_n]:
                    os.link(p, pcorpus / p.name)
            pdb, prof = work / "profile.db", work / "ingest.prof"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{pdb}{suffix}").unlink(missing_ok=True)
            # cProfile sees only its own process: extract in it too, so the profile shows every stage.
            one_proc = [] if any(a.startswith(("--jobs", "-j")) for a in args.ingest_args) else ["--jobs", "1"]
            pcmd = ingest_cmd(f"sqlite:///{pdb}", pcorpus, [*args.ingest_args, *one_proc])
            pcmd[1:1] = ["-m", "cProfile", "-o", str(prof)]
            pwall, _, _, pproc = run_timed(pcmd)
            if pproc.returncode != 0:
                print(f"Error: profiled ingest exited {pproc.returncode}: {pproc.stderr.strip()[-1000:]}")
                return 1
            print(f"profiled ingest: {pwall:.2f} s wall (cProfile overhead included); profile in {prof}")
            report_profile(prof, args.top)
    finally:
        if args.keep or args.work:
            print(f"work directory kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
