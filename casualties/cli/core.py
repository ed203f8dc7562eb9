"""The everyday commands: ingest articles, list figures, export them."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from typing import Any

import typer
from sqlalchemy import Engine

from casualties.cli.app import app, cli_errors, fail, state
from casualties.db import open_database
from casualties.export import EXPORT_FORMATS, export_to_file, write_export
from casualties.formatting import FORMATS, render
from casualties.query import VIEW_COLUMNS, FigureFilter, select_figures
from casualties.reading import MAX_BYTES_ENV, max_bytes_from_env, parse_size

USAGE = 2  # exit code for a bad option value, as Typer/Click use for usage errors
PROGRESS_MIN_FILES = 20  # below this a progress bar is just noise


def _date(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"invalid {option} {value!r}: expected a date as YYYY-MM-DD", USAGE)


def _choice(option: str, value: str, valid: tuple[str, ...]) -> str:
    if value not in valid:
        fail(f"invalid {option} {value!r}; valid: {', '.join(valid)}", USAGE)
    return value


@contextlib.contextmanager
def _database(ctx: typer.Context) -> Iterator[Engine]:
    with cli_errors():
        engine = open_database(state(ctx).db_url)
    try:
        yield engine
    finally:
        engine.dispose()


@contextlib.contextmanager
def _stdout_may_close() -> Iterator[None]:
    """`casualties export | head` is not an error: stop quietly when the reader goes away."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not complain
        raise typer.Exit(0) from None


