"""Names and small rules of the Open Badges 3.0 API: its scopes, its paths, secret tokens and PKCE.

Codes and tokens are random (256 bits) and stored as their SHA-256 only: a database reader cannot
use them, and no log line ever holds one (shared/logging.py redacts `code` and `*_token`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

SCOPE_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/scope/"
CREDENTIAL_READONLY = SCOPE_PREFIX + "credential.readonly"
CREDENTIAL_UPSERT = SCOPE_PREFIX + "credential.upsert"
PROFILE_READONLY = SCOPE_PREFIX + "profile.readonly"
PROFILE_UPDATE = SCOPE_PREFIX + "profile.update"
OFFLINE_ACCESS = "offline_access"
"""Not an Open Badges scope, but the specification's examples ask for it next to them: accepted and
granted alongside, it changes nothing (refresh tokens follow the client's registered grant types)."""

SCOPE_DESCRIPTIONS: dict[str, str] = {
    CREDENTIAL_READONLY: "Permission to read OpenBadgeCredentials for the authenticated entity.",
    CREDENTIAL_UPSERT: "Permission to create or update OpenBadgeCredentials for the authenticated entity.",
    PROFILE_READONLY: "Permission to read the profile for the authenticated entity.",
    PROFILE_UPDATE: "Permission to update the profile for the authenticated entity.",
}
KNOWN_SCOPES = frozenset([*SCOPE_DESCRIPTIONS, OFFLINE_ACCESS])

BASE_PATH = "/ims/ob/v3p0"
DISCOVERY_PATH = f"{BASE_PATH}/discovery"
REGISTRATION_PATH = f"{BASE_PATH}/auth/register"
AUTHORIZATION_PATH = f"{BASE_PATH}/auth/authorize"
TOKEN_PATH = f"{BASE_PATH}/auth/token"
REVOCATION_PATH = f"{BASE_PATH}/auth/revoke"
CREDENTIALS_PATH = f"{BASE_PATH}/credentials"
PROFILE_PATH = f"{BASE_PATH}/profile"

_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")


def parse_scope(value: str | None) -> list[str]:
    """The space-separated scopes of ``value``, in order, without repeats."""
    return list(dict.fromkeys((value or "").split()))


def new_secret() -> str:
    """A fresh unguessable code, token or client secret (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """What is stored of a secret: its SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_secret(given: str, stored_digest: str) -> bool:
    """Whether ``given`` is the secret whose digest is stored (in constant time)."""
    return hmac.compare_digest(digest(given), stored_digest)


def is_s256_challenge(challenge: str) -> bool:
    """A PKCE S256 challenge: BASE64URL(SHA-256(verifier)) without padding, 43 characters."""
    return _CHALLENGE.fullmatch(challenge) is not None


def verifier_matches(verifier: str, challenge: str) -> bool:
    """RFC 7636 S256: the verifier is well formed and BASE64URL(SHA-256(verifier)) is the challenge."""
    if _VERIFIER.fullmatch(verifier) is None:
        return False
    computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=")
    return hmac.compare_digest(computed.decode("ascii"), challenge)
