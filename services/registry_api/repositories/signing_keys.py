"""SQL for the Ed25519 keys that sign access tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.db.tables import TokenSigningKeyRow
from shared.schemas.auth import SigningKeyInfo


@dataclass(frozen=True)
class SealedSigningKey:
    """The current signing key as stored: its id and its sealed private half."""

    kid: str
    private_key_encrypted: bytes


class SigningKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self) -> None:
        """Serialise key creation across processes for the rest of the transaction."""
        await self._session.execute(select(func.pg_advisory_xact_lock(0x0_4D43_4B45_59)))

    async def active(self) -> SealedSigningKey | None:
        row = await self._session.scalar(
            select(TokenSigningKeyRow)
            .where(TokenSigningKeyRow.retired_at.is_(None))
            .order_by(TokenSigningKeyRow.created_at.desc())
            .limit(1)
        )
        if row is None:
            return None
        return SealedSigningKey(kid=row.kid, private_key_encrypted=row.private_key_encrypted)

    async def add(self, *, kid: str, public_jwk: dict[str, Any], private_key_encrypted: bytes) -> None:
        self._session.add(
            TokenSigningKeyRow(kid=kid, public_jwk=public_jwk, private_key_encrypted=private_key_encrypted)
        )
        await self._session.flush()

    async def retire_all_except(self, kid: str) -> None:
        await self._session.execute(
            update(TokenSigningKeyRow)
            .where(TokenSigningKeyRow.kid != kid, TokenSigningKeyRow.retired_at.is_(None))
            .values(retired_at=func.now())
        )

    async def publishable_jwks(self, *, retired_since: datetime) -> list[dict[str, Any]]:
        """Public keys of the active key and of keys retired recently enough to have live tokens."""
        rows = await self._session.scalars(
            select(TokenSigningKeyRow.public_jwk)
            .where(
                or_(TokenSigningKeyRow.retired_at.is_(None), TokenSigningKeyRow.retired_at > retired_since)
            )
            .order_by(TokenSigningKeyRow.created_at.desc())
        )
        return list(rows)

    async def all_keys(self) -> list[SigningKeyInfo]:
        rows = await self._session.scalars(
            select(TokenSigningKeyRow).order_by(TokenSigningKeyRow.created_at.desc())
        )
        return [SigningKeyInfo.model_validate(row, from_attributes=True) for row in rows]
