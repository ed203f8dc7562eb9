"""The figure extractor: article text in, FIGURES.md records out. Pure: no database, no I/O.

>>> from casualties.extract import extract
>>> [f.value for f in extract("At least 12 people were killed in Kharkiv on Tuesday.")]
[12]
"""

from __future__ import annotations

import datetime as dt

from casualties.extract.config import ExtractorConfig, default_config, load_config
from casualties.extract.extractor import extract_figures
from casualties.figure import Figure

EXTRACTOR_VERSION = "1.0.0"

__all__ = ["EXTRACTOR_VERSION", "ExtractorConfig", "extract", "load_config"]


def extract(text: str, published: dt.date | None = None, config: ExtractorConfig | None = None) -> list[Figure]:
    """Every reported figure in ``text``; ``published`` (the article date) anchors relative dates.

    Never raises on odd text: junk in gives an empty list.
    """
    if not text or not text.strip():
        return []
    return extract_figures(text, published, config or default_config())
