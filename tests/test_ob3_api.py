"""The Open Badges 3.0 API end to end, driven by a wallet written from the specification only
(tests/support/ob3_wallet.py): discovery, RFC 7591 registration, the learner signing in through the
real pages and consenting, the code exchanged with PKCE, getCredentials paged, getProfile and
putProfile, upsertCredential, refresh with rotation, RFC 7009 revocation, and the ways each can be
abused: wrong redirect URI, missing or wrong PKCE verifier, a code or refresh token used twice,
a scope not granted, another learner's credentials."""

from __future__ import annotations

import copy
import io
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.support.contract import assert_matches_contract
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, credential_document, issuer_with, ready_omc, record
from tests.support.learners import signed_in_learner
from tests.support.ob3_wallet import (
    ALL_SCOPES,
    CREDENTIAL_READONLY,
    CREDENTIAL_UPSERT,
    PROFILE_READONLY,
    PROFILE_UPDATE,
    Ob3Wallet,
    imsx_minor,
    page_forms,
    parse_links,
    pkce_pair,
)
from tests.support.platform import Platform
from tests.test_log_redaction import logged, service_log  # noqa: F401  (a fixture)


@dataclass
class Learners:
    """Two learners of one college: Ada with three credentials, Ben with one."""

    ada: str
    ben: str
    ada_credentials: list[str]
    ben_credentials: list[str]


@pytest.fixture(scope="module")
async def learners(platform: Platform) -> Learners:
    college = await QaOffice.designated(platform)
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    tag = secrets.token_hex(4)
    ada, ben = f"ada.{tag}@example.ca", f"ben.{tag}@example.ca"

    def completion(email: str) -> dict[str, Any]:
        # The institution reports the address in its own case: the learner signs in with any case.
        return record(micro_credential_id, learner={"name": "A Learner", "email": email.upper()})

    issued: dict[str, list[str]] = {}
    for email, count in ((ada, 3), (ben, 1)):
        sent = await sis.send([completion(email) for _ in range(count)])
        assert sent.status_code == 202, sent.text
        job = await sis.settled(sent.json()["id"])
        assert job["counts"]["issued"] == count, job
        issued[email] = [f"urn:uuid:{completion['credential_id']}" for completion in job["completions"]]
    return Learners(ada, ben, issued[ada], issued[ben])


@pytest.fixture(scope="module")
async def wallet(platform: Platform) -> Ob3Wallet:
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    await wallet.discover()
    registered = await wallet.register()
    assert registered.status_code == 201, registered.text
    return wallet


_BROWSERS: list[httpx.AsyncClient] = []


@pytest.fixture(scope="module", autouse=True)
async def _close_browsers() -> AsyncIterator[None]:
    yield
    while _BROWSERS:
        await _BROWSERS.pop().aclose()


async def browser_of(platform: Platform, email: str) -> httpx.AsyncClient:
    """The learner's browser, signed in through the real sign-in pages (closed after the module)."""
    browser = await signed_in_learner(platform, email)
    _BROWSERS.append(browser)
    return browser


def _ids(documents: list[dict[str, Any]]) -> list[str]:
    return [document["id"] for document in documents]


async def test_the_service_description_names_the_oauth_endpoints_and_scopes(platform: Platform) -> None:
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    sdd = await wallet.discover()
    assert sdd["openapi"].startswith("3.0")
    discovery = await platform.http.get(f"{platform.issuer.public_url}/ims/ob/v3p0/discovery")
    assert assert_matches_contract(discovery) == sdd
    info = sdd["info"]
    assert info["title"]
    assert info["termsOfService"].startswith("http")
    assert info["x-imssf-privacyPolicyUrl"]
    scheme = wallet.oauth
    assert scheme["type"] == "oauth2"
    assert scheme["x-imssf-registrationUrl"].startswith(platform.issuer.public_url)
    assert scheme["x-imssf-privacyPolicyUrl"]
    assert set(wallet.flow) >= {"authorizationUrl", "tokenUrl", "refreshUrl", "scopes"}
    assert set(wallet.flow["scopes"]) == set(ALL_SCOPES)
    assert wallet.api == f"{platform.issuer.public_url}/ims/ob/v3p0"


