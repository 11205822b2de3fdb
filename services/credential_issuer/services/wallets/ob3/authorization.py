"""The OAuth 2.0 authorization code grant of the Open Badges 3.0 API, with PKCE (S256 only).

- An authorization request names a registered client and one of its redirect URIs, exactly; a
  request that fails there is shown to the learner and never redirected (RFC 6749 4.1.2.1).
- A code is single-use, lives ``code_lifetime`` and is bound to the grant (client, learner, scopes),
  the redirect URI and the PKCE challenge. A code presented twice ends the grant and its tokens.
- A refresh token is used once: each use returns a new one (rotation); a used refresh token
  presented again ends the grant (it was stolen, or the client lost track: either way stop).
- Access tokens are opaque (see docs/wallets-ob3.md): revoking one takes effect at once.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import ob3_grants
from services.credential_issuer.services.wallets.ob3.protocol import (
    KNOWN_SCOPES,
    digest,
    is_s256_challenge,
    new_secret,
    parse_scope,
    same_secret,
    verifier_matches,
)

ACCESS_TOKEN_LIFETIME = timedelta(hours=1)  # the specification's recommended expires_in
REFRESH_TOKEN_LIFETIME = timedelta(days=30)


@dataclass
class OAuthError(Exception):
    """An RFC 6749 error (section 5.2 at the token endpoint, 4.1.2.1 in a redirect)."""

    error: str
    description: str
    status_code: int = 400


@dataclass
class UnsafeAuthorizationRequest(Exception):
    """The client or the redirect URI is unknown: the learner is told, nobody is redirected."""

    reason: str


@dataclass(frozen=True)
class AuthorizationRequest:
    """An authorization request checked against the client's registration."""

    client: ob3_grants.RegisteredClient
    redirect_uri: str
    scopes: list[str]
    state: str
    code_challenge: str


def _one(params: dict[str, str], name: str) -> str:
    return params.get(name, "")


async def check_authorization_request(
    sessions: async_sessionmaker[AsyncSession], params: dict[str, str]
) -> AuthorizationRequest:
    """The request's client and exact redirect URI first (UnsafeAuthorizationRequest), then the rest
    (OAuthError, for the client's redirect URI)."""
    client_id, redirect_uri = _one(params, "client_id"), _one(params, "redirect_uri")
    async with sessions() as session:
        client = await ob3_grants.client(session, client_id) if client_id and len(client_id) <= 64 else None
    if client is None:
        raise UnsafeAuthorizationRequest("unknown_client")
    if redirect_uri not in client.redirect_uris:
        raise UnsafeAuthorizationRequest("unregistered_redirect_uri")
    if _one(params, "response_type") != "code":
        raise OAuthError("unsupported_response_type", "response_type must be code")
    state = _one(params, "state")
    if not state or len(state) > 500:
        raise OAuthError("invalid_request", "state is required (at most 500 characters)")
    if _one(params, "code_challenge_method") != "S256" or not is_s256_challenge(
        _one(params, "code_challenge")
    ):
        raise OAuthError(
            "invalid_request", "PKCE is required: code_challenge with code_challenge_method S256"
        )
    scopes = parse_scope(_one(params, "scope"))
    allowed = set(parse_scope(client.scope))
    if not scopes or any(scope not in KNOWN_SCOPES or scope not in allowed for scope in scopes):
        raise OAuthError("invalid_scope", "scope must name scopes the client registered")
    return AuthorizationRequest(client, redirect_uri, scopes, state, _one(params, "code_challenge"))


async def issue_code(
    sessions: async_sessionmaker[AsyncSession],
    request: AuthorizationRequest,
    learner_email: str,
    *,
    code_lifetime: timedelta,
) -> str:
    """The learner consented: a grant and its one-time code (returned; only its hash is kept)."""
    code = new_secret()
    async with sessions.begin() as session:
        grant_id = await ob3_grants.add_grant(
            session, request.client.client_id, learner_email, " ".join(request.scopes)
        )
        await ob3_grants.add_code(
            session,
            code_hash=digest(code),
            grant_id=grant_id,
            redirect_uri=request.redirect_uri,
            code_challenge=request.code_challenge,
            expires_at=datetime.now(UTC) + code_lifetime,
        )
    return code


async def authenticate_client(
    sessions: async_sessionmaker[AsyncSession], authorization: str | None
) -> ob3_grants.RegisteredClient:
    """The client of an HTTP Basic Authorization header (client_secret_basic), else invalid_client."""
    scheme, _, encoded = (authorization or "").partition(" ")
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    client_id, colon, secret = decoded.partition(":")
    if scheme.lower() != "basic" or not colon or not client_id or len(client_id) > 64:
        raise OAuthError("invalid_client", "client_secret_basic authentication is required", 401)
    async with sessions() as session:
        client = await ob3_grants.client(session, client_id)
    if client is None or not same_secret(secret, client.client_secret_hash):
        raise OAuthError("invalid_client", "unknown client or wrong secret", 401)
    return client


def _narrowed(requested: str | None, granted: str) -> str:
    """The scopes asked for at the token endpoint: a subset of the grant's, or all of them."""
    granted_scopes = parse_scope(granted)
    asked = parse_scope(requested)
    if not asked:
        return granted
    if any(scope not in granted_scopes for scope in asked):
        raise OAuthError("invalid_scope", "scope may only name scopes the learner granted")
    return " ".join(asked)


