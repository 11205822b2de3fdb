"""Interoperability with an independent implementation: Digital Bazaar's reference libraries
(`@digitalbazaar/vc`, eddsa-rdfc-2022 Data Integrity, `@digitalbazaar/vc-bitstring-status-list`,
run by the Node.js harness in `tests/interop/`) check what the running platform issues, and the
platform's VC-API verifies what they sign. The harness reads nothing but bundled contexts, did:key
and the platform's own did:web documents and status lists (over loopback).

Both directions require the standards' answers, not only `verified: true`: a credential of ours
must verify there with an empty error list (a proof set passes when any one proof does, so an
error on a second proof would otherwise go unseen), and our VC-API endpoints must answer with the
HTTP status the VC-API defines (200 verified, 400 not)."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import httpx
import pytest

from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3
from tests.support.interop import (
    one_character_changed,
    reference_credential,
    reference_presentation,
    reference_presentation_verification,
    reference_verification,
)
from tests.support.iqap import QaOffice, new_partner, partnership_body
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.platform import Platform

VERIFIER_DOMAIN = "https://employer.example.ca"
VC_API_RESULT_MEMBERS = {"verified", "checks", "warnings", "errors"}
STATUS_BIT_SET = "the status list bit is set"
REQUEST_BOUND_SECONDS = 60.0
"""For requests that sign or canonicalize on a busy machine: a bound for a hung call, not a timing."""


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def sis(platform: Platform, college: QaOffice) -> Sis:
    return await Sis.of(platform, college.institution_id)


@pytest.fixture(scope="module")
async def omc(college: QaOffice) -> str:
    """An OMC of the college, approved and published, that its SIS can award."""
    return await ready_omc(college)


async def awarded(platform: Platform, sis: Sis, micro_credential_id: str) -> dict[str, Any]:
    """The credential the platform issues for one completion sent by the SIS (worker path)."""
    response = await sis.send([record(micro_credential_id)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == 1, job
    return await credential_document(platform, job["completions"][0]["credential_id"])


def credential_uuid(credential: dict[str, Any]) -> str:
    identifier = str(credential["id"])
    assert identifier.startswith("urn:uuid:"), identifier
    return identifier.removeprefix("urn:uuid:")


def assert_verified_without_error(report: dict[str, Any]) -> None:
    assert report["verified"] is True, report
    assert report["errors"] == [], report
    assert report["proofs"], report
    assert all(proof["verified"] and not proof["errors"] for proof in report["proofs"]), report


def assert_verified_with_status_unset(report: dict[str, Any]) -> None:
    assert_verified_without_error(report)
    status = report["status"]
    assert status is not None, f"the reference verifier checked no status entry: {report}"
    assert status["entries"], report
    assert not any(entry["set"] for entry in status["entries"]), report


def assert_fails_the_status_check_only(report: dict[str, Any]) -> None:
    """Every proof verifies, and the Bitstring Status List check fails on a set bit."""
    assert report["verified"] is False, report
    assert report["proofs"], report
    assert all(proof["verified"] for proof in report["proofs"]), report
    status = report["status"]
    assert status is not None, report
    assert status["verified"] is False, report
    assert any(entry["set"] for entry in status["entries"]), report
    assert any(STATUS_BIT_SET in error for error in report["errors"]), report


async def change_status(platform: Platform, college: QaOffice, credential_id: str, status: str) -> None:
    """VC-API `POST /credentials/status` by the college's own client."""
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/status",
        json={
            "credentialId": f"urn:uuid:{credential_id}",
            "credentialStatus": [{"type": "BitstringStatusListEntry", "status": status}],
        },
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
        timeout=REQUEST_BOUND_SECONDS,
    )
    assert response.status_code == 200, response.text


async def our_credential_verification(platform: Platform, credential: dict[str, Any]) -> httpx.Response:
    return await platform.http.post(
        f"{platform.issuer.public_url}/credentials/verify",
        json={"verifiableCredential": credential},
        timeout=REQUEST_BOUND_SECONDS,
    )


