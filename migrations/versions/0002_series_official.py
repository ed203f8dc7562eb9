"""official series tables, the series_points view and a covering series index on figures

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

METRICS = ("killed", "injured", "missing", "hostages", "detained", "displaced", "evacuated", "projectiles")
POPULATIONS = ("all", "civilians", "combatants", "children", "women", "journalists", "medics", "aid_workers")


# Covers the series query (casualties.series.load_reports): one selection is an index-only search on SQLite.
SERIES_INDEX = [
    "metric",
    "side",
    "scope",
    "population",
    "as_of",
    "value",
    "qualifier",
    "high",
    "reported_by",
    "article_id",
]


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# One row per (grouping, source, as_of, side, metric, population, scope): the consolidated point of
# casualties.series.consolidate (exact > narrowest range > highest approx > highest lower > lowest upper,
# ties to the first figure), with the ids of every merged figure and article.
_REPORTS = """
    SELECT f.id AS figure_id, f.article_id, {grouping!r} AS grouping, {label} AS source,
           COALESCE(f.as_of, a.published) AS as_of, f.side, f.metric, f.population, f.scope,
           f.value, f.qualifier, f.high
    FROM figures f JOIN articles a ON a.id = f.article_id
    WHERE f.value IS NOT NULL AND COALESCE(f.as_of, a.published) IS NOT NULL
"""
_KEY = "grouping, source, as_of, side, metric, population, scope"
# Window functions only, every one partitioned by the point's key (no self-join, no shared CTE), so a
# WHERE on metric, side, population, scope or grouping is pushed down to the figures index by SQLite
# and PostgreSQL alike: selecting one series reads only its figures.
_VIEW = """
CREATE VIEW series_points AS
SELECT grouping, source, as_of, side, metric, population, scope, value, qualifier, high,
       n_reports, figure_ids, article_ids
FROM (
    SELECT d.*,
           ROW_NUMBER() OVER (
               PARTITION BY {key}
               ORDER BY CASE qualifier WHEN 'exact' THEN 0 WHEN 'range' THEN 1 WHEN 'approx' THEN 2
                                       WHEN 'lower' THEN 3 ELSE 4 END,
                        CASE WHEN qualifier = 'range' THEN high - value ELSE 0 END,
                        CASE WHEN qualifier = 'upper' THEN value ELSE -value END,
                        figure_id) AS rn,
           COUNT(*) OVER (PARTITION BY {key}) AS n_reports,
           {agg_figures} OVER (PARTITION BY {key}) AS figure_ids,
           {agg_articles} OVER (PARTITION BY {key}) AS article_ids
    FROM (
        SELECT r.*,
               CASE WHEN ROW_NUMBER() OVER (PARTITION BY {key}, article_id ORDER BY figure_id) = 1
                    THEN article_id END AS first_of_article
        FROM (
            {by_source}
            UNION ALL
            {by_outlet}
        ) r
    ) d
) x
WHERE rn = 1
"""


def _view_sql(dialect: str) -> str:
    if dialect == "postgresql":
        figures = "string_agg(CAST(figure_id AS TEXT), ',')"
        articles = "string_agg(CAST(first_of_article AS TEXT), ',')"  # NULLs (repeats) are skipped
    else:
        figures = "group_concat(figure_id, ',')"
        articles = "group_concat(first_of_article, ',')"
    return _VIEW.format(
        by_source=_REPORTS.format(grouping="source", label="COALESCE(f.reported_by, lower(a.outlet), 'unknown')"),
        by_outlet=_REPORTS.format(grouping="outlet", label="COALESCE(lower(a.outlet), 'unknown')"),
        key=_KEY,
        agg_figures=figures,
        agg_articles=articles,
    )


def upgrade() -> None:
    op.create_table(
        "official_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "name <> '' AND name = lower(name) AND name NOT LIKE '% %'", name=op.f("ck_official_series_name_slug")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_series")),
        sa.UniqueConstraint("name", name=op.f("uq_official_series_name")),
    )
    op.create_table(
        "official_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(20), nullable=False),
        sa.Column("side", sa.String(60), nullable=False),
        sa.Column("population", sa.String(20), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint(_in("metric", METRICS), name=op.f("ck_official_points_metric_vocab")),
        sa.CheckConstraint(_in("population", POPULATIONS), name=op.f("ck_official_points_population_vocab")),
        sa.CheckConstraint("value >= 0", name=op.f("ck_official_points_value_nonneg")),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["official_series.id"],
            name=op.f("fk_official_points_series_id_official_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_points")),
        sa.UniqueConstraint("series_id", "metric", "side", "population", "as_of", name=op.f("uq_official_points_day")),
    )
    op.create_index("ix_official_points_metric_side_as_of", "official_points", ["metric", "side", "as_of"])
    op.create_index("ix_figures_series", "figures", SERIES_INDEX)
    op.execute(_view_sql(op.get_bind().dialect.name))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS series_points")
    op.drop_index("ix_figures_series", table_name="figures")
    op.drop_index("ix_official_points_metric_side_as_of", table_name="official_points")
    op.drop_table("official_points")
    op.drop_table("official_series")
