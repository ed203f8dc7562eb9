"""store_article: new, unchanged, replaced, and all-or-nothing on a bad figure."""

from __future__ import annotations

import dataclasses
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualties.db import open_database
from casualties.errors import InputError
from casualties.figure import Figure, contract_errors
from casualties.query import export_records
from casualties.source import SourceDoc, sha256_hex
from casualties.store import StoreResult, store_article, store_articles, stored_hashes
from casualties.vocab import METRICS, POPULATIONS, QUALIFIERS, SCOPES, unit_for

TEXT = "In Port-au-Prince, gangs killed 14 people on Sunday. Some 300 families fled the district."


def _doc(text: str = TEXT, **kw) -> SourceDoc:
    return SourceDoc(text=text, sha256=sha256_hex(text.encode()), file="haiti.txt", outlet="Island Courier", **kw)


def _figs() -> list[Figure]:
    return [
        Figure(metric="killed", value=14, side="haiti", scope="event", as_of=dt.date(2024, 3, 10),
               surface="14", span=(32, 34), evidence=TEXT[:52], evidence_span=(0, 52)),
        Figure(metric="displaced", value=300, side="haiti", qualifier="approx", scope="event",
               surface="300", span=(58, 61), evidence=TEXT[53:], evidence_span=(53, len(TEXT))),
    ]  # fmt: skip


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def test_new_then_unchanged(engine, raw_sql, db_url):
    first = store_article(engine, _doc(), _figs(), extractor_version="1")
    assert (first.status, first.figures) == ("new", 2)
    again = store_article(engine, _doc(), [], extractor_version="2")
    assert (again.status, again.article_id, again.figures) == ("unchanged", first.article_id, 2)
    assert raw_sql(db_url, "SELECT extractor_version FROM articles") == [("1",)]
    stored = raw_sql(db_url, "SELECT metric, value, span_start, span_end, evidence_start, surface FROM figures")
    assert sorted(stored) == [("displaced", 300, 58, 61, 53, "300"), ("killed", 14, 32, 34, 0, "14")]


def test_replace_swaps_figures_and_metadata(engine, raw_sql, db_url):
    first = store_article(engine, _doc(), _figs(), extractor_version="1")
    result = store_article(engine, _doc(title="Gang violence"), _figs()[:1], extractor_version="2", replace=True)
    assert (result.status, result.article_id, result.figures) == ("replaced", first.article_id, 1)
    assert raw_sql(db_url, "SELECT title, extractor_version FROM articles") == [("Gang violence", "2")]
    assert raw_sql(db_url, "SELECT metric FROM figures") == [("killed",)]


def test_replace_of_a_new_article_is_new(engine):
    assert store_article(engine, _doc(), _figs(), extractor_version="1", replace=True).status == "new"


def test_bad_figure_rolls_back_the_whole_article(engine, raw_sql, db_url):
    bad = [*_figs(), dataclasses.replace(_figs()[0], metric="kiled")]
    with pytest.raises(InputError, match=r"haiti\.txt.*metric_vocab.*nothing was stored"):
        store_article(engine, _doc(), bad, extractor_version="1")
    assert raw_sql(db_url, "SELECT count(*) FROM articles") == [(0,)]
    assert raw_sql(db_url, "SELECT count(*) FROM figures") == [(0,)]


def test_bad_figure_on_replace_keeps_the_old_version(engine, raw_sql, db_url):
    store_article(engine, _doc(), _figs(), extractor_version="1")
    bad = [dataclasses.replace(_figs()[0], side="Port au Prince")]
    with pytest.raises(InputError, match="side_slug"):
        store_article(engine, _doc(title="new"), bad, extractor_version="2", replace=True)
    assert raw_sql(db_url, "SELECT title, extractor_version FROM articles") == [(None, "1")]
    assert raw_sql(db_url, "SELECT count(*) FROM figures") == [(2,)]


def test_same_text_under_another_name_is_unchanged(engine):
    store_article(engine, _doc(), _figs(), extractor_version="1")
    other = dataclasses.replace(_doc(), file="copy-of-haiti.txt")
    assert store_article(engine, other, _figs(), extractor_version="1").status == "unchanged"


def test_article_without_figures_is_stored(engine, raw_sql, db_url):
    text = "Talks resumed in Doha on Tuesday with no new figures."
    result = store_article(engine, _doc(text), [], extractor_version="1")
    assert (result.status, result.figures) == ("new", 0)
    assert raw_sql(db_url, "SELECT text FROM articles") == [(text,)]


