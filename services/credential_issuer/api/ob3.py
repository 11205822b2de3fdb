"""The 1EdTech Open Badges 3.0 API: the service description, dynamic client registration, the token
and revocation endpoints, and the learner's credentials and profile (bearer tokens of the learner's
grant). Errors take the specification's shapes, not problem+json: RFC 7591 and RFC 6749 errors at
the authorisation endpoints, Imsx_StatusInfo at the resource endpoints (docs/wallets-ob3.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response, Security
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2AuthorizationCodeBearer

from services.credential_issuer.dependencies import Settings, Verifier
from services.credential_issuer.repositories import ob3_grants
from services.credential_issuer.services.wallets.ob3 import authorization, registration
from services.credential_issuer.services.wallets.ob3.discovery import service_description
from services.credential_issuer.services.wallets.ob3.protocol import (
    AUTHORIZATION_PATH,
    CREDENTIAL_READONLY,
    CREDENTIAL_UPSERT,
    CREDENTIALS_PATH,
    DISCOVERY_PATH,
    PROFILE_PATH,
    PROFILE_READONLY,
    PROFILE_UPDATE,
    REGISTRATION_PATH,
    REVOCATION_PATH,
    SCOPE_DESCRIPTIONS,
    TOKEN_PATH,
    digest,
)
from services.credential_issuer.services.wallets.ob3.resources import ImsxError, LearnerCollection
from shared.schemas.ob3 import (
    AchievementCredential,
    ClientRegistrationResponse,
    GetOpenBadgeCredentialsResponse,
    ImsxStatusInfo,
    LearnerProfile,
    OAuthErrorBody,
    Ob3TokenResponse,
    ServiceDescriptionDocument,
)
from shared.web.hostile_input import loads_bounded

router = APIRouter(tags=["open badges 3.0"])

# Declares the resource endpoints' security in the contract (the same OAuth2ACG scheme as the service
# description); the token itself is checked by `_access`, which answers in Imsx_StatusInfo.
_ACG = OAuth2AuthorizationCodeBearer(
    authorizationUrl=AUTHORIZATION_PATH,
    tokenUrl=TOKEN_PATH,
    refreshUrl=TOKEN_PATH,
    scopes=SCOPE_DESCRIPTIONS,
    scheme_name="OAuth2ACG",
    description="Open Badges 3.0 API: authorization code grant with PKCE (docs/wallets-ob3.md).",
    auto_error=False,
)

DEFAULT_LIMIT, MAX_LIMIT = 20, 100
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_OWN = {"schema": {"type": "object"}}


def _json_error(
    status_code: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(body, status_code=status_code, headers={**NO_STORE, **(headers or {})})


def _oauth_error(error: authorization.OAuthError) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Basic realm="ob3"'} if error.status_code == 401 else None
    return _json_error(
        error.status_code, {"error": error.error, "error_description": error.description}, headers
    )


def _imsx(error: ImsxError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status_code, headers={**NO_STORE, **error.headers})


async def _form(request: Request) -> dict[str, str]:
    """The URL-encoded body; a parameter sent twice is refused (RFC 6749 section 3.2)."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise authorization.OAuthError(
            "invalid_request", "the body must be application/x-www-form-urlencoded"
        )
    form = await request.form()
    values: dict[str, str] = {}
    for key, value in form.multi_items():
        if key in values or not isinstance(value, str):
            raise authorization.OAuthError("invalid_request", f"{key} is given more than once")
        values[key] = value
    return values


@router.get(
    DISCOVERY_PATH,
    name="ob3_service_description",
    summary="Open Badges 3.0 Service Description Document (public)",
    description="The OpenAPI 3.0 document profiled as OB 3.0 asks: the registration URL "
    "(`x-imssf-registrationUrl`), the authorization, token and refresh URLs and the scopes under "
    "`components.securitySchemes.OAuth2ACG`.",
    responses={200: {"model": ServiceDescriptionDocument, "description": "The SDD."}},
)
async def ob3_service_description(settings: Settings) -> JSONResponse:
    base = settings.public_url.rstrip("/")
    document = service_description(
        base,
        terms_url=settings.ob3_terms_of_service_url or f"{base}/docs",
        privacy_url=settings.ob3_privacy_policy_url or f"{base}/docs",
    )
    return JSONResponse(document, headers={"Cache-Control": "public, max-age=300"})


