from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_offer import CredentialOffer
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    reference: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oid4vci/credential-offers/{reference}".format(reference=quote(str(reference), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CredentialOffer | Problem | None:
    if response.status_code == 200:
        response_200 = CredentialOffer.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CredentialOffer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[CredentialOffer | Problem]:
    """ The credential offer a `credential_offer_uri` stands for (public: the URI is the secret)

    Args:
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialOffer | Problem]
     """


    kwargs = _get_kwargs(
        reference=reference,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    reference: str,
    *,
    client: AuthenticatedClient | Client,

) -> CredentialOffer | Problem | None:
    """ The credential offer a `credential_offer_uri` stands for (public: the URI is the secret)

    Args:
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialOffer | Problem
     """


    return sync_detailed(
        reference=reference,
client=client,

    ).parsed

async def asyncio_detailed(
    reference: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[CredentialOffer | Problem]:
    """ The credential offer a `credential_offer_uri` stands for (public: the URI is the secret)

    Args:
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialOffer | Problem]
     """


    kwargs = _get_kwargs(
        reference=reference,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    reference: str,
    *,
    client: AuthenticatedClient | Client,

) -> CredentialOffer | Problem | None:
    """ The credential offer a `credential_offer_uri` stands for (public: the URI is the secret)

    Args:
        reference (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialOffer | Problem
     """


    return (await asyncio_detailed(
        reference=reference,
client=client,

    )).parsed
