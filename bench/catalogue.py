"""Benchmark of the public catalogue against a raw-asyncpg baseline serving the same queries.

    .venv/bin/python bench/catalogue.py [--size 2000|100000] [--requests 2000] [--concurrency 16]
                                        [--rounds 4] [--deep-pages 50] [--max-seconds 60]
                                        [--only "search page"]

Generates (or reuses) the catalogue database of that size (bench/dataset.py), starts registry_api
as a uvicorn process on it exactly as `make run` does (one worker, JSON logs at WARNING), and the
raw baseline (bench/raw_catalogue.py: asyncpg + a bare Starlette router, same SQL, checked to
answer the same data) as a second uvicorn process on the same database. Each scenario is measured
with an async httpx client in this process, after a warm-up, in `--rounds` interleaved rounds
(registry, raw, raw, registry...) so that both servers see the same background load. The table
gives each server's requests/s, latency percentiles and CPU time per request (its process's
user + system time, from /proc), and the registry's cost as a multiple of the raw endpoint's, by
rate (raw req/s / registry req/s) and by CPU per request.

Scenarios: a catalogue item (200, rotating over 500 items), the same with If-None-Match (304), a
filtered search page (delivery_mode=online_asynchronous, qualification_type=cert, limit=20), the
same filter `--deep-pages` pages deep (following `next_cursor`), and the change feed (after=0 and
a deep `after`, limit=100). Every loop is bounded by a request count and by `--max-seconds`, and
only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataset import DEFAULT_SIZE, Dataset, ensure_dataset
from latency import percentile

from ops.database import any_server
from ops.supervisor import ServiceProcess, start_children, stop_children, wait_until_ready
from shared.db.migrations import PROJECT_ROOT
from shared.db.urls import to_asyncpg_dsn

HOST = "127.0.0.1"
REGISTRY = ServiceProcess("registry_api", "services.registry_api.main", "REGISTRY", 18101)
RAW = ServiceProcess("raw_catalogue", "raw_catalogue", "RAW", 18102)
SEARCH = "/v1/catalogue/micro-credentials?delivery_mode=online_asynchronous&qualification_type=cert&limit=20"
WARM_UP = 100
SAMPLE_ITEMS = 500
KEEP_ALIVE = 60  # seconds, for both servers (uvicorn's default is 5)


@dataclass
class Result:
    """What one server did in a scenario, summed over the rounds."""

    requests: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # of the server process, user + system
    latencies: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def cpu_per_request(self) -> float:
        return self.cpu_seconds / self.requests

    def cells(self) -> str:
        p50 = statistics.median(self.latencies) * 1000
        p99 = percentile(self.latencies, 0.99) * 1000
        return f"{self.rate:,.0f} | {p50:.1f} | {p99:.1f} | {self.cpu_per_request * 1000:.2f}"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Target:
    """One server under test in one scenario: its client, its process and what to ask it."""

    client: httpx.AsyncClient
    pid: int
    requests: list[Request]
    expected: int


async def burst(target: Target, count: int, concurrency: int, budget: float, result: Result) -> None:
    """``count`` requests cycling over the target's requests, ``concurrency`` at a time, stopping
    early after ``budget`` seconds; each must answer the expected status."""
    counter = iter(range(count))
    cpu_before = cpu_seconds(target.pid)
    started = time.perf_counter()
    deadline = started + budget

    async def worker() -> None:
        for index in counter:
            if time.perf_counter() > deadline:
                return
            request = target.requests[index % len(target.requests)]
            sent = time.perf_counter()
            response = await target.client.get(request.path, headers=request.headers)
            result.latencies.append(time.perf_counter() - sent)
            result.requests += 1
            if response.status_code != target.expected:
                raise SystemExit(f"{request.path}: {response.status_code} {response.text[:300]}")

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds += time.perf_counter() - started
    result.cpu_seconds += cpu_seconds(target.pid) - cpu_before


async def compare(targets: list[Target], arguments: argparse.Namespace) -> list[Result]:
    """The same load on each target, in interleaved rounds (the order alternating), so that both
    see the same background activity of the machine; after a warm-up of each."""
    results = [Result() for _ in targets]
    for target in targets:  # connections, prepared statements, caches
        await burst(target, WARM_UP, arguments.concurrency, arguments.max_seconds, Result())
    per_round = max(arguments.requests // arguments.rounds, 1)
    for number in range(arguments.rounds):
        order = list(zip(targets, results, strict=True))
        for target, result in order if number % 2 == 0 else reversed(order):
            budget = arguments.max_seconds - result.seconds
            if budget > 0:
                # Unmeasured: reopen the connections that expired while the other server ran.
                await burst(target, arguments.concurrency, arguments.concurrency, budget, Result())
                await burst(target, per_round, arguments.concurrency, budget, result)
    return results


def _cursor(*key: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode().rstrip("=")


async def sample(dataset: Dataset) -> tuple[list[str], int]:
    """Items to rotate over (a seeded sample of the catalogue) and the feed's last sequence number."""
    connection = await asyncpg.connect(to_asyncpg_dsn(dataset.registry_url))
    try:
        ids = [
            str(row[0])
            for row in await connection.fetch(
                "select id from registry.micro_credentials where published_version is not null order by id"
            )
        ]
        last_seq = int(await connection.fetchval("select max(seq) from registry.catalogue_changes"))
    finally:
        await connection.close()
    return random.Random(7).sample(ids, min(SAMPLE_ITEMS, len(ids))), last_seq


