"""SQL of the learners' one-time claim links (only the token's SHA-256 is stored)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import ClaimRow


@dataclass(frozen=True)
class Claim:
    id: uuid.UUID
    credential_id: uuid.UUID
    created_at: datetime
    expires_at: datetime
    redeemed_at: datetime | None


def _claim(row: ClaimRow) -> Claim:
    return Claim(row.id, row.credential_id, row.created_at, row.expires_at, row.redeemed_at)


async def add(
    session: AsyncSession, credential_id: uuid.UUID, token_hash: str, expires_at: datetime
) -> Claim:
    """A new claim; the credential's earlier unredeemed claims expire now (a re-sent link replaces them)."""
    await session.execute(
        update(ClaimRow)
        .where(
            ClaimRow.credential_id == credential_id,
            ClaimRow.redeemed_at.is_(None),
            ClaimRow.expires_at > func.now(),
        )
        .values(expires_at=func.now())
    )
    row = ClaimRow(id=uuid.uuid4(), credential_id=credential_id, token_hash=token_hash, expires_at=expires_at)
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return _claim(row)


async def by_token_hash(session: AsyncSession, token_hash: str, *, for_update: bool = False) -> Claim | None:
    statement = select(ClaimRow).where(ClaimRow.token_hash == token_hash)
    if for_update:
        statement = statement.with_for_update()
    row = await session.scalar(statement)
    return None if row is None else _claim(row)


async def redeem(session: AsyncSession, claim_id: uuid.UUID) -> None:
    await session.execute(update(ClaimRow).where(ClaimRow.id == claim_id).values(redeemed_at=func.now()))
    await session.flush()