async def test_registration_returns_every_field_and_refuses_bad_metadata(platform: Platform) -> None:
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    await wallet.discover()
    registered = await wallet.register()
    assert registered.status_code == 201
    body = assert_matches_contract(registered)
    assert {"client_id", "client_secret", "client_id_issued_at", "client_secret_expires_at"} <= set(body)
    assert body["redirect_uris"] == [wallet.redirect_uri]
    assert body["token_endpoint_auth_method"] == "client_secret_basic"
    missing = wallet.registration_request()
    del missing["tos_uri"]
    response = await platform.http.post(wallet.oauth["x-imssf-registrationUrl"], json=missing)
    assert response.status_code == 400
    assert_matches_contract(response)
    assert response.json()["error"] == "invalid_client_metadata"
    plain_http = await wallet.register(redirect_uris=["http://wallet.example/callback"])
    assert plain_http.status_code == 400
    assert plain_http.json()["error"] == "invalid_redirect_uri"
    unknown_scope = await wallet.register(scope="https://purl.imsglobal.org/spec/ob/v3p0/scope/everything")
    assert unknown_scope.status_code == 400
    assert unknown_scope.json()["error"] == "invalid_client_metadata"


async def test_registrations_are_rate_limited_per_client_address(platform: Platform) -> None:
    """Registration is open to anyone, so one client address may register only so many clients an
    hour; past that: 429 with Retry-After and an OAuth-style error."""
    with issuer_with(platform, ob3_registrations_per_hour_per_client=3) as url:
        wallet = Ob3Wallet(platform.http, url)
        await wallet.discover()
        # Other tests of this session register from the same 127.0.0.1 and count too: the limit is
        # reached at the latest by the fourth registration of this loop.
        answers = [await wallet.register() for _ in range(4)]
        assert {answer.status_code for answer in answers} <= {201, 429}
        refused = answers[-1]
        assert refused.status_code == 429, refused.text
        assert_matches_contract(refused)
        assert refused.json()["error"] == "temporarily_unavailable"
        assert int(refused.headers["retry-after"]) > 0
    # The session's issuer, with its own (high) limit, still registers from the same address.
    unlimited = Ob3Wallet(platform.http, platform.issuer.public_url)
    await unlimited.discover()
    assert (await unlimited.register()).status_code == 201


async def test_a_wallet_reads_pages_profile_and_pushes_credentials(
    platform: Platform, wallet: Ob3Wallet, learners: Learners
) -> None:
    browser = await browser_of(platform, learners.ada)
    code, verifier, callback = await wallet.authorize(browser)
    assert callback["scope"][0].split() == ALL_SCOPES
    tokens = await wallet.exchange(code, verifier)
    assert set(tokens.scope) == set(ALL_SCOPES)
    assert tokens.refresh_token

    pages = await wallet.all_credentials(tokens.access_token, limit=2)
    assert [len(page.credentials) for page in pages] == [2, 1]
    assert all(page.total == 3 for page in pages)
    assert set(pages[0].links) == {"next", "first", "last"}
    assert set(pages[1].links) == {
        "prev",
        "first",
        "last",
    }
    assert sorted(_ids([c for page in pages for c in page.credentials])) == sorted(learners.ada_credentials)

    profile = await wallet.get_profile(tokens.access_token)
    assert profile.status_code == 200, profile.text
    assert assert_matches_contract(profile)["email"] == learners.ada
    assert "Profile" in profile.json()["type"]
    changed = await wallet.put_profile(tokens.access_token, {**profile.json(), "name": "Ada Lovelace"})
    assert changed.status_code == 200
    assert assert_matches_contract(changed)["name"] == "Ada Lovelace"
    assert (await wallet.get_profile(tokens.access_token)).json()["name"] == "Ada Lovelace"
    other_email = await wallet.put_profile(tokens.access_token, {**profile.json(), "email": learners.ben})
    assert other_email.status_code == 400
    assert imsx_minor(other_email) == "invalid_data"

    # Ben's credential, which Ada holds (say, a copy sent to her): verified, then kept in her collection.
    held = await credential_document(platform, learners.ben_credentials[0].removeprefix("urn:uuid:"))
    added = await wallet.upsert_credential(tokens.access_token, held)
    assert added.status_code == 201, added.text
    assert assert_matches_contract(added) == held
    assert (await wallet.upsert_credential(tokens.access_token, held)).status_code == 304
    own = await credential_document(platform, learners.ada_credentials[0].removeprefix("urn:uuid:"))
    assert (await wallet.upsert_credential(tokens.access_token, own)).status_code == 304
    tampered = copy.deepcopy(held)
    tampered["id"] = f"urn:uuid:{secrets.token_hex(16)[:8]}-0000-4000-8000-000000000000"
    refused = await wallet.upsert_credential(tokens.access_token, tampered)
    assert refused.status_code == 400
    assert imsx_minor(refused) == "invalid_data"
    after = await wallet.get_credentials(tokens.access_token, limit=10)
    assert after.headers["x-total-count"] == "4"
    assert held["id"] in _ids(assert_matches_contract(after)["credential"])

    # Refresh: a new pair; the old refresh token used again ends the grant.
    refreshed = await wallet.refresh(tokens.refresh_token)
    assert refreshed.status_code == 200, refreshed.text
    rotated = assert_matches_contract(refreshed)
    assert rotated["refresh_token"] != tokens.refresh_token
    assert (await wallet.get_credentials(rotated["access_token"])).status_code == 200
    reused = await wallet.refresh(tokens.refresh_token)
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"
    for token in (rotated["access_token"], tokens.access_token):
        refused_access = await wallet.get_credentials(token)
        assert refused_access.status_code == 401
        assert imsx_minor(refused_access) == "unauthorisedrequest"
        assert_matches_contract(refused_access)
    assert (await wallet.refresh(rotated["refresh_token"])).status_code == 400


