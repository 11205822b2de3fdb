"""Wallet housekeeping: now and then, forget what the learners' and wallets' protocols can no longer
use (expired one-time codes, tokens, nonces, sessions, deferred transactions, counted attempts). A
day's grace after each row's end keeps what a person or an operator may still ask about today."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import wallet_housekeeping
from shared.periodic import repeat_until_stopped

logger = structlog.get_logger(__name__)

GRACE = timedelta(days=1)


class WalletHousekeeping:
    """Deletes rows whose life ended more than :data:`GRACE` ago."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def sweep(self, now: datetime | None = None) -> dict[str, int]:
        """One sweep, as of ``now`` (default: the current time); how many rows went, by table."""
        before = (now or datetime.now(UTC)) - GRACE
        async with self._sessions.begin() as session:
            deleted = await wallet_housekeeping.delete_ended_before(session, before)
        if any(deleted.values()):
            logger.info("wallet_rows_swept", **deleted)
        return deleted

    async def run(self, stop: asyncio.Event, *, interval_seconds: float) -> None:
        """Sweep every ``interval_seconds`` until ``stop`` is set (an outage is logged, then retried)."""
        await repeat_until_stopped(
            stop, self.sweep, interval_seconds=interval_seconds, error_event="wallet_housekeeping_error"
        )
