"""SQL of a signed-in learner's credentials: those issued from completions whose learner email (as
the institution reported it) is the learner's, from every organisation, newest first.

Served by the expression index ``ix_completions_learner_email`` on ``lower(learner->>'email')``
and the unique index of ``credentials.completion_id``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import CompletionRow, CredentialRow
from services.credential_issuer.services.wallets.learner_identity import normalise_email

_learner_email: ColumnElement[str] = func.lower(CompletionRow.learner["email"].astext)


@dataclass(frozen=True)
class LearnerCredentialCursor:
    """Where a page of a learner's credentials ends: the last credential's issue time and id."""

    issued_at: datetime
    credential_id: uuid.UUID


def _of_learner(email: str) -> Select[CredentialRow]:
    return (
        select(CredentialRow)
        .join(CompletionRow, CompletionRow.id == CredentialRow.completion_id)
        .where(_learner_email == normalise_email(email))
    )


async def credentials_of_learner(
    session: AsyncSession, email: str, *, limit: int, after: LearnerCredentialCursor | None = None
) -> list[CredentialRow]:
    """The learner's credentials newest first (issue time, then id), ``limit`` of them after
    ``after``."""
    statement = _of_learner(email)
    if after is not None:
        statement = statement.where(
            or_(
                CredentialRow.issued_at < after.issued_at,
                and_(CredentialRow.issued_at == after.issued_at, CredentialRow.id < after.credential_id),
            )
        )
    statement = statement.order_by(CredentialRow.issued_at.desc(), CredentialRow.id.desc()).limit(limit)
    return list((await session.scalars(statement)).all())


async def credential_of_learner(
    session: AsyncSession, email: str, credential_id: uuid.UUID
) -> CredentialRow | None:
    """The credential ``credential_id`` when it is the learner's, else None (another learner's and a
    missing one look the same)."""
    row: CredentialRow | None = await session.scalar(
        _of_learner(email).where(CredentialRow.id == credential_id)
    )
    return row


async def has_credentials(session: AsyncSession, email: str) -> bool:
    """Whether any credential was issued to ``email``."""
    found = await session.scalar(_of_learner(email).with_only_columns(CredentialRow.id).limit(1))
    return found is not None


def cursor_after(row: CredentialRow) -> LearnerCredentialCursor:
    """The cursor of the page that follows ``row``."""
    return LearnerCredentialCursor(row.issued_at, row.id)
