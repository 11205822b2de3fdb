"""Benchmark databases kept between runs: the comment a generator leaves on a database says what it
holds, so a later run reuses it when the comment matches and drops it otherwise."""

from __future__ import annotations

import asyncpg

from shared.db.urls import to_asyncpg_dsn


async def database_comment(admin_url: str, database: str) -> str | None:
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url))
    try:
        value: str | None = await connection.fetchval(
            "select shobj_description(oid, 'pg_database') from pg_database where datname = $1", database
        )
        return value
    finally:
        await connection.close()


async def drop_database(admin_url: str, database: str) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url))
    try:
        await connection.execute(f'drop database if exists "{database}" with (force)')
    finally:
        await connection.close()
