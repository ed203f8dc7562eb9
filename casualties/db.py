"""Connecting to the database and keeping its schema at the Alembic head.

Engines are created here and passed around by callers; nothing is cached at
module level. SQLite gets the settings a multi-process command-line tool needs
(WAL, a busy timeout, enforced foreign keys, real transactions); PostgreSQL
needs nothing special.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sysconfig
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Insert, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

import casualties
from casualties.errors import DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_CONNECT_TIMEOUT_S = 10
# Execution option read by the SQLite "begin" hook: "IMMEDIATE" takes the write lock up front,
# so a read-then-write transaction waits for other writers instead of failing with SQLITE_BUSY.
SQLITE_BEGIN = "casualties_sqlite_begin"


def safe_url(url: str | URL) -> str:
    """The URL as text with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparsable database URL>"


def one_line(exc: BaseException, url: str | URL | None = None) -> str:
    """The first line of a driver error, with the password (if any) removed."""
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    text = lines[0] if lines else type(orig).__name__
    if url is not None:
        with contextlib.suppress(ArgumentError, ValueError):
            password = make_url(url).password
            if password:
                text = text.replace(str(password), "***")
    return text


def make_engine(url: str) -> Engine:
    """An engine for ``url``, checked by connecting once; DatabaseError if that fails."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(f"invalid database URL {url!r}: expected e.g. sqlite:///figures.db") from exc
    backend = parsed.get_backend_name()
    kwargs: dict = {}
    if backend == "sqlite":
        _ensure_sqlite_parent(parsed)
    elif backend == "postgresql" and "connect_timeout" not in parsed.query:
        kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            f"unsupported database URL {safe_url(parsed)}: use sqlite:///FILE or postgresql+psycopg://..."
        ) from exc
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use database URL {safe_url(parsed)}: {one_line(exc, parsed)}") from exc
    if backend == "sqlite":
        _configure_sqlite(engine)
    try:
        with engine.connect():
            pass
    except (DBAPIError, SQLAlchemyError) as exc:
        engine.dispose()
        raise DatabaseError(f"cannot connect to {safe_url(parsed)}: {one_line(exc, parsed)}") from exc
    return engine


def _ensure_sqlite_parent(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    parent = Path(database).expanduser().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create directory {parent} for {safe_url(url)}: {exc.strerror}") from exc


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every new connection, and real BEGINs (pysqlite's own are lazy and skip DDL)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            _use_wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        if mode not in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError(f"{SQLITE_BEGIN} must be DEFERRED, IMMEDIATE or EXCLUSIVE, not {mode!r}")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _use_wal(cur: sqlite3.Cursor) -> None:
    """Switch to WAL once per database file; the switch needs a lock that SQLite won't wait for, so retry."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def insert_row(conn: Connection, statement: Insert, values: Mapping[str, Any] | None = None) -> int:
    """Run a one-row INSERT and return the new row's primary key."""
    key = conn.execute(statement, values).inserted_primary_key
    assert key is not None  # None only when no row was inserted; a one-row INSERT inserts one
    return key[0]


@contextlib.contextmanager
def database_errors(url: str | URL | None = None) -> Iterator[None]:
    """Turn driver errors (server gone, disk full, locked...) into a one-line DatabaseError."""
    try:
        yield
    except DBAPIError as exc:
        where = f" ({safe_url(url)})" if url is not None else ""
        raise DatabaseError(f"database error{where}: {one_line(exc, url)}") from exc


# --- migrations -------------------------------------------------------------------------------


def migrations_dir() -> Path:
    """The Alembic script folder: migrations/ beside the package (checkout, editable install),
    else <prefix>/share/casualties/migrations where a wheel install puts it (pyproject data-files)."""
    candidates = [Path(casualties.__file__).resolve().parents[1] / "migrations"]
    schemes = [sysconfig.get_default_scheme(), f"{os.name}_user"]
    candidates += [
        Path(sysconfig.get_path("data", scheme)) / "share" / "casualties" / "migrations" for scheme in schemes
    ]
    for path in candidates:
        if (path / "env.py").is_file():
            return path
    raise DatabaseError(
        f"migration scripts not found (looked in {candidates[0]}): reinstall casualties (pip install -e .)"
    )


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    """An Alembic Config built in code; ``connection`` (if given) is used by migrations/env.py."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def history() -> list[tuple[str, str]]:
    """(revision, message) of every migration, oldest first."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revs = [(rev.revision, (rev.doc or "").strip()) for rev in script.walk_revisions()]
    return list(reversed(revs))


