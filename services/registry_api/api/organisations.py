"""Organisations (public reads, admin writes) and their API clients."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from services.registry_api.dependencies import Admin, ApiClients, Caller, Organisations
from shared.schemas.auth import ApiClient, ApiClientCreate, ApiClientWithSecret, OrganisationKind
from shared.schemas.organisations import Organisation, OrganisationCreate, OrganisationPage
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(prefix="/v1/organisations", tags=["organisations"])


@router.post(
    "", name="create_organisation", status_code=status.HTTP_201_CREATED, responses=problem_responses(409)
)
async def create_organisation(
    data: OrganisationCreate, organisations: Organisations, _: Admin
) -> Organisation:
    return await organisations.create(data)


@router.get("", name="list_organisations", summary="Organisations by slug, keyset-paginated")
async def list_organisations(
    organisations: Organisations,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    kind: OrganisationKind | None = None,
) -> OrganisationPage:
    return await organisations.page(after=after, limit=limit, kind=kind)


@router.get("/{organisation_id}", name="get_organisation", responses=problem_responses(404))
async def get_organisation(organisation_id: uuid.UUID, organisations: Organisations) -> Organisation:
    return await organisations.get(organisation_id)


@router.post(
    "/{organisation_id}/clients",
    name="create_api_client",
    status_code=status.HTTP_201_CREATED,
    summary="Create an API client; its secret is shown only in this response",
    responses=problem_responses(404),
)
async def create_api_client(
    organisation_id: uuid.UUID, data: ApiClientCreate, clients: ApiClients, caller: Caller
) -> ApiClientWithSecret:
    return await clients.create(caller, organisation_id, data)


@router.get("/{organisation_id}/clients", name="list_api_clients", responses=problem_responses(404))
async def list_api_clients(
    organisation_id: uuid.UUID, clients: ApiClients, caller: Caller
) -> list[ApiClient]:
    return await clients.list_for(caller, organisation_id)


@router.delete(
    "/{organisation_id}/clients/{client_id}", name="revoke_api_client", responses=problem_responses(404)
)
async def revoke_api_client(
    organisation_id: uuid.UUID,
    client_id: Annotated[str, Path(max_length=64)],
    clients: ApiClients,
    caller: Caller,
) -> ApiClient:
    return await clients.revoke(caller, organisation_id, client_id)
