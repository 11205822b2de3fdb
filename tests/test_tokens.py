"""The registry's token endpoint and the verification of its tokens at every service."""

from __future__ import annotations

import time
import uuid

import pytest
from joserfc.jwk import OKPKey

from shared.schemas.auth import OrganisationKind, Role
from tests.support.platform import Platform
from tests.support.tokens import registry_signing_key, sign, valid_claims

SERVICES = ["registry_api", "qa_api", "credential_issuer"]


@pytest.mark.parametrize("service", SERVICES)
async def test_a_registry_token_is_accepted_by_every_service(platform: Platform, service: str) -> None:
    institution = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION, Role.SIS])

    response = await platform.http.get(
        f"{platform.urls[service]}/v1/whoami", headers=await platform.auth(institution)
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["client_id"] == institution.client_id
    assert body["organisation_id"] == str(institution.organisation_id)
    assert body["organisation_kind"] == "institution"
    assert sorted(body["roles"]) == ["institution", "sis"]


async def test_token_response_follows_rfc6749(platform: Platform) -> None:
    agency = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    response = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": agency.client_id,
            "client_secret": agency.client_secret,
        },
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == platform.registry.token_ttl_seconds
    assert body["scope"] == "eqaa"


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": "client_credentials", "scope": "admin"}, 400, "invalid_scope"),
        (
            {"grant_type": "client_credentials", "audience": "https://elsewhere.example"},
            400,
            "invalid_target",
        ),
    ],
)
async def test_token_request_errors_are_problems_with_oauth_error(
    platform: Platform, form: dict[str, str], status: int, error: str
) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.SIS])
    response = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data=form,
        auth=(client.client_id, client.client_secret),
    )
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["error"] == error


@pytest.mark.parametrize("secret_kind", ["wrong", "missing"])
async def test_wrong_or_missing_secret_is_invalid_client(platform: Platform, secret_kind: str) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.SIS])
    form = {"grant_type": "client_credentials", "client_id": client.client_id}
    if secret_kind == "wrong":
        form["client_secret"] = client.client_secret + "x"
    response = await platform.http.post(f"{platform.registry.public_url}/oauth/token", data=form)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


async def test_a_revoked_client_gets_no_token(platform: Platform) -> None:
    institution = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    assert institution.organisation_id is not None
    revoked = await platform.new_client(institution.organisation_id, [Role.SIS])
    response = await platform.http.delete(
        f"{platform.registry.public_url}/v1/organisations/{institution.organisation_id}/clients/{revoked.client_id}",
        headers=await platform.auth(institution),
    )
    assert response.status_code == 200
    assert response.json()["revoked_at"] is not None

    response = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(revoked.client_id, revoked.client_secret),
    )
    assert response.status_code == 401


async def test_scope_narrows_the_roles_of_a_token(platform: Platform) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION, Role.SIS])
    response = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data={"grant_type": "client_credentials", "scope": "sis"},
        auth=(client.client_id, client.client_secret),
    )
    token = response.json()["access_token"]
    whoami = await platform.http.get(
        f"{platform.qa.public_url}/v1/whoami", headers={"Authorization": f"Bearer {token}"}
    )
    assert whoami.json()["roles"] == ["sis"]


async def test_a_token_for_another_audience_is_refused(platform: Platform) -> None:
    client = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    headers = await platform.auth(client, audience=platform.registry.public_url)

    assert (
        await platform.http.get(f"{platform.registry.public_url}/v1/whoami", headers=headers)
    ).status_code == 200
    refused = await platform.http.get(f"{platform.qa.public_url}/v1/whoami", headers=headers)
    assert refused.status_code == 401
    assert refused.headers["content-type"] == "application/problem+json"
    assert "aud" in refused.json()["detail"]


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"exp": int(time.time()) - 120}, "expired"),
        ({"iss": "https://impostor.example"}, "iss"),
        ({"aud": ["https://other.example"]}, "aud"),
        ({"org": None}, "organisation"),
    ],
)
async def test_tokens_signed_by_the_real_key_but_with_bad_claims_are_refused(
    platform: Platform, overrides: dict[str, object], reason: str
) -> None:
    key = await registry_signing_key(platform)
    good = sign(valid_claims(platform, str(uuid.uuid4())), key)
    bad = sign(valid_claims(platform, str(uuid.uuid4()), **overrides), key)
    url = f"{platform.qa.public_url}/v1/whoami"

    assert (await platform.http.get(url, headers={"Authorization": f"Bearer {good}"})).status_code == 200
    refused = await platform.http.get(url, headers={"Authorization": f"Bearer {bad}"})
    assert refused.status_code == 401
    assert reason in refused.json()["detail"]


@pytest.mark.parametrize("service", SERVICES)
async def test_forged_and_malformed_tokens_are_refused(platform: Platform, service: str) -> None:
    real_kid = (await registry_signing_key(platform)).kid
    assert real_kid is not None
    impostor = OKPKey.generate_key("Ed25519", parameters={"kid": real_kid})
    claims = valid_claims(platform, str(uuid.uuid4()), aud=[platform.urls_for_audience(service)])
    url = f"{platform.urls[service]}/v1/whoami"
    for token in (sign(claims, impostor), "not-a-jwt", "a.b.c"):
        response = await platform.http.get(url, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, token
        assert response.headers["content-type"] == "application/problem+json"
    assert (await platform.http.get(url)).status_code == 401


async def test_rotated_keys_sign_new_tokens_and_old_tokens_still_verify(platform: Platform) -> None:
    institution = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    old_token = await platform.token(institution)
    admin_headers = await platform.auth(platform.admin)

    rotated = await platform.http.post(
        f"{platform.registry.public_url}/v1/admin/token-signing-keys", headers=admin_headers
    )
    assert rotated.status_code == 201
    new_kid = rotated.json()["kid"]
    jwks = (await platform.http.get(f"{platform.registry.public_url}/.well-known/jwks.json")).json()
    assert new_kid in [key["kid"] for key in jwks["keys"]]
    assert all("d" not in key for key in jwks["keys"]), "the JWKS must never publish a private key"

    response = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(institution.client_id, institution.client_secret),
    )
    new_token = response.json()["access_token"]
    for token in (old_token, new_token):
        for url in platform.urls.values():
            whoami = await platform.http.get(f"{url}/v1/whoami", headers={"Authorization": f"Bearer {token}"})
            assert whoami.status_code == 200, (url, whoami.text)
