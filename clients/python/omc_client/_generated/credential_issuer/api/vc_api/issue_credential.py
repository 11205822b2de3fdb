from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.issue_request import IssueRequest
from ...models.issue_response import IssueResponse
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: IssueRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credentials/issue",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IssueResponse | Problem | None:
    if response.status_code == 200:
        response_200 = IssueResponse.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = IssueResponse.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IssueResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueRequest,

) -> Response[IssueResponse | Problem]:
    """ Issue a credential signed by the caller's organisation (VC-API issuer)

     For an institution's own clients (role `institution` or `sis`; anyone else 403). Two forms:

    - `{credential, options}` (VC-API): an unsigned VC Data Model 2.0 credential. Checked field by field
    (first context `https://www.w3.org/ns/credentials/v2`, `type` with `VerifiableCredential`,
    `credentialSubject`, `validFrom`/`validUntil` as XML Schema dateTimeStamps, every `id` a URL, no
    undefined term, Open Badges 3.0 schema for an Open Badge); `issuer` must be the caller
    organisation's did:web (string or object with `id`), and is filled in when left out; `id`
    (`urn:uuid:`) and `validFrom` are filled in when left out; a `proof` or `credentialStatus` is
    refused (the platform adds them). The platform adds one `BitstringStatusListEntry` (`statusPurpose:
    suspension`) and an `eddsa-rdfc-2022` proof by the organisation's key. A credential that presents
    itself as an Ontario Micro-Credential (the mark, an OMC qualification or OQF tag, an achievement
    that is a registered micro-credential) is refused: 422 `omc-mark-protected`. Under the same
    `credential.id` or `options.credentialId`, the same request gives the same credential (200), another
    one 409 `credential-id-taken`.
    - `{options: {completionId}}`: the credential of a completion the SIS sent, built by the platform
    and the only way to an Ontario Micro-Credential. A pending completion goes through the worker's
    checks (passing result, the quality ledger's standing on the completion date, the published
    version); one already issued gives its credential again with 200. A check that fails rejects it: 422
    naming `body.options.completionId`. The earlier body `{"completion_id": ...}` is still accepted
    (refusals then name `body.completion_id`). Registry or ledger unreachable: 503, the completion stays
    pending.

    201 with `{"verifiableCredential": ...}`; every refusal is a problem naming the field.

    Args:
        body (IssueRequest): VC-API `POST /credentials/issue`: `{credential, options}` (a caller-
            supplied VC 2.0 credential),
            or `{options: {completionId}}` (the credential of a completion, built by the platform).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueResponse | Problem]
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
    body: IssueRequest,

) -> IssueResponse | Problem | None:
    """ Issue a credential signed by the caller's organisation (VC-API issuer)

     For an institution's own clients (role `institution` or `sis`; anyone else 403). Two forms:

    - `{credential, options}` (VC-API): an unsigned VC Data Model 2.0 credential. Checked field by field
    (first context `https://www.w3.org/ns/credentials/v2`, `type` with `VerifiableCredential`,
    `credentialSubject`, `validFrom`/`validUntil` as XML Schema dateTimeStamps, every `id` a URL, no
    undefined term, Open Badges 3.0 schema for an Open Badge); `issuer` must be the caller
    organisation's did:web (string or object with `id`), and is filled in when left out; `id`
    (`urn:uuid:`) and `validFrom` are filled in when left out; a `proof` or `credentialStatus` is
    refused (the platform adds them). The platform adds one `BitstringStatusListEntry` (`statusPurpose:
    suspension`) and an `eddsa-rdfc-2022` proof by the organisation's key. A credential that presents
    itself as an Ontario Micro-Credential (the mark, an OMC qualification or OQF tag, an achievement
    that is a registered micro-credential) is refused: 422 `omc-mark-protected`. Under the same
    `credential.id` or `options.credentialId`, the same request gives the same credential (200), another
    one 409 `credential-id-taken`.
    - `{options: {completionId}}`: the credential of a completion the SIS sent, built by the platform
    and the only way to an Ontario Micro-Credential. A pending completion goes through the worker's
    checks (passing result, the quality ledger's standing on the completion date, the published
    version); one already issued gives its credential again with 200. A check that fails rejects it: 422
    naming `body.options.completionId`. The earlier body `{"completion_id": ...}` is still accepted
    (refusals then name `body.completion_id`). Registry or ledger unreachable: 503, the completion stays
    pending.

    201 with `{"verifiableCredential": ...}`; every refusal is a problem naming the field.

    Args:
        body (IssueRequest): VC-API `POST /credentials/issue`: `{credential, options}` (a caller-
            supplied VC 2.0 credential),
            or `{options: {completionId}}` (the credential of a completion, built by the platform).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueResponse | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueRequest,

) -> Response[IssueResponse | Problem]:
    """ Issue a credential signed by the caller's organisation (VC-API issuer)

     For an institution's own clients (role `institution` or `sis`; anyone else 403). Two forms:

    - `{credential, options}` (VC-API): an unsigned VC Data Model 2.0 credential. Checked field by field
    (first context `https://www.w3.org/ns/credentials/v2`, `type` with `VerifiableCredential`,
    `credentialSubject`, `validFrom`/`validUntil` as XML Schema dateTimeStamps, every `id` a URL, no
    undefined term, Open Badges 3.0 schema for an Open Badge); `issuer` must be the caller
    organisation's did:web (string or object with `id`), and is filled in when left out; `id`
    (`urn:uuid:`) and `validFrom` are filled in when left out; a `proof` or `credentialStatus` is
    refused (the platform adds them). The platform adds one `BitstringStatusListEntry` (`statusPurpose:
    suspension`) and an `eddsa-rdfc-2022` proof by the organisation's key. A credential that presents
    itself as an Ontario Micro-Credential (the mark, an OMC qualification or OQF tag, an achievement
    that is a registered micro-credential) is refused: 422 `omc-mark-protected`. Under the same
    `credential.id` or `options.credentialId`, the same request gives the same credential (200), another
    one 409 `credential-id-taken`.
    - `{options: {completionId}}`: the credential of a completion the SIS sent, built by the platform
    and the only way to an Ontario Micro-Credential. A pending completion goes through the worker's
    checks (passing result, the quality ledger's standing on the completion date, the published
    version); one already issued gives its credential again with 200. A check that fails rejects it: 422
    naming `body.options.completionId`. The earlier body `{"completion_id": ...}` is still accepted
    (refusals then name `body.completion_id`). Registry or ledger unreachable: 503, the completion stays
    pending.

    201 with `{"verifiableCredential": ...}`; every refusal is a problem naming the field.

    Args:
        body (IssueRequest): VC-API `POST /credentials/issue`: `{credential, options}` (a caller-
            supplied VC 2.0 credential),
            or `{options: {completionId}}` (the credential of a completion, built by the platform).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssueResponse | Problem]
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
    body: IssueRequest,

) -> IssueResponse | Problem | None:
    """ Issue a credential signed by the caller's organisation (VC-API issuer)

     For an institution's own clients (role `institution` or `sis`; anyone else 403). Two forms:

    - `{credential, options}` (VC-API): an unsigned VC Data Model 2.0 credential. Checked field by field
    (first context `https://www.w3.org/ns/credentials/v2`, `type` with `VerifiableCredential`,
    `credentialSubject`, `validFrom`/`validUntil` as XML Schema dateTimeStamps, every `id` a URL, no
    undefined term, Open Badges 3.0 schema for an Open Badge); `issuer` must be the caller
    organisation's did:web (string or object with `id`), and is filled in when left out; `id`
    (`urn:uuid:`) and `validFrom` are filled in when left out; a `proof` or `credentialStatus` is
    refused (the platform adds them). The platform adds one `BitstringStatusListEntry` (`statusPurpose:
    suspension`) and an `eddsa-rdfc-2022` proof by the organisation's key. A credential that presents
    itself as an Ontario Micro-Credential (the mark, an OMC qualification or OQF tag, an achievement
    that is a registered micro-credential) is refused: 422 `omc-mark-protected`. Under the same
    `credential.id` or `options.credentialId`, the same request gives the same credential (200), another
    one 409 `credential-id-taken`.
    - `{options: {completionId}}`: the credential of a completion the SIS sent, built by the platform
    and the only way to an Ontario Micro-Credential. A pending completion goes through the worker's
    checks (passing result, the quality ledger's standing on the completion date, the published
    version); one already issued gives its credential again with 200. A check that fails rejects it: 422
    naming `body.options.completionId`. The earlier body `{"completion_id": ...}` is still accepted
    (refusals then name `body.completion_id`). Registry or ledger unreachable: 503, the completion stays
    pending.

    201 with `{"verifiableCredential": ...}`; every refusal is a problem naming the field.

    Args:
        body (IssueRequest): VC-API `POST /credentials/issue`: `{credential, options}` (a caller-
            supplied VC 2.0 credential),
            or `{options: {completionId}}` (the credential of a completion, built by the platform).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssueResponse | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
