"""Background loops of the services (the outbox relay, the issuance worker, checkpoints): a step run
every interval until the lifespan sets ``stop``, its errors logged and never fatal."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from shared.outages import outage_of

logger = structlog.get_logger(__name__)
# While a dependency is down, a loop tries again this often (not every few milliseconds).
OUTAGE_PAUSE_SECONDS = 0.5


async def sleep_unless_stopped(stop: asyncio.Event, seconds: float) -> None:
    """Wait ``seconds``, or less if ``stop`` is set meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


def log_failure(log: Any, event: str, error: Exception, **context: str) -> bool:
    """Log a background step's failure on ``log`` (called while handling ``error``): one warning line
    naming the outage when a dependency is unavailable, else the traceback. True for an outage."""
    outage = outage_of(error)
    if outage is None:
        log.exception(event, **context)
        return False
    log.warning(event, outage=outage.detail, **context)
    return True


async def repeat_until_stopped(
    stop: asyncio.Event, step: Callable[[], Awaitable[object]], *, interval_seconds: float, error_event: str
) -> None:
    """Run ``step``, then wait ``interval_seconds``, until ``stop`` is set; an exception of the step
    is logged as ``error_event`` and the loop goes on."""
    while not stop.is_set():
        pause = interval_seconds
        try:
            await step()
        except Exception as error:
            if log_failure(logger, error_event, error):
                pause = max(interval_seconds, OUTAGE_PAUSE_SECONDS)
        await sleep_unless_stopped(stop, pause)
