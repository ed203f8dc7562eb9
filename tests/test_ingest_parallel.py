"""Parallel ingest (--jobs): the same articles and figures as one process, bad files still reported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from casualties.db import open_database
from casualties.ingest import IngestOptions, ingest_paths

SENTENCES = [
    "At least {n} people were killed in Kharkiv on Tuesday, the regional governor said.",
    "The health ministry in Gaza said {n} people had been wounded since October 7.",
    "Hezbollah said it fired {n} rockets at northern Israel on Monday.",
    "More than {n} people have fled El Fasher, the UN said.",
]


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        body = " ".join(s.format(n=10 + i + k) for k, s in enumerate(SENTENCES))
        (folder / f"a{i:03}.txt").write_text(f"Report {i}\n\nUpdated: May 15, 2024\n\n{body}\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return folder


def _stored(url: str) -> list[tuple]:
    engine = open_database(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT a.file, f.metric, f.value, f.side, f.span_start FROM figures f "
                    "JOIN articles a ON a.id = f.article_id ORDER BY a.file, f.span_start"
                )
            ).all()
    finally:
        engine.dispose()
    return [tuple(r) for r in rows]


def test_parallel_ingest_stores_what_one_process_stores(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", 24)
    results = {}
    for jobs in (1, 2):
        url = f"sqlite:///{tmp_path}/jobs{jobs}.db"
        engine = open_database(url)
        try:
            summary = ingest_paths(engine, [str(folder)], IngestOptions(jobs=jobs))
        finally:
            engine.dispose()
        assert summary.new == 24
        assert summary.failed == 1 and "broken.txt" in summary.errors[0][0]
        results[jobs] = (_stored(url), [name for name, _ in summary.results])
    assert results[1] == results[2]
    assert len(results[2][0]) == 24 * len(SENTENCES)


def test_stored_content_is_not_extracted_again(tmp_path: Path, monkeypatch) -> None:
    folder = _corpus(tmp_path / "corpus", 3)
    url = f"sqlite:///{tmp_path}/once.db"
    engine = open_database(url)
    try:
        first = ingest_paths(engine, [str(folder)], IngestOptions(jobs=1))
        assert first.new == 3

        def explode(*args: object, **kwargs: object) -> None:
            raise AssertionError("the extractor ran on stored content")

        monkeypatch.setattr("casualties.extract.extract", explode)
        again = ingest_paths(engine, [str(folder)], IngestOptions(jobs=1))
        assert (again.new, again.unchanged) == (0, 3)
        assert again.figures == 0
        replaced = ingest_paths(engine, [str(folder / "a000.txt")], IngestOptions(jobs=1, replace=True))
        assert replaced.failed == 1 and "extractor failed" in replaced.errors[0][1]
    finally:
        engine.dispose()
