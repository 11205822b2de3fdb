"""Deliver outbox events to the registry: at least once, in ledger order per batch, with exponential
backoff while the registry is unreachable or failing. The registry applies each event idempotently
on its id, so a redelivery after a crash changes nothing. No transaction is open during a call."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.outbox import OutboxEvent, OutboxRepository
from shared.clients.base import ServiceCallError, ServiceUnreachable
from shared.clients.registry import RegistryClient
from shared.clients.tokens import ClientCredentialsTokens
from shared.periodic import repeat_until_stopped

logger = structlog.get_logger(__name__)

# Answers that will not change by trying again: the event itself is refused.
_PERMANENT = {400, 404, 409, 413, 422}


class OutboxRelay:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        registry: RegistryClient,
        tokens: ClientCredentialsTokens,
        *,
        batch_size: int = 20,
        lease: timedelta = timedelta(seconds=30),
        max_backoff_seconds: float = 60.0,
    ) -> None:
        self._sessions = sessions
        self._registry = registry
        self._tokens = tokens
        self._batch_size = batch_size
        self._lease = lease
        self._max_backoff = max_backoff_seconds

    async def deliver_due(self) -> int:
        """Deliver what is due now; returns how many events were delivered."""
        async with self._sessions.begin() as session:
            events = await OutboxRepository(session).claim(limit=self._batch_size, lease=self._lease)
        delivered = 0
        for event in events:
            outcome = await self._deliver(event)
            async with self._sessions.begin() as session:
                outbox = OutboxRepository(session)
                if outcome is None:
                    await outbox.delivered(event.id)
                    delivered += 1
                elif outcome[0]:
                    await outbox.failed(event.id, error=outcome[1])
                    logger.error(
                        "outbox_event_refused", event_id=str(event.id), kind=event.kind, error=outcome[1]
                    )
                else:
                    await outbox.retry_later(event.id, delay=self._backoff(event.attempts), error=outcome[1])
        return delivered

    async def run(self, stop: asyncio.Event, *, interval_seconds: float) -> None:
        """Deliver until ``stop`` is set; errors are logged and retried, never fatal."""
        await repeat_until_stopped(
            stop, self.deliver_due, interval_seconds=interval_seconds, error_event="outbox_relay_error"
        )

    async def _deliver(self, event: OutboxEvent) -> tuple[bool, str] | None:
        """None when delivered; otherwise (permanent, reason)."""
        try:
            await self._registry.deliver(event.path, event.payload, token=await self._tokens.token())
        except ServiceUnreachable as error:
            return False, str(error)
        except ServiceCallError as error:
            if error.status == 401:
                self._tokens.forget()
            detail = error.problem.detail if error.problem and error.problem.detail else str(error)
            return error.status in _PERMANENT, f"{error.status}: {detail}"
        return None

    def _backoff(self, attempts: int) -> timedelta:
        base = min(self._max_backoff, 0.5 * 2 ** max(0, attempts - 1))
        return timedelta(seconds=base * random.uniform(0.8, 1.2))  # noqa: S311 (jitter, not secrecy)
