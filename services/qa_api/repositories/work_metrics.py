"""SQL of qa_api's background-work gauges: the outbox to the registry and the newest checkpoint."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import LedgerCheckpointRow, OutboxRow


@dataclass(frozen=True)
class OutboxBacklog:
    pending: int
    oldest_age_seconds: float


async def outbox_backlog(session: AsyncSession) -> OutboxBacklog:
    """Events neither delivered nor given up on, and the age of the oldest."""
    row = (
        await session.execute(
            select(
                func.count(),
                func.coalesce(func.extract("epoch", func.now() - func.min(OutboxRow.created_at)), 0),
            ).where(OutboxRow.delivered_at.is_(None), OutboxRow.failed_at.is_(None))
        )
    ).one()
    return OutboxBacklog(int(row[0]), float(row[1]))


async def newest_checkpoint_age_seconds(session: AsyncSession) -> float | None:
    """Seconds since the newest signed checkpoint; None when there is none."""
    age = await session.scalar(
        select(func.extract("epoch", func.now() - func.max(LedgerCheckpointRow.signed_at)))
    )
    return None if age is None else float(age)
