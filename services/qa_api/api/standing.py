"""Public answers for issuers, employers and portals: standing on a date with its proof, and the
DEQAR-style view of agencies' decisions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from services.qa_api.dependencies import StandingQueries
from shared.schemas.reviews import DecisionPage
from shared.schemas.standing import Standing
from shared.web.pagination import PageSize

router = APIRouter(tags=["standing"])


@router.get(
    "/v1/standing",
    name="get_standing",
    summary="Was the institution a DOMCI, and the version an approved OMC, on a date? With the proof",
    description="`valid` answers; `chain` holds the ledger entries it rests on (the agency's decision, "
    "the designation, the approval), `reasons` says why not. Give `micro_credential` and `version` "
    "together, or neither for the institution alone. `on` defaults to today (UTC).",
)
async def get_standing(
    standing: StandingQueries,
    institution: uuid.UUID,
    micro_credential: uuid.UUID | None = None,
    version: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    on: date | None = None,
) -> Standing:
    return await standing.standing(institution, on=on, micro_credential_id=micro_credential, version=version)


@router.get(
    "/v1/deqar/decisions",
    name="list_deqar_decisions",
    summary="Agencies' decisions on IQAPs (DEQAR-style): valid on a date, by agency, institution, expiry",
    description="`valid_on`: endorsements whose term covers the day and that were not yet superseded "
    "then. `expiring_within_days`: endorsements in force whose term ends between today and today + N "
    "days. Filters combine; pages follow the ledger order.",
)
async def list_deqar_decisions(
    standing: StandingQueries,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    valid_on: date | None = None,
    agency: Annotated[str | None, Query(max_length=64, description="EQAA slug, e.g. `ocqas`.")] = None,
    institution: uuid.UUID | None = None,
    expiring_within_days: Annotated[int | None, Query(ge=0, le=3660)] = None,
) -> DecisionPage:
    return await standing.decisions(
        valid_on=valid_on,
        agency_slug=agency,
        institution_id=institution,
        expiring_within_days=expiring_within_days,
        after=after,
        limit=limit,
    )
