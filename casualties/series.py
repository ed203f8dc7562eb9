"""Time series of reported figures: one series per source, keyed by (source, as_of, side).

A *report* is one stored figure as a series sees it. Reports from one source
on one day are consolidated into one *point* (see :func:`consolidate`); flags
then mark what a careful reader should look at (see :func:`flag_points`).
Both are pure functions on lists, so they are tested on hand-made data; the
database part is :func:`load_reports` / :func:`build_series`.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import ColumnElement, Engine, Select, String, func, select, type_coerce

from casualties.errors import QueryError, VocabularyError
from casualties.models import Article
from casualties.models import Figure as FigureRow
from casualties.vocab import METRICS, POPULATIONS, SCOPES, is_side_slug

# Point fields (source, side, metric, population, scope, as_of): one series after another, by day.
SERIES_ORDER = itemgetter(0, 2, 3, 4, 5, 1)
_REPORT_ORDER = itemgetter(2, 4, 5, 6, 7, 3)  # the same order on Report fields
UNATTRIBUTED = "unknown"  # as in the figure_rows view: no reported_by and no outlet
GROUPINGS = ("source", "outlet")
# The consolidation preference: the most informative kind of figure wins.
QUALIFIER_RANK = {"exact": 0, "range": 1, "approx": 2, "lower": 3, "upper": 4}
APPROX_TOLERANCE = 0.05  # "about N" is read as N +- 5 %, the tolerance `casualties check` uses
DEFAULT_JUMP = 0.5  # flag a rise of more than 50 % ...
DEFAULT_JUMP_DAYS = 31  # ... between consecutive reports at most this many days apart


class Report(NamedTuple):
    """One stored figure, labelled with the series it belongs to (its source, outlet...).

    Named tuples, not dataclasses: a selection can hold tens of thousands of them.
    """

    figure_id: int
    article_id: int
    source: str
    as_of: dt.date
    side: str
    metric: str
    population: str
    scope: str
    value: int
    qualifier: str
    high: int | None = None


class Point(NamedTuple):
    """One source's figure for one day, traceable to every report (figure, article) it merges."""

    source: str
    as_of: dt.date
    side: str
    metric: str
    population: str
    scope: str
    value: int
    qualifier: str
    high: int | None = None
    figure_ids: tuple[int, ...] = ()
    article_ids: tuple[int, ...] = ()
    flags: tuple[str, ...] = ()
    official: bool = False

    @property
    def low(self) -> float:
        return bounds(self.qualifier, self.value, self.high)[0]

    @property
    def upper(self) -> float:
        return bounds(self.qualifier, self.value, self.high)[1]

    @property
    def n_reports(self) -> int:
        return max(1, len(self.figure_ids))

    @property
    def series_key(self) -> tuple[str, str, str, str, str]:
        return (self.source, self.side, self.metric, self.population, self.scope)


@dataclass(frozen=True)
class Selection:
    """What to build series for. ``population=None`` means every population."""

    metric: str
    side: str
    population: str | None = "all"
    scope: str = "total"
    by: str = "source"
    since: dt.date | None = None
    until: dt.date | None = None

    def validate(self) -> Selection:
        if self.metric not in METRICS:
            raise VocabularyError(f"unknown metric {self.metric!r}; use one of {', '.join(METRICS)}")
        if not is_side_slug(self.side):
            raise VocabularyError(f"side {self.side!r} is not a lower-case slug such as gaza or west-bank")
        if self.population is not None and self.population not in POPULATIONS:
            raise VocabularyError(f"unknown population {self.population!r}; use one of {', '.join(POPULATIONS)}")
        if self.scope not in SCOPES:
            raise VocabularyError(f"unknown scope {self.scope!r}; use one of {', '.join(SCOPES)}")
        if self.by not in GROUPINGS:
            raise VocabularyError(f"unknown grouping {self.by!r}; use one of {', '.join(GROUPINGS)}")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"--since {self.since} is after --until {self.until}")
        return self


@dataclass(frozen=True)
class FlagOptions:
    jump: float = DEFAULT_JUMP
    jump_days: int = DEFAULT_JUMP_DAYS


@dataclass
class SeriesResult:
    """The points of a selection (sorted by source, then date) and what they were built from."""

    selection: Selection
    points: list[Point] = field(default_factory=list)

    @property
    def n_reports(self) -> int:
        return sum(p.n_reports for p in self.points if not p.official)

    @property
    def n_articles(self) -> int:
        return len({a for p in self.points if not p.official for a in p.article_ids})

    def by_source(self) -> dict[str, list[Point]]:
        out: dict[str, list[Point]] = defaultdict(list)
        for p in self.points:
            out[p.source].append(p)
        return dict(out)


