"""Ingest orchestration: counts, idempotence, --replace, overrides, and one bad input among good ones.

Runs on both backends (``db_url``). Mechanics are tested with the toy
extractor (tests/toy_extractor.py) so they do not depend on extraction quality;
one test runs the real extractor on the seeds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import toy_extractor
from sqlalchemy import Engine, func, select

import casualties.extract
import casualties.ingest
from casualties import extract as real_extract
from casualties.db import open_database
from casualties.errors import DatabaseError, InputError
from casualties.ingest import IngestOptions, ingest_paths, ingest_text
from casualties.models import Article
from casualties.models import Figure as FigureRow
from casualties.source import sha256_hex

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

GOOD = {
    "sudan.txt": "Clashes in El Fasher\n\nShelling left 14 people killed.\nSome 2,300 people displaced overnight.\n",
    "myanmar.md": "# Floods in Sagaing\n\nOfficials said 6 people killed and 400 displaced.\n",
    "haiti.txt": "Gang attack in Port-au-Prince\n\nThe attack left 9 killed, police said.\n",
}


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(casualties.extract, "extract", toy_extractor.toy_extract)


@pytest.fixture
def engine(db_url: str):
    eng = open_database(db_url)
    yield eng
    eng.dispose()


def write_all(folder: Path, files: dict[str, str | bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)


def counts_by_sha(engine: Engine) -> dict[str, int]:
    """{article sha256: number of stored figures}."""
    stmt = (
        select(Article.sha256, func.count(FigureRow.id))
        .outerjoin(FigureRow, FigureRow.article_id == Article.id)
        .group_by(Article.sha256)
    )
    with engine.connect() as conn:
        return dict(conn.execute(stmt).all())


def expected(files: dict[str, str]) -> dict[str, int]:
    return {sha256_hex(text.encode()): len(toy_extractor.toy_extract(text)) for text in files.values()}


def test_ingest_folder_stores_every_article_with_all_figures(engine: Engine, tmp_path: Path, toy: None) -> None:
    write_all(tmp_path / "in", GOOD)
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF")
    summary = ingest_paths(engine, [str(tmp_path / "in")])
    assert (summary.new, summary.unchanged, summary.replaced, summary.failed) == (3, 0, 0, 0)
    assert summary.figures == sum(expected(GOOD).values()) == 5
    assert summary.skipped_files == 1
    assert summary.ok
    assert counts_by_sha(engine) == expected(GOOD)
    assert summary.line() == (
        "ingested 3 articles: 3 new, 0 unchanged, 0 replaced, 0 failed; 5 figures stored; 1 other files skipped"
    )


def test_reingest_same_content_is_a_no_op(engine: Engine, tmp_path: Path, toy: None) -> None:
    write_all(tmp_path, GOOD)
    ingest_paths(engine, [str(tmp_path)])
    with engine.connect() as conn:
        before = conn.execute(select(FigureRow.id, FigureRow.article_id).order_by(FigureRow.id)).all()
    (tmp_path / "copy.txt").write_text(GOOD["haiti.txt"])  # same content under another name
    summary = ingest_paths(engine, [str(tmp_path)])
    assert (summary.new, summary.unchanged, summary.figures) == (0, 4, 0)
    with engine.connect() as conn:
        assert conn.execute(select(FigureRow.id, FigureRow.article_id).order_by(FigureRow.id)).all() == before


def test_replace_re_extracts(engine: Engine, tmp_path: Path, toy: None, monkeypatch: pytest.MonkeyPatch) -> None:
    write_all(tmp_path, GOOD)
    ingest_paths(engine, [str(tmp_path)])
    with engine.connect() as conn:
        ids_before = dict(conn.execute(select(Article.sha256, Article.id)).all())
    # A "new extractor version" that keeps only the first figure of each article.
    monkeypatch.setattr(casualties.extract, "extract", lambda text, *a, **k: toy_extractor.toy_extract(text)[:1])
    monkeypatch.setattr(casualties.extract, "EXTRACTOR_VERSION", "toy-2")
    summary = ingest_paths(engine, [str(tmp_path)], IngestOptions(replace=True))
    assert (summary.new, summary.unchanged, summary.replaced, summary.figures) == (0, 0, 3, 3)
    assert set(counts_by_sha(engine).values()) == {1}
    with engine.connect() as conn:
        assert dict(conn.execute(select(Article.sha256, Article.id)).all()) == ids_before
        assert set(conn.execute(select(Article.extractor_version)).scalars()) == {"toy-2"}


def test_one_bad_input_among_good_ones(engine: Engine, tmp_path: Path, toy: None) -> None:
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02 not text",
        "crash.txt": f"Raid in Goma\n\n{toy_extractor.BOOM}: 3 killed\n",
        "rejected.txt": f"Strike in Idlib\n\n{toy_extractor.BAD_FIGURE}: 7 killed\n",
    }
    write_all(tmp_path / "in", {**GOOD, **bad})
    summary = ingest_paths(engine, [str(tmp_path / "in"), str(tmp_path / "missing.txt")])
    assert (summary.new, summary.failed) == (3, 5)
    assert not summary.ok
    messages = dict(summary.errors)
    assert messages[str(tmp_path / "in" / "empty.txt")].endswith("empty.txt: empty file")
    assert "binary file (NUL bytes)" in messages[str(tmp_path / "in" / "binary.txt")]
    assert "extractor failed (ZeroDivisionError" in messages[str(tmp_path / "in" / "crash.txt")]
    assert "breaks rule" in messages[str(tmp_path / "in" / "rejected.txt")]
    assert "no such file or directory" in messages[str(tmp_path / "missing.txt")]
    # Nothing of a failed article is written: exactly the good ones are stored, each complete.
    assert counts_by_sha(engine) == expected(GOOD)


@pytest.mark.parametrize("batch", [1, 2, 64], ids=["batch-1", "batch-2", "batch-64"])
def test_batches_keep_input_order_and_each_article_whole(
    engine: Engine, tmp_path: Path, toy: None, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(casualties.ingest, "STORE_BATCH", batch)
    files = {
        "a.txt": GOOD["sudan.txt"],
        "b.txt": f"Strike in Idlib\n\n{toy_extractor.BAD_FIGURE}: 7 killed\n",  # rejected by the database
        "c.txt": GOOD["haiti.txt"],
        "d.txt": b"",
        "e.txt": GOOD["myanmar.md"],
    }
    write_all(tmp_path, files)
    order: list[tuple[str, str]] = []
    summary = ingest_paths(
        engine,
        [str(tmp_path)],
        progress=lambda done, total, name: order.append(("done", Path(name).name)),
        on_problem=lambda kind, name, message: order.append((kind, Path(name).name)),
    )
    assert (summary.new, summary.failed) == (3, 2)
    assert order == [
        ("done", "a.txt"),
        ("error", "b.txt"),
        ("done", "b.txt"),
        ("done", "c.txt"),
        ("error", "d.txt"),
        ("done", "d.txt"),
        ("done", "e.txt"),
    ]
    good = {k: v for k, v in files.items() if k in ("a.txt", "c.txt", "e.txt")}
    assert counts_by_sha(engine) == expected(good)  # type: ignore[arg-type]


def test_overrides_replace_detected_metadata(engine: Engine, tmp_path: Path, toy: None) -> None:
    path = tmp_path / "kyiv.txt"
    path.write_text("Strike on Kyiv\nPublished: 3 March 2024\n\nKYIV (Reuters) - Drones left 4 killed overnight.\n")
    ingest_paths(engine, [str(path)])
    with engine.connect() as conn:
        row = conn.execute(select(Article.outlet, Article.published, Article.url)).one()
    assert tuple(row) == ("Reuters", dt.date(2024, 3, 3), None)

    opts = IngestOptions(
        outlet="Kyiv Ledger", published=dt.date(2024, 3, 4), url="https://ledger.example/a", replace=True
    )
    ingest_paths(engine, [str(path)], opts)
    with engine.connect() as conn:
        row = conn.execute(select(Article.outlet, Article.published, Article.url)).one()
        as_of = conn.execute(select(FigureRow.as_of)).scalar_one()
    assert tuple(row) == ("Kyiv Ledger", dt.date(2024, 3, 4), "https://ledger.example/a")
    assert as_of == dt.date(2024, 3, 4)  # the extractor was given the overriding date


def test_warnings_are_collected(engine: Engine, tmp_path: Path, toy: None) -> None:
    path = tmp_path / "alep.txt"
    path.write_bytes("Bombardements à Alep : 14 killed\n".encode("cp1252"))
    summary = ingest_paths(engine, [str(path)])
    assert summary.new == 1
    assert summary.warnings == [(str(path), "decoded as Windows-1252, not UTF-8")]


def test_progress_is_reported_per_input(engine: Engine, tmp_path: Path, toy: None) -> None:
    write_all(tmp_path, GOOD)
    seen: list[tuple[int, int, str]] = []
    ingest_paths(engine, [str(tmp_path)], progress=lambda done, total, name: seen.append((done, total, name)))
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert [Path(n).name for _, _, n in seen] == sorted(GOOD)


def test_database_failure_stops_the_run(
    engine: Engine, tmp_path: Path, toy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_all(tmp_path, GOOD)
    real_store = casualties.ingest.store_article
    calls = []

    def failing_store(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DatabaseError("database error: disk I/O error")
        return real_store(*args, **kwargs)

    def failing_batch(*args, **kwargs):
        raise DatabaseError("database error: disk I/O error")
        yield  # a generator, like store_articles

    monkeypatch.setattr(casualties.ingest, "store_article", failing_store)
    monkeypatch.setattr(casualties.ingest, "store_articles", failing_batch)  # the batch fails, then one by one
    events: list[tuple[str, str, str]] = []
    summary = ingest_paths(engine, [str(tmp_path)], on_problem=lambda *event: events.append(event))
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.aborted == "database error: disk I/O error"
    assert len(calls) == 2  # the third article was not attempted
    assert events == [("fatal", str(tmp_path / sorted(GOOD)[1]), "database error: disk I/O error")]


def test_problems_are_reported_as_they_happen(engine: Engine, tmp_path: Path, toy: None) -> None:
    latin1 = "Raid près de Kidal: 3 killed\n".encode("cp1252")
    write_all(tmp_path, {"a.txt": b"", "b.txt": latin1, "c.txt": "Clash near Timbuktu: 2 killed\n"})
    events: list[tuple[str, str, str]] = []
    progress: list[int] = []

    def on_problem(*event: str) -> None:
        events.append(event)
        progress.append(-1)  # marks where in the run the problem was reported

    summary = ingest_paths(
        engine, [str(tmp_path)], progress=lambda done, *_: progress.append(done), on_problem=on_problem
    )
    assert [(kind, Path(name).name) for kind, name, _ in events] == [("error", "a.txt"), ("warning", "b.txt")]
    assert progress == [-1, 1, -1, 2, 3]
    assert summary.errors == [(str(tmp_path / "a.txt"), f"{tmp_path / 'a.txt'}: empty file")]


def test_ingest_text(engine: Engine, toy: None) -> None:
    result = ingest_text(engine, "Cholera in Aden\n\nThe outbreak has 12 killed so far.\n", name="aden.txt")
    assert (result.status, result.figures) == ("new", 1)
    assert ingest_text(engine, "Cholera in Aden\n\nThe outbreak has 12 killed so far.\n").status == "unchanged"
    with pytest.raises(InputError, match="empty file"):
        ingest_text(engine, "   ")


@pytest.mark.skipif(real_extract.EXTRACTOR_VERSION == "0.0.0", reason="real extractor not landed yet")
def test_seeds_with_the_real_extractor(engine: Engine) -> None:
    summary = ingest_paths(engine, [str(SEEDS)])
    assert (summary.new, summary.failed) == (5, 0)
    assert summary.figures > 0
    with engine.connect() as conn:
        assert conn.execute(select(func.count(FigureRow.id))).scalar_one() == summary.figures
