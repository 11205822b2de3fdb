from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.did_document import DidDocument
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    organisation_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/{organisation_id}/did.json".format(organisation_id=quote(str(organisation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DidDocument | Problem | None:
    if response.status_code == 200:
        response_200 = DidDocument.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DidDocument | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[DidDocument | Problem]:
    """ The did:web DID document of an issuing organisation (public)

     `did:web:<host>[%3A<port>][:<path>...]:organisations:<organisation_id>`, whose document did:web
    reads at `https://<host>[:<port>][/<path>...]/organisations/<id>/did.json` (`<path>`: the path of
    ISSUER_PUBLIC_URL, which a reverse proxy strips). The W3C Controlled Identifiers form: `@context`
    (DID v1, Multikey v1), `id`, one `Multikey` verification method (`id`, `type`, `controller`,
    `publicKeyMultibase`) per Ed25519 key the organisation ever had, retired ones included, referenced
    from `assertionMethod` and `authentication`, so credentials signed before a rotation keep verifying.
    `application/did+json`, or `application/did+ld+json` when the Accept header asks for JSON-LD (the
    same document). 404 before the organisation's first credential.

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidDocument | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> DidDocument | Problem | None:
    """ The did:web DID document of an issuing organisation (public)

     `did:web:<host>[%3A<port>][:<path>...]:organisations:<organisation_id>`, whose document did:web
    reads at `https://<host>[:<port>][/<path>...]/organisations/<id>/did.json` (`<path>`: the path of
    ISSUER_PUBLIC_URL, which a reverse proxy strips). The W3C Controlled Identifiers form: `@context`
    (DID v1, Multikey v1), `id`, one `Multikey` verification method (`id`, `type`, `controller`,
    `publicKeyMultibase`) per Ed25519 key the organisation ever had, retired ones included, referenced
    from `assertionMethod` and `authentication`, so credentials signed before a rotation keep verifying.
    `application/did+json`, or `application/did+ld+json` when the Accept header asks for JSON-LD (the
    same document). 404 before the organisation's first credential.

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidDocument | Problem
     """


    return sync_detailed(
        organisation_id=organisation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[DidDocument | Problem]:
    """ The did:web DID document of an issuing organisation (public)

     `did:web:<host>[%3A<port>][:<path>...]:organisations:<organisation_id>`, whose document did:web
    reads at `https://<host>[:<port>][/<path>...]/organisations/<id>/did.json` (`<path>`: the path of
    ISSUER_PUBLIC_URL, which a reverse proxy strips). The W3C Controlled Identifiers form: `@context`
    (DID v1, Multikey v1), `id`, one `Multikey` verification method (`id`, `type`, `controller`,
    `publicKeyMultibase`) per Ed25519 key the organisation ever had, retired ones included, referenced
    from `assertionMethod` and `authentication`, so credentials signed before a rotation keep verifying.
    `application/did+json`, or `application/did+ld+json` when the Accept header asks for JSON-LD (the
    same document). 404 before the organisation's first credential.

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DidDocument | Problem]
     """


    kwargs = _get_kwargs(
        organisation_id=organisation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    organisation_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> DidDocument | Problem | None:
    """ The did:web DID document of an issuing organisation (public)

     `did:web:<host>[%3A<port>][:<path>...]:organisations:<organisation_id>`, whose document did:web
    reads at `https://<host>[:<port>][/<path>...]/organisations/<id>/did.json` (`<path>`: the path of
    ISSUER_PUBLIC_URL, which a reverse proxy strips). The W3C Controlled Identifiers form: `@context`
    (DID v1, Multikey v1), `id`, one `Multikey` verification method (`id`, `type`, `controller`,
    `publicKeyMultibase`) per Ed25519 key the organisation ever had, retired ones included, referenced
    from `assertionMethod` and `authentication`, so credentials signed before a rotation keep verifying.
    `application/did+json`, or `application/did+ld+json` when the Accept header asks for JSON-LD (the
    same document). 404 before the organisation's first credential.

    Args:
        organisation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DidDocument | Problem
     """


    return (await asyncio_detailed(
        organisation_id=organisation_id,
client=client,

    )).parsed
