"""SQL of Idempotency-Key records (IETF draft-ietf-httpapi-idempotency-key-header): the request's
fingerprint while it is processed, then the reply to repeat."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import IdempotencyKeyRow

ABANDONED_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class IdempotencyRecord:
    fingerprint: str
    response_status: int | None
    response_body: dict[str, Any] | None


class IdempotencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim(
        self, organisation_id: uuid.UUID, key: str, fingerprint: str, *, ttl: timedelta
    ) -> IdempotencyRecord | None:
        """Record ``key`` as in flight and return None; or, when it is already known (and not
        expired), return what is recorded for it."""
        table = IdempotencyKeyRow
        await self._session.execute(
            delete(table).where(
                table.organisation_id == organisation_id,
                table.key == key,
                or_(
                    table.created_at < func.now() - ttl,
                    # in flight for longer than any request lasts: its process died; start again
                    and_(table.response_status.is_(None), table.created_at < func.now() - ABANDONED_AFTER),
                ),
            )
        )
        inserted = await self._session.scalar(
            insert(table)
            .values(organisation_id=organisation_id, key=key, request_fingerprint=fingerprint)
            .on_conflict_do_nothing()
            .returning(table.key)
        )
        if inserted is not None:
            return None
        row = await self._session.scalar(
            select(table).where(table.organisation_id == organisation_id, table.key == key)
        )
        if row is None:  # expired and removed between the statements: treat as in flight
            return IdempotencyRecord(fingerprint, None, None)
        return IdempotencyRecord(row.request_fingerprint, row.response_status, row.response_body)

    async def complete(
        self, organisation_id: uuid.UUID, key: str, *, status: int, body: dict[str, Any]
    ) -> None:
        await self._session.execute(
            update(IdempotencyKeyRow)
            .where(IdempotencyKeyRow.organisation_id == organisation_id, IdempotencyKeyRow.key == key)
            .values(response_status=status, response_body=body, completed_at=func.now())
        )

    async def forget(self, organisation_id: uuid.UUID, key: str) -> None:
        await self._session.execute(
            delete(IdempotencyKeyRow).where(
                IdempotencyKeyRow.organisation_id == organisation_id, IdempotencyKeyRow.key == key
            )
        )

    async def purge(self, *, ttl: timedelta) -> int:
        result = await self._session.execute(
            delete(IdempotencyKeyRow).where(IdempotencyKeyRow.created_at < func.now() - ttl)
        )
        return int(getattr(result, "rowcount", 0) or 0)
