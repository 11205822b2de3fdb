"""Catalogue: an index in the default (title) order of the published versions, so that a search
page, first or deep, reads only the rows it returns instead of sorting every published version.

Revision ID: a394d67fee49
Revises: ad3198924548
Create Date: 2026-11-22 18:27:47.040184+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a394d67fee49"
down_revision: str | None = "ad3198924548"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_micro_credential_versions_published_title",
        "micro_credential_versions",
        ["title_sort", "micro_credential_id"],
        unique=False,
        schema="registry",
        postgresql_where=sa.text("status = 'published'"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_micro_credential_versions_published_title",
        table_name="micro_credential_versions",
        schema="registry",
        postgresql_where=sa.text("status = 'published'"),
    )
