"""Retrying a transaction whose connection the server ended (``shared.db.retry``)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from shared.db.engine import create_engine
from shared.db.retry import lost_connection_retries


async def test_a_transaction_that_lost_its_connection_is_run_again_on_a_fresh_one(admin_url: str) -> None:
    engine = create_engine(admin_url, pool_size=1, max_overflow=0)
    backends: list[int] = []
    try:
        async for attempt in lost_connection_retries():
            with attempt:
                async with engine.begin() as connection:
                    backends.append((await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one())
                    if len(backends) == 1:  # the server ends the first attempt's connection
                        await connection.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        assert len(backends) == 2
        assert backends[0] != backends[1]
    finally:
        await engine.dispose()


async def test_other_database_errors_are_not_retried(admin_url: str) -> None:
    engine = create_engine(admin_url, pool_size=1, max_overflow=0)
    attempts = 0

    async def divide_by_zero() -> None:
        nonlocal attempts
        async for attempt in lost_connection_retries():
            with attempt:
                attempts += 1
                async with engine.begin() as connection:
                    await connection.execute(text("SELECT 1 / 0"))

    try:
        with pytest.raises(DBAPIError) as caught:
            await divide_by_zero()
        assert not caught.value.connection_invalidated
        assert attempts == 1
    finally:
        await engine.dispose()
