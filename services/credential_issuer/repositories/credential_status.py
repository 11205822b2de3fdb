"""SQL of an issued credential's status (revoked, suspended) and of the facts verification needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import CompletionRow, CredentialRow, IssuingKeyRow


@dataclass(frozen=True)
class IssuedCredential:
    id: uuid.UUID
    organisation_id: uuid.UUID
    micro_credential_id: uuid.UUID
    micro_credential_version: int
    completed_on: date
    document: dict[str, Any]
    issued_at: datetime
    revocation_list_id: uuid.UUID
    revocation_index: int
    suspension_list_id: uuid.UUID
    suspension_index: int
    revoked_at: datetime | None
    suspended_at: datetime | None
    status_reason: str | None


@dataclass(frozen=True)
class KeyPeriod:
    organisation_id: uuid.UUID
    created_at: datetime
    retired_at: datetime | None


async def credential(
    session: AsyncSession, credential_id: uuid.UUID, *, for_update: bool = False
) -> IssuedCredential | None:
    statement = (
        select(CredentialRow, CompletionRow.completed_on)
        .join(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(CredentialRow.id == credential_id)
    )
    if for_update:
        statement = statement.with_for_update(of=CredentialRow)
    found = (await session.execute(statement)).one_or_none()
    if found is None:
        return None
    row, completed_on = found
    return IssuedCredential(
        id=row.id,
        organisation_id=row.organisation_id,
        micro_credential_id=row.micro_credential_id,
        micro_credential_version=row.micro_credential_version,
        completed_on=completed_on,
        document=row.document,
        issued_at=row.issued_at,
        revocation_list_id=row.revocation_list_id,
        revocation_index=row.revocation_index,
        suspension_list_id=row.suspension_list_id,
        suspension_index=row.suspension_index,
        revoked_at=row.revoked_at,
        suspended_at=row.suspended_at,
        status_reason=row.status_reason,
    )


async def mark(
    session: AsyncSession,
    credential_id: uuid.UUID,
    *,
    revoked: bool | None = None,
    suspended: bool | None = None,
    reason: str,
) -> None:
    """Record the credential's revocation (True) or suspension (True) / its lifting (False)."""
    values: dict[str, Any] = {"status_reason": reason}
    if revoked is not None:
        values["revoked_at"] = func.now() if revoked else None
    if suspended is not None:
        values["suspended_at"] = func.now() if suspended else None
    await session.execute(update(CredentialRow).where(CredentialRow.id == credential_id).values(**values))
    await session.flush()


async def key_period(session: AsyncSession, kid: str) -> KeyPeriod | None:
    row = await session.scalar(select(IssuingKeyRow).where(IssuingKeyRow.kid == kid))
    if row is None:
        return None
    return KeyPeriod(row.organisation_id, row.created_at, row.retired_at)
