from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_description_document import ServiceDescriptionDocument
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/ob/v3p0/discovery",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ServiceDescriptionDocument | None:
    if response.status_code == 200:
        response_200 = ServiceDescriptionDocument.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ServiceDescriptionDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | ServiceDescriptionDocument]:
    """ Open Badges 3.0 Service Description Document (public)

     The OpenAPI 3.0 document profiled as OB 3.0 asks: the registration URL (`x-imssf-registrationUrl`),
    the authorization, token and refresh URLs and the scopes under
    `components.securitySchemes.OAuth2ACG`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDescriptionDocument]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,

) -> Problem | ServiceDescriptionDocument | None:
    """ Open Badges 3.0 Service Description Document (public)

     The OpenAPI 3.0 document profiled as OB 3.0 asks: the registration URL (`x-imssf-registrationUrl`),
    the authorization, token and refresh URLs and the scopes under
    `components.securitySchemes.OAuth2ACG`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDescriptionDocument
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | ServiceDescriptionDocument]:
    """ Open Badges 3.0 Service Description Document (public)

     The OpenAPI 3.0 document profiled as OB 3.0 asks: the registration URL (`x-imssf-registrationUrl`),
    the authorization, token and refresh URLs and the scopes under
    `components.securitySchemes.OAuth2ACG`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDescriptionDocument]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,

) -> Problem | ServiceDescriptionDocument | None:
    """ Open Badges 3.0 Service Description Document (public)

     The OpenAPI 3.0 document profiled as OB 3.0 asks: the registration URL (`x-imssf-registrationUrl`),
    the authorization, token and refresh URLs and the scopes under
    `components.securitySchemes.OAuth2ACG`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDescriptionDocument
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