async def our_presentation_verification(
    platform: Platform, presentation: dict[str, Any], *, challenge: str, domain: str
) -> httpx.Response:
    return await platform.http.post(
        f"{platform.issuer.public_url}/presentations/verify",
        json={"verifiablePresentation": presentation, "options": {"challenge": challenge, "domain": domain}},
        timeout=REQUEST_BOUND_SECONDS,
    )


def vc_api_result(response: httpx.Response, status_code: int) -> dict[str, Any]:
    assert response.status_code == status_code, response.text
    result: dict[str, Any] = response.json()
    assert set(result) >= VC_API_RESULT_MEMBERS, result
    return result


# --- credentials the platform issues, checked by the reference verifier ---------------------------


async def test_an_issued_omc_verifies_in_the_reference_verifier_with_no_error(
    platform: Platform, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)

    assert_verified_with_status_unset(await reference_verification(credential))


async def test_a_joint_award_verifies_with_no_error_and_carries_the_partners_signed_endorsement(
    platform: Platform, college: QaOffice, sis: Sis
) -> None:
    partner = await new_partner(platform)
    reviewed = await college.review_partnership(partnership_body(partner["id"]))
    assert reviewed.status_code == 201, reviewed.text
    joint = await ready_omc(college, partners=[{"organisation_id": partner["id"], "role": "co_awarding"}])
    credential = await awarded(platform, sis, joint)

    report = await reference_verification(credential)

    assert_verified_with_status_unset(report)
    partner_did_suffix = f":organisations:{partner['id']}"
    by_partner = [item for item in report["endorsements"] if str(item["issuer"]).endswith(partner_did_suffix)]
    assert by_partner, f"no endorsement issued by the partner {partner['id']}: {report}"
    for endorsement in by_partner:
        assert "EndorsementCredential" in endorsement["type"], endorsement
        assert_verified_without_error(endorsement)


async def test_a_revoked_omc_fails_the_reference_status_check(
    platform: Platform, college: QaOffice, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)
    assert_verified_with_status_unset(await reference_verification(credential))

    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_uuid(credential)}/revocation",
        json={"reason": "Awarded in error."},
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
    )
    assert response.status_code == 200, response.text

    assert_fails_the_status_check_only(await reference_verification(credential))


async def test_a_suspended_omc_fails_the_reference_status_check(
    platform: Platform, college: QaOffice, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)
    assert_verified_with_status_unset(await reference_verification(credential))

    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_uuid(credential)}/suspension",
        json={"reason": "Under academic integrity review."},
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
    )
    assert response.status_code == 200, response.text

    assert_fails_the_status_check_only(await reference_verification(credential))


async def test_an_issued_omc_changed_by_one_character_is_rejected_by_the_reference_verifier(
    platform: Platform, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)
    changed = one_character_changed(credential, "credentialSubject", "achievement", "name")

    report = await reference_verification(changed)

    assert report["verified"] is False, report
    assert "Invalid signature." in report["errors"], report


async def test_the_reference_verifier_fetches_no_context_a_credential_names(
    platform: Platform, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)
    remote = f"https://contexts.example.ca/{secrets.token_hex(4)}"
    credential["@context"] = [*credential["@context"], remote]

    report = await reference_verification(credential)

    assert report["verified"] is False, report
    assert any(f'refused "{remote}"' in error for error in report["errors"]), report


# --- credentials and presentations the reference library signs, checked by our VC-API -------------


async def test_a_credential_the_reference_library_issues_verifies_at_our_vc_api(platform: Platform) -> None:
    issued = await reference_credential()
    credential = issued["verifiableCredential"]
    assert_verified_without_error(await reference_verification(credential))

    result = vc_api_result(await our_credential_verification(platform, credential), 200)

    assert result["verified"] is True, result
    assert result["errors"] == [], result


