from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.ledger_page import LedgerPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    micro_credential: None | Unset | UUID = UNSET,
    event_type: None | str | Unset = UNSET,
    recorded_from: datetime.date | None | Unset = UNSET,
    recorded_until: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_institution: None | str | Unset
    if isinstance(institution, Unset):
        json_institution = UNSET
    elif isinstance(institution, UUID):
        json_institution = str(institution)
    else:
        json_institution = institution
    params["institution"] = json_institution

    json_agency: None | str | Unset
    if isinstance(agency, Unset):
        json_agency = UNSET
    else:
        json_agency = agency
    params["agency"] = json_agency

    json_micro_credential: None | str | Unset
    if isinstance(micro_credential, Unset):
        json_micro_credential = UNSET
    elif isinstance(micro_credential, UUID):
        json_micro_credential = str(micro_credential)
    else:
        json_micro_credential = micro_credential
    params["micro_credential"] = json_micro_credential

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_recorded_from: None | str | Unset
    if isinstance(recorded_from, Unset):
        json_recorded_from = UNSET
    elif isinstance(recorded_from, datetime.date):
        json_recorded_from = recorded_from.isoformat()
    else:
        json_recorded_from = recorded_from
    params["recorded_from"] = json_recorded_from

    json_recorded_until: None | str | Unset
    if isinstance(recorded_until, Unset):
        json_recorded_until = UNSET
    elif isinstance(recorded_until, datetime.date):
        json_recorded_until = recorded_until.isoformat()
    else:
        json_recorded_until = recorded_until
    params["recorded_until"] = json_recorded_until

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/entries",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LedgerPage | Problem | None:
    if response.status_code == 200:
        response_200 = LedgerPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LedgerPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    micro_credential: None | Unset | UUID = UNSET,
    event_type: None | str | Unset = UNSET,
    recorded_from: datetime.date | None | Unset = UNSET,
    recorded_until: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[LedgerPage | Problem]:
    """ Ledger entries in order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        micro_credential (None | Unset | UUID):
        event_type (None | str | Unset):
        recorded_from (datetime.date | None | Unset):
        recorded_until (datetime.date | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
agency=agency,
micro_credential=micro_credential,
event_type=event_type,
recorded_from=recorded_from,
recorded_until=recorded_until,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    micro_credential: None | Unset | UUID = UNSET,
    event_type: None | str | Unset = UNSET,
    recorded_from: datetime.date | None | Unset = UNSET,
    recorded_until: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> LedgerPage | Problem | None:
    """ Ledger entries in order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        micro_credential (None | Unset | UUID):
        event_type (None | str | Unset):
        recorded_from (datetime.date | None | Unset):
        recorded_until (datetime.date | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
     """


    return sync_detailed(
        client=client,
after=after,
institution=institution,
agency=agency,
micro_credential=micro_credential,
event_type=event_type,
recorded_from=recorded_from,
recorded_until=recorded_until,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    micro_credential: None | Unset | UUID = UNSET,
    event_type: None | str | Unset = UNSET,
    recorded_from: datetime.date | None | Unset = UNSET,
    recorded_until: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> Response[LedgerPage | Problem]:
    """ Ledger entries in order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        micro_credential (None | Unset | UUID):
        event_type (None | str | Unset):
        recorded_from (datetime.date | None | Unset):
        recorded_until (datetime.date | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
institution=institution,
agency=agency,
micro_credential=micro_credential,
event_type=event_type,
recorded_from=recorded_from,
recorded_until=recorded_until,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: None | str | Unset = UNSET,
    institution: None | Unset | UUID = UNSET,
    agency: None | str | Unset = UNSET,
    micro_credential: None | Unset | UUID = UNSET,
    event_type: None | str | Unset = UNSET,
    recorded_from: datetime.date | None | Unset = UNSET,
    recorded_until: datetime.date | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,

) -> LedgerPage | Problem | None:
    """ Ledger entries in order, with filters

    Args:
        after (None | str | Unset): `next_cursor` of the previous page.
        institution (None | Unset | UUID):
        agency (None | str | Unset): EQAA slug, e.g. `ocqas`.
        micro_credential (None | Unset | UUID):
        event_type (None | str | Unset):
        recorded_from (datetime.date | None | Unset):
        recorded_until (datetime.date | None | Unset):
        limit (int | None | Unset): Items per page; at most the service's max_page_size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
institution=institution,
agency=agency,
micro_credential=micro_credential,
event_type=event_type,
recorded_from=recorded_from,
recorded_until=recorded_until,
limit=limit,

    )).parsed
