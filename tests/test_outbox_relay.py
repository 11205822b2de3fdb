"""The outbox between the quality ledger and the registry: kill either service mid-way and nothing is
lost or applied twice.

Real services on a database of their own (`<worker db>_outbox`): the registry can be stopped and
brought back on its address without disturbing the other tests. qa_api's own relay is off here (no
registry client configured), so each test drives `OutboxRelay` itself, with a real RegistryClient and
the `ledger` client's tokens, and the events are queued as the use cases queue them: a ledger entry
and its outbox row in one transaction."""

from __future__ import annotations

import asyncio
import secrets
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from ops.admin import create_platform_client
from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform, start_platform
from services.qa_api.db.tables import OutboxRow
from services.qa_api.repositories.outbox import OutboxRepository
from services.qa_api.services.outbox_relay import OutboxRelay
from shared.clients.base import build_http_client
from shared.clients.registry import RegistryClient
from shared.clients.tokens import ClientCredentialsTokens
from shared.schemas.auth import ApiClientWithSecret, OrganisationKind, Role
from shared.schemas.ledger import Subjects
from shared.schemas.organisations import DesignationEvent
from shared.settings import Environment
from tests.support.database import drop_databases, fresh_database
from tests.support.ledger import LedgerWriter, qa_database

MASTER_KEY = "test-master-key-for-the-outbox-platform"
DESIGNATION_PATH = "/internal/v1/designation-events"


