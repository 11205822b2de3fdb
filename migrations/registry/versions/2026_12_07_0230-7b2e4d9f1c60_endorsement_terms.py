"""endorsement terms: the EQAA endorsement terms the quality ledger delivers; standing on a day
needs one covering it, besides the designation

Revision ID: 7b2e4d9f1c60
Revises: 5e1d0c3b7a42
Create Date: 2026-12-07 02:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7b2e4d9f1c60"
down_revision: str | None = "5e1d0c3b7a42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "endorsement_terms",
        sa.Column("decision_id", sa.UUID(), nullable=False),
        sa.Column("organisation_id", sa.UUID(), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("superseded_on", sa.Date(), nullable=True),
        sa.Column("decision_reference", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["registry.organisations.id"],
            name=op.f("fk_endorsement_terms_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("decision_id", name=op.f("pk_endorsement_terms")),
        schema="registry",
    )
    op.create_index(
        op.f("ix_endorsement_terms_organisation_id_term_start"),
        "endorsement_terms",
        ["organisation_id", "term_start"],
        unique=False,
        schema="registry",
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_endorsement_terms_organisation_id_term_start"),
        table_name="endorsement_terms",
        schema="registry",
    )
    op.drop_table("endorsement_terms", schema="registry")
