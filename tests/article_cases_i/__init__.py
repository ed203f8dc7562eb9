"""Ninth blind article-level evaluation set: 16 articles, 15 sides, 181 gold figures.

Written and annotated before the extractor was run on them (a blind estimate, not a
specification): scraped-web-style plain text from an AP-style and a Reuters-style wire, an AFP
wire, a Gulf daily, a broadcaster, a live blog with timestamps, an OCHA humanitarian update, a
ReliefWeb situation report, an exile Russian outlet, Al Jazeera, a Levant regional daily, a UN
News page, a Somali daily, an NGO statement, an undated explainer and an undated rights-group
statement. Gaza in May-June 2024 (Rafah, Nuseirat) and March 2025 (the ceasefire's collapse),
Lebanon in September and November 2024 (pager blasts, ceasefire day), the northern West Bank in
February 2025, Ukraine (Okhmatdyt, July 2024), Russia's Kursk region (August 2024), Yemen's
Saada (April 2025), Syria's Druze towns (May 2025), cholera and hunger in Sudan (June 2025), the
Myanmar earthquake and airstrikes (April 2025), Ethiopia's Amhara, Haiti's Pont-Sondé (October
2024), DR Congo's Ituri and Rutshuru (July 2025) and Mogadishu (March 2025). Fourteen articles
carry a date line the way real pages do; two carry none. Every figure FIGURES.md asks for is
annotated with all its fields; ``note`` explains debatable decisions, ``cue`` points at the
text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are ``yemen``) are
those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_israel", "lebanon_westbank", "europe_middle_east", "africa_asia_americas")

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