def bounds(qualifier: str, value: int, high: int | None = None) -> tuple[float, float]:
    """The interval the truth lies in, as the qualifier states it.

    exact: [v, v]; lower ("at least"): [v, inf); upper ("at most"): [0, v];
    approx ("about"): v +- 5 %; range: [v, high].
    """
    if qualifier == "lower":
        return float(value), math.inf
    if qualifier == "upper":
        return 0.0, float(value)
    if qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    if qualifier == "range" and high is not None:
        return float(value), float(high)
    return float(value), float(value)


def _preference(r: Report) -> tuple[int, int, int, int]:
    """Sort key: the first report of a same-source same-day group is the one kept."""
    rank = QUALIFIER_RANK.get(r.qualifier, 0)
    width = (r.high - r.value) if r.qualifier == "range" and r.high is not None else 0
    magnitude = r.value if r.qualifier == "upper" else -r.value
    return (rank, width, magnitude, r.figure_id)


def consolidate(reports: Iterable[Report]) -> list[Point]:
    """One point per (source, as_of, side, metric, population, scope).

    Rule, in order: an exact value wins (the highest, if a day has several:
    a running toll only grows during a day); otherwise the narrowest range;
    otherwise the highest approximate value; otherwise the highest lower
    bound; otherwise the lowest upper bound. Ties go to the first stored
    figure. The point keeps the ids of every merged figure and article, and a
    ``conflict`` flag when a merged report is incompatible with the kept one.
    """
    ordered = sorted(reports, key=_REPORT_ORDER)  # then one pass over runs of equal keys
    keys = list(map(_REPORT_ORDER, ordered))
    points = []
    i, n = 0, len(ordered)
    while i < n:
        j = i + 1
        while j < n and keys[j] == keys[i]:
            j += 1
        r = ordered[i]
        if j == i + 1:  # the common case: one report
            points.append(Point(r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], (r[0],), (r[1],)))
        else:
            group = ordered[i:j]
            best = min(group, key=_preference)
            figure_ids = tuple(sorted({g.figure_id for g in group}))
            article_ids = tuple(sorted({g.article_id for g in group}))
            flags = _conflicts(best, [g for g in group if g is not best])
            points.append(
                Point(
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    best.value,
                    best.qualifier,
                    best.high,
                    figure_ids,
                    article_ids,
                    flags,
                )
            )
        i = j
    return points  # in SERIES_ORDER, as the reports were sorted


def _conflicts(best: Report, others: Sequence[Report]) -> tuple[str, ...]:
    lo, hi = bounds(best.qualifier, best.value, best.high)
    bad = []
    for r in others:
        rlo, rhi = bounds(r.qualifier, r.value, r.high)
        if rlo > hi or rhi < lo:
            bad.append(f"{describe(r.qualifier, r.value, r.high)} (figure {r.figure_id})")
    if not bad:
        return ()
    return (f"conflict: same day also {', '.join(bad)}",)


def describe(qualifier: str, value: int, high: int | None = None) -> str:
    """A figure as a reader would say it: 'at least 35,200', 'about 1,200', '10-15'."""
    if qualifier == "range" and high is not None:
        return f"{value:,}-{high:,}"
    prefix = {"lower": "at least ", "upper": "at most ", "approx": "about "}.get(qualifier, "")
    return f"{prefix}{value:,}"


def flag_points(points: Sequence[Point], options: FlagOptions | None = None) -> list[Point]:
    """The same points with every flag a careful reader wants added.

    - ``revision``: a running toll (scope total) whose upper bound is below a
      lower bound the same source gave earlier: the source revised it down.
    - ``subgroup``: a subgroup (children, civilians...) whose lower bound
      exceeds the same source's total (population all) for that day.
    - ``jump``: a running toll more than ``jump`` (default 50 %) above the
      same source's previous report, at most ``jump_days`` days before.
    - ``contradicted``: a lower bound ("at least N") above an exact figure
      that any source gave the same day or later for the same count.
    """
    options = options or FlagOptions()
    extra: dict[int, list[str]] = defaultdict(list)
    spans = [bounds(p.qualifier, p.value, p.high) for p in points]
    _flag_revisions_and_jumps(points, spans, options, extra)
    _flag_subgroups(points, spans, extra)
    _flag_contradicted(points, extra)
    return [p._replace(flags=p.flags + tuple(extra[i])) if i in extra else p for i, p in enumerate(points)]


