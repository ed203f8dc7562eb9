"""Charts of reported figures over time: one line per source, a marker per report.

Uses matplotlib's object API with the Agg canvas directly: no pyplot, so no
global figure state leaks into a library user's process. Marker shapes say
what a number means: filled circle = exact, hollow = "about", upward
triangle on a dashed line = "at least", downward = "at most", vertical bar
= a range. An official series is drawn as a wide grey line under the points.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator
from sqlalchemy import Engine

from casualties.errors import InputError, QueryError
from casualties.official import official_points, series_description
from casualties.series import (
    UNATTRIBUTED,
    Point,
    Selection,
    build_series,
    consolidate,
    flag_points,
    load_reports,
    most_reported,
    populations_to_load,
)

FORMATS = (".png", ".svg", ".pdf")
BYS = ("source", "outlet", "side", "population")
MAX_LINES = 8  # more series than this: the rest are drawn as grey markers, "other sources"
MAX_PANELS = 9
CROWDED = 400  # a series with more points gets thin range bars and no flag rings
_REF_NUM = float(date2num(dt.date(2000, 1, 1)))
MAX_VALUE_LABELS = 12  # write each value next to its marker when a panel has at most this many
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
OTHER = "#9a9a9a"
OFFICIAL = "#7f7f7f"

POPULATION_NOUN = {
    "all": "People",
    "civilians": "Civilians",
    "combatants": "Combatants",
    "children": "Children",
    "women": "Women",
    "journalists": "Journalists",
    "medics": "Medics",
    "aid_workers": "Aid workers",
}
METRIC_PHRASE = {
    "killed": "killed in {side}",
    "injured": "injured in {side}",
    "missing": "missing in {side}",
    "hostages": "taken hostage from {side}",
    "detained": "detained from {side}",
    "displaced": "displaced in {side}",
    "evacuated": "evacuated in {side}",
    "projectiles": "Projectiles fired from {side}",
}
QUALIFIER_LABEL = {
    "exact": "exact figure",
    "approx": "about (approximate)",
    "lower": "at least (lower bound)",
    "upper": "at most (upper bound)",
    "range": "range (between)",
}


@dataclass(frozen=True)
class PlotRequest:
    """What `casualties plot` was asked for; None means "pick from the data"."""

    metric: str | None = None
    side: str | None = None  # with by="side", a comma-separated list of panels
    population: str = "all"
    by: str = "source"
    since: dt.date | None = None
    until: dt.date | None = None
    official: str | None = None
    log: bool = False
    output: Path | None = None


@dataclass
class Panel:
    """One axes: the press points by line label, and the official points under them."""

    title: str
    points: list[Point]
    official: list[Point] = field(default_factory=list)


@dataclass
class PlotResult:
    path: Path
    metric: str
    side: str
    n_reports: int
    n_articles: int


def place_name(side: str) -> str:
    """'gaza' -> 'Gaza', 'west-bank' -> 'the West Bank'."""
    special = {"west-bank": "the West Bank", "unknown": "an unnamed place", "dr-congo": "DR Congo", "uk": "the UK"}
    if side in special:
        return special[side]
    return " ".join(w.capitalize() for w in side.replace("_", "-").split("-"))


def chart_title(metric: str, side: str, population: str | None) -> str:
    phrase = METRIC_PHRASE.get(metric, metric + " in {side}").format(side=place_name(side))
    if metric == "projectiles":
        return phrase
    return f"{POPULATION_NOUN.get(population or 'all', 'People')} {phrase}"


def by_place_title(metric: str, population: str | None) -> str:
    """'People killed, by place'; 'Projectiles fired, by who fired them'."""
    if metric == "projectiles":
        return "Projectiles fired, by who fired them"
    verb = METRIC_PHRASE.get(metric, metric).split(" {side}")[0].rsplit(" ", 1)[0]
    return f"{POPULATION_NOUN.get(population or 'all', 'People')} {verb}, by place"


def default_path(req: PlotRequest, metric: str, side: str) -> Path:
    parts = ["casualties", metric, "by-side" if req.by == "side" else side]
    if req.population != "all" and req.by != "population":
        parts.append(req.population)
    if req.by == "population":
        parts.append("by-population")
    return Path("-".join(p.replace("_", "-") for p in parts) + ".png")


def output_path(req: PlotRequest, metric: str, side: str) -> Path:
    path = req.output or default_path(req, metric, side)
    if path.suffix.lower() not in FORMATS:
        raise InputError(f"cannot write {path.name!r}: use a .png, .svg or .pdf file name")
    return path


# --- gathering the data --------------------------------------------------------------------------


def _resolve(engine: Engine, req: PlotRequest) -> tuple[str, str]:
    if req.by not in BYS:
        raise InputError(f"unknown --by {req.by!r}; use one of {', '.join(BYS)}")
    if req.metric and req.side:
        return req.metric, req.side
    wanted_side = req.side if req.by != "side" else None
    metric, side = most_reported(engine, population=req.population, metric=req.metric, side=wanted_side)
    return req.metric or metric, req.side or side


def gather(engine: Engine, req: PlotRequest) -> tuple[str, str, list[Panel]]:
    """The metric, side and panels to draw; QueryError when the selection is empty."""
    metric, side = _resolve(engine, req)
    if req.by == "side":
        sides = [s.strip() for s in side.split(",") if s.strip()] if req.side else _top_sides(engine, req, metric)
        panels = [_source_panel(engine, req, metric, s, title=place_name(s)) for s in sides[:MAX_PANELS]]
        panels = [p for p in panels if p.points]
    elif req.by == "population":
        panels = [_population_panel(engine, req, metric, side)]
    else:
        panels = [_source_panel(engine, req, metric, side, title="")]
    if not any(p.points for p in panels):
        what = chart_title(metric, side, req.population).lower()
        window = _window_text(req)
        raise QueryError(f"no reported running totals of {what}{window} in the database")
    return metric, side, panels


def _window_text(req: PlotRequest) -> str:
    if req.since and req.until:
        return f" between {req.since} and {req.until}"
    if req.since:
        return f" since {req.since}"
    if req.until:
        return f" until {req.until}"
    return ""


def _official(engine: Engine, req: PlotRequest, metric: str, side: str, population: str | None) -> list[Point]:
    if not req.official:
        return []
    points = official_points(engine, req.official, metric, side, population)
    return [p for p in points if (not req.since or p.as_of >= req.since) and (not req.until or p.as_of <= req.until)]


def _source_panel(engine: Engine, req: PlotRequest, metric: str, side: str, title: str) -> Panel:
    by = "outlet" if req.by == "outlet" else "source"
    sel = Selection(metric, side, req.population, "total", by, req.since, req.until).validate()
    try:
        official = _official(engine, req, metric, side, req.population)
    except QueryError:
        if req.by != "side":
            raise
        official = []  # small multiples: a panel the official series does not cover just has no line
    result = build_series(engine, sel, official=official)
    press = [p for p in result.points if not p.official]
    return Panel(title=title, points=press, official=[p for p in result.points if p.official])


def _population_panel(engine: Engine, req: PlotRequest, metric: str, side: str) -> Panel:
    sel = Selection(metric, side, None, "total", "source", req.since, req.until).validate()
    reports = load_reports(engine, sel, populations_to_load(None))
    relabelled = [r._replace(source=r.population) for r in reports]
    points = flag_points(consolidate(relabelled))
    official = _official(engine, req, metric, side, None)
    return Panel(title="", points=points, official=official)


def _top_sides(engine: Engine, req: PlotRequest, metric: str) -> list[str]:
    from sqlalchemy import func, select

    from casualties.models import Figure as FigureRow

    query = (
        select(FigureRow.side)
        .where(FigureRow.metric == metric, FigureRow.population == req.population, FigureRow.scope == "total")
        .where(FigureRow.value.is_not(None), FigureRow.side != "unknown")
        .group_by(FigureRow.side)
        .order_by(func.count().desc(), FigureRow.side)
        .limit(MAX_PANELS)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


# --- drawing -------------------------------------------------------------------------------------


def _thousands(x: float, _pos: object = None) -> str:
    if x == 0 or not math.isfinite(x):
        return "0"
    return f"{x:,.0f}" if abs(x) >= 1 else f"{x:g}"


def _line_labels(points: Sequence[Point]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for p in points:
        counts[p.source] += 1
    return sorted(counts, key=lambda s: (-counts[s], s))


def display(label: str) -> str:
    """Legend text of a line label: figures with no reported_by and no outlet are 'unattributed'."""
    return "unattributed" if label == UNATTRIBUTED else label


def _short(p: Point) -> str:
    if p.qualifier == "range" and p.high is not None:
        return f"{p.value:,}–{p.high:,}"
    return {"lower": "≥", "upper": "≤", "approx": "~"}.get(p.qualifier, "") + f"{p.value:,}"


def _colors(labels: Sequence[str]) -> dict[str, str]:
    return {label: PALETTE[i] if i < MAX_LINES else OTHER for i, label in enumerate(labels)}


_REF = dt.date(2000, 1, 1)


def _num(day: dt.date) -> float:
    """matplotlib's date number of a day, without date2num's per-call overhead (thousands of points)."""
    return _REF_NUM + (day.toordinal() - _REF.toordinal())


class _MarkerStyle(TypedDict, total=False):
    """Line2D keyword arguments of one kind of marker (matplotlib's short names)."""

    marker: str
    ms: float
    mew: float
    color: str
    mfc: str
    mec: str


def _marker_size(n: int, small: bool) -> float:
    """Smaller markers for crowded series, so thousands of reports stay readable."""
    size = 7.0 if n <= 60 else 5.0 if n <= 400 else 3.0 if n <= 3000 else 2.0
    return size * (0.65 if small else 1.0)


def _draw_series(
    ax: Axes,
    points: Sequence[Point],
    color: str,
    label: str | None,
    small: bool,
    labelled: bool = False,
    window: tuple[dt.date, dt.date] | None = None,
) -> None:
    """A line through a source's reports, dashed where it reaches a bound, a marker per report.

    One artist per kind of marker (not per point), so a series of thousands of reports draws fast.
    """
    pts = sorted(points, key=lambda p: p.as_of)
    x = [_num(p.as_of) for p in pts]
    y = [(p.value + p.high) / 2 if p.qualifier == "range" and p.high is not None else p.value for p in pts]
    size = _marker_size(len(pts), small)
    if label is not None and len(pts) > 1:
        solid: list[list[tuple[float, float]]] = []
        dashed: list[list[tuple[float, float]]] = []
        for k in range(1, len(pts)):
            bound = {pts[k - 1].qualifier, pts[k].qualifier} & {"lower", "upper"}
            (dashed if bound else solid).append([(x[k - 1], y[k - 1]), (x[k], y[k])])
        for segments, style in ((solid, "solid"), (dashed, "dashed")):
            if segments:
                ax.add_collection(LineCollection(segments, colors=color, linewidths=1.6, linestyles=style, zorder=3))

    def pick(test) -> tuple[list[float], list[float]]:
        chosen = [(xi, yi) for xi, yi, p in zip(x, y, pts, strict=True) if test(p)]
        return [c[0] for c in chosen], [c[1] for c in chosen]

    ranges = [
        (xi, p.value, p.high) for xi, p in zip(x, pts, strict=True) if p.qualifier == "range" and p.high is not None
    ]
    if ranges:
        xs = [xi for xi, _, _ in ranges]
        crowded = len(pts) > CROWDED
        width = 0.6 if crowded else 2.2
        lows, highs = [low for _, low, _ in ranges], [high for _, _, high in ranges]
        ax.vlines(xs, lows, highs, color=color, lw=width, alpha=0.5 if crowded else 1.0, zorder=4)
        if not crowded:
            ends = [v for _, low, high in ranges for v in (low, high)]
            ax.plot(
                [xi for xi in xs for _ in (0, 1)],
                ends,
                ls="none",
                marker="_",
                ms=size * 1.6,
                mew=width,
                color=color,
                zorder=4,
            )
    styles: dict[str, _MarkerStyle] = {
        "exact": {"marker": "o", "ms": size, "color": color, "mec": "white", "mew": 0.6},
        "approx": {"marker": "o", "ms": size, "mfc": "white", "mec": color, "mew": 1.8},
        "lower": {"marker": "^", "ms": size * 1.15, "color": color, "mec": "white", "mew": 0.6},
        "upper": {"marker": "v", "ms": size * 1.15, "color": color, "mec": "white", "mew": 0.6},
    }
    for qualifier, marker_style in styles.items():
        xs, ys = pick(lambda p, q=qualifier: p.qualifier == q)
        if xs:
            ax.plot(xs, ys, ls="none", zorder=5, **marker_style)
    xs, ys = pick(lambda p: bool(p.flags))
    if xs and len(pts) <= CROWDED:  # on a crowded chart rings would hide the data; `series` lists the flags
        ax.plot(xs, ys, ls="none", marker="o", ms=size * 2.1, mfc="none", mec="#d00000", mew=1.0, zorder=6)
    if labelled:
        x0, x1 = (_num(window[0]), _num(window[1])) if window else (min(x) - 1, max(x) + 1)
        for xi, yi, p in zip(x, y, pts, strict=True):
            where = (xi - x0) / max(x1 - x0, 1)  # near an edge, the label leans inwards (never into a neighbour)
            ha = "right" if where > 0.9 else "left" if where < 0.06 else "center"
            ax.annotate(
                _short(p),
                (xi, p.high if p.qualifier == "range" and p.high is not None else yi),
                xytext=({"right": 3, "left": -3}.get(ha, 0), 7 if p.qualifier != "upper" else -9),
                textcoords="offset points",
                ha=ha,
                va="bottom" if p.qualifier != "upper" else "top",
                fontsize=7.5,
                color=color,
                zorder=7,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            )


def _draw_official(ax: Axes, points: Sequence[Point], lo: dt.date, hi: dt.date) -> list[str]:
    """Grey lines of the official series, clipped to the press dates (plus a margin); their labels."""
    by_pop: dict[str, list[Point]] = defaultdict(list)
    for p in points:
        if lo <= p.as_of <= hi:
            by_pop[p.population].append(p)
    labels = []
    for k, (pop, pts) in enumerate(sorted(by_pop.items())):
        pts.sort(key=lambda p: p.as_of)
        ax.plot(
            [_num(p.as_of) for p in pts],
            [p.value for p in pts],
            color=OFFICIAL,
            lw=4.5 - k,
            alpha=0.45,
            solid_capstyle="round",
            drawstyle="steps-post",
            zorder=1,
        )
        labels.append(pop)
    return labels


def _top(panel: Panel, lo: dt.date, hi: dt.date) -> float:
    """The highest value drawn in a panel (a range's upper end, official points inside the window)."""
    tops = [p.high if p.qualifier == "range" and p.high is not None else p.value for p in panel.points]
    tops += [p.value for p in panel.official if lo <= p.as_of <= hi]
    return float(max(tops))


def _date_window(panels: Sequence[Panel], req: PlotRequest) -> tuple[dt.date, dt.date]:
    """The days on the x axis: the press dates (or --since/--until) plus a margin, so no marker is cut in half."""
    days = [p.as_of for panel in panels for p in panel.points]
    lo, hi = req.since or min(days), req.until or max(days)
    margin = dt.timedelta(days=max(1, (hi - lo).days // 25))
    return lo - margin, hi + margin


def _style_axes(ax: Axes, lo: dt.date, hi: dt.date, log: bool, small: bool, top: float) -> None:
    locator = AutoDateLocator(minticks=3 if small else 5, maxticks=6 if small else 10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, show_offset=True))
    ax.set_xlim(date2num(lo), date2num(hi))
    if log:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    else:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=True))
        ax.set_ylim(0, max(top * 1.12, 1))
    ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
    ax.grid(True, axis="y", color="#e6e6e6", lw=0.8)
    ax.grid(True, axis="x", color="#f2f2f2", lw=0.6)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.tick_params(labelsize=8 if small else 9)


