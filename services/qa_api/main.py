"""qa_api: EQAA reviews of IQAPs, designation, IQAP approvals of OMCs and partnerships, in a
tamper-evident ledger."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.qa_api.config import QaSettings
from shared.db.migrations import QA
from shared.logging import configure_logging
from shared.settings import load_settings
from shared.web import whoami
from shared.web.app import build_app
from shared.web.lifespan import registry_token_verifier, service_resources

DESCRIPTION = (
    "EQAA reviews of IQAPs, designation, IQAP approvals of OMCs and partnerships, in a tamper-evident ledger."
)
SERVICE = "qa_api"


def create_app(settings: QaSettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_resources(app, settings, service=SERVICE, target=QA) as resources:
            app.state.token_verifier = registry_token_verifier(resources.http, settings)
            yield

    return build_app(
        service=SERVICE,
        title="OMC quality ledger",
        description=DESCRIPTION,
        settings=settings,
        lifespan=lifespan,
        routers=[whoami.router],
    )


def app_from_environment() -> FastAPI:
    """uvicorn --factory entry point: settings from QA_* variables."""
    settings = load_settings(QaSettings)
    configure_logging(service=SERVICE, level=settings.log_level, json_lines=settings.log_json)
    return create_app(settings)
