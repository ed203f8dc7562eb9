"""Eighth blind article-level evaluation set: 16 articles, 20 sides, 177 gold figures.

Written and annotated before the extractor was run on them (a blind estimate, not a
specification): scraped-web-style plain text from a wire service (Reuters and AP styles),
a live blog with timestamps, a Gulf regional daily, a broadcaster, a UNRWA situation
report, a Kyiv daily, an exile Russian outlet, Al Jazeera, an undated explainer with a
numbers box, an MSF press release, an OCHA flash update, a Lagos daily and a Pakistani
daily. Gaza from December 2024 to July 2025, Lebanon in September 2024, the West Bank in
August 2024, Ukraine (May 2024) and Russia (March 2025), the Red Sea, Syria's Sweida,
the Israel-Iran war of June 2025, Sudan's Zamzam camp, Goma in DR Congo, Burkina Faso,
Mali and Niger, Nigeria, Haiti and Pakistan. Fourteen articles carry a date line the way
real pages do; two carry none. Every figure FIGURES.md asks for is annotated with all its
fields; ``note`` explains debatable decisions, ``cue`` points at the text. Helpers,
``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are ``yemen``) are those of
tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_lebanon", "europe_middle_east", "africa", "americas_asia")

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
