"""Engine and session factory for one service's own role; built in the lifespan, never at import.

Every way the database can be unavailable surfaces as one of two things a request handler answers
503 + Retry-After (shared.web.problems): a connection that dies in use is a DBAPIError with
``connection_invalidated``; a connection that cannot be opened (server stopped, refusing, role not
allowed to log in, connect timeout) is :class:`DatabaseUnreachable`, raised by the connector below,
and no free connection in the pool in time is SQLAlchemy's ``TimeoutError``."""

from __future__ import annotations

from typing import Any

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared.db.urls import to_async_url, to_asyncpg_dsn
from shared.errors import DatabaseUnavailable


class DatabaseUnreachable(DatabaseUnavailable):
    """A new connection to the database could not be opened."""


def create_engine(
    database_url: str,
    *,
    pool_size: int = 10,
    max_overflow: int | None = None,
    application_name: str = "omc",
    connect_timeout_seconds: float = 5.0,
    pool_timeout_seconds: float = 10.0,
) -> AsyncEngine:
    dsn = to_asyncpg_dsn(database_url)

    async def connect() -> Any:
        # SQLAlchemy passes a driver's own errors from opening a connection through unwrapped (an
        # OSError, asyncpg's errors, TimeoutError): one type here lets every caller tell an outage.
        try:
            return await asyncpg.connect(
                dsn, timeout=connect_timeout_seconds, server_settings={"application_name": application_name}
            )
        except Exception as error:
            raise DatabaseUnreachable(
                f"The database is unreachable ({type(error).__name__}); retry."
            ) from error

    return create_async_engine(
        to_async_url(database_url),
        async_creator=connect,
        pool_size=pool_size,
        max_overflow=pool_size if max_overflow is None else max_overflow,
        pool_timeout=pool_timeout_seconds,
        # No pre-ping: a dead connection surfaces as DBAPIError(connection_invalidated), answered
        # 503 + Retry-After by shared.web.problems, and SQLAlchemy then drops the whole stale pool.
    )


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: services hand back Pydantic models built after commit.
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
