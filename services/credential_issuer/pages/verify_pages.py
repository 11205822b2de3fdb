"""The public verification page (no login, no JavaScript): paste, upload, or follow a credential's
link or QR code (`/verify?credential=<id>` or `/verify/<id>`), in English or French."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from services.credential_issuer.dependencies import Settings, Verifier
from services.credential_issuer.pages.result_view import StatusEvent, build_view, identity_matches
from services.credential_issuer.services.verify_page import PublicRecordReader
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.credential_status import VerificationReport
from shared.schemas.micro_credentials import LocalizedText
from shared.web.hostile_input import first_unstorable, loads_bounded
from shared.web.pages.i18n import Lang, choose_language
from shared.web.pages.rendering import Pages

router = APIRouter(tags=["verification page"])
PAGE_TEMPLATES = FilePath(__file__).resolve().parent / "templates"
NO_STORE = "no-store"  # a result is about someone's credential: never kept by a cache
MAX_CREDENTIAL_CHARS = 60_000

LangQuery = Annotated[
    str | None, Query(pattern="^(en|fr)$", description="`en` or `fr`; else Accept-Language.")
]


async def _pages(request: Request) -> Pages:
    pages: Pages = request.app.state.pages
    return pages


async def _records(request: Request) -> PublicRecordReader:
    reader: PublicRecordReader = request.app.state.public_records
    return reader


PageRenderer = Annotated[Pages, Depends(_pages)]
Records = Annotated[PublicRecordReader, Depends(_records)]


def credential_reference(reference: str, public_url: str) -> uuid.UUID | None:
    """The credential id in `urn:uuid:<id>`, `<id>` or a URL of this service ending in the id."""
    reference = reference.strip()
    candidate = reference.removeprefix("urn:uuid:")
    if "://" in reference:
        own, given = urlsplit(public_url), urlsplit(reference)
        if (given.scheme, given.netloc) != (own.scheme, own.netloc):
            return None
        candidate = given.path.rstrip("/").rsplit("/", 1)[-1]
    try:
        return uuid.UUID(candidate)
    except ValueError:
        return None


def _language(request: Request, lang: str | None) -> Lang:
    return choose_language(lang, request.headers.get("accept-language"))


async def _result_page(
    request: Request,
    pages: Pages,
    records: PublicRecordReader,
    lang: Lang,
    report: VerificationReport,
    document: dict[str, Any],
    *,
    pasted: str = "",
    reference: str = "",
    identity: str | None = None,
) -> HTMLResponse:
    recorded = await records.recorded_status(
        document.get("id") if isinstance(document.get("id"), str) else None
    )
    event = StatusEvent(recorded.kind, recorded.on.isoformat(), recorded.reason) if recorded else None
    view = build_view(report, document, recorded=event)
    record = None
    if view.trusted and view.facts is not None:
        record = await records.read(view.facts.achievement_id, view.facts.completed_on)
        view.item, view.standing = record.item, record.standing
    identity_result = identity_matches(document, identity) if identity and view.trusted else None
    return pages.render(
        request,
        "verify.html",
        lang,
        cache_control=NO_STORE,
        view=view,
        endorsement=record.endorsement if record else None,
        pasted=pasted,
        reference=reference,
        identity_checked=bool(identity) and view.trusted,
        identity_result=identity_result,
        registry_base=pages.site["registry"],
        dict_of_outcomes=_outcome_texts,
        today=datetime.now(UTC).date(),
    )


def _outcome_texts(item: CatalogueItem | None) -> dict[str, LocalizedText]:
    """The published outcomes by their English text: a credential names its results in English, the
    page shows them in the reader's language."""
    if item is None:
        return {}
    return {
        outcome.statement.en: outcome.statement
        for outcome in item.metadata.learning_outcomes
        if outcome.statement.en
    }


