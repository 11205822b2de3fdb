"""The catalogue for people: the API's search (same filters, facets and keyset pages) as a page with
a form that works without JavaScript; every result links to its OMC version page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from services.registry_api.dependencies import Catalogue, PageRenderer, ReferenceData
from services.registry_api.pages.omc_pages import item_path, page_language
from shared.errors import UnprocessableInput
from shared.schemas.catalogue import CatalogueFilters, FacetName, SortOrder
from shared.web.pages.formatting import language_name
from shared.web.pages.i18n import Lang

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 20
LIST_FILTERS = (
    "qualification_type",
    "oqf_level",
    "provider",
    "provider_type",
    "delivery_mode",
    "language",
    "noc",
    "cip",
    "partner",
    "conforms_to",
)
FLAG_FILTERS = ("omc_plus", "omc_mark", "osap", "has_current_offering")
MAX_VALUES = 20


def _filters(request: Request) -> tuple[CatalogueFilters, SortOrder, str | None]:
    """The query as the API reads it; blank form fields count as absent. Raises ValueError naming
    the field that is wrong."""
    params = request.query_params
    raw: dict[str, Any] = {}
    for name in LIST_FILTERS:
        values = [value for value in params.getlist(name) if value.strip()]
        if len(values) > MAX_VALUES:
            raise ValueError(f"{name}: at most {MAX_VALUES} values")
        raw[name] = values
    for name in (*FLAG_FILTERS, "q", "hours_min", "hours_max"):
        value = params.get(name, "").strip()
        if value:
            raw[name] = value
    if len(raw.get("q", "")) > 200:
        raise ValueError("q: at most 200 characters")
    after = params.get("after") or None
    if after is not None and len(after) > 1024:
        raise ValueError("after: not a cursor of this service")
    try:
        filters = CatalogueFilters.model_validate(raw)
        order = SortOrder(params.get("sort") or SortOrder.RELEVANCE.value)
    except ValidationError as error:
        first = error.errors()[0]
        raise ValueError(f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}") from None
    return filters, order, after


def _facet_label(lang: Lang, pages: PageRenderer, names: dict[tuple[str, str], tuple[str, str]]) -> Any:
    """The label of a facet value: a translated enumeration, a reference-data name, or the value."""

    def label(facet: str, value: str) -> str:
        if (facet, value) in names:
            english, french = names[facet, value]
            return english if lang == "en" else french
        key = {"delivery_mode": f"delivery.{value}", "conforms_to": f"profile.{value}"}.get(facet)
        if facet in FLAG_FILTERS:
            key = f"bool.{value}"
        if key and key in pages.catalogue:
            return pages.catalogue[key](lang)
        if facet == "language":
            return language_name(value, lang)
        return value

    return label


@router.get("/catalogue", response_class=HTMLResponse, name="catalogue_page")
async def catalogue_page(
    request: Request, catalogue: Catalogue, reference: ReferenceData, pages: PageRenderer
) -> HTMLResponse:
    lang = page_language(request)
    names = {
        ("qualification_type", kind.code): (kind.name_en, kind.name_fr)
        for kind in await reference.qualification_types()
    }
    names |= {
        ("provider_type", kind.code): (kind.name_en, kind.name_fr)
        for kind in await reference.provider_types()
    }
    context: dict[str, Any] = {
        "sort_orders": [order.value for order in SortOrder],
        "facet_label": _facet_label(lang, pages, names),
        "version_url": lambda item: f"{item_path(item)}?lang={lang}",
        "items": [],
        "facets": [],
        "next_url": None,
        "first_url": None,
    }
    params = request.query_params
    selected = {name: params.getlist(name) for name in (*LIST_FILTERS, *FLAG_FILTERS)}
    context["query"] = {
        "q": params.get("q", "")[:200],
        "sort": params.get("sort") or SortOrder.RELEVANCE.value,
        "hours_min": params.get("hours_min", "")[:20],
        "hours_max": params.get("hours_max", "")[:20],
        "selected": selected,
    }
    try:
        filters, order, after = _filters(request)
        page = await catalogue.search(
            filters, order=order, after=after, limit=PAGE_SIZE, facets=list(FacetName)
        )
    except (ValueError, UnprocessableInput) as error:
        return pages.render(request, "catalogue.html", lang, status_code=422, error=str(error), **context)
    context["items"] = page.items
    context["facets"] = [facet for facet in page.facets if facet.values]
    if page.next_cursor:
        url = request.url.include_query_params(after=page.next_cursor)
        context["next_url"] = f"{url.path}?{url.query}"
    if after:
        url = request.url.remove_query_params("after")
        context["first_url"] = f"{url.path}?{url.query}"
    return pages.render(request, "catalogue.html", lang, **context)
