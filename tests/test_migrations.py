"""Migrations are the only way tables exist; a service refuses to start on a schema not at head."""

from __future__ import annotations

import re

import asyncpg
import pytest
from pydantic import SecretStr

from ops.database import ServiceDatabase, bootstrap
from ops.database import service_databases as databases_of
from services.qa_api.config import QaSettings
from services.qa_api.main import create_app as create_qa
from services.registry_api.config import RegistrySettings
from services.registry_api.main import create_app as create_registry
from shared.db.migrations import ALL_TARGETS, PROJECT_ROOT, SchemaNotAtHead, head_revision
from shared.db.urls import to_asyncpg_dsn, with_database
from tests.support.database import fresh_database

DATED_NAME = re.compile(r"^\d{4}_\d{2}_\d{2}_\d{4}-[0-9a-f]{12}_[a-z0-9_]+\.py$")


@pytest.mark.parametrize("target", ALL_TARGETS, ids=lambda target: target.section)
def test_migration_files_are_dated_and_form_one_line(target) -> None:  # type: ignore[no-untyped-def]
    files = sorted((PROJECT_ROOT / "migrations" / target.section / "versions").glob("*.py"))
    assert files, target.section
    for path in files:
        assert DATED_NAME.match(path.name), path.name
    assert head_revision(target) is not None


@pytest.fixture(scope="module")
def unmigrated(admin_url: str, database_name: str) -> list[ServiceDatabase]:
    """A database with roles and schemas but no migrations applied."""
    return fresh_database(admin_url, f"{database_name}_unmigrated", migrated=False)


@pytest.mark.parametrize("service", ["registry", "qa"])
async def test_a_service_refuses_to_start_on_an_unmigrated_schema(
    unmigrated: list[ServiceDatabase], service: str
) -> None:
    url = SecretStr(next(s for s in unmigrated if s.target.schema == service).url)
    app = (
        create_registry(RegistrySettings(database_url=url))
        if service == "registry"
        else create_qa(QaSettings(database_url=url))
    )
    with pytest.raises(SchemaNotAtHead, match=r"make migrate"):
        async with app.router.lifespan_context(app):
            pass


async def test_version_tables_live_in_each_service_schema(service_databases: list[ServiceDatabase]) -> None:
    for service in service_databases:
        connection = await asyncpg.connect(to_asyncpg_dsn(service.url))
        try:
            version = await connection.fetchval(
                f"select version_num from {service.target.schema}.alembic_version"
            )
            public = await connection.fetchval("select to_regclass('public.alembic_version')")
        finally:
            await connection.close()
        assert version == head_revision(service.target)
        assert public is None


async def test_bootstrap_is_idempotent_and_keeps_data(
    admin_url: str, database_name: str, service_databases: list[ServiceDatabase]
) -> None:
    services = databases_of(admin_url, database_name)
    for _ in range(2):
        await bootstrap(admin_url, database_name, services)
    connection = await asyncpg.connect(to_asyncpg_dsn(with_database(admin_url, database_name)))
    try:
        rows = await connection.fetch(
            "select nspname, pg_get_userbyid(nspowner) from pg_namespace where nspname = any($1)",
            [service.target.schema for service in services],
        )
        organisations = await connection.fetchval("select count(*) from registry.organisations")
    finally:
        await connection.close()
    owners = {row["nspname"]: row["pg_get_userbyid"] for row in rows}
    assert owners == {service.target.schema: service.role for service in services}
    assert organisations >= 6, "reference data survives a second bootstrap"
