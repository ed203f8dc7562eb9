"""Held-out, article-level evaluation set: whole news-style articles with full gold.

Written independently of the extractor's code and of tests/extractor_cases (which
has been used for tuning): 24 articles across 16 conflicts and crises, each with a
headline, usually a date line, background paragraphs with historic tolls and many
numbers that are not figures. Every figure FIGURES.md asks for is annotated with
all its fields; ``note`` explains debatable decisions, ``cue`` points at the text.

Each module holds ``ARTICLES``; ``load_articles()`` returns them all as
``tests.extractor_cases.Case`` objects (group = module name), so the sentence-level
checker can be reused. Slug decisions follow tests/extractor_cases: DR Congo is
``drc``, the Houthis are ``yemen``, soldiers belong to the party they serve.
"""

from __future__ import annotations

import importlib
import textwrap
from typing import Any

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.extractor_cases import DRC, Case
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from extractor_cases import DRC, Case

MODULES: tuple[str, ...] = ("gaza_israel", "levant_yemen", "europe_asia", "east_central_africa", "africa_caribbean")

__all__ = ["DRC", "MODULES", "Case", "article", "g", "load_articles"]


def g(
    metric: str,
    value: int,
    side: str,
    *,
    scope: str,
    as_of: str | None,
    by: str | None = None,
    pop: str = "all",
    q: str = "exact",
    high: int | None = None,
    cue: str,
    note: str | None = None,
) -> dict[str, Any]:
    """One gold figure with every FIGURES.md field spelled out (plus ``cue``/``note`` for readers)."""
    rec: dict[str, Any] = {
        "metric": metric,
        "value": value,
        "side": side,
        "population": pop,
        "qualifier": q,
        "high": high,
        "scope": scope,
        "as_of": as_of,
        "reported_by": by,
        "cue": cue,
    }
    if note:
        rec["note"] = note
    return rec


def article(id: str, published: str | None, text: str, *figures: dict[str, Any]) -> Case:
    """An article case: ``text`` is dedented and stripped; ``figures`` is the complete gold."""
    return Case(id, textwrap.dedent(text).strip() + "\n", published, tuple(figures))


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
