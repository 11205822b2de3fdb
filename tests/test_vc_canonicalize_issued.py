"""What the running platform issues, canonicalized by the default canonicalizer (pyoxigraph's JSON-LD,
shared/vc/oxigraph_jsonld.py) and by pyld: the same bytes, for the credential, the document each
proof signs and each proof configuration, with no document left to pyld. The credentials come from
the real pipeline: an OMC awarded through the SIS intake and worker, a joint award (with the
partner's signed endorsement embedded), a credential issued through the VC-API, and the status
list credentials the issuer serves once a credential is suspended and once one is revoked."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from shared.vc.canonicalize import PyldCanonicalizer, oxigraph_jsonld_canonicalizer
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3
from shared.vc.data_integrity import proofs_of, unsecured
from tests.support.iqap import QaOffice, new_partner, partnership_body
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.platform import Platform

REQUEST_BOUND_SECONDS = 60.0
"""For requests that sign on a busy machine: a bound for a hung call, not a timing."""


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def sis(platform: Platform, college: QaOffice) -> Sis:
    return await Sis.of(platform, college.institution_id)


@pytest.fixture(scope="module")
async def omc(college: QaOffice) -> str:
    return await ready_omc(college)


async def awarded(platform: Platform, sis: Sis, micro_credential_id: str) -> dict[str, Any]:
    """The credential the worker issues for one completion sent by the SIS."""
    response = await sis.send([record(micro_credential_id)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == 1, job
    return await credential_document(platform, job["completions"][0]["credential_id"])


def signed_parts(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every document an eddsa-rdfc-2022 proof of `document` (or of an embedded credential) hashes."""
    yield "credential", document
    yield "unsecured", unsecured(document)
    for index, proof in enumerate(proofs_of(document)):
        options = {key: value for key, value in proof.items() if key != "proofValue"}
        yield f"proof configuration {index}", {**options, "@context": document["@context"]}
    achievement = document.get("credentialSubject", {}).get("achievement", {})
    for index, endorsement in enumerate(achievement.get("endorsement", [])):
        for name, part in signed_parts(endorsement):
            yield f"endorsement {index}, {name}", part


def assert_same_bytes_without_pyld(document: dict[str, Any]) -> None:
    canonicalizer, pyld = oxigraph_jsonld_canonicalizer(), PyldCanonicalizer()
    for name, part in signed_parts(document):
        assert canonicalizer.canonicalize(part) == pyld.canonicalize(part), name
    assert canonicalizer.left_to_pyld == 0


async def test_an_awarded_omc(platform: Platform, sis: Sis, omc: str) -> None:
    credential = await awarded(platform, sis, omc)
    assert len(PyldCanonicalizer().canonicalize(unsecured(credential)).splitlines()) > 50
    assert_same_bytes_without_pyld(credential)


async def test_a_joint_award_with_the_partner_s_endorsement(
    platform: Platform, college: QaOffice, sis: Sis
) -> None:
    partner = await new_partner(platform)
    reviewed = await college.review_partnership(partnership_body(partner["id"]))
    assert reviewed.status_code == 201, reviewed.text
    joint = await ready_omc(college, partners=[{"organisation_id": partner["id"], "role": "co_awarding"}])
    credential = await awarded(platform, sis, joint)
    assert credential["credentialSubject"]["achievement"]["endorsement"], credential
    assert_same_bytes_without_pyld(credential)


async def test_a_credential_issued_through_the_vc_api(platform: Platform, college: QaOffice) -> None:
    request = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Customer service essentials",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"urn:uuid:{uuid.uuid4()}",
                "type": ["Achievement"],
                "achievementType": "MicroCredential",
                "name": "Customer service essentials",
                "description": "Serving customers in person and by phone; handling complaints.",
                "criteria": {"narrative": "Attend the six workshops and pass the role-play assessment."},
            },
        },
    }
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/issue",
        json={"credential": request, "options": {}},
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
        timeout=REQUEST_BOUND_SECONDS,
    )
    assert response.status_code == 201, response.text
    assert_same_bytes_without_pyld(response.json()["verifiableCredential"])


@pytest.mark.parametrize(
    ("action", "body"),
    [
        ("suspension", {"reason": "Under academic integrity review."}),
        ("revocation", {"reason": "Awarded in error."}),
    ],
)
async def test_the_status_list_of_a_suspended_or_revoked_credential(
    platform: Platform, college: QaOffice, sis: Sis, omc: str, action: str, body: dict[str, str]
) -> None:
    credential = await awarded(platform, sis, omc)
    assert_same_bytes_without_pyld(credential)
    credential_id = str(credential["id"]).removeprefix("urn:uuid:")
    changed = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/{action}",
        json=body,
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
    )
    assert changed.status_code == 200, changed.text
    status_list = await platform.http.get(credential["credentialStatus"]["statusListCredential"])
    assert status_list.status_code == 200, status_list.text
    document = status_list.json()
    assert "BitstringStatusListCredential" in document["type"], document
    assert_same_bytes_without_pyld(document)
