"""Safe retries: every write carries an `Idempotency-Key`, and a 429/503 (or a connection that never
opened) is retried with exponential backoff, waiting at least what `Retry-After` asks."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass

import httpx

_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_RETRYABLE_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts in all, and the backoff between them (seconds)."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """The wait before attempt ``attempt + 1``: `Retry-After` if the server gave one, else backoff."""
        backoff = min(self.max_delay, self.base_delay * 2.0**attempt) * (0.5 + random.random() / 2)  # noqa: S311
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after is not None and retry_after.strip().isdigit():
            return min(self.max_delay, max(float(retry_after), backoff))
        return backoff


def _prepare(request: httpx.Request) -> None:
    # The same key on every attempt makes a retried write safe on endpoints that honour it.
    if request.method in _WRITES and "Idempotency-Key" not in request.headers:
        request.headers["Idempotency-Key"] = str(uuid.uuid4())


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport; retries 429/503 and connection failures per ``policy``."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        request.read()
        for attempt in range(self._policy.attempts):
            last = attempt == self._policy.attempts - 1
            try:
                response = self._inner.handle_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                if last:
                    raise
                time.sleep(self._policy.delay(attempt, None))
                continue
            if response.status_code not in _RETRYABLE_STATUSES or last:
                return response
            response.read()
            response.close()
            time.sleep(self._policy.delay(attempt, response))
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryingTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        await request.aread()
        for attempt in range(self._policy.attempts):
            last = attempt == self._policy.attempts - 1
            try:
                response = await self._inner.handle_async_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                if last:
                    raise
                await asyncio.sleep(self._policy.delay(attempt, None))
                continue
            if response.status_code not in _RETRYABLE_STATUSES or last:
                return response
            await response.aread()
            await response.aclose()
            await asyncio.sleep(self._policy.delay(attempt, response))
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self._inner.aclose()