async def test_another_learner_sees_only_their_own(
    platform: Platform, wallet: Ob3Wallet, learners: Learners
) -> None:
    browser = await browser_of(platform, learners.ben)
    code, verifier, _ = await wallet.authorize(browser, scopes=[CREDENTIAL_READONLY])
    tokens = await wallet.exchange(code, verifier, scopes=[CREDENTIAL_READONLY])
    response = await wallet.get_credentials(tokens.access_token)
    assert response.status_code == 200
    assert _ids(response.json()["credential"]) == learners.ben_credentials
    assert response.headers["x-total-count"] == "1"
    # A scope the learner did not grant.
    profile = await wallet.get_profile(tokens.access_token)
    assert profile.status_code == 403
    assert imsx_minor(profile) == "forbidden"
    assert "insufficient_scope" in profile.headers["www-authenticate"]
    push = await wallet.upsert_credential(tokens.access_token, {"id": "urn:x"})
    assert push.status_code == 403


async def test_revocation_of_an_access_token_and_of_a_refresh_token(
    platform: Platform, wallet: Ob3Wallet, learners: Learners
) -> None:
    revocation_url = wallet.oauth["x-omc-revocationUrl"]
    browser = await browser_of(platform, learners.ada)
    code, verifier, _ = await wallet.authorize(browser, scopes=[CREDENTIAL_READONLY, PROFILE_READONLY])
    tokens = await wallet.exchange(code, verifier, scopes=[CREDENTIAL_READONLY])
    assert tokens.scope == [CREDENTIAL_READONLY]
    assert (await wallet.get_profile(tokens.access_token)).status_code == 403
    revoked = await wallet.revoke(tokens.access_token, "access_token", revocation_url)
    assert revoked.status_code == 200
    assert assert_matches_contract(revoked) is None  # RFC 7009: no body
    assert (await wallet.get_credentials(tokens.access_token)).status_code == 401
    assert tokens.refresh_token
    fresh = await wallet.refresh(tokens.refresh_token)
    assert fresh.status_code == 200
    new_refresh = fresh.json()["refresh_token"]
    assert (await wallet.revoke(new_refresh, "refresh_token", revocation_url)).status_code == 200
    assert (await wallet.get_credentials(fresh.json()["access_token"])).status_code == 401
    assert (await wallet.refresh(new_refresh)).status_code == 400
    assert (await wallet.revoke("not-a-token", "refresh_token", revocation_url)).status_code == 200
    odd_hint = await wallet.revoke("not-a-token", "id_token", revocation_url)
    assert odd_hint.status_code == 400
    assert odd_hint.json()["error"] == "unsupported_token_type"


