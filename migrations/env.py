"""Alembic environment for casualties.

The database URL comes from (first found): a connection passed in by the library
(``config.attributes["connection"]``), ``alembic -x db=URL``, $CASUALTIES_DB,
``sqlalchemy.url`` in alembic.ini, else the CLI default (./casualties.db).
SQLite runs in batch mode, inside one transaction, with foreign keys off while
tables are rebuilt; PostgreSQL takes an advisory lock so two concurrent
upgrades run one after the other. Views are not models: autogenerate compares
tables only (neither SQLite nor PostgreSQL reflects views as tables).
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection, text

from casualties import models
from casualties.db import SQLITE_BEGIN, check_foreign_keys, make_engine, sqlite_foreign_keys_off

config = context.config
target_metadata = models.Base.metadata
PG_LOCK_KEY = 0x6361737561  # "casua": any constant shared by all casualties migrations


if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)  # plain `alembic` CLI: log progress


def database_url() -> str:
    from casualties.cli.app import DB_ENV, DEFAULT_DB_URL

    return (
        context.get_x_argument(as_dictionary=True).get("db")
        or os.environ.get(DB_ENV)
        or config.get_main_option("sqlalchemy.url")
        or DEFAULT_DB_URL
    )


def run_offline() -> None:
    url = database_url()
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(conn: Connection) -> None:
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
    with sqlite_foreign_keys_off(conn):
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
            transactional_ddl=True,
        )
        with context.begin_transaction():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
            context.run_migrations()
            check_foreign_keys(conn)


def run_online() -> None:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
        return
    engine = make_engine(database_url())
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