def _flag_revisions_and_jumps(
    points: Sequence[Point], spans: Sequence[tuple[float, float]], options: FlagOptions, extra: dict[int, list[str]]
) -> None:
    totals = [(*SERIES_ORDER(p), i) for i, p in enumerate(points) if p.scope == "total"]
    totals.sort()
    order = [t[-1] for t in totals]
    key = None
    best_low, best_at, prev = -math.inf, None, None
    for i in order:  # runs of one series (source, side, metric, population), by date
        p = points[i]
        if (p.source, p.side, p.metric, p.population) != key:
            key = (p.source, p.side, p.metric, p.population)
            best_low, best_at, prev = -math.inf, None, None
        low, upper = spans[i]
        if best_at is not None and upper < best_low:
            extra[i].append(f"revision: down from {best_low:,.0f} on {best_at}")
        if prev is not None and prev.value > 0 and (p.as_of - prev.as_of).days <= options.jump_days:
            rise = (p.value - prev.value) / prev.value
            if rise > options.jump:
                extra[i].append(f"jump: +{rise:.0%} from {prev.value:,} on {prev.as_of}")
        if low > best_low:
            best_low, best_at = low, p.as_of
        prev = p


def _flag_subgroups(points: Sequence[Point], spans: Sequence[tuple[float, float]], extra: dict[int, list[str]]) -> None:
    totals = {(p.source, p.as_of, p.side, p.metric, p.scope): i for i, p in enumerate(points) if p.population == "all"}
    if len(totals) == len(points):
        return
    for i, p in enumerate(points):
        if p.population == "all":
            continue
        t = totals.get((p.source, p.as_of, p.side, p.metric, p.scope))
        if t is not None and spans[i][0] > spans[t][1]:
            total = points[t]
            extra[i].append(
                f"subgroup: {describe(p.qualifier, p.value, p.high)} {p.population}"
                f" > total {describe(total.qualifier, total.value, total.high)}"
            )


def _flag_contradicted(points: Sequence[Point], extra: dict[int, list[str]]) -> None:
    counts: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        if p.scope == "total" and p.qualifier in ("exact", "lower"):
            counts[(p.side, p.metric, p.population)].append(i)
    for idx in counts.values():
        exact = sorted((points[i] for i in idx if points[i].qualifier == "exact"), key=lambda p: p.as_of)
        if not exact:
            continue
        # suffix minimum: the lowest exact figure on or after each date
        suffix: list[Point] = [exact[-1]] * len(exact)
        for k in range(len(exact) - 2, -1, -1):
            suffix[k] = exact[k] if exact[k].value <= suffix[k + 1].value else suffix[k + 1]
        dates = [p.as_of for p in exact]
        for i in idx:
            p = points[i]
            if p.qualifier != "lower":
                continue
            k = bisect_left(dates, p.as_of)
            if k < len(exact) and suffix[k].value < p.value:
                e = suffix[k]
                extra[i].append(f"contradicted: {e.source} reported exactly {e.value:,} on {e.as_of}")


def select_population(points: Iterable[Point], population: str | None) -> list[Point]:
    return [p for p in points if population is None or p.population == population]


# --- database ------------------------------------------------------------------------------------


def _label(by: str) -> ColumnElement[str]:
    """Who a point is from: reported_by, else the outlet (lower case), else 'unknown' (as figure_rows)."""
    if by == "outlet":
        return func.coalesce(func.lower(Article.outlet), UNATTRIBUTED)
    return func.coalesce(FigureRow.reported_by, func.lower(Article.outlet), UNATTRIBUTED)


def series_query(sel: Selection, populations: Sequence[str] | None = None) -> Select:
    """The SQL of a selection's reports; a search of the covering index ix_figures_series (revision 0002).

    Rows are (figure id, article id, source, as_of, population, value, qualifier, high): metric,
    side and scope are the selection's, so they are not fetched again for every row.
    """
    day = func.coalesce(FigureRow.as_of, Article.published)
    query = (
        select(
            FigureRow.id,
            FigureRow.article_id,
            _label(sel.by).label("source"),
            type_coerce(day, String).label("as_of"),  # SQLite's text dates parse faster with fromisoformat
            FigureRow.population,
            FigureRow.value,
            FigureRow.qualifier,
            FigureRow.high,
        )
        .join(Article, Article.id == FigureRow.article_id)
        .where(FigureRow.metric == sel.metric, FigureRow.side == sel.side, FigureRow.scope == sel.scope)
        .where(FigureRow.value.is_not(None))
    )
    if populations is not None:
        query = query.where(FigureRow.population.in_(list(populations)))
    if sel.since:
        query = query.where(day >= sel.since)
    if sel.until:
        query = query.where(day <= sel.until)
    return query


