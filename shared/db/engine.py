"""Engine and session factory for one service's own role; built in the lifespan, never at import."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from shared.db.urls import to_async_url


def create_engine(
    database_url: str, *, pool_size: int = 10, max_overflow: int | None = None, application_name: str = "omc"
) -> AsyncEngine:
    return create_async_engine(
        to_async_url(database_url),
        pool_size=pool_size,
        max_overflow=pool_size if max_overflow is None else max_overflow,
        # No pre-ping: a dead connection surfaces as DBAPIError(connection_invalidated), answered
        # 503 + Retry-After by shared.web.problems, and SQLAlchemy then drops the whole stale pool.
        connect_args={"server_settings": {"application_name": application_name}},
    )


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: services hand back Pydantic models built after commit.
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
