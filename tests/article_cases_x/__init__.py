"""Twenty-third blind article-level evaluation set, X: multi-event pieces (see MODULES; totals are checked in
tests/test_article_sets.py).

Written and annotated before the extractor was run on them (a blind estimate, not a specification), without
reading the extractor or the other sets' articles: 21 articles on 15 conflicts, 2024-2025, in which dates
and scope are the hard part - "key events on day N" round-ups, live pages with timestamped entries (each
entry its own event), "what we know" explainers, weekly newsletters, UN/NGO situation reports and monthly
updates, and timelines with several dated events ("On Monday ... The next day ... Two days after ...").
Gaza: a key-events list (day 601), an HTML live page on Zeitoun with a revised toll, an undated explainer on
a school strike; Israel: a morning newsletter (Rafah, rockets, hostages, evacuees), a wire timeline of a
week of Hezbollah fire; Lebanon: an OCHA-style flash update, a Markdown weekly newsletter on strikes after
the truce; the West Bank: a local paper on the "Iron Wall" camps operation; Syria: a Sweida "what we know";
Yemen: a weekly brief (Ben Gurion, Hodeidah, Sanaa, UN staff detained); Iran: a Markdown "day five" of the
June 2025 war; Ukraine: a UN monthly civilian-casualty update, an "at a glance" round-up; Russia: an HTML
page on Belgorod and Kursk; Myanmar: an undated investigation of two air strikes in Sagaing; Sudan: a flash
update on White Nile State, a wire story on the Port Sudan drone week; DR Congo: a Kivu weekly round-up;
Ethiopia: a rights-commission report on Amhara; Haiti: an HTML page on Mirebalais; Somalia: an undated wire
story. Three articles carry no date at all, so their figures have no as_of.

Every figure FIGURES.md asks for is annotated with all its fields; ``note`` explains debatable decisions,
``cue`` points at the text. Decisions shared by the set: an open-ended running count ("since the
ceasefire", "since Monday") is ``total`` with as_of = the day it was reported; a closed window ("in the
past 24 hours", "between January and March", "on Monday and Tuesday") is ``event`` with as_of = the
window's last day; "overnight" is the night ending on the article's date; a revised toll is annotated
twice (earlier and new value); a projectile count shot down that is a subset of a stated launch count is
not a figure; "lost N troops" (no split) is not a figure; a vague restatement of an exact toll in a
headline or lead is not a figure of its own. Helpers, ``Case`` and slug decisions (DR Congo is ``drc``,
the Houthis are ``yemen``, soldiers belong to the party they serve) are those of tests/article_cases.
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
