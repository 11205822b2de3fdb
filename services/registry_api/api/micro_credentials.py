"""The owner institution's micro-credentials: drafts, versions and their lifecycle."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, status

from services.registry_api.dependencies import Caller, Conformance, CreditTransfers, MicroCredentials
from shared.schemas.conformance import ConformanceReport, InstitutionConformance
from shared.schemas.micro_credentials import (
    CreditTransfer,
    CreditTransferCreate,
    MicroCredential,
    MicroCredentialCreate,
    MicroCredentialMetadata,
    MicroCredentialVersion,
)
from shared.web.openapi import problem_responses

router = APIRouter(tags=["micro-credentials"])
VersionNumber = Annotated[int, Path(ge=1, le=100_000)]
_LIFECYCLE = problem_responses(404, 409)


@router.post(
    "/v1/organisations/{organisation_id}/micro-credentials",
    name="create_micro_credential",
    status_code=status.HTTP_201_CREATED,
    summary="Create a micro-credential with its first draft version (owner institution)",
    responses=problem_responses(409),
)
async def create_micro_credential(
    organisation_id: uuid.UUID,
    data: MicroCredentialCreate,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredential:
    return await micro_credentials.create(caller, organisation_id, data)


@router.get(
    "/v1/micro-credentials/{micro_credential_id}",
    name="get_micro_credential",
    summary="Every version, drafts included (owner institution, admin, quality ledger)",
    responses=problem_responses(404),
)
async def get_micro_credential(
    micro_credential_id: uuid.UUID, micro_credentials: MicroCredentials, caller: Caller
) -> MicroCredential:
    return await micro_credentials.get(caller, micro_credential_id)


@router.get(
    "/v1/micro-credentials/{micro_credential_id}/versions/{version}",
    name="get_micro_credential_version",
    responses=problem_responses(404),
)
async def get_micro_credential_version(
    micro_credential_id: uuid.UUID,
    version: VersionNumber,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredentialVersion:
    return await micro_credentials.get_version(caller, micro_credential_id, version)


@router.put(
    "/v1/micro-credentials/{micro_credential_id}/draft",
    name="save_micro_credential_draft",
    summary="Replace the draft, or start a new version when the current one is published",
    responses=_LIFECYCLE,
)
async def save_micro_credential_draft(
    micro_credential_id: uuid.UUID,
    metadata: MicroCredentialMetadata,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredentialVersion:
    return await micro_credentials.save_draft(caller, micro_credential_id, metadata)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/versions/{version}/submission",
    name="submit_micro_credential_version",
    summary="Submit a draft for review through the institution's IQAP",
    responses=_LIFECYCLE,
)
async def submit_micro_credential_version(
    micro_credential_id: uuid.UUID,
    version: VersionNumber,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredentialVersion:
    return await micro_credentials.submit(caller, micro_credential_id, version)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/versions/{version}/withdrawal",
    name="withdraw_micro_credential_version",
    summary="Take a submitted or approved version back to draft",
    responses=_LIFECYCLE,
)
async def withdraw_micro_credential_version(
    micro_credential_id: uuid.UUID,
    version: VersionNumber,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredentialVersion:
    return await micro_credentials.withdraw(caller, micro_credential_id, version)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/versions/{version}/publication",
    name="publish_micro_credential_version",
    summary="Publish an approved version (or, outside the IQAP, a draft); the previous one is superseded",
    responses=_LIFECYCLE,
)
async def publish_micro_credential_version(
    micro_credential_id: uuid.UUID,
    version: VersionNumber,
    micro_credentials: MicroCredentials,
    caller: Caller,
) -> MicroCredentialVersion:
    return await micro_credentials.publish(caller, micro_credential_id, version)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/suspension",
    name="suspend_micro_credential",
    summary="Take the published version out of the catalogue for now",
    responses=_LIFECYCLE,
)
async def suspend_micro_credential(
    micro_credential_id: uuid.UUID, micro_credentials: MicroCredentials, caller: Caller
) -> MicroCredentialVersion:
    return await micro_credentials.suspend(caller, micro_credential_id)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/reinstatement",
    name="reinstate_micro_credential",
    summary="Put a suspended version back in the catalogue",
    responses=_LIFECYCLE,
)
async def reinstate_micro_credential(
    micro_credential_id: uuid.UUID, micro_credentials: MicroCredentials, caller: Caller
) -> MicroCredentialVersion:
    return await micro_credentials.reinstate(caller, micro_credential_id)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/retirement",
    name="retire_micro_credential",
    summary="Retire the micro-credential: it leaves the catalogue; its versions stay readable",
    responses=_LIFECYCLE,
)
async def retire_micro_credential(
    micro_credential_id: uuid.UUID, micro_credentials: MicroCredentials, caller: Caller
) -> MicroCredentialVersion:
    return await micro_credentials.retire(caller, micro_credential_id)


@router.post(
    "/v1/micro-credentials/{micro_credential_id}/credit-transfers",
    name="add_credit_transfer",
    status_code=status.HTTP_201_CREATED,
    summary="Record an OMC+ credit-transfer agreement or precedent (owner or receiving institution)",
    responses=problem_responses(404),
)
async def add_credit_transfer(
    micro_credential_id: uuid.UUID,
    data: CreditTransferCreate,
    credit_transfers: CreditTransfers,
    caller: Caller,
) -> CreditTransfer:
    return await credit_transfers.add(caller, micro_credential_id, data)


@router.get(
    "/v1/micro-credentials/{micro_credential_id}/versions/{version}/conformance",
    name="get_version_conformance",
    summary="Which required elements this version has and lacks, for each metadata profile",
    responses=problem_responses(404),
)
async def get_version_conformance(
    micro_credential_id: uuid.UUID, version: VersionNumber, conformance: Conformance, caller: Caller
) -> ConformanceReport:
    return await conformance.version_report(caller, micro_credential_id, version)


@router.get(
    "/v1/organisations/{organisation_id}/conformance",
    name="get_institution_conformance",
    summary="How the institution's micro-credentials fare against each profile, and what is missing most",
    responses=problem_responses(404),
)
async def get_institution_conformance(
    organisation_id: uuid.UUID, conformance: Conformance, caller: Caller
) -> InstitutionConformance:
    return await conformance.institution_summary(caller, organisation_id)
