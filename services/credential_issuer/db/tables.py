"""Tables of the `issuer` schema. Only credential_issuer's repositories touch them.

Completions are stored before the intake answers; a unique (organisation, SIS completion id) makes
a retried push a no-op, and a unique completion id on credentials makes issuing twice impossible.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db.metadata import schema_metadata

SCHEMA = "issuer"

metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


class IssuingKeyRow(Base):
    """An organisation's Ed25519 key; the private half sealed with the master key. Retired keys stay
    listed in the DID document so earlier credentials keep verifying."""

    __tablename__ = "issuing_keys"
    __table_args__ = (Index(None, "organisation_id", "created_at"),)

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    public_multibase: Mapped[str] = mapped_column(String(128))
    private_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class IdempotencyKeyRow(Base):
    """IETF Idempotency-Key header: the request's fingerprint and, once done, the stored reply."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (PrimaryKeyConstraint("organisation_id", "key"), Index(None, "created_at"))

    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    key: Mapped[str] = mapped_column(String(255))
    request_fingerprint: Mapped[str] = mapped_column(String(64))
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class BatchRow(Base):
    """One intake request (a job): its completions are processed asynchronously."""

    __tablename__ = "batches"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID, index=True)
    client_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(8), doc="json or csv")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CompletionRow(Base):
    __tablename__ = "completions"
    __table_args__ = (
        UniqueConstraint("organisation_id", "sis_completion_id"),
        CheckConstraint("state in ('pending', 'issued', 'rejected', 'failed')", name="state_known"),
        Index("ix_completions_due", "next_attempt_at", postgresql_where="state = 'pending'"),
        Index(
            "ix_completions_waiting_on",
            "waiting_on",
            postgresql_where="state = 'pending' AND waiting_on IS NOT NULL",
        ),
        # The job resource pages a batch's completions in this order.
        Index(None, "batch_id", "sis_completion_id"),
        # A signed-in learner's credentials: completions by the email their institution reported.
        Index("ix_completions_learner_email", text("lower(learner ->> 'email')")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(BatchRow.id))
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    sis_completion_id: Mapped[str] = mapped_column(String(128))
    learner: Mapped[dict[str, Any]] = mapped_column(JSONB, doc="Name and contact as given; never published.")
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_version: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[date] = mapped_column(Date)
    result: Mapped[dict[str, Any]] = mapped_column(JSONB)
    credits_earned: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    waiting_on: Mapped[str | None] = mapped_column(
        String(32), doc="The service whose outage put the completion off; it is woken when it answers."
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StatusListRow(Base):
    """A W3C Bitstring Status List of one organisation for one purpose (revocation or suspension)."""

    __tablename__ = "status_lists"
    __table_args__ = (
        CheckConstraint("purpose in ('revocation', 'suspension')", name="purpose_known"),
        Index(None, "organisation_id", "purpose"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    purpose: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer, doc="Number of entries (bits); at least 131,072.")
    status_bits: Mapped[bytes] = mapped_column(
        LargeBinary, doc="Bit i set: credential at index i has the status."
    )
    allocation_bits: Mapped[bytes] = mapped_column(LargeBinary, doc="Bit i set: index i is in use.")
    allocated: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CredentialRow(Base):
    """An issued credential: the signed document, its status entries and its delivery to the learner.

    Two origins: a completion (``completion_id`` and the micro-credential set: it may carry the OMC
    mark) or a caller-supplied VC-API credential (``completion_id`` null, never an OMC), which keeps
    the ``credential_uri`` it was issued under and the fingerprint of the request (replays).

    Two generations of status entries: credentials issued before the single suspension entry carry
    a revocation entry (``revocation_list_id`` set) and have a suspension bit kept server-side; newer
    ones carry only the suspension entry, whose bit revocation sets for good."""

    __tablename__ = "credentials"
    __table_args__ = (
        Index(None, "organisation_id", "issued_at"),
        Index(
            "uq_credentials_organisation_id_credential_uri",
            "organisation_id",
            "credential_uri",
            unique=True,
            postgresql_where="credential_uri is not null",
        ),
        CheckConstraint(
            "(completion_id is null) = (micro_credential_id is null)", name="completion_has_micro_credential"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    completion_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey(CompletionRow.id), unique=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_id: Mapped[uuid.UUID | None] = mapped_column(UUID)
    micro_credential_version: Mapped[int | None] = mapped_column(Integer)
    document: Mapped[dict[str, Any]] = mapped_column(JSONB)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    credential_uri: Mapped[str | None] = mapped_column(
        Text, doc="The id a VC-API caller gave (credential.id or options.credentialId)."
    )
    request_fingerprint: Mapped[str | None] = mapped_column(
        String(64), doc="SHA-256 of the VC-API request: the same request again is a replay."
    )
    revocation_list_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey(StatusListRow.id))
    revocation_index: Mapped[int | None] = mapped_column(Integer)
    suspension_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(StatusListRow.id))
    suspension_index: Mapped[int] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    suspended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status_reason: Mapped[str | None] = mapped_column(Text)


class ClaimRow(Base):
    """A one-time claim link for the learner's wallet (only the token's hash is stored)."""

    __tablename__ = "claims"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(CredentialRow.id), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    redeemed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LearnerSignInCodeRow(Base):
    """A one-time sign-in code emailed to a learner: only its keyed hash is kept; single use, a few
    attempts, minutes of life."""

    __tablename__ = "learner_sign_in_codes"
    __table_args__ = (Index(None, "email"), Index(None, "expires_at"))

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), doc="Normalised (trimmed, lower case).")
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LearnerSignInAttemptRow(Base):
    """One sign-in attempt (a code asked for, or a code given), counted for the rate limits per email
    address (kept as a keyed hash) and per client address; rows older than the window are pruned."""

    __tablename__ = "learner_sign_in_attempts"
    __table_args__ = (
        CheckConstraint("kind in ('request', 'code')", name="kind_known"),
        Index(None, "email_key", "at"),
        Index(None, "client_ip", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    email_key: Mapped[str | None] = mapped_column(String(64))
    client_ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class LearnerSessionRow(Base):
    """A signed-in learner's session: the cookie holds a random token, only its hash is kept. Ends
    after an idle time, at an absolute time, at sign-out, or when the learner ends it elsewhere."""

    __tablename__ = "learner_sessions"
    __table_args__ = (Index(None, "email"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    user_agent: Mapped[str | None] = mapped_column(
        String(200), doc="Shown to the learner to tell sessions apart."
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), doc="The absolute end.")


class Oid4vciOfferRow(Base):
    """An OpenID4VCI credential offer (pre-authorized code grant) of one completion's credential.

    Only hashes of the secrets are looked up: the pre-authorized code, the transaction code, the
    reference of the offer's URI and the access token the code was exchanged for. The code itself is
    also kept sealed with the master key, because the offer served by reference must carry it."""

    __tablename__ = "oid4vci_offers"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    completion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(CompletionRow.id), index=True)
    configuration_ids: Mapped[list[str]] = mapped_column(JSONB)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    code_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    reference_hash: Mapped[str] = mapped_column(String(64), unique=True)
    tx_code_hash: Mapped[str] = mapped_column(String(64))
    tx_code_attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    redeemed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    access_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    access_token_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Oid4vciNonceRow(Base):
    """A c_nonce of the nonce endpoint: used once by a key proof, before it expires."""

    __tablename__ = "oid4vci_nonces"

    nonce_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Oid4vciTransactionRow(Base):
    """A deferred issuance: the credential asked for while its completion was still pending, with the
    holder it will be bound to. Only the transaction id's hash is stored."""

    __tablename__ = "oid4vci_transactions"

    transaction_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    offer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(Oid4vciOfferRow.id), index=True)
    configuration_id: Mapped[str] = mapped_column(String(64))
    holder_did: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
