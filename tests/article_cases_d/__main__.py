"""Score the extractor on the fourth blind set, or write it out for the CLI pipeline.

python -m tests.article_cases_d [-v] [MODULE...]
    the same report as `python -m tests.article_cases` (its code, these articles).
python -m tests.article_cases_d --write-gold OUT.jsonl --write-articles DIR
    gold in score.py's format and one DIR/<id>.txt per article.
"""

from __future__ import annotations

import sys

from . import MODULES, load_articles

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases.__main__ import report, score, write_out
except ImportError:  # pragma: no cover
    from article_cases.__main__ import report, score, write_out


def _take(args: list[str], name: str) -> str | None:
    """Remove ``name PATH`` from args and return PATH (None if absent); exits 2 if PATH is missing."""
    if name not in args:
        return None
    i = args.index(name)
    if i + 1 >= len(args):
        print(f"Error: {name} needs a path", file=sys.stderr)
        raise SystemExit(2)
    path = args[i + 1]
    del args[i : i + 2]
    return path


def main(argv: list[str]) -> int:
    args = list(argv)
    gold_path, articles_dir = _take(args, "--write-gold"), _take(args, "--write-articles")
    modules = tuple(a for a in args if not a.startswith("-")) or MODULES
    unknown = set(modules) - set(MODULES)
    if unknown:
        print(f"Error: unknown module(s) {sorted(unknown)}; choose from {', '.join(MODULES)}", file=sys.stderr)
        return 2
    cases = load_articles(modules)
    if gold_path or articles_dir:
        write_out(cases, gold_path, articles_dir)
        return 0
    print(f"articles {len(cases)}")
    report(score(cases), "-v" in args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
