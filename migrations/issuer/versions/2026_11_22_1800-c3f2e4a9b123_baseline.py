"""Baseline of the `issuer` schema: the version table only; tables come with the features that need them.

Revision ID: c3f2e4a9b123
Revises:
Create Date: 2026-11-22 18:00:00+00:00
"""

from collections.abc import Sequence

revision: str = "c3f2e4a9b123"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
