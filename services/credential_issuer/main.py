"""credential_issuer: completions from student information systems become signed Open Badges 3.0
credentials; verification and revocation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.credential_issuer.config import IssuerSettings
from shared.db.migrations import ISSUER
from shared.logging import configure_logging
from shared.settings import load_settings
from shared.web import whoami
from shared.web.app import build_app
from shared.web.lifespan import registry_token_verifier, service_resources

DESCRIPTION = (
    "Completions from student information systems become signed Open Badges 3.0 credentials; "
    "verification and revocation."
)
SERVICE = "credential_issuer"


def create_app(settings: IssuerSettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_resources(app, settings, service=SERVICE, target=ISSUER) as resources:
            app.state.token_verifier = registry_token_verifier(resources.http, settings)
            yield

    return build_app(
        service=SERVICE,
        title="OMC credential issuer",
        description=DESCRIPTION,
        settings=settings,
        lifespan=lifespan,
        routers=[whoami.router],
    )


def app_from_environment() -> FastAPI:
    """uvicorn --factory entry point: settings from ISSUER_* variables."""
    settings = load_settings(IssuerSettings)
    configure_logging(service=SERVICE, level=settings.log_level, json_lines=settings.log_json)
    return create_app(settings)
