"""The resources every service's lifespan builds: engine (schema checked at head), session factory,
one shared HTTP client, the readiness check. Nothing of this happens at import."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared.auth.keys import CachedKeySource
from shared.auth.tokens import TokenVerifier
from shared.clients.base import ServiceCallError, build_http_client
from shared.clients.registry import RegistryClient
from shared.db.engine import create_engine, create_session_factory
from shared.db.migrations import MigrationTarget, ensure_schema_at_head
from shared.errors import UpstreamUnavailable
from shared.settings import ServiceSettings
from shared.web.readiness import dependency_readiness


@dataclass(frozen=True)
class ServiceResources:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    http: httpx.AsyncClient


@asynccontextmanager
async def service_resources(
    app: FastAPI,
    settings: ServiceSettings,
    *,
    service: str,
    target: MigrationTarget,
    peers: Mapping[str, str] | None = None,
) -> AsyncIterator[ServiceResources]:
    """Open the database and HTTP client, refuse to start on an unmigrated schema, close all on exit.
    ``peers`` (name: base URL) are the services this one calls, reported by /ready."""
    engine = create_engine(
        settings.database_url.get_secret_value(),
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_pool_overflow,
        application_name=service,
        connect_timeout_seconds=settings.database_connect_timeout_seconds,
        pool_timeout_seconds=settings.database_pool_timeout_seconds,
    )
    try:
        await ensure_schema_at_head(engine, target)
        async with build_http_client(timeout_seconds=settings.http_timeout_seconds) as http:
            resources = ServiceResources(engine=engine, sessions=create_session_factory(engine), http=http)
            app.state.sessions = resources.sessions
            app.state.http = http
            app.state.readiness_check = dependency_readiness(engine, target, http, peers or {})
            yield resources
    finally:
        await engine.dispose()


def registry_token_verifier(http: httpx.AsyncClient, settings: ServiceSettings) -> TokenVerifier:
    """Verify tokens against the registry's JWKS, fetched over HTTP and cached."""
    registry = RegistryClient(http, settings.registry_url)

    async def load_jwks() -> dict[str, Any]:
        try:
            return await registry.jwks_document()
        except ServiceCallError as error:
            raise UpstreamUnavailable("Could not fetch the registry's token signing keys.") from error

    return TokenVerifier(
        CachedKeySource(load_jwks, min_interval_seconds=settings.jwks_refresh_min_interval_seconds),
        issuer=settings.expected_token_issuer,
        audience=settings.audience,
    )
