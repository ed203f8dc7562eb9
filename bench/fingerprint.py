"""One sha256 over everything the extractor outputs, to prove a speed change did not change a figure.

    .venv/bin/python bench/fingerprint.py            # prints per-source counts and the hash
    .venv/bin/python bench/fingerprint.py -n 300     # fewer generated articles: quicker, weaker

Inputs: generated articles (fixed seed), every article of every tests/article_cases* package, every
sentence case of tests/extractor_cases, the seed files (undated and dated), and a few
adversarial strings. Each figure contributes its full ``to_record()`` (every field,
spans, evidence) plus ``extra``, in output order, so any change anywhere shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import adversarial_inputs  # noqa: E402
from common import published_of  # noqa: E402
from generate_corpus import generate  # noqa: E402

from casualties.extract import extract  # noqa: E402

Input = tuple[str, str, dt.date | None]


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def inputs(n_generated: int, seed: int = 7) -> Iterator[tuple[str, Input]]:
    """``(source, (name, text, published))`` for every input, in a fixed order."""
    for name, text in generate(n_generated, seed=seed, mix="dense"):  # the stress mix: most figures per input
        yield "generated", (name, text, published_of(text))
    for pkg in sorted(p.name for p in (ROOT / "tests").glob("article_cases*") if (p / "__init__.py").exists()):
        mod = __import__(f"tests.{pkg}", fromlist=["load_articles"])
        for c in mod.load_articles():
            yield pkg, (c.id, c.text, _date(c.published))
    from tests.extractor_cases import load_cases

    for c in load_cases():
        yield "extractor_cases", (c.id, c.text, _date(c.published))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield "seeds", (path.name, text, None)
        yield "seeds", (path.name + "@dated", text, dt.date(2025, 7, 20))
    for name, make in adversarial_inputs(20_000).items():
        yield "adversarial", (name, make(), None)
    big = adversarial_inputs(250_000)  # long runs: recursion and cache limits show only at this size
    for name in ("dense distinct figures", "dense real sentences"):
        yield "adversarial", (f"{name} 250k", big[name](), dt.date(2024, 3, 5))
    yield "adversarial", ("empty", "", None)
    yield "adversarial", ("spaces", "   \n ", None)


def _default(obj: object) -> object:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, (tuple, set, frozenset)):
        return list(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1500, help="generated articles (default 1500)")
    ap.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    ap.add_argument("-v", action="store_true", help="also print one hash per source")
    ap.add_argument("--save-inputs", type=Path, help="write the inputs to this JSON file (to re-run on them later)")
    ap.add_argument("--inputs", type=Path, help="read the inputs from a --save-inputs file (test cases may change)")
    args = ap.parse_args(argv)
    if args.inputs:
        rows = [(src, (n, t, _date(p))) for src, n, t, p in json.loads(args.inputs.read_text(encoding="utf-8"))]
    else:
        rows = list(inputs(args.n, args.seed))
    if args.save_inputs:
        dump = [[src, n, t, p.isoformat() if p else None] for src, (n, t, p) in rows]
        args.save_inputs.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    total = hashlib.sha256()
    per_source: dict[str, hashlib._Hash] = {}
    counts: dict[str, list[int]] = {}
    for source, (name, text, published) in rows:
        figures = extract(text, published)
        blob = json.dumps(
            [name, [[f.to_record(), f.extra] for f in figures]], sort_keys=True, default=_default, ensure_ascii=False
        ).encode("utf-8")
        total.update(blob)
        per_source.setdefault(source, hashlib.sha256()).update(blob)
        c = counts.setdefault(source, [0, 0])
        c[0] += 1
        c[1] += len(figures)
    for source, (docs, figs) in counts.items():
        extra = f"  {per_source[source].hexdigest()[:16]}" if args.v else ""
        print(f"{source:18s} {docs:6d} inputs {figs:7d} figures{extra}")
    print(f"sha256 {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
