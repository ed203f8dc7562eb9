"""Eighteenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: 20 scraped-web-style
articles from about 18 conflicts, 2023-2026, sized like a held-out set of real news (5-10 figures
each, many numbers that are not figures). An AP-style wire story (Gaza), a broadcaster's live blog
with timestamped entries (Lebanon and Israel), a Palestinian local paper (West Bank), an NGO press
release (Suwayda, Syria), an undated opinion piece with historical tolls (Syria), HTML broadcaster
pages with nav, figure captions, entities and footers (Yemen, Myanmar, DR Congo), Reuters-style wire
stories (the Israel-Iran war; Nigeria's school abductions, with Burkina Faso), an AFP story (Kyiv),
a Markdown story from an exiled Russian outlet (Kursk), a Pakistani military press release (India
and Pakistan), an undated Markdown explainer (Pakistan and Afghanistan), an OCHA flash update (El
Fasher and Kordofan, Sudan), a Juba radio station (South Sudan), an AFP-style wire (Amhara,
Ethiopia), an undated wire story (al-Shabaab, Somalia), a Haitian daily (Pont-Sondé) and a
broadcaster's page (Catatumbo, Colombia). Three articles carry no date at all, so their figures
have no as_of. Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains
debatable decisions, ``cue`` points at the text. Helpers, ``Case`` and slug decisions (DR Congo is
``drc``, the Houthis are ``yemen``, soldiers belong to the party they serve) are those of
tests/article_cases.
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
