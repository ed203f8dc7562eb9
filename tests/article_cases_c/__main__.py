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
    from tests.article_cases.__main__ import run
except ImportError:  # pragma: no cover
    from article_cases.__main__ import run

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
    return run([a for a in argv if a != "--unwrap"], MODULES, load_articles, unwrapped if "--unwrap" in argv else None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
