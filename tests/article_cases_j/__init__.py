"""Tenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_cases_j.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: scraped-web-style
plain text from a wire service, a live blog with timestamps, a British daily, a broadcaster, a
Kyiv feature with survivors' quotes, an undated explainer with a numbers section, a Russian
regional outlet relaying a governor's statement, an OCHA situation report, a human-rights report
summary, a Mogadishu outlet relaying an army statement, and others. Gaza (March and October 2025),
Lebanon (November 2024), the West Bank (January 2025), Ukraine (April 2025 and an undated
explainer), Russia's Belgorod and Kursk regions, Yemen and the Red Sea, Sudan (El Fasher and
Gezira, with the reprisals in South Sudan), Ethiopia's Amhara, Somalia, DR Congo, Myanmar, Haiti
and Nigeria. Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains
debatable decisions, ``cue`` points at the text. Helpers, ``Case`` and slug decisions (DR Congo
is ``drc``, the Houthis are ``yemen``) are those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_levant", "europe_yemen", "sudan_horn", "africa_asia_americas")

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
