"""Score the extractor on blind set Y (web pages as a reader saves them), or write it out for the CLI pipeline.

python -m tests.article_cases_y [-v] [MODULE...]
    the same report as `python -m tests.article_cases` (its code, these articles).
python -m tests.article_cases_y --write-gold OUT.jsonl --write-articles DIR
    gold in score.py's format and one DIR/<id>.txt per article.
"""

from __future__ import annotations

import sys

from . import MODULES, load_articles

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases.__main__ import run
except ImportError:  # pragma: no cover
    from article_cases.__main__ import run


def main(argv: list[str]) -> int:
    return run(argv, MODULES, load_articles)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
