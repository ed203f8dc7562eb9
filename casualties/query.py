"""Reading figures back: filtered listings (the `figures` command) and the full export.

Listings read the ``figure_rows`` view (see migration 0001), so what the CLI
shows is what a `casualties sql` user sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from sqlalchemy import Date, Engine, Integer, Text, and_, column, func, select, table
from sqlalchemy.sql.elements import ColumnElement

from casualties.db import database_errors
from casualties.errors import VocabularyError
from casualties.models import Article
from casualties.models import Figure as FigureRow
from casualties.vocab import METRICS, POPULATIONS, SCOPES, is_side_slug

VIEW_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "article_id",
    "source",
    "as_of",
    "side",
    "metric",
    "population",
    "value",
    "high",
    "qualifier",
    "scope",
    "reported_by",
    "unit",
    "outlet",
    "published",
    "title",
    "file",
    "url",
    "evidence",
    "span_start",
    "span_end",
)
# What a listing shows unless asked for other columns: enough to read a figure and find its article.
DEFAULT_COLUMNS: tuple[str, ...] = (
    "as_of",
    "metric",
    "side",
    "population",
    "qualifier",
    "value",
    "high",
    "scope",
    "source",
    "file",
)


def known_sides() -> frozenset[str]:
    """Side slugs the extractor knows (its built-in gazetteer) plus 'unknown'.

    Imported lazily: the extractor's tables are only needed when a filter names a
    side that no stored figure has yet.
    """
    from casualties.extract.gazetteer import BUILTIN_SIDES

    return frozenset(BUILTIN_SIDES) | {"unknown"}


_INTS = {"figure_id", "article_id", "value", "high", "span_start", "span_end"}
_DATES = {"as_of", "published"}
figure_rows = table(
    "figure_rows",
    *(column(c, Integer if c in _INTS else Date if c in _DATES else Text) for c in VIEW_COLUMNS),
)


def _unknown(kind: str, value: str, valid: Sequence[str]) -> VocabularyError:
    listed = ", ".join(valid) if valid else "(none)"
    return VocabularyError(f"unknown {kind} {value!r}; valid: {listed}")


def sides_present(engine: Engine) -> list[str]:
    """Every side that at least one stored figure has, sorted."""
    with database_errors(engine.url), engine.connect() as conn:
        return list(conn.execute(select(FigureRow.side).distinct().order_by(FigureRow.side)).scalars())


@dataclass(frozen=True, slots=True)
class FigureFilter:
    """Which figures to list; every field is optional and they combine with AND.

    ``source`` matches the view's ``source`` column case-insensitively;
    ``since``/``until`` bound ``as_of`` inclusively (figures without a date are
    left out when either is given).
    """

    metric: str | None = None
    side: str | None = None
    population: str | None = None
    scope: str | None = None
    source: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def validate(self, engine: Engine | None = None) -> None:
        """Raise VocabularyError for a value outside its vocabulary.

        A side must be a slug, and (given ``engine``) one that stored figures have or
        the extractor knows: a typo is caught, a known side with no figures yet is not.
        """
        for kind, value, valid in (
            ("metric", self.metric, METRICS),
            ("population", self.population, POPULATIONS),
            ("scope", self.scope, SCOPES),
        ):
            if value is not None and value not in valid:
                raise _unknown(kind, value, valid)
        if self.side is not None:
            present = sides_present(engine) if engine is not None else []
            if not is_side_slug(self.side):
                raise VocabularyError(
                    f"unknown side {self.side!r}: a side is a lower-case slug like 'gaza' or 'west-bank'; "
                    f"in the database: {', '.join(present) or '(none)'}"
                )
            if engine is not None and self.side not in present and self.side not in known_sides():
                raise VocabularyError(
                    f"unknown side {self.side!r}; sides in the database: {', '.join(present) or '(none)'}"
                )
        if self.source is not None and not self.source.strip():
            raise VocabularyError("empty source; give a reporter such as 'gaza health ministry'")
        if self.since and self.until and self.since > self.until:
            raise VocabularyError(f"since {self.since} is after until {self.until}")

    def conditions(self) -> list[ColumnElement[bool]]:
        c = figure_rows.c
        conds: list[ColumnElement[bool]] = []
        for name in ("metric", "side", "population", "scope"):
            value = getattr(self, name)
            if value is not None:
                conds.append(c[name] == value)
        if self.source is not None:
            conds.append(func.lower(c.source) == self.source.strip().lower())
        if self.since is not None:
            conds.append(c.as_of >= self.since)
        if self.until is not None:
            conds.append(c.as_of <= self.until)
        return conds


def select_figures(
    engine: Engine, flt: FigureFilter, columns: Sequence[str] | None = None
) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of the figures ``flt`` selects, ordered by as_of, metric, side (undated last)."""
    flt.validate(engine)
    cols = list(columns or DEFAULT_COLUMNS)
    for name in cols:
        if name not in VIEW_COLUMNS:
            raise _unknown("column", name, VIEW_COLUMNS)
    c = figure_rows.c
    stmt = (
        select(*(c[name] for name in cols))
        .where(and_(True, *flt.conditions()))
        .order_by(c.as_of.is_(None), c.as_of, c.metric, c.side, c.figure_id)
    )
    with database_errors(engine.url), engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(stmt)]
    return cols, rows


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def doc_name(file: str | None, url: str | None) -> str | None:
    """The article's name as the gold files use it: the file name without extension."""
    if file:
        return PurePath(file).stem
    if url:
        return PurePath(url.rstrip("/")).stem or None
    return None


def export_records(engine: Engine, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every stored figure as a FIGURES.md record plus its provenance, by article then position.

    Keys: metric, side, population, value, qualifier, high, scope, as_of, reported_by,
    unit, evidence, surface, span, doc, file, url, title, outlet, published, article_sha256.
    Streams: memory stays flat however large the database.
    """
    f, a = FigureRow.__table__.c, Article.__table__.c
    stmt = (
        select(
            f.metric,
            f.side,
            f.population,
            f.value,
            f.qualifier,
            f.high,
            f.scope,
            f.as_of,
            f.reported_by,
            f.unit,
            f.evidence,
            f.surface,
            f.span_start,
            f.span_end,
            a.file,
            a.url,
            a.title,
            a.outlet,
            a.published,
            a.sha256,
        )
        .join_from(FigureRow.__table__, Article.__table__, f.article_id == a.id)
        .order_by(a.id, f.span_start, f.id)
    )
    with database_errors(engine.url), engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(stmt)
        for r in result:
            yield {
                "metric": r.metric,
                "side": r.side,
                "population": r.population,
                "value": r.value,
                "qualifier": r.qualifier,
                "high": r.high,
                "scope": r.scope,
                "as_of": _iso(r.as_of),
                "reported_by": r.reported_by,
                "unit": r.unit,
                "evidence": r.evidence,
                "surface": r.surface,
                "span": [r.span_start, r.span_end],
                "doc": doc_name(r.file, r.url),
                "file": r.file,
                "url": r.url,
                "title": r.title,
                "outlet": r.outlet,
                "published": _iso(r.published),
                "article_sha256": r.sha256,
            }
