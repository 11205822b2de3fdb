"""Engine and session factory for one service's own role; built in the lifespan, never at import."""

from __future__ import annotations

import asyncpg
from sqlalchemy import event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared.db.urls import to_async_url


def create_engine(
    database_url: str, *, pool_size: int = 10, max_overflow: int | None = None, application_name: str = "omc"
) -> AsyncEngine:
    engine = create_async_engine(
        to_async_url(database_url),
        pool_size=pool_size,
        max_overflow=pool_size if max_overflow is None else max_overflow,
        # No pre-ping: a dead connection surfaces as DBAPIError(connection_invalidated), answered
        # 503 + Retry-After by shared.web.problems, and SQLAlchemy then drops the whole stale pool.
        connect_args={"server_settings": {"application_name": application_name}},
    )
    event.listen(engine.sync_engine, "handle_error", _count_stuck_protocol_as_lost)
    return engine


def _count_stuck_protocol_as_lost(context: ExceptionContext) -> None:
    """A server that ends a connection (restart, ``pg_terminate_backend``) first sends its FATAL error,
    then closes the socket. A query sent between the two finds asyncpg still consuming that error
    ("cannot switch to state …; another operation (2) is in progress") while the connection does not
    yet read as closed, so SQLAlchemy would keep it in the pool. Sessions never share a connection
    between tasks, so that state only means the connection is gone: count it as lost."""
    asyncpg_error = context.original_exception.__cause__  # the dialect re-raises asyncpg's error "from" it
    if isinstance(asyncpg_error, asyncpg.InterfaceError) and "another operation" in str(asyncpg_error):
        context.is_disconnect = True


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: services hand back Pydantic models built after commit.
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
