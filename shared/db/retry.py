"""Retrying a transaction that met a lost connection: the transaction was rolled back with it, and the
engine has already dropped its stale connections, so the next attempt runs on a fresh one. For
background work that holds a lease (the issuance worker): without it, one cut connection would leave
the leased rows untouched until the lease ran out."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential


def _lost_connection(error: BaseException) -> bool:
    return isinstance(error, DBAPIError) and error.connection_invalidated


def lost_connection_retries(attempts: int = 3) -> AsyncRetrying:
    """``async for attempt in lost_connection_retries(): with attempt: <one transaction>``; any
    other error, or the last attempt's, is raised as it is."""
    return AsyncRetrying(
        retry=retry_if_exception(_lost_connection),
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=0.05, max=1),
        reraise=True,
    )
