"""Second held-out, article-level evaluation set (helper B3), written after the first was used for tuning.

21 articles in deliberately varied shapes (wire copy with datelines, live blogs
with timestamps, humanitarian situation reports with bullets, Markdown briefings,
undated pieces) across 20 conflicts and crises. Every figure FIGURES.md asks for is
annotated with all its fields; ``note`` explains debatable decisions and ``cue``
points at the text. The texts were written without looking at the extractor or at
the first set's articles, and the gold was fixed before the extractor was run.

Conventions beyond FIGURES.md (kept in line with tests/article_cases): DR Congo is
``drc``; the Houthis are ``yemen``; fighters and soldiers belong to the party they
serve and armed groups take their country (al-Shabaab -> ``somalia``); other sides are
lower-case country slugs (``south-sudan``, ``burkina-faso``, ``south-africa``...).
"overnight" before the article date is the article date; a past calendar year or a
month with no day gives ``as_of`` null; undated articles give ``as_of`` null unless
the text names a full date.

``load_articles()`` returns ``tests.extractor_cases.Case`` objects (group = module).
"""

from __future__ import annotations

import importlib

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, Case, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, Case, article, g

MODULES: tuple[str, ...] = ("gaza_westbank", "levant_gulf", "europe_asia", "east_africa", "sahel_caribbean")

__all__ = ["DRC", "MODULES", "Case", "article", "g", "load_articles"]


def load_articles(modules: tuple[str, ...] = MODULES) -> list[Case]:
    """Every article of the named modules, tagged with its module; ids must be unique."""
    out: list[Case] = []
    for name in modules:
        mod = importlib.import_module(f"{__name__}.{name}")
        out.extend(Case(c.id, c.text, c.published, c.expected, c.exhaustive, c.xfail, name) for c in mod.ARTICLES)
    seen: set[str] = set()
    dupes = {c.id for c in out if c.id in seen or seen.add(c.id)}
    if dupes:
        raise ValueError(f"duplicate article ids: {sorted(dupes)}")
    return out