async def test_codes_are_bound_single_use_and_need_pkce(
    platform: Platform, wallet: Ob3Wallet, learners: Learners
) -> None:
    browser = await browser_of(platform, learners.ada)
    # An unregistered redirect URI is shown to the learner, never redirected to.
    verifier, challenge = pkce_pair()
    params = wallet.authorization_params(
        challenge, scopes=ALL_SCOPES, state="s1", redirect_uri="https://wallet.example/ob3/other"
    )
    page = await browser.get(wallet.flow["authorizationUrl"], params=params)
    assert page.status_code == 400
    assert "location" not in page.headers
    # No PKCE, or plain PKCE: the wallet is told, through its redirect URI.
    for changes in ({"code_challenge": ""}, {"code_challenge_method": "plain"}):
        params = {**wallet.authorization_params(challenge, scopes=ALL_SCOPES, state="s2"), **changes}
        answer = await browser.get(wallet.flow["authorizationUrl"], params=params)
        assert answer.status_code == 303, answer.text
        assert "error=invalid_request" in answer.headers["location"]
        assert "state=s2" in answer.headers["location"]
    # The learner says no.
    denied = await wallet.consent(
        browser, wallet.authorization_params(challenge, scopes=ALL_SCOPES, state="s3"), decision="deny"
    )
    assert "error=access_denied" in denied.headers["location"]

    code, verifier, _ = await wallet.authorize(browser)
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": wallet.redirect_uri}
    no_verifier = await wallet.token_request(form)
    assert no_verifier.status_code == 400
    assert no_verifier.json()["error"] == "invalid_request"
    wrong_verifier = await wallet.token_request({**form, "code_verifier": pkce_pair()[0]})
    assert wrong_verifier.json()["error"] == "invalid_grant"
    wrong_redirect = await wallet.token_request(
        {**form, "code_verifier": verifier, "redirect_uri": "https://wallet.example/ob3/other"}
    )
    assert wrong_redirect.json()["error"] == "invalid_grant"
    wrong_secret = await wallet.token_request(
        {**form, "code_verifier": verifier},
        auth=(wallet.registration.client_id, "wrong"),  # type: ignore[union-attr]
    )
    assert wrong_secret.status_code == 401
    assert wrong_secret.json()["error"] == "invalid_client"
    too_wide = await wallet.token_request({**form, "code_verifier": verifier, "scope": "offline_access"})
    assert too_wide.json()["error"] == "invalid_scope"
    tokens = await wallet.exchange(code, verifier)
    # The same code again: refused, and the tokens it gave are revoked.
    again = await wallet.token_request({**form, "code_verifier": verifier})
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    assert (await wallet.get_credentials(tokens.access_token)).status_code == 401

    # Another registered client cannot exchange this wallet's code.
    other = Ob3Wallet(platform.http, platform.issuer.public_url)
    await other.discover()
    assert (await other.register()).status_code == 201
    code, verifier, _ = await wallet.authorize(browser)
    stolen = await other.token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": wallet.redirect_uri,
            "code_verifier": verifier,
        }
    )
    assert stolen.json()["error"] == "invalid_grant"


async def test_resource_endpoints_want_a_bearer_token_of_this_api(platform: Platform) -> None:
    api = f"{platform.issuer.public_url}/ims/ob/v3p0"
    for method, path in (
        ("GET", "/credentials"),
        ("POST", "/credentials"),
        ("GET", "/profile"),
        ("PUT", "/profile"),
    ):
        response = await platform.http.request(method, api + path, json={} if method != "GET" else None)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert imsx_minor(response) == "unauthorisedrequest"
        forged = await platform.http.request(method, api + path, headers={"Authorization": "Bearer nope"})
        assert forged.status_code == 401


