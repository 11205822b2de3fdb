"""SQL of EQAP cases and the agencies' decisions (projections of the ledger). Flushes, never commits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import DecisionRow, ReviewRow
from shared.dates import add_months
from shared.schemas.reviews import (
    RENEWAL_NOTICE_MONTHS,
    Decision,
    DecisionStatus,
    ReviewStatus,
    Supersession,
)
from shared.schemas.reviews import Review as ReviewModel


def to_decision(row: DecisionRow) -> Decision:
    return Decision(
        id=row.id,
        review_id=row.review_id,
        institution_id=row.institution_id,
        agency_slug=row.agency_slug,
        outcome=row.outcome,
        decided_on=row.decided_on,
        term_start=row.term_start,
        term_end=row.term_end,
        renewal_due=add_months(row.term_end, -RENEWAL_NOTICE_MONTHS) if row.term_end else None,
        conditions=row.conditions,
        status=row.status,
        seq=row.seq,
        superseded_by_seq=row.superseded_by_seq,
        supersession=Supersession.model_validate(row.supersession) if row.supersession else None,
    )


def to_review(row: ReviewRow, decisions: list[Decision]) -> ReviewModel:
    return ReviewModel.model_validate(
        {
            "id": row.id,
            "institution_id": row.institution_id,
            "agency_slug": row.agency_slug,
            "cycle": row.cycle,
            "status": row.status,
            "submitted_on": row.submitted_on,
            "submission": row.submission,
            "desk_review": row.desk_review,
            "panel_report": row.panel,
            "decisions": decisions,
            "opened_seq": row.opened_seq,
            "last_seq": row.last_seq,
            "updated_at": row.updated_at,
        }
    )


@dataclass(frozen=True)
class NewDecision:
    id: uuid.UUID
    review_id: uuid.UUID
    institution_id: uuid.UUID
    agency_slug: str
    outcome: str
    decided_on: date
    term_start: date | None
    term_end: date | None
    conditions: list[dict[str, Any]]
    seq: int


class ReviewRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock_institution(self, institution_id: uuid.UUID) -> None:
        """Serialise the writes about one institution until the transaction ends."""
        await self._session.execute(
            select(func.pg_advisory_xact_lock(func.hashtextextended(f"qa-institution:{institution_id}", 0)))
        )

    async def add(
        self,
        *,
        review_id: uuid.UUID,
        institution_id: uuid.UUID,
        agency_slug: str,
        cycle: str,
        submitted_on: date,
        submission: dict[str, Any],
        seq: int,
    ) -> ReviewModel:
        row = ReviewRow(
            id=review_id,
            institution_id=institution_id,
            agency_slug=agency_slug,
            cycle=cycle,
            status=ReviewStatus.SUBMITTED.value,
            submission=submission,
            submitted_on=submitted_on,
            opened_seq=seq,
            last_seq=seq,
        )
        self._session.add(row)
        await self._session.flush()
        await self._session.refresh(row)
        return to_review(row, [])

    async def get(self, review_id: uuid.UUID, *, for_update: bool = False) -> ReviewModel | None:
        statement = (
            select(ReviewRow).where(ReviewRow.id == review_id).execution_options(populate_existing=True)
        )
        if for_update:
            statement = statement.with_for_update()
        row = await self._session.scalar(statement)
        if row is None:
            return None
        return to_review(row, await self.decisions_of([row.id]))

    async def open_case_of(self, institution_id: uuid.UUID) -> uuid.UUID | None:
        """The institution's undecided case, if any."""
        return await self._session.scalar(
            select(ReviewRow.id).where(
                ReviewRow.institution_id == institution_id, ReviewRow.status != ReviewStatus.DECIDED.value
            )
        )

    async def advance(self, review_id: uuid.UUID, *, status: ReviewStatus, seq: int, **columns: Any) -> None:
        await self._session.execute(
            update(ReviewRow)
            .where(ReviewRow.id == review_id)
            .values(status=status.value, last_seq=seq, updated_at=func.now(), **columns)
        )

    async def page(
        self, *, institution_id: uuid.UUID | None, agency_slug: str | None, after: int, limit: int
    ) -> list[ReviewModel]:
        statement = (
            select(ReviewRow).where(ReviewRow.opened_seq > after).order_by(ReviewRow.opened_seq).limit(limit)
        )
        if institution_id is not None:
            statement = statement.where(ReviewRow.institution_id == institution_id)
        if agency_slug is not None:
            statement = statement.where(ReviewRow.agency_slug == agency_slug)
        rows = list(await self._session.scalars(statement))
        decisions = await self.decisions_of([row.id for row in rows])
        return [to_review(row, [item for item in decisions if item.review_id == row.id]) for row in rows]

    async def decisions_of(self, review_ids: list[uuid.UUID]) -> list[Decision]:
        if not review_ids:
            return []
        rows = await self._session.scalars(
            select(DecisionRow).where(DecisionRow.review_id.in_(review_ids)).order_by(DecisionRow.seq)
        )
        return [to_decision(row) for row in rows]


class DecisionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, decision: NewDecision) -> Decision:
        row = DecisionRow(
            id=decision.id,
            review_id=decision.review_id,
            institution_id=decision.institution_id,
            agency_slug=decision.agency_slug,
            outcome=decision.outcome,
            decided_on=decision.decided_on,
            term_start=decision.term_start,
            term_end=decision.term_end,
            conditions=decision.conditions,
            status=DecisionStatus.IN_FORCE.value,
            seq=decision.seq,
        )
        self._session.add(row)
        await self._session.flush()
        return to_decision(row)

    async def get(self, decision_id: uuid.UUID, *, for_update: bool = False) -> Decision | None:
        statement = (
            select(DecisionRow).where(DecisionRow.id == decision_id).execution_options(populate_existing=True)
        )
        if for_update:
            statement = statement.with_for_update()
        row = await self._session.scalar(statement)
        return to_decision(row) if row is not None else None

    async def replaced_on(self, decision_id: uuid.UUID) -> date | None:
        """The day the decision replaced its predecessor (appeal or condition update), if it did."""
        day = await self._session.scalar(
            select(DecisionRow.supersession["recorded_on"].astext).where(
                DecisionRow.supersession["replaced_by"].astext == str(decision_id)
            )
        )
        return date.fromisoformat(day) if day else None

    async def supersede(self, decision_id: uuid.UUID, *, seq: int, supersession: Supersession) -> None:
        await self._session.execute(
            update(DecisionRow)
            .where(DecisionRow.id == decision_id)
            .values(
                status=DecisionStatus.SUPERSEDED.value,
                superseded_by_seq=seq,
                supersession=supersession.model_dump(mode="json"),
            )
        )

    async def page(
        self,
        *,
        institution_id: uuid.UUID | None,
        agency_slug: str | None,
        status: DecisionStatus | None,
        after: int,
        limit: int,
    ) -> list[Decision]:
        statement = select(DecisionRow).where(DecisionRow.seq > after).order_by(DecisionRow.seq).limit(limit)
        if institution_id is not None:
            statement = statement.where(DecisionRow.institution_id == institution_id)
        if agency_slug is not None:
            statement = statement.where(DecisionRow.agency_slug == agency_slug)
        if status is not None:
            statement = statement.where(DecisionRow.status == status.value)
        return [to_decision(row) for row in await self._session.scalars(statement)]
