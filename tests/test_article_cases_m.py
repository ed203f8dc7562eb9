"""Thirteenth held-out article set (tests/article_cases_m): gold sanity and a FLOOR, nothing more.

The articles were written and annotated before the extractor was run on them; they are an
evaluation set, not a specification. Nothing here asserts a per-article result: the floor test
fails only if strict F1 over the whole set drops below FLOOR (a collapse, not a small regression).
Run ``python -m tests.article_cases_m -v`` for the actual errors. The other tests check that the
gold is well formed and that every stated publication date is the one ingest reads.
"""

from __future__ import annotations

import pytest

try:  # `tests` is a package only when pytest puts the repo root on sys.path
    from tests.article_cases_m import load_articles
    from tests.article_checks import check_date, check_floor, check_gold, check_variety
except ImportError:
    from article_cases_m import load_articles
    from article_checks import check_date, check_floor, check_gold, check_variety

FLOOR = 0.60  # strict F1 over the whole set
ARTICLES = load_articles()

# Realistic date lines textmeta does not read yet (reported to the lead; the gold keeps the true date).
UNREAD_DATE_FORMATS = {
    "m_gaza_aid_site_wire": "AP 'Updated 4:12 PM GMT, June 3, 2025' (time and zone before the date)",
    "m_iran_israel_war_wire": "AP 'Updated 6:40 PM GMT, June 16, 2025' (time and zone before the date)",
    "m_myanmar_school_airstrike_wire": "AP 'Updated 11:05 AM GMT, May 12, 2025' (time and zone before the date)",
    "m_ukraine_sumy_strike_kyiv_daily": "Kyiv Independent 'April 13, 2025 2:25 PM 2 min read' (trailing read time)",
    "m_sudan_el_fasher_hospital_un_news": "UN News '26 January 2025 Peace and Security' (trailing topic tag)",
}


def test_set_is_large_and_varied() -> None:
    check_variety(ARTICLES, figures=(150, 200), sides=15, undated=(2, 2))


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
    check_floor(ARTICLES, FLOOR, "article_cases_m")