async def follow(base: str, path: str, pages: int) -> tuple[str, int, list[str]]:
    """Follow `next_cursor` up to ``pages`` pages; the last page's path, its depth and its ids."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        depth, current = 1, path
        while True:
            body = (await client.get(current)).raise_for_status().json()
            if depth == pages or not body["next_cursor"]:
                return current, depth, [item["id"] for item in body["items"]]
            current, depth = f"{path}&after={body['next_cursor']}", depth + 1


def _present(document: Any) -> Any:
    """The document without null members: the registry writes absent optional fields as null."""
    if isinstance(document, dict):
        return {key: _present(value) for key, value in document.items() if value is not None}
    if isinstance(document, list):
        return [_present(value) for value in document]
    return document


async def same_answers(registry: str, raw: str, paths: list[str]) -> None:
    """The raw endpoint must answer the same data as the registry, or the ratio means nothing."""
    async with httpx.AsyncClient(timeout=30) as client:
        for path in paths:
            ours, theirs = [
                (await client.get(f"{base}{path}")).raise_for_status().json() for base in (registry, raw)
            ]
            if _present(ours) != _present(theirs):
                raise SystemExit(f"the raw endpoint answers {path} with other data than the registry")


async def etags(client: httpx.AsyncClient, paths: list[str]) -> list[Request]:
    return [
        Request(path, {"If-None-Match": (await client.get(path)).raise_for_status().headers["etag"]})
        for path in paths
    ]


async def scenarios(dataset: Dataset, pids: dict[str, int], arguments: argparse.Namespace) -> list[str]:
    registry, raw = (f"http://{HOST}:{process.port}" for process in (REGISTRY, RAW))
    items, last_seq = await sample(dataset)
    item_paths = [f"/v1/catalogue/micro-credentials/{identifier}" for identifier in items]
    deep_path, depth, deep_ids = await follow(registry, SEARCH, arguments.deep_pages)
    _, raw_depth, raw_ids = await follow(raw, SEARCH, arguments.deep_pages)
    if (raw_depth, raw_ids) != (depth, deep_ids):
        raise SystemExit("the raw endpoint's pages differ from the registry's")
    deep_after = max(last_seq - 1000, 0)
    changes = [
        "/v1/catalogue/changes?limit=100",
        f"/v1/catalogue/changes?limit=100&after={_cursor(deep_after)}",
    ]
    await same_answers(registry, raw, [*item_paths[:50], SEARCH, deep_path, *changes])
    plain = [
        ("GET item (200)", item_paths, 200),
        ("GET item, If-None-Match hit (304)", None, 304),
        ("GET search page 1 (2 filters, 20 items)", [SEARCH], 200),
        (f"GET search page {depth} (keyset `after`)", [deep_path], 200),
        ("GET changes after=0 (100 changes with items)", changes[:1], 200),
        (f"GET changes after={deep_after:,} (100 changes with items)", changes[1:], 200),
    ]
    limits = httpx.Limits(
        max_connections=arguments.concurrency, max_keepalive_connections=arguments.concurrency
    )
    rows = []
    async with (
        httpx.AsyncClient(base_url=registry, timeout=30, limits=limits) as ours,
        httpx.AsyncClient(base_url=raw, timeout=30, limits=limits) as theirs,
    ):
        for name, paths, expected in plain:
            if arguments.only and arguments.only not in name:
                continue
            targets = []
            for client, pid in ((ours, pids[REGISTRY.name]), (theirs, pids[RAW.name])):
                if paths is None:  # each server's own ETags
                    requests = await etags(client, item_paths)
                else:
                    requests = [Request(path, {}) for path in paths]
                targets.append(Target(client, pid, requests, expected))
            registry_result, raw_result = await compare(targets, arguments)
            rows.append(
                f"| {name} | {registry_result.cells()} | {raw_result.cells()}"
                f" | {raw_result.rate / registry_result.rate:.2f}x"
                f" | {registry_result.cpu_per_request / raw_result.cpu_per_request:.1f}x |"
            )
            print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="micro-credentials in the catalogue")
    parser.add_argument("--requests", type=int, default=2000, help="per scenario and server")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--deep-pages", type=int, default=50, help="depth of the keyset page")
    parser.add_argument("--rounds", type=int, default=4, help="alternations between the two servers")
    parser.add_argument("--max-seconds", type=float, default=60, help="per scenario and server")
    parser.add_argument("--only", default="", help="run only the scenarios whose name contains this")
    arguments = parser.parse_args()

    with any_server(PROJECT_ROOT / ".omc" / "bench") as admin_url:
        dataset = ensure_dataset(admin_url, arguments.size)
        if dataset.generated_seconds is not None:
            print(f"generated {dataset.database} in {dataset.generated_seconds:.1f} s", file=sys.stderr)
        environment = {
            "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT / "bench")]),
            "REGISTRY_DATABASE_URL": dataset.registry_url,
            "REGISTRY_PUBLIC_URL": f"http://{HOST}:{REGISTRY.port}",
            "REGISTRY_LOG_LEVEL": "WARNING",
            "RAW_DATABASE_URL": to_asyncpg_dsn(dataset.registry_url),
            "UVICORN_TIMEOUT_KEEP_ALIVE": str(KEEP_ALIVE),
        }
        children = start_children([REGISTRY, RAW], environment, HOST)
        try:
            if not wait_until_ready(children, HOST):
                raise SystemExit("the servers did not become ready")
            pids = {process.name: child.pid for process, child in children}
            load_before = os.getloadavg()[0]
            rows = asyncio.run(scenarios(dataset, pids, arguments))
            load_after = os.getloadavg()[0]
        finally:
            stop_children(children)
    print(
        f"\n{dataset.size:,} micro-credentials; {arguments.requests} requests per scenario and server "
        f"in {arguments.rounds} interleaved rounds, {arguments.concurrency} concurrent; one uvicorn "
        f"worker each; load average {load_before:.1f} before, {load_after:.1f} after\n"
    )
    print(
        "| scenario | registry req/s | p50 ms | p99 ms | CPU ms/req"
        " | raw req/s | p50 ms | p99 ms | CPU ms/req | cost vs raw (req/s) | (CPU) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
