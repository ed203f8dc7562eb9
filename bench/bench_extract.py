"""Extraction speed on one core: MB/s over a generated corpus, plus adversarial inputs.

    .venv/bin/python bench/bench_extract.py -n 2000 --seed 1 --quantulum --adversarial

Throughput is UTF-8 bytes of article text divided by CPU seconds of the
``extract`` calls (one process, so one core); wall seconds are reported too.
Each adversarial input runs in a forked child with a time limit, so a
pathological regex cannot hang the benchmark: it is reported as a timeout.
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing as mp
import queue as queue_mod
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from common import MIX_HELP, MIXES, load_corpus, machine, peak_rss_mb, published_of

from casualties.extract import EXTRACTOR_VERSION, extract


def bench_corpus(docs: list[tuple[str, str]]) -> dict[str, object]:
    """Run ``extract`` over every article once; time it and count what it found."""
    inputs = [(name, text, published_of(text)) for name, text in docs]
    extract(inputs[0][1], inputs[0][2])  # warm-up: lazy imports and regex compilation
    n_bytes = sum(len(text.encode("utf-8")) for _, text, _ in inputs)
    metrics: collections.Counter[str] = collections.Counter()
    slowest = (0.0, "")
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for name, text, published in inputs:
        t0 = time.perf_counter()
        figures = extract(text, published)
        dt_ = time.perf_counter() - t0
        if dt_ > slowest[0]:
            slowest = (dt_, name)
        metrics.update(f.metric for f in figures)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {
        "articles": len(inputs),
        "mb": n_bytes / 1e6,
        "cpu_s": cpu,
        "wall_s": wall,
        "mb_per_s_cpu": n_bytes / 1e6 / cpu if cpu else float("inf"),
        "mb_per_s_wall": n_bytes / 1e6 / wall if wall else float("inf"),
        "articles_per_s": len(inputs) / cpu if cpu else float("inf"),
        "figures": sum(metrics.values()),
        "figures_per_article": sum(metrics.values()) / len(inputs),
        "by_metric": dict(metrics.most_common()),
        "slowest_ms": slowest[0] * 1000,
        "slowest_article": slowest[1],
    }


def bench_quantulum(docs: list[tuple[str, str]]) -> dict[str, object]:
    """quantulum3's ``parser.parse`` over the same articles, for comparison (kchar/s on one core)."""
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser

    parser.parse(docs[0][1])  # warm-up: loads its unit tables
    chars = sum(len(text) for _, text in docs)
    n_bytes = sum(len(text.encode("utf-8")) for _, text in docs)
    quantities = 0
    cpu0 = time.process_time()
    for _, text in docs:
        quantities += len(parser.parse(text))
    cpu = time.process_time() - cpu0
    return {
        "articles": len(docs),
        "kchars": chars / 1000,
        "cpu_s": cpu,
        "kchar_per_s": chars / 1000 / cpu,
        "mb_per_s": n_bytes / 1e6 / cpu,
        "quantities": quantities,
    }


def adversarial_inputs(size: int) -> dict[str, Callable[[], str]]:
    """Inputs of about ``size`` characters built to trip regex backtracking or quadratic loops."""

    def rep(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    half = size // 2
    return {
        "digits, no spaces": lambda: rep("0123456789"),
        "1,1,1,... separators": lambda: rep("1,"),
        "1.1.1.1... dots": lambda: rep("1."),
        "cue words, no number": lambda: rep("killed at least more than "),
        "cue words + numbers, no period": lambda: rep("at least 5 people were killed and up to 7 wounded "),
        "spelled numbers chain": lambda: rep("one hundred and twenty-three thousand "),
        "vague words chain": lambda: rep("tens of thousands of dozens of hundreds of "),
        "nested brackets ((((...))))": lambda: "(" * half + "5 killed" + ")" * half,
        "nested square [[[[...]]]]": lambda: "[" * half + "killed 5" + "]" * half,
        "one long sentence of words": lambda: rep("the army said that "),
        "newlines only": lambda: "\n" * size,
        "dense real sentences": lambda: rep("At least 12 people were killed in Gaza on Monday, the ministry said. "),
        "dense distinct figures": lambda: _distinct_sentences(size),
        "Arabic-Indic digits": lambda: rep("قتل ٣٬٤٥٦ شخصا و ١٢٣ "),
        "random printable noise": lambda: _noise(size),
    }


def _distinct_sentences(size: int) -> str:
    """Realistic sentences whose numbers all differ, so duplicate merging cannot collapse them."""
    parts, n, i = [], 0, 0
    while n < size:
        s = f"At least {i + 2} people were killed in Gaza on Monday, the ministry said. "
        parts.append(s)
        n += len(s)
        i += 1
    return "".join(parts)[:size]


def _noise(size: int) -> str:
    import random
    import string

    rng = random.Random(0)
    alphabet = string.ascii_letters + string.digits + " ,.;:()[]-\n" * 3
    return "".join(rng.choices(alphabet, k=size))


def _child(make: Callable[[], str], queue: mp.Queue) -> None:
    text = make()
    t0 = time.process_time()
    try:
        figures = extract(text)
    except Exception as exc:  # report, do not hide: a crash on odd input is a bug
        queue.put(("crash", time.process_time() - t0, f"{type(exc).__name__}: {exc}"[:120]))
        return
    queue.put(("ok", time.process_time() - t0, len(figures)))


def run_limited(make: Callable[[], str], limit: float) -> tuple[str, float | None, object]:
    """``(status, CPU seconds, figures or error)`` of ``extract(make())`` in a forked child.

    ``status`` is "ok", "crash" (the exception is the third item) or "timeout" (over ``limit``).
    """
    ctx = mp.get_context("fork")
    queue: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(make, queue))
    proc.start()
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline:
            try:
                return queue.get(timeout=0.2)
            except queue_mod.Empty:
                if not proc.is_alive():  # a result may still be in the pipe: one last look
                    try:
                        return queue.get(timeout=1.0)
                    except queue_mod.Empty:
                        return "crash", None, f"child died, exit code {proc.exitcode}"
        return "timeout", None, None
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()