def _legend_handles(colors: dict[str, str], labels: Sequence[str], qualifiers: set[str], official: str | None):
    handles = [Line2D([], [], color=colors[s], lw=2.5, label=display(s)) for s in labels[:MAX_LINES]]
    if len(labels) > MAX_LINES:
        handles.append(Line2D([], [], color=OTHER, ls="none", marker="o", ms=5, label="other sources"))
    if official:
        handles.append(Line2D([], [], color=OFFICIAL, lw=4, alpha=0.45, label=f"{official} (official)"))
    key: dict[str, _MarkerStyle] = {
        "exact": dict(marker="o", color="#333333"),
        "approx": dict(marker="o", mfc="white", mec="#333333", color="#333333"),
        "lower": dict(marker="^", color="#333333"),
        "upper": dict(marker="v", color="#333333"),
        "range": dict(marker="|", ms=10, mew=2.2, color="#333333"),
    }
    marks = [
        Line2D([], [], ls="none", label=QUALIFIER_LABEL[q], **(_MarkerStyle(ms=6) | key[q]))
        for q in key
        if q in qualifiers
    ]
    return handles, marks


def draw(panels: Sequence[Panel], req: PlotRequest, metric: str, side: str, credit: str | None = None) -> Figure:
    """The chart as a matplotlib Figure (not yet saved)."""
    multi = req.by == "side"
    n = len(panels)
    ncols = min(3, n) if multi else 1
    nrows = math.ceil(n / ncols)
    width, height = (4.0 * ncols + 2.6, 3.0 * nrows + 1.6) if multi else (10.5, 5.8)
    fig = Figure(figsize=(width, height), dpi=150, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True)
    all_points = [p for panel in panels for p in panel.points]
    labels = _line_labels(all_points)
    colors = _colors(labels)
    lo, hi = _date_window(panels, req)
    for ax, panel in zip(axes.flat, panels, strict=False):
        pops = _draw_official(ax, panel.official, lo, hi)
        if req.by == "population" and pops:
            for pop in pops:  # say which grey line is which population
                last = max((p for p in panel.official if p.population == pop and p.as_of <= hi), key=lambda p: p.as_of)
                ax.annotate(
                    pop,
                    (date2num(last.as_of), last.value),
                    fontsize=7,
                    color="#555555",
                    xytext=(3, 0),
                    textcoords="offset points",
                    va="center",
                )
        sparse = len(panel.points) <= MAX_VALUE_LABELS
        rank = {label: k for k, label in enumerate(labels)}
        by_label: dict[str, list[Point]] = defaultdict(list)
        others: list[Point] = []  # beyond MAX_LINES sources: grey markers, no line
        for p in panel.points:
            (by_label[p.source] if rank[p.source] < MAX_LINES else others).append(p)
        if others:
            _draw_series(ax, others, OTHER, None, small=multi, labelled=sparse, window=(lo, hi))
        for label, pts in sorted(by_label.items(), key=lambda kv: rank[kv[0]], reverse=True):
            _draw_series(ax, pts, colors[label], label, small=multi, labelled=sparse, window=(lo, hi))
        _style_axes(ax, lo, hi, req.log, small=multi, top=_top(panel, lo, hi))
        if panel.title:
            ax.set_title(panel.title, fontsize=10, loc="left")
    for ax in list(axes.flat)[n:]:
        ax.set_visible(False)
    drawn = _official_name(panels, req) is not None
    _titles(fig, list(axes.flat), req, metric, side, all_points, credit if drawn else None)
    handles, marks = _legend_handles(colors, labels, {p.qualifier for p in all_points}, _official_name(panels, req))
    if req.by == "population":
        handles = [h for h in handles if h.get_label() != "other sources"]
    title = {"population": "Population", "outlet": "Outlet"}.get(req.by, "Reported by")
    fig.legend(
        handles=handles + marks,
        loc="outside right upper",
        fontsize=8,
        title=title,
        title_fontsize=8.5,
        frameon=False,
        alignment="left",
    )
    return fig


