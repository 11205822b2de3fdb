"""OpenID4VCI: credential offers (pre-authorized code grant), nonces and deferred transactions

Revision ID: 4f0c1d2e8a61
Revises: 5b8e1f3c7a24
Create Date: 2026-12-07 03:45:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "4f0c1d2e8a61"
down_revision: str | None = "5b8e1f3c7a24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "oid4vci_offers",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("organisation_id", sa.UUID(), nullable=False),
        sa.Column("completion_id", sa.UUID(), nullable=False),
        sa.Column("configuration_ids", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("code_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("reference_hash", sa.String(length=64), nullable=False),
        sa.Column("tx_code_hash", sa.String(length=64), nullable=False),
        sa.Column("tx_code_attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("access_token_hash", sa.String(length=64), nullable=True),
        sa.Column("access_token_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["completion_id"],
            ["issuer.completions.id"],
            name=op.f("fk_oid4vci_offers_completion_id_completions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oid4vci_offers")),
        sa.UniqueConstraint("access_token_hash", name=op.f("uq_oid4vci_offers_access_token_hash")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_oid4vci_offers_code_hash")),
        sa.UniqueConstraint("reference_hash", name=op.f("uq_oid4vci_offers_reference_hash")),
        schema="issuer",
    )
    op.create_index(
        op.f("ix_oid4vci_offers_completion_id"), "oid4vci_offers", ["completion_id"], schema="issuer"
    )
    op.create_table(
        "oid4vci_nonces",
        sa.Column("nonce_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("nonce_hash", name=op.f("pk_oid4vci_nonces")),
        schema="issuer",
    )
    op.create_index(op.f("ix_oid4vci_nonces_expires_at"), "oid4vci_nonces", ["expires_at"], schema="issuer")
    op.create_table(
        "oid4vci_transactions",
        sa.Column("transaction_hash", sa.String(length=64), nullable=False),
        sa.Column("offer_id", sa.UUID(), nullable=False),
        sa.Column("configuration_id", sa.String(length=64), nullable=False),
        sa.Column("holder_did", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["issuer.oid4vci_offers.id"],
            name=op.f("fk_oid4vci_transactions_offer_id_oid4vci_offers"),
        ),
        sa.PrimaryKeyConstraint("transaction_hash", name=op.f("pk_oid4vci_transactions")),
        schema="issuer",
    )
    op.create_index(
        op.f("ix_oid4vci_transactions_offer_id"), "oid4vci_transactions", ["offer_id"], schema="issuer"
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_oid4vci_transactions_offer_id"), table_name="oid4vci_transactions", schema="issuer"
    )
    op.drop_table("oid4vci_transactions", schema="issuer")
    op.drop_index(op.f("ix_oid4vci_nonces_expires_at"), table_name="oid4vci_nonces", schema="issuer")
    op.drop_table("oid4vci_nonces", schema="issuer")
    op.drop_index(op.f("ix_oid4vci_offers_completion_id"), table_name="oid4vci_offers", schema="issuer")
    op.drop_table("oid4vci_offers", schema="issuer")
