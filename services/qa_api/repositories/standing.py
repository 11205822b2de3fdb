"""Reads of the agencies' decisions for standing and the DEQAR-style view. The decisions table is
written by the review use cases; this module only reads it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, and_, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.qa_api.db.tables import DecisionRow, LedgerEntryRow
from services.qa_api.repositories.reviews import to_decision
from shared.schemas.reviews import Decision

ENDORSING_OUTCOMES = ("endorsed", "endorsed_with_conditions")


@dataclass(frozen=True)
class DecisionFilters:
    valid_on: date | None = None
    agency_slug: str | None = None
    institution_id: uuid.UUID | None = None
    expiring_between: tuple[date, date] | None = None


class StandingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def decision_seq(self, decision_id: uuid.UUID) -> int | None:
        """The ledger entry that recorded the decision."""
        seq: int | None = await self._session.scalar(
            select(DecisionRow.seq).where(DecisionRow.id == decision_id)
        )
        return seq

    async def endorsement_on(self, institution_id: uuid.UUID, day: date) -> Decision | None:
        """The institution's endorsement whose term covers ``day`` (the longest-running if several)."""
        row = await self._session.scalar(endorsement_on(institution_id, day))
        return to_decision(row) if row is not None else None

    async def last_term_before(self, institution_id: uuid.UUID, day: date) -> Decision | None:
        """The institution's endorsement decided by ``day`` whose term ended latest before it."""
        row = await self._session.scalar(last_term_before(institution_id, day))
        return to_decision(row) if row is not None else None

    async def ending_by_agency(self, first: date, last: date) -> dict[str, int]:
        """Endorsements in force whose term ends between ``first`` and ``last``, counted per agency."""
        rows = await self._session.execute(
            select(DecisionRow.agency_slug, func.count())
            .where(_ending_between(first, last))
            .group_by(DecisionRow.agency_slug)
        )
        return {slug: int(count) for slug, count in rows.all()}

    async def decisions(self, filters: DecisionFilters, *, after: int, limit: int) -> list[Decision]:
        """In ledger order of the decisions, after the entry ``after``."""
        statement = select(DecisionRow).where(DecisionRow.seq > after).order_by(DecisionRow.seq).limit(limit)
        if filters.agency_slug is not None:
            statement = statement.where(DecisionRow.agency_slug == filters.agency_slug)
        if filters.institution_id is not None:
            statement = statement.where(DecisionRow.institution_id == filters.institution_id)
        if filters.valid_on is not None:
            statement = statement.where(_valid_on(filters.valid_on))
        if filters.expiring_between is not None:
            statement = statement.where(_ending_between(*filters.expiring_between))
        return [to_decision(row) for row in await self._session.scalars(statement)]


def endorsement_on(
    institution_id: uuid.UUID | ColumnElement[Any], day: date | ColumnElement[Any]
) -> Select[DecisionRow]:
    """SQL of :meth:`StandingRepository.endorsement_on`."""
    return (
        select(DecisionRow)
        .where(DecisionRow.institution_id == institution_id, _valid_on(day))
        .order_by(DecisionRow.term_end.desc(), DecisionRow.seq.desc())
        .limit(1)
    )


def last_term_before(
    institution_id: uuid.UUID | ColumnElement[Any], day: date | ColumnElement[Any]
) -> Select[DecisionRow]:
    """SQL of :meth:`StandingRepository.last_term_before`."""
    return (
        select(DecisionRow)
        .where(
            DecisionRow.institution_id == institution_id,
            DecisionRow.outcome.in_(ENDORSING_OUTCOMES),
            DecisionRow.decided_on <= day,
            DecisionRow.term_end < day,
        )
        .order_by(DecisionRow.term_end.desc(), DecisionRow.seq.desc())
        .limit(1)
    )


def _ending_between(first: date, last: date) -> ColumnElement[bool]:
    return and_(
        DecisionRow.status == "in_force",
        DecisionRow.outcome.in_(ENDORSING_OUTCOMES),
        DecisionRow.term_end.between(first, last),
    )


def _superseded_on(decision: Any) -> ColumnElement[date]:
    """The day a superseded decision stopped applying: the supersession's recorded_on (else the day
    its superseding ledger entry was recorded)."""
    entry_day = (
        select(func.date(LedgerEntryRow.recorded_at))
        .where(LedgerEntryRow.seq == decision.superseded_by_seq)
        .correlate(decision)
        .scalar_subquery()
    )
    return func.coalesce(cast(decision.supersession["recorded_on"].astext, Date), entry_day)


def _valid_on(day: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """SQL: an endorsement already decided, whose term covers ``day`` (both ends inclusive), not yet
    superseded on that day (appeal, withdrawal or condition update recorded later), and, if it replaced
    an earlier decision, already replacing it on that day."""
    predecessor = aliased(DecisionRow)
    not_yet_replacing = (
        select(predecessor.id)
        .where(predecessor.superseded_by_seq == DecisionRow.seq, _superseded_on(predecessor) > day)
        .correlate(DecisionRow)
        .exists()
    )
    return and_(
        DecisionRow.outcome.in_(ENDORSING_OUTCOMES),
        DecisionRow.decided_on <= day,
        DecisionRow.term_start <= day,
        or_(DecisionRow.term_end.is_(None), DecisionRow.term_end >= day),
        or_(DecisionRow.status == "in_force", _superseded_on(DecisionRow) > day),
        ~not_yet_replacing,
    )
