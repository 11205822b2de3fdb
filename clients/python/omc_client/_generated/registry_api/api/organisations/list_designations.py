from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.designation import Designation
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    organisation_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organisations/{organisation_id}/designations".format(organisation_id=quote(str(organisation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Designation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = Designation.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[Designation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | list[Designation]]:
    """ DOMCI designation history, as recorded by the quality ledger

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Designation]]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | list[Designation] | None:
    """ DOMCI designation history, as recorded by the quality ledger

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Designation]
     """


    return sync_detailed(
        organisation_id=organisation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | list[Designation]]:
    """ DOMCI designation history, as recorded by the quality ledger

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Designation]]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | list[Designation] | None:
    """ DOMCI designation history, as recorded by the quality ledger

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Designation]
     """


    return (await asyncio_detailed(
        organisation_id=organisation_id,
client=client,

    )).parsed
