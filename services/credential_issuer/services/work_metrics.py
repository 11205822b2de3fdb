"""Prometheus gauges of the issuer's background work, computed at scrape time: the issuance queue
(pending, due, failing, age of the oldest, waiting on a service) and each purpose's status-list fill."""

from __future__ import annotations

from fastapi import FastAPI
from prometheus_client import Gauge
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories.completions import CompletionRepository
from services.credential_issuer.repositories.work_metrics import issuance_queue, status_list_fill
from shared.web.observability import add_metrics_refresher, metrics_registry


def install_work_metrics(app: FastAPI) -> None:
    """Register the gauges (once per app, at creation); they read the database the lifespan opened."""
    registry = metrics_registry(app)
    queue = Gauge(
        "omc_issuance_queue_completions",
        "Pending completions: all, due now, failing (put off after a failed attempt)",
        ["state"],
        registry=registry,
    )
    oldest = Gauge(
        "omc_issuance_queue_oldest_age_seconds",
        "Age of the oldest pending completion (0: none)",
        registry=registry,
    )
    waiting = Gauge(
        "omc_issuance_waiting_on_service",
        "1 while some pending completion waits for this service to answer again",
        ["service"],
        registry=registry,
    )
    allocated = Gauge(
        "omc_status_list_entries_allocated", "Status list entries in use", ["purpose"], registry=registry
    )
    size = Gauge(
        "omc_status_list_entries", "Status list entries in all lists", ["purpose"], registry=registry
    )
    fill = Gauge(
        "omc_status_list_fill_ratio", "Share of status list entries in use", ["purpose"], registry=registry
    )

    async def refresh() -> None:
        sessions: async_sessionmaker[AsyncSession] | None = getattr(app.state, "sessions", None)
        if sessions is None:  # still starting
            return
        async with sessions() as session:
            counts = await issuance_queue(session)
            fills = await status_list_fill(session)
            waited_on = await CompletionRepository(session).services_waited_on()
        queue.labels("pending").set(counts.pending)
        queue.labels("due").set(counts.due)
        queue.labels("failing").set(counts.failing)
        oldest.set(counts.oldest_age_seconds)
        for service in ("qa_api", "registry_api"):
            waiting.labels(service).set(1 if service in waited_on else 0)
        for purpose in fills:
            allocated.labels(purpose.purpose).set(purpose.allocated)
            size.labels(purpose.purpose).set(purpose.size)
            fill.labels(purpose.purpose).set(purpose.allocated / purpose.size if purpose.size else 0)

    add_metrics_refresher(app, refresh)
