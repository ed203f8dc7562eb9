"""Users extend the side gazetteer with their own file, without touching code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casualties.errors import InputError
from casualties.extract import extract, load_config

SENTENCE = "At least 14 people were killed in Zorbania's Kelmar province on Monday, officials said."


def test_unknown_place_has_no_side_with_builtin_table() -> None:
    (fig,) = extract(SENTENCE, dt.date(2031, 3, 4), load_config(use_env=False))
    assert fig.side == "unknown"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("sides.json", '{"zorbania": ["Zorbania", "Kelmar"]}'),
        ("sides.json", '{"zorbania": {"place": ["Kelmar"], "demonym": ["Zorbanians"]}}'),
        ("sides.csv", "# phrase,slug,kind\nKelmar,zorbania,place\n"),
        ("sides.tsv", "Kelmar\tzorbania\n"),
    ],
    ids=["json-list", "json-kinds", "csv", "tsv"],
)
def test_side_file_adds_places(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (fig,) = extract(SENTENCE, dt.date(2031, 3, 4), load_config([path]))
    assert fig.side == "zorbania"


def test_side_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sides.json"
    path.write_text('{"zorbania": ["Kelmar"]}', encoding="utf-8")
    monkeypatch.setenv("CASUALTIES_SIDES", str(path))
    (fig,) = extract(SENTENCE, dt.date(2031, 3, 4), load_config())
    assert fig.side == "zorbania"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", "{not json", "not valid JSON"),
        ("bad.json", '{"Zorbania Republic": ["Kelmar"]}', "not a lower-case slug"),
        ("bad.csv", "Kelmar\n", "phrase,slug"),
        ("bad.json", "[1, 2]", "JSON object"),
    ],
    ids=["broken-json", "slug-with-space", "csv-missing-slug", "json-not-object"],
)
def test_bad_side_file_is_a_clear_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_config([path])


def test_missing_side_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read side table"):
        load_config([tmp_path / "nope.json"])


def test_ingest_takes_a_side_table(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from casualties.cli import app

    article = tmp_path / "kelmar.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    table = tmp_path / "sides.csv"
    table.write_text("Kelmar,zorbania\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path}/k.db"
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "ingest", str(article), "--sides", str(table)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["--db", db, "figures", "--side", "zorbania", "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    assert "zorbania" in listed.output and ",14," in listed.output
    bad = runner.invoke(app, ["--db", db, "ingest", str(article), "--sides", str(tmp_path / "missing.csv")])
    assert bad.exit_code == 1
    assert "cannot read side table" in bad.output
