"""qa_api: EQAA reviews of IQAPs, designation, IQAP approvals of OMCs and partnerships, in a
tamper-evident ledger."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import structlog
from fastapi import FastAPI

from services.qa_api.api import approvals, designations, endorsements, ledger, partnerships, reviews, standing
from services.qa_api.config import QaSettings
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.endorsement_expiry import EndorsementExpiryMetrics
from services.qa_api.services.ledger import LedgerService
from services.qa_api.services.outbox_relay import OutboxRelay
from services.qa_api.services.work_metrics import install_work_metrics
from shared.clients.registry import RegistryClient
from shared.clients.tokens import ClientCredentialsTokens
from shared.db.migrations import QA
from shared.logging import configure_logging
from shared.periodic import log_failure, sleep_unless_stopped
from shared.settings import load_settings
from shared.web import whoami
from shared.web.app import build_app
from shared.web.lifespan import registry_token_verifier, service_resources

DESCRIPTION = (
    "EQAA reviews of IQAPs, designation, IQAP approvals of OMCs and partnerships, in a tamper-evident ledger."
)
SERVICE = "qa_api"
CHECKPOINT_RETRY_SECONDS = 5.0
logger = structlog.get_logger(__name__)


def create_app(settings: QaSettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_resources(
            app, settings, service=SERVICE, target=QA, peers={"registry_api": settings.registry_url}
        ) as resources:
            app.state.token_verifier = registry_token_verifier(resources.http, settings)
            keys = CheckpointKeys(resources.sessions, master_key=settings.master_key.get_secret_value())
            await keys.ensure_active_key()
            app.state.checkpoint_keys = keys
            app.state.ledger = LedgerService(resources.sessions, keys, issuer=settings.public_url)
            registry = RegistryClient(resources.http, settings.registry_url)
            app.state.registry = registry
            stop = asyncio.Event()
            tasks = [asyncio.create_task(seal_tail_until_stopped(app.state.ledger, settings, stop))]
            if settings.registry_client_id and settings.registry_client_secret:
                tokens = ClientCredentialsTokens(
                    registry,
                    client_id=settings.registry_client_id,
                    client_secret=settings.registry_client_secret.get_secret_value(),
                    audience=settings.registry_url,
                )
                app.state.registry_tokens = tokens
                relay = OutboxRelay(
                    resources.sessions,
                    registry,
                    tokens,
                    lease=timedelta(seconds=settings.outbox_lease_seconds),
                )
                app.state.outbox_relay = relay
                tasks.append(
                    asyncio.create_task(relay.run(stop, interval_seconds=settings.outbox_interval_seconds))
                )
            else:
                app.state.registry_tokens = None
                logger.warning("outbox_relay_disabled", reason="QA_REGISTRY_CLIENT_ID is not set")
            try:
                yield
            finally:
                stop.set()
                for task in tasks:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    app = build_app(
        service=SERVICE,
        title="OMC quality ledger",
        description=DESCRIPTION,
        settings=settings,
        lifespan=lifespan,
        routers=[
            whoami.router,
            reviews.router,
            designations.router,
            approvals.router,
            partnerships.router,
            standing.router,
            endorsements.router,
            ledger.router,
        ],
    )
    # Once per app, not per lifespan (a restarted app keeps its metrics registry); reads the
    # sessions of the running lifespan.
    expiry_metrics = EndorsementExpiryMetrics(app.state.metrics_registry)
    app.state.metrics_refreshers.append(lambda: expiry_metrics.refresh(getattr(app.state, "sessions", None)))
    install_work_metrics(app)
    return app


async def seal_tail_until_stopped(service: LedgerService, settings: QaSettings, stop: asyncio.Event) -> None:
    """Keep every entry under a signed checkpoint within the interval (LedgerService.seal_tail),
    looking again when it says; an error is logged (one line for an outage, a traceback for a
    fault) and retried after a poll."""
    if settings.checkpoint_interval_seconds <= 0:
        return
    max_delay = timedelta(seconds=settings.checkpoint_interval_seconds)
    while not stop.is_set():
        try:
            wait = await service.seal_tail(max_delay)
        except Exception as error:
            log_failure(logger, "checkpoint_error", error)
            wait = min(settings.checkpoint_interval_seconds, CHECKPOINT_RETRY_SECONDS)
        await sleep_unless_stopped(stop, wait)


def app_from_environment() -> FastAPI:
    """uvicorn --factory entry point: settings from QA_* variables."""
    settings = load_settings(QaSettings)
    configure_logging(service=SERVICE, level=settings.log_level, json_lines=settings.log_json)
    return create_app(settings)
