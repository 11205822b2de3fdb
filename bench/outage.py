"""The database cut under load, against the services run as `make run` runs them (uvicorn child
processes of ops.supervisor), to count what clients get.

    .venv/bin/python bench/outage.py [--clients 8] [--before 10] [--cut 30] [--after 15]

A fresh database `omc_bench_outage` on DATABASE_URL (default: the server on 127.0.0.1:5432); the
services reach it through a TCP proxy (tests/support/tcp_proxy.py) that is cut for `--cut` seconds:
pooled connections reset, new ones refused. `--clients` loops, each with its own keep-alive HTTP
client, send public reads to all three services and a token grant to the registry. Prints, per phase,
the answers by status, the requests with no HTTP answer (connection closed, timeout), and for each
service the time from the database's return to its first 2xx and the non-2xx answers after that.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import os
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ops.admin import create_platform_client
from ops.cli import ledger_client_environment
from ops.local_servers import bound_socket
from ops.supervisor import (
    service_environment,
    service_processes,
    start_children,
    stop_children,
    wait_until_ready,
)
from shared.db.migrations import PROJECT_ROOT
from shared.schemas.auth import Role
from tests.support.database import drop_databases, fresh_database
from tests.support.tcp_proxy import proxy_to

DATABASE = "omc_bench_outage"


def _free_ports(count: int) -> list[int]:
    sockets = [bound_socket() for _ in range(count)]
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


async def _load(urls: dict[str, str], admin: tuple[str, str], arguments: argparse.Namespace) -> None:
    requests = [
        ("registry_api", "GET", f"{urls['registry_api']}/v1/catalogue/micro-credentials?limit=5", {}),
        (
            "registry_api",
            "POST",
            f"{urls['registry_api']}/oauth/token",
            {"data": {"grant_type": "client_credentials"}, "auth": admin},
        ),
        ("qa_api", "GET", f"{urls['qa_api']}/v1/ledger/entries?limit=5", {}),
        ("credential_issuer", "GET", f"{urls['credential_issuer']}/v1/status-lists/{uuid.uuid4()}", {}),
    ]
    started = time.monotonic()
    cut_at = started + arguments.before
    back_at = cut_at + arguments.cut
    end_at = back_at + arguments.after
    outcomes: collections.Counter[tuple[str, str]] = collections.Counter()
    first_2xx_after_return: dict[str, float] = {}
    late_failures: collections.Counter[str] = collections.Counter()
    with_retry_after: collections.Counter[str] = collections.Counter()

    def phase(now: float) -> str:
        return "before" if now < cut_at else "cut" if now < back_at else "after"

    async def client_loop(index: int) -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            turn = index
            while time.monotonic() < end_at:
                service, method, url, options = requests[turn % len(requests)]
                turn += 1
                sent = time.monotonic()
                try:
                    response = await client.request(method, url, **options)  # type: ignore[arg-type]
                except httpx.TimeoutException:
                    outcomes[(phase(sent), "no answer: timeout")] += 1
                    continue
                except httpx.TransportError as error:
                    outcomes[(phase(sent), f"no answer: {type(error).__name__}")] += 1
                    continue
                status = response.status_code
                outcomes[(phase(sent), str(status))] += 1
                if status == 503 and "retry-after" in response.headers:
                    with_retry_after[phase(sent)] += 1
                if sent >= back_at:
                    if status < 300 or status == 404:
                        first_2xx_after_return.setdefault(service, sent - back_at)
                    elif service in first_2xx_after_return:
                        late_failures[service] += 1

    async def cutter() -> None:
        await asyncio.sleep(cut_at - time.monotonic())
        await asyncio.to_thread(arguments.proxy.cut)
        print(f"database cut at {cut_at - started:.1f} s", file=sys.stderr)
        await asyncio.sleep(back_at - time.monotonic())
        await asyncio.to_thread(arguments.proxy.restore)
        print(f"database back at {back_at - started:.1f} s", file=sys.stderr)

    await asyncio.gather(cutter(), *(client_loop(index) for index in range(arguments.clients)))

    print(f"\n{arguments.clients} clients, database cut for {arguments.cut:.0f} s:\n")
    print("| phase | answer | count |\n| --- | --- | --- |")
    for (name, answer), count in sorted(outcomes.items()):
        print(f"| {name} | {answer} | {count} |")
    print(f"\n503 with Retry-After: {dict(with_retry_after)}")
    print(
        "\n| service | first 2xx/404 after the database's return | non-2xx after that |\n| --- | --- | --- |"
    )
    for service in ("registry_api", "qa_api", "credential_issuer"):
        first = first_2xx_after_return.get(service)
        print(f"| {service} | {'never' if first is None else f'{first:.2f} s'} | {late_failures[service]} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--before", type=float, default=10)
    parser.add_argument("--cut", type=float, default=30)
    parser.add_argument("--after", type=float, default=15)
    arguments = parser.parse_args()
    admin_url = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    databases = fresh_database(admin_url, DATABASE)
    try:
        with proxy_to(databases[0].url) as proxy:
            arguments.proxy = proxy
            proxied = [
                dataclasses.replace(database, url=proxy.url_for(database.url)) for database in databases
            ]
            processes = service_processes(*_free_ports(3))
            environment = service_environment(processes, proxied, "127.0.0.1")
            environment.update(
                asyncio.run(ledger_client_environment(databases, PROJECT_ROOT / ".omc" / "bench"))
            )
            for prefix in ("REGISTRY", "QA", "ISSUER"):
                environment[f"{prefix}_LOG_LEVEL"] = "ERROR"
            registry_url = next(
                database.url for database in databases if database.target.schema == "registry"
            )
            admin = asyncio.run(create_platform_client(registry_url, name="bench outage", role=Role.ADMIN))
            children = start_children(processes, environment, "127.0.0.1")
            try:
                if not wait_until_ready(children, "127.0.0.1"):
                    raise SystemExit("the services did not start")
                urls = {process.name: f"http://127.0.0.1:{process.port}" for process in processes}
                asyncio.run(_load(urls, (admin.client_id, admin.client_secret), arguments))
            finally:
                stop_children(children)
    finally:
        drop_databases(admin_url, prefix=DATABASE)


if __name__ == "__main__":
    main()
