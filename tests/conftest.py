"""Shared fixtures: database URLs for both backends and a small populated database.

PostgreSQL tests need a server: set CASUALTIES_TEST_PG_URL to a URL of a role
that may create databases, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres.
Each test gets a fresh throwaway database on it, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casualties.db import make_engine, one_line, open_database, safe_url
from casualties.figure import Figure
from casualties.source import SourceDoc, sha256_hex
from casualties.store import store_article

PG_ENV = "CASUALTIES_TEST_PG_URL"
SAMPLE_EXTRACTOR_VERSION = "test-0"


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A SQLite file URL in the test's temporary directory (the file does not exist yet)."""
    return f"sqlite:///{tmp_path / 'casualties.db'}"


@contextlib.contextmanager
def throwaway_pg_database() -> Iterator[str]:
    """Create an empty database on the CASUALTIES_TEST_PG_URL server, yield its URL, drop it."""
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped")
    name = f"casualties_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # a misconfigured test server fails loudly, not as a skip
        admin.dispose()
        pytest.fail(f"{PG_ENV}={safe_url(server)}: cannot create a test database: {one_line(exc)}", pytrace=False)
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def make_pg_database():
    """The throwaway_pg_database context manager, for fixtures with a wider scope than one test."""
    return throwaway_pg_database


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL of a brand-new, empty PostgreSQL database, dropped after the test."""
    with throwaway_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    """Each test using it runs twice: on SQLite and on PostgreSQL (skipped without a server)."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


def _fig(text_: str, sentence: str, surface: str, **fields) -> Figure:
    """A Figure whose spans point at ``surface`` inside ``sentence`` inside ``text_``."""
    es = text_.index(sentence)
    start = text_.index(surface, es)
    return Figure(
        evidence=sentence,
        evidence_span=(es, es + len(sentence)),
        surface=surface,
        span=(start, start + len(surface)),
        **fields,
    )


def _article(name: str, outlet: str, published: dt.date, body: str) -> SourceDoc:
    return SourceDoc(
        text=body,
        sha256=sha256_hex(body.encode()),
        file=f"tests/data/{name}.txt",
        url=f"https://news.example/{name}",
        title=body.split(".")[0],
        outlet=outlet,
        published=published,
    )


def build_sample_articles() -> list[tuple[SourceDoc, list[Figure]]]:
    """Four invented articles (Gaza twice, Sudan, Ukraine) and their figures, all contract-valid."""
    out: list[tuple[SourceDoc, list[Figure]]] = []

    d1 = dt.date(2024, 1, 10)
    s1 = "The health ministry in Gaza said at least 23,210 people have been killed since October 7."
    s2 = "Another 59,167 people have been wounded, it added."
    body = f"Strikes continue across the enclave. {s1} {s2}"
    doc = _article("gaza-jan", "Harbour Post", d1, body)
    out.append(
        (
            doc,
            [
                _fig(
                    body,
                    s1,
                    "23,210",
                    metric="killed",
                    value=23210,
                    side="gaza",
                    qualifier="lower",
                    as_of=d1,
                    reported_by="gaza health ministry",
                ),
                _fig(
                    body,
                    s2,
                    "59,167",
                    metric="injured",
                    value=59167,
                    side="gaza",
                    as_of=d1,
                    reported_by="gaza health ministry",
                ),
            ],
        )
    )

    d2 = dt.date(2024, 2, 20)
    s1 = "The death toll in Gaza has risen to 29,195, including 12,300 children, officials said."
    s2 = "Between 8 and 10 people were killed in a strike on a house in Rafah on Monday."
    body = f"{s1} {s2} Aid trucks waited at the crossing."
    doc = _article("gaza-feb", "Harbour Post", d2, body)
    out.append(
        (
            doc,
            [
                _fig(body, s1, "29,195", metric="killed", value=29195, side="gaza", as_of=d2, reported_by="officials"),
                _fig(
                    body,
                    s1,
                    "12,300",
                    metric="killed",
                    value=12300,
                    side="gaza",
                    population="children",
                    as_of=d2,
                    reported_by="officials",
                ),
                _fig(
                    body,
                    s2,
                    "8 and 10",
                    metric="killed",
                    value=8,
                    high=10,
                    qualifier="range",
                    side="gaza",
                    scope="event",
                    as_of=dt.date(2024, 2, 19),
                ),
            ],
        )
    )

    d3 = dt.date(2024, 6, 5)
    s1 = "More than 150,000 people fled El Fasher in the past month."
    s2 = "About 40 civilians were killed when shells hit a market."
    body = f"Fighting in Darfur intensified. {s1} {s2}"
    doc = _article("sudan-june", "Nile Wire", d3, body)
    out.append(
        (
            doc,
            [
                _fig(
                    body,
                    s1,
                    "150,000",
                    metric="displaced",
                    value=150000,
                    side="sudan",
                    qualifier="lower",
                    scope="event",
                    as_of=d3,
                ),
                _fig(
                    body,
                    s2,
                    "40",
                    metric="killed",
                    value=40,
                    side="sudan",
                    population="civilians",
                    qualifier="approx",
                    scope="event",
                    as_of=d3,
                ),
            ],
        )
    )

    d4 = dt.date(2024, 3, 2)
    s1 = "Russia launched 31 drones overnight, the Ukrainian air force said."
    body = f"Air raid sirens sounded in Kyiv. {s1}"
    doc = _article("ukraine-drones", "Steppe Daily", d4, body)
    out.append(
        (
            doc,
            [
                _fig(
                    body,
                    s1,
                    "31",
                    metric="projectiles",
                    unit="projectile",
                    value=31,
                    side="russia",
                    scope="event",
                    as_of=d4,
                    reported_by="ukrainian air force",
                ),
            ],
        )
    )
    return out


@pytest.fixture
def sample_articles() -> list[tuple[SourceDoc, list[Figure]]]:
    """The articles and figures that populated_db_url stores, to assert against."""
    return build_sample_articles()


@pytest.fixture
def populated_db_url(db_url: str, sample_articles) -> str:
    """A migrated database (both backends) holding sample_articles, stored with store_article."""
    return _populate(db_url, sample_articles)


def _populate(url: str, articles: list[tuple[SourceDoc, list[Figure]]]) -> str:
    engine = open_database(url)
    try:
        for doc, figures in articles:
            store_article(engine, doc, figures, extractor_version=SAMPLE_EXTRACTOR_VERSION)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared_populated_db_url(request, tmp_path_factory) -> Iterator[str]:
    """Like populated_db_url, but built once per test module: only for tests that never write to it."""
    if request.param == "sqlite":
        yield _populate(f"sqlite:///{tmp_path_factory.mktemp('shared') / 'casualties.db'}", build_sample_articles())
        return
    with throwaway_pg_database() as url:
        yield _populate(url, build_sample_articles())


@pytest.fixture
def raw_sql():
    """Run one SQL statement on a URL (plain SQL, no ORM) and return all rows; for checking state.

    The engine comes from make_engine, so SQLite enforces foreign keys as the library does.
    """

    def run(url: str, statement: str, **params) -> list[tuple]:
        engine = make_engine(url)
        try:
            with engine.begin() as conn:
                result = conn.execute(text(statement), params)
                return [tuple(r) for r in result] if result.returns_rows else []
        finally:
            engine.dispose()

    return run
