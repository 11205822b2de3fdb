"""Tokens tests need that the token endpoint would never mint (expired, wrong issuer...), signed with
the registry's real current key, read through the registry's own key service."""

from __future__ import annotations

import time
from typing import Any

from joserfc import jwt
from joserfc.jwk import OKPKey

from services.registry_api.services.signing_keys import SigningKeyService
from shared.db.engine import create_engine, create_session_factory
from shared.signing import ALGORITHM as SIGNING_ALGORITHM
from tests.support.platform import Platform


async def registry_signing_key(platform: Platform) -> OKPKey:
    engine = create_engine(platform.registry.database_url.get_secret_value(), pool_size=1)
    try:
        keys = SigningKeyService(
            create_session_factory(engine),
            master_key=platform.registry.master_key.get_secret_value(),
            token_ttl_seconds=platform.registry.token_ttl_seconds,
        )
        return await keys.signing_key()
    finally:
        await engine.dispose()


def valid_claims(platform: Platform, organisation_id: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {
        "iss": platform.registry.public_url,
        "sub": "omc_forged",
        "aud": [platform.qa.public_url],
        "iat": now,
        "exp": now + 300,
        "org": organisation_id,
        "org_kind": "institution",
        "scope": "institution",
    }
    claims.update(overrides)
    return {key: value for key, value in claims.items() if value is not None}


def sign(claims: dict[str, Any], key: OKPKey) -> str:
    return jwt.encode({"alg": SIGNING_ALGORITHM, "kid": key.kid}, claims, key, algorithms=[SIGNING_ALGORITHM])
