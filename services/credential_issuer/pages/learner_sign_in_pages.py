"""The learner's sign-in pages (no password, no JavaScript): an email form, then a code form; a good
code opens a session (the ``omc_learner_session`` cookie) and returns the learner to where they were
going. Sign-out ends the session. See docs/learner-sign-in.md."""

from __future__ import annotations

import contextlib
import uuid
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.background import BackgroundTask

from services.credential_issuer.dependencies import Settings
from services.credential_issuer.pages.verify_pages import LangQuery, PageRenderer
from services.credential_issuer.services.wallets.learner_identity import MAX_EMAIL_LENGTH, looks_like_email
from services.credential_issuer.services.wallets.learner_sessions import (
    LearnerSessions,
    SignedInLearner,
    clear_session_cookie,
    optional_learner,
    required_learner,
    safe_next,
    set_session_cookie,
)
from services.credential_issuer.services.wallets.learner_sign_in import (
    CodeRequest,
    LearnerSignIn,
    SignInRefused,
)
from services.credential_issuer.services.wallets.mailer import Mailer, MailNotSent
from shared.web.pages.i18n import Lang, choose_language
from shared.web.pages.rendering import Pages

router = APIRouter(tags=["learner pages"])
NO_STORE = "no-store"


async def _sign_in(request: Request) -> LearnerSignIn:
    return LearnerSignIn(request.app.state.sessions, request.app.state.settings)


async def _learner_sessions(request: Request) -> LearnerSessions:
    return LearnerSessions(request.app.state.sessions, request.app.state.settings)


SignIn = Annotated[LearnerSignIn, Depends(_sign_in)]
Sessions = Annotated[LearnerSessions, Depends(_learner_sessions)]
OptionalLearner = Annotated[SignedInLearner | None, Depends(optional_learner)]
Learner = Annotated[SignedInLearner, Depends(required_learner)]


def language(request: Request, lang: str | None) -> Lang:
    return choose_language(lang, request.headers.get("accept-language"))


def client_address(request: Request) -> str:
    """The client's address for the per-client rate limit (the peer; see docs on proxies)."""
    return (request.client.host if request.client else "unknown")[:64]


def cross_site(request: Request) -> bool:
    """A form posted from another site: refused. Browsers say so in ``Sec-Fetch-Site``; an
    ``Origin`` that is not ours says so too (our pages send no referrer, so their own posts carry
    ``Origin: null``, which proves nothing either way). SameSite=Lax already keeps the session
    cookie off such posts; this also stops a forged sign-in."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return True
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return False
    own = urlsplit(request.app.state.settings.public_url)
    given = urlsplit(origin)
    return (given.scheme, given.netloc) != (own.scheme, own.netloc)


def page(
    request: Request,
    pages: Pages,
    template: str,
    lang: Lang,
    *,
    error: str | None = None,
    error_values: dict[str, Any] | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    """A learner page: never cached (it is about one person), with an optional error notice."""
    message = pages.catalogue[f"learner.error.{error}"](lang, **(error_values or {})) if error else None
    response = pages.render(
        request, template, lang, status_code=status_code, cache_control=NO_STORE, error=message, **context
    )
    response.headers.update(headers or {})
    return response


def refused_page(
    request: Request, pages: Pages, lang: Lang, refusal: SignInRefused, **context: Any
) -> HTMLResponse:
    if refusal.reason == "rate_limited":
        seconds = refusal.retry_after_seconds or 60
        return page(
            request,
            pages,
            "learner_sign_in.html",
            lang,
            error="rate_limited",
            error_values={"minutes": max(1, round(seconds / 60))},
            status_code=429,
            headers={"Retry-After": str(seconds)},
            **{"email": "", "next_path": "/learner", **context},
        )
    template = "learner_code.html" if refusal.reason == "wrong_code" else "learner_sign_in.html"
    return page(request, pages, template, lang, error=refusal.reason, status_code=422, **context)


async def send_code(mailer: Mailer, pages: Pages, request: CodeRequest, lang: Lang, minutes: int) -> None:
    """Mail the code, in the page's language first and then the other (after the answer is sent)."""
    if request.code_to_send is None:
        return
    code = request.code_to_send
    other: Lang = "fr" if lang == "en" else "en"
    subject = pages.catalogue["learner.mail.subject"](lang, code=code)
    text = "\n\n---\n\n".join(
        pages.catalogue["learner.mail.text"](each, code=code, minutes=minutes) for each in (lang, other)
    )
    with contextlib.suppress(MailNotSent):  # logged by the mailer (without the address); they ask again
        await mailer.send(request.email, subject, text)


