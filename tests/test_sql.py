"""Read-only SQL: reads work, writes are refused by the connection, time limits hold; the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from casualties.cli import app
from casualties.db import make_engine, open_database
from casualties.errors import DatabaseError, QueryError
from casualties.sqlquery import execute_readonly, run_readonly

COUNT = "SELECT count(*) FROM figures"
LONG_CTE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"


@pytest.fixture(scope="module")
def engine(shared_populated_db_url):
    """One populated database per module and backend: these tests only read (or are refused writes)."""
    engine = open_database(shared_populated_db_url)
    yield engine
    engine.dispose()


def _snapshot(engine) -> tuple:
    return (
        run_readonly(engine, COUNT)[1],
        run_readonly(engine, "SELECT count(*) FROM articles")[1],
        run_readonly(engine, "SELECT sum(value) FROM figures")[1],
    )


def test_select_works(engine, sample_articles):
    columns, rows = run_readonly(engine, "SELECT metric, count(*) AS n FROM figure_rows GROUP BY metric ORDER BY 1")
    assert columns == ["metric", "n"]
    expected: dict[str, int] = {}
    for _, figs in sample_articles:
        for fig in figs:
            expected[fig.metric] = expected.get(fig.metric, 0) + 1
    assert rows == sorted(expected.items())


def test_percent_sign_and_trailing_semicolon(engine):
    _, rows = run_readonly(engine, "SELECT count(*) FROM figure_rows WHERE source LIKE '%health%';")
    assert rows == [(2,)]


WRITES = [
    "DROP TABLE figures",
    "DROP VIEW figure_rows",
    "DELETE FROM figures",
    "UPDATE figures SET value = 0",
    "INSERT INTO articles (sha256, ingested_at, extractor_version, text) SELECT sha256 || 'x', ingested_at, "
    "extractor_version, text FROM articles",
    "CREATE TABLE notes (x INTEGER)",
    "CREATE INDEX ix_notes ON figures (surface)",
    "ALTER TABLE figures ADD COLUMN note TEXT",
]
SQLITE_ONLY = [
    "ATTACH DATABASE ':memory:' AS other",
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = DELETE",
    "VACUUM",
    "REINDEX",
    "BEGIN IMMEDIATE",
]
PG_ONLY = [
    "SET TRANSACTION READ WRITE",
    "CREATE TEMP TABLE scratch AS SELECT 1 AS x",
    "SELECT nextval(pg_get_serial_sequence('figures', 'id'))",
    "TRUNCATE figures CASCADE",
    "WITH gone AS (DELETE FROM figures RETURNING id) SELECT count(*) FROM gone",
    "VACUUM",
    "COPY (SELECT 1) TO '/tmp/casualties-sql-test-copy.csv'",  # a server file, even for a superuser
]


def _refused_and_unchanged(engine, statement: str) -> None:
    before = _snapshot(engine)
    with pytest.raises(QueryError, match=r"^refused: "):
        run_readonly(engine, statement)
    assert _snapshot(engine) == before
    assert run_readonly(engine, "SELECT count(*) FROM figure_rows")[1] == before[0]


@pytest.mark.parametrize("statement", WRITES)
def test_writes_are_refused_and_data_is_unchanged(engine, statement):
    _refused_and_unchanged(engine, statement)


@pytest.mark.parametrize("shared_populated_db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("statement", SQLITE_ONLY)
def test_sqlite_writes_are_refused(engine, statement):
    _refused_and_unchanged(engine, statement)


@pytest.mark.parametrize("shared_populated_db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("statement", PG_ONLY)
def test_postgresql_writes_are_refused(engine, statement):
    _refused_and_unchanged(engine, statement)


@pytest.mark.parametrize("shared_populated_db_url", ["postgresql"], indirect=True)
def test_postgresql_statements_are_always_rolled_back(engine):
    """The last layer: PostgreSQL lets a read-only transaction create a large object, but it never persists."""
    count = "SELECT count(*) FROM pg_largeobject_metadata"
    before = run_readonly(engine, count)[1]
    run_readonly(engine, "SELECT lo_from_bytea(0, 'x') IS NOT NULL AS created")
    assert run_readonly(engine, count)[1] == before


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT 1; DELETE FROM figures",
        "DELETE FROM figures; SELECT 1",
        "SELECT 1; SELECT 2",
        "COMMIT; DELETE FROM figures",
    ],
)
def test_several_statements_are_refused(engine, statement):
    """Refused as several statements, or (SQLite reads the first one first) as a write."""
    before = _snapshot(engine)
    with pytest.raises(QueryError, match=r"^refused: the sql command (runs one statement at a time|is read-only)"):
        run_readonly(engine, statement)
    assert _snapshot(engine) == before


def test_reading_pragma_allowed_on_sqlite(sqlite_url):
    engine = open_database(sqlite_url)
    try:
        columns, rows = run_readonly(engine, "PRAGMA table_info(figures)")
        assert "name" in columns and any("metric" in row for row in rows)
        assert run_readonly(engine, "PRAGMA journal_mode")[1] == [("wal",)]
    finally:
        engine.dispose()


def test_time_limit_interrupts_a_long_query(engine):
    with pytest.raises(QueryError, match=r"^query exceeded the 0\.5 s time limit$"):
        run_readonly(engine, LONG_CTE, timeout=0.5)
    # the engine is still usable afterwards
    assert run_readonly(engine, "SELECT 1 AS one") == (["one"], [(1,)])


def test_max_rows_truncates(engine):
    result = execute_readonly(engine, "SELECT figure_id FROM figure_rows ORDER BY figure_id", max_rows=3)
    assert (len(result.rows), result.truncated) == (3, True)
    result = execute_readonly(engine, "SELECT figure_id FROM figure_rows", max_rows=100)
    assert result.truncated is False


def test_syntax_error_is_one_line(engine):
    with pytest.raises(QueryError) as info:
        run_readonly(engine, "SELEC metric FROM figures")
    assert "\n" not in str(info.value) and "SELEC" in str(info.value)


def test_empty_statement(engine):
    with pytest.raises(QueryError, match="empty"):
        run_readonly(engine, "   ")


def test_unreachable_database_is_a_database_error():
    with pytest.raises(DatabaseError, match=r"^cannot connect to postgresql\+psycopg://nobody:\*\*\*@127.0.0.1:1/x"):
        make_engine("postgresql+psycopg://nobody:hunter2@127.0.0.1:1/x")


@pytest.mark.parametrize("url", ["nonsense", "mysql://a@b/c", "sqlite:////proc/no/such/dir/x.db"])
def test_bad_urls_are_database_errors(url):
    with pytest.raises(DatabaseError):
        make_engine(url)


# --- CLI ------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_sql_json(shared_populated_db_url):
    statement = "SELECT side, count(*) AS n FROM figure_rows GROUP BY side ORDER BY side"
    result = runner.invoke(app, ["--db", shared_populated_db_url, "sql", statement, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {"side": "gaza", "n": 5},
        {"side": "russia", "n": 1},
        {"side": "sudan", "n": 2},
    ]


def test_cli_sql_reads_the_statement_from_stdin(shared_populated_db_url):
    statement = "SELECT metric FROM figure_rows\nWHERE side = 'russia'\n"
    result = runner.invoke(app, ["--db", shared_populated_db_url, "sql", "-", "-f", "csv"], input=statement)
    assert result.exit_code == 0, result.output
    assert result.stdout == "metric\nprojectiles\n"


def test_cli_sql_refuses_write_with_one_line(shared_populated_db_url):
    result = runner.invoke(app, ["--db", shared_populated_db_url, "sql", "DELETE FROM figures"])
    assert result.exit_code == 1
    assert result.stderr == "Error: refused: the sql command is read-only (attempted to write)\n"


def test_cli_unreachable_database_one_line():
    result = runner.invoke(app, ["--db", "postgresql+psycopg://nobody:pw@127.0.0.1:1/x", "sql", "SELECT 1"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot connect to postgresql+psycopg://nobody:***@127.0.0.1:1/x")
    assert result.stderr.count("\n") == 1 and "pw@" not in result.stderr


def test_cli_db_commands(sqlite_url):
    assert runner.invoke(app, ["--db", sqlite_url, "db", "upgrade", "0001"]).stdout.endswith("empty -> 0001\n")
    current = runner.invoke(app, ["--db", sqlite_url, "db", "current"])
    assert current.exit_code == 0 and current.stdout.startswith("0001")
    up = runner.invoke(app, ["--db", sqlite_url, "db", "upgrade"])
    assert up.exit_code == 0 and "0001 -> " in up.stdout
    history = runner.invoke(app, ["db", "history"])
    assert history.stdout.startswith("0001  ")
    down = runner.invoke(app, ["--db", sqlite_url, "db", "downgrade", "base"])
    assert down.exit_code == 0 and down.stdout.endswith("-> empty\n")
    bad = runner.invoke(app, ["--db", sqlite_url, "db", "downgrade", "0999"])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: cannot downgrade")


def test_in_memory_database_is_migrated_and_read_only():
    engine = open_database("sqlite://")
    try:
        assert run_readonly(engine, "SELECT count(*) FROM figure_rows") == (["count(*)"], [(0,)])
        for statement in ("DROP TABLE figures", "PRAGMA foreign_keys = OFF", "CREATE TABLE t (x)"):
            with pytest.raises(QueryError, match=r"^refused"):
                run_readonly(engine, statement)
        with engine.connect() as conn:  # the connection's own settings are untouched afterwards
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert "figures" in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    finally:
        engine.dispose()
