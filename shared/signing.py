"""Ed25519 signing keys kept sealed at rest, and JWS over canonical JSON, shared by the services
that sign (the registry's tokens, the ledger's checkpoints, the issuer's credentials)."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Any

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, OKPKey

from shared.crypto import seal, unseal
from shared.ledger.hashing import canonical_json

ALGORITHM = "Ed25519"


def new_kid() -> str:
    return f"{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(6)}"


def new_key(kid: str) -> OKPKey:
    return OKPKey.generate_key("Ed25519", parameters={"kid": kid, "alg": ALGORITHM, "use": "sig"})


def seal_key(key: OKPKey, *, master_key: str, purpose: str) -> bytes:
    return seal(key.as_pem(private=True), master_key=master_key, purpose=purpose)


def unseal_key(sealed: bytes, *, kid: str, master_key: str, purpose: str) -> OKPKey:
    pem = unseal(sealed, master_key=master_key, purpose=purpose)
    return OKPKey.import_key(pem, parameters={"kid": kid, "alg": ALGORITHM, "use": "sig"})


def sign_json(payload: dict[str, Any], key: OKPKey) -> str:
    """Compact JWS (Ed25519) whose payload is the RFC 8785 canonical JSON of ``payload``."""
    header = {"alg": ALGORITHM, "kid": key.kid}
    return jws.serialize_compact(header, canonical_json(payload), key, algorithms=[ALGORITHM])


def signing_kid(token: str) -> str | None:
    """The ``kid`` a compact JWS names in its protected header (None if malformed or absent)."""
    try:
        kid = jws.extract_compact(token.encode()).headers().get("kid")
    except (JoseError, ValueError, TypeError):
        return None
    return kid if isinstance(kid, str) else None


def verify_json(token: str, keys: KeySet) -> dict[str, Any] | None:
    """The payload of a compact JWS signed by one of ``keys``, or None when it does not verify."""
    try:
        compact = jws.deserialize_compact(token, keys, algorithms=[ALGORITHM, "EdDSA"])
    except (JoseError, ValueError):
        return None
    payload: dict[str, Any] = json.loads(compact.payload)
    return payload
