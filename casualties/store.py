"""Writing one article and its figures, atomically.

One transaction per article: either the article and all its figures are
stored, or nothing is. Figures go in with one executemany, which keeps ingest
fast on SQLite (hundreds of articles a second).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from casualties.db import SQLITE_BEGIN, database_errors, one_line
from casualties.errors import InputError
from casualties.figure import Figure, contract_errors
from casualties.models import Article
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
        "ingested_at": dt.datetime.now(dt.UTC),
        "extractor_version": extractor_version,
        "text": doc.text,
    }


def _name(doc: SourceDoc) -> str:
    return doc.file or doc.url or f"sha256 {doc.sha256[:12]}"


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
                    with conn.begin():
                        return _store(conn, doc, figures, extractor_version, replace)
            except IntegrityError as exc:
                # Another process stored the same content between our check and insert: look again.
                if attempt == 1 and "uq_articles_sha256" in str(exc.orig):
                    continue
                raise _integrity_error(exc, doc, figures) from exc
    raise AssertionError("unreachable")


def _store(conn: Connection, doc: SourceDoc, figures: Sequence[Figure], version: str, replace: bool) -> StoreResult:
    existing = conn.execute(select(Article.id).where(Article.sha256 == doc.sha256)).scalar_one_or_none()
    if existing is not None and not replace:
        count = conn.execute(select(func.count()).where(FigureRow.article_id == existing)).scalar_one()
        return StoreResult("unchanged", existing, count)
    values = _article_values(doc, version)
    if existing is None:
        article_id = conn.execute(insert(Article).values(sha256=doc.sha256, **values)).inserted_primary_key[0]
        status: Status = "new"
    else:
        article_id = existing
        conn.execute(delete(FigureRow).where(FigureRow.article_id == article_id))
        conn.execute(update(Article).where(Article.id == article_id).values(**values))
        status = "replaced"
    if figures:
        conn.execute(insert(FigureRow), [figure_row(f, article_id) for f in figures])
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
