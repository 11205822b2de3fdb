from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision_page import DecisionPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    within_days: int | Unset = 183,
    institution: None | Unset | UUID = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["within_days"] = within_days

    json_institution: None | str | Unset
    if isinstance(institution, Unset):
        json_institution = UNSET
    elif isinstance(institution, UUID):
        json_institution = str(institution)
    else:
        json_institution = institution
    params["institution"] = json_institution

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
        "url": "/v1/endorsements/expiring",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecisionPage | Problem | None:
    if response.status_code == 200:
        response_200 = DecisionPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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
    client: AuthenticatedClient,
    within_days: int | Unset = 183,
    institution: None | Unset | UUID = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[DecisionPage | Problem]:
    """ Endorsements whose term ends within N days (own for an institution, endorsed for an EQAA)

     Endorsements in force whose term ends between today and today + `within_days` (default 183, about
    six months). The ministry sees all; an EQAA the institutions it endorsed; an institution its own
    (`institution` may only name itself). After the term's end the institution is no longer in good
    standing until a renewal endorsement is recorded.

    Args:
        within_days (int | Unset):  Default: 183.
        institution (None | Unset | UUID):
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionPage | Problem]
     """


    kwargs = _get_kwargs(
        within_days=within_days,
institution=institution,
after=after,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 183,
    institution: None | Unset | UUID = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> DecisionPage | Problem | None:
    """ Endorsements whose term ends within N days (own for an institution, endorsed for an EQAA)

     Endorsements in force whose term ends between today and today + `within_days` (default 183, about
    six months). The ministry sees all; an EQAA the institutions it endorsed; an institution its own
    (`institution` may only name itself). After the term's end the institution is no longer in good
    standing until a renewal endorsement is recorded.

    Args:
        within_days (int | Unset):  Default: 183.
        institution (None | Unset | UUID):
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionPage | Problem
     """


    return sync_detailed(
        client=client,
within_days=within_days,
institution=institution,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 183,
    institution: None | Unset | UUID = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[DecisionPage | Problem]:
    """ Endorsements whose term ends within N days (own for an institution, endorsed for an EQAA)

     Endorsements in force whose term ends between today and today + `within_days` (default 183, about
    six months). The ministry sees all; an EQAA the institutions it endorsed; an institution its own
    (`institution` may only name itself). After the term's end the institution is no longer in good
    standing until a renewal endorsement is recorded.

    Args:
        within_days (int | Unset):  Default: 183.
        institution (None | Unset | UUID):
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionPage | Problem]
     """


    kwargs = _get_kwargs(
        within_days=within_days,
institution=institution,
after=after,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 183,
    institution: None | Unset | UUID = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> DecisionPage | Problem | None:
    """ Endorsements whose term ends within N days (own for an institution, endorsed for an EQAA)

     Endorsements in force whose term ends between today and today + `within_days` (default 183, about
    six months). The ministry sees all; an EQAA the institutions it endorsed; an institution its own
    (`institution` may only name itself). After the term's end the institution is no longer in good
    standing until a renewal endorsement is recorded.

    Args:
        within_days (int | Unset):  Default: 183.
        institution (None | Unset | UUID):
        after (None | str | Unset): `next_cursor` of the previous page.
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
within_days=within_days,
institution=institution,
after=after,
limit=limit,

    )).parsed
