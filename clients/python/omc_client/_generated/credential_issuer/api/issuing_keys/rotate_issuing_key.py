from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.issuing_key import IssuingKey
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    institution_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/institutions/{institution_id}/issuing-keys/rotation".format(institution_id=quote(str(institution_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IssuingKey | Problem | None:
    if response.status_code == 201:
        response_201 = IssuingKey.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IssuingKey | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[IssuingKey | Problem]:
    """ Start signing with a new key (the institution itself); earlier keys stay published

    Args:
        institution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuingKey | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,

) -> IssuingKey | Problem | None:
    """ Start signing with a new key (the institution itself); earlier keys stay published

    Args:
        institution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuingKey | Problem
     """


    return sync_detailed(
        institution_id=institution_id,
client=client,

    ).parsed

async def asyncio_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[IssuingKey | Problem]:
    """ Start signing with a new key (the institution itself); earlier keys stay published

    Args:
        institution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuingKey | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,

) -> IssuingKey | Problem | None:
    """ Start signing with a new key (the institution itself); earlier keys stay published

    Args:
        institution_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuingKey | Problem
     """


    return (await asyncio_detailed(
        institution_id=institution_id,
client=client,

    )).parsed
