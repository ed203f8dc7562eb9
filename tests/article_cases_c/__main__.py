"""Score the extractor on the third held-out article set, or write it out for the CLI pipeline.

python -m tests.article_cases_c [-v] [MODULE...]
    strict/loose P/R/F1 (score.py rules), attribute accuracy, error classes;
    -v also lists every error with its cue / evidence (same report as tests.article_cases).
python -m tests.article_cases_c --unwrap [-v] [MODULE...]
    the same, with each hard-wrapped paragraph joined into one line first (real scraped
    articles usually carry one paragraph per line; the gold does not depend on wrapping).
python -m tests.article_cases_c --write-gold OUT.jsonl --write-articles DIR
    gold in score.py's format and one DIR/<id>.txt per article.
"""

from __future__ import annotations

import re
import sys

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases.__main__ import report, score, write_out
except ImportError:  # pragma: no cover
    from article_cases.__main__ import report, score, write_out

from . import MODULES, Case, load_articles

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"\s*[-•]\s")


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of each paragraph (blank lines and bullet lines still break)."""
    paragraphs = []
    for para in _PARAGRAPH_BREAK.split(text):
        lines: list[str] = []
        for line in para.split("\n"):
            if lines and not _BULLET.match(line):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def unwrapped(cases: list[Case]) -> list[Case]:
    return [Case(c.id, unwrap(c.text), c.published, c.expected, c.exhaustive, c.xfail, c.group) for c in cases]


def main(argv: list[str]) -> int:
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
    modules = tuple(a for a in args if not a.startswith("-")) or MODULES
    unknown = set(modules) - set(MODULES)
    if unknown:
        print(f"Error: unknown module(s) {sorted(unknown)}; choose from {', '.join(MODULES)}", file=sys.stderr)
        return 2
    cases = load_articles(modules)
    if "--unwrap" in args:
        cases = unwrapped(cases)
    if opts["--write-gold"] or opts["--write-articles"]:
        write_out(cases, opts["--write-gold"], opts["--write-articles"])
        return 0
    print(f"articles {len(cases)}")
    report(score(cases), "-v" in args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
