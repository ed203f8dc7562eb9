"""Hand-written extractor test cases, annotated from FIGURES.md alone.

Each group module (``numbers``, ``qualifiers``, ...) holds ``CASES``: short news-style
texts written for this suite, each with every figure a careful annotator would record.
The suite is independent of the extractor's code, so it measures generalisation.

Expected figures are plain dicts with FIGURES.md field names. ``metric``, ``value`` and
``side`` are always given; ``population``, ``qualifier`` and ``high`` are checked with
their defaults ("all", "exact", None) when omitted; ``scope``, ``as_of`` and
``reported_by`` are checked only when the key is present (``reported_by=None`` asserts
that the text states the number in its own voice). ``reported_by`` may be a tuple of
acceptable names (e.g. a person and their office).

Side slug decisions not spelled out in FIGURES.md: DR Congo is ``DRC`` below (one place to
change if the project's side table names it otherwise); the Houthis are ``yemen``; Israeli
soldiers killed in Gaza are ``israel`` (the party they belong to).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

# The slug for the Democratic Republic of the Congo (FIGURES.md does not name one).
DRC = "drc"

GROUPS: tuple[str, ...] = (
    "numbers",
    "qualifiers",
    "metrics",
    "populations",
    "lists",
    "attribution",
    "dates",
    "scope",
    "sides",
    "non_figures",
    "multi_sentence",
    "known_misses",
)


@dataclass(frozen=True)
class Case:
    """One text and every figure FIGURES.md says it reports."""

    id: str
    text: str
    published: str | None
    expected: tuple[dict[str, Any], ...]
    exhaustive: bool = True
    xfail: str | None = None
    group: str = ""


def fig(metric: str, value: int, side: str, **fields: Any) -> dict[str, Any]:
    """An expected figure; ``fields`` are any other FIGURES.md fields to check."""
    return {"metric": metric, "value": value, "side": side, **fields}


def case(
    id: str,
    text: str,
    published: str | None,
    *expected: dict[str, Any],
    exhaustive: bool = True,
    xfail: str | None = None,
) -> Case:
    """Shorthand for a ``Case`` (the group is filled in by ``load_cases``)."""
    return Case(id, text, published, tuple(expected), exhaustive, xfail)


def load_cases(groups: tuple[str, ...] = GROUPS) -> list[Case]:
    """All cases of the named groups, tagged with their group; ids must be unique."""
    cases: list[Case] = []
    for name in groups:
        module = importlib.import_module(f"{__name__}.{name}")
        cases.extend(Case(c.id, c.text, c.published, c.expected, c.exhaustive, c.xfail, name) for c in module.CASES)
    seen: set[str] = set()
    dupes = {c.id for c in cases if c.id in seen or seen.add(c.id)}
    if dupes:
        raise ValueError(f"duplicate case ids: {sorted(dupes)}")
    return cases
