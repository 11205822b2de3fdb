"""Session fixtures: a migrated database per xdist worker and the three services running on it.

Tests isolate themselves by creating their own organisations and clients (unique slugs), so the
services can stay up for the whole session; a test that needs a pristine database makes its own.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from ops.cli import app as omc_cli
from ops.database import ServiceDatabase
from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.main import create_app as create_issuer
from services.qa_api.config import QaSettings
from services.qa_api.main import create_app as create_qa
from services.registry_api.config import RegistrySettings
from services.registry_api.main import create_app as create_registry
from shared.db.migrations import ISSUER, QA, REGISTRY
from shared.settings import Environment
from tests.support.database import fresh_database, server_url
from tests.support.platform import ClientCredentials, Platform
from tests.support.servers import bound_socket, start_server, url_of

TEST_MASTER_KEY = "test-master-key-for-sealing-signing-keys"


@pytest.fixture(scope="session")
def admin_url() -> Iterator[str]:
    with server_url() as url:
        yield url


@pytest.fixture(scope="session")
def database_name(worker_id: str) -> str:
    return f"omc_test_{worker_id}"


@pytest.fixture(scope="session")
def service_databases(admin_url: str, database_name: str) -> list[ServiceDatabase]:
    return fresh_database(admin_url, database_name)


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
    client_id = re.search(r"client_id:\s+(\S+)", result.output)
    secret = re.search(r"client_secret:\s+(\S+)", result.output)
    assert client_id, result.output
    assert secret, result.output
    return ClientCredentials(client_id.group(1), secret.group(1), organisation_id=None)


@pytest.fixture(scope="session")
async def platform(
    service_databases: list[ServiceDatabase], admin_client: ClientCredentials
) -> AsyncIterator[Platform]:
    sockets = {name: bound_socket() for name in ("registry_api", "qa_api", "credential_issuer")}
    urls = {name: url_of(sock) for name, sock in sockets.items()}
    common: dict[str, Any] = {
        "environment": Environment.TEST,
        "registry_url": urls["registry_api"],
        "qa_url": urls["qa_api"],
        "issuer_url": urls["credential_issuer"],
        "jwks_refresh_min_interval_seconds": 0,
        "max_body_bytes": 65_536,
        "max_page_size": 100,
        "database_pool_size": 4,
    }

    def url_for(schema: str) -> SecretStr:
        return SecretStr(database_for(service_databases, schema).url)

    registry = RegistrySettings.model_validate(
        {
            **common,
            "database_url": url_for(REGISTRY.schema),
            "public_url": urls["registry_api"],
            "master_key": SecretStr(TEST_MASTER_KEY),
        }
    )
    qa = QaSettings.model_validate(
        {**common, "database_url": url_for(QA.schema), "public_url": urls["qa_api"]}
    )
    issuer = IssuerSettings.model_validate(
        {**common, "database_url": url_for(ISSUER.schema), "public_url": urls["credential_issuer"]}
    )
    servers = [
        start_server("registry_api", create_registry(registry), sockets["registry_api"]),
        start_server("qa_api", create_qa(qa), sockets["qa_api"]),
        start_server("credential_issuer", create_issuer(issuer), sockets["credential_issuer"]),
    ]
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            yield Platform(registry=registry, qa=qa, issuer=issuer, admin=admin_client, http=http)
    finally:
        for server in reversed(servers):
            server.stop()


@pytest.fixture
def http(platform: Platform) -> httpx.AsyncClient:
    return platform.http
