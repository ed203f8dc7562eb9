"""Store speed alone: `store_article` over pre-extracted figures, and the raw SQLite floor.

    .venv/bin/python bench/bench_store.py -n 2000 --seed 1

Articles are read and extracted first (not timed); then ``read_path`` +
``store_article`` are timed per article, as ingest does them. The raw rows
are then replayed with the sqlite3 module alone (same schema, WAL,
synchronous=NORMAL), once with one transaction per article and once with
100 articles per transaction (a SAVEPOINT each, so one bad article still
rolls back alone): the difference is what per-article commits cost.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import machine
from generate_corpus import write_corpus

from casualties import store
from casualties.db import open_database, upgrade
from casualties.extract import extract
from casualties.reading import read_path
from casualties.store import store_article


def bench_store_article(paths: list[Path], db: Path) -> float:
    """CPU seconds to read and store every article (figures extracted beforehand)."""
    figures = [extract(doc.text, doc.published) for doc in map(read_path, paths)]
    url = f"sqlite:///{db}"
    upgrade(url)
    engine = open_database(url)
    t0 = time.process_time()
    for path in paths:
        read_path(path)
    read_cpu = time.process_time() - t0
    print(f"read_path alone: {read_cpu:.2f} s CPU ({1000 * read_cpu / len(paths):.2f} ms per article)")
    t0 = time.process_time()
    for path, figs in zip(paths, figures, strict=True):
        store_article(engine, read_path(path), figs, extractor_version="bench")
    cpu = time.process_time() - t0
    engine.dispose()
    n_fig = sum(map(len, figures))
    print(f"read_path + store_article: {len(paths)} articles, {n_fig} figures in {cpu:.2f} s CPU -> "
          f"{len(paths) / cpu:.0f} articles/s ({1000 * cpu / len(paths):.2f} ms each)")  # fmt: skip
    if hasattr(store, "store_articles"):  # the batched variant (100 per transaction, a SAVEPOINT each)
        url = f"sqlite:///{db.with_name('batched.db')}"
        upgrade(url)
        engine = open_database(url)
        t0 = time.process_time()
        items = ((read_path(path), figs) for path, figs in zip(paths, figures, strict=True))
        for _ in store.store_articles(engine, items, extractor_version="bench"):
            pass
        batched = time.process_time() - t0
        engine.dispose()
        print(f"read_path + store_articles (batched): {batched:.2f} s CPU -> {len(paths) / batched:.0f} articles/s "
              f"({1000 * batched / len(paths):.2f} ms each)")  # fmt: skip
    return cpu


def replay_raw(source: Path, target: Path, batch: int) -> float:
    """CPU seconds to re-insert ``source``'s articles and figures with plain sqlite3, ``batch`` per commit."""
    src = sqlite3.connect(source)
    schema = [
        row[0]
        for row in src.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'alembic%'"
        )
    ]
    art_cols = [c[1] for c in src.execute("PRAGMA table_info(articles)") if c[1] != "id"]
    fig_cols = [c[1] for c in src.execute("PRAGMA table_info(figures)") if c[1] != "id"]
    articles = src.execute(f"SELECT id, {', '.join(art_cols)} FROM articles ORDER BY id").fetchall()
    figures: dict[int, list[tuple]] = {}
    for row in src.execute(f"SELECT {', '.join(fig_cols)} FROM figures ORDER BY id"):
        figures.setdefault(row[fig_cols.index("article_id")], []).append(row)
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    for sql in schema:
        conn.execute(sql)
    ins_a = f"INSERT INTO articles ({', '.join(art_cols)}) VALUES ({', '.join('?' * len(art_cols))})"
    ins_f = f"INSERT INTO figures ({', '.join(fig_cols)}) VALUES ({', '.join('?' * len(fig_cols))})"
    aid_at = fig_cols.index("article_id")
    t0 = time.process_time()
    for i, (old_id, *values) in enumerate(articles):
        if i % batch == 0:
            conn.execute("BEGIN IMMEDIATE")
        if batch > 1:
            conn.execute("SAVEPOINT article")
        conn.execute("SELECT id FROM articles WHERE sha256 = ?", (values[art_cols.index("sha256")],)).fetchone()
        new_id = conn.execute(ins_a, values).lastrowid
        rows = [(*r[:aid_at], new_id, *r[aid_at + 1 :]) for r in figures.get(old_id, [])]
        conn.executemany(ins_f, rows)
        if batch > 1:
            conn.execute("RELEASE article")
        if i % batch == batch - 1 or i == len(articles) - 1:
            conn.execute("COMMIT")
    cpu = time.process_time() - t0
    conn.close()
    return cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="articles to generate (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="casualties-bench-store-"))
    try:
        paths = write_corpus(work / "corpus", args.n, args.seed)
        print(f"machine: {machine()}")
        bench_store_article(paths, work / "store.db")
        for batch in (1, 100):
            raw = replay_raw(work / "store.db", work / f"raw{batch}.db", batch)
            label = "raw sqlite3, 1 article per transaction" if batch == 1 else f"raw sqlite3, {batch} per transaction"
            print(f"{label:42s} {raw:.2f} s CPU -> {len(paths) / raw:.0f} articles/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
