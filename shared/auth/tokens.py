"""Verify a bearer access token: signature against the key source, issuer, audience, expiry."""

from __future__ import annotations

import time

from joserfc import jws, jwt
from joserfc.errors import JoseError
from pydantic import ValidationError

from shared.auth.keys import KeySource
from shared.errors import Unauthenticated
from shared.schemas.auth import Principal

# Ed25519 is the fully-specified name (RFC 9864); EdDSA is accepted so a standard OIDC provider
# signing with the older name can take the registry's place.
ACCEPTED_ALGORITHMS = ["Ed25519", "EdDSA"]
CLOCK_SKEW_SECONDS = 30


class TokenVerifier:
    def __init__(self, keys: KeySource, *, issuer: str, audience: str) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience

    async def verify(self, token: str) -> Principal:
        try:
            header = jws.extract_compact(token.encode()).headers()
        except (JoseError, ValueError, TypeError) as error:
            raise Unauthenticated("The access token is malformed.") from error
        kid = header.get("kid")
        if header.get("alg") not in ACCEPTED_ALGORITHMS:
            raise Unauthenticated("The access token is not signed with an accepted algorithm.")
        key_set = await self._keys.key_set(kid=kid if isinstance(kid, str) else None)
        try:
            decoded = jwt.decode(token, key_set, algorithms=ACCEPTED_ALGORITHMS)
        except (JoseError, ValueError) as error:
            raise Unauthenticated("The access token's signature is not valid.") from error
        claims = decoded.claims
        registry = jwt.JWTClaimsRegistry(
            now=int(time.time()),
            leeway=CLOCK_SKEW_SECONDS,
            iss={"essential": True, "value": self._issuer},
            aud={"essential": True, "value": self._audience},
            exp={"essential": True},
            sub={"essential": True},
        )
        try:
            registry.validate(claims)
        except JoseError as error:
            raise Unauthenticated(
                f"The access token was refused: {error.description or error.error}."
            ) from error
        try:
            return Principal(
                client_id=claims["sub"],
                organisation_id=claims["org"],
                organisation_kind=claims["org_kind"],
                roles=frozenset(str(claims.get("scope", "")).split()),
            )
        except (KeyError, ValidationError) as error:
            raise Unauthenticated("The access token lacks the organisation or roles claims.") from error
