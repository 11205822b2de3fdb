"""Each service's role reads and writes only its own schema."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from ops.database import ServiceDatabase
from shared.db.urls import to_asyncpg_dsn

SCHEMAS = ["registry", "qa", "issuer"]


@pytest.fixture
async def connect(service_databases: list[ServiceDatabase]) -> AsyncIterator[object]:
    connections: list[asyncpg.Connection] = []

    async def as_role_of(schema: str) -> asyncpg.Connection:
        service = next(s for s in service_databases if s.target.schema == schema)
        connection = await asyncpg.connect(to_asyncpg_dsn(service.url))
        connections.append(connection)
        return connection

    yield as_role_of
    for connection in connections:
        await connection.close()


@pytest.mark.parametrize("own", SCHEMAS)
async def test_a_role_reads_its_own_schema(connect, own: str) -> None:  # type: ignore[no-untyped-def]
    connection = await connect(own)
    assert await connection.fetchval(f"select count(*) from {own}.alembic_version") == 1


@pytest.mark.parametrize(
    ("own", "other"), [(own, other) for own in SCHEMAS for other in SCHEMAS if own != other]
)
async def test_a_role_cannot_touch_another_schema(connect, own: str, other: str) -> None:  # type: ignore[no-untyped-def]
    connection = await connect(own)
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await connection.fetchval(f"select count(*) from {other}.alembic_version")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await connection.execute(f"create table {other}.intruder (id int)")


async def test_no_role_reads_registry_secrets_or_writes_the_public_schema(connect) -> None:  # type: ignore[no-untyped-def]
    connection = await connect("qa")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await connection.fetch("select secret_hash from registry.api_clients")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await connection.execute("create table public.smuggled (id int)")
