from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.approval import Approval
from ...models.approval_create import ApprovalCreate
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    institution_id: UUID,
    *,
    body: ApprovalCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/institutions/{institution_id}/approvals".format(institution_id=quote(str(institution_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Approval | Problem | None:
    if response.status_code == 201:
        response_201 = Approval.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Approval | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> Response[Approval | Problem]:
    """ Approve a submitted version as an OMC (the institution's own QA office, while a DOMCI)

     Checks the version against the OMC framework (level within the institution's eligibility, learning
    outcomes, assessment, hours and their rationale, labour-market need, a reviewed partnership for
    every partner named) and the date against the designation periods. Appends `approval.recorded` to
    the ledger; the registry's version becomes `approved` shortly after. 403 `not-a-domci` when the
    institution is not a DOMCI in good standing today.

    Args:
        institution_id (UUID):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Approval | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> Approval | Problem | None:
    """ Approve a submitted version as an OMC (the institution's own QA office, while a DOMCI)

     Checks the version against the OMC framework (level within the institution's eligibility, learning
    outcomes, assessment, hours and their rationale, labour-market need, a reviewed partnership for
    every partner named) and the date against the designation periods. Appends `approval.recorded` to
    the ledger; the registry's version becomes `approved` shortly after. 403 `not-a-domci` when the
    institution is not a DOMCI in good standing today.

    Args:
        institution_id (UUID):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Approval | Problem
     """


    return sync_detailed(
        institution_id=institution_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> Response[Approval | Problem]:
    """ Approve a submitted version as an OMC (the institution's own QA office, while a DOMCI)

     Checks the version against the OMC framework (level within the institution's eligibility, learning
    outcomes, assessment, hours and their rationale, labour-market need, a reviewed partnership for
    every partner named) and the date against the designation periods. Appends `approval.recorded` to
    the ledger; the registry's version becomes `approved` shortly after. 403 `not-a-domci` when the
    institution is not a DOMCI in good standing today.

    Args:
        institution_id (UUID):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Approval | Problem]
     """


    kwargs = _get_kwargs(
        institution_id=institution_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    institution_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> Approval | Problem | None:
    """ Approve a submitted version as an OMC (the institution's own QA office, while a DOMCI)

     Checks the version against the OMC framework (level within the institution's eligibility, learning
    outcomes, assessment, hours and their rationale, labour-market need, a reviewed partnership for
    every partner named) and the date against the designation periods. Appends `approval.recorded` to
    the ledger; the registry's version becomes `approved` shortly after. 403 `not-a-domci` when the
    institution is not a DOMCI in good standing today.

    Args:
        institution_id (UUID):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Approval | Problem
     """


    return (await asyncio_detailed(
        institution_id=institution_id,
client=client,
body=body,

    )).parsed
