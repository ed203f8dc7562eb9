"""Fifth blind article-level evaluation set: 15 articles, 20 sides, full gold.

Written and annotated before the extractor was run on them (a blind estimate,
not a specification): scraped-web-style plain text with headlines, standfirsts,
bylines, a live blog with timestamps, an OCHA-style sitrep and flash update, a
long feature with few numbers, wire copy, a Gulf daily, a UK broadsheet, US
networks and a Pakistani daily. Thirteen articles carry a date line the way
real pages do; two carry none. Two articles are two outlets' reports of the
same Gaza story on the same day (one undated). Every figure FIGURES.md asks
for is annotated with all its fields; ``note`` explains debatable decisions,
``cue`` points at the text. Helpers, ``Case`` and slug decisions (DR Congo is
``drc``, the Houthis are ``yemen``) are those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("levant", "gulf_europe_asia", "africa_haiti")

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
