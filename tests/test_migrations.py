"""Alembic revisions: up, down, up again, data kept, models agree, CHECK constraints hold."""

from __future__ import annotations

import contextlib

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, inspect
from sqlalchemy.exc import IntegrityError, OperationalError

from casualties import db
from casualties.errors import DatabaseError
from casualties.models import Base
from casualties.vocab import METRICS, POPULATIONS, QUALIFIERS, SCOPES

INSERT_ARTICLE = (
    "INSERT INTO articles (sha256, file, outlet, published, ingested_at, extractor_version, text) "
    "VALUES (:sha, 'lebanon.txt', 'Cedar Times', '2024-10-01', '2024-10-02 10:00:00', 'x', 'Some text.')"
)
INSERT_FIGURE = (
    "INSERT INTO figures (article_id, metric, side, population, value, high, qualifier, scope, as_of, "
    "reported_by, unit, surface, evidence, span_start, span_end, evidence_start, evidence_end) "
    "VALUES (:article_id, :metric, :side, :population, :value, :high, :qualifier, :scope, '2024-10-01', "
    ":reported_by, :unit, '12', 'Twelve people died.', 0, 2, 0, 10)"
)
GOOD = {
    "metric": "killed",
    "side": "lebanon",
    "population": "all",
    "value": 12,
    "high": None,
    "qualifier": "exact",
    "scope": "event",
    "reported_by": None,
    "unit": "person",
}


def _tables(url: str) -> set[str]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _insert_article(raw_sql, url: str, sha: str = "a" * 64) -> int:
    raw_sql(url, INSERT_ARTICLE, sha=sha)
    return raw_sql(url, "SELECT id FROM articles WHERE sha256 = :sha", sha=sha)[0][0]


def test_upgrade_downgrade_upgrade(db_url):
    db.upgrade(db_url)
    head = db.head_revision()
    assert db.current(db_url) == head
    assert {"articles", "figures"} <= _tables(db_url)
    db.downgrade(db_url, "base")
    assert db.current(db_url) is None
    assert _tables(db_url) <= {"alembic_version"}
    db.upgrade(db_url)
    assert db.current(db_url) == head
    db.downgrade(db_url, "base")
    db.open_database(db_url).dispose()  # an emptied database is migrated again on open
    assert db.current(db_url) == head


def test_current_does_not_create_a_sqlite_file(tmp_path):
    assert db.current(f"sqlite:///{tmp_path / 'nothing-here.db'}") is None
    assert list(tmp_path.iterdir()) == []


def test_rows_survive_upgrade_to_head(db_url, raw_sql):
    db.upgrade(db_url, "0001")
    article_id = _insert_article(raw_sql, db_url)
    raw_sql(db_url, INSERT_FIGURE, article_id=article_id, **GOOD)
    db.upgrade(db_url, "head")
    rows = raw_sql(db_url, "SELECT source, metric, side, value FROM figure_rows")
    assert rows == [("cedar times", "killed", "lebanon", 12)]


def test_models_and_migrations_agree(db_url):
    db.upgrade(db_url)
    engine = db.make_engine(db_url)
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_figure_rows_view_columns(db_url, raw_sql):
    db.upgrade(db_url)
    engine = db.make_engine(db_url)
    try:
        with engine.connect() as conn:
            columns = [c["name"] for c in inspect(conn).get_columns("figure_rows")]
    finally:
        engine.dispose()
    assert columns[:4] == ["figure_id", "article_id", "source", "as_of"]
    assert {"evidence", "span_start", "span_end", "url", "file", "title", "published"} <= set(columns)