async def _tokens(
    session: AsyncSession, client: ob3_grants.RegisteredClient, grant_id: uuid.UUID, scope: str
) -> dict[str, Any]:
    access, now = new_secret(), datetime.now(UTC)
    await ob3_grants.add_token(
        session,
        token_hash=digest(access),
        grant_id=grant_id,
        kind="access",
        scope=scope,
        expires_at=now + ACCESS_TOKEN_LIFETIME,
    )
    answer: dict[str, Any] = {
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": int(ACCESS_TOKEN_LIFETIME.total_seconds()),
        "scope": scope,
    }
    if "refresh_token" in client.registration.get("grant_types", []):
        refresh = new_secret()
        await ob3_grants.add_token(
            session,
            token_hash=digest(refresh),
            grant_id=grant_id,
            kind="refresh",
            scope=scope,
            expires_at=now + REFRESH_TOKEN_LIFETIME,
        )
        answer["refresh_token"] = refresh
    return answer


async def exchange_code(
    sessions: async_sessionmaker[AsyncSession], client: ob3_grants.RegisteredClient, form: dict[str, str]
) -> dict[str, Any]:
    """grant_type=authorization_code: the code, its redirect URI and its PKCE verifier -> tokens."""
    code, verifier = form.get("code", ""), form.get("code_verifier", "")
    if not code or not form.get("redirect_uri"):
        raise OAuthError("invalid_request", "code and redirect_uri are required")
    if not verifier:
        raise OAuthError("invalid_request", "code_verifier is required (PKCE)")
    replayed: uuid.UUID | None = None
    async with sessions.begin() as session:
        row = await ob3_grants.code_for_update(session, digest(code))
        if row is None:
            raise OAuthError("invalid_grant", "unknown authorization code")
        grant = await ob3_grants.grant(session, row.grant_id)
        if grant is None or grant.client_id != client.client_id:
            raise OAuthError("invalid_grant", "the code was issued to another client")
        if row.used_at is not None:
            replayed = row.grant_id
            await ob3_grants.revoke_grant(session, row.grant_id)
        elif grant.revoked_at is not None or row.expires_at <= datetime.now(UTC):
            raise OAuthError("invalid_grant", "the authorization code expired")
        elif form["redirect_uri"] != row.redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri differs from the authorization request's")
        elif not verifier_matches(verifier, row.code_challenge):
            raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge")
        else:
            row.used_at = datetime.now(UTC)
            return await _tokens(session, client, grant.id, _narrowed(form.get("scope"), grant.scope))
    # Outside the transaction, so that the revocation above is committed.
    raise OAuthError("invalid_grant", f"the authorization code was already used; grant {replayed} revoked")


async def refresh(
    sessions: async_sessionmaker[AsyncSession], client: ob3_grants.RegisteredClient, form: dict[str, str]
) -> dict[str, Any]:
    """grant_type=refresh_token: a new access token and a new refresh token; the old one is spent."""
    presented = form.get("refresh_token", "")
    if not presented:
        raise OAuthError("invalid_request", "refresh_token is required")
    reused = False
    async with sessions.begin() as session:
        row = await ob3_grants.token_for_update(session, digest(presented))
        grant = (
            None if row is None or row.kind != "refresh" else await ob3_grants.grant(session, row.grant_id)
        )
        if row is None or grant is None or grant.client_id != client.client_id:
            raise OAuthError("invalid_grant", "unknown refresh token")
        if row.used_at is not None:
            reused = True
            await ob3_grants.revoke_grant(session, grant.id)
        elif (
            grant.revoked_at is not None or row.revoked_at is not None or row.expires_at <= datetime.now(UTC)
        ):
            raise OAuthError("invalid_grant", "the refresh token was revoked or expired")
        else:
            row.used_at = datetime.now(UTC)
            return await _tokens(session, client, grant.id, _narrowed(form.get("scope"), row.scope))
    assert reused
    raise OAuthError("invalid_grant", "the refresh token was already used; the grant is revoked")


async def revoke(
    sessions: async_sessionmaker[AsyncSession], client: ob3_grants.RegisteredClient, form: dict[str, str]
) -> None:
    """RFC 7009: a refresh token ends its grant (and every token of it); an access token ends
    itself. An unknown token, or another client's, is answered like a revoked one."""
    hint = form.get("token_type_hint")
    if hint is not None and hint not in ("access_token", "refresh_token"):
        raise OAuthError("unsupported_token_type", "token_type_hint must be access_token or refresh_token")
    token = form.get("token", "")
    if not token:
        raise OAuthError("invalid_request", "token is required")
    async with sessions.begin() as session:
        row = await ob3_grants.token_for_update(session, digest(token))
        grant = None if row is None else await ob3_grants.grant(session, row.grant_id)
        if row is None or grant is None or grant.client_id != client.client_id:
            return
        if row.kind == "refresh":
            await ob3_grants.revoke_grant(session, grant.id)
        elif row.revoked_at is None:
            row.revoked_at = datetime.now(UTC)
