"""Eleventh blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_cases_k.py).

Written and annotated before the extractor was run on them (a blind estimate, not a
specification), without reading the extractor or the earlier sets' articles: scraped-web-style
plain text from a month of monitoring the world's wars in 2024-2025. Outlets and voices: wire
stories (Reuters, AP), a live blog with timestamps, a Jerusalem daily, a Beirut daily, a regional
English-language daily, broadcasters, a Russian state outlet's English service, UN press notes and
UN News, an NGO press release and an undated analysis. Gaza (a school-shelter strike, the ministry's
toll at 50,000, an undated hunger briefing), Israel (the January 2025 hostage release), Lebanon
(23 September 2024), Syria (the coastal killings of March 2025), Yemen (Ras Isa), Ukraine (Poltava,
the May 2025 prisoner exchange), Russia (drones over Moscow region, Kursk), Sudan (El Fasher, Zamzam),
Myanmar (undated analysis), DR Congo (Goma) and Haiti (the 2024 gang toll). Every figure FIGURES.md
asks for is annotated with all its fields; ``note`` explains debatable decisions, ``cue`` points at
the text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are ``yemen``) are
those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_israel", "levant_yemen", "europe", "africa_asia_americas")

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
