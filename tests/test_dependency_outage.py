"""The database really unreachable (behind a proxy the test cuts: connections reset, new ones refused,
or accepted and never answered): every service answers 503 problem+json with Retry-After on a
connection the client keeps, /ready names the database, and answers come back once it returns. An
Idempotency-Key whose request failed with the database is retryable at once."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import asyncpg
import httpx
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
from tests.support.tcp_proxy import TcpProxy, proxy_to

Proxied = tuple[TcpProxy, LocalPlatform, Platform]


@pytest.fixture(scope="module")
def cut_database(admin_url: str, database_name: str) -> Iterator[tuple[str, list[ServiceDatabase]]]:
    name = f"{database_name}_cut"
    yield name, fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def proxied(cut_database: tuple[str, list[ServiceDatabase]]) -> AsyncIterator[Proxied]:
    databases = cut_database[1]
    with proxy_to(databases[0].url) as proxy:
        through_proxy = [
            dataclasses.replace(database, url=proxy.url_for(database.url)) for database in databases
        ]
        async with dedicated_platform(
            through_proxy, label="cut database tests", database_connect_timeout_seconds=1.0
        ) as (running, platform):
            yield proxy, running, platform


async def until(condition: Callable[[], Awaitable[bool]], *, within_seconds: float = 30.0) -> None:
    """Return as soon as ``condition`` holds (the bound is for a broken build, not a timing)."""
    deadline = asyncio.get_running_loop().time() + within_seconds
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def _local_port(response: httpx.Response) -> int:
    stream = response.extensions["network_stream"]
    port: int = stream.get_extra_info("socket").getsockname()[1]
    return port


async def _requests(platform: Platform, sis: Sis, micro_credential_id: str) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    """One request of each kind per service: public reads, a token grant, an authenticated write."""
    issuer_headers = await platform.auth(sis.client, audience=platform.issuer.public_url)
    return [
        ("GET", f"{platform.registry.public_url}/v1/catalogue/micro-credentials?limit=5", {}),
        (
            "POST",
            f"{platform.registry.public_url}/oauth/token",
            {
                "data": {"grant_type": "client_credentials"},
                "auth": (platform.admin.client_id, platform.admin.client_secret),
            },
        ),
        ("GET", f"{platform.qa.public_url}/v1/ledger/entries?limit=5", {}),
        ("GET", f"{platform.issuer.public_url}/v1/status-lists/{uuid.uuid4()}", {}),
        (
            "POST",
            f"{platform.issuer.public_url}/v1/institutions/{sis.institution_id}/completions",
            {"json": {"completions": [record(micro_credential_id)]}, "headers": issuer_headers},
        ),
    ]


class KeptConnections:
    """One HTTP client per service, each holding a single connection for the whole test (a 500 made
    uvicorn close it, and the next request had to open another)."""

    def __init__(self, urls: list[str]) -> None:
        self._clients = {
            httpx.URL(url).port: httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=1))
            for url in urls
        }

    async def request(self, method: str, url: str, **options: object) -> httpx.Response:
        return await self._clients[httpx.URL(url).port].request(method, url, **options)  # type: ignore[arg-type]

    async def close(self) -> None:
        for client in self._clients.values():
            await client.aclose()


async def _answers_all(
    client: KeptConnections,
    requests: list[tuple[str, str, dict]],  # type: ignore[type-arg]
) -> list[httpx.Response]:
    answers = []
    for method, url, options in requests:
        try:
            response = await client.request(method, url, **options)
        except httpx.ReadTimeout as error:
            raise AssertionError(f"no answer from {method} {url}") from error
        response.extensions["local_port"] = _local_port(response)
        answers.append(response)
    return answers


@pytest.mark.parametrize("how", ["refused", "unanswered"])
async def test_an_unreachable_database_is_a_503_on_every_service_and_the_connection_stays_usable(
    proxied: Proxied, how: str
) -> None:
    proxy, _, platform = proxied
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    requests = await _requests(platform, sis, micro_credential_id)
    ready_urls = list(platform.urls.values())

    # One connection per service, kept for the whole test: a 500 made uvicorn close it.
    client = KeptConnections(ready_urls)
    try:
        before = await _answers_all(client, requests)
        assert [r.status_code for r in before] == [200, 200, 200, 404, 202], [r.text for r in before]
        ports = {r.url.port: r.extensions["local_port"] for r in before}

        if how == "refused":
            proxy.cut()
        else:
            proxy.stall()
        try:
            for _ in range(2):  # the first meets the pool's dead connections, the second a refusal
                during = await _answers_all(client, requests)
                for response in during:
                    assert response.status_code == 503, (response.url, response.status_code, response.text)
                    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
                    assert response.headers["retry-after"] == "1"
                    assert response.headers.get("connection") != "close"
                    assert ports[response.url.port] == response.extensions["local_port"], response.url
            for url in ready_urls:
                ready = await client.request("GET", f"{url}/ready")
                assert ready.status_code == 503, ready.text
                assert ready.headers["retry-after"] == "1"
                assert ready.json()["dependencies"]["database"] == "down", ready.text
        finally:
            proxy.restore()

        async def served() -> bool:
            statuses = [r.status_code for r in await _answers_all(client, requests)]
            return statuses == [200, 200, 200, 404, 202]

        await until(served)
        for url in ready_urls:
            ready = await client.request("GET", f"{url}/ready")
            assert ready.status_code == 200, ready.text
            assert set(ready.json()["dependencies"].values()) == {"up"}, ready.text
    finally:
        await client.close()


async def test_ready_names_a_peer_service_that_is_down(proxied: Proxied) -> None:
    _, running, platform = proxied
    running.server("registry_api").stop()
    try:
        for url in (platform.qa.public_url, platform.issuer.public_url):
            ready = await platform.http.get(f"{url}/ready")
            assert ready.status_code == 200, ready.text
            assert ready.json()["status"] == "degraded"
            assert ready.json()["dependencies"]["registry_api"] == "down"
            assert ready.json()["dependencies"]["database"] == "up"
    finally:
        running.restart("registry_api")


async def _waiting_for_lock(admin_url: str, database: str) -> bool:
    connection = await asyncpg.connect(to_asyncpg_dsn(database_url(admin_url, database)))
    try:
        waiting = await connection.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1"
            " AND application_name = 'credential_issuer' AND wait_event_type = 'Lock'",
            database,
        )
    finally:
        await connection.close()
    return bool(waiting)


async def test_a_key_whose_request_lost_the_database_is_retryable_at_once_and_stores_once(
    proxied: Proxied, cut_database: tuple[str, list[ServiceDatabase]], admin_url: str
) -> None:
    proxy, _, platform = proxied
    name = cut_database[0]
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    records = [record(micro_credential_id) for _ in range(2)]
    key = f"retry-{uuid.uuid4()}"
    await platform.auth(sis.client, audience=platform.issuer.public_url)  # the token, before the cut

    # Hold the batch table so the request stops between the key and the batch, then cut the
    # database under it: the request fails, and nothing can clean up after it.
    blocker = await asyncpg.connect(to_asyncpg_dsn(database_url(admin_url, name)))
    try:
        transaction = blocker.transaction()
        await transaction.start()
        await blocker.execute("LOCK TABLE issuer.batches IN EXCLUSIVE MODE")
        sending = asyncio.create_task(sis.send(records, key=key))
        await until(lambda: _waiting_for_lock(admin_url, name))
        proxy.cut()
        await transaction.rollback()
        failed = await sending
        assert failed.status_code == 503, failed.text
    finally:
        proxy.restore()
        await blocker.close()

    retried = await sis.send(records, key=key)
    assert retried.status_code == 202, retried.text
    again = await sis.send(records, key=key)
    assert again.status_code == 202, again.text
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json() == retried.json()
    job = await sis.settled(retried.json()["id"])
    assert sum(job["counts"].values()) == 2

    connection = await asyncpg.connect(to_asyncpg_dsn(database_url(admin_url, name)))
    try:
        batches = await connection.fetchval(
            "SELECT count(*) FROM issuer.batches WHERE organisation_id = $1",
            uuid.UUID(office.institution_id),
        )
    finally:
        await connection.close()
    assert batches == 1


def test_a_pool_checkout_timeout_and_connection_class_errors_are_outages() -> None:
    """What the end-to-end cases above do not provoke (a pool exhausted for its whole timeout, a
    server shutting down) is told an outage by the same function."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from shared.errors import DatabaseUnavailable
    from shared.outages import outage_of

    class ServerError(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    assert isinstance(outage_of(PoolTimeout("QueuePool limit reached")), DatabaseUnavailable)
    for sqlstate in ("57P01", "08006", "53300"):
        error = DBAPIError("select 1", {}, ServerError(sqlstate))
        assert isinstance(outage_of(error), DatabaseUnavailable), sqlstate
    assert outage_of(DBAPIError("select 1", {}, ServerError("23505"))) is None  # a unique violation
    assert outage_of(ValueError("a bug")) is None


async def test_the_public_pages_say_the_ledger_is_down_and_still_answer(proxied: Proxied) -> None:
    """With qa_api down, an OMC's page and its institution's page answer 200 from the registry's own
    facts and say that the ledger cannot be reached (the approval's details and the standing are not
    shown), instead of failing."""
    _, running, platform = proxied
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    registry = platform.registry.public_url
    omc_page = f"{registry}/v1/catalogue/micro-credentials/{micro_credential_id}/versions/1"
    institution_page = f"{registry}/institutions/{office.institution_id}"
    html = {"Accept": "text/html"}
    running.server("qa_api").stop()
    try:
        omc = await platform.http.get(omc_page, headers=html)
        assert omc.status_code == 200, omc.text
        assert "the approval&#39;s details are not shown" in omc.text
        assert "qa ledger entry" in omc.text  # the registry's own record of the approval
        institution = await platform.http.get(institution_page, headers=html)
        assert institution.status_code == 200, institution.text
        assert "the standing is not shown" in institution.text
    finally:
        running.restart("qa_api")
    omc = await platform.http.get(omc_page, headers=html)
    assert "the approval&#39;s details are not shown" not in omc.text
    assert "approved this micro-credential through its institutional quality assurance process" in omc.text
