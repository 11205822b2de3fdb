from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.catalogue_page import CataloguePage
from ...models.facet_name import FacetName
from ...models.problem import Problem
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    qualification_type: list[str] | Unset = UNSET,
    oqf_level: list[int] | Unset = UNSET,
    provider: list[UUID] | Unset = UNSET,
    provider_type: list[str] | Unset = UNSET,
    hours_min: float | None | Unset = UNSET,
    hours_max: float | None | Unset = UNSET,
    delivery_mode: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    noc: list[str] | Unset = UNSET,
    cip: list[str] | Unset = UNSET,
    partner: list[UUID] | Unset = UNSET,
    omc_plus: bool | None | Unset = UNSET,
    omc_mark: bool | None | Unset = UNSET,
    osap: bool | None | Unset = UNSET,
    has_current_offering: bool | None | Unset = UNSET,
    conforms_to: list[str] | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    facet: list[FacetName] | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_qualification_type: list[str] | Unset = UNSET
    if not isinstance(qualification_type, Unset):
        json_qualification_type = qualification_type


    params["qualification_type"] = json_qualification_type

    json_oqf_level: list[int] | Unset = UNSET
    if not isinstance(oqf_level, Unset):
        json_oqf_level = oqf_level


    params["oqf_level"] = json_oqf_level

    json_provider: list[str] | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = []
        for provider_item_data in provider:
            provider_item = str(provider_item_data)
            json_provider.append(provider_item)


    params["provider"] = json_provider

    json_provider_type: list[str] | Unset = UNSET
    if not isinstance(provider_type, Unset):
        json_provider_type = provider_type


    params["provider_type"] = json_provider_type

    json_hours_min: float | None | Unset
    if isinstance(hours_min, Unset):
        json_hours_min = UNSET
    else:
        json_hours_min = hours_min
    params["hours_min"] = json_hours_min

    json_hours_max: float | None | Unset
    if isinstance(hours_max, Unset):
        json_hours_max = UNSET
    else:
        json_hours_max = hours_max
    params["hours_max"] = json_hours_max

    json_delivery_mode: list[str] | Unset = UNSET
    if not isinstance(delivery_mode, Unset):
        json_delivery_mode = delivery_mode


    params["delivery_mode"] = json_delivery_mode

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language


    params["language"] = json_language

    json_noc: list[str] | Unset = UNSET
    if not isinstance(noc, Unset):
        json_noc = noc


    params["noc"] = json_noc

    json_cip: list[str] | Unset = UNSET
    if not isinstance(cip, Unset):
        json_cip = cip


    params["cip"] = json_cip

    json_partner: list[str] | Unset = UNSET
    if not isinstance(partner, Unset):
        json_partner = []
        for partner_item_data in partner:
            partner_item = str(partner_item_data)
            json_partner.append(partner_item)


    params["partner"] = json_partner

    json_omc_plus: bool | None | Unset
    if isinstance(omc_plus, Unset):
        json_omc_plus = UNSET
    else:
        json_omc_plus = omc_plus
    params["omc_plus"] = json_omc_plus

    json_omc_mark: bool | None | Unset
    if isinstance(omc_mark, Unset):
        json_omc_mark = UNSET
    else:
        json_omc_mark = omc_mark
    params["omc_mark"] = json_omc_mark

    json_osap: bool | None | Unset
    if isinstance(osap, Unset):
        json_osap = UNSET
    else:
        json_osap = osap
    params["osap"] = json_osap

    json_has_current_offering: bool | None | Unset
    if isinstance(has_current_offering, Unset):
        json_has_current_offering = UNSET
    else:
        json_has_current_offering = has_current_offering
    params["has_current_offering"] = json_has_current_offering

    json_conforms_to: list[str] | Unset = UNSET
    if not isinstance(conforms_to, Unset):
        json_conforms_to = conforms_to


    params["conforms_to"] = json_conforms_to

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_facet: list[str] | Unset = UNSET
    if not isinstance(facet, Unset):
        json_facet = []
        for facet_item_data in facet:
            facet_item = facet_item_data.value
            json_facet.append(facet_item)


    params["facet"] = json_facet

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/catalogue/micro-credentials",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CataloguePage | Problem | None:
    if response.status_code == 200:
        response_200 = CataloguePage.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | CataloguePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    qualification_type: list[str] | Unset = UNSET,
    oqf_level: list[int] | Unset = UNSET,
    provider: list[UUID] | Unset = UNSET,
    provider_type: list[str] | Unset = UNSET,
    hours_min: float | None | Unset = UNSET,
    hours_max: float | None | Unset = UNSET,
    delivery_mode: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    noc: list[str] | Unset = UNSET,
    cip: list[str] | Unset = UNSET,
    partner: list[UUID] | Unset = UNSET,
    omc_plus: bool | None | Unset = UNSET,
    omc_mark: bool | None | Unset = UNSET,
    osap: bool | None | Unset = UNSET,
    has_current_offering: bool | None | Unset = UNSET,
    conforms_to: list[str] | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    facet: list[FacetName] | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[Any | CataloguePage | Problem]:
    """ Search published micro-credentials: English and French text, filters, facets, keyset pages

    Args:
        q (None | str | Unset): Words to find in titles, descriptions, outcomes.
        qualification_type (list[str] | Unset):
        oqf_level (list[int] | Unset):
        provider (list[UUID] | Unset):
        provider_type (list[str] | Unset):
        hours_min (float | None | Unset):
        hours_max (float | None | Unset):
        delivery_mode (list[str] | Unset):
        language (list[str] | Unset):
        noc (list[str] | Unset): NOC 2021 codes (5 digits).
        cip (list[str] | Unset): CIP 2021 codes (NN.NNNN).
        partner (list[UUID] | Unset):
        omc_plus (bool | None | Unset):
        omc_mark (bool | None | Unset):
        osap (bool | None | Unset):
        has_current_offering (bool | None | Unset):
        conforms_to (list[str] | Unset): Profiles all met: eu, australia, omc...
        sort (SortOrder | Unset):
        facet (list[FacetName] | Unset): Facets to count.
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CataloguePage | Problem]
     """


    kwargs = _get_kwargs(
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
sort=sort,
facet=facet,
after=after,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    qualification_type: list[str] | Unset = UNSET,
    oqf_level: list[int] | Unset = UNSET,
    provider: list[UUID] | Unset = UNSET,
    provider_type: list[str] | Unset = UNSET,
    hours_min: float | None | Unset = UNSET,
    hours_max: float | None | Unset = UNSET,
    delivery_mode: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    noc: list[str] | Unset = UNSET,
    cip: list[str] | Unset = UNSET,
    partner: list[UUID] | Unset = UNSET,
    omc_plus: bool | None | Unset = UNSET,
    omc_mark: bool | None | Unset = UNSET,
    osap: bool | None | Unset = UNSET,
    has_current_offering: bool | None | Unset = UNSET,
    conforms_to: list[str] | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    facet: list[FacetName] | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Any | CataloguePage | Problem | None:
    """ Search published micro-credentials: English and French text, filters, facets, keyset pages

    Args:
        q (None | str | Unset): Words to find in titles, descriptions, outcomes.
        qualification_type (list[str] | Unset):
        oqf_level (list[int] | Unset):
        provider (list[UUID] | Unset):
        provider_type (list[str] | Unset):
        hours_min (float | None | Unset):
        hours_max (float | None | Unset):
        delivery_mode (list[str] | Unset):
        language (list[str] | Unset):
        noc (list[str] | Unset): NOC 2021 codes (5 digits).
        cip (list[str] | Unset): CIP 2021 codes (NN.NNNN).
        partner (list[UUID] | Unset):
        omc_plus (bool | None | Unset):
        omc_mark (bool | None | Unset):
        osap (bool | None | Unset):
        has_current_offering (bool | None | Unset):
        conforms_to (list[str] | Unset): Profiles all met: eu, australia, omc...
        sort (SortOrder | Unset):
        facet (list[FacetName] | Unset): Facets to count.
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CataloguePage | Problem
     """


    return sync_detailed(
        client=client,
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
sort=sort,
facet=facet,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    qualification_type: list[str] | Unset = UNSET,
    oqf_level: list[int] | Unset = UNSET,
    provider: list[UUID] | Unset = UNSET,
    provider_type: list[str] | Unset = UNSET,
    hours_min: float | None | Unset = UNSET,
    hours_max: float | None | Unset = UNSET,
    delivery_mode: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    noc: list[str] | Unset = UNSET,
    cip: list[str] | Unset = UNSET,
    partner: list[UUID] | Unset = UNSET,
    omc_plus: bool | None | Unset = UNSET,
    omc_mark: bool | None | Unset = UNSET,
    osap: bool | None | Unset = UNSET,
    has_current_offering: bool | None | Unset = UNSET,
    conforms_to: list[str] | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    facet: list[FacetName] | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[Any | CataloguePage | Problem]:
    """ Search published micro-credentials: English and French text, filters, facets, keyset pages

    Args:
        q (None | str | Unset): Words to find in titles, descriptions, outcomes.
        qualification_type (list[str] | Unset):
        oqf_level (list[int] | Unset):
        provider (list[UUID] | Unset):
        provider_type (list[str] | Unset):
        hours_min (float | None | Unset):
        hours_max (float | None | Unset):
        delivery_mode (list[str] | Unset):
        language (list[str] | Unset):
        noc (list[str] | Unset): NOC 2021 codes (5 digits).
        cip (list[str] | Unset): CIP 2021 codes (NN.NNNN).
        partner (list[UUID] | Unset):
        omc_plus (bool | None | Unset):
        omc_mark (bool | None | Unset):
        osap (bool | None | Unset):
        has_current_offering (bool | None | Unset):
        conforms_to (list[str] | Unset): Profiles all met: eu, australia, omc...
        sort (SortOrder | Unset):
        facet (list[FacetName] | Unset): Facets to count.
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CataloguePage | Problem]
     """


    kwargs = _get_kwargs(
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
sort=sort,
facet=facet,
after=after,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: None | str | Unset = UNSET,
    qualification_type: list[str] | Unset = UNSET,
    oqf_level: list[int] | Unset = UNSET,
    provider: list[UUID] | Unset = UNSET,
    provider_type: list[str] | Unset = UNSET,
    hours_min: float | None | Unset = UNSET,
    hours_max: float | None | Unset = UNSET,
    delivery_mode: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    noc: list[str] | Unset = UNSET,
    cip: list[str] | Unset = UNSET,
    partner: list[UUID] | Unset = UNSET,
    omc_plus: bool | None | Unset = UNSET,
    omc_mark: bool | None | Unset = UNSET,
    osap: bool | None | Unset = UNSET,
    has_current_offering: bool | None | Unset = UNSET,
    conforms_to: list[str] | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    facet: list[FacetName] | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Any | CataloguePage | Problem | None:
    """ Search published micro-credentials: English and French text, filters, facets, keyset pages

    Args:
        q (None | str | Unset): Words to find in titles, descriptions, outcomes.
        qualification_type (list[str] | Unset):
        oqf_level (list[int] | Unset):
        provider (list[UUID] | Unset):
        provider_type (list[str] | Unset):
        hours_min (float | None | Unset):
        hours_max (float | None | Unset):
        delivery_mode (list[str] | Unset):
        language (list[str] | Unset):
        noc (list[str] | Unset): NOC 2021 codes (5 digits).
        cip (list[str] | Unset): CIP 2021 codes (NN.NNNN).
        partner (list[UUID] | Unset):
        omc_plus (bool | None | Unset):
        omc_mark (bool | None | Unset):
        osap (bool | None | Unset):
        has_current_offering (bool | None | Unset):
        conforms_to (list[str] | Unset): Profiles all met: eu, australia, omc...
        sort (SortOrder | Unset):
        facet (list[FacetName] | Unset): Facets to count.
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CataloguePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
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
sort=sort,
facet=facet,
after=after,
limit=limit,

    )).parsed
