"""SQL of learner sign-in: one-time codes (keyed hashes only), attempts counted for the rate limits,
and sessions (token hashes only)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import (
    LearnerSessionRow,
    LearnerSignInAttemptRow,
    LearnerSignInCodeRow,
)

# --- codes ----------------------------------------------------------------------------------------


async def add_code(
    session: AsyncSession, code_id: uuid.UUID, email: str, code_hash: str, expires_at: datetime
) -> None:
    """A new code for ``email``; the address's earlier unused codes stop working (the newest mail is
    the one to use)."""
    await session.execute(
        update(LearnerSignInCodeRow)
        .where(LearnerSignInCodeRow.email == email, LearnerSignInCodeRow.used_at.is_(None))
        .values(used_at=func.now())
    )
    session.add(LearnerSignInCodeRow(id=code_id, email=email, code_hash=code_hash, expires_at=expires_at))
    await session.flush()


async def code_for_update(session: AsyncSession, code_id: uuid.UUID) -> LearnerSignInCodeRow | None:
    """The code, locked: two submissions at once are checked one after the other."""
    row: LearnerSignInCodeRow | None = await session.scalar(
        select(LearnerSignInCodeRow).where(LearnerSignInCodeRow.id == code_id).with_for_update()
    )
    return row


async def prune_codes(session: AsyncSession, before: datetime) -> None:
    """Codes that expired before ``before`` are of no use to anyone."""
    await session.execute(delete(LearnerSignInCodeRow).where(LearnerSignInCodeRow.expires_at < before))


# --- attempts (rate limits) -----------------------------------------------------------------------


async def record_attempt(session: AsyncSession, kind: str, email_key: str | None, client_ip: str) -> None:
    session.add(LearnerSignInAttemptRow(id=uuid.uuid4(), kind=kind, email_key=email_key, client_ip=client_ip))
    await session.flush()


async def attempts_since(
    session: AsyncSession, since: datetime, *, email_key: str | None = None, client_ip: str | None = None
) -> int:
    """Attempts since ``since`` for the address (code requests only) or from the client (any)."""
    statement = (
        select(func.count()).select_from(LearnerSignInAttemptRow).where(LearnerSignInAttemptRow.at >= since)
    )
    if email_key is not None:
        statement = statement.where(
            LearnerSignInAttemptRow.email_key == email_key, LearnerSignInAttemptRow.kind == "request"
        )
    if client_ip is not None:
        statement = statement.where(LearnerSignInAttemptRow.client_ip == client_ip)
    return int(await session.scalar(statement) or 0)


async def prune_attempts(
    session: AsyncSession, before: datetime, *, email_key: str | None, client_ip: str
) -> None:
    """This address's and client's attempts older than the window no longer count: dropped."""
    conditions = [LearnerSignInAttemptRow.client_ip == client_ip]
    if email_key is not None:
        conditions.append(LearnerSignInAttemptRow.email_key == email_key)
    await session.execute(
        delete(LearnerSignInAttemptRow).where(LearnerSignInAttemptRow.at < before, or_(*conditions))
    )


# --- sessions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerSession:
    id: uuid.UUID
    email: str
    user_agent: str | None
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime


def _session(row: LearnerSessionRow) -> LearnerSession:
    return LearnerSession(row.id, row.email, row.user_agent, row.created_at, row.last_seen_at, row.expires_at)


async def add_session(
    session: AsyncSession,
    token_hash: str,
    email: str,
    user_agent: str | None,
    expires_at: datetime,
) -> LearnerSession:
    row = LearnerSessionRow(
        id=uuid.uuid4(), token_hash=token_hash, email=email, user_agent=user_agent, expires_at=expires_at
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return _session(row)


async def live_session(session: AsyncSession, token_hash: str, idle_since: datetime) -> LearnerSession | None:
    """The session of ``token_hash`` if it has neither passed its end nor been idle since ``idle_since``."""
    row = await session.scalar(
        select(LearnerSessionRow).where(
            LearnerSessionRow.token_hash == token_hash,
            LearnerSessionRow.expires_at > func.now(),
            LearnerSessionRow.last_seen_at > idle_since,
        )
    )
    return None if row is None else _session(row)


async def touch_session(session: AsyncSession, session_id: uuid.UUID) -> None:
    await session.execute(
        update(LearnerSessionRow).where(LearnerSessionRow.id == session_id).values(last_seen_at=func.now())
    )


async def sessions_of(session: AsyncSession, email: str, idle_since: datetime) -> list[LearnerSession]:
    """The learner's live sessions, most recently used first."""
    rows = await session.scalars(
        select(LearnerSessionRow)
        .where(
            LearnerSessionRow.email == email,
            LearnerSessionRow.expires_at > func.now(),
            LearnerSessionRow.last_seen_at > idle_since,
        )
        .order_by(LearnerSessionRow.last_seen_at.desc())
    )
    return [_session(row) for row in rows]


async def end_session(session: AsyncSession, session_id: uuid.UUID) -> None:
    await session.execute(delete(LearnerSessionRow).where(LearnerSessionRow.id == session_id))


async def end_other_sessions(session: AsyncSession, email: str, keep: uuid.UUID) -> int:
    """End every session of ``email`` but ``keep``; how many ended."""
    result = await session.execute(
        delete(LearnerSessionRow).where(LearnerSessionRow.email == email, LearnerSessionRow.id != keep)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def prune_sessions(session: AsyncSession, email: str, idle_since: datetime) -> None:
    """The learner's ended sessions (past their end or idle too long) are dropped."""
    await session.execute(
        delete(LearnerSessionRow).where(
            LearnerSessionRow.email == email,
            or_(LearnerSessionRow.expires_at <= func.now(), LearnerSessionRow.last_seen_at <= idle_since),
        )
    )
