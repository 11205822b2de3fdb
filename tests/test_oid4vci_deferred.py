"""Deferred issuance through OpenID4VCI: the institution offers the credential of a completion still
waiting for its checks (the quality ledger is unreachable, on a platform of its own); the wallet gets a
transaction id, is told to wait while the completion is pending, and receives the credential, bound to
its key, once the ledger is back and the worker has issued it. The transaction id then works no more."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from tests.support.contract import assert_matches_contract
from tests.support.database import drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, ready_omc, record
from tests.support.oid4vci_wallet import Wallet, WalletKey
from tests.support.platform import Platform

LDP_VC = "omc_ldp_vc"
BOUND_SECONDS = 60.0
"""A bound for a hung service or worker, not a timing."""


@pytest.fixture(scope="module")
def deferred_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_oid4vci"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def outage(deferred_databases: list[ServiceDatabase]) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(deferred_databases, label="oid4vci deferred tests") as running:
        yield running


async def _pending_completion(sis: Sis, batch_id: str) -> dict[str, Any]:
    """The batch's completion once the worker has tried it at least once and put it off."""
    deadline = asyncio.get_running_loop().time() + BOUND_SECONDS
    while True:
        completion: dict[str, Any] = (await sis.batch(batch_id)).json()["completions"][0]
        if completion["attempts"] >= 1:
            assert completion["state"] == "pending", completion
            return completion
        assert asyncio.get_running_loop().time() < deadline, completion
        await asyncio.sleep(0.05)


async def test_a_pending_completion_is_delivered_through_the_deferred_credential_endpoint(
    outage: tuple[LocalPlatform, Platform],
) -> None:
    running, platform = outage
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    running.server("qa_api").stop()
    try:
        response = await sis.send([record(micro_credential_id)])
        assert response.status_code == 202, response.text
        batch_id = response.json()["id"]
        completion = await _pending_completion(sis, batch_id)
        offered = await platform.http.post(
            f"{platform.issuer.public_url}/v1/completions/{completion['id']}/offers",
            headers=await platform.auth(office.client, audience=platform.issuer.public_url),
        )
        assert offered.status_code == 201, offered.text
        offer = offered.json()
        assert offer["credential_id"] is None

        async with httpx.AsyncClient(timeout=BOUND_SECONDS) as http:
            wallet = Wallet(http, WalletKey.ed25519())
            metadata, access_token, results = await wallet.receive(offer["offer_link"], offer["tx_code"])
            assert [result.status for result in results] == [202, 202], [r.body for r in results]
            transaction_id = results[0].body["transaction_id"]
            assert results[0].body["interval"] > 0
            waiting = await wallet.deferred(metadata, access_token, transaction_id)
            assert waiting.status_code == 202, waiting.text
            assert_matches_contract(waiting)
            assert waiting.json()["transaction_id"] == transaction_id
    finally:
        running.restart("qa_api")
    job = await sis.settled(batch_id)
    assert job["counts"]["issued"] == 1, job

    async with httpx.AsyncClient(timeout=BOUND_SECONDS) as http:
        wallet.http = http
        delivered = await wallet.deferred(metadata, access_token, transaction_id)
        assert delivered.status_code == 200, delivered.text
        assert_matches_contract(delivered)
        credential = delivered.json()["credentials"][0]["credential"]
        assert wallet.key.names_me(credential["credentialSubject"]["id"])
        assert credential["id"] == f"urn:uuid:{job['completions'][0]['credential_id']}"
        verified = await http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": credential}
        )
        assert verified.status_code == 200, verified.text
        assert verified.json()["verified"] is True

        again = await wallet.deferred(metadata, access_token, transaction_id)
        assert again.status_code == 400
        assert again.json()["error"] == "invalid_transaction_id"
        unknown = await wallet.deferred(metadata, access_token, "no-such-transaction")
        assert unknown.json()["error"] == "invalid_transaction_id"
