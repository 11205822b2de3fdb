"""An independent OAuth 2.0 client against the Open Badges 3.0 API: Authlib's httpx client (PyPI
`authlib`) does the authorization code grant with PKCE S256, `client_secret_basic` at the token
endpoint, the refresh and the RFC 7009 revocation, with its own code, not ours nor the test wallet's.

Authlib has no client for RFC 7591 registration (only the server side), so the registration is the
plain JSON POST the specification shows; the learner's consent is given through the real pages."""

from __future__ import annotations

import secrets
from contextlib import aclosing

import pytest
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client

from tests.support.iqap import QaOffice
from tests.support.learners import issued_to, new_learner_email, signed_in_learner
from tests.support.ob3_wallet import CREDENTIAL_READONLY, PROFILE_READONLY, Ob3Wallet, page_forms
from tests.support.platform import Platform


@pytest.fixture
def insecure_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test platform listens on http://127.0.0.1: Authlib refuses plain http unless told.
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")


@pytest.fixture
async def wallet(platform: Platform) -> Ob3Wallet:
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    await wallet.discover()
    assert (await wallet.register(client_name="Authlib wallet")).status_code == 201
    return wallet


async def test_authlib_completes_the_authorization_code_grant_with_pkce(
    platform: Platform, wallet: Ob3Wallet, insecure_transport: None
) -> None:
    office = await QaOffice.designated(platform)
    email = new_learner_email()
    credential_id = await issued_to(platform, office, email)
    assert wallet.registration is not None
    client = AsyncOAuth2Client(
        client_id=wallet.registration.client_id,
        client_secret=wallet.registration.client_secret,
        scope=" ".join([CREDENTIAL_READONLY, PROFILE_READONLY]),
        redirect_uri=wallet.redirect_uri,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
        timeout=60,
    )
    async with client, aclosing(await signed_in_learner(platform, email)) as browser:
        verifier = generate_token(48)
        url, state = client.create_authorization_url(
            wallet.flow["authorizationUrl"], code_verifier=verifier, state=secrets.token_urlsafe(12)
        )
        page = await browser.get(url)
        assert page.status_code == 200, page.text
        form = next(form for form in page_forms(page.text) if "decision" in form["buttons"])
        answer = await browser.post(form["action"], data={**form["fields"], "decision": "allow"})
        assert answer.status_code == 303, answer.text
        assert f"state={state}" in answer.headers["location"]
        token = await client.fetch_token(
            wallet.flow["tokenUrl"], authorization_response=answer.headers["location"], code_verifier=verifier
        )
        assert token["token_type"].lower() == "bearer"
        assert set(token["scope"].split()) == {CREDENTIAL_READONLY, PROFILE_READONLY}

        credentials = await client.get(f"{wallet.api}/credentials")
        assert credentials.status_code == 200, credentials.text
        assert [c["id"] for c in credentials.json()["credential"]] == [f"urn:uuid:{credential_id}"]
        assert (await client.get(f"{wallet.api}/profile")).json()["email"] == email

        first_refresh = token["refresh_token"]
        renewed = await client.refresh_token(wallet.flow["refreshUrl"])
        assert renewed["refresh_token"] != first_refresh
        assert (await client.get(f"{wallet.api}/credentials")).status_code == 200

        revoked = await client.revoke_token(
            wallet.oauth["x-omc-revocationUrl"],
            token=renewed["refresh_token"],
            token_type_hint="refresh_token",
        )
        assert revoked.status_code == 200
        assert (await client.get(f"{wallet.api}/credentials")).status_code == 401
