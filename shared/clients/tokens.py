"""Access tokens for calls one service makes as itself (OAuth2 client credentials), cached until
shortly before they expire."""

from __future__ import annotations

import asyncio
import time

from shared.clients.registry import RegistryClient

_RENEW_BEFORE_SECONDS = 30


class ClientCredentialsTokens:
    def __init__(
        self, registry: RegistryClient, *, client_id: str, client_secret: str, audience: str
    ) -> None:
        self._registry = registry
        self._client_id = client_id
        self._client_secret = client_secret
        self._audience = audience
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                response = await self._registry.token(
                    self._client_id, self._client_secret, audience=[self._audience]
                )
                self._token = response.access_token
                self._expires_at = time.monotonic() + response.expires_in - _RENEW_BEFORE_SECONDS
            return self._token

    def forget(self) -> None:
        """Drop the cached token (after a 401: keys rotated or client revoked)."""
        self._token = None
