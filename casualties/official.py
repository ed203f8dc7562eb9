"""Official daily series (a health ministry's running totals): import, presets, lookup.

An official series is a source of its own, stored apart from press figures in
``official_series`` / ``official_points`` (revision 0002). A file maps to
points through a :class:`SeriesSpec`: which column holds the date and which
columns hold which (metric, population) of one side. Presets ship the Tech for
Palestine files (public domain) in ``casualties/data/`` and read only the
fields the source itself reported, never the gap-filled ``ext_`` ones.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select

from casualties.db import SQLITE_BEGIN, database_errors, insert_row
from casualties.errors import InputError, QueryError, VocabularyError
from casualties.models import Article, OfficialPoint, OfficialSeries, table_of
from casualties.models import Figure as FigureRow
from casualties.series import UNATTRIBUTED, Point, describe
from casualties.vocab import METRICS, POPULATIONS, is_side_slug

NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ColumnMap:
    """A column (dotted path for nested JSON) holding one metric and population of the series' side."""

    column: str
    metric: str
    population: str = "all"


@dataclass(frozen=True)
class SeriesSpec:
    """How to read an official series from a CSV or JSON file of one row per report."""

    name: str
    side: str
    columns: tuple[ColumnMap, ...]
    date_column: str = "report_date"
    where: tuple[tuple[str, str], ...] = ()  # keep only rows whose field has this value
    description: str = ""
    data_file: str | None = None  # bundled file (casualties/data/) a preset reads when no FILE is given

    def validate(self) -> SeriesSpec:
        if not NAME.match(self.name):
            raise VocabularyError(f"series name {self.name!r} must be a lower-case slug such as gaza-moh")
        if not is_side_slug(self.side):
            raise VocabularyError(f"side {self.side!r} is not a lower-case slug such as gaza or west-bank")
        if not self.columns:
            raise InputError("no value column given: use --value-column COLUMN (or --map COLUMN=METRIC[:POPULATION])")
        for c in self.columns:
            if c.metric not in METRICS:
                raise VocabularyError(f"unknown metric {c.metric!r} for column {c.column!r}; use one of {METRICS}")
            if c.population not in POPULATIONS:
                raise VocabularyError(f"unknown population {c.population!r} for column {c.column!r}")
        keys = [(c.metric, c.population) for c in self.columns]
        if len(set(keys)) != len(keys):
            raise InputError("two columns map to the same metric and population")
        return self


_TFP = "Tech for Palestine daily series (github.com/TechForPalestine/palestine-datasets, public domain)"
PRESETS: dict[str, SeriesSpec] = {
    "techforpalestine-gaza": SeriesSpec(
        name="gaza-moh",
        side="gaza",
        data_file="casualties_daily.json",
        columns=(
            ColumnMap("killed_cum", "killed"),
            ColumnMap("injured_cum", "injured"),
            ColumnMap("killed_children_cum", "killed", "children"),
            ColumnMap("killed_women_cum", "killed", "women"),
        ),
        description=f"Gaza Ministry of Health bulletins, reported cumulative totals; {_TFP}",
    ),
    "techforpalestine-lebanon": SeriesSpec(
        name="lebanon-moph",
        side="lebanon",
        data_file="lebanon_casualties_daily.json",
        columns=(ColumnMap("killed_cum_reported", "killed"), ColumnMap("injured_cum_reported", "injured")),
        description="Lebanese Ministry of Public Health totals as published (restart from 0 on 2026-03-02); " + _TFP,
    ),
    "techforpalestine-west-bank": SeriesSpec(
        name="west-bank-ocha",
        side="west-bank",
        data_file="west_bank_daily.json",
        where=(("flash_source", "un"),),  # 'fill' rows only carry the last update forward
        columns=(
            ColumnMap("killed_cum", "killed"),
            ColumnMap("killed_children_cum", "killed", "children"),
            ColumnMap("injured_cum", "injured"),
            ColumnMap("injured_children_cum", "injured", "children"),
        ),
        description=f"UN OCHA flash updates for the West Bank, days with an update only; {_TFP}",
    ),
}


@dataclass(frozen=True)
class OfficialRow:
    metric: str
    side: str
    population: str
    as_of: dt.date
    value: int


