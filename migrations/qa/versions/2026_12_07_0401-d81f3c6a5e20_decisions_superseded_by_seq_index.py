"""An index on decisions.superseded_by_seq: the standing query's check that a decision already
replaces its predecessor (no predecessor superseded by it later than the day) scanned every
decision without it (11 of the query's 12 ms at 5,000 decisions, growing with them).

Revision ID: d81f3c6a5e20
Revises: c4e7a9d21b35
Create Date: 2026-12-07 04:01:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d81f3c6a5e20"
down_revision: str | None = "c4e7a9d21b35"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_decisions_superseded_by_seq"), "decisions", ["superseded_by_seq"], unique=False, schema="qa"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_decisions_superseded_by_seq"), table_name="decisions", schema="qa")
