"""articles, figures and the figure_rows view

Revision ID: 0001
Revises:
Create Date: 2026-11-21

The vocabularies are written out here, not imported: a migration is a frozen
record of the schema at that revision. Changing a vocabulary means a new
revision that replaces the CHECK constraint.

The view ``figure_rows`` is what `casualties sql` users and `figures` read: one
row per figure with its article's metadata. Its ``source`` column is who the
number comes from: the attributed reporter (``reported_by``) when the text names
one, else the publishing outlet (lower-cased) since the article states it in its
own voice, else 'unknown'.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

METRICS = ("killed", "injured", "missing", "hostages", "detained", "displaced", "evacuated", "projectiles")
POPULATIONS = ("all", "civilians", "combatants", "children", "women", "journalists", "medics", "aid_workers")
QUALIFIERS = ("exact", "lower", "upper", "approx", "range")
SCOPES = ("total", "event")
UNITS = ("person", "projectile")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _check(sqltext: str, name: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(sqltext, name=op.f(f"ck_figures_{name}"))


FIGURE_ROWS = """
CREATE VIEW figure_rows AS
SELECT
    f.id AS figure_id,
    f.article_id AS article_id,
    COALESCE(f.reported_by, lower(a.outlet), 'unknown') AS source,
    f.as_of AS as_of,
    f.side AS side,
    f.metric AS metric,
    f.population AS population,
    f.value AS value,
    f.high AS high,
    f.qualifier AS qualifier,
    f.scope AS scope,
    f.reported_by AS reported_by,
    f.unit AS unit,
    a.outlet AS outlet,
    a.published AS published,
    a.title AS title,
    a.file AS file,
    a.url AS url,
    f.evidence AS evidence,
    f.span_start AS span_start,
    f.span_end AS span_end
FROM figures f
JOIN articles a ON a.id = f.article_id
"""


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_articles_sha256_len")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("sha256", name=op.f("uq_articles_sha256")),
    )
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=20), nullable=False),
        sa.Column("side", sa.String(length=60), nullable=False),
        sa.Column("population", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.String(length=10), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("reported_by", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=12), nullable=False),
        sa.Column("surface", sa.String(length=200), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        _check(_in("metric", METRICS), "metric_vocab"),
        _check(_in("population", POPULATIONS), "population_vocab"),
        _check(_in("qualifier", QUALIFIERS), "qualifier_vocab"),
        _check(_in("scope", SCOPES), "scope_vocab"),
        _check(_in("unit", UNITS), "unit_vocab"),
        _check(
            "(metric = 'projectiles' AND unit = 'projectile') OR (metric <> 'projectiles' AND unit = 'person')",
            "unit_fits_metric",
        ),
        _check("side <> '' AND side = lower(side) AND side NOT LIKE '% %'", "side_slug"),
        _check("value IS NULL OR value >= 0", "value_nonneg"),
        _check(
            "(qualifier = 'range' AND high IS NOT NULL AND value IS NOT NULL AND high >= value)"
            " OR (qualifier <> 'range' AND high IS NULL)",
            "high_only_for_range",
        ),
        _check("reported_by IS NULL OR (reported_by <> '' AND reported_by = lower(reported_by))", "reported_by_lower"),
        _check("0 <= span_start AND span_start <= span_end", "span_order"),
        _check("evidence_start <= span_start AND span_end <= evidence_end", "span_in_evidence"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_figures_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures")),
    )
    op.create_index(op.f("ix_figures_article_id"), "figures", ["article_id"])
    op.create_index("ix_figures_metric_side_as_of", "figures", ["metric", "side", "as_of"])
    op.create_index("ix_figures_reported_by", "figures", ["reported_by"])
    op.execute(FIGURE_ROWS)


def downgrade() -> None:
    op.execute("DROP VIEW figure_rows")
    op.drop_index("ix_figures_reported_by", table_name="figures")
    op.drop_index("ix_figures_metric_side_as_of", table_name="figures")
    op.drop_index(op.f("ix_figures_article_id"), table_name="figures")
    op.drop_table("figures")
    op.drop_table("articles")