class _Bar:
    """A progress bar on stderr, only when it is a terminal and there are enough files.

    Errors and warnings are printed as they happen, on their own line above the bar.
    """

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.bar is None:
            if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
                return
            self.bar = typer.progressbar(length=total, label="ingesting", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(1)

    def problem(self, kind: str, name: str, message: str) -> None:
        if self.bar is not None:
            sys.stderr.write("\r\x1b[2K")  # clear the bar's line; it redraws on the next update
        if kind == "warning":
            typer.echo(f"Warning: {name}: {message}", err=True)
        elif kind == "fatal":
            typer.echo(f"Error: {message}; ingest stopped", err=True)
        else:
            typer.echo(f"Error: {message}, skipped", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...", help="Files, folders (searched recursively) or - for stdin."
    ),
    outlet: str | None = typer.Option(None, help="Outlet that published the articles (overrides what is detected)."),
    published: str | None = typer.Option(None, metavar="YYYY-MM-DD", help="Publication date (overrides detection)."),
    url: str | None = typer.Option(None, help="Web address of the article (overrides detection)."),
    replace: bool = typer.Option(False, "--replace", help="Re-extract articles already stored and swap their figures."),
    max_bytes: str | None = typer.Option(
        None,
        metavar="N",
        help=f"Refuse files larger than N bytes (10MB, 512k...). Default: ${MAX_BYTES_ENV}, else 10MB.",
    ),
    jobs: int = typer.Option(
        0,
        "--jobs",
        "-j",
        min=0,
        help="Processes that read and extract in parallel (the database writes stay in one). "
        "Default 0: one per CPU for batches of 64 files or more.",
    ),
    sides: list[str] = typer.Option(
        [],
        "--sides",
        metavar="FILE",
        help="Extra side table (JSON or CSV: phrase,slug[,kind]) for places, demonyms or armed groups the "
        "built-in gazetteer lacks; repeatable. Default: $CASUALTIES_SIDES.",
    ),
    manifest: str | None = typer.Option(
        None,
        "--manifest",
        metavar="FILE.csv",
        help="CSV of what you know about each file: a 'file' column (path or file name) and any of "
        "published (YYYY-MM-DD), outlet, url, title. Its values override what is detected in that file.",
    ),
    infer_dates: bool = typer.Option(
        True,
        "--infer-dates/--no-infer-dates",
        help="Date an article that states no date from an official toll it quotes, or a dated article of the "
        "batch quoting the same statement; kept as a guess in articles.published_basis, with a warning.",
    ),
) -> None:
    """Read articles (.txt, .md, .html), extract their casualty figures and store both.

    Each article is stored in one transaction with all its figures; content
    already stored is skipped unless --replace. A bad file is reported and
    skipped, the others are still ingested; the exit code is 1 if any failed.
    The publication date (the default as_of of every figure) is read from the
    text, given (--manifest, --published) or inferred (--infer-dates); the
    articles table says which in published_basis.

    Example: casualties ingest seeds/ ; casualties ingest articles/ --manifest articles.csv ;
    curl -s URL | casualties ingest - --url URL
    """
    # imported here: the extractor and HTML reader load in ~0.5 s that other commands need not pay
    from casualties.extract import load_config
    from casualties.ingest import IngestOptions, ingest_paths
    from casualties.manifest import load_manifest

    with cli_errors():
        extractor_config = load_config(sides)
        known = load_manifest(manifest) if manifest is not None else None
        try:
            limit = parse_size(max_bytes) if max_bytes is not None else max_bytes_from_env()
        except ValueError:
            fail(f"invalid --max-bytes {max_bytes!r}: expected a size such as 10000000 or 20MB", USAGE)
    options = IngestOptions(
        outlet=outlet,
        published=_date("--published", published),
        url=url,
        replace=replace,
        max_bytes=limit,
        extractor_config=extractor_config,
        jobs=jobs,
        infer_dates=infer_dates,
        manifest=known,
    )
    bar = _Bar()
    with _database(ctx) as engine:
        try:
            summary = ingest_paths(engine, paths, options, progress=bar, on_problem=bar.problem)
        finally:
            bar.close()
    typer.echo(summary.line())
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def figures(
    ctx: typer.Context,
    metric: str | None = typer.Option(None, help="killed, injured, missing, hostages, detained, displaced, ..."),
    side: str | None = typer.Option(None, help="Side slug: gaza, israel, lebanon, ukraine, sudan, ..."),
    population: str | None = typer.Option(None, help="all, civilians, combatants, children, women, journalists, ..."),
    scope: str | None = typer.Option(None, help="total (running toll) or event (one attack or day)."),
    source: str | None = typer.Option(None, help="Who reported it, e.g. 'gaza health ministry' (case-insensitive)."),
    since: str | None = typer.Option(None, metavar="YYYY-MM-DD", help="Only figures as of this day or later."),
    until: str | None = typer.Option(None, metavar="YYYY-MM-DD", help="Only figures as of this day or earlier."),
    columns: str | None = typer.Option(None, metavar="A,B,...", help="Columns of the figure_rows view to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """List stored figures, filtered, as a table, CSV or JSON.

    Example: casualties figures --metric killed --side lebanon --since 2024-01-01 --format csv
    """
    _choice("--format", fmt, FORMATS)
    cols = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    for name in cols or ():
        _choice("column", name, VIEW_COLUMNS)
    flt = FigureFilter(
        metric=metric,
        side=side,
        population=population,
        scope=scope,
        source=source,
        since=_date("--since", since),
        until=_date("--until", until),
    )
    with _database(ctx) as engine, cli_errors():
        names, rows = select_figures(engine, flt, cols)
    with _stdout_may_close():
        typer.echo(render(names, rows, fmt), nl=False)


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one FIGURES.md record a line) or csv."),
    output: str | None = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here instead of stdout."),
) -> None:
    """Export every stored figure with its evidence and article, as JSON Lines or CSV.

    JSON Lines records follow FIGURES.md (what eval/score.py reads); CSV splits
    span into span_start and span_end. A file given with -o is written to a
    temporary name and renamed at the end, so a failed export leaves no half file.

    Example: casualties export --format csv -o figures.csv
    """
    _choice("--format", fmt, EXPORT_FORMATS)
    with _database(ctx) as engine, cli_errors():
        if output is None or output == "-":
            with _stdout_may_close():
                write_export(engine, fmt, sys.stdout)
        else:
            n = export_to_file(engine, fmt, output)
            typer.echo(f"exported {n} figures to {output}", err=True)