@pytest.fixture(scope="module")
def outbox_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_outbox"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@dataclass
class World:
    """A platform of its own, its admin, the ledger's client, and a writer on its qa database."""

    platform: LocalPlatform
    http: httpx.AsyncClient
    admin: ApiClientWithSecret
    ledger: ApiClientWithSecret
    writer: LedgerWriter
    relay_clients: list[httpx.AsyncClient]

    @property
    def registry_url(self) -> str:
        return self.platform.registry.public_url

    async def admin_headers(self) -> dict[str, str]:
        response = await self.http.post(
            f"{self.registry_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.admin.client_id, self.admin.client_secret),
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    async def new_organisation(self, kind: OrganisationKind = OrganisationKind.INSTITUTION) -> uuid.UUID:
        body: dict[str, Any] = {
            "slug": f"outbox-{kind.value.replace('_', '-')}-{secrets.token_hex(4)}",
            "kind": kind.value,
            "name_en": f"Outbox {kind.value}",
        }
        if kind is OrganisationKind.INSTITUTION:
            body["provider_type"] = "ontario_public_college"
        elif kind is OrganisationKind.ALTERNATE_PROVIDER:
            body["provider_type"] = "employer"
        response = await self.http.post(
            f"{self.registry_url}/v1/organisations", json=body, headers=await self.admin_headers()
        )
        assert response.status_code == 201, response.text
        return uuid.UUID(response.json()["id"])

    def registry_client(self) -> tuple[RegistryClient, ClientCredentialsTokens]:
        """What qa_api builds: its own HTTP client, a RegistryClient and the ledger's tokens."""
        http = build_http_client(timeout_seconds=30)  # generous: a busy machine may be slow to answer
        self.relay_clients.append(http)
        registry = RegistryClient(http, self.registry_url)
        tokens = ClientCredentialsTokens(
            registry,
            client_id=self.ledger.client_id,
            client_secret=self.ledger.client_secret,
            audience=self.registry_url,
        )
        return registry, tokens

    def relay(self, **options: Any) -> OutboxRelay:
        return OutboxRelay(self.writer.sessions, *self.registry_client(), **options)

    async def queue(self, event: DesignationEvent) -> int:
        """What the designation use case writes: the ledger entry and its outbox event, one commit."""
        payload = event.model_dump(mode="json")
        entry = await self.writer.append(
            event_type="designation.decided",
            subjects=Subjects(institution_id=event.organisation_id),
            payload=payload,
            outbox={
                "event_id": event.event_id,
                "kind": "designation",
                "path": DESIGNATION_PATH,
                "payload": payload,
            },
        )
        return entry.seq

    async def rows(self, events: list[DesignationEvent]) -> list[dict[str, Any]]:
        """The outbox rows of ``events``, in their order; `waiting`: not due before a later time."""
        async with self.writer.sessions() as session:
            result = await session.execute(
                select(OutboxRow, (OutboxRow.next_attempt_at > func.now()).label("waiting")).where(
                    OutboxRow.id.in_([event.event_id for event in events])
                )
            )
            found = {
                row.id: {
                    "attempts": row.attempts,
                    "delivered": row.delivered_at is not None,
                    "failed": row.failed_at is not None,
                    "last_error": row.last_error,
                    "next_attempt_at": row.next_attempt_at,
                    "waiting": waiting,
                }
                for row, waiting in result.all()
            }
        return [found[event.event_id] for event in events]

    async def pending(self) -> int:
        async with self.writer.sessions() as session:
            return (await OutboxRepository(session).counts())["pending"]

    async def history(self, organisation_id: uuid.UUID) -> list[dict[str, Any]]:
        response = await self.http.get(f"{self.registry_url}/v1/organisations/{organisation_id}/designations")
        assert response.status_code == 200, response.text
        body: list[dict[str, Any]] = response.json()
        return body


@pytest.fixture(scope="module")
async def world(outbox_databases: list[ServiceDatabase]) -> AsyncIterator[World]:
    registry_database = next(
        database for database in outbox_databases if database.target.schema == "registry"
    )
    admin = await create_platform_client(registry_database.url, name="outbox admin", role=Role.ADMIN)
    ledger = await create_platform_client(registry_database.url, name="outbox relay", role=Role.LEDGER)
    running = start_platform(
        outbox_databases,
        master_key=MASTER_KEY,
        environment=Environment.TEST,
        jwks_refresh_min_interval_seconds=0,
        database_pool_size=4,
    )
    writer = LedgerWriter(qa_database(outbox_databases).url)
    relay_clients: list[httpx.AsyncClient] = []
    try:
        async with httpx.AsyncClient(timeout=60) as http:  # a bound for a hung service, not a timing
            yield World(running, http, admin, ledger, writer, relay_clients)
    finally:
        for client in relay_clients:
            await client.aclose()
        await writer.close()
        running.stop()


def designation(
    organisation_id: uuid.UUID, *, status: str = "designated", effective_from: date = date(2020, 1, 1)
) -> DesignationEvent:
    return DesignationEvent(
        event_id=uuid.uuid4(),
        organisation_id=organisation_id,
        status=status,
        effective_from=effective_from,
        decision_reference=f"MCU {secrets.token_hex(3)}",
    )


async def until(
    condition: Callable[[], Awaitable[bool]], *, what: str, within_seconds: float = 60.0, pause: float = 0.05
) -> None:
    """Return as soon as ``condition`` holds; the bound is for a broken build (a busy machine may be
    slow between two checks), not a timing."""
    deadline = asyncio.get_running_loop().time() + within_seconds
    while not await condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not reached within {within_seconds:.0f} s: {what}")
        await asyncio.sleep(pause)


async def test_events_wait_while_the_registry_is_down_and_arrive_once_when_it_is_back(world: World) -> None:
    institution = await world.new_organisation()
    events = [
        designation(institution, effective_from=date(2020, 1, 1)),
        designation(institution, status="suspended", effective_from=date(2022, 1, 1)),
        designation(institution, effective_from=date(2022, 7, 1)),
    ]
    relay = world.relay(max_backoff_seconds=1.0)

    world.platform.server("registry_api").stop()
    try:
        for event in events:
            await world.queue(event)
        assert await relay.deliver_due() == 0
        first = await world.rows(events)
        for row in first:
            assert (row["attempts"], row["delivered"], row["failed"], row["waiting"]) == (
                1,
                False,
                False,
                True,
            )
            assert "unreachable" in row["last_error"]
        # Backing off: each is put off into the future (`waiting` above). Whether a second pass finds
        # them due depends on how long the machine takes between two passes, so it is not asserted.

        async def tried_again() -> bool:
            await relay.deliver_due()
            return all(row["attempts"] >= 3 for row in await world.rows(events))

        await until(tried_again, what="three attempts while the registry is down")
        later = await world.rows(events)
        assert not any(row["delivered"] or row["failed"] for row in later), "still pending"
        assert all(b["next_attempt_at"] > a["next_attempt_at"] for a, b in zip(first, later, strict=True))
    finally:
        world.platform.restart("registry_api")

    assert await world.history(institution) == [], "nothing arrived while it was down"

    async def all_delivered() -> bool:
        await relay.deliver_due()
        return all(row["delivered"] for row in await world.rows(events))

    await until(all_delivered, what="delivery once the registry is back")
    delivered = await world.rows(events)
    assert all(row["last_error"] is None and not row["failed"] for row in delivered)
    history = await world.history(institution)
    assert sorted(item["event_id"] for item in history) == sorted(str(event.event_id) for event in events)
    assert await relay.deliver_due() == 0, "nothing left to deliver"
    assert [row["attempts"] for row in await world.rows(events)] == [row["attempts"] for row in delivered]
    standing = await world.http.get(
        f"{world.registry_url}/v1/organisations/{institution}/standing", params={"on": "2022-03-01"}
    )
    assert standing.json()["designation"]["status"] == "suspended"


async def test_a_relay_that_dies_after_the_registry_applied_an_event_leaves_it_applied_once(
    world: World,
) -> None:
    institution = await world.new_organisation()
    event = designation(institution)
    await world.queue(event)
    lease = timedelta(minutes=5)  # long enough for any machine; it "runs out" below, by hand

    # The relay that dies: it claims the event, the registry applies it, and it never records that.
    async with world.writer.sessions.begin() as session:
        claimed = await OutboxRepository(session).claim(limit=10, lease=lease)
    assert [item.id for item in claimed] == [event.event_id]
    registry, tokens = world.registry_client()
    await registry.deliver(claimed[0].path, claimed[0].payload, token=await tokens.token())
    before = await world.history(institution)
    assert [item["event_id"] for item in before] == [str(event.event_id)]

    survivor = world.relay(lease=lease)
    assert await survivor.deliver_due() == 0, "the lease still holds the event"
    assert (await world.rows([event]))[0]["attempts"] == 1
    async with world.writer.sessions.begin() as session:  # the lease runs out
        await session.execute(
            update(OutboxRow).where(OutboxRow.id == event.event_id).values(next_attempt_at=func.now())
        )

    delivered: list[int] = []

    async def redelivered() -> bool:
        delivered.append(await survivor.deliver_due())
        return bool((await world.rows([event]))[0]["delivered"])

    await until(redelivered, what="redelivery after the lease ran out")
    assert sum(delivered) == 1
    row = (await world.rows([event]))[0]
    assert (row["attempts"], row["failed"], row["last_error"]) == (2, False, None)
    assert await world.history(institution) == before, "the registry answered 200: already applied"


async def test_an_event_the_registry_refuses_is_failed_not_retried_and_blocks_nothing(world: World) -> None:
    provider = await world.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    institution = await world.new_organisation()
    refused = designation(provider)  # only institutions can be designated: 422
    unknown = designation(uuid.uuid4())  # no such organisation: 404
    fine = designation(institution)
    for event in (refused, unknown, fine):
        await world.queue(event)
    relay = world.relay(max_backoff_seconds=0.1)

    assert await relay.deliver_due() == 1
    refused_row, unknown_row, fine_row = await world.rows([refused, unknown, fine])
    assert (refused_row["failed"], refused_row["delivered"], refused_row["attempts"]) == (True, False, 1)
    assert refused_row["last_error"].startswith("422")
    assert (unknown_row["failed"], unknown_row["attempts"]) == (True, 1)
    assert unknown_row["last_error"].startswith("404")
    assert fine_row["delivered"]

    for _ in range(5):
        await asyncio.sleep(0.05)
        assert await relay.deliver_due() == 0
    assert [row["attempts"] for row in await world.rows([refused, unknown])] == [1, 1], "never retried"
    assert await world.history(provider) == []
    assert [item["event_id"] for item in await world.history(institution)] == [str(fine.event_id)]
    async with world.writer.sessions() as session:
        counts = await OutboxRepository(session).counts()
    assert counts["pending"] == 0
    assert counts["failed"] >= 2


async def test_relays_racing_on_one_outbox_deliver_each_event_once(world: World) -> None:
    institutions = [await world.new_organisation() for _ in range(6)]
    events = [
        designation(institution, effective_from=date(2020 + year, 1, 1))
        for institution in institutions
        for year in range(8)
    ]
    for event in events:
        await world.queue(event)
    relays = [world.relay(batch_size=3) for _ in range(3)]

    async def drain(relay: OutboxRelay) -> int:
        total = 0
        deadline = asyncio.get_running_loop().time() + 120  # a bound for a broken build, not a timing
        while asyncio.get_running_loop().time() < deadline:
            delivered = await relay.deliver_due()
            total += delivered
            if await world.pending() == 0:
                return total
            if delivered == 0:
                await asyncio.sleep(0.01)
        raise AssertionError("the outbox did not drain within 120 s")

    totals = await asyncio.gather(*(drain(relay) for relay in relays))
    assert sum(totals) == len(events), totals
    rows = await world.rows(events)
    assert all(row["delivered"] for row in rows)
    assert [row["attempts"] for row in rows] == [1] * len(events), "no event was claimed twice"
    for institution in institutions:
        history = await world.history(institution)
        expected = sorted(str(event.event_id) for event in events if event.organisation_id == institution)
        assert sorted(item["event_id"] for item in history) == expected
