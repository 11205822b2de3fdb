"""Open Badges 3.0 API: registered clients, learners' grants, codes, tokens, held credentials, profiles

Revision ID: 3c9b0e5d7f21
Revises: 4f0c1d2e8a61
Create Date: 2026-12-07 04:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "3c9b0e5d7f21"
down_revision: str | None = "4f0c1d2e8a61"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOW = sa.text("now()")


def _at(name: str, *, nullable: bool = False, default: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        name, sa.DateTime(timezone=True), nullable=nullable, server_default=NOW if default else None
    )


def upgrade() -> None:
    op.create_table(
        "ob3_clients",
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("client_secret_hash", sa.String(length=64), nullable=False),
        sa.Column("client_name", sa.Text(), nullable=False),
        sa.Column("redirect_uris", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("registration", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        _at("created_at", default=True),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_ob3_clients")),
        schema="issuer",
    )
    op.create_table(
        "ob3_grants",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("learner_email", sa.String(length=320), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        _at("created_at", default=True),
        _at("revoked_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["issuer.ob3_clients.client_id"], name=op.f("fk_ob3_grants_client_id_ob3_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ob3_grants")),
        schema="issuer",
    )
    op.create_index(op.f("ix_ob3_grants_client_id"), "ob3_grants", ["client_id"], schema="issuer")
    op.create_index(
        op.f("ix_ob3_grants_learner_email_created_at"),
        "ob3_grants",
        ["learner_email", "created_at"],
        schema="issuer",
    )
    op.create_table(
        "ob3_authorization_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("grant_id", sa.UUID(), nullable=False),
        sa.Column("redirect_uri", sa.Text(), nullable=False),
        sa.Column("code_challenge", sa.String(length=128), nullable=False),
        _at("expires_at"),
        _at("used_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["issuer.ob3_grants.id"],
            name=op.f("fk_ob3_authorization_codes_grant_id_ob3_grants"),
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_ob3_authorization_codes")),
        schema="issuer",
    )
    op.create_index(
        op.f("ix_ob3_authorization_codes_grant_id"), "ob3_authorization_codes", ["grant_id"], schema="issuer"
    )
    op.create_table(
        "ob3_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("grant_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        _at("created_at", default=True),
        _at("expires_at"),
        _at("used_at", nullable=True),
        _at("revoked_at", nullable=True),
        sa.CheckConstraint("kind in ('access', 'refresh')", name=op.f("ck_ob3_tokens_kind_known")),
        sa.ForeignKeyConstraint(
            ["grant_id"], ["issuer.ob3_grants.id"], name=op.f("fk_ob3_tokens_grant_id_ob3_grants")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_ob3_tokens")),
        schema="issuer",
    )
    op.create_index(op.f("ix_ob3_tokens_grant_id"), "ob3_tokens", ["grant_id"], schema="issuer")
    op.create_table(
        "ob3_held_credentials",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("learner_email", sa.String(length=320), nullable=False),
        sa.Column("credential_uri", sa.Text(), nullable=False),
        sa.Column("document", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        _at("added_at", default=True),
        _at("updated_at", default=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ob3_held_credentials")),
        sa.UniqueConstraint(
            "learner_email",
            "credential_uri",
            name=op.f("uq_ob3_held_credentials_learner_email_credential_uri"),
        ),
        schema="issuer",
    )
    op.create_index(
        op.f("ix_ob3_held_credentials_learner_email_added_at"),
        "ob3_held_credentials",
        ["learner_email", "added_at"],
        schema="issuer",
    )
    op.create_table(
        "ob3_profiles",
        sa.Column("learner_email", sa.String(length=320), nullable=False),
        sa.Column("fields", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        _at("updated_at", default=True),
        sa.PrimaryKeyConstraint("learner_email", name=op.f("pk_ob3_profiles")),
        schema="issuer",
    )


def downgrade() -> None:
    for table in (
        "ob3_profiles",
        "ob3_held_credentials",
        "ob3_tokens",
        "ob3_authorization_codes",
        "ob3_grants",
        "ob3_clients",
    ):
        op.drop_table(table, schema="issuer")
