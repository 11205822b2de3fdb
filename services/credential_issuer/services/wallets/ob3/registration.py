"""RFC 7591 dynamic client registration as the Open Badges 3.0 API profiles it: no initial access
token, the listed metadata required, `client_secret_basic` only, grant types `authorization_code`
and `refresh_token`, response type `code`, and redirect URIs kept exactly as given (matched
exactly later). URLs are https (http only on a loopback host, for wallets on the learner's machine).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import ob3_grants
from services.credential_issuer.services.wallets.ob3.protocol import (
    KNOWN_SCOPES,
    digest,
    new_secret,
    parse_scope,
)

REQUIRED_URLS = ("client_uri", "logo_uri", "tos_uri", "policy_uri")
REQUIRED_TEXT = ("client_name", "software_id", "software_version")
MAX_TEXT = 500
MAX_REDIRECT_URIS = 10
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


REGISTRATION_WINDOW = timedelta(hours=1)


@dataclass
class RegistrationLimited(Exception):
    """The client address registered as many clients as it may within the window."""

    retry_after_seconds: int


@dataclass
class RegistrationError(Exception):
    """RFC 7591 section 3.2.2: `invalid_redirect_uri` or `invalid_client_metadata`, and why."""

    error: str
    description: str


def _url_problem(value: Any, name: str) -> str | None:
    if not isinstance(value, str) or not value or len(value) > 2000:
        return f"{name} must be a URL of at most 2000 characters"
    parts = urlsplit(value)
    if not parts.hostname:
        return f"{name} must be an absolute URL"
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS):
        return None
    return f"{name} must use https"


def _redirect_uris(body: dict[str, Any]) -> list[str]:
    uris = body.get("redirect_uris")
    if not isinstance(uris, list) or not uris or len(uris) > MAX_REDIRECT_URIS:
        raise RegistrationError(
            "invalid_redirect_uri", f"redirect_uris must be an array of 1 to {MAX_REDIRECT_URIS} URLs"
        )
    for uri in uris:
        problem = _url_problem(uri, "redirect_uris")
        if problem is None and urlsplit(uri).fragment:
            problem = "redirect_uris may not have a fragment"
        if problem is not None:
            raise RegistrationError("invalid_redirect_uri", problem)
    return list(dict.fromkeys(uris))


def _metadata_problem(body: dict[str, Any]) -> str | None:
    for name in REQUIRED_TEXT:
        value = body.get(name)
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
            return f"{name} is required: a string of at most {MAX_TEXT} characters"
    for name in REQUIRED_URLS:
        problem = _url_problem(body.get(name), name)
        if problem is not None:
            return problem
    if body.get("token_endpoint_auth_method", "client_secret_basic") != "client_secret_basic":
        return "token_endpoint_auth_method must be client_secret_basic"
    grant_types = body.get("grant_types", ["authorization_code"])
    if (
        not isinstance(grant_types, list)
        or "authorization_code" not in grant_types
        or not set(grant_types) <= {"authorization_code", "refresh_token"}
    ):
        return (
            "grant_types may hold only authorization_code and refresh_token, and must hold authorization_code"
        )
    if body.get("response_types", ["code"]) != ["code"]:
        return 'response_types must be ["code"]'
    contacts = body.get("contacts", [])
    if not isinstance(contacts, list) or not all(isinstance(c, str) and len(c) <= 320 for c in contacts):
        return "contacts must be an array of strings"
    scope = body.get("scope")
    if not isinstance(scope, str) or not parse_scope(scope):
        return "scope is required: space-separated Open Badges scopes"
    unknown = [item for item in parse_scope(scope) if item not in KNOWN_SCOPES]
    if unknown:
        return f"scope holds scopes this server does not offer: {' '.join(unknown)[:300]}"
    return None


async def register(
    sessions: async_sessionmaker[AsyncSession],
    body: Any,
    *,
    client_address: str,
    limit_per_window: int,
) -> dict[str, Any]:
    """The registration response (RFC 7591 section 3.2.1): every field registered, and the client's
    id and secret. The secret is shown this once; only its SHA-256 is kept. Registration is open (no
    initial access token), so one client address may register at most ``limit_per_window`` clients
    an hour: past that, :class:`RegistrationLimited`."""
    if not isinstance(body, dict):
        raise RegistrationError("invalid_client_metadata", "the body must be a JSON object")
    redirect_uris = _redirect_uris(body)
    problem = _metadata_problem(body)
    if problem is not None:
        raise RegistrationError("invalid_client_metadata", problem)
    client_id, client_secret = new_secret(), new_secret()
    registered: dict[str, Any] = {
        **{name: body[name] for name in (*REQUIRED_TEXT, *REQUIRED_URLS)},
        "redirect_uris": redirect_uris,
        "token_endpoint_auth_method": "client_secret_basic",
        "grant_types": list(dict.fromkeys(body.get("grant_types", ["authorization_code"]))),
        "response_types": ["code"],
        "scope": " ".join(parse_scope(body["scope"])),
    }
    if body.get("contacts"):
        registered["contacts"] = body["contacts"]
    async with sessions.begin() as session:
        since = datetime.now(UTC) - REGISTRATION_WINDOW
        if await ob3_grants.registrations_since(session, client_address, since) >= limit_per_window:
            raise RegistrationLimited(int(REGISTRATION_WINDOW.total_seconds()))
        await ob3_grants.add_client(
            session,
            ob3_grants.RegisteredClient(
                client_id=client_id,
                client_secret_hash=digest(client_secret),
                client_name=registered["client_name"],
                redirect_uris=redirect_uris,
                scope=registered["scope"],
                registration=registered,
                registered_from=client_address,
            ),
        )
    return {
        "client_id": client_id,
        "client_secret": client_secret,
        "client_id_issued_at": int(time.time()),
        "client_secret_expires_at": 0,
        **registered,
    }
