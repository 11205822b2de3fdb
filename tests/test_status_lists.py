"""Bitstring Status Lists: random, unique allocation of status entries; new lists when one fills."""

from __future__ import annotations

import asyncio
import base64
import gzip
import itertools
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.repositories.status_lists import (
    MIN_LIST_SIZE,
    allocate_many_status_entries,
    allocate_status_entries,
    bit_is_set,
    status_list,
)
from services.credential_issuer.services.status_lists import decode_list
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.auth import OrganisationKind, Role
from shared.vc.data_integrity import verify
from shared.vc.did import StaticDidResolver
from tests.conftest import database_for
from tests.support.issued_credentials import issue_credential
from tests.support.platform import ClientCredentials, Platform


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_for(service_databases, "issuer").url, pool_size=4)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


async def test_allocations_are_unique_random_and_in_lists_of_at_least_131072(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    organisation = uuid.uuid4()
    revocations: list[int] = []
    suspensions: list[int] = []
    lists: set[uuid.UUID] = set()

    async def one() -> None:
        async with issuer_sessions.begin() as session:
            rev_list, rev_index, sus_list, sus_index = await allocate_status_entries(session, organisation)
        lists.update({rev_list, sus_list})
        revocations.append(rev_index)
        suspensions.append(sus_index)

    for _ in range(20):  # concurrent allocators serialise on the lock, none gets a used index
        await asyncio.gather(*(one() for _ in range(10)))
    assert len(revocations) == 200
    assert len(set(revocations)) == 200
    assert len(set(suspensions)) == 200
    assert len(lists) == 2, "one list per purpose"
    # Not sequential: consecutive allocations are far apart, spread over the whole list.
    ordered = sorted(revocations)
    assert sum(1 for a, b in itertools.pairwise(ordered) if b - a == 1) < 5
    assert sum(1 for index in revocations if index < MIN_LIST_SIZE // 2) in range(70, 131)
    async with issuer_sessions() as session:
        for list_id in lists:
            found = await status_list(session, list_id)
            assert found is not None
            assert found.size == MIN_LIST_SIZE
            assert found.allocated == 200
            assert found.status_bits == bytes(MIN_LIST_SIZE // 8)


async def test_a_full_list_is_followed_by_a_new_one(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    organisation = uuid.uuid4()
    seen: dict[uuid.UUID, set[int]] = {}
    async with issuer_sessions.begin() as session:
        for _ in range(20):
            rev_list, rev_index, _, _ = await allocate_status_entries(
                session, organisation, list_size=16, allow_small_lists=True
            )
            seen.setdefault(rev_list, set()).add(rev_index)
    assert sorted(len(indexes) for indexes in seen.values()) == [4, 16]
    assert all(indexes <= set(range(16)) for indexes in seen.values())


async def test_a_bulk_allocation_fills_the_open_list_then_opens_new_ones(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    organisation = uuid.uuid4()
    async with issuer_sessions.begin() as session:
        first = await allocate_status_entries(session, organisation, list_size=16, allow_small_lists=True)
        many = await allocate_many_status_entries(
            session, organisation, 40, list_size=16, allow_small_lists=True
        )
    entries = [first, *many]
    revocations = {(list_id, index) for list_id, index, _, _ in entries}
    suspensions = {(list_id, index) for _, _, list_id, index in entries}
    assert len(revocations) == len(suspensions) == 41, "no entry handed out twice"
    revocation_lists = Counter(list_id for list_id, _ in revocations)
    suspension_lists = Counter(list_id for list_id, _ in suspensions)
    assert sorted(revocation_lists.values()) == sorted(suspension_lists.values()) == [9, 16, 16]
    assert not set(revocation_lists) & set(suspension_lists)
    assert all(0 <= index < 16 for _, index in revocations | suspensions)
    async with issuer_sessions() as session:
        for list_id, used in (revocation_lists | suspension_lists).items():
            found = await status_list(session, list_id)
            assert found is not None
            assert found.allocated == used


async def test_a_bulk_allocation_of_nothing_touches_nothing(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with issuer_sessions.begin() as session:
        assert await allocate_many_status_entries(session, uuid.uuid4(), 0) == []


async def test_lists_smaller_than_the_minimum_are_refused(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with issuer_sessions() as session:
        with pytest.raises(ValueError, match="131072"):
            await allocate_status_entries(session, uuid.uuid4(), list_size=1024)


# --- served lists, revocation and suspension over HTTP --------------------------------------------


async def _institution(platform: Platform) -> tuple[ClientCredentials, dict[str, str]]:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    return client, await platform.auth(client)


async def _resolver(platform: Platform, organisation_id: uuid.UUID | None) -> StaticDidResolver:
    """The organisation's did:web document as this service publishes it (did:key needs none)."""
    response = await platform.http.get(
        f"{platform.issuer.public_url}/organisations/{organisation_id}/did.json"
    )
    return StaticDidResolver([response.json()] if response.status_code == 200 else [])


async def _bits(platform: Platform, url: str) -> tuple[bytes, dict[str, Any]]:
    response = await platform.http.get(url)
    assert response.status_code == 200, response.text
    document = response.json()
    return decode_list(document["credentialSubject"]["encodedList"]), document


async def test_a_served_list_decodes_to_its_bits_and_its_proof_verifies(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client, headers = await _institution(platform)
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    response = await platform.http.get(issued.revocation_url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vc+ld+json")
    assert "max-age=30" in response.headers["cache-control"]
    document = response.json()
    assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert document["id"] == issued.revocation_url
    subject = document["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == "revocation"
    assert subject["encodedList"].startswith("u")
    assert "=" not in subject["encodedList"]
    bits = gzip.decompress(base64.urlsafe_b64decode(subject["encodedList"][1:] + "=="))
    assert len(bits) * 8 >= MIN_LIST_SIZE
    assert bits == bytes(len(bits))
    verified = await verify(document, await _resolver(platform, client.organisation_id))
    assert verified.verified, verified
    assert verified.verified_controllers() == {document["issuer"]}
    unchanged = await platform.http.get(
        issued.revocation_url, headers={"If-None-Match": response.headers["etag"]}
    )
    assert unchanged.status_code == 304
    assert (
        await platform.http.get(f"{platform.issuer.public_url}/v1/status-lists/{uuid.uuid4()}")
    ).status_code == 404

    revoked = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{issued.id}/revocation",
        json={"reason": "Issued in error"},
        headers=headers,
    )
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked"] is True
    assert revoked.json()["reason"] == "Issued in error"
    bits, document = await _bits(platform, issued.revocation_url)
    assert bit_is_set(bits, issued.revocation_index)
    assert sum(bin(byte).count("1") for byte in bits) == 1
    assert (await verify(document, await _resolver(platform, client.organisation_id))).verified
    changed = await platform.http.get(
        issued.revocation_url, headers={"If-None-Match": response.headers["etag"]}
    )
    assert changed.status_code == 200, "the new bits give a new ETag"
    again = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{issued.id}/revocation",
        json={"reason": "x"},
        headers=headers,
    )
    assert again.status_code == 409
    report = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": issued.document}
    )
    status = next(check for check in report.json()["checks"] if check["name"] == "status")
    assert status == {"name": "status", "status": "failed", "detail": "The credential is revoked."}
    assert report.json()["verified"] is False


async def test_suspension_is_set_and_lifted_by_the_owning_institution_only(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client, headers = await _institution(platform)
    _, stranger = await _institution(platform)
    sis = await platform.new_client(str(client.organisation_id), [Role.SIS])
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    url = f"{platform.issuer.public_url}/v1/credentials/{issued.id}/suspension"
    body = {"reason": "Under academic integrity review"}
    assert (await platform.http.post(url, json=body)).status_code == 401
    assert (await platform.http.post(url, json=body, headers=stranger)).status_code == 403
    assert (await platform.http.post(url, json=body, headers=await platform.auth(sis))).status_code == 403
    missing = f"{platform.issuer.public_url}/v1/credentials/{uuid.uuid4()}/suspension"
    assert (await platform.http.post(missing, json=body, headers=headers)).status_code == 404
    assert (await _bits(platform, issued.suspension_url))[0] == bytes(MIN_LIST_SIZE // 8)

    suspended = await platform.http.post(url, json=body, headers=headers)
    assert suspended.status_code == 200, suspended.text
    assert suspended.json()["suspended"] is True
    assert bit_is_set((await _bits(platform, issued.suspension_url))[0], issued.suspension_index)
    assert (await platform.http.post(url, json=body, headers=headers)).status_code == 409
    verify_url = f"{platform.issuer.public_url}/credentials/verify"
    report = (await platform.http.post(verify_url, json={"verifiableCredential": issued.document})).json()
    assert {"name": "status", "status": "failed", "detail": "The credential is suspended."} in report[
        "checks"
    ]

    lifted = await platform.http.request("DELETE", url, json={"reason": "Cleared"}, headers=stranger)
    assert lifted.status_code == 403
    lifted = await platform.http.request("DELETE", url, json={"reason": "Cleared"}, headers=headers)
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["suspended"] is False
    assert (await _bits(platform, issued.suspension_url))[0] == bytes(MIN_LIST_SIZE // 8)
    report = (await platform.http.post(verify_url, json={"verifiableCredential": issued.document})).json()
    assert {
        "name": "status",
        "status": "passed",
        "detail": "The credential is not revoked and not suspended.",
    } in report["checks"]

    # The VC-API way: POST /credentials/status.
    vc_api = f"{platform.issuer.public_url}/credentials/status"
    update = {"credentialId": f"urn:uuid:{issued.id}", "credentialStatus": [{"status": "suspended"}]}
    assert (await platform.http.post(vc_api, json=update, headers=stranger)).status_code == 403
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["suspended"] is True
    update["credentialStatus"] = [{"status": "revoked"}]
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.json()["revoked"] is True
    assert bit_is_set((await _bits(platform, issued.revocation_url))[0], issued.revocation_index)


async def test_lifting_a_suspension_needs_no_body_and_the_vc_api_refuses_other_ids(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client, headers = await _institution(platform)
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    url = f"{platform.issuer.public_url}/v1/credentials/{issued.id}/suspension"
    assert (await platform.http.delete(url, headers=headers)).status_code == 409, "not suspended"
    assert (await platform.http.post(url, json={"reason": "Review"}, headers=headers)).status_code == 200
    lifted = await platform.http.delete(url, headers=headers)
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["reason"] == "Suspension lifted."

    vc_api = f"{platform.issuer.public_url}/credentials/status"
    active = {"credentialId": f"urn:uuid:{issued.id}", "credentialStatus": [{"status": "active"}]}
    answer = await platform.http.post(vc_api, json=active, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["suspended"] is False
    foreign = {"credentialId": "https://elsewhere.example/1", "credentialStatus": [{"status": "revoked"}]}
    refused = await platform.http.post(vc_api, json=foreign, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "body.credentialId"


async def test_concurrent_revocations_in_one_list_lose_no_bit(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client, headers = await _institution(platform)
    assert client.organisation_id is not None
    issued = [
        await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
        for _ in range(8)
    ]
    assert len({credential.revocation_url for credential in issued}) == 1
    answers = await asyncio.gather(
        *(
            platform.http.post(
                f"{platform.issuer.public_url}/v1/credentials/{credential.id}/revocation",
                json={"reason": "Batch error"},
                headers=headers,
            )
            for credential in issued
        )
    )
    assert [answer.status_code for answer in answers] == [200] * 8
    bits, _ = await _bits(platform, issued[0].revocation_url)
    assert all(bit_is_set(bits, credential.revocation_index) for credential in issued)
    assert sum(bin(byte).count("1") for byte in bits) == 8
