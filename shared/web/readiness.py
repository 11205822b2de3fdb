"""The /ready check: the database answers and the service's schema is at head."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db.migrations import MigrationTarget, ensure_schema_at_head
from shared.errors import UpstreamUnavailable
from shared.web.observability import ReadinessCheck


def database_readiness(engine: AsyncEngine, target: MigrationTarget) -> ReadinessCheck:
    async def check() -> None:
        try:
            await ensure_schema_at_head(engine, target)
        except (SQLAlchemyError, OSError) as error:
            raise UpstreamUnavailable("The database is unreachable.") from error

    return check
