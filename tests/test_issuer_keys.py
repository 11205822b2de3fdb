"""Issuing keys: one Ed25519 key per organisation, made on first use and published in its did:web
DID document; a rotation adds a key and credentials signed before it keep verifying. A jointly
awarded OMC carries one proof, the awarding DOMCI's, and the co-awarding partner's Open Badges
EndorsementCredential, signed with the partner's own key."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.credential_issuer.services.issuing_keys import SigningKey, organisation_did, proof_moment
from shared.schemas.auth import OrganisationKind, Role
from shared.vc.contexts import DID_V1, MULTIKEY_V1
from shared.vc.data_integrity import verify
from shared.vc.did import StaticDidResolver, did_web_url
from shared.vc.errors import DidError
from shared.vc.schemas import validate_open_badge
from tests.support.iqap import QaOffice, new_partner, partnership_body
from tests.support.issuer import HttpDidResolver, Sis, credential_document, key_fragment, ready_omc, record
from tests.support.platform import Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


async def issue_one(platform: Platform, sis: Sis, micro_credential_id: str) -> dict[str, Any]:
    response = await sis.send([record(micro_credential_id)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    assert job["counts"]["issued"] == 1, job
    return await credential_document(platform, job["completions"][0]["credential_id"])


async def did_document(platform: Platform, organisation_id: str) -> dict[str, Any]:
    response = await platform.http.get(
        f"{platform.issuer.public_url}/organisations/{organisation_id}/did.json"
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/did+json")
    document: dict[str, Any] = response.json()
    return document


async def rotate(platform: Platform, institution_id: str, actor: Any) -> Any:
    return await platform.http.post(
        f"{platform.issuer.public_url}/v1/institutions/{institution_id}/issuing-keys/rotation",
        headers=await platform.auth(actor, audience=platform.issuer.public_url),
    )


async def test_a_rotation_adds_a_key_and_earlier_credentials_keep_verifying(
    platform: Platform, college: QaOffice
) -> None:
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    before = await issue_one(platform, sis, micro_credential_id)
    did = before["issuer"]["id"]
    document = await did_document(platform, college.institution_id)
    assert document["id"] == did
    assert [method["type"] for method in document["verificationMethod"]] == ["Multikey"]
    assert document["assertionMethod"] == [before["proof"]["verificationMethod"]]

    rotated = await rotate(platform, college.institution_id, college.client)
    assert rotated.status_code == 201, rotated.text
    new_method = rotated.json()["verification_method"]
    assert rotated.json()["did"] == did
    assert new_method != before["proof"]["verificationMethod"]

    after = await issue_one(platform, sis, micro_credential_id)
    assert after["proof"]["verificationMethod"] == new_method
    document = await did_document(platform, college.institution_id)
    assert document["assertionMethod"] == [before["proof"]["verificationMethod"], new_method]
    for credential in (before, after):
        result = await verify(credential, HttpDidResolver(platform))
        assert result.verified, result
    assert key_fragment(new_method) == new_method.split("#")[1]


async def test_only_the_institution_itself_rotates_its_key(platform: Platform, college: QaOffice) -> None:
    sis = await platform.new_client(college.institution_id, [Role.SIS])
    other = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    agency = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    for actor in (sis, other, agency):
        response = await rotate(platform, college.institution_id, actor)
        assert response.status_code == 403, response.text


async def test_the_did_document_is_in_the_controlled_identifiers_form_at_the_did_web_path(
    platform: Platform, college: QaOffice
) -> None:
    micro_credential_id = await ready_omc(college)
    credential = await issue_one(
        platform, await Sis.of(platform, college.institution_id), micro_credential_id
    )
    did = credential["issuer"]["id"]
    # did:web's read rule gives the URL this service serves the document at (https, in production).
    url = did_web_url(did)
    host = platform.issuer.public_url.removeprefix("http://")
    assert url == f"https://{host}/organisations/{college.institution_id}/did.json"
    response = await platform.http.get("http://" + url.removeprefix("https://"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/did+json")
    document = response.json()
    assert document["@context"] == [DID_V1, MULTIKEY_V1]
    assert document["id"] == did
    assert document["verificationMethod"]
    for method in document["verificationMethod"]:
        assert set(method) == {"id", "type", "controller", "publicKeyMultibase"}
        assert method["type"] == "Multikey"
        assert method["controller"] == did
        assert method["id"].startswith(f"{did}#")
        assert method["publicKeyMultibase"].startswith("z6Mk")
    ids = [method["id"] for method in document["verificationMethod"]]
    assert document["assertionMethod"] == ids
    assert document["authentication"] == ids
    assert credential["proof"]["verificationMethod"] in ids
    json_ld = await platform.http.get(
        "http://" + url.removeprefix("https://"), headers={"Accept": "application/did+ld+json"}
    )
    assert json_ld.headers["content-type"].startswith("application/did+ld+json")
    assert json_ld.json() == document


def test_a_public_url_with_a_path_gives_dids_whose_document_is_under_that_path() -> None:
    organisation = uuid.UUID("5d3c1c8e-0000-4000-8000-000000000001")
    did = organisation_did("https://credentials.example.ca:8443/issuer", organisation)
    assert did == f"did:web:credentials.example.ca%3A8443:issuer:organisations:{organisation}"
    assert (
        did_web_url(did)
        == f"https://credentials.example.ca:8443/issuer/organisations/{organisation}/did.json"
    )
    with pytest.raises(DidError):
        organisation_did("http://credential_issuer:8003", organisation)


async def test_an_organisation_without_keys_has_no_did_document(platform: Platform) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    response = await platform.http.get(
        f"{platform.issuer.public_url}/organisations/{organisation['id']}/did.json"
    )
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_joint_award_has_one_proof_and_the_partners_signed_endorsement(
    platform: Platform, college: QaOffice
) -> None:
    partner = await new_partner(platform)
    reviewed = await college.review_partnership(partnership_body(partner["id"]))
    assert reviewed.status_code == 201, reviewed.text
    micro_credential_id = await ready_omc(
        college, partners=[{"organisation_id": partner["id"], "role": "co_awarding"}]
    )
    sis = await Sis.of(platform, college.institution_id)
    credential = await issue_one(platform, sis, micro_credential_id)

    validate_open_badge(credential)
    assert isinstance(credential["proof"], dict), "one proof: the awarding institution's"
    issuer = credential["issuer"]["id"]
    assert credential["proof"]["verificationMethod"].startswith(f"{issuer}#")
    achievement = credential["credentialSubject"]["achievement"]
    creator = achievement["creator"]
    assert creator["id"].endswith(f":organisations:{partner['id']}")
    assert creator["name"] == partner["name_en"]
    result = await verify(credential, HttpDidResolver(platform))
    assert result.verified, result
    assert result.verified_controllers() == {issuer}

    (endorsement,) = achievement["endorsement"]
    assert endorsement["type"] == ["VerifiableCredential", "EndorsementCredential"]
    assert endorsement["issuer"] == {"id": creator["id"], "type": ["Profile"], "name": partner["name_en"]}
    subject = endorsement["credentialSubject"]
    assert subject["id"] == achievement["id"]
    assert subject["type"] == ["EndorsementSubject"]
    assert subject["endorsementComment"].startswith("Co-awarded")
    assert endorsement["validFrom"] == credential["validFrom"]
    # Verified on its own against the partner's DID document as this service publishes it.
    partner_document = await did_document(platform, partner["id"])
    assert partner_document["id"] == creator["id"]
    endorsed = await verify(endorsement, StaticDidResolver([partner_document]))
    assert endorsed.verified, endorsed
    assert endorsed.verified_controllers() == {creator["id"]}
    assert endorsement["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    # The credential's proof covers the endorsement: changing its comment breaks the credential.
    tampered = copy.deepcopy(credential)
    tampered["credentialSubject"]["achievement"]["endorsement"][0]["credentialSubject"][
        "endorsementComment"
    ] = "Not co-awarded."
    assert not (await verify(tampered, HttpDidResolver(platform))).verified
    # The platform's own verifier names both organisations, each verified.
    response = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/verify",
        json={"verifiableCredential": credential},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert [(o["id"], o["role"], o["verified"]) for o in report["organisations"]] == [
        (issuer, "issuer", True),
        (creator["id"], "co_awarding_partner", True),
    ]
    assert {c["name"]: c["status"] for c in report["checks"]}["endorsements"] == "passed"


def test_production_refuses_a_placeholder_issuer_master_key() -> None:
    from pydantic import SecretStr, ValidationError

    from services.credential_issuer.config import IssuerSettings

    production = {
        "environment": "production",
        "database_url": SecretStr("postgresql://x@127.0.0.1/x"),
        "smtp_host": "smtp.omc.example",  # production needs it too (learners' sign-in codes)
        **dict.fromkeys(("public_url", "registry_url", "qa_url", "issuer_url"), "https://omc.example"),
    }
    with pytest.raises(ValidationError, match="ISSUER_MASTER_KEY"):
        IssuerSettings.model_validate(production)
    settings = IssuerSettings.model_validate(
        {**production, "master_key": SecretStr("a-real-secret-0123456789")}
    )
    assert settings.intake_max_records == 10_000


def test_a_proof_is_never_dated_before_its_key_was_made() -> None:
    """A key made on first use during a round that began in the previous second signs with its own
    second, not the round's (the verifier refuses a proof older than its key); an older key leaves
    the round's moment as it was (so a key retired later in the round was current at that moment)."""
    private_key = Ed25519PrivateKey.generate()
    made_now = SigningKey("did:web:x#new", private_key, datetime(2026, 12, 7, 6, 34, 55, 20_000, tzinfo=UTC))
    made_long_ago = SigningKey("did:web:y#old", private_key, datetime(2025, 1, 1, tzinfo=UTC))
    round_began = datetime(2026, 12, 7, 6, 34, 54, 980_000, tzinfo=UTC)

    assert proof_moment([made_long_ago, made_now], not_before=round_began) == datetime(
        2026, 12, 7, 6, 34, 55, tzinfo=UTC
    )
    assert proof_moment([made_long_ago], not_before=round_began) == datetime(
        2026, 12, 7, 6, 34, 54, tzinfo=UTC
    )
