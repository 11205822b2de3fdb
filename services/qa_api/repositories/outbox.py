"""SQL of the outbox: events for the registry written in the ledger entry's transaction, then
claimed by the relay with a lease (so a relay that dies mid-delivery is replaced by another)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import OutboxRow

# The outbox row of an event, as one statement's text (also a CTE of the ledger's append).
INSERT_OUTBOX_SQL = (
    "insert into qa.outbox (id, seq, kind, path, payload, attempts) "
    "values (:event_id, :seq, :kind, :path, cast(cast(:event_payload as text) as jsonb), 0)"
)


@dataclass(frozen=True)
class RegistryNotice:
    """An event for the registry, written in its ledger entry's transaction."""

    event_id: uuid.UUID
    kind: str
    path: str
    payload: dict[str, Any]

    def values(self) -> tuple[Any, ...]:
        """id, kind, path and payload (JSON text): the outbox row but its seq, for a positional
        statement (the ledger's append)."""
        return (self.event_id, self.kind, self.path, json.dumps(self.payload))

    def parameters(self, seq: int) -> dict[str, Any]:
        """The bind parameters of :data:`INSERT_OUTBOX_SQL`."""
        return {
            "event_id": self.event_id,
            "seq": seq,
            "kind": self.kind,
            "path": self.path,
            "event_payload": json.dumps(self.payload),
        }


@dataclass(frozen=True)
class OutboxEvent:
    id: uuid.UUID
    seq: int
    kind: str
    path: str
    payload: dict[str, Any]
    attempts: int


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self, *, event_id: uuid.UUID, seq: int, kind: str, path: str, payload: dict[str, Any]
    ) -> None:
        notice = RegistryNotice(event_id=event_id, kind=kind, path=path, payload=payload)
        await self._session.execute(text(INSERT_OUTBOX_SQL), notice.parameters(seq))

    async def claim(self, *, limit: int, lease: timedelta) -> list[OutboxEvent]:
        """Take up to ``limit`` due events for ``lease``; others skip them meanwhile."""
        due = (
            select(OutboxRow.id)
            .where(
                OutboxRow.delivered_at.is_(None),
                OutboxRow.failed_at.is_(None),
                OutboxRow.next_attempt_at <= func.now(),
            )
            .order_by(OutboxRow.seq)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = await self._session.scalars(
            update(OutboxRow)
            .where(OutboxRow.id.in_(due.scalar_subquery()))
            .values(attempts=OutboxRow.attempts + 1, next_attempt_at=func.now() + lease)
            .returning(OutboxRow)
        )
        claimed = [
            OutboxEvent(
                id=row.id,
                seq=row.seq,
                kind=row.kind,
                path=row.path,
                payload=row.payload,
                attempts=row.attempts,
            )
            for row in rows
        ]
        return sorted(claimed, key=lambda event: event.seq)

    async def delivered(self, event_id: uuid.UUID) -> None:
        await self._session.execute(
            update(OutboxRow).where(OutboxRow.id == event_id).values(delivered_at=func.now(), last_error=None)
        )

    async def retry_later(self, event_id: uuid.UUID, *, delay: timedelta, error: str) -> None:
        await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == event_id)
            .values(next_attempt_at=func.now() + delay, last_error=error[:2000])
        )

    async def failed(self, event_id: uuid.UUID, *, error: str) -> None:
        await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == event_id)
            .values(failed_at=func.now(), last_error=error[:2000])
        )

    async def counts(self) -> dict[str, int]:
        rows = await self._session.execute(
            select(
                func.count().filter(OutboxRow.delivered_at.is_(None), OutboxRow.failed_at.is_(None)),
                func.count().filter(OutboxRow.delivered_at.is_not(None)),
                func.count().filter(OutboxRow.failed_at.is_not(None)),
            )
        )
        pending, delivered, failed = rows.one()
        return {"pending": int(pending), "delivered": int(delivered), "failed": int(failed)}
