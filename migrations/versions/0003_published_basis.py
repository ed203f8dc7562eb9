"""articles.published_basis: how an article's date is known (stated, given, or inferred); shown in figure_rows

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PUBLISHED_BASES = ("text", "user", "official-series", "same-story")
CHECK_NAME = "ck_articles_published_basis_vocab"
CHECK_SQL = "published_basis IS NULL OR published_basis IN ({})".format(", ".join(f"'{b}'" for b in PUBLISHED_BASES))

# figure_rows as revision 0001 made it, with or without the new column after `published`.
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
    a.published AS published,{basis}
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
    op.execute("DROP VIEW IF EXISTS figure_rows")
    if op.get_bind().dialect.name == "sqlite":
        # native ADD COLUMN: a batch table rebuild would trip over the views that read `articles`
        column = f"published_basis VARCHAR(20) CONSTRAINT {CHECK_NAME} CHECK ({CHECK_SQL})"
        op.execute(f"ALTER TABLE articles ADD COLUMN {column}")
    else:
        op.add_column("articles", sa.Column("published_basis", sa.String(20), nullable=True))
        op.create_check_constraint(op.f(CHECK_NAME), "articles", CHECK_SQL)
    # rows stored before this revision: a date found at ingest was read from the text or given by the user;
    # which one is not recorded, so they keep NULL (unknown) rather than a guess
    op.execute(FIGURE_ROWS.format(basis="\n    a.published_basis AS published_basis,"))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS figure_rows")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f(CHECK_NAME), "articles", type_="check")
    op.drop_column("articles", "published_basis")  # SQLite >= 3.35 drops a column natively
    op.execute(FIGURE_ROWS.format(basis=""))
