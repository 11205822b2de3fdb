from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.partnership_page import PartnershipPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    partner: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_institution: None | str | Unset
    if isinstance(institution, Unset):
        json_institution = UNSET
    elif isinstance(institution, UUID):
        json_institution = str(institution)
    else:
        json_institution = institution
    params["institution"] = json_institution

    json_partner: None | str | Unset
    if isinstance(partner, Unset):
        json_partner = UNSET
    elif isinstance(partner, UUID):
        json_partner = str(partner)
    else:
        json_partner = partner
    params["partner"] = json_partner

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/partnerships",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnershipPage | Problem | None:
    if response.status_code == 200:
        response_200 = PartnershipPage.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PartnershipPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    partner: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[PartnershipPage | Problem]:
    """ Partnership reviews in ledger order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        partner (None | Unset | UUID):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
partner=partner,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    partner: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,

) -> PartnershipPage | Problem | None:
    """ Partnership reviews in ledger order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        partner (None | Unset | UUID):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipPage | Problem
     """


    return sync_detailed(
        client=client,
after=after,
institution=institution,
partner=partner,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    partner: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[PartnershipPage | Problem]:
    """ Partnership reviews in ledger order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        partner (None | Unset | UUID):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnershipPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
partner=partner,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    partner: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,

) -> PartnershipPage | Problem | None:
    """ Partnership reviews in ledger order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        partner (None | Unset | UUID):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnershipPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
institution=institution,
partner=partner,
limit=limit,

    )).parsed
