"""Seventeenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: 15 scraped-web-style
articles. Wire stories (Gaza; Russia's Kursk and Belgorod border; DR Congo and Rwanda), an AFP story
(Ukraine and Russia), a broadcaster's live page with timestamps (Lebanon and Israel), a broadcaster
(Myanmar earthquake and Thailand), an Israeli daily (West Bank), a Quetta-datelined Pakistani daily
(Pakistan train siege), a Horn of Africa agency digest (Ethiopia and Somalia), an OCHA flash update
(Sudan), a Haitian daily (Haiti), NGO press releases (Syria; Nigeria, Burkina Faso and Mali), an
undated Markdown explainer (Yemen, Iran, Iraq and the US) and an undated hard-wrapped plain-text
feature (Ukraine). Every figure FIGURES.md asks for is annotated with all its fields; ``note``
explains debatable decisions, ``cue`` points at the text. Helpers, ``Case`` and slug decisions
(DR Congo is ``drc``, the Houthis are ``yemen``, soldiers belong to the party they serve) are those
of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("middle_east", "europe_asia", "africa_americas")

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
