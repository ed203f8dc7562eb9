"""Score the extractor on the held-out articles, or write them out for the CLI pipeline.

python -m tests.article_cases [-v] [MODULE...]
    strict/loose P/R/F1 (score.py rules), attribute accuracy, error classes;
    -v also lists every error with its sentence cue / evidence.
python -m tests.article_cases --write-gold OUT.jsonl --write-articles DIR
    gold in score.py's format and one DIR/<id>.txt per article, so that
    `casualties ingest DIR`, `casualties export --format jsonl -o x.jsonl` and
    `python /work/shared/eval/score.py OUT.jsonl x.jsonl` score the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import MODULES, Case, load_articles
from .scoring import ATTRS, Score

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.extractor_cases.check import as_record
except ImportError:  # pragma: no cover
    from extractor_cases.check import as_record

GOLD_KEYS = (
    "metric",
    "side",
    "population",
    "value",
    "qualifier",
    "high",
    "scope",
    "as_of",
    "reported_by",
    "cue",
    "note",
)


def gold_record(c: Case) -> dict:
    """One line of the gold file (score.py / FIGURES.md format)."""
    figs = [{k: f[k] for k in GOLD_KEYS if k in f} for f in c.expected]
    return {"doc": c.id, "published": c.published, "outlet": None, "figures": figs}


def write_out(cases: list[Case], gold_path: str | None, articles_dir: str | None) -> None:
    if gold_path:
        with open(gold_path, "w", encoding="utf-8") as fh:
            for c in cases:
                fh.write(json.dumps(gold_record(c), ensure_ascii=False) + "\n")
        print(f"wrote {len(cases)} articles, {sum(len(c.expected) for c in cases)} gold figures to {gold_path}")
    if articles_dir:
        out = Path(articles_dir)
        out.mkdir(parents=True, exist_ok=True)
        for c in cases:
            (out / f"{c.id}.txt").write_text(c.text, encoding="utf-8")
        print(f"wrote {len(cases)} article files to {out}")


def predict(c: Case) -> list[dict]:
    """The extractor's figures for one article as FIGURES.md dicts (a crash counts as no figures). The text
    is read the way ingest reads a file (an HTML page becomes its article text); the date is the gold one."""
    from casualties.extract import extract
    from casualties.reading import read_bytes

    published = dt.date.fromisoformat(c.published) if c.published else None
    try:
        figures = extract(read_bytes(c.text.encode("utf-8"), name=f"{c.id}.txt").text, published)
    except Exception as exc:  # one broken article must not hide the score of the others
        print(f"crash in {c.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return []
    return [as_record(f) for f in figures]


def score(cases: list[Case]) -> Score:
    s = Score()
    for c in cases:
        s.add(c.id, list(c.expected), predict(c))
    return s


def _short(f: dict) -> str:
    keys = ("metric", "value", "side", "population", "qualifier", "high", "scope", "as_of", "reported_by")
    return "{" + ", ".join(f"{k}={f.get(k)!r}" for k in keys if k in f) + "}"


def report(s: Score, verbose: bool) -> None:
    lp, lr, lf = s.loose_prf
    sp, sr, sf = s.strict_prf
    print(f"gold figures {s.gold}  predicted {s.pred}")
    print(f"loose  (metric+value):                 P {lp:.3f}  R {lr:.3f}  F1 {lf:.3f}")
    print(f"strict (metric+value+side+population): P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print("attributes right among strict matches: " + "  ".join(f"{a} {s.attr_share(a):.2f}" for a in ATTRS))
    kinds = Counter(kind for kind, *_ in s.errors)
    print("error classes: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if verbose:
        for kind, doc, f, partner in s.errors:
            where = f.get("cue") or f.get("evidence") or ""
            line = f"{kind:17} {doc}: {_short(f)}"
            if partner is not None:
                line += f"\n{'':17} got {_short(partner)}"
            print(line + (f"\n{'':17} | {where[:200]}" if where else ""))


def run(
    argv: list[str],
    modules: tuple[str, ...],
    load: Callable[[tuple[str, ...]], list[Case]],
    transform: Callable[[list[Case]], list[Case]] | None = None,
) -> int:
    """The command line every article set shares: score, list errors (-v) or write the set out."""
    args = list(argv)
    opts: dict[str, str | None] = {"--write-gold": None, "--write-articles": None}
    for name in opts:
        if name in args:
            i = args.index(name)
            if i + 1 >= len(args):
                print(f"Error: {name} needs a path", file=sys.stderr)
                return 2
            opts[name] = args[i + 1]
            del args[i : i + 2]
    chosen = tuple(a for a in args if not a.startswith("-")) or modules
    unknown = set(chosen) - set(modules)
    if unknown:
        print(f"Error: unknown module(s) {sorted(unknown)}; choose from {', '.join(modules)}", file=sys.stderr)
        return 2
    cases = load(chosen)
    if transform is not None:
        cases = transform(cases)
    if opts["--write-gold"] or opts["--write-articles"]:
        write_out(cases, opts["--write-gold"], opts["--write-articles"])
        return 0
    print(f"articles {len(cases)}")
    report(score(cases), "-v" in args)
    return 0


def main(argv: list[str]) -> int:
    return run(argv, MODULES, load_articles)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
