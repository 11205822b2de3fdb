"""SQL of OpenID4VCI: credential offers and the access tokens their pre-authorized codes became,
single-use nonces, and deferred transactions. Secrets are looked up by their SHA-256 only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.credential_issuer.db.tables import (
    CompletionRow,
    CredentialRow,
    Oid4vciNonceRow,
    Oid4vciOfferRow,
    Oid4vciTransactionRow,
)


@dataclass(frozen=True)
class Offer:
    id: uuid.UUID
    organisation_id: uuid.UUID
    completion_id: uuid.UUID
    configuration_ids: list[str]
    code_sealed: bytes
    tx_code_hash: str
    tx_code_attempts: int
    expires_at: datetime
    redeemed_at: datetime | None
    access_token_expires_at: datetime | None


@dataclass(frozen=True)
class CompletionFacts:
    """What an offer needs of its completion: its state and, once issued, its credential."""

    organisation_id: uuid.UUID
    state: str
    learner_email: str | None
    credential_id: uuid.UUID | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class Transaction:
    offer_id: uuid.UUID
    configuration_id: str
    holder_did: str
    expires_at: datetime
    delivered_at: datetime | None


def _offer(row: Oid4vciOfferRow) -> Offer:
    return Offer(
        id=row.id,
        organisation_id=row.organisation_id,
        completion_id=row.completion_id,
        configuration_ids=list(row.configuration_ids),
        code_sealed=row.code_sealed,
        tx_code_hash=row.tx_code_hash,
        tx_code_attempts=row.tx_code_attempts,
        expires_at=row.expires_at,
        redeemed_at=row.redeemed_at,
        access_token_expires_at=row.access_token_expires_at,
    )


async def completion_facts(session: AsyncSession, completion_id: uuid.UUID) -> CompletionFacts | None:
    found = (
        await session.execute(
            select(CompletionRow, CredentialRow.id, CredentialRow.revoked_at)
            .outerjoin(CredentialRow, CredentialRow.completion_id == CompletionRow.id)
            .where(CompletionRow.id == completion_id)
        )
    ).one_or_none()
    if found is None:
        return None
    completion, credential_id, revoked_at = found
    email = completion.learner.get("email")
    return CompletionFacts(
        organisation_id=completion.organisation_id,
        state=completion.state,
        learner_email=email if isinstance(email, str) else None,
        credential_id=credential_id,
        revoked_at=revoked_at,
    )


async def completion_of_credential(session: AsyncSession, credential_id: uuid.UUID) -> uuid.UUID | None:
    completion_id: uuid.UUID | None = await session.scalar(
        select(CredentialRow.completion_id).where(CredentialRow.id == credential_id)
    )
    return completion_id


async def add_offer(
    session: AsyncSession,
    *,
    organisation_id: uuid.UUID,
    completion_id: uuid.UUID,
    configuration_ids: list[str],
    code_hash: str,
    code_sealed: bytes,
    reference_hash: str,
    tx_code_hash: str,
    expires_at: datetime,
) -> Offer:
    """A new offer; the completion's earlier unused offers stop working now (a re-sent offer replaces
    them, so a retried request leaves one live code)."""
    await session.execute(
        update(Oid4vciOfferRow)
        .where(
            Oid4vciOfferRow.completion_id == completion_id,
            Oid4vciOfferRow.redeemed_at.is_(None),
            Oid4vciOfferRow.expires_at > func.now(),
        )
        .values(expires_at=func.now())
    )
    row = Oid4vciOfferRow(
        id=uuid.uuid4(),
        organisation_id=organisation_id,
        completion_id=completion_id,
        configuration_ids=configuration_ids,
        code_hash=code_hash,
        code_sealed=code_sealed,
        reference_hash=reference_hash,
        tx_code_hash=tx_code_hash,
        tx_code_attempts=0,
        expires_at=expires_at,
    )
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return _offer(row)


async def offer_by_reference(session: AsyncSession, reference_hash: str) -> Offer | None:
    row = await session.scalar(
        select(Oid4vciOfferRow).where(Oid4vciOfferRow.reference_hash == reference_hash)
    )
    return None if row is None else _offer(row)


async def offer_by_code(session: AsyncSession, code_hash: str) -> Offer | None:
    """The offer of a pre-authorized code, locked: one exchange at a time."""
    row = await session.scalar(
        select(Oid4vciOfferRow).where(Oid4vciOfferRow.code_hash == code_hash).with_for_update()
    )
    return None if row is None else _offer(row)


async def offer_by_access_token(session: AsyncSession, token_hash: str) -> Offer | None:
    row = await session.scalar(select(Oid4vciOfferRow).where(Oid4vciOfferRow.access_token_hash == token_hash))
    return None if row is None else _offer(row)


async def count_wrong_tx_code(session: AsyncSession, offer_id: uuid.UUID, *, burn: bool) -> None:
    """One more wrong transaction code; with ``burn`` the offer stops working now."""
    values: dict[str, object] = {"tx_code_attempts": Oid4vciOfferRow.tx_code_attempts + 1}
    if burn:
        values["expires_at"] = func.now()
    await session.execute(update(Oid4vciOfferRow).where(Oid4vciOfferRow.id == offer_id).values(**values))


async def redeem(
    session: AsyncSession, offer_id: uuid.UUID, *, access_token_hash: str, access_token_expires_at: datetime
) -> None:
    await session.execute(
        update(Oid4vciOfferRow)
        .where(Oid4vciOfferRow.id == offer_id)
        .values(
            redeemed_at=func.now(),
            access_token_hash=access_token_hash,
            access_token_expires_at=access_token_expires_at,
        )
    )


async def add_nonce(session: AsyncSession, nonce_hash: str, expires_at: datetime) -> None:
    # Expired nonces are forgotten as new ones are made: the table holds a few minutes' worth.
    await session.execute(delete(Oid4vciNonceRow).where(Oid4vciNonceRow.expires_at < func.now()))
    session.add(Oid4vciNonceRow(nonce_hash=nonce_hash, expires_at=expires_at))
    await session.flush()


async def use_nonce(session: AsyncSession, nonce_hash: str) -> bool:
    """True exactly once for a nonce made here that has not expired."""
    used = await session.execute(
        update(Oid4vciNonceRow)
        .where(
            Oid4vciNonceRow.nonce_hash == nonce_hash,
            Oid4vciNonceRow.used_at.is_(None),
            Oid4vciNonceRow.expires_at > func.now(),
        )
        .values(used_at=func.now())
        .returning(Oid4vciNonceRow.nonce_hash)
    )
    return used.first() is not None


async def add_transaction(
    session: AsyncSession,
    *,
    transaction_hash: str,
    offer_id: uuid.UUID,
    configuration_id: str,
    holder_did: str,
    expires_at: datetime,
) -> None:
    session.add(
        Oid4vciTransactionRow(
            transaction_hash=transaction_hash,
            offer_id=offer_id,
            configuration_id=configuration_id,
            holder_did=holder_did,
            expires_at=expires_at,
        )
    )
    await session.flush()


async def transaction(session: AsyncSession, transaction_hash: str) -> Transaction | None:
    row = await session.scalar(
        select(Oid4vciTransactionRow)
        .where(Oid4vciTransactionRow.transaction_hash == transaction_hash)
        .with_for_update()
    )
    if row is None:
        return None
    return Transaction(row.offer_id, row.configuration_id, row.holder_did, row.expires_at, row.delivered_at)


async def deliver_transaction(session: AsyncSession, transaction_hash: str) -> None:
    await session.execute(
        update(Oid4vciTransactionRow)
        .where(Oid4vciTransactionRow.transaction_hash == transaction_hash)
        .values(delivered_at=func.now())
    )
