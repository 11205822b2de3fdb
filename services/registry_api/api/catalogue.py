"""The public catalogue for portals (eCampusOntario, ONCAT, OCAS/OUAC, OntarioLearn): no token."""

from __future__ import annotations

import json
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import RedirectResponse, StreamingResponse

from services.registry_api.dependencies import Catalogue, PageRenderer, PublicPages
from services.registry_api.pages.omc_pages import omc_version_page
from services.registry_api.services.achievement_ld import to_achievement
from services.registry_api.services.ctdl import to_ctdl
from shared.schemas.catalogue import (
    CatalogueFilters,
    CatalogueItem,
    CataloguePage,
    ChangePage,
    FacetName,
    SortOrder,
)
from shared.schemas.common import OqfLevel
from shared.web.caching import conditional_response, json_body
from shared.web.openapi import problem_responses
from shared.web.pages.negotiation import Representation, representation
from shared.web.pagination import PageSize

router = APIRouter(prefix="/v1/catalogue", tags=["catalogue"])
JSON_LD = "application/ld+json"
Many = Annotated[list[str], Query(max_length=20)]
Cursor = Annotated[str | None, Query(max_length=1024, description="`next_cursor` of the previous page.")]


@router.get(
    "/micro-credentials",
    name="search_catalogue",
    summary="Search published micro-credentials: English and French text, filters, facets, keyset pages",
    response_model=CataloguePage,
    responses={304: {"description": "Not modified (If-None-Match matched)"}},
)
async def search_catalogue(
    request: Request,
    catalogue: Catalogue,
    limit: PageSize,
    q: Annotated[
        str | None, Query(max_length=200, description="Words to find in titles, descriptions, outcomes.")
    ] = None,
    qualification_type: Many = [],  # noqa: B006 (FastAPI copies defaults)
    oqf_level: Annotated[list[OqfLevel], Query(max_length=13)] = [],  # noqa: B006
    provider: Annotated[list[uuid.UUID], Query(max_length=50)] = [],  # noqa: B006
    provider_type: Many = [],  # noqa: B006
    hours_min: Annotated[float | None, Query(ge=0, le=100_000)] = None,
    hours_max: Annotated[float | None, Query(ge=0, le=100_000)] = None,
    delivery_mode: Many = [],  # noqa: B006
    language: Many = [],  # noqa: B006
    noc: Annotated[list[str], Query(max_length=20, description="NOC 2021 codes (5 digits).")] = [],  # noqa: B006
    cip: Annotated[list[str], Query(max_length=20, description="CIP 2021 codes (NN.NNNN).")] = [],  # noqa: B006
    partner: Annotated[list[uuid.UUID], Query(max_length=20)] = [],  # noqa: B006
    omc_plus: bool | None = None,
    omc_mark: bool | None = None,
    osap: bool | None = None,
    has_current_offering: bool | None = None,
    conforms_to: Annotated[
        list[str], Query(max_length=5, description="Profiles all met: eu, australia, omc...")
    ] = [],  # noqa: B006
    sort: SortOrder = SortOrder.RELEVANCE,
    facet: Annotated[list[FacetName], Query(max_length=9, description="Facets to count.")] = [],  # noqa: B006
    after: Cursor = None,
) -> Response:
    filters = CatalogueFilters(
        q=q,
        qualification_type=qualification_type,
        oqf_level=oqf_level,
        provider=provider,
        provider_type=provider_type,
        hours_min=hours_min,
        hours_max=hours_max,
        delivery_mode=delivery_mode,
        language=language,
        noc=noc,
        cip=cip,
        partner=partner,
        omc_plus=omc_plus,
        omc_mark=omc_mark,
        osap=osap,
        has_current_offering=has_current_offering,
        conforms_to=conforms_to,
    )
    page = await catalogue.search(filters, order=sort, after=after, limit=limit, facets=facet)
    links = [f'<{request.url.remove_query_params("after")}>; rel="first"']
    if page.next_cursor:
        links.append(f'<{request.url.include_query_params(after=page.next_cursor)}>; rel="next"')
    last_modified = max((item.updated_at for item in page.items), default=None)
    return conditional_response(
        request, json_body(page), last_modified=last_modified, headers={"Link": ", ".join(links)}
    )


