"""The Typer application object, the global --db option and error mapping.

Command modules register themselves on ``app``; each command calls one library
function and turns its exceptions into a one-line error and a non-zero exit.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NoReturn

import typer

from casualties.errors import CasualtiesError

DEFAULT_DB_URL = "sqlite:///casualties.db"
DB_ENV = "CASUALTIES_DB"

app = typer.Typer(
    name="casualties",
    help="Reported casualty figures from news articles, as a queryable, versioned database.\n\n"
    "Example: casualties ingest seeds/ && casualties figures --metric killed",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@dataclass
class AppState:
    db_url: str


def resolve_db_url(option: str | None) -> str:
    """--db, else $CASUALTIES_DB, else ./casualties.db (SQLite, nothing to set up)."""
    return option or os.environ.get(DB_ENV) or DEFAULT_DB_URL


@app.callback()
def _main(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None,
        "--db",
        help="Database URL, e.g. sqlite:///figures.db or postgresql+psycopg://user@host/db. "
        f"Default: ${DB_ENV}, else {DEFAULT_DB_URL}.",
        show_default=False,
    ),
) -> None:
    ctx.obj = AppState(db_url=resolve_db_url(db))


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error to stderr and exit non-zero."""
    first = " ".join(str(message).split())
    typer.echo(f"Error: {first}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def cli_errors() -> Iterator[None]:
    """Map library and database exceptions to a clean one-line CLI error."""
    try:
        yield
    except CasualtiesError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
