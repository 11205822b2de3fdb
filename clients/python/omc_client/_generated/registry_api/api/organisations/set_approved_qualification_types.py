from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.approved_qualification_types import ApprovedQualificationTypes
from ...models.organisation import Organisation
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    organisation_id: UUID,
    *,
    body: ApprovedQualificationTypes,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organisations/{organisation_id}/approved-qualification-types".format(organisation_id=quote(str(organisation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Organisation | Problem | None:
    if response.status_code == 200:
        response_200 = Organisation.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Organisation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovedQualificationTypes,

) -> Response[Organisation | Problem]:
    """ The OMC types an institution has current government approval to award (ministry or admin)

    Args:
        organisation_id (UUID):
        body (ApprovedQualificationTypes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organisation | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovedQualificationTypes,

) -> Organisation | Problem | None:
    """ The OMC types an institution has current government approval to award (ministry or admin)

    Args:
        organisation_id (UUID):
        body (ApprovedQualificationTypes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organisation | Problem
     """


    return sync_detailed(
        organisation_id=organisation_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovedQualificationTypes,

) -> Response[Organisation | Problem]:
    """ The OMC types an institution has current government approval to award (ministry or admin)

    Args:
        organisation_id (UUID):
        body (ApprovedQualificationTypes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organisation | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovedQualificationTypes,

) -> Organisation | Problem | None:
    """ The OMC types an institution has current government approval to award (ministry or admin)

    Args:
        organisation_id (UUID):
        body (ApprovedQualificationTypes):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organisation | Problem
     """


    return (await asyncio_detailed(
        organisation_id=organisation_id,
client=client,
body=body,

    )).parsed
