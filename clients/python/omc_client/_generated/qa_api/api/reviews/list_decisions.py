from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision_page import DecisionPage
from ...models.decision_status import DecisionStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
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

    json_agency: None | str | Unset
    if isinstance(agency, Unset):
        json_agency = UNSET
    else:
        json_agency = agency
    params["agency"] = json_agency

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DecisionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/decisions",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecisionPage | Problem | None:
    if response.status_code == 200:
        response_200 = DecisionPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DecisionPage | Problem]:
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
    agency: None | str | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[DecisionPage | Problem]:
    """ EQAA decisions, oldest first, superseded ones included

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        status (DecisionStatus | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
agency=agency,
status=status,
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
    agency: None | str | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> DecisionPage | Problem | None:
    """ EQAA decisions, oldest first, superseded ones included

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        status (DecisionStatus | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionPage | Problem
     """


    return sync_detailed(
        client=client,
after=after,
institution=institution,
agency=agency,
status=status,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[DecisionPage | Problem]:
    """ EQAA decisions, oldest first, superseded ones included

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        status (DecisionStatus | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
agency=agency,
status=status,
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
    agency: None | str | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> DecisionPage | Problem | None:
    """ EQAA decisions, oldest first, superseded ones included

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        status (DecisionStatus | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
institution=institution,
agency=agency,
status=status,
limit=limit,

    )).parsed
