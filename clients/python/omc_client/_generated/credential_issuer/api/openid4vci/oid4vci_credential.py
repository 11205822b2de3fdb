from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_issuance_pending import CredentialIssuancePending
from ...models.credential_response import CredentialResponse
from ...models.o_auth_error import OAuthError
from ...models.oid_4_vci_credential_body import Oid4VciCredentialBody
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: Oid4VciCredentialBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oid4vci/credential",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CredentialIssuancePending | CredentialResponse | OAuthError | Problem | None:
    if response.status_code == 200:
        response_200 = CredentialResponse.from_dict(response.json())



        return response_200

    if response.status_code == 202:
        response_202 = CredentialIssuancePending.from_dict(response.json())



        return response_202

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CredentialIssuancePending | CredentialResponse | OAuthError | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oid4VciCredentialBody,

) -> Response[CredentialIssuancePending | CredentialResponse | OAuthError | Problem]:
    """ Credential endpoint: the credential bound to the key the wallet's jwt proof shows

     `Authorization: Bearer <access token>`. 200 with `credentials`, or 202 with a `transaction_id` while
    the completion waits for its checks.

    Args:
        body (Oid4VciCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialIssuancePending | CredentialResponse | OAuthError | Problem]
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
    body: Oid4VciCredentialBody,

) -> CredentialIssuancePending | CredentialResponse | OAuthError | Problem | None:
    """ Credential endpoint: the credential bound to the key the wallet's jwt proof shows

     `Authorization: Bearer <access token>`. 200 with `credentials`, or 202 with a `transaction_id` while
    the completion waits for its checks.

    Args:
        body (Oid4VciCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialIssuancePending | CredentialResponse | OAuthError | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oid4VciCredentialBody,

) -> Response[CredentialIssuancePending | CredentialResponse | OAuthError | Problem]:
    """ Credential endpoint: the credential bound to the key the wallet's jwt proof shows

     `Authorization: Bearer <access token>`. 200 with `credentials`, or 202 with a `transaction_id` while
    the completion waits for its checks.

    Args:
        body (Oid4VciCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialIssuancePending | CredentialResponse | OAuthError | Problem]
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
    body: Oid4VciCredentialBody,

) -> CredentialIssuancePending | CredentialResponse | OAuthError | Problem | None:
    """ Credential endpoint: the credential bound to the key the wallet's jwt proof shows

     `Authorization: Bearer <access token>`. 200 with `credentials`, or 202 with a `transaction_id` while
    the completion waits for its checks.

    Args:
        body (Oid4VciCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialIssuancePending | CredentialResponse | OAuthError | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
