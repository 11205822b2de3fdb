"""Benchmarks of the platform as deployed: real uvicorn processes, real PostgreSQL, real HTTP.

    .venv/bin/python bench/run.py [--requests 3000] [--concurrency 16]

Starts the three services as subprocesses (as `make run` does) on a database `omc_bench`, then
measures each scenario with an async client in this process, and prints a Markdown table for
docs/performance.md. The /health row is the floor: the same server answering without database or
token work, so the other rows read as a ratio to it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ops.admin import create_admin_client
from ops.database import any_server, setup
from ops.supervisor import (
    service_environment,
    service_processes,
    start_children,
    stop_children,
    wait_until_ready,
)
from shared.db.migrations import PROJECT_ROOT

HOST = "127.0.0.1"
PORTS = (18001, 18002, 18003)


@dataclass(frozen=True)
class Result:
    scenario: str
    requests: int
    seconds: float
    latencies: list[float]

    def row(self, floor: float | None) -> str:
        rate = self.requests / self.seconds
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000
        p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000
        ratio = f"{floor / rate:.2f}x" if floor else "1.00x"
        return f"| {self.scenario} | {rate:,.0f} | {p50:.1f} | {p99:.1f} | {ratio} |"


async def measure(
    scenario: str,
    send: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]],
    *,
    requests: int,
    concurrency: int,
) -> Result:
    latencies: list[float] = []
    queue: asyncio.Queue[None] = asyncio.Queue()
    for _ in range(requests):
        queue.put_nowait(None)

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as client:
        for _ in range(50):  # warm-up: connections, caches, JIT-free but pool-warm
            (await send(client)).raise_for_status()

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                started = time.perf_counter()
                response = await send(client)
                latencies.append(time.perf_counter() - started)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return Result(scenario, requests, elapsed, latencies)


async def scenarios(
    urls: dict[str, str], client_id: str, secret: str, *, requests: int, concurrency: int
) -> None:
    registry, qa = urls["REGISTRY"], urls["QA"]
    async with httpx.AsyncClient() as setup_client:
        token_response = await setup_client.post(
            f"{registry}/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
        token = token_response.json()["access_token"]
    bearer = {"Authorization": f"Bearer {token}"}

    results = [
        await measure(
            "GET /health (floor: no database, no token)",
            lambda c: c.get(f"{qa}/health"),
            requests=requests,
            concurrency=concurrency,
        ),
        await measure(
            "GET /v1/whoami at qa_api (JWT verified against cached JWKS)",
            lambda c: c.get(f"{qa}/v1/whoami", headers=bearer),
            requests=requests,
            concurrency=concurrency,
        ),
        await measure(
            "GET /v1/organisations (one keyset page from PostgreSQL)",
            lambda c: c.get(f"{registry}/v1/organisations"),
            requests=requests,
            concurrency=concurrency,
        ),
        await measure(
            "POST /oauth/token (client lookup, sealed key, Ed25519 signature)",
            lambda c: c.post(
                f"{registry}/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret)
            ),
            requests=requests,
            concurrency=concurrency,
        ),
        await measure(
            "GET /ready (schema revision query)",
            lambda c: c.get(f"{qa}/ready"),
            requests=requests,
            concurrency=concurrency,
        ),
    ]
    floor = results[0].requests / results[0].seconds
    print(f"\n{requests} requests per scenario, {concurrency} concurrent, one uvicorn worker per service\n")
    print("| scenario | requests/s | p50 ms | p99 ms | cost vs floor |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for index, result in enumerate(results):
        print(result.row(None if index == 0 else floor))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    arguments = parser.parse_args()

    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        databases = setup(admin_url, "omc_bench")
        registry_url = next(database.url for database in databases if database.target.schema == "registry")
        admin = asyncio.run(create_admin_client(registry_url, name="bench"))
        processes = service_processes(*PORTS)
        environment = service_environment(processes, databases, HOST)
        environment.update({f"{p.env_prefix}_LOG_LEVEL": "WARNING" for p in processes})
        children = start_children(processes, environment, HOST)
        try:
            if not wait_until_ready(children, HOST):
                raise SystemExit("services did not become ready")
            urls = {process.env_prefix: f"http://{HOST}:{process.port}" for process in processes}
            asyncio.run(
                scenarios(
                    urls,
                    admin.client_id,
                    admin.client_secret,
                    requests=arguments.requests,
                    concurrency=arguments.concurrency,
                )
            )
        finally:
            stop_children(children)


if __name__ == "__main__":
    main()
