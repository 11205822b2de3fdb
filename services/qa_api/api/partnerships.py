"""Partnership reviews: a DOMCI's IQAP reviews an alternate provider's program and the partnership;
recorded by its own QA office, public to read."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from services.qa_api.dependencies import Caller, Partnerships
from shared.schemas.partnerships import Partnership, PartnershipPage, PartnershipReviewCreate
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["partnerships"])


@router.post(
    "/v1/institutions/{institution_id}/partnerships",
    name="record_partnership_review",
    status_code=status.HTTP_201_CREATED,
    summary="Record the IQAP's review of a partner's program and the partnership (own QA office)",
    description="The partner must be an alternate provider registered in the registry; the institution "
    "a DOMCI in good standing today and on `reviewed_on`. Appends `partnership.reviewed` to the ledger. "
    "An approved review valid on an approval date lets a version name that partner.",
    responses=problem_responses(503),
)
async def record_partnership_review(
    institution_id: uuid.UUID, data: PartnershipReviewCreate, partnerships: Partnerships, caller: Caller
) -> Partnership:
    return await partnerships.review(caller, institution_id, data)


@router.get(
    "/v1/partnerships", name="list_partnerships", summary="Partnership reviews in ledger order, with filters"
)
async def list_partnerships(
    partnerships: Partnerships,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    institution: uuid.UUID | None = None,
    partner: uuid.UUID | None = None,
) -> PartnershipPage:
    return await partnerships.page(institution_id=institution, partner_id=partner, after=after, limit=limit)


@router.get("/v1/partnerships/{partnership_id}", name="get_partnership", responses=problem_responses(404))
async def get_partnership(partnership_id: uuid.UUID, partnerships: Partnerships) -> Partnership:
    return await partnerships.get(partnership_id)
