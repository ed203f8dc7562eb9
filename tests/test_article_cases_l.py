"""Twelfth held-out article set (tests/article_cases_l): gold sanity and a FLOOR, nothing more.

The articles were written and annotated before the extractor was run on them; they are an
evaluation set, not a specification. Nothing here asserts a per-article result: the floor test
fails only if strict F1 over the whole set drops below FLOOR (a collapse, not a small regression).
Run ``python -m tests.article_cases_l -v`` for the actual errors. The other tests check that the
gold is well formed and that every stated publication date is the one ingest reads.
"""

from __future__ import annotations

import pytest

try:  # `tests` is a package only when pytest puts the repo root on sys.path
    from tests.article_cases_l import load_articles
    from tests.article_checks import check_date, check_floor, check_gold, check_variety
except ImportError:
    from article_cases_l import load_articles
    from article_checks import check_date, check_floor, check_gold, check_variety

FLOOR = 0.60  # strict F1 over the whole set
ARTICLES = load_articles()

# Realistic date lines textmeta does not read yet (reported to the lead; the gold keeps the true date).
UNREAD_DATE_FORMATS = {
    "l_gaza_tabiin_school_wire": "Reuters 'August 10, 2024 3:18 PM GMT+1 Updated 2 hours ago' (trailing 'Updated')",
}


def test_set_is_large_and_varied() -> None:
    check_variety(ARTICLES, figures=(170, 200), sides=15, undated=(2, 2))


@pytest.mark.parametrize("case", ARTICLES, ids=lambda c: c.id)
def test_gold_follows_the_contract(case) -> None:
    check_gold(case, (300, 650), undated_totals_only=False)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=UNREAD_DATE_FORMATS[c.id], strict=True))
        if c.id in UNREAD_DATE_FORMATS
        else c
        for c in ARTICLES
    ],
    ids=lambda c: c.id,
)
def test_stated_date_is_the_one_ingest_reads(case) -> None:
    check_date(case)


def test_extractor_stays_above_floor() -> None:
    check_floor(ARTICLES, FLOOR, "article_cases_l")
