"""The figure extractor: article text in, FIGURES.md records out. Pure: no database, no I/O."""

from __future__ import annotations

import datetime as dt

from casualties.figure import Figure

EXTRACTOR_VERSION = "0.0.0"


def extract(text: str, published: dt.date | None = None, config: object | None = None) -> list[Figure]:
    """Every reported figure in ``text`` (placeholder until the real extractor lands)."""
    return []