def _official_name(panels: Sequence[Panel], req: PlotRequest) -> str | None:
    return req.official if any(panel.official for panel in panels) else None


def _titles(
    fig: Figure,
    axes: Sequence[Axes],
    req: PlotRequest,
    metric: str,
    side: str,
    points: Sequence[Point],
    credit: str | None = None,
) -> None:
    """Title (what is counted, where), subtitle (what the lines are) and footnote (how many reports)."""
    if req.by == "side":
        title = by_place_title(metric, req.population)
    else:
        title = chart_title(metric, side, req.population if req.by != "population" else "all")
        if req.by == "population":
            title += ", by population"
    fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    lo, hi = min(p.as_of for p in points), max(p.as_of for p in points)
    span = f"{lo:%-d %b %Y}" if lo == hi else f"{lo:%-d %b %Y} to {hi:%-d %b %Y}"
    who = {"outlet": "outlet", "population": "population"}.get(req.by, "source")
    subtitle = f"Running totals as reported in the press, {span}; one line per {who}"
    if req.official:
        subtitle += f", grey: official series {req.official}"
    if req.log:
        subtitle += " (log scale)"
    n_reports = sum(p.n_reports for p in points)
    n_articles = len({a for p in points for a in p.article_ids})
    note = (
        f"{n_reports:,} report{'s' * (n_reports != 1)} from {n_articles:,} article{'s' * (n_articles != 1)}. "
        "Same-day reports from one source are merged into one marker (an exact figure wins)."
    )
    flagged = sum(1 for p in points if p.flags)
    if flagged:
        note += (
            f" {flagged:,} point{'s' * (flagged != 1)} flagged (revision, jump, contradiction...; red rings on"
            " series of at most 400 points; see `casualties series`)."
        )
    if credit:
        note += f" Official series {req.official}: {credit}."
    if req.by == "side":
        note = subtitle + ". " + note
    else:
        axes[0].set_title(subtitle, loc="left", fontsize=9, color="#444444")
    fig.text(0.01, 0.005, note, fontsize=7.5, color="#555555", ha="left", va="bottom", wrap=True)
    engine = fig.get_layout_engine()
    assert isinstance(engine, ConstrainedLayoutEngine)  # draw() makes the figure with layout="constrained"
    engine.set(h_pad=0.12, rect=(0, 0.04, 1, 0.96))


def save(fig: Figure, path: Path) -> Path:
    """Write the chart; the format follows the suffix. SVG keeps its text as text (searchable, smaller)."""
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=path.suffix.lower().lstrip("."))
    return path


def plot(engine: Engine, req: PlotRequest) -> PlotResult:
    """Draw the chart a request asks for and write it; the path and what it shows.

    Raises QueryError on an empty database or selection, InputError on a bad file name.
    """
    metric, side, panels = gather(engine, req)
    path = output_path(req, metric, side if req.by != "side" else "by-side")
    credit = series_description(engine, req.official) if req.official else None
    fig = draw(panels, req, metric, side, credit)
    save(fig, path)
    points = [p for panel in panels for p in panel.points]
    return PlotResult(
        path=path,
        metric=metric,
        side=side,
        n_reports=sum(p.n_reports for p in points),
        n_articles=len({a for p in points for a in p.article_ids}),
    )
