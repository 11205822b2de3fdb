from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.imsx_status_info import ImsxStatusInfo
from ...models.learner_profile import LearnerProfile
from ...models.ob_3_put_profile_body import Ob3PutProfileBody
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: Ob3PutProfileBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ims/ob/v3p0/profile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImsxStatusInfo | LearnerProfile | Problem | None:
    if response.status_code == 200:
        response_200 = LearnerProfile.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImsxStatusInfo | LearnerProfile | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Ob3PutProfileBody,

) -> Response[ImsxStatusInfo | LearnerProfile | Problem]:
    """ putProfile: replace the learner's profile (scope profile.update)

    Args:
        body (Ob3PutProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImsxStatusInfo | LearnerProfile | Problem]
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
    body: Ob3PutProfileBody,

) -> ImsxStatusInfo | LearnerProfile | Problem | None:
    """ putProfile: replace the learner's profile (scope profile.update)

    Args:
        body (Ob3PutProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImsxStatusInfo | LearnerProfile | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Ob3PutProfileBody,

) -> Response[ImsxStatusInfo | LearnerProfile | Problem]:
    """ putProfile: replace the learner's profile (scope profile.update)

    Args:
        body (Ob3PutProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImsxStatusInfo | LearnerProfile | Problem]
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
    body: Ob3PutProfileBody,

) -> ImsxStatusInfo | LearnerProfile | Problem | None:
    """ putProfile: replace the learner's profile (scope profile.update)

    Args:
        body (Ob3PutProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImsxStatusInfo | LearnerProfile | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