async def test_a_reference_credential_changed_by_one_character_is_rejected_by_our_vc_api(
    platform: Platform,
) -> None:
    credential = (await reference_credential())["verifiableCredential"]
    changed = one_character_changed(credential, "credentialSubject", "achievement", "name")

    result = vc_api_result(await our_credential_verification(platform, changed), 400)

    assert result["verified"] is False, result
    assert result["errors"], result


async def test_a_presentation_the_reference_library_signs_verifies_at_our_vc_api(
    platform: Platform, sis: Sis, omc: str
) -> None:
    ours = await awarded(platform, sis, omc)
    theirs = (await reference_credential())["verifiableCredential"]
    challenge = secrets.token_urlsafe(16)
    presented = await reference_presentation([ours, theirs], challenge=challenge, domain=VERIFIER_DOMAIN)
    presentation = presented["verifiablePresentation"]
    reference = await reference_presentation_verification(
        presentation, challenge=challenge, domain=VERIFIER_DOMAIN
    )
    assert reference["verified"] is True, reference
    assert reference["errors"] == [], reference

    accepted = await our_presentation_verification(
        platform, presentation, challenge=challenge, domain=VERIFIER_DOMAIN
    )
    result = vc_api_result(accepted, 200)
    assert result["verified"] is True, result
    assert result["errors"] == [], result

    replayed = await our_presentation_verification(
        platform, presentation, challenge=secrets.token_urlsafe(16), domain=VERIFIER_DOMAIN
    )
    assert vc_api_result(replayed, 400)["verified"] is False
    elsewhere = await our_presentation_verification(
        platform, presentation, challenge=challenge, domain="https://another-verifier.example.ca"
    )
    assert vc_api_result(elsewhere, 400)["verified"] is False


async def test_a_reference_presentation_changed_by_one_character_is_rejected_by_our_vc_api(
    platform: Platform,
) -> None:
    credential = (await reference_credential())["verifiableCredential"]
    challenge = secrets.token_urlsafe(16)
    presented = await reference_presentation([credential], challenge=challenge, domain=VERIFIER_DOMAIN)
    changed = one_character_changed(presented["verifiablePresentation"], "verifiableCredential", 0, "name")

    response = await our_presentation_verification(
        platform, changed, challenge=challenge, domain=VERIFIER_DOMAIN
    )

    result = vc_api_result(response, 400)
    assert result["verified"] is False, result
    assert result["errors"], result


# --- the VC-API issuer and status update, seen by the reference verifier -------------------------


def other_micro_credential() -> dict[str, Any]:
    """A VC-API issue request's credential: a micro-credential the college offers outside its IQAP
    (not an OMC); the platform adds the issuer, the status entry and the proof."""
    return {
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


async def test_a_credential_issued_through_our_vc_api_verifies_in_the_reference_verifier(
    platform: Platform, college: QaOffice
) -> None:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/issue",
        json={"credential": other_micro_credential(), "options": {}},
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
        timeout=REQUEST_BOUND_SECONDS,
    )
    assert response.status_code == 201, response.text
    credential = response.json()["verifiableCredential"]
    assert str(
        credential["issuer"]["id"] if isinstance(credential["issuer"], dict) else credential["issuer"]
    ).endswith(f":organisations:{college.institution_id}"), credential

    assert_verified_with_status_unset(await reference_verification(credential))


async def test_a_vc_api_status_update_is_seen_by_the_reference_verifier(
    platform: Platform, college: QaOffice, sis: Sis, omc: str
) -> None:
    credential = await awarded(platform, sis, omc)
    assert_verified_with_status_unset(await reference_verification(credential))

    await change_status(platform, college, credential_uuid(credential), "suspended")
    assert_fails_the_status_check_only(await reference_verification(credential))

    await change_status(platform, college, credential_uuid(credential), "active")
    assert_verified_with_status_unset(await reference_verification(credential))
