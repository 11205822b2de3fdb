"""Organisations (public reads, admin writes) and their API clients."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from services.registry_api.dependencies import Admin, ApiClients, Caller, MinistryOrAdmin, Organisations
from shared.schemas.auth import ApiClient, ApiClientCreate, ApiClientWithSecret, OrganisationKind
from shared.schemas.organisations import (
    ApprovedQualificationTypes,
    Designation,
    DomciStanding,
    Organisation,
    OrganisationCreate,
    OrganisationDetails,
    OrganisationPage,
)
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


@router.patch(
    "/{organisation_id}",
    name="update_organisation",
    summary="Correct names, website or location (admin, or the organisation's own registrar)",
    responses=problem_responses(404),
)
async def update_organisation(
    organisation_id: uuid.UUID, details: OrganisationDetails, organisations: Organisations, caller: Caller
) -> Organisation:
    return await organisations.update_details(caller, organisation_id, details)


@router.put(
    "/{organisation_id}/approved-qualification-types",
    name="set_approved_qualification_types",
    summary="The OMC types an institution has current government approval to award (ministry or admin)",
    responses=problem_responses(404),
)
async def set_approved_qualification_types(
    organisation_id: uuid.UUID,
    approved: ApprovedQualificationTypes,
    organisations: Organisations,
    _: MinistryOrAdmin,
) -> Organisation:
    return await organisations.set_approved_types(organisation_id, approved)


@router.get(
    "/{organisation_id}/designations",
    name="list_designations",
    summary="DOMCI designation history, as recorded by the quality ledger",
    responses=problem_responses(404),
)
async def list_designations(organisation_id: uuid.UUID, organisations: Organisations) -> list[Designation]:
    return await organisations.designations(organisation_id)


@router.get(
    "/{organisation_id}/standing",
    name="get_domci_standing",
    summary="Whether the institution is a DOMCI in good standing on a day (default today)",
    responses=problem_responses(404),
)
async def get_domci_standing(
    organisation_id: uuid.UUID, organisations: Organisations, on: date | None = None
) -> DomciStanding:
    return await organisations.standing(organisation_id, on or date.today())


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
