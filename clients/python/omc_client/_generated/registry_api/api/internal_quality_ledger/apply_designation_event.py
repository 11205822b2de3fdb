from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.designation import Designation
from ...models.designation_event import DesignationEvent
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: DesignationEvent,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/internal/v1/designation-events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Designation | Problem | None:
    if response.status_code == 200:
        response_200 = Designation.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = Designation.from_dict(response.json())



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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Designation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DesignationEvent,

) -> Response[Designation | Problem]:
    """ Apply a designation decision (201 when new, 200 when already applied)

    Args:
        body (DesignationEvent): Sent by the quality ledger when the ministry grants, suspends,
            revokes or lets lapse a DOMCI
            designation. Applying the same event twice changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Designation | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: DesignationEvent,

) -> Designation | Problem | None:
    """ Apply a designation decision (201 when new, 200 when already applied)

    Args:
        body (DesignationEvent): Sent by the quality ledger when the ministry grants, suspends,
            revokes or lets lapse a DOMCI
            designation. Applying the same event twice changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Designation | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DesignationEvent,

) -> Response[Designation | Problem]:
    """ Apply a designation decision (201 when new, 200 when already applied)

    Args:
        body (DesignationEvent): Sent by the quality ledger when the ministry grants, suspends,
            revokes or lets lapse a DOMCI
            designation. Applying the same event twice changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Designation | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DesignationEvent,

) -> Designation | Problem | None:
    """ Apply a designation decision (201 when new, 200 when already applied)

    Args:
        body (DesignationEvent): Sent by the quality ledger when the ministry grants, suspends,
            revokes or lets lapse a DOMCI
            designation. Applying the same event twice changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Designation | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
