"""Request body examples of the Open Badges 3.0 API (credential_issuer), by operationId and media
type: the bodies the specification's own examples show."""

from __future__ import annotations

from typing import Any

_SCOPES = (
    "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly "
    "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly"
)

OB3_EXAMPLES: dict[str, dict[str, Any]] = {
    "ob3_register_client": {
        "application/json": {
            "client_name": "Example Wallet",
            "client_uri": "https://wallet.example/",
            "logo_uri": "https://wallet.example/logo.png",
            "tos_uri": "https://wallet.example/terms",
            "policy_uri": "https://wallet.example/privacy",
            "software_id": "c88b6ed8-269e-448e-99be-7e2ff47167d1",
            "software_version": "1.4.0",
            "redirect_uris": ["https://wallet.example/ob3/callback"],
            "token_endpoint_auth_method": "client_secret_basic",
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "scope": _SCOPES,
        }
    },
    "ob3_token": {
        "application/x-www-form-urlencoded": {
            "grant_type": "authorization_code",
            "code": "7c7a73263ee14b2b48073d0615f286ec",
            "redirect_uri": "https://wallet.example/ob3/callback",
            "scope": _SCOPES,
            "code_verifier": "mYUQfKNgI1lSbY8EqtvNHLPzu0x-cVKO3fpWnX4VE5I",
        }
    },
    "ob3_revoke_token": {
        "application/x-www-form-urlencoded": {
            "token": "45ghiukldjahdnhzdauz",
            "token_type_hint": "refresh_token",
        }
    },
    "ob3_upsert_credential": {
        "application/json": {
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ],
            "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "did:web:issuer.example", "type": ["Profile"], "name": "Example College"},
            "validFrom": "2026-06-01T00:00:00Z",
            "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"name": "Welding safety"}},
            "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"},
        }
    },
    "ob3_put_profile": {
        "application/json": {
            "@context": ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "type": ["Profile"],
            "name": "Ada Learner",
            "phone": "+1 416 555 0100",
        }
    },
}