# Alembic's `context` is a process-wide proxy: two threads running migrations at once would
# clobber each other's. Processes are serialised by the database (lock / advisory lock) in env.py.
_ALEMBIC_LOCK = threading.Lock()


def _run_command(url: str, fn_name: str, revision: str, engine: Engine | None = None) -> None:
    """Run an Alembic command on ``engine`` (or a new engine on ``url``) through one shared connection."""
    own = engine is None
    engine = engine or make_engine(url)
    try:
        with _ALEMBIC_LOCK, database_errors(url), engine.connect() as conn:
            cfg = alembic_config(url, conn)
            getattr(command, fn_name)(cfg, revision)
            conn.commit()
    except DatabaseError:
        raise
    except Exception as exc:  # alembic raises CommandError/ResolutionError for unknown revisions
        if type(exc).__module__.startswith("alembic"):
            raise DatabaseError(f"cannot {fn_name} to {revision!r}: {one_line(exc)}") from exc
        raise
    finally:
        if own:
            engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` up to ``revision``."""
    _run_command(url, "upgrade", revision)


def downgrade(url: str, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` ("base" removes every table)."""
    _run_command(url, "downgrade", revision)


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def current(url: str) -> str | None:
    """The revision the database is at, None if it was never migrated (a missing SQLite file is not created)."""
    with contextlib.suppress(ArgumentError, ValueError):
        parsed = make_url(url)
        database = parsed.database
        if (
            parsed.get_backend_name() == "sqlite"
            and database not in (None, "", ":memory:")
            and not database.startswith("file:")
            and not Path(database).expanduser().exists()
        ):
            return None
    engine = make_engine(url)
    try:
        with database_errors(url), engine.connect() as conn:
            return _current(conn)
    finally:
        engine.dispose()


def open_database(url: str) -> Engine:
    """An engine on a database at the head revision; an empty database is migrated first.

    A database at an older revision is not touched: upgrading a shared database
    is an explicit step (`casualties db upgrade`).
    """
    engine = make_engine(url)
    try:
        with database_errors(url):
            _check_revision(engine, url)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_revision(engine: Engine, url: str) -> None:
    head = head_revision()
    with engine.connect() as conn:
        # Tables first: a concurrent first migration commits tables and history in one transaction, so the
        # history read after the tables is as new or newer (PostgreSQL reads each statement's latest commit;
        # reading the history first, another ingest's commit in between looked like "tables, no history").
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}  # left empty by `downgrade base`
        rev = _current(conn)
    if rev == head:
        return
    if rev is None:
        if tables:
            raise DatabaseError(
                f"{safe_url(url)} has tables ({', '.join(sorted(tables)[:5])}) but no migration history: "
                "not a casualties database"
            )
        _run_command(url, "upgrade", "head", engine)  # same engine: also right for sqlite:// (in memory)
        return
    known = {r for r, _ in history()}
    if rev not in known:
        raise DatabaseError(
            f"database is at revision {rev}, unknown to this version of casualties (head is {head}): upgrade casualties"
        )
    raise DatabaseError(f"database is at revision {rev}, head is {head}: run `casualties db upgrade`")


@contextlib.contextmanager
def sqlite_foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite's recipe for schema changes (batch mode copies a table, drops it, renames the copy):

    - foreign keys off, so dropping a parent table does not cascade-delete its children's rows
      (call check_foreign_keys before committing);
    - legacy ALTER TABLE, so renaming the copy back does not fail on views (figure_rows...) that
      name the table while it is briefly missing; the view is valid again once the copy has the name.

    No-op on PostgreSQL, or inside a transaction (where SQLite ignores the foreign_keys pragma).
    """
    if not is_sqlite(conn) or conn.in_transaction():
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None  # None only for an invalidated connection; conn.connection revalidates
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("PRAGMA legacy_alter_table = ON")
    try:
        yield
    finally:
        raw.execute("PRAGMA legacy_alter_table = OFF")
        raw.execute("PRAGMA foreign_keys = ON")


def check_foreign_keys(conn: Connection) -> None:
    """Raise (so the migration's transaction rolls back) if any row's foreign key points nowhere (SQLite)."""
    if not is_sqlite(conn):
        return
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise DatabaseError(f"migration would leave {len(bad)} rows with broken foreign keys (first: {bad[0]})")
