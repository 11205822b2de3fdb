"""`POST /credentials/verify` under load, as the verification and issuance benchmarks measure it:
concurrent clients, each on its own keep-alive connection, over a queue of documents."""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

import httpx
from latency import percentile


def _verified(response: httpx.Response) -> bool:
    """200 verified, 400 not (the VC-API's answers); anything else is the benchmark's failure."""
    if response.status_code not in (200, 400):
        response.raise_for_status()
    return response.status_code == 200 and bool(response.json()["verified"])


async def verify_under_load(
    url: str, documents: list[dict[str, Any]], *, requests: int, clients: int, warm_up: int
) -> dict[str, Any]:
    """``requests`` verifications of ``documents`` (in turn) by ``clients`` concurrent clients, after
    ``warm_up`` untimed ones: the rate, p50 and p99 in ms, and how many answers were not verified."""
    latencies: list[float] = []
    not_verified = 0
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for index in range(requests):
        queue.put_nowait(documents[index % len(documents)])
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        for index in range(warm_up):
            _verified(await http.post(url, json={"verifiableCredential": documents[index % len(documents)]}))

        async def client() -> None:
            nonlocal not_verified
            while not queue.empty():
                document = queue.get_nowait()
                started = time.perf_counter()
                response = await http.post(url, json={"verifiableCredential": document})
                latencies.append(time.perf_counter() - started)
                if not _verified(response):
                    not_verified += 1

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return {
        "requests": requests,
        "rate": requests / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
        "not_verified": not_verified,
    }