def _form_page(
    request: Request,
    pages: Pages,
    lang: Lang,
    *,
    error: str | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    message = pages.catalogue[error](lang) if error else None
    return pages.render(
        request,
        "verify.html",
        lang,
        status_code=status_code,
        cache_control=NO_STORE,
        error=message,
        view=None,
        **{"pasted": "", "reference": "", **context},
    )


async def _stored(
    request: Request,
    pages: Pages,
    records: PublicRecordReader,
    verifier: Verifier,
    lang: Lang,
    reference: str,
    public_url: str,
    identity: str | None = None,
) -> HTMLResponse:
    credential_id = credential_reference(reference, public_url)
    if credential_id is None:
        return _form_page(
            request, pages, lang, error="unknown_reference", status_code=422, reference=reference
        )
    found = await verifier.verify_stored(credential_id)
    if found is None:
        return _form_page(request, pages, lang, error="not_found", status_code=404, reference=reference)
    document, report = found
    return await _result_page(
        request, pages, records, lang, report, document, reference=reference, identity=identity
    )


@router.get(
    "/verify",
    name="verification_page",
    summary="Public page: verify a credential (form), or the credential named by `credential`",
    response_class=HTMLResponse,
)
async def verification_page(
    request: Request,
    verifier: Verifier,
    settings: Settings,
    pages: PageRenderer,
    records: Records,
    lang: LangQuery = None,
    credential: Annotated[str | None, Query(max_length=500)] = None,
) -> HTMLResponse:
    language = _language(request, lang)
    if not credential:
        return _form_page(request, pages, language)
    return await _stored(request, pages, records, verifier, language, credential, settings.public_url)


@router.get(
    "/verify/{credential_id}",
    name="verification_page_of_credential",
    summary="Public page: the verification of a credential of this service (its link or QR code)",
    response_class=HTMLResponse,
)
async def verification_page_of_credential(
    credential_id: Annotated[str, Path(max_length=200)],
    request: Request,
    verifier: Verifier,
    settings: Settings,
    pages: PageRenderer,
    records: Records,
    lang: LangQuery = None,
) -> HTMLResponse:
    language = _language(request, lang)
    return await _stored(request, pages, records, verifier, language, credential_id, settings.public_url)


@router.post(
    "/verify",
    name="verify_on_page",
    summary="Public page: verify a pasted or uploaded credential (optionally checking a learner's email)",
    response_class=HTMLResponse,
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "credential_json": {"type": "string"},
                            "credential_file": {"type": "string", "format": "binary"},
                            "credential": {"type": "string"},
                            "identity_email": {"type": "string"},
                        },
                    }
                },
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "credential_json": {"type": "string"},
                            "credential": {"type": "string"},
                            "identity_email": {"type": "string"},
                        },
                    }
                },
            }
        }
    },
)
async def verify_on_page(
    request: Request,
    verifier: Verifier,
    settings: Settings,
    pages: PageRenderer,
    records: Records,
    lang: LangQuery = None,
) -> HTMLResponse:
    language = _language(request, lang)
    text, reference, identity = "", "", None
    async with request.form(max_files=1, max_fields=6) as form:
        upload = form.get("credential_file")
        if isinstance(upload, UploadFile) and upload.filename:
            text = (await upload.read(MAX_CREDENTIAL_CHARS + 1)).decode("utf-8", errors="replace")
        pasted = form.get("credential_json")
        if not text and isinstance(pasted, str):
            text = pasted
        given_reference = form.get("credential")
        if isinstance(given_reference, str):
            reference = given_reference.strip()[:500]
        given_identity = form.get("identity_email")
        if isinstance(given_identity, str) and given_identity.strip():
            identity = given_identity.strip()[:320]
    if not text.strip() and reference:
        return await _stored(
            request, pages, records, verifier, language, reference, settings.public_url, identity
        )
    if not text.strip():
        return _form_page(request, pages, language, error="nothing", status_code=422)
    try:
        document: Any = loads_bounded(text)  # a hostile paste nests without bound
    except ValueError:
        document = None
    if not isinstance(document, dict) or first_unstorable(document, "credential") is not None:
        return _form_page(request, pages, language, error="not_json", status_code=422, pasted=text)
    report = await verifier.verify(document)
    return await _result_page(
        request, pages, records, language, report, document, pasted=text, identity=identity
    )
