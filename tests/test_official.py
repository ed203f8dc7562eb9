"""Official series: presets give the documented counts, imports replace atomically, `check` follows eval's rule."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from casualties import official
from casualties.cli import app
from casualties.db import open_database
from casualties.errors import DatabaseError, InputError, QueryError
from casualties.figure import Figure
from casualties.models import OfficialPoint, OfficialSeries
from casualties.official import (
    PRESETS,
    ColumnMap,
    SeriesSpec,
    bundled_file,
    check_against_official,
    consistent,
    import_series,
    official_points,
    parse_column_map,
)
from casualties.series import Selection, build_series
from casualties.source import SourceDoc, sha256_hex
from casualties.store import store_article

D = dt.date


def _expected_counts(preset_name: str) -> dict[tuple[str, str], int]:
    """Counted straight from the bundled JSON: rows that pass the preset's filter and have the field."""
    spec = PRESETS[preset_name]
    rows = json.loads(bundled_file(spec.data_file).read_text())
    rows = [r for r in rows if all(str(r.get(k)) == v for k, v in spec.where)]
    return {(c.metric, c.population): sum(1 for r in rows if r.get(c.column) is not None) for c in spec.columns}


def _stored(engine, name: str) -> dict[tuple[str, str], dict[dt.date, int]]:
    out: dict[tuple[str, str], dict[dt.date, int]] = {}
    query = (
        select(OfficialPoint.metric, OfficialPoint.population, OfficialPoint.as_of, OfficialPoint.value)
        .join(OfficialSeries)
        .where(OfficialSeries.name == name)
    )
    with engine.connect() as conn:
        for metric, pop, day, value in conn.execute(query):
            out.setdefault((metric, pop), {})[day] = value
    return out


@pytest.fixture
def engine(db_url):
    eng = open_database(db_url)
    yield eng
    eng.dispose()


def test_gaza_preset_counts_and_spot_values(engine):
    summary = import_series(engine, None, PRESETS["techforpalestine-gaza"])
    stored = _stored(engine, "gaza-moh")
    expected = _expected_counts("techforpalestine-gaza")
    assert {k: len(v) for k, v in stored.items()} == expected == summary.counts
    assert expected[("killed", "all")] == 1051 - 18  # SOURCE.md: killed_cum missing on 18 rows
    killed, injured = stored[("killed", "all")], stored[("injured", "all")]
    assert killed[D(2024, 5, 15)] == 35_233 and injured[D(2024, 5, 15)] == 79_141
    assert killed[D(2023, 10, 22)] == 4_651 and killed[D(2026, 8, 22)] == 73_419
    assert stored[("killed", "children")][D(2023, 11, 1)] == 3_650
    assert stored[("killed", "women")][D(2023, 12, 2)] == 4_257
    assert D(2023, 11, 11) not in killed  # a missing reported value is skipped, not filled
    assert D(2024, 5, 15) not in stored[("killed", "children")]  # children were reported only some days


def test_lebanon_preset_uses_the_as_published_totals(engine):
    import_series(engine, None, PRESETS["techforpalestine-lebanon"])
    stored = _stored(engine, "lebanon-moph")
    assert {k: len(v) for k, v in stored.items()} == _expected_counts("techforpalestine-lebanon")
    killed = stored[("killed", "all")]
    assert len(killed) == 187
    assert killed[D(2024, 10, 28)] == 2_710 and stored[("injured", "all")][D(2024, 10, 28)] == 12_592
    assert killed[D(2024, 12, 4)] == 4_047
    assert killed[D(2026, 8, 16)] == 4_346  # phase 2 as published, not the continuous 8,393


def test_west_bank_preset_keeps_only_days_with_an_update(engine):
    import_series(engine, None, PRESETS["techforpalestine-west-bank"])
    stored = _stored(engine, "west-bank-ocha")
    assert {k: len(v) for k, v in stored.items()} == _expected_counts("techforpalestine-west-bank")
    killed = stored[("killed", "all")]
    assert len(killed) == 256  # SOURCE.md: 256 'un' rows, 795 'fill' rows left out
    assert killed[D(2024, 10, 7)] == 719 and killed[D(2023, 10, 31)] == 123
    last = D(2026, 8, 10)
    assert (killed[last], stored[("killed", "children")][last], stored[("injured", "all")][last]) == (
        1_108,
        234,
        11_525,
    )
    assert D(2025, 10, 7) not in killed  # a 'fill' day


