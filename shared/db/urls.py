"""Database URL helpers: one admin URL for bootstrap, one URL per service role derived from it."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url


def to_async_url(url: str) -> str:
    """Any postgres URL as an asyncpg SQLAlchemy URL (keeps a unix-socket ``?host=`` query)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


def to_asyncpg_dsn(url: str) -> str:
    """Any postgres URL as a plain DSN that asyncpg.connect() accepts."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def with_credentials(url: str, *, username: str, password: str | None, database: str | None = None) -> str:
    parsed: URL = make_url(url).set(username=username, password=password)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)
