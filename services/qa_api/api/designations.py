"""Attestations to the ministry and the ministry's DOMCI decisions. Reads are public."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from services.qa_api.dependencies import Designations, InstitutionUser, MinistryUser
from shared.schemas.designations import (
    Attestation,
    AttestationCreate,
    AttestationPage,
    Designation,
    DesignationCreate,
    DesignationPage,
)
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["designations"])
After = Annotated[str | None, Query(max_length=512, description="`next_cursor` of the previous page.")]


@router.post(
    "/v1/attestations",
    name="attest_endorsement",
    status_code=status.HTTP_201_CREATED,
    summary="Attest to the ministry that the institution's IQAP was endorsed (institution, own endorsement)",
    responses=problem_responses(409),
)
async def attest_endorsement(
    body: AttestationCreate, caller: InstitutionUser, designations: Designations
) -> Attestation:
    return await designations.attest(caller, body)


@router.get("/v1/attestations", name="list_attestations", summary="Attestations, oldest first")
async def list_attestations(
    designations: Designations, limit: PageSize, after: After = None, institution: uuid.UUID | None = None
) -> AttestationPage:
    return await designations.attestations(institution_id=institution, after=after, limit=limit)


@router.get("/v1/attestations/{attestation_id}", name="get_attestation", responses=problem_responses(404))
async def get_attestation(attestation_id: uuid.UUID, designations: Designations) -> Attestation:
    return await designations.attestation(attestation_id)


@router.post(
    "/v1/designations",
    name="decide_designation",
    status_code=status.HTTP_201_CREATED,
    summary="Record the ministry's DOMCI decision (ministry); all but refusals are sent to the registry",
    responses=problem_responses(409, 503),
)
async def decide_designation(
    body: DesignationCreate, caller: MinistryUser, designations: Designations
) -> Designation:
    return await designations.decide(caller, body)


@router.get(
    "/v1/designations", name="list_designations", summary="The ministry's DOMCI decisions, oldest first"
)
async def list_designations(
    designations: Designations, limit: PageSize, after: After = None, institution: uuid.UUID | None = None
) -> DesignationPage:
    return await designations.page(institution_id=institution, after=after, limit=limit)


@router.get("/v1/designations/{designation_id}", name="get_designation", responses=problem_responses(404))
async def get_designation(designation_id: uuid.UUID, designations: Designations) -> Designation:
    return await designations.get(designation_id)