def test_reimport_replaces_and_a_failed_import_keeps_the_old_series(engine, tmp_path, monkeypatch):
    spec = PRESETS["techforpalestine-lebanon"]
    import_series(engine, None, spec)
    again = import_series(engine, None, spec)
    assert again.replaced
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OfficialPoint)).scalar() == again.n_points
        assert conn.execute(select(func.count()).select_from(OfficialSeries)).scalar() == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("report_date,killed_cum_reported,injured_cum_reported\n2024-01-01,12,4\n2024-01-02,lots,5\n")
    with pytest.raises(InputError, match="row 2 killed_cum_reported: 'lots' is not a count"):
        import_series(engine, bad, spec)
    assert len(_stored(engine, "lebanon-moph")[("killed", "all")]) == 187
    # a failure inside the transaction (after the old points were deleted) rolls the delete back too
    real = official.rows_to_points

    def one_bad_row(*args, **kwargs):
        rows = real(*args, **kwargs)
        return [*rows, replace(rows[0], metric="slain")]  # violates the CHECK constraint on insert

    monkeypatch.setattr(official, "rows_to_points", one_bad_row)
    with pytest.raises(DatabaseError, match="metric_vocab"):
        import_series(engine, None, spec)
    assert len(_stored(engine, "lebanon-moph")[("killed", "all")]) == 187


def test_generic_csv_import_with_column_mapping(engine, tmp_path):
    path = tmp_path / "darfur.csv"
    path.write_text(
        "date,deaths,child_deaths,note\n"
        '2024-05-01,"1,200",300,first\n'
        "2024-05-08,1350,,no child figure\n"
        "2024-05-15,1500.0,410,\n"
    )
    spec = SeriesSpec(
        name="darfur-health",
        side="sudan",
        date_column="date",
        columns=(parse_column_map("deaths", "killed"), parse_column_map("child_deaths=killed:children")),
    )
    summary = import_series(engine, path, spec)
    assert summary.counts == {("killed", "all"): 3, ("killed", "children"): 2}
    points = official_points(engine, "darfur-health", "killed", "sudan", "all")
    assert [(p.as_of, p.value, p.qualifier) for p in points] == [
        (D(2024, 5, 1), 1200, "exact"),
        (D(2024, 5, 8), 1350, "exact"),
        (D(2024, 5, 15), 1500, "exact"),
    ]


@pytest.mark.parametrize(
    ("content", "spec_kw", "message"),
    [
        ("date,deaths\n2024-05-01,10\n", {"date_column": "day"}, "no column 'day'"),
        ("date,deaths\n01/05/2024,10\n", {}, "not a YYYY-MM-DD date"),
        ("date,deaths\n2024-05-01,10\n2024-05-01,12\n", {}, "a second deaths value for 2024-05-01"),
        ("date,deaths\n2024-05-01,-4\n", {}, "not a whole non-negative count"),
        ("date,deaths\n2024-05-01,\n", {}, "no row has a value"),
        ('[{"date": "2024-05-01", "deaths": 3}, 7]', {}, "array of objects"),
        ("", {}, "is empty"),
    ],
)
def test_import_errors_are_clear(engine, tmp_path, content, spec_kw, message):
    path = tmp_path / "series.csv"
    path.write_text(content)
    spec = SeriesSpec(
        name="test-series",
        side="sudan",
        columns=(ColumnMap("deaths", "killed"),),
        **({"date_column": "date"} | spec_kw),
    )
    with pytest.raises(InputError, match=message):
        import_series(engine, path, spec)


def test_official_points_unknown_name_or_side(engine):
    import_series(engine, None, PRESETS["techforpalestine-lebanon"])
    with pytest.raises(QueryError, match="no official series named 'gaza-moh'"):
        official_points(engine, "gaza-moh", "killed", "gaza")
    with pytest.raises(QueryError, match="has no killed figures for side 'gaza'"):
        official_points(engine, "lebanon-moph", "killed", "gaza")


def test_official_points_join_the_series_and_get_flags(engine):
    """The reported Gaza women's total goes down on 2023-10-19 (SOURCE.md): a revision flag."""
    import_series(engine, None, PRESETS["techforpalestine-gaza"])
    women = official_points(engine, "gaza-moh", "killed", "gaza", "women")
    result = build_series(engine, Selection("killed", "gaza", "women", until=D(2023, 10, 31)), official=women)
    flagged = {p.as_of for p in result.points if any(f.startswith("revision") for f in p.flags)}
    assert D(2023, 10, 19) in flagged
    assert all(p.source == "gaza-moh" and p.official for p in result.points)


# --- check ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualifier", "value", "high", "official", "ok"),
    [
        ("exact", 10_100, None, 10_000, True),  # within 1 %
        ("exact", 10_150, None, 10_000, False),
        ("approx", 10_450, None, 10_000, True),  # within 5 %
        ("approx", 9_400, None, 10_000, False),
        ("lower", 9_000, None, 10_000, True),  # "at least 9,000": allowed
        ("lower", 10_100, None, 10_000, True),  # 1 % slack
        ("lower", 10_500, None, 10_000, False),
        ("upper", 10_500, None, 10_000, True),
        ("upper", 9_800, None, 10_000, False),
        ("range", 9_000, 11_000, 10_000, True),
        ("range", 10_500, 11_000, 10_000, False),
    ],
)
def test_consistency_rule(qualifier, value, high, official, ok):
    assert consistent(qualifier, value, high, official) is ok


