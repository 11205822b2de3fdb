"""IQAP approvals of micro-credential versions: recorded by the institution's own QA office while
it is a DOMCI in good standing; public to read."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from services.qa_api.dependencies import Approvals, Caller
from shared.schemas.approvals import Approval, ApprovalCreate, ApprovalPage
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["approvals"])


@router.post(
    "/v1/institutions/{institution_id}/approvals",
    name="record_approval",
    status_code=status.HTTP_201_CREATED,
    summary="Approve a submitted version as an OMC (the institution's own QA office, while a DOMCI)",
    description="Checks the version against the OMC framework (level within the institution's "
    "eligibility, learning outcomes, assessment, hours and their rationale, labour-market need, a "
    "reviewed partnership for every partner named) and the date against the designation periods. "
    "Appends `approval.recorded` to the ledger; the registry's version becomes `approved` shortly after. "
    "403 `not-a-domci` when the institution is not a DOMCI in good standing today.",
    responses=problem_responses(409, 503),
)
async def record_approval(
    institution_id: uuid.UUID, data: ApprovalCreate, approvals: Approvals, caller: Caller
) -> Approval:
    return await approvals.approve(caller, institution_id, data)


@router.get("/v1/approvals", name="list_approvals", summary="Approvals in ledger order, with filters")
async def list_approvals(
    approvals: Approvals,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    institution: uuid.UUID | None = None,
    micro_credential: uuid.UUID | None = None,
) -> ApprovalPage:
    return await approvals.page(
        institution_id=institution, micro_credential_id=micro_credential, after=after, limit=limit
    )


@router.get("/v1/approvals/{approval_id}", name="get_approval", responses=problem_responses(404))
async def get_approval(approval_id: uuid.UUID, approvals: Approvals) -> Approval:
    return await approvals.get(approval_id)
