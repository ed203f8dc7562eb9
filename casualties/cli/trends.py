"""Trend commands: `series`, `plot`, `import-series`, `check`. Thin wrappers over the library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from casualties.cli.app import app, cli_errors, fail, state
from casualties.db import database_errors, open_database
from casualties.formatting import FORMATS, render
from casualties.official import (
    CHECK_COLUMNS,
    PRESETS,
    SeriesSpec,
    check_against_official,
    check_rows,
    import_series,
    official_points,
    parse_column_map,
    preset,
)
from casualties.series import (
    SERIES_COLUMNS,
    FlagOptions,
    Selection,
    build_series,
    most_reported,
    series_rows,
)

METRIC_HELP = "What was counted: killed, injured, missing, hostages, detained, displaced, evacuated, projectiles."
SIDE_HELP = "Whose people (a side slug): gaza, west-bank, israel, lebanon, ukraine, sudan..."
POPULATION_HELP = "Subgroup: all, civilians, combatants, children, women, journalists, medics, aid_workers."


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date: use YYYY-MM-DD")


def _choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        fail(f"{option} {value!r} is not one of {', '.join(choices)}")
    return value


@app.command("series")
def series_cmd(
    ctx: typer.Context,
    metric: str | None = typer.Option(None, "--metric", "-m", help=METRIC_HELP + " Default: the most reported."),
    side: str | None = typer.Option(None, "--side", "-s", help=SIDE_HELP + " Default: the most reported."),
    population: str = typer.Option("all", "--population", "-p", help=POPULATION_HELP),
    scope: str = typer.Option("total", "--scope", help="total (running tolls) or event (single attacks, days)."),
    by: str = typer.Option("source", "--by", help="Group by source (reported_by, else outlet) or outlet."),
    since: str | None = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
    official: str | None = typer.Option(None, "--official", help="Add an imported official series as a source."),
    jump: float = typer.Option(0.5, "--jump", help="Flag a rise above this share (0.5 = +50 %) between reports."),
    jump_days: int = typer.Option(31, "--jump-days", help="... when the reports are at most this many days apart."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Print one series per source: one row per source and day, with flags.

    Same-day reports of one source are merged (an exact figure wins, else the
    narrowest range, the highest "about", the highest "at least", the lowest
    "at most"); `reports`, `articles` and `figures` trace each row. Flags:
    revision, subgroup, jump, contradicted, conflict.

    Example: casualties series --metric killed --side gaza --format csv
    """
    _choice(fmt, FORMATS, "--format")
    _choice(by, ("source", "outlet"), "--by")
    if jump <= 0 or jump_days < 0:
        fail("--jump must be > 0 and --jump-days >= 0")
    with cli_errors():
        engine = open_database(state(ctx).db_url)
        try:
            with database_errors():
                if not (metric and side):
                    metric, side = most_reported(engine, scope=scope, population=population, metric=metric, side=side)
                sel = Selection(metric, side, population, scope, by, _date(since, "--since"), _date(until, "--until"))
                extra = official_points(engine, official, metric, side, population) if official else []
                result = build_series(engine, sel.validate(), official=extra, options=FlagOptions(jump, jump_days))
        finally:
            engine.dispose()
        if not result.points:
            fail(
                f"no figures with metric {metric}, side {side}, population {population}, scope {scope} in the database"
            )
        typer.echo(render(SERIES_COLUMNS, series_rows(result), fmt), nl=False)


@app.command("plot")
def plot_cmd(
    ctx: typer.Context,
    metric: str | None = typer.Option(None, "--metric", "-m", help=METRIC_HELP + " Default: the most reported."),
    side: str | None = typer.Option(
        None, "--side", "-s", help=SIDE_HELP + " Default: the most reported. With --by side: a comma list of panels."
    ),
    population: str = typer.Option("all", "--population", "-p", help=POPULATION_HELP),
    by: str = typer.Option("source", "--by", help="One line per source, outlet or population; side: small multiples."),
    since: str | None = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
    official: str | None = typer.Option(None, "--official", help="Draw an imported official series (e.g. gaza-moh)."),
    log: bool = typer.Option(False, "--log", help="Logarithmic value axis."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Chart file: .png, .svg or .pdf. Default: ./casualties-METRIC-SIDE.png"
    ),
) -> None:
    """Chart reported running totals over time, one line per source, and print the file written.

    With no options it draws the most reported metric and side. Markers: filled
    = exact, hollow = about, up triangle = at least, down = at most, bar = range.

    Example: casualties plot --metric killed --side gaza --official gaza-moh -o gaza.png
    """
    from casualties.plot import BYS, PlotRequest, plot  # matplotlib loads only for this command

    _choice(by, BYS, "--by")
    req = PlotRequest(
        metric=metric,
        side=side,
        population=population,
        by=by,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        official=official,
        log=log,
        output=output,
    )
    with cli_errors():
        engine = open_database(state(ctx).db_url)
        try:
            with database_errors():
                result = plot(engine, req)
        finally:
            engine.dispose()
    typer.echo(str(result.path))


