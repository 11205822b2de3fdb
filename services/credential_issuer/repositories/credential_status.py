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
    micro_credential_id: uuid.UUID | None
    micro_credential_version: int | None
    completed_on: date | None
    """None: a caller-supplied VC-API credential (no completion, never an OMC)."""
    document: dict[str, Any]
    issued_at: datetime
    revocation_list_id: uuid.UUID | None
    """Set for credentials issued before the single suspension entry (their revocation entry)."""
    revocation_index: int | None
    suspension_list_id: uuid.UUID
    suspension_index: int
    revoked_at: datetime | None
    suspended_at: datetime | None
    status_reason: str | None
    credential_uri: str | None = None
    request_fingerprint: str | None = None


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
        .outerjoin(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(CredentialRow.id == credential_id)
    )
    if for_update:
        statement = statement.with_for_update(of=CredentialRow)
    found = (await session.execute(statement)).one_or_none()
    if found is None:
        return None
    return _issued(*found)


async def credential_by_uri(
    session: AsyncSession, organisation_id: uuid.UUID, uri: str, *, for_update: bool = False
) -> IssuedCredential | None:
    """The organisation's VC-API credential issued under ``uri`` (its credential.id or credentialId)."""
    statement = (
        select(CredentialRow, CompletionRow.completed_on)
        .outerjoin(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(CredentialRow.organisation_id == organisation_id, CredentialRow.credential_uri == uri)
    )
    if for_update:
        statement = statement.with_for_update(of=CredentialRow)
    found = (await session.execute(statement)).one_or_none()
    return None if found is None else _issued(*found)


def _issued(row: CredentialRow, completed_on: date | None) -> IssuedCredential:
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
        credential_uri=row.credential_uri,
        request_fingerprint=row.request_fingerprint,
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


async def add_vc_api_credential(
    session: AsyncSession,
    *,
    credential_id: uuid.UUID,
    organisation_id: uuid.UUID,
    document: dict[str, Any],
    issued_at: datetime,
    credential_uri: str | None,
    request_fingerprint: str,
    suspension_list_id: uuid.UUID,
    suspension_index: int,
) -> None:
    """Store a credential issued from a VC-API caller's document (no completion). A second one under
    the same ``credential_uri`` of the organisation violates a unique index (IntegrityError)."""
    session.add(
        CredentialRow(
            id=credential_id,
            completion_id=None,
            organisation_id=organisation_id,
            micro_credential_id=None,
            micro_credential_version=None,
            document=document,
            issued_at=issued_at,
            credential_uri=credential_uri,
            request_fingerprint=request_fingerprint,
            suspension_list_id=suspension_list_id,
            suspension_index=suspension_index,
        )
    )
    await session.flush()
