"""A wallet (an Open Badges 3.0 API client, "host") written only from the 1EdTech Open Badges 3.0
specification (section 6, the API, and section 7, its security: RFC 7591 registration, the OAuth 2.0
authorization code grant with PKCE S256, refresh and RFC 7009 revocation) and the RFCs it cites.

It imports nothing of the service: it knows the resource server only by its base URL, reads the
Service Description Document at `{baseUrl}/ims/ob/v3p0/discovery`, and drives the learner's browser
(an HTTP client holding the learner's signed-in session) through the consent form as a person would.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx

SCOPE = "https://purl.imsglobal.org/spec/ob/v3p0/scope/"
CREDENTIAL_READONLY = SCOPE + "credential.readonly"
CREDENTIAL_UPSERT = SCOPE + "credential.upsert"
PROFILE_READONLY = SCOPE + "profile.readonly"
PROFILE_UPDATE = SCOPE + "profile.update"
ALL_SCOPES = [CREDENTIAL_READONLY, CREDENTIAL_UPSERT, PROFILE_READONLY, PROFILE_UPDATE]
REDIRECT_URI = "https://wallet.example/ob3/callback"


def pkce_pair() -> tuple[str, str]:
    """RFC 7636: a code verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


class _Forms(HTMLParser):
    """The forms of a page: action, method, and the named inputs and buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.forms.append({"action": attributes.get("action", ""), "fields": {}, "buttons": {}})
        elif tag == "input" and self.forms and attributes.get("name"):
            self.forms[-1]["fields"][attributes["name"]] = attributes.get("value", "")
        elif tag == "button" and self.forms and attributes.get("name"):
            self.forms[-1]["buttons"].setdefault(attributes["name"], []).append(attributes.get("value", ""))


def page_forms(html: str) -> list[dict[str, Any]]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


@dataclass
class Registration:
    client_id: str
    client_secret: str
    body: dict[str, Any]


@dataclass
class Tokens:
    access_token: str
    refresh_token: str | None
    scope: list[str]
    body: dict[str, Any] = field(default_factory=dict)


@dataclass
class Page:
    credentials: list[dict[str, Any]]
    total: int | None
    links: dict[str, str]


def parse_links(header: str | None) -> dict[str, str]:
    """RFC 8288 Link header -> {rel: url}."""
    links: dict[str, str] = {}
    for part in (header or "").split(","):
        if ";" not in part:
            continue
        target, *params = part.split(";")
        for param in params:
            name, _, value = param.strip().partition("=")
            if name == "rel":
                links[value.strip('"')] = target.strip().strip("<>")
    return links


class Ob3Wallet:
    """One wallet application: discovers a resource server, registers, and acts for learners."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, *, redirect_uri: str = REDIRECT_URI) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.redirect_uri = redirect_uri
        self.sdd: dict[str, Any] = {}
        self.registration: Registration | None = None

    # --- 7.1.1 dynamic client registration ------------------------------------------------------
    async def discover(self) -> dict[str, Any]:
        response = await self.http.get(
            f"{self.base_url}/ims/ob/v3p0/discovery", headers={"Accept": "application/json"}
        )
        assert response.status_code == 200, response.text
        self.sdd = response.json()
        return self.sdd

    @property
    def oauth(self) -> dict[str, Any]:
        scheme: dict[str, Any] = self.sdd["components"]["securitySchemes"]["OAuth2ACG"]
        return scheme

    @property
    def flow(self) -> dict[str, Any]:
        flow: dict[str, Any] = self.oauth["flows"]["authorizationCode"]
        return flow

    def registration_request(self, **overrides: Any) -> dict[str, Any]:
        body = {
            "client_name": "Spec Wallet",
            "client_uri": "https://wallet.example/",
            "logo_uri": "https://wallet.example/logo.png",
            "tos_uri": "https://wallet.example/terms",
            "policy_uri": "https://wallet.example/privacy",
            "software_id": "b5f7d5e8-0b8e-4c55-9a8b-6c1f6a0e7d11",
            "software_version": "1.0.0",
            "redirect_uris": [self.redirect_uri],
            "token_endpoint_auth_method": "client_secret_basic",
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "scope": " ".join(ALL_SCOPES),
        }
        return {**body, **overrides}

    async def register(self, **overrides: Any) -> httpx.Response:
        response = await self.http.post(
            self.oauth["x-imssf-registrationUrl"],
            json=self.registration_request(**overrides),
            headers={"Accept": "application/json"},
        )
        if response.status_code == 201:
            body = response.json()
            self.registration = Registration(body["client_id"], body["client_secret"], body)
        return response

    # --- 7.1.2 obtaining tokens ----------------------------------------------------------------
    def authorization_params(
        self, challenge: str, *, scopes: list[str], state: str, redirect_uri: str | None = None
    ) -> dict[str, str]:
        assert self.registration is not None
        return {
            "response_type": "code",
            "client_id": self.registration.client_id,
            "redirect_uri": redirect_uri or self.redirect_uri,
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }

    async def consent(
        self, browser: httpx.AsyncClient, params: dict[str, str], *, decision: str = "allow"
    ) -> httpx.Response:
        """The learner's browser opens the authorization URL, and answers the consent form; the
        answer is the redirect to the wallet (not followed: the wallet reads its Location)."""
        page = await browser.get(self.flow["authorizationUrl"], params=params)
        assert page.status_code == 200, page.text
        forms = [form for form in page_forms(page.text) if "decision" in form["buttons"]]
        assert len(forms) == 1, page.text
        form = forms[0]
        assert decision in form["buttons"]["decision"]
        action = urljoin(str(page.url), form["action"])
        return await browser.post(action, data={**form["fields"], "decision": decision})

    async def authorize(
        self, browser: httpx.AsyncClient, *, scopes: list[str] | None = None
    ) -> tuple[str, str, dict[str, list[str]]]:
        """(code, verifier, callback query) after the learner allowed the request."""
        verifier, challenge = pkce_pair()
        state = secrets.token_urlsafe(16)
        answer = await self.consent(
            browser, self.authorization_params(challenge, scopes=scopes or ALL_SCOPES, state=state)
        )
        assert answer.status_code in (302, 303), answer.text
        location = answer.headers["location"]
        assert location.startswith(self.redirect_uri + "?"), location
        query = parse_qs(urlsplit(location).query)
        assert query["state"] == [state], "the state comes back unchanged"
        return query["code"][0], verifier, query

    def _basic(self) -> tuple[str, str]:
        assert self.registration is not None
        return (self.registration.client_id, self.registration.client_secret)

    async def token_request(
        self, form: dict[str, str], *, auth: tuple[str, str] | None = None
    ) -> httpx.Response:
        return await self.http.post(self.flow["tokenUrl"], data=form, auth=auth or self._basic())

    async def exchange(self, code: str, verifier: str, *, scopes: list[str] | None = None) -> Tokens:
        response = await self.token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self.redirect_uri,
                "scope": " ".join(scopes or ALL_SCOPES),
                "code_verifier": verifier,
            }
        )
        return self._tokens(response)

    async def refresh(self, refresh_token: str) -> httpx.Response:
        return await self.http.post(
            self.flow["refreshUrl"],
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            auth=self._basic(),
        )

    def _tokens(self, response: httpx.Response) -> Tokens:
        assert response.status_code == 200, response.text
        assert "no-store" in response.headers.get("cache-control", "")
        body = response.json()
        assert body["token_type"].lower() == "bearer"
        return Tokens(body["access_token"], body.get("refresh_token"), body["scope"].split(), body)

    async def revoke(self, token: str, hint: str, revocation_url: str) -> httpx.Response:
        return await self.http.post(
            revocation_url, data={"token": token, "token_type_hint": hint}, auth=self._basic()
        )

    # --- 6.2 the resource endpoints ------------------------------------------------------------
    @property
    def api(self) -> str:
        url: str = self.sdd["servers"][0]["url"]
        return url.rstrip("/")

    async def get_credentials(
        self, access_token: str, url: str | None = None, **params: Any
    ) -> httpx.Response:
        return await self.http.get(
            url or f"{self.api}/credentials",
            params=params or None,
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
        )

    async def all_credentials(self, access_token: str, *, limit: int) -> list[Page]:
        """Every page, following rel="next" until there is none."""
        pages: list[Page] = []
        response = await self.get_credentials(access_token, limit=limit, offset=0)
        while True:
            assert response.status_code == 200, response.text
            total = response.headers.get("x-total-count")
            links = parse_links(response.headers.get("link"))
            pages.append(Page(response.json().get("credential", []), int(total) if total else None, links))
            if "next" not in links:
                return pages
            response = await self.get_credentials(access_token, url=links["next"])

    async def upsert_credential(self, access_token: str, credential: dict[str, Any]) -> httpx.Response:
        return await self.http.post(
            f"{self.api}/credentials",
            json=credential,
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
        )

    async def get_profile(self, access_token: str) -> httpx.Response:
        return await self.http.get(
            f"{self.api}/profile",
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
        )

    async def put_profile(self, access_token: str, profile: dict[str, Any]) -> httpx.Response:
        return await self.http.put(
            f"{self.api}/profile",
            json=profile,
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
        )


def imsx_minor(response: httpx.Response) -> str:
    """The imsx_codeMinorFieldValue of an Imsx_StatusInfo error body."""
    body = response.json()
    assert body["imsx_codeMajor"] == "failure", body
    value: str = body["imsx_codeMinor"]["imsx_codeMinorField"][0]["imsx_codeMinorFieldValue"]
    return value
