"""SQL of the partnerships projection: every review a DOMCI recorded of a partner's program."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import PartnershipRow
from shared.schemas.partnerships import Partnership, PartnershipFindings, PartnershipMode, PartnershipOutcome


def _to_partnership(row: PartnershipRow) -> Partnership:
    return Partnership(
        id=row.id,
        institution_id=row.institution_id,
        partner_id=row.partner_id,
        program=row.program,
        mode=PartnershipMode(row.mode),
        outcome=PartnershipOutcome(row.outcome),
        reviewed_on=row.reviewed_on,
        valid_until=row.valid_until,
        findings=PartnershipFindings.model_validate(row.findings),
        seq=row.seq,
    )


class PartnershipRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, partnership: Partnership) -> Partnership:
        row = PartnershipRow(
            **partnership.model_dump(exclude={"findings"}),
            findings=partnership.findings.model_dump(mode="json"),
        )
        self._session.add(row)
        await self._session.flush()
        return _to_partnership(row)

    async def get(self, partnership_id: uuid.UUID) -> Partnership | None:
        row = await self._session.get(PartnershipRow, partnership_id)
        return _to_partnership(row) if row is not None else None

    async def latest_by_mode(
        self, institution_id: uuid.UUID, partner_id: uuid.UUID, day: date
    ) -> dict[PartnershipMode, Partnership]:
        """For each mode, the latest review of the partner made on or before ``day`` (later in the
        ledger wins on the same day): the one that decides that day."""
        rows = await self._session.scalars(
            select(PartnershipRow)
            .where(
                PartnershipRow.institution_id == institution_id,
                PartnershipRow.partner_id == partner_id,
                PartnershipRow.reviewed_on <= day,
            )
            .order_by(PartnershipRow.reviewed_on.desc(), PartnershipRow.seq.desc())
        )
        latest: dict[PartnershipMode, Partnership] = {}
        for row in rows:
            latest.setdefault(PartnershipMode(row.mode), _to_partnership(row))
        return latest

    async def page(
        self, *, institution_id: uuid.UUID | None, partner_id: uuid.UUID | None, after: int, limit: int
    ) -> list[Partnership]:
        """In ledger order, after the entry ``after``."""
        statement = (
            select(PartnershipRow).where(PartnershipRow.seq > after).order_by(PartnershipRow.seq).limit(limit)
        )
        if institution_id is not None:
            statement = statement.where(PartnershipRow.institution_id == institution_id)
        if partner_id is not None:
            statement = statement.where(PartnershipRow.partner_id == partner_id)
        return [_to_partnership(row) for row in await self._session.scalars(statement)]
