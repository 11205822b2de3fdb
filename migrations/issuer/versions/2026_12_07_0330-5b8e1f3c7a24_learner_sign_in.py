"""learner sign-in: one-time codes, attempts (rate limits), sessions; completions by learner email

Revision ID: 5b8e1f3c7a24
Revises: 7d1e2a4b9c30
Create Date: 2026-12-07 03:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "5b8e1f3c7a24"
down_revision: str | None = "7d1e2a4b9c30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "issuer"


def upgrade() -> None:
    op.create_index(
        "ix_completions_learner_email",
        "completions",
        [sa.text("lower(learner ->> 'email')")],
        unique=False,
        schema=SCHEMA,
    )
    op.create_table(
        "learner_sign_in_codes",
        sa.Column("id", postgresql.UUID(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_sign_in_codes")),
        schema=SCHEMA,
    )
    # A new code spends the address's earlier ones; expired codes are pruned.
    for column in ("email", "expires_at"):
        op.create_index(
            op.f(f"ix_learner_sign_in_codes_{column}"), "learner_sign_in_codes", [column], schema=SCHEMA
        )
    op.create_table(
        "learner_sign_in_attempts",
        sa.Column("id", postgresql.UUID(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("email_key", sa.String(length=64), nullable=True),
        sa.Column("client_ip", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "kind in ('request', 'code')", name=op.f("ck_learner_sign_in_attempts_kind_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_sign_in_attempts")),
        schema=SCHEMA,
    )
    op.create_index(
        op.f("ix_learner_sign_in_attempts_email_key_at"),
        "learner_sign_in_attempts",
        ["email_key", "at"],
        unique=False,
        schema=SCHEMA,
    )
    op.create_index(
        op.f("ix_learner_sign_in_attempts_client_ip_at"),
        "learner_sign_in_attempts",
        ["client_ip", "at"],
        unique=False,
        schema=SCHEMA,
    )
    op.create_table(
        "learner_sessions",
        sa.Column("id", postgresql.UUID(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("user_agent", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "last_seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_learner_sessions_token_hash")),
        schema=SCHEMA,
    )
    op.create_index(
        op.f("ix_learner_sessions_email"), "learner_sessions", ["email"], unique=False, schema=SCHEMA
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_learner_sessions_email"), table_name="learner_sessions", schema=SCHEMA)
    op.drop_table("learner_sessions", schema=SCHEMA)
    op.drop_index(
        op.f("ix_learner_sign_in_attempts_client_ip_at"), table_name="learner_sign_in_attempts", schema=SCHEMA
    )
    op.drop_index(
        op.f("ix_learner_sign_in_attempts_email_key_at"), table_name="learner_sign_in_attempts", schema=SCHEMA
    )
    op.drop_table("learner_sign_in_attempts", schema=SCHEMA)
    for column in ("email", "expires_at"):
        op.drop_index(
            op.f(f"ix_learner_sign_in_codes_{column}"), table_name="learner_sign_in_codes", schema=SCHEMA
        )
    op.drop_table("learner_sign_in_codes", schema=SCHEMA)
    op.drop_index("ix_completions_learner_email", table_name="completions", schema=SCHEMA)
