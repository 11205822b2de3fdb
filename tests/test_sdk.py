"""The Python SDK (clients/python, `omc_client`) against the real platform: tokens fetched for the
client, typed models and problems, safe idempotent writes, keyset iterators and batch waiting."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from omc_client import AsyncOmcClient, Endpoints, OmcClient, RetryPolicy
from omc_client.errors import (
    Forbidden,
    NotFound,
    Unauthenticated,
    Unavailable,
    ValidationFailed,
    raise_for_problem,
)
from omc_client.retries import RetryingTransport

from shared.schemas.auth import Role
from tests.support.iqap import QaOffice
from tests.support.issuer import ready_omc, record
from tests.support.platform import ClientCredentials, Platform


def endpoints(platform: Platform) -> Endpoints:
    return Endpoints(platform.registry.public_url, platform.qa.public_url, platform.issuer.public_url)


def sdk(platform: Platform, client: ClientCredentials | None = None) -> OmcClient:
    if client is None:
        return OmcClient(endpoints(platform))
    return OmcClient(endpoints(platform), client_id=client.client_id, client_secret=client.client_secret)


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def sis_client(platform: Platform, college: QaOffice) -> ClientCredentials:
    return await platform.new_client(college.institution_id, [Role.SIS])


@pytest.fixture(scope="module")
async def omc(college: QaOffice) -> str:
    return await ready_omc(college)


async def test_the_client_fetches_its_own_token_and_knows_who_it_is(
    platform: Platform, college: QaOffice, sis_client: ClientCredentials
) -> None:
    with sdk(platform, sis_client) as client:
        me = await asyncio.to_thread(client.whoami)
    assert str(me.organisation_id) == college.institution_id
    assert [str(role) for role in me.roles] == ["sis"]


async def test_a_wrong_secret_is_a_typed_unauthenticated_problem(
    platform: Platform, sis_client: ClientCredentials
) -> None:
    wrong = ClientCredentials(sis_client.client_id, "not-the-secret", sis_client.organisation_id)
    with sdk(platform, wrong) as client, pytest.raises(Unauthenticated) as raised:
        await asyncio.to_thread(client.whoami)
    assert raised.value.status == 401
    assert raised.value.type.startswith("urn:omc:problem:")


async def test_completions_pushed_are_followed_until_issued(
    platform: Platform, college: QaOffice, sis_client: ClientCredentials, omc: str
) -> None:
    records = [record(omc), record(omc, learner={"name": "Bo Learner", "student_number": "300999"})]
    seen: list[int] = []
    with sdk(platform, sis_client) as client:
        receipt = await asyncio.to_thread(client.push_completions, college.institution_id, records=records)
        assert (receipt.received, receipt.accepted) == (2, 2)
        batch = await asyncio.to_thread(
            lambda: client.wait_for_batch(
                receipt.id,
                within_seconds=60,
                poll_interval=0.1,
                on_progress=lambda b: seen.append(len(b.completions)),
            )
        )
        completions = await asyncio.to_thread(lambda: list(client.iter_batch_completions(receipt.id)))
    assert batch.done
    assert seen, "on_progress saw no poll"
    assert {c.sis_completion_id for c in completions} == {r["sis_completion_id"] for r in records}
    assert {str(c.state) for c in completions} == {"issued"}
    assert all(isinstance(c.credential_id, uuid.UUID) for c in completions)


async def test_the_same_idempotency_key_replays_the_first_receipt(
    platform: Platform, college: QaOffice, sis_client: ClientCredentials, omc: str
) -> None:
    key = str(uuid.uuid4())
    records = [record(omc)]
    with sdk(platform, sis_client) as client:
        first = await asyncio.to_thread(
            lambda: client.push_completions(college.institution_id, records=records, idempotency_key=key)
        )
        again = await asyncio.to_thread(
            lambda: client.push_completions(college.institution_id, records=records, idempotency_key=key)
        )
    assert again.id == first.id


async def test_problems_are_typed_and_name_the_failing_field(
    platform: Platform, college: QaOffice, sis_client: ClientCredentials, omc: str
) -> None:
    other = str(uuid.uuid4())
    with sdk(platform, sis_client) as client:
        with pytest.raises(Forbidden):
            await asyncio.to_thread(lambda: client.push_completions(other, records=[record(omc)]))
        bad = record(omc, learner={"name": "No Contact"})
        with pytest.raises(ValidationFailed) as raised:
            await asyncio.to_thread(lambda: client.push_completions(college.institution_id, records=[bad]))
        with pytest.raises(NotFound):
            await asyncio.to_thread(client.catalogue_item, str(uuid.uuid4()))
    assert raised.value.errors
    assert all(error.field.startswith("body.completions.0") for error in raised.value.errors)


async def test_iterators_follow_keyset_pages_of_the_catalogue_and_the_change_feed(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    second = await ready_omc(college)
    with sdk(platform) as client:
        items = await asyncio.to_thread(
            lambda: list(client.iter_catalogue(limit=1, institution=college.institution_id))
        )
        changes = await asyncio.to_thread(lambda: list(client.iter_changes(limit=1)))
        item = await asyncio.to_thread(client.catalogue_item, second)
    assert {str(i.id) for i in items} >= {omc, second}
    assert [c.seq for c in changes] == sorted(c.seq for c in changes)
    assert {str(c.micro_credential_id) for c in changes} >= {omc, second}
    assert str(item.id) == second


async def test_the_async_client_does_the_same(
    platform: Platform, college: QaOffice, sis_client: ClientCredentials, omc: str
) -> None:
    async with AsyncOmcClient(
        endpoints(platform), client_id=sis_client.client_id, client_secret=sis_client.client_secret
    ) as client:
        me = await client.whoami()
        receipt = await client.push_completions(college.institution_id, records=[record(omc)])
        batch = await client.wait_for_batch(receipt.id, within_seconds=60, poll_interval=0.1)
        first_changes = [change async for change in client.iter_changes(limit=1)]
    assert str(me.organisation_id) == college.institution_id
    assert batch.done
    assert batch.counts.additional_properties.get("issued") == 1
    assert first_changes


def test_retry_after_sets_the_wait_and_backoff_grows_without_it() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=60.0)
    unavailable = httpx.Response(503, headers={"Retry-After": "7"})
    assert policy.delay(0, unavailable) >= 7
    assert policy.delay(4, None) >= 8  # 1 * 2**4, jittered down to half at most
    assert policy.delay(10, None) <= 60


def test_a_retried_write_keeps_its_idempotency_key_and_waits_what_retry_after_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A scripted network in front of the SDK's own transport: the platform itself cannot be made to
    # answer 503 on demand, and the waits are recorded rather than slept.
    waits: list[float] = []
    monkeypatch.setattr("omc_client.retries.time.sleep", waits.append)
    seen: list[httpx.Request] = []
    answers = [
        httpx.Response(503, headers={"Retry-After": "3"}, json={"status": 503, "title": "busy"}),
        httpx.Response(429, headers={"Retry-After": "2"}, json={"status": 429, "title": "slow down"}),
        httpx.Response(202, json={"ok": True}),
    ]

    def network(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[len(seen) - 1] if request.method == "POST" else httpx.Response(200, json={})

    transport = RetryingTransport(httpx.MockTransport(network), RetryPolicy(attempts=5, base_delay=0.01))
    with httpx.Client(transport=transport, base_url="http://platform.invalid") as http:
        response = http.post("/v1/institutions/x/completions", json={"completions": []})
        read = http.get("/v1/whoami")

    assert response.status_code == 202
    keys = {request.headers["Idempotency-Key"] for request in seen[:3]}
    assert len(keys) == 1, "every attempt of one write carries the same key"
    assert waits[:2] == [3.0, 2.0]
    assert read.status_code == 200
    assert "Idempotency-Key" not in seen[3].headers, "reads need no key"


def test_a_write_still_refused_after_every_attempt_raises_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("omc_client.retries.time.sleep", lambda _: None)
    attempts: list[httpx.Request] = []

    def network(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(
            503,
            headers={"Retry-After": "1", "Content-Type": "application/problem+json"},
            json={"type": "urn:omc:problem:database-unavailable", "title": "retry", "status": 503},
        )

    transport = RetryingTransport(httpx.MockTransport(network), RetryPolicy(attempts=3))
    with httpx.Client(transport=transport, base_url="http://platform.invalid") as http:
        response = http.post("/anything", json={})
    with pytest.raises(Unavailable) as raised:
        raise_for_problem(response)
    assert len(attempts) == 3
    assert raised.value.slug == "database-unavailable"