def _press(engine) -> None:
    """Invented Gaza and Lebanon reports, as of days around the official bulletins."""
    rows = [
        ("gaza-a", D(2024, 5, 16), "killed", "gaza", "all", "exact", 35_233, "gaza health ministry"),  # day before
        ("gaza-b", D(2024, 5, 15), "killed", "gaza", "all", "lower", 36_500, None),  # too high: BAD
        ("gaza-c", D(2024, 5, 15), "injured", "gaza", "all", "approx", 80_000, "ministry"),  # 1.1 % off: ok
        ("gaza-d", D(2024, 5, 15), "killed", "gaza", "children", "exact", 14_000, "ministry"),  # 7 % low: BAD
        ("gaza-e", D(2020, 1, 1), "killed", "gaza", "all", "exact", 5, None),  # no official value near: skipped
        ("leb-a", D(2024, 10, 29), "killed", "lebanon", "all", "exact", 2_710, "health ministry"),  # 1 day after
    ]
    for name, day, metric, side, pop, qualifier, value, by in rows:
        sentence = f"The count in this invented report on {side} is {value}."
        doc = SourceDoc(text=sentence, sha256=sha256_hex(sentence.encode() + name.encode()), file=name, published=day)
        start = sentence.index(str(value))
        fig = Figure(
            metric=metric,
            value=value,
            side=side,
            population=pop,
            qualifier=qualifier,
            as_of=day,
            reported_by=by,
            evidence=sentence,
            evidence_span=(0, len(sentence)),
            surface=str(value),
            span=(start, start + len(str(value))),
        )
        store_article(engine, doc, [fig], extractor_version="test")


def test_check_against_official(engine):
    _press(engine)
    import_series(engine, None, PRESETS["techforpalestine-gaza"])
    import_series(engine, None, PRESETS["techforpalestine-lebanon"])
    rows = check_against_official(engine)
    got = {(r.metric, r.side, r.population, r.value): (r.ok, r.official, r.official_as_of) for r in rows}
    assert got == {
        ("killed", "gaza", "all", 35_233): (True, 35_233, D(2024, 5, 15)),
        ("killed", "gaza", "all", 36_500): (False, 35_233, D(2024, 5, 15)),
        ("injured", "gaza", "all", 80_000): (True, 79_141, D(2024, 5, 15)),
        ("killed", "gaza", "children", 14_000): (False, 15_103, D(2024, 5, 13)),
        ("killed", "lebanon", "all", 2_710): (True, 2_710, D(2024, 10, 28)),
    }
    only_lebanon = check_against_official(engine, ["lebanon-moph"])
    assert [r.side for r in only_lebanon] == ["lebanon"]
    with pytest.raises(QueryError, match="no official series named 'nope'"):
        check_against_official(engine, ["nope"])


def test_check_and_import_commands(sqlite_url):
    runner = CliRunner()
    engine = open_database(sqlite_url)
    _press(engine)
    engine.dispose()
    empty = runner.invoke(app, ["--db", sqlite_url, "check"])
    assert empty.exit_code == 1 and empty.output.startswith("Error: no official series")
    imported = runner.invoke(app, ["--db", sqlite_url, "import-series", "--preset", "techforpalestine-gaza"])
    assert imported.exit_code == 0, imported.output
    assert "imported official series gaza-moh" in imported.output and "killed/all 1,033" in imported.output
    out = runner.invoke(app, ["--db", sqlite_url, "check", "--official", "gaza-moh"])
    assert out.exit_code == 0, out.output
    assert "BAD" in out.output and "at least 36,500" in out.output and "35,233" in out.output
    assert out.output.strip().endswith("4 press figures compared with official series: 2 inconsistent")
    as_json = json.loads(runner.invoke(app, ["--db", sqlite_url, "check", "--all", "-f", "json"]).output)
    assert sorted(r["status"] for r in as_json) == ["BAD", "BAD", "ok", "ok"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import-series", "--preset", "techforpalestine-mars"], "unknown preset"),
        (["import-series", "x.csv", "--side", "sudan", "--value-column", "d=killed"], "give --name"),
        (
            ["import-series", "missing.csv", "--name", "s", "--side", "sudan", "--value-column", "d=killed"],
            "missing.csv",
        ),
        (["import-series", "--name", "s", "--side", "sudan", "--value-column", "d=slain"], "unknown metric 'slain'"),
        (["import-series", "--name", "Big Name", "--side", "sudan", "--value-column", "d=killed"], "slug"),
    ],
)
def test_import_command_errors(sqlite_url, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["--db", sqlite_url, *args])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output and result.output.count("\n") == 1
