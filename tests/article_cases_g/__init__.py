"""Seventh blind article-level evaluation set: 16 articles, 20+ sides, ~170 gold figures.

Written and annotated before the extractor was run on them (a blind estimate, not a
specification): scraped-web-style plain text from wire services (Reuters, AP, AFP
styles), an Israeli daily, a Gulf daily, a live blog with timestamps, a broadcaster,
Al Jazeera, a Kyiv daily, a Nigerian daily, a Pakistani daily, an MSF press release and
a long analysis piece. Gaza from March 2024 to October 2025, the West Bank in January
2025, Lebanon in October 2024, Ukraine and Russia (with North Korean troops), Yemen,
Syria's coast, Iran and Israel in June 2025, Sudan, South Sudan, DR Congo, Nigeria and
Burkina Faso, Myanmar, and the Afghanistan-Pakistan border. Fourteen articles carry a
date line the way real pages do; two carry none. Every figure FIGURES.md asks for is
annotated with all its fields; ``note`` explains debatable decisions, ``cue`` points at
the text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are
``yemen``) are those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_lebanon", "europe_middle_east", "africa", "asia")

__all__ = ["DRC", "MODULES", "Case", "article", "g", "load_articles"]


def load_articles(modules: tuple[str, ...] = MODULES) -> list[Case]:
    """Every article of the named modules, tagged with its module; ids must be unique."""
    out: list[Case] = []
    for name in modules:
        mod = importlib.import_module(f"{__name__}.{name}")
        out.extend(Case(c.id, c.text, c.published, c.expected, c.exhaustive, c.xfail, name) for c in mod.ARTICLES)
    ids = [c.id for c in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate article ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    return out
