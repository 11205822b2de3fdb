"""OAuth2 token endpoint and the JWKS that publishes its verifying keys."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Response
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from services.registry_api.dependencies import SigningKeys, Tokens
from services.registry_api.errors import InvalidClient
from shared.schemas.auth import JsonWebKeySet, TokenResponse
from shared.web.openapi import problem_responses

router = APIRouter(tags=["auth"])
_basic = HTTPBasic(auto_error=False, description="client_id and client_secret (RFC 6749 §2.3.1).")


@router.post(
    "/oauth/token",
    name="issue_token",
    summary="Client-credentials access token",
    description="RFC 6749 §4.4. Authenticate with HTTP Basic or `client_id`/`client_secret` form fields. "
    "`audience` (space-separated service URLs) narrows the token; `scope` narrows its roles. "
    "Errors are problem+json that also carry OAuth's `error` member.",
    responses=problem_responses(400, 401),
)
async def issue_token(
    tokens: Tokens,
    response: Response,
    basic: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
    grant_type: Annotated[str, Form(max_length=64)],
    client_id: Annotated[str | None, Form(max_length=128)] = None,
    client_secret: Annotated[str | None, Form(max_length=256)] = None,
    audience: Annotated[str | None, Form(max_length=2000)] = None,
    scope: Annotated[str | None, Form(max_length=500)] = None,
) -> TokenResponse:
    if basic is not None:
        client_id, client_secret = basic.username, basic.password
    if not client_id or not client_secret:
        raise InvalidClient("Client credentials are required (HTTP Basic or form fields).")
    response.headers["Cache-Control"] = "no-store"
    return await tokens.issue(
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
        audience=audience,
        scope=scope,
    )


@router.get(
    "/.well-known/jwks.json",
    name="get_jwks",
    summary="Keys that verify access tokens",
    response_model=JsonWebKeySet,
)
async def get_jwks(keys: SigningKeys, response: Response) -> dict[str, Any]:
    response.headers["Cache-Control"] = "public, max-age=300"
    return await keys.jwks()
