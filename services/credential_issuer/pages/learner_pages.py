"""The signed-in learner's page: their credentials from every institution (title, institution,
issue date, status) with the actions on each: send to a wallet (a one-time claim link, the VC-API
exchange), download the JSON, share the public verification link and its QR code."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.db.tables import CredentialRow
from services.credential_issuer.dependencies import Claims, Settings
from services.credential_issuer.pages.learner_sign_in_pages import (
    Learner,
    Sessions,
    cross_site,
    language,
    page,
)
from services.credential_issuer.pages.verify_pages import LangQuery, PageRenderer
from services.credential_issuer.repositories.learner_credentials import (
    LearnerCredentialCursor,
    credential_of_learner,
    credentials_of_learner,
    cursor_after,
)
from services.credential_issuer.services.claims import CLAIM_VALID_DAYS
from services.credential_issuer.services.wallets.qr_codes import qr_svg
from shared.errors import UnprocessableInput
from shared.web.cursor import decode_cursor, encode_cursor
from shared.web.pages.i18n import Lang
from shared.web.pages.rendering import Pages

router = APIRouter(tags=["learner pages"])
PAGE_SIZE = 20
CredentialId = Annotated[uuid.UUID, Path(description="The credential's id (its `urn:uuid:`).")]


async def _database(request: Request) -> async_sessionmaker[AsyncSession]:
    sessions: async_sessionmaker[AsyncSession] = request.app.state.sessions
    return sessions


Database = Annotated[async_sessionmaker[AsyncSession], Depends(_database)]


@dataclass(frozen=True)
class CredentialLine:
    """One credential as the learner's page shows it."""

    id: uuid.UUID
    title: str
    institution: str
    issued_at: datetime
    status: str
    share_url: str
    share_qr: Any


def status_of(row: CredentialRow) -> str:
    if row.revoked_at is not None:
        return "revoked"
    if row.suspended_at is not None:
        return "suspended"
    return "active"


def credential_title(row: CredentialRow) -> str:
    """The credential's name as it says it, or its id when it has none."""
    name = row.document.get("name")
    return name if isinstance(name, str) and name else str(row.id)


def _institution(row: CredentialRow) -> str:
    issuer = row.document.get("issuer")
    name = issuer.get("name") if isinstance(issuer, dict) else None
    return name if isinstance(name, str) else ""


def share_url(public_url: str, credential_id: uuid.UUID) -> str:
    """The public verification page of the credential: what the learner gives an employer."""
    return f"{public_url.rstrip('/')}/verify/{credential_id}"


def line_of(row: CredentialRow, public_url: str, pages: Pages, lang: Lang) -> CredentialLine:
    url = share_url(public_url, row.id)
    title = credential_title(row)
    label = pages.catalogue["learner.share_qr"](lang, title=title)
    return CredentialLine(
        row.id, title, _institution(row), row.issued_at, status_of(row), url, qr_svg(url, label)
    )


def _cursor(after: str | None) -> LearnerCredentialCursor | None:
    if not after:
        return None
    try:  # a page link that was tampered with shows the first page rather than an error
        issued_at, credential_id = decode_cursor(after, arity=2)
        return LearnerCredentialCursor(datetime.fromisoformat(str(issued_at)), uuid.UUID(str(credential_id)))
    except (UnprocessableInput, ValueError):
        return None


async def own_credential(
    request: Request,
    pages: PageRenderer,
    database: async_sessionmaker[AsyncSession],
    learner: Learner,
    credential_id: uuid.UUID,
    lang: Lang,
    *,
    form_post: bool,
) -> CredentialRow | HTMLResponse:
    """The signed-in learner's own credential `credential_id`, or the error page to answer with:
    403 for a form posted from another site (`form_post`), 404 when the credential is not theirs
    (whether it exists or not: a learner learns nothing of others' credentials)."""
    if form_post and cross_site(request):
        return page(request, pages, "learner_error.html", lang, error="cross_site", status_code=403)
    async with database() as session:
        row = await credential_of_learner(session, learner.email, credential_id)
    if row is None:
        return page(request, pages, "learner_error.html", lang, error="not_found", status_code=404)
    return row