@pytest.mark.parametrize(
    "change",
    [
        {"metric": "kiled"},
        {"side": "Gaza Strip"},
        {"side": "gaza strip"},
        {"population": "elderly"},
        {"qualifier": "roughly"},
        {"scope": "week"},
        {"value": -1},
        {"metric": "projectiles"},  # with unit person
        {"qualifier": "range", "high": None},
        {"qualifier": "range", "high": 5},  # high below value 12
        {"high": 20},  # high without range
        {"reported_by": "UN"},
    ],
)
def test_check_constraints_reject_raw_sql(article_db, raw_sql, change):
    url, article_id = article_db
    with pytest.raises(IntegrityError):
        raw_sql(url, INSERT_FIGURE, article_id=article_id, **(GOOD | change))
    assert raw_sql(url, "SELECT count(*) FROM figures") == [(0,)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def article_db(request, tmp_path_factory, make_pg_database):
    """(url, article id) of a migrated database holding one article and no figures, shared by the module."""

    def prepare(url: str) -> tuple[str, int]:
        db.upgrade(url)
        engine = db.make_engine(url)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(INSERT_ARTICLE.replace(":sha", "'" + "b" * 64 + "'"))
                return url, conn.exec_driver_sql("SELECT id FROM articles").scalar_one()
        finally:
            engine.dispose()

    if request.param == "sqlite":
        yield prepare(f"sqlite:///{tmp_path_factory.mktemp('checks') / 'c.db'}")
        return
    with make_pg_database() as url:
        yield prepare(url)


def test_check_constraints_accept_every_vocabulary_value(db_url, raw_sql):
    """The database's vocabularies are exactly vocab.py's: every value is accepted."""
    db.upgrade(db_url)
    article_id = _insert_article(raw_sql, db_url)
    rows = [{"metric": m, "unit": "projectile" if m == "projectiles" else "person"} for m in METRICS]
    rows += [{"population": p} for p in POPULATIONS]
    rows += [{"qualifier": q, "high": 15 if q == "range" else None} for q in QUALIFIERS]
    rows += [{"scope": s} for s in SCOPES]
    rows += [{"side": "west-bank", "reported_by": "gaza health ministry", "value": None}]
    for change in rows:
        raw_sql(db_url, INSERT_FIGURE, article_id=article_id, **(GOOD | change))
    assert raw_sql(db_url, "SELECT count(*) FROM figures") == [(len(rows),)]


def test_deleting_an_article_deletes_its_figures(db_url, raw_sql):
    db.upgrade(db_url)
    article_id = _insert_article(raw_sql, db_url)
    raw_sql(db_url, INSERT_FIGURE, article_id=article_id, **GOOD)
    raw_sql(db_url, "DELETE FROM articles WHERE id = :id", id=article_id)
    assert raw_sql(db_url, "SELECT count(*) FROM figures") == [(0,)]


def test_open_database_migrates_an_empty_database(db_url):
    engine = db.open_database(db_url)
    engine.dispose()
    assert db.current(db_url) == db.head_revision()


def test_open_database_refuses_an_old_revision(db_url):
    db.upgrade(db_url, "0001")
    if db.head_revision() == "0001":
        pytest.skip("only one revision exists")
    with pytest.raises(DatabaseError, match=r"revision 0001, head is .*casualties db upgrade"):
        db.open_database(db_url)
    assert db.current(db_url) == "0001"  # untouched


def test_open_database_refuses_a_foreign_database(sqlite_url, raw_sql):
    raw_sql(sqlite_url, "CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError, match="not a casualties database"):
        db.open_database(sqlite_url)


def test_history_is_ordered_from_0001():
    revisions = db.history()
    assert revisions[0][0] == "0001"
    assert revisions[-1][0] == db.head_revision()
    assert all(message for _, message in revisions)


def test_unknown_revision_is_a_database_error(sqlite_url):
    with pytest.raises(DatabaseError, match="9999"):
        db.upgrade(sqlite_url, "9999")


def test_sqlite_connections_are_configured(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'dir' / 'c.db'}"  # parent folders are created
    engine = db.make_engine(url)
    try:
        for _ in range(2):  # every pooled connection, not just the first
            with engine.connect() as conn:
                pragma = {
                    name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "busy_timeout", "foreign_keys", "synchronous")
                }
                assert pragma == {"journal_mode": "wal", "busy_timeout": 30000, "foreign_keys": 1, "synchronous": 1}
    finally:
        engine.dispose()
    assert (tmp_path / "new" / "dir" / "c.db").is_file()


def test_sqlite_transactions_roll_back_ddl(sqlite_url, raw_sql):
    """SQLite gets real BEGINs, so a failed transaction undoes schema changes too (migrations rely on it)."""
    engine = db.make_engine(sqlite_url)
    try:
        with pytest.raises(RuntimeError), engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
            raise RuntimeError("boom")
        with engine.connect() as conn:
            assert "scratch" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_check_constraint_names_match_the_models(db_url):
    """Autogenerate ignores CHECK constraints, so compare their names table by table."""
    db.upgrade(db_url)
    engine = db.make_engine(db_url)
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            for table in Base.metadata.sorted_tables:
                in_db = {c["name"] for c in insp.get_check_constraints(table.name)}
                in_models = {c.name for c in table.constraints if isinstance(c, CheckConstraint)}
                assert in_db == in_models, table.name
                if table.name == "figures":
                    assert "ck_figures_metric_vocab" in in_db and len(in_db) == 12
    finally:
        engine.dispose()


def _rebuild_articles(engine, foreign_keys_off: bool) -> None:
    """What a batch migration does on SQLite: copy `articles` into a new table and drop the old one."""
    with engine.connect() as conn:
        guard = db.sqlite_foreign_keys_off(conn) if foreign_keys_off else contextlib.nullcontext()
        with guard, conn.begin():
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("articles", recreate="always") as batch:
                batch.add_column(sa.Column("note", sa.Text()))
            db.check_foreign_keys(conn)


def test_sqlite_table_rebuild_keeps_child_rows_and_views(sqlite_url, raw_sql):
    """Why env.py wraps migrations in sqlite_foreign_keys_off: a batch rebuild of a parent table keeps
    its children's rows (no cascade) and does not trip over the views that name it."""
    db.upgrade(sqlite_url)
    article_id = _insert_article(raw_sql, sqlite_url)
    raw_sql(sqlite_url, INSERT_FIGURE, article_id=article_id, **GOOD)
    engine = db.make_engine(sqlite_url)
    try:
        _rebuild_articles(engine, foreign_keys_off=True)
        with engine.connect() as conn:  # settings are back to normal afterwards
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA legacy_alter_table").scalar() == 0
    finally:
        engine.dispose()
    assert raw_sql(sqlite_url, "SELECT count(*) FROM figures") == [(1,)]
    assert raw_sql(sqlite_url, "SELECT metric, outlet FROM figure_rows") == [("killed", "Cedar Times")]


def test_sqlite_table_rebuild_without_the_guard_fails(sqlite_url, raw_sql):
    db.upgrade(sqlite_url)
    article_id = _insert_article(raw_sql, sqlite_url)
    raw_sql(sqlite_url, INSERT_FIGURE, article_id=article_id, **GOOD)
    engine = db.make_engine(sqlite_url)
    try:
        # the message names the first view SQLite checks
        with pytest.raises(OperationalError, match=r"figure_rows|series_points"):
            _rebuild_articles(engine, foreign_keys_off=False)
    finally:
        engine.dispose()
    assert raw_sql(sqlite_url, "SELECT count(*) FROM figures") == [(1,)]  # rolled back whole


def test_open_while_another_process_migrates_the_empty_database(db_url, monkeypatch):
    """Two first ingests race to create the schema: the other one's migration may commit between our reads
    of the tables and of the history. Tables are read first, so such a commit reads as a migrated database
    (on PostgreSQL each statement sees the latest commit; SQLite reads one snapshot either way)."""
    real_inspect = db.inspect
    state = {"migrated": False}

    def inspect_after_the_other_commits(conn):
        if not state["migrated"]:
            state["migrated"] = True
            db.upgrade(db_url)  # the other process, on its own connection, commits tables and history
        return real_inspect(conn)

    monkeypatch.setattr(db, "inspect", inspect_after_the_other_commits)
    db.open_database(db_url).dispose()
    assert state["migrated"] and db.current(db_url) == db.head_revision()
