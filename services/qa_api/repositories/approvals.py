"""SQL of the approvals projection: one row per approved micro-credential version."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.qa_api.db.tables import ApprovalRow
from shared.schemas.approvals import Approval, ApprovalChecks, approval_reference


def to_approval(row: ApprovalRow) -> Approval:
    return Approval(
        id=row.id,
        institution_id=row.institution_id,
        micro_credential_id=row.micro_credential_id,
        version=row.version,
        approved_on=row.approved_on,
        reviewer=row.reviewer,
        checks=ApprovalChecks.model_validate(row.checks),
        seq=row.seq,
        approval_reference=approval_reference(row.seq),
    )


class ApprovalRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        *,
        approval_id: uuid.UUID,
        institution_id: uuid.UUID,
        micro_credential_id: uuid.UUID,
        version: int,
        approved_on: date,
        reviewer: str,
        checks: ApprovalChecks,
        seq: int,
    ) -> Approval:
        row = ApprovalRow(
            id=approval_id,
            institution_id=institution_id,
            micro_credential_id=micro_credential_id,
            version=version,
            approved_on=approved_on,
            reviewer=reviewer,
            checks=checks.model_dump(mode="json"),
            seq=seq,
        )
        self._session.add(row)
        await self._session.flush()
        return to_approval(row)

    async def get(self, approval_id: uuid.UUID) -> Approval | None:
        row = await self._session.get(ApprovalRow, approval_id)
        return to_approval(row) if row is not None else None

    async def of_version(self, micro_credential_id: uuid.UUID, version: int) -> Approval | None:
        row = await self._session.scalar(of_version(micro_credential_id, version))
        return to_approval(row) if row is not None else None

    async def page(
        self,
        *,
        institution_id: uuid.UUID | None,
        micro_credential_id: uuid.UUID | None,
        after: int,
        limit: int,
    ) -> list[Approval]:
        """In ledger order, after the entry ``after``."""
        statement = select(ApprovalRow).where(ApprovalRow.seq > after).order_by(ApprovalRow.seq).limit(limit)
        if institution_id is not None:
            statement = statement.where(ApprovalRow.institution_id == institution_id)
        if micro_credential_id is not None:
            statement = statement.where(ApprovalRow.micro_credential_id == micro_credential_id)
        return [to_approval(row) for row in await self._session.scalars(statement)]


def of_version(
    micro_credential_id: uuid.UUID | ColumnElement[Any], version: int | ColumnElement[Any]
) -> Select[ApprovalRow]:
    """SQL of the approval of one version (at most one: unique)."""
    return select(ApprovalRow).where(
        ApprovalRow.micro_credential_id == micro_credential_id, ApprovalRow.version == version
    )
