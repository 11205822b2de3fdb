"""OAuth-style errors of the OpenID4VCI endpoints: `{"error": ..., "error_description": ...}` as the
specification (and RFC 6749 / RFC 6750) defines them, not problem+json, since wallets read `error`."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse


class Oid4vciError(Exception):
    """An error answered in the specification's JSON shape."""

    def __init__(
        self, error: str, description: str, *, status: int = 400, www_authenticate: str | None = None
    ):
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status
        self.www_authenticate = www_authenticate


def invalid_request(description: str) -> Oid4vciError:
    return Oid4vciError("invalid_request", description)


def invalid_grant(description: str) -> Oid4vciError:
    return Oid4vciError("invalid_grant", description)


def invalid_credential_request(description: str) -> Oid4vciError:
    return Oid4vciError("invalid_credential_request", description)


def invalid_proof(description: str) -> Oid4vciError:
    return Oid4vciError("invalid_proof", description)


def invalid_token(description: str) -> Oid4vciError:
    """RFC 6750 §3.1: 401, with the error in WWW-Authenticate too."""
    return Oid4vciError(
        "invalid_token", description, status=401, www_authenticate='Bearer error="invalid_token"'
    )


def missing_token() -> Oid4vciError:
    """RFC 6750 §3.1: a request without any token gets a bare challenge."""
    return Oid4vciError(
        "invalid_token",
        "An access token is required (Authorization: Bearer).",
        status=401,
        www_authenticate="Bearer",
    )


async def oid4vci_error_handler(_: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, Oid4vciError)
    headers = {"Cache-Control": "no-store"}
    if error.www_authenticate is not None:
        headers["WWW-Authenticate"] = error.www_authenticate
    return JSONResponse(
        {"error": error.error, "error_description": error.description},
        status_code=error.status,
        headers=headers,
    )
