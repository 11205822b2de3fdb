"""Which PostgreSQL the tests use, and a freshly migrated database per xdist worker."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg

from ops.database import ServiceDatabase, embedded_server, setup
from shared.db.migrations import PROJECT_ROOT
from shared.db.urls import to_asyncpg_dsn, with_database

LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"


async def _reachable(url: str) -> bool:
    try:
        connection = await asyncpg.connect(to_asyncpg_dsn(url), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return False
    await connection.close()
    return True


@contextmanager
def server_url() -> Iterator[str]:
    """DATABASE_URL if set, else the machine's PostgreSQL on 127.0.0.1:5432, else an embedded one."""
    configured = os.environ.get("DATABASE_URL")
    if configured:
        yield configured
    elif asyncio.run(_reachable(LOCAL_SERVER)):
        yield LOCAL_SERVER
    else:
        with embedded_server(PROJECT_ROOT / ".omc" / "test") as url:
            yield url


async def _recreate(admin_url: str, database: str) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url))
    try:
        await connection.execute(f'drop database if exists "{database}" with (force)')
        await connection.execute(f'create database "{database}"')
    finally:
        await connection.close()


def fresh_database(admin_url: str, database: str, *, migrated: bool = True) -> list[ServiceDatabase]:
    """Drop and recreate ``database``; bootstrap, migrate and seed it unless ``migrated`` is False."""
    asyncio.run(_recreate(admin_url, database))
    if not migrated:
        from ops.database import bootstrap, service_databases

        services = service_databases(admin_url, database)
        asyncio.run(bootstrap(admin_url, database, services))
        return services
    return setup(admin_url, database)


def database_url(admin_url: str, database: str) -> str:
    return with_database(admin_url, database)