@router.get(
    "/learner",
    name="learner_page",
    summary="Page: the signed-in learner's credentials",
    response_class=HTMLResponse,
)
async def learner_page(
    request: Request,
    learner: Learner,
    database: Database,
    sessions: Sessions,
    pages: PageRenderer,
    settings: Settings,
    lang: LangQuery = None,
    after: Annotated[str | None, Query(max_length=200, description="Cursor of the next page.")] = None,
    sessions_ended: bool = False,
) -> HTMLResponse:
    chosen = language(request, lang)
    async with database() as session:
        rows = await credentials_of_learner(session, learner.email, limit=PAGE_SIZE + 1, after=_cursor(after))
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    next_cursor = None
    if more:
        last = cursor_after(rows[-1])
        next_cursor = encode_cursor(last.issued_at.isoformat(), str(last.credential_id))
    return page(
        request,
        pages,
        "learner.html",
        chosen,
        learner=learner,
        credentials=[line_of(row, settings.public_url, pages, chosen) for row in rows],
        next_cursor=next_cursor,
        first_page=after is not None,
        sessions=await sessions.list(learner),
        sessions_ended=sessions_ended,
    )


@router.get(
    "/learner/credentials/{credential_id}/credential.json",
    name="download_learner_credential",
    summary="The signed-in learner downloads one of their credentials (JSON)",
    responses={200: {"content": {"application/vc+ld+json": {}}, "description": "The signed credential."}},
    response_class=Response,
)
async def download_learner_credential(
    credential_id: CredentialId,
    request: Request,
    learner: Learner,
    database: Database,
    pages: PageRenderer,
    lang: LangQuery = None,
) -> Response:
    row = await own_credential(
        request, pages, database, learner, credential_id, language(request, lang), form_post=False
    )
    if isinstance(row, HTMLResponse):
        return row
    return Response(
        json.dumps(row.document),
        media_type="application/vc+ld+json",
        headers={
            "Cache-Control": "no-store",
            "Content-Disposition": f'attachment; filename="credential-{row.id}.json"',
        },
    )


@router.post(
    "/learner/credentials/{credential_id}/claim",
    name="claim_learner_credential",
    summary="Page: a one-time claim link for the learner's wallet (link and QR code)",
    response_class=HTMLResponse,
)
async def claim_learner_credential(
    credential_id: CredentialId,
    request: Request,
    learner: Learner,
    database: Database,
    claims: Claims,
    pages: PageRenderer,
    lang: LangQuery = None,
) -> HTMLResponse:
    chosen = language(request, lang)
    row = await own_credential(request, pages, database, learner, credential_id, chosen, form_post=True)
    if isinstance(row, HTMLResponse):
        return row
    link = await claims.create_for_learner(credential_id, valid_days=CLAIM_VALID_DAYS)
    title = credential_title(row)
    return page(
        request,
        pages,
        "learner_claim.html",
        chosen,
        title=title,
        link=link,
        days=CLAIM_VALID_DAYS,
        exchange_qr=qr_svg(link.exchange_url, pages.catalogue["learner.claim.qr"](chosen)),
    )


@router.post(
    "/learner/sessions/end-others",
    name="end_other_learner_sessions",
    summary="Page: end the learner's other sessions (other browsers and devices); the answer is their page",
    response_class=HTMLResponse,
)
async def end_other_learner_sessions(
    request: Request,
    learner: Learner,
    database: Database,
    sessions: Sessions,
    pages: PageRenderer,
    settings: Settings,
    lang: LangQuery = None,
) -> HTMLResponse:
    chosen = language(request, lang)
    if cross_site(request):
        return page(request, pages, "learner_error.html", chosen, error="cross_site", status_code=403)
    await sessions.end_others(learner)
    return await learner_page(
        request, learner, database, sessions, pages, settings, lang=chosen, sessions_ended=True
    )