@app.command("import-series")
def import_series_cmd(
    ctx: typer.Context,
    file: Path | None = typer.Argument(None, help="CSV or JSON file, one row per report. Optional with --preset."),
    name: str | None = typer.Option(None, "--name", help="Name of the series (a slug, e.g. gaza-moh)."),
    preset_name: str | None = typer.Option(None, "--preset", help=f"Ready-made mapping: {', '.join(PRESETS)}."),
    date_column: str = typer.Option("report_date", "--date-column", help="Column holding the day (YYYY-MM-DD)."),
    value_column: list[str] = typer.Option(
        [], "--value-column", help="Column of counts; repeat, or COLUMN=METRIC[:POPULATION] to map several."
    ),
    metric: str | None = typer.Option(None, "--metric", help="What --value-column counts (e.g. killed)."),
    side: str | None = typer.Option(None, "--side", help="Whose people the series counts (e.g. gaza)."),
    population: str = typer.Option("all", "--population", help=POPULATION_HELP),
) -> None:
    """Import an official daily series (running totals) as a source of its own.

    Re-importing a name replaces the series in one transaction. Presets read
    the bundled Tech for Palestine files (public domain), reported fields only:
    techforpalestine-gaza (gaza-moh), techforpalestine-lebanon (lebanon-moph),
    techforpalestine-west-bank (west-bank-ocha).

    Example: casualties import-series --preset techforpalestine-gaza

    Example: casualties import-series tolls.csv --name sudan-fmoh --side sudan --date-column date
    --value-column deaths=killed --value-column injured=injured
    """
    with cli_errors():
        spec = _spec(name, preset_name, date_column, value_column, metric, side, population)
        engine = open_database(state(ctx).db_url)
        try:
            with database_errors():
                summary = import_series(engine, file, spec)
        finally:
            engine.dispose()
    for line in summary.lines():
        typer.echo(line)


def _spec(
    name: str | None,
    preset_name: str | None,
    date_column: str,
    value_column: list[str],
    metric: str | None,
    side: str | None,
    population: str,
) -> SeriesSpec:
    if preset_name:
        spec = preset(preset_name)
        if value_column or metric or side:
            fail("--preset already maps the columns; drop --value-column/--metric/--side or the preset")
        return SeriesSpec(**{**spec.__dict__, "name": name or spec.name})
    if not name:
        fail("give --name NAME for the series (or use --preset)")
    if not side:
        fail("give --side (whose people the series counts, e.g. gaza)")
    if not value_column:
        fail("give --value-column COLUMN (with --metric) or COLUMN=METRIC[:POPULATION]")
    columns = tuple(parse_column_map(c, metric, population) for c in value_column)
    return SeriesSpec(name=name, side=side, columns=columns, date_column=date_column).validate()


@app.command("check")
def check_cmd(
    ctx: typer.Context,
    official: list[str] = typer.Option([], "--official", help="Series to hold figures against (default: all)."),
    show_all: bool = typer.Option(False, "--all", help="List consistent figures too."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """List press running tolls inconsistent with an official series.

    Each figure is held against the official count on its as_of day, the day
    before and two days before (the closest is used): an exact figure must be
    within 1 %, an "about" within 5 %, "at least" at most 1 % above it, "at
    most" at most 1 % below it, a range must bracket it.

    Example: casualties check --official gaza-moh
    """
    _choice(fmt, FORMATS, "--format")
    with cli_errors():
        engine = open_database(state(ctx).db_url)
        try:
            with database_errors():
                rows = check_against_official(engine, official or None)
        finally:
            engine.dispose()
    bad = [r for r in rows if not r.ok]
    shown = rows if show_all else bad
    if shown or fmt != "table":
        typer.echo(render(CHECK_COLUMNS, check_rows(shown), fmt), nl=False)
    if fmt == "table":
        typer.echo(f"{len(rows):,} press figures compared with official series: {len(bad):,} inconsistent")
