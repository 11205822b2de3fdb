"""The signed-in learner of a request, from the ``omc_learner_session`` cookie.

The cookie holds a random 256-bit token; the database keeps only its SHA-256 (table
``learner_sessions``). A session ends ``learner_session_idle_minutes`` after its last request,
``learner_session_hours`` after sign-in, at sign-out, or when the learner ends it from another
session. The cookie is HttpOnly, SameSite=Lax (a cross-site form post does not carry it) and Secure
when the service's public URL is https.

Routes depend on :func:`optional_learner` or :func:`required_learner` (pages: a learner not signed
in is sent to the sign-in page, which brings them back) or :func:`required_learner_api`
(API-shaped routes: 401 problem+json)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urlsplit

from fastapi import Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.repositories import learner_sign_in as store
from services.credential_issuer.repositories.learner_sign_in import LearnerSession
from services.credential_issuer.services.wallets.learner_sign_in import token_hash
from shared.errors import Unauthenticated

COOKIE = "omc_learner_session"
SIGN_IN_PATH = "/learner/sign-in"
LEARNER_HOME = "/learner"
TOUCH_EVERY = timedelta(seconds=60)  # last_seen_at is written at most this often per session
_RESOLVED = "omc_learner"  # request.state attribute: the lookup is done once per request


@dataclass(frozen=True)
class SignedInLearner:
    """The learner of a request: the email address they proved, and their session."""

    email: str
    session_id: uuid.UUID


class LearnerSignInRequired(Exception):
    """Raised by :func:`required_learner`; the app answers 303 to the sign-in page (see
    :func:`sign_in_redirect`)."""

    def __init__(self, next_path: str, lang: str | None = None) -> None:
        super().__init__("sign-in required")
        self.next_path = next_path
        self.lang = lang if lang in ("en", "fr") else None


def safe_next(candidate: str | None) -> str:
    """``candidate`` when it is a path of this site (``/...``, not ``//host`` nor a URL), else the
    learner's page: the sign-in never sends anyone to another site."""
    if not candidate or len(candidate) > 2000:
        return LEARNER_HOME
    parts = urlsplit(candidate)
    if (
        parts.scheme
        or parts.netloc
        or not candidate.startswith("/")
        or candidate.startswith("//")
        or "\\" in candidate
        or any(ord(character) < 0x20 for character in candidate)
    ):
        return LEARNER_HOME
    return candidate


def sign_in_url(next_path: str, lang: str | None = None) -> str:
    """The sign-in page that returns to ``next_path`` (in ``lang`` when the page asked for one)."""
    url = f"{SIGN_IN_PATH}?next={quote(safe_next(next_path), safe='')}"
    return f"{url}&lang={lang}" if lang in ("en", "fr") else url


def sign_in_redirect(_: Request, error: Exception) -> Response:
    """Exception handler of :class:`LearnerSignInRequired`."""
    assert isinstance(error, LearnerSignInRequired)
    return RedirectResponse(
        sign_in_url(error.next_path, error.lang), status_code=303, headers={"Cache-Control": "no-store"}
    )


def _idle_since(settings: IssuerSettings) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=settings.learner_session_idle_minutes)


async def _lookup(request: Request) -> SignedInLearner | None:
    token = request.cookies.get(COOKIE)
    if not token or len(token) > 200:
        return None
    settings: IssuerSettings = request.app.state.settings
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    async with sessions.begin() as session:
        found = await store.live_session(session, token_hash(token), _idle_since(settings))
        if found is None:
            return None
        if datetime.now(UTC) - found.last_seen_at >= TOUCH_EVERY:
            await store.touch_session(session, found.id)
    return SignedInLearner(found.email, found.id)


async def optional_learner(request: Request) -> SignedInLearner | None:
    """FastAPI dependency: the signed-in learner, or None."""
    if not hasattr(request.state, _RESOLVED):
        setattr(request.state, _RESOLVED, await _lookup(request))
    learner: SignedInLearner | None = getattr(request.state, _RESOLVED)
    return learner


async def required_learner(request: Request) -> SignedInLearner:
    """FastAPI dependency for pages: the signed-in learner; otherwise a 303 to the sign-in page with
    ``next`` = this path and query."""
    learner = await optional_learner(request)
    if learner is None:
        query = request.url.query
        raise LearnerSignInRequired(
            request.url.path + (f"?{query}" if query else ""), request.query_params.get("lang")
        )
    return learner


async def required_learner_api(request: Request) -> SignedInLearner:
    """FastAPI dependency for API-shaped routes: the signed-in learner, else 401 problem+json."""
    learner = await optional_learner(request)
    if learner is None:
        raise Unauthenticated("Sign in as a learner first (the omc_learner_session cookie).")
    return learner


def set_session_cookie(response: Response, settings: IssuerSettings, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(settings.learner_session_hours * 3600),
        path="/",
        secure=settings.secure_cookies,
        httponly=True,
        samesite="lax",
    )


def clear_session_cookie(response: Response, settings: IssuerSettings) -> None:
    response.delete_cookie(COOKIE, path="/", secure=settings.secure_cookies, httponly=True, samesite="lax")


class LearnerSessions:
    """A learner's view of their own sessions: list them, end one (sign-out), end the others."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], settings: IssuerSettings) -> None:
        self._sessions = sessions
        self._settings = settings

    async def list(self, learner: SignedInLearner) -> list[LearnerSession]:
        async with self._sessions.begin() as session:
            await store.prune_sessions(session, learner.email, _idle_since(self._settings))
            return await store.sessions_of(session, learner.email, _idle_since(self._settings))

    async def end(self, learner: SignedInLearner) -> None:
        async with self._sessions.begin() as session:
            await store.end_session(session, learner.session_id)

    async def end_others(self, learner: SignedInLearner) -> int:
        async with self._sessions.begin() as session:
            return await store.end_other_sessions(session, learner.email, learner.session_id)
