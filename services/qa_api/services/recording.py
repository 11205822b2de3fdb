"""How every use case of the quality ledger writes: one ledger entry, and for decisions the registry
must know, one outbox event, both inside the caller's transaction (so neither exists without the
other)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.repositories.outbox import OutboxRepository
from shared.schemas.auth import Principal
from shared.schemas.ledger import Actor, LedgerEntry, Subjects


async def record(
    session: AsyncSession,
    principal: Principal,
    *,
    event_type: str,
    subjects: Subjects,
    payload: dict[str, Any],
) -> LedgerEntry:
    return await LedgerRepository(session).append(
        event_type=event_type,
        actor=Actor(organisation_id=principal.organisation_id, client_id=principal.client_id),
        subjects=subjects,
        payload=payload,
    )


async def notify_registry(
    session: AsyncSession,
    entry: LedgerEntry,
    *,
    event_id: uuid.UUID,
    kind: str,
    path: str,
    payload: dict[str, Any],
) -> None:
    """Queue an event for the registry; the relay delivers it after this transaction commits."""
    await OutboxRepository(session).add(
        event_id=event_id, seq=entry.seq, kind=kind, path=path, payload=payload
    )
