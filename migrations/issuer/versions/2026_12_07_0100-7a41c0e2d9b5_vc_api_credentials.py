"""VC-API credentials (no completion) and the single suspension status entry

Credentials issued from a caller-supplied VC-API document have no completion and no micro-credential;
they keep the id the caller gave and the fingerprint of the request. Credentials issued from now on
carry one suspension entry and no revocation entry: the revocation columns stay for earlier ones.

Revision ID: 7a41c0e2d9b5
Revises: 589cb25cf237
Create Date: 2026-12-07 01:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7a41c0e2d9b5"
down_revision: str | None = "589cb25cf237"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for column in ("completion_id", "micro_credential_id", "micro_credential_version"):
        op.alter_column("credentials", column, nullable=True, schema="issuer")
    for column in ("revocation_list_id", "revocation_index"):
        op.alter_column("credentials", column, nullable=True, schema="issuer")
    op.add_column("credentials", sa.Column("credential_uri", sa.Text(), nullable=True), schema="issuer")
    op.add_column(
        "credentials", sa.Column("request_fingerprint", sa.String(length=64), nullable=True), schema="issuer"
    )
    op.create_index(
        "uq_credentials_organisation_id_credential_uri",
        "credentials",
        ["organisation_id", "credential_uri"],
        unique=True,
        schema="issuer",
        postgresql_where=sa.text("credential_uri is not null"),
    )
    op.create_check_constraint(
        op.f("ck_credentials_completion_has_micro_credential"),
        "credentials",
        "(completion_id is null) = (micro_credential_id is null)",
        schema="issuer",
    )


def downgrade() -> None:
    op.execute(
        "delete from issuer.claims where credential_id in (select id from issuer.credentials where completion_id is null or revocation_list_id is null)"
    )
    op.execute("delete from issuer.credentials where completion_id is null or revocation_list_id is null")
    op.drop_constraint(
        op.f("ck_credentials_completion_has_micro_credential"), "credentials", schema="issuer", type_="check"
    )
    op.drop_index("uq_credentials_organisation_id_credential_uri", table_name="credentials", schema="issuer")
    op.drop_column("credentials", "request_fingerprint", schema="issuer")
    op.drop_column("credentials", "credential_uri", schema="issuer")
    for column in ("completion_id", "micro_credential_id", "micro_credential_version"):
        op.alter_column("credentials", column, nullable=False, schema="issuer")
    for column in ("revocation_list_id", "revocation_index"):
        op.alter_column("credentials", column, nullable=False, schema="issuer")
