"""Third blind, article-level evaluation set: 15 news-style articles with full gold.

Written and annotated (helper B4) without reading the extractor's code or the other
article sets, then scored once: a fresh estimate of how the extractor generalises.
Fifteen articles across 16 conflicts in the styles of wire copy, explainers, a live
page, features and UN flash updates; strictly annotated per FIGURES.md, with a
``note`` where a decision is debatable. Slugs follow tests/article_cases: DR Congo is
``drc``, soldiers belong to the party they serve, projectiles to the side that fired.

Each module holds ``ARTICLES``; ``load_articles()`` returns them all as ``Case``
objects (group = module name), built with ``article()``/``g()`` from tests.article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import Case
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import Case

MODULES: tuple[str, ...] = ("levant", "europe_asia", "africa_caribbean")

__all__ = ["MODULES", "Case", "load_articles"]


def load_articles(modules: tuple[str, ...] = MODULES) -> list[Case]:
    """Every article of the named modules, tagged with its module; ids must be unique."""
    out: list[Case] = []
    for name in modules:
        mod = importlib.import_module(f"{__name__}.{name}")
        out.extend(Case(c.id, c.text, c.published, c.expected, c.exhaustive, c.xfail, name) for c in mod.ARTICLES)
    seen: set[str] = set()
    dupes = {c.id for c in out if c.id in seen or seen.add(c.id)}
    if dupes:
        raise ValueError(f"duplicate article ids: {sorted(dupes)}")
    return out
