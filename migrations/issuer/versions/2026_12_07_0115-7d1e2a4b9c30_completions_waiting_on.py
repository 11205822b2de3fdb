"""completions waiting on a service: woken when it answers again

Revision ID: 7d1e2a4b9c30
Revises: 7a41c0e2d9b5
Create Date: 2026-12-07 01:15:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7d1e2a4b9c30"
down_revision: str | None = "7a41c0e2d9b5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "completions", sa.Column("waiting_on", sa.String(length=32), nullable=True), schema="issuer"
    )
    op.create_index(
        "ix_completions_waiting_on",
        "completions",
        ["waiting_on"],
        unique=False,
        schema="issuer",
        postgresql_where=sa.text("state = 'pending' AND waiting_on IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_completions_waiting_on", table_name="completions", schema="issuer")
    op.drop_column("completions", "waiting_on", schema="issuer")
