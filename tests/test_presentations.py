"""POST /presentations/verify (W3C VC-API): a holder's presentation of credentials the platform issued,
signed as a wallet would (a did:key holder, eddsa-rdfc-2022, proofPurpose `authentication`, the
verifier's challenge and domain); 200 only when the presentation and every credential verify."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.platform import Platform
from tests.support.verification import (
    change_status,
    detail,
    did_key,
    outside_credential,
    pipeline_credential,
    presentation,
    sign,
    statuses,
)

PRESENTATION_CHECKS = ["format", "proof", "holder", "challenge", "domain", "credentials"]
DOMAIN = "verifier.example.ca"


async def _verify(platform: Platform, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = await platform.http.post(f"{platform.issuer.public_url}/presentations/verify", json=body)
    report: dict[str, Any] = response.json()
    if response.status_code in (200, 400):
        assert response.status_code == (200 if report["verified"] else 400), report
        assert [check["name"] for check in report["checks"]] == PRESENTATION_CHECKS
        assert report["errors"] == [
            f"{c['name']}: {c['detail']}" for c in report["checks"] if c["status"] == "failed"
        ]
    return response.status_code, report


def _signed(
    credentials: list[dict[str, Any]], holder_key: Ed25519PrivateKey, challenge: str, **fields: Any
) -> dict[str, Any]:
    document = presentation(credentials, holder=did_key(holder_key), **fields)
    return sign(document, holder_key, proof_purpose="authentication", challenge=challenge, domain=DOMAIN)


async def test_a_holder_presents_an_issued_credential_with_the_verifiers_challenge(
    platform: Platform,
) -> None:
    issued = await pipeline_credential(platform)
    holder_key = Ed25519PrivateKey.generate()
    challenge = str(uuid.uuid4())
    signed = _signed([issued.document], holder_key, challenge)

    status, report = await _verify(
        platform,
        {
            "verifiablePresentation": signed,
            "options": {"challenge": challenge, "domain": DOMAIN, "returnPresentation": True},
        },
    )
    assert status == 200, report
    assert set(statuses(report).values()) == {"passed"}
    assert report["holder"] == did_key(holder_key)
    assert report["verifiablePresentation"] == signed
    assert len(report["credentialResults"]) == 1
    assert report["credentialResults"][0]["verified"] is True
    assert statuses(report["credentialResults"][0])["standing"] == "passed"

    # Another challenge, another domain: a replay or a presentation meant for someone else.
    status, report = await _verify(
        platform, {"verifiablePresentation": signed, "options": {"challenge": "other"}}
    )
    assert status == 400
    assert statuses(report)["challenge"] == "failed"
    assert statuses(report)["proof"] == "passed"
    status, report = await _verify(
        platform,
        {"verifiablePresentation": signed, "options": {"challenge": challenge, "domain": "evil.example"}},
    )
    assert status == 400
    assert statuses(report)["domain"] == "failed"

    # No challenge asked for: the proof is checked, with a warning.
    status, report = await _verify(platform, {"verifiablePresentation": signed})
    assert status == 200
    assert any("No challenge was asked for" in warning for warning in report["warnings"])


async def test_a_tampered_presentation_or_credential_fails_and_each_is_reported(platform: Platform) -> None:
    issued = await pipeline_credential(platform)
    holder_key = Ed25519PrivateKey.generate()
    signed = _signed([issued.document], holder_key, "c-1")
    options = {"challenge": "c-1", "domain": DOMAIN}

    tampered = copy.deepcopy(signed)
    tampered["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Something else"
    status, report = await _verify(platform, {"verifiablePresentation": tampered, "options": options})
    assert status == 400
    assert "signature does not match" in detail(report, "proof")
    assert statuses(report["credentialResults"][0])["proof"] == "failed"
    assert detail(report, "credentials") == "Credential(s) 1 of 1 did not verify (see credentialResults)."

    # The holder re-signs a presentation of a tampered credential: the presentation verifies, the
    # credential does not, and the result is a 400.
    forged = copy.deepcopy(issued.document)
    forged["credentialSubject"]["achievement"]["name"] = "Something else"
    resigned = _signed([forged], holder_key, "c-1")
    status, report = await _verify(platform, {"verifiablePresentation": resigned, "options": options})
    assert status == 400
    assert statuses(report)["proof"] == "passed"
    assert statuses(report)["credentials"] == "failed"
    assert report["credentialResults"][0]["verified"] is False

    # Signed by someone else than the holder it names.
    impostor = Ed25519PrivateKey.generate()
    claimed = presentation([issued.document], holder=did_key(holder_key))
    by_impostor = sign(claimed, impostor, proof_purpose="authentication", challenge="c-1", domain=DOMAIN)
    status, report = await _verify(platform, {"verifiablePresentation": by_impostor, "options": options})
    assert status == 400
    assert statuses(report)["holder"] == "failed"

    # A presentation proof made for assertion, not to authenticate.
    asserted = sign(claimed, holder_key, challenge="c-1", domain=DOMAIN)
    status, report = await _verify(platform, {"verifiablePresentation": asserted, "options": options})
    assert status == 400
    assert "proof purpose is 'assertionMethod', not 'authentication'" in detail(report, "proof")


async def test_a_suspended_credential_fails_inside_a_valid_presentation(platform: Platform) -> None:
    issued = await pipeline_credential(platform)
    holder_key = Ed25519PrivateKey.generate()
    outside_key = Ed25519PrivateKey.generate()
    other = sign(outside_credential(outside_key), outside_key)
    signed = _signed([other, issued.document], holder_key, "c-2")
    options = {"challenge": "c-2", "domain": DOMAIN}
    status, report = await _verify(platform, {"verifiablePresentation": signed, "options": options})
    assert status == 200, [result["errors"] for result in report.get("credentialResults", [])]

    await change_status(platform, issued, "suspend", "Under review")
    status, report = await _verify(platform, {"verifiablePresentation": signed, "options": options})
    assert status == 400
    assert statuses(report)["proof"] == "passed"
    assert [result["verified"] for result in report["credentialResults"]] == [True, False]
    assert detail(report["credentialResults"][1], "status").startswith("Suspended since ")
    assert detail(report, "credentials") == "Credential(s) 2 of 2 did not verify (see credentialResults)."


async def test_an_unsigned_presentation_has_its_credentials_checked_with_a_warning(
    platform: Platform,
) -> None:
    key = Ed25519PrivateKey.generate()
    credential = sign(outside_credential(key), key)
    unsigned = presentation([credential])
    status, report = await _verify(platform, {"presentation": unsigned})
    assert status == 200, report
    assert statuses(report)["proof"] == "not_applicable"
    assert statuses(report)["credentials"] == "passed"
    assert any("no proof" in warning for warning in report["warnings"])
    assert report["holder"] is None

    # A verifier that asks for a challenge needs a proof to answer it.
    status, report = await _verify(platform, {"presentation": unsigned, "options": {"challenge": "c-3"}})
    assert status == 400
    assert detail(report, "challenge") == "A challenge was asked for, but the presentation has no proof."


async def test_malformed_and_hostile_presentations_are_named_4xx(platform: Platform) -> None:
    url = f"{platform.issuer.public_url}/presentations/verify"
    for body, field in (
        ({"verifiablePresentation": "a string"}, "body.verifiablePresentation"),
        ({"verifiablePresentation": {}, "presentation": {}}, "body.verifiablePresentation"),
        ({}, "body.verifiablePresentation"),
        ({"verifiablePresentation": {}, "options": {"challenge": 42}}, "body.options.challenge"),
    ):
        response = await platform.http.post(url, json=body)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["errors"][0]["field"] == field

    key = Ed25519PrivateKey.generate()
    credential = sign(outside_credential(key), key)
    for document, words in (
        (
            presentation([]) | {"verifiableCredential": ["not an object"]},
            "Credential 1 is not a JSON object.",
        ),
        (presentation([credential] * 9), "More than 8 credentials"),
        (
            presentation([credential]) | {"@context": ["https://attacker.example/vp"]},
            "The first @context must be",
        ),
        (presentation([credential]) | {"type": ["VerifiableCredential"]}, "not a VerifiablePresentation"),
        (
            presentation([{"type": ["EnvelopedVerifiableCredential"], "id": "data:application/vc+jwt,eyJ"}]),
            "enveloped",
        ),
    ):
        status, report = await _verify(platform, {"verifiablePresentation": document})
        assert status == 400, report
        assert words in detail(report, "format")

    holder_key = Ed25519PrivateKey.generate()
    remote = presentation([credential], holder=did_key(holder_key))
    remote["@context"] = [*remote["@context"], {"@import": "https://attacker.example/ctx"}]
    signed = sign(
        presentation([credential], holder=did_key(holder_key)), holder_key, proof_purpose="authentication"
    )
    status, report = await _verify(platform, {"verifiablePresentation": remote | {"proof": signed["proof"]}})
    assert status == 400
    assert "https://attacker.example/ctx" in detail(report, "proof")

    unknown_suite = copy.deepcopy(signed)
    unknown_suite["proof"]["cryptosuite"] = "bbs-2023"
    status, report = await _verify(platform, {"verifiablePresentation": unknown_suite})
    assert status == 400
    assert "cryptosuite is 'bbs-2023'" in detail(report, "proof")

    too_big = b'{"verifiablePresentation": {"x": "' + b"x" * 10_000_000 + b'"}}'
    response = await platform.http.post(url, content=too_big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
