"""The Service Description Document (GET /ims/ob/v3p0/discovery): an OpenAPI 3.0 document profiled
as the Open Badges 3.0 API asks, naming the registration, authorization, token and refresh URLs
(`components.securitySchemes.OAuth2ACG`), the scopes, and the privacy policy and terms of service."""

from __future__ import annotations

from typing import Any

from services.credential_issuer.services.wallets.ob3.protocol import (
    AUTHORIZATION_PATH,
    BASE_PATH,
    CREDENTIAL_READONLY,
    CREDENTIAL_UPSERT,
    PROFILE_READONLY,
    PROFILE_UPDATE,
    REGISTRATION_PATH,
    REVOCATION_PATH,
    SCOPE_DESCRIPTIONS,
    TOKEN_PATH,
)

TITLE = "Ontario Micro-Credentials: learner credentials (Open Badges 3.0 API)"
_ERROR = {"description": "Imsx_StatusInfo", "content": {"application/json": {"schema": {"type": "object"}}}}


def _operation(operation_id: str, scope: str, summary: str, success: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": summary,
        "security": [{"OAuth2ACG": [scope]}],
        "responses": {**success, "400": _ERROR, "401": _ERROR, "403": _ERROR, "405": _ERROR, "500": _ERROR},
    }


def service_description(public_url: str, *, terms_url: str, privacy_url: str) -> dict[str, Any]:
    """The SDD of this service at ``public_url``."""
    base = public_url.rstrip("/")
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": "3.0.1",
        "info": {
            "title": TITLE,
            "description": "Credentials issued to a learner by Ontario institutions, and the ones "
            "their wallets add, for the wallets and hosts the learner authorises.",
            "version": "3.0",
            "termsOfService": terms_url,
            "x-imssf-privacyPolicyUrl": privacy_url,
        },
        "servers": [{"url": f"{base}{BASE_PATH}", "description": "Open Badges 3.0 API"}],
        "tags": [{"name": "OpenBadgeCredentials"}, {"name": "Profile"}, {"name": "Discovery"}],
        "paths": {
            "/credentials": {
                "get": _operation(
                    "getCredentials", CREDENTIAL_READONLY, "The learner's OpenBadgeCredentials, paged", ok
                ),
                "post": _operation(
                    "upsertCredential",
                    CREDENTIAL_UPSERT,
                    "Add or replace a credential in the learner's collection",
                    {**ok, "201": {"description": "Created"}, "304": {"description": "Not Modified"}},
                ),
            },
            "/profile": {
                "get": _operation("getProfile", PROFILE_READONLY, "The learner's profile", ok),
                "put": _operation("putProfile", PROFILE_UPDATE, "Replace the learner's profile", ok),
            },
            "/discovery": {
                "get": {"operationId": "getServiceDescription", "security": [], "responses": ok},
            },
        },
        "components": {
            "securitySchemes": {
                "OAuth2ACG": {
                    "type": "oauth2",
                    "description": "OAuth 2.0 Authorization Code Grant authorization (PKCE S256 required)",
                    "x-imssf-name": "Ontario Micro-Credentials",
                    "x-imssf-privacyPolicyUrl": privacy_url,
                    "x-imssf-registrationUrl": f"{base}{REGISTRATION_PATH}",
                    "x-imssf-termsOfServiceUrl": terms_url,
                    # Not named by the specification, which asks only that the revocation endpoint be
                    # shared: here it is, under this service's own extension name.
                    "x-omc-revocationUrl": f"{base}{REVOCATION_PATH}",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": f"{base}{AUTHORIZATION_PATH}",
                            "tokenUrl": f"{base}{TOKEN_PATH}",
                            "refreshUrl": f"{base}{TOKEN_PATH}",
                            "scopes": {
                                scope: SCOPE_DESCRIPTIONS[scope]
                                for scope in (
                                    CREDENTIAL_READONLY,
                                    CREDENTIAL_UPSERT,
                                    PROFILE_READONLY,
                                    PROFILE_UPDATE,
                                )
                            },
                        }
                    },
                }
            },
            "schemas": {},
        },
    }
