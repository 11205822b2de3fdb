"""Baseline of the `qa` schema: the version table only; tables come with the features that need them.

Revision ID: b2e1d3f8a012
Revises:
Create Date: 2026-11-22 18:00:00+00:00
"""

from collections.abc import Sequence

revision: str = "b2e1d3f8a012"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