def test_concurrent_writers_from_an_empty_database(db_url, raw_sql):
    """Two writers (own engines, as two processes would have) migrate and store overlapping articles."""
    texts = [f"Clashes in Goma left {n} people dead on day {n}." for n in range(1, 31)]

    def writer(chunk: list[str]) -> list[str]:
        engine = open_database(db_url)
        try:
            statuses = []
            for text in chunk:
                start = text.index("left ") + 5
                surface = text[start:].split()[0]
                span = (start, start + len(surface))
                fig = Figure(metric="killed", value=int(surface), side="dr-congo", scope="event", surface=surface,
                             span=span, evidence=text, evidence_span=(0, len(text)))  # fmt: skip
                statuses.append(store_article(engine, _doc(text), [fig], extractor_version="1").status)
            return statuses
        finally:
            engine.dispose()

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(writer, [texts[:20], texts[10:]])
    assert (first + second).count("new") == 30
    assert (first + second).count("unchanged") == 10
    assert raw_sql(db_url, "SELECT count(*), count(DISTINCT article_id) FROM figures") == [(30, 30)]


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@st.composite
def _article_with_figures(draw) -> tuple[SourceDoc, list[Figure]]:
    """An invented article of numbered sentences and contract-valid figures pointing into it."""
    n = draw(st.integers(1, 5))
    sentences = [f"In {draw(_words)} {i + 1} {draw(_words)} were counted." for i in range(n)]
    text = " ".join(sentences) + f" [{draw(st.uuids())}]"
    figures, pos = [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        metric = draw(st.sampled_from(METRICS))
        qualifier = draw(st.sampled_from(QUALIFIERS))
        value = draw(st.none() | st.integers(0, 10**9)) if qualifier != "range" else draw(st.integers(0, 10**6))
        surface = str(i + 1)
        at = sentence.index(f" {surface} ") + 1 + start
        figures.append(
            Figure(
                metric=metric,
                value=value,
                side=draw(st.from_regex(r"[a-z]{1,10}(-[a-z0-9]{1,6})?", fullmatch=True)),
                population=draw(st.sampled_from(POPULATIONS)),
                qualifier=qualifier,
                high=value + draw(st.integers(0, 1000)) if qualifier == "range" else None,
                scope=draw(st.sampled_from(SCOPES)),
                as_of=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
                reported_by=draw(st.none() | _words.map(lambda w: f"{w} ministry")),
                unit=unit_for(metric),
                evidence=sentence,
                evidence_span=(start, pos),
                surface=surface,
                span=(at, at + len(surface)),
            )
        )
    doc = SourceDoc(text=text, sha256=sha256_hex(text.encode()), file=f"gen/{draw(_words)}.txt")
    return doc, figures


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=_article_with_figures())
def test_stored_figures_export_unchanged(tmp_path, article):
    """Whatever valid figures go in come back out of the export field for field (SQLite).

    Examples share one database (tmp_path lives for the whole test); replace=True makes
    a repeated text take the new figures.
    """
    doc, figures = article
    assert all(contract_errors(f, doc.text) == [] for f in figures)
    engine = open_database(f"sqlite:///{tmp_path / 'roundtrip.db'}")
    try:
        result = store_article(engine, doc, figures, extractor_version="1", replace=True)
        exported = [r for r in export_records(engine) if r["article_sha256"] == doc.sha256]
    finally:
        engine.dispose()
    assert result.figures == len(figures)
    keys = ("metric", "side", "population", "value", "qualifier", "high", "scope", "as_of", "reported_by", "unit",
            "evidence", "surface", "span")  # fmt: skip
    assert [{k: r[k] for k in keys} for r in exported] == [{k: f.to_record()[k] for k in keys} for f in figures]


def _numbered(n: int) -> tuple[SourceDoc, list[Figure]]:
    text = f"Shelling in Kharkiv wounded {n} people overnight."
    start = text.index(str(n))
    fig = Figure(metric="injured", value=n, side="ukraine", scope="event", surface=str(n),
                 span=(start, start + len(str(n))), evidence=text, evidence_span=(0, len(text)))  # fmt: skip
    return _doc(text), [fig]


def test_store_articles_batches_keep_each_article_whole(engine, raw_sql, db_url):
    items = [_numbered(n) for n in range(1, 8)]
    bad_doc, bad_figs = items[3]
    items[3] = (bad_doc, [dataclasses.replace(bad_figs[0], population="elders")])
    items.append(items[0])  # the same text again, later in the same batch
    outcomes = list(store_articles(engine, items, extractor_version="1", batch=3))
    assert [o.status if isinstance(o, StoreResult) else "error" for o in outcomes] == [
        "new", "new", "new", "error", "new", "new", "new", "unchanged",
    ]  # fmt: skip
    assert "population_vocab" in str(outcomes[3])
    stored = raw_sql(db_url, "SELECT value FROM figures ORDER BY value")
    assert stored == [(n,) for n in (1, 2, 3, 5, 6, 7)]
    assert stored_hashes(engine, [d.sha256 for d, _ in items] + ["f" * 64]) == {
        d.sha256 for i, (d, _) in enumerate(items) if i != 3
    }
