from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_offer_created import CredentialOfferCreated
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    credential_id: UUID,
    *,
    valid_minutes: int | Unset = 60,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["valid_minutes"] = valid_minutes


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/credentials/{credential_id}/offers".format(credential_id=quote(str(credential_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CredentialOfferCreated | Problem | None:
    if response.status_code == 201:
        response_201 = CredentialOfferCreated.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CredentialOfferCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_minutes: int | Unset = 60,

) -> Response[CredentialOfferCreated | Problem]:
    """ An OpenID4VCI credential offer of an issued credential, for the learner's wallet

     A pre-authorized code offer of the credential (`omc_ldp_vc` and `omc_jwt_vc_json`), by value and by
    reference, as links and an SVG QR code. The answer's `tx_code` must reach the learner by ANOTHER
    channel than the offer. Only the institution that reported the completion may call this.

    Args:
        credential_id (UUID):
        valid_minutes (int | Unset): How long the offer's code works. Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialOfferCreated | Problem]
     """


    kwargs = _get_kwargs(
        credential_id=credential_id,
valid_minutes=valid_minutes,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_minutes: int | Unset = 60,

) -> CredentialOfferCreated | Problem | None:
    """ An OpenID4VCI credential offer of an issued credential, for the learner's wallet

     A pre-authorized code offer of the credential (`omc_ldp_vc` and `omc_jwt_vc_json`), by value and by
    reference, as links and an SVG QR code. The answer's `tx_code` must reach the learner by ANOTHER
    channel than the offer. Only the institution that reported the completion may call this.

    Args:
        credential_id (UUID):
        valid_minutes (int | Unset): How long the offer's code works. Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialOfferCreated | Problem
     """


    return sync_detailed(
        credential_id=credential_id,
client=client,
valid_minutes=valid_minutes,

    ).parsed

async def asyncio_detailed(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_minutes: int | Unset = 60,

) -> Response[CredentialOfferCreated | Problem]:
    """ An OpenID4VCI credential offer of an issued credential, for the learner's wallet

     A pre-authorized code offer of the credential (`omc_ldp_vc` and `omc_jwt_vc_json`), by value and by
    reference, as links and an SVG QR code. The answer's `tx_code` must reach the learner by ANOTHER
    channel than the offer. Only the institution that reported the completion may call this.

    Args:
        credential_id (UUID):
        valid_minutes (int | Unset): How long the offer's code works. Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialOfferCreated | Problem]
     """


    kwargs = _get_kwargs(
        credential_id=credential_id,
valid_minutes=valid_minutes,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    credential_id: UUID,
    *,
    client: AuthenticatedClient,
    valid_minutes: int | Unset = 60,

) -> CredentialOfferCreated | Problem | None:
    """ An OpenID4VCI credential offer of an issued credential, for the learner's wallet

     A pre-authorized code offer of the credential (`omc_ldp_vc` and `omc_jwt_vc_json`), by value and by
    reference, as links and an SVG QR code. The answer's `tx_code` must reach the learner by ANOTHER
    channel than the offer. Only the institution that reported the completion may call this.

    Args:
        credential_id (UUID):
        valid_minutes (int | Unset): How long the offer's code works. Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialOfferCreated | Problem
     """


    return (await asyncio_detailed(
        credential_id=credential_id,
client=client,
valid_minutes=valid_minutes,

    )).parsed
