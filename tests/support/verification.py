"""What the verification tests share: a credential issued by the real pipeline (an SIS completion
through the worker), credentials and presentations of outside parties (a did:key issuer or holder
signs in the test, as one would elsewhere), and the VC-API calls with their envelope checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.schemas.auth import Role
from shared.vc.data_integrity import ProofOptions, add_proof
from shared.vc.did import did_key_from_public_key, did_key_verification_method
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.jsonld_corpus import open_badge_credential
from tests.support.platform import Platform


@dataclass(frozen=True)
class PipelineCredential:
    college: QaOffice
    credential_id: str
    document: dict[str, Any]


async def pipeline_credential(platform: Platform) -> PipelineCredential:
    """A credential of a designated college's approved OMC, issued by the worker from an SIS record."""
    college = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    sent = await sis.send([record(micro_credential_id)])
    assert sent.status_code == 202, sent.text
    job = await sis.settled(sent.json()["id"])
    assert job["counts"]["issued"] == 1, job
    credential_id = job["completions"][0]["credential_id"]
    return PipelineCredential(college, credential_id, await credential_document(platform, credential_id))


async def change_status(platform: Platform, issued: PipelineCredential, action: str, reason: str) -> None:
    """`revoke`, `suspend` or `unsuspend` through the institution's own API."""
    institution = await platform.new_client(issued.college.institution_id, [Role.INSTITUTION])
    url = f"{platform.issuer.public_url}/v1/credentials/{issued.credential_id}/"
    headers = await platform.auth(institution)
    if action == "revoke":
        response = await platform.http.post(url + "revocation", json={"reason": reason}, headers=headers)
    elif action == "suspend":
        response = await platform.http.post(url + "suspension", json={"reason": reason}, headers=headers)
    else:
        response = await platform.http.request(
            "DELETE", url + "suspension", json={"reason": reason}, headers=headers
        )
    assert response.status_code == 200, response.text


def did_key(key: Ed25519PrivateKey) -> str:
    return did_key_from_public_key(key.public_key())


def sign(document: dict[str, Any], key: Ed25519PrivateKey, **options: Any) -> dict[str, Any]:
    """`document` with one more eddsa-rdfc-2022 proof by a did:key (an outside party's)."""
    method = did_key_verification_method(key.public_key())
    return add_proof(document, key, ProofOptions(verification_method=method, **options))


def outside_credential(key: Ed25519PrivateKey, **overrides: Any) -> dict[str, Any]:
    """An Open Badges credential of an outside did:key issuer (no status entry), unsigned."""
    document = open_badge_credential(issuer=did_key(key), **overrides)
    document.pop("credentialStatus", None)
    return document


def presentation(
    credentials: list[dict[str, Any]], holder: str | None = None, **fields: Any
) -> dict[str, Any]:
    """A VC Data Model 2.0 presentation, unsigned."""
    document: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": credentials,
    }
    if holder is not None:
        document["holder"] = holder
    return document | fields


async def verify_credential(platform: Platform, document: Any, **options: Any) -> tuple[int, dict[str, Any]]:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/verify",
        json={"verifiableCredential": document, "options": options},
    )
    return response.status_code, response.json()


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in report["checks"]}


def detail(report: dict[str, Any], name: str) -> str:
    found: str = next(check["detail"] for check in report["checks"] if check["name"] == name)
    return found
