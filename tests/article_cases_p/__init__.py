"""Sixteenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: 15 scraped-web-style
articles. Wire stories (Gaza, Russia, DR Congo, Colombia), a broadcaster's live page (Iran, Lebanon
and Israel), a broadcaster's Africa live page with timestamps (Nigeria, Mozambique's Cabo Delgado,
Ethiopia's Amhara, Somalia, Cameroon), a broadcaster (Myanmar), an Indian broadcaster's web story
(India and Pakistan), local dailies (Ukraine from Kyiv, Iraq, Haiti), an NGO press release (Syria,
Suwayda), an OCHA flash update (Sudan and South Sudan), an undated Markdown explainer (Yemen and the
Red Sea) and an undated hard-wrapped plain-text wire piece (Afghanistan and Pakistan). Every figure
FIGURES.md asks for is annotated with all its fields; ``note`` explains debatable decisions, ``cue``
points at the text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are
``yemen``, soldiers belong to the party they serve) are those of tests/article_cases.
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
