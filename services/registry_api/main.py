"""registry_api: organisations, API clients and access tokens, reference data, and the catalogue
of micro-credentials."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.registry_api.api import (
    bulk_import,
    catalogue,
    internal,
    micro_credentials,
    oauth,
    organisations,
    reference_data,
    signing_keys,
)
from services.registry_api.config import RegistrySettings
from services.registry_api.pages import catalogue_pages, institution_pages
from services.registry_api.pages.messages import MESSAGES
from services.registry_api.pages.omc_pages import PAGE_TEMPLATES
from services.registry_api.services.signing_keys import SigningKeyService
from services.registry_api.services.stored_metadata import StoredMetadata
from shared.auth.keys import CachedKeySource
from shared.auth.tokens import TokenVerifier
from shared.clients.quality import QualityLedgerClient
from shared.db.migrations import REGISTRY
from shared.logging import configure_logging
from shared.settings import load_settings
from shared.web import whoami
from shared.web.app import build_app
from shared.web.lifespan import service_resources
from shared.web.pages.rendering import Pages

SERVICE = "registry_api"


def create_app(settings: RegistrySettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service_resources(app, settings, service=SERVICE, target=REGISTRY) as resources:
            keys = SigningKeyService(
                resources.sessions,
                master_key=settings.master_key.get_secret_value(),
                token_ttl_seconds=settings.token_ttl_seconds,
            )
            await keys.ensure_active_key()
            app.state.signing_keys = keys
            app.state.stored_metadata = StoredMetadata(settings.catalogue_metadata_cache_entries)
            app.state.quality = QualityLedgerClient(resources.http, settings.qa_url)
            # The registry verifies its own tokens from its own table, reloading on a new kid at once.
            app.state.token_verifier = TokenVerifier(
                CachedKeySource(keys.jwks, min_interval_seconds=0),
                issuer=settings.public_url,
                audience=settings.audience,
            )
            yield

    app = build_app(
        service=SERVICE,
        title="OMC registry",
        description="Providers, EQAAs and the ministry; API clients and access tokens; the OMC catalogue.",
        settings=settings,
        lifespan=lifespan,
        routers=[
            oauth.router,
            whoami.router,
            reference_data.router,
            organisations.router,
            micro_credentials.router,
            bulk_import.router,
            catalogue.router,
            internal.router,
            signing_keys.router,
            catalogue_pages.router,
            institution_pages.router,
        ],
    )
    app.state.pages = Pages(
        PAGE_TEMPLATES, MESSAGES, registry_url=settings.public_url, issuer_url=settings.issuer_url
    )
    return app


def app_from_environment() -> FastAPI:
    """uvicorn --factory entry point: settings from REGISTRY_* variables."""
    settings = load_settings(RegistrySettings)
    configure_logging(service=SERVICE, level=settings.log_level, json_lines=settings.log_json)
    return create_app(settings)
