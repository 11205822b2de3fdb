"""The sandbox loader's HTTP side: the platform's three public APIs as one small synchronous client
that fetches and renews client-credentials tokens, and fails with the problem's own words. It talks
only HTTP, like any integrator (nothing here opens the database)."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

# Renew a token this long before it expires, so a slow call never carries an expired one.
TOKEN_RENEWAL_MARGIN_SECONDS = 60.0


@dataclass(frozen=True)
class Urls:
    registry: str
    qa: str
    issuer: str

    @classmethod
    def from_environment(cls) -> Urls:
        """OMC_REGISTRY_URL, OMC_QA_URL, OMC_ISSUER_URL; else what `make run` listens on (OMC_HOST and
        OMC_*_PORT, defaults 127.0.0.1 and 8001-8003)."""
        host = os.environ.get("OMC_HOST", "127.0.0.1")

        def url(name: str, port_variable: str, port: str) -> str:
            default = f"http://{host}:{os.environ.get(port_variable, port)}"
            return os.environ.get(name, default).rstrip("/")

        return cls(
            registry=url("OMC_REGISTRY_URL", "OMC_REGISTRY_PORT", "8001"),
            qa=url("OMC_QA_URL", "OMC_QA_PORT", "8002"),
            issuer=url("OMC_ISSUER_URL", "OMC_ISSUER_PORT", "8003"),
        )


@dataclass(frozen=True)
class Client:
    """An API client's credentials (the secret is shown once, when the client is created)."""

    client_id: str
    client_secret: str


class ApiError(RuntimeError):
    """A call answered with an unexpected status; carries the response for the caller to inspect."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        request = response.request
        super().__init__(f"{request.method} {request.url} -> {response.status_code}: {response.text[:600]}")

    @property
    def problem_type(self) -> str:
        """The problem's type slug (``urn:omc:problem:<slug>``), or '' when the body is not a problem."""
        try:
            return str(self.response.json().get("type", "")).removeprefix("urn:omc:problem:")
        except ValueError:
            return ""


@dataclass
class Platform:
    """The three services' public APIs, with a token cache per client."""

    urls: Urls
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=30.0))
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)

    def token(self, client: Client) -> str:
        """A bearer token of ``client`` for all three services, renewed shortly before it expires."""
        cached = self._tokens.get(client.client_id)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        response = self.http.post(
            f"{self.urls.registry}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client.client_id, client.client_secret),
        )
        if response.status_code != 200:
            raise ApiError(response)
        body = response.json()
        expires = time.monotonic() + float(body["expires_in"]) - TOKEN_RENEWAL_MARGIN_SECONDS
        self._tokens[client.client_id] = (body["access_token"], expires)
        return str(body["access_token"])

    def accepts(self, client: Client) -> bool:
        """Whether the registry still issues tokens to ``client`` (not revoked, secret right)."""
        try:
            self.token(client)
        except ApiError as error:
            if error.response.status_code in (400, 401):
                return False
            raise
        return True

    def call(
        self,
        method: str,
        url: str,
        *,
        actor: Client | None = None,
        expect: tuple[int, ...] = (200, 201, 202),
        headers: dict[str, str] | None = None,
        **options: Any,
    ) -> Any:
        """The JSON body of a call answered with one of ``expect``; otherwise ``ApiError``."""
        sent = dict(headers or {})
        if actor is not None:
            sent["Authorization"] = f"Bearer {self.token(actor)}"
        response = self.http.request(method, url, headers=sent, **options)
        if response.status_code not in expect:
            raise ApiError(response)
        return response.json() if response.content else None

    def pages(self, url: str, actor: Client | None = None, **params: Any) -> list[dict[str, Any]]:
        """Every item of a keyset-paginated list (``next_cursor`` / ``after``)."""
        items: list[dict[str, Any]] = []
        after: str | None = None
        while True:
            query = {"limit": 100, **params, **({"after": after} if after else {})}
            page = self.call("GET", url, actor=actor, params=query)
            items.extend(page["items"])
            after = page.get("next_cursor")
            if not after:
                return items

    def wait_until(self, what: str, check: Any, within_seconds: float = 120.0) -> Any:
        """Poll ``check()`` until it returns something truthy (a bound for a stuck platform, not a
        timing: it returns as soon as the condition holds)."""
        deadline = time.monotonic() + within_seconds
        while True:
            outcome = check()
            if outcome:
                return outcome
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what} after {within_seconds:.0f}s")
            time.sleep(0.1)
