"""Checks every blind article set shares: its gold follows FIGURES.md, its dates are the ones ingest
reads, and the extractor stays above a floor on it (a collapse fails; a small regression does not)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from casualties.textmeta import find_published
from casualties.vocab import METRICS, POPULATIONS, QUALIFIERS, SCOPES, is_side_slug

try:  # `tests` is a package only when pytest puts the repo root on sys.path
    from tests.article_cases.__main__ import score
except ImportError:
    from article_cases.__main__ import score

FIELDS = {"metric", "value", "side", "population", "qualifier", "high", "scope", "as_of", "reported_by", "cue"}


def check_variety(articles: Sequence[Any], *, figures: tuple[int, int], sides: int, undated: tuple[int, int]) -> None:
    figs = [f for c in articles for f in c.expected]
    assert figures[0] <= len(figs) <= figures[1]
    assert len({f["side"] for f in figs}) >= sides
    metrics = Counter(f["metric"] for f in figs)
    assert all(metrics[m] >= 3 for m in METRICS), metrics
    assert set(POPULATIONS) <= {f["population"] for f in figs}
    assert set(QUALIFIERS) <= {f["qualifier"] for f in figs}
    assert undated[0] <= sum(c.published is None for c in articles) <= undated[1]


def check_gold(case: Any, words: tuple[int, int], *, undated_totals_only: bool = False) -> None:
    """Every gold figure uses the vocabularies and shapes of FIGURES.md, and its cue is in the text."""
    assert words[0] <= len(case.text.split()) <= words[1]
    text = " ".join(case.text.split())
    for f in case.expected:
        assert set(f) >= FIELDS, f
        assert f["metric"] in METRICS and f["population"] in POPULATIONS, f
        assert f["qualifier"] in QUALIFIERS and f["scope"] in SCOPES and is_side_slug(f["side"]), f
        assert isinstance(f["value"], int) and not isinstance(f["value"], bool) and f["value"] > 0, f
        assert (f["high"] is not None) == (f["qualifier"] == "range"), f
        assert f["high"] is None or (isinstance(f["high"], int) and f["high"] > f["value"]), f
        if f["as_of"] is not None:
            dt.date.fromisoformat(f["as_of"])
        if case.published is None and (f["scope"] == "total" or not undated_totals_only):
            assert f["as_of"] is None, f  # an undated article names no day for its tolls
        assert f["reported_by"] is None or f["reported_by"] == f["reported_by"].lower().strip(), f
        for piece in f["cue"].split(" ... "):
            assert " ".join(piece.split()) in text, (f["cue"], piece)


def check_date(case: Any) -> None:
    found = find_published(case.text)
    assert (found.isoformat() if found else None) == case.published


def check_floor(articles: Sequence[Any], floor: float, module: str) -> None:
    """Only a floor: strict F1 over all articles >= floor."""
    p, r, f = score(list(articles)).strict_prf
    assert f >= floor, f"strict F1 {f:.3f} (P {p:.3f} R {r:.3f}) fell below {floor}; run python -m tests.{module} -v"
