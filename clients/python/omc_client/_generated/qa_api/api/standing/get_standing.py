from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.standing import Standing
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    institution: UUID,
    micro_credential: None | Unset | UUID = UNSET,
    version: int | None | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_institution = str(institution)
    params["institution"] = json_institution

    json_micro_credential: None | str | Unset
    if isinstance(micro_credential, Unset):
        json_micro_credential = UNSET
    elif isinstance(micro_credential, UUID):
        json_micro_credential = str(micro_credential)
    else:
        json_micro_credential = micro_credential
    params["micro_credential"] = json_micro_credential

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/standing",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Standing | None:
    if response.status_code == 200:
        response_200 = Standing.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Standing]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    institution: UUID,
    micro_credential: None | Unset | UUID = UNSET,
    version: int | None | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Response[Problem | Standing]:
    """ Was the institution a DOMCI, and the version an approved OMC, on a date? With the proof

     `valid` answers; `chain` holds the ledger entries it rests on (the agency's decision, the
    designation, the approval), `reasons` says why not. Give `micro_credential` and `version` together,
    or neither for the institution alone. `on` defaults to today (UTC).

    Args:
        institution (UUID):
        micro_credential (None | Unset | UUID):
        version (int | None | Unset):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Standing]
     """


    kwargs = _get_kwargs(
        institution=institution,
micro_credential=micro_credential,
version=version,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    institution: UUID,
    micro_credential: None | Unset | UUID = UNSET,
    version: int | None | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Problem | Standing | None:
    """ Was the institution a DOMCI, and the version an approved OMC, on a date? With the proof

     `valid` answers; `chain` holds the ledger entries it rests on (the agency's decision, the
    designation, the approval), `reasons` says why not. Give `micro_credential` and `version` together,
    or neither for the institution alone. `on` defaults to today (UTC).

    Args:
        institution (UUID):
        micro_credential (None | Unset | UUID):
        version (int | None | Unset):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Standing
     """


    return sync_detailed(
        client=client,
institution=institution,
micro_credential=micro_credential,
version=version,
on=on,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    institution: UUID,
    micro_credential: None | Unset | UUID = UNSET,
    version: int | None | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Response[Problem | Standing]:
    """ Was the institution a DOMCI, and the version an approved OMC, on a date? With the proof

     `valid` answers; `chain` holds the ledger entries it rests on (the agency's decision, the
    designation, the approval), `reasons` says why not. Give `micro_credential` and `version` together,
    or neither for the institution alone. `on` defaults to today (UTC).

    Args:
        institution (UUID):
        micro_credential (None | Unset | UUID):
        version (int | None | Unset):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Standing]
     """


    kwargs = _get_kwargs(
        institution=institution,
micro_credential=micro_credential,
version=version,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    institution: UUID,
    micro_credential: None | Unset | UUID = UNSET,
    version: int | None | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Problem | Standing | None:
    """ Was the institution a DOMCI, and the version an approved OMC, on a date? With the proof

     `valid` answers; `chain` holds the ledger entries it rests on (the agency's decision, the
    designation, the approval), `reasons` says why not. Give `micro_credential` and `version` together,
    or neither for the institution alone. `on` defaults to today (UTC).

    Args:
        institution (UUID):
        micro_credential (None | Unset | UUID):
        version (int | None | Unset):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Standing
     """


    return (await asyncio_detailed(
        client=client,
institution=institution,
micro_credential=micro_credential,
version=version,
on=on,

    )).parsed