def bench_adversarial(sizes: list[int], limit: float) -> list[tuple[str, int, str, float | None, object]]:
    rows = []
    for size in sizes:
        for name, make in adversarial_inputs(size).items():
            status, seconds, detail = run_limited(make, limit)
            rows.append((name, size, status, seconds, detail))
            if status == "ok":
                shown = f"{seconds:8.3f} s  figures={detail}"
            elif status == "timeout":
                shown = f"TIMEOUT > {limit:.0f} s"
            else:
                shown = f"CRASH {detail}"
            print(f"  {name:34s} {size / 1e6:5.2f} MB  {shown}", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="directory of .txt articles (default: generate in memory)")
    ap.add_argument("-n", type=int, default=2000, help="articles to generate when no --corpus (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mix", choices=sorted(MIXES), default="news", help=MIX_HELP)
    ap.add_argument("--repeat", type=int, default=1, help="time the corpus this many times, keep the fastest")
    ap.add_argument("--quantulum", action="store_true", help="also time quantulum3 on a sample of the corpus")
    ap.add_argument("--quantulum-sample", type=int, default=200, help="articles for quantulum3 (default 200)")
    ap.add_argument("--adversarial", action="store_true", help="also time pathological 1 MB inputs")
    ap.add_argument("--adv-size", type=float, default=1.0, help="adversarial input size in MB (default 1)")
    ap.add_argument("--adv-limit", type=float, default=60.0, help="seconds before an input counts as a hang")
    args = ap.parse_args(argv)

    docs = load_corpus(args.corpus, args.n, args.seed, args.mix)
    if not docs:
        print("Error: the corpus is empty", file=sys.stderr)
        return 1
    print(f"machine: {machine()}")
    print(f"extractor version: {EXTRACTOR_VERSION}")
    print(f"corpus: {args.corpus or f'generated, mix {args.mix}, seed {args.seed}'}")
    res = min((bench_corpus(docs) for _ in range(args.repeat)), key=lambda r: r["cpu_s"])
    print(
        f"extract: {res['articles']} articles, {res['mb']:.2f} MB in {res['cpu_s']:.2f} s CPU "
        f"({res['wall_s']:.2f} s wall) -> {res['mb_per_s_cpu']:.2f} MB/s CPU, {res['mb_per_s_wall']:.2f} MB/s wall, "
        f"{res['articles_per_s']:.0f} articles/s"
    )
    print(
        f"figures: {res['figures']} ({res['figures_per_article']:.1f} per article) {res['by_metric']}; "
        f"slowest article {res['slowest_ms']:.1f} ms ({res['slowest_article']})"
    )
    print(f"peak RSS (whole process, corpus in memory): {peak_rss_mb():.0f} MB")
    if args.quantulum:
        q = bench_quantulum(docs[: args.quantulum_sample])
        print(
            f"quantulum3: {q['articles']} articles, {q['kchars']:.0f} kchar in {q['cpu_s']:.2f} s CPU -> "
            f"{q['kchar_per_s']:.1f} kchar/s ({q['mb_per_s']:.3f} MB/s), {q['quantities']} quantities"
        )
        if res["cpu_s"]:
            ours = res["mb"] * 1000 / res["cpu_s"]  # ~kchar/s (corpus is almost all ASCII)
            print(f"extractor vs quantulum3: {ours / q['kchar_per_s']:.0f}x faster")
    if args.adversarial:
        size = int(args.adv_size * 1e6)
        print(f"adversarial inputs (CPU seconds of one extract call, limit {args.adv_limit:.0f} s):")
        bench_adversarial([size // 4, size], args.adv_limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
