"""Writing one article and its figures, atomically.

Each article is all-or-nothing: either the article and all its figures are
stored, or nothing is (its own transaction, or its own SAVEPOINT inside a
batch with store_articles). A batch of articles that are all new goes in
without SAVEPOINTs, all its figures in one executemany; any rejection rolls
it back and it is stored again article by article, so the outcome is the same.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, bindparam, func, select
from sqlalchemy.exc import IntegrityError

from casualties.db import SQLITE_BEGIN, database_errors, insert_row, one_line
from casualties.errors import InputError
from casualties.figure import Figure, contract_errors
from casualties.models import Article, table_of
from casualties.models import Figure as FigureRow
from casualties.source import SourceDoc

Status = Literal["new", "unchanged", "replaced"]

_CONSTRAINT = re.compile(r"\b((?:ck|uq|fk)_[a-z0-9_]+)")


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What store_article did: ``figures`` is the number of figures the article now has stored."""

    status: Status
    article_id: int
    figures: int


def figure_row(fig: Figure, article_id: int) -> dict[str, Any]:
    """The figures-table row of one extracted figure."""
    return {
        "article_id": article_id,
        "metric": fig.metric,
        "side": fig.side,
        "population": fig.population,
        "value": fig.value,
        "high": fig.high,
        "qualifier": fig.qualifier,
        "scope": fig.scope,
        "as_of": fig.as_of,
        "reported_by": fig.reported_by,
        "unit": fig.unit,
        "surface": fig.surface[:200],
        "evidence": fig.evidence,
        "span_start": fig.span[0],
        "span_end": fig.span[1],
        "evidence_start": fig.evidence_span[0],
        "evidence_end": fig.evidence_span[1],
    }


def _article_values(doc: SourceDoc, extractor_version: str) -> dict[str, Any]:
    return {
        "file": doc.file,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet[:200] if doc.outlet else doc.outlet,
        "published": doc.published,
        "published_basis": doc.published_basis if doc.published else None,
        "ingested_at": dt.datetime.now(dt.UTC),
        "extractor_version": extractor_version,
        "text": doc.text,
    }


def _name(doc: SourceDoc) -> str:
    return doc.file or doc.url or f"sha256 {doc.sha256[:12]}"


_articles = table_of(Article)
_figures = table_of(FigureRow)
# Core statements built once (immutable): the ORM-enabled forms cost a cache-key build per call.
_FIND = select(_articles.c.id).where(_articles.c.sha256 == bindparam("sha"))
_FIND_ANY = select(_articles.c.id).where(_articles.c.sha256.in_(bindparam("shas", expanding=True))).limit(1)
_COUNT = select(func.count()).select_from(_figures).where(_figures.c.article_id == bindparam("aid"))
_INSERT_ARTICLE = _articles.insert()
_INSERT_FIGURES = _figures.insert()
_DELETE_FIGURES = _figures.delete().where(_figures.c.article_id == bindparam("aid"))
_UPDATE_ARTICLE = _articles.update().where(_articles.c.id == bindparam("aid"))


def store_article(
    engine: Engine,
    doc: SourceDoc,
    figures: Sequence[Figure],
    *,
    extractor_version: str,
    replace: bool = False,
) -> StoreResult:
    """Store ``doc`` and its ``figures`` unless the same content (sha256) is already stored.

    With ``replace``, an already-stored article gets its metadata updated and its
    figures swapped for ``figures``. A figure the database rejects (a CHECK
    constraint) rolls the whole article back and raises InputError.
    """
    with database_errors(engine.url):
        for attempt in (1, 2):
            try:
                with engine.connect() as conn:
                    conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
                    with conn.begin():  # the article's own transaction: no SAVEPOINT needed
                        return _store(conn, doc, figures, extractor_version, replace)
            except IntegrityError as exc:
                if attempt == 1 and _lost_race(exc):
                    continue
                raise _integrity_error(exc, doc, figures) from exc
    raise AssertionError("unreachable")


def store_articles(
    engine: Engine,
    items: Iterable[tuple[SourceDoc, Sequence[Figure]]],
    *,
    extractor_version: str,
    replace: bool = False,
    batch: int = 100,
) -> Iterator[StoreResult | InputError]:
    """store_article for many articles, ``batch`` per transaction: one outcome per item, in order.

    Each article still stands alone (a SAVEPOINT each): a rejected article yields
    its InputError, is not stored, and the others in its batch are. Outcomes of a
    batch are yielded after it commits, so a consumer never holds the write lock.
    """
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, batch)):
        yield from _store_chunk(engine, chunk, extractor_version, replace)