@dataclass
class ImportSummary:
    name: str
    rows_read: int
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    replaced: bool = False

    @property
    def n_points(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        what = ", ".join(f"{m}/{p} {n:,}" for (m, p), n in self.counts.items())
        verb = "replaced" if self.replaced else "imported"
        return [f"{verb} official series {self.name}: {self.n_points:,} points ({what}), {self.first} .. {self.last}"]


def parse_column_map(text: str, metric: str | None = None, population: str = "all") -> ColumnMap:
    """'killed_cum' (with the default metric) or 'killed_cum=killed' or 'killed_children_cum=killed:children'."""
    column, _, meaning = text.partition("=")
    if not column.strip():
        raise InputError(f"bad column mapping {text!r}; use COLUMN or COLUMN=METRIC[:POPULATION]")
    if meaning:
        metric, _, pop = meaning.partition(":")
        population = pop or population
    if not metric:
        raise InputError(f"column {column!r} needs a metric: --metric killed, or {column}=killed")
    return ColumnMap(column.strip(), metric.strip(), population.strip())


# --- reading files -------------------------------------------------------------------------------


def read_records(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSON array (or {"data": [...]}), JSON Lines or CSV file."""
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a CSV or JSON file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{path} is empty")
    return parse_records(text, str(path))


def parse_records(text: str, label: str = "input") -> list[dict[str, Any]]:
    stripped = text.lstrip()
    if stripped[:1] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = _json_lines(text, label)
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), None)
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise InputError(f"{label}: JSON must be an array of objects, one per report")
        return data
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        raise InputError(f"{label}: CSV has a header but no rows")
    return rows


def _json_lines(text: str, label: str) -> list[Any]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{label}: line {n} is not JSON ({exc.msg})") from None
    return out


def _get(row: dict[str, Any], path: str) -> Any:
    value: Any = row
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _count(value: Any, where: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError(f"{where}: {value!r} is not a count")
    if isinstance(value, int):
        number: float = value
    else:
        try:
            number = float(str(value).replace(",", "").strip())
        except ValueError:
            raise InputError(f"{where}: {value!r} is not a count") from None
    if number != number or number < 0 or number != int(number):
        raise InputError(f"{where}: {value!r} is not a whole non-negative count")
    return int(number)


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def rows_to_points(records: Sequence[dict[str, Any]], spec: SeriesSpec, label: str = "input") -> list[OfficialRow]:
    """The points a spec reads from records: one per row and mapped column that has a value."""
    spec.validate()
    if not records:
        raise InputError(f"{label} holds no rows")
    for column in [spec.date_column, *(c.column for c in spec.columns)]:
        if not any(_get(r, column) is not None for r in records):
            known = ", ".join(sorted(records[0])[:20])
            raise InputError(f"{label}: no column {column!r} (columns: {known})")
    points: dict[tuple[str, str, dt.date], OfficialRow] = {}
    for n, row in enumerate(records, 1):
        if any(str(_get(row, k)) != v for k, v in spec.where):
            continue
        day_value = _get(row, spec.date_column)
        if day_value is None or day_value == "":
            continue
        day = _date(day_value, f"{label} row {n} {spec.date_column}")
        for c in spec.columns:
            value = _count(_get(row, c.column), f"{label} row {n} {c.column}")
            if value is None:
                continue
            key = (c.metric, c.population, day)
            if key in points:
                raise InputError(f"{label} row {n}: a second {c.column} value for {day}")
            points[key] = OfficialRow(c.metric, spec.side, c.population, day, value)
    if not points:
        raise InputError(f"{label}: no row has a value in {', '.join(c.column for c in spec.columns)}")
    return sorted(points.values(), key=lambda p: (p.metric, p.population, p.as_of))


def preset(name: str) -> SeriesSpec:
    try:
        return PRESETS[name]
    except KeyError:
        raise InputError(f"unknown preset {name!r}; use one of {', '.join(PRESETS)}") from None


def bundled_file(name: str) -> Path:
    """A data file shipped in casualties/data/ (works from a checkout and from an installed wheel)."""
    return Path(str(resources.files("casualties") / "data" / name))


# --- database ------------------------------------------------------------------------------------


def import_series(engine: Engine, path: Path | None, spec: SeriesSpec) -> ImportSummary:
    """Read ``path`` (or the preset's bundled file) and store it under ``spec.name``.

    An existing series of the same name is replaced in the same transaction,
    so a failed import leaves the old one intact.
    """
    spec.validate()
    if path is None:
        if spec.data_file is None:
            raise InputError("give the FILE to import (only presets have a bundled file)")
        path = bundled_file(spec.data_file)
    records = read_records(Path(path))
    rows = rows_to_points(records, spec, str(path))
    summary = ImportSummary(name=spec.name, rows_read=len(records))
    for r in rows:
        summary.counts[(r.metric, r.population)] = summary.counts.get((r.metric, r.population), 0) + 1
    summary.first = min(r.as_of for r in rows)
    summary.last = max(r.as_of for r in rows)
    series_t, points_t = table_of(OfficialSeries), table_of(OfficialPoint)
    with database_errors(engine.url), engine.connect() as conn, _write(conn):
        old = conn.execute(select(series_t.c.id).where(series_t.c.name == spec.name)).scalar()
        if old is not None:
            conn.execute(delete(points_t).where(points_t.c.series_id == old))
            conn.execute(delete(series_t).where(series_t.c.id == old))
            summary.replaced = True
        new_id = insert_row(
            conn,
            insert(series_t).values(
                name=spec.name,
                description=spec.description or None,
                origin=str(path),
                imported_at=dt.datetime.now(dt.UTC),
            ),
        )
        conn.execute(
            insert(points_t),
            [
                {"series_id": new_id, "metric": r.metric, "side": r.side, "population": r.population}
                | {"as_of": r.as_of, "value": r.value}
                for r in rows
            ],
        )
    return summary


def _write(conn: Connection):
    """One write transaction; on SQLite it takes the write lock up front (a concurrent import waits)."""
    conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
    return conn.begin()


def series_description(engine: Engine, name: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(OfficialSeries.description).where(OfficialSeries.name == name)).scalar()


def series_names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(OfficialSeries.name).order_by(OfficialSeries.name)).scalars())


def official_points(
    engine: Engine,
    name: str,
    metric: str,
    side: str,
    population: str | None = None,
) -> list[Point]:
    """The points of one official series for a metric and side (every population when None), as exact Points.

    Raises QueryError when no series has that name, or it counts nothing for that metric and side.
    """
    query = (
        select(OfficialPoint.population, OfficialPoint.as_of, OfficialPoint.value)
        .join(OfficialSeries, OfficialSeries.id == OfficialPoint.series_id)
        .where(OfficialSeries.name == name, OfficialPoint.metric == metric, OfficialPoint.side == side)
        .order_by(OfficialPoint.population, OfficialPoint.as_of)
    )
    if population is not None:
        query = query.where(OfficialPoint.population == population)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    if not rows:
        names = series_names(engine)
        if name not in names:
            known = ", ".join(names) or "none; import one with `casualties import-series --preset ...`"
            raise QueryError(f"no official series named {name!r} (known: {known})")
        what = f"{metric}" + (f" {population}" if population and population != "all" else "")
        raise QueryError(f"official series {name!r} has no {what} figures for side {side!r}")
    return [
        Point(
            source=name,
            as_of=day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)),
            side=side,
            metric=metric,
            population=pop,
            scope="total",
            value=value,
            qualifier="exact",
            official=True,
        )
        for pop, day, value in rows
    ]


def load_official(engine: Engine, names: Iterable[str] | None = None) -> dict[tuple[str, str, str, str], dict]:
    """{(name, metric, side, population): {as_of: value}} for the named series (all when None)."""
    query = select(
        OfficialSeries.name,
        OfficialPoint.metric,
        OfficialPoint.side,
        OfficialPoint.population,
        OfficialPoint.as_of,
        OfficialPoint.value,
    ).join(OfficialSeries, OfficialSeries.id == OfficialPoint.series_id)
    wanted = list(names) if names is not None else None
    if wanted is not None:
        query = query.where(OfficialSeries.name.in_(wanted))
    out: dict[tuple[str, str, str, str], dict] = {}
    with engine.connect() as conn:
        for name, metric, side, pop, day, value in conn.execute(query):
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
            out.setdefault((name, metric, side, pop), {})[day] = value
    if wanted is not None:
        missing = sorted(set(wanted) - {k[0] for k in out})
        if missing:
            raise QueryError(f"no official series named {', '.join(map(repr, missing))}")
    return out


# --- consistency check (the rule of ../shared/eval/official.py) ---------------------------------

CHECK_DAYS = 3  # compare with the official count on as_of, the day before and two days before


def consistent(qualifier: str, value: int, high: int | None, official: int) -> bool:
    """Whether a press figure allows the official count: exact within 1 %, approx within 5 %,
    a lower bound at most 1 % above it, an upper bound at most 1 % below it, a range bracketing it."""
    if qualifier == "lower":
        return value <= official * 1.01
    if qualifier == "upper":
        return value >= official * 0.99
    if qualifier == "approx":
        return abs(value - official) <= 0.05 * official
    if qualifier == "range" and high is not None:
        return value * 0.99 <= official <= high * 1.01
    return abs(value - official) <= 0.01 * official


@dataclass(frozen=True)
class CheckRow:
    figure_id: int
    article_id: int
    source: str
    as_of: dt.date
    metric: str
    side: str
    population: str
    qualifier: str
    value: int
    high: int | None
    series: str
    official: int
    official_as_of: dt.date
    ok: bool

    @property
    def difference(self) -> float:
        return (self.value - self.official) / self.official


CHECK_COLUMNS = (
    "status",
    "figure",
    "article",
    "source",
    "as_of",
    "metric",
    "side",
    "population",
    "reported",
    "official",
    "series",
    "official_as_of",
    "diff",
)


def check_rows(rows: Sequence[CheckRow]) -> list[list[object]]:
    return [
        [
            "ok" if r.ok else "BAD",
            r.figure_id,
            r.article_id,
            r.source,
            r.as_of,
            r.metric,
            r.side,
            r.population,
            describe(r.qualifier, r.value, r.high),
            r.official,
            r.series,
            r.official_as_of,
            f"{r.difference:+.1%}",
        ]
        for r in rows
    ]


def check_against_official(engine: Engine, names: Iterable[str] | None = None) -> list[CheckRow]:
    """Every press running toll (scope total) that an official series counts, held against it.

    For each figure whose (metric, side, population) an official series has,
    the official values on its as_of, the day before and two days before are
    candidates (articles often quote the previous day's bulletin); the
    closest is used, and the figure is consistent when its qualifier allows it.
    """
    official = load_official(engine, names)
    if not official:
        raise QueryError("no official series in the database; import one with `casualties import-series --preset ...`")
    metrics = sorted({k[1] for k in official})
    sides = sorted({k[2] for k in official})
    day = func.coalesce(FigureRow.as_of, Article.published)
    query = (
        select(
            FigureRow.id,
            FigureRow.article_id,
            func.coalesce(FigureRow.reported_by, func.lower(Article.outlet), UNATTRIBUTED),
            day,
            FigureRow.metric,
            FigureRow.side,
            FigureRow.population,
            FigureRow.qualifier,
            FigureRow.value,
            FigureRow.high,
        )
        .join(Article, Article.id == FigureRow.article_id)
        .where(FigureRow.metric.in_(metrics), FigureRow.side.in_(sides), FigureRow.scope == "total")
        .where(FigureRow.value.is_not(None), day.is_not(None))
        .order_by(day, FigureRow.id)
    )
    out: list[CheckRow] = []
    with engine.connect() as conn:
        figures = conn.execute(query).all()
    for fid, aid, source, as_of, metric, side, pop, qualifier, value, high in figures:
        assert value is not None  # the query selects only figures with a value
        as_of = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(str(as_of)[:10])
        for (name, m, s, p), by_day in official.items():
            if (m, s, p) != (metric, side, pop):
                continue
            candidates = [
                (by_day[d], d)
                for d in (as_of - dt.timedelta(days=k) for k in range(CHECK_DAYS))
                if by_day.get(d)  # a zero official count is no comparison (as in eval/official.py)
            ]
            if not candidates:
                continue
            off, off_day = min(candidates, key=lambda c: abs(c[0] - value))
            ok = consistent(qualifier, value, high, off)
            out.append(
                CheckRow(fid, aid, source, as_of, metric, side, pop, qualifier, value, high, name, off, off_day, ok)
            )
    return out
