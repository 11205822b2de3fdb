"""The body of every service's Alembic env.py: async engine, version table and autogenerate
limited to the service's own schema."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import MetaData, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from shared.db.migrations import MigrationTarget
from shared.db.urls import to_async_url


def _database_url(url_variable: str) -> str:
    url = context.config.attributes.get("database_url") or os.environ.get(url_variable)
    if not url:
        raise SystemExit(f"{url_variable} is not set: it names the database role that owns this schema.")
    return str(url)


def run_migrations(target: MigrationTarget, metadata: MetaData, *, url_variable: str) -> None:
    def include_name(name: str | None, type_: str, _: object) -> bool:
        return name == target.schema if type_ == "schema" else True

    def configure(connection: Connection | None = None, url: str | None = None) -> None:
        context.configure(
            connection=connection,
            url=url,
            target_metadata=metadata,
            version_table_schema=target.schema,
            include_schemas=True,
            include_name=include_name,
            compare_type=True,
        )

    if context.is_offline_mode():
        configure(url=_database_url(url_variable))
        with context.begin_transaction():
            context.run_migrations()
        return

    def migrate(connection: Connection) -> None:
        configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(to_async_url(_database_url(url_variable)), poolclass=pool.NullPool)
        async with engine.connect() as connection:
            await connection.run_sync(migrate)
        await engine.dispose()

    asyncio.run(run())
