"""Read-only SQL for users (`casualties sql`), enforced by the database connection.

Nothing here inspects the statement's text to decide whether it writes: the
connection itself cannot write.

- SQLite: a separate connection opened with ``mode=ro`` (the file cannot be
  written), plus an authorizer that allows only reading (no ATTACH, which
  VACUUM INTO also needs, no writing PRAGMA, no transactions). A progress
  handler enforces the time limit.
- PostgreSQL: a READ ONLY transaction with a ``statement_timeout``, always rolled
  back, run as the built-in ``pg_read_all_data`` role when the connecting role
  may use it (a superuser could otherwise write server files with COPY); the
  statement is sent with the extended protocol, which refuses several statements
  at once, and the connection is discarded afterwards so nothing a statement
  sets can leak into later use. On a shared server, still give `sql` users a
  role without superuser: that is the boundary PostgreSQL itself enforces.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from casualties.db import one_line
from casualties.errors import QueryError

REFUSED = "refused: the sql command is read-only (attempted to write)"
MULTIPLE = "refused: the sql command runs one statement at a time (remove the extra ';' statements)"

# PRAGMAs that only read; the first group may take an argument (a table or index name).
_PRAGMAS_WITH_ARG = frozenset(
    {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list", "foreign_key_check"}
)
_PRAGMAS_NO_ARG = _PRAGMAS_WITH_ARG | {
    "table_list",
    "database_list",
    "collation_list",
    "function_list",
    "pragma_list",
    "module_list",
    "compile_options",
    "user_version",
    "schema_version",
    "application_id",
    "page_size",
    "page_count",
    "freelist_count",
    "journal_mode",
    "foreign_keys",
    "encoding",
    "data_version",
    "integrity_check",
    "quick_check",
}


@dataclass(frozen=True, slots=True)
class SqlResult:
    """Columns and rows of a read-only query; ``truncated`` when ``max_rows`` cut it short."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool = False


def run_readonly(
    engine: Engine, statement: str, *, timeout: float | None = None, max_rows: int | None = None
) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of one read-only SQL statement; QueryError if it writes, fails or runs too long."""
    result = execute_readonly(engine, statement, timeout=timeout, max_rows=max_rows)
    return result.columns, result.rows


def execute_readonly(
    engine: Engine, statement: str, *, timeout: float | None = None, max_rows: int | None = None
) -> SqlResult:
    """Like run_readonly, and says whether ``max_rows`` truncated the result."""
    if not statement.strip():
        raise QueryError("empty SQL statement")
    if timeout is not None and timeout <= 0:
        raise QueryError(f"the time limit must be positive, got {timeout}")
    if max_rows is not None and max_rows < 0:
        raise QueryError(f"max rows must be zero or more, got {max_rows}")
    if engine.dialect.name == "sqlite":
        return _sqlite(engine, statement, timeout, max_rows)
    if engine.dialect.name == "postgresql":
        return _postgresql(engine, statement, timeout, max_rows)
    raise QueryError(f"read-only SQL is not supported on {engine.dialect.name}")


def _fetch(cursor: Any, max_rows: int | None) -> SqlResult:
    columns = [d[0] for d in cursor.description] if cursor.description else []
    if not columns:
        return SqlResult([], [])
    if max_rows is None:
        return SqlResult(columns, [tuple(r) for r in cursor.fetchall()])
    rows = [tuple(r) for r in cursor.fetchmany(max_rows + 1)]
    return SqlResult(columns, rows[:max_rows], truncated=len(rows) > max_rows)


def _limit_text(timeout: float) -> str:
    return f"query exceeded the {timeout:g} s time limit"


# --- SQLite -------------------------------------------------------------------------------------


def _authorizer(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    """Allow reading only; everything else (writes, DDL, ATTACH, transactions, PRAGMA writes) is denied."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if (arg2 or "").lower() == "load_extension" else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        allowed = name in _PRAGMAS_NO_ARG if arg2 is None else name in _PRAGMAS_WITH_ARG
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # SQLite's own schema parsing (pragma table functions); ro mode blocks real writes
    return sqlite3.SQLITE_DENY


def _progress(deadline: float | None) -> Callable[[], int]:
    def check() -> int:
        return 1 if deadline is not None and time.monotonic() > deadline else 0

    return check


