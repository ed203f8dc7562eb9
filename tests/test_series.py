"""Series: consolidation of same-day reports, every flag, the database query and the series_points view."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from typer.testing import CliRunner

from casualties.cli import app
from casualties.db import open_database
from casualties.errors import QueryError, VocabularyError
from casualties.figure import Figure
from casualties.series import (
    FlagOptions,
    Point,
    Report,
    Selection,
    bounds,
    build_series,
    consolidate,
    flag_points,
    most_reported,
)
from casualties.source import SourceDoc, sha256_hex
from casualties.store import store_article

D = dt.date


def rep(fid: int, value: int, qualifier: str = "exact", high: int | None = None, **kw) -> Report:
    base = dict(
        figure_id=fid,
        article_id=kw.pop("article_id", fid * 10),
        source="un",
        as_of=D(2024, 6, 1),
        side="sudan",
        metric="killed",
        population="all",
        scope="total",
    )
    base.update(kw)
    return Report(value=value, qualifier=qualifier, high=high, **base)


def pt(day: dt.date, value: int, qualifier: str = "exact", **kw) -> Point:
    base = dict(source="un", side="sudan", metric="killed", population="all", scope="total", figure_ids=(1,))
    base.update(kw)
    return Point(as_of=day, value=value, qualifier=qualifier, **base)


def codes(point: Point) -> list[str]:
    return [f.split(":")[0] for f in point.flags]


# --- bounds and consolidation ------------------------------------------------------------------


def test_bounds_follow_the_qualifier():
    assert bounds("exact", 100) == (100, 100)
    assert bounds("lower", 100) == (100, float("inf"))
    assert bounds("upper", 100) == (0, 100)
    assert bounds("approx", 100) == pytest.approx((95, 105))
    assert bounds("range", 10, 15) == (10, 15)


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # an exact value wins over any bound
        ([rep(1, 14_000, "lower"), rep(2, 13_900), rep(3, 14_100, "approx")], (13_900, "exact", None)),
        # two exact values on one day: the higher (the later bulletin)
        ([rep(1, 13_900), rep(2, 14_020)], (14_020, "exact", None)),
        # no exact: the narrowest range
        ([rep(1, 100, "range", 200), rep(2, 120, "range", 150), rep(3, 130, "lower")], (120, "range", 150)),
        # no exact or range: the highest approximate value
        ([rep(1, 500, "approx"), rep(2, 520, "approx"), rep(3, 530, "lower")], (520, "approx", None)),
        # only bounds: the highest lower bound
        ([rep(1, 150, "lower"), rep(2, 300, "lower"), rep(3, 200, "upper")], (300, "lower", None)),
        # only upper bounds: the lowest
        ([rep(1, 90, "upper"), rep(2, 60, "upper")], (60, "upper", None)),
    ],
)
def test_consolidation_rule(reports, expected):
    [point] = consolidate(reports)
    assert (point.value, point.qualifier, point.high) == expected
    assert point.figure_ids == tuple(sorted(r.figure_id for r in reports))
    assert point.article_ids == tuple(sorted({r.article_id for r in reports}))
    assert point.n_reports == len(reports)


def test_consolidation_keeps_sources_days_and_populations_apart():
    reports = [
        rep(1, 100),
        rep(2, 110, source="msf"),
        rep(3, 120, as_of=D(2024, 6, 2)),
        rep(4, 40, population="children"),
        rep(5, 7, scope="event"),
        rep(6, 130, article_id=10),  # same article as figure 1: one article, two figures
    ]
    points = consolidate(reports)
    assert len(points) == 5
    merged = next(p for p in points if p.figure_ids == (1, 6))
    assert merged.value == 130 and merged.article_ids == (10,)


def test_conflicting_same_day_reports_are_flagged():
    [point] = consolidate([rep(1, 5_000), rep(2, 6_000, "lower"), rep(3, 4_990, "approx")])
    assert point.value == 5_000
    assert codes(point) == ["conflict"]
    assert "at least 6,000" in point.flags[0] and "4,990" not in point.flags[0]


# --- flags ----------------------------------------------------------------------------------------


def test_revision_flags_a_toll_that_goes_down_in_the_same_source():
    points = [pt(D(2024, 1, 1), 1_000), pt(D(2024, 1, 5), 980), pt(D(2024, 1, 9), 1_050)]
    flagged = flag_points(points)
    assert [codes(p) for p in flagged] == [[], ["revision"], []]
    assert "1,000 on 2024-01-01" in flagged[1].flags[0]


def test_revision_respects_bounds_and_sources():
    points = [
        pt(D(2024, 1, 1), 1_000, "lower"),
        pt(D(2024, 1, 2), 990, "approx"),  # about 990 allows 1,000: no revision
        pt(D(2024, 1, 3), 1_020, source="msf"),  # another source: not in this series
        pt(D(2024, 1, 4), 950, "upper"),  # at most 950 after at least 1,000: revised down
        pt(D(2024, 1, 5), 800, scope="event"),  # single events are not running tolls
    ]
    assert [codes(p) for p in flag_points(points)] == [[], [], [], ["revision"], []]


def test_revision_and_jump_follow_each_series_through_interleaved_days():
    points = [
        pt(D(2024, 2, day), value, population=pop)
        for day, value, pop in [(1, 900, "all"), (1, 300, "children"), (2, 910, "all"), (2, 250, "children")]
    ] + [pt(D(2024, 2, 3), 2_000, source="msf"), pt(D(2024, 2, 4), 1_990, source="msf")]
    flagged = flag_points(points[::-1])[::-1]  # any input order
    assert [codes(p) for p in flagged] == [[], [], [], ["revision"], [], ["revision"]]


def test_subgroup_larger_than_its_total():
    day = D(2024, 3, 1)
    points = [
        pt(day, 500),
        pt(day, 620, "lower", population="children"),
        pt(day, 480, population="women"),
        pt(day, 700, population="civilians", source="msf"),  # msf gave no total that day
    ]
    flagged = flag_points(points)
    assert [codes(p) for p in flagged] == [[], ["subgroup"], [], []]
    assert "at least 620 children > total 500" in flagged[1].flags[0]


def test_jump_beyond_threshold_within_window():
    points = [pt(D(2024, 1, 1), 100), pt(D(2024, 1, 8), 160), pt(D(2024, 6, 1), 1_000)]
    assert [codes(p) for p in flag_points(points)] == [[], ["jump"], []]  # the 5-month gap is not a jump
    assert [codes(p) for p in flag_points(points, FlagOptions(jump=0.7))] == [[], [], []]
    assert [codes(p) for p in flag_points(points, FlagOptions(jump_days=365))] == [[], ["jump"], ["jump"]]


def test_lower_bound_contradicted_by_a_later_exact_figure_from_any_source():
    points = [
        pt(D(2024, 5, 15), 35_200, "lower", source="unknown"),
        pt(D(2024, 5, 16), 35_100, source="ministry"),
        pt(D(2024, 5, 10), 34_000, "lower", source="unknown"),
        pt(D(2024, 5, 1), 30_000, source="ministry"),  # earlier than both: no contradiction
    ]
    flagged = flag_points(points)
    assert codes(flagged[0]) == ["contradicted"]
    assert "ministry reported exactly 35,100 on 2024-05-16" in flagged[0].flags[0]
    assert codes(flagged[2]) == []


def test_flags_on_a_clean_series_are_empty():
    points = [pt(D(2024, 1, d), 1_000 + 10 * d, q) for d, q in [(1, "exact"), (3, "lower"), (6, "approx")]]
    assert all(p.flags == () for p in flag_points(points))


# --- database -------------------------------------------------------------------------------------


def _doc(name: str, outlet: str | None, published: dt.date, rows: list[tuple[str, dict]]) -> tuple:
    """An invented article whose sentences each state one figure; rows are (sentence, figure fields)."""
    body = " ".join(sentence for sentence, _ in rows)
    doc = SourceDoc(text=body, sha256=sha256_hex(body.encode()), file=f"{name}.txt", outlet=outlet, published=published)
    figures = []
    for sentence, fields in rows:
        es = body.index(sentence)
        surface = fields.pop("surface")
        start = body.index(surface, es)
        fields.setdefault("as_of", published)
        figures.append(
            Figure(
                evidence=sentence,
                evidence_span=(es, es + len(sentence)),
                surface=surface,
                span=(start, start + len(surface)),
                **fields,
            )
        )
    return doc, figures


def trend_articles() -> list[tuple]:
    """Five invented articles on Sudan and Myanmar; two from one outlet on one day."""
    k = dict(metric="killed", side="sudan")
    return [
        _doc(
            "sudan-1",
            "Nile Wire",
            D(2024, 6, 1),
            [
                (
                    "The UN said at least 14,000 people have died in the war.",
                    k | dict(value=14000, qualifier="lower", reported_by="un", surface="14,000"),
                ),
                (
                    "Among them are 3,100 children, the UN added.",
                    k | dict(value=3100, population="children", reported_by="un", surface="3,100"),
                ),
                ("The paper's own count stands at 13,950 dead.", k | dict(value=13950, surface="13,950")),
            ],
        ),
        _doc(
            "sudan-2",
            "Nile Wire",
            D(2024, 6, 1),
            [
                ("The UN later put the toll at 14,020.", k | dict(value=14020, reported_by="un", surface="14,020")),
                (
                    "A clash near Kadugli killed about 40 people.",
                    k | dict(value=40, qualifier="approx", scope="event", surface="40"),
                ),
            ],
        ),
        _doc(
            "sudan-3",
            "Sahel Courier",
            D(2024, 6, 9),
            [
                (
                    "The UN says 13,700 people have been killed.",
                    k | dict(value=13700, reported_by="un", surface="13,700"),
                ),
                (
                    "Between 15,000 and 16,000 people have died, monitors estimate.",
                    k | dict(value=15000, high=16000, qualifier="range", reported_by="monitors", surface="15,000"),
                ),
            ],
        ),
        _doc(
            "myanmar-1",
            None,
            D(2024, 2, 3),
            [
                (
                    "More than 4,600 civilians have been killed since the coup.",
                    dict(
                        metric="killed",
                        side="myanmar",
                        population="civilians",
                        value=4600,
                        qualifier="lower",
                        surface="4,600",
                    ),
                ),
                (
                    "Some 2.6 million people are displaced.",
                    dict(metric="displaced", side="myanmar", value=2600000, qualifier="approx", surface="2.6 million"),
                ),
            ],
        ),
        _doc(
            "myanmar-2",
            "Irrawaddy Post",
            D(2024, 3, 3),
            [
                (
                    "At least 4,900 civilians have been killed.",
                    dict(
                        metric="killed",
                        side="myanmar",
                        population="civilians",
                        value=4900,
                        qualifier="lower",
                        surface="4,900",
                    ),
                ),
            ],
        ),
    ]


@pytest.fixture
def trend_db(db_url):
    engine = open_database(db_url)
    for doc, figures in trend_articles():
        store_article(engine, doc, figures, extractor_version="test")
    yield engine
    engine.dispose()


def test_build_series_groups_by_source_and_traces_articles(trend_db):
    result = build_series(trend_db, Selection("killed", "sudan"))
    rows = [(p.source, p.as_of, p.qualifier, p.value, p.n_reports, len(p.article_ids)) for p in result.points]
    assert rows == [
        ("monitors", D(2024, 6, 9), "range", 15000, 1, 1),
        ("nile wire", D(2024, 6, 1), "exact", 13950, 1, 1),  # unattributed: the outlet is the source
        ("un", D(2024, 6, 1), "exact", 14020, 2, 2),  # "at least 14,000" and "14,020" merged
        ("un", D(2024, 6, 9), "exact", 13700, 1, 1),
    ]
    assert codes(result.points[-1]) == ["revision"]
    assert result.n_reports == 5 and result.n_articles == 3


def test_build_series_by_outlet_population_and_window(trend_db):
    by_outlet = build_series(trend_db, Selection("killed", "sudan", by="outlet"))
    assert {(p.source, p.as_of): p.value for p in by_outlet.points} == {
        ("nile wire", D(2024, 6, 1)): 14020,
        ("sahel courier", D(2024, 6, 9)): 13700,
    }
    kids = build_series(trend_db, Selection("killed", "sudan", population="children"))
    assert [(p.source, p.value) for p in kids.points] == [("un", 3100)]
    window = build_series(trend_db, Selection("killed", "sudan", since=D(2024, 6, 5)))
    assert {p.as_of for p in window.points} == {D(2024, 6, 9)}
    events = build_series(trend_db, Selection("killed", "sudan", scope="event"))
    assert [(p.value, p.qualifier) for p in events.points] == [(40, "approx")]
    unknown = build_series(trend_db, Selection("killed", "myanmar", population="civilians"))
    assert [p.source for p in unknown.points] == ["irrawaddy post", "unknown"]


def test_selection_is_validated():
    with pytest.raises(VocabularyError):
        Selection("slain", "sudan").validate()
    with pytest.raises(VocabularyError):
        Selection("killed", "South Sudan").validate()
    with pytest.raises(QueryError):
        Selection("killed", "sudan", since=D(2024, 2, 1), until=D(2024, 1, 1)).validate()


def test_most_reported(trend_db):
    assert most_reported(trend_db) == ("killed", "sudan")
    assert most_reported(trend_db, population="civilians") == ("killed", "myanmar")
    assert most_reported(trend_db, metric="displaced") == ("displaced", "myanmar")


def test_view_returns_the_same_rows_as_the_library(trend_db):
    """series_points (SQL) and build_series (Python) agree on every selection and both groupings."""
    with trend_db.connect() as conn:
        view = conn.execute(
            text(
                "SELECT grouping, source, as_of, side, metric, population, scope, value, qualifier, high,"
                " n_reports, figure_ids, article_ids FROM series_points"
            )
        ).all()
        keys = conn.execute(text("SELECT DISTINCT metric, side, population, scope FROM figures")).all()
    assert view
    library = set()
    for by in ("source", "outlet"):
        for metric, side, population, scope in keys:
            result = build_series(trend_db, Selection(metric, side, population, scope, by))
            for p in result.points:
                point = (by, p.source, p.as_of.isoformat(), side, metric, population, scope, p.value, p.qualifier)
                library.add((*point, p.high, p.n_reports, p.figure_ids, p.article_ids))

    def ids(text_: str) -> tuple[int, ...]:
        return tuple(sorted(int(x) for x in str(text_).split(",")))

    from_view = {
        (*(str(v)[:10] if i == 2 else v for i, v in enumerate(row[:11])), ids(row[11]), ids(row[12])) for row in view
    }
    assert from_view == library


# --- command line ---------------------------------------------------------------------------------


def test_series_command_formats(trend_db):
    url = trend_db.url.render_as_string(hide_password=False)
    runner = CliRunner()
    table = runner.invoke(app, ["--db", url, "series", "--metric", "killed", "--side", "sudan"])
    assert table.exit_code == 0, table.output
    assert "revision: down from 14,020 on 2024-06-01" in table.output
    assert "14,020" in table.output and "(4 rows)" in table.output
    data = json.loads(runner.invoke(app, ["--db", url, "series", "-m", "killed", "-s", "sudan", "-f", "json"]).output)
    assert [(d["source"], d["value"]) for d in data][:2] == [("monitors", 15000), ("nile wire", 13950)]
    csv_out = runner.invoke(app, ["--db", url, "series", "-m", "killed", "-s", "sudan", "-f", "csv"]).output
    assert csv_out.splitlines()[0].startswith("source,as_of,side,population,qualifier,value,high")
    default = runner.invoke(app, ["--db", url, "series"])  # no options: the most reported metric and side
    assert default.exit_code == 0 and "sudan" in default.output


@pytest.mark.parametrize(
    "args",
    [
        ["series", "--metric", "killed", "--side", "chad"],
        ["series", "--metric", "slain", "--side", "sudan"],
        ["series", "--format", "xml"],
        ["series", "--since", "June 1"],
    ],
)
def test_series_command_errors_are_one_line(trend_db, args):
    url = trend_db.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", url, *args])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_series_on_an_empty_database(sqlite_url):
    result = CliRunner().invoke(app, ["--db", sqlite_url, "series"])
    assert result.exit_code == 1
    assert (
        result.output == "Error: no figures with population all, scope total (and a value and a date) in the database\n"
    )


# --- properties -----------------------------------------------------------------------------------

_report = st.builds(
    lambda fid, source, day, qualifier, value, width: rep(
        fid, value, qualifier, value + width if qualifier == "range" else None, source=source, as_of=D(2024, 1, day)
    ),
    st.integers(1, 10**6),
    st.sampled_from(["un", "msf", "ministry"]),
    st.integers(1, 5),
    st.sampled_from(["exact", "lower", "upper", "approx", "range"]),
    st.integers(0, 50_000),
    st.integers(0, 500),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_report, max_size=30, unique_by=lambda r: r.figure_id))
def test_consolidation_properties(reports):
    points = consolidate(reports)
    # one point per (source, day), and every figure is traced by exactly one point
    assert len(points) == len({(r.source, r.as_of) for r in reports})
    assert sorted(f for p in points for f in p.figure_ids) == sorted(r.figure_id for r in reports)
    for p in points:
        group = [r for r in reports if (r.source, r.as_of) == (p.source, p.as_of)]
        assert (p.value, p.qualifier, p.high) in {(r.value, r.qualifier, r.high) for r in group}
        exact = [r.value for r in group if r.qualifier == "exact"]
        if exact:
            assert (p.qualifier, p.value) == ("exact", max(exact))
        elif all(r.qualifier == "lower" for r in group):
            assert p.value == max(r.value for r in group)
    # flags never drop or reorder points
    assert [p[:11] for p in flag_points(points)] == [p[:11] for p in points]