@router.get(
    "/learner/sign-in",
    name="learner_sign_in_page",
    summary="Page: a learner signs in (email form)",
    response_class=HTMLResponse,
)
async def learner_sign_in_page(
    request: Request,
    pages: PageRenderer,
    learner: OptionalLearner,
    lang: LangQuery = None,
    next: Annotated[str | None, Query(max_length=2000)] = None,
    signed_out: Annotated[bool, Query()] = False,
) -> Response:
    target = safe_next(next)
    if learner is not None:
        return RedirectResponse(target, status_code=303, headers={"Cache-Control": NO_STORE})
    return page(
        request,
        pages,
        "learner_sign_in.html",
        language(request, lang),
        email="",
        next_path=target,
        signed_out=signed_out,
    )


@router.post(
    "/learner/sign-in",
    name="request_learner_code",
    summary="Page: email a one-time sign-in code (same answer whether the address has credentials or not)",
    response_class=HTMLResponse,
)
async def request_learner_code(
    request: Request,
    pages: PageRenderer,
    sign_in: SignIn,
    settings: Settings,
    email: Annotated[str, Form(max_length=MAX_EMAIL_LENGTH + 50)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
    lang: LangQuery = None,
) -> HTMLResponse:
    chosen = language(request, lang)
    target = safe_next(next)
    if cross_site(request):
        return page(
            request,
            pages,
            "learner_sign_in.html",
            chosen,
            error="cross_site",
            status_code=403,
            email="",
            next_path=target,
        )
    address = email.strip()
    if not looks_like_email(address):
        return page(
            request,
            pages,
            "learner_sign_in.html",
            chosen,
            error="email",
            status_code=422,
            email=address,
            next_path=target,
        )
    try:
        asked = await sign_in.request_code(address, client_address(request))
    except SignInRefused as refusal:
        return refused_page(request, pages, chosen, refusal, email=address, next_path=target)
    minutes = round(settings.learner_code_minutes)
    response = page(
        request,
        pages,
        "learner_code.html",
        chosen,
        email=asked.email,
        code_id=asked.code_id,
        next_path=target,
        minutes=minutes,
    )
    response.background = BackgroundTask(send_code, request.app.state.mailer, pages, asked, chosen, minutes)
    return response


@router.post(
    "/learner/sign-in/code",
    name="check_learner_code",
    summary="Page: a good one-time code opens the learner's session and returns them to `next`",
    response_class=HTMLResponse,
    responses={303: {"description": "Signed in: on to `next` (or /learner), with the session cookie."}},
)
async def check_learner_code(
    request: Request,
    pages: PageRenderer,
    sign_in: SignIn,
    settings: Settings,
    code_id: Annotated[str, Form(max_length=64)] = "",
    code: Annotated[str, Form(max_length=64)] = "",
    email: Annotated[str, Form(max_length=MAX_EMAIL_LENGTH + 50)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
    lang: LangQuery = None,
) -> Response:
    chosen = language(request, lang)
    target = safe_next(next)
    context: dict[str, Any] = {
        "email": email.strip()[:MAX_EMAIL_LENGTH],
        "code_id": code_id,
        "next_path": target,
        "minutes": round(settings.learner_code_minutes),
    }
    if cross_site(request):
        return page(
            request, pages, "learner_sign_in.html", chosen, error="cross_site", status_code=403, **context
        )
    try:
        challenge = uuid.UUID(code_id)
    except ValueError:
        return page(
            request, pages, "learner_sign_in.html", chosen, error="code_expired", status_code=422, **context
        )
    try:
        opened = await sign_in.check_code(
            challenge, code, client_address(request), request.headers.get("user-agent")
        )
    except SignInRefused as refusal:
        return refused_page(request, pages, chosen, refusal, **context)
    response = RedirectResponse(target, status_code=303, headers={"Cache-Control": NO_STORE})
    set_session_cookie(response, settings, opened.token)
    return response


@router.post(
    "/learner/sign-out",
    name="learner_sign_out",
    summary="Page: end this learner session (the answer is the sign-in page, saying so)",
    response_class=HTMLResponse,
)
async def learner_sign_out(
    request: Request,
    learner: OptionalLearner,
    sessions: Sessions,
    settings: Settings,
    pages: PageRenderer,
    lang: LangQuery = None,
) -> HTMLResponse:
    chosen = language(request, lang)
    if learner is not None and not cross_site(request):
        await sessions.end(learner)
    response = page(
        request, pages, "learner_sign_in.html", chosen, email="", next_path="/learner", signed_out=True
    )
    clear_session_cookie(response, settings)
    return response
