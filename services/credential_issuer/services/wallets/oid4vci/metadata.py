"""The issuer's metadata (OpenID4VCI 1.0 §12.2) and its authorization server's (RFC 8414): what a
wallet reads before anything else. The credential issuer is its own authorization server, for the
pre-authorized code grant only, without client authentication."""

from __future__ import annotations

from typing import Any

from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS

PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
LDP_VC = "omc_ldp_vc"
JWT_VC_JSON = "omc_jwt_vc_json"
CONFIGURATION_FORMATS = {LDP_VC: "ldp_vc", JWT_VC_JSON: "jwt_vc_json"}
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
PROOF_ALGORITHMS = ["EdDSA", "Ed25519", "ES256"]
BINDING_METHODS = ["did:key", "did:jwk", "jwk"]
DEFERRED_INTERVAL_SECONDS = 5

_NAMES = {"en": "Ontario Micro-Credentials", "fr": "Microcertifications de l'Ontario"}
_CREDENTIAL_NAMES = {"en": "Ontario Micro-Credential", "fr": "Microcertification de l'Ontario"}
_LOGO_ALT = {"en": "Ontario Micro-Credentials logo", "fr": "Logo des Microcertifications de l'Ontario"}


def _display(names: dict[str, str], issuer_url: str) -> list[dict[str, Any]]:
    return [
        {
            "name": names[locale],
            "locale": locale,
            "logo": {"uri": f"{issuer_url}/static/logo.svg", "alt_text": _LOGO_ALT[locale]},
        }
        for locale in ("en", "fr")
    ]


def _configuration(issuer_url: str, format_: str) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": CREDENTIAL_TYPES}
    if format_ == "ldp_vc":
        definition = {"@context": [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS], **definition}
    return {
        "format": format_,
        "cryptographic_binding_methods_supported": BINDING_METHODS,
        # ldp_vc names the Data Integrity cryptosuite; jwt_vc_json the JWS algorithm.
        "credential_signing_alg_values_supported": ["eddsa-rdfc-2022" if format_ == "ldp_vc" else "EdDSA"],
        "proof_types_supported": {"jwt": {"proof_signing_alg_values_supported": PROOF_ALGORITHMS}},
        "credential_definition": definition,
        "credential_metadata": {
            "display": [
                {
                    **entry,
                    "name": _CREDENTIAL_NAMES[entry["locale"]],
                    "background_color": "#1a5a96",
                    "text_color": "#ffffff",
                }
                for entry in _display(_CREDENTIAL_NAMES, issuer_url)
            ]
        },
    }


def issuer_metadata(issuer_url: str) -> dict[str, Any]:
    """Credential Issuer Metadata: endpoints, display in English and French, and the OMC credential's
    configurations in ldp_vc (Data Integrity, as issued) and jwt_vc_json (a JWS by the same key)."""
    return {
        "credential_issuer": issuer_url,
        "authorization_servers": [issuer_url],
        "credential_endpoint": f"{issuer_url}/oid4vci/credential",
        "nonce_endpoint": f"{issuer_url}/oid4vci/nonce",
        "deferred_credential_endpoint": f"{issuer_url}/oid4vci/deferred-credential",
        "display": _display(_NAMES, issuer_url),
        "credential_configurations_supported": {
            identifier: _configuration(issuer_url, format_)
            for identifier, format_ in CONFIGURATION_FORMATS.items()
        },
    }


def authorization_server_metadata(issuer_url: str) -> dict[str, Any]:
    """RFC 8414 metadata: the token endpoint of the pre-authorized code grant, usable without client
    authentication (OpenID4VCI §12.3)."""
    return {
        "issuer": issuer_url,
        "token_endpoint": f"{issuer_url}/oid4vci/token",
        "grant_types_supported": [PRE_AUTHORIZED_GRANT],
        "pre-authorized_grant_anonymous_access_supported": True,
        "token_endpoint_auth_methods_supported": ["none"],
        "response_types_supported": [],
    }
