"""Typed SQLAlchemy 2 models of the database.

The schema itself exists only through the Alembic revisions in migrations/;
these models describe it for the ORM, and a test checks the two agree.
The FIGURES.md vocabularies are CHECK constraints, so no client can write a
value outside them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, cast

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from casualties.vocab import METRICS, POPULATIONS, PUBLISHED_BASES, QUALIFIERS, SCOPES, UNITS

# Stable constraint names, so migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
short_text = Annotated[str, mapped_column(String(200))]
opt_short_text = Annotated[str | None, mapped_column(String(200))]
long_text = Annotated[str, mapped_column(Text)]
opt_date = Annotated[dt.date | None, mapped_column(Date)]


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """A model's Core table: ``__table__`` is typed FromClause, but a declarative model's is a Table."""
    return cast(Table, model.__table__)


class Article(Base):
    """One ingested article, kept whole so every figure's span can be checked against it."""

    __tablename__ = "articles"

    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file: Mapped[str | None] = mapped_column(Text)  # path or URL as given on the command line
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[opt_short_text]
    published: Mapped[opt_date]
    # how ``published`` is known: stated in the text, given by the user, or inferred (a guess; revision 0003)
    published_basis: Mapped[str | None] = mapped_column(String(20))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String(40))
    text: Mapped[long_text]

    figures: Mapped[list[Figure]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_len"),
        CheckConstraint(
            f"published_basis IS NULL OR ({_in('published_basis', PUBLISHED_BASES)})", name="published_basis_vocab"
        ),
    )


class Figure(Base):
    """One reported number, with its meaning (FIGURES.md fields) and provenance (evidence, span)."""

    __tablename__ = "figures"

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    metric: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(60))
    population: Mapped[str] = mapped_column(String(20))
    value: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(10))
    scope: Mapped[str] = mapped_column(String(10))
    as_of: Mapped[opt_date]
    reported_by: Mapped[opt_short_text]
    unit: Mapped[str] = mapped_column(String(12))
    surface: Mapped[short_text]
    evidence: Mapped[long_text]
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="figures")

    __table_args__ = (
        CheckConstraint(_in("metric", METRICS), name="metric_vocab"),
        CheckConstraint(_in("population", POPULATIONS), name="population_vocab"),
        CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier_vocab"),
        CheckConstraint(_in("scope", SCOPES), name="scope_vocab"),
        CheckConstraint(_in("unit", UNITS), name="unit_vocab"),
        CheckConstraint(
            "(metric = 'projectiles' AND unit = 'projectile') OR (metric <> 'projectiles' AND unit = 'person')",
            name="unit_fits_metric",
        ),
        # A side is an open vocabulary but always a lower-case slug without spaces.
        CheckConstraint("side <> '' AND side = lower(side) AND side NOT LIKE '% %'", name="side_slug"),
        CheckConstraint("value IS NULL OR value >= 0", name="value_nonneg"),
        CheckConstraint(
            "(qualifier = 'range' AND high IS NOT NULL AND value IS NOT NULL AND high >= value)"
            " OR (qualifier <> 'range' AND high IS NULL)",
            name="high_only_for_range",
        ),
        CheckConstraint(
            "reported_by IS NULL OR (reported_by <> '' AND reported_by = lower(reported_by))",
            name="reported_by_lower",
        ),
        CheckConstraint("0 <= span_start AND span_start <= span_end", name="span_order"),
        CheckConstraint("evidence_start <= span_start AND span_end <= evidence_end", name="span_in_evidence"),
        Index("ix_figures_metric_side_as_of", "metric", "side", "as_of"),
        Index("ix_figures_reported_by", "reported_by"),
    )


class OfficialSeries(Base):
    """An official daily series (a ministry's bulletins...) imported as a source of its own."""

    __tablename__ = "official_series"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(60), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)  # file the points came from, or the preset's bundled file
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    points: Mapped[list[OfficialPoint]] = relationship(
        back_populates="series", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("name <> '' AND name = lower(name) AND name NOT LIKE '% %'", name="name_slug"),)


class OfficialPoint(Base):
    """One day's official count of one metric, side and population (a running total)."""

    __tablename__ = "official_points"

    id: Mapped[intpk]
    series_id: Mapped[int] = mapped_column(ForeignKey("official_series.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(60))
    population: Mapped[str] = mapped_column(String(20))
    as_of: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)

    series: Mapped[OfficialSeries] = relationship(back_populates="points")

    __table_args__ = (
        CheckConstraint(_in("metric", METRICS), name="metric_vocab"),
        CheckConstraint(_in("population", POPULATIONS), name="population_vocab"),
        CheckConstraint("value >= 0", name="value_nonneg"),
        UniqueConstraint("series_id", "metric", "side", "population", "as_of", name="uq_official_points_day"),
        Index("ix_official_points_metric_side_as_of", "metric", "side", "as_of"),
    )


# The series query's covering index (revision 0002): a selection is an index-only search on SQLite.
Index(
    "ix_figures_series",
    Figure.metric,
    Figure.side,
    Figure.scope,
    Figure.population,
    Figure.as_of,
    Figure.value,
    Figure.qualifier,
    Figure.high,
    Figure.reported_by,
    Figure.article_id,
)
