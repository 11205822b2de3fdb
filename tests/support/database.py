"""A freshly migrated database per xdist worker (or per test module that needs a pristine one)."""

from __future__ import annotations

import asyncio

import asyncpg

from ops.database import ServiceDatabase, setup
from shared.db.urls import to_asyncpg_dsn, with_database


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


async def _drop_matching(admin_url: str, prefix: str) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url))
    try:
        names = await connection.fetch(
            "select datname from pg_database where starts_with(datname, $1)", prefix
        )
        for row in names:
            await connection.execute(f'drop database if exists "{row["datname"]}" with (force)')
    finally:
        await connection.close()


def drop_databases(admin_url: str, *, prefix: str) -> None:
    """Drop the run's databases (the worker's and those its tests made beside it)."""
    asyncio.run(_drop_matching(admin_url, prefix))
