"""The issuance worker: an approved OMC of a DOMCI becomes a valid, verifiable Open Badges 3.0
credential exactly once; anything the quality ledger does not confirm is rejected with its reasons."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from shared.vc.data_integrity import verify
from shared.vc.omc_mark import claims_omc_mark
from shared.vc.schemas import validate_open_badge
from tests.support.database import drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import HttpDidResolver, Sis, credential_document, ready_omc, record
from tests.support.micro_credentials import complete_metadata
from tests.support.platform import Platform
from tests.support.quality import days_ago


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


async def issued(sis: Sis, records: list[dict[str, Any]]) -> dict[str, Any]:
    response = await sis.send(records)
    assert response.status_code == 202, response.text
    return await sis.settled(response.json()["id"])


async def test_an_approved_omc_of_a_domci_is_issued_once_as_a_verifiable_open_badge(
    platform: Platform, college: QaOffice
) -> None:
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    completion = record(micro_credential_id)
    job = await issued(sis, [completion])
    assert job["counts"]["issued"] == 1, job
    credential_id = job["completions"][0]["credential_id"]
    document = await credential_document(platform, credential_id)

    validate_open_badge(document)
    result = await verify(document, HttpDidResolver(platform))
    assert result.verified, result
    issuer = document["issuer"]["id"]
    port = platform.issuer.public_url.rsplit(":", 1)[1]
    assert issuer == f"did:web:127.0.0.1%3A{port}:organisations:{college.institution_id}"
    assert result.verified_controllers() == {issuer}

    subject = document["credentialSubject"]
    achievement = subject["achievement"]
    assert achievement["achievementType"] == "MicroCredential"
    assert achievement["name"] == "Welding safety"
    assert achievement["humanCode"]
    assert {a.get("targetCode") for a in achievement["alignment"]} >= {"72106", "48.0508"}
    assert "OQF level" in " ".join(achievement["tag"])
    assert "Appliquer le cadenassage." in achievement["criteria"]["narrative"]
    assert subject["creditsEarned"] == 0.5
    assert subject["result"][0]["value"] == "A"
    identity = subject["identifier"][0]
    assert identity["identityType"] == "emailAddress"
    assert identity["hashed"] is True
    assert "300123456" not in str(document)
    assert "ada.learner" not in str(document).lower()
    status = document["credentialStatus"]
    assert isinstance(status, dict), "Open Badges 3.0 takes one status object"
    assert (status["type"], status["statusPurpose"]) == ("BitstringStatusListEntry", "suspension")
    assert set(status) == {"id", "type", "statusPurpose", "statusListIndex", "statusListCredential"}
    validate_open_badge(document)
    assert claims_omc_mark(document), "an OMC issued from a completion shows the mark"
    assert status["statusListCredential"].startswith(f"{platform.issuer.public_url}/v1/status-lists/")
    assert status["id"] == f"{status['statusListCredential']}#{status['statusListIndex']}"

    again = await sis.send([completion])
    assert again.json()["records"][0]["outcome"] == "duplicate"
    assert again.json()["records"][0]["completion_id"] == job["completions"][0]["id"]
    assert (await sis.settled(again.json()["id"]))["completions"] == []


async def test_a_completion_before_the_approval_is_rejected_with_the_ledgers_reasons(
    platform: Platform, college: QaOffice
) -> None:
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    job = await issued(sis, [record(micro_credential_id, completed_on=days_ago(2).isoformat())])
    assert job["counts"]["rejected"] == 1, job
    assert job["completions"][0]["credential_id"] is None
    assert "approv" in job["completions"][0]["reason"].lower()


async def test_a_version_never_approved_as_an_omc_is_rejected(platform: Platform, college: QaOffice) -> None:
    micro_credential_id = await college.submitted(complete_metadata())
    sis = await Sis.of(platform, college.institution_id)
    job = await issued(sis, [record(micro_credential_id)])
    assert job["counts"]["rejected"] == 1, job
    assert job["completions"][0]["reason"]


async def test_an_institution_that_is_not_a_domci_gets_nothing_issued(platform: Platform) -> None:
    organisation, _ = await platform.new_domci()  # designated in the registry only, not in the ledger
    sis = await Sis.of(platform, organisation["id"])
    job = await issued(sis, [record("5d3c1c8e-0000-4000-8000-000000000001")])
    assert job["counts"]["rejected"] == 1, job


async def test_a_failed_result_is_not_awarded(platform: Platform, college: QaOffice) -> None:
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    job = await issued(sis, [record(micro_credential_id, result={"status": "fail", "score": "41"})])
    assert job["counts"]["rejected"] == 1, job
    assert "did not pass" in job["completions"][0]["reason"]


# --- the quality ledger goes away and comes back (a platform of its own) -------------------------


@pytest.fixture(scope="module")
def outage_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_issuance"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def outage(outage_databases: list[ServiceDatabase]) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(outage_databases, label="issuance tests") as running:
        yield running


async def test_while_the_ledger_is_unreachable_completions_wait_then_are_issued(
    outage: tuple[LocalPlatform, Platform],
) -> None:
    running, platform = outage
    office = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(office)
    sis = await Sis.of(platform, office.institution_id)
    running.server("qa_api").stop()
    try:
        response = await sis.send([record(micro_credential_id)])
        assert response.status_code == 202, response.text  # intake keeps accepting
        batch_id = response.json()["id"]
        deadline = asyncio.get_running_loop().time() + 30
        while True:
            job = (await sis.batch(batch_id)).json()
            completion = job["completions"][0]
            if completion["attempts"] >= 2:
                break
            assert asyncio.get_running_loop().time() < deadline, job
            await asyncio.sleep(0.05)
        assert completion["state"] == "pending"
        assert "unreachable" in completion["reason"]
    finally:
        running.restart("qa_api")
    job = await sis.settled(batch_id)
    assert job["counts"]["issued"] == 1, job
    document = await credential_document(platform, job["completions"][0]["credential_id"])
    assert (await verify(document, HttpDidResolver(platform))).verified
