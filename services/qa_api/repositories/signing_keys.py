"""SQL for the Ed25519 keys that sign the ledger's checkpoints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import SigningKeyRow

_KEY_LOCK = 0x4F4D43_0011


@dataclass(frozen=True)
class SealedKey:
    kid: str
    private_key_encrypted: bytes


class SigningKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self) -> None:
        await self._session.execute(select(func.pg_advisory_xact_lock(_KEY_LOCK)))

    async def active(self) -> SealedKey | None:
        row = await self._session.scalar(
            select(SigningKeyRow)
            .where(SigningKeyRow.retired_at.is_(None))
            .order_by(SigningKeyRow.created_at.desc())
            .limit(1)
        )
        return (
            SealedKey(kid=row.kid, private_key_encrypted=row.private_key_encrypted)
            if row is not None
            else None
        )

    async def add(self, *, kid: str, public_jwk: dict[str, Any], private_key_encrypted: bytes) -> None:
        self._session.add(
            SigningKeyRow(kid=kid, public_jwk=public_jwk, private_key_encrypted=private_key_encrypted)
        )
        await self._session.flush()

    async def public_keys(self) -> list[dict[str, Any]]:
        """Every key ever used: checkpoints signed long ago must stay verifiable."""
        return list(
            await self._session.scalars(select(SigningKeyRow.public_jwk).order_by(SigningKeyRow.created_at))
        )
