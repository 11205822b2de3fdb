"""The /ready check: which of the service's dependencies answer. The service's own database (reachable,
schema at head) decides readiness; the other services it calls are reported beside it (a peer that is
down makes the answer `degraded`, not 503, so a load balancer keeps serving what needs no peer)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db.migrations import MigrationTarget, SchemaNotAtHead, ensure_schema_at_head
from shared.errors import DatabaseUnavailable
from shared.web.observability import DependencyStates, ReadinessCheck

PEER_PROBE_TIMEOUT_SECONDS = 2.0


async def _database_state(engine: AsyncEngine, target: MigrationTarget) -> str:
    try:
        await ensure_schema_at_head(engine, target)
    except SchemaNotAtHead:
        return "not-migrated"
    except (SQLAlchemyError, OSError, TimeoutError, DatabaseUnavailable):
        return "down"
    return "up"


async def _peer_state(http: httpx.AsyncClient, url: str) -> str:
    try:
        response = await http.get(f"{url.rstrip('/')}/health", timeout=PEER_PROBE_TIMEOUT_SECONDS)
    except httpx.HTTPError:
        return "down"
    return "up" if response.status_code == 200 else "down"


def dependency_readiness(
    engine: AsyncEngine, target: MigrationTarget, http: httpx.AsyncClient, peers: Mapping[str, str]
) -> ReadinessCheck:
    """The check /ready runs: ``database`` and each of ``peers`` (name: base URL) as `up`/`down`."""

    async def check() -> DependencyStates:
        names = ["database", *peers]
        states = await asyncio.gather(
            _database_state(engine, target), *(_peer_state(http, url) for url in peers.values())
        )
        return dict(zip(names, states, strict=True))

    return check
