from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.verification_report import VerificationReport
from ...models.verify_request import VerifyRequest
from typing import cast



def _get_kwargs(
    *,
    body: VerifyRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credentials/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VerificationReport | None:
    if response.status_code == 200:
        response_200 = VerificationReport.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = VerificationReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VerificationReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyRequest,

) -> Response[Problem | VerificationReport]:
    """ Verify a credential: proof, issuer key, status, validity, OMC standing, co-awarding partners

     Public. The VC-API VerifyCredentialRequest (`verifiableCredential`, `options`): 200 with the
    VerificationResult when the credential verifies, 400 with the same document when it does not
    (`verified` false, the failed checks in `errors`). Each check is reported by name with `passed`,
    `failed` or `not_applicable`. Only bundled contexts are processed (inline context objects after the
    first are accepted, within bounds), only did:key and this service's did:web are resolved, and only
    this service's status lists are read; nothing named in the credential is fetched. A request that is
    not a VerifyCredentialRequest (no `verifiableCredential` object) is a 422 problem naming the field;
    a body over the size limit, 413.

    Args:
        body (VerifyRequest): VC-API `POST /credentials/verify` (VerifyCredentialRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationReport]
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
    body: VerifyRequest,

) -> Problem | VerificationReport | None:
    """ Verify a credential: proof, issuer key, status, validity, OMC standing, co-awarding partners

     Public. The VC-API VerifyCredentialRequest (`verifiableCredential`, `options`): 200 with the
    VerificationResult when the credential verifies, 400 with the same document when it does not
    (`verified` false, the failed checks in `errors`). Each check is reported by name with `passed`,
    `failed` or `not_applicable`. Only bundled contexts are processed (inline context objects after the
    first are accepted, within bounds), only did:key and this service's did:web are resolved, and only
    this service's status lists are read; nothing named in the credential is fetched. A request that is
    not a VerifyCredentialRequest (no `verifiableCredential` object) is a 422 problem naming the field;
    a body over the size limit, 413.

    Args:
        body (VerifyRequest): VC-API `POST /credentials/verify` (VerifyCredentialRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationReport
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyRequest,

) -> Response[Problem | VerificationReport]:
    """ Verify a credential: proof, issuer key, status, validity, OMC standing, co-awarding partners

     Public. The VC-API VerifyCredentialRequest (`verifiableCredential`, `options`): 200 with the
    VerificationResult when the credential verifies, 400 with the same document when it does not
    (`verified` false, the failed checks in `errors`). Each check is reported by name with `passed`,
    `failed` or `not_applicable`. Only bundled contexts are processed (inline context objects after the
    first are accepted, within bounds), only did:key and this service's did:web are resolved, and only
    this service's status lists are read; nothing named in the credential is fetched. A request that is
    not a VerifyCredentialRequest (no `verifiableCredential` object) is a 422 problem naming the field;
    a body over the size limit, 413.

    Args:
        body (VerifyRequest): VC-API `POST /credentials/verify` (VerifyCredentialRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationReport]
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
    body: VerifyRequest,

) -> Problem | VerificationReport | None:
    """ Verify a credential: proof, issuer key, status, validity, OMC standing, co-awarding partners

     Public. The VC-API VerifyCredentialRequest (`verifiableCredential`, `options`): 200 with the
    VerificationResult when the credential verifies, 400 with the same document when it does not
    (`verified` false, the failed checks in `errors`). Each check is reported by name with `passed`,
    `failed` or `not_applicable`. Only bundled contexts are processed (inline context objects after the
    first are accepted, within bounds), only did:key and this service's did:web are resolved, and only
    this service's status lists are read; nothing named in the credential is fetched. A request that is
    not a VerifyCredentialRequest (no `verifiableCredential` object) is a 422 problem naming the field;
    a body over the size limit, 413.

    Args:
        body (VerifyRequest): VC-API `POST /credentials/verify` (VerifyCredentialRequest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationReport
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
