"""OAuth 2.0 client credentials as an httpx.Auth: a token is fetched on first use and renewed before
it expires (or once, when a service answers 401), for sync and async clients alike."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator

import httpx

# Renew this long before the token's stated expiry, so a request in flight never carries a stale one.
_EXPIRY_MARGIN_SECONDS = 30.0


class ClientCredentials(httpx.Auth):
    """Bearer tokens from the registry's token endpoint for ``client_id``/``client_secret``,
    valid for every service in ``audiences`` (space-separated `audience` form field)."""

    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, client_secret: str, audiences: list[str]) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._audience = " ".join(audiences)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._token_url,
            # RFC 6749 §2.3.1 form fields: no ambiguity about encoding, unlike Basic.
            data={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "audience": self._audience,
            },
            headers={"Accept": "application/json"},
        )

    def _store(self, response: httpx.Response) -> None:
        from omc_client.errors import raise_for_problem

        raise_for_problem(response)
        body = response.json()
        with self._lock:
            self._token = str(body["access_token"])
            self._expires_at = time.monotonic() + float(body.get("expires_in", 300)) - _EXPIRY_MARGIN_SECONDS

    def _current(self) -> str | None:
        with self._lock:
            return self._token if time.monotonic() < self._expires_at else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._current()
        if token is None:
            self._store((yield self._token_request()))
            token = self._current()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            # The platform may have rotated its signing key; one fresh token, one more try.
            self._store((yield self._token_request()))
            request.headers["Authorization"] = f"Bearer {self._current()}"
            yield request
