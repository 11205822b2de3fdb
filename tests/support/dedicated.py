"""A platform of its own on a database of its own, for tests that stop services or change settings
the session platform must keep (outages, crashed workers, slow workers)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from ops.admin import create_platform_client
from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform, start_platform
from shared.schemas.auth import Role
from shared.settings import Environment
from tests.support.platform import ClientCredentials, Platform


@asynccontextmanager
async def dedicated_platform(
    databases: list[ServiceDatabase], *, label: str, **overrides: Any
) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    """Start the three services on ``databases`` with an admin and a ledger client of their own;
    ``overrides`` are settings for every service (fast worker intervals by default)."""
    registry_url = next(database.url for database in databases if database.target.schema == "registry")
    admin = await create_platform_client(registry_url, name=f"admin ({label})", role=Role.ADMIN)
    ledger = await create_platform_client(registry_url, name=f"qa_api ({label})", role=Role.LEDGER)
    settings: dict[str, Any] = {
        "environment": Environment.TEST,
        "jwks_refresh_min_interval_seconds": 0,
        "database_pool_size": 4,
        "issuance_interval_seconds": 0.05,
        "issuance_max_backoff_seconds": 0.5,
        **overrides,
    }
    running = start_platform(
        databases,
        master_key=f"test-master-key-for-the-{label.replace(' ', '-')}-platform",
        qa_overrides={
            "registry_client_id": ledger.client_id,
            "registry_client_secret": ledger.client_secret,
            "outbox_interval_seconds": 0.05,
            "checkpoint_interval_seconds": 0,
        },
        **settings,
    )
    try:
        async with httpx.AsyncClient(timeout=60) as http:  # a bound for a hung service, not a timing
            yield (
                running,
                Platform(
                    registry=running.registry,
                    qa=running.qa,
                    issuer=running.issuer,
                    admin=ClientCredentials(admin.client_id, admin.client_secret, None),
                    http=http,
                ),
            )
    finally:
        running.stop()
