"""Which of the extractor's regular expressions are slow: one finditer pass per sentence, ranked.

    .venv/bin/python bench/bench_regex.py -n 500 --seed 1

Every compiled pattern at module level in ``casualties.extract.*`` is run
over every sentence of the corpus on its own. A pattern that manages only a
few MB/s here caps the whole extractor if it runs on every sentence, so the
top of this list is where speed-ups pay (see bench/results.md).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

from common import load_corpus, machine

import casualties.extract as extract_pkg
from casualties.extract.text import split_sentences


def module_patterns() -> dict[str, re.Pattern[str]]:
    """``module.NAME`` -> pattern, for every compiled pattern at module level in casualties.extract."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for mod in pkgutil.iter_modules(extract_pkg.__path__):
        module = importlib.import_module(f"casualties.extract.{mod.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in found:
                found[id(value)] = (f"{mod.name}.{name}", value)
    return dict(found.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="directory of .txt articles (default: generate in memory)")
    ap.add_argument("-n", type=int, default=500, help="articles to generate when no --corpus (default 500)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args(argv)
    docs = load_corpus(args.corpus, args.n, args.seed)
    sentences = [s.text for _, text in docs for s in split_sentences(text)]
    mb = sum(len(s.encode("utf-8")) for s in sentences) / 1e6
    rows = []
    for label, pattern in module_patterns().items():
        t0 = time.process_time()
        for s in sentences:
            for _ in pattern.finditer(s):
                pass
        rows.append((time.process_time() - t0, label))
    print(f"machine: {machine()}")
    total = sum(seconds for seconds, _ in rows)
    print(f"{len(sentences)} sentences, {mb:.2f} MB; {len(rows)} patterns; one finditer pass each:")
    print(
        f"  all patterns together: {total:.2f} s ({mb / total:.2f} MB/s if every pattern scanned every sentence once)"
    )
    for seconds, label in sorted(rows, reverse=True)[: args.top]:
        rate = f"{mb / seconds:8.2f} MB/s" if seconds else "     inf"
        print(f"  {label:44s} {seconds * 1000:8.1f} ms {rate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
