"""Sixth blind article-level evaluation set: 16 articles, 21 sides, ~200 gold figures.

Written and annotated before the extractor was run on them (a blind estimate, not a
specification): scraped-web-style plain text from wire services (AP, Reuters, AFP
styles), an Israeli daily, a Gulf daily, a live page, a broadcaster explainer, an
OCHA flash update, UN news, an NGO press release and a Myanmar outlet. Gaza from
December 2023 to January 2025, Lebanon in September 2024, Ukraine and Russia (air
defence claims, governors, a prisoner swap), Yemen, Syria, Iran with Israel, Qatar and
Iraq, Sudan, DR Congo, Somalia, Myanmar and Haiti. Fourteen articles carry a date line
the way real pages do; two carry none. Two articles are two outlets' reports of the
same Gaza strike on the same day (one undated) quoting one statement word for word.
Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains
debatable decisions, ``cue`` points at the text. Helpers, ``Case`` and slug decisions
(DR Congo is ``drc``, the Houthis are ``yemen``) are those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_lebanon", "europe_middle_east", "africa_asia_haiti")

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
