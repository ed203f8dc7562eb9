"""Fifteenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: 15 scraped-web-style
articles. Wire stories (Gaza; Yemen, the Red Sea and Iran; Russia; the Sahel: Mali, Burkina Faso
and Niger), a broadcaster's live page (Lebanon and Israel), an Israeli daily (the West Bank), an NGO
press release (Syria, Sweida), a Kyiv daily (Ukraine), a broadcaster (Myanmar), an Indian daily
(India and Pakistan), an AP story (Pakistan, the Jaffar Express siege), a UN press briefing (DR
Congo), a Nigerian daily (school abductions), an undated Markdown explainer (Sudan and South Sudan)
and an undated hard-wrapped plain-text feature (Mexico, Sinaloa). Every figure FIGURES.md asks for
is annotated with all its fields; ``note`` explains debatable decisions, ``cue`` points at the
text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are ``yemen``, soldiers
belong to the party they serve) are those of tests/article_cases.
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
