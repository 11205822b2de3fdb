"""Session fixtures: a migrated database per xdist worker and the three services running on it.

Tests isolate themselves by creating their own organisations and clients (unique slugs), so the
services can stay up for the whole session; a test that needs a pristine database makes its own.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from typer.testing import CliRunner

from ops.admin import create_platform_client
from ops.cli import app as omc_cli
from ops.database import ServiceDatabase, any_server
from ops.local_servers import start_platform
from shared.db.migrations import PROJECT_ROOT
from shared.schemas.auth import Role
from shared.settings import Environment
from tests.support.database import drop_databases, fresh_database
from tests.support.mailbox import Mailbox
from tests.support.platform import ClientCredentials, Platform

TEST_MASTER_KEY = "test-master-key-for-sealing-signing-keys"


@pytest.fixture(scope="session")
def admin_url() -> Iterator[str]:
    with any_server(PROJECT_ROOT / ".omc" / "test") as url:
        yield url


@pytest.fixture(scope="session")
def database_name(worker_id: str) -> str:
    """Unique per run and worker, so that two people (or CI and a person) testing against the same
    server never drop each other's database."""
    return f"omc_test_{os.getpid()}_{worker_id}"


@pytest.fixture(scope="session")
def service_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    yield fresh_database(admin_url, database_name)
    drop_databases(admin_url, prefix=database_name)


def database_for(services: list[ServiceDatabase], schema: str) -> ServiceDatabase:
    return next(service for service in services if service.target.schema == schema)


@pytest.fixture(scope="session")
def admin_client(
    admin_url: str, database_name: str, service_databases: list[ServiceDatabase]
) -> ClientCredentials:
    """The first admin client, made by the operator command a newcomer would run."""
    result = CliRunner().invoke(
        omc_cli,
        ["admin", "create-client", "--name", "test admin"],
        env={"DATABASE_URL": admin_url, "OMC_DATABASE_NAME": database_name},
    )
    assert result.exit_code == 0, result.output
    client_id = re.search(r"^export CLIENT_ID=(\S+)$", result.output, re.MULTILINE)
    secret = re.search(r"^export CLIENT_SECRET=(\S+)$", result.output, re.MULTILINE)
    assert client_id, result.output
    assert secret, result.output
    return ClientCredentials(client_id.group(1), secret.group(1), organisation_id=None)


@pytest.fixture(scope="session")
def mailbox() -> Iterator[Mailbox]:
    """The local SMTP server the issuer under test sends learners' mail to."""
    running = Mailbox().start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
async def platform(
    service_databases: list[ServiceDatabase], admin_client: ClientCredentials, mailbox: Mailbox
) -> AsyncIterator[Platform]:
    registry_url = next(
        database.url for database in service_databases if database.target.schema == "registry"
    )
    ledger_client = await create_platform_client(registry_url, name="qa_api (tests)", role=Role.LEDGER)
    running = start_platform(
        service_databases,
        master_key=TEST_MASTER_KEY,
        qa_overrides={
            "registry_client_id": ledger_client.client_id,
            "registry_client_secret": ledger_client.client_secret,
            "outbox_interval_seconds": 0.05,
            "checkpoint_interval_seconds": 0,
        },
        # Every test signs in and registers wallets from 127.0.0.1: the per-client limits are tested
        # on issuers of their own.
        issuer_overrides={
            **mailbox.issuer_settings(),
            "learner_sign_in_max_per_client": 100_000,
            "ob3_registrations_per_hour_per_client": 100_000,
        },
        environment=Environment.TEST,
        jwks_refresh_min_interval_seconds=0,
        max_body_bytes=65_536,
        # Calls between the services (verification asks the ledger for standing, issuance the
        # registry...) wait longer than in production: a busy CI machine must not turn them into
        # outages. Outage tests cut connections, which fail at once whatever the timeout.
        http_timeout_seconds=30,
        max_page_size=100,
        database_pool_size=4,
        issuance_interval_seconds=0.05,
        issuance_max_backoff_seconds=1.0,
    )
    try:
        async with httpx.AsyncClient(timeout=60) as http:  # a bound for a hung service, not a timing
            yield Platform(
                registry=running.registry,
                qa=running.qa,
                issuer=running.issuer,
                admin=admin_client,
                http=http,
                mailbox=mailbox,
            )
    finally:
        running.stop()


@pytest.fixture
def http(platform: Platform) -> httpx.AsyncClient:
    return platform.http
