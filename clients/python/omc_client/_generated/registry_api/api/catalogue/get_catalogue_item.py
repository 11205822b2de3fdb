from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.catalogue_item import CatalogueItem
from ...models.get_catalogue_item_format_type_0 import GetCatalogueItemFormatType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    micro_credential_id: UUID,
    *,
    format_: GetCatalogueItemFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetCatalogueItemFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/catalogue/micro-credentials/{micro_credential_id}".format(micro_credential_id=quote(str(micro_credential_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | CatalogueItem | Problem | None:
    if response.status_code == 200:
        response_200 = CatalogueItem.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | CatalogueItem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    micro_credential_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCatalogueItemFormatType0 | None | Unset = UNSET,

) -> Response[Any | CatalogueItem | Problem]:
    """ One published micro-credential, as JSON or as CTDL JSON-LD

     JSON-LD (`ceterms:MicroCredential`) with `Accept: application/ld+json` or `format=jsonld`.

    Args:
        micro_credential_id (UUID):
        format_ (GetCatalogueItemFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CatalogueItem | Problem]
     """


    kwargs = _get_kwargs(
        micro_credential_id=micro_credential_id,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    micro_credential_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCatalogueItemFormatType0 | None | Unset = UNSET,

) -> Any | CatalogueItem | Problem | None:
    """ One published micro-credential, as JSON or as CTDL JSON-LD

     JSON-LD (`ceterms:MicroCredential`) with `Accept: application/ld+json` or `format=jsonld`.

    Args:
        micro_credential_id (UUID):
        format_ (GetCatalogueItemFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CatalogueItem | Problem
     """


    return sync_detailed(
        micro_credential_id=micro_credential_id,
client=client,
format_=format_,

    ).parsed

async def asyncio_detailed(
    micro_credential_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCatalogueItemFormatType0 | None | Unset = UNSET,

) -> Response[Any | CatalogueItem | Problem]:
    """ One published micro-credential, as JSON or as CTDL JSON-LD

     JSON-LD (`ceterms:MicroCredential`) with `Accept: application/ld+json` or `format=jsonld`.

    Args:
        micro_credential_id (UUID):
        format_ (GetCatalogueItemFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CatalogueItem | Problem]
     """


    kwargs = _get_kwargs(
        micro_credential_id=micro_credential_id,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    micro_credential_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCatalogueItemFormatType0 | None | Unset = UNSET,

) -> Any | CatalogueItem | Problem | None:
    """ One published micro-credential, as JSON or as CTDL JSON-LD

     JSON-LD (`ceterms:MicroCredential`) with `Accept: application/ld+json` or `format=jsonld`.

    Args:
        micro_credential_id (UUID):
        format_ (GetCatalogueItemFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CatalogueItem | Problem
     """


    return (await asyncio_detailed(
        micro_credential_id=micro_credential_id,
client=client,
format_=format_,

    )).parsed
