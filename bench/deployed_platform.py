"""The three services started as `make run` starts them (uvicorn subprocesses, qa_api with its own
ledger client) on a fresh database, for the benchmarks that measure the platform as deployed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ops.admin import create_admin_client
from ops.cli import ledger_client_environment
from ops.database import any_server
from ops.supervisor import (
    Child,
    service_environment,
    service_processes,
    start_children,
    stop_children,
    wait_until_ready,
)
from shared.db.migrations import PROJECT_ROOT
from tests.support.database import fresh_database
from tests.support.platform import ClientCredentials

HOST = "127.0.0.1"


@dataclass(frozen=True)
class DeployedPlatform:
    """Where the running services answer (by settings prefix: REGISTRY, QA, ISSUER), their
    databases' URLs (by schema), an admin client and the service processes."""

    urls: dict[str, str]
    database_urls: dict[str, str]
    admin: ClientCredentials
    children: list[Child]

    def pid_of(self, env_prefix: str) -> int:
        return next(child.pid for process, child in self.children if process.env_prefix == env_prefix)


@contextmanager
def deployed_platform(
    database: str, ports: tuple[int, int, int], environment: dict[str, str] | None = None
) -> Iterator[DeployedPlatform]:
    """Start the services on `ports` (registry, qa, issuer) over the fresh (dropped, recreated,
    migrated) database `database`, logging warnings only, with `environment` added to the
    services' own; stopped when the block ends. Exits if they do not become ready."""
    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        databases = fresh_database(admin_url, database)
        database_urls = {found.target.schema: found.url for found in databases}
        admin = asyncio.run(create_admin_client(database_urls["registry"], name="bench"))
        processes = service_processes(*ports)
        service_env = service_environment(processes, databases, HOST)
        service_env.update({f"{process.env_prefix}_LOG_LEVEL": "WARNING" for process in processes})
        service_env.update(asyncio.run(ledger_client_environment(databases, PROJECT_ROOT / ".omc" / "bench")))
        service_env.update(environment or {})
        children = start_children(processes, service_env, HOST)
        try:
            if not wait_until_ready(children, HOST):
                raise SystemExit("services did not become ready")
            yield DeployedPlatform(
                urls={process.env_prefix: f"http://{HOST}:{process.port}" for process in processes},
                database_urls=database_urls,
                admin=ClientCredentials(admin.client_id, admin.client_secret, organisation_id=None),
                children=children,
            )
        finally:
            stop_children(children)
