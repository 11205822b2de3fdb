"""SQL of Idempotency-Key records (IETF draft-ietf-httpapi-idempotency-key-header): the request's
fingerprint and the reply to repeat, written in the transaction that stores what the request did.

While a request with a key is processed, a transaction-scoped advisory lock on the key marks it in
flight: it ends with the transaction however that ends (commit, rollback, lost connection, process
killed), so a request that failed leaves nothing behind and its key is retryable at once."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import IdempotencyKeyRow

# Advisory lock ids of this service's keys live in their own class (the first int4 of the pair).
_LOCK_CLASS = 0x4F4D4349  # "OMCI"


@dataclass(frozen=True)
class IdempotencyRecord:
    fingerprint: str
    response_status: int | None
    response_body: dict[str, Any] | None


class IdempotencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self, organisation_id: uuid.UUID, key: str) -> bool:
        """Mark ``key`` in flight for this transaction; False when another transaction holds it."""
        digest = hashlib.sha256(f"{organisation_id}:{key}".encode()).digest()
        acquired = await self._session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:lock_class, :key_hash)"),
            {"lock_class": _LOCK_CLASS, "key_hash": int.from_bytes(digest[:4], "big", signed=True)},
        )
        return bool(acquired)

    async def known(
        self, organisation_id: uuid.UUID, key: str, *, ttl: timedelta
    ) -> IdempotencyRecord | None:
        """What is recorded for ``key`` (under :meth:`lock`), or None; an expired record is removed,
        and so is one without a reply (left by a version that committed the key before the work)."""
        table = IdempotencyKeyRow
        await self._session.execute(
            delete(table).where(
                table.organisation_id == organisation_id,
                table.key == key,
                or_(table.created_at < func.now() - ttl, table.response_status.is_(None)),
            )
        )
        row = await self._session.scalar(
            select(table).where(table.organisation_id == organisation_id, table.key == key)
        )
        if row is None:
            return None
        return IdempotencyRecord(row.request_fingerprint, row.response_status, row.response_body)

    async def record(
        self, organisation_id: uuid.UUID, key: str, fingerprint: str, *, status: int, body: dict[str, Any]
    ) -> None:
        """Keep the reply to ``key`` (under :meth:`lock`, in the transaction that did the work)."""
        await self._session.execute(
            insert(IdempotencyKeyRow).values(
                organisation_id=organisation_id,
                key=key,
                request_fingerprint=fingerprint,
                response_status=status,
                response_body=body,
                completed_at=func.now(),
            )
        )

    async def purge(self, *, ttl: timedelta) -> int:
        result = await self._session.execute(
            delete(IdempotencyKeyRow).where(IdempotencyKeyRow.created_at < func.now() - ttl)
        )
        return int(getattr(result, "rowcount", 0) or 0)
