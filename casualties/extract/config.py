"""Extractor configuration: one explicit object holding the unit registry and the side gazetteer.

Nothing here is module-level mutable state: build a config (``load_config``)
and pass it to ``extract``; the default one is built once and never changed.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pint

from casualties.extract.gazetteer import DEMONYM, Gazetteer, builtin_entries, load_side_file
from casualties.extract.lexicon import METRIC_NOUNS, PERSON_NOUNS, PROJECTILE_NOUNS
from casualties.units import make_registry, unit_of_noun

SIDES_ENV = "CASUALTIES_SIDES"


@dataclass(frozen=True)
class ExtractorConfig:
    registry: pint.UnitRegistry
    gazetteer: Gazetteer
    demonym_nouns: frozenset[str] = field(default_factory=frozenset)  # "palestinians", "rohingya" (lower case)
    noun_units: dict[str, str] = field(default_factory=dict)  # counting noun -> pint unit ("rockets" -> projectile)


def load_config(side_files: Sequence[str | Path] | None = None, *, use_env: bool = True) -> ExtractorConfig:
    """Built-in tables plus the user's side files (argument, else $CASUALTIES_SIDES, ':'-separated)."""
    entries = builtin_entries()
    files: list[str | Path] = list(side_files or [])
    if not files and use_env and os.environ.get(SIDES_ENV):
        files = [p for p in os.environ[SIDES_ENV].split(os.pathsep) if p]
    for path in files:
        entries.extend(load_side_file(path))
    gazetteer = Gazetteer(entries)
    demonyms = frozenset(p.lower() for p, _, kind in entries if kind == DEMONYM and re.search(r"[a-z]", p))
    registry = make_registry()
    nouns = [*PROJECTILE_NOUNS, *PERSON_NOUNS, *METRIC_NOUNS, *demonyms]
    noun_units = {n: unit for n in nouns if (unit := unit_of_noun(registry, n)) is not None}
    return ExtractorConfig(registry=registry, gazetteer=gazetteer, demonym_nouns=demonyms, noun_units=noun_units)


@functools.lru_cache(maxsize=1)
def default_config() -> ExtractorConfig:
    """The built-in configuration (plus $CASUALTIES_SIDES), built once per process."""
    return load_config()