@router.post(
    REGISTRATION_PATH,
    name="ob3_register_client",
    status_code=201,
    summary="RFC 7591 dynamic client registration (public; no initial access token)",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": _OWN}}},
    responses={
        201: {"model": ClientRegistrationResponse, "description": "The client's id, secret and metadata."},
        400: {"model": OAuthErrorBody, "description": "RFC 7591 error."},
        429: {
            "model": OAuthErrorBody,
            "description": "This client address registered as many clients as it may this hour "
            "(`ISSUER_OB3_REGISTRATIONS_PER_HOUR_PER_CLIENT`); retry after `Retry-After` seconds.",
        },
    },
)
async def ob3_register_client(request: Request, settings: Settings) -> JSONResponse:
    try:
        body = loads_bounded(await request.body())
    except ValueError:
        body = None
    try:
        registered = await registration.register(
            request.app.state.sessions,
            body,
            client_address=(request.client.host if request.client else "unknown")[:64],
            limit_per_window=settings.ob3_registrations_per_hour_per_client,
        )
    except registration.RegistrationError as error:
        return _json_error(400, {"error": error.error, "error_description": error.description})
    except registration.RegistrationLimited as limited:
        description = "too many clients registered from this address; try again later"
        return _json_error(
            429,
            {"error": "temporarily_unavailable", "error_description": description},
            {"Retry-After": str(limited.retry_after_seconds)},
        )
    return JSONResponse(registered, status_code=201, headers=NO_STORE)


_FORM = {"application/x-www-form-urlencoded": _OWN}


@router.post(
    TOKEN_PATH,
    name="ob3_token",
    summary="OAuth 2.0 token endpoint: authorization_code (with PKCE) and refresh_token grants",
    description="Client authentication: HTTP Basic (client_secret_basic). A refresh token is used "
    "once: the answer carries a new one; a used one presented again revokes the grant.",
    openapi_extra={"requestBody": {"required": True, "content": _FORM}},
    responses={
        200: {"model": Ob3TokenResponse, "description": "The access and refresh tokens."},
        400: {"model": OAuthErrorBody, "description": "RFC 6749 error."},
        401: {"model": OAuthErrorBody, "description": "invalid_client."},
    },
)
async def ob3_token(request: Request) -> JSONResponse:
    sessions = request.app.state.sessions
    try:
        client = await authorization.authenticate_client(sessions, request.headers.get("authorization"))
        form = await _form(request)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            tokens = await authorization.exchange_code(sessions, client, form)
        elif grant_type == "refresh_token":
            if "refresh_token" not in client.registration.get("grant_types", []):
                raise authorization.OAuthError(
                    "unauthorized_client", "the client did not register refresh_token"
                )
            tokens = await authorization.refresh(sessions, client, form)
        else:
            raise authorization.OAuthError("unsupported_grant_type", "authorization_code or refresh_token")
    except authorization.OAuthError as error:
        return _oauth_error(error)
    return JSONResponse(tokens, headers=NO_STORE)


@router.post(
    REVOCATION_PATH,
    name="ob3_revoke_token",
    response_class=Response,
    summary="RFC 7009 token revocation (a refresh token ends its whole grant)",
    openapi_extra={"requestBody": {"required": True, "content": _FORM}},
    responses={
        200: {"description": "Revoked, or not a token of this client (RFC 7009: no body)."},
        400: {"model": OAuthErrorBody, "description": "RFC 6749 error."},
        401: {"model": OAuthErrorBody, "description": "invalid_client."},
    },
)
async def ob3_revoke_token(request: Request) -> Response:
    sessions = request.app.state.sessions
    try:
        client = await authorization.authenticate_client(sessions, request.headers.get("authorization"))
        await authorization.revoke(sessions, client, await _form(request))
    except authorization.OAuthError as error:
        return _oauth_error(error)
    return Response(status_code=200, headers=NO_STORE)


