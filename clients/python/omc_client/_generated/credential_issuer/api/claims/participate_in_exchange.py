from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.participate_in_exchange_body_type_0 import ParticipateInExchangeBodyType0
from ...models.participate_in_exchange_response_participate_in_exchange import ParticipateInExchangeResponseParticipateInExchange
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    token: str,
    *,
    body: None | ParticipateInExchangeBodyType0 | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/exchanges/{token}".format(token=quote(str(token), safe=""),),
    }

    
    if isinstance(body, ParticipateInExchangeBodyType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParticipateInExchangeResponseParticipateInExchange | Problem | None:
    if response.status_code == 200:
        response_200 = ParticipateInExchangeResponseParticipateInExchange.from_dict(response.json())



        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ParticipateInExchangeResponseParticipateInExchange | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | ParticipateInExchangeBodyType0 | Unset = UNSET,

) -> Response[ParticipateInExchangeResponseParticipateInExchange | Problem]:
    """ VC-API exchange: the presentation request, then the credential for a DIDAuth presentation

     Public (the exchange id is the claim token). An empty body `{}` gets a
    `verifiablePresentationRequest` (DIDAuthentication with a challenge); a body with a
    `verifiablePresentation` signed by the holder's did:key (eddsa-rdfc-2022, proofPurpose
    authentication, the challenge) gets a `verifiablePresentation` holding the credential, once.

    Args:
        token (str):
        body (None | ParticipateInExchangeBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipateInExchangeResponseParticipateInExchange | Problem]
     """


    kwargs = _get_kwargs(
        token=token,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | ParticipateInExchangeBodyType0 | Unset = UNSET,

) -> ParticipateInExchangeResponseParticipateInExchange | Problem | None:
    """ VC-API exchange: the presentation request, then the credential for a DIDAuth presentation

     Public (the exchange id is the claim token). An empty body `{}` gets a
    `verifiablePresentationRequest` (DIDAuthentication with a challenge); a body with a
    `verifiablePresentation` signed by the holder's did:key (eddsa-rdfc-2022, proofPurpose
    authentication, the challenge) gets a `verifiablePresentation` holding the credential, once.

    Args:
        token (str):
        body (None | ParticipateInExchangeBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipateInExchangeResponseParticipateInExchange | Problem
     """


    return sync_detailed(
        token=token,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | ParticipateInExchangeBodyType0 | Unset = UNSET,

) -> Response[ParticipateInExchangeResponseParticipateInExchange | Problem]:
    """ VC-API exchange: the presentation request, then the credential for a DIDAuth presentation

     Public (the exchange id is the claim token). An empty body `{}` gets a
    `verifiablePresentationRequest` (DIDAuthentication with a challenge); a body with a
    `verifiablePresentation` signed by the holder's did:key (eddsa-rdfc-2022, proofPurpose
    authentication, the challenge) gets a `verifiablePresentation` holding the credential, once.

    Args:
        token (str):
        body (None | ParticipateInExchangeBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipateInExchangeResponseParticipateInExchange | Problem]
     """


    kwargs = _get_kwargs(
        token=token,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | ParticipateInExchangeBodyType0 | Unset = UNSET,

) -> ParticipateInExchangeResponseParticipateInExchange | Problem | None:
    """ VC-API exchange: the presentation request, then the credential for a DIDAuth presentation

     Public (the exchange id is the claim token). An empty body `{}` gets a
    `verifiablePresentationRequest` (DIDAuthentication with a challenge); a body with a
    `verifiablePresentation` signed by the holder's did:key (eddsa-rdfc-2022, proofPurpose
    authentication, the challenge) gets a `verifiablePresentation` holding the credential, once.

    Args:
        token (str):
        body (None | ParticipateInExchangeBodyType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipateInExchangeResponseParticipateInExchange | Problem
     """


    return (await asyncio_detailed(
        token=token,
client=client,
body=body,

    )).parsed
