"""Bitstring Status Lists: random, unique allocation of status entries, new lists when one fills; and,
over HTTP as an outside verifier reads them, the suspension bit of credentials issued by the real
pipeline: set while suspended, cleared when lifted, set for good on revocation."""

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
    bit_is_set,
    status_list,
)
from services.credential_issuer.services.status_lists import decode_list
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.auth import OrganisationKind, Role
from shared.vc.data_integrity import verify
from shared.vc.did import StaticDidResolver
from tests.conftest import database_for
from tests.support.iqap import QaOffice
from tests.support.issuer import issued_omc
from tests.support.platform import Platform


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
    indexes: list[int] = []
    lists: set[uuid.UUID] = set()

    async def one() -> None:
        async with issuer_sessions.begin() as session:
            (entry,) = await allocate_many_status_entries(session, organisation, 1)
        lists.add(entry.list_id)
        indexes.append(entry.index)

    for _ in range(20):  # concurrent allocators serialise on the lock, none gets a used index
        await asyncio.gather(*(one() for _ in range(10)))
    assert len(indexes) == 200
    assert len(set(indexes)) == 200
    assert len(lists) == 1
    # Not sequential: consecutive allocations are far apart, spread over the whole list.
    ordered = sorted(indexes)
    assert sum(1 for a, b in itertools.pairwise(ordered) if b - a == 1) < 5
    assert sum(1 for index in indexes if index < MIN_LIST_SIZE // 2) in range(70, 131)
    async with issuer_sessions() as session:
        (list_id,) = lists
        found = await status_list(session, list_id)
        assert found is not None
        assert found.purpose == "suspension", "new credentials carry a suspension entry"
        assert found.size == MIN_LIST_SIZE
        assert found.allocated == 200
        assert found.status_bits == bytes(MIN_LIST_SIZE // 8)


async def test_a_bulk_allocation_fills_the_open_list_then_opens_new_ones(
    issuer_sessions: async_sessionmaker[AsyncSession],
) -> None:
    organisation = uuid.uuid4()
    async with issuer_sessions.begin() as session:
        first = await allocate_many_status_entries(
            session, organisation, 1, list_size=16, allow_small_lists=True
        )
        many = await allocate_many_status_entries(
            session, organisation, 40, list_size=16, allow_small_lists=True
        )
    entries = {(entry.list_id, entry.index) for entry in [*first, *many]}
    assert len(entries) == 41, "no entry handed out twice"
    per_list = Counter(list_id for list_id, _ in entries)
    assert sorted(per_list.values()) == [9, 16, 16]
    assert all(0 <= index < 16 for _, index in entries)
    async with issuer_sessions() as session:
        for list_id, used in per_list.items():
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
            await allocate_many_status_entries(session, uuid.uuid4(), 1, list_size=1024)


# --- served lists and the suspension bit over HTTP, for credentials issued by the real pipeline ---


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


async def _institution_headers(platform: Platform, college: QaOffice) -> dict[str, str]:
    return await platform.auth(await platform.new_client(college.institution_id, [Role.INSTITUTION]))


async def _resolver(platform: Platform, organisation_id: str) -> StaticDidResolver:
    """The organisation's did:web document as this service publishes it."""
    response = await platform.http.get(
        f"{platform.issuer.public_url}/organisations/{organisation_id}/did.json"
    )
    assert response.status_code == 200, response.text
    return StaticDidResolver([response.json()])


async def _bits(platform: Platform, url: str) -> tuple[bytes, dict[str, Any]]:
    """The list's bits as an outside verifier reads them: the published list credential over HTTP."""
    response = await platform.http.get(url)
    assert response.status_code == 200, response.text
    document = response.json()
    return decode_list(document["credentialSubject"]["encodedList"]), document


def _entry(document: dict[str, Any]) -> tuple[str, int]:
    """(list URL, index) of the credential's one status entry, which must be a suspension entry."""
    status = document["credentialStatus"]
    assert isinstance(status, dict), "one status object (Open Badges 3.0)"
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "suspension"
    assert status["id"] == f"{status['statusListCredential']}#{status['statusListIndex']}"
    return status["statusListCredential"], int(status["statusListIndex"])


async def _suspended_in_list(platform: Platform, document: dict[str, Any]) -> bool:
    url, index = _entry(document)
    bits, listed = await _bits(platform, url)
    assert listed["credentialSubject"]["statusPurpose"] == "suspension"
    return bit_is_set(bits, index)


async def test_a_served_list_decodes_to_its_bits_and_its_proof_verifies(
    platform: Platform, college: QaOffice
) -> None:
    ((_, document),) = await issued_omc(platform, college)
    url, _ = _entry(document)
    response = await platform.http.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vc+ld+json")
    assert "max-age=30" in response.headers["cache-control"]
    listed = response.json()
    assert listed["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert listed["id"] == url
    subject = listed["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == "suspension"
    assert subject["encodedList"].startswith("u")
    assert "=" not in subject["encodedList"]
    bits = gzip.decompress(base64.urlsafe_b64decode(subject["encodedList"][1:] + "=="))
    assert len(bits) * 8 >= MIN_LIST_SIZE
    assert bits == bytes(len(bits))
    verified = await verify(listed, await _resolver(platform, college.institution_id))
    assert verified.verified, verified
    assert verified.verified_controllers() == {listed["issuer"]} == {document["issuer"]["id"]}
    unchanged = await platform.http.get(url, headers={"If-None-Match": response.headers["etag"]})
    assert unchanged.status_code == 304
    missing = await platform.http.get(f"{platform.issuer.public_url}/v1/status-lists/{uuid.uuid4()}")
    assert missing.status_code == 404


async def test_suspension_sets_the_bit_lifting_clears_it_and_only_the_institution_may(
    platform: Platform, college: QaOffice
) -> None:
    headers = await _institution_headers(platform, college)
    stranger = await platform.auth(await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]))
    sis = await platform.new_client(college.institution_id, [Role.SIS])
    ((credential_id, document),) = await issued_omc(platform, college)
    url = f"{platform.issuer.public_url}/v1/credentials/{credential_id}/suspension"
    body = {"reason": "Under academic integrity review"}
    assert (await platform.http.post(url, json=body)).status_code == 401
    assert (await platform.http.post(url, json=body, headers=stranger)).status_code == 403
    assert (await platform.http.post(url, json=body, headers=await platform.auth(sis))).status_code == 403
    missing = f"{platform.issuer.public_url}/v1/credentials/{uuid.uuid4()}/suspension"
    assert (await platform.http.post(missing, json=body, headers=headers)).status_code == 404
    assert not await _suspended_in_list(platform, document)

    suspended = await platform.http.post(url, json=body, headers=headers)
    assert suspended.status_code == 200, suspended.text
    assert suspended.json()["suspended"] is True
    assert await _suspended_in_list(platform, document)
    assert (await platform.http.post(url, json=body, headers=headers)).status_code == 409
    list_url, _ = _entry(document)
    _, listed = await _bits(platform, list_url)
    assert (await verify(listed, await _resolver(platform, college.institution_id))).verified

    lifted = await platform.http.request("DELETE", url, json={"reason": "Cleared"}, headers=stranger)
    assert lifted.status_code == 403
    lifted = await platform.http.request("DELETE", url, json={"reason": "Cleared"}, headers=headers)
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["suspended"] is False
    assert not await _suspended_in_list(platform, document)
    bits, _ = await _bits(platform, list_url)
    assert bits == bytes(len(bits)), "no other bit moved"


async def test_revocation_sets_the_bit_for_good(platform: Platform, college: QaOffice) -> None:
    headers = await _institution_headers(platform, college)
    ((credential_id, document),) = await issued_omc(platform, college)
    base = f"{platform.issuer.public_url}/v1/credentials/{credential_id}"
    assert (
        await platform.http.post(f"{base}/suspension", json={"reason": "Review"}, headers=headers)
    ).status_code == 200

    revoked = await platform.http.post(
        f"{base}/revocation", json={"reason": "Issued in error"}, headers=headers
    )
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked"] is True
    assert revoked.json()["reason"] == "Issued in error"
    assert await _suspended_in_list(platform, document)
    # Lifting the suspension of a revoked credential is refused, and its bit stays set.
    lifted = await platform.http.delete(f"{base}/suspension", headers=headers)
    assert lifted.status_code == 409, lifted.text
    vc_api = f"{platform.issuer.public_url}/credentials/status"
    active = {"credentialId": f"urn:uuid:{credential_id}", "credentialStatus": [{"status": "active"}]}
    assert (await platform.http.post(vc_api, json=active, headers=headers)).status_code == 409
    assert await _suspended_in_list(platform, document)
    again = await platform.http.post(f"{base}/revocation", json={"reason": "x"}, headers=headers)
    assert again.status_code == 409
    bits, _ = await _bits(platform, _entry(document)[0])
    assert sum(bin(byte).count("1") for byte in bits) == 1


async def test_revoking_an_active_credential_sets_its_bit_too(platform: Platform, college: QaOffice) -> None:
    headers = await _institution_headers(platform, college)
    ((credential_id, document),) = await issued_omc(platform, college)
    revoked = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/revocation",
        json={"reason": "Issued in error"},
        headers=headers,
    )
    assert revoked.status_code == 200, revoked.text
    assert await _suspended_in_list(platform, document)


async def test_the_vc_api_status_update_moves_the_same_bit(platform: Platform, college: QaOffice) -> None:
    headers = await _institution_headers(platform, college)
    stranger = await platform.auth(await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]))
    ((credential_id, document),) = await issued_omc(platform, college)
    vc_api = f"{platform.issuer.public_url}/credentials/status"
    update: dict[str, Any] = {
        "credentialId": f"urn:uuid:{credential_id}",
        "credentialStatus": [{"status": "suspended"}],
    }
    assert (await platform.http.post(vc_api, json=update, headers=stranger)).status_code == 403
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["suspended"] is True
    assert await _suspended_in_list(platform, document)
    update["credentialStatus"] = [{"status": "active"}]
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["suspended"] is False
    assert not await _suspended_in_list(platform, document)
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.status_code == 200, "already active: nothing to do"
    update["credentialStatus"] = [{"status": "revoked"}]
    answer = await platform.http.post(vc_api, json=update, headers=headers)
    assert answer.json()["revoked"] is True
    assert await _suspended_in_list(platform, document)
    foreign = {"credentialId": "https://elsewhere.example/1", "credentialStatus": [{"status": "revoked"}]}
    refused = await platform.http.post(vc_api, json=foreign, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "body.credentialId"


async def test_lifting_a_suspension_needs_no_body(platform: Platform, college: QaOffice) -> None:
    headers = await _institution_headers(platform, college)
    ((credential_id, _),) = await issued_omc(platform, college)
    url = f"{platform.issuer.public_url}/v1/credentials/{credential_id}/suspension"
    assert (await platform.http.delete(url, headers=headers)).status_code == 409, "not suspended"
    assert (await platform.http.post(url, json={"reason": "Review"}, headers=headers)).status_code == 200
    lifted = await platform.http.delete(url, headers=headers)
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["reason"] == "Suspension lifted."


async def test_concurrent_revocations_in_one_list_lose_no_bit(platform: Platform, college: QaOffice) -> None:
    headers = await _institution_headers(platform, college)
    issued = await issued_omc(platform, college, count=8)
    assert len({_entry(document)[0] for _, document in issued}) == 1
    answers = await asyncio.gather(
        *(
            platform.http.post(
                f"{platform.issuer.public_url}/v1/credentials/{credential_id}/revocation",
                json={"reason": "Batch error"},
                headers=headers,
            )
            for credential_id, _ in issued
        )
    )
    assert [answer.status_code for answer in answers] == [200] * 8
    bits, _ = await _bits(platform, _entry(issued[0][1])[0])
    assert all(bit_is_set(bits, _entry(document)[1]) for _, document in issued)
