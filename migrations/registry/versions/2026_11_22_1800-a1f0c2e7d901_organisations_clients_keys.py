"""Organisations, their API clients and the keys that sign access tokens.

Revision ID: a1f0c2e7d901
Revises:
Create Date: 2026-11-22 18:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "a1f0c2e7d901"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", postgresql.UUID(), primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name_en", sa.Text()),
        sa.Column("name_fr", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "kind in ('platform', 'ministry', 'eqaa', 'institution', 'alternate_provider', 'portal')",
            name=op.f("ck_organisations_kind_known"),
        ),
        sa.CheckConstraint(
            "name_en is not null or name_fr is not null", name=op.f("ck_organisations_has_name")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("slug", name=op.f("uq_organisations_slug")),
        schema="registry",
    )
    op.create_table(
        "api_clients",
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("organisation_id", postgresql.UUID(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("roles", postgresql.ARRAY(sa.String(32)), nullable=False),
        sa.Column("secret_hash", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["registry.organisations.id"],
            name=op.f("fk_api_clients_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_api_clients")),
        schema="registry",
    )
    op.create_index(
        op.f("ix_api_clients_organisation_id"), "api_clients", ["organisation_id"], schema="registry"
    )
    op.create_table(
        "token_signing_keys",
        sa.Column("kid", sa.String(64), nullable=False),
        sa.Column("public_jwk", postgresql.JSONB(), nullable=False),
        sa.Column("private_key_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_token_signing_keys")),
        schema="registry",
    )


def downgrade() -> None:
    op.drop_table("token_signing_keys", schema="registry")
    op.drop_index(op.f("ix_api_clients_organisation_id"), table_name="api_clients", schema="registry")
    op.drop_table("api_clients", schema="registry")
    op.drop_table("organisations", schema="registry")