@router.get(
    "/micro-credentials/{micro_credential_id}",
    name="get_catalogue_item",
    summary="One published micro-credential, as JSON or as CTDL JSON-LD",
    description="JSON-LD (`ceterms:MicroCredential`) with `Accept: application/ld+json` or `format=jsonld`.",
    response_model=CatalogueItem,
    responses={
        200: {"content": {JSON_LD: {"schema": {"type": "object"}}}},
        304: {"description": "Not modified"},
        **problem_responses(404),
    },
)
async def get_catalogue_item(
    micro_credential_id: uuid.UUID,
    request: Request,
    catalogue: Catalogue,
    format: Literal["json", "jsonld"] | None = None,
) -> Response:
    item = await catalogue.item(micro_credential_id)
    if format is None and representation(request.headers.get("accept")) is Representation.HTML:
        # A person following the link gets the page of the current version (its permanent address).
        page = request.url.replace(path=f"{request.url.path}/versions/{item.version}")
        return RedirectResponse(f"{page.path}?{page.query}" if page.query else page.path, status_code=303)
    wants_linked_data = format == "jsonld" or (
        format is None and JSON_LD in request.headers.get("accept", "")
    )
    if wants_linked_data:
        document = to_ctdl(item, item_url=str(request.url.remove_query_params("format")))
        body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
        return conditional_response(
            request, body, media_type=JSON_LD, last_modified=item.updated_at, headers={"Vary": "Accept"}
        )
    return conditional_response(
        request, json_body(item), last_modified=item.updated_at, headers={"Vary": "Accept"}
    )


@router.get(
    "/micro-credentials/{micro_credential_id}/versions/{version}",
    name="get_catalogue_version",
    summary="One version that has been published (current, superseded, suspended or retired): JSON, "
    "JSON-LD or a page",
    description="What a credential awarded for that version describes (its `achievement.id`); drafts and "
    "versions never published are 404. By content negotiation: `Accept: text/html` gets the public "
    "page, `application/ld+json` (or `format=jsonld`) the Open Badges 3.0 `Achievement`, `format=ctdl` "
    "the CTDL description; anything else (no Accept, `*/*`, `application/json`) the JSON item.",
    response_model=CatalogueItem,
    responses={
        200: {
            "content": {JSON_LD: {"schema": {"type": "object"}}, "text/html": {"schema": {"type": "string"}}}
        },
        304: {"description": "Not modified"},
        **problem_responses(404),
    },
)
async def get_catalogue_version(
    micro_credential_id: uuid.UUID,
    version: Annotated[int, Path(ge=1, le=1_000_000)],
    request: Request,
    catalogue: Catalogue,
    pages: PageRenderer,
    public_pages: PublicPages,
    format: Literal["json", "jsonld", "ctdl"] | None = None,
    lang: Annotated[Literal["en", "fr"] | None, Query(description="Language of the page.")] = None,
) -> Response:
    wanted = representation(request.headers.get("accept"))
    if format is None and wanted is Representation.HTML:
        return await omc_version_page(request, pages, public_pages, micro_credential_id, version)
    item = await catalogue.version(micro_credential_id, version)
    url = str(request.url.remove_query_params(["format", "lang"]))
    if format == "ctdl":
        document = to_ctdl(item, item_url=url)
    elif format == "jsonld" or (format is None and wanted is Representation.JSON_LD):
        document = to_achievement(item, achievement_url=url, ctdl_url=f"{url}?format=ctdl")
    else:
        return conditional_response(
            request, json_body(item), last_modified=item.updated_at, headers={"Vary": "Accept"}
        )
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return conditional_response(
        request, body, media_type=JSON_LD, last_modified=item.updated_at, headers={"Vary": "Accept"}
    )


@router.get(
    "/changes",
    name="list_catalogue_changes",
    summary="Creates, updates and deletions (tombstones) in commit order, to mirror the catalogue",
    response_model=ChangePage,
)
async def list_catalogue_changes(catalogue: Catalogue, limit: PageSize, after: Cursor = None) -> ChangePage:
    return await catalogue.changes(after=after, limit=limit)


@router.get(
    "/export",
    name="export_catalogue",
    summary="Every published micro-credential, streamed as JSON Lines or CSV",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The catalogue, one item per line (JSON Lines) or per row (CSV, header first)",
            "content": {
                "application/x-ndjson": {
                    "schema": {"type": "string", "description": "One CatalogueItem JSON object per line."}
                },
                "text/csv": {"schema": {"type": "string"}},
            },
        }
    },
)
async def export_catalogue(
    catalogue: Catalogue, format: Literal["jsonl", "csv"] = "jsonl"
) -> StreamingResponse:
    if format == "csv":
        return StreamingResponse(
            catalogue.export_csv(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="omc-catalogue.csv"'},
        )
    return StreamingResponse(
        catalogue.export_json_lines(),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="omc-catalogue.jsonl"'},
    )
