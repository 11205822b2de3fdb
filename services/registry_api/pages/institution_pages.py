"""An institution's public page: profile, quality-assurance standing from the ledger, published OMCs."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.registry_api.dependencies import PageRenderer, PublicPages
from services.registry_api.pages.omc_pages import item_path, not_found_page, page_language
from shared.errors import NotFound

router = APIRouter(include_in_schema=False)


@router.get("/institutions/{organisation_id}", response_class=HTMLResponse, name="institution_page")
async def institution_page(
    organisation_id: str, request: Request, pages: PageRenderer, public_pages: PublicPages
) -> HTMLResponse:
    lang = page_language(request)
    try:
        page = await public_pages.institution(uuid.UUID(organisation_id))
    except (ValueError, NotFound):
        return not_found_page(request, pages, lang, "error.not_found_institution")
    return pages.render(
        request,
        "institution.html",
        lang,
        page=page,
        version_url=lambda item: f"{item_path(item)}?lang={lang}",
        cache_control="public, max-age=60",
    )
