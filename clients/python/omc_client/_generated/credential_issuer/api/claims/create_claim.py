from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.claim_link import ClaimLink
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    credential_id: UUID,
    *,
    valid_days: int | Unset = 14,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["valid_days"] = valid_days


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/credentials/{credential_id}/claims".format(credential_id=quote(str(credential_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClaimLink | Problem | None:
    if response.status_code == 201:
        response_201 = ClaimLink.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClaimLink | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_days: int | Unset = 14,

) -> Response[ClaimLink | Problem]:
    """ A new one-time claim link for the learner (earlier unused links stop working)

    Args:
        credential_id (UUID):
        valid_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimLink | Problem]
     """


    kwargs = _get_kwargs(
        credential_id=credential_id,
valid_days=valid_days,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_days: int | Unset = 14,

) -> ClaimLink | Problem | None:
    """ A new one-time claim link for the learner (earlier unused links stop working)

    Args:
        credential_id (UUID):
        valid_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimLink | Problem
     """


    return sync_detailed(
        credential_id=credential_id,
client=client,
valid_days=valid_days,

    ).parsed

async def asyncio_detailed(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_days: int | Unset = 14,

) -> Response[ClaimLink | Problem]:
    """ A new one-time claim link for the learner (earlier unused links stop working)

    Args:
        credential_id (UUID):
        valid_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimLink | Problem]
     """


    kwargs = _get_kwargs(
        credential_id=credential_id,
valid_days=valid_days,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_days: int | Unset = 14,

) -> ClaimLink | Problem | None:
    """ A new one-time claim link for the learner (earlier unused links stop working)

    Args:
        credential_id (UUID):
        valid_days (int | Unset):  Default: 14.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimLink | Problem
     """


    return (await asyncio_detailed(
        credential_id=credential_id,
client=client,
valid_days=valid_days,

    )).parsed
