from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.domci_standing import DomciStanding
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    organisation_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organisations/{organisation_id}/standing".format(organisation_id=quote(str(organisation_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DomciStanding | Problem | None:
    if response.status_code == 200:
        response_200 = DomciStanding.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DomciStanding | Problem]:
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
    on: datetime.date | None | Unset = UNSET,

) -> Response[DomciStanding | Problem]:
    """ Whether the institution is a DOMCI in good standing on a day (default today)

    Args:
        organisation_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomciStanding | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,

) -> DomciStanding | Problem | None:
    """ Whether the institution is a DOMCI in good standing on a day (default today)

    Args:
        organisation_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomciStanding | Problem
     """


    return sync_detailed(
        organisation_id=organisation_id,
client=client,
on=on,

    ).parsed

async def asyncio_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,

) -> Response[DomciStanding | Problem]:
    """ Whether the institution is a DOMCI in good standing on a day (default today)

    Args:
        organisation_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomciStanding | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,

) -> DomciStanding | Problem | None:
    """ Whether the institution is a DOMCI in good standing on a day (default today)

    Args:
        organisation_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomciStanding | Problem
     """


    return (await asyncio_detailed(
        organisation_id=organisation_id,
client=client,
on=on,

    )).parsed
