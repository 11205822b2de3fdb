"""The learner's side of the Open Badges API: the consent screen of the authorization endpoint, and
the page listing the applications they authorised, where they withdraw one. Server-rendered, no
JavaScript, in English and French; the forms carry a token bound to the learner's session (CSRF).

The authorization request's client and redirect URI are checked before anything else: a request
naming an unknown client or an unregistered redirect URI is shown to the learner as an error page
and never redirected anywhere (RFC 6749 section 4.1.2.1)."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.dependencies import Settings
from services.credential_issuer.repositories import ob3_grants
from services.credential_issuer.services.wallets.learner_identity import normalise_email
from services.credential_issuer.services.wallets.learner_sessions import (
    SignedInLearner,
    optional_learner,
    required_learner,
    sign_in_url,
)
from services.credential_issuer.services.wallets.ob3 import authorization
from services.credential_issuer.services.wallets.ob3.protocol import AUTHORIZATION_PATH
from shared.web.pages.i18n import Lang, choose_language
from shared.web.pages.rendering import Pages
from shared.web.security_headers import CONTENT_SECURITY_POLICY

router = APIRouter(tags=["open badges 3.0 learner pages"])
OB3_TEMPLATES = FilePath(__file__).resolve().parent / "ob3_templates"
NO_STORE = "no-store"
AUTHORIZATION_FIELDS = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
LangQuery = Annotated[
    str | None, Query(pattern="^(en|fr)$", description="`en` or `fr`; else Accept-Language.")
]
MaybeLearner = Annotated[SignedInLearner | None, Depends(optional_learner)]
Learner = Annotated[SignedInLearner, Depends(required_learner)]
ClientId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


# How the contract declares these pages' answers: HTML, a 303 redirect, or an HTML error page.
_HTML: dict[str, Any] = {"text/html": {"schema": {"type": "string"}}}
_LOCATION: dict[str, Any] = {
    "Location": {"description": "Where the browser goes next.", "schema": {"type": "string"}}
}
_UNSAFE_REQUEST: dict[int | str, dict[str, Any]] = {
    400: {
        "description": "An error page: the client or redirect URI is unknown, so nothing is redirected "
        "(RFC 6749 section 4.1.2.1).",
        "content": _HTML,
    }
}
_EXPIRED_FORM: dict[int | str, dict[str, Any]] = {
    403: {"description": "An error page: the form is not of this session.", "content": _HTML}
}


def _pages(request: Request) -> Pages:
    pages: Pages = request.app.state.ob3_pages
    return pages


def _language(request: Request, lang: str | None) -> Lang:
    return choose_language(lang, request.headers.get("accept-language"))


def form_token(settings: IssuerSettings, learner: SignedInLearner, purpose: str) -> str:
    """A token for a form of this learner's session: a cross-site page cannot know it."""
    key = hashlib.sha256(b"ob3-forms:" + settings.master_key.get_secret_value().encode()).digest()
    return hmac.new(key, f"{learner.session_id}:{purpose}".encode(), hashlib.sha256).hexdigest()


def _with_query(uri: str, values: dict[str, str]) -> str:
    """``uri`` with ``values`` added to its query (the redirect URI may have a query of its own)."""
    parts = urlsplit(uri)
    query = "&".join(part for part in (parts.query, urlencode(values)) if part)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _redirect(uri: str, values: dict[str, str]) -> RedirectResponse:
    return RedirectResponse(_with_query(uri, values), status_code=303, headers={"Cache-Control": NO_STORE})


def _error_page(request: Request, lang: Lang, reason: str, status_code: int) -> HTMLResponse:
    return _pages(request).render(
        request, "ob3_error.html", lang, status_code=status_code, cache_control=NO_STORE, reason=reason
    )


def _sign_in(target: str) -> RedirectResponse:
    return RedirectResponse(sign_in_url(target), status_code=303, headers={"Cache-Control": NO_STORE})


async def _checked(
    request: Request, params: dict[str, str], lang: Lang
) -> authorization.AuthorizationRequest | Response:
    try:
        return await authorization.check_authorization_request(request.app.state.sessions, params)
    except authorization.UnsafeAuthorizationRequest as unsafe:
        return _error_page(request, lang, unsafe.reason, 400)
    except authorization.OAuthError as error:
        values = {"error": error.error, "error_description": error.description}
        if params.get("state"):
            values["state"] = params["state"]
        return _redirect(params["redirect_uri"], values)


