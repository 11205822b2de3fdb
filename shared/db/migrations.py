"""Alembic, driven from code: where each service's history lives, upgrading, and the start-up check
that a schema is at head."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.errors import DomainError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"


@dataclass(frozen=True)
class MigrationTarget:
    """One service's Alembic environment: its section in alembic.ini and its schema."""

    section: str
    schema: str


REGISTRY = MigrationTarget(section="registry", schema="registry")
QA = MigrationTarget(section="qa", schema="qa")
ISSUER = MigrationTarget(section="issuer", schema="issuer")
ALL_TARGETS = (REGISTRY, QA, ISSUER)


class SchemaNotAtHead(DomainError):
    slug, title, status = "schema-not-migrated", "Database schema is not at the latest migration", 503


def alembic_config(target: MigrationTarget, database_url: str | None = None) -> Config:
    config = Config(str(ALEMBIC_INI), ini_section=target.section)
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations" / target.section))
    if database_url is not None:
        config.attributes["database_url"] = database_url
    return config


@cache
def head_revision(target: MigrationTarget) -> str | None:
    return ScriptDirectory.from_config(alembic_config(target)).get_current_head()


def upgrade_to_head(target: MigrationTarget, database_url: str) -> None:
    """Apply every pending migration of one service, as that service's own role."""
    command.upgrade(alembic_config(target, database_url), "head")


async def current_revision(engine: AsyncEngine, target: MigrationTarget) -> str | None:
    async with engine.connect() as connection:
        exists = await connection.scalar(
            text("select to_regclass(:table) is not null"), {"table": f"{target.schema}.alembic_version"}
        )
        if not exists:
            return None
        # The schema name is one of our constants, never input.
        query = text(f"select version_num from {target.schema}.alembic_version")  # noqa: S608
        result: str | None = await connection.scalar(query)
        return result


async def ensure_schema_at_head(engine: AsyncEngine, target: MigrationTarget) -> None:
    """Refuse to run on a schema that is behind (or ahead of) this code's migrations."""
    expected = head_revision(target)
    actual = await current_revision(engine, target)
    if actual != expected:
        raise SchemaNotAtHead(
            f"Schema '{target.schema}' is at revision {actual or 'none'}, this code expects {expected}. "
            f"Run `make migrate` (or `omc db migrate`) and start again."
        )
