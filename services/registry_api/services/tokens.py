"""OAuth2 client-credentials grant (RFC 6749 §4.4): authenticate a client, mint a signed JWT."""

from __future__ import annotations

import secrets
import time

from joserfc import jwt
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.errors import InvalidClient, OAuthError
from services.registry_api.repositories.api_clients import ApiClientRepository
from services.registry_api.services.signing_keys import SigningKeyService
from shared.crypto import client_secret_matches
from shared.schemas.auth import Role, TokenResponse
from shared.signing import ALGORITHM as SIGNING_ALGORITHM


class TokenService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        keys: SigningKeyService,
        *,
        issuer: str,
        audiences: list[str],
        ttl_seconds: int,
    ) -> None:
        self._sessions = sessions
        self._keys = keys
        self._issuer = issuer
        self._audiences = audiences
        self._ttl = ttl_seconds

    async def issue(
        self,
        *,
        grant_type: str,
        client_id: str,
        client_secret: str,
        audience: str | None,
        scope: str | None,
    ) -> TokenResponse:
        if grant_type != "client_credentials":
            raise OAuthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.")
        async with self._sessions() as session:
            client = await ApiClientRepository(session).active_credentials(client_id)
        if client is None or not client_secret_matches(client_secret, client.secret_hash):
            raise InvalidClient()
        roles = self._granted_roles(client.roles, scope)
        audiences = self._requested_audiences(audience)
        now = int(time.time())
        claims = {
            "iss": self._issuer,
            "sub": client.client_id,
            "aud": audiences,
            "iat": now,
            "nbf": now,
            "exp": now + self._ttl,
            "jti": secrets.token_urlsafe(16),
            "org": str(client.organisation_id),
            "org_kind": client.organisation_kind.value,
            "scope": " ".join(sorted(roles)),
        }
        key = await self._keys.signing_key()
        header = {"alg": SIGNING_ALGORITHM, "kid": key.kid, "typ": "at+jwt"}
        token = jwt.encode(header, claims, key, algorithms=[SIGNING_ALGORITHM])
        return TokenResponse(access_token=token, expires_in=self._ttl, scope=claims["scope"])

    @staticmethod
    def _granted_roles(held: frozenset[Role], scope: str | None) -> frozenset[Role]:
        if not scope:
            return held
        asked = set(scope.split())
        unknown = asked - {role.value for role in held}
        if unknown:
            raise OAuthError("invalid_scope", f"The client does not hold: {', '.join(sorted(unknown))}.")
        return frozenset(Role(value) for value in asked)

    def _requested_audiences(self, audience: str | None) -> list[str]:
        if not audience:
            return list(self._audiences)
        asked = audience.split()
        unknown = [value for value in asked if value not in self._audiences]
        if unknown:
            raise OAuthError("invalid_target", f"Unknown audience: {', '.join(unknown)}.")
        return asked
