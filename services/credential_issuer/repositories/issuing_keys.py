"""SQL of the organisations' credential signing keys (issuing_keys)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import IssuingKeyRow


@dataclass(frozen=True)
class StoredKey:
    kid: str
    organisation_id: uuid.UUID
    public_multibase: str
    private_key_encrypted: bytes
    created_at: datetime
    retired_at: datetime | None


def _stored(row: IssuingKeyRow) -> StoredKey:
    return StoredKey(
        kid=row.kid,
        organisation_id=row.organisation_id,
        public_multibase=row.public_multibase,
        private_key_encrypted=row.private_key_encrypted,
        created_at=row.created_at,
        retired_at=row.retired_at,
    )


class IssuingKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self, organisation_id: uuid.UUID) -> None:
        """One key creation or rotation at a time per organisation (until the transaction ends)."""
        await self._session.execute(
            text("select pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"issuer-issuing-key:{organisation_id}"},
        )

    async def active(self, organisation_id: uuid.UUID) -> StoredKey | None:
        row = await self._session.scalar(
            select(IssuingKeyRow)
            .where(IssuingKeyRow.organisation_id == organisation_id, IssuingKeyRow.retired_at.is_(None))
            .order_by(IssuingKeyRow.created_at.desc(), IssuingKeyRow.kid.desc())
            .limit(1)
        )
        return _stored(row) if row is not None else None

    async def all_of(self, organisation_id: uuid.UUID) -> list[StoredKey]:
        """Every key the organisation ever had, retired ones included, oldest first."""
        rows = await self._session.scalars(
            select(IssuingKeyRow)
            .where(IssuingKeyRow.organisation_id == organisation_id)
            .order_by(IssuingKeyRow.created_at, IssuingKeyRow.kid)
        )
        return [_stored(row) for row in rows]

    async def add(
        self, *, kid: str, organisation_id: uuid.UUID, public_multibase: str, private_key_encrypted: bytes
    ) -> StoredKey:
        row = IssuingKeyRow(
            kid=kid,
            organisation_id=organisation_id,
            public_multibase=public_multibase,
            private_key_encrypted=private_key_encrypted,
        )
        self._session.add(row)
        await self._session.flush()
        await self._session.refresh(row)
        return _stored(row)

    async def retire_all(self, organisation_id: uuid.UUID) -> None:
        await self._session.execute(
            update(IssuingKeyRow)
            .where(IssuingKeyRow.organisation_id == organisation_id, IssuingKeyRow.retired_at.is_(None))
            .values(retired_at=func.now())
        )
