"""Issuing keys: one Ed25519 key per organisation, made on first use and published in its did:web
DID document; a rotation adds a key and credentials signed before it keep verifying. A jointly
awarded OMC carries a second proof, made with the co-awarding partner's own key."""

from __future__ import annotations

from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from shared.vc.data_integrity import verify
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


async def test_an_organisation_without_keys_has_no_did_document(platform: Platform) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    response = await platform.http.get(
        f"{platform.issuer.public_url}/organisations/{organisation['id']}/did.json"
    )
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_joint_award_carries_the_partners_proof_too(platform: Platform, college: QaOffice) -> None:
    partner = await new_partner(platform)
    reviewed = await college.review_partnership(partnership_body(partner["id"]))
    assert reviewed.status_code == 201, reviewed.text
    micro_credential_id = await ready_omc(
        college, partners=[{"organisation_id": partner["id"], "role": "co_awarding"}]
    )
    sis = await Sis.of(platform, college.institution_id)
    credential = await issue_one(platform, sis, micro_credential_id)

    validate_open_badge(credential)
    assert isinstance(credential["proof"], list)
    assert len(credential["proof"]) == 2
    creator = credential["credentialSubject"]["achievement"]["creator"]
    assert creator["id"].endswith(f":organisations:{partner['id']}")
    assert creator["name"] == partner["name_en"]
    result = await verify(credential, HttpDidResolver(platform))
    assert result.verified, result
    assert result.verified_controllers() == {credential["issuer"]["id"], creator["id"]}
    assert (await did_document(platform, partner["id"]))["id"] == creator["id"]


def test_production_refuses_a_placeholder_issuer_master_key() -> None:
    from pydantic import SecretStr, ValidationError

    from services.credential_issuer.config import IssuerSettings

    production = {
        "environment": "production",
        "database_url": SecretStr("postgresql://x@127.0.0.1/x"),
        **dict.fromkeys(("public_url", "registry_url", "qa_url", "issuer_url"), "https://omc.example"),
    }
    with pytest.raises(ValidationError, match="ISSUER_MASTER_KEY"):
        IssuerSettings.model_validate(production)
    settings = IssuerSettings.model_validate(
        {**production, "master_key": SecretStr("a-real-secret-0123456789")}
    )
    assert settings.intake_max_records == 10_000
