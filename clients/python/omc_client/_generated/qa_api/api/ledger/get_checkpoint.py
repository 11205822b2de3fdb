from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.checkpoint import Checkpoint
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    tree_size: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/checkpoints/{tree_size}".format(tree_size=quote(str(tree_size), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Checkpoint | Problem | None:
    if response.status_code == 200:
        response_200 = Checkpoint.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Checkpoint | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tree_size: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Checkpoint | Problem]:
    """ Get Checkpoint

    Args:
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Checkpoint | Problem]
     """


    kwargs = _get_kwargs(
        tree_size=tree_size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    tree_size: int,
    *,
    client: AuthenticatedClient | Client,

) -> Checkpoint | Problem | None:
    """ Get Checkpoint

    Args:
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Checkpoint | Problem
     """


    return sync_detailed(
        tree_size=tree_size,
client=client,

    ).parsed

async def asyncio_detailed(
    tree_size: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Checkpoint | Problem]:
    """ Get Checkpoint

    Args:
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Checkpoint | Problem]
     """


    kwargs = _get_kwargs(
        tree_size=tree_size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    tree_size: int,
    *,
    client: AuthenticatedClient | Client,

) -> Checkpoint | Problem | None:
    """ Get Checkpoint

    Args:
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Checkpoint | Problem
     """


    return (await asyncio_detailed(
        tree_size=tree_size,
client=client,

    )).parsed
