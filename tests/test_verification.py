"""POST /credentials/verify: named checks beyond the signature, and no fetch of anything the
credential names."""

from __future__ import annotations

import copy
import json
import socket
import threading
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ops.database import ServiceDatabase
from services.credential_issuer.services.verification import ServiceDidResolver, VerificationService
from shared.clients.quality import QualityLedgerClient
from shared.schemas.auth import OrganisationKind, Role
from shared.schemas.credential_status import CheckStatus
from shared.vc.did import did_key_from_public_key
from tests.conftest import database_for
from tests.support.credentials import open_badge_credential
from tests.support.iqap import QaOffice
from tests.support.issued_credentials import issue_credential, issuer_session_factory, sign
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.platform import Platform

CHECKS = ["format", "proof", "issuer_key", "status", "validity_period", "standing"]


@pytest.fixture
async def issuer_sessions(
    service_databases: list[ServiceDatabase],
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with issuer_session_factory(database_for(service_databases, "issuer").url) as sessions:
        yield sessions


async def _verify(platform: Platform, document: dict[str, Any]) -> dict[str, Any]:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/verify",
        json={"verifiableCredential": document, "options": {}},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert [check["name"] for check in body["checks"]] == CHECKS
    return body


def _statuses(report: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in report["checks"]}


async def test_an_issued_credential_passes_each_named_check(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    report = await _verify(platform, issued.document)
    statuses = _statuses(report)
    assert statuses["format"] == statuses["proof"] == statuses["issuer_key"] == "passed"
    assert statuses["status"] == statuses["validity_period"] == "passed"
    # The institution was never designated: the quality ledger says so, with its reasons.
    standing = next(check for check in report["checks"] if check["name"] == "standing")
    assert standing["status"] == "failed"
    assert standing["detail"].startswith("On 2026-11-01: ")
    assert report["verified"] is False
    assert report["errors"] == [f"standing: {standing['detail']}"]


async def test_a_tampered_or_expired_credential_fails(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    tampered = copy.deepcopy(issued.document)
    tampered["credentialSubject"]["achievement"]["name"] = "Advanced Data Analytics"
    report = await _verify(platform, tampered)
    assert _statuses(report)["proof"] == "failed"
    assert "signature does not match" in report["checks"][1]["detail"]
    assert _statuses(report)["standing"] == "not_applicable"

    other_key = Ed25519PrivateKey.generate()
    foreign = sign({k: v for k, v in issued.document.items() if k != "proof"}, other_key)
    report = await _verify(platform, foreign)
    assert _statuses(report)["proof"] == "failed"
    assert "made by the issuer" in report["checks"][1]["detail"]

    key = Ed25519PrivateKey.generate()
    expired = open_badge_credential(issuer=did_key_from_public_key(key.public_key()))
    expired["issuer"]["id"] = did_key_from_public_key(key.public_key())
    del expired["credentialStatus"]
    expired["validUntil"] = "2020-01-01T00:00:00Z"
    report = await _verify(platform, sign(expired, key))
    assert _statuses(report) == {
        "format": "passed",
        "proof": "passed",
        "issuer_key": "passed",
        "status": "not_applicable",
        "validity_period": "failed",
        "standing": "not_applicable",
    }
    assert (await _verify(platform, {"hello": "world"}))["checks"][0]["status"] == "failed"


@pytest.fixture
def no_network_from_this_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempted from the test's own thread fails the test (the services under test
    run in other threads and keep their own connections)."""
    test_thread = threading.get_ident()
    original = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if threading.get_ident() == test_thread:
            raise AssertionError(f"network connection attempted to {address!r}")
        original(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: pytest.fail(f"DNS lookup of {args!r}"))


async def test_remote_contexts_and_foreign_status_lists_are_refused_without_network(
    platform: Platform, no_network_from_this_thread: None
) -> None:
    verifier = VerificationService(
        async_sessionmaker(),  # never used: nothing here is this service's
        ServiceDidResolver(platform.issuer.public_url, None),
        QualityLedgerClient(None, platform.qa.public_url),  # type: ignore[arg-type]
        platform.issuer.public_url,
    )
    key = Ed25519PrivateKey.generate()
    issuer = did_key_from_public_key(key.public_key())
    remote = sign(open_badge_credential(issuer=issuer), key)
    remote["@context"] = [*remote["@context"], "https://attacker.example/context.jsonld"]
    report = await verifier.verify(remote)
    assert report.checks[0].status is CheckStatus.FAILED
    assert "attacker.example" in report.checks[0].detail
    assert all(check.status is CheckStatus.NOT_APPLICABLE for check in report.checks[1:])

    elsewhere = open_badge_credential(issuer=issuer, id="https://elsewhere.example/credentials/1")
    elsewhere["issuer"]["id"] = issuer
    report = await verifier.verify(sign(elsewhere, key))
    statuses = {check.name.value: check.status for check in report.checks}
    assert statuses["proof"] is CheckStatus.PASSED
    assert statuses["status"] is CheckStatus.FAILED
    assert "not one of this service's" in report.checks[3].detail

    web = open_badge_credential(issuer="did:web:attacker.example")
    web["proof"] = sign(elsewhere, key)["proof"] | {"verificationMethod": "did:web:attacker.example#key-1"}
    report = await verifier.verify(web)
    assert report.checks[1].status is CheckStatus.FAILED
    assert "only did:key and this service's did:web" in report.checks[1].detail
    assert not report.verified


async def test_a_credential_naming_a_status_list_of_another_host_is_refused_over_http(
    platform: Platform,
) -> None:
    key = Ed25519PrivateKey.generate()
    issuer = did_key_from_public_key(key.public_key())
    document = open_badge_credential(issuer=issuer, id=f"urn:uuid:{uuid.uuid4()}")
    document["issuer"]["id"] = issuer
    report = await _verify(platform, sign(document, key))
    assert _statuses(report)["status"] == "failed"
    too_big = {"verifiableCredential": {"@context": ["x" * 70_000]}}
    response = await platform.http.post(f"{platform.issuer.public_url}/credentials/verify", json=too_big)
    assert response.status_code == 413


# --- the public HTML page -------------------------------------------------------------------------


async def test_the_page_shows_each_check_in_english_and_french_and_escapes_input(
    platform: Platform, issuer_sessions: async_sessionmaker[AsyncSession]
) -> None:
    page = f"{platform.issuer.public_url}/verify"
    empty = await platform.http.get(page)
    assert empty.status_code == 200
    assert empty.headers["content-type"].startswith("text/html")
    assert '<textarea id="credential_json"' in empty.text
    assert "<script" not in empty.text
    assert "Vérifier une microcertification" in (await platform.http.get(page, params={"lang": "fr"})).text
    french = await platform.http.get(page, headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5"})
    assert 'lang="fr"' in french.text

    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    assert client.organisation_id is not None
    issued = await issue_credential(issuer_sessions, platform.issuer.public_url, client.organisation_id)
    english = await platform.http.get(page, params={"credential": f"urn:uuid:{issued.id}"})
    assert english.status_code == 200, english.text
    for label in (
        "Signature",
        "Issuer&#39;s key",
        "Revocation and suspension",
        "Validity dates",
        "Quality assurance",
    ):
        assert label in english.text
    assert "the issuer signed it and it has not been changed since." in english.text
    assert "Data Analytics Fundamentals, issued by Seneca Polytechnic." in english.text
    french = await platform.http.get(page, params={"credential": str(issued.id), "lang": "fr"})
    assert "Révocation et suspension" in french.text
    assert "l&#39;émetteur l&#39;a signée et elle n&#39;a pas été modifiée depuis." in french.text
    assert "réussi" in french.text
    assert "échoué" in french.text  # the quality ledger: never designated

    elsewhere = await platform.http.get(page, params={"credential": "https://attacker.example/c/1"})
    assert elsewhere.status_code == 422
    assert "other addresses are not opened" in elsewhere.text
    missing = await platform.http.get(page, params={"credential": str(uuid.uuid4())})
    assert missing.status_code == 404

    hostile = copy.deepcopy(issued.document)
    hostile["name"] = "<script>alert(1)</script>"
    posted = await platform.http.post(page, data={"credential_json": json.dumps(hostile)})
    assert posted.status_code == 200
    assert "<script>" not in posted.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in posted.text
    assert "échoué" not in posted.text
    assert "failed" in posted.text  # the proof: the name was changed
    uploaded = await platform.http.post(
        page,
        params={"lang": "fr"},
        files={
            "credential_file": ("credential.json", json.dumps(issued.document).encode(), "application/json")
        },
    )
    assert uploaded.status_code == 200
    assert "l&#39;émetteur l&#39;a signée" in uploaded.text
    bad = await platform.http.post(page, data={"credential_json": "not json <b>"})
    assert bad.status_code == 422
    assert "not json &lt;b&gt;" in bad.text


async def test_a_credential_issued_by_the_pipeline_passes_every_check_until_revoked(
    platform: Platform,
) -> None:
    college = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    sent = await sis.send([record(micro_credential_id)])
    assert sent.status_code == 202, sent.text
    job = await sis.settled(sent.json()["id"])
    assert job["counts"]["issued"] == 1, job
    credential_id = job["completions"][0]["credential_id"]
    document = await credential_document(platform, credential_id)

    report = await _verify(platform, document)
    assert set(_statuses(report).values()) == {"passed"}, report
    assert report["verified"] is True
    assert "was the issuer's key" in report["checks"][2]["detail"]

    institution = await platform.new_client(college.institution_id, [Role.INSTITUTION])
    revoked = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/revocation",
        json={"reason": "Academic misconduct"},
        headers=await platform.auth(institution),
    )
    assert revoked.status_code == 200, revoked.text
    report = await _verify(platform, document)
    assert _statuses(report)["status"] == "failed"
