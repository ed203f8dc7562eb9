"""The closed vocabularies of the figure contract (FIGURES.md).

One place for them, so the extractor, the database CHECK constraints, the CLI
option validation and the export all agree.
"""

from __future__ import annotations

import re

METRICS: tuple[str, ...] = (
    "killed",
    "injured",
    "missing",
    "hostages",
    "detained",
    "displaced",
    "evacuated",
    "projectiles",
)
PEOPLE_METRICS: frozenset[str] = frozenset(METRICS) - {"projectiles"}

POPULATIONS: tuple[str, ...] = (
    "all",
    "civilians",
    "combatants",
    "children",
    "women",
    "journalists",
    "medics",
    "aid_workers",
)
QUALIFIERS: tuple[str, ...] = ("exact", "lower", "upper", "approx", "range")
SCOPES: tuple[str, ...] = ("total", "event")
UNITS: tuple[str, ...] = ("person", "projectile")
# How an article's publication date is known: stated in it, given by the user, or inferred from
# evidence in the text (casualties/dating.py). Inferred dates are guesses and say so.
PUBLISHED_BASES: tuple[str, ...] = ("text", "user", "official-series", "same-story")

UNKNOWN_SIDE = "unknown"

# A side is an open vocabulary (users add conflicts), but always a lower-case slug.
SIDE_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def unit_for(metric: str) -> str:
    """The count unit of a metric: projectiles are counted in projectiles, everything else in people."""
    return "projectile" if metric == "projectiles" else "person"


def is_side_slug(side: str) -> bool:
    return bool(SIDE_SLUG.match(side))