async def test_a_learner_lists_and_withdraws_the_applications_they_authorised(
    platform: Platform, learners: Learners
) -> None:
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    await wallet.discover()
    assert (await wallet.register(client_name="Withdrawn Wallet")).status_code == 201
    browser = await browser_of(platform, learners.ben)
    code, verifier, _ = await wallet.authorize(
        browser, scopes=[CREDENTIAL_READONLY, PROFILE_UPDATE, CREDENTIAL_UPSERT]
    )
    tokens = await wallet.exchange(code, verifier, scopes=[CREDENTIAL_READONLY])
    page = await browser.get(f"{platform.issuer.public_url}/learner/clients?lang=fr")
    assert page.status_code == 200
    assert "Withdrawn Wallet" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert wallet.registration is not None
    forms = [form for form in page_forms(page.text) if wallet.registration.client_id in form["action"]]
    assert len(forms) == 1
    forged = await browser.post(f"{platform.issuer.public_url}{forms[0]['action']}", data={"csrf": "x"})
    assert forged.status_code == 403
    withdrawn = await browser.post(
        f"{platform.issuer.public_url}{forms[0]['action']}", data=forms[0]["fields"]
    )
    assert withdrawn.status_code == 303
    assert (await wallet.get_credentials(tokens.access_token)).status_code == 401
    assert tokens.refresh_token
    assert (await wallet.refresh(tokens.refresh_token)).status_code == 400
    after = await browser.get(f"{platform.issuer.public_url}/learner/clients")
    assert "Withdrawn Wallet" not in after.text


async def test_signed_out_the_learner_is_sent_to_sign_in_first(platform: Platform, wallet: Ob3Wallet) -> None:
    _, challenge = pkce_pair()
    params = wallet.authorization_params(challenge, scopes=[PROFILE_READONLY], state="s")
    answer = await platform.http.get(wallet.flow["authorizationUrl"], params=params)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/learner/sign-in?next=")


async def test_no_code_token_or_secret_reaches_the_logs(
    platform: Platform,
    learners: Learners,
    service_log: io.StringIO,  # noqa: F811  (the fixture imported above)
) -> None:
    # A fresh client: uvicorn decides per connection whether it writes an access log.
    async with httpx.AsyncClient(timeout=60) as http:
        wallet = Ob3Wallet(http, platform.issuer.public_url)
        await wallet.discover()
        assert (await wallet.register()).status_code == 201
        assert wallet.registration is not None
        browser = await browser_of(platform, learners.ada)
        code, verifier, _ = await wallet.authorize(browser)
        tokens = await wallet.exchange(code, verifier)
        assert tokens.refresh_token
        assert (await wallet.get_credentials(tokens.access_token)).status_code == 200
        renewed = (await wallet.refresh(tokens.refresh_token)).json()
        await wallet.revoke(renewed["refresh_token"], "refresh_token", wallet.oauth["x-omc-revocationUrl"])
    text = await logged(service_log, "/ims/ob/v3p0/auth/revoke")
    await logged(service_log, "/ims/ob/v3p0/auth/authorize")
    client_secret = wallet.registration.client_secret
    used = [code, verifier, tokens.access_token, tokens.refresh_token, client_secret]
    for secret in [*used, renewed["access_token"], renewed["refresh_token"]]:
        assert secret not in text


async def test_paging_parameters_are_checked(
    platform: Platform, wallet: Ob3Wallet, learners: Learners
) -> None:
    browser = await browser_of(platform, learners.ben)
    code, verifier, _ = await wallet.authorize(browser, scopes=[CREDENTIAL_READONLY])
    tokens = await wallet.exchange(code, verifier, scopes=[CREDENTIAL_READONLY])
    for params in ({"limit": "0"}, {"limit": "101"}, {"offset": "-1"}, {"since": "2026-01-01T00:00:00"}):
        refused = await wallet.get_credentials(tokens.access_token, **params)
        assert refused.status_code == 400, params
        assert imsx_minor(refused) == "invalid_query_parameter"
    later = await wallet.get_credentials(tokens.access_token, since="2999-01-01T00:00:00Z")
    assert later.json()["credential"] == []
    assert later.headers["x-total-count"] == "0"
    past = await wallet.get_credentials(
        tokens.access_token, limit=1, offset=5, since="2000-01-01T00:00:00+00:00"
    )
    assert past.json()["credential"] == []
    assert set(parse_links(past.headers["link"])) == {"first", "last", "prev"}
