from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.panel_report import PanelReport
from ...models.problem import Problem
from ...models.review import Review
from typing import cast
from uuid import UUID



def _get_kwargs(
    review_id: UUID,
    *,
    body: PanelReport,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reviews/{review_id}/panel-report".format(review_id=quote(str(review_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Review | None:
    if response.status_code == 200:
        response_200 = Review.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Review]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PanelReport,

) -> Response[Problem | Review]:
    """ Record the panel report (the case's EQAA): desk_review -> panel_report

    Args:
        review_id (UUID):
        body (PanelReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Review]
     """


    kwargs = _get_kwargs(
        review_id=review_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PanelReport,

) -> Problem | Review | None:
    """ Record the panel report (the case's EQAA): desk_review -> panel_report

    Args:
        review_id (UUID):
        body (PanelReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Review
     """


    return sync_detailed(
        review_id=review_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PanelReport,

) -> Response[Problem | Review]:
    """ Record the panel report (the case's EQAA): desk_review -> panel_report

    Args:
        review_id (UUID):
        body (PanelReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Review]
     """


    kwargs = _get_kwargs(
        review_id=review_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PanelReport,

) -> Problem | Review | None:
    """ Record the panel report (the case's EQAA): desk_review -> panel_report

    Args:
        review_id (UUID):
        body (PanelReport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Review
     """


    return (await asyncio_detailed(
        review_id=review_id,
client=client,
body=body,

    )).parsed
