"""SQL of attestations and the ministry's designation decisions (projections of the ledger). Flushes,
never commits."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import AttestationRow, DesignationRow
from shared.schemas.designations import Attestation, Designation, MinistryDecision


class AttestationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, attestation: Attestation) -> Attestation:
        self._session.add(AttestationRow(**attestation.model_dump()))
        await self._session.flush()
        return attestation

    async def get(self, attestation_id: uuid.UUID) -> Attestation | None:
        row = await self._session.get(AttestationRow, attestation_id)
        return Attestation.model_validate(row, from_attributes=True) if row is not None else None

    async def page(self, *, institution_id: uuid.UUID | None, after: int, limit: int) -> list[Attestation]:
        statement = (
            select(AttestationRow).where(AttestationRow.seq > after).order_by(AttestationRow.seq).limit(limit)
        )
        if institution_id is not None:
            statement = statement.where(AttestationRow.institution_id == institution_id)
        return [
            Attestation.model_validate(row, from_attributes=True)
            for row in await self._session.scalars(statement)
        ]


class DesignationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, designation: Designation) -> Designation:
        self._session.add(
            DesignationRow(**designation.model_dump(mode="python") | {"status": designation.status.value})
        )
        await self._session.flush()
        return designation

    async def get(self, designation_id: uuid.UUID) -> Designation | None:
        row = await self._session.get(DesignationRow, designation_id)
        return Designation.model_validate(row, from_attributes=True) if row is not None else None

    async def latest(self, institution_id: uuid.UUID) -> Designation | None:
        """The institution's most recent ministry decision (by effective date, then by recording)."""
        row = await self._session.scalar(
            select(DesignationRow)
            .where(DesignationRow.institution_id == institution_id)
            .order_by(DesignationRow.effective_from.desc(), DesignationRow.seq.desc())
            .limit(1)
        )
        return Designation.model_validate(row, from_attributes=True) if row is not None else None

    async def in_force_on(self, institution_id: uuid.UUID, day: date) -> Designation | None:
        """The status decision covering ``day``, as the registry reads it: the latest (by effective date,
        then by recording) whose period covers the day. Refusals change no status and are skipped."""
        row = await self._session.scalar(in_force_on(institution_id, day))
        return Designation.model_validate(row, from_attributes=True) if row is not None else None

    async def page(self, *, institution_id: uuid.UUID | None, after: int, limit: int) -> list[Designation]:
        statement = (
            select(DesignationRow).where(DesignationRow.seq > after).order_by(DesignationRow.seq).limit(limit)
        )
        if institution_id is not None:
            statement = statement.where(DesignationRow.institution_id == institution_id)
        return [
            Designation.model_validate(row, from_attributes=True)
            for row in await self._session.scalars(statement)
        ]


def in_force_on(
    institution_id: uuid.UUID | ColumnElement[Any], day: date | ColumnElement[Any]
) -> Select[DesignationRow]:
    """SQL of :meth:`DesignationRepository.in_force_on` (also part of the one-statement standing)."""
    return (
        select(DesignationRow)
        .where(
            DesignationRow.institution_id == institution_id,
            DesignationRow.status != MinistryDecision.REFUSED.value,
            DesignationRow.effective_from <= day,
            or_(DesignationRow.effective_until.is_(None), DesignationRow.effective_until > day),
        )
        .order_by(DesignationRow.effective_from.desc(), DesignationRow.seq.desc())
        .limit(1)
    )
