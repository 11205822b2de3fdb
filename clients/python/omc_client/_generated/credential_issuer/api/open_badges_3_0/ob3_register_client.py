from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.client_registration_response import ClientRegistrationResponse
from ...models.o_auth_error_body import OAuthErrorBody
from ...models.ob_3_register_client_body import Ob3RegisterClientBody
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: Ob3RegisterClientBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/ob/v3p0/auth/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientRegistrationResponse | OAuthErrorBody | Problem | None:
    if response.status_code == 201:
        response_201 = ClientRegistrationResponse.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = OAuthErrorBody.from_dict(response.json())



        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = OAuthErrorBody.from_dict(response.json())



        return response_429

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClientRegistrationResponse | OAuthErrorBody | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Ob3RegisterClientBody,

) -> Response[ClientRegistrationResponse | OAuthErrorBody | Problem]:
    """ RFC 7591 dynamic client registration (public; no initial access token)

    Args:
        body (Ob3RegisterClientBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRegistrationResponse | OAuthErrorBody | Problem]
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
    client: AuthenticatedClient | Client,
    body: Ob3RegisterClientBody,

) -> ClientRegistrationResponse | OAuthErrorBody | Problem | None:
    """ RFC 7591 dynamic client registration (public; no initial access token)

    Args:
        body (Ob3RegisterClientBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRegistrationResponse | OAuthErrorBody | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Ob3RegisterClientBody,

) -> Response[ClientRegistrationResponse | OAuthErrorBody | Problem]:
    """ RFC 7591 dynamic client registration (public; no initial access token)

    Args:
        body (Ob3RegisterClientBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientRegistrationResponse | OAuthErrorBody | Problem]
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
    client: AuthenticatedClient | Client,
    body: Ob3RegisterClientBody,

) -> ClientRegistrationResponse | OAuthErrorBody | Problem | None:
    """ RFC 7591 dynamic client registration (public; no initial access token)

    Args:
        body (Ob3RegisterClientBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientRegistrationResponse | OAuthErrorBody | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
