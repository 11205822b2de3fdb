"""EQAP cases and the agencies' decisions. Reads are public (EQAP outcomes and submissions are public,
as in DEQAR); each step is recorded by the institution (opening) or its assigned EQAA."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from services.qa_api.dependencies import AgencyUser, Decisions, InstitutionUser, Reviews
from shared.schemas.reviews import (
    ConditionUpdate,
    Decision,
    DecisionCreate,
    DecisionPage,
    DecisionStatus,
    DeskReview,
    PanelReport,
    Review,
    ReviewOpen,
    ReviewPage,
    SupersessionCreate,
    SupersessionResult,
)
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["reviews"])
After = Annotated[str | None, Query(max_length=512, description="`next_cursor` of the previous page.")]
Agency = Annotated[str | None, Query(max_length=64, description="EQAA slug, e.g. `ocqas`.")]


@router.post(
    "/v1/reviews",
    name="open_review",
    status_code=status.HTTP_201_CREATED,
    summary="Open an EQAP case with the institution's assigned EQAA (institution, own organisation)",
    responses=problem_responses(409, 503),
)
async def open_review(body: ReviewOpen, caller: InstitutionUser, reviews: Reviews) -> Review:
    return await reviews.open(caller, body)


@router.get("/v1/reviews", name="list_reviews", summary="EQAP cases, oldest first, by institution or agency")
async def list_reviews(
    reviews: Reviews,
    limit: PageSize,
    after: After = None,
    institution: uuid.UUID | None = None,
    agency: Agency = None,
) -> ReviewPage:
    return await reviews.page(institution_id=institution, agency_slug=agency, after=after, limit=limit)


@router.get("/v1/reviews/{review_id}", name="get_review", responses=problem_responses(404))
async def get_review(review_id: uuid.UUID, reviews: Reviews) -> Review:
    return await reviews.get(review_id)


@router.post(
    "/v1/reviews/{review_id}/desk-review",
    name="record_desk_review",
    summary="Record the desk review (the case's EQAA): submitted -> desk_review",
    responses=problem_responses(404, 409, 503),
)
async def record_desk_review(
    review_id: uuid.UUID, body: DeskReview, caller: AgencyUser, reviews: Reviews
) -> Review:
    return await reviews.record_desk_review(caller, review_id, body)


@router.post(
    "/v1/reviews/{review_id}/panel-report",
    name="record_panel_report",
    summary="Record the panel report (the case's EQAA): desk_review -> panel_report",
    responses=problem_responses(404, 409, 503),
)
async def record_panel_report(
    review_id: uuid.UUID, body: PanelReport, caller: AgencyUser, reviews: Reviews
) -> Review:
    return await reviews.record_panel_report(caller, review_id, body)


@router.post(
    "/v1/reviews/{review_id}/decision",
    name="decide_review",
    status_code=status.HTTP_201_CREATED,
    summary="Record the agency's decision (the case's EQAA): panel_report -> decided",
    responses=problem_responses(404, 409, 503),
)
async def decide_review(
    review_id: uuid.UUID, body: DecisionCreate, caller: AgencyUser, reviews: Reviews
) -> Decision:
    return await reviews.decide(caller, review_id, body)


@router.get(
    "/v1/decisions", name="list_decisions", summary="EQAA decisions, oldest first, superseded ones included"
)
async def list_decisions(
    decisions: Decisions,
    limit: PageSize,
    after: After = None,
    institution: uuid.UUID | None = None,
    agency: Agency = None,
    status: DecisionStatus | None = None,
) -> DecisionPage:
    return await decisions.page(
        institution_id=institution, agency_slug=agency, status=status, after=after, limit=limit
    )


@router.get("/v1/decisions/{decision_id}", name="get_decision", responses=problem_responses(404))
async def get_decision(decision_id: uuid.UUID, decisions: Decisions) -> Decision:
    return await decisions.get(decision_id)


@router.post(
    "/v1/decisions/{decision_id}/condition-updates",
    name="update_decision_condition",
    status_code=status.HTTP_201_CREATED,
    summary="Record a condition met or not met (the case's EQAA); returns the decision that supersedes it",
    responses=problem_responses(404, 409, 503),
)
async def update_decision_condition(
    decision_id: uuid.UUID, body: ConditionUpdate, caller: AgencyUser, decisions: Decisions
) -> Decision:
    return await decisions.update_condition(caller, decision_id, body)


@router.post(
    "/v1/decisions/{decision_id}/supersession",
    name="supersede_decision",
    summary="Record an appeal outcome or the withdrawal of an endorsement (the case's EQAA)",
    responses=problem_responses(404, 409, 503),
)
async def supersede_decision(
    decision_id: uuid.UUID, body: SupersessionCreate, caller: AgencyUser, decisions: Decisions
) -> SupersessionResult:
    return await decisions.supersede(caller, decision_id, body)