def all_hashes(engine: Engine) -> frozenset[str]:
    """The sha256 of every stored article (64 bytes each: a million articles is some 100 MB)."""
    with database_errors(engine.url), engine.connect() as conn:
        return frozenset(conn.execute(select(_articles.c.sha256)).scalars())


def stored_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` (article sha256s) are already stored: lets ingest skip extracting them."""
    wanted = list(dict.fromkeys(hashes))
    found: set[str] = set()
    with database_errors(engine.url), engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            found.update(conn.execute(select(_articles.c.sha256).where(_articles.c.sha256.in_(part))).scalars())
    return found


def _store_chunk(
    engine: Engine, chunk: list[tuple[SourceDoc, Sequence[Figure]]], version: str, replace: bool
) -> list[StoreResult | InputError]:
    with database_errors(engine.url):
        if not replace:
            try:
                new = _insert_new(engine, chunk, version)
            except IntegrityError:
                new = None  # a figure the database rejects, or a race with another ingest: article by article
            if new is not None:
                return new
        outcomes: list[StoreResult | InputError] = []
        with engine.connect() as conn:
            conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
            with conn.begin():
                for doc, figures in chunk:
                    outcomes.append(_store_one(conn, doc, figures, version, replace))
        return outcomes


def _insert_new(
    engine: Engine, chunk: list[tuple[SourceDoc, Sequence[Figure]]], version: str
) -> list[StoreResult | InputError] | None:
    """The fast path for a chunk of articles none of which is stored yet (the usual case): two
    statements per article, no SAVEPOINTs. None, with nothing written, when the chunk holds an
    article that is stored already or twice; IntegrityError (rolled back) when anything is rejected."""
    hashes = [doc.sha256 for doc, _ in chunk]
    if len(set(hashes)) < len(hashes):
        return None
    with engine.connect() as conn:
        conn.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        with conn.begin():
            if conn.execute(_FIND_ANY, {"shas": hashes}).first() is not None:
                return None
            outcomes: list[StoreResult | InputError] = []
            rows: list[dict[str, Any]] = []
            for doc, figures in chunk:
                values = {"sha256": doc.sha256, **_article_values(doc, version)}
                article_id = insert_row(conn, _INSERT_ARTICLE, values)
                rows.extend(figure_row(f, article_id) for f in figures)
                outcomes.append(StoreResult("new", article_id, len(figures)))
            if rows:
                conn.execute(_INSERT_FIGURES, rows)
    return outcomes


def _store_one(
    conn: Connection, doc: SourceDoc, figures: Sequence[Figure], version: str, replace: bool
) -> StoreResult | InputError:
    for attempt in (1, 2):
        try:
            with conn.begin_nested():
                return _store(conn, doc, figures, version, replace)
        except IntegrityError as exc:
            if attempt == 1 and _lost_race(exc):
                continue
            return _integrity_error(exc, doc, figures)
    raise AssertionError("unreachable")


def _lost_race(exc: IntegrityError) -> bool:
    """Another process stored the same content between our check and our insert: look again."""
    return "uq_articles_sha256" in str(exc.orig) or "articles.sha256" in str(exc.orig)


def _store(conn: Connection, doc: SourceDoc, figures: Sequence[Figure], version: str, replace: bool) -> StoreResult:
    existing = conn.execute(_FIND, {"sha": doc.sha256}).scalar_one_or_none()
    if existing is not None and not replace:
        return StoreResult("unchanged", existing, conn.execute(_COUNT, {"aid": existing}).scalar_one())
    values = _article_values(doc, version)
    if existing is None:
        article_id = insert_row(conn, _INSERT_ARTICLE, {"sha256": doc.sha256, **values})
        status: Status = "new"
    else:
        article_id = existing
        conn.execute(_DELETE_FIGURES, {"aid": article_id})
        conn.execute(_UPDATE_ARTICLE, {"aid": article_id, **values})
        status = "replaced"
    if figures:
        conn.execute(_INSERT_FIGURES, [figure_row(f, article_id) for f in figures])
    return StoreResult(status, article_id, len(figures))


def _integrity_error(exc: IntegrityError, doc: SourceDoc, figures: Sequence[Figure]) -> InputError:
    """Name the article, the rule and (when it can be found) the offending figure."""
    message = one_line(exc)
    match = _CONSTRAINT.search(message)
    rule = match.group(1) if match else message
    culprit = ""
    for i, fig in enumerate(figures):
        problems = contract_errors(fig)
        if problems:
            culprit = f" (figure {i + 1}, {fig.metric} {fig.value}: {problems[0]})"
            break
    return InputError(f"cannot store {_name(doc)}: a figure breaks rule {rule}{culprit}; nothing was stored")
