"""How every use case of the quality ledger writes: one ledger entry, and for decisions the registry
must know, one outbox event, both inside the caller's transaction (so neither exists without the
other)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.repositories.ledger import LedgerRepository
from services.qa_api.repositories.outbox import OutboxRepository, RegistryNotice
from shared.schemas.auth import Principal
from shared.schemas.ledger import Actor, LedgerEntry, Subjects


async def record(
    session: AsyncSession,
    principal: Principal,
    *,
    event_type: str,
    subjects: Subjects,
    payload: dict[str, Any],
    notify: Callable[[int], RegistryNotice] | None = None,
) -> LedgerEntry:
    """Append the entry; ``notify``, given the entry's seq, makes the event the registry must get,
    written with the entry in one statement (the usual case of a decision the registry needs)."""
    return await LedgerRepository(session).append(
        event_type=event_type,
        actor=Actor(organisation_id=principal.organisation_id, client_id=principal.client_id),
        subjects=subjects,
        payload=payload,
        notice=notify,
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
    """Queue an event for the registry; the relay delivers it after this transaction commits. For an
    event that needs more than the entry's seq (else ``record(notify=...)`` saves a round trip)."""
    await OutboxRepository(session).add(
        event_id=event_id, seq=entry.seq, kind=kind, path=path, payload=payload
    )
