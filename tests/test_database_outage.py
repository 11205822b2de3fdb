"""Every connection the services hold is cut (as when PostgreSQL restarts): a request that meets a dead
connection gets a 503 problem it may retry, never a 500, the next request is served on a fresh
connection, and the background workers carry on (a platform of its own, so no other test sees it)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from shared.db.urls import to_asyncpg_dsn
from shared.schemas.problems import PROBLEM_MEDIA_TYPE
from tests.support.database import database_url, drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.platform import Platform


@pytest.fixture(scope="module")
def outage_database(admin_url: str, database_name: str) -> Iterator[tuple[str, list[ServiceDatabase]]]:
    name = f"{database_name}_outage"
    yield name, fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def outage_platform(
    outage_database: tuple[str, list[ServiceDatabase]],
) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(outage_database[1], label="outage tests") as running:
        yield running


async def _cut_every_connection(admin_url: str, database: str) -> int:
    connection = await asyncpg.connect(to_asyncpg_dsn(database_url(admin_url, database)))
    try:
        # With a timeout, pg_terminate_backend waits until each backend has exited (PostgreSQL 14+):
        # without it, a backend still finishing its last query could answer one more request.
        cut = await connection.fetchval(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM pg_stat_activity"
            " WHERE datname = $1 AND pid <> pg_backend_pid()",
            database,
        )
    finally:
        await connection.close()
    return int(cut)


def _public_reads(platform: Platform) -> list[str]:
    return [
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials?limit=5",
        f"{platform.qa.public_url}/v1/ledger/entries?limit=5",
        f"{platform.issuer.public_url}/v1/status-lists/{uuid.uuid4()}",
    ]


async def test_a_dead_connection_is_a_503_to_retry_and_the_retry_is_served(
    outage_platform: tuple[LocalPlatform, Platform],
    outage_database: tuple[str, list[ServiceDatabase]],
    admin_url: str,
) -> None:
    _, platform = outage_platform
    for url in _public_reads(platform):  # every service holds pooled connections before the cut
        assert (await platform.http.get(url)).status_code in (200, 404)

    assert await _cut_every_connection(admin_url, outage_database[0]) >= 3

    for url in _public_reads(platform):
        first = await platform.http.get(url)
        assert first.status_code in (200, 404, 503), (url, first.status_code, first.text)
        if first.status_code == 503:
            assert first.headers["content-type"] == PROBLEM_MEDIA_TYPE
            assert first.headers["retry-after"] == "1"
            assert first.json()["type"].endswith("database-unavailable")
        served = [(await platform.http.get(url)).status_code for _ in range(3)]
        assert all(status in (200, 404) for status in served), (url, served)


async def test_the_issuance_worker_carries_on_after_its_connections_are_cut(
    outage_platform: tuple[LocalPlatform, Platform],
    outage_database: tuple[str, list[ServiceDatabase]],
    admin_url: str,
) -> None:
    _, platform = outage_platform
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)

    await _cut_every_connection(admin_url, outage_database[0])
    for url in _public_reads(platform):  # a 503 each at most, as in the test above
        await platform.http.get(url)
    response = await sis.send([record(micro_credential_id) for _ in range(3)])
    assert response.status_code == 202, response.text
    batch_id = response.json()["id"]

    await _cut_every_connection(admin_url, outage_database[0])
    counts: dict[str, int] = {}
    # Half the worker's 60 s lease: completions stranded under their lease until it ran out (a
    # transaction that lost its connection and was not retried) must fail this test.
    deadline = asyncio.get_running_loop().time() + 30
    while asyncio.get_running_loop().time() < deadline:
        reply = await sis.batch(batch_id)
        if reply.status_code == 200:
            counts = reply.json()["counts"]
            if counts.get("issued") == 3:
                break
        await asyncio.sleep(0.05)
    assert counts.get("issued") == 3, counts
