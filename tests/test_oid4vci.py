"""OpenID4VCI 1.0 against the running platform, driven by the test wallet written from the
specification alone (tests/support/oid4vci_wallet.py): the institution makes an offer of a credential
issued by the real pipeline, the wallet takes it by value and by reference, with an Ed25519 and a
P-256 key, in ldp_vc and jwt_vc_json, and checks what it gets independently (the platform's VC-API
verifier and Digital Bazaar's libraries for ldp_vc; the JWS against the did:web key for jwt_vc_json).
Then what must fail: wrong transaction codes, a reused code, a reused nonce, a proof for another
audience, a proof signed by another key than it names."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.support.contract import checked_against_contract
from tests.support.interop import reference_verification
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.oid4vci_wallet import PRE_AUTHORIZED_GRANT, Wallet, WalletKey, verify_jwt_vc
from tests.support.platform import Platform

LDP_VC = "omc_ldp_vc"
JWT_VC_JSON = "omc_jwt_vc_json"
REQUEST_BOUND_SECONDS = 60.0
"""For requests that sign on a busy machine: a bound for a hung call, not a timing."""


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def omc(college: QaOffice) -> str:
    return await ready_omc(college)


async def issued_credential(platform: Platform, college: QaOffice, omc: str) -> str:
    """The id of a credential the worker issued for one completion of the college's SIS."""
    sis = await Sis.of(platform, college.institution_id)
    response = await sis.send([record(omc)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == 1, job
    return str(job["completions"][0]["credential_id"])


async def offer_of(platform: Platform, college: QaOffice, credential_id: str) -> dict[str, Any]:
    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/offers",
        headers=await platform.auth(college.client, audience=platform.issuer.public_url),
    )
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    offer: dict[str, Any] = response.json()
    return offer


def wallet_of(platform: Platform, key: WalletKey | None = None) -> Wallet:
    # Every answer of the wallet's endpoints must be what the contract declares.
    contract = checked_against_contract(platform.issuer.public_url, ("/oid4vci/",))
    http = httpx.AsyncClient(timeout=REQUEST_BOUND_SECONDS, event_hooks={"response": [contract]})
    return Wallet(http, key or WalletKey.ed25519())


async def test_the_metadata_describe_the_issuer_in_english_and_french(platform: Platform) -> None:
    async with httpx.AsyncClient() as http:
        wallet = Wallet(http)
        metadata = await wallet.issuer_metadata(platform.issuer.public_url)
        assert {entry["locale"] for entry in metadata["display"]} == {"en", "fr"}
        assert all(entry["logo"]["uri"].startswith("http") for entry in metadata["display"])
        logo = await http.get(metadata["display"][0]["logo"]["uri"])
        assert logo.status_code == 200
        configurations = metadata["credential_configurations_supported"]
        assert configurations[LDP_VC]["format"] == "ldp_vc"
        assert "@context" in configurations[LDP_VC]["credential_definition"]
        assert configurations[JWT_VC_JSON]["format"] == "jwt_vc_json"
        for configuration in configurations.values():
            algorithms = configuration["proof_types_supported"]["jwt"]["proof_signing_alg_values_supported"]
            assert {"EdDSA", "ES256"} <= set(algorithms)
        assert (await wallet.token_endpoint(metadata)).startswith(platform.issuer.public_url)


async def test_a_wallet_receives_the_credential_by_value_bound_to_its_ed25519_key(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    credential_id = await issued_credential(platform, college, omc)
    stored = await credential_document(platform, credential_id)
    offer = await offer_of(platform, college, credential_id)
    assert offer["qr_code_svg"].startswith("<svg")
    wallet = wallet_of(platform)
    async with wallet.http:
        metadata, _, results = await wallet.receive(offer["offer_link"], offer["tx_code"])
        assert [result.status for result in results] == [200, 200], [r.body for r in results]
        by_configuration = dict(
            zip(offer["credential_offer"]["credential_configuration_ids"], results, strict=True)
        )

        ldp = by_configuration[LDP_VC].body["credentials"][0]["credential"]
        assert wallet.key.names_me(ldp["credentialSubject"]["id"])
        assert ldp["id"] == stored["id"]
        assert ldp["credentialStatus"] == stored["credentialStatus"]
        assert ldp["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
        verified = await wallet.http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": ldp}
        )
        assert verified.status_code == 200, verified.text
        assert verified.json()["verified"] is True, verified.json()
        report = await reference_verification(ldp)
        assert report["verified"] is True, report
        assert report["errors"] == [], report

        compact = by_configuration[JWT_VC_JSON].body["credentials"][0]["credential"]
        payload = await verify_jwt_vc(wallet.http, compact, platform.issuer.public_url)
        assert wallet.key.names_me(payload["sub"])
        assert payload["vc"]["credentialSubject"]["id"] == payload["sub"]
        assert payload["jti"] == stored["id"]
        assert payload["vc"]["credentialStatus"] == stored["credentialStatus"]
        assert metadata["credential_issuer"] == platform.issuer.public_url


async def test_a_wallet_receives_the_credential_by_reference_with_a_p256_key_named_by_did_jwk(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    credential_id = await issued_credential(platform, college, omc)
    offer = await offer_of(platform, college, credential_id)
    wallet = wallet_of(platform, WalletKey.p256(as_kid=True))
    async with wallet.http:
        resolved = await wallet.resolve_offer(offer["offer_link_by_reference"])
        assert resolved == offer["credential_offer"]
        _, _, results = await wallet.receive(offer["offer_link_by_reference"], offer["tx_code"])
        assert [result.status for result in results] == [200, 200], [r.body for r in results]
        ldp = results[0].body["credentials"][0]["credential"]
        assert wallet.key.names_me(ldp["credentialSubject"]["id"])
        # Once the code is used, the offer's URI no longer serves it.
        gone = await wallet.http.get(offer["credential_offer_uri"])
        assert gone.status_code == 404


async def test_a_revoked_credential_stays_revoked_in_the_wallet(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    credential_id = await issued_credential(platform, college, omc)
    offer = await offer_of(platform, college, credential_id)
    wallet = wallet_of(platform)
    async with wallet.http:
        _, _, results = await wallet.receive(offer["offer_link"], offer["tx_code"])
        ldp = results[0].body["credentials"][0]["credential"]
        # The wallet's copy (bound to its key, signed anew) is recognised as the OMC it was made from.
        before = await wallet.http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": ldp}
        )
        assert before.json()["verified"] is True, before.json()
        checks = {check["name"]: check["status"] for check in before.json()["checks"]}
        assert checks["standing"] == "passed", before.json()
        revoked = await platform.http.post(
            f"{platform.issuer.public_url}/v1/credentials/{credential_id}/revocation",
            json={"reason": "Awarded in error."},
            headers=await platform.auth(college.client, audience=platform.issuer.public_url),
        )
        assert revoked.status_code in (200, 201, 204), revoked.text
        verified = await wallet.http.post(
            f"{platform.issuer.public_url}/credentials/verify", json={"verifiableCredential": ldp}
        )
        assert verified.json()["verified"] is False, verified.json()
        assert "Revoked on" in verified.json()["errors"][0], verified.json()  # read from the record


async def _token_answer(wallet: Wallet, offer: dict[str, Any], tx_code: str) -> httpx.Response:
    metadata = await wallet.issuer_metadata(offer["credential_offer"]["credential_issuer"])
    code = offer["credential_offer"]["grants"][PRE_AUTHORIZED_GRANT]["pre-authorized_code"]
    return await wallet.token(await wallet.token_endpoint(metadata), code, tx_code)


def _wrong(tx_code: str) -> str:
    return f"{(int(tx_code) + 1) % 10 ** len(tx_code):0{len(tx_code)}d}"


async def test_wrong_transaction_codes_are_refused_and_five_end_the_offer(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    offer = await offer_of(platform, college, await issued_credential(platform, college, omc))
    wallet = wallet_of(platform)
    async with wallet.http:
        answer = await _token_answer(wallet, offer, _wrong(offer["tx_code"]))
        assert answer.status_code == 400
        assert answer.json()["error"] == "invalid_grant"
        token_endpoint = await wallet.token_endpoint(await wallet.issuer_metadata(platform.issuer.public_url))
        other_grant = await wallet.http.post(token_endpoint, data={"grant_type": "client_credentials"})
        assert other_grant.json()["error"] == "unsupported_grant_type"
        no_code = await wallet.http.post(token_endpoint, data={"grant_type": PRE_AUTHORIZED_GRANT})
        assert no_code.status_code == 400
        assert no_code.json()["error"] == "invalid_request"
        # The right code still works after one mistake...
        assert (await _token_answer(wallet, offer, offer["tx_code"])).status_code == 200
        # ...once: the pre-authorized code is single-use.
        reused = await _token_answer(wallet, offer, offer["tx_code"])
        assert reused.status_code == 400, reused.text
        assert reused.json()["error"] == "invalid_grant"

        second = await offer_of(platform, college, offer["credential_id"])
        for _ in range(5):
            answer = await _token_answer(wallet, second, _wrong(second["tx_code"]))
            assert answer.json()["error"] == "invalid_grant"
        burnt = await _token_answer(wallet, second, second["tx_code"])
        assert burnt.status_code == 400, burnt.text
        assert burnt.json()["error"] == "invalid_grant"


async def test_a_new_offer_replaces_the_unused_one(platform: Platform, college: QaOffice, omc: str) -> None:
    credential_id = await issued_credential(platform, college, omc)
    first = await offer_of(platform, college, credential_id)
    second = await offer_of(platform, college, credential_id)
    wallet = wallet_of(platform)
    async with wallet.http:
        replaced = await _token_answer(wallet, first, first["tx_code"])
        assert replaced.status_code == 400, replaced.text
        assert replaced.json()["error"] == "invalid_grant"
        assert (await wallet.http.get(first["credential_offer_uri"])).status_code == 404
        assert (await _token_answer(wallet, second, second["tx_code"])).status_code == 200


async def test_proofs_must_be_fresh_for_this_issuer_and_signed_by_the_key_they_name(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    offer = await offer_of(platform, college, await issued_credential(platform, college, omc))
    wallet = wallet_of(platform)
    async with wallet.http:
        metadata = await wallet.issuer_metadata(platform.issuer.public_url)
        answer = await _token_answer(wallet, offer, offer["tx_code"])
        access_token = answer.json()["access_token"]
        audience = metadata["credential_issuer"]

        async def ask(proof: str, configuration_id: str = LDP_VC) -> httpx.Response:
            return await wallet.request_credential(metadata, access_token, configuration_id, proof)

        wrong_audience = await ask(
            wallet.key.proof(audience="https://other.example", nonce=await wallet.nonce(metadata))
        )
        assert wrong_audience.status_code == 400
        assert wrong_audience.json()["error"] == "invalid_proof"

        # A proof naming one key in its header but signed by another.
        impostor = WalletKey.ed25519()
        signed_by_impostor = impostor.proof(audience=audience, nonce=await wallet.nonce(metadata))
        _, payload, signature = signed_by_impostor.split(".")
        honest_header = wallet.key.proof(audience=audience, nonce=None).split(".")[0]
        forged = await ask(f"{honest_header}.{payload}.{signature}")
        assert forged.status_code == 400, forged.text
        assert forged.json()["error"] == "invalid_proof"

        wrong_type = await ask(
            wallet.key.proof(audience=audience, nonce=await wallet.nonce(metadata), typ="JWT")
        )
        assert wrong_type.json()["error"] == "invalid_proof"
        stale = await ask(
            wallet.key.proof(
                audience=audience, nonce=await wallet.nonce(metadata), issued_at=time.time() - 3600
            )
        )
        assert stale.json()["error"] == "invalid_proof"
        unknown_nonce = await ask(wallet.key.proof(audience=audience, nonce="not-a-nonce-of-this-issuer"))
        assert unknown_nonce.json()["error"] == "invalid_nonce"

        nonce = await wallet.nonce(metadata)
        first = await ask(wallet.key.proof(audience=audience, nonce=nonce))
        assert first.status_code == 200, first.text
        replayed = await ask(wallet.key.proof(audience=audience, nonce=nonce), JWT_VC_JSON)
        assert replayed.status_code == 400, replayed.text
        assert replayed.json()["error"] == "invalid_nonce"

        unknown = await ask(
            wallet.key.proof(audience=audience, nonce=await wallet.nonce(metadata)), "no_such_thing"
        )
        assert unknown.json()["error"] == "unknown_credential_configuration"
        endpoint = str(metadata["credential_endpoint"])
        bearer = {"Authorization": f"Bearer {access_token}"}
        malformed = await wallet.http.post(
            endpoint, content=b"{not json", headers={**bearer, "Content-Type": "application/json"}
        )
        assert malformed.status_code == 400, malformed.text
        assert malformed.json()["error"] == "invalid_credential_request"
        proof = wallet.key.proof(audience=audience, nonce=await wallet.nonce(metadata))
        for body, error in [
            ([], "invalid_credential_request"),
            ({"proofs": {"jwt": [proof]}}, "invalid_credential_request"),
            (
                {"credential_configuration_id": LDP_VC, "proofs": {"jwt": [proof, proof]}},
                "invalid_credential_request",
            ),
            ({"credential_configuration_id": LDP_VC, "proofs": {"ldp_vp": [{}]}}, "invalid_proof"),
            ({"credential_configuration_id": LDP_VC}, "invalid_proof"),
        ]:
            answer = await wallet.http.post(endpoint, json=body, headers=bearer)
            assert answer.status_code == 400, answer.text
            assert answer.json()["error"] == error, (body, answer.text)
        without_token = await wallet.http.post(endpoint, json={})
        assert without_token.status_code == 401
        assert without_token.headers["www-authenticate"].startswith("Bearer")


async def test_only_the_institution_of_the_credential_makes_offers(
    platform: Platform, college: QaOffice, omc: str
) -> None:
    credential_id = await issued_credential(platform, college, omc)
    other = await QaOffice.designated(platform)
    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{credential_id}/offers",
        headers=await platform.auth(other.client, audience=platform.issuer.public_url),
    )
    assert response.status_code == 403, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
