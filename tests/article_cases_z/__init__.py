"""Twenty-sixth blind article-level evaluation set (see MODULES; totals are checked in tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a specification),
without reading the extractor or the earlier sets' articles: 21 articles from 15 conflicts and crises,
2023-2026, whose angle is TOLLS FROM MANY SOURCES AND BOTH SIDES and the REPORTS that analyse them
(8-10 figures each in 400-630 words, most of the prose carrying no figure and many numbers that are
not figures). Gaza: a wire story where the health ministry's toll and the Israeli military's militant
count stand side by side, an OCHA press release for World Humanitarian Day (aid workers, medics,
journalists, medical evacuations) and an undated HTML broadcaster page on a shooting near a GHF aid hub
(ministry vs ICRC vs UN human rights office); Israel: a broadcaster story on a hostage-prisoner
exchange and a Markdown analysis of the IDF's own losses (military vs Defence Ministry wounded counts);
a West Bank local paper on the Iron Wall operation (OCHA vs Palestinian ministry vs army); Lebanon: an
AP-style story on the Binyamina drone and the Aitou strike, and an analysis a year into the ceasefire;
a Markdown summary of an SNHR monthly report on Syria (SNHR vs SOHR); an undated explainer on who
counts Yemen's dead (Houthis, ACLED, Airwars, Israel, the Philippines, UNDP); Iranian soldiers and
police killed; a UN HRMMU monthly update on Ukraine and an AFP-style story pairing the Ukrainian air
force's and the Russian defence ministry's drone counts with a prisoner swap; a Russian border-regions
analysis (Belgorod, Kursk, Moscow); an HTML page on the RSF's assault on Abu Shouk (volunteers vs army
vs RSF) and an OHCHR press release (Sudan); the AAPP's coup-anniversary count (Myanmar); a Human
Rights Watch report vs the UN and M23 (DR Congo); an undated Amnesty report summary on Amhara
(Ethiopia); an HTML page on BINUH's quarterly report (Haiti); an AP-style wire on Somali army and
al-Shabab claims with Ugandan AU losses. Three articles carry no date at all, so their figures have no
as_of. Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains debatable
decisions (window counts such as "in June" are events dated the window's last day; police count as
combatants; released prisoners are ``detained``, freed hostages ``hostages``), ``cue`` points at the
text. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``, the Houthis are ``yemen``, soldiers
belong to the party they serve) are those of tests/article_cases.
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_israel", "levant_iran_europe", "africa_asia_americas")

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
