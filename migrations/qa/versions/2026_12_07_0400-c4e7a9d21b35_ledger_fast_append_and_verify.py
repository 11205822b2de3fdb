"""The ledger's payload kept as the exact canonical JSON text it was hashed over (json, not jsonb),
and one function that takes the append lock and reads the chain's head in a single round trip.

- ``payload`` as ``json``: PostgreSQL keeps a json value's text as written, so verification can hash
  the stored bytes instead of parsing and re-canonicalising every payload (jsonb reorders keys and
  adds spaces). Entries written before this migration keep jsonb's text; verification recognises
  them (their fast hash does not match) and recomputes them the slow way, so they still verify.
- ``qa.ledger_lock_head(lock_key)``: ``pg_advisory_xact_lock`` then the newest entry. In one plain
  statement the head would be read with the snapshot taken before the lock was granted (READ
  COMMITTED), missing an entry committed while waiting; each statement of a volatile PL/pgSQL
  function takes a fresh snapshot, so the head is read after the lock, as two statements would.

Revision ID: c4e7a9d21b35
Revises: aff57d9f66fe
Create Date: 2026-12-07 04:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "c4e7a9d21b35"
down_revision: str | None = "aff57d9f66fe"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCK_HEAD_FUNCTION = """
create function qa.ledger_lock_head(lock_key bigint, out seq bigint, out entry_hash text)
language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock(lock_key);
    select e.seq, e.entry_hash into seq, entry_hash
    from qa.ledger_entries e order by e.seq desc limit 1;
end
$$
"""


def upgrade() -> None:
    op.alter_column(
        "ledger_entries",
        "payload",
        type_=sa.JSON(),
        existing_type=postgresql.JSONB(astext_type=sa.Text()),
        existing_nullable=False,
        postgresql_using="payload::json",
        schema="qa",
    )
    op.execute(LOCK_HEAD_FUNCTION)


def downgrade() -> None:
    op.execute("drop function qa.ledger_lock_head(bigint)")
    op.alter_column(
        "ledger_entries",
        "payload",
        type_=postgresql.JSONB(astext_type=sa.Text()),
        existing_type=sa.JSON(),
        existing_nullable=False,
        postgresql_using="payload::jsonb",
        schema="qa",
    )