def _sqlite_connection(engine: Engine) -> tuple[sqlite3.Connection, Callable[[], None]]:
    """A read-only connection of its own for a file database; the engine's, locked down, for :memory:."""
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser().resolve()
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        except sqlite3.Error as exc:
            raise QueryError(f"cannot open {path} read-only: {exc}") from exc
        return conn, conn.close
    raw = engine.raw_connection()
    driver = raw.driver_connection
    assert driver is not None  # None only once invalidated; this one was just checked out
    conn = driver

    def release() -> None:
        conn.set_authorizer(None)
        conn.set_progress_handler(None, 0)
        raw.close()

    return conn, release


def _sqlite(engine: Engine, statement: str, timeout: float | None, max_rows: int | None) -> SqlResult:
    conn, release = _sqlite_connection(engine)
    try:
        conn.set_authorizer(_authorizer)
        deadline = time.monotonic() + timeout if timeout is not None else None
        conn.set_progress_handler(_progress(deadline), 1000)
        cursor = conn.cursor()
        try:
            cursor.execute(statement)
            return _fetch(cursor, max_rows)
        finally:
            cursor.close()
    except sqlite3.ProgrammingError as exc:
        if "one statement at a time" in str(exc):
            raise QueryError(MULTIPLE) from exc
        raise QueryError(one_line(exc)) from exc
    except sqlite3.Error as exc:
        text = one_line(exc)
        if text == "interrupted" and timeout is not None:
            raise QueryError(_limit_text(timeout)) from exc
        if any(cue in text for cue in ("not authorized", "authorization denied", "readonly database", "read-only")):
            raise QueryError(REFUSED) from exc
        raise QueryError(text) from exc
    finally:
        if conn.in_transaction:
            conn.rollback()
        release()


# --- PostgreSQL ---------------------------------------------------------------------------------


def _postgresql(engine: Engine, statement: str, timeout: float | None, max_rows: int | None) -> SqlResult:
    import psycopg

    ms = round(timeout * 1000) if timeout is not None else 0
    try:
        raw = engine.raw_connection()
    except Exception as exc:
        raise QueryError(f"cannot connect: {one_line(exc, engine.url)}") from exc
    conn = raw.driver_connection
    assert conn is not None  # None only once invalidated; this one was just checked out
    try:
        with conn.cursor() as cursor:
            cursor.execute("SET TRANSACTION READ ONLY")
            # Drop to the built-in read-everything role when we may (superusers may): a read-only
            # transaction still lets a superuser write server files (COPY ... TO 'file').
            # This query also takes the snapshot: from now on SET TRANSACTION READ WRITE fails.
            cursor.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = 'pg_read_all_data' AND pg_has_role(current_user, oid, 'MEMBER')"
            )
            if cursor.fetchone():
                cursor.execute("SET LOCAL ROLE pg_read_all_data")
            cursor.execute(f"SET LOCAL statement_timeout = {ms}")
            cursor.execute(f"SET LOCAL idle_in_transaction_session_timeout = {max(ms, 60_000)}")
            # prepare=True: extended protocol, one statement only, '%' left alone.
            cursor.execute(statement, prepare=True)
            return _fetch(cursor, max_rows)
    except psycopg.errors.ReadOnlySqlTransaction as exc:
        raise QueryError(REFUSED) from exc
    except psycopg.errors.QueryCanceled as exc:
        raise QueryError(_limit_text(timeout) if timeout is not None else one_line(exc)) from exc
    except psycopg.errors.ActiveSqlTransaction as exc:  # SET TRANSACTION READ WRITE, VACUUM...
        raise QueryError(f"{REFUSED}: {one_line(exc)}") from exc
    except psycopg.errors.InsufficientPrivilege as exc:  # COPY TO a server file, pg_read_file...
        raise QueryError(f"refused: {one_line(exc)}") from exc
    except psycopg.Error as exc:
        text = one_line(exc)
        if "multiple commands" in text:
            raise QueryError(MULTIPLE) from exc
        raise QueryError(text) from exc
    finally:
        try:
            conn.rollback()
        finally:
            raw.invalidate()  # never hand a session a user touched back to the pool
            raw.close()
