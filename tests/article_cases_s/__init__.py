"""Nineteenth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a specification),
without reading the extractor or the earlier sets' articles: 20 scraped-web-style articles from about
25 conflicts and crises, 2023-2026 (one historical analysis reaching back to 1980-88), sized like a
held-out set of real news (6-9 figures each in 480-1000 words, most of the prose carrying no figure
and many numbers that are not figures). An HTML broadcaster page on a Gaza school strike, a
Lebanon/Israel live blog with timestamped entries, a West Bank local paper, a wire story on US strikes
on Yemen's Ras Isa port, a Markdown analysis of the Iran-Iraq war and the June 2025 Israel-Iran war
with historical tolls, a Syrian rights group's report on the March 2025 coastal killings; an AFP-style
story on a Russian strike on Zaporizhzhia, a Markdown story from an exiled Russian outlet on the Kursk
evacuations, an undated HTML page on Rakhine (Myanmar), a long interview-style feature on the Jaffar
Express siege (Balochistan) with figures inside quotes, an undated Markdown explainer on the
Pakistan-Afghanistan border clashes, a Manipur local paper, an Armenian government statement on the
exodus from Nagorno-Karabakh; an OCHA flash update on Kordofan and Darfur (Sudan), an HTML page on an
ADF massacre in Ituri (DR Congo), a Reuters-style wire on Burkina Faso, Mali and Niger, a northern
Nigerian local paper (Zamfara, Borno, with Cameroon's Far North and Anglophone regions), an undated
wire story on al-Shabaab (Somalia, with Ethiopian troops), an HTML page on Haiti's gangs and an HTML
page on Cabo Delgado (Mozambique). Three articles carry no date at all, so their figures have no as_of.
Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains debatable
decisions, ``cue`` points at the text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the
Houthis are ``yemen``, soldiers belong to the party they serve) are those of tests/article_cases;
Karabakh Armenians are ``nagorno-karabakh``.
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
