from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.supersession_create import SupersessionCreate
from ...models.supersession_result import SupersessionResult
from typing import cast
from uuid import UUID



def _get_kwargs(
    decision_id: UUID,
    *,
    body: SupersessionCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/decisions/{decision_id}/supersession".format(decision_id=quote(str(decision_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SupersessionResult | None:
    if response.status_code == 200:
        response_200 = SupersessionResult.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SupersessionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupersessionCreate,

) -> Response[Problem | SupersessionResult]:
    """ Record an appeal outcome or the withdrawal of an endorsement (the case's EQAA)

    Args:
        decision_id (UUID):
        body (SupersessionCreate): An appeal outcome that changes the decision (a new decision
            with `outcome` replaces it), or
            the withdrawal of an endorsement (nothing replaces it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupersessionResult]
     """


    kwargs = _get_kwargs(
        decision_id=decision_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupersessionCreate,

) -> Problem | SupersessionResult | None:
    """ Record an appeal outcome or the withdrawal of an endorsement (the case's EQAA)

    Args:
        decision_id (UUID):
        body (SupersessionCreate): An appeal outcome that changes the decision (a new decision
            with `outcome` replaces it), or
            the withdrawal of an endorsement (nothing replaces it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupersessionResult
     """


    return sync_detailed(
        decision_id=decision_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupersessionCreate,

) -> Response[Problem | SupersessionResult]:
    """ Record an appeal outcome or the withdrawal of an endorsement (the case's EQAA)

    Args:
        decision_id (UUID):
        body (SupersessionCreate): An appeal outcome that changes the decision (a new decision
            with `outcome` replaces it), or
            the withdrawal of an endorsement (nothing replaces it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupersessionResult]
     """


    kwargs = _get_kwargs(
        decision_id=decision_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SupersessionCreate,

) -> Problem | SupersessionResult | None:
    """ Record an appeal outcome or the withdrawal of an endorsement (the case's EQAA)

    Args:
        decision_id (UUID):
        body (SupersessionCreate): An appeal outcome that changes the decision (a new decision
            with `outcome` replaces it), or
            the withdrawal of an endorsement (nothing replaces it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupersessionResult
     """


    return (await asyncio_detailed(
        decision_id=decision_id,
client=client,
body=body,

    )).parsed
