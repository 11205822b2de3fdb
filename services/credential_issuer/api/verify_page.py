"""The public verification page (HTML, no login, no JavaScript), in English or French."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from services.credential_issuer.dependencies import Settings, Verifier
from services.credential_issuer.services.verify_page import (
    TEXT,
    Lang,
    choose_language,
    credential_reference,
    render,
)

router = APIRouter(tags=["verification page"])

LangQuery = Annotated[
    str | None, Query(pattern="^(en|fr)$", description="`en` or `fr`; else Accept-Language.")
]
_HEADERS = {"Cache-Control": "no-store", "Content-Language": "en"}


def _page(html: str, lang: Lang, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status_code, headers=_HEADERS | {"Content-Language": lang})


@router.get(
    "/verify",
    name="verification_page",
    summary="Public page: verify a credential (form), or the credential named by `credential`",
    response_class=HTMLResponse,
)
async def verification_page(
    verifier: Verifier,
    settings: Settings,
    lang: LangQuery = None,
    credential: Annotated[str | None, Query(max_length=500)] = None,
    accept_language: Annotated[str | None, Header(max_length=500)] = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    if not credential:
        return _page(render(language), language)
    credential_id = credential_reference(credential, settings.public_url)
    if credential_id is None:
        error = TEXT[language]["unknown_reference"]
        return _page(render(language, error=error, reference=credential), language, 422)
    found = await verifier.verify_stored(credential_id)
    if found is None:
        return _page(render(language, error=TEXT[language]["not_found"], reference=credential), language, 404)
    document, report = found
    return _page(render(language, report=report, document=document, reference=credential), language)


@router.post(
    "/verify",
    name="verify_on_page",
    summary="Public page: verify a pasted or uploaded credential",
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
                        },
                    }
                },
                "application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "properties": {"credential_json": {"type": "string"}}}
                },
            }
        }
    },
)
async def verify_on_page(
    request: Request,
    verifier: Verifier,
    lang: LangQuery = None,
    accept_language: Annotated[str | None, Header(max_length=500)] = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    text = ""
    async with request.form(max_files=1, max_fields=5) as form:
        upload = form.get("credential_file")
        if isinstance(upload, UploadFile) and upload.filename:
            text = (await upload.read()).decode("utf-8", errors="replace")
        pasted = form.get("credential_json")
        if not text and isinstance(pasted, str):
            text = pasted
    if not text.strip():
        return _page(render(language, error=TEXT[language]["nothing"]), language, 422)
    try:
        document: Any = json.loads(text)
    except ValueError:
        document = None
    if not isinstance(document, dict):
        return _page(render(language, error=TEXT[language]["not_json"], pasted=text), language, 422)
    report = await verifier.verify(document)
    return _page(render(language, report=report, document=document, pasted=text), language)
