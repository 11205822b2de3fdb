"""Prometheus gauges of qa_api's background work, computed at scrape time: the outbox of events for
the registry (pending, age of the oldest) and the age of the newest signed ledger checkpoint."""

from __future__ import annotations

from fastapi import FastAPI
from prometheus_client import Gauge
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.work_metrics import newest_checkpoint_age_seconds, outbox_backlog
from shared.web.observability import add_metrics_refresher, metrics_registry


def install_work_metrics(app: FastAPI) -> None:
    """Register the gauges (once per app, at creation); they read the database the lifespan opened."""
    registry = metrics_registry(app)
    pending = Gauge(
        "omc_outbox_pending_events", "Ledger events not yet delivered to the registry", registry=registry
    )
    oldest = Gauge(
        "omc_outbox_oldest_age_seconds", "Age of the oldest undelivered event (0: none)", registry=registry
    )
    checkpoint = Gauge(
        "omc_ledger_checkpoint_age_seconds",
        "Seconds since the newest signed checkpoint (NaN: none yet)",
        registry=registry,
    )

    async def refresh() -> None:
        sessions: async_sessionmaker[AsyncSession] | None = getattr(app.state, "sessions", None)
        if sessions is None:  # still starting
            return
        async with sessions() as session:
            backlog = await outbox_backlog(session)
            age = await newest_checkpoint_age_seconds(session)
        pending.set(backlog.pending)
        oldest.set(backlog.oldest_age_seconds)
        checkpoint.set(float("nan") if age is None else age)

    add_metrics_refresher(app, refresh)
