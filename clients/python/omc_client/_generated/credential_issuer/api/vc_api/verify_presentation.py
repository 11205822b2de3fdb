from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.presentation_verification_report import PresentationVerificationReport
from ...models.problem import Problem
from ...models.verify_presentation_request import VerifyPresentationRequest
from typing import cast



def _get_kwargs(
    *,
    body: VerifyPresentationRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/presentations/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PresentationVerificationReport | Problem | None:
    if response.status_code == 200:
        response_200 = PresentationVerificationReport.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = PresentationVerificationReport.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PresentationVerificationReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyPresentationRequest,

) -> Response[PresentationVerificationReport | Problem]:
    """ Verify a presentation: its holder's proof, challenge, domain, and each credential

     Public. The VC-API VerifyPresentationRequest (`verifiablePresentation`, `options` with `challenge`,
    `domain`, `returnPresentation`), or for an unsigned presentation the
    ProoflessVerifyPresentationRequest (`presentation`). The presentation's proof must be an `eddsa-
    rdfc-2022` Data Integrity proof with proofPurpose `authentication` by the holder (did:key or this
    service's did:web), carrying the `challenge` and `domain` given in `options`. Each credential is
    verified as at `/credentials/verify` and reported in `credentialResults`. 200 when the presentation
    and every credential verify, else 400 with the same result. An unsigned presentation has its
    credentials checked and a warning: nobody is authenticated as its holder. Malformed requests are 422
    problems naming the field.

    Args:
        body (VerifyPresentationRequest): VC-API `POST /presentations/verify`:
            `verifiablePresentation` (VerifyPresentationRequest) or,
            for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PresentationVerificationReport | Problem]
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
    body: VerifyPresentationRequest,

) -> PresentationVerificationReport | Problem | None:
    """ Verify a presentation: its holder's proof, challenge, domain, and each credential

     Public. The VC-API VerifyPresentationRequest (`verifiablePresentation`, `options` with `challenge`,
    `domain`, `returnPresentation`), or for an unsigned presentation the
    ProoflessVerifyPresentationRequest (`presentation`). The presentation's proof must be an `eddsa-
    rdfc-2022` Data Integrity proof with proofPurpose `authentication` by the holder (did:key or this
    service's did:web), carrying the `challenge` and `domain` given in `options`. Each credential is
    verified as at `/credentials/verify` and reported in `credentialResults`. 200 when the presentation
    and every credential verify, else 400 with the same result. An unsigned presentation has its
    credentials checked and a warning: nobody is authenticated as its holder. Malformed requests are 422
    problems naming the field.

    Args:
        body (VerifyPresentationRequest): VC-API `POST /presentations/verify`:
            `verifiablePresentation` (VerifyPresentationRequest) or,
            for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PresentationVerificationReport | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyPresentationRequest,

) -> Response[PresentationVerificationReport | Problem]:
    """ Verify a presentation: its holder's proof, challenge, domain, and each credential

     Public. The VC-API VerifyPresentationRequest (`verifiablePresentation`, `options` with `challenge`,
    `domain`, `returnPresentation`), or for an unsigned presentation the
    ProoflessVerifyPresentationRequest (`presentation`). The presentation's proof must be an `eddsa-
    rdfc-2022` Data Integrity proof with proofPurpose `authentication` by the holder (did:key or this
    service's did:web), carrying the `challenge` and `domain` given in `options`. Each credential is
    verified as at `/credentials/verify` and reported in `credentialResults`. 200 when the presentation
    and every credential verify, else 400 with the same result. An unsigned presentation has its
    credentials checked and a warning: nobody is authenticated as its holder. Malformed requests are 422
    problems naming the field.

    Args:
        body (VerifyPresentationRequest): VC-API `POST /presentations/verify`:
            `verifiablePresentation` (VerifyPresentationRequest) or,
            for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PresentationVerificationReport | Problem]
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
    body: VerifyPresentationRequest,

) -> PresentationVerificationReport | Problem | None:
    """ Verify a presentation: its holder's proof, challenge, domain, and each credential

     Public. The VC-API VerifyPresentationRequest (`verifiablePresentation`, `options` with `challenge`,
    `domain`, `returnPresentation`), or for an unsigned presentation the
    ProoflessVerifyPresentationRequest (`presentation`). The presentation's proof must be an `eddsa-
    rdfc-2022` Data Integrity proof with proofPurpose `authentication` by the holder (did:key or this
    service's did:web), carrying the `challenge` and `domain` given in `options`. Each credential is
    verified as at `/credentials/verify` and reported in `credentialResults`. 200 when the presentation
    and every credential verify, else 400 with the same result. An unsigned presentation has its
    credentials checked and a warning: nobody is authenticated as its holder. Malformed requests are 422
    problems naming the field.

    Args:
        body (VerifyPresentationRequest): VC-API `POST /presentations/verify`:
            `verifiablePresentation` (VerifyPresentationRequest) or,
            for a presentation without proof, `presentation` (ProoflessVerifyPresentationRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PresentationVerificationReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
