"""The figure extractor: article text in, FIGURES.md records out. Pure: no database, no I/O.

>>> from casualties.extract import extract
>>> [f.value for f in extract("At least 12 people were killed in Kharkiv on Tuesday.")]
[12]
"""

from __future__ import annotations

import datetime as dt
import importlib.machinery

from casualties.extract import extractor as _extractor_module
from casualties.extract.config import ExtractorConfig, default_config, load_config
from casualties.extract.extractor import extract_figures
from casualties.figure import Figure

EXTRACTOR_VERSION = "1.0.0"

__all__ = ["EXTRACTOR_VERSION", "ExtractorConfig", "extract", "extractor_build", "load_config"]


def extractor_build() -> str:
    """'compiled' when the extractor runs as mypyc C extensions (CASUALTIES_COMPILE=1 pip install .),
    else 'pure-Python': benchmarks say which one they timed."""
    path = _extractor_module.__file__ or ""
    return "compiled" if path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) else "pure-Python"


def extract(text: str, published: dt.date | None = None, config: ExtractorConfig | None = None) -> list[Figure]:
    """Every reported figure in ``text``; ``published`` (the article date) anchors relative dates.

    Never raises on odd text: junk in gives an empty list.
    """
    if not text or not text.strip():
        return []
    return extract_figures(text, published, config or default_config())
