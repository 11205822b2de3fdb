"""Endpoints only the quality ledger (role `ledger`) calls: it alone changes DOMCI designations,
delivers EQAA endorsement terms and approves versions as OMCs. All are idempotent on the ledger's
event id."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from services.registry_api.dependencies import Ledger, MicroCredentials, Organisations
from shared.schemas.micro_credentials import MicroCredentialVersion, VersionApproval
from shared.schemas.organisations import (
    Designation,
    DesignationEvent,
    EndorsementTerm,
    EndorsementTermEvent,
)
from shared.web.openapi import problem_responses

router = APIRouter(prefix="/internal/v1", tags=["internal (quality ledger)"])


@router.post(
    "/designation-events",
    name="apply_designation_event",
    status_code=status.HTTP_201_CREATED,
    summary="Apply a designation decision (201 when new, 200 when already applied)",
    responses={200: {"model": Designation, "description": "Already applied"}, **problem_responses(404)},
)
async def apply_designation_event(
    event: DesignationEvent, organisations: Organisations, response: Response, _: Ledger
) -> Designation:
    designation, created = await organisations.apply_designation(event)
    if not created:
        response.status_code = status.HTTP_200_OK
    return designation


@router.post(
    "/endorsement-terms",
    name="apply_endorsement_term",
    status_code=status.HTTP_201_CREATED,
    summary="Record an EQAA endorsement's term (201 when new, 200 when already applied)",
    responses={200: {"model": EndorsementTerm, "description": "Already applied"}, **problem_responses(404)},
)
async def apply_endorsement_term(
    event: EndorsementTermEvent, organisations: Organisations, response: Response, _: Ledger
) -> EndorsementTerm:
    term, created = await organisations.apply_endorsement_term(event)
    if not created:
        response.status_code = status.HTTP_200_OK
    return term


@router.post(
    "/micro-credentials/{micro_credential_id}/versions/{version}/approval",
    name="approve_micro_credential_version",
    summary="The DOMCI's IQAP approved this submitted version: it becomes an OMC",
    responses=problem_responses(404, 409),
)
async def approve_micro_credential_version(
    micro_credential_id: uuid.UUID,
    version: Annotated[int, Path(ge=1, le=100_000)],
    approval: VersionApproval,
    micro_credentials: MicroCredentials,
    _: Ledger,
) -> MicroCredentialVersion:
    return await micro_credentials.approve(micro_credential_id, version, approval)
