"""SQL of the wallet housekeeping: rows of the learners' and wallets' protocols that can no longer be
used (one-time codes, tokens, nonces, sessions and deferred transactions whose life has ended) are
deleted, so that tables written by unauthenticated callers do not grow without bound."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.ob3_tables import Ob3AuthorizationCodeRow, Ob3TokenRow
from services.credential_issuer.db.tables import (
    LearnerSessionRow,
    LearnerSignInAttemptRow,
    LearnerSignInCodeRow,
    Oid4vciNonceRow,
    Oid4vciTransactionRow,
)

# Each table with the column that says when its rows stopped being of use.
_ENDED_AT = {
    "ob3_authorization_codes": Ob3AuthorizationCodeRow.expires_at,
    "ob3_tokens": Ob3TokenRow.expires_at,
    "oid4vci_nonces": Oid4vciNonceRow.expires_at,
    "oid4vci_transactions": Oid4vciTransactionRow.expires_at,
    "learner_sign_in_codes": LearnerSignInCodeRow.expires_at,
    "learner_sessions": LearnerSessionRow.expires_at,
    "learner_sign_in_attempts": LearnerSignInAttemptRow.at,
}


async def delete_ended_before(session: AsyncSession, before: datetime) -> dict[str, int]:
    """Delete every row whose life ended before ``before``; how many went, by table."""
    deleted: dict[str, int] = {}
    for table, ended_at in _ENDED_AT.items():
        result = await session.execute(delete(ended_at.class_).where(ended_at < before))
        deleted[table] = int(result.rowcount)  # type: ignore[attr-defined]
    return deleted
