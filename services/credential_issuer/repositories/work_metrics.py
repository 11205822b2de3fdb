"""SQL of the issuer's background-work gauges: the issuance queue and the status lists' fill. Each is
one aggregate over a partial index (pending completions) or a small table (status lists)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import CompletionRow, StatusListRow
from shared.schemas.completions import CompletionState


@dataclass(frozen=True)
class IssuanceQueue:
    pending: int
    due: int
    failing: int
    oldest_age_seconds: float


@dataclass(frozen=True)
class StatusListFill:
    purpose: str
    allocated: int
    size: int


async def issuance_queue(session: AsyncSession) -> IssuanceQueue:
    """Pending completions; those due now; those put off after a failed attempt; the oldest's age."""
    row = (
        await session.execute(
            select(
                func.count(),
                func.count().filter(CompletionRow.next_attempt_at <= func.now()),
                func.count().filter(CompletionRow.reason.is_not(None)),
                func.coalesce(func.extract("epoch", func.now() - func.min(CompletionRow.created_at)), 0),
            ).where(CompletionRow.state == CompletionState.PENDING.value)
        )
    ).one()
    return IssuanceQueue(int(row[0]), int(row[1]), int(row[2]), float(row[3]))


async def status_list_fill(session: AsyncSession) -> list[StatusListFill]:
    """Per purpose: entries allocated and entries in all lists."""
    rows = await session.execute(
        select(StatusListRow.purpose, func.sum(StatusListRow.allocated), func.sum(StatusListRow.size))
        .group_by(StatusListRow.purpose)
        .order_by(StatusListRow.purpose)
    )
    return [StatusListFill(purpose, int(allocated or 0), int(size or 0)) for purpose, allocated, size in rows]


__all__ = ["IssuanceQueue", "StatusListFill", "issuance_queue", "status_list_fill"]
