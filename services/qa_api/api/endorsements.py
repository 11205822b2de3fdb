"""Endorsement terms ending soon, scoped to the caller (institution, its EQAA, the ministry)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from services.qa_api.dependencies import Caller, ExpiringEndorsements
from services.qa_api.services.endorsement_expiry import NOTICE_DAYS
from shared.schemas.reviews import DecisionPage
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["standing"])


@router.get(
    "/v1/endorsements/expiring",
    name="list_expiring_endorsements",
    summary="Endorsements whose term ends within N days (own for an institution, endorsed for an EQAA)",
    description="Endorsements in force whose term ends between today and today + `within_days` (default "
    f"{NOTICE_DAYS}, about six months). The ministry sees all; an EQAA the institutions it endorsed; an "
    "institution its own (`institution` may only name itself). After the term's end the institution is "
    "no longer in good standing until a renewal endorsement is recorded.",
    responses=problem_responses(401, 403),
)
async def list_expiring_endorsements(
    principal: Caller,
    expiry: ExpiringEndorsements,
    limit: PageSize,
    within_days: Annotated[int, Query(ge=0, le=3660)] = NOTICE_DAYS,
    institution: uuid.UUID | None = None,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
) -> DecisionPage:
    return await expiry.expiring(
        principal, within_days=within_days, institution_id=institution, after=after, limit=limit
    )
