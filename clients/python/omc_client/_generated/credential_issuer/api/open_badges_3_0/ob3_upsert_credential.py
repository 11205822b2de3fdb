from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.achievement_credential import AchievementCredential
from ...models.imsx_status_info import ImsxStatusInfo
from ...models.ob_3_upsert_credential_body import Ob3UpsertCredentialBody
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: Ob3UpsertCredentialBody,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/ob/v3p0/credentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AchievementCredential | Any | ImsxStatusInfo | Problem | None:
    if response.status_code == 200:
        response_200 = AchievementCredential.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = AchievementCredential.from_dict(response.json())



        return response_201

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AchievementCredential | Any | ImsxStatusInfo | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Ob3UpsertCredentialBody,

) -> Response[AchievementCredential | Any | ImsxStatusInfo | Problem]:
    """ upsertCredential: add or replace a credential in the collection (credential.upsert)

     The credential is verified first. 201 added, 200 replaced, 304 the same one is there already (a
    credential issued here to the learner always is). VC-JWT (text/plain) is not supported: 400.

    Args:
        body (Ob3UpsertCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchievementCredential | Any | ImsxStatusInfo | Problem]
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
    body: Ob3UpsertCredentialBody,

) -> AchievementCredential | Any | ImsxStatusInfo | Problem | None:
    """ upsertCredential: add or replace a credential in the collection (credential.upsert)

     The credential is verified first. 201 added, 200 replaced, 304 the same one is there already (a
    credential issued here to the learner always is). VC-JWT (text/plain) is not supported: 400.

    Args:
        body (Ob3UpsertCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchievementCredential | Any | ImsxStatusInfo | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Ob3UpsertCredentialBody,

) -> Response[AchievementCredential | Any | ImsxStatusInfo | Problem]:
    """ upsertCredential: add or replace a credential in the collection (credential.upsert)

     The credential is verified first. 201 added, 200 replaced, 304 the same one is there already (a
    credential issued here to the learner always is). VC-JWT (text/plain) is not supported: 400.

    Args:
        body (Ob3UpsertCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AchievementCredential | Any | ImsxStatusInfo | Problem]
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
    body: Ob3UpsertCredentialBody,

) -> AchievementCredential | Any | ImsxStatusInfo | Problem | None:
    """ upsertCredential: add or replace a credential in the collection (credential.upsert)

     The credential is verified first. 201 added, 200 replaced, 304 the same one is there already (a
    credential issued here to the learner always is). VC-JWT (text/plain) is not supported: 400.

    Args:
        body (Ob3UpsertCredentialBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AchievementCredential | Any | ImsxStatusInfo | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
