"""EQAP cases: an institution opens one with its assigned EQAA (from the registry's reference data),
that agency alone records the desk review, the panel report and the decision, in that order. Every
step is one ledger entry (payload: the validated request) and its projection, in one transaction.

An institution has at most one undecided case at a time (409 otherwise)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import ReviewNotFound, WorkflowConflict
from services.qa_api.repositories.reviews import DecisionRepository, NewDecision, ReviewRepository
from services.qa_api.services.organisation_lookup import OrganisationLookup, require_own_institution
from services.qa_api.services.recording import record
from services.qa_api.services.review_rules import Problems, check_outcome
from services.qa_api.services.term_facts import deliver_term
from shared.errors import UnprocessableInput
from shared.schemas.auth import Principal
from shared.schemas.ledger import Subjects
from shared.schemas.reviews import (
    Decision,
    DecisionCreate,
    DeskReview,
    PanelReport,
    Review,
    ReviewOpen,
    ReviewPage,
    ReviewStatus,
)
from shared.web.cursor import decode_position, encode_cursor

OPENED = "review.opened"
DESK_REVIEW_RECORDED = "review.desk_review_recorded"
PANEL_REPORT_RECORDED = "review.panel_report_recorded"
DECIDED = "review.decided"


def subjects_of(review: Review) -> Subjects:
    return Subjects(institution_id=review.institution_id, agency_slug=review.agency_slug)


def require_status(review: Review, expected: ReviewStatus, step: str) -> None:
    if review.status is not expected:
        raise WorkflowConflict(
            f"The {step} needs the case in '{expected}'; it is '{review.status}'.",
            extra={"case_status": review.status.value},
        )


class ReviewService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], organisations: OrganisationLookup) -> None:
        self._sessions = sessions
        self._organisations = organisations

    async def open(self, principal: Principal, request: ReviewOpen) -> Review:
        require_own_institution(principal, request.institution_id)
        problems = Problems()
        problems.dated("body.submitted_on", request.submitted_on)
        problems.raise_any()
        institution = await self._organisations.get(request.institution_id)
        if institution is None:
            raise UnprocessableInput.for_field(
                "body.institution_id", "The registry has no such organisation.", "unknown_organisation"
            )
        if institution.eqaa_slug is None:
            raise UnprocessableInput.for_field(
                "body.institution_id",
                f"No EQAA is assigned to the provider type '{institution.provider_type}', so this "
                "organisation cannot have its IQAP reviewed (it may offer OMCs in partnership with a DOMCI).",
                "no_assigned_eqaa",
            )
        review_id = uuid.uuid4()
        async with self._sessions.begin() as session:
            repository = ReviewRepository(session)
            await repository.lock_institution(request.institution_id)
            pending = await repository.open_case_of(request.institution_id)
            if pending is not None:
                raise WorkflowConflict(
                    f"The institution already has an undecided case ({pending}); it is decided first.",
                    extra={"review_id": str(pending)},
                )
            entry = await record(
                session,
                principal,
                event_type=OPENED,
                subjects=Subjects(institution_id=request.institution_id, agency_slug=institution.eqaa_slug),
                payload=_payload(review_id, request.model_dump(mode="json")),
            )
            return await repository.add(
                review_id=review_id,
                institution_id=request.institution_id,
                agency_slug=institution.eqaa_slug,
                cycle=request.cycle.value,
                submitted_on=request.submitted_on,
                submission=request.submission.model_dump(mode="json"),
                seq=entry.seq,
            )

    async def record_desk_review(
        self, principal: Principal, review_id: uuid.UUID, request: DeskReview
    ) -> Review:
        await self._authorise(principal, review_id)
        async with self._sessions.begin() as session:
            repository = ReviewRepository(session)
            review = await self._locked(repository, review_id)
            require_status(review, ReviewStatus.SUBMITTED, "desk review")
            problems = Problems()
            problems.dated(
                "body.reviewed_on", request.reviewed_on, after=review.submitted_on, what="the submission"
            )
            problems.raise_any()
            body = request.model_dump(mode="json")
            entry = await record(
                session,
                principal,
                event_type=DESK_REVIEW_RECORDED,
                subjects=subjects_of(review),
                payload=_payload(review_id, body),
            )
            await repository.advance(
                review_id, status=ReviewStatus.DESK_REVIEW, seq=entry.seq, desk_review=body
            )
            return await self._reread(repository, review_id)

    async def record_panel_report(
        self, principal: Principal, review_id: uuid.UUID, request: PanelReport
    ) -> Review:
        await self._authorise(principal, review_id)
        async with self._sessions.begin() as session:
            repository = ReviewRepository(session)
            review = await self._locked(repository, review_id)
            require_status(review, ReviewStatus.DESK_REVIEW, "panel report")
            assert review.desk_review is not None
            problems = Problems()
            problems.dated(
                "body.reported_on",
                request.reported_on,
                after=review.desk_review.reviewed_on,
                what="the desk review",
            )
            problems.raise_any()
            body = request.model_dump(mode="json")
            entry = await record(
                session,
                principal,
                event_type=PANEL_REPORT_RECORDED,
                subjects=subjects_of(review),
                payload=_payload(review_id, body),
            )
            await repository.advance(review_id, status=ReviewStatus.PANEL_REPORT, seq=entry.seq, panel=body)
            return await self._reread(repository, review_id)

    async def decide(self, principal: Principal, review_id: uuid.UUID, request: DecisionCreate) -> Decision:
        await self._authorise(principal, review_id)
        async with self._sessions.begin() as session:
            repository = ReviewRepository(session)
            review = await self._locked(repository, review_id)
            require_status(review, ReviewStatus.PANEL_REPORT, "decision")
            assert review.panel_report is not None
            problems = Problems()
            if request.decided_on < review.submitted_on:
                problems.add(
                    "body.decided_on",
                    f"Cannot be before the submission ({review.submitted_on.isoformat()}).",
                    "before_submission",
                )
            else:
                problems.dated(
                    "body.decided_on",
                    request.decided_on,
                    after=review.panel_report.reported_on,
                    what="the panel report",
                )
            check_outcome(
                problems,
                outcome=request.outcome,
                decided_on=request.decided_on,
                term_start=request.term_start,
                term_end=request.term_end,
                conditions=request.conditions,
            )
            problems.raise_any()
            decision_id = uuid.uuid4()
            entry = await record(
                session,
                principal,
                event_type=DECIDED,
                subjects=subjects_of(review),
                payload={
                    **_payload(review_id, request.model_dump(mode="json")),
                    "decision_id": str(decision_id),
                },
            )
            decision = await DecisionRepository(session).add(
                NewDecision(
                    id=decision_id,
                    review_id=review_id,
                    institution_id=review.institution_id,
                    agency_slug=review.agency_slug,
                    outcome=request.outcome.value,
                    decided_on=request.decided_on,
                    term_start=request.term_start,
                    term_end=request.term_end,
                    conditions=[
                        {**condition.model_dump(mode="json"), "status": "open"}
                        for condition in request.conditions
                    ],
                    seq=entry.seq,
                )
            )
            await repository.advance(review_id, status=ReviewStatus.DECIDED, seq=entry.seq)
            await deliver_term(session, entry, decision)
        return decision

    async def get(self, review_id: uuid.UUID) -> Review:
        async with self._sessions() as session:
            review = await ReviewRepository(session).get(review_id)
        if review is None:
            raise ReviewNotFound(f"No review {review_id}.")
        return review

    async def page(
        self, *, institution_id: uuid.UUID | None, agency_slug: str | None, after: str | None, limit: int
    ) -> ReviewPage:
        position = decode_position(after) if after else 0
        async with self._sessions() as session:
            items = await ReviewRepository(session).page(
                institution_id=institution_id, agency_slug=agency_slug, after=position, limit=limit + 1
            )
        has_more = len(items) > limit
        items = items[:limit]
        return ReviewPage(items=items, next_cursor=encode_cursor(items[-1].opened_seq) if has_more else None)

    async def _authorise(self, principal: Principal, review_id: uuid.UUID) -> None:
        """Before any transaction: the case exists and the caller is its agency (registry lookup)."""
        review = await self.get(review_id)
        await self._organisations.require_agency(principal, review.agency_slug)

    @staticmethod
    async def _locked(repository: ReviewRepository, review_id: uuid.UUID) -> Review:
        review = await repository.get(review_id, for_update=True)
        if review is None:
            raise ReviewNotFound(f"No review {review_id}.")
        return review

    @staticmethod
    async def _reread(repository: ReviewRepository, review_id: uuid.UUID) -> Review:
        review = await repository.get(review_id)
        assert review is not None
        return review


def _payload(review_id: uuid.UUID, request: dict[str, Any]) -> dict[str, Any]:
    return {"review_id": str(review_id), "request": request}
