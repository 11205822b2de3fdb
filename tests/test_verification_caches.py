"""What verification remembers between requests (services/verification_caches.py), observed through
results, never through timing: the clock the caches count on is the test's own, so a max-age
passes without waiting. Also: proofs checked in the process pool give the same answers as in a
thread."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.services.issuing_keys import IssuingKeys
from services.credential_issuer.services.signing_pool import SigningPool
from services.credential_issuer.services.verification import ServiceDidResolver, VerificationService
from services.credential_issuer.services.verification_caches import (
    DID_DOCUMENT_MAX_AGE,
    STATUS_LIST_MAX_AGE,
    VerificationCaches,
)
from shared.clients.quality import QualityLedgerClient
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.auth import Role
from shared.schemas.credential_status import CheckStatus, VerificationReport
from tests.conftest import TEST_MASTER_KEY, database_for
from tests.support.iqap import QaOffice
from tests.support.issuer import issued_omc
from tests.support.platform import Platform
from tests.support.verification import change_status, pipeline_credential


class Clock:
    """The caches' timer: moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_for(service_databases, "issuer").url, pool_size=2)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


def verifier(
    platform: Platform,
    sessions: async_sessionmaker[AsyncSession],
    caches: VerificationCaches,
    *,
    qa_url: str | None = None,
    pool: SigningPool | None = None,
) -> VerificationService:
    """The service's own verifier, built as its dependencies build it, over the test's caches."""
    keys = IssuingKeys(sessions, master_key=TEST_MASTER_KEY, public_url=platform.issuer.public_url)
    resolver = ServiceDidResolver(
        platform.issuer.public_url, keys.document_for_did, caches=caches, proof_pool=pool
    )
    quality = QualityLedgerClient(platform.http, qa_url or platform.qa.public_url)
    return VerificationService(sessions, resolver, quality, platform.issuer.public_url, caches)


def by_name(report: VerificationReport) -> dict[str, CheckStatus]:
    return {check.name.value: check.status for check in report.checks}


def as_proof_set(document: dict[str, Any]) -> dict[str, Any]:
    """The same signed credential with its proof written as a proof set of one: it still verifies,
    but is no longer the stored document, so its status is read from the status list it names."""
    copied = copy.deepcopy(document)
    copied["proof"] = [copied["proof"]]
    return copied


async def test_a_revoked_status_list_is_seen_once_its_max_age_has_passed(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    issued = await pipeline_credential(platform)
    clock = Clock()
    service = verifier(platform, issuer_sessions, VerificationCaches(timer=clock))
    listed = as_proof_set(issued.document)

    report = await service.verify(listed)
    assert by_name(report)["status"] is CheckStatus.PASSED, report
    assert "not suspended" in report.checks[3].detail

    await change_status(platform, issued, "revoke", "Academic misconduct")
    # Our own record shows it at once...
    assert by_name(await service.verify(issued.document))["status"] is CheckStatus.FAILED
    # ...a status list read less than its max-age ago is still the copy a verifier may reuse...
    clock.now += STATUS_LIST_MAX_AGE - 1
    assert by_name(await service.verify(listed))["status"] is CheckStatus.PASSED
    # ...and once the max-age has passed, the list is read again.
    clock.now += 2
    report = await service.verify(listed)
    assert by_name(report)["status"] is CheckStatus.FAILED, report
    assert "according to its issuer's status list" in report.checks[3].detail

    # With caching off, the list is read at every verification.
    uncached = verifier(platform, issuer_sessions, VerificationCaches.disabled())
    assert by_name(await uncached.verify(listed))["status"] is CheckStatus.FAILED


async def test_a_cached_did_document_is_read_again_for_a_key_rotated_since(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    issued = await pipeline_credential(platform)
    clock = Clock()
    caches = VerificationCaches(timer=clock)
    service = verifier(platform, issuer_sessions, caches)
    assert (await service.verify(issued.document)).verified
    assert len(caches.did_documents) == 1

    institution_id = issued.college.institution_id
    institution = await platform.new_client(institution_id, [Role.INSTITUTION])
    rotated = await platform.http.post(
        f"{platform.issuer.public_url}/v1/institutions/{institution_id}/issuing-keys/rotation",
        headers=await platform.auth(institution),
    )
    assert rotated.status_code == 201, rotated.text
    [(_, newer)] = await issued_omc(platform, issued.college)
    assert newer["proof"]["verificationMethod"] != issued.document["proof"]["verificationMethod"]

    # Within the document's max-age: the new key is not in the cached copy, so it is read again.
    clock.now += DID_DOCUMENT_MAX_AGE - 1
    report = await service.verify(newer)
    assert report.verified, report
    assert (await service.verify(issued.document)).verified  # the retired key still verifies


async def test_a_standing_answer_is_reused_per_institution_version_and_date(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    issued = await pipeline_credential(platform)
    clock = Clock()
    caches = VerificationCaches(standing_seconds=60, timer=clock)
    assert (await verifier(platform, issuer_sessions, caches).verify(issued.document)).verified
    assert len(caches.standing) == 1

    # A ledger that cannot be reached (a closed port: the edge of the world) is not asked again
    # while the answer is fresh...
    unreachable = "http://127.0.0.1:9"
    offline = verifier(platform, issuer_sessions, caches, qa_url=unreachable)
    assert by_name(await offline.verify(issued.document))["standing"] is CheckStatus.PASSED
    # ...and is asked, and fails the check, once it is not; an outage is not remembered.
    clock.now += 61
    report = await offline.verify(issued.document)
    assert by_name(report)["standing"] is CheckStatus.FAILED
    assert "could not answer" in report.checks[5].detail
    assert len(caches.standing) == 0


async def test_proofs_checked_in_the_process_pool_give_the_same_results(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    issued = await pipeline_credential(platform)
    tampered = copy.deepcopy(issued.document)
    tampered["credentialSubject"]["achievement"]["name"] = "Advanced Data Analytics"
    undefined = copy.deepcopy(issued.document)
    undefined["credentialSubject"]["favouriteColour"] = "green"
    pool = SigningPool(1)
    try:
        in_pool = verifier(platform, issuer_sessions, VerificationCaches.disabled(), pool=pool)
        in_thread = verifier(platform, issuer_sessions, VerificationCaches.disabled())
        for document in (issued.document, tampered, undefined, as_proof_set(issued.document)):
            pooled, threaded = await in_pool.verify(document), await in_thread.verify(document)
            assert pooled == threaded
        assert (await in_pool.verify(issued.document)).verified
        assert "signature does not match" in (await in_pool.verify(tampered)).checks[1].detail
        assert "favouriteColour" in (await in_pool.verify(undefined)).checks[1].detail
    finally:
        pool.close()


async def test_published_max_ages_are_the_cache_lifetimes(
    platform: Platform, http: httpx.AsyncClient
) -> None:
    [(_, document)] = await issued_omc(platform, await QaOffice.designated(platform))
    status_list = await http.get(document["credentialStatus"]["statusListCredential"])
    assert status_list.headers["cache-control"] == f"public, max-age={STATUS_LIST_MAX_AGE}"
    organisation = document["issuer"]["id"].rsplit(":", 1)[1]
    did = await http.get(f"{platform.issuer.public_url}/organisations/{organisation}/did.json")
    assert did.headers["cache-control"] == f"public, max-age={DID_DOCUMENT_MAX_AGE}"