async def _access(request: Request, scope: str) -> ob3_grants.LiveAccess:
    """The learner and scopes of the request's bearer token, which must carry ``scope``."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ImsxError(
            401,
            "unauthorisedrequest",
            "a bearer access token is required",
            {"WWW-Authenticate": 'Bearer realm="ob3"'},
        )
    async with request.app.state.sessions() as session:
        access = await ob3_grants.live_access(session, digest(token.strip()))
    if access is None:
        raise ImsxError(
            401,
            "unauthorisedrequest",
            "the access token is unknown, expired or revoked",
            {"WWW-Authenticate": 'Bearer realm="ob3", error="invalid_token"'},
        )
    if scope not in access.scopes:
        raise ImsxError(
            403,
            "forbidden",
            f"the access token was not granted {scope}",
            {"WWW-Authenticate": f'Bearer realm="ob3", error="insufficient_scope", scope="{scope}"'},
        )
    return access


def _bounded_int(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ImsxError(400, "invalid_query_parameter", f"{name} must be an integer from {low} to {high}")
    return int(raw)


def _since(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        since = datetime.fromisoformat(raw)
    except ValueError:
        since = None
    if since is None or since.tzinfo is None:
        raise ImsxError(
            400, "invalid_query_parameter", "since must be a date-time with a time zone (RFC 3339)"
        )
    return since


def _link_header(url: str, *, limit: int, offset: int, total: int, since: str | None) -> str:
    def page(at: int) -> str:
        query = {"limit": limit, "offset": at} | ({"since": since} if since else {})
        return f"<{url}?{urlencode(query)}>"

    last = max(0, (total - 1) // limit * limit)
    links = []
    if offset + limit < total:
        links.append(f'{page(offset + limit)}; rel="next"')
    links += [f'{page(last)}; rel="last"', f'{page(0)}; rel="first"']
    if offset > 0:
        links.append(f'{page(max(0, min(offset - limit, last)))}; rel="prev"')
    return ", ".join(links)


_PAGING = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ImsxStatusInfo, "description": "Imsx_StatusInfo"} for status in (400, 401, 403)
}


@router.get(
    CREDENTIALS_PATH,
    name="ob3_get_credentials",
    dependencies=[Security(_ACG, scopes=[CREDENTIAL_READONLY])],
    summary="getCredentials: the learner's OpenBadgeCredentials (scope credential.readonly)",
    description="Paged by `limit` and `offset` (newest first), with `X-Total-Count` and a `Link` "
    "header (first, last, and next and prev where they exist).",
    openapi_extra={"parameters": _PAGING},
    responses={
        200: {"model": GetOpenBadgeCredentialsResponse, "description": "GetOpenBadgeCredentialsResponse"},
        **_ERRORS,
    },
)
async def ob3_get_credentials(request: Request, verifier: Verifier, settings: Settings) -> Response:
    try:
        access = await _access(request, CREDENTIAL_READONLY)
        params = request.query_params
        limit = _bounded_int(params.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = _bounded_int(params.get("offset"), "offset", 0, 0, 10**9)
        since = _since(params.get("since"))
    except ImsxError as error:
        return _imsx(error)
    page = await LearnerCollection(request.app.state.sessions, verifier).page(
        access.learner_email, limit=limit, offset=offset, since=since
    )
    url = settings.public_url.rstrip("/") + CREDENTIALS_PATH
    headers = {
        "X-Total-Count": str(page.total),
        "Link": _link_header(url, limit=limit, offset=offset, total=page.total, since=params.get("since")),
        "Cache-Control": "no-store",
    }
    return JSONResponse({"credential": page.documents}, headers=headers)


@router.post(
    CREDENTIALS_PATH,
    name="ob3_upsert_credential",
    dependencies=[Security(_ACG, scopes=[CREDENTIAL_UPSERT])],
    summary="upsertCredential: add or replace a credential in the collection (credential.upsert)",
    description="The credential is verified first. 201 added, 200 replaced, 304 the same one is there "
    "already (a credential issued here to the learner always is). VC-JWT (text/plain) is not "
    "supported: 400.",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": _OWN}}},
    responses={
        200: {"model": AchievementCredential, "description": "Replaced: the credential kept."},
        201: {"model": AchievementCredential, "description": "Created: the credential kept."},
        304: {"description": "Not modified."},
        **_ERRORS,
    },
)
async def ob3_upsert_credential(request: Request, verifier: Verifier) -> Response:
    try:
        access = await _access(request, CREDENTIAL_UPSERT)
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in ("application/json", "application/vc+ld+json", "application/ld+json"):
            raise ImsxError(
                400, "invalid_data", "send the credential as application/json (VC-JWT is not supported)"
            )
        try:
            document = loads_bounded(await request.body())
        except ValueError as error:
            raise ImsxError(400, "invalid_data", "the body is not JSON") from error
        outcome = await LearnerCollection(request.app.state.sessions, verifier).upsert(
            access.learner_email, document
        )
    except ImsxError as error:
        return _imsx(error)
    if outcome.status_code == 304:
        return Response(status_code=304)
    return JSONResponse(outcome.document, status_code=outcome.status_code)


@router.get(
    PROFILE_PATH,
    name="ob3_get_profile",
    dependencies=[Security(_ACG, scopes=[PROFILE_READONLY])],
    summary="getProfile: the learner's profile (scope profile.readonly)",
    responses={200: {"model": LearnerProfile, "description": "Profile"}, **_ERRORS},
)
async def ob3_get_profile(request: Request, verifier: Verifier) -> Response:
    try:
        access = await _access(request, PROFILE_READONLY)
    except ImsxError as error:
        return _imsx(error)
    profile = await LearnerCollection(request.app.state.sessions, verifier).profile(access.learner_email)
    return JSONResponse(profile, headers={"Cache-Control": "no-store"})


@router.put(
    PROFILE_PATH,
    name="ob3_put_profile",
    dependencies=[Security(_ACG, scopes=[PROFILE_UPDATE])],
    summary="putProfile: replace the learner's profile (scope profile.update)",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": _OWN}}},
    responses={200: {"model": LearnerProfile, "description": "Profile"}, **_ERRORS},
)
async def ob3_put_profile(request: Request, verifier: Verifier) -> Response:
    try:
        access = await _access(request, PROFILE_UPDATE)
        try:
            body = loads_bounded(await request.body())
        except ValueError as error:
            raise ImsxError(400, "invalid_data", "the body is not JSON") from error
        profile = await LearnerCollection(request.app.state.sessions, verifier).replace_profile(
            access.learner_email, body
        )
    except ImsxError as error:
        return _imsx(error)
    return JSONResponse(profile, headers={"Cache-Control": "no-store"})
