"""Completions put off while the quality ledger or the registry is down are retried as soon as it is
back, not after their backoff: the backoff here is long (first wait 120 s, at most 300 s), and they
must be issued well before it would have run out (the bound is for a broken build, not a timing)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from tests.support.database import drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.platform import Platform

LONG_FIRST_BACKOFF_SECONDS = 120.0
WITHIN_SECONDS = 60.0


@pytest.fixture(scope="module")
def retry_database(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_prompt"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def long_backoff_platform(
    retry_database: list[ServiceDatabase],
) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(
        retry_database,
        label="prompt retry tests",
        issuance_first_backoff_seconds=LONG_FIRST_BACKOFF_SECONDS,
        issuance_max_backoff_seconds=300,
        issuance_probe_interval_seconds=0.5,
    ) as running:
        yield running


@pytest.mark.parametrize(
    ("service", "reason"),
    [("qa_api", "quality ledger unreachable"), ("registry_api", "registry unreachable")],
)
async def test_completions_waiting_for_a_service_are_issued_soon_after_it_returns(
    long_backoff_platform: tuple[LocalPlatform, Platform], service: str, reason: str
) -> None:
    running, platform = long_backoff_platform
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    # The issuer verifies the SIS's token once while the registry is up: it then holds the
    # registry's signing keys, as a running issuer does, and needs no registry to accept the push.
    known = await platform.http.get(
        f"{platform.issuer.public_url}/v1/whoami",
        headers=await platform.auth(sis.client, audience=platform.issuer.public_url),
    )
    assert known.status_code == 200, known.text

    running.server(service).stop()
    try:
        response = await sis.send([record(micro_credential_id) for _ in range(3)])
        assert response.status_code == 202, response.text
        batch_id = response.json()["id"]

        async def put_off() -> bool:
            job = (await sis.batch(batch_id)).json()
            reasons = [completion.get("reason") or "" for completion in job["completions"]]
            return all(reason in given for given in reasons)

        deadline = asyncio.get_running_loop().time() + WITHIN_SECONDS
        while not await put_off():  # each completion tried once, and put off for 120 s or more
            assert asyncio.get_running_loop().time() < deadline, (await sis.batch(batch_id)).text
            await asyncio.sleep(0.05)
        waiting = await scrape(platform, platform.issuer.public_url)
        assert waiting[("omc_issuance_queue_completions", (("state", "pending"),))] >= 3
        assert waiting[("omc_issuance_queue_completions", (("state", "failing"),))] >= 3
        assert waiting[("omc_issuance_queue_completions", (("state", "due"),))] == 0
        assert waiting[("omc_issuance_queue_oldest_age_seconds", ())] > 0
        assert waiting[("omc_issuance_waiting_on_service", (("service", service),))] == 1
    finally:
        running.restart(service)

    job = await sis.settled(batch_id, within_seconds=WITHIN_SECONDS)
    assert job["counts"]["issued"] == 3, job["counts"]
    after = await scrape(platform, platform.issuer.public_url)
    assert after[("omc_issuance_queue_completions", (("state", "pending"),))] == 0
    assert after[("omc_issuance_waiting_on_service", (("service", service),))] == 0
    assert after[("omc_status_list_entries_allocated", (("purpose", "suspension"),))] >= 3
    assert 0 < after[("omc_status_list_fill_ratio", (("purpose", "suspension"),))] < 1


async def test_qa_api_exports_its_outbox_and_checkpoint_gauges(
    long_backoff_platform: tuple[LocalPlatform, Platform],
) -> None:
    _, platform = long_backoff_platform
    office = await QaOffice.designated(platform)
    await ready_omc(office)  # approvals recorded in the ledger, delivered to the registry by the outbox
    gauges = await scrape(platform, platform.qa.public_url)
    assert gauges[("omc_outbox_pending_events", ())] >= 0
    assert gauges[("omc_outbox_oldest_age_seconds", ())] >= 0
    assert ("omc_ledger_checkpoint_age_seconds", ()) in gauges

    async def delivered() -> bool:
        return (await scrape(platform, platform.qa.public_url))[("omc_outbox_pending_events", ())] == 0

    deadline = asyncio.get_running_loop().time() + WITHIN_SECONDS
    while not await delivered():
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.05)
    assert (await scrape(platform, platform.qa.public_url))[("omc_outbox_oldest_age_seconds", ())] == 0


async def scrape(platform: Platform, url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """The gauges of a service's /metrics, keyed by name and sorted labels."""
    response = await platform.http.get(f"{url}/metrics")
    assert response.status_code == 200, response.text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }
