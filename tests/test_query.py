"""Filtered listings from the figure_rows view, vocabulary validation and the export records."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from casualties.db import open_database
from casualties.errors import VocabularyError
from casualties.query import FigureFilter, export_records, select_figures

FIGURES_MD_FIELDS = {
    "metric", "side", "population", "value", "qualifier", "high", "scope", "as_of", "reported_by", "unit", "evidence",
}  # fmt: skip


@pytest.fixture(scope="module")
def engine(shared_populated_db_url):
    """One populated database per module and backend: these tests only read (or are refused writes)."""
    engine = open_database(shared_populated_db_url)
    yield engine
    engine.dispose()


def _all_figures(sample_articles):
    return [(doc, fig) for doc, figs in sample_articles for fig in figs]


def test_unfiltered_listing_has_every_figure_in_order(engine, sample_articles):
    columns, rows = select_figures(engine, FigureFilter())
    assert len(rows) == len(_all_figures(sample_articles))
    keys = [(r[columns.index("as_of")], r[columns.index("metric")], r[columns.index("side")]) for r in rows]
    assert keys == sorted(keys)


def test_filters_combine(engine, sample_articles):
    flt = FigureFilter(metric="killed", side="gaza", since=dt.date(2024, 2, 1))
    columns, rows = select_figures(engine, flt, columns=["value", "as_of", "population"])
    expected = sorted(
        (f.value, f.as_of, f.population)
        for _, f in _all_figures(sample_articles)
        if f.metric == "killed" and f.side == "gaza" and f.as_of >= dt.date(2024, 2, 1)
    )
    assert columns == ["value", "as_of", "population"]
    assert sorted(rows) == expected
    assert len(rows) == 3


def test_source_is_reporter_else_outlet(engine):
    _, rows = select_figures(engine, FigureFilter(source="Nile Wire"), columns=["metric", "reported_by", "outlet"])
    assert sorted(rows) == [("displaced", None, "Nile Wire"), ("killed", None, "Nile Wire")]
    _, rows = select_figures(engine, FigureFilter(source="gaza health ministry"), columns=["metric"])
    assert sorted(rows) == [("injured",), ("killed",)]


def test_until_bounds_inclusively(engine):
    _, rows = select_figures(engine, FigureFilter(until=dt.date(2024, 1, 10)), columns=["as_of"])
    assert rows == [(dt.date(2024, 1, 10),), (dt.date(2024, 1, 10),)]


@pytest.mark.parametrize(
    ("flt", "message"),
    [
        (FigureFilter(metric="kiled"), r"unknown metric 'kiled'; valid: killed, injured"),
        (FigureFilter(population="kids"), r"unknown population 'kids'; valid: all, civilians"),
        (FigureFilter(scope="daily"), r"unknown scope 'daily'"),
        (FigureFilter(side="Gaza Strip"), r"unknown side 'Gaza Strip'.*gaza, russia, sudan"),
        (FigureFilter(side="narnia"), r"unknown side 'narnia'; sides in the database: gaza, russia, sudan"),
        (FigureFilter(since=dt.date(2024, 5, 1), until=dt.date(2024, 4, 1)), "is after"),
    ],
)
def test_bad_filters_are_vocabulary_errors(engine, flt, message):
    with pytest.raises(VocabularyError, match=message):
        select_figures(engine, flt)


def test_known_side_absent_from_database_gives_no_rows(engine):
    assert select_figures(engine, FigureFilter(side="yemen"))[1] == []


def test_unknown_column_is_refused(engine):
    with pytest.raises(VocabularyError, match="unknown column 'password'"):
        select_figures(engine, FigureFilter(), columns=["password"])


def test_export_records_carry_every_field(engine, sample_articles):
    records = list(export_records(engine))
    assert len(records) == len(_all_figures(sample_articles))
    by_key = {(doc.sha256, fig.span): (doc, fig) for doc, fig in _all_figures(sample_articles)}
    for rec in records:
        assert rec.keys() >= FIGURES_MD_FIELDS
        doc, fig = by_key[(rec["article_sha256"], tuple(rec["span"]))]
        assert {k: rec[k] for k in FIGURES_MD_FIELDS} == {k: fig.to_record()[k] for k in FIGURES_MD_FIELDS}
        assert doc.text[rec["span"][0] : rec["span"][1]] == rec["surface"]
        assert (rec["file"], rec["url"], rec["title"], rec["outlet"]) == (doc.file, doc.url, doc.title, doc.outlet)
        assert rec["published"] == doc.published.isoformat()
        assert rec["doc"] == doc.file.rsplit("/", 1)[-1].removesuffix(".txt")
        json.dumps(rec)  # JSON-ready


def test_export_is_ordered_by_article_then_span(engine):
    keys = [(r["article_sha256"], r["span"][0]) for r in export_records(engine, batch=2)]
    firsts = [k[0] for k in keys]
    # articles come in contiguous blocks, spans ascending inside each
    assert len(set(firsts)) == len([a for i, a in enumerate(firsts) if i == 0 or firsts[i - 1] != a])
    for (a1, s1), (a2, s2) in itertools.pairwise(keys):
        assert a1 != a2 or s1 <= s2