def load_reports(engine: Engine, sel: Selection, populations: Sequence[str] | None = None) -> list[Report]:
    """The stored figures of a selection, labelled by source (or outlet), via the series index.

    A figure with no ``as_of`` is dated by its article's publication day;
    figures with no value (never stored by the extractor) or no date are left out.
    """
    with engine.connect() as conn:
        rows = conn.execute(series_query(sel, populations)).all()
    side, metric, scope = sel.side, sel.metric, sel.scope
    return [
        Report(fid, aid, source, _as_date(day), side, metric, pop, scope, value, qualifier, high)
        for fid, aid, source, day, pop, value, qualifier, high in rows
        if day is not None
    ]


def _as_date(value: object) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def populations_to_load(population: str | None) -> list[str] | None:
    """Subgroup flags need the totals too; a selection of totals needs nothing else."""
    if population is None:
        return None
    return ["all"] if population == "all" else ["all", population]


def build_series(
    engine: Engine,
    sel: Selection,
    *,
    official: Sequence[Point] = (),
    options: FlagOptions | None = None,
) -> SeriesResult:
    """Consolidated, flagged points of a selection, one series per source.

    ``official`` points (from :mod:`casualties.official`) join as sources of
    their own, so a lower bound above the official count is flagged too.
    """
    sel.validate()
    reports = load_reports(engine, sel, populations_to_load(sel.population))
    points = consolidate(reports) + [p for p in official if _in_window(p, sel) and p.scope == sel.scope]
    flagged = flag_points(points, options)
    chosen = select_population(flagged, sel.population)
    if official:  # press points are in SERIES_ORDER already; official ones go last
        chosen.sort(key=lambda p: (p.official, p.source, p.population, p.as_of))
    return SeriesResult(selection=sel, points=chosen)


def _in_window(p: Point, sel: Selection) -> bool:
    return (sel.since is None or p.as_of >= sel.since) and (sel.until is None or p.as_of <= sel.until)


SERIES_COLUMNS = (
    "source",
    "as_of",
    "side",
    "population",
    "qualifier",
    "value",
    "high",
    "reports",
    "articles",
    "figures",
    "flags",
)


def series_rows(result: SeriesResult) -> list[list[object]]:
    """Rows for :func:`casualties.formatting.render`, in SERIES_COLUMNS order."""
    return [
        [
            p.source,
            p.as_of,
            p.side,
            p.population,
            p.qualifier,
            p.value,
            p.high,
            p.n_reports if not p.official else 0,
            ",".join(map(str, p.article_ids)),
            ",".join(map(str, p.figure_ids)),
            "; ".join(p.flags),
        ]
        for p in result.points
    ]


def most_reported(
    engine: Engine,
    scope: str = "total",
    population: str = "all",
    metric: str | None = None,
    side: str | None = None,
) -> tuple[str, str]:
    """The (metric, side) with the most report days, then the most reports: what a bare `plot` draws.

    ``metric`` or ``side`` restrict the choice (pick the side for a given metric...).
    Raises QueryError when the database holds no figure with a value and a date.
    """
    # figures alone (no join), so the covering series index answers it without reading the table
    query = (
        select(FigureRow.metric, FigureRow.side)
        .where(FigureRow.scope == scope, FigureRow.population == population, FigureRow.value.is_not(None))
        .where(FigureRow.as_of.is_not(None), FigureRow.side != "unknown")
    )
    if metric:
        query = query.where(FigureRow.metric == metric)
    if side:
        query = query.where(FigureRow.side == side)
    query = (
        query.group_by(FigureRow.metric, FigureRow.side)
        .order_by(
            func.count(func.distinct(FigureRow.as_of)).desc(), func.count().desc(), FigureRow.metric, FigureRow.side
        )
        .limit(1)
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        wanted = [f"metric {metric}"] * bool(metric) + [f"side {side}"] * bool(side)
        wanted += [f"population {population}", f"scope {scope}"]
        raise QueryError(f"no figures with {', '.join(wanted)} (and a value and a date) in the database")
    return row[0], row[1]
