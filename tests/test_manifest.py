"""Manifests (casualties/manifest.py): what the user knows about each file, given as CSV to ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from casualties.cli import app
from casualties.db import open_database
from casualties.errors import InputError
from casualties.ingest import IngestOptions, ingest_paths
from casualties.manifest import load_manifest, parse_manifest
from casualties.models import Article
from casualties.models import Figure as FigureRow

D = dt.date
UNDATED = "Shelling in El Fasher\n\nShelling killed 14 people in El Fasher in Sudan on Tuesday, medics said.\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("name,published\na.txt,2024-01-01\n", "no 'file' column", id="no-file-column"),
        pytest.param("file,published\na.txt,15/05/2024\n", "line 2: published '15/05/2024'", id="bad-date"),
        pytest.param("file,date\na.txt,2024-01-01\n", "unknown column(s) date", id="unknown-column"),
        pytest.param("file\na.txt\na.txt\n", "line 3: a.txt is listed twice", id="duplicate"),
        pytest.param("file,published\n", "no rows", id="empty"),
        pytest.param("file,published\n,2024-01-01\n", "line 2: empty 'file'", id="row-without-file"),
    ],
)
def test_bad_manifests_are_refused_with_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_manifest(text, "m.csv")


def test_rows_match_by_path_suffix_or_unique_name() -> None:
    manifest = parse_manifest(
        "file,published,outlet\n"
        "gaza/update.txt,2024-03-04,Reuters\n"
        "lebanon/update.txt,2024-10-02,\n"
        "khartoum.txt,2023-06-01,AFP\n"
    )
    assert manifest.lookup("articles/gaza/update.txt").published == D(2024, 3, 4)
    assert manifest.lookup("./lebanon/update.txt").outlet is None
    assert manifest.lookup("/data/in/khartoum.txt").outlet == "AFP"  # a unique file name is enough
    assert manifest.lookup("other/update.txt") is None  # two rows share that name: no guess
    assert manifest.lookup(None) is None and len(manifest) == 3


def test_load_manifest_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such manifest file"):
        load_manifest(tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("file,outlet\na.txt,Le Monde \xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        load_manifest(latin)


def test_ingest_takes_dates_and_outlets_from_the_manifest(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sudan.txt").write_text(UNDATED)
    (folder / "notes.txt").write_text(UNDATED.replace("14", "9"))
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,published,outlet\nsudan.txt,2024-06-12,Sudan Tribune\n")
    engine = open_database(sqlite_url)
    try:
        summary = ingest_paths(engine, [str(folder)], IngestOptions(manifest=load_manifest(manifest)))
        assert (summary.new, summary.failed) == (2, 0)
        with engine.connect() as conn:
            rows = {
                Path(f).name: (p, b, o)
                for f, p, b, o in conn.execute(
                    select(Article.file, Article.published, Article.published_basis, Article.outlet)
                )
            }
            as_of = conn.execute(select(FigureRow.as_of, FigureRow.value)).all()
    finally:
        engine.dispose()
    assert rows["sudan.txt"] == (D(2024, 6, 12), "user", "Sudan Tribune")
    assert rows["notes.txt"][:2] == (None, None)  # not listed: as detected
    assert (D(2024, 6, 11), 14) in as_of  # "on Tuesday" resolved against the manifest's date


def test_cli_refuses_a_bad_manifest_before_storing_anything(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sudan.txt").write_text(UNDATED)
    bad = tmp_path / "bad.csv"
    bad.write_text("file,published\nsudan.txt,next week\n")
    result = CliRunner().invoke(app, ["--db", sqlite_url, "ingest", str(folder), "--manifest", str(bad)])
    assert result.exit_code == 1
    expected = f"Error: {bad} line 2: published 'next week' is not a date YYYY-MM-DD"
    assert result.output.strip().splitlines() == [expected]
    engine = open_database(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(Article.id)).all() == []
    finally:
        engine.dispose()