@router.get(
    AUTHORIZATION_PATH,
    name="ob3_authorize",
    summary="OAuth 2.0 authorization endpoint: the learner's consent",
    response_class=HTMLResponse,
    responses={
        303: {
            "description": "To the sign-in page (then back here), or to the client's redirect URI with "
            "an RFC 6749 `error` and the `state`.",
            "headers": _LOCATION,
        },
        **_UNSAFE_REQUEST,
    },
)
async def ob3_authorize(
    request: Request, settings: Settings, learner: MaybeLearner, lang: LangQuery = None
) -> Response:
    chosen = _language(request, lang)
    params = {name: request.query_params.get(name, "") for name in AUTHORIZATION_FIELDS}
    checked = await _checked(request, params, chosen)
    if isinstance(checked, Response):
        return checked
    if learner is None:
        return _sign_in(f"{request.url.path}?{request.url.query}")
    redirect = urlsplit(checked.redirect_uri)
    response = _pages(request).render(
        request,
        "ob3_consent.html",
        chosen,
        cache_control=NO_STORE,
        client=checked.client,
        email=learner.email,
        scopes=checked.scopes,
        redirect_host=redirect.netloc,
        action=f"{AUTHORIZATION_PATH}?lang={chosen}",
        fields={**params, "csrf": form_token(settings, learner, "consent")},
    )
    # The consent form's answer redirects to the client: the page's form-action must allow it.
    origin = f"{redirect.scheme}://{redirect.netloc}"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY.replace(
        "form-action 'self'", f"form-action 'self' {origin}"
    )
    return response


@router.post(
    AUTHORIZATION_PATH,
    name="ob3_consent",
    summary="The learner's answer on the consent screen",
    status_code=303,
    response_class=RedirectResponse,
    responses={
        303: {
            "description": "To the client's redirect URI with `code`, `scope` and `state` (allowed) or "
            "`error=access_denied` (refused); to the sign-in page when the session ended.",
            "headers": _LOCATION,
        },
        **_UNSAFE_REQUEST,
        **_EXPIRED_FORM,
    },
)
async def ob3_consent(
    request: Request, settings: Settings, learner: MaybeLearner, lang: LangQuery = None
) -> Response:
    chosen = _language(request, lang)
    form = await request.form()
    params = {name: str(form.get(name, "")) for name in AUTHORIZATION_FIELDS}
    checked = await _checked(request, params, chosen)
    if isinstance(checked, Response):
        return checked
    if learner is None:
        return _sign_in(f"{AUTHORIZATION_PATH}?{urlencode(params)}")
    if not hmac.compare_digest(str(form.get("csrf", "")), form_token(settings, learner, "consent")):
        return _error_page(request, chosen, "expired_form", 403)
    if form.get("decision") != "allow":
        return _redirect(checked.redirect_uri, {"error": "access_denied", "state": checked.state})
    code = await authorization.issue_code(
        request.app.state.sessions,
        checked,
        normalise_email(learner.email),
        code_lifetime=timedelta(seconds=settings.ob3_code_seconds),
    )
    return _redirect(
        checked.redirect_uri, {"code": code, "scope": " ".join(checked.scopes), "state": checked.state}
    )


@router.get(
    "/learner/clients",
    name="learner_clients",
    summary="Page: the applications the learner authorised (signed out: 303 to the sign-in page)",
    response_class=HTMLResponse,
)
async def learner_clients(
    request: Request, settings: Settings, learner: Learner, lang: LangQuery = None, revoked: bool = False
) -> HTMLResponse:
    chosen = _language(request, lang)
    async with request.app.state.sessions() as session:
        clients = await ob3_grants.authorised_clients(session, normalise_email(learner.email))
    return _pages(request).render(
        request,
        "ob3_clients.html",
        chosen,
        cache_control=NO_STORE,
        clients=clients,
        revoked=revoked,
        csrf=form_token(settings, learner, "clients"),
    )


@router.post(
    "/learner/clients/{client_id}/revocation",
    name="revoke_learner_client",
    summary="The learner withdraws an application's access (every grant and token of it ends)",
    status_code=303,
    response_class=RedirectResponse,
    responses={
        303: {
            "description": "Back to the list, saying so (or to the sign-in page when the session ended).",
            "headers": _LOCATION,
        },
        **_EXPIRED_FORM,
    },
)
async def revoke_learner_client(
    request: Request, client_id: ClientId, settings: Settings, learner: MaybeLearner, lang: LangQuery = None
) -> Response:
    chosen = _language(request, lang)
    if learner is None:  # back to the list once signed in (a form cannot be replayed)
        return _sign_in("/learner/clients")
    form = await request.form()
    if not hmac.compare_digest(str(form.get("csrf", "")), form_token(settings, learner, "clients")):
        return _error_page(request, chosen, "expired_form", 403)
    async with request.app.state.sessions.begin() as session:
        await ob3_grants.revoke_client_for_learner(session, normalise_email(learner.email), client_id)
    return RedirectResponse(f"/learner/clients?lang={chosen}&revoked=true", status_code=303)
