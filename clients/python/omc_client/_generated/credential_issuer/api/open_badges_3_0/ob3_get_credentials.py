from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_open_badge_credentials_response import GetOpenBadgeCredentialsResponse
from ...models.imsx_status_info import ImsxStatusInfo
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/ob/v3p0/credentials",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem | None:
    if response.status_code == 200:
        response_200 = GetOpenBadgeCredentialsResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ImsxStatusInfo.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = ImsxStatusInfo.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ImsxStatusInfo.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,

) -> Response[GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem]:
    """ getCredentials: the learner's OpenBadgeCredentials (scope credential.readonly)

     Paged by `limit` and `offset` (newest first), with `X-Total-Count` and a `Link` header (first, last,
    and next and prev where they exist).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
offset=offset,
since=since,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,

) -> GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem | None:
    """ getCredentials: the learner's OpenBadgeCredentials (scope credential.readonly)

     Paged by `limit` and `offset` (newest first), with `X-Total-Count` and a `Link` header (first, last,
    and next and prev where they exist).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
offset=offset,
since=since,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,

) -> Response[GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem]:
    """ getCredentials: the learner's OpenBadgeCredentials (scope credential.readonly)

     Paged by `limit` and `offset` (newest first), with `X-Total-Count` and a `Link` header (first, last,
    and next and prev where they exist).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
offset=offset,
since=since,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,

) -> GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem | None:
    """ getCredentials: the learner's OpenBadgeCredentials (scope credential.readonly)

     Paged by `limit` and `offset` (newest first), with `X-Total-Count` and a `Link` header (first, last,
    and next and prev where they exist).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOpenBadgeCredentialsResponse | ImsxStatusInfo | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
offset=offset,
since=since,

    )).parsed
