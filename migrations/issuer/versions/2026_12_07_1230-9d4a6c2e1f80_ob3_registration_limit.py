"""Open Badges 3.0 API: the client address each client was registered from, for the registration
rate limit

Revision ID: 9d4a6c2e1f80
Revises: 3c9b0e5d7f21
Create Date: 2026-12-07 12:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9d4a6c2e1f80"
down_revision: str | None = "3c9b0e5d7f21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "issuer"


def upgrade() -> None:
    op.add_column(
        "ob3_clients", sa.Column("registered_from", sa.String(length=64), nullable=True), schema=SCHEMA
    )
    op.create_index(
        op.f("ix_ob3_clients_registered_from_created_at"),
        "ob3_clients",
        ["registered_from", "created_at"],
        unique=False,
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_ob3_clients_registered_from_created_at"), table_name="ob3_clients", schema=SCHEMA)
    op.drop_column("ob3_clients", "registered_from", schema=SCHEMA)
