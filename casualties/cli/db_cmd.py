"""`casualties sql` (read-only SQL) and `casualties db ...` (schema migrations)."""

from __future__ import annotations

import sys

import typer

from casualties import db, sqlquery
from casualties.cli.app import app, cli_errors, fail, state
from casualties.formatting import FORMATS, render

db_app = typer.Typer(
    name="db",
    help="Create and migrate the database schema (Alembic revisions).\n\nExample: casualties db upgrade",
    no_args_is_help=True,
)
app.add_typer(db_app, name="db")


@app.command("sql")
def sql_command(
    ctx: typer.Context,
    statement: str = typer.Argument(
        ..., help="One SQL statement, e.g. a SELECT on the figure_rows view; '-' reads it from standard input."
    ),
    fmt: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    timeout: float = typer.Option(30.0, "--timeout", help="Stop the query after this many seconds."),
    max_rows: int | None = typer.Option(None, "--max-rows", help="Show at most this many rows."),
) -> None:
    """Run one read-only SQL statement and print its rows.

    The connection itself is read-only: statements that write are refused.
    Query the figure_rows view (one row per figure, with its article) or the
    articles and figures tables.

    Example: casualties sql "SELECT side, max(value) FROM figure_rows WHERE metric = 'killed' GROUP BY side"

    Example: casualties sql - -f csv < query.sql
    """
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
    if statement == "-":
        statement = sys.stdin.read()
    with cli_errors():
        engine = db.open_database(state(ctx).db_url)
        try:
            result = sqlquery.execute_readonly(engine, statement, timeout=timeout, max_rows=max_rows)
        finally:
            engine.dispose()
    if not result.columns:
        typer.echo("(statement returned no rows)", err=True)
        return
    typer.echo(render(result.columns, result.rows, fmt), nl=False)
    if result.truncated:
        typer.echo(f"(only the first {max_rows} rows shown; raise --max-rows to see more)", err=True)


@db_app.command("upgrade")
def upgrade_command(
    ctx: typer.Context,
    revision: str = typer.Argument("head", help="Target revision (default: the latest, head)."),
) -> None:
    """Migrate the database up to REVISION (default head); creates the schema in a new database.

    Example: casualties --db postgresql+psycopg://me@dbhost/casualties db upgrade
    """
    url = state(ctx).db_url
    with cli_errors():
        before = db.current(url)
        db.upgrade(url, revision)
        after = db.current(url)
    typer.echo(f"{db.safe_url(url)}: {before or 'empty'} -> {after or 'empty'}")


@db_app.command("downgrade")
def downgrade_command(
    ctx: typer.Context,
    revision: str = typer.Argument(..., help="Target revision, e.g. 0001, or 'base' to remove every table."),
) -> None:
    """Migrate the database down to REVISION ('base' drops every table and its data).

    Example: casualties db downgrade 0001
    """
    url = state(ctx).db_url
    with cli_errors():
        before = db.current(url)
        db.downgrade(url, revision)
        after = db.current(url)
    typer.echo(f"{db.safe_url(url)}: {before or 'empty'} -> {after or 'empty'}")


@db_app.command("current")
def current_command(ctx: typer.Context) -> None:
    """Print the revision the database is at ('empty' if it was never migrated) and the latest one.

    Example: casualties db current
    """
    url = state(ctx).db_url
    with cli_errors():
        rev = db.current(url)
        head = db.head_revision()
    note = " (up to date)" if rev == head else f" (head is {head}: run `casualties db upgrade`)"
    typer.echo(f"{rev or 'empty'}{note}")


@db_app.command("history")
def history_command() -> None:
    """List the schema revisions, oldest first.

    Example: casualties db history
    """
    with cli_errors():
        revisions = db.history()
    for rev, message in revisions:
        typer.echo(f"{rev}  {message}")
