"""The page of one OMC version: what a person sees at the `achievement.id` of a credential (the JSON
and JSON-LD at the same address are in api/catalogue.py, which hands browsers to this module)."""

from __future__ import annotations

import uuid
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse

from services.registry_api.dependencies import PageRenderer, PublicPages
from shared.errors import NotFound
from shared.schemas.catalogue import CatalogueItem
from shared.web.pages.i18n import Lang, choose_language

PAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"


def version_path(micro_credential_id: uuid.UUID, version: int) -> str:
    return f"/v1/catalogue/micro-credentials/{micro_credential_id}/versions/{version}"


def item_path(item: CatalogueItem) -> str:
    return version_path(item.id, item.version)


def institution_path(organisation_id: uuid.UUID) -> str:
    return f"/institutions/{organisation_id}"


def page_language(request: Request) -> Lang:
    return choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def not_found_page(request: Request, pages: PageRenderer, lang: Lang, message_key: str) -> HTMLResponse:
    return pages.render(
        request, "not_found.html", lang, status_code=404, message=pages.catalogue[message_key](lang)
    )


async def omc_version_page(
    request: Request,
    pages: PageRenderer,
    public_pages: PublicPages,
    micro_credential_id: uuid.UUID,
    version: int,
) -> HTMLResponse:
    """The version's page in the language asked for; a 404 page for a version never published."""
    lang = page_language(request)
    try:
        page = await public_pages.omc_version(micro_credential_id, version)
    except NotFound:
        return not_found_page(request, pages, lang, "error.not_found_omc")
    return pages.render(
        request,
        "omc.html",
        lang,
        page=page,
        partners_by_id={organisation.id: organisation for organisation in page.partners},
        institution_url=f"{institution_path(page.item.provider.id)}?lang={lang}",
        institution_link=lambda organisation_id: f"{institution_path(organisation_id)}?lang={lang}",
        version_url=lambda number: f"{version_path(micro_credential_id, number)}?lang={lang}",
    )
